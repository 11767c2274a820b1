"""Keeping the roll-ups current, and rebuilding them from the raw data.

Every change to an appeal is written as an event, and every event written calls `refresh`
(a signal connected in `analytics.apps`): the appeal's facts are read again, and the
difference between what it contributes now and what it contributed before is added to the
roll-ups, in the same transaction. `rebuild` throws the roll-ups away and sums every appeal
again; the two must agree (tests/test_rollups.py).
"""

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Iterable

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from tyndau.analytics import bulk, rollup
from tyndau.analytics.models import (
    KEY,
    AppealFacts,
    DailyBodyFigures,
    DailyBodySpread,
    DailyFigures,
    DailySpread,
    MonthlyBodySpread,
)
from tyndau.analytics.rollup import MEASURES, Contribution, Facts
from tyndau.answers.models import NEEDS_OVERRIDE, AnswerState
from tyndau.appeals.models import Appeal, AppealEvent, EventKind
from tyndau.appeals.workflow import OPEN_STATUSES, Status
from tyndau.deadlines.services import calendar

CLOSED_WITHOUT_ANSWER = (Status.LEFT_WITHOUT_CONSIDERATION, Status.TERMINATED)


# --- an appeal's facts ---------------------------------------------------------------------


def facts_of(appeal: Appeal, *, just_filed: bool = False) -> Facts | None:
    """What `appeal` contributes, read from the database (None for a merged duplicate: it is
    counted as the appeal it joined). A just-filed appeal has no answer, rating, extension or
    breach yet, so those are not looked up."""
    if appeal.status == Status.MERGED:
        return None
    if just_filed:
        return _facts(appeal, [], None, [], [])
    sent = [a for a in appeal.answers.all() if a.state == AnswerState.SENT]
    rating = getattr(appeal, "rating", None) if _has_rating(appeal) else None
    return _facts(appeal, sent, rating, list(appeal.extensions.all()), list(appeal.terms.all()))


def _has_rating(appeal: Appeal) -> bool:
    try:
        appeal.rating  # noqa: B018 — raises when there is none
    except Appeal.rating.RelatedObjectDoesNotExist:
        return False
    return True


def _facts(appeal: Appeal, sent: list, rating, extensions: list, terms: list) -> Facts:
    received_on = timezone.localdate(appeal.received_at)
    answered_on = timezone.localdate(appeal.answered_at) if appeal.answered_at else None
    closed_on = None
    if appeal.status in CLOSED_WITHOUT_ANSWER and appeal.closed_at:
        closed_on = timezone.localdate(appeal.closed_at)
    latest = max(sent, key=lambda a: a.sent_at or a.created_at, default=None)
    breaches = [t.breached_at for t in terms if t.breached_at]
    sphere = appeal.sphere
    return Facts(
        received_on=received_on,
        body=appeal.body_id,
        territory=appeal.territory_id or 0,
        sphere=(sphere.parent_id or sphere.pk) if sphere else 0,
        executor=appeal.executor_id or 0,
        urgent=appeal.is_urgent,
        repeat=appeal.repeat_of_id is not None,
        answered_on=answered_on,
        answer_days=(
            max(0, calendar().working_days_between(received_on, answered_on))
            if answered_on
            else None
        ),
        late=bool(answered_on and appeal.due_date and answered_on > appeal.due_date),
        closed_on=closed_on,
        outcome=appeal.outcome or "",
        formal=bool(latest and latest.quality_verdict in NEEDS_OVERRIDE),
        rated_on=timezone.localdate(rating.created_at) if rating else None,
        dissatisfied=bool(rating and rating.dissatisfied),
        reasons=tuple(rating.reasons) if rating and rating.dissatisfied else (),
        unjustified_extensions=tuple(
            sorted(timezone.localdate(e.decided_at) for e in extensions if e.flags and e.decided_at)
        ),
        breached_on=timezone.localdate(min(breaches)) if breaches else None,
        open_due=appeal.due_date if appeal.status in OPEN_STATUSES else None,
    )


# --- keeping them current ------------------------------------------------------------------


