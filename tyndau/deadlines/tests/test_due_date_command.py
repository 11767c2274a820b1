"""`tyndau due_date`: the registrars' and lawyers' calculator, through call_command, through
the command line in this process, and through the real console script."""

import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connections

from tyndau.deadlines import services
from tyndau.deadlines.calendar import WorkingCalendar
from tyndau.deadlines.management.commands.due_date import Command
from tyndau.deadlines.models import CalendarOverride, TermSetting
from tyndau.directory.models import Body

D = dt.date
CONSOLE_SCRIPT = Path(sys.executable).with_name("tyndau")


@pytest.fixture(autouse=True)
def fresh_calendar():
    """The calendar is cached for 30 s: no test may see another's corrections."""
    services.forget_calendar()
    yield
    services.forget_calendar()


def due_date(*args: str) -> dict:
    out = io.StringIO()
    call_command("due_date", *args, stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 1, lines
    return json.loads(lines[0])


# --- through call_command ----------------------------------------------------------------------


@pytest.mark.django_db
def test_answer_across_nauryz_2026_agrees_with_the_working_calendar():
    # Received Thursday 19 March 2026; Nauryz is 21-25 March: Tuesday 14 April 2026.
    result = due_date("--received", "2026-03-19", "--rule", "answer")
    assert result == {
        "received": "2026-03-19",
        "rule": "answer",
        "due": "2026-04-14",
        "working_days": 15,
        "basis": "АППК РК ст. 76 п. 1",
    }
    assert D.fromisoformat(result["due"]) == WorkingCalendar().add_working_days(D(2026, 3, 19), 15)


@pytest.mark.django_db
def test_redirect_and_extension_cap():
    redirect = due_date("--received", "2026-03-19", "--rule", "redirect")
    assert (redirect["due"], redirect["working_days"]) == ("2026-03-27", 3)
    assert redirect["basis"] == "АППК РК ст. 76"
    # Two months from Tuesday 31 March 2026 end on Sunday 31 May: the cap is Friday 29 May.
    cap = due_date("--received", "2026-03-31", "--rule", "extension_cap")
    assert cap["due"] == "2026-05-29"
    assert cap["working_days"] == WorkingCalendar().working_days_between(
        D(2026, 3, 31), D(2026, 5, 29)
    )
    assert cap["basis"] == "АППК РК ст. 76 п. 2"


@pytest.mark.django_db
def test_the_administrators_corrections_count():
    CalendarOverride.objects.create(
        date=D(2026, 4, 14), kind=CalendarOverride.Kind.DAY_OFF, note="Постановление № 1"
    )
    result = due_date("--received", "2026-03-19", "--rule", "answer")
    assert result["due"] == "2026-04-15"


@pytest.mark.django_db
def test_a_term_setting_for_a_kind_changes_the_answer_term_and_its_basis():
    TermSetting.objects.create(kind="request", working_days=10, basis="Закон РК о доступе, ст. 11")
    result = due_date("--received", "2026-03-19", "--rule", "answer", "--kind", "request")
    # 20 March, then 26, 27, 30, 31 March, 1-3, 6 and 7 April: Tuesday 7 April 2026.
    assert result["due"] == "2026-04-07"
    assert result["due"] == WorkingCalendar().add_working_days(D(2026, 3, 19), 10).isoformat()
    assert (result["working_days"], result["basis"]) == (10, "Закон РК о доступе, ст. 11")
    # Another kind, or no kind at all: the 15 days of art. 76.
    for extra in (["--kind", "complaint"], []):
        result = due_date("--received", "2026-03-19", "--rule", "answer", *extra)
        assert (result["due"], result["working_days"]) == ("2026-04-14", 15)
        assert result["basis"] == "АППК РК ст. 76 п. 1"


@pytest.mark.django_db
def test_a_term_setting_for_a_body_changes_the_answer_term_and_its_basis():
    astana = Body.objects.get(code="AKM-AST")
    TermSetting.objects.create(body=astana, working_days=30, basis="Приказ акима № 7")
    TermSetting.objects.create(
        body=astana, kind="complaint", working_days=5, basis="Приказ акима № 8"
    )
    expected_30 = WorkingCalendar().add_working_days(D(2026, 3, 19), 30).isoformat()
    result = due_date("--received", "2026-03-19", "--rule", "answer", "--body", "AKM-AST")
    assert (result["due"], result["working_days"]) == (expected_30, 30)
    assert result["basis"] == "Приказ акима № 7"
    # A unit of the akimat inherits its setting; the code may be typed in lower case.
    unit = astana.children.first()
    result = due_date("--received", "2026-03-19", "--rule", "answer", "--body", unit.code.lower())
    assert (result["working_days"], result["basis"]) == (30, "Приказ акима № 7")
    # The kind's own setting in the body is the most specific: 20, 26, 27, 30, 31 March.
    result = due_date(
        "--received", "2026-03-19", "--rule", "answer", "--body", "AKM-AST", "--kind", "complaint"
    )
    assert (result["due"], result["working_days"]) == ("2026-03-31", 5)
    assert result["basis"] == "Приказ акима № 8"
    # Another body: the law's 15 days.
    result = due_date("--received", "2026-03-19", "--rule", "answer", "--body", "MINENERGY")
    assert (result["due"], result["working_days"]) == ("2026-04-14", 15)


def test_urgent_is_a_date_time_twenty_four_hours_later():
    result = due_date("--received", "2026-03-19T09:30", "--rule", "urgent")
    assert result == {
        "received": "2026-03-19T09:30:00+05:00",
        "rule": "urgent",
        "due": "2026-03-20T09:30:00+05:00",
        "working_days": None,
        "basis": "срочное обращение: срок, установленный органом",
    }
    # Hours run over weekends and holidays: Friday 20 March 2026 → Saturday 21 (Nauryz).
    friday = due_date("--received", "2026-03-20T18:05", "--rule", "urgent")
    assert friday["due"] == "2026-03-21T18:05:00+05:00"


def test_urgent_from_a_bare_date_counts_from_midnight_local_time(settings):
    result = due_date("--received", "2026-03-19", "--rule", "urgent")
    assert (result["received"], result["due"]) == (
        "2026-03-19T00:00:00+05:00",
        "2026-03-20T00:00:00+05:00",
    )
    settings.URGENT_TERM_HOURS = 48
    result = due_date("--received", "2026-03-19", "--rule", "urgent")
    assert result["due"] == "2026-03-21T00:00:00+05:00"


@pytest.mark.django_db
def test_an_unknown_body_is_a_command_error_with_status_two():
    with pytest.raises(CommandError, match="unknown body code 'NOPE'") as raised:
        due_date("--received", "2026-03-19", "--rule", "answer", "--body", "NOPE")
    assert raised.value.returncode == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--received", "2026-02-30", "--rule", "answer"], "day is out of range for month"),
        (["--received", "19.03.2026", "--rule", "answer"], "'19.03.2026' is not a date"),
        (["--received", "2026-03-19", "--rule", "soon"], "invalid choice: 'soon'"),
        (["--received", "2026-03-19", "--rule", "answer", "--kind", "x"], "invalid choice: 'x'"),
        (["--received", "1899-12-31", "--rule", "answer"], "between 1900 and 2100"),
        (["--received", "2101-01-01", "--rule", "answer"], "between 1900 and 2100"),
        (["--rule", "answer"], "required: --received"),
    ],
    ids=["feb-30", "dotted", "rule", "kind", "1899", "2101", "missing"],
)
def test_wrong_arguments_are_command_errors(args, message):
    with pytest.raises(CommandError, match=message):
        due_date(*args)


