"""The appeal page of the workspace keeps what the officer typed."""

import pytest
from django.urls import reverse

from tyndau.appeals import services
from tyndau.conftest import PASSWORD

pytestmark = pytest.mark.django_db

DRAFT = "Уважаемый Айдар Серикович! Подача тепла восстановлена 5 ноября."


@pytest.fixture
def assigned(file, astana, officers, client):
    appeal = file(astana).appeal
    services.assign(appeal, officers["executor"], actor=officers["head"])
    client.login(username=officers["executor"].username, password=PASSWORD)
    return appeal


def test_saved_draft_comes_back_in_the_editor(client, assigned):
    url = reverse("appeals:act", args=[assigned.reg_number, "draft"])
    assert client.post(url, {"text": DRAFT, "outcome": "satisfied"}).status_code == 302
    html = client.get(reverse("appeals:detail", args=[assigned.reg_number])).content.decode()
    assert f">{DRAFT}</textarea>" in html
    assert '<option value="satisfied" selected>' in html


def test_refused_draft_keeps_the_typed_text_and_says_why(client, assigned):
    url = reverse("appeals:act", args=[assigned.reg_number, "draft"])
    response = client.post(
        url, {"text": "Рассмотрено.", "outcome": "explained"}, HTTP_ACCEPT_LANGUAGE="ru"
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert ">Рассмотрено.</textarea>" in html
    assert '<option value="explained" selected>' in html
    assert 'class="message error"' in html


def test_close_form_offers_every_legal_ground(client, file, astana, officers):
    appeal = file(astana).appeal
    client.login(username=officers["head"].username, password=PASSWORD)
    html = client.get(reverse("appeals:detail", args=[appeal.reg_number])).content.decode()
    for ground in ("anonymous", "no_substance", "repeat_without_new_arguments", "withdrawn"):
        assert f'<option value="{ground}">' in html
