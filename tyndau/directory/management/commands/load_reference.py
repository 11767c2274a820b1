from django.core.management.base import BaseCommand

from tyndau.directory.services import load_reference_data


class Command(BaseCommand):
    help = "Load or refresh the bodies, territories and spheres that ship with Tyndau."

    def handle(self, *args, **options) -> None:
        report = load_reference_data()
        self.stdout.write(
            f"spheres: {report.spheres}, territories: {report.territories}, bodies: {report.bodies}"
        )
