"""`tyndau deliver_webhooks`: send the webhook deliveries that are due (the deadline sweep does
this too; run it by hand or from cron where the sweep does not run)."""

from django.core.management.base import BaseCommand

from tyndau.webhooks.services import deliver_waiting


class Command(BaseCommand):
    help = "Send the webhook deliveries that are due for a (re)try."

    def handle(self, *args, **options) -> None:
        self.stdout.write(f"webhooks delivered: {deliver_waiting()}")
