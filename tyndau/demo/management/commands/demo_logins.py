from django.core.management.base import BaseCommand
from django.utils import translation

from tyndau.accounts.models import User
from tyndau.demo.builder import DEMO_PASSWORD


class Command(BaseCommand):
    help = "List the demo officers that seed_demo created, with their password."

    @translation.override("en")
    def handle(self, *args, **options) -> None:
        users = User.objects.filter(is_demo=True).exclude(password__startswith="!")  # nosec B106: Django's mark of an unusable password
        users = users.select_related("body").order_by("body__path", "role", "username")
        if not users:
            self.stdout.write("No demo officers: run `tyndau seed_demo` first.")
            return
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
        for user in users:
            body = user.body.name_en if user.body else "-"
            self.stdout.write(f"  {user.username:<22} {user.get_role_display():<14} {body}")
