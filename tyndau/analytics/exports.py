"""The open statistics table as CSV and XLSX files (XlsxWriter), for any period."""

import csv
import io

import xlsxwriter
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from tyndau.analytics.figures import BodyRow
from tyndau.security.spreadsheets import WORKBOOK_OPTIONS, csv_cell


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
    writer.writerows([csv_cell(cell) for cell in _cells(row, language)] for row in rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # the BOM makes Excel read UTF-8


def as_xlsx(rows: list[BodyRow], language: str, title: str) -> bytes:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, **WORKBOOK_OPTIONS})
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


def evaluation_xlsx(sheets: list, units: list, title: str) -> bytes:
    """The staff evaluation sheet: one row per executor, then one per unit."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, **WORKBOOK_OPTIONS})
    bold = book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    header = [
        _("Executor"),
        _("Unit"),
        _("Answered"),
        _("Answered late"),
        _("Terms breached"),
        _("Returned by the head"),
        _("Formal answers sent"),
        _("Repeat appeals after their answers"),
        _("Complaints after a low rating"),
        _("Quality: criterion met"),
        _("Deadlines: criterion met"),
        _("Remarks"),
    ]
    yes, no = _("yes"), _("no")

    def cells(name: str, unit: str, sheet) -> list:
        return [
            name,
            unit,
            sheet.answered,
            sheet.answered_late,
            sheet.breached,
            sheet.returned,
            sheet.formal,
            sheet.repeats,
            sheet.complaints,
            yes if sheet.quality_met else no,
            yes if sheet.deadlines_met else no,
            "; ".join(sheet.explain()),
        ]

    for label, rows in ((_("Executors"), sheets), (_("Units"), units)):
        sheet_out = book.add_worksheet(str(label)[:31])
        sheet_out.write(0, 0, title, book.add_format({"bold": True, "font_size": 13}))
        sheet_out.write_row(2, 0, header, bold)
        for number, item in enumerate(rows, start=3):
            if isinstance(item, tuple):
                unit, total = item
                sheet_out.write_row(number, 0, cells("", unit.name, total))
            else:
                sheet_out.write_row(
                    number, 0, cells(item.person.full_name, item.person.body.name, item)
                )
        sheet_out.set_column(0, 1, 34)
        sheet_out.set_column(2, 10, 12)
        sheet_out.set_column(11, 11, 60)
        sheet_out.freeze_panes(3, 1)
    book.close()
    return out.getvalue()
