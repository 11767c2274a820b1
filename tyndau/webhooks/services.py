"""Queue webhooks for appeals' events and deliver them, as the e-mail outbox does.

`queue_for_event` runs inside the transaction that writes the appeal's event (a post_save
signal, see apps.py): one `WebhookDelivery` row per endpoint that wants the event and whose API
key may read the appeal. Once the transaction commits, a background task posts each; a failed
attempt is retried after 1 minute, 5 minutes, 30 minutes, 2 hours and 12 hours, then given up
(recorded, and retried by hand from the administration). The deadline sweep also sends what
is due, so a delivery survives a worker that died.

The body says what happened and where to read more, never who the applicant is: the appeal's
number, status, kind, channel, language, urgency, body, sphere and territory codes, its dates,
the API link, and for a rating its score and reasons (not the comment). No name, ИИН/БИН,
contacts, address, subject or text: the integration reads those through the API, under its
key's permissions."""

import copy
import datetime as dt
import http.client
import json
import logging
import time
import urllib.error
import urllib.request
from collections.abc import Iterable

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from tyndau.accounts.permissions import Action
from tyndau.api.access import Principal
from tyndau.appeals.models import Appeal, AppealEvent, EventKind
from tyndau.directory.models import Body
from tyndau.webhooks import signing
from tyndau.webhooks.models import (
    ANSWERED,
    FILED,
    PING,
    RATED,
    STATUS_CHANGED,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
)

log = logging.getLogger(__name__)

# After the n-th failed attempt the next one waits BACKOFF[n-1]; after the last, give up.
BACKOFF = (
    dt.timedelta(minutes=1),
    dt.timedelta(minutes=5),
    dt.timedelta(minutes=30),
    dt.timedelta(hours=2),
    dt.timedelta(hours=12),
)
MAX_ATTEMPTS = len(BACKOFF) + 1
LEASE = dt.timedelta(minutes=5)  # a claimed delivery is not claimed again for this long
TIMEOUT_SECONDS = 10
USER_AGENT = "Tyndau-Webhooks/1"
API_APPEAL_PATH = "/api/v1/appeals/"


# --- which events, for whom -------------------------------------------------------------------


def event_types_of(event: AppealEvent) -> tuple[str, ...]:
    """The webhook events an appeal's event is, the most specific first: an endpoint gets it
    once, as the first of these it asked for (the answer going out is `appeal.answered` for
    those who want that, otherwise `appeal.status_changed`)."""
    if event.kind == EventKind.FILED:
        return (FILED,)
    if event.kind == EventKind.RATED:
        return (RATED,)
    if event.kind == EventKind.ANSWER_SENT:
        return (ANSWERED, STATUS_CHANGED)
    if event.to_status and event.to_status != event.from_status:
        return (STATUS_CHANGED,)
    return ()


def may_read(endpoint: WebhookEndpoint, appeal: Appeal) -> bool:
    """The rule of GET /api/v1/appeals/{number} for the endpoint's key."""
    key = endpoint.api_key
    return Principal(user=key.officer, api_key=key).may(Action.VIEW, appeal)


def _as_before(event: AppealEvent, appeal: Appeal) -> Appeal | None:
    """The appeal as it was before a redirection (in its former body), or None."""
    if event.kind != EventKind.REDIRECTED:
        return None
    former = Body.objects.filter(code=(event.data or {}).get("from_body", "")).first()
    if former is None:
        return None
    before = copy.copy(appeal)
    before.body = former
    return before


def _active_endpoints() -> list[WebhookEndpoint]:
    return list(
        WebhookEndpoint.objects.filter(is_active=True, api_key__revoked_at__isnull=True)
        .select_related("api_key__body", "api_key__officer__body")
        .order_by("pk")
    )


def _iso(value):
    return value.isoformat() if value else None


