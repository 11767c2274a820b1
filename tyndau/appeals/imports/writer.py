"""Writing a batch of readings: what each becomes (appeal, rating, FILED event, facts), in
one transaction with the roll-ups, column by column and as raw rows (COPY on PostgreSQL)."""

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial

from django.conf import settings
from django.db import connection, models, transaction

from tyndau.analytics import bulk
from tyndau.analytics.models import AppealFacts
from tyndau.appeals.imports.directory import Directory
from tyndau.appeals.imports.rows import Reading, RowError
from tyndau.appeals.models import Appeal, AppealEvent, ApplicantType, EventKind
from tyndau.appeals.workflow import OPEN_STATUSES, Ground, Outcome, Status
from tyndau.ratings.models import Rating

REG_NUMBER_MAX = 40
SUBJECT_MAX = 200
# Where a reading (a `rows.Reading` or a plain tuple in its order) keeps these.
LINE, EXTERNAL_ID, SCORE, REPEAT_OF = (
    Reading._fields.index(name) for name in ("line", "external_id", "score", "repeat_of")
)


@dataclass
class BatchResult:
    imported: int = 0
    ratings: int = 0
    skipped: int = 0
    errors: list[RowError] = field(default_factory=list)


def import_batch(readings: list, directory: Directory, now: dt.datetime) -> BatchResult:
    """Insert the readings not imported before, with their ratings, FILED events and roll-ups,
    in one transaction. `repeat_of` must name an appeal already in the database (earlier
    batches are) or an earlier reading of this batch."""
    result = BatchResult()
    existing = _existing({r[EXTERNAL_ID] for r in readings})
    fresh, seen = [], set()
    for reading in readings:
        if reading[EXTERNAL_ID] in existing or reading[EXTERNAL_ID] in seen:
            result.skipped += 1
        else:
            seen.add(reading[EXTERNAL_ID])
            fresh.append(reading)
    targets = _existing({r[REPEAT_OF] for r in fresh if r[REPEAT_OF]} - seen)
    accepted, taken = [], set()
    for reading in fresh:
        repeat_of = reading[REPEAT_OF]
        if repeat_of and repeat_of not in targets and repeat_of not in taken:
            reason = (
                f"repeat_of '{repeat_of}' is neither an earlier row of the file nor an "
                "appeal imported before"
            )
            result.errors.append(RowError(reading[LINE], reading[EXTERNAL_ID], (reason,)))
            continue
        accepted.append(reading)
        taken.add(reading[EXTERNAL_ID])
    if accepted:
        with transaction.atomic():
            _write(accepted, targets, directory, now)
    result.imported = len(accepted)
    result.ratings = sum(1 for r in accepted if r[SCORE] is not None)
    return result


def _existing(external_ids: set[str]) -> dict[str, int]:
    """The ids of the appeals already imported under these external ids."""
    if not external_ids:
        return {}
    found: dict[str, int] = {}
    table = connection.ops.quote_name(Appeal._meta.db_table)
    ids = sorted(external_ids)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":  # one array, not thousands of parameters
            sql = f"SELECT external_id, id FROM {table} WHERE external_id = ANY(%s)"  # nosec B608: SQL of model metadata and constants; values are bound parameters
            cursor.execute(sql, [ids])
            return dict(cursor.fetchall())
        for start in range(0, len(ids), 2000):
            chunk = ids[start : start + 2000]
            marks = ", ".join(["%s"] * len(chunk))
            sql = f"SELECT external_id, id FROM {table} WHERE external_id IN ({marks})"  # nosec B608: SQL of model metadata and constants; values are bound parameters
            cursor.execute(sql, chunk)
            found.update(cursor.fetchall())
    return found


