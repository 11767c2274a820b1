"""`tyndau import_appeals`: historical appeals from a legacy system, in batches."""

import csv
import datetime as dt
import io
import json
import random
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Sum

from tyndau.analytics import services as analytics
from tyndau.analytics.models import AppealFacts, DailyFigures, DailySpread
from tyndau.analytics.rollup import MEASURES
from tyndau.analytics.shares import answered_share, dissatisfied_share
from tyndau.appeals import imports
from tyndau.appeals.models import Appeal, AppealEvent, EventKind
from tyndau.directory.models import Body
from tyndau.ratings.models import Rating

pytestmark = pytest.mark.django_db

PUBLISHED = Path(__file__).resolve().parents[2] / "analytics/data/ministries_2023-02-07.csv"
TEXT = "Прошу проверить качество воды в посёлке: из крана идёт ржавая вода уже две недели."


def record(external_id: str, **values) -> dict:
    row = {
        "external_id": external_id,
        "received_at": "2024-03-04 10:15",
        "body": "AKM-AST",
        "kind": "complaint",
        "channel": "web",
        "language": "ru",
        "territory": "710000000",
        "sphere": "utilities.water",
        "applicant_id": f"P-{external_id}",
        "text": TEXT,
        "answered_at": "",
        "outcome": "",
        "rating": "",
        "rating_reasons": "",
        "repeat_of": "",
    }
    row.update(values)
    return row


