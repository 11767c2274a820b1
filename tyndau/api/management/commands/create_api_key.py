"""`tyndau create_api_key --name NAME [--body CODE] [--officer USERNAME] [--permission P ...]`:
creates an integration's API key and prints it once (Tyndau keeps only its hash).

    $ tyndau create_api_key --name "e-Otinish bridge" --permission file
    tyn_3f9a1c2e_...

Without --permission the key may only file appeals. Permissions that change appeals need
--officer (the key acts as that officer, under the officer's role and scope)."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from tyndau.accounts.models import User
from tyndau.api import keys
from tyndau.api.models import FILE, PERMISSIONS
from tyndau.directory.models import Body


class Command(BaseCommand):
    help = "Create an API key for an integration and print it (shown only this once)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--name", required=True, help="Who the key is for")
        parser.add_argument("--body", metavar="CODE", help="Only this body's appeals (and units)")
        parser.add_argument(
            "--officer", metavar="USERNAME", help="The officer the key acts as for changes"
        )
        parser.add_argument(
            "--permission",
            action="append",
            choices=PERMISSIONS,
            dest="permissions",
            metavar="PERMISSION",
            help=f"Repeat for each; one of: {', '.join(PERMISSIONS)} (default: {FILE})",
        )

    def handle(self, *args, name: str, body: str | None, officer: str | None, **options):
        found_body = None
        if body:
            found_body = Body.objects.filter(code=body.strip().upper()).first()
            if found_body is None:
                raise CommandError(f"unknown body code {body!r}", returncode=2)
        found_officer = None
        if officer:
            found_officer = User.objects.filter(username=officer).first()
            if found_officer is None:
                raise CommandError(f"unknown officer {officer!r}", returncode=2)
        try:
            issued = keys.issue(
                name.strip(),
                body=found_body,
                officer=found_officer,
                permissions=options["permissions"] or [FILE],
            )
        except ValidationError as error:
            messages = "; ".join(
                f"{field}: {' '.join(str(m) for m in errs)}"
                for field, errs in error.message_dict.items()
            )
            raise CommandError(messages, returncode=2) from None
        self.stderr.write(
            f"API key {issued.api_key.name!r} ({issued.api_key.prefix}…) created with "
            f"{', '.join(issued.api_key.permissions)}. It is shown only this once:"
        )
        self.stdout.write(issued.raw)
