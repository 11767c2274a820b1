"""Login in one or two steps, and the officer's Security page: the second factor, the
password, every session. Rules live in `tyndau.accounts.services`."""

import time
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login as auth_login
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import formats, timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login

from tyndau.accounts import services
from tyndau.accounts.forms import CodeForm, OfficerAuthenticationForm, OfficerPasswordChangeForm
from tyndau.accounts.models import User

PENDING = "accounts.pending"  # session key: who gave the right password, waiting for the code
PENDING_SECONDS = 300  # the code must follow the password within this time


def _safe_next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return ""


def _with_next(url: str, target: str) -> str:
    return f"{url}?{urlencode({'next': target})}" if target else url


def _code_error(check: services.CodeCheck) -> str:
    if check.retry_at is not None:
        return _("Too many wrong codes in a row: try again after %(time)s.") % {
            "time": formats.time_format(timezone.localtime(check.retry_at), "H:i:s")
        }
    return _("This code is not right or has expired. Enter the code the app shows now.")


class LoginView(auth_views.LoginView):
    """The password step. An officer with an authenticator app then gives a code (the session
    is not logged in until then); one without logs in here."""

    template_name = "web/login.html"
    form_class = OfficerAuthenticationForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        user = form.get_user()
        if services.confirmed_device(user) is None:
            return super().form_valid(form)
        self.request.session[PENDING] = {
            "user": user.pk,
            "backend": user.backend,
            "at": int(time.time()),
        }
        return redirect(_with_next(reverse("accounts:login_code"), self.get_redirect_url()))


def _pending_user(request: HttpRequest) -> tuple[User, str] | None:
    pending = request.session.get(PENDING)
    if not isinstance(pending, dict) or time.time() - pending.get("at", 0) > PENDING_SECONDS:
        return None
    user = User.objects.filter(pk=pending.get("user"), is_active=True).first()
    if user is None or pending.get("backend") not in settings.AUTHENTICATION_BACKENDS:
        return None
    return user, pending["backend"]


def login_code(request: HttpRequest) -> HttpResponse:
    """The code step of the login."""
    target = _safe_next(request)
    pending = _pending_user(request)
    device = services.confirmed_device(pending[0]) if pending else None
    if device is None:
        if request.session.pop(PENDING, None) is not None:
            messages.info(request, _("The time to enter the code ran out. Log in again."))
        return redirect(_with_next(reverse("web:login"), target))
    user, backend = pending
    form = CodeForm(request.POST or None)
    form.fields["code"].widget.attrs["autofocus"] = True  # the page's one field
    if request.method == "POST" and form.is_valid():
        check = services.check_code(device, form.cleaned_data["code"])
        if check.ok:
            del request.session[PENDING]
            auth_login(request, user, backend=backend)
            otp_login(request, device)
            return redirect(target or settings.LOGIN_REDIRECT_URL)
        form.add_error("code", _code_error(check))
    return render(
        request,
        "accounts/login_code.html",
        {"form": form, "next": target},
        status=400 if form.errors else 200,
    )


def admin_login(request: HttpRequest) -> HttpResponse:
    """The administration's login is the officers' one, with its lockout and second factor."""
    if request.user.is_authenticated:
        if request.user.is_active and request.user.is_staff:
            return redirect(_safe_next(request) or reverse("admin:index"))
        raise PermissionDenied
    return redirect(_with_next(reverse("web:login"), _safe_next(request)))


def _security_context(
    request: HttpRequest,
    password_form: OfficerPasswordChangeForm | None = None,
    remove_form: CodeForm | None = None,
    enrol_form: CodeForm | None = None,
) -> dict:
    """The Security page; a form given is one that came back with errors."""
    user = request.user
    device = services.confirmed_device(user)
    context = {
        "device": device,
        "required": services.second_factor_required(user),
        "next": _safe_next(request),
        "password_form": password_form or OfficerPasswordChangeForm(user),
        "remove_form": remove_form or CodeForm(auto_id="id_remove_%s"),
        "idle_minutes": settings.SESSION_IDLE_MINUTES,
        "max_hours": settings.SESSION_MAX_HOURS,
    }
    if device is None:
        setting_up = services.device_to_confirm(user)
        context.update(
            enrol_form=enrol_form or CodeForm(auto_id="id_enrol_%s"),
            qr=services.qr_svg(setting_up, _("QR code to set up the authenticator app")),
            secret=services.secret_text(setting_up),
        )
    return context


@login_required
def alive(request: HttpRequest) -> HttpResponse:
    """Pinged by the page while the officer types: the request itself counts as activity
    (SessionExpiryMiddleware); nothing to answer."""
    return HttpResponse(status=204)


@login_required
def security(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/security.html", _security_context(request))


@login_required
@require_POST
def enrol(request: HttpRequest) -> HttpResponse:
    if services.confirmed_device(request.user) is not None:
        return redirect("accounts:security")
    form = CodeForm(request.POST, auto_id="id_enrol_%s")
    if form.is_valid():
        device = services.device_to_confirm(request.user)
        check = services.confirm_device(device, form.cleaned_data["code"])
        if check.ok:
            otp_login(request, device)  # this session is confirmed; the others will be asked
            messages.success(
                request,
                _(
                    "The second factor is on: from now on you log in with your password "
                    "and a code from the app."
                ),
            )
            return redirect(_safe_next(request) or "accounts:security")
        form.add_error("code", _code_error(check))
    context = _security_context(request, enrol_form=form)
    return render(request, "accounts/security.html", context, status=400)


@login_required
@require_POST
def remove_device(request: HttpRequest) -> HttpResponse:
    device = services.confirmed_device(request.user)
    if device is None:
        return redirect("accounts:security")
    form = CodeForm(request.POST, auto_id="id_remove_%s")
    if form.is_valid():
        check = services.remove_device(device, form.cleaned_data["code"])
        if check.ok:
            messages.success(request, _("The second factor is off."))
            return redirect("accounts:security")
        form.add_error("code", _code_error(check))
    context = _security_context(request, remove_form=form)
    return render(request, "accounts/security.html", context, status=400)


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's: the validators of AUTH_PASSWORD_VALIDATORS; this session stays, the
    officer's others end (the session check includes the password)."""

    form_class = OfficerPasswordChangeForm
    template_name = "accounts/security.html"
    success_url = reverse_lazy("accounts:security")

    def get_context_data(self, **kwargs):
        context = _security_context(self.request, password_form=kwargs.get("form"))
        return {**super().get_context_data(**kwargs), **context}

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(
            self.request,
            _("Your password has been changed. Your sessions on other devices have ended."),
        )
        return response

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response


@login_required
@require_POST
def logout_everywhere(request: HttpRequest) -> HttpResponse:
    services.end_all_sessions(request.user)
    logout(request)
    messages.success(request, _("You have been logged out on every device."))
    return redirect("web:login")
