"""Importing historical appeals from a legacy system: CSV or JSON Lines, streamed in batches.

Every row is validated on its own (`parse_row`, no database) and then, a batch at a time
(`import_batch`), checked against the database (already imported? `repeat_of` known?) and
inserted in one transaction per batch, the roll-ups included. Only one
batch is ever in memory, so a file of millions of rows takes as much memory as one of
thousands. Bad rows are handed to `on_error` with their line number and every reason.

Decisions:

- **Idempotency.** A row whose `external_id` is already in the database is *skipped*, never
  updated: the first import wins, and from then on the appeal is Tyndau's and changes only
  through the workspace (an answer or a rating given since must not be overwritten by an
  older export). Importing the same file twice changes nothing; an import that stopped half
  way is finished by running it again. A second row with the same `external_id` in one file
  is skipped the same way.
- **The applicant.** `applicant_id` is a pseudonym, not an ИИН: `iin_bin`, the name and the
  contacts stay empty (an ИИН is checked to its check digit and the name heads the answer's
  salutation). The appeal is an individual's (anonymous when `applicant_id` is empty) and
  the pseudonym is kept in the data of the appeal's FILED event, with the fact of the
  import: `{"imported": true, "applicant_id": ...}`.
- **Events.** One FILED event per appeal (bulk inserted: no signal, no per-event refresh),
  so the timeline starts where every appeal's does. The steps between (assignment, answer,
  rating) are not invented.
- **Statuses**, the ones the state machine reaches: unanswered → `registered`; answered →
  `answered`, or `rated` with a rating, and `closed` once the rating can no longer be changed
  (RATING_CHANGE_DAYS after the answer or the rating); outcome `terminated` → `terminated` on
  the ground "repeat appeal without new arguments", closed on the `answered_at` day.
- **Numbers.** `reg_number` is `IMP-<external_id>` (a hash of it when longer than 40
  characters); the tracking token is random and given to nobody.
- **Roll-ups.** Each row's `analytics.rollup.Facts` are built from the row (`facts_of`,
  the same reading as `analytics.services.facts_of` and the rebuild's SQL), summed per batch
  and added with `analytics.services.apply` in the batch's transaction, with their
  `AppealFacts` rows. An imported appeal was never counted before, so nothing is subtracted
  or locked. For batches of thousands this is faster than the rebuild's set-based SQL
  (`analytics.bulk`; measured: 2,900 against 4,000+ rows/s), which wins from millions up.
  tests/test_import.py checks that the result equals `analytics.services.rebuild()`.
- **Speed.** Appeals, ratings, events and facts go in as raw rows (COPY on PostgreSQL),
  not through `bulk_create`, which spends longer preparing each object than the whole
  budget of a row.
"""

import contextlib
import csv
import datetime as dt
import hashlib
import io
import json
import re
import secrets
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from django.conf import settings
from django.db import connection, models, reset_queries, transaction
from django.utils import timezone

from tyndau.analytics import rollup
from tyndau.analytics import services as analytics
from tyndau.analytics.models import AppealFacts
from tyndau.analytics.rollup import Contribution, Facts
from tyndau.analytics.services import fact_columns
from tyndau.appeals.models import (
    Appeal,
    AppealEvent,
    ApplicantType,
    Channel,
    EventKind,
    Kind,
    Language,
)
from tyndau.appeals.services import hash_token
from tyndau.appeals.workflow import OPEN_STATUSES, Ground, Outcome, Status
from tyndau.deadlines import terms
from tyndau.deadlines.calendar import WorkingCalendar
from tyndau.deadlines.services import answer_setting, calendar
from tyndau.directory.models import Body, Sphere, Territory
from tyndau.ratings.models import Rating, Reason

FORMATS = ("csv", "jsonl")
BATCH_SIZE = 5000
COLUMNS = (
    "external_id",
    "received_at",
    "body",
    "kind",
    "channel",
    "language",
    "territory",
    "sphere",
    "applicant_id",
    "text",
    "answered_at",
    "outcome",
    "rating",
    "rating_reasons",
    "repeat_of",
)
OPTIONAL_COLUMNS = ("subject", "rated_at")  # read when present
REQUIRED = ("external_id", "received_at", "body", "kind", "channel", "language", "text")
EXTERNAL_ID_MAX = 64
REG_NUMBER_MAX = 40
SUBJECT_MAX = 200
REASON_SEPARATORS = re.compile(r"[;|]")
DAY_FIRST = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")


