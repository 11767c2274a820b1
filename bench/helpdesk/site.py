"""django-helpdesk as the comparison benchmark serves it (issue 9), from Tyndau's side.

`prepare(work)` builds everything under `work/`: a virtual environment with django-helpdesk
from PyPI (pinned below), the PostgreSQL database `helpdesk_bench` with its migrations, the
demo's queue, a staff user and N tickets, and a session of that user got through helpdesk's
own login form. The server is then gunicorn from that venv, run from `site.chdir` with
`site.env` added to the environment.

The request factories are what a staff member's browser sends:
- `create_ticket`: POST /api/tickets/ (helpdesk's DRF API, session + CSRF as a browser uses it).
- `list_tickets`: the DataTables JSON request behind the ticket list: the first 25 rows, in the
  page's default order (created, oldest first); scope "all" is every ticket (the list page after
  clearing its status filter), "open" the page's own default filter (Open and Reopened).
- `list_page`: the HTML shell of that list page; it carries no rows, the browser then asks
  `list_tickets` for them.

Only the standard library and bench.load are imported here: this runs in Tyndau's venv.
`python -m bench.helpdesk.site --check [--tickets 2000]` proves the whole path end to end.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from base64 import b64encode
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from bench.load import Request

REPO_ROOT = Path(__file__).resolve().parents[2]
HELPDESK_VERSION = "2.6.1"
# The whole resolved set, so that a rebuilt venv is the same one measured before.
REQUIREMENTS = (
    f"django-helpdesk=={HELPDESK_VERSION}",
    "Django==5.2.19",
    "djangorestframework==3.18.3",
    "django-cleanup==9.0.0",
    "django-model-utils==5.0.0",
    "email-reply-parser==0.5.12",
    "Markdown==3.11.3",
    "beautifulsoup4==4.15.0",
    "soupsieve==4.1.3",
    "nh3==0.3.8",
    "oauthlib==4.0.1",
    "requests-oauthlib==2.0.0",
    "requests==2.34.2",
    "certifi==2026.10.19.post1",
    "charset-normalizer==3.5.2",
    "idna==3.20",
    "urllib3==2.8.0",
    "asgiref==3.13.0",
    "sqlparse==0.6.1",
    "typing_extensions==4.16.0",
    "gunicorn==27.0.1",
    "psycopg[binary]==3.3.9",
    "psycopg-binary==3.3.9",
)
DATABASE = "helpdesk_bench"
USERNAME = "officer"
PASSWORD = "helpdesk-bench-officer-9"  # a throwaway user in a loopback-only benchmark database
PAGE_LENGTH = 25  # helpdesk's default tickets_per_page
CHECK_PORT = 8931

# The columns the ticket list's DataTable declares (time_spent and kbitem are on by default).
_DATATABLE_COLUMNS = (
    "id", "ticket", "priority", "queue", "status", "created", "due_date", "assigned_to",
    "submitter", "last_followup", "time_spent", "kbitem",
)  # fmt: skip
# The query ticket_list() encodes into the DataTables URL, key order included.
_LIST_QUERIES = {
    # /tickets/ with no parameters: default_query_params.
    "open": {
        "filtering": {"status__in": [1, 2]},
        "sorting": "created",
        "search_string": "",
        "sortreverse": False,
    },
    # /tickets/?sort=created (the filter form applied with no status ticked): every ticket.
    "all": {
        "filtering": {},
        "filtering_null": {},
        "sorting": "created",
        "sortreverse": None,
        "search_string": "",
    },
}
_LIST_PAGES = {"open": "/tickets/", "all": "/tickets/?sort=created"}
_SYSTEMS = ("VPN", "e-mail", "printer", "payroll portal", "laptop", "shared drive", "CRM")


@dataclass(frozen=True)
class HelpdeskSite:
    python: str  # the helpdesk venv's interpreter
    wsgi: str  # for gunicorn, run with --chdir `chdir`
    chdir: str
    env: dict[str, str]  # added to the environment of the server
    username: str
    password: str
    session_cookie: str  # `sessionid` of `username`, logged in through /login/
    csrf_token: str  # `csrftoken` cookie, echoed in X-CSRFToken on unsafe requests
    queue_id: int
    tickets: int

    @property
    def cookie_header(self) -> str:
        return f"csrftoken={self.csrf_token}; sessionid={self.session_cookie}"

    def gunicorn_command(self, bind: str, workers: int = 4) -> list[str]:
        return [
            self.python, "-m", "gunicorn", "--chdir", self.chdir, "--bind", bind,
            "--workers", str(workers), "--worker-class", "sync", "--log-level", "warning",
            self.wsgi,
        ]  # fmt: skip


def prepare(work: Path, tickets: int = 100_000) -> HelpdeskSite:
    """Build (or reuse) the venv, database, users and `tickets` tickets under `work`."""
    work = Path(work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    python = _ensure_venv(work / "helpdesk-venv")
    env = {
        "DJANGO_SETTINGS_MODULE": "bench.helpdesk.settings",
        "HELPDESK_BENCH_SECRET_KEY": _secret_key(work / "helpdesk-secret-key"),
        "HELPDESK_BENCH_DB": DATABASE,
        "HELPDESK_BENCH_DB_HOST": "127.0.0.1",
        "HELPDESK_BENCH_DB_PORT": "5432",
        "HELPDESK_BENCH_DB_USER": "postgres",
        "HELPDESK_BENCH_MEDIA_ROOT": str(work / "helpdesk-media"),
        "HELPDESK_BENCH_STATIC_ROOT": str(work / "helpdesk-static"),
    }
    seeded = subprocess.run(
        [python, "-m", "bench.helpdesk.seed", "--tickets", str(tickets)],
        cwd=REPO_ROOT,
        env={**os.environ, **env, "HELPDESK_BENCH_PASSWORD": PASSWORD},
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    )
    answer = json.loads(seeded.stdout.strip().splitlines()[-1])
    return HelpdeskSite(
        python=python,
        wsgi="bench.helpdesk.wsgi:application",
        chdir=str(REPO_ROOT),
        env=env,
        username=USERNAME,
        password=PASSWORD,
        session_cookie=answer["sessionid"],
        csrf_token=answer["csrftoken"],
        queue_id=answer["queue_id"],
        tickets=tickets,
    )


def _ensure_venv(venv: Path) -> str:
    python = venv / "bin" / "python"
    stamp = venv / "bench-requirements.txt"
    wanted = "\n".join(REQUIREMENTS) + "\n"
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return str(python)
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         *REQUIREMENTS],
        check=True,
    )  # fmt: skip
    stamp.write_text(wanted)
    return str(python)


def _secret_key(path: Path) -> str:
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


def _session_headers(site: HelpdeskSite) -> dict[str, str]:
    return {"Cookie": site.cookie_header}


def create_ticket(site: HelpdeskSite, i: int) -> Request:
    """A staff member files a ticket through helpdesk's API, as the browser would (CSRF)."""
    system = _SYSTEMS[i % len(_SYSTEMS)]
    body = {
        "queue": site.queue_id,
        "title": f"Cannot use the {system} since this morning (#{i})",
        "description": (
            f"Hello, since this morning the {system} refuses to work for me. The message says"
            f" 'Error {1000 + i % 9000}: the operation could not be completed'. I have already"
            " restarted my computer twice and logged out and back in. Colleagues next to me do"
            " not seem to have the same issue. Kind regards."
        ),
        "submitter_email": f"submitter{i % 5000}@example.org",
        "priority": 3,
    }
    return Request(
        method="POST",
        path="/api/tickets/",
        headers={
            **_session_headers(site),
            "Content-Type": "application/json",
            "Accept": "application/json",
            "X-CSRFToken": site.csrf_token,
        },
        body=json.dumps(body).encode(),
    )


