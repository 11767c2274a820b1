"""SQL injection and hostile input through every filter and search box: classic payloads,
unicode look-alikes, huge numbers, impossible dates, very long strings and NUL characters.
Nothing may fail with a 500, return more rows than a harmless unmatched value of the same
kind, or harm the tables; the answer is the harmless one or a clear 400/422.

The database is only reached through the ORM and parameterised statements; the raw SQL there
is (analytics/bulk.py, analytics/services.py, appeals/imports/writer.py) interpolates only
table and column names from the code, never a value from a request."""

import json
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from tyndau.appeals.models import Appeal
from tyndau.security.tests.conftest import web_urls

pytestmark = pytest.mark.django_db

SQL = [
    "' OR '1'='1",
    "1; DROP TABLE appeals_appeal--",
    "%' --",
    "%",
    "_",
    "1' UNION SELECT username, password FROM accounts_user--",
    "\u2019 OR \u20181\u2019=\u20181",  # typographic quotes
    "\uff07 OR \uff071\uff07=\uff071",  # full-width apostrophes
    "1 OR 1=1",
    "\\'; --",
]
ODD = [
    "²",  # a digit to str.isdigit(), not to int()
    "٣",  # an Arabic-Indic three
    "99999999999999999999999999",
    "-1",
    "0001-01-01",
    "9999-12-31",
    "2026-02-30",
    "2026-02-30T00:00:00Z",
    "x" * 5000,
]
NUL = ["\x00", "a\x00' OR 1=1--"]
HARMLESS = "zzzunmatched"

# Every query parameter a page or the API reads (a page ignores those it does not take).
WEB_PARAMETERS = [
    "q",
    "status",
    "sphere",
    "territory",
    "kind",
    "sort",
    "page",
    "unit",
    "region",
    "executor",
    "date_from",
    "date_to",
    "metric",
    "format",
    "language",
    "measure",
    "year",
]


def _tables() -> set[str]:
    return set(connection.introspection.table_names())


@pytest.fixture
def head(world) -> Client:
    client = Client()
    client.force_login(world.officers["head"])
    return client


def _numbers(response) -> set[str]:
    """The registration numbers a page shows."""
    html = response.content.decode()
    return {n for n in Appeal.objects.values_list("reg_number", flat=True) if n in html}


def test_the_inbox_search_and_filters_match_only_literally(world, head):
    tables, count = _tables(), Appeal.objects.count()
    inbox = web_urls(world)["appeals:inbox"]
    for name in ("q", "status", "sphere", "territory", "kind", "sort", "page"):
        harmless = _numbers(head.get(inbox, {name: HARMLESS, "status": ""}))
        for payload in SQL + ODD:
            response = head.get(inbox, {"status": "", name: payload})
            assert response.status_code in (200, 400), (name, payload)
            assert _numbers(response) <= harmless, (name, payload)
        for payload in NUL:
            assert head.get(inbox, {name: payload}).status_code == 400, (name, payload)
    # The search finds what it should, so the comparisons above are not of two empty pages.
    assert _numbers(head.get(inbox, {"q": "alert(1)", "status": ""})) == {
        world.answered.reg_number,
        world.drafted.reg_number,
    }
    assert _tables() == tables and Appeal.objects.count() == count


@pytest.mark.slow
def test_no_web_page_fails_on_hostile_parameters(world, head):
    """Every parameter of every page at once: the staff pages as the head (who sees the
    most), the public ones as anybody."""
    tables, count = _tables(), Appeal.objects.count()
    anonymous = Client()
    for name, url in web_urls(world).items():
        if url.endswith(".pdf"):
            continue
        client = head if "/staff/" in url else anonymous
        for payload in [*SQL[:2], SQL[7], *ODD, NUL[0]]:
            response = client.get(url, {p: payload for p in WEB_PARAMETERS})
            assert response.status_code < 500, (name, payload)
            if payload in NUL:
                assert response.status_code == 400, (name, payload)
    assert _tables() == tables and Appeal.objects.count() == count


def test_posted_ids_and_dates_are_refused_not_crashed(world, head):
    """Form fields that name a record or a date, as the pages post them."""
    urls = web_urls(world)
    number = world.drafted.reg_number
    act = urls["appeals:act"].rsplit("/", 2)[0]
    posts = [
        (f"{act}/assign/", "executor"),
        (f"{act}/redirect/", "body"),
        (f"{act}/request_extension/", "new_due"),
        (f"{act}/extend/", "new_due"),
        (urls["related:answer_campaign"], "answer"),
        (urls["routing:correct"], "sphere"),
        (urls["analytics:digest"], "remove"),
        (urls["analytics:digests"], "unit"),
        (urls["analytics:digests"], "date_from"),
    ]
    assert number in act
    for url, field in posts:
        for payload in SQL + ODD:
            response = head.post(url, {field: payload, "reason": "x"})
            assert response.status_code < 500, (url, field, payload)


