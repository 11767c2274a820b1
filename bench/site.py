"""Tyndau as the load benchmarks and fault drills serve it: a database of its own (PostgreSQL's
`tyndau_bench`, or a SQLite file), the directory and demo officers, a trained routing model,
an integration's API key, and the requests a citizen's app would send.

`prepare()` runs in the benchmark's process (Django set up there, against the same database the
server will use); the server itself runs under gunicorn with `server_env()`.
"""

import datetime as dt
import json
import os
import random
import secrets
import subprocess
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from bench.load import Request

HERE = Path(__file__).resolve().parent
WORK = HERE / "work"
SECRET = "bench-only-secret-key-not-for-production-0123456789"
PG_ADMIN_URL = os.environ.get("BENCH_PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
PAYLOADS = 400  # distinct appeal texts, cycled
APPLICANTS = 50_000  # distinct people, cycled
REPEAT_EVERY = 20
INBOX_BODY = "AKM-AST"  # the body whose head's inbox the list benchmarks read


@dataclass
class Site:
    database_url: str
    var_dir: Path
    api_key: str
    payloads: list[dict] = field(default_factory=list)
    applicants: list[dict] = field(default_factory=list)
    head_session: str = ""  # the session cookie of the head of INBOX_BODY
    reader_key: str = ""  # an API key of INBOX_BODY that may read its appeals
    extra_env: dict[str, str] = field(default_factory=dict)

    def env(self) -> dict[str, str]:
        return {
            "DJANGO_SETTINGS_MODULE": "tyndau.settings",
            "DATABASE_URL": self.database_url,
            "TYNDAU_SECRET_KEY": SECRET,
            "TYNDAU_VAR_DIR": str(self.var_dir),
            "TYNDAU_DEBUG": "0",
            "TYNDAU_ALLOWED_HOSTS": "127.0.0.1,localhost",
            # A benchmark is one client filing thousands: the per-key limit is not what we measure.
            "TYNDAU_API_FILING_RATE_PER_KEY": "100000000/m",
            "TYNDAU_API_FILING_RATE_PER_IP": "100000000/m",
            "TYNDAU_DB_CONN_MAX_AGE": "60",
            "TYNDAU_EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "TYNDAU_EMAIL_HOST": "127.0.0.1",
            "TYNDAU_EMAIL_PORT": os.environ.get("BENCH_SMTP_PORT", "8925"),
            "TYNDAU_LOG_LEVEL": "WARNING",
            **({"TYNDAU_CACHE_URL": REDIS_URL} if _redis_answers() else {}),
            **self.extra_env,
        }

    def file_appeal(self, index: int) -> Request:
        return Request(
            "POST",
            "/api/v1/appeals",
            {
                "Authorization": f"Bearer {self.api_key}",
                "Content-Type": "application/json",
                "Accept-Language": "ru",
                "Idempotency-Key": str(uuid.uuid4()),
            },
            json.dumps(self.payload(index), ensure_ascii=False).encode(),
        )

    def payload(self, index: int) -> dict:
        """An appeal text of the pool, from a person of their own: one in REPEAT_EVERY writes
        again (as an earlier filer), the others are new applicants, as on a real day."""
        payload = dict(self.payloads[index % len(self.payloads)])
        writer = index - 7 if index % REPEAT_EVERY == 0 and index >= 7 else index
        payload["applicant"] = self.applicants[writer % len(self.applicants)]
        return payload


REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/7")


def _redis_answers() -> bool:
    """Production keeps its cache (rate limits) in Redis; the file cache is the fallback."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(REDIS_URL)
    try:
        with socket.create_connection((parts.hostname, parts.port or 6379), timeout=0.5):
            return True
    except OSError:
        return False


def postgres_url(name: str) -> str:
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    return f"{base}/{name}"


def create_postgres_database(name: str, fresh: bool = False) -> str:
    """The database `name` on the benchmarks' server (made afresh with `fresh`); its URL."""
    return ensure_postgres_database(postgres_url(name), fresh)


def ensure_postgres_database(url: str, fresh: bool = False) -> str:
    """The database a URL names, created through the server's `postgres` database if missing
    (dropped and created again with `fresh`); returns the URL."""
    import dj_database_url
    import psycopg
    from psycopg import sql

    config = dj_database_url.parse(url)
    name = sql.Identifier(config["NAME"])
    with psycopg.connect(
        dbname="postgres",
        host=config["HOST"] or None,
        port=config["PORT"] or None,
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
        autocommit=True,
    ) as admin:
        exists = admin.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]
        ).fetchone()
        if exists and fresh:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(name))
            exists = None
        if not exists:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(name))
    return url


