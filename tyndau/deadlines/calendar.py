"""Kazakhstan's working calendar. Pure Python: no Django here, so its tests run in milliseconds.

Built on the `holidays` package's KZ calendar: public holidays, holidays on a weekend moved to
the next working day, the government's transfers of days off (a weekday off, a Saturday made a
working day). Religious holidays of the lunar calendar (Kurban Ait) are marked *estimated* by
the package until somebody confirms them. An administrator's corrections come on top:
`days_off` and `working_days` override the package, `confirmed` marks estimated holidays as
confirmed on the date the package gives.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import holidays

ESTIMATED_SUFFIX = " (estimated)"
OBSERVED_SUFFIX = " (observed)"
DAY = dt.timedelta(days=1)


@lru_cache(maxsize=64)
def _kz_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("KZ", years=[year], language="en_US")


@dataclass(frozen=True)
class Holiday:
    """A day the package lists as not working, as the calendar page shows it."""

    date: dt.date
    name: str  # English name without the package's "(estimated)"/"(observed)" suffixes
    estimated: bool  # the package's estimate, not yet confirmed by an administrator
    observed: bool  # a holiday on a weekend, moved to this working day
    transferred: bool  # a day off moved here by the government's decree


def _parse(label: str) -> tuple[str, bool, bool, bool]:
    names = label.split("; ")
    estimated = any(ESTIMATED_SUFFIX in name for name in names)
    observed = any(name.endswith(OBSERVED_SUFFIX) for name in names)
    transferred = any(name.startswith("Day off") for name in names)
    clean = [name.replace(OBSERVED_SUFFIX, "").replace(ESTIMATED_SUFFIX, "") for name in names]
    return "; ".join(dict.fromkeys(clean)), estimated, observed, transferred


class WorkingCalendar:
    def __init__(
        self,
        days_off: Iterable[dt.date] = (),
        working_days: Iterable[dt.date] = (),
        confirmed: Iterable[dt.date] = (),
    ) -> None:
        self.days_off = frozenset(days_off)
        self.working_days = frozenset(working_days)
        self.confirmed = frozenset(confirmed)
        self._prefix_by_year: dict[int, list[int]] = {}

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.working_days:
            return True
        if day in self.days_off:
            return False
        return _kz_holidays(day.year).is_working_day(day)

    def next_working_day(self, day: dt.date) -> dt.date:
        """`day` itself if it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += DAY
        return day

    def previous_working_day(self, day: dt.date) -> dt.date:
        """`day` itself if it is a working day, else the last working day before it."""
        while not self.is_working_day(day):
            day -= DAY
        return day

    def _prefix(self, year: int) -> list[int]:
        """prefix[i]: working days from 1 January up to and including day i (0-based)."""
        if year not in self._prefix_by_year:
            first = dt.date(year, 1, 1)
            length = (dt.date(year + 1, 1, 1) - first).days
            running, prefix = 0, []
            for offset in range(length):
                running += self.is_working_day(first + dt.timedelta(days=offset))
                prefix.append(running)
            self._prefix_by_year[year] = prefix
        return self._prefix_by_year[year]

    def _working_days_through(self, day: dt.date, since_year: int) -> int:
        """Working days from 1 January of `since_year` through `day` inclusive."""
        full_years = sum(self._prefix(year)[-1] for year in range(since_year, day.year))
        return full_years + self._prefix(day.year)[day.timetuple().tm_yday - 1]

    def add_working_days(self, start: dt.date, count: int) -> dt.date:
        """The `count`-th working day after `start` (the day of `start` itself never counts)."""
        if count < 0:
            raise ValueError("count must not be negative")
        day = start
        remaining = count
        while remaining:
            day += DAY
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]; negative when end is before start."""
        if end < start:
            return -self.working_days_between(end, start)
        return self._working_days_through(end, start.year) - self._working_days_through(
            start, start.year
        )

    def holidays(self, year: int) -> list[Holiday]:
        """The package's non-working days of `year` (weekends aside), as the page lists them."""
        listed = []
        for day, label in sorted(_kz_holidays(year).items()):
            name, estimated, observed, transferred = _parse(label)
            listed.append(
                Holiday(day, name, estimated and day not in self.confirmed, observed, transferred)
            )
        return listed

    def weekend_working_days(self, year: int) -> list[dt.date]:
        """Saturdays and Sundays made working days, by the government or the administrator."""
        package = _kz_holidays(year).weekend_workdays
        days = {d for d in package if d.year == year} | {
            d for d in self.working_days if d.year == year and d.weekday() >= 5
        }
        return sorted(days)

    def unconfirmed_holidays(self, year: int) -> list[Holiday]:
        """Estimated holidays nobody has confirmed (or moved) yet: terms across them may shift."""
        return [
            h
            for h in self.holidays(year)
            if h.estimated and h.date not in self.days_off and h.date not in self.working_days
        ]

    def unconfirmed_estimates(self, year: int) -> list[dt.date]:
        return [h.date for h in self.unconfirmed_holidays(year)]

    def working_days_in_month(self, year: int, month: int) -> int:
        first = dt.date(year, month, 1)
        last = dt.date(year + month // 12, month % 12 + 1, 1) - DAY
        return self.working_days_between(first - DAY, last)


DEFAULT_CALENDAR = WorkingCalendar()
