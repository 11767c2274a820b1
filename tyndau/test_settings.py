"""Settings for the test suite: Tyndau's own settings with a throwaway key and a fast hasher."""

import os

os.environ.setdefault("TYNDAU_SECRET_KEY", "tests-only-secret-key-not-for-production")

from tyndau.settings import *  # noqa: E402,F403

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = VAR_DIR / "test-media"  # noqa: F405
STATIC_ROOT = None  # tests serve static files through the finders, no collectstatic needed
WHITENOISE_USE_FINDERS = True
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405  (the live server's thread must not keep one open)
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
ROUTING_MODEL_DIR = VAR_DIR / "test-models-none"  # noqa: F405  (tests that route train their own)
# The test client's login() authenticates without a request, which the lockout backend refuses
# in production (a login with no request cannot be counted). Web logins in tests still go
# through the lockout: only request-less calls are let past it.
AUTHENTICATE_WITHOUT_REQUEST = True