def _tyndau(env: dict[str, str], *args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "tyndau.cli", *args],
        env={**os.environ, **env},
        check=True,
        stdout=subprocess.DEVNULL,
    )


def prepare(
    database_url: str, var_dir: Path, demo_appeals: int = 200, inbox_appeals: int = 0
) -> Site:
    """Migrate, load the directory and demo officers, train the model, issue a key; with
    `inbox_appeals` (PostgreSQL only), fill INBOX_BODY up to that many appeals."""
    var_dir.mkdir(parents=True, exist_ok=True)
    site = Site(database_url=database_url, var_dir=var_dir, api_key="")
    env = site.env()
    _tyndau(env, "migrate", "--noinput")
    _tyndau(env, "train", "--if-missing", "--include-held-out")
    _tyndau(env, "seed_demo", "--appeals", str(demo_appeals), "--if-empty")
    output = subprocess.run(
        [sys.executable, "-m", "bench.site", "--issue-key", str(inbox_appeals)],
        env={**os.environ, **env},
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    facts = json.loads(output.strip().splitlines()[-1])
    site.api_key = facts["key"]
    site.head_session = facts["head_session"]
    site.reader_key = facts["reader_key"]
    site.payloads = facts["payloads"]
    site.applicants = facts["applicants"]
    return site


def _fill_inbox(body, count: int) -> None:
    from bench import bulkfill
    from tyndau.appeals.models import Appeal

    have = Appeal.objects.filter(body__path__startswith=body.path).count()
    if count > have:
        bulkfill.fill_under(count - have, body.path, prefix="INBOX-", progress=lambda *a: None)


def _analyze() -> None:
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def _head_session(body) -> str:
    from django.test import Client

    from tyndau.accounts.models import Role, User

    head, _created = User.objects.get_or_create(
        username=f"bench.head.{body.code.lower()}", defaults={"role": Role.HEAD, "body": body}
    )
    client = Client()
    client.force_login(head)
    return client.cookies["sessionid"].value


def _issue_key_and_payloads(inbox_appeals: int) -> dict:
    """In a process of its own with Django set up on the site's database."""
    import django

    django.setup()
    from tyndau.api import keys
    from tyndau.appeals import identifiers
    from tyndau.demo import texts
    from tyndau.directory.models import Body, Sphere, Territory

    body = Body.objects.filter(is_active=True).order_by("pk").first()
    raw = keys.issue("load benchmark", body=body, permissions=["file"]).raw
    rng = random.Random(2026)
    places = list(
        Territory.objects.filter(level__in=["region", "city", "district"]).values_list(
            "kato", "name_ru", "name_kk", "name_en"
        )
    )
    spheres = list(Sphere.objects.filter(parent=None).values_list("code", flat=True))
    payloads = []
    for _ in range(PAYLOADS):
        language = rng.choices(["ru", "kk", "en"], weights=[55, 40, 5])[0]
        kato, *names = rng.choice(places)
        place = names[["ru", "kk", "en"].index(language)]
        kind = rng.choice(["complaint", "statement", "statement", "proposal", "request"])
        subject, text = texts.compose_appeal(rng, rng.choice(spheres), kind, language, place)
        payloads.append(
            {
                "kind": kind,
                "subject": subject[:200],
                "text": text,
                "territory": kato,
                "language": language,
                "consent": True,
            }
        )
    # People new to this run: the database is kept between runs, and the same people filing
    # again in every run would give each run more earlier appeals to check than the last.
    people = random.Random(secrets.randbits(64))
    run = secrets.token_hex(4)
    applicants = []
    for index in range(APPLICANTS):
        language = people.choice(["ru", "kk"])
        born = dt.date(people.randint(1945, 2005), people.randint(1, 12), people.randint(1, 28))
        applicants.append(
            {
                "name": " ".join(part for part in texts.person_name(people, language) if part),
                "iin_bin": identifiers.make_iin(people, born, people.random() < 0.5),
                "email": f"applicant.{run}.{index}@example.kz",
                "phone": f"+7701{people.randrange(10**7):07d}",
            }
        )
    inbox_body = Body.objects.get(code=INBOX_BODY)
    if inbox_appeals:
        _fill_inbox(inbox_body, inbox_appeals)
    _analyze()  # earlier runs' filings: this PostgreSQL runs no autovacuum
    reader = keys.issue("list benchmark", body=inbox_body, permissions=["view"]).raw
    return {
        "key": raw,
        "payloads": payloads,
        "applicants": applicants,
        "head_session": _head_session(inbox_body),
        "reader_key": reader,
    }


if __name__ == "__main__" and "--issue-key" in sys.argv:
    print(json.dumps(_issue_key_and_payloads(int(sys.argv[2])), ensure_ascii=False))