def _write(readings: list, targets: dict[str, int], directory: Directory, now) -> None:
    count = len(readings)
    if connection.vendor == "postgresql":
        # Not waiting for each batch's flush to disk: should the server crash, the last
        # batches are lost whole (never half), and running the import again brings them.
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO OFF")
    ids = allocate_ids(Appeal, count)
    by_external_id = {r[EXTERNAL_ID]: pk for r, pk in zip(readings, ids, strict=True)}
    (
        _lines,
        external_id,
        received_at,
        answered_at,
        given_rated_at,
        kind,
        channel,
        language,
        given_outcome,
        body,
        territory,
        sphere,
        score,
        reasons,
        applicant_id,
        repeat_of,
        subject,
        text,
    ) = zip(*readings, strict=True)  # fmt: skip  (`rows.Reading`'s fields, in order)
    day = directory.day
    received_on = [day(m) for m in received_at]
    bodies = directory.bodies
    due = [
        directory.answer_due(k, bodies[b], d)
        for k, b, d in zip(kind, body, received_on, strict=True)
    ]
    rated_at = [
        (r or min(a + dt.timedelta(days=1), now)) if s is not None else None
        for r, a, s in zip(given_rated_at, answered_at, score, strict=True)
    ]
    settled = [
        settle(o, a, s is not None, r, now)
        for o, a, s, r in zip(given_outcome, answered_at, score, rated_at, strict=True)
    ]
    status, outcome, ground, answered_at, closed_at = zip(*settled, strict=True)
    appeals = {
        "id": ids,
        "external_id": external_id,
        "reg_number": [registration_number(e) for e in external_id],
        "tracking_token_hash": [unused_token_hash() for _ in ids],
        "kind": kind,
        "channel": channel,
        "language": language,
        "subject": [subject_of(s, t) for s, t in zip(subject, text, strict=True)],
        "text": text,
        "applicant_type": [
            ApplicantType.INDIVIDUAL.value if a else ApplicantType.ANONYMOUS.value
            for a in applicant_id
        ],
        "territory_id": territory,
        "sphere_id": sphere,
        "body_id": body,
        "received_at": received_at,
        "due_date": due,
        "repeat_of_id": [(targets.get(r) or by_external_id[r]) if r else None for r in repeat_of],
        "status": status,
        "outcome": outcome,
        "ground": ground,
        "answered_at": answered_at,
        "closed_at": closed_at,
    }
    Table(Appeal, now, with_id=True).insert(appeals, count)
    rated = [i for i in range(count) if score[i] is not None]
    Table(Rating, now).insert(
        {
            "appeal_id": [ids[i] for i in rated],
            "score": [score[i] for i in rated],
            "reasons": [json.dumps(list(reasons[i])) for i in rated],
            "created_at": [rated_at[i] for i in rated],
        },
        len(rated),
    )
    Table(AppealEvent, now).insert(
        {
            "appeal_id": ids,
            "created_at": received_at,
            "kind": [EventKind.FILED.value] * count,
            "to_status": [Status.REGISTERED.value] * count,
            "data": [
                json.dumps(filed_data(c, bodies[b].code, a))
                for c, b, a in zip(channel, body, applicant_id, strict=True)
            ],
        },
        count,
    )
    answered_on = [day(a) if a else None for a in answered_at]
    dissatisfied_at_most = settings.RATING_DISSATISFIED_AT_MOST
    dissatisfied = [s is not None and s <= dissatisfied_at_most for s in score]
    spheres = directory.spheres
    staging = bulk.staging_facts()
    Table(AppealFacts, now, table=staging).insert(
        {
            "appeal_id": ids,
            "received_on": received_on,
            "body": body,
            "territory": [t or 0 for t in territory],
            "sphere": [(spheres[s].parent_id or s) if s else 0 for s in sphere],
            "repeat": [bool(r) for r in repeat_of],
            "answered_on": answered_on,
            "answer_days": [
                max(0, directory.working_days_between(r, a)) if a else None
                for r, a in zip(received_on, answered_on, strict=True)
            ],
            "late": [bool(a and a > d) for a, d in zip(answered_on, due, strict=True)],
            "closed_on": [
                day(c) if s == Status.TERMINATED else None
                for s, c in zip(status, closed_at, strict=True)
            ],
            "outcome": outcome,
            "rated_on": [day(r) if r else None for r in rated_at],
            "dissatisfied": dissatisfied,
            "reasons": [
                json.dumps(list(r) if d else []) for r, d in zip(reasons, dissatisfied, strict=True)
            ],
            "open_due": [
                d if s in OPEN_STATUSES else None for s, d in zip(status, due, strict=True)
            ],
        },
        count,
    )
    facts = ", ".join(
        connection.ops.quote_name(f.column) for f in AppealFacts._meta.concrete_fields
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {AppealFacts._meta.db_table} ({facts}) SELECT {facts} FROM {staging}"  # nosec B608: SQL of model metadata and constants; values are bound parameters
        )
    bulk.add_sums_from(staging)


def settle(
    outcome: str, answered_at: dt.datetime | None, rated: bool, rated_at, now: dt.datetime
) -> tuple[str, str, str, dt.datetime | None, dt.datetime | None]:
    """The status the state machine would have reached, with its outcome, ground, answer
    and closing times. A terminated appeal (the ground: a repeat without new arguments) was
    closed on its `answered_at`, with no answer; an answered one closes once its rating can
    no longer be given or changed."""
    if answered_at is None:
        return Status.REGISTERED.value, "", "", None, None
    if outcome == Outcome.TERMINATED:
        ground = Ground.REPEAT_WITHOUT_NEW_ARGUMENTS.value
        return Status.TERMINATED.value, outcome, ground, None, answered_at
    last = max(answered_at, rated_at) if rated_at else answered_at
    closes = last + dt.timedelta(days=settings.RATING_CHANGE_DAYS)
    if closes < now:
        return Status.CLOSED.value, outcome, "", answered_at, closes
    status = Status.RATED if rated else Status.ANSWERED
    return status.value, outcome, "", answered_at, None


