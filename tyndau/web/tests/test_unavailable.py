"""A database that cannot be reached gives 503 with Retry-After on every surface, never a 500
with a traceback; any other error still gives the 500 page."""

from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client

pytestmark = pytest.mark.django_db

DOWN = OperationalError("could not connect to server: Connection refused")


def _client() -> Client:
    return Client(raise_request_exception=False)


def test_a_web_page_says_try_again_in_three_languages():
    with mock.patch("tyndau.web.views.render", side_effect=DOWN):
        response = _client().get("/ru/")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    page = response.content.decode()
    assert "Сервис временно недоступен" in page and "briefly unavailable" in page
    assert "Traceback" not in page and "OperationalError" not in page


def test_the_api_answers_with_its_error_object():
    with mock.patch("tyndau.api.appeals._file", side_effect=DOWN):
        response = _client().post(
            "/api/v1/appeals",
            {
                "kind": "complaint",
                "subject": "s",
                "text": "t",
                "territory": "710000000",
                "applicant": {"name": "A"},
                "consent": True,
            },
            content_type="application/json",
            HTTP_ACCEPT_LANGUAGE="en",
        )
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert response.json()["code"] == "unavailable"


def test_a_failure_before_any_view_is_a_503_too():
    client = _client()
    client.cookies["sessionid"] = "k" * 32  # a session the database must look up
    with mock.patch("django.contrib.sessions.backends.db.SessionStore.load", side_effect=DOWN):
        response = client.get("/ru/staff/")
    assert response.status_code == 503 and response["Retry-After"] == "5"


def test_any_other_error_is_still_a_500():
    with mock.patch("tyndau.web.views.render", side_effect=RuntimeError("bug")):
        response = _client().get("/ru/")
    assert response.status_code == 500
    assert "Retry-After" not in response
