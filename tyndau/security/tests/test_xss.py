"""Whatever people type is shown as text, never as markup or script: the world's appeal, its
answer, rating, extension reasons, notes, digest and campaign all carry <script> tags, event
handlers, javascript: links and template syntax, and every page, the admin, the API, Open311,
the PDF letter and the spreadsheets are read for them. Each page is also parsed: no inline
script, event handler or javascript: URL may appear on any page at all (inline styles are
test_csp's)."""

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
import zipfile
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tyndau.security.tests.conftest import FORMULA, PAYLOADS, tainted, web_urls

pytestmark = pytest.mark.django_db

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "poster"}


class Markup(HTMLParser):
    """What on a page could run script."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_inline_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            if name in URL_ATTRIBUTES and (value or "").strip().lower().startswith("javascript:"):
                self.problems.append(f"<{tag} {name}={value}>")
        if tag in ("iframe", "object", "embed", "base"):
            self.problems.append(f"<{tag}>")
        if tag == "img" and attributes.get("src") == "x":
            self.problems.append("<img src=x>")
        if tag == "script" and "src" not in attributes:
            self._in_inline_script = attributes.get("type") != "application/json"

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_inline_script = False

    def handle_data(self, data):
        if self._in_inline_script and data.strip():
            self.problems.append(f"inline script: {data.strip()[:60]}")


def problems_in(html: str) -> list[str]:
    parser = Markup()
    parser.feed(html)
    return parser.problems


def shown(label: str, html: str) -> bool:
    """The labelled text appears with its first payload escaped: it was shown, as text (lists
    cut long texts short, so not always all of it)."""
    return escape(f"{label} {PAYLOADS[0]}") in html


def assert_safe(html: str, where: str) -> None:
    assert problems_in(html) == [], where
    for raw in PAYLOADS[:3]:
        assert raw not in html, (where, raw)


def test_the_markup_check_sees_each_payload_when_unescaped():
    """The check itself: the payloads, put in a page raw, are each found."""
    for payload in PAYLOADS[:3]:
        assert problems_in(f"<p>{payload}</p>"), payload
    assert problems_in('<a href="javascript:alert(1)">x</a>')
    assert not problems_in(f"<p>{escape(tainted('x'))}</p><script src='/s.js'></script>")


# --- the web pages ------------------------------------------------------------------------------

# Where each typed text must be seen (escaped): {(user, URL name, query): labels}.
EXPECTED = {
    ("anonymous", "appeals:track", ""): [
        "Subject",
        "Text",
        "Answer",
        "Extension granted",
        "Comment",
    ],
    ("anonymous", "ratings:answer", ""): ["Answer", "Comment"],
    ("anonymous", "analytics:public_digests", ""): ["Digest"],
    ("anonymous", "analytics:public_digest", ""): ["Digest", "Question", "Digest answer"],
    ("head", "appeals:inbox", "?status=&q=alert"): ["Subject", "Later subject"],
    ("head", "appeals:detail", ""): [
        "Subject",
        "Text",
        "Name",
        "Address",
        "Answer",
        "Extension asked",
        "Extension granted",
        "Comment",
        "Executor",
    ],
    ("executor", "appeals:detail", "drafted"): ["Later subject", "Later text", "Draft", "Comment"],
    ("head", "analytics:appeals_behind", ""): ["Subject"],
    ("head", "related:campaign", ""): ["Campaign", "Answer"],
    ("head", "analytics:digests", ""): ["Digest"],
    ("head", "analytics:digest", ""): ["Question", "Digest answer"],
    ("head", "analytics:alert", ""): ["Note", "Closing", "Campaign"],
    ("head", "analytics:evaluation", ""): ["Executor"],
}


def _client(world, who: str) -> Client:
    client = Client()
    users = {**world.officers, "admin": world.admin}
    if who != "anonymous":
        client.force_login(users[who])
    return client


@pytest.mark.slow
def test_every_page_shows_typed_text_as_text(world):
    urls = web_urls(world)
    pages = 0
    for who in ("anonymous", "executor", "head"):
        client = _client(world, who)
        for name, url in urls.items():
            if url.endswith((".pdf", ".csv", ".xlsx")):
                continue
            for query in ("", "?q=alert&status=", "?sphere=1&region=1"):
                response = client.get(url + query)
                if "text/html" in response.get("Content-Type", ""):
                    pages += 1
                    assert_safe(response.content.decode(), f"{who} {name}{query}")
    assert pages > 60


def test_the_pages_that_show_typed_text_show_it_escaped(world):
    urls = web_urls(world)
    with translation.override("en"):
        drafted = reverse("appeals:detail", args=[world.drafted.reg_number])
    for (who, name, query), labels in EXPECTED.items():
        url = drafted if query == "drafted" else urls[name] + query
        response = _client(world, who).get(url)
        assert response.status_code == 200, (who, name)
        html = response.content.decode()
        assert_safe(html, f"{who} {name}")
        missing = [label for label in labels if not shown(label, html)]
        assert missing == [], (who, name, missing)
        assert "{{7*7}}" in html  # template syntax typed stays as typed


def test_the_live_check_fragment_escapes_the_draft(world):
    client = _client(world, "executor")
    with translation.override("en"):
        url = reverse("answers:check", args=[world.drafted.reg_number])
    html = client.post(url, {"text": tainted("Typed")}).content.decode()
    assert_safe(html, "answer check")


def test_the_pdf_letter_is_drawn_from_escaped_html(world, monkeypatch):
    from tyndau.answers import letter

    drawn = {}

    class Capture:
        def __init__(self, string, **kwargs):
            drawn["html"] = string

        def write_pdf(self):
            return b"%PDF-1.7"

    monkeypatch.setattr(letter.weasyprint, "HTML", Capture)
    letter.letter_pdf(world.answer)
    html = drawn["html"]
    assert problems_in(html) == [] and all(p not in html for p in PAYLOADS[:3])
    assert shown("Answer", html) and shown("Address", html)


# --- the admin ----------------------------------------------------------------------------------


def test_the_admin_shows_typed_text_as_text(world):
    client = _client(world, "admin")
    answer, appeal = world.answer, world.answered
    pages = {
        "admin:appeals_appeal_change": ([appeal.pk], ["Subject", "Text"]),
        "admin:appeals_appeal_changelist": ([], []),
        "admin:answers_answer_change": ([answer.pk], ["Answer"]),
        "admin:ratings_rating_change": ([appeal.rating.pk], ["Comment"]),
        "admin:deadlines_extension_changelist": ([], []),
        "admin:deadlines_extension_change": ([appeal.extensions.first().pk], ["Extension granted"]),
        "admin:open311_servicerequest_change": ([appeal.open311.pk], ["Open311 address"]),
        "admin:accounts_user_change": ([world.officers["executor"].pk], []),
    }
    for name, (args, labels) in pages.items():
        with translation.override("en"):
            url = reverse(name, args=args)
        response = client.get(url + ("" if args else "?q=alert"))
        assert response.status_code == 200, name
        html = response.content.decode()
        assert_safe(html, name)
        assert [label for label in labels if not shown(label, html)] == [], name


# --- the JSON API and Open311 -------------------------------------------------------------------


def _strings(data) -> list[str]:
    if isinstance(data, dict):
        return [s for value in data.values() for s in _strings(value)]
    if isinstance(data, list):
        return [s for value in data for s in _strings(value)]
    return [data] if isinstance(data, str) else []


def test_the_api_gives_typed_text_back_as_json_strings(world):
    head = _client(world, "head")
    number = world.answered.reg_number
    reads = {
        f"/api/v1/appeals/{number}": ["Subject", "Text"],
        f"/api/v1/appeals/{number}/answer": ["Answer"],
        f"/api/v1/tracking/{world.tracking_token}": ["Subject", "Answer", "Comment"],
        "/api/v1/appeals?status=": [],
    }
    for url, labels in reads.items():
        client = head if "tracking" not in url else Client()
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"].startswith("application/json")
        assert response["X-Content-Type-Options"] == "nosniff"
        strings = " ".join(_strings(json.loads(response.content)))
        assert [label for label in labels if tainted(label) not in strings] == [], url


@pytest.mark.parametrize("fmt", ["xml", "json"])
def test_open311_gives_typed_text_back_as_data(world, fmt):
    response = Client().get(f"/open311/v2/requests/{world.answered.reg_number}.{fmt}")
    assert response.status_code == 200
    if fmt == "json":
        assert response["Content-Type"].startswith("application/json")
        address = json.loads(response.content)[0]["address"]
    else:
        assert response["Content-Type"].startswith("text/xml")
        root = ET.fromstring(response.content)
        assert {element.tag for element in root.iter()} <= {
            "service_requests",
            "request",
            *json.loads(
                Client().get(f"/open311/v2/requests/{world.answered.reg_number}.json").content
            )[0],
        }
        address = root.find("request/address").text
    assert address == tainted("Open311 address")


# --- spreadsheets -------------------------------------------------------------------------------

FORMULA_START = re.compile(r"^[=+\-@\t\r]")
PLAIN_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


def _dangerous(cell: str) -> bool:
    return bool(FORMULA_START.match(cell)) and not PLAIN_NUMBER.match(cell)


def csv_cells(content: bytes) -> list[str]:
    text = content.decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def xlsx_parts(content: bytes) -> tuple[list[str], str]:
    """The workbook's text cells and its worksheets' XML."""
    book = zipfile.ZipFile(io.BytesIO(content))
    names = book.namelist()
    sheets = "".join(book.read(n).decode() for n in names if n.startswith("xl/worksheets/"))
    strings = []
    if "xl/sharedStrings.xml" in names:
        root = ET.fromstring(book.read("xl/sharedStrings.xml"))
        strings = ["".join(t.text or "" for t in si.iter() if t.tag.endswith("}t")) for si in root]
    inline = re.findall(r"<is><t[^>]*>([^<]*)</t></is>", sheets)
    return strings + inline, sheets


def assert_inert(content: bytes, kind: str, where: str, carries: str | None = None) -> None:
    if kind == "csv":
        cells = csv_cells(content)
        assert [c for c in cells if _dangerous(c)] == [], where
        if carries:
            assert "'" + carries in cells or any(c.startswith("'" + carries) for c in cells), where
    else:
        cells, sheets = xlsx_parts(content)
        assert "<f>" not in sheets and "<f " not in sheets, where  # no formula anywhere
        assert "<hyperlink" not in sheets, where
        if carries:
            assert any(c.startswith(carries) for c in cells), where


@pytest.fixture
def formula_names(world, astana):
    """A body and an officer whose names look like formulas (an administrator typed them)."""
    astana.name_kk = astana.name_ru = astana.name_en = f"{FORMULA} akimat"
    astana.save()
    executor = world.officers["executor"]
    executor.last_name = "@SUM(1+1)"
    executor.save(update_fields=["last_name"])
    return world


def _content(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def test_exports_keep_typed_text_from_becoming_formulas(formula_names):
    world = formula_names
    head = _client(world, "head")
    api = {
        "/api/v1/exports/appeals.csv?status=": ("csv", FORMULA),
        "/api/v1/exports/appeals.xlsx?status=": ("xlsx", FORMULA),
        "/api/v1/exports/stats.csv": ("csv", FORMULA),
        "/api/v1/exports/stats.xlsx": ("xlsx", FORMULA),
    }
    for url, (kind, carries) in api.items():
        response = head.get(url)
        assert response.status_code == 200, url
        assert_inert(_content(response), kind, url, carries)
    urls = web_urls(world)
    web = {
        urls["analytics:public_stats"] + "?format=csv": ("csv", FORMULA),
        urls["analytics:public_stats"] + "?format=xlsx": ("xlsx", FORMULA),
        urls["analytics:evaluation"] + "?format=xlsx": ("xlsx", "@SUM(1+1)"),
    }
    for url, (kind, carries) in web.items():
        response = head.get(url)
        assert response.status_code == 200, url
        assert_inert(_content(response), kind, url, carries)


def test_every_spreadsheet_the_web_serves_is_inert(formula_names):
    """CSV and XLSX files behind any web URL (new exports included), for whoever may get them."""
    world = formula_names
    served = 0
    for who in ("head", "analyst", "admin"):
        client = _client(world, who)
        for name, url in web_urls(world).items():
            if not url.endswith((".csv", ".xlsx")):
                continue
            response = client.get(url)
            if response.status_code != 200:
                continue
            served += 1
            assert_inert(_content(response), url.rsplit(".", 1)[1], f"{who} {name}")
    assert served or not any(u.endswith((".csv", ".xlsx")) for u in web_urls(world).values())


# --- what would let text through unescaped ------------------------------------------------------

UNESCAPING = re.compile(
    r"\|\s*safe\b|\bsafeseq\b|\bautoescape\s+off\b|\burlize|\bmark_safe\(|\bSafeString\(|"
    r"\bformat_html\(|\ballow_tags\b"
)


# Reviewed: markup that Tyndau's code makes itself, with any text in it escaped.
REVIEWED = {
    # segno's SVG of the one-time-code set-up link; segno escapes the title it is given.
    ("accounts/services.py", "return mark_safe(svg)"),
}


def _reviewed(path: str, line: str) -> bool:
    return any(path == where and line.strip().startswith(code) for where, code in REVIEWED)


def test_nothing_marks_text_safe():
    """No template or module of Tyndau turns escaping off or makes links of text (urlize would
    make a link of "javascript:..." typed in an appeal); `linebreaksbr` and `json_script`
    escape what they are given."""
    from django.conf import settings

    root = Path(settings.BASE_DIR)
    found = [
        f"{path.relative_to(root)}:{number}"
        for path in [*root.glob("*/templates/**/*.html"), *root.rglob("*.py")]
        if "tests" not in path.parts
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if UNESCAPING.search(line) and not _reviewed(path.relative_to(root).as_posix(), line)
    ]
    assert found == []
