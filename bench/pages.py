"""The officer's pages with many appeals stored: the inbox and the appeal page (issue 9).

1. Its own database: PostgreSQL `tyndau_bench_pages` on 127.0.0.1:5432 (created when missing),
   or the SQLite file that DATABASE_URL=sqlite:///bench/work/... names; migrated, and kept
   between runs (what is there already is counted, not made again).
2. APPEALS (default 1,000,000) appeals in it: SHARE (default 0.3) of them to the Astana city
   akimat and its district akimats, the rest over every body; by `bench.bulkfill` on
   PostgreSQL, by `bench.analytics.generate` and `tyndau import_appeals` on SQLite. Then FILED
   (default 50) appeals filed to the akimat through `tyndau.appeals.services.file_appeal`,
   the way the web form and the registrar file them, and taken through the steps of their
   work by the demo officers (`tyndau.demo.builder.ensure_demo_users`): assigned, started,
   answer drafted, sent to the head, answered, the term extended.
3. VACUUM (ANALYZE) on PostgreSQL, ANALYZE on SQLite: statistics and visibility map as a
   live server keeps them. Then times, with Django's test client, as the akimat's head: the
   inbox's first page (default filters: open appeals, nearest deadline first), its last page,
   all statuses, a sphere and kind filter, a search by number among the open appeals and
   among all; as an executor of one of its departments: the inbox, and all their appeals
   newest first; as the head again: two appeal pages. Each ROUNDS times, interleaved with
   the home page in the same rounds (this machine is shared and noisy): median, 95th
   percentile, ratio of medians, and the SQL queries of one more request. Pages slower than
   SLOW_MS (default 300) get their slowest query printed, and its plan with EXPLAIN=1.

Writes bench/results.json under "pages" → "<vendor>-<appeals>".
"""

import csv
import datetime as dt
import math
import os
import random
import statistics
import time
from pathlib import Path

from bench import site
from bench.results import store as store_results

HERE = Path(__file__).resolve().parent
WORK = HERE / "work"
APPEALS = int(os.environ.get("APPEALS", "1000000"))
ROUNDS = int(os.environ.get("ROUNDS", "20"))
FILED = int(os.environ.get("FILED", "50"))
SHARE = float(os.environ.get("SHARE", "0.3"))
SLOW_MS = float(os.environ.get("SLOW_MS", "300"))
POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/tyndau_bench_pages"
BODY = "AKM-AST"  # the Astana city akimat: its head sees its own and its districts' appeals
BASELINE = "home page (baseline)"


# --- the database -----------------------------------------------------------------------------


def _database_url() -> str:
    url = os.environ.get("DATABASE_URL", "") or POSTGRES_URL
    if url.startswith("postgres"):
        import dj_database_url

        if dj_database_url.parse(url)["NAME"] == "test":
            raise SystemExit("The database `test` belongs to the test suite: choose another.")
    elif not url.startswith("sqlite"):
        raise SystemExit(f"DATABASE_URL must name PostgreSQL or SQLite, not {url!r}")
    return url


def _django() -> str:
    """Django set up on the benchmark's database, migrated; returns its vendor."""
    WORK.mkdir(exist_ok=True)
    url = _database_url()
    if url.startswith("postgres"):
        site.ensure_postgres_database(url)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("TYNDAU_SECRET_KEY", "bench-only-secret-key-not-for-production")
    os.environ["TYNDAU_VAR_DIR"] = str(WORK)
    os.environ["DJANGO_SETTINGS_MODULE"] = "tyndau.settings"
    os.environ.setdefault("TYNDAU_ALLOWED_HOSTS", "testserver")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    return connection.vendor


# --- the million appeals ------------------------------------------------------------------------


def _portions() -> list[tuple[str, str, int]]:
    """(number prefix, body path or "" for all, how many): the akimat's share, the rest."""
    from tyndau.directory.models import Body

    body = Body.objects.get(code=BODY)
    share = round(APPEALS * SHARE)
    return [("PAGES-ALL", "", APPEALS - share), ("PAGES-AST", body.path, share)]


def _fill(vendor: str) -> float | None:
    """Top every portion up to its count; the seconds it took, None when nothing was added."""
    from tyndau.appeals.models import Appeal

    started, added = time.perf_counter(), False
    for prefix, path, wanted in _portions():
        if vendor == "postgresql":
            have = Appeal.objects.filter(reg_number__startswith=f"{prefix}-").count()
            if have < wanted:
                from bench.bulkfill import fill_under

                print(f"{prefix}: {have:,} of {wanted:,} appeals there, adding the rest")
                fill_under(wanted - have, path, prefix)
                added = True
        else:
            added = _imported(prefix, path, wanted) or added
    return round(time.perf_counter() - started, 1) if added else None


