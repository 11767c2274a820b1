"""API keys: hashed at rest, found by prefix, scoped, revocable, last use recorded; created in
the administration or by `tyndau create_api_key`, shown once."""

import hashlib
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError

from tyndau.api import keys
from tyndau.api.models import FILE, ApiKey
from tyndau.api.tests.conftest import auth

pytestmark = pytest.mark.django_db

LIST = "/api/v1/appeals"


def test_only_a_hash_is_kept_and_the_prefix_finds_the_key(issue_key, astana):
    api_key, raw = issue_key("portal", body=astana, permissions=["view"])
    assert raw.startswith(f"tyn_{api_key.prefix}_") and len(raw) > 40
    stored = ApiKey.objects.get(pk=api_key.pk)
    assert stored.key_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert raw not in str(ApiKey.objects.filter(pk=api_key.pk).values().get())
    assert keys.authenticate(raw) == api_key
    assert keys.authenticate(raw[:-1] + ("A" if raw[-1] != "A" else "B")) is None
    assert keys.authenticate("tyn_nothing") is None and keys.authenticate("") is None


def test_bearer_and_x_api_key_both_work_and_last_use_is_recorded(client, issue_key, astana):
    api_key, raw = issue_key("portal", body=astana, permissions=["view"])
    assert api_key.last_used_at is None
    assert client.get(LIST, **auth(raw)).status_code == 200
    assert client.get(LIST, HTTP_X_API_KEY=raw).status_code == 200
    api_key.refresh_from_db()
    assert api_key.last_used_at is not None


def test_a_wrong_or_revoked_key_is_refused_not_taken_for_anonymous(client, issue_key, astana):
    api_key, raw = issue_key("portal", body=astana, permissions=["view", FILE])
    keys.revoke(api_key)
    for headers in (auth(raw), {"HTTP_X_API_KEY": raw}, auth("tyn_12345678_forged")):
        response = client.get(LIST, HTTP_ACCEPT_LANGUAGE="en", **headers)
        assert response.status_code == 401
        body = response.json()
        assert body["code"] == "unauthorized" and "revoked" in body["message"]
        assert response["WWW-Authenticate"].startswith("Bearer")
    # Filing is open to anybody, but a key that is sent and wrong is still refused.
    assert client.post(LIST, "{}", content_type="application/json", **auth(raw)).status_code == 401


def test_without_any_credentials_the_list_says_how_to_authenticate(client):
    response = client.get(LIST, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 401
    assert response.json() == {
        "code": "unauthorized",
        "message": "Authentication is needed: send an API key (Authorization: Bearer or "
        "X-API-Key).",
        "errors": [],
    }


def test_keys_that_change_appeals_need_an_officer_and_readers_need_a_body(astana, officers):
    with pytest.raises(ValidationError, match="officer"):
        keys.issue("x", body=astana, permissions=["assign"])
    with pytest.raises(ValidationError, match="body"):
        keys.issue("x", permissions=["view"])
    with pytest.raises(ValidationError, match="Unknown"):
        keys.issue("x", permissions=["everything"])
    karaganda_unit = officers["foreign_head"].body
    with pytest.raises(ValidationError, match="officer's own body"):
        keys.issue("x", officer=officers["head"], body=karaganda_unit, permissions=["view"])
    assert keys.issue("ok", officer=officers["head"], permissions=["assign"]).api_key.pk


def test_create_api_key_prints_the_key_once(astana, officers):
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "create_api_key",
        "--name",
        "Astana call centre",
        "--body",
        "akm-ast",
        "--officer",
        officers["registrar"].username,
        "--permission",
        "register",
        "--permission",
        "view",
        stdout=out,
        stderr=err,
    )
    raw = out.getvalue().strip()
    api_key = keys.authenticate(raw)
    assert api_key.name == "Astana call centre" and api_key.body == astana
    assert api_key.officer == officers["registrar"]
    assert api_key.permissions == ["register", "view"]
    assert "shown only this once" in err.getvalue() and raw not in err.getvalue()


def test_create_api_key_defaults_to_filing_and_refuses_bad_input():
    out = io.StringIO()
    call_command("create_api_key", "--name", "portal", stdout=out, stderr=io.StringIO())
    assert keys.authenticate(out.getvalue().strip()).permissions == [FILE]
    with pytest.raises(CommandError, match="unknown body"):
        call_command("create_api_key", "--name", "x", "--body", "NOPE", stderr=io.StringIO())
    with pytest.raises(CommandError, match="officer"):
        call_command(
            "create_api_key", "--name", "x", "--permission", "assign", stderr=io.StringIO()
        )


def test_the_admin_creates_a_key_shows_it_once_and_revokes(client, django_user_model, astana):
    admin = django_user_model.objects.create_superuser("root", "root@example.kz", "pw-1234567")
    client.force_login(admin)
    response = client.post(
        "/en/admin/api/apikey/add/",
        {"name": "Open data portal", "body": astana.pk, "permissions": ["view"]},
    )
    assert response.status_code == 200, response.content.decode()[:2000]
    api_key = ApiKey.objects.get(name="Open data portal")
    raw = response.context["raw_key"]
    assert raw.startswith(f"tyn_{api_key.prefix}_") and raw in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert api_key.created_by == admin and keys.authenticate(raw) == api_key
    page = client.get(f"/en/admin/api/apikey/{api_key.pk}/change/").content.decode()
    assert raw not in page and api_key.prefix in page
    client.post(
        "/en/admin/api/apikey/",
        {"action": "revoke", "_selected_action": [api_key.pk]},
    )
    api_key.refresh_from_db()
    assert api_key.revoked_at is not None and keys.authenticate(raw) is None


def test_the_admin_refuses_a_changing_key_without_an_officer(client, django_user_model, astana):
    admin = django_user_model.objects.create_superuser("root", "root@example.kz", "pw-1234567")
    client.force_login(admin)
    response = client.post(
        "/en/admin/api/apikey/add/",
        {"name": "x", "body": astana.pk, "permissions": ["assign"]},
    )
    assert response.status_code == 200 and not ApiKey.objects.exists()
    assert "officer" in response.content.decode()
