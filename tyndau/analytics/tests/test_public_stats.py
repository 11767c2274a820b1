"""The open statistics page: the portal's two tables per body, CSV and XLSX, any period."""

import io
import zipfile

import pytest
from django.utils import translation

from tyndau.analytics.tests.test_rollups import answer
from tyndau.appeals.services import Applicant
from tyndau.conftest import valid_iin
from tyndau.ratings import services as ratings

pytestmark = pytest.mark.django_db


@pytest.fixture
def rated(file, astana, officers):
    sent = answer(file(astana).appeal, officers)
    ratings.rate(sent, score=5, reasons=[])
    file(astana, applicant=Applicant(iin_bin=valid_iin(9)))


def test_the_page_shows_each_body_with_shares_as_published(client, rated, astana):
    page = client.get("/kk/stats/")
    assert page.status_code == 200
    html = page.content.decode()
    assert astana.name_kk in html and "50.0" in html
    assert "Министерство энергетики" not in html  # history is shown in the reader's language
    assert "33.3" in html  # the portal's published table, as history


def test_csv_and_xlsx_downloads(client, rated, astana):
    with translation.override("ru"):
        csv_file = client.get("/ru/stats/", {"format": "csv"})
        assert csv_file["Content-Type"].startswith("text/csv")
        text = csv_file.content.decode("utf-8-sig")
        assert f"{astana.code},{astana.name_ru},2,1,50.0,1,0,0.0" in text
        xlsx = client.get("/ru/stats/", {"format": "xlsx"})
    assert "attachment" in xlsx["Content-Disposition"]
    with zipfile.ZipFile(io.BytesIO(xlsx.content)) as book:
        shared = book.read("xl/sharedStrings.xml").decode()
    assert astana.name_ru in shared


def test_a_reversed_period_is_explained_and_kept(client):
    page = client.get("/en/stats/", {"date_from": "2026-05-01", "date_to": "2026-04-01"})
    assert page.status_code == 400
    html = page.content.decode()
    assert "The period ends before it starts." in html and 'value="2026-05-01"' in html
