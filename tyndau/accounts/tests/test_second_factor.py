"""The second factor: setting up an authenticator app, the two-step login, turning it off,
and the roles an administrator makes it mandatory for."""

import time

import pytest
from django.contrib.auth import SESSION_KEY
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from tyndau.accounts import services
from tyndau.accounts.models import RolePolicy
from tyndau.accounts.tests.helpers import (
    CODE,
    INBOX,
    LOGIN,
    SECURITY,
    code_for,
    forget_wrong_codes,
    log_in,
)
from tyndau.accounts.views import PENDING
from tyndau.api import keys
from tyndau.api.models import PERMISSIONS
from tyndau.conftest import PASSWORD

pytestmark = pytest.mark.django_db

WRONG = "This code is not right or has expired"
API = "/api/v1/appeals"


def log_in_with_code(client, user, device, steps_ahead=1):
    """Both steps, with the code of the next period (the current one may have been used)."""
    first = log_in(client, user)
    assert first.status_code == 302 and first["Location"].startswith(CODE)
    second = client.post(CODE, {"code": code_for(device, steps_ahead)})
    assert second.status_code == 302, second.content.decode()
    return second


def test_an_officer_sets_up_the_app_from_the_security_page(client, officers):
    head = officers["head"]
    client.force_login(head)
    page = client.get(SECURITY)
    html = page.content.decode()
    device = TOTPDevice.objects.get(user=head, confirmed=False)
    assert page.status_code == 200
    assert '<svg viewBox="' in html and 'class="qr-code"' in html  # drawn here, inline
    assert services.secret_text(device) in html
    assert "style=" not in html.split('class="qr"', 1)[1].split("</svg>", 1)[0]
    assert client.get(SECURITY).content.decode().count(services.secret_text(device)) == 1

    wrong = client.post("/en/staff/account/second-factor/", {"code": "000000"})
    assert wrong.status_code == 400 and WRONG in wrong.content.decode()
    # Right away, even the right code waits for the throttling (1 s after a wrong one).
    throttled = client.post("/en/staff/account/second-factor/", {"code": code_for(device)})
    assert "Too many wrong codes in a row" in throttled.content.decode()
    forget_wrong_codes(device)
    done = client.post("/en/staff/account/second-factor/", {"code": code_for(device)})
    assert done.status_code == 302 and done["Location"] == SECURITY
    device.refresh_from_db()
    assert device.confirmed
    assert client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id  # this session verified
    after = client.get(SECURITY).content.decode()
    assert "The second factor is on" in after and "On since" in after and "<svg" not in after
    assert client.get(INBOX).status_code == 200


def test_a_code_that_is_not_six_digits_is_explained(client, officers):
    client.force_login(officers["head"])
    client.get(SECURITY)
    response = client.post("/en/staff/account/second-factor/", {"code": "12ab"})
    assert "Enter the six digits the app shows." in response.content.decode()
    assert not TOTPDevice.objects.filter(confirmed=True).exists()


def test_login_takes_the_password_then_the_code(client, officers, with_app):
    head = officers["head"]
    device = with_app(head)
    first = client.post(
        LOGIN, {"username": head.username, "password": PASSWORD, "next": "/en/staff/register/"}
    )
    assert first.status_code == 302
    assert first["Location"] == f"{CODE}?next=%2Fen%2Fstaff%2Fregister%2F"
    assert SESSION_KEY not in client.session  # not logged in after the password alone
    assert client.get(INBOX).status_code == 302

    wrong = client.post(CODE, {"code": "000000", "next": "/en/staff/register/"})
    assert wrong.status_code == 400 and WRONG in wrong.content.decode()
    assert SESSION_KEY not in client.session
    forget_wrong_codes(device)
    right = client.post(CODE, {"code": code_for(device), "next": "/en/staff/register/"})
    assert right.status_code == 302 and right["Location"] == "/en/staff/register/"
    assert client.get(INBOX).status_code == 200
    assert client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id


def test_a_code_is_accepted_once(client, officers, with_app):
    head = officers["head"]
    device = with_app(head)
    code = code_for(device)
    log_in(client, head)
    assert client.post(CODE, {"code": code}).status_code == 302
    other = Client()
    log_in(other, head)
    assert WRONG in other.post(CODE, {"code": code}).content.decode()


def test_the_code_must_follow_the_password_soon(client, officers, with_app):
    head = officers["head"]
    device = with_app(head)
    log_in(client, head)
    session = client.session
    session[PENDING] = {**session[PENDING], "at": int(time.time()) - 301}
    session.save()
    response = client.post(CODE, {"code": code_for(device)}, follow=True)
    assert response.redirect_chain[-1][0].startswith("/en/staff/login/")
    assert "The time to enter the code ran out" in response.content.decode()
    assert SESSION_KEY not in client.session


