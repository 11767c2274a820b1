"""The terms of the appeals law alone: no database."""

import datetime as dt
import zoneinfo

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from tyndau.deadlines import terms
from tyndau.deadlines.calendar import WorkingCalendar
from tyndau.deadlines.terms import BASIS, Flag, Rule

D = dt.date
ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")
PLAIN = WorkingCalendar()
fast = settings(max_examples=150, deadline=None, database=None)
with_corrections = settings(fast, max_examples=80)  # a corrected calendar builds its own counts
received_days = st.dates(min_value=D(2024, 1, 1), max_value=D(2028, 12, 31))


@st.composite
def received_and_calendar(draw) -> tuple[dt.date, WorkingCalendar]:
    """A day of receipt and the package's calendar, or one an administrator corrected within
    the next two months (where a correction can change a term)."""
    received = draw(received_days)
    near = st.integers(min_value=-7, max_value=70).map(lambda n: received + dt.timedelta(n))
    days_off = draw(st.sets(near, max_size=6))
    working_days = draw(st.sets(near, max_size=6))
    calendar = WorkingCalendar(days_off, working_days) if days_off or working_days else PLAIN
    return received, calendar


# --- properties -------------------------------------------------------------------------------


@with_corrections
@given(received_and_calendar())
def test_extension_cap_is_a_working_day_within_two_months(drawn):
    received, calendar = drawn
    due = terms.extension_cap(received, calendar)
    limit = received + relativedelta(months=2)
    assert calendar.is_working_day(due.due)
    assert received < due.due <= limit
    # ... and the latest such day: nothing between it and the two months is a working day.
    day = due.due + dt.timedelta(days=1)
    while day <= limit:
        assert not calendar.is_working_day(day)
        day += dt.timedelta(days=1)
    assert due.working_days == calendar.working_days_between(received, due.due)
    assert (due.rule, due.basis) == (Rule.EXTENSION_CAP, BASIS[Rule.EXTENSION_CAP])


@with_corrections
@given(received_and_calendar(), st.integers(min_value=1, max_value=60))
def test_answer_due_is_a_working_day(drawn, working_days):
    received, calendar = drawn
    due = terms.answer_due(received, calendar, working_days, "Закон РК, ст. 1")
    assert calendar.is_working_day(due.due)
    assert calendar.working_days_between(received, due.due) == working_days
    assert (due.working_days, due.basis, due.received) == (
        working_days,
        "Закон РК, ст. 1",
        received,
    )


@fast
@given(received_days)
def test_the_answer_never_comes_before_the_redirect_and_never_after_the_cap(received):
    redirect = terms.redirect_due(received, PLAIN).due
    answer = terms.answer_due(received, PLAIN).due
    cap = terms.extension_cap(received, PLAIN).due
    assert redirect < answer < cap


# --- the answer, the redirect, the notice -----------------------------------------------------


def test_answer_due_defaults_to_fifteen_working_days_of_article_76():
    # Received Thursday 19 March 2026, across Nauryz (21-25 March): Tuesday 14 April 2026.
    due = terms.answer_due(D(2026, 3, 19), PLAIN)
    assert due == terms.Due(Rule.ANSWER, D(2026, 3, 19), D(2026, 4, 14), 15, "АППК РК ст. 76 п. 1")


def test_redirect_is_three_working_days():
    # Received Thursday 19 March 2026: Friday 20, then Nauryz, then Thursday 26 and Friday 27.
    due = terms.redirect_due(D(2026, 3, 19), PLAIN)
    assert (due.due, due.working_days, due.basis) == (D(2026, 3, 27), 3, "АППК РК ст. 76")


def test_notice_of_an_extension_is_three_working_days():
    # Extended on Friday 4 December 2026: Monday 7, Tuesday 8, Wednesday 9 December.
    due = terms.notice_due(D(2026, 12, 4), PLAIN)
    assert (due.rule, due.due, due.working_days) == (Rule.EXTENSION_NOTICE, D(2026, 12, 9), 3)
    assert due.basis == "АППК РК ст. 76 п. 2"


# --- the cap of an extension: two months, moved back to a working day ------------------------


