"""`tyndau due_date --received YYYY-MM-DD --rule RULE [--body CODE] [--kind KIND]`: the
registrars' and lawyers' calculator. Prints one line of JSON, e.g.

    {"received": "2026-03-19", "rule": "answer", "due": "2026-04-14", "working_days": 15,
     "basis": "АППК РК ст. 76 п. 1"}

The arithmetic is `tyndau.deadlines.services.compute`, the same the appeals run against: the
legal calendar with the administrator's corrections and the answer terms set per kind and body.
Wrong input: one line on stderr and exit status 2."""

import argparse
import datetime as dt
import json
import re

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from django.utils import timezone

from tyndau.appeals.models import Kind
from tyndau.deadlines import services
from tyndau.deadlines.terms import Rule
from tyndau.directory.models import Body

RULES = [Rule.ANSWER, Rule.REDIRECT, Rule.EXTENSION_CAP, Rule.URGENT]
FIRST_YEAR, LAST_YEAR = 1900, 2100
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_TIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def received(value: str) -> dt.date | dt.datetime:
    """argparse type of --received: a date, or a local date-time (naive: Asia/Almaty)."""
    value = value.strip()
    if _DATE_RE.fullmatch(value):
        parse, shape = dt.date.fromisoformat, "YYYY-MM-DD"
    elif _DATE_TIME_RE.fullmatch(value):
        parse, shape = dt.datetime.fromisoformat, "YYYY-MM-DDTHH:MM"
    else:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date: write YYYY-MM-DD (or YYYY-MM-DDTHH:MM for urgent)"
        )
    try:
        parsed = parse(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{value!r} is not a valid {shape}: {error}") from None
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"{value!r}: the year must be between {FIRST_YEAR} and {LAST_YEAR}"
        )
    return parsed


class Command(BaseCommand):
    help = (
        "Compute a term of the appeals law (АППК РК ст. 76) on the legal calendar and print it "
        "as one line of JSON: received, rule, due, working_days, basis."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--received",
            required=True,
            type=received,
            metavar="YYYY-MM-DD",
            help=(
                "Day the appeal was received (years 1900-2100). For --rule urgent also "
                "YYYY-MM-DDTHH:MM, local time in Asia/Almaty; a bare date means 00:00 local time."
            ),
        )
        parser.add_argument(
            "--rule",
            required=True,
            choices=[str(rule) for rule in RULES],
            help=(
                "answer: 15 working days or what a term setting says; redirect: 3 working days; "
                "extension_cap: two months from receipt at most; urgent: hours, not days."
            ),
        )
        parser.add_argument(
            "--body",
            metavar="CODE",
            help="Code of the state body (e.g. AKM-AST, MINENERGY): its own answer term, if any.",
        )
        parser.add_argument(
            "--kind",
            choices=Kind.values,
            default="",
            help="Kind of appeal: its own answer term, if any.",
        )

    def handle(self, *args, received: dt.date | dt.datetime, rule: str, **options) -> None:
        rule = Rule(rule)
        if isinstance(received, dt.datetime) and rule != Rule.URGENT:
            raise CommandError(
                f"--received for rule {rule} is a date (YYYY-MM-DD): the time of day only "
                "matters for urgent",
                returncode=2,
            )
        if not isinstance(received, dt.datetime):
            received = dt.datetime.combine(received, dt.time())
        received_at = timezone.make_aware(received, timezone.get_default_timezone())
        try:
            body = self._body(options["body"])
            due = services.compute(rule, received_at, kind=options["kind"], body=body)
        except DatabaseError as error:
            raise CommandError(
                f"cannot read the database ({error}): run `tyndau migrate` first"
            ) from None
        result = {
            "received": (
                timezone.localtime(received_at).isoformat()
                if rule == Rule.URGENT
                else due.received.isoformat()
            ),
            "rule": str(rule),
            "due": due.due_at.isoformat() if due.due_at else due.due.isoformat(),
            "working_days": due.working_days,
            "basis": due.basis,
        }
        self.stdout.write(json.dumps(result, ensure_ascii=False))

    @staticmethod
    def _body(code: str | None) -> Body | None:
        if code is None:
            return None
        body = Body.objects.filter(code=code.strip().upper()).first()
        if body is None:
            raise CommandError(
                f"unknown body code {code!r} (codes look like AKM-AST or MINENERGY)", returncode=2
            )
        return body
