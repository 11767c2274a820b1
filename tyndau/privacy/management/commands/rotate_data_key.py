from django.core.management.base import BaseCommand
from django.db import connection

from tyndau.appeals.models import Attachment
from tyndau.privacy.fields import sealer
from tyndau.privacy.resealing import reseal_everything
from tyndau.privacy.storage import attachments


class Command(BaseCommand):
    help = (
        "Seal every stored personal value and attachment with the first key of "
        "TYNDAU_DATA_KEYS (and seal those stored before sealing). Run it after putting a new "
        "key first (keep the old ones listed until it has finished); it can be stopped and "
        "run again."
    )

    def handle(self, *args, **options) -> None:
        for table, changed in reseal_everything(connection, sealer()).items():
            self.stdout.write(f"{table}: {changed} rows sealed with the current key")
        storage, changed = attachments(), 0
        for name in Attachment.objects.values_list("file", flat=True).iterator():
            if name and storage.exists(name):
                changed += storage.reseal(name)
        self.stdout.write(f"attachments: {changed} files sealed with the current key")
