"""django-axes as Tyndau uses it (settings AXES_*): the caller's address as the API sees it,
log lines that name the username only, and the login page (not a bare error) when locked."""

import datetime as dt
import ipaddress

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Max
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from tyndau.api.access import client_ip as api_client_ip


def _valid_ip(value: str) -> str | None:
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str | None:
    """The address the API counts its limits by (REMOTE_ADDR, or X-Forwarded-For behind
    API_NUM_PROXIES trusted proxies); REMOTE_ADDR when a proxy wrote something else."""
    return _valid_ip(api_client_ip(request)) or _valid_ip(request.META.get("REMOTE_ADDR", ""))


def client_str(
    username: str | None, ip_address: str, user_agent: str, path_info: str, request
) -> str:
    """How axes names a login in its log lines: the username and the page, nothing about the
    person's address or browser."""
    if isinstance(path_info, (tuple, list)):
        path_info = path_info[0] if path_info else ""
    return f'{{username: "{username or ""}", path_info: "{path_info}"}}'


def lock_ends_at(request: HttpRequest, username: str | None) -> dt.datetime:
    """When this username may try again from this address: the cool-off after the last
    counted failure (failures during a lock are not counted, so the time holds)."""
    cool_off = get_cool_off(request) or dt.timedelta(minutes=settings.LOGIN_COOLOFF_MINUTES)
    last = AccessAttempt.objects.filter(
        username=username, ip_address=getattr(request, "axes_ip_address", None)
    ).aggregate(last=Max("attempt_time"))["last"]
    return (last or timezone.now()) + cool_off


def lockout_message(request: HttpRequest, username: str | None) -> str:
    until = timezone.localtime(lock_ends_at(request, username))
    return _(
        "Too many failed login attempts: this account is temporarily locked. "
        "Try again after %(time)s."
    ) % {"time": formats.time_format(until, "H:i")}


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials=None
) -> HttpResponse:
    """AXES_LOCKOUT_CALLABLE. The login form has already said why (its error is the message
    above): keep that page, with 429 Too Many Requests. Anything else gets the login page."""
    status = settings.AXES_HTTP_RESPONSE_CODE
    if isinstance(original_response, TemplateResponse) and original_response.status_code == 200:
        original_response.status_code = status
        return original_response
    from tyndau.accounts.forms import OfficerAuthenticationForm

    username = (credentials or {}).get("username") or request.POST.get("username", "")
    form = OfficerAuthenticationForm(request, initial={"username": username})
    context = {"form": form, "lockout": lockout_message(request, username), "next": ""}
    return render(request, "web/login.html", context, status=status)
