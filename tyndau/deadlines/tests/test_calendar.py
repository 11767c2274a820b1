"""The working calendar alone: no database."""

import datetime as dt

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tyndau.deadlines.calendar import WorkingCalendar

D = dt.date


def test_weekends_and_holidays_are_not_working_days():
    calendar = WorkingCalendar()
    assert not calendar.is_working_day(D(2026, 3, 21))  # Nauryz, Saturday
    assert not calendar.is_working_day(D(2026, 3, 23))  # Nauryz
    assert not calendar.is_working_day(D(2026, 3, 24))  # Nauryz moved from the weekend
    assert not calendar.is_working_day(D(2026, 1, 1))
    assert not calendar.is_working_day(D(2026, 11, 28))  # Saturday
    assert calendar.is_working_day(D(2026, 11, 24))


def test_fifteen_working_days_cross_nauryz_2026():
    # Received Thursday 19 March 2026: 20 March is day 1, 21-25 March are Nauryz (with the
    # days moved from the weekend), then 26, 27, 30, 31 March and ten days of April.
    assert WorkingCalendar().add_working_days(D(2026, 3, 19), 15) == D(2026, 4, 14)


def test_counting_starts_the_day_after_receipt():
    calendar = WorkingCalendar()
    assert calendar.add_working_days(D(2026, 11, 23), 1) == D(2026, 11, 24)
    assert calendar.add_working_days(D(2026, 11, 27), 1) == D(2026, 11, 30)  # Friday → Monday


def test_new_year_is_skipped():
    # 31 December 2026 is day 1; 1-2 January 2027 are holidays (Friday, Saturday) and the
    # Saturday one moves to Monday 4 January, so day 2 is Tuesday 5 January.
    assert WorkingCalendar().add_working_days(D(2026, 12, 30), 2) == D(2027, 1, 5)


def test_administrator_overrides_win():
    calendar = WorkingCalendar(days_off=[D(2026, 11, 24)], working_days=[D(2026, 11, 28)])
    assert not calendar.is_working_day(D(2026, 11, 24))
    assert calendar.is_working_day(D(2026, 11, 28))


def test_working_days_between_is_signed():
    calendar = WorkingCalendar()
    assert calendar.working_days_between(D(2026, 11, 23), D(2026, 11, 27)) == 4
    assert calendar.working_days_between(D(2026, 11, 27), D(2026, 11, 23)) == -4
    assert calendar.working_days_between(D(2026, 11, 23), D(2026, 11, 23)) == 0


def test_working_days_between_agrees_with_counting_day_by_day():
    calendar = WorkingCalendar(days_off=[D(2026, 6, 1)], working_days=[D(2026, 6, 6)])
    start = D(2025, 12, 20)
    for length in range(0, 400, 7):
        end = start + dt.timedelta(days=length)
        counted = sum(
            calendar.is_working_day(start + dt.timedelta(days=offset))
            for offset in range(1, length + 1)
        )
        assert calendar.working_days_between(start, end) == counted


# --- properties, for any start in 2024-2028 and any count of 1..60 working days -------------

FIRST, LAST = D(2024, 1, 1), D(2028, 12, 31)
PLAIN = WorkingCalendar()
KZ = holidays.country_holidays("KZ", years=range(2023, 2031))  # the oracle: the package alone
fast = settings(max_examples=150, deadline=None, database=None)
fast_with_corrections = settings(fast, max_examples=80)  # each builds its own year prefix
starts = st.dates(min_value=FIRST, max_value=LAST)
counts = st.integers(min_value=1, max_value=60)


@st.composite
def overridden(draw) -> tuple[WorkingCalendar, dt.date, frozenset, frozenset]:
    """A start and an administrator's corrections near it (where they change the count).
    A day may land in both sets: then the working day wins, as in `is_working_day`."""
    start = draw(starts)
    near = st.integers(min_value=-14, max_value=120).map(lambda n: start + dt.timedelta(days=n))
    days_off = frozenset(draw(st.sets(near, max_size=12)))
    working_days = frozenset(draw(st.sets(near, max_size=12)))
    return WorkingCalendar(days_off, working_days), start, days_off, working_days


@fast
@given(starts, counts)
def test_the_result_is_a_working_day_after_the_start(start, count):
    due = PLAIN.add_working_days(start, count)
    assert PLAIN.is_working_day(due)
    assert due > start
    assert PLAIN.add_working_days(start, 0) == start


@fast
@given(starts, counts, counts)
def test_strictly_increasing_in_the_count(start, a, b):
    if a == b:
        return
    low, high = sorted((a, b))
    assert PLAIN.add_working_days(start, low) < PLAIN.add_working_days(start, high)


@fast
@given(starts, st.integers(min_value=0, max_value=40), counts)
def test_non_decreasing_in_the_start(start, later_by, count):
    later = start + dt.timedelta(days=later_by)
    assert PLAIN.add_working_days(start, count) <= PLAIN.add_working_days(later, count)


