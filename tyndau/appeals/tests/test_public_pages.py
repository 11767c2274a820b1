"""The citizen's pages through HTTP: the form, its messages, the tracking page."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from tyndau.appeals.models import Appeal
from tyndau.conftest import valid_iin
from tyndau.directory.models import Territory

pytestmark = pytest.mark.django_db

TEXT = "Во дворе дома по ул. Сарыарка, 5 третью неделю не вывозят мусор, контейнеры переполнены."


def form_data(**overrides) -> dict:
    region = Territory.objects.get(kato="350000000")
    district = region.children.first()
    data = {
        "kind": "complaint",
        "applicant_type": "individual",
        "applicant_name": "Ахметова Динара Болатовна",
        "iin_bin": valid_iin(3),
        "email": "dinara@example.kz",
        "phone": "",
        "address": "",
        "region": region.pk,
        "district": district.pk,
        "sphere": "",
        "body": "",
        "subject": "Не вывозят мусор",
        "text": TEXT,
        "language": "ru",
        "consent": "on",
    }
    data.update(overrides)
    return data


def url(name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_form_opens_in_every_language(client, language):
    response = client.get(url("appeals:file", language))
    assert response.status_code == 200
    assert f'lang="{language}"' in response.content.decode()


def test_filing_gives_a_number_and_a_private_link(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("appeals:file", "ru"), form_data())
    assert response.status_code == 302
    appeal = Appeal.objects.get()
    assert re.search(r"/ru/track/[\w-]{40,}/$", response["Location"])
    page = client.get(response["Location"]).content.decode()
    assert appeal.reg_number in page and response["Location"] in page
    assert appeal.territory.parent.kato == "350000000"
    assert mail.outbox and appeal.reg_number in mail.outbox[0].subject
    # The confirmation is shown once; the tracking page stays.
    again = client.get(response["Location"]).content.decode()
    assert appeal.reg_number in again and "secret-link" not in again


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ru", "контрольная цифра"), ("kk", "бақылау"), ("en", "check digit")],
)
def test_bad_iin_gets_a_message_in_the_users_language_and_keeps_the_text(
    client, language, expected
):
    iin = valid_iin(3)
    wrong = iin[:-1] + str((int(iin[-1]) + 1) % 10)
    response = client.post(url("appeals:file", language), form_data(iin_bin=wrong))
    assert response.status_code == 400
    html = response.content.decode()
    assert expected in html.lower()
    assert TEXT in html and "Ахметова Динара Болатовна" in html and wrong in html
    assert not Appeal.objects.exists()


def test_missing_fields_are_named(client):
    response = client.post(
        url("appeals:file", "en"), form_data(text="short", region="", consent="")
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "The text is too short" in html
    assert "Choose the region or city" in html
    assert "Your consent is needed" in html


def test_district_must_belong_to_the_region(client):
    other = Territory.objects.get(kato="710000000").children.first()
    response = client.post(url("appeals:file", "en"), form_data(district=other.pk))
    assert response.status_code == 400
    assert "not in the chosen region" in response.content.decode()


def test_anonymous_appeal_needs_no_name_or_number(client):
    data = form_data(applicant_type="anonymous", applicant_name="", iin_bin="", email="")
    assert client.post(url("appeals:file", "kk"), data).status_code == 302
    appeal = Appeal.objects.get()
    assert appeal.applicant_type == "anonymous" and appeal.iin_bin == ""


def test_organisation_needs_a_valid_bin(client):
    response = client.post(
        url("appeals:file", "en"), form_data(applicant_type="organisation", iin_bin=valid_iin(3))
    )
    assert response.status_code == 400


def test_attachments_are_kept_and_wrong_types_refused(client):
    good = SimpleUploadedFile("photo.jpg", b"\xff\xd8\xff fake jpeg", content_type="image/jpeg")
    response = client.post(url("appeals:file", "en"), {**form_data(), "attachments": [good]})
    assert response.status_code == 302
    assert Appeal.objects.get().attachments.get().original_name == "photo.jpg"
    bad = SimpleUploadedFile("run.exe", b"MZ", content_type="application/octet-stream")
    response = client.post(url("appeals:file", "en"), {**form_data(), "attachments": [bad]})
    assert response.status_code == 400 and "not accepted" in response.content.decode()


def test_unknown_tracking_token_is_not_found(client):
    assert client.get(url("appeals:track", "ru", token="x" * 43)).status_code == 404


def test_language_choice_is_remembered(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/kk/"})
    assert response.status_code == 302 and response["Location"] == "/en/"
    assert client.cookies["django_language"].value == "en"
    assert client.get("/").headers["Location"] == "/en/"


def test_registrar_registers_a_paper_appeal_without_iin(client, officers):
    from tyndau.conftest import PASSWORD

    client.login(username=officers["registrar"].username, password=PASSWORD)
    data = form_data(
        iin_bin="", channel="paper", region=Territory.objects.get(kato="710000000").pk, district=""
    )
    data.pop("consent")
    response = client.post(url("appeals:register", "ru"), data)
    assert response.status_code == 200, response.content.decode()[:2000]
    appeal = Appeal.objects.get()
    assert appeal.channel == "paper" and appeal.registered_by == officers["registrar"]
    assert "/track/" in response.content.decode()
