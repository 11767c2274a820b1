from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from tyndau.appeals.models import Appeal
from tyndau.demo.builder import DEMO_PASSWORD, seed_demo


class Command(BaseCommand):
    help = "Fill the database with demo officers (known passwords) and realistic appeals."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--appeals", type=int, default=5000, help="how many appeals")
        parser.add_argument("--seed", type=int, default=2026, help="random seed")
        parser.add_argument(
            "--if-empty", action="store_true", help="do nothing when appeals already exist"
        )

    def handle(self, *args, appeals: int, seed: int, if_empty: bool, **options) -> None:
        if appeals < 0:
            raise CommandError("--appeals must be zero or more")
        if if_empty and Appeal.objects.exists():
            self.stdout.write("Demo data already loaded; nothing to do.")
            return
        report = seed_demo(appeals, seed=seed)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data: {report.appeals} appeals, {report.events} events, "
                f"{report.answers} answers, {report.ratings} ratings, {report.users} demo officers "
                f"(password '{DEMO_PASSWORD}')."
            )
        )
        if report.sample_tracking_path:
            url = settings.BASE_URL + report.sample_tracking_path
            self.stdout.write(f"An applicant's tracking page: {url}")
