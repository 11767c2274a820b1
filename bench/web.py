"""`make bench-load`: Tyndau on its production server under load, against the framework's own
limit and against django-helpdesk, all on this machine's PostgreSQL, in the same run.

Three gunicorn servers run side by side with the same settings (WORKERS sync workers each):
- Tyndau (`tyndau_bench`: the directory, demo officers, a trained model, INBOX appeals in the
  Astana city akimat's inbox), with its task worker sending the outbox to an SMTP server on
  loopback;
- the bare project (bench/bare: one view that validates a small JSON body and inserts a row);
- django-helpdesk 2.6.1 in its own virtual environment (bench/helpdesk: 100,000 tickets).

For ROUNDS rounds, interleaved so that the machine's noise falls on all alike, each is driven
by the asyncio client in this process (bench/load.py) for SECONDS: filing (Tyndau's API) vs
inserting (bare) vs creating a ticket (helpdesk's API) at saturation with CONNECTIONS
clients; the first page of a list of 100,000 (Tyndau's inbox page and API list, helpdesk's
ticket list rows). Then Tyndau's filing at fixed rates (open loop: 100/s, and half the
saturation throughput) for p50/p99, and the resident memory of the web workers and the task
worker under that load. Figures are medians over the rounds; ratios are computed per round.
The CPU time each writer's processes (web workers, PostgreSQL, Tyndau's task worker) used per
request is read from /proc around each run: it does not depend on what else the machine does.

Writes bench/results.json under "load" and prints a summary.
"""

import json
import os
import platform
import statistics
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

from bench import load, servers, site
from bench.helpdesk import site as helpdesk
from bench.results import store as store_results

HERE = Path(__file__).resolve().parent
ROUNDS = int(os.environ.get("ROUNDS", "3"))
SECONDS = float(os.environ.get("SECONDS_PER_RUN", "10"))
WORKERS = int(os.environ.get("WORKERS", "4"))
CONNECTIONS = int(os.environ.get("CONNECTIONS", "16"))
LIST_CONNECTIONS = int(os.environ.get("LIST_CONNECTIONS", "4"))
INBOX = int(os.environ.get("INBOX", "100000"))
TICKETS = int(os.environ.get("TICKETS", "100000"))
RATE_SECONDS = float(os.environ.get("RATE_SECONDS", "20"))


def _bare(database_url: str) -> dict[str, str]:
    env = {"DJANGO_SETTINGS_MODULE": "bench.bare.settings", "DATABASE_URL": database_url}
    subprocess.run(
        [sys.executable, "-m", "django", "migrate", "-v0"],
        env={**os.environ, **env},
        check=True,
    )
    return env


BARE_BODY = json.dumps(
    {
        "subject": "Во дворе не горят фонари",
        "text": "Во дворе дома 5 по улице Абая третий месяц не горят фонари. " * 4,
        "email": "citizen@example.kz",
    },
    ensure_ascii=False,
).encode()


def bare_insert(index: int) -> load.Request:
    return load.Request("POST", "/notes", {"Content-Type": "application/json"}, BARE_BODY)


class MemoryWatch:
    """Samples the resident memory (and the proportional share, PSS, which counts pages shared
    with the master once) of a set of processes every half second."""

    def __init__(self, pids) -> None:
        self.pids = pids
        self.samples: dict[str, list[float]] = {"rss": [], "pss": []}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            for pid in self.pids():
                rss, pss = servers.rss_mb(pid), servers.pss_mb(pid)
                if rss:
                    self.samples["rss"].append(rss)
                if pss:
                    self.samples["pss"].append(pss)

    def __enter__(self) -> "MemoryWatch":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def summary(self) -> dict:
        return {
            f"{kind}_mb_max": max(values) if values else None
            for kind, values in self.samples.items()
        } | {
            f"{kind}_mb_median": round(statistics.median(values), 1) if values else None
            for kind, values in self.samples.items()
        }


