import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice


@pytest.fixture
def with_app():
    """with_app(user) → a confirmed authenticator app for the officer."""

    def make(user) -> TOTPDevice:
        return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)

    return make