class ImportFileError(Exception):
    """The file as a whole cannot be read (unknown format, missing columns)."""


# --- reading --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceRow:
    line: int  # where the record starts in the file, counting from 1
    values: dict[str, str]
    problem: str = ""  # the line could not even be read as a record


class Source:
    """A file read record by record; `position` says how far, in bytes, for a progress bar."""

    def __init__(self, path: Path, fmt: str):
        if fmt not in FORMATS:
            raise ImportFileError(f"unknown format '{fmt}': use one of {', '.join(FORMATS)}")
        self.path, self.format = Path(path), fmt
        self.size = self.path.stat().st_size
        self._raw = open(self.path, "rb")  # noqa: SIM115 — closed by close()
        self._text = io.TextIOWrapper(self._raw, encoding="utf-8-sig", newline="")

    def position(self) -> int:
        return self._raw.tell()

    def close(self) -> None:
        self._text.close()

    def __enter__(self) -> "Source":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def rows(self) -> Iterator[SourceRow]:
        return self._csv_rows() if self.format == "csv" else self._jsonl_rows()

    def _csv_rows(self) -> Iterator[SourceRow]:
        first = self._text.readline()
        if not first.strip():
            raise ImportFileError("the file is empty: a header line is expected")
        delimiter = ";" if first.count(";") > first.count(",") else ","
        header = [name.strip().lower() for name in next(csv.reader([first], delimiter=delimiter))]
        missing = [name for name in REQUIRED if name not in header]
        if missing:
            raise ImportFileError(f"missing columns: {', '.join(missing)}")
        reader = csv.reader(self._text, delimiter=delimiter)
        width = len(header)
        while True:
            line = reader.line_num + 2  # the header line was read before the reader started
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                yield SourceRow(line, {}, f"unreadable CSV: {error}")
                continue
            if not record:
                continue
            if len(record) > width:
                yield SourceRow(line, {}, f"{len(record)} fields, the header has {width}")
                continue
            yield SourceRow(line, dict(zip(header, record, strict=False)))

    def _jsonl_rows(self) -> Iterator[SourceRow]:
        for line, text in enumerate(self._text, start=1):
            if not text.strip():
                continue
            try:
                record = json.loads(text)
            except ValueError as error:
                yield SourceRow(line, {}, f"not JSON: {error}")
                continue
            if not isinstance(record, dict):
                yield SourceRow(line, {}, "not a JSON object")
                continue
            yield SourceRow(line, {str(k).lower(): _text_of(v) for k, v in record.items()})


