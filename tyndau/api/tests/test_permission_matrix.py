"""The API answers as the workspace does: for every role, on its own body's appeal and on
another body's, reading and changing give the same result on the web pages, through the API
with the officer's session, and through an API key acting as that officer.

ok: done; forbidden: 403; hidden: 404 (another scope's appeals are not said to exist)."""

import pytest
from django.test import Client

from tyndau.api.tests.conftest import ALL_PERMISSIONS, auth, post_json
from tyndau.appeals import services

pytestmark = pytest.mark.django_db

ROLES = ["registrar", "executor", "executor2", "head", "analyst", "admin", "foreign_head"]
# (role, whose appeal) → (read, assign, start)
EXPECTED = {
    ("registrar", "own"): ("ok", "ok", "forbidden"),
    ("executor", "own"): ("ok", "hidden", "ok"),  # sees only what is assigned, or its unit's
    ("executor2", "own"): ("hidden", "hidden", "hidden"),  # same unit, not assigned
    ("head", "own"): ("ok", "ok", "ok"),
    ("analyst", "own"): ("ok", "forbidden", "forbidden"),
    ("admin", "own"): ("ok", "forbidden", "forbidden"),
    ("foreign_head", "own"): ("hidden", "hidden", "hidden"),
    ("foreign_head", "other"): ("ok", "ok", "ok"),
}
for _role in ROLES:
    if _role != "foreign_head":
        EXPECTED[(_role, "other")] = ("hidden", "hidden", "hidden")

WEB = {200: "ok", 302: "ok", 403: "forbidden", 404: "hidden", 400: "refused"}
API = {200: "ok", 403: "forbidden", 404: "hidden", 409: "refused", 422: "refused"}


@pytest.fixture
def setting(file, astana, karaganda, officers):
    """Per place: the body, its head, and the executor appeals there go to."""
    return {
        "own": (astana, officers["head"], officers["executor"]),
        "other": (karaganda, officers["foreign_head"], officers["foreign_executor"]),
    }


def _registered(file, place):
    body, _head, _executor = place
    return file(body).appeal


def _assigned(file, place):
    body, head, executor = place
    appeal = file(body).appeal
    services.assign(appeal, executor, actor=head)
    return appeal


def _web(user, method, path, data=None):
    browser = Client()
    browser.force_login(user)
    response = browser.post(path, data or {}) if method == "post" else browser.get(path)
    return WEB[response.status_code]


def _api(headers, method, path, data=None, login=None):
    browser = Client()
    if login is not None:
        browser.force_login(login)
    if method == "post":
        response = post_json(browser, path, data or {}, **headers)
    else:
        response = browser.get(path, **headers)
    return API[response.status_code]


@pytest.mark.parametrize("role,whose", sorted(EXPECTED))
def test_the_api_gives_the_workspaces_answer(role, whose, file, officers, setting, officer_key):
    user = officers[role]
    place = setting[whose]
    key_headers = auth(officer_key(user, ALL_PERMISSIONS))
    ways = {
        "web": lambda method, appeal, action, data: _web(
            user,
            method,
            f"/ru/staff/appeals/{appeal.reg_number}/" + (f"{action}/" if action else ""),
            data,
        ),
        "session": lambda method, appeal, action, data: _api(
            {},
            method,
            f"/api/v1/appeals/{appeal.reg_number}" + (f"/actions/{action}" if action else ""),
            data,
            login=user,
        ),
        "key": lambda method, appeal, action, data: _api(
            key_headers,
            method,
            f"/api/v1/appeals/{appeal.reg_number}" + (f"/actions/{action}" if action else ""),
            data,
        ),
    }
    executor = place[2]
    results = {}
    for way, call in ways.items():
        read = call("get", _assigned(file, place), None, None)
        assign = call("post", _registered(file, place), "assign", {"executor": executor.pk})
        start = call("post", _assigned(file, place), "start", None)
        results[way] = (read, assign, start)
    assert results["web"] == EXPECTED[(role, whose)]
    assert results["session"] == results["web"]
    assert results["key"] == results["web"]
