"""Facts and roll-ups of every appeal at once, in SQL: the rebuild.

`services.facts_of` and `rollup.contributions` read one appeal at a time in Python, which
suits an appeal that just changed but would take hours over ten million. Here the same
reading is three statements: the appeals' facts are written with one INSERT ... SELECT (answer
times counted with `WorkingDayIndex`, the legal calendar's working days numbered), and the
facts are summed per roll-up row with GROUP BY. The rare facts that are lists (the reasons of
a dissatisfied rating, the days of unjustified extensions) are summed in Python by
`rollup.listed_contributions`. tests/test_rollups.py holds both readings equal.
"""

import datetime as dt
import re
from collections.abc import Sequence

from django.conf import settings
from django.db import connection
from django.db.models import Q
from django.utils import timezone

from tyndau.analytics import rollup
from tyndau.analytics.models import (
    KEY,
    AppealFacts,
    DailyBodyFigures,
    DailyBodySpread,
    DailyFigures,
    DailySpread,
    MonthlyBodySpread,
    WorkingDayIndex,
)
from tyndau.analytics.rollup import DAYS, DAYS_CAP, MEASURES, REPEAT_OUTCOMES, Contribution
from tyndau.answers.models import NEEDS_OVERRIDE, Answer, AnswerState
from tyndau.appeals.models import Appeal
from tyndau.appeals.workflow import OPEN_STATUSES, Status
from tyndau.deadlines.models import Extension, Term
from tyndau.deadlines.services import calendar
from tyndau.directory.models import Sphere
from tyndau.ratings.models import Rating

FACTS = AppealFacts._meta.db_table


# --- working days -------------------------------------------------------------------------


def number_working_days(first: dt.date, last: dt.date) -> None:
    """Number the working days from `first` (or earlier, if numbered already) to `last`."""
    known = WorkingDayIndex.objects.order_by("day")
    start, end = known.values_list("day", flat=True).first(), known.reverse().first()
    if start is not None and start <= first and end.day >= last:
        return
    first = min(first, start or first)
    last = max(last, end.day if end else last)
    working = calendar()
    rows, number, day = [], 0, first
    while day <= last:
        number += working.is_working_day(day)
        rows.append(WorkingDayIndex(day=day, number=number))
        day += dt.timedelta(days=1)
    WorkingDayIndex.objects.all().delete()
    WorkingDayIndex.objects.bulk_create(rows, batch_size=1000)


def _days_spanned() -> tuple[dt.date, dt.date] | None:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT MIN(received_at), MAX(received_at), MAX(answered_at) "  # nosec B608: SQL of model metadata and constants; values are bound parameters
            f"FROM {Appeal._meta.db_table}"
        )
        first, last_received, last_answered = cursor.fetchone()
    if first is None:
        return None
    moments = [m for m in (last_received, last_answered) if m is not None]
    return _local_day(first), max(_local_day(m) for m in moments)


def _local_day(moment) -> dt.date:
    if isinstance(moment, str):  # SQLite hands raw aggregates back as text
        moment = dt.datetime.fromisoformat(moment)
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, dt.UTC)
    return timezone.localdate(moment)


# --- facts ----------------------------------------------------------------------------------

COLUMNS = (
    "appeal_id",
    "received_on",
    "body",
    "territory",
    "sphere",
    "executor",
    "urgent",
    "repeat",
    "answered_on",
    "answer_days",
    "late",
    "closed_on",
    "outcome",
    "formal",
    "rated_on",
    "dissatisfied",
    "reasons",
    "unjustified_extensions",
    "breached_on",
    "open_due",
)


def write_facts() -> None:
    """Write the facts of every appeal (into the emptied table)."""
    span = _days_spanned()
    if span is None:
        return
    number_working_days(*span)
    select, params = _facts_select()
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {FACTS} ({', '.join(COLUMNS)}) {select}", params)
        empty = _empty_json()
        cursor.execute(
            f"INSERT INTO {FACTS} ({', '.join(COLUMNS)}) "  # nosec B608: SQL of model metadata and constants; values are bound parameters
            f"SELECT a.id, NULL, 0, 0, 0, 0, FALSE, FALSE, NULL, NULL, FALSE, NULL, '', FALSE, "
            f"NULL, FALSE, {empty}, {empty}, NULL, NULL FROM {Appeal._meta.db_table} a "
            "WHERE a.status = %s",
            [Status.MERGED],
        )