def _text_of(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return str(value)


def format_of(path: Path | str, override: str | None = None) -> str:
    """The format named by `override`, else by the file's extension."""
    if override:
        return override.lower()
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in ("jsonl", "ndjson"):
        return "jsonl"
    if suffix in ("csv", "txt"):
        return "csv"
    raise ImportFileError(f"cannot tell the format from '.{suffix}': give --format csv|jsonl")


# --- the directory, resolved once ------------------------------------------------------------

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
    zone: dt.tzinfo = field(default_factory=timezone.get_current_timezone)
    calendar: WorkingCalendar = field(default_factory=calendar)
    _answer_settings: dict[tuple[str, int], tuple[int, str]] = field(default_factory=dict)
    _dues: dict[tuple[int, str, dt.date], dt.date] = field(default_factory=dict)

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
        return cls(bodies, spheres, body, territory, sphere)

    def answer_due(self, kind: str, body: Body, received: dt.date) -> dt.date:
        """`deadlines.services.answer_due_for(kind, body, received).due`, each setting and
        each day computed once per import."""
        setting = self._answer_settings.get((kind, body.pk))
        if setting is None:
            setting = self._answer_settings[(kind, body.pk)] = answer_setting(kind, body)
        working_days, basis = setting
        key = (working_days, basis, received)
        if key not in self._dues:
            self._dues[key] = terms.answer_due(received, self.calendar, working_days, basis).due
        return self._dues[key]

    def day(self, moment: dt.datetime) -> dt.date:
        """`timezone.localdate(moment)`, without looking the zone up each time."""
        return moment.astimezone(self.zone).date()


# --- one row ---------------------------------------------------------------------------------

KINDS = frozenset(Kind.values)
CHANNELS = frozenset(Channel.values)
LANGUAGES = frozenset(Language.values)
OUTCOMES = frozenset(o.value for o in Outcome)
REASONS = tuple(Reason.values)


@dataclass(slots=True)
class Row:
    """A valid row: the appeal it becomes, its rating, and what the roll-ups need."""

    line: int
    external_id: str
    values: dict  # Appeal attribute -> value (repeat_of_id set once it is resolved)
    body_code: str
    received_on: dt.date
    top_sphere: int
    due: dt.date
    applicant_id: str
    repeat_of: str  # an external id
    score: int | None = None
    reasons: list[str] = field(default_factory=list)
    rated_at: dt.datetime | None = None
    facts: Facts | None = None
    pk: int | None = None


@dataclass(frozen=True)
class RowError:
    line: int
    external_id: str
    reasons: tuple[str, ...]

    def __str__(self) -> str:
        return f"line {self.line}: {'; '.join(self.reasons)}"


def parse_row(source: SourceRow, directory: Directory, now: dt.datetime) -> Row | RowError:
    """Validate one record and say what it becomes; every problem is reported, not the
    first. No database: the directory was read before."""
    values = {k: (v or "").strip() for k, v in source.values.items()}
    external_id = values.get("external_id", "")
    if source.problem:
        return RowError(source.line, external_id, (source.problem,))
    problems = [f"{name} is missing" for name in REQUIRED if not values.get(name)]
    if len(external_id) > EXTERNAL_ID_MAX:
        problems.append(f"external_id is longer than {EXTERNAL_ID_MAX} characters")
    received_at = _moment(values, "received_at", problems)
    answered_at = _moment(values, "answered_at", problems)
    rated_at = _moment(values, "rated_at", problems)
    kind = _choice(values, "kind", KINDS, problems)
    channel = _choice(values, "channel", CHANNELS, problems)
    language = _choice(values, "language", LANGUAGES, problems)
    outcome = _choice(values, "outcome", OUTCOMES, problems)
    body = _body(values, directory, problems)
    territory_id = _territory(values, body, directory, problems)
    sphere = _sphere(values, directory, problems)
    score, reasons = _rating(values, problems)
    applicant_id = values.get("applicant_id", "")
    if len(applicant_id) > EXTERNAL_ID_MAX:
        problems.append(f"applicant_id is longer than {EXTERNAL_ID_MAX} characters")
    repeat_of = values.get("repeat_of", "")
    if repeat_of and repeat_of == external_id:
        problems.append("repeat_of names the row itself")
    _check_times(received_at, answered_at, rated_at, now, problems)
    _check_answer(answered_at, outcome, score, rated_at, problems)
    if problems:
        return RowError(source.line, external_id, tuple(problems))
    received_on = directory.day(received_at)
    due = directory.answer_due(kind, body, received_on)
    row = Row(
        line=source.line,
        external_id=external_id,
        values={
            "external_id": external_id,
            "reg_number": registration_number(external_id),
            "tracking_token_hash": hash_token(secrets.token_urlsafe(32)),
            "kind": kind,
            "channel": channel,
            "language": language,
            "subject": _subject(values),
            "text": values["text"],
            "applicant_type": (
                ApplicantType.INDIVIDUAL.value if applicant_id else ApplicantType.ANONYMOUS.value
            ),
            "territory_id": territory_id,
            "sphere_id": sphere.pk if sphere else None,
            "body_id": body.pk,
            "received_at": received_at,
            "due_date": due,
            "repeat_of_id": None,
        },
        body_code=body.code,
        received_on=received_on,
        top_sphere=(sphere.parent_id or sphere.pk) if sphere else 0,
        due=due,
        applicant_id=applicant_id,
        repeat_of=repeat_of,
        score=score,
        reasons=reasons,
    )
    if score is not None:
        row.rated_at = rated_at or min(answered_at + dt.timedelta(days=1), now)
    _settle(row, outcome, answered_at, now)
    row.facts = facts_of(row, directory)
    return row


def registration_number(external_id: str) -> str:
    """`IMP-<external_id>`, or `IMP-` and a hash of it when that would be too long."""
    number = f"IMP-{external_id}"
    if len(number) <= REG_NUMBER_MAX:
        return number
    return "IMP-" + hashlib.sha256(external_id.encode()).hexdigest()[: REG_NUMBER_MAX - 4]


def _settle(row: Row, outcome: str, answered_at: dt.datetime | None, now: dt.datetime) -> None:
    """The status the state machine would have reached, with its dates."""
    values = row.values
    if answered_at is None:
        values["status"] = Status.REGISTERED.value
        return
    values["outcome"] = outcome
    if outcome == Outcome.TERMINATED:
        values["status"] = Status.TERMINATED.value
        values["ground"] = Ground.REPEAT_WITHOUT_NEW_ARGUMENTS.value
        values["closed_at"] = answered_at
        return
    values["answered_at"] = answered_at
    values["status"] = (Status.RATED if row.score else Status.ANSWERED).value
    last = max(answered_at, row.rated_at) if row.rated_at else answered_at
    closes = last + dt.timedelta(days=settings.RATING_CHANGE_DAYS)
    if closes < now:  # the rating can no longer be given or changed
        values["status"], values["closed_at"] = Status.CLOSED.value, closes


def _moment(values: dict[str, str], name: str, problems: list[str]) -> dt.datetime | None:
    value = values.get(name, "")
    if not value:
        return None
    try:
        return parse_moment(value)
    except ValueError:
        problems.append(f"{name} '{value}' is not a date (YYYY-MM-DD[ HH:MM] or DD.MM.YYYY)")
        return None


def parse_moment(value: str) -> dt.datetime:
    """ISO 8601 or DD.MM.YYYY [HH:MM[:SS]]; a date alone is its midnight; without a zone the
    time is Kazakhstan's (TIME_ZONE)."""
    match = DAY_FIRST.match(value)
    if match:
        day, month, year, hour, minute, second = (int(g) if g else 0 for g in match.groups())
        moment = dt.datetime(year, month, day, hour, minute, second)
    else:
        moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.get_default_timezone())
    return moment


