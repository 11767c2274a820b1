"""Where people see the terms: the appeal page, the inbox, the applicant's tracking page."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from tyndau.appeals import services
from tyndau.conftest import PASSWORD
from tyndau.deadlines import services as deadlines
from tyndau.deadlines.terms import Rule

pytestmark = pytest.mark.django_db
REASON = "Запрошены сведения о графике ремонта водопровода у ГКП; ждём акт обследования участка."


@pytest.fixture
def working(file, astana, officers):
    filed = file(astana)
    services.assign(filed.appeal, officers["executor"], actor=officers["registrar"])
    services.start_work(filed.appeal, actor=officers["executor"])
    filed.appeal.refresh_from_db()
    return filed


def url(name, *args, language="ru"):
    with translation.override(language):
        return reverse(name, args=args)


def page(client, appeal, language="ru"):
    return client.get(url("appeals:detail", appeal.reg_number, language=language)).content.decode()


def test_head_sees_the_extension_form_with_the_cap(client, working, officers):
    client.login(username=officers["head"].username, password=PASSWORD)
    html = page(client, working.appeal)
    cap = deadlines.check_extension(working.appeal, working.appeal.due_date, "", dt.date.today())
    assert f'max="{cap.cap:%Y-%m-%d}"' in html
    assert url("appeals:act", working.appeal.reg_number, "extend") in html
    assert "АППК РК ст. 76 п. 1" in html  # the terms card cites the article


def test_executor_may_only_ask(client, working, officers):
    client.login(username=officers["executor"].username, password=PASSWORD)
    html = page(client, working.appeal)
    number = working.appeal.reg_number
    assert url("appeals:act", number, "request_extension") in html
    assert url("appeals:act", number, "extend") not in html
    response = client.post(url("appeals:act", number, "extend"), {"reason": REASON})
    assert response.status_code == 403


def test_refused_extension_keeps_what_the_head_typed(client, working, officers):
    client.login(username=officers["head"].username, password=PASSWORD)
    action = url("appeals:act", working.appeal.reg_number, "extend")
    response = client.post(action, {"new_due": "2099-01-01", "reason": REASON})
    html = response.content.decode()
    assert response.status_code == 400
    assert 'class="message error"' in html and "76" in html
    assert REASON in html and 'value="2099-01-01"' in html


def test_malformed_date_is_a_message_not_an_error_page(client, working, officers):
    client.login(username=officers["head"].username, password=PASSWORD)
    action = url("appeals:act", working.appeal.reg_number, "extend", language="en")
    response = client.post(action, {"new_due": "31.12.2026", "reason": REASON})
    assert response.status_code == 400 and "YYYY-MM-DD" in response.content.decode()


def test_extension_through_the_page_shows_the_new_date_to_the_applicant(client, working, officers):
    client.login(username=officers["head"].username, password=PASSWORD)
    new_due = deadlines.calendar().add_working_days(working.appeal.due_date, 6)
    action = url("appeals:act", working.appeal.reg_number, "extend")
    assert (
        client.post(action, {"new_due": new_due.isoformat(), "reason": REASON}).status_code == 302
    )
    client.logout()
    with translation.override("en"):
        tracking = services.tracking_path(working.tracking_token)
    html = client.get(tracking).content.decode()
    assert "Term extended" in html and REASON in html
    assert f"{new_due.day}" in html and str(new_due.year) in html


def test_inbox_shows_working_days_and_colours_by_urgency(client, file, astana, officers):
    cal = deadlines.calendar()
    today = timezone.localdate()
    soon = file(astana).appeal
    overdue = file(astana).appeal
    for appeal, due in ((soon, cal.add_working_days(today, 1)), (overdue, today - dt.timedelta(5))):
        type(appeal).objects.filter(pk=appeal.pk).update(due_date=due)
    client.login(username=officers["head"].username, password=PASSWORD)
    html = client.get(url("appeals:inbox", language="en")).content.decode()
    assert html.index(overdue.reg_number) < html.index(soon.reg_number)  # overdue first
    assert "due-row-critical" in html and "1 working day left" in html
    assert "overdue by" in html


def test_urgent_shows_hours_left_and_goes_first(client, file, astana, officers):
    ordinary = file(astana).appeal
    urgent = file(astana, is_urgent=True).appeal
    assert urgent.terms.get(rule=Rule.URGENT).due_at
    client.login(username=officers["head"].username, password=PASSWORD)
    html = client.get(url("appeals:inbox", language="en")).content.decode()
    assert html.index(urgent.reg_number) < html.index(ordinary.reg_number)
    assert "hours left" in html
