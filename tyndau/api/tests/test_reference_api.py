"""Reference data and the legal calendar's calculator: public, in the caller's language, the
same arithmetic as `tyndau due_date`."""

import io
import json

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_bodies_territories_and_spheres_in_the_callers_language(client):
    bodies = client.get("/api/v1/bodies", {"parent": "AKM-AST"}, HTTP_ACCEPT_LANGUAGE="en")
    assert bodies.status_code == 200
    units = bodies.json()
    assert units and all(b["parent"] == "AKM-AST" for b in units)
    astana = client.get("/api/v1/bodies/akm-ast", HTTP_ACCEPT_LANGUAGE="ru").json()
    assert astana["name"] == "Акимат города Астаны" and astana["territory"] == "710000000"
    assert astana["names"]["en"] == "Akimat of Astana city" and "housing" in astana["spheres"]
    missing = client.get("/api/v1/bodies/NOPE")
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"
    districts = client.get("/api/v1/territories", {"parent": "710000000"}).json()
    assert districts and all(t["parent"] == "710000000" for t in districts)
    spheres = client.get("/api/v1/spheres", HTTP_ACCEPT_LANGUAGE="kk").json()
    housing = next(s for s in spheres if s["code"] == "housing")
    assert housing["parent"] is None and housing["name"] == housing["names"]["kk"]


@pytest.mark.parametrize(
    "query,argv",
    [
        ({"received": "2026-03-19"}, ["--received", "2026-03-19", "--rule", "answer"]),
        (
            {"received": "2026-03-19", "rule": "redirect"},
            ["--received", "2026-03-19", "--rule", "redirect"],
        ),
        (
            {"received": "2026-12-30", "rule": "extension_cap", "body": "AKM-AST"},
            ["--received", "2026-12-30", "--rule", "extension_cap", "--body", "AKM-AST"],
        ),
        (
            {"received": "2026-03-19T10:30", "rule": "urgent"},
            ["--received", "2026-03-19T10:30", "--rule", "urgent"],
        ),
    ],
)
def test_due_date_is_the_calculators(client, query, argv):
    out = io.StringIO()
    call_command("due_date", *argv, stdout=out)
    response = client.get("/api/v1/calendar/due-date", query)
    assert response.status_code == 200, response.content
    assert response.json() == json.loads(out.getvalue())


def test_due_date_refuses_bad_input_by_field(client):
    bad = client.get(
        "/api/v1/calendar/due-date", {"received": "19.03.2026"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert bad.status_code == 422
    assert bad.json()["errors"] == [{"field": "received", "message": "Enter a date as YYYY-MM-DD."}]
    rule = client.get("/api/v1/calendar/due-date", {"received": "2026-03-19", "rule": "x"})
    assert rule.status_code == 422 and rule.json()["errors"][0]["field"] == "rule"
    body = client.get("/api/v1/calendar/due-date", {"received": "2026-03-19", "body": "NOPE"})
    assert body.json()["errors"][0]["field"] == "body"
    year = client.get("/api/v1/calendar/due-date", {"received": "3026-03-19"})
    assert year.status_code == 422


def test_the_openapi_document_describes_the_api(client):
    document = client.get("/api/v1/openapi.json").json()
    paths = document["paths"]
    for path in (
        "/api/v1/appeals",
        "/api/v1/appeals/{number}",
        "/api/v1/appeals/{number}/actions/assign",
        "/api/v1/tracking/{token}",
        "/api/v1/tracking/{token}/rating",
        "/api/v1/bodies",
        "/api/v1/territories",
        "/api/v1/spheres",
        "/api/v1/calendar/due-date",
        "/api/v1/stats/bodies",
    ):
        assert path in paths, path
    schemes = document["components"]["securitySchemes"]
    assert schemes["ApiKeyBearer"]["scheme"] == "bearer"
    assert schemes["ApiKeyHeader"] == {"type": "apiKey", "in": "header", "name": "X-API-Key"}
    filing = paths["/api/v1/appeals"]["post"]
    assert {"201", "409", "413", "415", "422", "429"} <= set(filing["responses"])
    assert any(p["name"] == "Idempotency-Key" for p in filing["parameters"])