def _choice(values: dict[str, str], name: str, allowed: frozenset, problems: list[str]) -> str:
    value = values.get(name, "").lower()
    if value and value not in allowed:
        problems.append(f"{name} '{value}' is not one of: {', '.join(sorted(allowed))}")
        return ""
    return value


def _found(lookup: Lookup, what: str, value: str, problems: list[str]) -> int | None:
    pk = lookup.find(value)
    if pk is None:
        problems.append(f"unknown {what} '{value}'")
    elif pk == AMBIGUOUS:
        problems.append(f"{what} '{value}' names several; give the code")
        return None
    return pk


def _body(values: dict[str, str], directory: Directory, problems: list[str]) -> Body | None:
    value = values.get("body", "")
    if not value:
        return None
    pk = _found(directory.body, "body", value, problems)
    return directory.bodies[pk] if pk else None


def _territory(
    values: dict[str, str], body: Body | None, directory: Directory, problems: list[str]
) -> int | None:
    value = values.get("territory", "")
    if value:
        return _found(directory.territory, "territory", value, problems)
    if body is not None and body.territory_id:
        return body.territory_id  # an akimat's appeals are about its own territory
    if body is not None:
        problems.append("territory is missing (the body has no territory of its own)")
    return None


def _sphere(values: dict[str, str], directory: Directory, problems: list[str]) -> Sphere | None:
    value = values.get("sphere", "")
    if not value:
        return None
    pk = _found(directory.sphere, "sphere", value, problems)
    return directory.spheres[pk] if pk else None


