"""Reference data (bodies, territories, spheres) and the legal calendar's calculator: public,
read-only, names in the caller's language."""

import datetime as dt

from django.http import Http404, HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema

from tyndau.api.errors import QUERY, ErrorOut, validation_failed
from tyndau.api.schemas import (
    BodyOut,
    DueOut,
    SphereOut,
    TerritoryOut,
    body_out,
    sphere_out,
    territory_out,
)
from tyndau.appeals.models import Kind
from tyndau.deadlines import services as deadlines
from tyndau.deadlines.terms import Rule
from tyndau.directory.models import Body, Sphere, Territory

router = Router(tags=["reference data"])
calendar = Router(tags=["the legal calendar"])

FIRST_YEAR, LAST_YEAR = 1900, 2100
RULES = (Rule.ANSWER, Rule.REDIRECT, Rule.EXTENSION_CAP, Rule.URGENT)


class BodyFilters(Schema):
    kind: Body.Kind | None = None
    parent: str | None = Field(None, description="Code of the parent body")
    active: bool | None = Field(True, description="Only active bodies (false: only inactive)")


@router.get("/bodies", response={200: list[BodyOut], **QUERY}, summary="State bodies")
def bodies(request: HttpRequest, filters: Query[BodyFilters]):
    """State bodies and their units (a tree: `parent`), in the order of the tree."""
    found = Body.objects.select_related("parent", "territory").prefetch_related("spheres")
    if filters.kind:
        found = found.filter(kind=filters.kind)
    if filters.parent:
        found = found.filter(parent__code=filters.parent.strip().upper())
    if filters.active is not None:
        found = found.filter(is_active=filters.active)
    return [body_out(b) for b in found]


@router.get("/bodies/{code}", response={200: BodyOut, 404: ErrorOut}, summary="A state body")
def body(request: HttpRequest, code: str):
    found = (
        Body.objects.select_related("parent", "territory")
        .prefetch_related("spheres")
        .filter(code=code.strip().upper())
        .first()
    )
    if found is None:
        raise Http404
    return body_out(found)


class TerritoryFilters(Schema):
    parent: str | None = Field(None, description="KATO code of the parent territory")
    level: Territory.Level | None = None


@router.get(
    "/territories", response={200: list[TerritoryOut], **QUERY}, summary="Territories (KATO)"
)
def territories(request: HttpRequest, filters: Query[TerritoryFilters]):
    """Regions, cities of republican significance, districts: their KATO codes are what
    `territory` takes when filing."""
    found = Territory.objects.select_related("parent")
    if filters.parent:
        found = found.filter(parent__kato=filters.parent.strip())
    if filters.level:
        found = found.filter(level=filters.level)
    return [territory_out(t) for t in found]


@router.get("/spheres", response=list[SphereOut], summary="Spheres of appeals")
def spheres(request: HttpRequest):
    """Spheres and their sub-spheres; filing takes a top-level sphere's code."""
    return [sphere_out(s) for s in Sphere.objects.select_related("parent")]


class DueQuery(Schema):
    received: str = Field(
        description=(
            "Day of receipt, YYYY-MM-DD; for rule `urgent` also YYYY-MM-DDTHH:MM, local time "
            "in Asia/Almaty"
        )
    )
    rule: Rule = Field(Rule.ANSWER, description="answer, redirect, extension_cap or urgent")
    body: str | None = Field(None, description="Code of the body: its own answer term, if any")
    kind: Kind | None = Field(None, description="Kind of appeal: its own answer term, if any")


def _received(value: str, rule: Rule) -> dt.datetime:
    value = value.strip()
    parsed = None
    try:
        if len(value) == 10:
            parsed = dt.datetime.combine(dt.date.fromisoformat(value), dt.time())
        elif rule == Rule.URGENT and len(value) == 16 and value[10] == "T":
            parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        parsed = None
    if parsed is None:
        message = (
            _("Enter YYYY-MM-DD or YYYY-MM-DDTHH:MM.")
            if rule == Rule.URGENT
            else _("Enter a date as YYYY-MM-DD.")
        )
        raise validation_failed([{"field": "received", "message": message}])
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        raise validation_failed(
            [
                {
                    "field": "received",
                    "message": _("The year must be between %(first)d and %(last)d.")
                    % {"first": FIRST_YEAR, "last": LAST_YEAR},
                }
            ]
        )
    return timezone.make_aware(parsed, timezone.get_default_timezone())


@calendar.get("/due-date", response={200: DueOut, 422: ErrorOut}, summary="When a term ends")
def due_date(request: HttpRequest, query: Query[DueQuery]):
    """The term of the appeals law (АППК РК ст. 76) for an appeal received on a day, counted
    on Kazakhstan's working calendar with the administrator's corrections and the answer terms
    set per body and kind: the same arithmetic as the appeals and `tyndau due_date`."""
    if query.rule not in RULES:
        raise validation_failed(
            [{"field": "rule", "message": _("Choose answer, redirect, extension_cap or urgent.")}]
        )
    received_at = _received(query.received, query.rule)
    body = None
    if query.body:
        body = Body.objects.filter(code=query.body.strip().upper()).first()
        if body is None:
            raise validation_failed([{"field": "body", "message": _("Unknown body code.")}])
    due = deadlines.compute(query.rule, received_at, kind=query.kind or "", body=body)
    urgent = query.rule == Rule.URGENT
    return {
        "received": timezone.localtime(received_at).isoformat()
        if urgent
        else due.received.isoformat(),
        "rule": str(query.rule),
        "due": due.due_at.isoformat() if due.due_at else due.due.isoformat(),
        "working_days": due.working_days,
        "basis": due.basis,
    }