@fast
@given(starts, counts)
def test_between_counts_back_what_add_counted(start, count):
    due = PLAIN.add_working_days(start, count)
    assert PLAIN.working_days_between(start, due) == count
    assert PLAIN.working_days_between(due, start) == -count


@fast_with_corrections
@given(overridden(), counts, counts)
def test_properties_hold_with_the_administrators_corrections(drawn, a, b):
    calendar, start, days_off, working_days = drawn
    due = calendar.add_working_days(start, a)
    assert calendar.is_working_day(due)
    assert calendar.working_days_between(start, due) == a
    if a != b:
        low, high = sorted((a, b))
        assert calendar.add_working_days(start, low) < calendar.add_working_days(start, high)
    later = start + dt.timedelta(days=b % 20)
    assert due <= calendar.add_working_days(later, a)

    # And it agrees with the package, corrected day by day, without WorkingCalendar.
    def working(day: dt.date) -> bool:
        if day in working_days:
            return True
        return day not in days_off and KZ.is_working_day(day)

    day, left = start, a
    while left:
        day += dt.timedelta(days=1)
        left -= working(day)
    assert due == day


@fast_with_corrections
@given(overridden())
def test_corrections_win_over_the_package(drawn):
    calendar, _, days_off, working_days = drawn
    assert all(calendar.is_working_day(day) for day in working_days)
    assert not any(calendar.is_working_day(day) for day in days_off - working_days)


# --- every holiday of 2025-2027, crossed by a one-day term -----------------------------------

HOLIDAYS_2025_2027 = sorted(holidays.country_holidays("KZ", years=[2025, 2026, 2027]))


@pytest.mark.parametrize("holiday", HOLIDAYS_2025_2027, ids=str)
def test_a_term_across_every_holiday_lands_after_the_holiday_block(holiday):
    # The expectation walks days with the package's own is_working_day, not WorkingCalendar.
    start = holiday - dt.timedelta(days=1)
    while not KZ.is_working_day(start):
        start -= dt.timedelta(days=1)
    expected = holiday + dt.timedelta(days=1)
    while not KZ.is_working_day(expected):
        expected += dt.timedelta(days=1)
    assert not KZ.is_working_day(holiday)
    assert WorkingCalendar().add_working_days(start, 1) == expected


def test_the_holidays_crossed_are_the_calendar_pages_holidays():
    listed = [h.date for year in (2025, 2026, 2027) for h in PLAIN.holidays(year)]
    assert listed == HOLIDAYS_2025_2027
    assert len(listed) >= 50  # some 18-21 a year


# --- named edge cases -------------------------------------------------------------------------


@pytest.mark.parametrize("received", [D(2026, 3, 20), D(2026, 3, 21), D(2026, 3, 24)])
def test_fifteen_working_days_from_friday_before_or_inside_nauryz_2026(received):
    # Nauryz 2026: Saturday 21 - Wednesday 25 March (21-23 March, with the weekend days moved
    # to 24-25 March). From Friday 20 March (or from inside the holiday) day 1 is Thursday 26
    # March: 26, 27, 30, 31 March and 1-3, 6-10, 13-15 April: Wednesday 15 April 2026.
    assert PLAIN.add_working_days(received, 15) == D(2026, 4, 15)
    assert [PLAIN.is_working_day(D(2026, 3, day)) for day in range(20, 27)] == [
        True,  # Friday 20
        False,  # Saturday 21, Nauryz
        False,  # Sunday 22, Nauryz
        False,  # Monday 23, Nauryz
        False,  # Tuesday 24, Nauryz moved from Saturday
        False,  # Wednesday 25, Nauryz moved from Sunday
        True,  # Thursday 26
    ]


def test_fifteen_working_days_cross_new_year_2027():
    # Received Wednesday 30 December 2026: day 1 is Thursday 31 December; 1 January 2027
    # (Friday) and 2 January (Saturday) are New Year, the Saturday one moved to Monday 4
    # January; 7 January (Thursday) is Orthodox Christmas. Days 2-15: 5, 6, 8, 11-15, 18-22,
    # 25 January: Monday 25 January 2027.
    assert not PLAIN.is_working_day(D(2027, 1, 4))
    assert PLAIN.add_working_days(D(2026, 12, 30), 15) == D(2027, 1, 25)
    assert PLAIN.add_working_days(D(2026, 12, 31), 1) == D(2027, 1, 5)
    assert PLAIN.working_days_between(D(2026, 12, 30), D(2027, 1, 25)) == 15


