"""Terms of the appeals law, computed on the legal calendar."""

import datetime as dt

from django.utils import timezone

from tyndau.deadlines.calendar import DEFAULT_CALENDAR, WorkingCalendar

ANSWER_TERM_WORKING_DAYS = 15  # АППК РК ст. 76 п. 1


def calendar() -> WorkingCalendar:
    return DEFAULT_CALENDAR


def answer_due(received_at: dt.datetime) -> dt.date:
    """Due date of the answer: 15 working days counted from the day after receipt."""
    received_day = timezone.localdate(received_at)
    return calendar().add_working_days(received_day, ANSWER_TERM_WORKING_DAYS)


def working_days_left(due: dt.date, today: dt.date | None = None) -> int:
    today = today or timezone.localdate()
    return calendar().working_days_between(today, due)
