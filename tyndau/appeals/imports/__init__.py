"""Importing historical appeals from a legacy system: CSV or JSON Lines, streamed in batches.

A batch of records is read (`source`), checked and typed column by column (`columns`, with
`rows.read_row` as the exact reading of every record it is not sure of, and the one that
names problems), then checked against the database (already imported? `repeat_of` known?)
and written in one transaction with its roll-ups (`writer`). At most four batches are in
memory (two read ahead), so a file of millions of rows takes as much memory as one of
thousands. Bad rows
are handed to `on_error` with their line number and every reason.

Decisions:

- **Idempotency.** A row whose `external_id` is already in the database is *skipped*, never
  updated: the first import wins, and from then on the appeal is Tyndau's and changes only
  through the workspace (an answer or a rating given since must not be overwritten by an
  older export). Importing the same file twice changes nothing; an import that stopped half
  way is finished by running it again. A second row with the same `external_id` in one file
  is skipped the same way.
- **The applicant.** `applicant_id` is a pseudonym, not an ИИН: `iin_bin`, the name and the
  contacts stay empty (an ИИН is checked to its check digit and the name heads the answer's
  salutation). The appeal is an individual's (anonymous when `applicant_id` is empty) and
  the pseudonym is kept in the data of the appeal's FILED event, with the fact of the
  import: `{"imported": true, "applicant_id": ...}`.
- **Events.** One FILED event per appeal, so the timeline starts where every appeal's does.
  The steps between (assignment, answer, rating) are not invented.
- **Statuses**, the ones the state machine reaches: unanswered → `registered`; answered →
  `answered`, or `rated` with a rating, and `closed` once the rating can no longer be changed
  (RATING_CHANGE_DAYS after the answer or the rating); outcome `terminated` → `terminated` on
  the ground "repeat appeal without new arguments", closed on the `answered_at` day.
- **Numbers.** `reg_number` is `IMP-<external_id>` (a hash of it when longer than 40
  characters); the tracking token's hash is random: no link to it exists.
- **Roll-ups.** Each appeal's `AppealFacts` row is written from the reading (the same facts
  `analytics.services.facts_of` would read from the database), and the batch's facts are
  summed by the database with the rebuild's own statements (`analytics.bulk.add_sums_from`)
  and added with `analytics.services.apply`. tests/test_import.py checks that the result
  equals `analytics.services.rebuild()`.
- **Speed.** Appeals, ratings, events and facts go in as raw rows with ids taken
  beforehand (COPY on PostgreSQL), not through `bulk_create`, which spends longer preparing
  each object than the whole budget of a row. Reading runs in a second thread, ahead of the
  writing, which mostly waits on the database.
"""

import contextlib
import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from django.db import reset_queries, transaction
from django.utils import timezone

from tyndau.appeals.imports.columns import read_batch
from tyndau.appeals.imports.directory import Directory
from tyndau.appeals.imports.rows import RowError
from tyndau.appeals.imports.source import (
    COLUMNS,
    FORMATS,
    ImportFileError,
    RecordBatch,
    Source,
    format_of,
)
from tyndau.appeals.imports.writer import import_batch, registration_number

__all__ = [
    "BATCH_SIZE",
    "COLUMNS",
    "FORMATS",
    "ImportFileError",
    "ImportReport",
    "RowError",
    "format_of",
    "import_file",
    "registration_number",
]

BATCH_SIZE = 10_000


@dataclass
class ImportReport:
    read: int = 0
    imported: int = 0
    ratings: int = 0
    skipped: int = 0
    errors: int = 0


def import_file(
    path: Path | str,
    fmt: str | None = None,
    *,
    batch_size: int = BATCH_SIZE,
    dry_run: bool = False,
    on_error: Callable[[RowError], None] = lambda error: None,
    on_progress: Callable[[ImportReport, int, int], None] = lambda report, done, size: None,
) -> ImportReport:
    """Import every good row of the file; each bad one goes to `on_error` (in line order
    within a batch). `on_progress(report, bytes read, file size)` follows each batch. A dry
    run does everything, then rolls it all back."""
    report = ImportReport()
    directory = Directory.load()
    everything = transaction.atomic() if dry_run else contextlib.nullcontext()
    with Source(Path(path), format_of(path, fmt)) as source, everything:
        for batch, readings, now, position in _read_ahead(source, batch_size, directory):
            good = [r for r in readings if not isinstance(r, RowError)]
            result = import_batch(good, directory, now)
            errors = [r for r in readings if isinstance(r, RowError)] + result.errors
            for error in sorted(errors, key=lambda e: e.line):
                on_error(error)
            report.read += len(batch)
            report.imported += result.imported
            report.ratings += result.ratings
            report.skipped += result.skipped
            report.errors += len(errors)
            reset_queries()  # with DEBUG on, Django keeps every statement: not ours
            on_progress(report, position, source.size)
        if dry_run:
            transaction.set_rollback(True)
    return report


_DONE = object()


def _read_ahead(
    source: Source, size: int, directory: Directory
) -> Iterator[tuple[RecordBatch, list, object, int]]:
    """The file's batches read (no database) in a thread, up to two ahead of the writing:
    the database does its part of the writing without Python's lock, and the reading uses
    that time. An error in the thread is raised here."""
    ready: queue.Queue = queue.Queue(maxsize=2)
    stop = threading.Event()

    def hand(item) -> bool:
        """Queue `item` unless the writing has stopped listening."""
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            for batch in source.batches(size):
                now = timezone.now()
                readings = read_batch(batch, directory, now)
                if not hand((batch, readings, now, source.position())):
                    return
            hand(_DONE)
        except BaseException as error:  # raised in the writing thread
            hand(error)

    reader = threading.Thread(target=read, name="import-reader", daemon=True)
    reader.start()
    try:
        while True:
            item = ready.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        reader.join()
