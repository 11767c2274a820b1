"""The head's dashboard: the body's figures against the period before, trends, units and
executors ranked, and every number opening the appeals behind it."""

import pytest
from django.urls import reverse
from django.utils import translation

from tyndau.analytics.tests.test_rollups import answer
from tyndau.appeals.services import Applicant
from tyndau.conftest import PASSWORD, valid_iin
from tyndau.ratings import services as ratings

pytestmark = pytest.mark.django_db


@pytest.fixture
def worked(file, astana, officers):
    sent = answer(file(astana).appeal, officers)
    ratings.rate(sent, score=1, reasons=["not_solved"])
    file(astana, applicant=Applicant(iin_bin=valid_iin(3)))
    return sent


def test_the_head_sees_the_body_and_can_open_the_appeals_behind_a_number(client, worked, officers):
    client.login(username="head.ast", password=PASSWORD)
    with translation.override("ru"):
        page = client.get(reverse("analytics:dashboard"))
        assert page.status_code == 200
        cards = {card.measure: card.value for card in page.context["cards"]}
        assert cards["received"] == 2 and cards["answered"] == 1 and cards["dissatisfied"] == 1
        html = page.content.decode()
        assert "chart.umd.min.js" in html and "trend-data" in html
        assert "Проблема не решена" in html or "проблема не решена" in html.lower()
        executors = page.context["executors"]
        assert [row["person"] for row in executors] == [officers["executor"]]
        behind = client.get(reverse("analytics:appeals_behind", args=["dissatisfied"]))
    assert behind.status_code == 200
    assert [a.pk for a in behind.context["page"]] == [worked.appeal_id]


def test_executors_and_other_bodies_do_not_see_it(client, worked, officers):
    client.login(username="executor.ast", password=PASSWORD)
    assert client.get(reverse("analytics:dashboard")).status_code == 403
    client.login(username="head.kar", password=PASSWORD)
    page = client.get(reverse("analytics:dashboard"))
    assert {card.measure: card.value for card in page.context["cards"]}["received"] == 0
    assert client.get(reverse("analytics:appeals_behind", args=["nothing"])).status_code == 404


def test_a_reversed_period_is_explained(client, worked):
    client.login(username="head.ast", password=PASSWORD)
    page = client.get(
        reverse("analytics:dashboard"), {"date_from": "2026-05-01", "date_to": "2026-04-01"}
    )
    assert page.status_code == 400
