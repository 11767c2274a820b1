"""A database that cannot be reached (restarting, failing over, out of connections) is not the
caller's fault and not a bug: the request gets 503 with `Retry-After`, never a 500 page or a
traceback, and the next request reconnects by itself. A browser user is asked to try again;
an integration retries with the same Idempotency-Key and gets one appeal, not two."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views import defaults

RETRY_AFTER_SECONDS = 5


def database_unavailable(error: BaseException | None) -> bool:
    return isinstance(error, (OperationalError, InterfaceError))


def unavailable(request: HttpRequest) -> HttpResponse:
    message = _(
        "The service is briefly unavailable. What was confirmed to you is safe; please try "
        "again in a few seconds."
    )
    path = request.path_info
    if path.startswith("/api/"):
        response = JsonResponse(
            {"code": "unavailable", "message": message, "errors": []}, status=503
        )
    elif path.startswith("/open311/"):
        from tyndau.open311.views import error

        response = error("xml" if path.endswith(".xml") else "json", 503, message)
    else:  # no context processors: they would ask the database
        response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    """Django's handler500, called while the exception is being handled."""
    if database_unavailable(sys.exc_info()[1]):
        return unavailable(request)
    return defaults.server_error(request)
