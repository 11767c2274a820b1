"""Ids and dates as they come in query strings and form fields. What does not fit is None or
a form error, never an exception from deep in the database layer: a number too long for the
database's integers, a digit Python reads but int() does not ("²"), a year that cannot be
turned into UTC (1 January of the year 1 in Astana is still the year 0 in UTC)."""

from datetime import date

from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

# The days Tyndau has a legal calendar for; no appeal, period or statistic lies outside them.
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2100, 12, 31)
OUTSIDE_CALENDAR = _("Enter a date from 1 January 2000 to 31 December 2100.")
DATE_VALIDATORS = [
    MinValueValidator(FIRST_DAY, message=OUTSIDE_CALENDAR),
    MaxValueValidator(LAST_DAY, message=OUTSIDE_CALENDAR),
]
MAX_ID = 2**63 - 1


def id_from(value: object) -> int | None:
    """A record's id as sent: ASCII digits that fit a 64-bit integer, else None."""
    if not isinstance(value, str) or not value.isascii() or not value.isdigit():
        return None
    if len(value) > 19 or int(value) > MAX_ID:
        return None
    return int(value)


def within_calendar(day: date) -> bool:
    return FIRST_DAY <= day <= LAST_DAY
