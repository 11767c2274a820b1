"""The public legal calendar: working days, holidays and days off of a year, as terms count them.
The dates come from `services.calendar()`; this module only lays them out as month grids."""

import calendar as month_layout
import datetime as dt
from dataclasses import dataclass, field, replace

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tyndau.deadlines import services
from tyndau.deadlines.calendar import Holiday, WorkingCalendar
from tyndau.deadlines.holiday_names import holiday_name
from tyndau.deadlines.models import CalendarOverride

FIRST_YEAR, LAST_YEAR = 2000, 2100

WORKING, WEEKEND = "working", "weekend"
HOLIDAY, OBSERVED, TRANSFERRED = "holiday", "observed", "transferred"
WEEKEND_WORKING, DAY_OFF = "weekend-working", "day-off"

MEANINGS = {
    WORKING: gettext_lazy("working day"),
    WEEKEND: gettext_lazy("weekend"),
    HOLIDAY: gettext_lazy("public holiday"),
    OBSERVED: gettext_lazy("day off: a holiday that fell on a weekend, moved here"),
    TRANSFERRED: gettext_lazy("day off transferred by a government decree"),
    WEEKEND_WORKING: gettext_lazy("Saturday or Sunday made a working day"),
    DAY_OFF: gettext_lazy("day off set by an administrator's correction"),
}
# Colour is not the only sign: each kind of day has its symbol, estimated dates a question mark.
SYMBOLS = {HOLIDAY: "★", OBSERVED: "↪", TRANSFERRED: "⇄", WEEKEND_WORKING: "⚒", DAY_OFF: "✎"}
ESTIMATED_SYMBOL = "?"
LEGEND_ORDER = (WORKING, WEEKEND, HOLIDAY, OBSERVED, TRANSFERRED, WEEKEND_WORKING, DAY_OFF)


def today() -> dt.date:
    """Today in Kazakhstan (a function, so tests can move it)."""
    return timezone.localdate()


@dataclass(frozen=True)
class Day:
    date: dt.date
    kind: str
    name: str = ""  # the holiday's name in the active language
    estimated: bool = False  # the package's estimate of a lunar holiday, not yet confirmed
    correction: str = ""  # the administrator's correction of this day (its kind's label)
    label: str = ""  # everything above in words: the cell's title and aria-label
    is_today: bool = False

    @property
    def symbol(self) -> str:
        return SYMBOLS.get(self.kind, "") + (ESTIMATED_SYMBOL if self.estimated else "")

    @property
    def css(self) -> str:
        classes = [self.kind]
        if self.estimated:
            classes.append("estimated")
        if self.correction:
            classes.append("corrected")
        if self.date.weekday() >= 5:
            classes.append("sat-sun")
        return " ".join(classes)

    @property
    def listed(self) -> bool:
        """Shown in the list under its month: anything but an ordinary working day or weekend."""
        return self.kind not in (WORKING, WEEKEND) or bool(self.name or self.correction)

    @property
    def meaning(self) -> str:
        return str(MEANINGS[self.kind])

    @property
    def description(self) -> str:
        """What the list under the month says of this day."""
        if self.kind in (HOLIDAY, TRANSFERRED) and self.name:
            return self.name
        if self.kind == OBSERVED and self.name:
            return _("%(holiday)s (moved from the weekend)") % {"holiday": self.name}
        if self.name:
            return f"{self.meaning} ({self.name})"
        return self.meaning


@dataclass
class Month:
    first: dt.date
    weeks: list[list[Day | None]]
    working_days: int
    listed: list[Day] = field(default_factory=list)


def _label(day: Day) -> str:
    parts = [f"{date_format(day.date)}, {WEEKDAYS[day.date.weekday()]}: {day.meaning}"]
    if day.name:
        parts.append(day.name)
    if day.estimated:
        parts.append(_("estimated date, not yet confirmed"))
    if day.correction:
        parts.append(_("administrator's correction: %(kind)s") % {"kind": day.correction})
    return "; ".join(parts)


def _day(
    cal: WorkingCalendar,
    date: dt.date,
    holiday: Holiday | None,
    unconfirmed: set[dt.date],
    overrides: dict[dt.date, CalendarOverride],
    current: dt.date,
) -> Day:
    weekend = date.weekday() >= 5
    if cal.is_working_day(date):
        kind = WEEKEND_WORKING if weekend else WORKING
    elif holiday is not None:
        kind = TRANSFERRED if holiday.transferred else OBSERVED if holiday.observed else HOLIDAY
    else:
        kind = WEEKEND if weekend else DAY_OFF
    override = overrides.get(date)
    day = Day(
        date=date,
        kind=kind,
        name=holiday_name(holiday.name) if holiday else "",
        estimated=date in unconfirmed,
        correction=override.get_kind_display() if override else "",
        is_today=date == current,
    )
    return replace(day, label=_label(day))


def year_months(
    cal: WorkingCalendar, year: int, overrides: dict[dt.date, CalendarOverride], current: dt.date
) -> list[Month]:
    holidays = {h.date: h for h in cal.holidays(year)}
    unconfirmed = set(cal.unconfirmed_estimates(year))
    months = []
    for number in range(1, 13):
        weeks = [
            [
                _day(cal, date, holidays.get(date), unconfirmed, overrides, current)
                if date.month == number
                else None
                for date in week
            ]
            for week in month_layout.Calendar(firstweekday=0).monthdatescalendar(year, number)
        ]
        listed = [day for week in weeks for day in week if day is not None and day.listed]
        months.append(
            Month(dt.date(year, number, 1), weeks, cal.working_days_in_month(year, number), listed)
        )
    return months


def upcoming_estimates(cal: WorkingCalendar, current: dt.date) -> list[tuple[dt.date, str]]:
    """Unconfirmed estimated holidays from today to the end of next year, with their names."""
    found = []
    for year in (current.year, current.year + 1):
        names = {h.date: holiday_name(h.name) for h in cal.holidays(year)}
        found += [(d, names[d]) for d in cal.unconfirmed_estimates(year) if d >= current]
    return found


def calendar_page(request: HttpRequest, year: int | None = None) -> HttpResponse:
    current = today()
    year = current.year if year is None else year
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise Http404("No calendar for this year")
    cal = services.calendar()
    corrections = list(CalendarOverride.objects.filter(date__year=year))
    months = year_months(cal, year, {c.date: c for c in corrections}, current)
    legend = [(kind, MEANINGS[kind], SYMBOLS.get(kind, "")) for kind in LEGEND_ORDER]
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
            "estimates": upcoming_estimates(cal, current),
            "weekdays": [(WEEKDAYS_ABBR[i], WEEKDAYS[i]) for i in range(7)],
            "legend": legend,
            "estimated_symbol": ESTIMATED_SYMBOL,
        },
    )
