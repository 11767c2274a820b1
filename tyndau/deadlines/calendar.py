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

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.working_days:
            return True
        if day in self.days_off:
            return False
        return _kz_holidays(day.year).is_working_day(day)

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
        return sum(
            self.is_working_day(start + dt.timedelta(days=offset))
            for offset in range(1, (end - start).days + 1)
        )


DEFAULT_CALENDAR = WorkingCalendar()
