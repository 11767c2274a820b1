"""/exports: appeals in the caller's scope and the open statistics as CSV and XLSX files.

Appeals are read with the list's filters (GET /appeals) and written as they are read: the CSV
streams row by row from the database cursor; the XLSX is written by XlsxWriter in its
constant-memory mode to a temporary file, which is then streamed. Neither holds the whole
export in memory. Personal data is masked unless the caller may read it (`view_personal`)
for that appeal; the appeal's text is never exported.

The statistics are the open statistics page's table (tyndau.analytics.exports), public."""

import csv
import datetime as dt
import io
import tempfile

import xlsxwriter
from django.http import FileResponse, HttpRequest, HttpResponse, StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from pydantic import create_model

from tyndau.accounts.permissions import Action
from tyndau.analytics import exports as table
from tyndau.analytics import figures
from tyndau.api.appeals import AppealFilters, filtered
from tyndau.api.auth import OFFICERS_AND_KEYS
from tyndau.api.errors import COMMON, ApiError, ErrorOut, validation_failed
from tyndau.api.schemas import applicant_of
from tyndau.api.stats import LONGEST_PERIOD_DAYS, Period
from tyndau.appeals.models import Appeal
from tyndau.audit import services as audit
from tyndau.audit.models import Access
from tyndau.privacy import masking
from tyndau.security.spreadsheets import WORKBOOK_OPTIONS, csv_cell
from tyndau.web.params import OUTSIDE_CALENDAR, within_calendar

router = Router(tags=["exports"])

CSV = "text/csv; charset=utf-8"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CHUNK_ROWS = 500  # rows read from the database at a time, and written to the stream at a time
XLSX_MAX_ROWS = 1_048_576  # a worksheet's limit: the export goes on in another sheet

# The list's filters, without its paging: an export is the whole selection.
ExportFilters = create_model(
    "ExportFilters",
    __base__=Schema,
    **{
        name: (info.annotation, info)
        for name, info in AppealFilters.model_fields.items()
        if name not in ("limit", "cursor")
    },
)


def _file_doc(media_type: str, what: str) -> dict:
    return {
        "responses": {
            200: {
                "description": what,
                "content": {media_type: {"schema": {"type": "string", "format": "binary"}}},
            }
        }
    }


# --- appeals ----------------------------------------------------------------------------------


def _columns() -> list[str]:
    return [
        _("Number"),
        _("Received at"),
        _("Status"),
        _("Status (label)"),
        _("Kind"),
        _("Channel"),
        _("Language"),
        _("Body code"),
        _("Body"),
        _("Sphere"),
        _("Territory (KATO)"),
        _("Urgent"),
        _("Answer due"),
        _("Answered at"),
        _("Closed at"),
        _("Outcome"),
        _("Applicant"),
        _("Name or organisation"),
        _("IIN or BIN"),
        _("E-mail"),
        _("Phone"),
        _("Postal address"),
        _("Subject"),
        _("Personal data masked"),
    ]


def _local(value: dt.datetime | None) -> dt.datetime | None:
    return timezone.localtime(value).replace(tzinfo=None, microsecond=0) if value else None


def _cells(appeal: Appeal, principal, language: str) -> list:
    full = principal.may(Action.VIEW_PERSONAL, appeal)
    applicant = applicant_of(appeal, full)
    return [
        appeal.reg_number,
        _local(appeal.received_at),
        appeal.status,
        appeal.status_label,
        appeal.kind,
        appeal.channel,
        appeal.language,
        appeal.body.code,
        appeal.body.name_in(language),
        appeal.sphere.code if appeal.sphere_id else "",
        appeal.territory.kato,
        appeal.is_urgent,
        appeal.due_date,
        _local(appeal.answered_at),
        _local(appeal.closed_at),
        appeal.outcome,
        appeal.applicant_type,
        applicant["name"],
        applicant["iin_bin"],
        applicant["email"],
        applicant["phone"],
        applicant["address"],
        appeal.subject if full else masking.scrub_text(appeal.subject),
        not full,
    ]