@pytest.mark.parametrize(
    ("received", "cap"),
    [
        # Received Monday 30 / Tuesday 31 March 2026: two months end on Saturday 30 / Sunday
        # 31 May 2026, so the cap is Friday 29 May.
        (D(2026, 3, 30), D(2026, 5, 29)),
        (D(2026, 3, 31), D(2026, 5, 29)),
        # 2027: Sunday 30 May moves to Friday 28 May; Monday 31 May is a working day.
        (D(2027, 3, 30), D(2027, 5, 28)),
        (D(2027, 3, 31), D(2027, 5, 31)),
        # Received Wednesday 31 December 2025: relativedelta clamps to Saturday 28 February
        # 2026, so the cap is Friday 27 February.
        (D(2025, 12, 31), D(2026, 2, 27)),
        # 31 December 2026 → Sunday 28 February 2027 → Friday 26 February 2027.
        (D(2026, 12, 31), D(2027, 2, 26)),
        # 31 December 2027 → Tuesday 29 February 2028 (a leap year): a working day, kept.
        (D(2027, 12, 31), D(2028, 2, 29)),
        # Two months end on a holiday: Friday 9 January 2026 → Monday 9 March 2026 (Women's
        # Day, moved from Sunday 8 March) → back over the weekend to Friday 6 March.
        (D(2026, 1, 9), D(2026, 3, 6)),
        # Friday 23 January 2026 → Monday 23 March 2026 (Nauryz) → Friday 20 March.
        (D(2026, 1, 23), D(2026, 3, 20)),
        # Friday 16 October 2026 → Wednesday 16 December (Independence Day) → Tuesday 15.
        (D(2026, 10, 16), D(2026, 12, 15)),
        # Received on a holiday, Wednesday 25 March 2026 (Nauryz): Monday 25 May 2026.
        (D(2026, 3, 25), D(2026, 5, 25)),
    ],
    ids=str,
)
def test_extension_cap_on_a_weekend_or_holiday_moves_back(received, cap):
    due = terms.extension_cap(received, PLAIN)
    assert due.due == cap
    assert due.working_days == PLAIN.working_days_between(received, cap)


def test_extension_cap_working_days_counted_by_hand():
    # 31 December 2025 → 27 February 2026: January 2026 has 31 days less 9 weekend days and 1,
    # 2, 7 January: 19; 1-27 February less 7 weekend days: 20. 39 working days.
    assert terms.extension_cap(D(2025, 12, 31), PLAIN).working_days == 39


def test_extension_cap_follows_the_administrator():
    # Friday 29 May 2026 declared a day off: the cap for 31 March 2026 is Thursday 28 May.
    corrected = WorkingCalendar(days_off=[D(2026, 5, 29)])
    assert terms.extension_cap(D(2026, 3, 31), corrected).due == D(2026, 5, 28)
    # Saturday 30 May 2026 declared a working day: it becomes the cap.
    corrected = WorkingCalendar(working_days=[D(2026, 5, 30)])
    assert terms.extension_cap(D(2026, 3, 31), corrected).due == D(2026, 5, 30)


# --- urgent appeals: hours, not days ----------------------------------------------------------


def test_urgent_is_twenty_four_hours_by_default():
    received = dt.datetime(2026, 3, 19, 9, 30, tzinfo=ALMATY)
    due = terms.urgent_due(received)
    assert due.due_at == dt.datetime(2026, 3, 20, 9, 30, tzinfo=ALMATY)
    assert due.due_at.isoformat() == "2026-03-20T09:30:00+05:00"
    assert (due.received, due.due, due.working_days) == (D(2026, 3, 19), D(2026, 3, 20), None)
    # Hours run over weekends and holidays alike: Friday 20 March 2026 → Nauryz Saturday.
    friday = dt.datetime(2026, 3, 20, 18, 0, tzinfo=ALMATY)
    assert terms.urgent_due(friday, hours=48).due_at == dt.datetime(2026, 3, 22, 18, tzinfo=ALMATY)


def test_urgent_hours_are_real_hours_across_a_change_of_offset():
    received = dt.datetime(2024, 2, 29, 12, 0, tzinfo=ALMATY)
    due = terms.urgent_due(received)
    assert due.due_at.astimezone(dt.UTC) - received.astimezone(dt.UTC) == dt.timedelta(hours=24)


# --- warnings before a term runs out ----------------------------------------------------------


def test_warnings_three_then_one():
    sent: list[int] = []
    given_days = []
    for days_left in (6, 5, 4, 3, 3, 2, 1, 1, 0):
        warning = terms.warning_to_send(days_left, (3, 1), sent)
        if warning is not None:
            sent.append(warning)
        given_days.append(warning)
    assert given_days == [None, None, None, 3, None, None, 1, None, None]


def test_an_appeal_found_with_one_day_left_gets_only_the_one_day_warning():
    assert terms.warning_to_send(1, (3, 1), []) == 1
    assert terms.warning_to_send(1, (3, 1), [1]) is None
    assert terms.warning_to_send(0, (3, 1), [1]) is None  # and never the 3-day one afterwards
    # Found with 2 days left: the 3-day warning (the tightest reached), then the 1-day one.
    assert terms.warning_to_send(2, (3, 1), []) == 3
    assert terms.warning_to_send(1, (3, 1), [3]) == 1


def test_due_today_still_warns_but_an_overdue_term_does_not():
    assert terms.warning_to_send(0, (3, 1), []) == 1
    assert terms.warning_to_send(-1, (3, 1), []) is None
    assert terms.warning_to_send(-5, (3, 1), [3]) is None


