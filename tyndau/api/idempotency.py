"""`Idempotency-Key`: a retried POST gets the first one's response, never a second appeal.

The record (owner, key) is inserted in the same transaction as the appeal it answers, under a
unique constraint: of two concurrent requests with one key, the second waits for the first
to commit (PostgreSQL's unique index, SQLite's single writer), fails to insert, and replays
the first one's response. A key sent again with another body is refused (422); the stored
response (which holds the tracking token) is kept API_IDEMPOTENCY_HOURS, after which the key
is refused (409) rather than filing again, and the periodic sweep blanks it."""

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tyndau.api.errors import ApiError
from tyndau.api.models import IdempotencyRecord

HEADER = "Idempotency-Key"
MAX_KEY_LENGTH = 255


@dataclass(frozen=True)
class Outcome:
    status: int
    body: dict
    replayed: bool = False


def request_hash(method: str, path: str, body: bytes) -> str:
    digest = hashlib.sha256(f"{method} {path}\n".encode())
    digest.update(body)
    return digest.hexdigest()


def check_key(key: str) -> str:
    key = key.strip()
    if not key or len(key) > MAX_KEY_LENGTH or not key.isascii() or not key.isprintable():
        raise ApiError(
            400,
            "bad_request",
            _("The Idempotency-Key must be 1 to 255 printable ASCII characters."),
            errors=[{"field": HEADER, "message": _("Use a random value, e.g. a UUID.")}],
        )
    return key


def _ttl() -> dt.timedelta:
    return dt.timedelta(hours=settings.API_IDEMPOTENCY_HOURS)


def _replay(record: IdempotencyRecord, digest: str) -> Outcome:
    if record.request_hash != digest:
        raise ApiError(
            422,
            "idempotency_key_reused",
            _("This Idempotency-Key was already used with a different request."),
            errors=[{"field": HEADER, "message": _("Use a new key for a new request.")}],
        )
    if not record.response_body or timezone.now() - record.created_at > _ttl():
        raise ApiError(
            409,
            "idempotency_key_expired",
            _(
                "This Idempotency-Key was used more than %(hours)d hours ago; the appeal it "
                "filed stands. Use a new key for a new appeal."
            )
            % {"hours": settings.API_IDEMPOTENCY_HOURS},
        )
    return Outcome(record.status_code, json.loads(record.response_body), replayed=True)


def _find(owner: str, key: str) -> IdempotencyRecord | None:
    return IdempotencyRecord.objects.filter(owner=owner, key=key).first()


def forget_old_responses(now: dt.datetime | None = None) -> int:
    """Responses hold tracking tokens: the periodic sweep blanks them once past the replay
    window (a replay is refused from then on anyway); returns how many it blanked."""
    before = (now or timezone.now()) - _ttl()
    return (
        IdempotencyRecord.objects.filter(created_at__lt=before)
        .exclude(response_body="")
        .update(response_body="")
    )


def run_once(
    owner: str,
    key: str,
    digest: str,
    act: Callable[[], tuple[int, dict, object]],
) -> Outcome:
    """`act()` → (status, body, appeal) once per (owner, key); its response replayed after."""
    key = check_key(key)
    existing = _find(owner, key)
    if existing is not None:
        return _replay(existing, digest)
    with transaction.atomic():
        try:
            with transaction.atomic():
                record = IdempotencyRecord.objects.create(
                    owner=owner, key=key, request_hash=digest, status_code=0
                )
        except IntegrityError:
            record = None  # somebody else inserted this key since we looked, and committed
        if record is not None:
            status, body, appeal = act()
            record.status_code = status
            record.response_body = json.dumps(body, cls=DjangoJSONEncoder, ensure_ascii=False)
            record.appeal = appeal
            record.save(update_fields=["status_code", "response_body", "appeal"])
            return Outcome(status, body)
    existing = _find(owner, key)
    if existing is None or not existing.status_code:
        raise ApiError(
            409,
            "idempotency_key_in_use",
            _("A request with this Idempotency-Key is still being processed."),
            headers={"Retry-After": "1"},
        )
    return _replay(existing, digest)
