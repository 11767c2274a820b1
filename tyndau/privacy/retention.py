"""Retention: once a closed appeal has been kept PERSONAL_DATA_RETENTION_DAYS, its applicant's
personal data is erased, and the appeal stays, counted in every figure as before.

Erased: the name, ИИН/БИН, e-mail, phone and postal address; the attachments (files and
rows; the files once the erasure is committed); the keyed hashes that tie the appeal to the
person's other appeals; the outbox's copies of the letters (recipient and text; a letter
still waiting is given up); a stored API response; an Open311 request's address, device,
account and media link, and its coordinates rounded to 0.01° (about a kilometre). In the
appeal's text, its answers and the rating's comment, ИИН/БИН, e-mails and phone numbers are
masked (`masking.scrub_text`) and so is every word of the applicant's name. Kept: what the appeal
was about, where, to whom, when, how it was answered and rated — the statistics.
"""

import datetime as dt
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from tyndau.answers.models import Answer
from tyndau.api.models import IdempotencyRecord
from tyndau.appeals.models import PERSONAL_FIELDS, Appeal
from tyndau.appeals.workflow import FINAL_STATUSES
from tyndau.notifications.models import OutboxMessage
from tyndau.open311.models import ServiceRequest
from tyndau.privacy.masking import mask_name_in_text, scrub_text
from tyndau.ratings.models import Rating
from tyndau.related.models import Fingerprint

OPEN311_ERASED = ("address", "device_id", "account_id", "media_url")
GIVEN_UP = "Not sent: the recipient was erased when the retention period ended."
COARSE = Decimal("0.01")  # degrees of an Open311 request's place kept: about a kilometre


def due(now: dt.datetime | None = None) -> QuerySet[Appeal]:
    """Closed appeals kept longer than the retention period and not yet anonymised."""
    now = now or timezone.now()
    limit = now - dt.timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS)
    return Appeal.objects.filter(
        status__in=FINAL_STATUSES, closed_at__lt=limit, anonymised_at__isnull=True
    )


def anonymise_due(now: dt.datetime | None = None, *, batch: int = 500) -> int:
    """Anonymise every appeal `due`; how many. Each batch is its own transaction."""
    now = now or timezone.now()
    done = 0
    while True:
        ids = list(due(now).order_by("pk").values_list("pk", flat=True)[:batch])
        if not ids:
            return done
        with transaction.atomic():
            for appeal in Appeal.objects.select_for_update().filter(pk__in=ids):
                anonymise(appeal, now)
        done += len(ids)


def erase_in_text(text: str, name: str) -> str:
    """The text with identifiers, contacts and the applicant's name masked."""
    return mask_name_in_text(scrub_text(text), name)


def anonymise(appeal: Appeal, now: dt.datetime) -> None:
    """Erase one appeal's personal data (inside the caller's transaction)."""
    name = appeal.applicant_name
    for field in PERSONAL_FIELDS:
        setattr(appeal, field, "")
    appeal.subject = erase_in_text(appeal.subject, name)[:200]
    appeal.text = erase_in_text(appeal.text, name)
    appeal.anonymised_at = now
    appeal.save(update_fields=[*PERSONAL_FIELDS, "subject", "text", "anonymised_at", "updated_at"])
    for answer in Answer.objects.filter(appeal=appeal):
        answer.text = erase_in_text(answer.text, name)
        answer.save(update_fields=["text"])
    for rating in Rating.objects.filter(appeal=appeal).exclude(comment=""):
        rating.comment = erase_in_text(rating.comment, name)
        rating.save(update_fields=["comment"])
    for attachment in appeal.attachments.all():
        _delete_after_commit(attachment.file)
        attachment.delete()
    Fingerprint.objects.filter(appeal=appeal).update(identity="", email="", phone="")
    letters = OutboxMessage.objects.filter(appeal=appeal)
    letters.filter(state=OutboxMessage.State.PENDING).update(
        state=OutboxMessage.State.FAILED, last_error=GIVEN_UP
    )
    letters.update(to="", body="")
    IdempotencyRecord.objects.filter(appeal=appeal).update(response_body="")
    for request in ServiceRequest.objects.filter(appeal=appeal):
        for field in OPEN311_ERASED:
            setattr(request, field, "")
        request.lat, request.long = _coarse(request.lat), _coarse(request.long)
        request.save(update_fields=[*OPEN311_ERASED, "lat", "long"])


def _delete_after_commit(file) -> None:
    """The file goes once the row's deletion is committed: a batch rolled back keeps both."""
    storage, name = file.storage, file.name
    transaction.on_commit(lambda: storage.delete(name))


def _coarse(degrees: Decimal | None) -> Decimal | None:
    return None if degrees is None else Decimal(degrees).quantize(COARSE)
