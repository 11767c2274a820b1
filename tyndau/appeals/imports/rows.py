"""One record read the exact way: every rule checked, every problem named.

`read_row` is the reference reading of a record. `columns.read_batch` reads most records of
a batch faster, column by column, and hands every record it is not sure of to `read_row`;
tests/test_import_reading.py holds the two equal."""

import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from django.utils import timezone

from tyndau.appeals.imports.directory import AMBIGUOUS, Directory, Lookup
from tyndau.appeals.imports.source import REQUIRED, SourceRow
from tyndau.appeals.models import Channel, Kind, Language
from tyndau.appeals.workflow import Outcome
from tyndau.ratings.models import Reason

EXTERNAL_ID_MAX = 64
KINDS = frozenset(Kind.values)
CHANNELS = frozenset(Channel.values)
LANGUAGES = frozenset(Language.values)
OUTCOMES = frozenset(o.value for o in Outcome)
REASONS = tuple(Reason.values)
REASON_SEPARATORS = re.compile(r"[;|]")
DAY_FIRST = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")


class Reading(NamedTuple):
    """A valid record's values, typed and resolved against the directory."""

    line: int
    external_id: str
    received_at: dt.datetime
    answered_at: dt.datetime | None
    rated_at: dt.datetime | None
    kind: str
    channel: str
    language: str
    outcome: str
    body: int
    territory: int | None
    sphere: int | None
    score: int | None
    reasons: tuple[str, ...]
    applicant_id: str
    repeat_of: str  # an external id
    subject: str  # as given (may be empty)
    text: str


@dataclass(frozen=True)
class RowError:
    line: int
    external_id: str
    reasons: tuple[str, ...]

    def __str__(self) -> str:
        return f"line {self.line}: {'; '.join(self.reasons)}"


def read_row(source: SourceRow, directory: Directory, now: dt.datetime) -> Reading | RowError:
    """Validate one record; every problem is reported, not the first. No database: the
    directory was read before."""
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
    body = _found(directory.body, "body", values.get("body", ""), problems)
    territory = _territory(values, body, directory, problems)
    sphere = _found(directory.sphere, "sphere", values.get("sphere", ""), problems)
    score, reasons = read_rating(values, problems)
    applicant_id = values.get("applicant_id", "")
    if len(applicant_id) > EXTERNAL_ID_MAX:
        problems.append(f"applicant_id is longer than {EXTERNAL_ID_MAX} characters")
    repeat_of = values.get("repeat_of", "")
    if repeat_of and repeat_of == external_id:
        problems.append("repeat_of names the row itself")
    problems += time_problems(received_at, answered_at, rated_at, now)
    problems += answer_problems(answered_at, outcome, score, rated_at)
    if problems:
        return RowError(source.line, external_id, tuple(problems))
    return Reading(
        source.line,
        external_id,
        received_at,
        answered_at,
        rated_at,
        kind,
        channel,
        language,
        outcome,
        body,
        territory,
        sphere,
        score,
        reasons,
        applicant_id,
        repeat_of,
        values.get("subject", ""),
        values["text"],
    )


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
    if not value:
        return None
    pk = lookup.find(value)
    if pk is None:
        problems.append(f"unknown {what} '{value}'")
    elif pk == AMBIGUOUS:
        problems.append(f"{what} '{value}' names several; give the code")
        return None
    return pk


def _territory(
    values: dict[str, str], body: int | None, directory: Directory, problems: list[str]
) -> int | None:
    value = values.get("territory", "")
    if value:
        return _found(directory.territory, "territory", value, problems)
    territory = directory.bodies[body].territory_id if body else None
    if body and not territory:
        problems.append("territory is missing (the body has no territory of its own)")
    return territory  # an akimat's appeals are about its own territory


def read_rating(values: dict[str, str], problems: list[str]) -> tuple[int | None, tuple[str, ...]]:
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
        return None, ()
    score = int(value) if value.isdigit() else 0
    if not 1 <= score <= 5:
        problems.append(f"rating '{value}' is not a whole number from 1 to 5")
        return None, ()
    return score, tuple(r for r in REASONS if r in given)  # the rating form's order


def time_problems(
    received_at: dt.datetime | None,
    answered_at: dt.datetime | None,
    rated_at: dt.datetime | None,
    now: dt.datetime,
) -> list[str]:
    problems = [
        f"{name} is in the future"
        for name, moment in (
            ("received_at", received_at),
            ("answered_at", answered_at),
            ("rated_at", rated_at),
        )
        if moment and moment > now
    ]
    if received_at and answered_at and answered_at < received_at:
        problems.append("answered_at is before received_at")
    if answered_at and rated_at and rated_at < answered_at:
        problems.append("rated_at is before answered_at")
    return problems


def answer_problems(
    answered_at: dt.datetime | None, outcome: str, score: int | None, rated_at: dt.datetime | None
) -> list[str]:
    problems = []
    if answered_at is None:
        if outcome:
            problems.append("an outcome without answered_at")
        if score is not None or rated_at:
            problems.append("a rating without answered_at")
    elif outcome == Outcome.TERMINATED and score is not None:
        problems.append("a terminated appeal has no answer to rate")
    return problems