def _rating(values: dict[str, str], problems: list[str]) -> tuple[int | None, list[str]]:
    value = values.get("rating", "")
    given = {r.strip().lower() for r in REASON_SEPARATORS.split(values.get("rating_reasons", ""))}
    given.discard("")
    unknown = sorted(given.difference(REASONS))
    if unknown:
        problems.append(
            f"unknown rating reasons {', '.join(unknown)} (known: {', '.join(REASONS)})"
        )
    if not value:
        if given:
            problems.append("rating_reasons without a rating")
        return None, []
    score = int(value) if value.isdigit() else 0
    if not 1 <= score <= 5:
        problems.append(f"rating '{value}' is not a whole number from 1 to 5")
        return None, []
    return score, [r for r in REASONS if r in given]  # the rating form's order


def _check_times(
    received_at: dt.datetime | None,
    answered_at: dt.datetime | None,
    rated_at: dt.datetime | None,
    now: dt.datetime,
    problems: list[str],
) -> None:
    for name, moment in (
        ("received_at", received_at),
        ("answered_at", answered_at),
        ("rated_at", rated_at),
    ):
        if moment and moment > now:
            problems.append(f"{name} is in the future")
    if received_at and answered_at and answered_at < received_at:
        problems.append("answered_at is before received_at")
    if answered_at and rated_at and rated_at < answered_at:
        problems.append("rated_at is before answered_at")


def _check_answer(
    answered_at: dt.datetime | None,
    outcome: str,
    score: int | None,
    rated_at: dt.datetime | None,
    problems: list[str],
) -> None:
    if answered_at is None:
        if outcome:
            problems.append("an outcome without answered_at")
        if score is not None or rated_at:
            problems.append("a rating without answered_at")
    elif outcome == Outcome.TERMINATED and score is not None:
        problems.append("a terminated appeal has no answer to rate")


def _subject(values: dict[str, str]) -> str:
    subject = values.get("subject") or values["text"].strip().splitlines()[0]
    subject = " ".join(subject.split())
    return subject if len(subject) <= SUBJECT_MAX else subject[: SUBJECT_MAX - 1] + "…"


# --- what a row adds to the roll-ups ---------------------------------------------------------


def facts_of(row: Row, directory: Directory) -> Facts:
    """The row's appeal as `analytics.services.facts_of` would read it from the database
    (no executor, no answer text to check, no terms or extensions), without a query: a batch
    of thousands is summed in Python faster than its facts are read back (both paths are
    held equal to the rebuild by tests/test_import.py). A row whose repeat_of is not found
    is not imported, so `repeat` is known here."""
    values = row.values
    received_on = row.received_on
    answered_at, closed_at = values.get("answered_at"), values.get("closed_at")
    answered_on = directory.day(answered_at) if answered_at else None
    closed = values["status"] == Status.TERMINATED
    dissatisfied = row.score is not None and row.score <= settings.RATING_DISSATISFIED_AT_MOST
    return Facts(
        received_on=received_on,
        body=values["body_id"],
        territory=values["territory_id"],
        sphere=row.top_sphere,
        repeat=bool(row.repeat_of),
        answered_on=answered_on,
        answer_days=(
            max(0, directory.calendar.working_days_between(received_on, answered_on))
            if answered_on
            else None
        ),
        late=bool(answered_on and answered_on > row.due),
        closed_on=directory.day(closed_at) if closed and closed_at else None,
        outcome=values.get("outcome", ""),
        rated_on=directory.day(row.rated_at) if row.rated_at else None,
        dissatisfied=dissatisfied,
        reasons=tuple(row.reasons) if dissatisfied else (),
        open_due=row.due if values["status"] in OPEN_STATUSES else None,
    )


# --- one batch -------------------------------------------------------------------------------


@dataclass
class BatchResult:
    imported: int = 0
    ratings: int = 0
    skipped: int = 0
    errors: list[RowError] = field(default_factory=list)


