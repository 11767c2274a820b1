from django.conf import settings
from django.core.management.base import BaseCommand

from tyndau.audit import services as audit
from tyndau.audit.models import Access
from tyndau.privacy import retention


class Command(BaseCommand):
    help = (
        "Erase the applicants' personal data of closed appeals kept longer than "
        "TYNDAU_PERSONAL_DATA_RETENTION_DAYS; the appeals and every figure stay. Run it daily."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="only say how many appeals are due"
        )

    def handle(self, *args, dry_run: bool = False, **options) -> None:
        days = settings.PERSONAL_DATA_RETENTION_DAYS
        if dry_run:
            count = retention.due().count()
            self.stdout.write(f"{count} closed appeals are older than {days} days")
            return
        count = retention.anonymise_due()
        if count:
            audit.record(None, Access.ANONYMISE, detail=f"{count} appeals, retention {days} days")
        self.stdout.write(f"{count} closed appeals anonymised (kept longer than {days} days)")
