"""`tyndau check_answer --appeal FILE --answer FILE [--format json|text] [--language kk|ru|en]`:
the quality check of an answer, outside the web. `-` reads a file from standard input.

    {"score": 88, "verdict": "full", "elements": {"salutation": true, ...},
     "missing": ["measures"], "advice": ["Say what was done: ..."], ...}

The check is `tyndau.answers.quality.check`, the one the editor and the head's approval run.
Empty or unreadable input: one line on stderr and exit status 2."""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tyndau.answers.quality import ELEMENTS, EmptyText, Report, check
from tyndau.answers.quality.advice import ELEMENT_NAMES, VERDICT_NAMES, in_language


def _read(path: str, what: str) -> str:
    try:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as error:
        raise CommandError(
            f"cannot read the {what} file {path}: {error.strerror}", returncode=2
        ) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CommandError(f"the {what} file {path} is not UTF-8 text", returncode=2) from None


def as_text(report: Report, language: str) -> str:
    lines = [
        f"{in_language(VERDICT_NAMES[report.verdict], language)}: {report.score}/100",
        "",
    ]
    for name in ELEMENTS:
        element = report.elements[name]
        mark = "✓" if element.present else "✗"
        line = f"{mark} {in_language(ELEMENT_NAMES[name], language)}"
        if element.evidence:
            evidence = (
                element.evidence if len(element.evidence) < 120 else element.evidence[:117] + "…"
            )
            line += f" — «{evidence}»"
        lines.append(line)
    if report.advice:
        lines += ["", *(f"• {advice}" for advice in report.advice)]
    return "\n".join(lines)


class Command(BaseCommand):
    help = (
        "Check an answer against its appeal: score 0-100, verdict (full, formal, off_topic), "
        "the elements of the unified format with their evidence, and advice."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--appeal", required=True, metavar="FILE", help="the appeal's text")
        parser.add_argument("--answer", required=True, metavar="FILE", help="the answer's text")
        parser.add_argument("--format", choices=["json", "text"], default="json")
        parser.add_argument(
            "--language",
            choices=["kk", "ru", "en"],
            default="en",
            help="language of the advice (the executor's interface language)",
        )

    def handle(self, *args, **options) -> None:
        if options["appeal"] == options["answer"] == "-":
            raise CommandError("only one of --appeal and --answer can be read from -", returncode=2)
        appeal = _read(options["appeal"], "appeal")
        answer = _read(options["answer"], "answer")
        try:
            report = check(appeal, answer, interface_language=options["language"])
        except EmptyText as empty:
            raise CommandError(
                f"the {empty} is empty: there is nothing to check", returncode=2
            ) from None
        if options["format"] == "json":
            self.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False))
        else:
            self.stdout.write(as_text(report, options["language"]))