# Events that change nothing an appeal's facts are read from (a letter delivered, the private
# link replaced): the roll-ups have nothing to follow, and the outbox writes one per letter.
CHANGE_NO_FACTS = frozenset({EventKind.NOTIFIED, EventKind.LINK_REPLACED})


def refresh_after(event: AppealEvent) -> None:
    """The roll-ups after an appeal's event was written (in its transaction)."""
    if event.kind not in CHANGE_NO_FACTS:
        refresh(event.appeal, just_filed=event.kind == EventKind.FILED)


# Set on an appeal instance once its facts row is written (read by the filing's last refresh).
FACTS_STORED = "_tyndau_facts_stored"


def refresh(appeal: Appeal, *, just_filed: bool = False) -> None:
    """Bring the roll-ups up to date with `appeal` as it is now. Runs inside the caller's
    transaction; the appeal's facts row is locked, so two changes to one appeal at once add
    their differences one after the other."""
    # No savepoint: a roll-up that cannot be written fails the change it follows.
    with transaction.atomic(savepoint=False):
        if just_filed and not getattr(appeal, FACTS_STORED, False):
            # Filed in this very transaction and counted by nothing yet (a link found at
            # intake is counted first): no other transaction can see it, let alone change
            # it, and the filing's instance holds every column as written.
            stored, fresh = None, appeal
        else:
            stored = AppealFacts.objects.select_for_update().filter(appeal_id=appeal.pk).first()
            fresh = Appeal.objects.select_related("sphere").get(pk=appeal.pk)
        before = stored_facts(stored) if stored else None
        after = facts_of(fresh, just_filed=just_filed)
        if after == before:
            return
        apply(rollup.contributions(after).minus(rollup.contributions(before)))
        row = stored or AppealFacts(appeal_id=appeal.pk)
        for name, value in fact_columns(after).items():
            setattr(row, name, value)
        row.save(force_insert=stored is None)
        setattr(appeal, FACTS_STORED, True)


FACT_FIELDS = tuple(f.name for f in dataclasses.fields(Facts))


def stored_facts(row: AppealFacts) -> Facts | None:
    """The facts a row keeps (None when it counts nothing)."""
    if row.received_on is None:
        return None
    values = {name: getattr(row, name) for name in FACT_FIELDS}
    values["reasons"] = tuple(row.reasons)
    values["unjustified_extensions"] = tuple(
        dt.date.fromisoformat(day) for day in row.unjustified_extensions
    )
    return Facts(**values)


def fact_columns(facts: Facts | None) -> dict:
    """The columns of an `AppealFacts` row keeping `facts`."""
    if facts is None:
        return {name: AppealFacts._meta.get_field(name).get_default() for name in FACT_FIELDS}
    values = {name: getattr(facts, name) for name in FACT_FIELDS}
    values["reasons"] = list(facts.reasons)
    values["unjustified_extensions"] = [d.isoformat() for d in facts.unjustified_extensions]
    return values


def apply(change: Contribution) -> None:
    """Add `change` to the roll-up rows, creating the rows it needs; the place rows summed
    per day and body go to the body tables too."""
    per_body: dict[tuple, Counter] = {}
    for (day, body, _territory, _sphere, executor), counts in change.counts.items():
        if not executor:
            per_body.setdefault((day, body), Counter()).update(counts)
    body_spread: Counter = Counter()
    for (day, body, _t, _s, executor, measure, value), count in change.spread.items():
        if not executor:
            body_spread[(day, body, measure, value)] += count
    if per_body:
        _upsert(
            DailyBodyFigures._meta.db_table,
            ("day", "body"),
            MEASURES,
            [(*key, *(n.get(m, 0) for m in MEASURES)) for key, n in per_body.items()],
        )
    if body_spread:
        _upsert(
            DailyBodySpread._meta.db_table,
            ("day", "body", "measure", "value"),
            ("count",),
            [(*key, count) for key, count in body_spread.items()],
        )
        monthly: Counter = Counter()
        for (day, body, measure, value), count in body_spread.items():
            monthly[(day.replace(day=1), body, measure, value)] += count
        _upsert(
            MonthlyBodySpread._meta.db_table,
            ("month", "body", "measure", "value"),
            ("count",),
            [(*key, count) for key, count in monthly.items()],
        )
    if change.counts:
        _upsert(
            DailyFigures._meta.db_table,
            KEY,
            MEASURES,
            [
                (*key, *(counts.get(m, 0) for m in MEASURES))
                for key, counts in change.counts.items()
            ],
        )
    if change.spread:
        _upsert(
            DailySpread._meta.db_table,
            (*KEY, "measure", "value"),
            ("count",),
            [(*key, count) for key, count in change.spread.items()],
        )