def import_batch(rows: list[Row]) -> BatchResult:
    """Insert the rows not imported before, with their ratings, FILED events and roll-ups,
    in one transaction. `repeat_of` must name an appeal already in the database (earlier
    batches are) or an earlier row of this batch."""
    result = BatchResult()
    existing = _existing({row.external_id for row in rows})
    fresh: dict[str, Row] = {}
    for row in rows:
        if row.external_id in existing or row.external_id in fresh:
            result.skipped += 1
        else:
            fresh[row.external_id] = row
    targets = _existing({r.repeat_of for r in fresh.values() if r.repeat_of} - fresh.keys())
    accepted: dict[str, Row] = {}
    for row in fresh.values():
        if row.repeat_of and row.repeat_of not in targets and row.repeat_of not in accepted:
            reason = (
                f"repeat_of '{row.repeat_of}' is neither an earlier row of the file nor an "
                "appeal imported before"
            )
            result.errors.append(RowError(row.line, row.external_id, (reason,)))
            continue
        row.values["repeat_of_id"] = targets.get(row.repeat_of)
        accepted[row.external_id] = row
    with transaction.atomic():
        _insert(list(accepted.values()), accepted)
    result.imported = len(accepted)
    result.ratings = sum(1 for row in accepted.values() if row.score is not None)
    return result


def _existing(external_ids: set[str]) -> dict[str, int]:
    """The ids of the appeals already imported under these external ids."""
    found: dict[str, int] = {}
    ids = sorted(external_ids)
    for start in range(0, len(ids), 2000):
        chunk = ids[start : start + 2000]
        found.update(Appeal.objects.filter(external_id__in=chunk).values_list("external_id", "pk"))
    return found


def _insert(rows: list[Row], by_external_id: dict[str, Row]) -> None:
    """Raw inserts (COPY on PostgreSQL): `bulk_create` spends ~100 µs a row preparing each
    field of each object, twice what a whole row may take here."""
    now = timezone.now()
    appeals = Table(Appeal, now)
    appeals.insert([appeals.row(r.values) for r in rows])
    ids = _existing(set(by_external_id))
    repeats = []
    for row in rows:
        row.pk = ids[row.external_id]
        if row.repeat_of and row.values["repeat_of_id"] is None:
            row.values["repeat_of_id"] = by_external_id[row.repeat_of].pk
            repeats.append((row.values["repeat_of_id"], row.pk))
    _link_repeats(repeats)
    ratings = Table(Rating, now)
    ratings.insert(
        [
            ratings.row(
                {
                    "appeal_id": r.pk,
                    "score": r.score,
                    "reasons": r.reasons,
                    "created_at": r.rated_at,
                }
            )
            for r in rows
            if r.score is not None
        ]
    )
    events = Table(AppealEvent, now)
    events.insert([events.row(_filed(row)) for row in rows])
    _count_in(rows, now)


def _link_repeats(pairs: list[tuple[int, int]]) -> None:
    """Repeats of an earlier row of the same batch: its id is known only once inserted."""
    if not pairs:
        return
    table = connection.ops.quote_name(Appeal._meta.db_table)
    column = connection.ops.quote_name(Appeal._meta.get_field("repeat_of").column)
    with connection.cursor() as cursor:
        cursor.executemany(f"UPDATE {table} SET {column} = %s WHERE id = %s", pairs)


def _filed(row: Row) -> dict:
    data = {"channel": row.values["channel"], "body": row.body_code, "imported": True}
    if row.applicant_id:
        data["applicant_id"] = row.applicant_id
    return {
        "appeal_id": row.pk,
        "created_at": row.values["received_at"],
        "kind": EventKind.FILED.value,
        "to_status": Status.REGISTERED.value,
        "data": data,
    }


def _count_in(rows: list[Row], now: dt.datetime) -> None:
    """New appeals into the roll-ups (nothing counted before, so nothing to subtract and no
    stored facts to lock): the sum of their contributions, one upsert per roll-up row, and
    their facts stored for later changes."""
    total = Contribution()
    stored = Table(AppealFacts, now)
    facts_rows = []
    for row in rows:
        total.merge(rollup.contributions(row.facts))
        facts_rows.append(stored.row({"appeal_id": row.pk, **fact_columns(row.facts)}))
    analytics.apply(total)
    stored.insert(facts_rows)


# --- raw inserts -----------------------------------------------------------------------------


