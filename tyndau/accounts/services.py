"""Officers' account security: the second factor (a TOTP authenticator app), what a role
requires of it, and ending every session of an officer."""

import datetime as dt
from base64 import b32encode
from dataclasses import dataclass

import segno
from django.db import transaction
from django.db.models import Exists, F, OuterRef
from django.utils.safestring import SafeString, mark_safe
from django_otp import verify_token
from django_otp.plugins.otp_totp.models import TOTPDevice

from tyndau.accounts.models import RolePolicy, User

DEVICE_NAME = "Authenticator app"


@dataclass(frozen=True)
class SecondFactorState:
    has_device: bool  # a confirmed authenticator app
    required: bool  # the officer's role requires one


@dataclass(frozen=True)
class CodeCheck:
    ok: bool
    retry_at: dt.datetime | None = None  # set when refused for too many wrong codes in a row


def second_factor_state(user: User) -> SecondFactorState:
    """Both answers in one query: the middleware asks on every request of a session that has
    not been confirmed by a code."""
    has_device, required = (
        User.objects.filter(pk=user.pk)
        .annotate(
            has_device=Exists(TOTPDevice.objects.filter(user_id=OuterRef("pk"), confirmed=True)),
            required=Exists(
                RolePolicy.objects.filter(role=OuterRef("role"), require_second_factor=True)
            ),
        )
        .values_list("has_device", "required")
        .get()
    )
    return SecondFactorState(has_device=has_device, required=required)


def second_factor_required(user: User) -> bool:
    return (
        bool(user.role)
        and RolePolicy.objects.filter(role=user.role, require_second_factor=True).exists()
    )


def confirmed_device(user: User) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()


def device_to_confirm(user: User) -> TOTPDevice:
    """The app being set up: the same key on every visit until it is confirmed, so that a
    reload does not invalidate what the officer has already scanned."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def check_code(device: TOTPDevice, code: str) -> CodeCheck:
    """Verify a code with django-otp's throttling: after each wrong code the next may come
    only after 1, 2, 4, 8... seconds; a code is accepted once."""
    allowed, details = device.verify_is_allowed()
    if not allowed:
        return CodeCheck(ok=False, retry_at=(details or {}).get("locked_until"))
    verified = verify_token(device.user, device.persistent_id, code)
    return CodeCheck(ok=verified is not None)


def confirm_device(device: TOTPDevice, code: str) -> CodeCheck:
    """Turn the second factor on once the app shows a right code; other half-set-up apps go."""
    result = check_code(device, code)
    if result.ok:
        with transaction.atomic():
            TOTPDevice.objects.filter(pk=device.pk).update(confirmed=True)
            TOTPDevice.objects.filter(user_id=device.user_id).exclude(pk=device.pk).delete()
        device.confirmed = True
    return result


def remove_device(device: TOTPDevice, code: str) -> CodeCheck:
    """Turn the second factor off; it takes a right code, not just an open session."""
    result = check_code(device, code)
    if result.ok:
        TOTPDevice.objects.filter(user_id=device.user_id).delete()
    return result


def secret_text(device: TOTPDevice) -> str:
    """The key as authenticator apps take it when typed: base32, in groups of four."""
    key = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_svg(device: TOTPDevice, title: str) -> SafeString:
    """The app's set-up link as an inline SVG QR code: drawn here, no request anywhere, and
    no style attribute or script for the Content-Security-Policy to refuse."""
    svg = segno.make(device.config_url, error="m").svg_inline(
        scale=4,
        border=4,
        light="#fff",
        svgclass="qr-code",
        lineclass=None,
        omitsize=True,
        title=title,  # segno escapes it
    )
    # segno's own markup (a title it escapes and two paths), nothing typed by anyone.
    return mark_safe(svg)  # nosec B308 B703: segno's markup of our own URI


def end_all_sessions(user: User) -> None:
    """Every session of the officer, on every device, ends at its next request."""
    User.objects.filter(pk=user.pk).update(session_generation=F("session_generation") + 1)
    user.refresh_from_db(fields=["session_generation"])
