"""A private link that leaked can be replaced, by the applicant or by an officer; the old one
stops working at once."""

import pytest
from django.test import Client
from django.urls import reverse

from tyndau.appeals import services
from tyndau.appeals.models import EventKind
from tyndau.audit.models import Access, AuditRecord
from tyndau.notifications.models import OutboxMessage

pytestmark = pytest.mark.django_db


def test_the_applicant_replaces_their_link(file, astana):
    filed = file(astana)
    client = Client()
    old = reverse("appeals:track", args=[filed.tracking_token])
    assert client.get(old).status_code == 200
    response = client.post(reverse("appeals:replace_link", args=[filed.tracking_token]))
    assert response.status_code == 302
    new = response["Location"]
    assert new != old and client.get(new).status_code == 200
    assert client.get(old).status_code == 404
    assert services.find_by_token(filed.tracking_token) is None
    assert filed.appeal.events.filter(kind=EventKind.LINK_REPLACED).exists()
    mail = OutboxMessage.objects.filter(appeal=filed.appeal, template="link_replaced").get()
    assert new.split("/track/")[1] in mail.body  # the new link, to the applicant's e-mail


def test_a_get_or_an_unknown_token_replaces_nothing(file, astana):
    filed = file(astana)
    client = Client()
    url = reverse("appeals:replace_link", args=[filed.tracking_token])
    assert client.get(url).status_code == 405
    assert client.post(reverse("appeals:replace_link", args=["guessed"])).status_code == 404
    assert services.find_by_token(filed.tracking_token) is not None


def test_an_officer_replaces_it_and_the_audit_log_notes_it(file, astana, officers):
    filed = file(astana)
    url = reverse("appeals:replace_applicant_link", args=[filed.appeal.reg_number])
    analyst = Client()
    analyst.force_login(officers["analyst"])  # may see the appeal, not the applicant
    assert analyst.post(url).status_code == 403
    assert services.find_by_token(filed.tracking_token) is not None
    head = Client()
    head.force_login(officers["head"])
    assert head.post(url).status_code == 302
    assert services.find_by_token(filed.tracking_token) is None
    entry = AuditRecord.objects.get(access=Access.REPLACE_LINK)
    assert entry.appeal_id == filed.appeal.pk and entry.actor == officers["head"]


def test_without_e_mail_the_officer_sees_the_new_link_once(file, astana, officers):
    filed = file(astana, applicant=services.Applicant(name="Айгерим", phone="+7 701 000 00 01"))
    head = Client()
    head.force_login(officers["head"])
    url = reverse("appeals:replace_applicant_link", args=[filed.appeal.reg_number])
    page = head.post(url, follow=True).content.decode()
    new_link = page.split("/track/")[1].split("/")[0]
    assert services.find_by_token(new_link) == filed.appeal
