"""The open statistics page: per body, the two tables the e-government portal publishes,
for any period, with CSV and XLSX downloads. Public, no login."""

from datetime import date, timedelta
from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy, pgettext
from django.utils.translation import gettext as _

from tyndau.accounts.models import Role
from tyndau.accounts.permissions import is_officer
from tyndau.analytics import (
    alerts,
    dashboard,
    digests,
    drill,
    evaluation,
    exports,
    figures,
    riskmap,
)
from tyndau.analytics.figures import Scope
from tyndau.analytics.models import Alert, Digest
from tyndau.appeals.services import DomainError
from tyndau.directory.models import Body, Sphere, Territory
from tyndau.web.params import DATE_VALIDATORS, id_from


class PeriodForm(forms.Form):
    date_from = forms.DateField(
        label=gettext_lazy("From"),
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=DATE_VALIDATORS,
    )
    date_to = forms.DateField(
        label=gettext_lazy("To"),
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=DATE_VALIDATORS,
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
    return render(
        request,
        "analytics/public_stats.html",
        {
            "form": form,
            "rows": rows,
            "totals": figures.total_of(rows),
            "date_from": date_from,
            "date_to": date_to,
            "query": request.GET.urlencode() if not form.errors else "",
            "published": figures.published_ministries(language),
        },
        status=400 if form.errors else 200,
    )


# --- the head's dashboard --------------------------------------------------------------------

DASHBOARD_ROLES = (Role.HEAD, Role.ANALYST, Role.ADMIN)
DEFAULT_DAYS = 30


def _dashboard_user(request: HttpRequest) -> None:
    if not is_officer(request.user):
        raise PermissionDenied
    if request.user.role not in DASHBOARD_ROLES:
        raise PermissionDenied


def _selection(request: HttpRequest, data=None) -> tuple[Body, Scope, dashboard.Period, dict]:
    """The body (the officer's own, or one of its units), filters and period asked for (in
    the query string, or in `data` for a form posted)."""
    data = request.GET if data is None else data
    own = request.user.body
    body = own
    unit = id_from(data.get("unit"))
    if unit is not None:
        body = own.subtree().filter(pk=unit).first() or own
    today = timezone.localdate()
    period = dashboard.Period(today - timedelta(days=DEFAULT_DAYS - 1), today)
    form = PeriodForm(
        {
            "date_from": data.get("date_from") or period.start.isoformat(),
            "date_to": data.get("date_to") or period.end.isoformat(),
        }
    )
    if form.is_valid():
        period = dashboard.Period(form.cleaned_data["date_from"], form.cleaned_data["date_to"])
    region = id_from(data.get("region"))
    territories = None
    if region is not None:
        territories = tuple(
            Territory.objects.filter(
                Q(pk=region) | Q(parent_id=region) | Q(parent__parent_id=region)
            ).values_list("pk", flat=True)
        )
    scope = Scope.of_body(
        body,
        territories=territories,
        sphere=id_from(data.get("sphere")),
        executor=id_from(data.get("executor")),
    )
    chosen = {
        "unit": body.pk,
        "chosen_sphere": scope.sphere,
        "chosen_region": region,
        "executor": scope.executor,
        "form": form,
    }
    return body, scope, period, chosen


@login_required
def head_dashboard(request: HttpRequest) -> HttpResponse:
    _dashboard_user(request)
    body, scope, period, chosen = _selection(request)
    context = dashboard.build(body, scope, period)
    context.update(dashboard.choices(request.user.body))
    context.update(chosen)
    context["query"] = request.GET.urlencode()
    context["open_alerts"] = Alert.objects.filter(
        body__in=request.user.body.subtree(), state=Alert.State.OPEN
    ).count()
    trend = context["trend"]
    context["trend_rows"] = list(
        zip(
            trend["labels"],
            trend["received"],
            trend["answered"],
            trend["dissatisfied"],
            strict=True,
        )
    )
    context["chart"] = {
        **context["trend"],
        "names": {
            "received": pgettext("number of appeals", "Received"),
            "answered": _("Answered"),
            "dissatisfied": _("Dissatisfied ratings"),
        },
    }
    return render(
        request,
        "analytics/dashboard.html",
        context,
        status=400 if chosen["form"].errors else 200,
    )


@login_required
def appeals_behind(request: HttpRequest, measure: str) -> HttpResponse:
    """The appeals behind one number of the dashboard."""
    _dashboard_user(request)
    if measure not in drill.MEASURE_FILTERS:
        raise Http404
    body, scope, period, chosen = _selection(request)
    appeals = (
        drill.appeals_behind(measure, scope, period.start, period.end)
        .select_related("body", "territory", "executor", "sphere")
        .order_by("-received_at")
    )
    page = Paginator(appeals, 100).get_page(request.GET.get("page"))
    labels = {m: label for m, label, _worse in dashboard.CARDS}
    return render(
        request,
        "analytics/appeals_behind.html",
        {
            "body": body,
            "period": period,
            "page": page,
            "label": labels.get(measure, measure.replace("_", " ")),
            "query": request.GET.urlencode(),
        },
    )


@login_required
def risk_map(request: HttpRequest) -> HttpResponse:
    """Sphere × region against the previous period: where it is getting worse."""
    _dashboard_user(request)
    body, scope, period, chosen = _selection(request)
    metric = request.GET.get("metric")
    metric = metric if metric in riskmap.METRICS else "volume"
    context = riskmap.build(scope, period.start, period.end, metric)
    context.update(chosen)
    context.update(
        {
            "body": body,
            "period": period,
            "metrics": [
                ("volume", _("growth of volume")),
                ("dissatisfaction", _("growth of dissatisfaction")),
                ("repeats", _("growth of repeat appeals")),
            ],
            "unit_options": list(request.user.body.subtree().order_by("path")),
        }
    )
    return render(request, "analytics/risk_map.html", context)


# --- early warning ----------------------------------------------------------------------------


def _alerts_for(request: HttpRequest):
    _dashboard_user(request)
    bodies = request.user.body.subtree()
    return Alert.objects.filter(body__in=bodies).select_related("body", "sphere", "territory")


@login_required
def alert_list(request: HttpRequest) -> HttpResponse:
    found = _alerts_for(request)
    return render(
        request,
        "analytics/alerts.html",
        {
            "open": [a for a in found if a.state == Alert.State.OPEN],
            "closed": [a for a in found if a.state == Alert.State.CLOSED][:50],
        },
    )


@login_required
def alert_detail(request: HttpRequest, alert_id: int) -> HttpResponse:
    alert = get_object_or_404(_alerts_for(request), pk=alert_id)
    may_act = request.user.role == Role.HEAD
    if request.method == "POST":
        if not may_act:
            raise PermissionDenied
        try:
            if "close" in request.POST:
                alerts.close(alert, note=request.POST.get("note", ""), actor=request.user)
                messages.success(request, _("The alert is closed."))
            else:
                alerts.tick(
                    alert,
                    request.POST.get("item", ""),
                    done=request.POST.get("done") == "1",
                    note=request.POST.get("note", ""),
                    actor=request.user,
                )
                messages.success(request, _("The checklist is updated."))
        except DomainError as error:
            messages.error(request, error.message)
        else:
            return redirect("analytics:alert", alert_id=alert.pk)
    steps = [
        {"code": code, "label": label, **alert.checklist.get(code, {})}
        for code, label in alerts.CHECKLIST
    ]
    region = alert.territory_id
    query = {
        "unit": alert.body_id,
        "date_from": alert.window_start.isoformat(),
        "date_to": alert.window_end.isoformat(),
    }
    if alert.sphere_id:
        query["sphere"] = alert.sphere_id
    if region and alert.kind != Alert.Kind.CAMPAIGN:
        query["region"] = region
    measure = "dissatisfied" if alert.kind == Alert.Kind.SATISFACTION else "received"
    return render(
        request,
        "analytics/alert.html",
        {
            "alert": alert,
            "steps": steps,
            "may_act": may_act,
            "appeals_url": reverse("analytics:appeals_behind", args=[measure])
            + "?"
            + urlencode(query),
            "once_in": round(1 / alert.p_value) if alert.p_value else None,
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
def staff_evaluation(request: HttpRequest) -> HttpResponse:
    """The evaluation sheet per executor and unit for a period; XLSX with ?format=xlsx."""
    _dashboard_user(request)
    body, _scope, period, chosen = _selection(request)
    rows = evaluation.sheets(body, period.start, period.end)
    units = evaluation.by_unit(rows)
    if request.GET.get("format") == "xlsx":
        title = _("Staff evaluation: %(body)s, %(start)s – %(end)s") % {
            "body": body.name,
            "start": period.start.strftime("%d.%m.%Y"),
            "end": period.end.strftime("%d.%m.%Y"),
        }
        response = HttpResponse(
            exports.evaluation_xlsx(rows, units, title),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        name = f"evaluation-{body.code}-{period.start}-{period.end}.xlsx"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
    return render(
        request,
        "analytics/evaluation.html",
        {
            "body": body,
            "period": period,
            "rows": rows,
            "units": units,
            "unit_options": list(request.user.body.subtree().order_by("path")),
            "query": request.GET.urlencode(),
            **chosen,
        },
    )


# --- thematic digests ----------------------------------------------------------------------


@login_required
def digest_list(request: HttpRequest) -> HttpResponse:
    """The body's digests, and a form to make a new one from a period's appeals."""
    _dashboard_user(request)
    posted = request.POST if request.method == "POST" else None
    body, scope, period, chosen = _selection(request, posted)
    if request.method == "POST":
        if request.user.role != Role.HEAD:
            raise PermissionDenied
        sphere = Sphere.objects.filter(pk=scope.sphere).first() if scope.sphere else None
        region = chosen["chosen_region"]
        territory = Territory.objects.filter(pk=region).first() if region else None
        try:
            made = digests.build(
                body,
                period.start,
                period.end,
                actor=request.user,
                sphere=sphere,
                territory=territory,
            )
        except DomainError as error:
            messages.error(request, error.message)
        else:
            return redirect("analytics:digest", digest_id=made.pk)
    return render(
        request,
        "analytics/digests.html",
        {
            "body": body,
            "period": period,
            "digests": Digest.objects.filter(body__in=request.user.body.subtree()),
            "unit_options": list(request.user.body.subtree().order_by("path")),
            **dashboard.choices(request.user.body),
            **chosen,
        },
    )


@login_required
def digest_edit(request: HttpRequest, digest_id: int) -> HttpResponse:
    _dashboard_user(request)
    digest = get_object_or_404(Digest, pk=digest_id, body__in=request.user.body.subtree())
    if request.method == "POST":
        if request.user.role != Role.HEAD:
            raise PermissionDenied
        try:
            texts = {
                item.pk: (
                    request.POST.get(f"question-{item.pk}", item.question),
                    request.POST.get(f"answer-{item.pk}", item.answer),
                )
                for item in digest.items.all()
            }
            removed = {id_from(pk) for pk in request.POST.getlist("remove")} - {None}
            digests.edit(digest, texts, removed)
            if "publish" in request.POST:
                digests.publish(digest)
                messages.success(request, _("The digest is published on the public site."))
            else:
                messages.success(request, _("The digest is saved."))
        except DomainError as error:
            messages.error(request, error.message)
            return render(
                request,
                "analytics/digest_edit.html",
                _digest_page(digest, request.POST),
                status=400,
            )
        return redirect("analytics:digest", digest_id=digest.pk)
    return render(request, "analytics/digest_edit.html", _digest_page(digest, {}))


def _digest_page(digest: Digest, posted) -> dict:
    """The digest's items with what the head typed, kept when saving failed."""
    rows = [
        {
            "item": item,
            "question": posted.get(f"question-{item.pk}", item.question),
            "answer": posted.get(f"answer-{item.pk}", item.answer),
            "removed": str(item.pk) in posted.getlist("remove") if posted else False,
        }
        for item in digest.items.select_related("source_appeal")
    ]
    return {"digest": digest, "rows": rows}


def public_digests(request: HttpRequest) -> HttpResponse:
    published = Digest.objects.filter(state=Digest.State.PUBLISHED).select_related("body")
    return render(request, "analytics/public_digests.html", {"digests": published[:100]})


def public_digest(request: HttpRequest, digest_id: int) -> HttpResponse:
    digest = get_object_or_404(Digest, pk=digest_id, state=Digest.State.PUBLISHED)
    items = digest.items.exclude(answer="")
    return render(request, "analytics/public_digest.html", {"digest": digest, "items": items})
