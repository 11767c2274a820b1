"""Start-up rules: the secret key, DATABASE_URL for the `tyndau` command."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PYTHON = sys.executable


def run_tyndau(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("TYNDAU_", "DJANGO_"))}
    return subprocess.run(
        [PYTHON, "-m", "tyndau.cli", *args],
        capture_output=True,
        text=True,
        env={**clean, **env},
        timeout=120,
    )


def test_refuses_to_start_on_the_default_key_with_debug_off():
    result = run_tyndau("check")
    assert result.returncode != 0
    assert "TYNDAU_SECRET_KEY" in result.stderr


def test_starts_with_debug_on_or_a_real_key():
    assert run_tyndau("check", TYNDAU_DEBUG="1").returncode == 0
    assert run_tyndau("check", TYNDAU_SECRET_KEY="x" * 50).returncode == 0


@pytest.mark.slow
def test_tyndau_command_honours_database_url(tmp_path: Path):
    database = tmp_path / "elsewhere.sqlite3"
    result = run_tyndau(
        "migrate", "--noinput", TYNDAU_DEBUG="1", DATABASE_URL=f"sqlite:///{database}"
    )
    assert result.returncode == 0, result.stderr
    assert database.exists() and database.stat().st_size > 0
    count = run_tyndau(
        "shell",
        "-c",
        "from tyndau.directory.models import Body; print(Body.objects.count())",
        TYNDAU_DEBUG="1",
        DATABASE_URL=f"sqlite:///{database}",
    )
    assert int(count.stdout.strip().splitlines()[-1]) >= 38  # 18 ministries and 20 akimats at least
