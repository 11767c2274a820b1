"""The public legal calendar page; the layout is `presenters`, the dates `services.calendar()`."""

import datetime as dt

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR

from tyndau.deadlines import services
from tyndau.deadlines.models import CalendarOverride
from tyndau.deadlines.presenters import (
    ESTIMATED_SYMBOL,
    legend,
    unconfirmed_holidays,
    year_months,
)

FIRST_YEAR, LAST_YEAR = 2000, 2100


def today() -> dt.date:
    """Today in Kazakhstan (a function, so tests can move it)."""
    return timezone.localdate()


def calendar_page(request: HttpRequest, year: int | None = None) -> HttpResponse:
    current = today()
    year = current.year if year is None else year
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise Http404("No calendar for this year")
    cal = services.calendar()
    corrections = list(CalendarOverride.objects.filter(date__year=year))
    months = year_months(cal, year, {c.date: c for c in corrections}, current)
    return render(
        request,
        "deadlines/calendar.html",
        {
            "year": year,
            "months": months,
            "total_working_days": sum(m.working_days for m in months),
            "previous_year": year - 1 if year > FIRST_YEAR else None,
            "next_year": year + 1 if year < LAST_YEAR else None,
            "this_year": current.year,
            "corrections": corrections,
            "estimates": unconfirmed_holidays(cal, (current.year, current.year + 1), current),
            "weekdays": [(WEEKDAYS_ABBR[i], WEEKDAYS[i]) for i in range(7)],
            "legend": legend(),
            "estimated_symbol": ESTIMATED_SYMBOL,
        },
    )
