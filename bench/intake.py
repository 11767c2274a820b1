"""`make bench` (intake part): the figures the intake issue asks for, measured on this machine.

1. Routing + urgency + language on the corpus's held-out part: accuracy per language,
   appeals per second in batch on one core (pinned with taskset), one appeal's latency.
2. Repeat and duplicate check at intake with APPEALS_STORED appeals already stored (a
   throwaway SQLite database in bench/work/, filled with raw inserts): median and 95th
   percentile per appeal, against a baseline measured in the same run (one indexed lookup
   of an appeal by its number), because this machine is shared and noisy.
3. Resident memory of a web worker process with the sphere model (trained into bench/work/
   models if absent) and lingua loaded, after serving pages and routing appeals.

Writes bench/results.json and prints a summary. APPEALS_STORED=100000 make bench for a
quicker run.
"""

import json
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.results import PATH as RESULTS
from bench.results import store as store_results

HERE = Path(__file__).resolve().parent
WORK = HERE / "work"
STORED = int(os.environ.get("APPEALS_STORED", "1000000"))
CHECKS = 300


def routing_figures() -> dict:
    """Run the evaluation pinned to one core, in its own process."""
    command = [sys.executable, "-m", "tyndau.routing.engine.evaluate", "--json"]
    if subprocess.run(["which", "taskset"], capture_output=True).returncode == 0:
        command = ["taskset", "-c", "0", *command]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return json.loads(output)


def _database() -> Path:
    return WORK / f"intake-{STORED}.sqlite3"