def list_tickets(site: HelpdeskSite, scope: str = "all", length: int = PAGE_LENGTH) -> Request:
    """The DataTables request that fills the ticket list with its first page of rows."""
    query = b64encode(json.dumps(_LIST_QUERIES[scope]).encode()).decode("ascii")
    params: list[tuple[str, str]] = [("draw", "1")]
    for index, name in enumerate(_DATATABLE_COLUMNS):
        params += [
            (f"columns[{index}][data]", name),
            (f"columns[{index}][name]", ""),
            (f"columns[{index}][searchable]", "true"),
            (f"columns[{index}][orderable]", "false" if index == 0 else "true"),
            (f"columns[{index}][search][value]", ""),
            (f"columns[{index}][search][regex]", "false"),
        ]
    params += [
        ("start", "0"),
        ("length", str(length)),
        ("search[value]", ""),
        ("search[regex]", "false"),
        ("_", "1700000000000"),
    ]
    return Request(
        method="GET",
        path=f"/datatables_ticket_list/{query}?{urlencode(params)}",
        headers={
            **_session_headers(site),
            "Accept": "application/json, text/javascript, */*; q=0.01",
            "X-Requested-With": "XMLHttpRequest",
        },
    )


def list_page(site: HelpdeskSite, scope: str = "all") -> Request:
    """The ticket list's HTML shell (filters, saved queries, an empty table)."""
    return Request(
        method="GET",
        path=_LIST_PAGES[scope],
        headers={**_session_headers(site), "Accept": "text/html"},
    )


