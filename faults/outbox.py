"""Run in a process of its own with Django on the drill's database: `queue N` puts N letters in
the outbox (their delivery tasks queued at commit, as a filing does), `sweep MINUTES` runs the
periodic sweep as if MINUTES had passed, `report` prints the outbox as JSON."""

import datetime as dt
import json
import sys

import django


def main(command: str, *args: str) -> None:
    django.setup()
    from django.db import transaction
    from django.utils import timezone

    from tyndau.notifications import services
    from tyndau.notifications.models import OutboxMessage

    if command == "queue":
        for n in range(int(args[0])):
            with transaction.atomic():
                services.queue_mail(
                    f"citizen{n}@example.kz", f"Drill letter {n}", "Text", template="filed"
                )
    elif command == "sweep":
        later = timezone.now() + dt.timedelta(minutes=float(args[0]))
        print(json.dumps({"sent": services.deliver_waiting(now=later, limit=100_000)}))
    elif command == "report":
        rows = [
            {
                "id": m.pk,
                "state": m.state,
                "attempts": m.attempts,
                "message_id": services.message_id(m),
            }
            for m in OutboxMessage.objects.order_by("pk")
        ]
        print(json.dumps(rows))


if __name__ == "__main__":
    main(*sys.argv[1:])
