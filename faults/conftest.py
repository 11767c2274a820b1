"""Fault drills against real processes: gunicorn, PostgreSQL, the task worker, an SMTP server.
They run with `make faults` (CI), not with `make test`."""

import os
from pathlib import Path

import pytest

from bench import site as bench_site

VAR = bench_site.WORK / "var-faults"


HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items) -> None:
    for item in items:
        if HERE in Path(item.fspath).resolve().parents:
            item.add_marker(pytest.mark.faults)


@pytest.fixture(scope="session")
def postgres_site() -> bench_site.Site:
    """Tyndau on the machine's PostgreSQL, in a database of its own, made afresh."""
    url = bench_site.create_postgres_database("tyndau_faults", fresh=True)
    return bench_site.prepare(url, VAR, demo_appeals=0)


@pytest.fixture
def log_dir(tmp_path) -> Path:
    path = Path(os.environ.get("FAULTS_LOG_DIR", tmp_path))
    path.mkdir(parents=True, exist_ok=True)
    return path
