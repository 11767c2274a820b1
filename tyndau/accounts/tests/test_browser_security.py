"""On a phone (390 px) in a real headless Chromium: setting up the second factor from the QR
page, then the two-step login. Needs Debian's `chromium`; skipped when it is absent."""

import os
import re
import shutil

import pytest
from django.db import connections
from django_otp.plugins.otp_totp.models import TOTPDevice

from tyndau.accounts.models import Role
from tyndau.accounts.tests.helpers import code_for
from tyndau.conftest import PASSWORD, make_officer
from tyndau.directory.models import Body

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed"),
]


@pytest.fixture
def browser(monkeypatch):
    playwright_api = pytest.importorskip("playwright.sync_api")
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()
        connections.close_all()


def fits_the_phone(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_second_factor_on_a_phone(browser, live_server):
    head = make_officer("head.phone", Role.HEAD, Body.objects.get(code="AKM-KAR"))
    page = browser.new_context(locale="ru-RU", viewport=PHONE).new_page()
    page.goto(f"{live_server.url}/ru/staff/login/")
    assert fits_the_phone(page)
    page.fill("#id_username", head.username)
    page.fill("#id_password", PASSWORD)
    page.click("main button.primary")
    page.wait_for_url(re.compile(r"/ru/staff/$"))  # no app yet: one step

    page.goto(f"{live_server.url}/ru/staff/account/security/")
    qr = page.locator("svg.qr-code").bounding_box()
    assert qr is not None and 150 <= qr["width"] <= PHONE["width"]
    assert fits_the_phone(page)
    device = TOTPDevice.objects.get(user=head, confirmed=False)
    page.fill("#id_enrol_code", code_for(device))
    page.click("main form[action$='/second-factor/'] button.primary")
    page.wait_for_url(re.compile(r"/ru/staff/account/security/$"))
    assert page.locator("svg.qr-code").count() == 0
    assert fits_the_phone(page)

    page.click("nav form button.link")  # log out
    page.wait_for_url(re.compile(r"/ru/$"))
    page.goto(f"{live_server.url}/ru/staff/login/")
    page.fill("#id_username", head.username)
    page.fill("#id_password", PASSWORD)
    page.click("main button.primary")
    page.wait_for_url(re.compile(r"/ru/staff/login/code/"))
    assert fits_the_phone(page)
    page.fill("#id_code", code_for(device, steps_ahead=1))
    page.click("main button.primary")
    page.wait_for_url(re.compile(r"/ru/staff/$"))