def _send(base_url: str, request: Request) -> tuple[int, float, bytes]:
    prepared = urllib.request.Request(
        base_url + request.path,
        data=request.body,
        headers=request.headers,
        method=request.method,
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(prepared, timeout=120) as response:
            status, body = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read()
    return status, (time.perf_counter() - started) * 1000, body


def _wait_until_serving(base_url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {process.returncode}")
        try:
            with urllib.request.urlopen(base_url + "/login/", timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    raise TimeoutError(f"{base_url} did not answer within {timeout} s")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def check(work: Path, tickets: int, port: int = CHECK_PORT, repeat: int = 5) -> bool:
    """Prepare, serve with gunicorn (4 sync workers), send each request, stop the server."""
    started = time.perf_counter()
    site = prepare(work, tickets)
    print(f"prepare({tickets}): {time.perf_counter() - started:.1f} s")
    base_url = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        site.gunicorn_command(f"127.0.0.1:{port}"),
        cwd=site.chdir,
        env={**os.environ, **site.env},
        start_new_session=True,
    )
    ok = True
    try:
        _wait_until_serving(base_url, process)
        for name, request, expected in (
            ("list_page(all)", list_page(site, "all"), 200),
            ("list_tickets(all)", list_tickets(site, "all"), 200),
            ("list_page(open)", list_page(site, "open"), 200),
            ("list_tickets(open)", list_tickets(site, "open"), 200),
            ("create_ticket", create_ticket(site, 1), 201),
        ):
            timings = []
            for attempt in range(repeat):
                if name == "create_ticket":
                    request = create_ticket(site, attempt + 1)
                status, ms, body = _send(base_url, request)
                timings.append(ms)
                if status != expected:
                    ok = False
                    print(f"{name}: HTTP {status}, expected {expected}: {body[:300]!r}")
                    break
            detail = _describe(name, site, request, body)
            print(f"{name}: HTTP {status}, ms: {' '.join(f'{ms:.0f}' for ms in timings)}{detail}")
            ok = ok and status == expected and not detail.startswith(" MISMATCH")
    finally:
        _stop(process)
    print("check passed" if ok else "check FAILED")
    return ok


def _describe(name: str, site: HelpdeskSite, request: Request, body: bytes) -> str:
    if name.startswith("list_tickets"):
        data = json.loads(body)
        rows = data["data"]
        first = rows[0]["created"] if rows else None
        return (
            f"; {len(rows)} rows of {data['recordsFiltered']} (total {data['recordsTotal']}),"
            f" {len(body)} bytes, oldest first: {first}"
        )
    if name.startswith("list_page"):
        scope = name[len("list_page(") : -1]
        rows_path = list_tickets(site, scope).path.split("?")[0]
        if rows_path.encode() not in body:
            return f" MISMATCH: the page does not load its rows from {rows_path}"
        return f"; {len(body)} bytes, rows loaded from the list_tickets({scope}) URL"
    if name == "create_ticket":
        return f"; ticket id {json.loads(body)['id']}"
    return ""


def main() -> None:
    parser = argparse.ArgumentParser(description="django-helpdesk side of the benchmark")
    parser.add_argument("--check", action="store_true", help="prepare, serve, send, stop")
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--work", type=Path, default=REPO_ROOT / "bench" / "work")
    parser.add_argument("--port", type=int, default=CHECK_PORT)
    args = parser.parse_args()
    if args.check:
        sys.exit(0 if check(args.work, args.tickets, args.port) else 1)
    started = time.perf_counter()
    site = prepare(args.work, args.tickets)
    print(f"prepare({args.tickets}): {time.perf_counter() - started:.1f} s; python {site.python}")


if __name__ == "__main__":
    main()
