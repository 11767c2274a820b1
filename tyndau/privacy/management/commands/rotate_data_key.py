from django.core.management.base import BaseCommand
from django.db import connection

from tyndau.privacy.fields import sealer
from tyndau.privacy.resealing import reseal_everything


class Command(BaseCommand):
    help = (
        "Seal every stored personal value with the first key of TYNDAU_DATA_KEYS. Run it after "
        "putting a new key first (keep the old ones listed until it has finished); it can be "
        "stopped and run again."
    )

    def handle(self, *args, **options) -> None:
        for table, changed in reseal_everything(connection, sealer()).items():
            self.stdout.write(f"{table}: {changed} rows sealed with the current key")
