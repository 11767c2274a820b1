"""Gunicorn's settings for production: `gunicorn -c python:tyndau.serving tyndau.wsgi`.

Sync workers, one request at a time each: a Django request holds its database connection for
its whole length anyway. Environment variables set the rest (README, "Configuration").
"""

import os

# One thread per worker for the model's linear algebra: the workers are the parallelism, and
# OpenBLAS's own threads, spinning while they wait, would fight them for the same cores.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

bind = os.environ.get("TYNDAU_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("TYNDAU_WEB_WORKERS", str(2 * (os.cpu_count() or 1) + 1)))
worker_class = "sync"
# A worker that stops answering (a stuck query, a deadlock) is killed and replaced.
timeout = int(os.environ.get("TYNDAU_WEB_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Replaced after this many requests (with jitter, so not all at once): any slow growth of a
# worker's memory is bounded.
max_requests = int(os.environ.get("TYNDAU_WEB_MAX_REQUESTS", "20000"))
max_requests_jitter = max_requests // 10
# The access log would hold private links' tokens (/track/<token>/): off unless asked for,
# and then the operator masks or protects it (README, "Security").
accesslog = os.environ.get("TYNDAU_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("TYNDAU_LOG_LEVEL", "info").lower()
proc_name = "tyndau-web"
# The application is loaded once in the master and the workers are forked from it: a worker
# replacing one that died (or was recycled) is serving within milliseconds, not seconds.
preload_app = True


def when_ready(server) -> None:
    """The routing model and the language detector too, so that the workers share them."""
    from django.db import connections

    from tyndau.routing import services

    services.warm_up()
    connections.close_all()  # nothing opened here may be inherited by the workers
