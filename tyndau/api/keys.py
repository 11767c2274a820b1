"""API keys: made once, kept as a hash, found by their prefix, revoked, their use recorded.

A key reads `tyn_<prefix>_<secret>`: the prefix (8 characters) is stored in clear to find the
row, and the whole key's SHA-256 is compared in constant time. 32 random bytes make the
secret: a fast hash is enough for a key nobody chose (there is nothing to guess)."""

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from tyndau.accounts.models import User
from tyndau.api.models import ApiKey
from tyndau.directory.models import Body

KEY_PREFIX = "tyn_"
PREFIX_LENGTH = 8
# last_used_at is written at most this often per key, not on every request.
LAST_USED_RESOLUTION = dt.timedelta(minutes=1)


def hash_key(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


@dataclass(frozen=True)
class IssuedKey:
    api_key: ApiKey
    raw: str  # shown once, never stored


def _new_raw_key() -> tuple[str, str]:
    prefix = secrets.token_hex(PREFIX_LENGTH // 2)
    return prefix, f"{KEY_PREFIX}{prefix}_{secrets.token_urlsafe(32)}"


def issue(
    name: str,
    *,
    body: Body | None = None,
    officer: User | None = None,
    permissions: list[str] | tuple[str, ...] = (),
    created_by: User | None = None,
    api_key: ApiKey | None = None,
) -> IssuedKey:
    """Create a key (or give an unsaved `api_key` from the admin form its secret) and return
    the raw key: the only time it exists outside the caller's hands."""
    api_key = api_key or ApiKey(name=name, body=body, officer=officer)
    if not api_key.pk:
        api_key.permissions = sorted(set(api_key.permissions or permissions))
        api_key.created_by = api_key.created_by or created_by
    api_key.full_clean(exclude=["prefix", "key_hash"])
    with transaction.atomic():
        while True:
            prefix, raw = _new_raw_key()
            if not ApiKey.objects.filter(prefix=prefix).exists():
                break
        api_key.prefix, api_key.key_hash = prefix, hash_key(raw)
        api_key.save()
    return IssuedKey(api_key, raw)


def _prefix_of(raw: str) -> str | None:
    if not raw.startswith(KEY_PREFIX) or len(raw) > 200:
        return None
    prefix, _sep, secret = raw[len(KEY_PREFIX) :].partition("_")
    if len(prefix) != PREFIX_LENGTH or not secret:
        return None
    return prefix


def authenticate(raw: str) -> ApiKey | None:
    """The active key `raw` is, or None; its last use is recorded (to the minute)."""
    prefix = _prefix_of(raw.strip())
    if prefix is None:
        return None
    api_key = (
        ApiKey.objects.select_related("body", "officer__body")
        .filter(prefix=prefix, revoked_at__isnull=True)
        .first()
    )
    if api_key is None or not hmac.compare_digest(api_key.key_hash, hash_key(raw.strip())):
        return None
    now = timezone.now()
    if api_key.last_used_at is None or now - api_key.last_used_at >= LAST_USED_RESOLUTION:
        ApiKey.objects.filter(pk=api_key.pk).update(last_used_at=now)
        api_key.last_used_at = now
    return api_key


def revoke(api_key: ApiKey) -> None:
    if api_key.revoked_at is None:
        api_key.revoked_at = timezone.now()
        api_key.save(update_fields=["revoked_at"])
