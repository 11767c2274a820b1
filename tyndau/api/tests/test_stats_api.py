"""GET /api/v1/stats/bodies: public, the portal's figures per body, documented."""

import datetime as dt

import pytest
from django.core.cache import cache
from django.utils import timezone

from tyndau.analytics.tests.test_rollups import answer
from tyndau.appeals.services import Applicant
from tyndau.conftest import valid_iin
from tyndau.ratings import services as ratings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


def test_bodies_figures_for_a_period(client, file, astana, officers):
    sent = answer(file(astana).appeal, officers)
    ratings.rate(sent, score=2, reasons=["incomplete"])
    file(astana, applicant=Applicant(iin_bin=valid_iin(5)))
    today = timezone.localdate()
    response = client.get(
        "/api/v1/stats/bodies",
        {"date_from": (today - dt.timedelta(days=7)).isoformat(), "date_to": today.isoformat()},
        HTTP_ACCEPT_LANGUAGE="kk",
    )
    assert response.status_code == 200
    (row,) = [r for r in response.json() if r["body_code"] == astana.code]
    assert row["body_name"] == astana.name_kk
    assert (row["received"], row["answered"], row["answered_share_pct"]) == (2, 1, "50.0")
    assert (row["ratings"], row["dissatisfied"], row["dissatisfied_share_pct"]) == (1, 1, "100.0")
    assert row["median_days_to_answer"] == 0.0 and row["repeat"] == 0
    earlier = client.get(
        "/api/v1/stats/bodies", {"date_from": "2020-01-01", "date_to": "2020-12-31"}
    )
    assert earlier.json() == []


def test_bad_periods_are_refused_clearly(client):
    wrong_order = client.get(
        "/api/v1/stats/bodies",
        {"date_from": "2026-02-01", "date_to": "2026-01-01"},
        HTTP_ACCEPT_LANGUAGE="ru",
    )
    assert wrong_order.status_code == 422
    assert wrong_order.json()["message"] == "Последний день раньше первого."
    assert wrong_order.json()["code"] == "validation_error"
    assert client.get("/api/v1/stats/bodies", {"date_from": "yesterday"}).status_code == 422


def test_the_endpoint_is_in_the_openapi_document_and_docs_are_served_locally(client):
    document = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/stats/bodies" in document["paths"]
    docs = client.get("/api/v1/docs").content.decode()
    assert "cdn" not in docs.lower() and "swagger-ui-bundle.js" in docs
