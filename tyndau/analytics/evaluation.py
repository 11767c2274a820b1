"""The staff evaluation sheet: per executor (and per unit) for a period, the two criteria the
source study proposes for evaluating corps "B" civil servants on appeals:

- quality: no justified remarks (answers the head returned for revision), no formal answers
  sent, no repeat appeals caused by their answers, no complaints (dissatisfied ratings that
  opened a review or a complaint to the higher body);
- deadlines: no term breached, answers to appeals included (none answered late).

The counts come from the roll-ups' executor rows, the appeal events (returns) and the links
of repeat appeals; the verdict is a plain rule a head can check by hand.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from tyndau.accounts.models import Role, User
from tyndau.analytics import figures
from tyndau.analytics.drill import between
from tyndau.analytics.figures import Scope
from tyndau.appeals.models import AppealEvent, EventKind
from tyndau.directory.models import Body
from tyndau.ratings.models import Rating
from tyndau.related.models import Relation


@dataclass
class Sheet:
    person: User
    answered: int = 0
    answered_late: int = 0
    breached: int = 0
    returned: int = 0
    formal: int = 0
    repeats: int = 0
    complaints: int = 0
    ratings: int = 0
    dissatisfied: int = 0
    remarks: list[str] = field(default_factory=list)

    @property
    def quality_met(self) -> bool:
        return not (self.returned or self.formal or self.repeats or self.complaints)

    @property
    def deadlines_met(self) -> bool:
        return not (self.answered_late or self.breached)

    def explain(self) -> list[str]:
        said = []
        if self.returned:
            said.append(_("%(n)d answer(s) returned by the head") % {"n": self.returned})
        if self.formal:
            said.append(_("%(n)d formal answer(s) sent") % {"n": self.formal})
        if self.repeats:
            said.append(_("%(n)d repeat appeal(s) after their answers") % {"n": self.repeats})
        if self.complaints:
            said.append(_("%(n)d complaint(s) after a low rating") % {"n": self.complaints})
        if self.answered_late:
            said.append(_("%(n)d answered late") % {"n": self.answered_late})
        if self.breached:
            said.append(_("%(n)d term(s) breached") % {"n": self.breached})
        return [str(s) for s in said]


COUNTS = (
    "answered",
    "answered_late",
    "breached",
    "returned",
    "formal",
    "repeats",
    "complaints",
    "ratings",
    "dissatisfied",
)


def sheets(body: Body, date_from: dt.date, date_to: dt.date) -> list[Sheet]:
    """Every executor of the body and its units, with their counts for the period."""
    people = {
        u.pk: Sheet(u)
        for u in User.objects.filter(
            role=Role.EXECUTOR, body__path__startswith=body.path, is_active=True
        ).select_related("body")
    }
    scope = Scope.of_body(body)
    for executor, summary in figures.by_executor(scope, date_from, date_to):
        if executor in people:
            sheet = people[executor]
            sheet.answered, sheet.answered_late = summary.answered, summary.answered_late
            sheet.breached, sheet.formal = summary.breached, summary.formal_answers
            sheet.ratings, sheet.dissatisfied = summary.ratings, summary.dissatisfied
    returns = (
        AppealEvent.objects.filter(
            between("created_at", date_from, date_to),
            kind=EventKind.ANSWER_RETURNED,
            appeal__executor_id__in=people,
        )
        .values("appeal__executor_id")
        .annotate(n=Count("pk"))
    )
    for row in returns:
        people[row["appeal__executor_id"]].returned = row["n"]
    repeats = (
        Relation.objects.filter(
            between("created_at", date_from, date_to),
            kind=Relation.Kind.REPEAT,
            earlier_executor_id__in=people,
        )
        .exclude(state=Relation.State.REJECTED)
        .values("earlier_executor_id")
        .annotate(n=Count("pk"))
    )
    for row in repeats:
        people[row["earlier_executor_id"]].repeats = row["n"]
    complaints = (
        Rating.objects.filter(
            between("created_at", date_from, date_to),
            follow_up__isnull=False,
            appeal__executor_id__in=people,
        )
        .values("appeal__executor_id")
        .annotate(n=Count("pk"))
    )
    for row in complaints:
        people[row["appeal__executor_id"]].complaints = row["n"]
    return sorted(people.values(), key=lambda s: (s.person.body.path, s.person.full_name))


def by_unit(rows: list[Sheet]) -> list[tuple[Body, Sheet]]:
    """The same counts summed per unit (the body each executor belongs to)."""
    units: dict[int, tuple[Body, Sheet]] = {}
    for sheet in rows:
        unit = sheet.person.body
        if unit.pk not in units:
            units[unit.pk] = (unit, Sheet(sheet.person))
        total = units[unit.pk][1]
        for name in COUNTS:
            setattr(total, name, getattr(total, name) + getattr(sheet, name))
    return list(units.values())
