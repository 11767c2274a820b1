"""The portal's rounding, checked against every ministry in its published table."""

import csv
from pathlib import Path

import pytest

from tyndau.analytics.shares import answered_share, dissatisfied_share

PUBLISHED = Path(__file__).resolve().parent.parent / "data" / "ministries_2023-02-07.csv"
ROWS = list(csv.DictReader(PUBLISHED.open(encoding="utf-8")))


@pytest.mark.parametrize("row", ROWS, ids=[r["ministry_en"] for r in ROWS])
def test_shares_come_out_as_published(row):
    received, answered = int(row["appeals_received"]), int(row["appeals_answered"])
    ratings, unsatisfied = int(row["ratings_count"]), int(row["ratings_unsatisfied"])
    assert answered_share(answered, received) == row["answered_share_pct"]
    assert dissatisfied_share(unsatisfied, ratings) == row["unsatisfied_share_pct"]


def test_edges():
    assert answered_share(0, 0) == "" and dissatisfied_share(0, 0) == ""
    assert answered_share(0, 5) == "0.0"
    assert answered_share(99_999, 100_000) == "99.999"
    assert dissatisfied_share(1, 3) == "33.3" and dissatisfied_share(1, 8) == "12.5"
