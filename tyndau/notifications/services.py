"""Queue e-mail in the outbox and deliver it, retrying until the mail server takes it.

`queue_mail` is called inside the transaction of the change it reports; delivery starts once
that transaction commits (a background task), and the periodic sweep retries whatever is
still waiting, so a message survives a mail server that is down or a worker that died.
"""

import contextlib
import datetime as dt
import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone

from tyndau.notifications.models import OutboxMessage

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 20
LEASE = dt.timedelta(minutes=5)  # a claimed message is not claimed again for this long
BACKOFF_MINUTES = (1, 5, 15, 60, 180)  # then every 6 hours

message_sent = Signal()  # sender=OutboxMessage, message=the row, just delivered


def queue_mail(
    to: str,
    subject: str,
    body: str,
    *,
    template: str,
    appeal=None,
    for_applicant: bool = False,
) -> OutboxMessage:
    message = OutboxMessage.objects.create(
        appeal=appeal,
        template=template,
        to=to,
        subject=" ".join(subject.split())[:300],
        body=body,
        for_applicant=for_applicant,
    )
    transaction.on_commit(lambda: _start_delivery(message.pk))
    return message


def _start_delivery(message_id: int) -> None:
    from tyndau.notifications.tasks import deliver_message

    try:
        deliver_message.enqueue(message_id)
    except Exception:  # the sweep delivers it later; the message is safe in the outbox
        log.exception("Could not queue delivery of outbox message %s", message_id)


def message_id(message: OutboxMessage) -> str:
    """The same on every attempt: a letter sent again after a worker died between the mail
    server's acceptance and our record of it is recognised as the same one (mail clients
    and servers that deduplicate do it by this header)."""
    domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2].strip("> ") or "tyndau.local"
    return f"<outbox.{message.pk}.{int(message.created_at.timestamp())}@{domain}>"


def letter(message: OutboxMessage) -> EmailMessage:
    return EmailMessage(
        message.subject,
        message.body,
        None,
        [message.to],
        headers={"Message-ID": message_id(message)},
    )


def retry_delay(attempts: int) -> dt.timedelta:
    if attempts <= len(BACKOFF_MINUTES):
        return dt.timedelta(minutes=BACKOFF_MINUTES[attempts - 1])
    return dt.timedelta(hours=6)


def _claim(message_id: int, now: dt.datetime) -> bool:
    """Take the message for this process; False if another one has it or it is done."""
    claimed = OutboxMessage.objects.filter(
        pk=message_id, state=OutboxMessage.State.PENDING, next_attempt_at__lte=now
    ).update(next_attempt_at=now + LEASE)
    return claimed == 1


def deliver(message_id: int, now: dt.datetime | None = None) -> bool:
    """Try to send one message now. True if it went out."""
    now = now or timezone.now()
    if not _claim(message_id, now):
        return False
    message = OutboxMessage.objects.get(pk=message_id)
    attempts = message.attempts + 1
    # The connection is closed (QUIT) only after the letter is marked sent: a worker dying in
    # between would send it again, so the gap between "accepted" and "marked" is kept short.
    connection = get_connection()
    try:
        connection.open()
        connection.send_messages([letter(message)])
    except Exception as error:  # any failure of the mail server: retry later
        _close_quietly(connection)
        gave_up = attempts >= MAX_ATTEMPTS
        OutboxMessage.objects.filter(pk=message_id).update(
            attempts=attempts,
            last_error=f"{type(error).__name__}: {error}"[:2000],
            next_attempt_at=now + retry_delay(attempts),
            state=OutboxMessage.State.FAILED if gave_up else OutboxMessage.State.PENDING,
        )
        log.warning("E-mail %s not sent (attempt %d): %s", message_id, attempts, error)
        return False
    sent_at = timezone.now()
    OutboxMessage.objects.filter(pk=message_id).update(
        attempts=attempts, state=OutboxMessage.State.SENT, sent_at=sent_at, last_error=""
    )
    _close_quietly(connection)
    message.state, message.sent_at, message.attempts = OutboxMessage.State.SENT, sent_at, attempts
    message_sent.send(sender=OutboxMessage, message=message)
    return True


def _close_quietly(connection) -> None:
    with contextlib.suppress(Exception):  # the letter's fate is already decided and recorded
        connection.close()


def deliver_waiting(now: dt.datetime | None = None, limit: int = 500) -> int:
    """Send what is due for a (re)try; returns how many went out."""
    now = now or timezone.now()
    waiting = OutboxMessage.objects.filter(
        state=OutboxMessage.State.PENDING, next_attempt_at__lte=now
    ).values_list("pk", flat=True)[:limit]
    return sum(deliver(pk, now) for pk in list(waiting))
