"""How callers prove who they are: an API key (`Authorization: Bearer <key>` or `X-API-Key`),
or an officer's web session (with its CSRF token for changes). A key that is sent and wrong
is refused at once (401), never taken for an anonymous caller."""

from django.conf import settings
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError, AuthorizationError
from ninja.security import APIKeyCookie, APIKeyHeader, HttpBearer
from ninja.utils import check_csrf

from tyndau.accounts import services as accounts
from tyndau.accounts.permissions import is_officer
from tyndau.api import keys
from tyndau.api.access import Principal, client_ip
from tyndau.api.errors import ApiError

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def _principal_for_key(request, raw: str) -> Principal:
    api_key = keys.authenticate(raw)
    if api_key is None:
        raise AuthenticationError(message=_("This API key is not valid or has been revoked."))
    return Principal(user=api_key.officer, api_key=api_key, ip=client_ip(request))


class ApiKeyHeader(APIKeyHeader):
    """`X-API-Key: tyn_...`"""

    param_name = "X-API-Key"

    def authenticate(self, request, key: str | None):
        return _principal_for_key(request, key) if key else None


class ApiKeyBearer(HttpBearer):
    """`Authorization: Bearer tyn_...`"""

    def authenticate(self, request, token: str):
        return _principal_for_key(request, token) if token else None


class OfficerSession(APIKeyCookie):
    """The officer logged in to the web workspace; changes need the CSRF token, as on the
    web pages (header X-CSRFToken)."""

    param_name = settings.SESSION_COOKIE_NAME

    def __init__(self) -> None:
        super().__init__(csrf=False)  # checked below, only for officers and only for changes

    def authenticate(self, request, key: str | None):
        user = getattr(request, "user", None)
        if not is_officer(user):
            return None
        if request.method not in SAFE_METHODS and check_csrf(request) is not None:
            raise AuthorizationError(message=_("CSRF check failed: send the X-CSRFToken header."))
        # The middleware lets a call that carries a key header through to the key; when the
        # key header is a decoy (`Authorization: Basic x`), the session must still be refused.
        if not _verified(user) and accounts.second_factor_required(user):
            raise ApiError(
                403,
                "second_factor_required",
                _("Your role requires a second factor: set it up on your Security page first."),
            )
        return Principal(user=user, ip=client_ip(request))


def _verified(user) -> bool:
    is_verified = getattr(user, "is_verified", None)
    return bool(is_verified and is_verified())


def anyone(request) -> Principal:
    """The public: filing and tracking need no login, as on the web."""
    return Principal(ip=client_ip(request))


api_key_header = ApiKeyHeader()
api_key_bearer = ApiKeyBearer()
officer_session = OfficerSession()

# Who may call what.
OFFICERS_AND_KEYS = [api_key_bearer, api_key_header, officer_session]
ANYBODY = [api_key_bearer, api_key_header, officer_session, anyone]