def _median(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(statistics.median(present), 1) if present else None


def _runs_summary(runs: list[load.Result]) -> dict:
    return {
        "per_second": _median([r.throughput for r in runs]),
        "p50_ms": _median([r.percentile(0.5) for r in runs]),
        "p99_ms": _median([r.percentile(0.99) for r in runs]),
        "server_errors": sum(r.server_errors() for r in runs),
        "statuses": {
            str(s): sum(r.statuses[s] for r in runs)
            for s in sorted({s for r in runs for s in r.statuses})
        },
    }


def _check(result: load.Result, name: str) -> load.Result:
    if result.ok() < result.completed or result.failures:
        print(f"  ! {name}: {result.summary()}", flush=True)
    return result


def main() -> None:
    mail = _mail_server()
    smtp_port = mail.port
    os.environ["BENCH_SMTP_PORT"] = str(smtp_port)
    print("Preparing Tyndau, the bare project and django-helpdesk...", flush=True)
    # Made afresh: filings of earlier runs would grow the inbox and each appeal's history.
    tyndau_url = site.create_postgres_database("tyndau_bench", fresh=True)
    tyndau = site.prepare(tyndau_url, site.WORK / "var-bench", inbox_appeals=INBOX)
    bare_env = _bare(site.create_postgres_database("tyndau_bench_bare"))
    desk = helpdesk.prepare(site.WORK, tickets=TICKETS)

    tyndau_env = tyndau.env()
    worker = servers.task_worker(tyndau_env)
    head = {"Cookie": f"sessionid={tyndau.head_session}", "Accept-Language": "ru"}
    key = {"Authorization": f"Bearer {tyndau.reader_key}"}
    lists = {
        "tyndau inbox page, all statuses": load.Request("GET", "/ru/staff/?status=", head),
        "tyndau inbox page, open (its default)": load.Request("GET", "/ru/staff/", head),
        "tyndau API list": load.Request(
            "GET", f"/api/v1/appeals?body={site.INBOX_BODY}&limit=25", key
        ),
        "helpdesk ticket rows, all": helpdesk.list_tickets(desk, "all"),
        "helpdesk ticket rows, open (its default)": helpdesk.list_tickets(desk, "open"),
    }
    runs: dict[str, list[load.Result]] = {}
    cpu: dict[str, list[dict[str, float]]] = {}
    try:
        with (
            servers.gunicorn("tyndau.wsgi", tyndau_env, workers=WORKERS) as tyndau_server,
            servers.gunicorn("bench.bare.wsgi", bare_env, workers=WORKERS, config=None) as bare,
            servers.gunicorn(
                desk.wsgi,
                desk.env,
                workers=WORKERS,
                python=desk.python,
                chdir=Path(desk.chdir),
                config=None,
            ) as desk_server,
        ):
            writers = {
                "bare Django insert": (bare.url, bare_insert),
                "tyndau filing": (tyndau_server.url, tyndau.file_appeal),
                "helpdesk ticket": (desk_server.url, lambda i: helpdesk.create_ticket(desk, i)),
            }
            for url, make in writers.values():  # warm up: imports, caches, the model
                load.saturate(url, make, connections=4, seconds=2)
            processes = {
                "bare Django insert": _processes(bare),
                "tyndau filing": _processes(tyndau_server, worker),
                "helpdesk ticket": _processes(desk_server),
            }
            for round_number in range(1, ROUNDS + 1):
                print(f"Round {round_number} of {ROUNDS}", flush=True)
                for name, (url, make) in writers.items():
                    before = _cpu(processes[name])
                    result = load.saturate(url, make, connections=CONNECTIONS, seconds=SECONDS)
                    used = _cpu(processes[name])
                    runs.setdefault(name, []).append(_check(result, name))
                    cpu.setdefault(name, []).append(
                        {
                            part: (used[part] - before[part]) * 1000 / max(result.ok(), 1)
                            for part in used
                        }
                    )
                    print(
                        f"  {name}: {result.throughput:.1f}/s, CPU ms per request "
                        + ", ".join(f"{part} {ms:.1f}" for part, ms in cpu[name][-1].items()),
                        flush=True,
                    )
                for name, request in lists.items():
                    url = desk_server.url if name.startswith("helpdesk") else tyndau_server.url
                    result = load.saturate(
                        url, lambda i, r=request: r, connections=LIST_CONNECTIONS, seconds=SECONDS
                    )
                    runs.setdefault(name, []).append(_check(result, name))
                    print(f"  {name}: p50 {result.percentile(0.5):.0f} ms", flush=True)
            rates = _rates(tyndau_server, tyndau, worker, runs["tyndau filing"])
    finally:
        servers.stop(worker)
        mail.stop()
    _report(runs, cpu, rates, len(mail.recorder.letters))


def _processes(server: servers.Server, task_worker=None) -> dict:
    """What serves a run, to read its CPU time: the server (master and workers), PostgreSQL
    (this machine's, all of it: nothing else should run), and Tyndau's task worker."""
    parts = {
        "web": lambda: [server.pid, *server.worker_pids()],
        "postgres": servers.postgres_pids,
    }
    if task_worker is not None:
        parts["task worker"] = lambda: [task_worker.pid]
    return parts


def _cpu_ratio(cpu: dict[str, list[dict]], a: str, b: str) -> float | None:
    values = [
        sum(x.values()) / sum(y.values())
        for x, y in zip(cpu[a], cpu[b], strict=True)
        if sum(y.values())
    ]
    return round(statistics.median(values), 1) if values else None


def _cpu(processes: dict) -> dict[str, float]:
    return {part: servers.cpu_seconds(pids()) for part, pids in processes.items()}


def _mail_server():
    from tyndau.notifications.tests.smtp import MailServer

    mail = MailServer()
    mail.start()
    return mail


def _rates(server, tyndau: site.Site, worker, saturation: list[load.Result]) -> dict:
    sustainable = max(5, round(_median([r.throughput for r in saturation]) * 0.5))
    figures = {}
    for rate in (100, sustainable):
        watch_web = MemoryWatch(server.worker_pids)
        watch_task = MemoryWatch(lambda: [worker.pid])
        with watch_web, watch_task:
            result = load.at_rate(server.url, tyndau.file_appeal, rate=rate, seconds=RATE_SECONDS)
        figures[f"{rate}/s"] = {
            **result.summary(),
            "web_worker": watch_web.summary(),
            "task_worker": watch_task.summary(),
        }
        print(f"  tyndau filing at {rate}/s: {figures[f'{rate}/s']}", flush=True)
    return figures


def _report(
    runs: dict[str, list[load.Result]], cpu: dict[str, list[dict]], rates: dict, letters: int
) -> None:
    def ratio(a: str, b: str, key=lambda r: r.throughput) -> float:
        values = [key(x) / key(y) for x, y in zip(runs[a], runs[b], strict=True) if key(y)]
        return round(statistics.median(values), 3)

    def p50(r: load.Result) -> float:
        return r.percentile(0.5) or 0.0

    figures = {
        "date": date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "server": f"gunicorn, {WORKERS} sync workers each; PostgreSQL on loopback",
        "rounds": ROUNDS,
        "seconds_per_run": SECONDS,
        "connections": CONNECTIONS,
        "runs": {name: _runs_summary(results) for name, results in runs.items()},
        # Machine time per request, whatever the other work on the machine: the medians of
        # the rounds, per process group, and their sum.
        "cpu_ms_per_request": {
            name: {
                **{part: _median([r[part] for r in rounds]) for part in rounds[0]},
                "all": _median([sum(r.values()) for r in rounds]),
            }
            for name, rounds in cpu.items()
        },
        "ratios": {
            "tyndau filing / bare insert (throughput)": ratio(
                "tyndau filing", "bare Django insert"
            ),
            "tyndau filing / helpdesk ticket (throughput)": ratio(
                "tyndau filing", "helpdesk ticket"
            ),
            "tyndau filing / bare insert (CPU per request)": _cpu_ratio(
                cpu, "tyndau filing", "bare Django insert"
            ),
            "tyndau filing / helpdesk ticket (CPU per request)": _cpu_ratio(
                cpu, "tyndau filing", "helpdesk ticket"
            ),
            "helpdesk rows all / tyndau inbox all (p50 time)": ratio(
                "helpdesk ticket rows, all", "tyndau inbox page, all statuses", p50
            ),
            "helpdesk rows open / tyndau inbox open (p50 time)": ratio(
                "helpdesk ticket rows, open (its default)",
                "tyndau inbox page, open (its default)",
                p50,
            ),
        },
        "fixed_rates": rates,
        "letters_sent_during_run": letters,
    }
    store_results("load", figures)
    print(json.dumps(figures, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
