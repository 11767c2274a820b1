"""The fast, column-by-column reading of an import batch gives exactly what the exact reading
of each record gives: the same values for a good record, the same problems for a bad one."""

import datetime as dt

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tyndau.appeals.imports.columns import read_batch
from tyndau.appeals.imports.directory import Directory
from tyndau.appeals.imports.rows import Reading, RowError, read_row
from tyndau.appeals.imports.source import KNOWN, RecordBatch

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)
# For each column, values that are right, and values that are wrong or on the edge (mostly
# right ones are drawn, so that most records are good and the fast reading keeps them).
GOOD = {
    "external_id": ["A-1", "A-2", " A-3 ", "x" * 64, "ВН-7"],
    "received_at": [
        "2024-03-04 10:15",
        "2024-03-04T10:15:00+06:00",
        "04.03.2024",
        "4.3.2024 9:05",
        " 2024-02-29 23:59:59 ",
    ],
    "answered_at": ["", "2024-03-20 16:00", "20.03.2024 16:00", "2024-04-30"],
    "rated_at": ["", "2024-05-22", "2024-05-02T08:00"],
    "body": ["AKM-AST", "akm-ast", " AKM-AST "],
    "kind": ["complaint", "Proposal", "statement "],
    "channel": ["web", "paper", "WEB"],
    "language": ["ru", "KK", "en"],
    "territory": ["710000000", ""],
    "sphere": ["", "utilities.water", "roads_transport"],
    "applicant_id": ["", "P-1", "p" * 64],
    "text": ["Прошу проверить воду.", "  \nВторая строка", "Line one\nline two"],
    "outcome": ["", "satisfied", "Explained", "refused"],
    "rating": ["", "1", "2", "3", "4", "5", " 3 "],
    "rating_reasons": ["", "", "incomplete", "incomplete; not_solved", "OTHER|"],
    "repeat_of": ["", "A-1", "A-2", "ZZ"],
    "subject": ["", "Вода", "  Много   пробелов  "],
}
BAD = {
    "external_id": ["", "x" * 65],
    "received_at": ["2024-02-30", "2031-01-01", "yesterday", ""],
    "answered_at": ["2024-03-01", "soon", "2030-01-01"],
    "rated_at": ["2024-03-19", "bad"],
    "body": ["", "NO-SUCH"],
    "kind": ["", "wish"],
    "channel": ["", "pigeon"],
    "language": ["", "de"],
    "territory": ["999", "Нигде"],
    "sphere": ["nope"],
    "applicant_id": ["p" * 65],
    "text": ["", "   "],
    "outcome": ["lost", "terminated"],
    "rating": ["0", "6", "two"],
    "rating_reasons": ["rude"],
    "repeat_of": ["A-3"],
    "subject": [],
}


def value(name: str) -> st.SearchStrategy[str]:
    good = st.sampled_from(GOOD[name])
    if not BAD[name]:
        return good
    return st.integers(0, 19).flatmap(
        lambda n: good if n else st.sampled_from(GOOD[name] + BAD[name])
    )


RECORDS = st.lists(
    st.fixed_dictionaries({name: value(name) for name in KNOWN}), min_size=1, max_size=25
)


@pytest.fixture
def directory() -> Directory:
    return Directory.load()


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(records=RECORDS)
def test_the_fast_reading_equals_the_exact_one(directory, records):
    batch = RecordBatch(KNOWN)
    for line, record in enumerate(records, start=2):
        batch.add(line, [record[name] for name in KNOWN])
    with timezone.override("Asia/Almaty"):
        fast = read_batch(batch, directory, NOW)
        exact = [read_row(batch.row(i), directory, NOW) for i in range(len(batch))]
    for got, expected in zip(fast, exact, strict=True):
        if isinstance(expected, RowError):
            assert got == expected
        else:
            assert isinstance(expected, Reading) and tuple(got) == tuple(expected)


def test_records_that_could_not_be_read_keep_their_problem(directory):
    batch = RecordBatch(KNOWN)
    batch.add(7, [""] * len(KNOWN), "unreadable CSV: bad quote")
    (error,) = read_batch(batch, directory, NOW)
    assert error == RowError(7, "", ("unreadable CSV: bad quote",))


def test_good_records_are_read_without_the_exact_reading(directory, monkeypatch):
    def exact(*_args):
        raise AssertionError("a good record was left to read_row")

    monkeypatch.setattr("tyndau.appeals.imports.columns.read_row", exact)
    batch = RecordBatch(KNOWN)
    for line in range(2, 40):
        record = {name: GOOD[name][line % len(GOOD[name])] for name in KNOWN}
        record.update(external_id=f"G-{line}", repeat_of="", answered_at="2024-03-20 16:00")
        if record["rating"].strip() in ("", "1", "2"):
            record["rating_reasons"] = ""
        batch.add(line, [record[name] for name in KNOWN])
    readings = read_batch(batch, directory, NOW)
    assert all(isinstance(r, tuple) for r in readings)
