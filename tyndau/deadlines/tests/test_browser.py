"""In a real headless Chromium: the head extends a term, the citizen sees the new date."""

import re

from tyndau.accounts.models import Role
from tyndau.appeals import services
from tyndau.conftest import make_officer
from tyndau.deadlines import services as deadlines
from tyndau.web.tests.test_browser import browser, log_in, pytestmark  # noqa: F401

REASON = "Запрошен акт обследования теплосети у ТОО «Астана-Теплотранзит»; ответ ждём к 10 числу."


def test_head_extends_and_the_citizen_sees_the_new_date(browser, live_server, file, astana):  # noqa: F811
    head = make_officer("head.ext", Role.HEAD, astana)
    executor = make_officer("executor.ext", Role.EXECUTOR, astana)
    filed = file(astana)
    services.assign(filed.appeal, executor, actor=head)
    services.start_work(filed.appeal, actor=executor)
    filed.appeal.refresh_from_db()
    cal = deadlines.calendar()
    cap = deadlines.check_extension(filed.appeal, filed.appeal.due_date, "", filed.appeal.due_date)
    too_late = cal.add_working_days(cap.cap, 2)
    wanted = cal.add_working_days(filed.appeal.due_date, 7)

    page = log_in(browser, live_server, head.username)
    page.goto(f"{live_server.url}/ru/staff/appeals/{filed.appeal.reg_number}/")
    assert page.locator("#id_new_due").get_attribute("max") == cap.cap.isoformat()
    # Past the cap: refused with the limit named, the typed reason kept.
    page.evaluate("document.getElementById('id_new_due').removeAttribute('max')")
    page.fill("#id_new_due", too_late.isoformat())
    page.fill("#id_ext_reason", REASON)
    page.click("form[action$='/extend/'] button[type=submit]")
    assert "76" in page.locator(".message.error").inner_text()
    assert page.locator("#id_ext_reason").input_value() == REASON
    # Within the cap: extended.
    page.fill("#id_new_due", wanted.isoformat())
    page.click("form[action$='/extend/'] button[type=submit]")
    page.wait_for_url(re.compile(rf"/staff/appeals/{filed.appeal.reg_number}/$"))
    assert page.locator(".message.success").count() == 1
    assert str(wanted.day) in page.locator("#terms").inner_text()

    citizen = browser.new_context(locale="en-GB").new_page()
    citizen.goto(f"{live_server.url}/en{filed.tracking_path[3:]}")
    facts = citizen.locator("dl.facts").inner_text()
    assert "Term extended" in facts and REASON in facts