# --- through the command line, in this process -------------------------------------------------

ERRORS = [
    pytest.param(["--received", "2026-02-30", "--rule", "answer"], "out of range", id="feb-30"),
    pytest.param(["--received", "19.03.2026", "--rule", "answer"], "YYYY-MM-DD", id="dotted"),
    pytest.param(["--received", "2026-3-19", "--rule", "answer"], "YYYY-MM-DD", id="short"),
    pytest.param(["--received", "2026-03-19", "--rule", "soon"], "'soon'", id="rule"),
    pytest.param(
        ["--received", "2026-03-19", "--rule", "answer", "--kind", "petition"],
        "'petition'",
        id="kind",
    ),
    pytest.param(["--received", "1899-12-31", "--rule", "answer"], "1900 and 2100", id="1899"),
    pytest.param(["--received", "2101-01-01", "--rule", "redirect"], "1900 and 2100", id="2101"),
    pytest.param(
        ["--received", "2026-03-19T09:30", "--rule", "answer"], "time of day", id="time-answer"
    ),
    pytest.param(
        ["--received", "2026-03-19", "--rule", "answer", "--body", "NOPE"], "'NOPE'", id="body"
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("args", "message"), ERRORS)
def test_every_error_exits_two_with_a_message(args, message, capsys, monkeypatch):
    monkeypatch.setattr(connections, "close_all", lambda: None)  # keep the test's transaction
    with pytest.raises(SystemExit) as exited:
        Command().run_from_argv(["tyndau", "due_date", *args])
    assert exited.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert message in captured.err
    assert "Traceback" not in captured.err
    last = captured.err.strip().splitlines()[-1]
    assert last.startswith(("tyndau due_date: error: ", "CommandError: ")), last


# --- through the real console script ----------------------------------------------------------


def run_tyndau(*args: str, database: Path) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("TYNDAU_", "DJANGO_"))}
    command = (
        [str(CONSOLE_SCRIPT)] if CONSOLE_SCRIPT.exists() else [sys.executable, "-m", "tyndau.cli"]
    )
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        env={
            **clean,
            "TYNDAU_DEBUG": "1",
            "TYNDAU_VAR_DIR": str(database.parent),
            "DATABASE_URL": f"sqlite:///{database}",
            "PYTHONIOENCODING": "utf-8",
        },
        timeout=120,
    )