class Table:
    """A model's table for raw inserts: every concrete column but an automatic
    id, values adapted for the database the way the model's fields would, defaults from the
    fields, auto_now(_add) as `now`."""

    def __init__(self, model: type[models.Model], now: dt.datetime):
        self.model = model
        self.fields = [f for f in model._meta.concrete_fields if f is not model._meta.auto_field]
        self.adapters = [self._adapter(f) for f in self.fields]
        self.defaults = [
            now
            if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
            else f.get_default()
            for f in self.fields
        ]
        self.defaults = [
            a(v) if a and v is not None else v
            for a, v in zip(self.adapters, self.defaults, strict=True)
        ]
        names = [f.attname for f in self.fields]
        self.pairs = list(zip(names, self.defaults, strict=True))
        self.adaptable = [(i, names[i], a) for i, a in enumerate(self.adapters) if a]

    @staticmethod
    def _adapter(field: models.Field) -> Callable | None:
        if isinstance(field, models.DateTimeField):
            return _datetime_adapter()
        if isinstance(field, models.DateField):
            return connection.ops.adapt_datefield_value
        if isinstance(field, models.JSONField):
            if connection.vendor == "sqlite" and field.encoder is None:
                return json.dumps  # what the field would write, without its checks
            return partial(field.get_db_prep_save, connection=connection)
        return None

    def row(self, values: dict) -> list:
        row = [values.get(name, default) for name, default in self.pairs]
        for i, name, adapt in self.adaptable:
            if name in values and row[i] is not None:
                row[i] = adapt(row[i])
        return row

    def insert(self, rows: list[list]) -> None:
        """PostgreSQL: COPY (a tenth of the time of INSERTs); elsewhere one prepared INSERT
        run for every row."""
        if not rows:
            return
        ops = connection.ops
        columns = ", ".join(ops.quote_name(f.column) for f in self.fields)
        table = ops.quote_name(self.model._meta.db_table)
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                marks = ", ".join(["%s"] * len(self.fields))
                cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)


def _datetime_adapter() -> Callable[[dt.datetime], object]:
    """`connection.ops.adapt_datetimefield_value`; on SQLite (aware values, USE_TZ) the same
    text without its checks, which cost more than the insert."""
    if connection.vendor != "sqlite" or not settings.USE_TZ:
        return connection.ops.adapt_datetimefield_value
    zone = connection.timezone
    return lambda value: str(value.astimezone(zone).replace(tzinfo=None))


# --- a whole file ----------------------------------------------------------------------------


@dataclass
class ImportReport:
    read: int = 0
    imported: int = 0
    ratings: int = 0
    skipped: int = 0
    errors: int = 0


def import_file(
    path: Path | str,
    fmt: str | None = None,
    *,
    batch_size: int = BATCH_SIZE,
    dry_run: bool = False,
    on_error: Callable[[RowError], None] = lambda error: None,
    on_progress: Callable[[ImportReport, int, int], None] = lambda report, done, size: None,
) -> ImportReport:
    """Import every good row of the file; each bad one goes to `on_error` (in line order
    within a batch). `on_progress(report, bytes read, file size)` follows each batch. A dry
    run does everything, then rolls it all back."""
    report = ImportReport()
    directory = Directory.load()
    everything = transaction.atomic() if dry_run else contextlib.nullcontext()
    with Source(Path(path), format_of(path, fmt)) as source, everything:
        for batch in _batches(source.rows(), batch_size):
            now = timezone.now()
            parsed = [parse_row(row, directory, now) for row in batch]
            result = import_batch([p for p in parsed if isinstance(p, Row)])
            errors = [p for p in parsed if isinstance(p, RowError)] + result.errors
            for error in sorted(errors, key=lambda e: e.line):
                on_error(error)
            report.read += len(batch)
            report.imported += result.imported
            report.ratings += result.ratings
            report.skipped += result.skipped
            report.errors += len(errors)
            reset_queries()  # with DEBUG on, Django keeps every statement: not ours
            on_progress(report, source.position(), source.size)
        if dry_run:
            transaction.set_rollback(True)
    return report


def _batches(rows: Iterable[SourceRow], size: int) -> Iterator[list[SourceRow]]:
    batch: list[SourceRow] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
