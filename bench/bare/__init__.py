"""The framework's own limit: a bare Django project with one view that validates a small JSON
body and inserts one row, served by the same server on the same database as Tyndau."""