def _imported(prefix: str, path: str, wanted: int) -> bool:
    """SQLite: `bench.analytics.generate`'s CSV per body (or for all), renumbered with our
    prefix so the portions do not collide, through `import_appeals` (it skips what exists)."""
    from django.core.management import call_command

    from bench.analytics import generate
    from tyndau.appeals.models import Appeal
    from tyndau.directory.models import Body

    if Appeal.objects.filter(external_id__startswith=f"{prefix}-").count() >= wanted:
        return False
    if path:
        codes = list(
            Body.objects.filter(path__startswith=path)
            .exclude(kind=Body.Kind.UNIT)
            .values_list("code", flat=True)
        )
        counts = [wanted // len(codes) + (i < wanted % len(codes)) for i in range(len(codes))]
        jobs = [(f"{prefix}-{code}", code, n) for code, n in zip(codes, counts, strict=True)]
    else:
        jobs = [(prefix, None, wanted)]
    for numbers, code, count in jobs:
        source = WORK / f"pages-{numbers}-{count}.csv"
        if not source.exists():
            raw = WORK / f"pages-raw-{count}.csv"
            generate(raw, count, code)
            _renumber(raw, source, f"{numbers}-")
            raw.unlink()
        print(f"importing {source.name}")
        call_command("import_appeals", str(source), verbosity=0)
    return True


def _renumber(source: Path, target: Path, prefix: str) -> None:
    """generate() numbers every file H-0, H-1…: the external id and repeat_of get `prefix`."""
    with source.open(newline="", encoding="utf-8") as inp, target.open("w", newline="") as out:
        rows, writer = csv.reader(inp), csv.writer(out)
        header = next(rows)
        writer.writerow(header)
        own, repeat = header.index("external_id"), header.index("repeat_of")
        for row in rows:
            row[own] = row[own].replace("H-", prefix, 1)
            if row[repeat]:
                row[repeat] = row[repeat].replace("H-", prefix, 1)
            writer.writerow(row)


# --- the appeals filed and worked on through the services ------------------------------------

# What happens to the i-th appeal filed (i % 10): how far its work goes.
STAGES = (
    "registered",
    "registered",
    "assigned",
    "assigned",
    "draft",
    "draft",
    "on_approval",
    "on_approval",
    "answered",
    "extended",
)


def _officers():
    from tyndau.demo.builder import ensure_demo_users
    from tyndau.directory.models import Body

    body = Body.objects.get(code=BODY)
    staff = ensure_demo_users()[body.pk]
    if staff.head is None or staff.registrar is None or not staff.executors:
        raise RuntimeError(f"no demo head, registrar or executors for {BODY}")
    return body, staff


def _filed(body):
    from tyndau.appeals.models import Appeal

    return Appeal.objects.filter(body=body, reg_number__startswith=f"{BODY}-").order_by("id")


def _file_and_work(body, staff) -> float | None:
    """File what is missing of FILED appeals and take each to its stage; seconds or None."""
    from tyndau.appeals import services
    from tyndau.directory.models import Sphere, Territory

    have = _filed(body).count()
    if have >= FILED:
        return None
    rng = random.Random(2026 + have)  # nosec B311: benchmark data, not security
    places = [body.territory, *Territory.objects.filter(parent=body.territory)]
    spheres = list(Sphere.objects.filter(parent__in=body.spheres.all()).select_related("parent"))
    applicants: list[services.Applicant] = []
    started = time.perf_counter()
    for number in range(have, FILED):
        language = rng.choice(("ru", "ru", "kk", "kk", "en"))
        kind = rng.choice(("statement", "statement", "complaint", "request", "proposal"))
        place, sphere = rng.choice(places), rng.choice(spheres)
        subject, text = _compose(rng, sphere.parent.code, kind, language, place)
        if applicants and rng.random() < 0.15:  # someone who wrote before writes again
            applicant = rng.choice(applicants)
        else:
            applicant = _applicant(rng, language)
            applicants.append(applicant)
        paper = rng.random() < 0.3
        draft = services.AppealDraft(
            kind=kind,
            language=language,
            subject=subject,
            text=text,
            territory=place,
            applicant=applicant,
            channel="paper" if paper else "web",
            sphere=sphere,
            body=body,
        )
        filed = services.file_appeal(draft, registered_by=staff.registrar if paper else None)
        _work(filed.appeal, STAGES[number % len(STAGES)], staff, rng)
        print(f"  filed {filed.appeal.reg_number} ({STAGES[number % len(STAGES)]})")
    return round(time.perf_counter() - started, 1)


def _compose(rng, sphere: str, kind: str, language: str, place) -> tuple[str, str]:
    from tyndau.demo import texts

    name = getattr(place, f"name_{language}", "") or place.name_ru
    return texts.compose_appeal(rng, sphere, kind, language, name)


def _applicant(rng, language: str):
    from tyndau.appeals import identifiers, services
    from tyndau.demo import texts

    last, first, patronymic = texts.person_name(rng, language)
    born = dt.date(rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28))
    login = f"bench{rng.randint(1000, 99999)}"
    return services.Applicant(
        type="individual",
        name=" ".join(part for part in (last, first, patronymic) if part),
        iin_bin=identifiers.make_iin(rng, born, rng.random() < 0.5),
        email=f"{login}@mail.kz",
        phone=f"+7 701 {rng.randint(200, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
    )


