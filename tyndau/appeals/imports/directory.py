"""The directory an import resolves names against, read once: bodies, territories, spheres,
answer terms and the working calendar. Nothing here queries the database after `load`."""

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from django.utils import timezone

from tyndau.deadlines import terms
from tyndau.deadlines.calendar import WorkingCalendar
from tyndau.deadlines.services import best_answer_setting, calendar, term_settings
from tyndau.directory.models import Body, Sphere, Territory

AMBIGUOUS = -1


def _name_key(value: str) -> str:
    return " ".join(value.split()).casefold()


@dataclass
class Lookup:
    """Finds an id by code or by a name in any of the three languages (case-insensitive)."""

    codes: dict[str, int] = field(default_factory=dict)
    names: dict[str, int] = field(default_factory=dict)

    def add(self, pk: int, code: str, *names: str) -> None:
        self.codes[code.casefold()] = pk
        for name in {_name_key(n) for n in names if n}:
            known = self.names.get(name)
            self.names[name] = pk if known in (None, pk) else AMBIGUOUS

    def find(self, value: str) -> int | None:
        """The id, None when unknown, AMBIGUOUS when a name belongs to several."""
        key = value.strip().casefold()
        if key in self.codes:
            return self.codes[key]
        return self.names.get(_name_key(value))


@dataclass
class Directory:
    bodies: dict[int, Body]
    spheres: dict[int, Sphere]
    body: Lookup
    territory: Lookup
    sphere: Lookup
    term_settings: list[tuple[str, str | None, int, str]] = field(default_factory=list)
    zone: dt.tzinfo = field(default_factory=timezone.get_current_timezone)
    calendar: WorkingCalendar = field(default_factory=calendar)
    _answer_settings: dict[tuple[str, int], tuple[int, str]] = field(default_factory=dict)
    _dues: dict[tuple[int, str, dt.date], dt.date] = field(default_factory=dict)
    _numbers: dict[dt.date, int] = field(default_factory=dict)
    _origin: dt.date | None = None

    @classmethod
    def load(cls) -> "Directory":
        bodies = {b.pk: b for b in Body.objects.all()}
        spheres = {s.pk: s for s in Sphere.objects.all()}
        body, territory, sphere = Lookup(), Lookup(), Lookup()
        for b in bodies.values():
            body.add(b.pk, b.code, b.name_ru, b.name_kk, b.name_en)
        for t in Territory.objects.only("pk", "kato", "name_ru", "name_kk", "name_en"):
            territory.add(t.pk, t.kato, t.name_ru, t.name_kk, t.name_en)
        for s in spheres.values():
            sphere.add(s.pk, s.code, s.name_ru, s.name_kk, s.name_en)
        return cls(bodies, spheres, body, territory, sphere, list(term_settings()))

    @cached_property
    def own_territory(self) -> dict[int, int | None]:
        """Each body's own territory (an akimat's), by the body's id."""
        return {pk: body.territory_id for pk, body in self.bodies.items()}

    def answer_due(self, kind: str, body: Body, received: dt.date) -> dt.date:
        """`deadlines.services.answer_due_for(kind, body, received).due`, each setting and
        each day computed once per import."""
        setting = self._answer_settings.get((kind, body.pk))
        if setting is None:
            setting = best_answer_setting(self.term_settings, kind, body)
            self._answer_settings[(kind, body.pk)] = setting
        working_days, basis = setting
        key = (working_days, basis, received)
        due = self._dues.get(key)
        if due is None:
            due = self._dues[key] = terms.answer_due(
                received, self.calendar, working_days, basis
            ).due
        return due

    def day(self, moment: dt.datetime) -> dt.date:
        """`timezone.localdate(moment)`, without looking the zone up each time."""
        return moment.astimezone(self.zone).date()

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """`calendar.working_days_between`, from the working days numbered once."""
        return self._number(end) - self._number(start)

    def _number(self, day: dt.date) -> int:
        """Working days from the first day numbered through `day` (negative before it)."""
        number = self._numbers.get(day)
        if number is None:
            anchor = dt.date(day.year, 1, 1)
            self._origin = self._origin or anchor
            through = self.calendar.working_days_between(self._origin, anchor)
            one = dt.timedelta(days=1)
            current = anchor
            while current.year == day.year:  # a year at a time
                self._numbers[current] = through
                current += one
                through += self.calendar.is_working_day(current)
            number = self._numbers[day]
        return number
