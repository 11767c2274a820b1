"""Clients that file appeals the way a careful integration does: each with its own
Idempotency-Key, retried with the same key and body after a broken connection or a 503 until
acknowledged. What they saw is kept for the checks."""

import asyncio
import json
import random
from collections import Counter
from dataclasses import dataclass, field

import psycopg

from bench.load import TRANSIENT, Connection, Request
from bench.site import Site

MARK = "[drill {index}] "


@dataclass
class Filing:
    index: int
    request: Request
    number: str | None = None
    attempts: int = 0


@dataclass
class Seen:
    statuses: Counter = field(default_factory=Counter)
    broken_connections: int = 0
    unavailable_without_retry_after: int = 0
    unexpected: list[str] = field(default_factory=list)
    acknowledged_order: list[int] = field(default_factory=list)


def filings(site: Site, count: int) -> list[Filing]:
    made = []
    for index in range(count):
        payload = site.payload(index)
        payload["subject"] = (MARK.format(index=index) + payload["subject"])[:200]
        request = site.file_appeal(index)
        body = json.dumps(payload, ensure_ascii=False).encode()
        made.append(Filing(index, Request(request.method, request.path, request.headers, body)))
    return made


async def file_all(base_url: str, pending: list[Filing], concurrency: int, seen: Seen) -> None:
    queue: asyncio.Queue[Filing] = asyncio.Queue()
    for filing in pending:
        queue.put_nowait(filing)

    async def client() -> None:
        connection = Connection(base_url, timeout=60)
        while not queue.empty():
            filing = queue.get_nowait()
            while filing.number is None:
                filing.attempts += 1
                try:
                    response = await connection.send(filing.request)
                except TRANSIENT:
                    seen.broken_connections += 1
                    await asyncio.sleep(0.1 + random.random() * 0.2)
                    continue
                seen.statuses[response.status] += 1
                if response.status == 201:
                    filing.number = json.loads(response.body)["number"]
                    seen.acknowledged_order.append(filing.index)
                elif response.status == 503:
                    if "retry-after" not in response.headers:
                        seen.unavailable_without_retry_after += 1
                    await asyncio.sleep(0.2 + random.random() * 0.3)
                else:
                    seen.unexpected.append(f"{response.status}: {response.body[:300]!r}")
                    if len(seen.unexpected) > 20 or response.status < 500:
                        raise AssertionError(seen.unexpected[-1])
                    await asyncio.sleep(0.2)
        await connection.close()

    await asyncio.gather(*(client() for _ in range(concurrency)))


def stored_appeals(database_url: str) -> list[tuple[str, str]]:
    with psycopg.connect(database_url) as connection:
        return connection.execute("SELECT reg_number, subject FROM appeals_appeal").fetchall()


def check_nothing_lost(database_url: str, done: list[Filing]) -> dict:
    """Every acknowledged appeal exists exactly once, and nothing exists that no client filed."""
    stored = stored_appeals(database_url)
    numbers = Counter(number for number, _subject in stored)
    by_index = Counter()
    for _number, subject in stored:
        assert subject.startswith("[drill "), f"an appeal nobody filed: {subject!r}"
        by_index[int(subject.split()[1].rstrip("]"))] += 1
    assert all(filing.number for filing in done), "a filing was never acknowledged"
    assert all(numbers[filing.number] == 1 for filing in done), "an acknowledged appeal is lost"
    assert set(by_index) == {filing.index for filing in done}
    assert max(by_index.values()) == 1, "a retried filing made a second appeal"
    return {"appeals": len(stored), "retried": sum(f.attempts > 1 for f in done)}
