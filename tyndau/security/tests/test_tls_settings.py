"""Behind TLS (TYNDAU_BEHIND_TLS, or its older name TYNDAU_SECURE_COOKIES): cookies only over
HTTPS, HSTS for a year, the proxy's header trusted when named; and Django's deploy checks then
find nothing but what is explained here."""

import base64
import os
import re
import runpy
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.checks import run_checks
from django.test import Client, override_settings

SETTINGS_FILE = Path(settings.BASE_DIR) / "settings.py"
YEAR = 365 * 24 * 3600
SWITCHES = (
    "TYNDAU_BEHIND_TLS",
    "TYNDAU_SECURE_COOKIES",
    "TYNDAU_HSTS_INCLUDE_SUBDOMAINS",
    "TYNDAU_SSL_REDIRECT",
    "TYNDAU_PROXY_SSL_HEADER",
)
# What `check --deploy` may still say behind TLS, and why:
EXPLAINED = {
    # HSTS preload is a promise to the browsers' built-in lists, for the owner of the whole
    # domain to make: off unless asked.
    "security.W021",
    # Subdomains only with TYNDAU_HSTS_INCLUDE_SUBDOMAINS: a state body's domain may have
    # subdomains that are not on HTTPS yet.
    "security.W005",
    # The proxy in front usually redirects plain HTTP; TYNDAU_SSL_REDIRECT does it here.
    "security.W008",
}
TLS_CHECKS = {"security.W004", "security.W012", "security.W016"}  # HSTS, session, CSRF cookie


def load_settings(monkeypatch, tmp_path, **env) -> dict:
    """tyndau/settings.py as it reads this environment (the test settings stay as they are)."""
    for name in SWITCHES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TYNDAU_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("TYNDAU_SECRET_KEY", "s" * 60)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(SETTINGS_FILE))


def test_off_by_default(monkeypatch, tmp_path):
    loaded = load_settings(monkeypatch, tmp_path)
    assert not loaded["SESSION_COOKIE_SECURE"] and not loaded["CSRF_COOKIE_SECURE"]
    assert not loaded["LANGUAGE_COOKIE_SECURE"]
    assert loaded["SECURE_HSTS_SECONDS"] == 0 and not loaded["SECURE_SSL_REDIRECT"]
    assert "SECURE_PROXY_SSL_HEADER" not in loaded


@pytest.mark.parametrize("switch", ["TYNDAU_BEHIND_TLS", "TYNDAU_SECURE_COOKIES"])
def test_one_switch_turns_it_all_on(monkeypatch, tmp_path, switch):
    loaded = load_settings(monkeypatch, tmp_path, **{switch: "1"})
    assert loaded["SESSION_COOKIE_SECURE"] and loaded["CSRF_COOKIE_SECURE"]
    assert loaded["LANGUAGE_COOKIE_SECURE"]
    assert loaded["SECURE_HSTS_SECONDS"] == YEAR
    assert not loaded["SECURE_HSTS_INCLUDE_SUBDOMAINS"] and not loaded["SECURE_HSTS_PRELOAD"]
    assert not loaded["SECURE_SSL_REDIRECT"]


def test_the_optional_parts(monkeypatch, tmp_path):
    loaded = load_settings(
        monkeypatch,
        tmp_path,
        TYNDAU_BEHIND_TLS="yes",
        TYNDAU_HSTS_INCLUDE_SUBDOMAINS="1",
        TYNDAU_SSL_REDIRECT="1",
        TYNDAU_PROXY_SSL_HEADER="X-Forwarded-Proto",
    )
    assert loaded["SECURE_HSTS_INCLUDE_SUBDOMAINS"] and loaded["SECURE_SSL_REDIRECT"]
    assert loaded["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_PROTO", "https")
    other = load_settings(monkeypatch, tmp_path, TYNDAU_PROXY_SSL_HEADER="X-Forwarded-Ssl: on")
    assert other["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_SSL", "on")
    # Without TLS the optional parts stay off: HSTS or a redirect over plain HTTP would lock
    # everyone out.
    plain = load_settings(
        monkeypatch, tmp_path, TYNDAU_HSTS_INCLUDE_SUBDOMAINS="1", TYNDAU_SSL_REDIRECT="1"
    )
    assert not plain["SECURE_HSTS_INCLUDE_SUBDOMAINS"] and not plain["SECURE_SSL_REDIRECT"]