def test_no_warning_without_thresholds_or_before_them():
    assert terms.warning_to_send(1, (), []) is None
    assert terms.warning_to_send(4, (3, 1), []) is None
    assert terms.warning_to_send(5, (5, 2), []) == 5


# --- boilerplate reasons for an extension -----------------------------------------------------


@pytest.mark.parametrize(
    "reason",
    [
        "В связи с необходимостью дополнительного изучения.",
        "Для всестороннего и объективного рассмотрения обращения.",
        "В целях всестороннего, полного и объективного рассмотрения обращения заявителя срок "
        "продлен.",
        "Ввиду необходимости дополнительной проверки доводов заявителя.",
        "По объективным причинам.",
        "Жан-жақты қарау қажеттілігіне байланысты.",
        "Өтінішті жан-жақты қарау үшін мерзімін ұзарту қажет.",
        "Қосымша ақпарат жинау қажеттілігіне байланысты.",
        "For a more thorough review.",
        "Due to the need for additional information from other agencies.",
        "In order to collect additional information and materials.",
        "",
        "   ",
        "Продлить.",
    ],
    ids=[
        "ru-additional-study",
        "ru-thorough-objective",
        "ru-full-objective-extended",
        "ru-additional-check",
        "ru-objective-reasons",
        "kk-thorough-review",
        "kk-extend-term",
        "kk-additional-information",
        "en-thorough-review",
        "en-additional-information",
        "en-collect-materials",
        "empty",
        "blank",
        "ru-extend",
    ],
)
def test_boilerplate_reasons(reason):
    assert terms.is_boilerplate(reason)


@pytest.mark.parametrize(
    "reason",
    [
        "Запрошены сведения из ГКП «Астана Су Арнасы» о графике ремонта водопровода; ответ "
        "ожидается после обследования участка 12 числа.",
        "Комиссия акимата выедет в дом по ул. Абая, 10 для замера температуры в квартирах "
        "14 ноября; акт замера будет приложен к ответу.",
        "«Астана Су Арнасы» МКК-нан су құбырын жөндеу кестесі сұратылды; учаскені тексеру "
        "12-сі күні өтеді.",
        "Requested the repair schedule of the Abay street water main from Astana Su Arnasy; "
        "the site inspection is set for 12 March.",
        # Set phrases do not spoil a reason that also names the facts.
        "В связи с необходимостью дополнительного изучения: запрошены у ТОО «Жилстрой» акты "
        "скрытых работ по кровле дома № 5.",
    ],
    ids=[
        "ru-water-utility",
        "ru-measurement",
        "kk-water-utility",
        "en-water-utility",
        "ru-set-phrase-and-facts",
    ],
)
def test_reasons_that_name_the_facts_are_not_boilerplate(reason):
    assert not terms.is_boilerplate(reason)


@pytest.mark.parametrize(
    "reason",
    [
        "В связи с необходимостью запроса дополнительной информации у сторонних организаций.",
        "The review requires more time.",
    ],
    ids=["ru-request-from-other-organisations", "en-more-time"],
)
def test_boilerplate_with_other_set_phrases(reason):
    assert terms.is_boilerplate(reason)


# --- what looks unjustified in an extension ---------------------------------------------------

SUBSTANTIVE = (
    "Запрошены сведения из ГКП «Астана Су Арнасы» о графике ремонта водопровода; ответ "
    "ожидается после обследования участка 12 числа."
)


def flags(**overrides) -> list[Flag]:
    values = {
        "decided_on": D(2026, 4, 10),
        "current_due": D(2026, 4, 14),
        "new_due": D(2026, 5, 15),
        "cap": D(2026, 5, 19),
        "reason": SUBSTANTIVE,
        "earlier_extensions": 0,
    }
    values.update(overrides)
    return terms.extension_flags(**values)


def test_a_timely_first_extension_with_a_reason_within_the_cap_is_clean():
    assert flags() == []
    # Decided on the last day of the term, up to the cap itself: still clean.
    assert flags(decided_on=D(2026, 4, 14), new_due=D(2026, 5, 19)) == []


def test_each_flag():
    assert flags(decided_on=D(2026, 4, 15)) == [Flag.LATE]
    assert flags(reason="В связи с необходимостью дополнительного изучения.") == [
        Flag.BOILERPLATE_REASON
    ]
    assert flags(earlier_extensions=1) == [Flag.REPEATED]
    assert flags(new_due=D(2026, 5, 20)) == [Flag.BEYOND_CAP]


def test_all_flags_at_once_in_order():
    assert flags(
        decided_on=D(2026, 4, 20),
        reason="",
        earlier_extensions=2,
        new_due=D(2026, 6, 1),
    ) == [Flag.LATE, Flag.BOILERPLATE_REASON, Flag.REPEATED, Flag.BEYOND_CAP]
