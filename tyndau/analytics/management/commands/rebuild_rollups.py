"""`tyndau rebuild_rollups`: recompute every roll-up from the appeals as they are (after an
import by raw inserts, a restore, or to check that the kept-current figures are right)."""

import time

from django.core.management.base import BaseCommand

from tyndau.analytics import services


class Command(BaseCommand):
    help = "Recompute the analytics roll-ups from the raw appeals."

    def handle(self, *args, **options) -> None:
        started = time.perf_counter()
        count = services.rebuild()
        seconds = time.perf_counter() - started
        if options["verbosity"]:
            rate = count / seconds if seconds else 0
            self.stdout.write(
                f"Roll-ups rebuilt from {count} appeals in {seconds:.1f} s ({rate:.0f}/s)."
            )
