"""The first authentication backend: refuses a username and address that are locked out."""

from axes.backends import AxesStandaloneBackend
from django.conf import settings


class LockoutBackend(AxesStandaloneBackend):
    """django-axes' check, which needs the request to know the address. Without one it
    refuses, as axes does, unless settings.AUTHENTICATE_WITHOUT_REQUEST allows it (the test
    client's login() passes none)."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None and getattr(settings, "AUTHENTICATE_WITHOUT_REQUEST", False):
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
