"""`make bench-analytics`: the analytics pages and the stats API with many appeals stored.

1. Generates APPEALS (default 1,000,000) historical appeals over the last two years, spread
   over every body, territory and sphere of the directory, and loads them with
   `tyndau import_appeals` into bench/work/analytics-N.sqlite3 (or DATABASE_URL when it names
   PostgreSQL); the database is kept between runs.
2. Times, with Django's test client, the head's dashboard, the risk map, the open statistics
   page and GET /api/v1/stats/bodies (uncached), each ROUNDS times, against the home page
   timed in the same rounds (this machine is shared and noisy): median, 95th percentile and
   the ratio of medians.

Writes bench/results.json under "analytics".
"""

import csv
import datetime as dt
import os
import random
import statistics
import time
from pathlib import Path

from bench.results import store as store_results

HERE = Path(__file__).resolve().parent
WORK = HERE / "work"
APPEALS = int(os.environ.get("APPEALS", "1000000"))
ROUNDS = int(os.environ.get("ROUNDS", "20"))
OUTCOMES = ("satisfied", "refused", "explained", "explained")
REASONS = ["incomplete", "no_specific_information", "deadline_broken", "not_solved", "other"]
COLUMNS = [
    "external_id", "received_at", "body", "kind", "channel", "language", "territory",
    "sphere", "applicant_id", "text", "answered_at", "outcome", "rating", "rating_reasons",
    "repeat_of",
]  # fmt: skip


def _django() -> str:
    WORK.mkdir(exist_ok=True)
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        url = f"sqlite:///{WORK / f'analytics-{APPEALS}.sqlite3'}"
        os.environ["DATABASE_URL"] = url
    os.environ.setdefault("TYNDAU_SECRET_KEY", "bench-only-secret-key-not-for-production")
    os.environ["TYNDAU_VAR_DIR"] = str(WORK)
    os.environ["DJANGO_SETTINGS_MODULE"] = "tyndau.settings"
    os.environ.setdefault("TYNDAU_ALLOWED_HOSTS", "testserver")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return url


def generate(path: Path, count: int, body: str | None = None) -> None:
    """`count` appeals over two years into a CSV for `import_appeals`: to every body that
    is not a unit, or only to `body` (a code) and about its own territory."""
    from tyndau.directory.models import Body, Sphere, Territory

    rng = random.Random(2026)
    addressed = (
        Body.objects.filter(code=body) if body else Body.objects.exclude(kind=Body.Kind.UNIT)
    )
    bodies = list(addressed.values_list("code", "territory__kato"))
    territories = list(Territory.objects.values_list("kato", flat=True))
    spheres = list(Sphere.objects.values_list("code", flat=True))
    now = dt.datetime.now().replace(second=0, microsecond=0)
    start = now - dt.timedelta(days=730)
    step = (now - start) / count
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for number in range(count):
            received = start + step * number
            days = rng.choice((2, 5, 8, 10, 12, 14, 15, 18, 25, 40))
            answered = received + dt.timedelta(days=days, hours=rng.randint(0, 8))
            answered = answered if answered < now and rng.random() < 0.95 else None
            rating = rng.choice((1, 2, 3, 4, 5, 5)) if answered and rng.random() < 0.15 else ""
            repeat = (
                f"H-{rng.randint(0, number - 1)}" if number > 100 and rng.random() < 0.04 else ""
            )
            body, territory = rng.choice(bodies)
            writer.writerow(
                [
                    f"H-{number}",
                    received.isoformat(sep=" ", timespec="minutes"),
                    body,
                    rng.choice(("statement", "complaint", "request", "proposal")),
                    rng.choice(("web", "email", "paper", "phone")),
                    rng.choice(("ru", "kk")),
                    territory or rng.choice(territories),  # an akimat's own, a ministry's any
                    rng.choice(spheres),
                    f"P{rng.randint(1, count // 3)}",
                    f"Обращение {number}: прошу решить вопрос.",
                    answered.isoformat(sep=" ", timespec="minutes") if answered else "",
                    rng.choice(("satisfied", "refused", "explained", "explained"))
                    if answered
                    else "",
                    rating,
                    rng.choice(REASONS) if rating and rating <= 2 else "",
                    repeat,
                ]
            )