def write_csv(path: Path, rows: list[dict]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, fieldnames=list(imports.COLUMNS))
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8") as file:
        for row in rows:
            file.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def run(path: Path, *args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_appeals", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def mixed() -> list[dict]:
    """Every path through a row: answered, rated (dissatisfied, with reasons, and
    satisfied), late, terminated, open, a repeat, names instead of codes."""
    return [
        record("A-1", answered_at="2024-03-12 16:00", outcome="satisfied"),
        record(
            "A-2",
            body="Астана қаласының әкімдігі",
            territory="город Астана",
            sphere="Теплоснабжение",
            answered_at="2024-04-20T09:00:00+05:00",
            outcome="refused",
            rating="1",
            rating_reasons="incomplete|not_solved",
        ),
        record(
            "A-3",
            received_at="05.03.2024 11:00",
            answered_at="2024-03-06",
            outcome="explained",
            rating="5",
            rating_reasons="other",
        ),
        record("A-4", repeat_of="A-2", answered_at="2024-04-25 12:00", outcome="terminated"),
        record("A-5", repeat_of="A-1", received_at="2024-03-20 09:00"),
        record("A-6", body="AKM-KAR", territory="Karaganda region", sphere="", applicant_id=""),
        record(
            "A-7",
            body="Ministry of Emergency Situations",
            territory="350000000",
            sphere="emergencies",
            received_at=dt.date.today().isoformat(),
        ),
    ]


def snapshot() -> tuple[dict, dict]:
    """The roll-ups as comparable values (as tyndau/analytics/tests/test_rollups.py)."""
    figures = {}
    for row in DailyFigures.objects.values():
        key = (row["day"], row["body"], row["territory"], row["sphere"], row["executor"])
        counts = {m: row[m] for m in MEASURES if row[m]}
        if counts:
            figures[key] = counts
    spread = {
        (r.day, r.body, r.territory, r.sphere, r.executor, r.measure, r.value): r.count
        for r in DailySpread.objects.all()
        if r.count
    }
    return figures, spread


def kept_facts() -> dict:
    return {f.appeal_id: analytics.stored_facts(f) for f in AppealFacts.objects.all()}


def rebuilt_equals_imported() -> None:
    imported, facts = snapshot(), kept_facts()
    assert facts == {
        appeal.pk: analytics.facts_of(appeal) for appeal in Appeal.objects.select_related("sphere")
    }, "the set-based reading of an imported appeal is the one of an appeal that changes"
    analytics.rebuild()
    assert snapshot() == imported
    assert kept_facts() == facts


def test_imports_every_kind_of_row_and_the_rollups_equal_a_rebuild(tmp_path):
    out, err = run(write_csv(tmp_path / "legacy.csv", mixed()))
    assert "7 appeals imported (2 ratings)" in out
    assert err == ""
    appeals = {a.external_id: a for a in Appeal.objects.select_related("body", "repeat_of")}
    assert appeals["A-1"].status == "closed"  # answered long ago: the rating window is over
    assert appeals["A-1"].reg_number == "IMP-A-1"
    assert appeals["A-2"].body.code == "AKM-AST"
    assert appeals["A-2"].sphere.code == "utilities.heating"
    assert appeals["A-2"].rating.score == 1
    assert appeals["A-2"].rating.reasons == ["incomplete", "not_solved"]
    assert appeals["A-4"].status == "terminated"
    assert appeals["A-4"].ground == "repeat_without_new_arguments"
    assert appeals["A-4"].answered_at is None and appeals["A-4"].closed_at is not None
    assert appeals["A-4"].repeat_of == appeals["A-2"]
    assert appeals["A-5"].status == "registered" and appeals["A-5"].repeat_of == appeals["A-1"]
    assert appeals["A-6"].applicant_type == "anonymous"
    assert appeals["A-7"].status == "registered"
    assert all(a.iin_bin == "" and a.applicant_name == "" for a in appeals.values())
    filed = AppealEvent.objects.get(appeal=appeals["A-1"])
    assert filed.kind == EventKind.FILED
    assert filed.data == {
        "channel": "web",
        "body": "AKM-AST",
        "imported": True,
        "applicant_id": "P-A-1",
    }
    rebuilt_equals_imported()


def test_importing_the_same_file_again_changes_nothing(tmp_path):
    path = write_csv(tmp_path / "legacy.csv", mixed())
    run(path)
    before = (
        snapshot(),
        list(Appeal.objects.order_by("pk").values()),
        AppealEvent.objects.count(),
        Rating.objects.count(),
    )
    out, _err = run(path)
    assert "0 appeals imported" in out and "7 already imported and skipped" in out
    after = (
        snapshot(),
        list(Appeal.objects.order_by("pk").values()),
        AppealEvent.objects.count(),
        Rating.objects.count(),
    )
    assert after == before


def test_bad_rows_are_reported_with_their_lines_and_the_good_ones_imported(tmp_path):
    rows = [
        record("G-1", answered_at="2024-03-12 16:00", outcome="satisfied", rating="4"),
        record("B-1", body="Министерство магии"),
        record("B-2", received_at="2024-02-30"),
        record("B-3", answered_at="2024-03-12 16:00", outcome="satisfied", rating="7"),
        record("B-4", repeat_of="NOWHERE"),
        record("B-5", text=""),
        record("B-6", rating="3", rating_reasons="rude"),
        record("B-7", repeat_of="G-3"),  # later in the file: not "earlier"
        record("G-2", repeat_of="G-1"),
        record("G-3"),
    ]
    errors = tmp_path / "errors.csv"
    with pytest.raises(CommandError, match="7 rows were not imported"):
        out, err = io.StringIO(), io.StringIO()
        call_command(
            "import_appeals",
            str(write_csv(tmp_path / "legacy.csv", rows)),
            "--errors",
            str(errors),
            stdout=out,
            stderr=err,
        )
    lines = err.getvalue().splitlines()
    assert lines[0] == "line 3: unknown body 'Министерство магии'"
    assert lines[1].startswith("line 4: received_at '2024-02-30' is not a date")
    assert lines[2] == "line 5: rating '7' is not a whole number from 1 to 5"
    assert lines[3].startswith("line 6: repeat_of 'NOWHERE' is neither an earlier row")
    assert lines[4] == "line 7: text is missing"
    assert lines[5].startswith("line 8: unknown rating reasons rude")
    assert "a rating without answered_at" in lines[5]
    assert lines[6].startswith("line 9: repeat_of 'G-3'")
    assert "3 appeals imported (1 ratings)" in out.getvalue()
    assert set(Appeal.objects.values_list("external_id", flat=True)) == {"G-1", "G-2", "G-3"}
    with open(errors, newline="") as file:
        reported = list(csv.DictReader(file))
    assert [(r["line"], r["external_id"]) for r in reported] == [
        ("3", "B-1"),
        ("4", "B-2"),
        ("5", "B-3"),
        ("6", "B-4"),
        ("7", "B-5"),
        ("8", "B-6"),
        ("9", "B-7"),
    ]
    rebuilt_equals_imported()


def test_jsonl_with_numbers_and_lists(tmp_path):
    rows = mixed()
    rows[1]["rating"] = 1
    rows[1]["rating_reasons"] = ["incomplete", "not_solved"]
    rows[2]["territory"] = None
    rows[2]["rating"] = 5
    path = write_jsonl(tmp_path / "legacy.jsonl", rows)
    out, err = run(path)
    assert "7 appeals imported (2 ratings)" in out and err == ""
    assert Rating.objects.get(appeal__external_id="A-2").reasons == ["incomplete", "not_solved"]
    # an empty territory: the akimat's own
    assert Appeal.objects.get(external_id="A-3").territory.kato == "710000000"
    rebuilt_equals_imported()


def test_the_format_is_given_or_taken_from_the_extension(tmp_path):
    path = write_jsonl(tmp_path / "legacy.txt", mixed()[:1])
    with pytest.raises(CommandError):  # .txt is read as CSV: no header with those columns
        run(path)
    out, _err = run(path, "--format", "jsonl")
    assert "1 appeals imported" in out


def test_a_dry_run_keeps_nothing(tmp_path):
    out, _err = run(write_csv(tmp_path / "legacy.csv", mixed()), "--dry-run")
    assert "7 appeals imported" in out and "dry run" in out
    assert not Appeal.objects.exists() and not DailyFigures.objects.exists()


def test_small_batches_link_repeats_across_them(tmp_path):
    out, _err = run(write_csv(tmp_path / "legacy.csv", mixed()), "--batch-size", "2")
    assert "7 appeals imported" in out
    assert Appeal.objects.get(external_id="A-4").repeat_of.external_id == "A-2"
    rebuilt_equals_imported()


def test_long_external_ids_get_a_hashed_registration_number():
    assert imports.registration_number("x" * 36) == "IMP-" + "x" * 36
    long = imports.registration_number("x" * 64)
    assert (
        len(long) == 40
        and long.startswith("IMP-")
        and long != imports.registration_number("x" * 63 + "y")
    )


# --- the published figures ------------------------------------------------------------------

MINISTRIES = {
    "MCHS": "Ministry of Emergency Situations",
    "MEPR": "Ministry of Ecology and Natural Resources",
    "MINENERGY": "Ministry of Energy",
}


def published() -> dict[str, dict]:
    with open(PUBLISHED, newline="", encoding="utf-8") as file:
        return {row["ministry_en"]: row for row in csv.DictReader(file)}


def ministry_rows(code: str, figures: dict, rng: random.Random) -> list[dict]:
    """Appeals of 2022 that add up to the body's published figures."""
    body = Body.objects.get(code=code)
    received, answered = int(figures["appeals_received"]), int(figures["appeals_answered"])
    ratings, unsatisfied = int(figures["ratings_count"]), int(figures["ratings_unsatisfied"])
    scores = [rng.choice((1, 2)) for _ in range(unsatisfied)]
    scores += [rng.choice((4, 5)) for _ in range(ratings - unsatisfied)]
    scores += [None] * (answered - ratings)
    rng.shuffle(scores)
    rows = []
    for n in range(received):
        received_at = dt.datetime(2022, 1, 3, 9) + dt.timedelta(minutes=rng.randint(0, 500_000))
        row = record(
            f"{code}-{n}",
            received_at=received_at.isoformat(sep=" ", timespec="minutes"),
            body=body.name_ru if n % 2 else code,
            territory=rng.choice(("710000000", "350000000", "Almaty city")),
            sphere="",
        )
        if n < answered:
            answered_at = received_at + dt.timedelta(days=rng.randint(1, 25), hours=3)
            row.update(
                answered_at=answered_at.isoformat(sep=" ", timespec="minutes"),
                outcome=rng.choice(("satisfied", "refused", "explained")),
            )
            score = scores[n]
            if score is not None:
                row["rating"] = str(score)
                row["rating_reasons"] = "incomplete;not_solved" if score <= 2 else ""
        rows.append(row)
    return rows


@pytest.mark.slow
def test_imported_appeals_give_the_published_figures_of_three_ministries(tmp_path):
    rng = random.Random(2023)
    figures = published()
    rows = []
    for code, name_en in MINISTRIES.items():
        rows += ministry_rows(code, figures[name_en], rng)
    rng.shuffle(rows)
    out, err = run(write_csv(tmp_path / "ministries.csv", rows))
    assert err == ""
    for code, name_en in MINISTRIES.items():
        body = Body.objects.get(code=code)
        sums = DailyFigures.objects.filter(body=body.pk, executor=0).aggregate(
            received=Sum("received"),
            answered=Sum("answered"),
            ratings=Sum("ratings"),
            dissatisfied=Sum("dissatisfied"),
        )
        row = figures[name_en]
        assert sums["received"] == int(row["appeals_received"])
        assert answered_share(sums["answered"], sums["received"]) == row["answered_share_pct"]
        assert (
            dissatisfied_share(sums["dissatisfied"], sums["ratings"])
            == (row["unsatisfied_share_pct"])
        )
    rebuilt_equals_imported()
