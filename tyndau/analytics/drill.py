"""The appeals behind a number on the dashboard: each measure of the roll-ups as a query on
the appeals, with the same scope and period, so a head can open what a figure counts."""

import datetime as dt

from django.conf import settings
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from tyndau.analytics.figures import Scope
from tyndau.answers.models import NEEDS_OVERRIDE, AnswerState
from tyndau.appeals.models import Appeal
from tyndau.appeals.workflow import OPEN_STATUSES, Status
from tyndau.deadlines.models import Extension, Term


def between(field: str, date_from: dt.date, date_to: dt.date) -> Q:
    zone = timezone.get_current_timezone()
    start = dt.datetime.combine(date_from, dt.time.min, zone)
    end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min, zone)
    return Q(**{f"{field}__gte": start, f"{field}__lt": end})


def _answered(date_from, date_to) -> Q:
    return between("answered_at", date_from, date_to)


def _received(date_from, date_to) -> Q:
    return between("received_at", date_from, date_to)


def _rated(date_from, date_to) -> Q:
    return between("rating__created_at", date_from, date_to)


MEASURE_FILTERS = {
    "received": _received,
    "received_urgent": lambda a, b: _received(a, b) & Q(is_urgent=True),
    "received_repeat": lambda a, b: _received(a, b) & Q(repeat_of__isnull=False),
    "answered": _answered,
    "answered_late": lambda a, b: _answered(a, b) & Q(answered_at__date__gt=F("due_date")),
    "answered_urgent": lambda a, b: _answered(a, b) & Q(is_urgent=True),
    "closed_without_answer": lambda a, b: (
        between("closed_at", a, b)
        & Q(status__in=[Status.LEFT_WITHOUT_CONSIDERATION, Status.TERMINATED])
    ),
    "formal_answers": lambda a, b: (
        _answered(a, b)
        & Q(answers__state=AnswerState.SENT, answers__quality_verdict__in=NEEDS_OVERRIDE)
    ),
    "ratings": _rated,
    "dissatisfied": lambda a, b: (
        _rated(a, b) & Q(rating__score__lte=settings.RATING_DISSATISFIED_AT_MOST)
    ),
    "breached": lambda a, b: Q(
        pk__in=Term.objects.filter(between("breached_at", a, b)).values("appeal_id")
    ),
    "unjustified_extensions": lambda a, b: Q(
        pk__in=Extension.objects.filter(between("decided_at", a, b))
        .exclude(flags=[])
        .values("appeal_id")
    ),
}


def overdue(date_from: dt.date, date_to: dt.date) -> Q:
    """Open past the term today, or answered late in the period."""
    late_now = Q(status__in=OPEN_STATUSES, due_date__lt=timezone.localdate())
    return late_now | MEASURE_FILTERS["answered_late"](date_from, date_to)


MEASURE_FILTERS["overdue"] = overdue


def appeals_behind(measure: str, scope: Scope, date_from: dt.date, date_to: dt.date) -> QuerySet:
    """The appeals a figure counts. Raises KeyError for a measure with no appeals behind it."""
    appeals = Appeal.objects.filter(MEASURE_FILTERS[measure](date_from, date_to))
    if scope.executor:
        appeals = appeals.filter(executor_id=scope.executor)
    if scope.bodies is not None:
        appeals = appeals.filter(body_id__in=scope.bodies)
    if scope.territories is not None:
        appeals = appeals.filter(territory_id__in=scope.territories)
    if scope.sphere:
        appeals = appeals.filter(Q(sphere_id=scope.sphere) | Q(sphere__parent_id=scope.sphere))
    return appeals.exclude(status=Status.MERGED).distinct()
