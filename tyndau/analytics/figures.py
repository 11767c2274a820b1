"""Reading the roll-ups: the figures for any body (with its units), territory, sphere,
executor and period, and the per-body table the e-government portal publishes.

Everything here reads `DailyFigures` / `DailySpread` (thousands of rows), never the appeals,
except the open appeals that are overdue today: that is a state, not an event, and the
appeals table answers it through its (status, due date) index.
"""

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from django.db.models import Q, QuerySet, Sum
from django.utils import timezone

from tyndau.analytics.models import (
    DailyBodyFigures,
    DailyBodySpread,
    DailyFigures,
    DailySpread,
    MonthlyBodySpread,
)
from tyndau.analytics.rollup import DAYS, MEASURES, REASON, median, percentile
from tyndau.analytics.shares import answered_share, dissatisfied_share
from tyndau.directory.models import Body


@dataclass(frozen=True)
class Scope:
    """Which appeals a figure covers. Bodies are given with their units (a subtree); an
    executor's figures come from the people rows, everything else from the place rows."""

    bodies: tuple[int, ...] | None = None
    territories: tuple[int, ...] | None = None
    sphere: int | None = None  # a top-level sphere
    executor: int | None = None

    @classmethod
    def of_body(cls, body: Body, **more) -> "Scope":
        return cls(bodies=tuple(body.subtree().values_list("pk", flat=True)), **more)

    def rows(self, model, date_from: date, date_to: date) -> QuerySet:
        rows = model.objects.filter(day__gte=date_from, day__lte=date_to)
        rows = rows.filter(executor=self.executor or 0)
        if self.bodies is not None:
            rows = rows.filter(body__in=self.bodies)
        if self.territories is not None:
            rows = rows.filter(territory__in=self.territories)
        if self.sphere:
            rows = rows.filter(sphere=self.sphere)
        return rows


@dataclass
class Summary:
    counts: dict[str, int]
    days: dict[int, int] = field(default_factory=dict)  # answers by working days taken
    reasons: dict[str, int] = field(default_factory=dict)
    overdue_open: int = 0

    def __getattr__(self, name: str) -> int:
        if name in MEASURES:
            return self.counts.get(name, 0)
        raise AttributeError(name)

    @property
    def answered_share(self) -> str:
        return answered_share(self.counts.get("answered", 0), self.counts.get("received", 0))

    @property
    def dissatisfied_share(self) -> str:
        return dissatisfied_share(self.counts.get("dissatisfied", 0), self.counts.get("ratings", 0))

    @property
    def overdue(self) -> int:
        """Open appeals past their term today, plus those answered late in the period."""
        return self.overdue_open + self.counts.get("answered_late", 0)

    @property
    def mean_days(self) -> float | None:
        answered = sum(self.days.values())
        return round(self.counts.get("answer_days", 0) / answered, 1) if answered else None

    @property
    def median_days(self) -> float | None:
        return median(self.days)

    @property
    def p90_days(self) -> float | None:
        return percentile(self.days, 0.9)

    @property
    def repeat_outcomes(self) -> dict[str, int]:
        return {
            outcome: self.counts.get(f"repeat_{outcome}", 0)
            for outcome in ("satisfied", "refused", "explained", "terminated")
        }


def _sums(rows: QuerySet, *group: str) -> list[dict]:
    return list(rows.values(*group).annotate(**{m: Sum(m) for m in MEASURES}).order_by(*group))