def _work(appeal, stage: str, staff, rng) -> None:
    from tyndau.answers import services as answers
    from tyndau.appeals import services
    from tyndau.demo import texts

    if stage == "registered":
        return
    executor = rng.choice(staff.executors)
    services.assign(appeal, executor, actor=staff.head)
    if stage == "assigned":
        return
    services.start_work(appeal, actor=executor)
    if stage == "extended":
        appeal.refresh_from_db()
        new_due = appeal.due_date + dt.timedelta(days=14)
        reason = "Нужен выезд на место и ответ подрядчика о сроках ремонта."
        services.request_extension(appeal, actor=executor, new_due=new_due, reason=reason)
        services.extend(appeal, actor=staff.head, new_due=new_due, reason=reason)
        return
    outcome = rng.choice(("explained", "explained", "satisfied", "refused"))
    text = texts.compose_answer(
        rng,
        appeal.sphere.parent.code,
        appeal.language,
        outcome,
        appeal.applicant_name,
        executor.full_name,
        executor.phone,
        appeal.body.name_in(appeal.language),
    )
    answers.save_draft(appeal, actor=executor, text=text, outcome=outcome)
    if stage == "draft":
        return
    reason = "Ответ проверен: по существу, со сроками и исполнителем."
    try:
        answers.submit_for_approval(appeal, actor=executor)
    except answers.NeedsOverride:
        answers.submit_for_approval(appeal, actor=executor, override_reason=reason)
    if stage == "on_approval":
        return
    try:
        answers.approve_and_send(appeal, actor=staff.head)
    except answers.NeedsOverride:
        answers.approve_and_send(appeal, actor=staff.head, override_reason=reason)


