"""The open statistics page: per body, the two tables the e-government portal publishes,
for any period, with CSV and XLSX downloads. Public, no login."""

import csv
from datetime import date
from pathlib import Path

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from tyndau.analytics import exports, figures
from tyndau.directory.models import Body

PUBLISHED = Path(__file__).resolve().parent / "data" / "ministries_2023-02-07.csv"


class PeriodForm(forms.Form):
    date_from = forms.DateField(
        label=gettext_lazy("From"), widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=gettext_lazy("To"), widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and end < start:
            raise forms.ValidationError(_("The period ends before it starts."))
        return cleaned


def _period(request: HttpRequest) -> tuple[PeriodForm, date, date]:
    today = timezone.localdate()
    initial = {"date_from": date(today.year, 1, 1), "date_to": today}
    asked = {name: request.GET[name] for name in initial if request.GET.get(name)}
    form = PeriodForm({**{k: v.isoformat() for k, v in initial.items()}, **asked})
    if form.is_valid():
        return form, form.cleaned_data["date_from"], form.cleaned_data["date_to"]
    return form, initial["date_from"], initial["date_to"]


def public_stats(request: HttpRequest) -> HttpResponse:
    form, date_from, date_to = _period(request)
    rows = figures.by_body(date_from, date_to)
    language = get_language() or "ru"
    wanted = request.GET.get("format")
    if wanted in ("csv", "xlsx") and not form.errors:
        name = f"tyndau-appeals-{date_from}-{date_to}.{wanted}"
        if wanted == "csv":
            body, kind = exports.as_csv(rows, language), "text/csv; charset=utf-8"
        else:
            title = _("Appeals to state bodies, %(start)s – %(end)s") % {
                "start": date_from.strftime("%d.%m.%Y"),
                "end": date_to.strftime("%d.%m.%Y"),
            }
            body = exports.as_xlsx(rows, language, title)
            kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        response = HttpResponse(body, content_type=kind)
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
    totals = figures.BodyRow(body=None)
    for row in rows:
        totals.received += row.received
        totals.answered += row.answered
        totals.ratings += row.ratings
        totals.dissatisfied += row.dissatisfied
    return render(
        request,
        "analytics/public_stats.html",
        {
            "form": form,
            "rows": rows,
            "totals": totals,
            "date_from": date_from,
            "date_to": date_to,
            "query": request.GET.urlencode() if not form.errors else "",
            "published": _published(language),
        },
        status=400 if form.errors else 200,
    )


def _published(language: str) -> list[dict]:
    """The portal's own table of 7 February 2023, shown as history."""
    with PUBLISHED.open(encoding="utf-8") as source:
        rows = list(csv.DictReader(source))
    bodies = {
        b.name_ru: b for b in Body.objects.filter(name_ru__in=[r["ministry_ru"] for r in rows])
    }
    for row in rows:
        body = bodies.get(row["ministry_ru"])
        row["name"] = body.name_in(language) if body else row["ministry_ru"]
    return rows
