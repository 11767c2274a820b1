"""After the retention period a closed appeal loses its applicant's personal data and keeps
everything the statistics count."""

import datetime as dt
import os
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from tyndau.analytics.models import DailyBodyFigures
from tyndau.answers import services as answers
from tyndau.answers.tests.test_drafting import FULL
from tyndau.appeals import services
from tyndau.appeals.models import Appeal, Attachment
from tyndau.appeals.services import Applicant
from tyndau.audit.models import Access, AuditRecord
from tyndau.conftest import valid_iin
from tyndau.notifications.models import OutboxMessage
from tyndau.open311.models import ServiceRequest
from tyndau.privacy import retention
from tyndau.ratings import services as ratings
from tyndau.related.models import Fingerprint

pytestmark = pytest.mark.django_db

NAME = "Нурланов Айдар Серикович"


@pytest.fixture
def closed(file, astana, officers, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    applicant = Applicant(
        name=NAME,
        iin_bin=valid_iin(),
        email="aidar@example.kz",
        phone="+7 701 123 45 67",
        address="Астана, ул. Абая 10, кв. 5",
    )
    upload = SimpleUploadedFile("photo.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")
    appeal = file(
        astana,
        applicant=applicant,
        text="Я, Нурланов Айдар, ИИН 900517300125, тел. 8 701 123 45 67: нет отопления.",
        attachments=[upload],
    ).appeal
    services.assign(appeal, officers["executor"], actor=officers["head"])
    answers.save_draft(
        appeal,
        actor=officers["executor"],
        text=f"Уважаемый Айдар Серикович!\n{FULL}",
        outcome="satisfied",
    )
    answers.submit_for_approval(appeal, actor=officers["executor"])
    answer = answers.approve_and_send(appeal, actor=officers["head"])
    ratings.rate(answer, score=5, reasons=[], comment="Спасибо, Нурланов доволен")
    years_ago = timezone.now() - dt.timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS + 1)
    Appeal.objects.filter(pk=appeal.pk).update(status="closed", closed_at=years_ago)
    return Appeal.objects.get(pk=appeal.pk)


def _figures() -> list:
    return list(DailyBodyFigures.objects.order_by("pk").values())


def test_a_closed_appeal_past_retention_is_anonymised(closed, django_capture_on_commit_callbacks):
    attachment = Attachment.objects.get(appeal=closed)
    stored = attachment.file.path
    figures = _figures()
    with django_capture_on_commit_callbacks(execute=True):
        assert retention.anonymise_due() == 1
    appeal = Appeal.objects.get(pk=closed.pk)
    assert [appeal.applicant_name, appeal.iin_bin, appeal.email, appeal.phone, appeal.address] == [
        ""
    ] * 5
    assert appeal.anonymised_at is not None
    assert "900517300125" not in appeal.text and "701 123" not in appeal.text
    assert "Нурланов" not in appeal.text and "Айдар" not in appeal.text
    assert "нет отопления" in appeal.text  # what it was about stays
    answer = appeal.answers.get()
    assert "Айдар" not in answer.text and "Серикович" not in answer.text
    assert appeal.rating.comment.startswith("Спасибо") and "Нурланов" not in appeal.rating.comment
    assert not Attachment.objects.filter(appeal=appeal).exists()
    assert not os.path.exists(stored)
    fingerprint = Fingerprint.objects.get(appeal=appeal)
    assert (fingerprint.identity, fingerprint.email, fingerprint.phone) == ("", "", "")
    assert not OutboxMessage.objects.filter(appeal=appeal).exclude(to="").exists()
    # the statistics are what they were
    assert _figures() == figures
    assert (appeal.status, appeal.outcome, appeal.body_id) == (
        "closed",
        "satisfied",
        closed.body_id,
    )


def test_appeals_within_retention_or_open_are_kept(closed, file, astana, settings):
    recent = timezone.now() - dt.timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS - 1)
    Appeal.objects.filter(pk=closed.pk).update(closed_at=recent)
    still_open = file(astana).appeal
    assert retention.anonymise_due() == 0
    assert Appeal.objects.get(pk=closed.pk).applicant_name == NAME
    assert Appeal.objects.get(pk=still_open.pk).anonymised_at is None


def test_the_command_runs_once_and_is_audited(closed):
    call_command("anonymise_closed", "--dry-run", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Appeal.objects.get(pk=closed.pk).anonymised_at is None
    call_command("anonymise_closed", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("anonymise_closed", stdout=open("/dev/null", "w"))  # noqa: SIM115
    (entry,) = AuditRecord.objects.filter(access=Access.ANONYMISE)
    assert entry.detail.startswith("1 appeals") and entry.actor_label == "system"


def test_a_batch_that_fails_keeps_the_attachment_files(
    closed, monkeypatch, django_capture_on_commit_callbacks
):
    stored = Attachment.objects.get(appeal=closed).file.path

    def broken(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(retention, "_coarse", broken)
    ServiceRequest.objects.create(appeal=closed, token="t-1", lat=Decimal("51.128207"))
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError):
        retention.anonymise_due()
    assert Attachment.objects.filter(appeal=closed).exists() and os.path.exists(stored)
    assert Appeal.objects.get(pk=closed.pk).anonymised_at is None


def test_waiting_letters_are_given_up_and_open311_details_erased(closed):
    waiting = OutboxMessage.objects.filter(appeal=closed).first()
    OutboxMessage.objects.filter(pk=waiting.pk).update(state=OutboxMessage.State.PENDING)
    ServiceRequest.objects.create(
        appeal=closed,
        token="t-2",
        address="Астана, ул. Абая 10, кв. 5",
        lat=Decimal("51.128207"),
        long=Decimal("71.430411"),
        media_url="https://example.kz/photo.jpg",
        device_id="phone-1",
        account_id="aidar",
    )
    retention.anonymise_due()
    waiting.refresh_from_db()
    assert waiting.state == OutboxMessage.State.FAILED and waiting.to == ""
    assert waiting.last_error == retention.GIVEN_UP
    request = ServiceRequest.objects.get(appeal=closed)
    assert (request.address, request.media_url, request.device_id, request.account_id) == (
        "",
        "",
        "",
        "",
    )
    assert (request.lat, request.long) == (Decimal("51.13"), Decimal("71.43"))
