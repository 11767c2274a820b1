"""Filing an appeal: number, private link, event, e-mail, routing."""

import re

import pytest
from django.core import mail

from tyndau.appeals.models import Appeal, AppealEvent, AppendOnlyError, EventKind
from tyndau.appeals.services import competent_body, find_by_token
from tyndau.directory.models import Body, Sphere, Territory

pytestmark = pytest.mark.django_db(transaction=True)


def test_filed_appeal_is_committed_numbered_and_logged(file, astana):
    filed = file(astana)
    appeal = Appeal.objects.get(pk=filed.appeal.pk)
    assert re.fullmatch(r"AKM-AST-\d{4}-000001", appeal.reg_number)
    assert appeal.status == "registered"
    event = appeal.events.get(kind=EventKind.FILED)
    assert (event.kind, event.to_status, event.actor) == (EventKind.FILED, "registered", None)
    assert appeal.due_date > appeal.received_at.date()


def test_numbers_are_sequential_per_body_and_year(file, astana, karaganda):
    numbers = [file(astana).appeal.reg_number for _ in range(3)]
    other = file(karaganda).appeal.reg_number
    assert [n[-6:] for n in numbers] == ["000001", "000002", "000003"]
    assert other.startswith("AKM-KAR-") and other.endswith("000001")


def test_tracking_token_opens_only_its_appeal(file, astana):
    first, second = file(astana), file(astana)
    assert find_by_token(first.tracking_token) == first.appeal
    assert find_by_token(second.tracking_token) == second.appeal
    assert find_by_token("not-a-token") is None
    assert first.tracking_token not in first.appeal.tracking_token_hash


def test_applicant_gets_the_number_and_link_by_email_in_their_language(file, astana):
    filed = file(astana, language="kk")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["aidar@example.kz"]
    assert filed.appeal.reg_number in message.subject
    assert filed.tracking_token in message.body
    assert "тіркелді" in message.subject  # Kazakh


def test_mail_server_down_does_not_lose_the_appeal(file, astana, settings):
    settings.EMAIL_BACKEND = "tyndau.appeals.tests.broken_mail.Backend"
    filed = file(astana)
    assert Appeal.objects.filter(pk=filed.appeal.pk).exists()


def test_events_are_append_only(file, astana):
    event = file(astana).appeal.events.get(kind=EventKind.FILED)
    event.reason = "rewritten"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AppealEvent.objects.filter(pk=event.pk).update(reason="x")
    with pytest.raises(AppendOnlyError):
        AppealEvent.objects.all().delete()


def test_competent_body_is_the_local_akimat_or_the_ministry_of_the_sphere():
    district = Territory.objects.filter(parent__kato="350000000", bodies__isnull=False).first()
    local = competent_body(district, Sphere.objects.get(code="utilities"))
    assert local.territory == district and local.kind == Body.Kind.AKIMAT_DISTRICT
    defence = competent_body(district, Sphere.objects.get(code="defence"))
    assert defence.kind == Body.Kind.MINISTRY
    region = Territory.objects.get(kato="350000000")
    assert competent_body(region, None).code == "AKM-KAR"


def test_the_competent_body_follows_a_change_to_the_directory():
    """The rule is read from the directory kept in the process: an edit is seen at once."""
    district = Territory.objects.filter(parent__kato="350000000", bodies__isnull=False).first()
    utilities = Sphere.objects.get(code="utilities")
    local = competent_body(district, utilities)
    local.spheres.remove(utilities)  # no longer the akimat's: the sphere's ministry, if any
    ministry = Body.objects.filter(kind=Body.Kind.MINISTRY, spheres=utilities).first()
    assert competent_body(district, utilities) == (ministry or local)
    Body.objects.filter(pk=local.pk).update(is_active=False)
    parent_akimat = competent_body(district, None)
    assert parent_akimat != local and parent_akimat.territory == district.parent