def _django(database: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("TYNDAU_SECRET_KEY", "bench-only-secret-key-not-for-production")
    os.environ["TYNDAU_VAR_DIR"] = str(WORK)
    os.environ["DJANGO_SETTINGS_MODULE"] = "tyndau.settings"
    import django

    django.setup()


def _fill(count: int) -> None:
    """`count` appeals with fingerprints, by raw inserts (the ORM would take an hour)."""
    from django.db import connection

    from tyndau.directory.models import Body, Territory
    from tyndau.related.engine import similarity
    from tyndau.related.services import blind

    body = Body.objects.get(code="AKM-AST")
    territory = Territory.objects.get(kato="710000000")
    rng = random.Random(7)
    words = (
        "отопление вода дорога свет двор школа садик очередь пенсия пособие автобус мусор "
        "лифт крыша подвал газ тариф жильё участок поликлиника врач лекарство парк"
    ).split()
    templates = [similarity.fingerprint(" ".join(rng.choices(words, k=40))) for _ in range(500)]
    start = datetime(2025, 1, 1, tzinfo=UTC)
    appeal_sql = (
        "INSERT INTO appeals_appeal (id, reg_number, tracking_token_hash, kind, channel, "
        "status, outcome, ground, language, subject, text, applicant_type, applicant_name, "
        "iin_bin, email, phone, address, territory_id, body_id, is_urgent, urgency_reason, "
        "received_at, due_date, created_at, updated_at) VALUES "
        "(?, ?, ?, 'complaint', 'web', 'closed', '', '', 'ru', ?, ?, 'individual', '', ?, "
        "?, '', '', ?, ?, 0, '', ?, ?, ?, ?)"
    )
    print_sql = (
        "INSERT INTO related_fingerprint (appeal_id, received_at, identity, email, phone, "
        "signature, band0, band1, band2, band3, band4, band5, band6, band7) VALUES "
        "(?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    with connection.cursor() as cursor:
        batch_appeals, batch_prints = [], []
        for number in range(1, count + 1):
            when = start + timedelta(seconds=number * 40)
            iin = f"{rng.randrange(10**11, 10**12)}"
            email = f"user{rng.randrange(count)}@example.kz"
            stamp = when.isoformat()
            batch_appeals.append(
                (
                    number,
                    f"B-{number:08d}",
                    f"{number:064d}",
                    "Обращение",
                    "текст обращения",
                    iin,
                    email,
                    territory.pk,
                    body.pk,
                    stamp,
                    when.date().isoformat(),
                    stamp,
                    stamp,
                )
            )
            template = templates[number % len(templates)]
            batch_prints.append(
                (number, stamp, blind(iin), blind(email), template.to_bytes(), *template.bands)
            )
            if len(batch_appeals) == 20_000:
                cursor.executemany(appeal_sql, batch_appeals)
                cursor.executemany(print_sql, batch_prints)
                batch_appeals, batch_prints = [], []
        if batch_appeals:
            cursor.executemany(appeal_sql, batch_appeals)
            cursor.executemany(print_sql, batch_prints)
    connection.commit()


def intake_check_figures() -> dict:
    WORK.mkdir(exist_ok=True)
    database = _database()
    fresh = not database.exists()
    _django(database)
    from django.core.management import call_command
    from django.db import transaction

    from tyndau.appeals.models import Appeal
    from tyndau.related import services

    if fresh:
        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        _fill(STORED)
        print(f"  stored {STORED} appeals in {time.perf_counter() - started:.0f} s")
    stored = Appeal.objects.count()
    rng = random.Random(11)
    checks, baseline = [], []
    template = Appeal.objects.order_by("-pk").first()
    for index in range(CHECKS):
        with transaction.atomic():
            appeal = Appeal.objects.create(
                reg_number=f"N-{index}",
                tracking_token_hash=f"n{index:063d}",
                kind="complaint",
                channel="web",
                language="ru",
                applicant_type="individual",
                subject="Нет отопления",
                text="В доме по улице Абая нет отопления, батареи холодные " + str(index),
                iin_bin=f"{rng.randrange(10**11, 10**12)}",
                email=f"user{rng.randrange(stored)}@example.kz",
                received_at=template.received_at + timedelta(minutes=index),
                due_date=template.due_date,
                body_id=template.body_id,
                territory_id=template.territory_id,
            )
            started = time.perf_counter()
            Appeal.objects.filter(reg_number=f"B-{rng.randrange(1, stored):08d}").first()
            baseline.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            services.check_at_intake(appeal)
            checks.append((time.perf_counter() - started) * 1000)
            transaction.set_rollback(True)
    checks.sort()
    return {
        "appeals_stored": stored,
        "checks": CHECKS,
        "median_ms": round(statistics.median(checks), 2),
        "p95_ms": round(checks[int(len(checks) * 0.95)], 2),
        "baseline_lookup_median_ms": round(statistics.median(baseline), 3),
        "ratio_to_baseline": round(statistics.median(checks) / statistics.median(baseline), 1),
    }


WORKER = """
import os, resource, django
os.environ.setdefault("TYNDAU_SECRET_KEY", "bench-only-secret-key-not-for-production")
os.environ["DJANGO_SETTINGS_MODULE"] = "tyndau.settings"
django.setup()
from django.test import Client
from tyndau.routing import services
from tyndau.routing.engine import language
assert services.router().model is not None, "no routing model to measure with"
language.warm_up()
client = Client(HTTP_HOST="localhost")
for path in ["/ru/", "/kk/appeal/new/", "/en/"]:
    assert client.get(path).status_code == 200, path
services.router().route_many([services.Incoming(text="Нет отопления, холодно") ] * 50)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def worker_memory_mb(database: Path) -> float:
    """A fresh process with Django, the sphere model and lingua loaded, after serving
    pages and routing appeals: its peak resident size."""
    models = WORK / "models"
    if not list(models.glob("sphere-*.joblib")):
        from tyndau.routing.engine import corpus
        from tyndau.routing.engine.classifier import Example, train
        from tyndau.routing.engine.features import routing_text

        appeals = corpus.read()
        train([Example(routing_text(a.subject, a.text), a.sphere) for a in appeals]).save(models)
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "TYNDAU_MODEL_DIR": str(models)}
    output = subprocess.run(
        [sys.executable, "-c", WORKER], capture_output=True, text=True, check=True, env=env
    ).stdout
    return round(float(output.strip().splitlines()[-1]), 1)


def main() -> None:
    python = platform.python_version()
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {python}"
    results = {
        "date": datetime.now(UTC).date().isoformat(),
        "machine": machine,
    }
    print("Routing, urgency and language on the held-out corpus (one core)…")
    results["routing"] = routing_figures()
    results["routing"].pop("mistakes", None)
    print(f"Repeat and duplicate check with {STORED} appeals stored…")
    results["intake_check"] = intake_check_figures()
    print("Web worker memory with the models loaded…")
    results["worker_rss_mb"] = worker_memory_mb(_database())
    store_results("intake", results)
    routing = results["routing"]
    check = results["intake_check"]
    print(
        "\nTop-1/top-3: "
        + ", ".join(
            f"{k} {v['top1']:.2f}/{v['top3']:.2f}" for k, v in routing["by_language"].items()
        )
        + f"\nRouting: {routing['appeals_per_second']:.0f} appeals/s batch, "
        f"{routing['single_ms']} ms single; model {routing['model_mb']} MB, "
        f"loads in {routing['load_seconds']} s"
        f"\nIntake check with {check['appeals_stored']} stored: median {check['median_ms']} ms, "
        f"p95 {check['p95_ms']} ms ({check['ratio_to_baseline']}× one indexed lookup)"
        f"\nWeb worker RSS with models: {results['worker_rss_mb']} MB"
        f"\nWritten to {RESULTS}"
    )


if __name__ == "__main__":
    main()
