"""`tyndau sweep_deadlines [--every SECONDS]`: mark breaches, send warnings, retry the outbox.

Run it from cron (once a minute is plenty), or with --every beside the web server; `make run`
does the latter."""

import logging
import signal
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from tyndau.deadlines.services import sweep

log = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Mark breached terms, warn before terms run out, retry e-mail waiting in the outbox."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--every",
            type=int,
            metavar="SECONDS",
            help="Keep running, one sweep every SECONDS (stop with Ctrl+C or SIGTERM).",
        )

    def handle(self, *args, every: int | None = None, **options) -> None:
        if not every:
            self._once()
            return
        stopping = []
        signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
        try:
            while not stopping:
                try:
                    self._once()
                except Exception:  # a bad sweep must not stop the next one
                    log.exception("Deadline sweep failed")
                close_old_connections()
                for _ in range(every):
                    if stopping:
                        break
                    time.sleep(1)
        except KeyboardInterrupt:
            pass

    def _once(self) -> None:
        report = sweep()
        if report.breaches or report.warnings or report.delivered:
            self.stdout.write(
                f"breaches marked: {report.breaches}, warnings sent: {report.warnings}, "
                f"e-mails delivered: {report.delivered}"
            )