def test_console_script_urgent_and_argument_errors(tmp_path):
    # An empty database: urgent needs none, and the arguments are checked before any query.
    database = tmp_path / "empty.sqlite3"
    ok = run_tyndau(
        "due_date", "--received", "2026-03-19T09:30", "--rule", "urgent", database=database
    )
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["due"] == "2026-03-20T09:30:00+05:00"
    for args, message in [
        (["--received", "2026-02-30", "--rule", "answer"], "day is out of range for month"),
        (["--received", "19.03.2026", "--rule", "answer"], "is not a date"),
        (["--received", "2026-03-19", "--rule", "soon"], "invalid choice: 'soon'"),
        (["--received", "2026-03-19T09:30", "--rule", "answer"], "CommandError: --received"),
    ]:
        failed = run_tyndau("due_date", *args, database=database)
        assert failed.returncode == 2, (args, failed.stderr)
        assert message in failed.stderr
        assert "Traceback" not in failed.stderr
        assert failed.stdout == ""


@pytest.mark.slow
def test_console_script_on_a_migrated_database(tmp_path):
    database = tmp_path / "tyndau.sqlite3"
    migrated = run_tyndau("migrate", "--noinput", database=database)
    assert migrated.returncode == 0, migrated.stderr
    ok = run_tyndau(
        "due_date", "--received", "2026-03-19", "--rule", "answer", "--body", "AKM-AST",
        database=database,
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout == (
        '{"received": "2026-03-19", "rule": "answer", "due": "2026-04-14", '
        '"working_days": 15, "basis": "АППК РК ст. 76 п. 1"}\n'
    )
    failed = run_tyndau(
        "due_date", "--received", "2026-03-19", "--rule", "answer", "--body", "NOPE",
        database=database,
    )  # fmt: skip
    assert failed.returncode == 2
    assert failed.stderr.strip() == (
        "CommandError: unknown body code 'NOPE' (codes look like AKM-AST or MINENERGY)"
    )
