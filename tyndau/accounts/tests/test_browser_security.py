"""On a phone (390 px) in a real headless Chromium: setting up the second factor from the QR
page, then the two-step login. Needs Debian's `chromium`; skipped when it is absent."""

import re

from django_otp.plugins.otp_totp.models import TOTPDevice

from tyndau.accounts.models import Role
from tyndau.accounts.tests.helpers import code_for
from tyndau.conftest import PASSWORD, make_officer
from tyndau.directory.models import Body
from tyndau.web.tests.test_browser import browser, pytestmark  # noqa: F401

PHONE = {"width": 390, "height": 844}


def fits_the_phone(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_second_factor_on_a_phone(browser, live_server):  # noqa: F811  (the fixture)
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
