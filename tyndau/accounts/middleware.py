"""Rules every request of a logged-in officer passes: the session's age, and the second factor.

Both come after django_otp's OTPMiddleware (which tells whether this session was confirmed
with a code) and before the views. A session that breaks a rule is logged out and the
request goes on as anonymous, so a page that needs a login sends to it with `next`."""

import time
from collections.abc import Callable
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY, logout
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _

from tyndau.accounts import services

LOGIN_AT = "accounts.login_at"  # session keys: when the officer logged in,
SEEN_AT = "accounts.seen_at"  # and when this session last made a request
SEEN_STEP = 60  # seconds; a busy session is written once a minute, not on every request
API_PREFIX = "/api/"

# What an officer whose role requires a second factor may open before setting it up.
WHILE_ENROLLING = frozenset(
    {
        "accounts:security",
        "accounts:enrol",
        "accounts:password",
        "accounts:logout_everywhere",
        "web:logout",
        "set_language",
    }
)


def _is_api(request: HttpRequest) -> bool:
    return request.path_info.startswith(API_PREFIX)


def _end_session(request: HttpRequest, message: str) -> None:
    logout(request)
    if not _is_api(request):
        messages.info(request, message)


def mark_login(request: HttpRequest) -> None:
    """On every login (connected to user_logged_in): the session's clocks start."""
    now = int(time.time())
    request.session[LOGIN_AT] = now
    request.session[SEEN_AT] = now


class SessionExpiryMiddleware:
    """A session ends after SESSION_IDLE_MINUTES without a request and SESSION_MAX_HOURS
    after the login, whichever comes first (the cookie itself ends with the browser)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        session = request.session
        if SESSION_KEY in session:
            now = int(time.time())
            login_at = session.get(LOGIN_AT)
            seen_at = session.get(SEEN_AT, login_at)
            if login_at is None:  # opened before these rules: its clocks start now
                session[LOGIN_AT] = session[SEEN_AT] = now
            elif (
                now - seen_at > settings.SESSION_IDLE_MINUTES * 60
                or now - login_at > settings.SESSION_MAX_HOURS * 3600
            ):
                _end_session(request, _("Your session has expired. Log in again to continue."))
            elif now - seen_at >= SEEN_STEP:
                session[SEEN_AT] = now
        return self.get_response(request)


class SecondFactorMiddleware:
    """A session not confirmed with a code is refused when the officer has an authenticator
    app (it was opened before the app was set up, or without the login page): logged out.
    When the officer's role requires an app and they have none, they may only set one up."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if SESSION_KEY in request.session:
            user = request.user
            if user.is_authenticated and not user.is_verified():
                state = services.second_factor_state(user)
                if state.has_device:
                    _end_session(
                        request, _("Log in again with your password and a code from the app.")
                    )
                elif state.required and not self._allowed_while_enrolling(request):
                    return self._to_enrolment(request)
        return self.get_response(request)

    @staticmethod
    def _allowed_while_enrolling(request: HttpRequest) -> bool:
        if _is_api(request):
            # A call with an API key is the key's, whoever's browser sends it.
            return "HTTP_AUTHORIZATION" in request.META or "HTTP_X_API_KEY" in request.META
        try:
            return resolve(request.path_info).view_name in WHILE_ENROLLING
        except Resolver404:
            return False

    @staticmethod
    def _to_enrolment(request: HttpRequest) -> HttpResponse:
        message = _("Your role requires a second factor: set it up on your Security page first.")
        if _is_api(request):
            return JsonResponse(
                {"code": "second_factor_required", "message": message, "errors": []}, status=403
            )
        url = reverse("accounts:security")
        if request.method == "GET":
            url += "?" + urlencode({"next": request.get_full_path()})
        if request.headers.get("HX-Request") == "true":
            response = HttpResponse(status=204)
            response["HX-Redirect"] = url
            return response
        return redirect(url)