def _fill() -> dict:
    """The appeals, by the import (its speed measured), or on PostgreSQL with BULK=1 (the
    default from 2,000,000 appeals) by `bench.bulkfill`; then the roll-ups rebuilt, timed."""
    from tyndau.analytics import services
    from tyndau.appeals.models import Appeal

    have = Appeal.objects.count()
    figures = {"import_rows_per_second": None, "rebuild_seconds": None}
    if have < APPEALS:
        bulk = os.environ.get("BULK", "1" if APPEALS >= 2_000_000 else "0") == "1"
        if bulk and connection_vendor() == "postgresql":
            from bench.bulkfill import fill

            fill(APPEALS - have)
        else:
            figures["import_rows_per_second"] = _imported(APPEALS - have)
    if have < APPEALS or os.environ.get("REBUILD") == "1":
        started = time.perf_counter()
        services.rebuild()
        figures["rebuild_seconds"] = round(time.perf_counter() - started, 1)
    figures["appeals"] = Appeal.objects.count()
    return figures


def connection_vendor() -> str:
    from django.db import connection

    return connection.vendor


def _imported(count: int) -> int:
    from django.core.management import call_command

    source = WORK / f"appeals-{count}.csv"
    if not source.exists():
        generate(source, count)
    started = time.perf_counter()
    call_command("import_appeals", str(source), verbosity=0)
    return round(count / (time.perf_counter() - started))


def _client():
    from django.core.cache import cache
    from django.test import Client

    from tyndau.accounts.models import Role, User
    from tyndau.directory.models import Body

    body = Body.objects.get(code="AKM-AST")
    head, _created = User.objects.get_or_create(
        username="bench.head", defaults={"role": Role.HEAD, "body": body, "first_name": "Bench"}
    )
    head.set_password("bench-password")
    head.save()
    client = Client()
    client.force_login(head)
    return client, cache


def _timed(client, cache, url: str) -> float:
    cache.clear()
    started = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}")
    return elapsed


def pages() -> dict:
    client, cache = _client()
    today = dt.date.today()
    year = f"date_from={today.replace(month=1, day=1)}&date_to={today}"
    urls = {
        "home page (baseline)": "/ru/",
        "dashboard, 30 days": "/ru/staff/dashboard/",
        "risk map, 30 days": "/ru/staff/risk-map/",
        "open statistics, this year": f"/ru/stats/?{year}",
        "API stats/bodies, this year": f"/api/v1/stats/bodies?{year}",
    }
    timings = {name: [] for name in urls}
    for _round in range(ROUNDS):
        for name, url in urls.items():
            timings[name].append(_timed(client, cache, url))
    baseline = statistics.median(timings["home page (baseline)"])
    return {
        name: {
            "median_ms": round(statistics.median(values), 1),
            "p95_ms": round(sorted(values)[max(0, int(len(values) * 0.95) - 1)], 1),
            "ratio_to_baseline": round(statistics.median(values) / baseline, 1),
        }
        for name, values in timings.items()
    }


def main() -> None:
    url = _django()
    filled = _fill()
    figures = {
        "database": "postgresql" if url.startswith("postgres") else "sqlite",
        **filled,
        "rounds": ROUNDS,
        "pages": pages(),
    }
    store_results("analytics", figures, under=f"{figures['database']}-{APPEALS}")
    print(f"{figures['appeals']} appeals in {figures['database']}:")
    if figures["import_rows_per_second"]:
        print(f"  import: {figures['import_rows_per_second']:,} rows/s")
    if figures["rebuild_seconds"] is not None:
        print(f"  full rebuild of the roll-ups: {figures['rebuild_seconds']} s")
    for name, page in figures["pages"].items():
        print(
            f"  {name}: median {page['median_ms']} ms, p95 {page['p95_ms']} ms "
            f"({page['ratio_to_baseline']}× the home page)"
        )


if __name__ == "__main__":
    main()
