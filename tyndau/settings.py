"""Django settings for Tyndau. Every deployment knob is an environment variable (see README)."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from tyndau.privacy.crypto import derive_key

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
DEFAULT_SECRET_KEY = "insecure-default-key-for-development-only"  # nosec B105: the development default, refused at start without TYNDAU_DEBUG
SECRET_KEY = os.environ.get("TYNDAU_SECRET_KEY", DEFAULT_SECRET_KEY)
SECRET_KEY_FALLBACKS = env_list("TYNDAU_SECRET_KEY_FALLBACKS")  # previous keys, while rotating
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
    "axes",  # officers' login lockout (tyndau/accounts/lockout.py)
    "django_otp",
    "django_otp.plugins.otp_totp",  # officers' one-time code second factor
    "tyndau.directory",
    "tyndau.accounts",
    "tyndau.privacy",
    "tyndau.audit",
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
    "csp",  # the Content-Security-Policy header (its system checks; the middleware sets it)
    "tyndau.demo",
    "tyndau.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    # High up, so that error responses of the middleware below carry the header too.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "tyndau.accounts.middleware.SessionExpiryMiddleware",
    "tyndau.accounts.middleware.SecondFactorMiddleware",
    "tyndau.security.middleware.RefuseNulCharacters",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
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
        # A kept connection is checked before a request uses it: after a database restart
        # the request reconnects instead of failing.
        conn_health_checks=True,
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
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "appeals:inbox"
LOGOUT_REDIRECT_URL = "web:home"

# Officers' accounts (tyndau/accounts): the lockout backend first (it only refuses), then
# Django's. A username and address pair is locked after LOGIN_FAILURE_LIMIT wrong passwords
# for LOGIN_COOLOFF_MINUTES: not the address alone (a body's officers share one), not the
# username alone (anybody could lock any officer out).
AUTHENTICATION_BACKENDS = [
    "tyndau.accounts.backends.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_FAILURE_LIMIT = int(os.environ.get("TYNDAU_LOGIN_FAILURE_LIMIT", "5"))
LOGIN_COOLOFF_MINUTES = int(os.environ.get("TYNDAU_LOGIN_COOLOFF_MINUTES", "15"))
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_COOLOFF_MINUTES)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True  # a typo or two in the morning do not count against the evening
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False  # the page's "try again at" holds
AXES_CLIENT_IP_CALLABLE = "tyndau.accounts.lockout.client_ip"
AXES_LOCKOUT_CALLABLE = "tyndau.accounts.lockout.lockout_response"
AXES_CLIENT_STR_CALLABLE = "tyndau.accounts.lockout.client_str"  # logs name the username only
AXES_DISABLE_ACCESS_LOG = True  # no record of every login's address and browser
AXES_HTTP_RESPONSE_CODE = 429
AXES_VERBOSE = False  # no banner on every command
# The second factor: one-time codes of an authenticator app (TOTP). The codes' app shows
# this name; the administration does not show the devices' secret keys.
OTP_TOTP_ISSUER = "Tyndau"
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
# Officers' sessions end after SESSION_IDLE_MINUTES without a request, SESSION_MAX_HOURS after
# the login whatever happens, and when the browser closes (tyndau/accounts/middleware.py).
SESSION_IDLE_MINUTES = int(os.environ.get("TYNDAU_SESSION_IDLE_MINUTES", "30"))
SESSION_MAX_HOURS = int(os.environ.get("TYNDAU_SESSION_MAX_HOURS", "12"))
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_AGE = SESSION_MAX_HOURS * 3600  # how long the server keeps a session at most

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
# Applicants' names, ИИН/БИН, e-mails, phones and addresses (and the outbox's recipients and
# texts) are sealed at rest with the first of these keys (`tyndau new_data_key` makes one);
# older keys stay listed until `tyndau rotate_data_key` has moved everything to the first.
# Unset, a key is derived from SECRET_KEY (the deploy check warns: one leak would reveal both),
# and from the previous secrets, so that changing SECRET_KEY does not lock the data away.
DATA_KEYS = env_list("TYNDAU_DATA_KEYS") or [
    derive_key(secret) for secret in [SECRET_KEY, *SECRET_KEY_FALLBACKS]
]
# Closed appeals keep their applicant's personal data this many days, then
# `tyndau anonymise_closed` erases it (the appeal and its figures stay). Five years by default.
PERSONAL_DATA_RETENTION_DAYS = int(os.environ.get("TYNDAU_PERSONAL_DATA_RETENTION_DAYS", "1826"))
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
# Served over HTTPS (here or at a proxy in front): cookies only over TLS and HSTS for a year.
# TYNDAU_SECURE_COOKIES is this switch's older name and still turns it on.
BEHIND_TLS = env_bool("TYNDAU_BEHIND_TLS", env_bool("TYNDAU_SECURE_COOKIES"))
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = LANGUAGE_COOKIE_SECURE = BEHIND_TLS
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_HSTS_SECONDS = 365 * 24 * 3600 if BEHIND_TLS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = BEHIND_TLS and env_bool("TYNDAU_HSTS_INCLUDE_SUBDOMAINS")
SECURE_HSTS_PRELOAD = False  # a promise to browsers' built-in lists, not ours to make by default
# Off by default: the proxy in front usually redirects plain HTTP itself.
SECURE_SSL_REDIRECT = BEHIND_TLS and env_bool("TYNDAU_SSL_REDIRECT")
# The header by which the proxy in front says the request came over HTTPS, e.g.
# "X-Forwarded-Proto" (value https) or "X-Forwarded-Ssl: on". Set it only when that proxy
# always sets or strips the header: a client could send it itself otherwise.
PROXY_SSL_HEADER = os.environ.get("TYNDAU_PROXY_SSL_HEADER", "").strip()
if PROXY_SSL_HEADER:
    _name, _sep, _value = PROXY_SSL_HEADER.partition(":")
    SECURE_PROXY_SSL_HEADER = (
        "HTTP_" + _name.strip().upper().replace("-", "_"),
        _value.strip() or "https",
    )
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# No inline script or style anywhere: scripts, styles, images and fonts come from Tyndau
# itself (QR codes and icons may be data: images); no framing, no plugins, no <base>.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    }
}

# Error pages and mails to ADMINS hide the applicant's fields and mask what the frames hold.
DEFAULT_EXCEPTION_REPORTER_FILTER = "tyndau.privacy.reporting.PersonalDataReporterFilter"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"personal_data": {"()": "tyndau.privacy.masking.PersonalDataFilter"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["personal_data"]},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("TYNDAU_LOG_LEVEL", "INFO")},
    "loggers": {
        # runserver's access lines carry private links' tokens: through the masking filter.
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},  # not a line per e-mail sent
        "weasyprint": {"level": "WARNING"},  # not a line per step of each PDF
        "fontTools": {"level": "WARNING"},
        "axes": {"level": "WARNING"},  # failed logins and lockouts, not four lines per login
    },
}
