"""WSGI entry point of the django-helpdesk side of the benchmark (helpdesk venv only)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.helpdesk.settings")

application = get_wsgi_application()
