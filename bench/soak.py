"""`make bench-soak`: load held for SOAK_SECONDS (default 600) on the production server.

Open-loop (each request on its schedule, latency from when it was due), all at once:
- writers: FILINGS_PER_SECOND (default 50) appeals filed through the API;
- readers: applicants opening their tracking pages (20/s, with the tokens the filings got
  back), the head reading the inbox of INBOX appeals (2/s) and the dashboard (0.5/s).
The task worker sends the outbox to an SMTP server on loopback meanwhile. Every 30 s the
resident memory of the web workers and the task worker is sampled. Reports per kind p50/p99
and statuses (5xx must be zero), and memory at the start and the end.

Writes bench/results.json under "soak".
"""

import asyncio
import json
import os
import random
import statistics
import time
from datetime import date

from bench import load, servers, site
from bench.results import store as store_results
from bench.servers import pss_mb
from bench.web import WORKERS, _mail_server

SOAK_SECONDS = float(os.environ.get("SOAK_SECONDS", "600"))
FILINGS_PER_SECOND = float(os.environ.get("FILINGS_PER_SECOND", "50"))
INBOX = int(os.environ.get("INBOX", "100000"))


def main() -> None:
    mail = _mail_server()
    os.environ["BENCH_SMTP_PORT"] = str(mail.port)
    tyndau = site.prepare(
        site.create_postgres_database("tyndau_bench", fresh=True),
        site.WORK / "var-bench",
        inbox_appeals=INBOX,
    )
    env = tyndau.env()
    worker = servers.task_worker(env)
    try:
        with servers.gunicorn("tyndau.wsgi", env, workers=WORKERS) as server:
            load.saturate(server.url, tyndau.file_appeal, connections=4, seconds=3)  # warm up
            results, memory = asyncio.run(_soak(server, tyndau, worker))
    finally:
        servers.stop(worker)
        mail.stop()
    _report(results, memory, len(mail.recorder.letters))


async def _soak(server: servers.Server, tyndau: site.Site, worker) -> tuple[dict, list]:
    tokens: list[str] = []

    def keep_token(_index: int, response: load.Response) -> None:
        if response.status == 201:
            tokens.append(json.loads(response.body)["tracking_token"])

    head = {"Cookie": f"sessionid={tyndau.head_session}", "Accept-Language": "ru"}

    def tracking(_index: int) -> load.Request:
        token = random.choice(tokens) if tokens else "not-yet-known"
        return load.Request("GET", f"/ru/track/{token}/", {"Accept-Language": "ru"})

    mix = {
        "filing (API)": (tyndau.file_appeal, FILINGS_PER_SECOND, keep_token),
        "tracking page": (tracking, 20, None),
        "inbox page": (lambda i: load.Request("GET", "/ru/staff/", head), 2, None),
        "dashboard": (lambda i: load.Request("GET", "/ru/staff/dashboard/", head), 0.5, None),
    }
    memory: list[dict] = []

    async def sample_memory() -> None:
        started = time.monotonic()
        while time.monotonic() - started < SOAK_SECONDS:
            workers = server.worker_pids()
            memory.append(
                {
                    "second": round(time.monotonic() - started),
                    "web_rss_mb": [servers.rss_mb(pid) for pid in workers],
                    "web_pss_mb": [pss_mb(pid) for pid in workers],
                    "task_worker_rss_mb": servers.rss_mb(worker.pid),
                }
            )
            await asyncio.sleep(30)

    runs = [
        load._at_rate(server.url, make, rate, SOAK_SECONDS, 512, on_response)
        for make, rate, on_response in mix.values()
    ]
    *results, _ = await asyncio.gather(*runs, sample_memory())
    return dict(zip(mix, results, strict=True)), memory


def _by_tenth(latencies_ms: list[float]) -> list[float]:
    size = max(1, len(latencies_ms) // 10)
    tenths = [latencies_ms[i : i + size] for i in range(0, size * 9, size)]
    tenths.append(latencies_ms[size * 9 :])  # the last tenth takes the remainder
    return [round(sorted(t)[int(0.99 * (len(t) - 1))]) for t in tenths if t]


def _report(results: dict[str, load.Result], memory: list[dict], letters: int) -> None:
    def web_median(sample: dict, key: str) -> float | None:
        values = [v for v in sample[key] if v]
        return round(statistics.median(values), 1) if values else None

    figures = {
        "date": date.today().isoformat(),
        "seconds": SOAK_SECONDS,
        "filings_per_second_asked": FILINGS_PER_SECOND,
        "workers": WORKERS,
        "kinds": {
            name: {
                **result.summary(),
                "over_1s": sum(ms > 1000 for ms in result.latencies_ms),
                # Where in the run the slow ones were: the latencies in the order the answers
                # came, cut in ten (a tenth of a 10-minute run is about a minute).
                "p99_ms_by_tenth": _by_tenth(result.latencies_ms),
            }
            for name, result in results.items()
        },
        "server_errors": sum(result.server_errors() for result in results.values()),
        "memory": {
            "first": memory[0] if memory else None,
            "last": memory[-1] if memory else None,
            "web_pss_mb_median_first_last": [
                web_median(memory[0], "web_pss_mb"),
                web_median(memory[-1], "web_pss_mb"),
            ]
            if memory
            else None,
        },  # fmt: skip
        "letters_sent": letters,
    }
    store_results("soak", figures)
    print(json.dumps(figures, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
