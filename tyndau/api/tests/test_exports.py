"""/api/v1/exports: appeals in the caller's scope (the list's filters, personal data masked
unless the caller may read it) as a streamed CSV and an XLSX; the open statistics' table as
CSV and XLSX, the same file the statistics page gives."""

import csv
import datetime as dt
import io
import re
import zipfile
from xml.etree import ElementTree

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from tyndau.accounts.permissions import Action
from tyndau.analytics import exports as table
from tyndau.analytics import figures
from tyndau.analytics.tests.test_rollups import answer
from tyndau.api.models import FILE
from tyndau.api.tests.conftest import auth
from tyndau.appeals.services import Applicant
from tyndau.conftest import valid_iin

pytestmark = pytest.mark.django_db

APPEALS_CSV = "/api/v1/exports/appeals.csv"
APPEALS_XLSX = "/api/v1/exports/appeals.xlsx"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
NS = {"x": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def csv_rows(response) -> list[list[str]]:
    assert response.streaming
    content = b"".join(response.streaming_content)
    assert content.startswith(b"\xef\xbb\xbf")  # a BOM, for Excel
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def xlsx_rows(content: bytes, sheet: int = 1) -> list[list[str]]:
    """The cells of a worksheet as text (inline or shared strings, numbers, booleans)."""
    book = zipfile.ZipFile(io.BytesIO(content))
    shared = []
    if "xl/sharedStrings.xml" in book.namelist():
        strings = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
        shared = ["".join(t.text or "" for t in si.iter(f"{{{NS['x']}}}t")) for si in strings]
    root = ElementTree.fromstring(book.read(f"xl/worksheets/sheet{sheet}.xml"))
    rows = []
    for row in root.iterfind(".//x:sheetData/x:row", NS):
        cells = {}
        for cell in row.iterfind("x:c", NS):
            column = re.match(r"[A-Z]+", cell.get("r")).group()
            index = sum((ord(c) - 64) * 26**i for i, c in enumerate(reversed(column))) - 1
            kind, value = cell.get("t"), cell.find("x:v", NS)
            if kind == "inlineStr":
                cells[index] = "".join(t.text or "" for t in cell.iter(f"{{{NS['x']}}}t"))
            elif kind == "s":
                cells[index] = shared[int(value.text)]
            else:
                cells[index] = value.text if value is not None else ""
        rows.append([cells.get(i, "") for i in range(max(cells, default=-1) + 1)])
    return rows


@pytest.fixture(autouse=True)
def in_english(client):
    """Column names in English, to find the columns by them."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


@pytest.fixture
def astana_appeals(file, astana, karaganda):
    """Three appeals in Astana (the last urgent) and one in Karaganda."""
    mine = [
        file(
            astana,
            applicant=Applicant(
                name="Нурланов Айдар",
                iin_bin=valid_iin(i),
                email="aidar@example.kz",
                phone="+7 701 123 45 67",
                address="г. Астана, ул. Кенесары, 40, кв. 12",
            ),
        ).appeal
        for i in range(2)
    ]
    mine.append(file(astana, is_urgent=True, applicant=Applicant(iin_bin=valid_iin(2))).appeal)
    file(karaganda, applicant=Applicant(iin_bin=valid_iin(9)))
    return mine


def test_appeals_csv_is_the_keys_scope_streamed_newest_first_personal_data_masked(
    client, astana, astana_appeals, issue_key
):
    _key, raw = issue_key(body=astana, permissions=[Action.VIEW])
    response = client.get(APPEALS_CSV, **auth(raw))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="tyndau-appeals-')
    header, *rows = csv_rows(response)
    assert header[0] == "Number" and "IIN or BIN" in header
    assert [r[0] for r in rows] == [a.reg_number for a in reversed(astana_appeals)]
    column = dict(zip(header, rows[-1], strict=True))
    first = astana_appeals[0]
    assert column["Body code"] == astana.code and column["Status"] == "registered"
    assert column["Received at"] == timezone.localtime(first.received_at).strftime(
        "%Y-%m-%d %H:%M:%S"
    )
    assert column["Answer due"] == first.due_date.isoformat()
    assert column["Urgent"] == "false" and rows[0][header.index("Urgent")] == "true"
    assert "•" in column["IIN or BIN"] and column["Personal data masked"] == "true"
    assert column["Name or organisation"] == "Нурланов А."
    assert column["E-mail"] == "a•••••••@example.kz" and column["Postal address"] == "•••"
    text = "\n".join(",".join(r) for r in rows)
    for personal in (first.iin_bin, first.email, "Кенесары", "123 45 67", first.text):
        assert personal not in text


def test_appeals_csv_carries_personal_data_for_callers_who_may_read_it(
    client, astana, astana_appeals, issue_key, officer_key, officers
):
    _key, raw = issue_key(body=astana, permissions=[Action.VIEW, Action.VIEW_PERSONAL])
    header, *rows = csv_rows(client.get(APPEALS_CSV, **auth(raw)))
    column = dict(zip(header, rows[-1], strict=True))
    assert column["IIN or BIN"] == astana_appeals[0].iin_bin
    assert column["E-mail"] == astana_appeals[0].email
    assert column["Personal data masked"] == "false"
    # An officer's key: the officer's rules (a head of Astana reads its applicants in full).
    header, *rows = csv_rows(client.get(APPEALS_CSV, **auth(officer_key(officers["head"]))))
    assert {r[header.index("IIN or BIN")] for r in rows} == {a.iin_bin for a in astana_appeals}


def test_appeals_export_takes_the_lists_filters(
    client, astana, astana_appeals, officer_key, officers
):
    raw = officer_key(officers["head"])
    urgent = astana_appeals[-1]

    def numbers(**query):
        return [r[0] for r in csv_rows(client.get(APPEALS_CSV, query, **auth(raw)))[1:]]

    assert numbers(urgent="true") == [urgent.reg_number]
    assert numbers(status="open", body="AKM-AST") == [
        a.reg_number for a in reversed(astana_appeals)
    ]
    today = timezone.localdate()
    assert numbers(received_to=(today - dt.timedelta(days=1)).isoformat()) == []
    bad = client.get(APPEALS_CSV, {"status": "lost"}, **auth(raw))
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "status"
    assert client.get(APPEALS_XLSX, {"body": "NOPE"}, **auth(raw)).status_code == 422


def test_appeals_export_needs_a_caller_who_may_read_appeals(client, astana, issue_key):
    assert client.get(APPEALS_CSV).status_code == 401
    _key, filing_only = issue_key(body=astana, permissions=[FILE])
    refused = client.get(APPEALS_XLSX, **auth(filing_only))
    assert refused.status_code == 403 and refused.json()["code"] == "forbidden"


def test_the_database_is_read_in_chunks_not_once_per_appeal(
    client, file, astana, issue_key, officer_key, officers
):
    raw = officer_key(officers["head"])

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            csv_rows(client.get(APPEALS_CSV, **auth(raw)))
        return len(captured)

    file(astana)
    queries()  # the key's first use is recorded once
    few = queries()
    for i in range(6):
        file(astana, applicant=Applicant(iin_bin=valid_iin(20 + i)))
    assert queries() == few


def test_appeals_xlsx_has_the_same_rows(client, astana, astana_appeals, issue_key):
    _key, raw = issue_key(body=astana, permissions=[Action.VIEW])
    response = client.get(APPEALS_XLSX, **auth(raw))
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"] == XLSX
    assert 'filename="tyndau-appeals-' in response["Content-Disposition"]
    header, *rows = xlsx_rows(b"".join(response.streaming_content))
    expected_header, *expected = csv_rows(client.get(APPEALS_CSV, **auth(raw)))
    assert header == expected_header
    assert [r[0] for r in rows] == [r[0] for r in expected]
    column = dict(zip(header, rows[-1], strict=False))
    assert column["Body code"] == astana.code and "•" in column["IIN or BIN"]
    assert column["Urgent"] == "0" and rows[0][header.index("Urgent")] == "1"
    assert float(column["Received at"]) > 46000  # a date-time cell (days since 1900), not text


def test_stats_exports_are_the_open_statistics_table(client, file, astana, officers):
    answer(file(astana).appeal, officers)
    file(astana, applicant=Applicant(iin_bin=valid_iin(5)))
    today = timezone.localdate()
    period = {"date_from": (today - dt.timedelta(days=7)).isoformat(), "date_to": today.isoformat()}
    response = client.get("/api/v1/exports/stats.csv", period)  # public, as the page is
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert (
        f'filename="tyndau-stats-{period["date_from"]}-{period["date_to"]}.csv"'
        in (response["Content-Disposition"])
    )
    rows = figures.by_body(today - dt.timedelta(days=7), today)
    with translation.override("en"):
        assert response.content == table.as_csv(rows, "en")
    (line,) = [
        r
        for r in csv.reader(io.StringIO(response.content.decode("utf-8-sig")))
        if r[0] == astana.code
    ]
    assert line[2:4] == ["2", "1"]

    workbook = client.get("/api/v1/exports/stats.xlsx", period)
    assert workbook.status_code == 200 and workbook["Content-Type"] == XLSX
    sheet = xlsx_rows(workbook.content)
    assert sheet[0][0].startswith("Appeals to state bodies")
    (cells,) = [r for r in sheet if r and r[0] == astana.code]
    assert cells[1] == astana.name_en and cells[2:4] == ["2", "1"]

    reversed_period = {"date_from": today.isoformat(), "date_to": "2020-01-01"}
    refused = client.get("/api/v1/exports/stats.csv", reversed_period)
    assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "date_to"
