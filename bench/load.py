"""The benchmarks' load client: plain asyncio over keep-alive HTTP/1.1 connections, no library.

Two ways to drive a server:
- `saturate`: N connections each sending its next request as soon as the answer arrives (closed
  loop): the throughput the server reaches when it is never idle.
- `at_rate`: requests started on a fixed schedule (open loop), each timed from the moment it
  was due, so a stalled server shows as latency instead of silently slowing the client down
  (no coordinated omission).

It runs in the benchmark's own process, never inside the server it measures.
"""

import asyncio
import contextlib
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None = None


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes


@dataclass
class Result:
    seconds: float
    latencies_ms: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    failures: Counter = field(default_factory=Counter)  # connection errors, timeouts

    @property
    def completed(self) -> int:
        return sum(self.statuses.values())

    @property
    def throughput(self) -> float:
        return self.completed / self.seconds if self.seconds else 0.0

    def ok(self, expected: tuple[int, ...] = (200, 201)) -> int:
        return sum(count for status, count in self.statuses.items() if status in expected)

    def server_errors(self) -> int:
        return sum(count for status, count in self.statuses.items() if status >= 500)

    def percentile(self, share: float) -> float | None:
        if not self.latencies_ms:
            return None
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    def summary(self) -> dict:
        return {
            "seconds": round(self.seconds, 1),
            "requests": self.completed,
            "per_second": round(self.throughput, 1),
            "p50_ms": _round(self.percentile(0.50)),
            "p99_ms": _round(self.percentile(0.99)),
            "max_ms": _round(max(self.latencies_ms, default=None)),
            "statuses": {str(status): count for status, count in sorted(self.statuses.items())},
            "failures": dict(self.failures),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


class Connection:
    """One keep-alive connection; reconnects after the server closes it or on an error."""

    def __init__(self, base_url: str, timeout: float = 30.0):
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.timeout = timeout
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def send(self, request: Request) -> Response:
        try:
            return await asyncio.wait_for(self._send(request), self.timeout)
        except BaseException:
            await self.close()
            raise

    async def _send(self, request: Request) -> Response:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        body = request.body or b""
        lines = [f"{request.method} {request.path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        lines += [f"{name}: {value}" for name, value in request.headers.items()]
        if body or request.method in ("POST", "PUT", "PATCH"):
            lines.append(f"Content-Length: {len(body)}")
        self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
        await self.writer.drain()
        response = await self._read_response(request.method)
        if response.headers.get("connection", "").lower() == "close":
            await self.close()
        return response

    async def _read_response(self, method: str) -> Response:
        assert self.reader is not None
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionResetError("the server closed the connection")
        status = int(status_line.split()[1])
        headers: dict[str, str] = {}
        while (line := await self.reader.readline()) not in (b"\r\n", b"\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        if method == "HEAD" or status in (204, 304):
            return Response(status, headers, b"")
        if headers.get("transfer-encoding", "").lower() == "chunked":
            return Response(status, headers, await self._read_chunked())
        if "content-length" in headers:
            return Response(
                status, headers, await self.reader.readexactly(int(headers["content-length"]))
            )
        body = await self.reader.read()  # until the server closes the connection
        await self.close()
        return Response(status, headers, body)

    async def _read_chunked(self) -> bytes:
        assert self.reader is not None
        chunks = []
        while True:
            size = int((await self.reader.readline()).split(b";")[0], 16)
            if size == 0:
                await self.reader.readline()
                return b"".join(chunks)
            chunks.append(await self.reader.readexactly(size))
            await self.reader.readline()

    async def close(self) -> None:
        writer, self.reader, self.writer = self.writer, None, None
        if writer is not None:
            writer.close()
            with contextlib.suppress(OSError, asyncio.CancelledError):
                await writer.wait_closed()


RequestFactory = Callable[[int], Request]
# What a client meets when a server restarts or a worker dies: counted, then retried.
TRANSIENT = (OSError, TimeoutError, asyncio.IncompleteReadError, ValueError)


async def _saturate(
    base_url: str, make: RequestFactory, connections: int, seconds: float
) -> Result:
    result = Result(seconds=seconds)
    counter = iter(range(10**12))
    deadline = time.perf_counter() + seconds

    async def client() -> None:
        connection = Connection(base_url)
        while time.perf_counter() < deadline:
            request = make(next(counter))
            started = time.perf_counter()
            try:
                response = await connection.send(request)
            except TRANSIENT as error:
                result.failures[type(error).__name__] += 1
                await asyncio.sleep(0.05)
                continue
            result.latencies_ms.append((time.perf_counter() - started) * 1000)
            result.statuses[response.status] += 1
        await connection.close()

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(connections)))
    result.seconds = time.perf_counter() - started
    return result


async def _at_rate(
    base_url: str,
    make: RequestFactory,
    rate: float,
    seconds: float,
    max_connections: int,
    on_response: Callable[[int, Response], None] | None = None,
) -> Result:
    result = Result(seconds=seconds)
    idle: list[Connection] = []
    opened = 0
    in_flight: set[asyncio.Task] = set()

    async def one(index: int, due: float) -> None:
        nonlocal opened
        connection = idle.pop() if idle else None
        if connection is None:
            if opened >= max_connections:
                result.failures["no free connection"] += 1
                return
            opened += 1
            connection = Connection(base_url)
        try:
            response = await connection.send(make(index))
        except TRANSIENT as error:
            result.failures[type(error).__name__] += 1
        else:
            result.latencies_ms.append((time.perf_counter() - due) * 1000)
            result.statuses[response.status] += 1
            if on_response is not None:
                on_response(index, response)
        idle.append(connection)

    started = time.perf_counter()
    total = int(rate * seconds)
    for index in range(total):
        due = started + index / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        task = asyncio.ensure_future(one(index, due))
        in_flight.add(task)
        task.add_done_callback(in_flight.discard)
    if in_flight:
        await asyncio.gather(*in_flight)
    result.seconds = time.perf_counter() - started
    for connection in idle:
        await connection.close()
    return result


def saturate(
    base_url: str, make: RequestFactory, connections: int = 16, seconds: float = 10
) -> Result:
    """Closed loop: `connections` clients, each with one request outstanding at a time."""
    return asyncio.run(_saturate(base_url, make, connections, seconds))


def at_rate(
    base_url: str,
    make: RequestFactory,
    rate: float = 100,
    seconds: float = 10,
    max_connections: int = 256,
) -> Result:
    """Open loop: `rate` requests per second on a fixed schedule, latency from the due time."""
    return asyncio.run(_at_rate(base_url, make, rate, seconds, max_connections))


def fetch(base_url: str, request: Request, timeout: float = 30.0) -> Response:
    """One request, for setting up and checking."""

    async def once() -> Response:
        connection = Connection(base_url, timeout)
        try:
            return await connection.send(request)
        finally:
            await connection.close()

    return asyncio.run(once())