def _facts_select() -> tuple[str, list]:
    """The facts of every appeal in one SELECT. What an appeal has
    many of (answers, extensions, terms) is summed per appeal in derived tables joined once,
    which the database hashes, rather than looked up appeal by appeal."""
    appeal, sphere = Appeal._meta.db_table, Sphere._meta.db_table
    rating, answer = Rating._meta.db_table, Answer._meta.db_table
    extension, term = Extension._meta.db_table, Term._meta.db_table
    numbers = WorkingDayIndex._meta.db_table
    received, answered = _day("a.received_at"), _day("a.answered_at")
    latest_answers = (
        f"SELECT appeal_id, quality_verdict, ROW_NUMBER() OVER (PARTITION BY appeal_id "  # nosec B608: SQL of model metadata and constants; values are bound parameters
        f"ORDER BY COALESCE(sent_at, created_at) DESC, id) AS n FROM {answer} "
        "WHERE state = %s"
    )
    unjustified = (
        f"SELECT appeal_id, {_json_list('d')} AS days FROM (SELECT appeal_id, "  # nosec B608: SQL of model metadata and constants; values are bound parameters
        f"{_day('decided_at')} AS d FROM {extension} WHERE decided_at IS NOT NULL "
        f"AND {_json_length('flags')} > 0 ORDER BY appeal_id, d) e "
        f"GROUP BY appeal_id"
    )
    breaches = (
        f"SELECT appeal_id, MIN(breached_at) AS first FROM {term} "  # nosec B608: SQL of model metadata and constants; values are bound parameters
        "WHERE breached_at IS NOT NULL GROUP BY appeal_id"
    )
    open_marks = ", ".join(["%s"] * len(OPEN_STATUSES))
    sql = f"""
        SELECT a.id, {received}, a.body_id, COALESCE(a.territory_id, 0),
            COALESCE(s.parent_id, s.id, 0), COALESCE(a.executor_id, 0), a.is_urgent,
            {_true_if("a.repeat_of_id IS NOT NULL")},
            {answered},
            CASE WHEN a.answered_at IS NULL THEN NULL
                 WHEN wa.number < wr.number THEN 0 ELSE wa.number - wr.number END,
            {_true_if(f"a.due_date IS NOT NULL AND {answered} > a.due_date")},
            CASE WHEN a.status IN (%s, %s) THEN {_day("a.closed_at")} END,
            COALESCE(a.outcome, ''),
            {_true_if("v.quality_verdict IN (%s, %s)")},
            {_day("r.created_at")},
            {_true_if("r.score <= %s")},
            CASE WHEN r.score <= %s THEN r.reasons ELSE {_empty_json()} END,
            COALESCE(x.days, {_empty_json()}),
            {_day("tb.first")},
            CASE WHEN a.status IN ({open_marks}) THEN a.due_date END
        FROM {appeal} a
        LEFT JOIN {sphere} s ON s.id = a.sphere_id
        LEFT JOIN {rating} r ON r.appeal_id = a.id
        LEFT JOIN {numbers} wr ON wr.day = {received}
        LEFT JOIN {numbers} wa ON wa.day = {answered}
        LEFT JOIN ({latest_answers}) v ON v.appeal_id = a.id AND v.n = 1
        LEFT JOIN ({unjustified}) x ON x.appeal_id = a.id
        LEFT JOIN ({breaches}) tb ON tb.appeal_id = a.id
        WHERE a.status <> %s
    """  # nosec B608: SQL of model metadata and constants; values are bound parameters
    dissatisfied_at_most = settings.RATING_DISSATISFIED_AT_MOST
    params = [
        Status.LEFT_WITHOUT_CONSIDERATION,
        Status.TERMINATED,
        *NEEDS_OVERRIDE,
        dissatisfied_at_most,
        dissatisfied_at_most,
        *sorted(OPEN_STATUSES),
        AnswerState.SENT,
        Status.MERGED,
    ]
    return sql, params


