"""In a real headless Chromium: the check follows the executor's typing, the head sees it, the
citizen rates the answer from a phone and opens a review in one click."""

import re

from tyndau.accounts.models import Role
from tyndau.answers.links import answer_url
from tyndau.answers.tests.test_drafting import FULL
from tyndau.appeals import services
from tyndau.conftest import make_officer
from tyndau.web.tests.test_browser import browser, log_in, pytestmark  # noqa: F401

FORMAL = "Уважаемый заявитель! Ваше обращение рассмотрено. Вопрос находится на контроле."


def test_live_check_and_rating_from_a_phone(browser, live_server, settings, file, astana, tmp_path):  # noqa: F811
    settings.BASE_URL = live_server.url
    head = make_officer("head.live", Role.HEAD, astana)
    executor = make_officer("executor.live", Role.EXECUTOR, astana)
    appeal = file(astana).appeal
    services.assign(appeal, executor, actor=head)

    page = log_in(browser, live_server, executor.username)
    page.goto(f"{live_server.url}/ru/staff/appeals/{appeal.reg_number}/")
    editor = page.locator("#id_answer_text")
    assert editor.input_value().startswith("Уважаемый Айдар Серикович!")
    editor.fill(FORMAL)
    page.wait_for_selector("#quality-check .verdict-formal", timeout=5000)
    assert "Укажите статью" in page.inner_text("#quality-check")
    editor.fill(FULL)
    page.wait_for_selector("#quality-check .verdict-full", timeout=5000)
    page.screenshot(path=str(tmp_path / "editor.png"), full_page=True)
    page.select_option("#id_outcome", "satisfied")
    page.click("form[action$='/draft/'] button")
    page.click("form[action$='/submit/'] button")

    head_page = log_in(browser, live_server, head.username)
    head_page.goto(f"{live_server.url}/ru/staff/appeals/{appeal.reg_number}/")
    assert head_page.locator(".actions .verdict-full").count() == 1
    head_page.click("form[action$='/approve/'] button")
    assert head_page.locator("h1 .badge.st-answered").count() == 1

    phone = browser.new_context(locale="ru-RU", viewport={"width": 390, "height": 844})
    citizen = phone.new_page()
    appeal.refresh_from_db()
    citizen.goto(answer_url(appeal.answers.get()))
    assert "восстановлена 5 ноября" in citizen.inner_text(".answer-text")
    citizen.click("label[for=star-2]")
    citizen.check("input[name=reasons][value=not_solved]")
    citizen.fill("#id_rating_comment", "Батареи снова холодные")
    citizen.screenshot(path=str(tmp_path / "rate.png"), full_page=True)
    citizen.click(".rate-card button.primary")
    assert "2 / 5" in citizen.inner_text(".rate-card")
    citizen.click("button[value=review]")
    citizen.wait_for_url(re.compile(r"/ru/track/"))
    assert citizen.inner_text(".number").startswith("AKM-AST-")
    assert appeal.repeats.count() == 1
