"""Requests whose parameters carry the NUL character are refused with a 400 before any view.

No text Tyndau takes may contain it, and PostgreSQL cannot even compare a string holding one:
a filter or search term with a NUL would end in a database error (a 500) instead of an answer.
Django's form fields refuse it already; this covers the path and the query string of every URL
(the web, the API and Open311), form-encoded bodies and JSON bodies. Multipart bodies
(uploads) are left to their forms, so that views may still choose their upload handlers."""

import re
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.shortcuts import render
from django.utils.translation import gettext as _

# \u0000 in a JSON string: a backslash that is not itself escaped, then u0000.
JSON_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000", re.IGNORECASE)
NUL = "\x00"


def _in_query(data: QueryDict) -> bool:
    return any(NUL in key or any(NUL in value for value in values) for key, values in data.lists())


def _is_json(request: HttpRequest) -> bool:
    media_type = (request.content_type or "").lower()
    return media_type == "application/json" or media_type.endswith("+json")


def _small_enough(request: HttpRequest) -> bool:
    """Reading a body larger than Django allows would fail here rather than in the view,
    which has its own answer to it."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return False
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    return length > 0 and (limit is None or length <= limit)


def carries_nul(request: HttpRequest) -> bool:
    # The path too: a URL parameter such as a tracking token or an appeal number is compared
    # in the database.
    if NUL in request.path_info or _in_query(request.GET):
        return True
    if request.method in ("GET", "HEAD", "OPTIONS") or not _small_enough(request):
        return False
    if request.content_type == "application/x-www-form-urlencoded":
        return _in_query(request.POST)
    if _is_json(request):
        return JSON_NUL.search(request.body) is not None
    return False


def refusal(request: HttpRequest) -> HttpResponse:
    message = _("The request contains a NUL character (code 0), which no field accepts.")
    path = request.path_info
    if path.startswith("/api/"):
        return JsonResponse({"code": "bad_request", "message": message, "errors": []}, status=400)
    if path.startswith("/open311/"):
        from tyndau.open311.views import error

        return error("xml" if path.endswith(".xml") else "json", 400, message)
    return render(request, "web/bad_request.html", {"message": message}, status=400)


class RefuseNulCharacters:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if carries_nul(request):
            return refusal(request)
        return self.get_response(request)
