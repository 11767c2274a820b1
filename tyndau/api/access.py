"""Who is calling the API and what they may do: an officer (web session), an integration's key,
or anybody (filing and tracking are public, as on the web).

The web UI's rules decide everything about appeals (`tyndau.accounts.permissions.can`); a key
only narrows them: to its permissions, to its body, and to what its officer may do."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import QuerySet

from tyndau.accounts import permissions
from tyndau.accounts.models import User
from tyndau.api.models import FILE, READING, ApiKey


@dataclass(frozen=True)
class Principal:
    user: User | None = None  # the officer of the session, or the officer a key acts as
    api_key: ApiKey | None = None
    ip: str = ""

    def __bool__(self) -> bool:  # ninja takes a falsy result for "not authenticated"
        return True

    @property
    def actor(self) -> User | None:
        return self.user

    @property
    def owner(self) -> str:
        """Whose requests these are, for idempotency keys and rate limits."""
        if self.api_key is not None:
            return f"key:{self.api_key.pk}"
        if self.user is not None:
            return f"user:{self.user.pk}"
        return f"ip:{self.ip}"

    def may(self, permission: str, appeal=None) -> bool:
        """May this caller do `permission` (an `Action` value or "file"), with `appeal`?"""
        permission = str(permission)
        key = self.api_key
        if key is not None:
            if not key.allows(permission):
                return False
            if appeal is not None and key.body_id and not in_body(appeal, key.body.path):
                return False
            if key.officer_id is None:
                return permission == FILE or (permission in READING and key.body_id is not None)
        if permission == FILE:
            return True  # anybody may file, as on the web form
        return self.user is not None and permissions.can(self.user, permission, appeal)

    def visible_appeals(self) -> QuerySet:
        from tyndau.appeals.models import Appeal

        key = self.api_key
        if key is None:
            return permissions.visible_appeals(self.user) if self.user else Appeal.objects.none()
        if not key.allows(permissions.Action.VIEW):
            return Appeal.objects.none()
        if key.officer_id is not None:
            appeals = permissions.visible_appeals(key.officer)
        elif key.body_id is not None:
            appeals = Appeal.objects.all()
        else:
            return Appeal.objects.none()
        if key.body_id is not None:
            appeals = appeals.filter(body__path__startswith=key.body.path)
        return appeals


def in_body(appeal, path: str) -> bool:
    return appeal.body.path.startswith(path)


def client_ip(request) -> str:
    """The caller's address: REMOTE_ADDR, or behind `API_NUM_PROXIES` trusted proxies the
    address the outermost of them saw in X-Forwarded-For."""
    proxies = getattr(settings, "API_NUM_PROXIES", 0)
    if proxies:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [a for a in forwarded if a]
        if len(forwarded) >= proxies:
            return forwarded[-proxies][:45]
    return request.META.get("REMOTE_ADDR", "")[:45]
