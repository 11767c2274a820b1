"""1,005 real appeals nobody on the team wrote (residents of Troitsk to their city head,
2017-2020; see shared/data/troitsk-appeals/SOURCE.md): long, emotional, several problems in
one letter, links and phone numbers. The file has no licence to ship, so it is read from
the shared data folder (TYNDAU_REAL_APPEALS_CSV) and the test is skipped where it is absent.
They are Russian and almost none of them is urgent; the command must route every one."""

import csv
import io
import json
import os
from collections import Counter
from pathlib import Path

import pytest
from django.core.management import call_command

REAL_APPEALS = Path(
    os.environ.get("TYNDAU_REAL_APPEALS_CSV", "/work/shared/data/troitsk-appeals/queries.csv")
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not REAL_APPEALS.exists(), reason=f"{REAL_APPEALS} is not here"),
]


def test_real_letters_are_routed_read_as_russian_and_rarely_urgent(routed, db, monkeypatch):
    with REAL_APPEALS.open(encoding="utf-8") as source:
        rows = list(csv.DictReader(source))
    lines = [
        json.dumps(
            {"id": number, "subject": row["title"], "text": row["text"], "received": ""},
            ensure_ascii=False,
        )
        for number, row in enumerate(rows)
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    call_command("route", "--format", "jsonl")
    results = [json.loads(line) for line in out.getvalue().splitlines()]

    blank = {n for n, row in enumerate(rows) if not row["text"].strip()}
    assert [r["id"] for r in results] == list(range(len(rows)))
    assert {r["id"] for r in results if "error" in r} == blank
    routed_ = [r for r in results if "error" not in r]
    languages = Counter(r["language"] for r in routed_)
    assert languages["ru"] >= 0.99 * len(routed_)
    assert sum(r["urgent"] for r in routed_) <= 0.04 * len(routed_)
    spheres = Counter(r["sphere"] for r in routed_)
    # A city's own forum: its streets, yards, roads and utilities lead.
    assert {s for s, _n in spheres.most_common(4)} >= {"urban_environment", "roads_transport"}
