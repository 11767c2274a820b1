"""Each role × own body / foreign body × each page and action, through HTTP."""

import pytest
from django.urls import reverse

from tyndau.appeals import services
from tyndau.conftest import PASSWORD

pytestmark = pytest.mark.django_db

ROLES = ["registrar", "executor", "head", "analyst", "admin"]
ALLOWED_ACTIONS = {
    "registrar": {"assign", "redirect", "close"},
    "executor": {"start", "draft", "submit"},
    "head": {"assign", "redirect", "close", "start", "draft", "submit", "approve", "return"},
    "analyst": set(),
    "admin": set(),
}
ACTIONS = ["assign", "redirect", "start", "close", "draft", "submit", "approve", "return"]
REGISTER_ALLOWED = {"registrar", "head"}
PERSONAL_ALLOWED = {"registrar", "executor", "head", "admin"}


@pytest.fixture
def own_and_foreign(file, astana, karaganda, officers):
    own = file(astana).appeal
    services.assign(own, officers["executor"], actor=officers["head"])
    foreign = file(karaganda).appeal
    return own, foreign


def post_data(action, officers, karaganda):
    return {
        "assign": {"executor": officers["executor2"].pk},
        "redirect": {"body": karaganda.pk, "reason": "Not our competence."},
        "close": {"target": "terminated", "ground": "withdrawn", "reason": "Withdrawn."},
        "draft": {"text": "Уважаемый заявитель! Ответ по существу.", "outcome": "explained"},
        "return": {"comment": "Add the legal basis."},
    }.get(action, {})


def login(client, officers, role):
    assert client.login(username=officers[role].username, password=PASSWORD)


@pytest.mark.parametrize("role", ROLES)
def test_inbox_lists_own_body_only(client, officers, own_and_foreign, role):
    own, foreign = own_and_foreign
    login(client, officers, role)
    page = client.get(reverse("appeals:inbox")).content.decode()
    assert own.reg_number in page
    assert foreign.reg_number not in page


@pytest.mark.parametrize("role", ROLES)
def test_appeal_page_own_shown_foreign_hidden(client, officers, own_and_foreign, role):
    own, foreign = own_and_foreign
    login(client, officers, role)
    response = client.get(reverse("appeals:detail", args=[own.reg_number]))
    assert response.status_code == 200
    html = response.content.decode()
    assert (own.iin_bin in html) == (role in PERSONAL_ALLOWED)
    assert client.get(reverse("appeals:detail", args=[foreign.reg_number])).status_code == 404


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ACTIONS)
def test_actions_on_own_body(client, officers, own_and_foreign, karaganda, role, action):
    own, _ = own_and_foreign
    login(client, officers, role)
    url = reverse("appeals:act", args=[own.reg_number, action])
    response = client.post(url, post_data(action, officers, karaganda))
    if action in ALLOWED_ACTIONS[role]:
        assert response.status_code in (302, 400), response.status_code  # 400: wrong status now
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ACTIONS)
def test_actions_on_foreign_body_are_not_found(
    client, officers, own_and_foreign, karaganda, role, action
):
    _, foreign = own_and_foreign
    login(client, officers, role)
    url = reverse("appeals:act", args=[foreign.reg_number, action])
    assert client.post(url, post_data(action, officers, karaganda)).status_code == 404
    foreign.refresh_from_db()
    assert foreign.status == "registered"


@pytest.mark.parametrize("role", ROLES)
def test_register_page_for_registrars_and_heads(client, officers, role):
    login(client, officers, role)
    expected = 200 if role in REGISTER_ALLOWED else 403
    assert client.get(reverse("appeals:register")).status_code == expected


@pytest.mark.parametrize("role", ROLES)
def test_attachments_follow_personal_data_rights(client, officers, file, astana, role):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("plan.pdf", b"%PDF-1.4 test", content_type="application/pdf")
    appeal = file(astana, attachments=[upload]).appeal
    services.assign(appeal, officers["executor"], actor=officers["head"])
    attachment = appeal.attachments.get()
    login(client, officers, role)
    response = client.get(
        reverse("appeals:officer_attachment", args=[appeal.reg_number, attachment.pk])
    )
    assert response.status_code == (200 if role in PERSONAL_ALLOWED else 403)
    if response.status_code == 200:
        assert response["Content-Disposition"].startswith("attachment")


def test_executor_sees_own_unit_but_not_the_rest_of_the_body(client, officers, file, astana):
    unit = officers["executor"].body
    in_unit = file(unit).appeal
    in_body = file(astana).appeal
    login(client, officers, "executor")
    page = client.get(reverse("appeals:inbox")).content.decode()
    assert in_unit.reg_number in page and in_body.reg_number not in page


def test_staff_pages_need_login(client, own_and_foreign):
    own, _ = own_and_foreign
    for url in (reverse("appeals:inbox"), reverse("appeals:detail", args=[own.reg_number])):
        response = client.get(url)
        assert response.status_code == 302 and "/staff/login/" in response["Location"]


def test_user_without_role_or_body_sees_nothing(client, django_user_model, own_and_foreign):
    django_user_model.objects.create_user("nobody", password=PASSWORD)
    client.login(username="nobody", password=PASSWORD)
    assert client.get(reverse("appeals:inbox")).status_code == 403
