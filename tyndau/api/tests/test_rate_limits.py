"""Rate limits count in the shared cache: two worker processes see one count."""

import socket

import pytest
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache

from tyndau.api import ratelimit

REDIS = "redis://127.0.0.1:6379/15"


def _redis_answers() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


def _two_processes(kind: str, tmp_path) -> tuple:
    """Two cache connections as two worker processes would open them."""
    if kind == "files":
        return tuple(FileBasedCache(str(tmp_path / "cache"), {}) for _ in range(2))
    if not _redis_answers():
        pytest.skip("no Redis at 127.0.0.1:6379")
    first, second = RedisCache(REDIS, {}), RedisCache(REDIS, {})
    first.clear()
    return first, second


@pytest.mark.parametrize("kind", ["files", "redis"])
def test_a_limit_holds_across_worker_processes(kind, tmp_path, monkeypatch):
    first, second = _two_processes(kind, tmp_path)
    now = 1_800_000_000.0  # the start of a window of an hour
    waits = []
    for number in range(5):
        monkeypatch.setattr(ratelimit, "cache", first if number % 2 else second)
        waits.append(ratelimit.wait_for("filing", "key-1", "4/h", now=now + number))
    assert waits[:4] == [None] * 4
    assert waits[4] == 3600 - 4  # the fifth, from either process, waits for the next window
    monkeypatch.setattr(ratelimit, "cache", first)
    assert ratelimit.wait_for("filing", "key-1", "4/h", now=now + 3600) is None
