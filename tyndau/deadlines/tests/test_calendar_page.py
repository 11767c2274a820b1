"""The public legal calendar and the calendar's administration, through HTTP."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import translation

from tyndau.accounts.models import User
from tyndau.conftest import PASSWORD
from tyndau.deadlines import presenters, services, views
from tyndau.deadlines.models import CalendarOverride

pytestmark = pytest.mark.django_db

D = dt.date


@pytest.fixture(autouse=True)
def fresh_calendar():
    """The calendar is cached for 30 s and a rolled-back test deletes no rows through signals."""
    services.forget_calendar()
    yield
    services.forget_calendar()


@pytest.fixture
def today(monkeypatch):
    """Today as the page sees it: 24 November 2026 unless a test moves it."""

    def set_today(day: dt.date) -> None:
        monkeypatch.setattr(views, "today", lambda: day)

    set_today(D(2026, 11, 24))
    return set_today


@pytest.fixture
def superuser(db) -> User:
    return User.objects.create_superuser("root", "root@example.kz", PASSWORD)


def url(name: str, language: str = "en", *args) -> str:
    with translation.override(language):
        return reverse(name, args=args)


def page(client, year: int = 2026, language: str = "en") -> str:
    response = client.get(url("deadlines:calendar_year", language, year))
    assert response.status_code == 200
    return response.content.decode()


def cell(html: str, day: dt.date) -> tuple[set[str], str]:
    """The classes and the title of a day's cell."""
    match = re.search(rf'<td class="([^"]*)" title="([^"]*)"[^>]*data-date="{day:%Y-%m-%d}"', html)
    assert match, f"no cell for {day}"
    return set(match.group(1).split()), match.group(2)


def month(response, number: int) -> presenters.Month:
    return response.context["months"][number - 1]


def test_nauryz_2026_is_marked_as_holidays(client, today):
    html = page(client)
    for day in (D(2026, 3, 21), D(2026, 3, 22), D(2026, 3, 23)):
        classes, title = cell(html, day)
        assert "holiday" in classes and "Nowruz Holiday" in title
    for day in (D(2026, 3, 24), D(2026, 3, 25)):  # moved from the weekend
        classes, title = cell(html, day)
        assert "observed" in classes and "Nowruz Holiday" in title
    assert cell(html, D(2026, 3, 26))[0] == {"d", "working"}
    assert "weekend" in cell(html, D(2026, 3, 28))[0]
    assert "Nowruz Holiday (moved from the weekend)" in html
    assert "Eid al-Adha" in html and "Victory Day" in html


def test_working_days_per_month_and_year(client, today):
    response = client.get(url("deadlines:calendar_year", "en", 2026))
    cal = services.calendar()
    assert month(response, 3).working_days == cal.working_days_in_month(2026, 3) == 18
    total = sum(cal.working_days_in_month(2026, m) for m in range(1, 13))
    assert response.context["total_working_days"] == total
    html = response.content.decode()
    assert f"2026: {total} working days" in html and "18 working days" in html
    assert url("deadlines:calendar_year", "en", 2025) in html
    assert url("deadlines:calendar_year", "en", 2027) in html


def test_kurban_ait_is_estimated_until_confirmed(client, today):
    eid = D(2026, 5, 27)
    classes, title = cell(page(client), eid)
    assert {"holiday", "estimated"} <= classes and "not yet confirmed" in title
    assert eid in services.calendar().unconfirmed_estimates(2026)

    CalendarOverride.objects.create(
        date=eid, kind=CalendarOverride.Kind.CONFIRMED, note="Постановление № 1"
    )
    html = page(client)
    classes, title = cell(html, eid)
    assert "holiday" in classes and "estimated" not in classes and "corrected" in classes
    assert "Eid al-Adha" in title and "not yet confirmed" not in title
    assert "Постановление № 1" in html  # the corrections' list gives the basis


def test_a_working_saturday(client, today):
    saturday = D(2026, 11, 28)
    before = services.calendar().working_days_in_month(2026, 11)
    CalendarOverride.objects.create(
        date=saturday, kind=CalendarOverride.Kind.WORKING_DAY, note="Постановление № 2"
    )
    response = client.get(url("deadlines:calendar_year", "en", 2026))
    classes, title = cell(response.content.decode(), saturday)
    assert "weekend-working" in classes and "Saturday or Sunday made a working day" in title
    assert month(response, 11).working_days == before + 1


def test_a_transferred_day_off_names_the_weekend_day(client, today):
    classes, title = cell(page(client, 2025), D(2025, 1, 3))
    assert "transferred" in classes and "Day off moved from Jan. 5, 2025" in title


def test_next_years_estimates_are_warned_about_on_every_years_page(client, today, superuser):
    banner = "Holiday dates not yet confirmed"
    for year in (2024, 2026, 2027):
        html = page(client, year)
        assert banner in html and 'datetime="2027-05-16"' in html
        assert "/admin/" not in html  # only staff get the link

    client.force_login(superuser)
    changelist = url("admin:deadlines_calendaroverride_changelist")
    assert changelist in page(client)

    CalendarOverride.objects.create(
        date=D(2027, 5, 16), kind=CalendarOverride.Kind.CONFIRMED, note="Постановление № 3"
    )
    assert banner not in page(client)


def test_this_years_coming_estimates_are_warned_about_too(client, today):
    today(D(2026, 4, 1))
    html = page(client, 2025)
    assert 'datetime="2026-05-27"' in html and 'datetime="2027-05-16"' in html
    today(D(2026, 6, 1))  # 27 May 2026 is past: no longer a warning
    assert 'datetime="2026-05-27"' not in page(client, 2025)


def test_the_bare_address_shows_this_year(client, today):
    response = client.get(url("deadlines:calendar"))
    assert response.status_code == 200 and response.context["year"] == 2026


@pytest.mark.parametrize("year", [1999, 2101, 0])
def test_years_out_of_range_are_not_found(client, year):
    assert client.get(f"/en/calendar/{year}/").status_code == 404


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_page_opens_in_every_language(client, today, language):
    response = client.get(f"/{language}/calendar/2026/")
    assert response.status_code == 200
    assert f'lang="{language}"' in response.content.decode()


def test_admin_shows_what_to_confirm_and_records_who_corrected(client, superuser, monkeypatch):
    client.force_login(superuser)
    response = client.get(url("admin:deadlines_calendaroverride_changelist"))
    assert response.status_code == 200
    year = dt.date.today().year
    estimates = response.context["unconfirmed_estimates"]
    assert estimates and {e["date"].year for e in estimates} <= {year, year + 1}
    assert "Estimated holidays to confirm" in response.content.decode()

    add = url("admin:deadlines_calendaroverride_add")
    assert client.get(add, {"date": "2026-05-27", "kind": "confirmed"}).status_code == 200
    response = client.post(
        add, {"date": "2026-11-28", "kind": "working_day", "note": "Постановление № 4"}
    )
    assert response.status_code == 302
    correction = CalendarOverride.objects.get()
    assert correction.created_by == superuser
    assert services.calendar().is_working_day(D(2026, 11, 28))


def test_admin_lists_terms_and_settings(client, superuser):
    client.force_login(superuser)
    for model in ("term", "extension", "termsetting"):
        changelist = url(f"admin:deadlines_{model}_changelist")
        assert client.get(changelist, {"q": "X"}).status_code == 200
    assert client.get(url("admin:deadlines_term_add")).status_code == 403
    assert client.get(url("admin:deadlines_termsetting_add")).status_code == 200
