"""`make bench` (import part): `tyndau import_appeals` rows per second, on SQLite and, when it
answers, PostgreSQL.

Two generated files of ROWS (default 100,000) historical appeals over two years:
- "one body": a city akimat's own history, about its territory, every sphere (a body
  migrating from its legacy system, which is what the command is for);
- "every body": spread over every body, territory and sphere of the directory (the worst
  case for the roll-ups: almost every appeal opens roll-up rows of its own).

Each file is imported RUNS times (default 3) into a fresh copy of a migrated database, in a
child process, and each run is paired with the baseline measured just before it: reading the
same file with Python's csv module and nothing else, the floor of any import written in
Python. Reports medians and the ratio of the import's speed to the baseline's.

Writes bench/results.json under "imports". PostgreSQL: BENCH_POSTGRES_URL (default
postgres://postgres@127.0.0.1:5432/postgres) names the server; the bench creates and drops
its own databases there.
"""

import csv
import datetime as dt
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.analytics import generate
from bench.results import store as store_results

HERE = Path(__file__).resolve().parent
WORK = HERE / "work"
ROWS = int(os.environ.get("ROWS", "100000"))
RUNS = int(os.environ.get("RUNS", "3"))
POSTGRES = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
TEMPLATE, TARGET = "tyndau_import_template", "tyndau_import_run"


def _django(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("TYNDAU_SECRET_KEY", "bench-only-secret-key-not-for-production")
    os.environ["TYNDAU_VAR_DIR"] = str(WORK)
    os.environ["DJANGO_SETTINGS_MODULE"] = "tyndau.settings"
    import django

    django.setup()


def baseline(path: Path) -> float:
    """Rows per second of reading the file with csv.reader and nothing else."""
    started = time.perf_counter()
    with path.open(newline="", encoding="utf-8") as file:
        count = sum(1 for _record in csv.reader(file)) - 1
    return count / (time.perf_counter() - started)


# --- in a child process: one import into a fresh database -----------------------------------


def child(url: str, path: str) -> None:
    _django(url)
    from tyndau.appeals import imports

    started = time.perf_counter()
    report = imports.import_file(path)
    seconds = time.perf_counter() - started
    assert report.errors == 0 and report.imported == report.read, report
    print(json.dumps({"rows_per_second": report.read / seconds, "seconds": seconds}))


def _run_child(url: str, path: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "bench.imports", "--child", url, str(path)],
        check=True,
        capture_output=True,
        text=True,
        cwd=HERE.parent,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- databases -------------------------------------------------------------------------------


class SQLite:
    name = "sqlite"

    def __init__(self):
        self.template, self.target = WORK / "import-template.sqlite3", WORK / "import-run.sqlite3"

    def prepare(self) -> bool:
        self.template.unlink(missing_ok=True)
        _migrate(f"sqlite:///{self.template}")
        return True

    def fresh(self) -> str:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.target}{suffix}").unlink(missing_ok=True)
        with sqlite3.connect(self.template) as source, sqlite3.connect(self.target) as copy:
            source.backup(copy)  # the write-ahead log's pages included
        return f"sqlite:///{self.target}"


class PostgreSQL:
    name = "postgresql"

    def _admin(self, *statements: str) -> None:
        import psycopg

        with psycopg.connect(POSTGRES, autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)

    def _url(self, database: str) -> str:
        return POSTGRES.rsplit("/", 1)[0] + f"/{database}"

    def prepare(self) -> bool:
        try:
            self._admin(f"DROP DATABASE IF EXISTS {TARGET}", f"DROP DATABASE IF EXISTS {TEMPLATE}")
        except Exception as error:  # no server here: SQLite only
            print(f"PostgreSQL skipped: {error}")
            return False
        self._admin(f"CREATE DATABASE {TEMPLATE}")
        _migrate(self._url(TEMPLATE))
        return True

    def fresh(self) -> str:
        self._admin(
            f"DROP DATABASE IF EXISTS {TARGET}", f"CREATE DATABASE {TARGET} TEMPLATE {TEMPLATE}"
        )
        return self._url(TARGET)

    def clean(self) -> None:
        self._admin(f"DROP DATABASE IF EXISTS {TARGET}", f"DROP DATABASE IF EXISTS {TEMPLATE}")


def _migrate(url: str) -> None:
    subprocess.run(
        [str(Path(sys.executable).parent / "tyndau"), "migrate", "-v0"],
        check=True,
        cwd=HERE.parent,
        env={**os.environ, "DATABASE_URL": url, "TYNDAU_VAR_DIR": str(WORK)},
    )


def main() -> None:
    WORK.mkdir(exist_ok=True)
    os.environ.setdefault("TYNDAU_SECRET_KEY", "bench-only-secret-key-not-for-production")
    scratch = SQLite()
    scratch.prepare()
    _django(f"sqlite:///{scratch.template}")
    files = {}
    for label, one_body in (("one body", True), ("every body", False)):
        path = WORK / f"import-{'one' if one_body else 'every'}-{ROWS}.csv"
        if not path.exists():
            generate(path, ROWS, "AKM-AST" if one_body else None)
        files[label] = path
    results = {"rows": ROWS, "runs": RUNS, "databases": {}}
    for database in (scratch, PostgreSQL()):
        if database is not scratch and not database.prepare():
            continue
        figures = {}
        for label, path in files.items():
            pairs = []
            for _run in range(RUNS):
                floor = baseline(path)
                measured = _run_child(database.fresh(), path)
                pairs.append((measured["rows_per_second"], floor))
            speeds = [speed for speed, _floor in pairs]
            figures[label] = {
                "median_rows_per_second": round(statistics.median(speeds)),
                "runs": [round(speed) for speed in speeds],
                "baseline_csv_rows_per_second": round(statistics.median(f for _s, f in pairs)),
                "ratio_to_baseline": round(statistics.median(s / f for s, f in pairs), 3),
            }
            print(
                f"{database.name:10} {label:10}: {figures[label]['median_rows_per_second']:>7,} "
                f"rows/s (runs {figures[label]['runs']}), "
                f"{figures[label]['ratio_to_baseline']:.1%} of reading the CSV alone"
            )
        results["databases"][database.name] = figures
        if isinstance(database, PostgreSQL):
            database.clean()
    store_results("imports", {"date": dt.date.today().isoformat(), **results})


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
    else:
        main()
