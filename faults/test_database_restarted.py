"""PostgreSQL is restarted in the middle of a load: while it is away every request gets 503
with Retry-After (never a 500 or a traceback), the platform recovers by itself when it is
back (the same gunicorn, no restart), and no acknowledged appeal is lost or doubled."""

import asyncio
import time

import pytest

from bench import servers
from bench import site as bench_site
from faults import drill
from faults.postgres import OwnPostgres

FILINGS = 200
CLIENTS = 4
DOWN_SECONDS = 4


@pytest.fixture(scope="module")
def own_postgres():
    server = OwnPostgres(port=servers.free_port())
    try:
        server.create()
        server.start()
        yield server
    finally:
        server.destroy()


@pytest.fixture(scope="module")
def restart_site(own_postgres):
    return bench_site.prepare(own_postgres.url, bench_site.WORK / "var-faults", demo_appeals=0)


async def _drill(server, database: OwnPostgres, pending, seen) -> dict:
    moments = {}

    async def restart() -> None:
        while len(seen.acknowledged_order) < 20:  # under load first
            await asyncio.sleep(0.05)
        moments["acknowledged_before"] = len(seen.acknowledged_order)
        await asyncio.to_thread(database.stop, "fast")
        moments["stopped"] = time.monotonic()
        await asyncio.sleep(DOWN_SECONDS)
        moments["answers_while_down"] = sum(seen.statuses.values())
        await asyncio.to_thread(database.start)
        moments["started"] = time.monotonic()
        moments["acknowledged_at_restart"] = len(seen.acknowledged_order)

    restarter = asyncio.ensure_future(restart())
    await drill.file_all(server.url, pending, CLIENTS, seen)
    await restarter
    return moments


def test_a_database_restart_gives_503s_then_recovers_by_itself(restart_site, own_postgres, log_dir):
    pending = drill.filings(restart_site, FILINGS)
    seen = drill.Seen()
    with servers.gunicorn(
        "tyndau.wsgi", restart_site.env(), workers=3, log=log_dir / "gunicorn-restart.log"
    ) as server:
        moments = asyncio.run(_drill(server, own_postgres, pending, seen))
    figures = drill.check_nothing_lost(restart_site.database_url, pending)
    after_restart = FILINGS - moments["acknowledged_at_restart"]
    print(
        f"\nPostgreSQL down {DOWN_SECONDS} s; statuses {dict(seen.statuses)}; "
        f"{seen.broken_connections} broken connections; {figures['retried']} filings retried; "
        f"{after_restart} acknowledged after the restart"
    )
    assert seen.statuses[503] > 0, "the drill must meet the database down"
    assert seen.unavailable_without_retry_after == 0
    assert seen.statuses[500] == 0 and not seen.unexpected
    assert after_restart > 0, "filing must work again after the restart, without restarting Tyndau"