def _settle() -> None:
    """Statistics and the visibility map as autovacuum keeps them on a live server (this
    machine's PostgreSQL runs with autovacuum off, and a bulk load leaves neither)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE)" if connection.vendor == "postgresql" else "ANALYZE")


# --- the pages --------------------------------------------------------------------------------


def _client(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


def _pages(body, staff) -> dict[str, tuple[object, str]]:
    """Name → (client, URL) of every page timed."""
    from tyndau.accounts.permissions import visible_appeals
    from tyndau.appeals.views import PAGE_SIZE
    from tyndau.appeals.workflow import OPEN_STATUSES, Status

    filed = _filed(body)
    on_approval = filed.filter(status=Status.ANSWER_DRAFTED).first()
    registered = filed.filter(status=Status.REGISTERED).first()
    answered = filed.filter(status=Status.ANSWERED).first()
    if on_approval is None or registered is None or answered is None:
        raise RuntimeError("no filed appeal on approval, registered or answered: FILED < 10?")
    open_count = visible_appeals(staff.head).filter(status__in=OPEN_STATUSES).count()
    last_page = max(1, math.ceil(open_count / PAGE_SIZE))
    housing = body.spheres.get(code="housing")
    head, executor = _client(staff.head), _client(staff.executors[0])
    return {
        BASELINE: (head, "/ru/"),
        "inbox, first page": (head, "/ru/staff/"),
        "inbox, last page": (head, f"/ru/staff/?page={last_page}"),
        "inbox, all statuses": (head, "/ru/staff/?status="),
        "inbox, sphere + kind filter": (head, f"/ru/staff/?sphere={housing.pk}&kind=complaint"),
        "inbox, search by number": (head, f"/ru/staff/?q={on_approval.reg_number}"),
        "inbox, search by number, all statuses": (
            head,
            f"/ru/staff/?status=&q={answered.reg_number}",
        ),
        "executor's inbox": (executor, "/ru/staff/"),
        "executor's inbox, all, newest first": (executor, "/ru/staff/?status=&sort=-received"),
        "appeal page, answer on approval": (head, f"/ru/staff/appeals/{on_approval.reg_number}/"),
        "appeal page, just registered": (head, f"/ru/staff/appeals/{registered.reg_number}/"),
    }


def _get(client, url: str):
    response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}")
    return response


def _timed(client, url: str) -> float:
    started = time.perf_counter()
    _get(client, url)
    return (time.perf_counter() - started) * 1000


def _percentile_95(values: list[float]) -> float:
    return sorted(values)[max(0, math.ceil(len(values) * 0.95) - 1)]


def measure(pages: dict[str, tuple[object, str]]) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for client, url in pages.values():  # warm: models, templates, the calendar
        _get(client, url)
    timings: dict[str, list[float]] = {name: [] for name in pages}
    for _round in range(ROUNDS):
        for name, (client, url) in pages.items():
            timings[name].append(_timed(client, url))
    baseline = statistics.median(timings[BASELINE])
    figures = {}
    for name, (client, url) in pages.items():
        with CaptureQueriesContext(connection) as captured:
            _get(client, url)
        slowest = max(captured.captured_queries, key=lambda q: float(q["time"]), default=None)
        median = statistics.median(timings[name])
        figures[name] = {
            "url": url,
            "median_ms": round(median, 1),
            "p95_ms": round(_percentile_95(timings[name]), 1),
            "ratio_to_baseline": round(median / baseline, 1),
            "queries": len(captured.captured_queries),
            "slowest_query_ms": round(float(slowest["time"]) * 1000, 1) if slowest else None,
            "slowest_query": slowest["sql"] if slowest else "",
        }
    return figures


def explain(sql: str) -> str:
    from django.db import connection

    prefix = (
        "EXPLAIN (ANALYZE, BUFFERS)" if connection.vendor == "postgresql" else "EXPLAIN QUERY PLAN"
    )
    with connection.cursor() as cursor:
        cursor.execute(f"{prefix} {sql}")
        return "\n".join(" ".join(str(c) for c in row) for row in cursor.fetchall())


# --- the report -------------------------------------------------------------------------------


def _scope(staff) -> dict:
    from tyndau.accounts.permissions import visible_appeals
    from tyndau.appeals.models import Appeal
    from tyndau.appeals.workflow import OPEN_STATUSES

    seen = visible_appeals(staff.head)
    return {
        "appeals": Appeal.objects.count(),
        "in_heads_scope": seen.count(),
        "open_in_heads_scope": seen.filter(status__in=OPEN_STATUSES).count(),
    }


def _save(key: str, figures: dict) -> None:
    store_results("pages", figures, under=key)


def _abridged(sql: str) -> str:
    """The query without its list of columns: its tables, conditions and order."""
    if sql.startswith("SELECT ") and " FROM " in sql:
        return "SELECT … FROM " + sql.split(" FROM ", 1)[1]
    return sql


def _print(figures: dict) -> None:
    print(
        f"\n{figures['appeals']:,} appeals in {figures['database']}; the head of {BODY} sees "
        f"{figures['in_heads_scope']:,}, {figures['open_in_heads_scope']:,} of them open; "
        f"{figures['rounds']} rounds"
    )
    print(f"{'page':40} {'median ms':>10} {'p95 ms':>8} {'× home':>7} {'queries':>8}  url")
    for name, page in figures["pages"].items():
        print(
            f"{name:40} {page['median_ms']:>10} {page['p95_ms']:>8} "
            f"{page['ratio_to_baseline']:>7} {page['queries']:>8}  {page['url']}"
        )
    slow = [(n, p) for n, p in figures["pages"].items() if p["median_ms"] > SLOW_MS]
    for name, page in slow:
        print(f"\nSlow: {name} (slowest query {page['slowest_query_ms']} ms):")
        print(_abridged(page["slowest_query"]))
        if os.environ.get("EXPLAIN") == "1":
            print(explain(page["slowest_query"]))


def main() -> None:
    vendor = _django()
    fill_seconds = _fill(vendor)
    body, staff = _officers()
    filing_seconds = _file_and_work(body, staff)
    _settle()
    pages = _pages(body, staff)
    figures = {
        "database": vendor,
        "date": dt.date.today().isoformat(),
        **_scope(staff),
        "body": BODY,
        "filed_through_services": _filed(body).count(),
        "fill_seconds": fill_seconds,
        "filing_seconds": filing_seconds,
        "rounds": ROUNDS,
        "pages": measure(pages),
    }
    _print(figures)
    for page in figures["pages"].values():
        del page["slowest_query"]  # printed above when slow; too long to keep
    _save(f"{vendor}-{APPEALS}", figures)


if __name__ == "__main__":
    main()
