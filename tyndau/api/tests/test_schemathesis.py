"""The issue's "Bad input": Schemathesis reads /api/v1/openapi.json from the app itself and sends
a bounded, derandomized set of generated requests to every operation (through WSGI, on the test
database: no network). No answer may be a 5xx, and every answer must be one the document
declares, in the declared shape.

Requests carry the key of Astana's head (every permission) and, where a path names an appeal or
a tracking token, a real one, so the generated bodies reach the actions' own checks rather than
stopping at 401 or 404 (those answers are tested in test_appeals_api.py)."""

import pytest
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from tyndau.api.tests.conftest import auth

# In the dev extras; a venv installed before it came skips this file rather than fail to collect.
schemathesis = pytest.importorskip("schemathesis")
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


# Loaded at collection, from the app: the document needs no database. (Not through
# `schemathesis.pytest.from_fixture`: its lazy loader reads `Function._nodeid`, which pytest 9
# no longer has.)
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


@pytest.fixture(autouse=True)
def connection_kept_between_requests():
    """Django closes the database connection after each request it serves, unless the test
    client sends it; Schemathesis calls the WSGI app directly. The test's transaction lives on
    that connection (PostgreSQL really closes it; SQLite's in-memory one never does), so it is
    kept open for the test, as Django's own test client does."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def real(file, astana, officers, officer_key):
    """A filed appeal in Astana, its tracking token, and its head's key."""
    filed = file(astana)
    return {
        "number": filed.appeal.reg_number,
        "token": filed.tracking_token,
        "key": officer_key(officers["head"]),
    }


@schema.parametrize()
@settings(
    max_examples=25,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
@pytest.mark.slow  # about 20 s for the 25 operations
@pytest.mark.django_db
def test_no_5xx_and_every_answer_is_documented(case, real):
    for name in ("number", "token"):
        if case.path_parameters and name in case.path_parameters:
            case.path_parameters[name] = real[name]
    headers = {"Authorization": auth(real["key"])["HTTP_AUTHORIZATION"]}
    case.call_and_validate(headers=headers, checks=CHECKS)
