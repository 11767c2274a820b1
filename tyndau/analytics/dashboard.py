"""The head's dashboard, put together from the roll-ups: the morning's monitoring report,
the period against the one before, trends, units and executors ranked, reasons for
dissatisfaction. Every number links to the appeals behind it (`drill`)."""

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from tyndau.accounts.models import User
from tyndau.analytics import figures
from tyndau.analytics.figures import Scope, Summary
from tyndau.appeals.models import OUTCOME_LABELS
from tyndau.directory.models import Body, Sphere, Territory
from tyndau.ratings.models import Reason

# The figures the cards show, in order: (measure, label, whether more is worse).
CARDS = (
    ("received", pgettext_lazy("number of appeals", "Received"), None),
    ("answered", _("Answered"), False),
    ("overdue", _("Overdue"), True),
    ("dissatisfied", _("Dissatisfied ratings"), True),
    ("received_repeat", _("Repeat appeals"), True),
    ("received_urgent", _("Urgent"), None),
    ("formal_answers", _("Formal answers sent"), True),
    ("unjustified_extensions", _("Unjustified extensions"), True),
    ("breached", _("Terms breached"), True),
)
DAY = dt.timedelta(days=1)


@dataclass
class Period:
    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def before(self) -> "Period":
        return Period(self.start - dt.timedelta(days=self.days), self.start - DAY)


@dataclass
class Card:
    measure: str
    label: str
    value: int
    previous: int
    worse_when_more: bool | None

    @property
    def change(self) -> int:
        return self.value - self.previous

    @property
    def tone(self) -> str:
        if not self.change or self.worse_when_more is None:
            return "same"
        return "worse" if (self.change > 0) == self.worse_when_more else "better"


def _value(summary: Summary, measure: str) -> int:
    return summary.overdue if measure == "overdue" else summary.counts.get(measure, 0)


def cards(now: Summary, before: Summary) -> list[Card]:
    return [
        Card(measure, str(label), _value(now, measure), _value(before, measure), worse)
        for measure, label, worse in CARDS
    ]


def morning(scope: Scope, today: dt.date, overdue_open: int) -> dict:
    """Yesterday against the day before: what changed since the last report."""
    yesterday = figures.summary(scope, today - DAY, today - DAY, overdue_open)
    day_before = figures.summary(scope, today - 2 * DAY, today - 2 * DAY, overdue_open)
    return {
        "day": today - DAY,
        "cards": cards(yesterday, day_before)[:5],
        "summary": yesterday,
    }


def trend(scope: Scope, period: Period) -> dict:
    """Day by day over the period, every day present (the charts need the empty ones)."""
    by_day = {row["day"]: row for row in figures.by_day(scope, period.start, period.end)}
    days = [period.start + DAY * n for n in range(period.days)]

    def series(measure: str) -> list[int]:
        return [(by_day.get(day) or {}).get(measure) or 0 for day in days]

    return {
        "labels": [day.isoformat() for day in days],
        "received": series("received"),
        "answered": series("answered"),
        "dissatisfied": series("dissatisfied"),
        "ratings": series("ratings"),
    }


def executors(scope: Scope, period: Period) -> list[dict]:
    ranked = figures.by_executor(scope, period.start, period.end)
    people = User.objects.in_bulk([pk for pk, _s in ranked])
    rows = [
        {"person": people.get(pk), "pk": pk, "summary": summary}
        for pk, summary in ranked
        if pk in people
    ]
    return sorted(rows, key=lambda r: (-(r["summary"].answered), r["person"].full_name))


def reasons(summary: Summary) -> list[tuple[str, int]]:
    labels = dict(Reason.choices)
    return [(str(labels.get(code, code)), count) for code, count in summary.reasons.items()]


def build(body: Body, scope: Scope, period: Period) -> dict:
    overdue_open = figures.overdue_now(scope)  # a state of today: counted once, not per period
    now = figures.summary(scope, period.start, period.end, overdue_open)
    before = figures.summary(scope, period.before.start, period.before.end, overdue_open)
    return {
        "body": body,
        "period": period,
        "summary": now,
        "previous": before,
        "cards": cards(now, before),
        "morning": morning(scope, timezone.localdate(), overdue_open),
        "trend": trend(scope, period),
        "units": figures.by_unit(body, period.start, period.end, scope)
        if not scope.executor
        else [],
        "executors": executors(scope, period),
        "reasons": reasons(now),
        "repeat_outcomes": [
            (str(OUTCOME_LABELS[outcome]), count) for outcome, count in now.repeat_outcomes.items()
        ],
    }


def choices(body: Body) -> dict:
    """What the filters offer: the body's units, the top spheres, the regions."""
    return {
        "unit_options": list(body.subtree().order_by("path")),
        "spheres": list(Sphere.objects.filter(parent__isnull=True).order_by("code")),
        "regions": list(Territory.objects.filter(parent__isnull=True).order_by("kato")),
    }