def _selection(request: HttpRequest, filters, file_format: str) -> tuple:
    """The caller and the appeals to export; the audit log notes an export that may carry
    personal data (one record for the export, with its filters)."""
    principal = request.auth
    if not principal.may(Action.VIEW):
        raise ApiError(403, "forbidden", _("This API key may not read appeals."))
    appeals = (
        filtered(principal.visible_appeals(), filters)
        .select_related("body", "territory", "sphere")
        .order_by("-received_at", "-pk")
    )
    if principal.may(Action.VIEW_PERSONAL):
        audit.record(
            request,
            Access.EXPORT,
            actor=principal.actor,
            api_key=principal.api_key,
            detail=f"{file_format} {request.GET.urlencode()}".strip(),
        )
    return principal, appeals


def _rows(appeals, principal, language: str):
    for appeal in appeals.iterator(chunk_size=CHUNK_ROWS):
        yield _cells(appeal, principal, language)


def _csv_value(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return csv_cell(value)


def _csv_stream(appeals, principal, language: str):
    """The CSV, a few hundred rows at a time, in the caller's language (a streamed response is
    written after the view returns, when the request's language is no longer active)."""
    with translation.override(language):
        out = io.StringIO()
        writer = csv.writer(out)
        out.write("\ufeff")  # the BOM makes Excel read UTF-8
        writer.writerow(_columns())
        for number, cells in enumerate(_rows(appeals, principal, language), start=1):
            writer.writerow([_csv_value(c) for c in cells])
            if number % CHUNK_ROWS == 0:
                yield out.getvalue()
                out.seek(0)
                out.truncate()
        yield out.getvalue()


def _file_name(extension: str) -> str:
    return f"tyndau-appeals-{timezone.localdate().isoformat()}.{extension}"


@router.get(
    "/appeals.csv",
    auth=OFFICERS_AND_KEYS,
    response=COMMON,
    summary="Appeals as CSV",
    operation_id="export_appeals_csv",
    openapi_extra=_file_doc("text/csv", "The appeals, one per row (UTF-8 with a BOM)"),
)
def appeals_csv(request: HttpRequest, filters: Query[ExportFilters]):
    """Every appeal the caller may see (the filters of `GET /appeals`, no paging), newest
    first, streamed. The applicant's name, ИИН/БИН, contacts and address are masked unless the
    caller may read them (`view_personal`); the text is never exported."""
    principal, appeals = _selection(request, filters, "CSV")
    language = translation.get_language() or "ru"
    response = StreamingHttpResponse(_csv_stream(appeals, principal, language), content_type=CSV)
    response["Content-Disposition"] = f'attachment; filename="{_file_name("csv")}"'
    return response


def _xlsx_file(appeals, principal, language: str):
    """The workbook in a temporary file (gone once closed: the response closes it once sent)."""
    out = tempfile.TemporaryFile()  # noqa: SIM115  (it outlives this function)
    try:
        _write_xlsx(out, appeals, principal, language)
    except BaseException:
        out.close()
        raise
    out.seek(0)
    return out


def _write_xlsx(out, appeals, principal, language: str) -> None:
    """Row by row, in XlsxWriter's constant-memory mode: rows go to disk as they are written."""
    book = xlsxwriter.Workbook(out, {"constant_memory": True, **WORKBOOK_OPTIONS})
    bold = book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    when = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    columns = _columns()

    def new_sheet(count: int):
        name = _("Appeals") if count == 1 else f"{_('Appeals')} {count}"
        sheet = book.add_worksheet(name[:31])
        sheet.set_column(0, 0, 22)
        sheet.set_column(1, 1, 17)
        sheet.set_column(8, 8, 40)
        sheet.set_column(22, 22, 50)
        sheet.freeze_panes(1, 1)
        sheet.write_row(0, 0, columns, bold)
        return sheet

    sheets = 1
    sheet, row = new_sheet(sheets), 1
    for cells in _rows(appeals, principal, language):
        if row == XLSX_MAX_ROWS:
            sheets += 1
            sheet, row = new_sheet(sheets), 1
        for column, value in enumerate(cells):
            if value is None or value == "":
                continue
            if isinstance(value, dt.datetime):
                sheet.write_datetime(row, column, value, when)
            elif isinstance(value, dt.date):
                sheet.write_datetime(row, column, value, day)
            elif isinstance(value, bool):
                sheet.write_boolean(row, column, value)
            else:
                sheet.write_string(row, column, str(value))
        row += 1
    book.close()


@router.get(
    "/appeals.xlsx",
    auth=OFFICERS_AND_KEYS,
    response=COMMON,
    summary="Appeals as XLSX",
    operation_id="export_appeals_xlsx",
    openapi_extra=_file_doc(XLSX, "The appeals, one per row"),
)
def appeals_xlsx(request: HttpRequest, filters: Query[ExportFilters]):
    """The same as `appeals.csv`, as an Excel workbook (a new sheet every 1,048,575 rows)."""
    principal, appeals = _selection(request, filters, "XLSX")
    language = translation.get_language() or "ru"
    return FileResponse(
        _xlsx_file(appeals, principal, language),
        as_attachment=True,
        filename=_file_name("xlsx"),
        content_type=XLSX,
    )


# --- open statistics --------------------------------------------------------------------------


def _period(period) -> tuple[dt.date, dt.date]:
    """The period of GET /stats/bodies: by default from 1 January to today."""
    date_to = period.date_to or timezone.localdate()
    date_from = period.date_from or dt.date(date_to.year, 1, 1)
    if date_to < date_from:
        message = _("The last day is before the first.")
        raise validation_failed([{"field": "date_to", "message": message}], message)
    if (date_to - date_from).days > LONGEST_PERIOD_DAYS:
        message = _("The period is longer than ten years.")
        raise validation_failed([{"field": "date_from", "message": message}], message)
    for name, day in (("date_from", date_from), ("date_to", date_to)):
        if not within_calendar(day):  # the year 1 or 9999 overflows in UTC
            message = str(OUTSIDE_CALENDAR)
            raise validation_failed([{"field": name, "message": message}], message)
    return date_from, date_to


def _stats(period, extension: str) -> HttpResponse:
    date_from, date_to = _period(period)
    rows = figures.by_body(date_from, date_to)
    language = translation.get_language() or "ru"
    if extension == "csv":
        content, kind = table.as_csv(rows, language), CSV
    else:
        title = _("Appeals to state bodies, %(start)s – %(end)s") % {
            "start": date_from.strftime("%d.%m.%Y"),
            "end": date_to.strftime("%d.%m.%Y"),
        }
        content, kind = table.as_xlsx(rows, language, title), XLSX
    response = HttpResponse(content, content_type=kind)
    name = f"tyndau-stats-{date_from}-{date_to}.{extension}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


STATS_ERRORS = {422: ErrorOut}  # a period that does not fit


@router.get(
    "/stats.csv",
    response=STATS_ERRORS,
    summary="Appeals per body as CSV",
    operation_id="export_stats_csv",
    openapi_extra=_file_doc("text/csv", "The open statistics' table (UTF-8 with a BOM)"),
)
def stats_csv(request: HttpRequest, period: Query[Period]):
    """The table of `GET /stats/bodies` (and of the open statistics page) as CSV. Public."""
    return _stats(period, "csv")


@router.get(
    "/stats.xlsx",
    response=STATS_ERRORS,
    summary="Appeals per body as XLSX",
    operation_id="export_stats_xlsx",
    openapi_extra=_file_doc(XLSX, "The open statistics' table"),
)
def stats_xlsx(request: HttpRequest, period: Query[Period]):
    """The table of `GET /stats/bodies` as an Excel workbook. Public."""
    return _stats(period, "xlsx")
