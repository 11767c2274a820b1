"""`tyndau import_appeals FILE`: load historical appeals from a legacy system (CSV or JSON
Lines). The rules are in `tyndau.appeals.imports`; this prints the progress and the bad rows."""

import csv
import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tyndau.appeals import imports

SHOWN_ERRORS = 100  # on stderr; --errors FILE gets every one


class Command(BaseCommand):
    help = (
        "Import historical appeals from CSV or JSONL (columns: "
        + ", ".join(imports.COLUMNS)
        + "). Rows already imported (same external_id) are skipped."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path, help="a .csv or .jsonl file")
        parser.add_argument("--format", choices=imports.FORMATS, help="instead of the extension")
        parser.add_argument("--errors", type=Path, help="write the bad rows to this CSV file")
        parser.add_argument("--batch-size", type=int, default=imports.BATCH_SIZE)
        parser.add_argument(
            "--dry-run", action="store_true", help="validate and import, then roll it all back"
        )

    def handle(self, *args, file: Path, batch_size: int, **options) -> None:
        if not file.is_file():
            raise CommandError(f"no such file: {file}")
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1")
        errors_file = open(options["errors"], "w", newline="") if options["errors"] else None  # noqa: SIM115
        errors_csv = csv.writer(errors_file) if errors_file else None
        if errors_csv:
            errors_csv.writerow(["line", "external_id", "errors"])
        shown = 0
        progress = Progress(self.stdout) if self.stdout.isatty() else None

        def on_error(error: imports.RowError) -> None:
            nonlocal shown
            if errors_csv:
                errors_csv.writerow([error.line, error.external_id, "; ".join(error.reasons)])
            if shown < SHOWN_ERRORS:
                if progress:
                    progress.clear()
                self.stderr.write(str(error))
            shown += 1

        started = time.perf_counter()
        try:
            report = imports.import_file(
                file,
                options["format"],
                batch_size=batch_size,
                dry_run=options["dry_run"],
                on_error=on_error,
                on_progress=progress.show if progress else lambda *_: None,
            )
        except imports.ImportFileError as error:
            raise CommandError(str(error)) from error
        finally:
            if errors_file:
                errors_file.close()
            if progress:
                progress.clear()
        self._summary(report, time.perf_counter() - started, options)

    def _summary(self, report: imports.ImportReport, seconds: float, options: dict) -> None:
        rate = report.read / seconds if seconds else 0
        dry = " (dry run: nothing kept)" if options["dry_run"] else ""
        self.stdout.write(
            f"{report.read} rows in {seconds:.1f} s ({rate:,.0f} rows/s): "
            f"{report.imported} appeals imported ({report.ratings} ratings), "
            f"{report.skipped} already imported and skipped, {report.errors} bad rows{dry}."
        )
        if report.errors:
            if report.errors > SHOWN_ERRORS:
                where = f"in {options['errors']}" if options["errors"] else "with --errors FILE"
                self.stderr.write(f"... {report.errors - SHOWN_ERRORS} more bad rows {where}.")
            raise CommandError(f"{report.errors} rows were not imported.", returncode=1)


class Progress:
    """One line, rewritten in place: rows, share of the file, rows per second."""

    def __init__(self, out):
        self.out, self.started, self.width = out, time.perf_counter(), 0

    def show(self, report: imports.ImportReport, done: int, size: int) -> None:
        seconds = time.perf_counter() - self.started
        rate = report.read / seconds if seconds else 0
        share = done / size if size else 1
        bar = "#" * int(share * 30)
        line = f"[{bar:<30}] {share:4.0%} {report.read:,} rows, {rate:,.0f} rows/s"
        if report.errors:
            line += f", {report.errors:,} bad"
        self.width = max(self.width, len(line))
        self.out.write("\r" + line.ljust(self.width), ending="")
        self.out.flush()
        sys.stdout.flush()

    def clear(self) -> None:
        if self.width:
            self.out.write("\r" + " " * self.width + "\r", ending="")
            self.out.flush()