def event_payload(event: AppealEvent, event_type: str, event_id) -> dict:
    appeal = event.appeal
    change = {
        "kind": event.kind,
        "from_status": event.from_status or None,
        "to_status": event.to_status or None,
    }
    data = event.data or {}
    if event.kind == EventKind.REDIRECTED:
        change["from_body"] = data.get("from_body")
        change["to_body"] = data.get("to_body")
    if event.kind == EventKind.RATED:
        change["score"] = data.get("score")
        change["reasons"] = list(data.get("reasons") or [])
        change["changed"] = bool(data.get("changed"))
    return {
        "id": str(event_id),
        "type": event_type,
        "occurred_at": _iso(event.created_at),
        "appeal": {
            "number": appeal.reg_number,
            "status": appeal.status,
            "kind": appeal.kind,
            "channel": appeal.channel,
            "language": appeal.language,
            "is_urgent": appeal.is_urgent,
            "body": appeal.body.code,
            "sphere": appeal.sphere.code if appeal.sphere_id else None,
            "territory": appeal.territory.kato,
            "outcome": appeal.outcome or None,
            "received_at": _iso(appeal.received_at),
            "due_date": _iso(appeal.due_date),
            "answered_at": _iso(appeal.answered_at),
            "closed_at": _iso(appeal.closed_at),
            "url": f"{settings.BASE_URL}{API_APPEAL_PATH}{appeal.reg_number}",
        },
        "change": change,
    }


def _dumps(payload: dict) -> str:
    return json.dumps(payload, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))


def queue_for_event(event: AppealEvent) -> list[WebhookDelivery]:
    """Write the deliveries of `event` (call it inside the event's transaction)."""
    types = event_types_of(event)
    if not types:
        return []
    endpoints = _active_endpoints()
    if not endpoints:
        return []
    appeal = event.appeal
    before = _as_before(event, appeal)
    queued = []
    for endpoint in endpoints:
        event_type = next((t for t in types if endpoint.wants(t)), None)
        if event_type is None:
            continue
        if not (may_read(endpoint, appeal) or (before is not None and may_read(endpoint, before))):
            continue
        delivery = WebhookDelivery(
            endpoint=endpoint, event_type=event_type, appeal=appeal, appeal_event=event
        )
        delivery.payload = _dumps(event_payload(event, event_type, delivery.event_id))
        delivery.save()
        queued.append(delivery)
    _start_after_commit(d.pk for d in queued)
    return queued


def queue_ping(endpoint: WebhookEndpoint) -> WebhookDelivery:
    """A test delivery the administrator sends to check the endpoint and its secret."""
    delivery = WebhookDelivery(endpoint=endpoint, event_type=PING)
    delivery.payload = _dumps(
        {"id": str(delivery.event_id), "type": PING, "occurred_at": _iso(timezone.now())}
    )
    delivery.save()
    _start_after_commit([delivery.pk])
    return delivery


def _start_after_commit(ids: Iterable[int]) -> None:
    ids = list(ids)
    if ids:
        transaction.on_commit(lambda: [_enqueue(pk) for pk in ids])


def _enqueue(delivery_id: int, run_after: dt.datetime | None = None) -> None:
    from tyndau.webhooks.tasks import deliver_webhook

    try:
        if run_after is None:
            deliver_webhook.enqueue(delivery_id)
        elif deliver_webhook.get_backend().supports_defer:
            deliver_webhook.using(run_after=run_after).enqueue(delivery_id)
        # else: the deadline sweep sends it when it is due
    except Exception:  # the sweep sends it later; the delivery is safe in the outbox
        log.exception("Could not queue webhook delivery %s", delivery_id)


# --- delivery ---------------------------------------------------------------------------------


def retry_delay(attempts: int) -> dt.timedelta | None:
    """How long to wait after `attempts` failed attempts; None: give up."""
    return BACKOFF[attempts - 1] if attempts <= len(BACKOFF) else None


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is an answer, not a new address to sign and send to."""

    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def post(delivery: WebhookDelivery, attempt: int) -> WebhookAttempt:
    """POST the delivery's body to its endpoint, signed now; the attempt, not yet saved."""
    endpoint = delivery.endpoint
    body = delivery.payload.encode()
    request = urllib.request.Request(
        endpoint.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": USER_AGENT,
            "X-Tyndau-Event": delivery.event_type,
            "X-Tyndau-Event-Id": str(delivery.event_id),
            "X-Tyndau-Attempt": str(attempt),
            signing.HEADER: signing.header_value(endpoint.secret, body),
        },
    )
    timeout = getattr(settings, "WEBHOOK_TIMEOUT_SECONDS", TIMEOUT_SECONDS)
    result = WebhookAttempt(delivery=delivery, at=timezone.now())
    started = time.monotonic()
    try:
        with _opener.open(request, timeout=timeout) as response:
            result.status_code = response.status
            result.response_excerpt = _excerpt(response.read(500))
    except urllib.error.HTTPError as error:  # the receiver answered, with a 3xx, 4xx or 5xx
        result.status_code = error.code
        try:
            result.response_excerpt = _excerpt(error.read(500))
        except (OSError, http.client.HTTPException):
            pass
        finally:
            error.close()
    except Exception as error:  # refused, timed out, reset, a bad URL...: all retried
        reason = getattr(error, "reason", error)
        result.error = f"{type(reason).__name__}: {reason}"[:2000]
    result.duration_ms = int((time.monotonic() - started) * 1000)
    if result.status_code is not None and not 200 <= result.status_code < 300:
        result.error = f"HTTP {result.status_code}"
    return result