def _behind_tls(monkeypatch, tmp_path, **env) -> dict:
    loaded = load_settings(monkeypatch, tmp_path, TYNDAU_BEHIND_TLS="1", **env)
    names = (
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "LANGUAGE_COOKIE_SECURE",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
        "SECURE_SSL_REDIRECT",
    )
    return {name: loaded[name] for name in names}


def _deploy_warnings() -> set[str]:
    with override_settings(
        DEBUG=False, SECRET_KEY=secrets.token_urlsafe(50), ALLOWED_HOSTS=["tyndau.example.kz"]
    ):
        return {
            message.id
            for message in run_checks(include_deployment_checks=True)
            if message.id.startswith("security.")
        }


def test_deploy_checks_find_only_the_explained(monkeypatch, tmp_path):
    with override_settings(**_behind_tls(monkeypatch, tmp_path)):
        found = _deploy_warnings()
    assert found <= EXPLAINED, found - EXPLAINED
    assert not found & TLS_CHECKS
    options = {"TYNDAU_HSTS_INCLUDE_SUBDOMAINS": "1", "TYNDAU_SSL_REDIRECT": "1"}
    with override_settings(**_behind_tls(monkeypatch, tmp_path, **options)):
        assert _deploy_warnings() <= {"security.W021"}


def test_the_deploy_checks_do_see_plain_http(monkeypatch, tmp_path):
    """The control: without the switch the same checks name what TLS would fix."""
    loaded = load_settings(monkeypatch, tmp_path)
    names = ("SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_HSTS_SECONDS")
    with override_settings(**{name: loaded[name] for name in names}):
        assert _deploy_warnings() >= TLS_CHECKS


@pytest.mark.django_db
def test_the_headers_and_cookies_behind_a_proxy(monkeypatch, tmp_path):
    options = {"TYNDAU_PROXY_SSL_HEADER": "X-Forwarded-Proto"}
    loaded = load_settings(monkeypatch, tmp_path, TYNDAU_BEHIND_TLS="1", **options)
    secure = {
        **_behind_tls(monkeypatch, tmp_path),
        "SECURE_PROXY_SSL_HEADER": loaded["SECURE_PROXY_SSL_HEADER"],
    }
    with override_settings(**secure):
        client = Client()
        response = client.get("/ru/appeal/new/", HTTP_X_FORWARDED_PROTO="https")
        assert response["Strict-Transport-Security"] == f"max-age={YEAR}"
        assert client.cookies["csrftoken"]["secure"]
        plain = client.get("/ru/appeal/new/")  # not over TLS: no HSTS header
        assert "Strict-Transport-Security" not in plain
        chosen = client.post("/i18n/setlang/", {"language": "en", "next": "/"}, secure=True)
        assert chosen.status_code == 302
        assert client.cookies[settings.LANGUAGE_COOKIE_NAME]["secure"]


@pytest.mark.slow
def test_tyndau_check_deploy_with_the_real_environment(tmp_path):
    """`tyndau check --deploy` as an operator runs it behind TLS."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TYNDAU_", "DJANGO_")) and key != "DATABASE_URL"
    }
    env.update(
        TYNDAU_VAR_DIR=str(tmp_path),
        TYNDAU_SECRET_KEY=secrets.token_urlsafe(50),
        TYNDAU_BLIND_INDEX_KEY=secrets.token_urlsafe(50),
        TYNDAU_DATA_KEYS=base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
        TYNDAU_ALLOWED_HOSTS="tyndau.example.kz",
        TYNDAU_BEHIND_TLS="1",
        TYNDAU_PROXY_SSL_HEADER="X-Forwarded-Proto",
    )
    result = subprocess.run(
        [sys.executable, "-m", "tyndau.cli", "check", "--deploy"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(settings.BASE_DIR).parent,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    found = set(re.findall(r"\(([\w.]+\.[WE]\d+)\)", output))
    assert found <= EXPLAINED, output