# --- sums ---------------------------------------------------------------------------------

# What each dated fact adds, as `rollup.contributions` says: (the day column, {measure: the
# amount, a SQL expression over the facts row}). Conditions are counted as 1 or 0.
_CAPPED_DAYS = f"CASE WHEN answer_days > {DAYS_CAP} THEN {DAYS_CAP} ELSE answer_days END"
_REPEAT_OUTCOME = "repeat AND outcome = '{}'"
BRANCHES = (
    ("received_on", {"received": "1", "received_urgent": "urgent", "received_repeat": "repeat"}),
    (
        "answered_on",
        {
            "answered": "1",
            "answered_late": "late",
            "answer_days": f"COALESCE({_CAPPED_DAYS}, 0)",
            "answered_urgent": "urgent",
            "urgent_in_time": "urgent AND NOT late",
            "formal_answers": "formal",
            **{m: _REPEAT_OUTCOME.format(o) for o, m in REPEAT_OUTCOMES.items()},
        },
    ),
    (
        "closed_on",
        {
            "closed_without_answer": "1",
            **{
                m: _REPEAT_OUTCOME.format(o) + " AND answered_on IS NULL"
                for o, m in REPEAT_OUTCOMES.items()
            },
        },
    ),
    ("rated_on", {"ratings": "1", "dissatisfied": "dissatisfied"}),
    ("breached_on", {"breached": "1"}),
    ("open_due", {"open": "1"}),
)


def _amount(expression: str) -> str:
    if expression in ("1", "0") or expression.startswith("COALESCE"):
        return expression
    return f"CASE WHEN {expression} THEN 1 ELSE 0 END"


def figure_rows(*, people: bool, source: str = FACTS) -> str:
    """SELECT day, body, territory, sphere, executor, *MEASURES summed over the facts in
    `source` (every appeal's, or a staging table's)."""
    place = (
        ("0 AS territory", "0 AS sphere", "executor")
        if people
        else (
            "territory",
            "sphere",
            "0 AS executor",
        )
    )
    where = "received_on IS NOT NULL" + (" AND executor <> 0" if people else "")
    branches = []
    for day, amounts in BRANCHES:
        measures = ", ".join(f"{_amount(amounts.get(m, '0'))} AS {m}" for m in MEASURES)
        branches.append(
            f"SELECT {day} AS day, body, {', '.join(place)}, {measures} "  # nosec B608: SQL of model metadata and constants; values are bound parameters
            f"FROM {source} WHERE {where} AND {day} IS NOT NULL"
        )
    sums = ", ".join(f"SUM({m}) AS {m}" for m in MEASURES)
    sql = (
        f"SELECT day, body, territory, sphere, executor, {sums} "  # nosec B608: SQL of model metadata and constants; values are bound parameters
        f"FROM ({' UNION ALL '.join(branches)}) facts WHERE TRUE "
        f"GROUP BY day, body, territory, sphere, executor"
    )
    return sql


def days_spread_rows(*, people: bool, source: str = FACTS) -> str:
    """SELECT day, body, territory, sphere, executor, 'days', the days taken, answers."""
    place = "0, 0, executor" if people else "territory, sphere, 0"
    where = "answered_on IS NOT NULL AND answer_days IS NOT NULL AND received_on IS NOT NULL"
    where += " AND executor <> 0" if people else ""
    sql = (
        f"SELECT answered_on AS day, body, {place}, '{DAYS}' AS measure, "  # nosec B608: SQL of model metadata and constants; values are bound parameters
        f"CAST({_CAPPED_DAYS} AS VARCHAR(32)) AS value, COUNT(*) AS count "
        f"FROM {source} WHERE {where} "
        f"GROUP BY answered_on, body, {'executor' if people else 'territory, sphere'}, "
        f"{_CAPPED_DAYS}"
    )
    return sql


