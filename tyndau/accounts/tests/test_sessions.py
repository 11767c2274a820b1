"""Officers' sessions: idle and maximum age, ending with the browser, "log out everywhere",
a password change, a deactivation."""

import time

import pytest
from django.contrib.auth import SESSION_KEY
from django.test import Client
from django.utils.crypto import salted_hmac

from tyndau.accounts.middleware import LOGIN_AT, SEEN_AT
from tyndau.accounts.tests.helpers import INBOX, LOGIN, SECURITY, log_in
from tyndau.conftest import PASSWORD

pytestmark = pytest.mark.django_db

EXPIRED = "Your session has expired"


def shift_clocks(client, **seconds_ago: int) -> None:
    """Move the session's clocks into the past: login_at=..., seen_at=... seconds ago."""
    session = client.session
    now = int(time.time())
    if "login_at" in seconds_ago:
        session[LOGIN_AT] = now - seconds_ago["login_at"]
    if "seen_at" in seconds_ago:
        session[SEEN_AT] = now - seconds_ago["seen_at"]
    session.save()


def test_the_session_cookie_ends_with_the_browser(client, officers):
    response = log_in(client, officers["head"])
    cookie = response.cookies["sessionid"]
    assert cookie["expires"] == "" and cookie["max-age"] == ""


def test_an_idle_session_expires_and_next_brings_the_officer_back(client, officers, settings):
    assert settings.SESSION_IDLE_MINUTES == 30
    head = officers["head"]
    log_in(client, head)
    shift_clocks(client, seen_at=29 * 60)
    assert client.get("/en/staff/register/").status_code == 200  # 29 minutes: still on
    assert time.time() - client.session[SEEN_AT] < 5  # ...and the request counted

    shift_clocks(client, seen_at=30 * 60 + 1)
    response = client.get("/en/staff/register/")
    assert response.status_code == 302
    assert response["Location"] == "/en/staff/login/?next=/en/staff/register/"
    assert SESSION_KEY not in client.session
    assert EXPIRED in client.get(response["Location"]).content.decode()

    back = client.post(
        LOGIN, {"username": head.username, "password": PASSWORD, "next": "/en/staff/register/"}
    )
    assert back["Location"] == "/en/staff/register/"


def test_a_busy_session_still_ends_at_its_maximum_age(client, officers, settings):
    assert settings.SESSION_MAX_HOURS == 12
    log_in(client, officers["head"])
    shift_clocks(client, login_at=12 * 3600 - 60, seen_at=10)
    assert client.get(INBOX).status_code == 200
    shift_clocks(client, login_at=12 * 3600 + 1, seen_at=10)
    response = client.get(INBOX)
    assert response.status_code == 302 and response["Location"].startswith("/en/staff/login/")


def test_the_limits_are_settings(client, officers, settings):
    settings.SESSION_IDLE_MINUTES = 5
    log_in(client, officers["head"])
    shift_clocks(client, seen_at=5 * 60 + 1)
    assert client.get(INBOX).status_code == 302


def test_an_expired_api_session_is_just_not_logged_in(client, officers):
    client.force_login(officers["head"])
    assert client.get("/api/v1/appeals").status_code == 200
    shift_clocks(client, seen_at=31 * 60)
    assert client.get("/api/v1/appeals").status_code == 401


def test_log_out_everywhere_ends_every_session_of_the_officer(officers):
    head = officers["head"]
    office, home, colleague = Client(), Client(), Client()
    log_in(office, head)
    log_in(home, head)
    colleague.force_login(officers["registrar"])
    assert office.get(INBOX).status_code == home.get(INBOX).status_code == 200

    response = home.post("/en/staff/account/logout-everywhere/", follow=True)
    assert "You have been logged out on every device." in response.content.decode()
    assert home.get(INBOX).status_code == 302
    assert office.get(INBOX).status_code == 302
    assert SESSION_KEY not in office.session
    assert colleague.get(INBOX).status_code == 200  # only this officer's sessions
    assert log_in(office, head)["Location"] == "/en/staff/"  # and logging in again works
    assert office.get(INBOX).status_code == 200


def test_log_out_everywhere_is_a_post(client, officers):
    client.force_login(officers["head"])
    assert client.get("/en/staff/account/logout-everywhere/").status_code == 405
    assert client.get(INBOX).status_code == 200


def test_changing_the_password_keeps_this_session_and_ends_the_others(officers):
    head = officers["head"]
    here, there = Client(), Client()
    log_in(here, head)
    log_in(there, head)
    url = "/en/staff/account/password/"
    weak = here.post(
        url, {"old_password": PASSWORD, "new_password1": "12345", "new_password2": "12345"}
    )
    page = weak.content.decode()
    assert weak.status_code == 400
    assert "at least 12 characters" in page and "entirely numeric" in page
    assert there.get(INBOX).status_code == 200  # nothing changed yet

    new = "lilac-river-ankle-9"
    changed = here.post(url, {"old_password": PASSWORD, "new_password1": new, "new_password2": new})
    assert changed.status_code == 302 and changed["Location"] == SECURITY
    assert here.get(INBOX).status_code == 200
    assert there.get(INBOX).status_code == 302
    head.refresh_from_db()
    assert head.check_password(new)


def test_the_security_page_shows_the_password_rules(client, officers):
    client.force_login(officers["head"])
    page = client.get(SECURITY).content.decode()
    assert "at least 12 characters" in page
    assert "A session ends when you close the browser, after 30 min without activity" in page


@pytest.mark.parametrize("update_fields", [None, ["is_active"]])
def test_deactivating_an_officer_ends_their_sessions_for_good(client, officers, update_fields):
    head = officers["head"]
    log_in(client, head)
    assert client.get(INBOX).status_code == 200
    head.is_active = False
    head.save(update_fields=update_fields)
    assert client.get(INBOX).status_code == 302
    head.is_active = True
    head.save()
    assert client.get(INBOX).status_code == 302  # reactivated: the old session stays ended
    assert log_in(client, head)["Location"] == "/en/staff/"


def test_sessions_opened_before_these_rules_stay_valid(client, officers):
    """Generation 0 is Django's own session hash; a session without clocks starts them."""
    head = officers["head"]
    client.force_login(head)
    session = client.session
    del session[LOGIN_AT], session[SEEN_AT]
    session.save()
    assert client.get(INBOX).status_code == 200
    assert LOGIN_AT in client.session
    assert head.session_generation == 0
    djangos = salted_hmac(
        "django.contrib.auth.models.AbstractBaseUser.get_session_auth_hash",
        head.password,
        algorithm="sha256",
    ).hexdigest()
    assert head.get_session_auth_hash() == djangos


def test_typing_keeps_the_session_alive(client, officers):
    """The page pings while the officer types a long text (tyndau.js): that is activity."""
    client.force_login(officers["registrar"])
    page = client.get("/en/staff/register/").content.decode()
    assert 'data-alive="/en/staff/account/alive/"' in page
    shift_clocks(client, seen_at=25 * 60)
    assert client.get("/en/staff/account/alive/").status_code == 204
    assert time.time() - client.session[SEEN_AT] < 5
    assert "data-alive" not in Client().get("/en/").content.decode()  # citizens: no pings
