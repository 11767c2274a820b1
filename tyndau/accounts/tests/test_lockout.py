"""Brute force against the officers' login, through the real login page and django-axes."""

import datetime as dt
import logging

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import SESSION_KEY
from django.db.models import F, Max
from django.test import RequestFactory
from django.utils import timezone, translation

from tyndau.accounts.lockout import client_ip, lockout_response
from tyndau.accounts.tests.helpers import INBOX, LOGIN, log_in

pytestmark = pytest.mark.django_db

OFFICE = "10.20.30.40"
ELSEWHERE = "10.99.99.99"
LOCKED = "Too many failed login attempts"


def fail_until_locked(client, user, settings, ip=OFFICE):
    responses = [
        log_in(client, user, "not-the-password", REMOTE_ADDR=ip)
        for _ in range(settings.AXES_FAILURE_LIMIT)
    ]
    return responses[:-1], responses[-1]


def unlock_time(user) -> str:
    last = AccessAttempt.objects.filter(username=user.username).aggregate(t=Max("attempt_time"))
    return timezone.localtime(last["t"] + dt.timedelta(minutes=15)).strftime("%H:%M")


def test_the_sixth_attempt_is_refused_even_with_the_right_password(client, officers, settings):
    head = officers["head"]
    assert settings.AXES_FAILURE_LIMIT == 5 and settings.AXES_COOLOFF_TIME.seconds == 15 * 60
    before, fifth = fail_until_locked(client, head, settings)
    for response in before:
        assert response.status_code == 200
        assert "Please enter a correct username and password" in response.content.decode()
    assert fifth.status_code == 429  # the failure that reaches the limit already says so

    sixth = log_in(client, head, REMOTE_ADDR=OFFICE)
    page = sixth.content.decode()
    assert sixth.status_code == 429
    assert LOCKED in page and f"Try again after {unlock_time(head)}" in page
    assert 'name="username"' in page  # the login page itself, not a bare error
    assert SESSION_KEY not in client.session
    assert client.get(INBOX).status_code == 302


def test_the_lock_lifts_after_the_cool_off(client, officers, settings):
    head = officers["head"]
    fail_until_locked(client, head, settings)
    assert log_in(client, head, REMOTE_ADDR=OFFICE).status_code == 429
    # Time passes: the failures are now older than the 15 minutes of cool-off.
    AccessAttempt.objects.update(
        attempt_time=F("attempt_time") - dt.timedelta(minutes=15, seconds=1)
    )
    response = log_in(client, head, REMOTE_ADDR=OFFICE)
    assert response.status_code == 302 and response["Location"] == "/en/staff/"
    assert client.get(INBOX).status_code == 200


def test_the_lock_holds_until_its_end(client, officers, settings):
    head = officers["head"]
    fail_until_locked(client, head, settings)
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - dt.timedelta(minutes=14))
    assert log_in(client, head, REMOTE_ADDR=OFFICE).status_code == 429


def test_only_the_username_and_address_pair_is_locked(client, officers, settings):
    head, registrar = officers["head"], officers["registrar"]
    fail_until_locked(client, head, settings)
    # A colleague behind the same address logs in...
    assert log_in(client, registrar, REMOTE_ADDR=OFFICE).status_code == 302
    client.logout()
    # ...and so does the officer from another address: nobody can lock an officer out.
    assert log_in(client, head, REMOTE_ADDR=ELSEWHERE).status_code == 302


def test_a_success_forgets_earlier_failures(client, officers, settings):
    head = officers["head"]
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, head, "not-the-password", REMOTE_ADDR=OFFICE)
    assert log_in(client, head, REMOTE_ADDR=OFFICE).status_code == 302
    client.logout()
    assert log_in(client, head, "not-the-password", REMOTE_ADDR=OFFICE).status_code == 200
    assert log_in(client, head, REMOTE_ADDR=OFFICE).status_code == 302


def test_the_administration_login_is_the_officers_one(client, officers, settings):
    response = client.get("/en/admin/login/?next=/en/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/en/staff/login/?next=%2Fen%2Fadmin%2F"
    # Posting a password there logs nobody in: only the officers' login (with the lockout) does.
    admin = officers["admin"]
    admin.is_staff = True
    admin.save()
    post = client.post("/en/admin/login/", {"username": admin.username, "password": "x"})
    assert post.status_code == 302 and SESSION_KEY not in client.session
    fail_until_locked(client, admin, settings)
    assert log_in(client, admin, REMOTE_ADDR=OFFICE).status_code == 429


def test_logs_name_the_username_only(client, officers, settings, caplog):
    head = officers["head"]
    with caplog.at_level(logging.INFO, logger="axes"):
        fail_until_locked(client, head, settings)
        log_in(client, head, REMOTE_ADDR=OFFICE, HTTP_USER_AGENT="SecretBrowser/1.0")
    lines = [record.getMessage() for record in caplog.records if record.name.startswith("axes")]
    assert any("head.ast" in line and "Locking out" in line for line in lines)
    assert not any(OFFICE in line or "SecretBrowser" in line for line in lines)


def test_the_address_is_the_apis_one(settings):
    factory = RequestFactory()
    direct = factory.post(LOGIN, REMOTE_ADDR="10.0.0.7", HTTP_X_FORWARDED_FOR="6.6.6.6")
    assert client_ip(direct) == "10.0.0.7"  # no trusted proxy: X-Forwarded-For is ignored
    settings.API_NUM_PROXIES = 1
    proxied = factory.post(
        LOGIN, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.5"
    )
    assert client_ip(proxied) == "203.0.113.5"
    garbled = factory.post(LOGIN, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="not-an-address")
    assert client_ip(garbled) == "10.0.0.1"


def test_behind_a_proxy_each_caller_is_counted_apart(client, officers, settings):
    settings.API_NUM_PROXIES = 1
    head = officers["head"]
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, head, "wrong", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert AccessAttempt.objects.get().ip_address == "203.0.113.5"
    locked = log_in(client, head, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert locked.status_code == 429
    other = log_in(client, head, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.9")
    assert other.status_code == 302


def test_a_lockout_outside_the_login_form_still_shows_the_login_page(client, officers, settings):
    """Should another view ever authenticate: the response is the login page, with why."""
    head = officers["head"]
    fail_until_locked(client, head, settings)
    request = RequestFactory().post(LOGIN, {"username": head.username}, REMOTE_ADDR=OFFICE)
    request.axes_ip_address = OFFICE
    request.session = client.session
    with translation.override("en"):
        response = lockout_response(request, None, {"username": head.username})
    page = response.content.decode()
    assert response.status_code == 429
    assert LOCKED in page and f"Try again after {unlock_time(head)}" in page
    assert 'action="/en/staff/login/"' in page and 'value="head.ast"' in page
