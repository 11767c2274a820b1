"""The open statistics table as CSV and XLSX files (XlsxWriter), for any period."""

import csv
import io

import xlsxwriter
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from tyndau.analytics.figures import BodyRow


def _header() -> list[str]:
    return [
        _("Body code"),
        _("Body"),
        pgettext("number of appeals", "Received"),
        _("Answered"),
        _("Answered, %"),
        _("Ratings"),
        _("Dissatisfied"),
        _("Dissatisfied, %"),
        _("Overdue"),
        _("Repeat appeals"),
        _("Median working days to answer"),
    ]


def _cells(row: BodyRow, language: str) -> list:
    return [
        row.body.code,
        row.body.name_in(language),
        row.received,
        row.answered,
        row.answered_share,
        row.ratings,
        row.dissatisfied,
        row.dissatisfied_share,
        row.overdue,
        row.repeat,
        row.median_days if row.median_days is not None else "",
    ]


def as_csv(rows: list[BodyRow], language: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(_header())
    writer.writerows(_cells(row, language) for row in rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # the BOM makes Excel read UTF-8


def as_xlsx(rows: list[BodyRow], language: str, title: str) -> bytes:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    sheet = book.add_worksheet(_("Appeals")[:31])
    bold = book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    sheet.write(0, 0, title, book.add_format({"bold": True, "font_size": 13}))
    sheet.write_row(2, 0, _header(), bold)
    for number, row in enumerate(rows, start=3):
        sheet.write_row(number, 0, _cells(row, language))
    sheet.set_column(0, 0, 12)
    sheet.set_column(1, 1, 48)
    sheet.set_column(2, 10, 13)
    sheet.freeze_panes(3, 2)
    book.close()
    return out.getvalue()