def test_the_api_filters_answer_with_nothing_or_a_422(world, head):
    tables, count = _tables(), Appeal.objects.count()

    def rows(response) -> list:
        return response.json()["items"]

    for name in ("status", "body", "kind", "sphere", "territory", "urgent", "cursor", "limit"):
        harmless = head.get("/api/v1/appeals", {name: HARMLESS})
        expected = rows(harmless) if harmless.status_code == 200 else []
        for payload in SQL + ODD:
            response = head.get("/api/v1/appeals", {name: payload})
            assert response.status_code in (200, 422), (name, payload, response.content)
            if response.status_code == 200:
                assert len(rows(response)) <= len(expected), (name, payload)
            else:
                assert response.json()["code"] == "validation_error"
        for payload in NUL:
            response = head.get("/api/v1/appeals", {name: payload})
            assert response.status_code == 400 and response.json()["code"] == "bad_request"
    for name in ("received_from", "received_to"):
        for payload in SQL + ODD:
            response = head.get("/api/v1/appeals", {name: payload})
            assert response.status_code in (200, 422), (name, payload, response.content)
    assert _tables() == tables and Appeal.objects.count() == count


def test_every_api_query_parameter_survives_hostile_values(world, head):
    """Each GET operation of the OpenAPI document with each of its query parameters."""
    document = json.loads(head.get("/api/v1/openapi.json").content)
    number, token = world.answered.reg_number, world.tracking_token
    checked = 0
    for path, operations in document["paths"].items():
        operation = operations.get("get")
        if not operation:
            continue
        url = (
            path.replace("{number}", number).replace("{token}", token).replace("{code}", "AKM-AST")
        )
        names = [p["name"] for p in operation.get("parameters", []) if p["in"] == "query"]
        for name in names:
            for payload in SQL + ODD:
                response = head.get(url, {name: payload})
                assert response.status_code in (200, 400, 404, 422), (url, name, payload)
                checked += 1
        for payload in SQL + ODD:  # as part of the path
            for raw in (number, token, "AKM-AST"):
                if raw in url:
                    response = head.get(url.replace(raw, payload[:300]))
                    assert response.status_code in (400, 404, 422), (url, payload)
    assert checked > 100


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_open311_queries_answer_with_nothing_or_a_400(world, fmt):
    client = Client()
    url = f"/open311/v2/requests.{fmt}"
    for name in ("service_request_id", "service_code", "status", "start_date", "end_date"):
        for payload in SQL + ODD:
            response = client.get(url, {name: payload})
            assert response.status_code in (200, 400), (name, payload)
            if response.status_code == 200 and fmt == "json":
                assert response.json() == [] or name in ("start_date", "end_date"), name
        for payload in NUL:
            assert client.get(url, {name: payload}).status_code == 400
    for payload in SQL + ODD:
        response = client.get(f"/open311/v2/requests/{payload[:200]}.{fmt}")
        assert response.status_code in (400, 404), payload


def test_no_raw_sql_takes_a_value_from_a_request():
    """The modules that build SQL as text read no request: the values they interpolate are
    names from the models."""
    root = Path(settings.BASE_DIR)
    for module in ("analytics/bulk.py", "analytics/services.py", "appeals/imports/writer.py"):
        text = (root / module).read_text()
        assert "request" not in text and ".GET" not in text and ".POST" not in text, module
    for path in root.rglob("*.py"):
        if "tests" in path.parts or "migrations" in path.parts:
            continue
        text = path.read_text()
        assert ".raw(" not in text and ".extra(" not in text and "RawSQL" not in text, path


def test_a_nul_in_a_body_is_refused_before_any_view(world, head):
    """PostgreSQL cannot hold a NUL: refused with a message, for forms and JSON alike."""
    count = Appeal.objects.count()
    act = web_urls(world)["appeals:act"].replace("/start/", "/urgency/")
    form = "application/x-www-form-urlencoded"  # how a browser posts a form without files
    response = head.post(act, urlencode({"urgent": "1", "reason": "a\x00b"}), content_type=form)
    assert response.status_code == 400 and "NUL" in response.content.decode()
    filing = {"kind": "complaint", "subject": "a\u0000", "text": "x"}
    response = Client().post("/api/v1/appeals", json.dumps(filing), content_type="application/json")
    assert response.status_code == 400 and response.json()["code"] == "bad_request"
    # An escaped backslash before "u0000" is text, not a NUL: it goes on to the API's checks.
    filing["subject"] = "a\\u0000"
    response = Client().post("/api/v1/appeals", json.dumps(filing), content_type="application/json")
    assert response.status_code == 422
    assert Appeal.objects.count() == count


@pytest.mark.parametrize(
    "path", ["/ru/track/abc%00def/", "/api/v1/tracking/abc%00def", "/en/staff/appeals/%00/"]
)
def test_a_nul_in_a_path_parameter_is_refused_before_any_view(world, path):
    """A token or number in the path is compared in the database, which cannot hold a NUL."""
    response = Client().get(path)
    assert response.status_code == 400
    assert "NUL" in response.content.decode()
