"""End to end in a real headless Chromium: a citizen files, officers answer, the citizen reads.

Needs Debian's `chromium` (`make browser` installs it); skipped when it is absent."""

import os
import re
import shutil

import pytest
from django.db import connections

from tyndau.accounts.models import Role
from tyndau.conftest import PASSWORD, make_officer, valid_iin
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

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed"),
]


@pytest.fixture
def browser(monkeypatch):
    playwright_api = pytest.importorskip("playwright.sync_api")
    # Playwright's sync API runs an event loop in this thread; the ORM calls here are safe.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()
        # Inside Playwright's loop the ORM used a connection of its own context: close it.
        connections.close_all()


def log_in(browser, live_server, username):
    page = browser.new_context(locale="ru-RU").new_page()
    page.goto(f"{live_server.url}/ru/staff/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("main button.primary")
    page.wait_for_url(re.compile(r"/ru/staff/$"))
    return page


def test_citizen_files_and_officers_answer(browser, live_server, settings, tmp_path):
    settings.BASE_URL = live_server.url
    karaganda = Body.objects.get(code="AKM-KAR")
    head = make_officer("head.e2e", Role.HEAD, karaganda)
    executor = make_officer("executor.e2e", Role.EXECUTOR, karaganda)

    citizen = browser.new_context(locale="ru-RU", viewport={"width": 390, "height": 844})
    page = citizen.new_page()
    page.goto(f"{live_server.url}/ru/appeal/new/")
    page.check("input[name=kind][value=complaint]")
    page.select_option("#id_region", label="Карагандинская область")
    page.fill("#id_subject", "Нет освещения во дворе")
    page.fill("#id_text", "Во дворе дома по ул. Ерубаева, 12 месяц не горят фонари, темно.")
    page.fill("#id_applicant_name", "Сериков Ержан Муратович")
    page.fill("#id_iin_bin", "123")  # wrong on purpose: the message must say why, text kept
    page.fill("#id_email", "erzhan@example.kz")
    page.check("#id_consent")
    page.click("main button.primary")
    assert "12 цифр" in page.inner_text(".has-error .errorlist")
    assert page.input_value("#id_text").startswith("Во дворе дома")
    page.fill("#id_iin_bin", valid_iin(9))
    page.check("#id_consent")
    page.click("main button.primary")
    page.wait_for_url(re.compile(r"/ru/track/"))
    number = page.inner_text(".number")
    assert number.startswith("AKM-KAR-")
    tracking_url = page.url

    head_page = log_in(browser, live_server, head.username)
    head_page.click(f"text={number}")
    head_page.select_option("#id_executor", label=f"{executor.full_name} — {karaganda.name_ru}")
    head_page.click("form[action$='/assign/'] button")
    assert executor.full_name in head_page.inner_text("ol.timeline")

    executor_page = log_in(browser, live_server, executor.username)
    executor_page.click(f"text={number}")
    executor_page.fill(
        "#id_answer_text",
        "Уважаемый Ержан Муратович! Благодарим за обращение. Освещение во дворе дома по ул. "
        "Ерубаева, 12 восстановлено 20 ноября (п. 1 ст. 76 АППК РК).",
    )
    executor_page.select_option("#id_outcome", "satisfied")
    executor_page.click("form[action$='/draft/'] button")
    executor_page.click("form[action$='/submit/'] button")

    head_page.goto(f"{live_server.url}/ru/staff/appeals/{number}/")
    head_page.click("form[action$='/approve/'] button")
    assert head_page.locator("h1 .badge.st-answered").count() == 1

    page.goto(tracking_url)
    assert "Освещение во дворе дома" in page.inner_text(".answer-text")
    page.screenshot(path=str(tmp_path / "tracking.png"), full_page=True)