def _excerpt(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")[:500]


def _claim(delivery_id: int, now: dt.datetime) -> bool:
    """Take the delivery for this process; False if another one has it or it is done."""
    claimed = WebhookDelivery.objects.filter(
        pk=delivery_id, state=WebhookDelivery.State.PENDING, next_attempt_at__lte=now
    ).update(next_attempt_at=now + LEASE)
    return claimed == 1


def deliver(delivery_id: int, now: dt.datetime | None = None) -> bool:
    """Try one delivery now. True if the receiver took it (a 2xx answer)."""
    now = now or timezone.now()
    if not _claim(delivery_id, now):
        return False
    delivery = WebhookDelivery.objects.select_related("endpoint__api_key").get(pk=delivery_id)
    endpoint = delivery.endpoint
    if not endpoint.is_active or endpoint.api_key.revoked_at is not None:
        WebhookDelivery.objects.filter(pk=delivery_id).update(
            state=WebhookDelivery.State.FAILED,
            last_error="The endpoint was switched off or its API key revoked.",
        )
        return False
    attempts = delivery.attempts + 1
    attempt = post(delivery, attempts)
    attempt.save()
    changes = {
        "attempts": attempts,
        "last_attempt_at": attempt.at,
        "last_status_code": attempt.status_code,
        "last_error": attempt.error,
    }
    if not attempt.error:
        WebhookDelivery.objects.filter(pk=delivery_id).update(
            **changes, state=WebhookDelivery.State.DELIVERED, delivered_at=timezone.now()
        )
        return True
    delay = retry_delay(attempts)
    if delay is None:
        WebhookDelivery.objects.filter(pk=delivery_id).update(
            **changes, state=WebhookDelivery.State.FAILED
        )
        log.warning(
            "Webhook %s given up after %d attempts: %s", delivery_id, attempts, attempt.error
        )
        return False
    next_at = now + delay
    WebhookDelivery.objects.filter(pk=delivery_id).update(**changes, next_attempt_at=next_at)
    log.info("Webhook %s failed (attempt %d): %s", delivery_id, attempts, attempt.error)
    _enqueue(delivery_id, run_after=next_at)
    return False


def deliver_waiting(now: dt.datetime | None = None, limit: int = 200) -> int:
    """Send what is due for a (re)try; returns how many were delivered."""
    now = now or timezone.now()
    waiting = WebhookDelivery.objects.filter(
        state=WebhookDelivery.State.PENDING, next_attempt_at__lte=now
    ).values_list("pk", flat=True)[:limit]
    return sum(deliver(pk, now) for pk in list(waiting))


def purge_log(now: dt.datetime | None = None) -> int:
    """Forget delivered and given-up deliveries older than WEBHOOK_LOG_DAYS, with their
    attempts (waiting ones are kept, however old); returns how many were removed."""
    before = (now or timezone.now()) - dt.timedelta(days=settings.WEBHOOK_LOG_DAYS)
    finished = WebhookDelivery.objects.filter(created_at__lt=before).exclude(
        state=WebhookDelivery.State.PENDING
    )
    removed, _by_model = finished.delete()
    return removed


def retry_now(deliveries) -> int:
    """From the administration: try again, as new (the attempts start over)."""
    ids = list(
        deliveries.exclude(state=WebhookDelivery.State.DELIVERED).values_list("pk", flat=True)
    )
    WebhookDelivery.objects.filter(pk__in=ids).update(
        state=WebhookDelivery.State.PENDING, attempts=0, next_attempt_at=timezone.now()
    )
    _start_after_commit(ids)
    return len(ids)
