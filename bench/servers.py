"""Start and stop the servers the benchmarks and fault drills measure, on loopback.

`gunicorn(...)` runs a WSGI application under gunicorn (the production server, with
tyndau/serving.py's settings unless told otherwise) as a child process group and stops it on
the way out; `rss_mb(pid)` reads a process's resident memory from /proc.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Server:
    url: str
    process: subprocess.Popen

    @property
    def pid(self) -> int:
        return self.process.pid

    def worker_pids(self) -> list[int]:
        return children(self.pid)


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def rss_mb(pid: int) -> float | None:
    return _proc_mb(f"/proc/{pid}/status", "VmRSS:")


def pss_mb(pid: int) -> float | None:
    """The proportional share: pages shared with other processes (the master's preloaded
    model) counted once among them."""
    return _proc_mb(f"/proc/{pid}/smaps_rollup", "Pss:")


def _proc_mb(path: str, field: str) -> float | None:
    """A `field: N kB` line of a /proc file, in MB (None when the process is gone)."""
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(field):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def cpu_seconds(pids: list[int]) -> float:
    """CPU time (user + system) the processes have used, with their reaped children's (a
    PostgreSQL backend that exited is counted in the postmaster's)."""
    ticks = 0
    for pid in pids:
        try:
            after_name = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += sum(int(value) for value in after_name[11:15])  # utime stime cutime cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def postgres_pids() -> list[int]:
    """This machine's PostgreSQL server and its backends."""
    found = []
    for comm in Path("/proc").glob("[0-9]*/comm"):
        try:
            if comm.read_text().strip() == "postgres":
                found.append(int(comm.parent.name))
        except OSError:
            continue
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen | None = None, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode} before listening")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listens on port {port} after {timeout} s")


@contextmanager
def gunicorn(
    app: str,
    env: dict[str, str],
    *,
    port: int | None = None,
    workers: int = 4,
    python: str = sys.executable,
    chdir: Path = ROOT,
    config: str | None = "python:tyndau.serving",
    extra: tuple[str, ...] = (),
    log: Path | None = None,
) -> Iterator[Server]:
    port = port or free_port()
    command = [python, "-m", "gunicorn"]
    if config:
        command += ["-c", config]
    command += ["--bind", f"127.0.0.1:{port}", "--workers", str(workers), *extra, app]
    full_env = {**os.environ, **env, "TYNDAU_BIND": f"127.0.0.1:{port}"}
    output = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115 (closed below)
    process = subprocess.Popen(
        command, cwd=chdir, env=full_env, stdout=output, stderr=output, start_new_session=True
    )
    try:
        wait_for_port(port, process)
        _wait_for_workers(process.pid, workers)
        yield Server(url=f"http://127.0.0.1:{port}", process=process)
    finally:
        stop(process)
        if log:
            output.close()


def _wait_for_workers(pid: int, workers: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while len(children(pid)) < workers and time.monotonic() < deadline:
        time.sleep(0.1)


def stop(process: subprocess.Popen, timeout: float = 20) -> None:
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        pass


def task_worker(env: dict[str, str]) -> subprocess.Popen:
    """`tyndau db_worker` (the outbox, webhooks) as production runs it beside the web."""
    return subprocess.Popen(
        [sys.executable, "-m", "tyndau.cli", "db_worker", "--no-reload", "--interval", "0.2"],
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
