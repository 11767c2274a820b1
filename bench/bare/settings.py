"""Settings of the bare project: no middleware but the essentials, one app, one table."""

import os

import dj_database_url

SECRET_KEY = "bench-bare-not-secret"  # nosec B105: a benchmark's throwaway project
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
INSTALLED_APPS = ["bench.bare"]
MIDDLEWARE: list[str] = []
ROOT_URLCONF = "bench.bare.urls"
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", "sqlite:///bench/work/bare.sqlite3"), conn_max_age=60
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