# Rows per statement: a few hundred rows in one INSERT is one round trip instead of hundreds,
# and stays under SQLite's limit of 32,766 parameters (26 columns here).
UPSERT_ROWS = 500


def _upsert(table: str, key: Iterable[str], measures: Iterable[str], rows: list[tuple]) -> None:
    key, measures = list(key), list(measures)
    if connection.vendor == "postgresql" and len(rows) > COPY_FROM_ROWS:
        _upsert_by_copy(table, key, measures, rows)
        return
    columns = ", ".join(key + measures)
    one_row = "(" + ", ".join(["%s"] * (len(key) + len(measures))) + ")"
    with connection.cursor() as cursor:
        for start in range(0, len(rows), UPSERT_ROWS):
            chunk = rows[start : start + UPSERT_ROWS]
            sql = (
                f"INSERT INTO {table} ({columns}) VALUES {', '.join([one_row] * len(chunk))} "  # nosec B608: SQL of model metadata and constants; values are bound parameters
                f"{bulk.on_conflict(table, key, measures)}"
            )
            cursor.execute(sql, [value for row in chunk for value in row])


# On PostgreSQL a big change (an import's batch, a rebuild's chunk) goes through COPY into a
# temporary table and one INSERT ... SELECT: psycopg spends longer turning thousands of
# placeholders into a statement than the server spends running it.
COPY_FROM_ROWS = 1000


def _upsert_by_copy(table: str, key: list[str], measures: list[str], rows: list[tuple]) -> None:
    staging, columns = f"{table}_change", ", ".join(key + measures)
    with connection.cursor() as cursor:
        raw = cursor.cursor
        raw.execute(
            f"CREATE TEMPORARY TABLE IF NOT EXISTS {staging} ON COMMIT DELETE ROWS "  # nosec B608: SQL of model metadata and constants; values are bound parameters
            f"AS SELECT {columns} FROM {table} WITH NO DATA"
        )
        raw.execute(f"TRUNCATE {staging}")
        with raw.copy(f"COPY {staging} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        raw.execute(
            f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {staging} "  # nosec B608: SQL of model metadata and constants; values are bound parameters
            f"{bulk.on_conflict(table, key, measures)}"
        )


# --- rebuilding ----------------------------------------------------------------------------

ROLLUP_TABLES = (
    DailyFigures,
    DailySpread,
    DailyBodyFigures,
    DailyBodySpread,
    MonthlyBodySpread,
    AppealFacts,
)


def rebuild() -> int:
    """Recompute every roll-up from the appeals as they are, in SQL (`analytics.bulk`).
    Returns the appeals read."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # Sums over millions of rows: let the hash aggregates stay in memory rather than
            # spill to disk (for this transaction only).
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL work_mem = %s", [settings.ROLLUP_REBUILD_WORK_MEM])
        _empty(ROLLUP_TABLES)
        bulk.write_facts()
        bulk.insert_sums()
        apply(bulk.listed())
        count = AppealFacts.objects.count()
    if connection.vendor == "postgresql":
        # Fresh statistics for the planner and, outside a transaction, a fresh visibility
        # map, so the covering indexes answer without visiting the table.
        command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
        with connection.cursor() as cursor:
            for model in ROLLUP_TABLES:
                cursor.execute(f"{command} {model._meta.db_table}")
    return count


def _empty(models: Iterable) -> None:
    tables = [model._meta.db_table for model in models]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # TRUNCATE refuses tables with foreign-key checks still pending in this
            # transaction (rows written earlier in it): run them now.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(f"TRUNCATE {', '.join(tables)}")
        else:
            for table in tables:
                cursor.execute(f"DELETE FROM {table}")  # nosec B608: SQL of model metadata and constants; values are bound parameters