def summary(
    scope: Scope, date_from: date, date_to: date, overdue_open: int | None = None
) -> Summary:
    """Every figure of `scope` over the period. `overdue_open` (the open appeals past their
    term today, the same for any period) is counted unless the caller has it already."""
    totals = scope.rows(DailyFigures, date_from, date_to).aggregate(**{m: Sum(m) for m in MEASURES})
    spread = (
        scope.rows(DailySpread, date_from, date_to)
        .values("measure", "value")
        .annotate(n=Sum("count"))
    )
    days, reasons = Counter(), Counter()
    for row in spread:
        if row["measure"] == DAYS:
            days[int(row["value"])] += row["n"]
        elif row["measure"] == REASON:
            reasons[row["value"]] += row["n"]
    return Summary(
        counts={m: totals[m] or 0 for m in MEASURES},
        days=dict(+days),
        reasons=dict(reasons.most_common()),
        overdue_open=overdue_now(scope) if overdue_open is None else overdue_open,
    )


def overdue_now(scope: Scope) -> int:
    """Appeals open past their due day: the `open` counts on the rows of days before today."""
    yesterday = timezone.localdate() - timedelta(days=1)
    rows = scope.rows(DailyFigures, date.min, yesterday).filter(open__gt=0)
    return rows.aggregate(n=Sum("open"))["n"] or 0


def by_day(scope: Scope, date_from: date, date_to: date) -> list[dict]:
    """The period day by day (days without any figure left out)."""
    return _sums(scope.rows(DailyFigures, date_from, date_to), "day")


# --- the portal's per-body table ---------------------------------------------------------


@dataclass
class BodyRow:
    body: Body
    received: int = 0
    answered: int = 0
    ratings: int = 0
    dissatisfied: int = 0
    overdue: int = 0
    repeat: int = 0
    days: Counter = field(default_factory=Counter)

    @property
    def answered_share(self) -> str:
        return answered_share(self.answered, self.received)

    @property
    def dissatisfied_share(self) -> str:
        return dissatisfied_share(self.dissatisfied, self.ratings)

    @property
    def median_days(self) -> float | None:
        return median(self.days)


def by_body(date_from: date, date_to: date) -> list[BodyRow]:
    """One row per body appeals are addressed to (a ministry, an akimat...), its units
    included: what the e-government portal publishes, plus overdue, repeats and the median
    time to answer. Bodies with nothing in the period are left out."""
    bodies, top_of = top_bodies()
    rows: dict[int, BodyRow] = {}

    def row_of(body_id: int) -> BodyRow:
        top = top_of.get(body_id, body_id)
        if top not in rows:
            rows[top] = BodyRow(bodies[top])
        return rows[top]

    body_rows = DailyBodyFigures.objects.filter(day__gte=date_from, day__lte=date_to)
    for sums in _sums(body_rows, "body"):
        row = row_of(sums["body"])
        row.received += sums["received"] or 0
        row.answered += sums["answered"] or 0
        row.ratings += sums["ratings"] or 0
        row.dissatisfied += sums["dissatisfied"] or 0
        row.repeat += sums["received_repeat"] or 0
        row.overdue += sums["answered_late"] or 0
    for body, value, count in body_spread(DAYS, date_from, date_to):
        row_of(body).days[int(value)] += count
    overdue_now = defaultdict(int)
    late = DailyBodyFigures.objects.filter(day__lt=timezone.localdate(), open__gt=0)
    for item in late.values("body").annotate(n=Sum("open")):
        overdue_now[top_of.get(item["body"], item["body"])] += item["n"]
    for top, count in overdue_now.items():
        if top in rows:
            rows[top].overdue += count
    return sorted(rows.values(), key=lambda r: (-r.received, r.body.name))


