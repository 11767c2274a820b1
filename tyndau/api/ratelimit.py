"""Rate limits on filing, per API key and per address, counted in Django's cache.

A rate reads "COUNT/PERIOD" with the period `s`, `m`, `h` or `d` ("20/h": twenty an hour).
Counting is by fixed windows: simple, and at most twice the rate across a window's edge.
The cache is shared by the processes (files under VAR_DIR, or Redis: TYNDAU_CACHE_URL)."""

import math
import re
import time

from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext as _

from tyndau.api.errors import ApiError

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_RATE = re.compile(r"\s*(\d+)\s*/\s*(\d*)\s*([smhd])\w*\s*")


def parse_rate(rate: str) -> tuple[int, int]:
    """'20/h' → (20, 3600); '5/10m' → (5, 600)."""
    match = _RATE.fullmatch(rate or "")
    if not match:
        raise ImproperlyConfigured(f"A rate reads like 20/h or 5/10m, not {rate!r}")
    count, many, unit = match.groups()
    return int(count), int(many or 1) * PERIODS[unit]


def wait_for(bucket: str, who: str, rate: str, now: float | None = None) -> int | None:
    """Count one request of `who` in `bucket`; None while within `rate`, otherwise the whole
    seconds until the next window opens."""
    count, period = parse_rate(rate)
    now = time.time() if now is None else now
    window = int(now // period)
    key = f"tyndau:api:rate:{bucket}:{who}:{window}"
    if cache.add(key, 1, period + 1):
        used = 1
    else:
        try:
            used = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, period + 1)
            used = 1
    if used <= count:
        return None
    return max(1, math.ceil((window + 1) * period - now))


def check(bucket: str, who: str, rate: str) -> None:
    """Raise the 429 error (with Retry-After) once `who` is over `rate`."""
    wait = wait_for(bucket, who, rate)
    if wait is not None:
        raise ApiError(
            429,
            "rate_limited",
            _("Too many requests: try again in %(seconds)d seconds.") % {"seconds": wait},
            headers={"Retry-After": str(wait)},
        )
