"""Kazakhstan's working calendar. Pure Python: no Django here, so its tests run in milliseconds.

Built on the `holidays` package's KZ calendar (public holidays, holidays on a weekend moved to
the next working day, the government's transfers of days off); `days_off` and `working_days`
are the administrator's corrections on top of it.
"""

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _kz_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("KZ", years=[year])


class WorkingCalendar:
    def __init__(
        self,
        days_off: Iterable[dt.date] = (),
        working_days: Iterable[dt.date] = (),
    ) -> None:
        self.days_off = frozenset(days_off)
        self.working_days = frozenset(working_days)
        self._prefix_by_year: dict[int, list[int]] = {}

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.working_days:
            return True
        if day in self.days_off:
            return False
        return _kz_holidays(day.year).is_working_day(day)

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
            day += dt.timedelta(days=1)
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


DEFAULT_CALENDAR = WorkingCalendar()
