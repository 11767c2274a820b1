"""The audit log's page for the controller of personal data, and its export."""

import csv
import io
import tempfile

import xlsxwriter
from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tyndau.audit import services
from tyndau.audit.models import Access, AuditRecord
from tyndau.security.spreadsheets import WORKBOOK_OPTIONS, csv_cell

PAGE_SIZE = 100
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class FilterForm(forms.Form):
    date_from = forms.DateField(
        label=gettext_lazy("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=gettext_lazy("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    who = forms.CharField(label=gettext_lazy("Who"), required=False, max_length=150)
    access = forms.ChoiceField(
        label=gettext_lazy("What"),
        required=False,
        choices=[("", gettext_lazy("anything"))] + Access.choices,
    )
    reg_number = forms.CharField(label=gettext_lazy("Appeal number"), required=False, max_length=40)


def _reader(request: HttpRequest) -> None:
    if not services.may_read(request.user):
        raise PermissionDenied


def _filters(request: HttpRequest) -> tuple[FilterForm, services.Filters]:
    form = FilterForm(request.GET or None)
    if form.is_bound and form.is_valid():
        return form, services.Filters(**form.cleaned_data)
    return form, services.Filters()


@login_required
def log(request: HttpRequest) -> HttpResponse:
    _reader(request)
    form, filters = _filters(request)
    # Recorded first, so that the page counts and shows this very view too.
    services.record(request, Access.VIEW_AUDIT, detail=request.GET.urlencode()[:500])
    records = services.search(filters, request.user)
    page = Paginator(records, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "audit/log.html",
        {"form": form, "page": page, "query": query.urlencode()},
    )


def _header() -> list[str]:
    return [
        _("When"),
        _("Who"),
        _("What"),
        _("Appeal"),
        _("Details"),
        _("From address"),
        _("Browser or client"),
        _("Page"),
    ]


def _cells(record: AuditRecord) -> list:
    return [
        timezone.localtime(record.at).strftime("%Y-%m-%d %H:%M:%S"),
        record.actor_label,
        record.get_access_display(),
        record.reg_number,
        record.detail_label,
        record.ip or "",
        record.user_agent,
        record.path,
    ]


def _csv_lines(records):
    out = io.StringIO()
    writer = csv.writer(out)
    out.write("\ufeff")  # Excel reads UTF-8 only with its mark
    writer.writerow(_header())
    for record in records.iterator(chunk_size=2000):
        writer.writerow([csv_cell(c) for c in _cells(record)])
        if out.tell() > 64_000:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


@login_required
def export(request: HttpRequest, file_format: str) -> HttpResponse:
    _reader(request)
    _form, filters = _filters(request)
    records = services.search(filters, request.user)
    services.record(
        request, Access.EXPORT_AUDIT, detail=f"{file_format.upper()} {request.GET.urlencode()}"
    )
    name = f"tyndau-audit-{timezone.localdate():%Y-%m-%d}.{file_format}"
    if file_format == "csv":
        response = StreamingHttpResponse(_csv_lines(records), content_type="text/csv")
    else:
        out = tempfile.TemporaryFile()  # noqa: SIM115  (closed by the response once sent)
        book = xlsxwriter.Workbook(out, {"constant_memory": True, **WORKBOOK_OPTIONS})
        sheet = book.add_worksheet(_("Audit log")[:31])
        sheet.write_row(0, 0, _header(), book.add_format({"bold": True}))
        for row, record in enumerate(records.iterator(chunk_size=2000), start=1):
            sheet.write_row(row, 0, _cells(record))
        book.close()
        out.seek(0)
        response = FileResponse(out, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    return response