def body_spread(measure: str, date_from: date, date_to: date) -> list[tuple[int, str, int]]:
    """(body, value, count) of a distribution over the period. Whole months come from the
    monthly roll-up. A month only partly in the period comes from its daily rows inside the
    period, or, when fewer of its days with figures lie outside (this month's days after
    today have none yet), from its monthly row less its daily rows outside: "this year" is
    then read from monthly rows alone."""
    today = timezone.localdate()
    months: list[date] = []
    inside, outside = Q(pk__in=[]), Q(pk__in=[])
    month = date_from.replace(day=1)
    while month <= date_to:
        last = _next_month(month) - timedelta(days=1)
        start, end = max(month, date_from), min(last, date_to)
        if (start, end) == (month, last):
            months.append(month)
        elif (start - month).days + max(0, (min(last, today) - end).days) < (end - start).days + 1:
            months.append(month)
            outside |= Q(day__gte=month, day__lt=start) | Q(day__gt=end, day__lte=last)
        else:
            inside |= Q(day__gte=start, day__lte=end)
        month = last + timedelta(days=1)
    total: Counter = Counter()
    parts = [
        (MonthlyBodySpread.objects.filter(month__in=months), 1),
        (DailyBodySpread.objects.filter(inside), 1),
        (DailyBodySpread.objects.filter(outside), -1),
    ]
    for rows, sign in parts:
        for item in rows.filter(measure=measure).values("body", "value").annotate(n=Sum("count")):
            total[(item["body"], item["value"])] += sign * item["n"]
    return [(body, value, count) for (body, value), count in total.items() if count]


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def top_bodies() -> tuple[dict[int, Body], dict[int, int]]:
    """Every body by id, and for each the id of the body appeals are addressed to (a unit's
    ministry or akimat): one query, walked in memory."""
    bodies = {b.pk: b for b in Body.objects.all()}
    top_of = {}
    for pk, body in bodies.items():
        node = body
        while node.kind == Body.Kind.UNIT and node.parent_id in bodies:
            node = bodies[node.parent_id]
        top_of[pk] = node.pk
    return bodies, top_of


# --- rankings --------------------------------------------------------------------------------


def by_unit(body: Body, date_from: date, date_to: date, scope: Scope | None = None) -> list:
    """The body itself and each of its direct units (with their own units), side by side."""
    scope = scope or Scope.of_body(body)
    children = list(body.children.all())
    groups = [(body, [body.pk])] + [
        (child, list(child.subtree().values_list("pk", flat=True))) for child in children
    ]
    sums = {row["body"]: row for row in _sums(scope.rows(DailyFigures, date_from, date_to), "body")}
    ranked = []
    for group, ids in groups:
        counts = Counter()
        for pk in ids:
            counts.update({m: sums[pk][m] or 0 for m in MEASURES} if pk in sums else {})
        if counts.get("received") or counts.get("answered"):
            ranked.append((group, Summary(counts=dict(counts))))
    return sorted(ranked, key=lambda pair: -(pair[1].counts.get("received", 0)))


def by_executor(scope: Scope, date_from: date, date_to: date) -> list[tuple[int, Summary]]:
    """Each executor of the scope's bodies with what they answered in the period."""
    rows = DailyFigures.objects.filter(day__gte=date_from, day__lte=date_to, executor__gt=0)
    if scope.bodies is not None:
        rows = rows.filter(body__in=scope.bodies)
    return [
        (row["executor"], Summary(counts={m: row[m] or 0 for m in MEASURES}))
        for row in _sums(rows, "executor")
    ]


def total_of(rows: list[BodyRow]) -> BodyRow:
    """The portal tables' last line: all bodies together."""
    total = BodyRow(body=None)
    for row in rows:
        total.received += row.received
        total.answered += row.answered
        total.ratings += row.ratings
        total.dissatisfied += row.dissatisfied
    return total


PUBLISHED = Path(__file__).resolve().parent / "data" / "ministries_2023-02-07.csv"


def published_ministries(language: str) -> list[dict]:
    """The portal's own table of 7 February 2023 (shown as history), each ministry named in
    `language` where the directory knows it."""
    with PUBLISHED.open(encoding="utf-8") as source:
        rows = list(csv.DictReader(source))
    names = [r["ministry_ru"] for r in rows]
    bodies = {b.name_ru: b for b in Body.objects.filter(name_ru__in=names)}
    for row in rows:
        body = bodies.get(row["ministry_ru"])
        row["name"] = body.name_in(language) if body else row["ministry_ru"]
    return rows