def test_the_code_page_without_a_password_sends_to_login(client):
    response = client.get(CODE)
    assert response.status_code == 302 and response["Location"] == "/en/staff/login/"


def test_a_session_without_the_code_is_ended(client, officers, with_app):
    """A session opened without the code page (or before the app was set up elsewhere)."""
    head = officers["head"]
    with_app(head)
    client.force_login(head)
    response = client.get(INBOX)
    assert response.status_code == 302 and response["Location"].startswith("/en/staff/login/")
    assert SESSION_KEY not in client.session


def test_setting_up_the_app_ends_the_officers_other_password_only_sessions(officers):
    head = officers["head"]
    here, there = Client(), Client()
    here.force_login(head)
    there.force_login(head)
    here.get(SECURITY)
    device = TOTPDevice.objects.get(user=head)
    here.post("/en/staff/account/second-factor/", {"code": code_for(device)})
    assert here.get(INBOX).status_code == 200
    assert there.get(INBOX).status_code == 302


def test_turning_it_off_takes_a_code(client, officers, with_app):
    head = officers["head"]
    device = with_app(head)
    log_in_with_code(client, head, device, steps_ahead=0)
    refused = client.post("/en/staff/account/second-factor/remove/", {"code": "123456"})
    assert refused.status_code == 400 and WRONG in refused.content.decode()
    assert TOTPDevice.objects.filter(user=head).exists()
    forget_wrong_codes(device)
    removed = client.post("/en/staff/account/second-factor/remove/", {"code": code_for(device, 1)})
    assert removed.status_code == 302
    assert not TOTPDevice.objects.filter(user=head).exists()
    assert client.get(INBOX).status_code == 200  # still logged in, now with the password only
    client.logout()
    assert log_in(client, head)["Location"] == "/en/staff/"  # one step again


@pytest.fixture
def heads_must_have_it(db):
    return RolePolicy.objects.create(role="head", require_second_factor=True)


def test_a_role_that_requires_it_can_only_set_it_up(client, officers, heads_must_have_it):
    head = officers["head"]
    log_in(client, head)  # the password alone still logs in...
    response = client.get("/ru/staff/")
    assert response.status_code == 302  # ...but leads to the set-up, and back afterwards
    assert response["Location"] == "/ru/staff/account/security/?next=%2Fru%2Fstaff%2F"
    assert client.get("/ru/staff/register/")["Location"].startswith("/ru/staff/account/security/")
    assert client.get("/ru/admin/")["Location"].startswith("/ru/staff/account/security/")
    page = client.get("/en/staff/account/security/?next=/ru/staff/")
    assert page.status_code == 200
    assert "Your role requires a second factor" in page.content.decode()

    device = TOTPDevice.objects.get(user=head)
    done = client.post(
        "/en/staff/account/second-factor/", {"code": code_for(device), "next": "/ru/staff/"}
    )
    assert done["Location"] == "/ru/staff/"
    assert client.get("/ru/staff/").status_code == 200


def test_other_roles_are_not_affected(client, officers, heads_must_have_it):
    client.force_login(officers["registrar"])
    assert client.get("/ru/staff/").status_code == 200


def test_the_api_refuses_the_session_but_not_a_key(client, officers, heads_must_have_it):
    head = officers["head"]
    client.force_login(head)
    refused = client.get(API)
    assert refused.status_code == 403
    assert refused.json()["code"] == "second_factor_required"
    raw = keys.issue("head's script", officer=head, permissions=list(PERMISSIONS)).raw
    assert client.get(API, HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 200
    assert Client().get(API, HTTP_X_API_KEY=raw).status_code == 200


@pytest.mark.parametrize(
    "decoy", [{"HTTP_AUTHORIZATION": "Basic eDp5"}, {"HTTP_AUTHORIZATION": "Bearer "}]
)
def test_a_decoy_key_header_does_not_let_the_session_through(
    client, officers, heads_must_have_it, decoy
):
    client.force_login(officers["head"])
    refused = client.get(API, **decoy)
    assert refused.status_code in (401, 403)
    assert "items" not in refused.json()


def test_after_setting_it_up_the_api_takes_the_session(client, officers, heads_must_have_it):
    head = officers["head"]
    client.force_login(head)
    client.get(SECURITY)
    device = TOTPDevice.objects.get(user=head)
    client.post("/en/staff/account/second-factor/", {"code": code_for(device)})
    assert client.get(API).status_code == 200


def test_the_policy_is_an_administrators_to_set(client, officers):
    admin = officers["admin"]
    admin.is_staff = admin.is_superuser = True
    admin.save()
    client.force_login(admin)
    response = client.post(
        "/en/admin/accounts/rolepolicy/add/", {"role": "executor", "require_second_factor": "on"}
    )
    assert response.status_code == 302
    assert RolePolicy.objects.get(role="executor").require_second_factor
