"""Database, demo objects and ticket data of the django-helpdesk side (helpdesk venv only).

Run by `site.prepare()` as `python -m bench.helpdesk.seed --tickets N` from the
repository root, with `site`'s environment. Idempotent: the database is dropped and
recreated only when the tickets it was seeded with are not the number asked for;
tickets added later (by benchmark runs) are deleted so that every run starts from the
same N. The last line printed is a JSON object with the session to use.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta

import psycopg
from psycopg.conninfo import make_conninfo

QUEUE_SLUG = "helpdesk"
QUEUE_TITLE = "Help Desk"
OFFICER = "officer"
COLLEAGUES = ("amira.haddad", "jonas.berg", "li.wei", "maria.santos")
RNG_SEED = 9  # issue 9

SYSTEMS = (
    "VPN",
    "e-mail",
    "Outlook calendar",
    "printer on floor 3",
    "payroll portal",
    "laptop",
    "office Wi-Fi",
    "shared drive",
    "CRM",
    "HR portal",
    "invoicing system",
    "desk phone",
    "video conferencing",
    "expense app",
    "door badge",
    "second monitor",
    "document scanner",
    "intranet",
    "timesheet tool",
    "mobile device management",
)
PROBLEMS = (
    "cannot connect to the {s}",
    "{s} keeps crashing",
    "{s} is very slow since this morning",
    "error when opening the {s}",
    "request for access to the {s}",
    "locked out of the {s}",
    "{s} not syncing",
    "{s} needs replacing",
    "{s} stopped working after the update",
    "password reset needed for the {s}",
    "{s} shows a blank page",
    "new starter needs the {s} set up",
)
OPENINGS = (
    "Hello, since {when} the {s} has not been working for me.",
    "Hi team, I have a problem with the {s} that started {when}.",
    "Good morning, our whole team is affected: the {s} fails {when}.",
    "Dear support, I was asked to raise a ticket about the {s}.",
)
DETAILS = (
    'The message says "Error {code}: the operation could not be completed".',
    "I have already restarted my computer twice and logged out and back in.",
    "It happens both in the office and when I work from home.",
    "Colleagues sitting next to me do not seem to have the same issue.",
    "I need this for the month-end report, so it is fairly urgent.",
    "It worked fine until {when}, nothing changed on my side as far as I know.",
    "I attached a screenshot to the e-mail I sent earlier, reference {code}.",
    "The problem appears about every ten minutes and then goes away.",
    "My manager approved the request, her name is on the form.",
    "I am on extension {ext} if you would like to call me.",
)
CLOSINGS = ("Thanks in advance.", "Kind regards.", "Many thanks for your help.", "Best wishes.")
WHENS = ("yesterday", "this morning", "last Friday", "the last update", "Monday")
RESOLUTIONS = (
    "Cleared the cached credentials and re-enrolled the device; the user confirmed it works.",
    "Access granted after approval by the line manager.",
    "Replaced the hardware; old unit sent for recycling.",
    "Known issue fixed by the vendor's patch deployed overnight.",
    "Reset the password and walked the user through the sign-in steps.",
    "Duplicate of an earlier ticket from the same team.",
    "Could not reproduce; closed after no reply from the submitter for 14 days.",
)
FIRST_NAMES = (
    "anna", "ben", "carla", "dmitri", "elif", "farid", "grace", "hugo", "ines", "jakub",
    "kofi", "lena", "marek", "nadia", "oscar", "priya", "quentin", "rosa", "samir", "tara",
)  # fmt: skip
LAST_NAMES = (
    "novak", "okafor", "petrov", "quinn", "rossi", "schmidt", "tanaka", "usman", "varga",
    "weber", "xu", "yilmaz", "zielinski", "andersen", "brown", "costa", "dubois", "evans",
)  # fmt: skip
DOMAINS = ("example.org", "example.com", "example.net")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _conninfo(dbname: str) -> str:
    return make_conninfo(
        host=os.environ.get("HELPDESK_BENCH_DB_HOST", "127.0.0.1"),
        port=os.environ.get("HELPDESK_BENCH_DB_PORT", "5432"),
        user=os.environ.get("HELPDESK_BENCH_DB_USER", "postgres"),
        password=os.environ.get("HELPDESK_BENCH_DB_PASSWORD") or None,
        dbname=dbname,
    )


def _seed_state(db: str) -> tuple[bool, int | None, int]:
    """(database exists, tickets it was seeded with or None, tickets it holds now)."""
    with psycopg.connect(_conninfo("postgres"), autocommit=True) as server:
        if not server.execute("SELECT 1 FROM pg_database WHERE datname = %s", (db,)).fetchone():
            return False, None, 0
    with psycopg.connect(_conninfo(db)) as conn:
        tables = {
            row[0]
            for row in conn.execute(
                "SELECT tablename FROM pg_tables"
                " WHERE tablename IN ('bench_seed', 'helpdesk_ticket')"
            )
        }
        held = 0
        if "helpdesk_ticket" in tables:
            held = conn.execute("SELECT count(*) FROM helpdesk_ticket").fetchone()[0]
        seeded = None
        if "bench_seed" in tables:
            row = conn.execute("SELECT tickets FROM bench_seed").fetchone()
            seeded = row[0] if row else None
        return True, seeded, held


def ensure_database(db: str, tickets: int) -> None:
    exists, seeded, held = _seed_state(db)
    if exists and (seeded == tickets or (seeded is None and held == 0)):
        return
    with psycopg.connect(_conninfo("postgres"), autocommit=True) as server:
        if exists:
            log(f"helpdesk: {db} was seeded with {seeded} tickets, not {tickets}: recreating it")
            server.execute(f'DROP DATABASE "{db}" WITH (FORCE)')
        server.execute(f'CREATE DATABASE "{db}"')


def ensure_demo_objects(password: str) -> tuple[int, int, list[int]]:
    """The site, the queue and the staff users; returns (queue id, officer id, colleague ids)."""
    from django.contrib.auth import get_user_model
    from django.contrib.sites.models import Site
    from helpdesk.models import Queue

    Site.objects.update_or_create(id=1, defaults={"domain": "127.0.0.1", "name": "helpdesk"})
    queue, _ = Queue.objects.get_or_create(
        slug=QUEUE_SLUG,
        defaults={"title": QUEUE_TITLE, "allow_public_submission": True},
    )
    User = get_user_model()
    officer, _ = User.objects.get_or_create(
        username=OFFICER,
        defaults={"email": "officer@example.com", "first_name": "Olga", "last_name": "Officer"},
    )
    officer.is_staff = True
    officer.is_active = True
    officer.set_password(password)
    officer.save()
    colleague_ids = []
    for name in COLLEAGUES:
        first, last = name.split(".")
        user, created = User.objects.get_or_create(
            username=name,
            defaults={
                "email": f"{name}@example.com",
                "first_name": first.title(),
                "last_name": last.title(),
                "is_staff": True,
            },
        )
        if created:
            user.set_unusable_password()
            user.save()
        colleague_ids.append(user.id)
    return queue.id, officer.id, colleague_ids


def _status_for(age: float, rng: random.Random) -> int:
    """Open 1, Reopened 2, Resolved 3, Closed 4, Duplicate 5; recent tickets are mostly open."""
    weights = (70, 5, 15, 10, 0) if age < 0.05 else (12, 3, 10, 70, 5)
    return rng.choices((1, 2, 3, 4, 5), weights)[0]


def _text(rng: random.Random, system: str) -> str:
    fill = {
        "s": system,
        "when": rng.choice(WHENS),
        "code": rng.randint(1000, 99999),
        "ext": rng.randint(2000, 4999),
    }
    parts = [rng.choice(OPENINGS)]
    parts += rng.sample(DETAILS, rng.randint(2, 4))
    parts.append(rng.choice(CLOSINGS))
    return " ".join(part.format(**fill) for part in parts)


def seed_tickets(tickets: int, queue_id: int, officer_id: int, colleague_ids: list[int]) -> None:
    """COPY `tickets` tickets with their follow-ups, in one transaction with the marker row."""
    from django.db import connection, transaction

    rng = random.Random(RNG_SEED)
    now = datetime.now(UTC).replace(microsecond=0)
    span = timedelta(days=730).total_seconds()
    # Oldest first, so that ids follow creation dates as they do in a live helpdesk.
    offsets = sorted((rng.random() * span for _ in range(tickets)), reverse=True)
    started = time.monotonic()
    followup_id = 0
    with transaction.atomic(), connection.cursor() as cursor:
        raw = cursor.cursor
        raw.execute("CREATE TABLE bench_seed (tickets integer, last_ticket_id integer)")
        ticket_rows = []
        followup_rows = []
        for ticket_id, offset in enumerate(offsets, start=1):
            created = now - timedelta(seconds=offset)
            age = offset / span
            status = _status_for(age, rng)
            closed = status in (3, 4, 5)
            modified = min(now, created + timedelta(hours=rng.uniform(0.5, 24 * 21)))
            owner_roll = rng.random()
            if owner_roll < (0.35 if closed else 0.4):
                assigned = officer_id
            elif owner_roll < (0.9 if closed else 0.7):
                assigned = rng.choice(colleague_ids)
            else:
                assigned = None
            system = rng.choice(SYSTEMS)
            title = rng.choice(PROBLEMS).format(s=system)
            title = title[0].upper() + title[1:]
            description = _text(rng, system)
            person = f"{rng.choice(FIRST_NAMES)}.{rng.choice(LAST_NAMES)}"
            submitter = f"{person}@{rng.choice(DOMAINS)}"
            resolution = rng.choice(RESOLUTIONS) if closed else None
            due = created + timedelta(days=rng.randint(3, 21)) if rng.random() < 0.25 else None
            priority = rng.choices((1, 2, 3, 4, 5), (5, 15, 60, 15, 5))[0]
            ticket_rows.append(
                (ticket_id, title, created, modified, submitter, status, False, description,
                 resolution, priority, due, assigned, queue_id, str(uuid.uuid4()))
            )  # fmt: skip
            followup_id += 1
            followup_rows.append(
                (followup_id, created, "Ticket Opened", description, True, None, ticket_id,
                 None, json.dumps([submitter]))
            )  # fmt: skip
            if assigned is not None and rng.random() < 0.5:
                followup_id += 1
                followup_rows.append(
                    (followup_id, created + (modified - created) / 3, "Comment",
                     "Thanks, we are looking into it.", True, None, ticket_id, assigned,
                     json.dumps([submitter]))
                )  # fmt: skip
            if closed:
                followup_id += 1
                word = {3: "Resolved", 4: "Closed", 5: "Closed as duplicate"}[status]
                followup_rows.append(
                    (followup_id, modified, word, resolution, True, status, ticket_id,
                     assigned or officer_id, json.dumps([submitter]))
                )  # fmt: skip
        with raw.copy(
            "COPY helpdesk_ticket (id, title, created, modified, submitter_email, status,"
            " on_hold, description, resolution, priority, due_date, assigned_to_id, queue_id,"
            " secret_key) FROM STDIN"
        ) as copy:
            for row in ticket_rows:
                copy.write_row(row)
        with raw.copy(
            "COPY helpdesk_followup (id, date, title, comment, public, new_status, ticket_id,"
            " user_id, email_recipients) FROM STDIN"
        ) as copy:
            for row in followup_rows:
                copy.write_row(row)
        for table in ("helpdesk_ticket", "helpdesk_followup"):
            raw.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                f" (SELECT max(id) FROM {table}))"
            )
        raw.execute("INSERT INTO bench_seed VALUES (%s, %s)", (tickets, tickets))
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE helpdesk_ticket")
        cursor.execute("VACUUM ANALYZE helpdesk_followup")
    log(
        f"helpdesk: seeded {tickets} tickets and {followup_id} follow-ups"
        f" in {time.monotonic() - started:.1f}s"
    )


def trim_added_tickets() -> None:
    """Delete the tickets created after seeding (by earlier benchmark runs)."""
    from django.db import connection
    from helpdesk.models import Ticket

    with connection.cursor() as cursor:
        cursor.execute("SELECT last_ticket_id FROM bench_seed")
        last = cursor.fetchone()[0]
    deleted, _ = Ticket.objects.filter(id__gt=last).delete()
    if deleted:
        log(f"helpdesk: deleted {deleted} rows added after seeding")
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE helpdesk_ticket")
            cursor.execute("ANALYZE helpdesk_followup")


def log_in(password: str) -> dict[str, str]:
    """Log the officer in through helpdesk's own login form, CSRF checks on."""
    from django.contrib.sessions.models import Session
    from django.test import Client
    from django.utils import timezone as dj_timezone

    Session.objects.filter(expire_date__lt=dj_timezone.now()).delete()
    client = Client(enforce_csrf_checks=True)
    form = client.get("/login/")
    if form.status_code != 200:
        raise SystemExit(f"helpdesk login page answered {form.status_code}")
    response = client.post(
        "/login/",
        {
            "username": OFFICER,
            "password": password,
            "csrfmiddlewaretoken": client.cookies["csrftoken"].value,
            "next": "/tickets/",
        },
    )
    if response.status_code != 302 or "sessionid" not in client.cookies:
        raise SystemExit(f"helpdesk login failed ({response.status_code})")
    return {
        "sessionid": client.cookies["sessionid"].value,
        "csrftoken": client.cookies["csrftoken"].value,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tickets", type=int, required=True)
    args = parser.parse_args()
    password = os.environ["HELPDESK_BENCH_PASSWORD"]
    db = os.environ.get("HELPDESK_BENCH_DB", "helpdesk_bench")

    ensure_database(db, args.tickets)

    import django
    from django.core.management import call_command
    from django.db import connection

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)
    queue_id, officer_id, colleague_ids = ensure_demo_objects(password)
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass('bench_seed') IS NOT NULL")
        seeded = cursor.fetchone()[0]
    if seeded:
        trim_added_tickets()
    else:
        seed_tickets(args.tickets, queue_id, officer_id, colleague_ids)
    cookies = log_in(password)
    print(json.dumps({"queue_id": queue_id, "officer_id": officer_id, **cookies}))


if __name__ == "__main__":
    main()
