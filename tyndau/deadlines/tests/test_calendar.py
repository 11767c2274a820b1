"""The working calendar alone: no database."""

import datetime as dt

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
