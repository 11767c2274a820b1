"""A real HTTP receiver on 127.0.0.1 (a thread) and endpoints of integrations' keys."""

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tyndau.accounts.permissions import Action
from tyndau.api import keys
from tyndau.webhooks.models import WebhookEndpoint


@dataclass
class Received:
    path: str
    headers: dict
    body: bytes

    @property
    def json(self) -> dict:
        return json.loads(self.body)


@dataclass
class Receiver:
    """Answers each POST with the next of `replies` (a status, or ("sleep", seconds, status)),
    then with `default`; keeps what it got."""

    url: str = ""
    replies: list = field(default_factory=list)
    default: int = 200
    got: list[Received] = field(default_factory=list)


@pytest.fixture
def receiver():
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            state.got.append(Received(self.path, dict(self.headers.items()), body))
            reply = state.replies.pop(0) if state.replies else state.default
            if isinstance(reply, tuple):
                _sleep, seconds, reply = reply
                time.sleep(seconds)
            try:
                self.send_response(reply)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                self.wfile.write(b"ok" if reply < 300 else b"boom")
            except OSError:  # the sender gave up waiting
                pass

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/tyndau"
    yield state
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture
def endpoint_for(receiver):
    """endpoint_for(body=..., officer=..., event_types=[...]) → an active endpoint whose key may
    read the appeals of `body` (or of the officer's scope)."""

    def make(body=None, officer=None, event_types=None, url=None, permissions=None):
        issued = keys.issue(
            f"integration {body or officer}",
            body=body,
            officer=officer,
            permissions=permissions or [str(Action.VIEW)],
        )
        endpoint = WebhookEndpoint(api_key=issued.api_key, url=url or receiver.url)
        if event_types is not None:
            endpoint.event_types = event_types
        endpoint.full_clean()
        endpoint.save()
        return endpoint

    return make
