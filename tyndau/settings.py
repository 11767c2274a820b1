"""Django settings for Tyndau. Every deployment knob is an environment variable (see README)."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent
VAR_DIR = Path(os.environ.get("TYNDAU_VAR_DIR", PROJECT_DIR / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("TYNDAU_DEBUG")
DEFAULT_SECRET_KEY = "insecure-default-key-for-development-only"
SECRET_KEY = os.environ.get("TYNDAU_SECRET_KEY", DEFAULT_SECRET_KEY)
if not DEBUG and SECRET_KEY == DEFAULT_SECRET_KEY:
    raise ImproperlyConfigured(
        "TYNDAU_SECRET_KEY is not set. With TYNDAU_DEBUG off Tyndau refuses to start on the "
        "default secret key: set TYNDAU_SECRET_KEY to a long random value."
    )

ALLOWED_HOSTS = env_list("TYNDAU_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("TYNDAU_CSRF_TRUSTED_ORIGINS")
BASE_URL = os.environ.get("TYNDAU_BASE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_tasks",
    "django_tasks_db",
    "django_htmx",
    "tyndau.directory",
    "tyndau.accounts",
    "tyndau.deadlines",
    "tyndau.appeals",
    "tyndau.answers",
    "tyndau.ratings",
    "tyndau.notifications",
    "tyndau.routing",
    "tyndau.related",
    "tyndau.analytics",
    "tyndau.api",
    "tyndau.open311",
    "tyndau.webhooks",
    "ninja",  # its API docs page then uses the bundled Swagger UI, not a CDN
    "tyndau.demo",
    "tyndau.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "tyndau.urls"
WSGI_APPLICATION = "tyndau.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "tyndau.web.context_processors.language_switch",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'tyndau.sqlite3'}",
        conn_max_age=int(os.environ.get("TYNDAU_DB_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Dashboards run short sums the planner overestimates; compiling them (JIT) cost more
    # than running them (25 of 200 ms measured with 10 million appeals).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets readers work while one writer commits; IMMEDIATE avoids deadlocked upgrades.
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;"
            " PRAGMA foreign_keys=ON;"
        ),
        "transaction_mode": "IMMEDIATE",
    }

# One cache for every worker process: the API's rate limits and the cached statistics count
# in it. Redis when TYNDAU_CACHE_URL names one (several hosts); otherwise files under VAR_DIR,
# shared by the processes of one host.
CACHE_URL = os.environ.get("TYNDAU_CACHE_URL", "")
if CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        }
    }

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "appeals:inbox"
LOGOUT_REDIRECT_URL = "web:home"

LANGUAGE_CODE = "kk"
LANGUAGES = [("kk", _("Kazakh")), ("ru", _("Russian")), ("en", _("English"))]
# Our catalogue first; then our Kazakh translations of what Django's own kk catalogue lacks.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_django"]
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
USE_I18N = True
FORMAT_MODULE_PATH = ["tyndau.formats"]
TIME_ZONE = "Asia/Almaty"
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("TYNDAU_MEDIA_ROOT", VAR_DIR / "media"))
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 30 * 1024 * 1024
ATTACHMENT_MAX_BYTES = int(os.environ.get("TYNDAU_ATTACHMENT_MAX_BYTES", 10 * 1024 * 1024))
ATTACHMENT_MAX_COUNT = 5

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

EMAIL_BACKEND = os.environ.get(
    "TYNDAU_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = os.environ.get("TYNDAU_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("TYNDAU_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("TYNDAU_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("TYNDAU_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("TYNDAU_EMAIL_USE_TLS")
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("TYNDAU_DEFAULT_FROM_EMAIL", "Tyndau <noreply@tyndau.kz>")

# Background work (outbox delivery) through Django's tasks framework, stored in the database
# and run by `tyndau db_worker`; the periodic `tyndau sweep_deadlines` retries what is left.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TYNDAU_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# Terms the law leaves to the body (see tyndau/deadlines/terms.py for those it fixes).
URGENT_TERM_HOURS = int(os.environ.get("TYNDAU_URGENT_TERM_HOURS", "24"))
URGENT_WARNING_HOURS = int(os.environ.get("TYNDAU_URGENT_WARNING_HOURS", "6"))
DEADLINE_WARNING_DAYS = tuple(
    sorted(
        {int(d) for d in os.environ.get("TYNDAU_DEADLINE_WARNING_DAYS", "3,1").split(",") if d},
        reverse=True,
    )
)

# Citizens' ratings: a score at or below this counts as dissatisfied (and offers review or
# appeal); a rating can be changed for this many days.
RATING_DISSATISFIED_AT_MOST = int(os.environ.get("TYNDAU_RATING_DISSATISFIED_AT_MOST", "2"))
RATING_CHANGE_DAYS = int(os.environ.get("TYNDAU_RATING_CHANGE_DAYS", "30"))

# Intake intelligence: where `tyndau train` writes the sphere model and the router reads it,
# and the least confidence at which a suggested sphere is applied before a registrar looks.
# Keyed hashes of ИИН/БИН, e-mail and phone let Tyndau find an applicant's earlier appeals
# without keeping the values twice. Changing the key orphans the existing hashes.
BLIND_INDEX_KEY = os.environ.get("TYNDAU_BLIND_INDEX_KEY", SECRET_KEY)
ROUTING_MODEL_DIR = Path(os.environ.get("TYNDAU_MODEL_DIR", VAR_DIR / "models"))
ROUTING_MIN_CONFIDENCE = float(os.environ.get("TYNDAU_ROUTING_MIN_CONFIDENCE", "0.35"))

# The JSON API (tyndau/api): filing limits ("COUNT/PERIOD", period s, m, h or d) per API key
# and per address (anonymous callers), counted in the cache; how long a filing's response is
# kept for retries with the same Idempotency-Key; the largest request body; how many trusted
# proxies put the caller's address in X-Forwarded-For.
API_FILING_RATE_PER_KEY = os.environ.get("TYNDAU_API_FILING_RATE_PER_KEY", "120/m")
API_FILING_RATE_PER_IP = os.environ.get("TYNDAU_API_FILING_RATE_PER_IP", "20/h")
API_IDEMPOTENCY_HOURS = int(os.environ.get("TYNDAU_API_IDEMPOTENCY_HOURS", "24"))
API_MAX_BODY_BYTES = int(os.environ.get("TYNDAU_API_MAX_BODY_BYTES", str(256 * 1024)))
API_NUM_PROXIES = int(os.environ.get("TYNDAU_API_NUM_PROXIES", "0"))
# Delivered and given-up webhook deliveries are kept in the log this many days.
WEBHOOK_LOG_DAYS = int(os.environ.get("TYNDAU_WEBHOOK_LOG_DAYS", "90"))

# The roll-ups' covering indexes carry extra columns on PostgreSQL; SQLite builds them as
# plain indexes on their key columns, which is what we want there.
SILENCED_SYSTEM_CHECKS = ["models.W040"]

# How much memory PostgreSQL may give each sort or hash of a roll-up rebuild (its transaction
# only): with 10 million appeals, 256MB keeps the sums in memory.
ROLLUP_REBUILD_WORK_MEM = os.environ.get("TYNDAU_ROLLUP_REBUILD_WORK_MEM", "256MB")

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("TYNDAU_SECURE_COOKIES")
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"personal_data": {"()": "tyndau.privacy.masking.PersonalDataFilter"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["personal_data"]},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("TYNDAU_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},  # not a line per e-mail sent
        "weasyprint": {"level": "WARNING"},  # not a line per step of each PDF
        "fontTools": {"level": "WARNING"},
    },
}