def listed(appeal_ids: Sequence[int] | None = None) -> Contribution:
    """The reasons of dissatisfied ratings and the days of unjustified extensions (of these
    appeals, or of all), summed in Python: few appeals have them, and SQL would read lists
    differently on each database."""
    from tyndau.analytics.services import stored_facts

    rows = AppealFacts.objects.filter(received_on__isnull=False).filter(
        Q(dissatisfied=True) | ~Q(unjustified_extensions=[])
    )
    if appeal_ids is not None:
        rows = rows.filter(appeal_id__in=appeal_ids)
    total = Contribution()
    for row in rows.iterator(chunk_size=5000):
        total.merge(rollup.listed_contributions(stored_facts(row)))
    return total


STAGING_FACTS = f"{FACTS}_staged"


def staging_facts() -> str:
    """An empty temporary table shaped like the facts', for this connection: an import
    writes a batch's facts there, copies them on, and sums them with `add_sums_from`
    without picking them out of millions."""
    with connection.cursor() as cursor:
        if _postgres():
            cursor.execute(f"CREATE TEMPORARY TABLE IF NOT EXISTS {STAGING_FACTS} (LIKE {FACTS})")
            cursor.execute(f"TRUNCATE {STAGING_FACTS}")
        else:
            cursor.execute(
                f"CREATE TEMPORARY TABLE IF NOT EXISTS {STAGING_FACTS} AS "  # nosec B608: SQL of model metadata and constants; values are bound parameters
                f"SELECT * FROM {FACTS} WHERE 0"
            )
            cursor.execute(f"DELETE FROM {STAGING_FACTS}")  # nosec B608: SQL of model metadata and constants; values are bound parameters
    return STAGING_FACTS


def add_sums_from(source: str) -> None:
    """Add what the facts in `source` (new appeals' facts, stored in the facts table too)
    count to the roll-ups, summed and upserted by the database with the rebuild's statements:
    an import adds thousands of appeals at a time, and their sums never pass through Python.
    The lists go through `listed`."""
    figures, spread = DailyFigures._meta.db_table, DailySpread._meta.db_table
    sums = ", ".join(f"SUM({m})" for m in MEASURES)
    spread_key = (*KEY, "measure", "value")
    month = _month("day")
    with connection.cursor() as cursor:
        for people in (False, True):
            place = figure_rows(people=people, source=source)
            cursor.execute(_upsert(figures, KEY, MEASURES, place))
            days = days_spread_rows(people=people, source=source)
            cursor.execute(_upsert(spread, spread_key, ("count",), days))
        cursor.execute(
            _upsert(
                DailyBodyFigures._meta.db_table,
                ("day", "body"),
                MEASURES,
                f"SELECT day, body, {sums} FROM ({figure_rows(people=False, source=source)}) f "  # nosec B608: SQL of model metadata and constants; values are bound parameters
                "WHERE TRUE GROUP BY day, body",
            )
        )
        body_spread = (
            "SELECT day, body, measure, value, SUM(count) AS count "  # nosec B608: SQL of model metadata and constants; values are bound parameters
            f"FROM ({days_spread_rows(people=False, source=source)}) s "
            "WHERE TRUE GROUP BY day, body, measure, value"
        )
        cursor.execute(
            _upsert(
                DailyBodySpread._meta.db_table,
                ("day", "body", "measure", "value"),
                ("count",),
                body_spread,
            )
        )
        cursor.execute(
            _upsert(
                MonthlyBodySpread._meta.db_table,
                ("month", "body", "measure", "value"),
                ("count",),
                f"SELECT {month}, body, measure, value, SUM(count) FROM ({body_spread}) b "  # nosec B608: SQL of model metadata and constants; values are bound parameters
                f"WHERE TRUE GROUP BY {month}, body, measure, value",
            )
        )
        cursor.execute(
            f"SELECT appeal_id FROM {source} WHERE received_on IS NOT NULL AND (dissatisfied "  # nosec B608: SQL of model metadata and constants; values are bound parameters
            f"OR {_json_length('unjustified_extensions')} > 0)"
        )
        listing = [pk for (pk,) in cursor.fetchall()]
    if listing:
        from tyndau.analytics.services import apply

        apply(listed(listing))


