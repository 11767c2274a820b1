"""The legal calendar laid out for people: a year as month grids of days, each with its
meaning in words and a symbol, and the estimated holidays still to confirm."""

import calendar as month_layout
import datetime as dt
from dataclasses import dataclass, field, replace

from django.utils.dates import WEEKDAYS
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tyndau.deadlines.calendar import Holiday, WorkingCalendar
from tyndau.deadlines.holiday_names import holiday_name
from tyndau.deadlines.models import CalendarOverride

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


def unconfirmed_holidays(
    cal: WorkingCalendar, years: tuple[int, ...], since: dt.date | None = None
) -> list[dict]:
    """Estimated holidays of `years` (from `since` on) nobody has confirmed, with their names."""
    return [
        {"date": h.date, "name": holiday_name(h.name)}
        for year in years
        for h in cal.unconfirmed_holidays(year)
        if since is None or h.date >= since
    ]


def legend() -> list[tuple[str, str, str]]:
    """(kind, meaning, symbol) of every kind of day, in the order the legend shows them."""
    return [(kind, MEANINGS[kind], SYMBOLS.get(kind, "")) for kind in LEGEND_ORDER]
