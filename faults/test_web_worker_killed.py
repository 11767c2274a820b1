"""Web workers are killed (SIGKILL) again and again while clients file appeals with
idempotency keys and retry: every acknowledged appeal exists exactly once, and no appeal
exists that a client did not file."""

import asyncio
import os
import random
import signal

from bench import servers
from faults import drill

FILINGS = 150
CLIENTS = 6


async def _kill_workers(server: servers.Server, done: asyncio.Event, kills: list[int]) -> None:
    while not done.is_set():
        await asyncio.sleep(0.5 + random.random() * 1.0)
        workers = server.worker_pids()
        if workers and not done.is_set():
            victim = random.choice(workers)
            try:
                os.kill(victim, signal.SIGKILL)
                kills.append(victim)
            except ProcessLookupError:
                pass


async def _drill(server: servers.Server, pending: list[drill.Filing], seen: drill.Seen) -> int:
    done = asyncio.Event()
    kills: list[int] = []
    killer = asyncio.ensure_future(_kill_workers(server, done, kills))
    try:
        await drill.file_all(server.url, pending, CLIENTS, seen)
    finally:
        done.set()
        await killer
    return len(kills)


def test_killed_web_workers_lose_no_acknowledged_appeal(postgres_site, log_dir):
    pending = drill.filings(postgres_site, FILINGS)
    seen = drill.Seen()
    with servers.gunicorn(
        "tyndau.wsgi", postgres_site.env(), workers=3, log=log_dir / "gunicorn-kill.log"
    ) as server:
        kills = asyncio.run(_drill(server, pending, seen))
    figures = drill.check_nothing_lost(postgres_site.database_url, pending)
    print(
        f"\nweb worker killed {kills} times; {seen.broken_connections} broken connections; "
        f"{figures['retried']} of {FILINGS} filings retried; statuses {dict(seen.statuses)}"
    )
    assert kills >= 5, "the drill must actually kill workers while filings run"
    assert seen.broken_connections > 0
    assert seen.statuses[500] == 0 and not seen.unexpected
