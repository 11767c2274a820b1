from django.core.management.base import BaseCommand

from tyndau.privacy.crypto import new_key


class Command(BaseCommand):
    help = "Print a new random key for TYNDAU_DATA_KEYS (personal data sealed at rest)."

    def handle(self, *args, **options) -> None:
        self.stdout.write(new_key())