def _upsert(table: str, key: Sequence[str], measures: Sequence[str], select: str) -> str:
    return f"{_insert(table, (*key, *measures), select)} {on_conflict(table, key, measures)}"


def on_conflict(table: str, key: Sequence[str], measures: Sequence[str]) -> str:
    """Rows already there get the new amounts added."""
    added = ", ".join(f"{m} = {table}.{m} + excluded.{m}" for m in measures)
    return f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {added}"  # nosec B608: SQL of model metadata and constants; values are bound parameters


def insert_sums() -> None:
    """Fill the emptied roll-up tables from every appeal's facts (place and people rows never
    share a key, so plain INSERTs: no speculative insertion per row). The lists are left to
    `listed`."""
    figures, spread = DailyFigures._meta.db_table, DailySpread._meta.db_table
    sums = ", ".join(f"SUM({m})" for m in MEASURES)
    spread_columns = (*KEY, "measure", "value", "count")
    with connection.cursor() as cursor:
        for people in (False, True):
            cursor.execute(_insert(figures, (*KEY, *MEASURES), figure_rows(people=people)))
            cursor.execute(_insert(spread, spread_columns, days_spread_rows(people=people)))
        cursor.execute(
            _insert(
                DailyBodyFigures._meta.db_table,
                ("day", "body", *MEASURES),
                f"SELECT day, body, {sums} FROM {figures} WHERE executor = 0 GROUP BY day, body",  # nosec B608: SQL of model metadata and constants; values are bound parameters
            )
        )
        per_body = "day, body, measure, value"
        cursor.execute(
            _insert(
                DailyBodySpread._meta.db_table,
                ("day", "body", "measure", "value", "count"),
                f"SELECT {per_body}, SUM(count) FROM {spread} WHERE executor = 0 "  # nosec B608: SQL of model metadata and constants; values are bound parameters
                f"GROUP BY {per_body}",
            )
        )
        month = _month("day")
        cursor.execute(
            _insert(
                MonthlyBodySpread._meta.db_table,
                ("month", "body", "measure", "value", "count"),
                f"SELECT {month}, body, measure, value, SUM(count) "  # nosec B608: SQL of model metadata and constants; values are bound parameters
                f"FROM {DailyBodySpread._meta.db_table} GROUP BY {month}, body, measure, value",
            )
        )


def _insert(table: str, columns: Sequence[str], select: str) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) {select}"


# --- SQL that differs between the databases -------------------------------------------------

ZONE_NAME = re.compile(r"[A-Za-z0-9_/+\-]+")


def _day(column: str) -> str:
    """The local calendar day of a timestamp column, as Django's TruncDate reads it; the
    time zone is written into the statement (it comes from the settings, never from input)."""
    sql, params = connection.ops.datetime_cast_date_sql(
        column, (), timezone.get_current_timezone_name()
    )
    literals = []
    for value in params:
        if value is None:
            literals.append("NULL")
        elif ZONE_NAME.fullmatch(value):
            literals.append(f"'{value}'")
        else:
            raise ValueError(f"unexpected time zone name {value!r}")
    return sql % tuple(literals)


def _month(column: str) -> str:
    """The first day of the month of a date column."""
    if _postgres():
        return f"CAST(date_trunc('month', {column}) AS date)"
    return f"date({column}, 'start of month')"


def _true_if(condition: str) -> str:
    return f"CASE WHEN {condition} THEN TRUE ELSE FALSE END"


def _postgres() -> bool:
    return connection.vendor == "postgresql"


def _empty_json() -> str:
    return "'[]'::jsonb" if _postgres() else "'[]'"


def _json_list(column: str) -> str:
    # SQLite (before 3.44) has no ORDER BY in an aggregate: it keeps the order rows reach it
    # in, which the derived table sorts.
    return (
        f"jsonb_agg({column} ORDER BY {column})" if _postgres() else f"json_group_array({column})"
    )


def _json_length(column: str) -> str:
    return f"jsonb_array_length({column})" if _postgres() else f"json_array_length({column})"
