"""A batch of records read column by column: the fast reading of `rows.read_row`.

Each rule runs over a whole column at once, and names, codes and choices are looked up once
per distinct value, not once per record. A record that breaks a rule, or that this reading
is not sure of (rating reasons aside, everything outside the plain shapes), is read again by
`rows.read_row`, which names its problems; so the result, errors included, is `read_row`'s
for every record, and tests/test_import_reading.py checks that on generated records."""

import datetime as dt
from collections.abc import Iterable
from itertools import compress

from tyndau.appeals.imports.directory import AMBIGUOUS, Directory, Lookup
from tyndau.appeals.imports.rows import (
    CHANNELS,
    EXTERNAL_ID_MAX,
    KINDS,
    LANGUAGES,
    OUTCOMES,
    answer_problems,
    parse_moment,
    read_rating,
    read_row,
    time_problems,
)
from tyndau.appeals.imports.source import RecordBatch

_UNSURE = object()  # a value this reading leaves to read_row
_SCORES = {"": None, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5}


def read_batch(batch: RecordBatch, directory: Directory, now: dt.datetime) -> list:
    """A `Reading` (as a plain tuple, in its field order) or a `RowError` per record."""
    size = len(batch)
    unsure = bytearray(size)
    for index in batch.problems:
        unsure[index] = 1
    column = batch.column

    external_id = column("external_id")
    _flag(unsure, (not v or len(v) > EXTERNAL_ID_MAX for v in external_id))
    received_at = _moments(column("received_at"))
    _flag(unsure, (v is None or v is _UNSURE for v in received_at))
    answered_at = _moments(column("answered_at"))
    rated_at = _moments(column("rated_at"))
    _flag(unsure, (v is _UNSURE for v in answered_at))
    _flag(unsure, (v is _UNSURE for v in rated_at))
    kind = _choices(unsure, column("kind"), KINDS, required=True)
    channel = _choices(unsure, column("channel"), CHANNELS, required=True)
    language = _choices(unsure, column("language"), LANGUAGES, required=True)
    outcome = _choices(unsure, column("outcome"), OUTCOMES, required=False)
    body = _found(unsure, column("body"), directory.body, required=True)
    territory = _territories(unsure, column("territory"), body, directory)
    sphere = _found(unsure, column("sphere"), directory.sphere, required=False)
    score, reasons = _ratings(unsure, column("rating"), column("rating_reasons"))
    applicant_id = column("applicant_id")
    _flag(unsure, (len(v) > EXTERNAL_ID_MAX for v in applicant_id))
    repeat_of = column("repeat_of")
    _flag(unsure, (r and r == e for r, e in zip(repeat_of, external_id, strict=True)))
    text = column("text")
    _flag(unsure, (not v for v in text))

    for index, received, answered, rated, result, given in zip(
        range(size), received_at, answered_at, rated_at, outcome, score, strict=True
    ):
        if not unsure[index] and (
            time_problems(received, answered, rated, now)
            or answer_problems(answered, result, given, rated)
        ):
            unsure[index] = 1

    readings: list = list(
        zip(
            batch.lines,
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
            column("subject"),
            text,
            strict=True,
        )
    )
    for index in compress(range(size), unsure):
        readings[index] = read_row(batch.row(index), directory, now)
    return readings


def _flag(unsure: bytearray, bad: Iterable[bool]) -> None:
    for index in compress(range(len(unsure)), bad):
        unsure[index] = 1


def _moments(values: list[str]) -> list:
    moments: list = []
    for value in values:
        if not value:
            moments.append(None)
            continue
        try:
            moments.append(parse_moment(value))
        except ValueError:
            moments.append(_UNSURE)
    return moments


def _choices(unsure: bytearray, values: list[str], allowed: frozenset, *, required: bool):
    lowered = [v.lower() for v in values]
    if required:
        _flag(unsure, (v not in allowed for v in lowered))
    else:
        _flag(unsure, (v and v not in allowed for v in lowered))
    return lowered


def _found(unsure: bytearray, values: list[str], lookup: Lookup, *, required: bool) -> list:
    known = {value: lookup.find(value) if value else None for value in set(values)}
    found = [known[v] for v in values]
    if required:
        _flag(unsure, (pk is None or pk == AMBIGUOUS for pk in found))
    else:
        _flag(
            unsure,
            (pk == AMBIGUOUS or (pk is None and v) for pk, v in zip(found, values, strict=True)),
        )
    return found


def _territories(unsure: bytearray, values: list[str], bodies: list, directory: Directory):
    """The named territory, else the body's own (an akimat's appeals are about its
    territory)."""
    found = _found(unsure, values, directory.territory, required=False)
    own = directory.own_territory
    territories = [
        pk if value else own.get(body)
        for pk, value, body in zip(found, values, bodies, strict=True)
    ]
    _flag(unsure, (t is None for t in territories))
    return territories


def _ratings(unsure: bytearray, ratings: list[str], reasons: list[str]) -> tuple[list, list]:
    scores, listed = [], []
    for index, rating, given in zip(range(len(ratings)), ratings, reasons, strict=True):
        if not given and rating in _SCORES:
            scores.append(_SCORES[rating])
            listed.append(())
            continue
        problems: list[str] = []
        score, kept = read_rating({"rating": rating, "rating_reasons": given}, problems)
        if problems:
            unsure[index] = 1
        scores.append(score)
        listed.append(kept)
    return scores, listed
