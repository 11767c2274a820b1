"""The signature of a delivery, and how a receiver checks it.

    X-Tyndau-Signature: t=1767225600,v1=5f0c…(64 hex digits)

`v1` is the hex HMAC-SHA256, keyed with the endpoint's secret, of `"<t>.<body>"`: the Unix time
of the attempt, a full stop and the request body exactly as received (bytes). A receiver
recomputes it, compares in constant time and refuses a `t` too far from its own clock, so a
captured request cannot be replayed later. Several `v1=` parts may come while a secret is
being rotated; one matching is enough."""

import hashlib
import hmac
import time

HEADER = "X-Tyndau-Signature"
TOLERANCE_SECONDS = 300


def signature(secret: str, timestamp: int, body: bytes) -> str:
    signed = str(timestamp).encode() + b"." + body
    return hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


def header_value(secret: str, body: bytes, timestamp: int | None = None) -> str:
    timestamp = int(time.time()) if timestamp is None else timestamp
    return f"t={timestamp},v1={signature(secret, timestamp, body)}"


def verify(
    secret: str,
    header: str,
    body: bytes,
    *,
    tolerance: int = TOLERANCE_SECONDS,
    now: float | None = None,
) -> bool:
    """What a receiver does: True if `header` signs `body` with `secret`, recently enough."""
    timestamp, candidates = None, []
    for part in (header or "").split(","):
        name, _sep, value = part.strip().partition("=")
        if name == "t" and value.isdigit():
            timestamp = int(value)
        elif name == "v1":
            candidates.append(value)
    if timestamp is None or not candidates:
        return False
    now = time.time() if now is None else now
    if abs(now - timestamp) > tolerance:
        return False
    expected = signature(secret, timestamp, body)
    return any(hmac.compare_digest(expected, c) for c in candidates)
