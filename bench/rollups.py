"""`make bench` (roll-ups part): what keeping the analytics current costs.

1. Registering an appeal with the roll-ups kept current (the signal on every event) against
   the same registration with the signal off, alternated in rounds in one process (this
   machine is shared and noisy): medians and their ratio.
2. `rebuild_rollups` on the demo data: appeals per second.

Runs on a throwaway SQLite database in bench/work/rollups.sqlite3 seeded with DEMO_APPEALS
(default 5,000) demo appeals. Writes the figures into bench/results.json under "rollups".
"""

import os
import statistics
import time
from pathlib import Path

from bench.results import store as store_results

HERE = Path(__file__).resolve().parent
WORK = HERE / "work"
DEMO = int(os.environ.get("DEMO_APPEALS", "5000"))
ROUNDS = 7
PER_ROUND = 30


def _django() -> None:
    WORK.mkdir(exist_ok=True)
    database = WORK / "rollups.sqlite3"
    database.unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("TYNDAU_SECRET_KEY", "bench-only-secret-key-not-for-production")
    os.environ["TYNDAU_VAR_DIR"] = str(WORK)
    os.environ["DJANGO_SETTINGS_MODULE"] = "tyndau.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("seed_demo", appeals=DEMO, verbosity=0)


def _file_some(count: int, offset: int) -> float:
    from tyndau.appeals.services import AppealDraft, Applicant, file_appeal
    from tyndau.directory.models import Body, Territory

    body = Body.objects.get(code="AKM-AST")
    territory = Territory.objects.get(kato="710000000")
    started = time.perf_counter()
    for number in range(count):
        file_appeal(
            AppealDraft(
                kind="complaint",
                language="ru",
                subject=f"Яма на дороге {offset + number}",
                text=f"На улице Абая у дома {offset + number} большая яма, машины бьют колёса.",
                territory=territory,
                body=body,
                is_urgent=False,
                applicant=Applicant(name="Бенч Тест", email=f"bench{offset + number}@example.kz"),
            )
        )
    return (time.perf_counter() - started) / count * 1000


def registration_cost() -> dict:
    from django.db.models.signals import post_save

    from tyndau.analytics.apps import _event_written
    from tyndau.appeals.models import AppealEvent

    kept, bare = [], []
    offset = 0
    for _round in range(ROUNDS):
        kept.append(_file_some(PER_ROUND, offset))
        offset += PER_ROUND
        post_save.disconnect(_event_written, sender=AppealEvent, dispatch_uid="analytics-rollups")
        bare.append(_file_some(PER_ROUND, offset))
        offset += PER_ROUND
        post_save.connect(_event_written, sender=AppealEvent, dispatch_uid="analytics-rollups")
    with_rollups, without = statistics.median(kept), statistics.median(bare)
    return {
        "register_ms_with_rollups": round(with_rollups, 2),
        "register_ms_without": round(without, 2),
        "added_share": round(with_rollups / without - 1, 3),
    }


def rebuild_rate() -> dict:
    from tyndau.analytics import services

    started = time.perf_counter()
    count = services.rebuild()
    seconds = time.perf_counter() - started
    return {"appeals": count, "seconds": round(seconds, 1), "per_second": round(count / seconds)}


def main() -> None:
    _django()
    figures = {"demo_appeals": DEMO, "registration": registration_cost(), "rebuild": rebuild_rate()}
    store_results("rollups", figures)
    registration = figures["registration"]
    print(
        f"Registering an appeal: {registration['register_ms_with_rollups']} ms with the roll-ups "
        f"kept current, {registration['register_ms_without']} ms without "
        f"(+{registration['added_share']:.1%})"
    )
    rebuild = figures["rebuild"]
    rate = rebuild["per_second"]
    print(f"Rebuild: {rebuild['appeals']} appeals in {rebuild['seconds']} s ({rate}/s)")


if __name__ == "__main__":
    main()
