"""The pure core of intake intelligence: text features, the sphere model (training and
prediction), urgency and language. Nothing here imports Django, so it runs in a command
line, a benchmark or a test in milliseconds, and the model file is all it needs."""
