"""API test helpers: keys for officers and integrations, JSON calls, a valid filing."""

import json

import pytest
from django.core.cache import cache

from tyndau.accounts.permissions import Action
from tyndau.api import keys
from tyndau.api.models import FILE, PERMISSIONS
from tyndau.conftest import valid_iin

ALL_PERMISSIONS = list(PERMISSIONS)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit counters and cached statistics must not leak between tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def issue_key(db):
    """issue_key(name, officer=..., body=..., permissions=[...]) → (ApiKey, raw key)."""

    def issue(name="integration", **kwargs):
        kwargs.setdefault("permissions", [FILE])
        issued = keys.issue(name, **kwargs)
        return issued.api_key, issued.raw

    return issue


@pytest.fixture
def officer_key(issue_key):
    """A key acting as an officer with every permission (the officer's rules still apply)."""

    def make(officer, permissions=None):
        return issue_key(
            f"key of {officer.username}",
            officer=officer,
            permissions=permissions or ALL_PERMISSIONS,
        )[1]

    return make


def auth(raw: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


def post_json(client, url, data, **extra):
    return client.post(url, json.dumps(data), content_type="application/json", **extra)


def filing(**overrides) -> dict:
    """A valid appeal for POST /api/v1/appeals (Astana, housing)."""
    data = {
        "kind": "complaint",
        "subject": "Нет отопления в доме",
        "text": "В доме по улице Абая, 10 с 1 ноября нет отопления, в квартирах +12 градусов.",
        "territory": "710000000",
        "body": "AKM-AST",
        "language": "ru",
        "applicant": {
            "type": "individual",
            "name": "Нурланов Айдар Серикович",
            "iin_bin": valid_iin(),
            "email": "aidar@example.kz",
            "phone": "+7 701 123 45 67",
        },
        "consent": True,
    }
    data.update(overrides)
    return data


READ = Action.VIEW