@pytest.mark.parametrize(
    "received",
    [D(2026, 11, 27), D(2026, 11, 28), D(2026, 11, 29)],
    ids=["friday", "saturday", "sunday"],
)
def test_receipt_on_friday_saturday_or_sunday_counts_from_monday(received):
    # Friday 27, Saturday 28 or Sunday 29 November 2026: day 1 is Monday 30 November; 16
    # December (Wednesday) is Independence Day, so day 15 is Monday 21 December 2026.
    assert PLAIN.add_working_days(received, 1) == D(2026, 11, 30)
    assert PLAIN.add_working_days(received, 15) == D(2026, 12, 21)
    # Received on Thursday 26 November: one working day earlier, Friday 18 December.
    assert PLAIN.add_working_days(D(2026, 11, 26), 15) == D(2026, 12, 18)


def test_transferred_day_off_and_working_sunday_of_january_2025():
    # The government moved the day off from Sunday 5 January 2025 to Friday 3 January: 1-4
    # January are days off, Sunday 5 January is a working day, 7 January (Tuesday) is Orthodox
    # Christmas. Received Tuesday 31 December 2024: day 1 is Sunday 5 January, day 2 Monday 6
    # January, day 3 Wednesday 8 January.
    assert not PLAIN.is_working_day(D(2025, 1, 3))
    assert PLAIN.is_working_day(D(2025, 1, 5))
    assert PLAIN.weekend_working_days(2025) == [D(2025, 1, 5)]
    assert [h.transferred for h in PLAIN.holidays(2025) if h.date == D(2025, 1, 3)] == [True]
    assert PLAIN.add_working_days(D(2024, 12, 31), 1) == D(2025, 1, 5)
    assert PLAIN.add_working_days(D(2024, 12, 31), 2) == D(2025, 1, 6)
    assert PLAIN.add_working_days(D(2024, 12, 31), 3) == D(2025, 1, 8)
    # 15 days: 5, 6, 8-10, 13-17, 20-24 January: Friday 24 January 2025.
    assert PLAIN.add_working_days(D(2024, 12, 31), 15) == D(2025, 1, 24)
    assert PLAIN.working_days_between(D(2024, 12, 31), D(2025, 1, 24)) == 15


def test_eid_al_adha_2026_estimated_and_moved_by_the_administrator():
    # Eid al-Adha (Kurban Ait) 2026 is estimated by the package on Wednesday 27 May.
    assert not PLAIN.is_working_day(D(2026, 5, 27))
    assert PLAIN.unconfirmed_estimates(2026) == [D(2026, 5, 27)]
    # Received Tuesday 26 May: day 1 is Thursday 28 May; day 15 is Wednesday 17 June 2026
    # (28, 29 May; 1-5, 8-12, 15-17 June).
    assert PLAIN.add_working_days(D(2026, 5, 26), 1) == D(2026, 5, 28)
    assert PLAIN.add_working_days(D(2026, 5, 26), 15) == D(2026, 6, 17)

    # The decree puts the holiday on Tuesday 26 May instead: 27 May works, 26 May is off.
    moved = WorkingCalendar(days_off=[D(2026, 5, 26)], working_days=[D(2026, 5, 27)])
    assert moved.unconfirmed_estimates(2026) == []
    assert not moved.is_working_day(D(2026, 5, 26))
    assert moved.is_working_day(D(2026, 5, 27))
    # Received Monday 25 May: day 1 is Wednesday 27 May (was Tuesday 26 May).
    assert PLAIN.add_working_days(D(2026, 5, 25), 1) == D(2026, 5, 26)
    assert moved.add_working_days(D(2026, 5, 25), 1) == D(2026, 5, 27)
    # Received on the moved holiday, 26 May: days 27-29 May, 1-5, 8-12, 15-16 June: Tuesday 16
    # June, one day earlier than with the estimate.
    assert moved.add_working_days(D(2026, 5, 26), 15) == D(2026, 6, 16)
    # A term that runs across both days is as long either way: received Wednesday 20 May,
    # due Thursday 11 June 2026.
    assert PLAIN.add_working_days(D(2026, 5, 20), 15) == D(2026, 6, 11)
    assert moved.add_working_days(D(2026, 5, 20), 15) == D(2026, 6, 11)
    # Confirming the estimate keeps the day off and clears the "estimated" mark.
    confirmed = WorkingCalendar(confirmed=[D(2026, 5, 27)])
    assert not confirmed.is_working_day(D(2026, 5, 27))
    assert confirmed.unconfirmed_estimates(2026) == []
    assert [h.estimated for h in confirmed.holidays(2026) if h.date == D(2026, 5, 27)] == [False]


def test_working_days_in_a_month():
    # March 2026: 22 weekdays less 9 March (Women's Day observed), 23-25 March (Nauryz): 18.
    assert PLAIN.working_days_in_month(2026, 3) == 18
    # December 2026: 23 weekdays less 16 December: 22. January 2025: 23 weekdays less 1-3 and
    # 7 January, plus Sunday 5 January: 20.
    assert PLAIN.working_days_in_month(2026, 12) == 22
    assert PLAIN.working_days_in_month(2025, 1) == 20
