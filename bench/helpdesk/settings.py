"""Settings of the django-helpdesk side of the benchmark, after the project's demo.

Follows django-helpdesk's demo/standalone project (the same apps, middleware, templates
and helpdesk settings) with what a benchmark run needs changed: DEBUG off, PostgreSQL,
e-mail discarded, no webhooks. Runs only inside the helpdesk venv.
"""

import os

BASE_DIR = os.path.dirname(os.path.abspath(__file__))

SECRET_KEY = os.environ["HELPDESK_BENCH_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.humanize",
    "helpdesk",
    "rest_framework",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "bench.helpdesk.urls"
WSGI_APPLICATION = "bench.helpdesk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# The demo's helpdesk settings.
HELPDESK_DEFAULT_SETTINGS = {
    "use_email_as_submitter": True,
    "email_on_ticket_assign": True,
    "email_on_ticket_change": True,
    "login_view_ticketlist": True,
    "preset_replies": True,
    "tickets_per_page": 25,
}
HELPDESK_PUBLIC_ENABLED = True
HELPDESK_VIEW_A_TICKET_PUBLIC = True
HELPDESK_SUBMIT_A_TICKET_PUBLIC = True
HELPDESK_KB_ENABLED = True
HELPDESK_TICKETS_TIMELINE_ENABLED = True
HELPDESK_REDIRECT_TO_LOGIN_BY_DEFAULT = False
# The standalone demo's default: teams (pinax-teams) off.
HELPDESK_TEAMS_MODE_ENABLED = False
LOGIN_URL = "helpdesk:login"
LOGIN_REDIRECT_URL = "helpdesk:home"


# A webhook URL in the environment would make every ticket creation an outgoing request.
def _no_webhooks() -> list[str]:
    return []


HELPDESK_GET_NEW_TICKET_WEBHOOK_URLS = _no_webhooks
HELPDESK_GET_FOLLOWUP_WEBHOOK_URLS = _no_webhooks

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("HELPDESK_BENCH_DB", "helpdesk_bench"),
        "USER": os.environ.get("HELPDESK_BENCH_DB_USER", "postgres"),
        "PASSWORD": os.environ.get("HELPDESK_BENCH_DB_PASSWORD", ""),
        "HOST": os.environ.get("HELPDESK_BENCH_DB_HOST", "127.0.0.1"),
        "PORT": os.environ.get("HELPDESK_BENCH_DB_PORT", "5432"),
        # Tyndau's own default (TYNDAU_DB_CONN_MAX_AGE=60), so neither side pays a
        # connection per request when the other does not.
        "CONN_MAX_AGE": int(os.environ.get("HELPDESK_BENCH_CONN_MAX_AGE", "60")),
    }
}

SITE_ID = 1
SESSION_COOKIE_AGE = 7 * 86400

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The demo prints mail to the console; a benchmark would then measure a terminal. The
# messages are still built from their database templates, then dropped.
DEFAULT_FROM_EMAIL = "helpdesk@example.com"
SERVER_EMAIL = "helpdesk@example.com"
EMAIL_BACKEND = os.environ.get(
    "HELPDESK_BENCH_EMAIL_BACKEND", "django.core.mail.backends.dummy.EmailBackend"
)

LANGUAGE_CODE = "en-US"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = os.environ.get("HELPDESK_BENCH_STATIC_ROOT", os.path.join(BASE_DIR, "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = os.environ.get("HELPDESK_BENCH_MEDIA_ROOT", os.path.join(BASE_DIR, "media"))

DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django": {"handlers": ["console"], "level": "ERROR"}},
}
