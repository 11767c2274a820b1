"""`tyndau detect_alerts`: early warning, once a day (cron, or `make run` at start)."""

from django.core.management.base import BaseCommand

from tyndau.analytics import alerts


class Command(BaseCommand):
    help = "Find surges, mass campaigns and falls in satisfaction; open or update alerts."

    def handle(self, *args, **options) -> None:
        found = alerts.detect()
        if options["verbosity"]:
            self.stdout.write(f"Early warning: {len(found)} open alert(s) found or updated.")