def registration_number(external_id: str) -> str:
    """`IMP-<external_id>`, or `IMP-` and a hash of it when that would be too long."""
    number = f"IMP-{external_id}"
    if len(number) <= REG_NUMBER_MAX:
        return number
    return "IMP-" + hashlib.sha256(external_id.encode()).hexdigest()[: REG_NUMBER_MAX - 4]


def unused_token_hash() -> str:
    """A random value in the shape of a tracking token's hash: no token gives it, so nobody
    tracks an imported appeal by a link (its applicant never got one)."""
    return os.urandom(32).hex()


def subject_of(subject: str, text: str) -> str:
    """The given subject, else the text's first line; one line, at most SUBJECT_MAX."""
    subject = " ".join((subject or text.strip().splitlines()[0]).split())
    return subject if len(subject) <= SUBJECT_MAX else subject[: SUBJECT_MAX - 1] + "…"


def filed_data(channel: str, body_code: str, applicant_id: str) -> dict:
    data = {"channel": channel, "body": body_code, "imported": True}
    if applicant_id:
        data["applicant_id"] = applicant_id
    return data


# --- raw inserts -----------------------------------------------------------------------------


def allocate_ids(model: type[models.Model], count: int) -> list[int]:
    """Ids for `count` new rows, taken before they are written so that their ratings,
    events and facts can name them. On SQLite the transaction holds the write lock
    (transaction_mode IMMEDIATE), so nobody else takes the same ids."""
    table = model._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                [table, count],
            )
            return [pk for (pk,) in cursor.fetchall()]
        cursor.execute(f"SELECT MAX(id) FROM {connection.ops.quote_name(table)}")  # nosec B608: SQL of model metadata and constants; values are bound parameters
        (last,) = cursor.fetchone()
        cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
        sequence = cursor.fetchone()
    first = max(last or 0, sequence[0] if sequence else 0) + 1  # AUTOINCREMENT never reuses
    return list(range(first, first + count))


class Table:
    """A model's table for raw inserts of whole columns: values adapted for the database the
    way the model's fields would, defaults from the fields, auto_now(_add) as `now`."""

    def __init__(
        self,
        model: type[models.Model],
        now: dt.datetime,
        *,
        with_id: bool = False,
        table: str | None = None,
    ):
        self.model, self.table = model, table or model._meta.db_table
        auto = model._meta.auto_field
        self.fields = [f for f in model._meta.concrete_fields if with_id or f is not auto]
        self.now = now

    def insert(self, columns: dict[str, Sequence], count: int) -> None:
        """`columns` maps attribute names to `count` values each (JSON as text); the other
        columns take their defaults. PostgreSQL: COPY (a tenth of the time of INSERTs);
        elsewhere one prepared INSERT run for every row."""
        if not count:
            return
        values = []
        for f in self.fields:
            given = columns.get(f.attname)
            adapt = _adapter(f)
            if given is None:
                default = self._default(f)
                values.append(
                    [adapt(default) if adapt and default is not None else default] * count
                )
            elif adapt is None:  # JSON comes as text already
                values.append(given)
            else:
                values.append([adapt(v) if v is not None else None for v in given])
        rows = list(zip(*values, strict=True))
        ops = connection.ops
        names = ", ".join(ops.quote_name(f.column) for f in self.fields)
        table = ops.quote_name(self.table)
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                marks = ", ".join(["%s"] * len(self.fields))
                cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)  # nosec B608: SQL of model metadata and constants; values are bound parameters

    def _default(self, f: models.Field):
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
            return self.now
        default = f.get_default()
        if isinstance(f, models.JSONField):
            return json.dumps(default)
        return default


def _adapter(f: models.Field) -> Callable | None:
    if isinstance(f, models.DateTimeField):
        return _datetime_adapter()
    if isinstance(f, models.DateField):
        return connection.ops.adapt_datefield_value
    return None


def _datetime_adapter() -> Callable[[dt.datetime], object]:
    """`connection.ops.adapt_datetimefield_value`; on SQLite (aware values, USE_TZ) the same
    text without its checks, which cost more than the insert."""
    if connection.vendor != "sqlite" or not settings.USE_TZ:
        return connection.ops.adapt_datetimefield_value
    return partial(_sqlite_datetime, connection.timezone)


def _sqlite_datetime(zone: dt.tzinfo, value: dt.datetime) -> str:
    return str(value.astimezone(zone).replace(tzinfo=None))
