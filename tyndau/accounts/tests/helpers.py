"""Helpers for the account security tests: real TOTP codes, logins through the pages."""

import time

from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from tyndau.conftest import PASSWORD

LOGIN = "/en/staff/login/"
CODE = "/en/staff/login/code/"
INBOX = "/en/staff/"
SECURITY = "/en/staff/account/security/"


def code_for(device: TOTPDevice, steps_ahead: int = 0) -> str:
    """The code an authenticator app shows now (or `steps_ahead` periods later), computed
    from the device's key as the app does (RFC 6238)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def forget_wrong_codes(device: TOTPDevice) -> None:
    """As if the throttling's wait (1, 2, 4... s after wrong codes) had passed."""
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=None)


def log_in(client, user, password: str = PASSWORD, **extra):
    return client.post(LOGIN, {"username": user.username, "password": password}, **extra)
