"""/appeals: file (anybody, idempotent, rate-limited), list and read (officers and keys in
scope), act on them (the workspace's actions, through the same services), and /tracking for
the applicant's own appeal by its token. Endpoints only translate; the services decide."""

import base64
import binascii
import datetime as dt
import json

from django.conf import settings
from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Header, Query, Router, Schema

from tyndau.accounts.permissions import Action, assignable_executors
from tyndau.answers import services as answers
from tyndau.api import idempotency, ratelimit
from tyndau.api.auth import ANYBODY, OFFICERS_AND_KEYS
from tyndau.api.errors import BODY, COMMON, ApiError, ErrorOut, validation_failed
from tyndau.api.filing import draft_from
from tyndau.api.models import FILE
from tyndau.api.schemas import (
    AnswerOut,
    AppealIn,
    AppealOut,
    AppealPage,
    AssignIn,
    CloseIn,
    DraftIn,
    ExtensionIn,
    FiledOut,
    NoInput,
    NoticeIn,
    OverrideIn,
    RatingIn,
    RatingOut,
    RedirectIn,
    RefuseExtensionIn,
    ReturnIn,
    TrackedOut,
    UrgencyIn,
    answer_out,
    appeal_out,
    rating_out,
    tracked_out,
)
from tyndau.appeals import services
from tyndau.appeals.models import Appeal, Kind
from tyndau.appeals.services import DomainError
from tyndau.appeals.workflow import OPEN_STATUSES, Status
from tyndau.audit import services as audit
from tyndau.audit.models import PERSONAL_FIELDS, Access
from tyndau.deadlines.models import Term
from tyndau.deadlines.terms import Rule
from tyndau.directory.models import Body
from tyndau.ratings import services as ratings
from tyndau.web.params import OUTSIDE_CALENDAR, within_calendar

try:
    from ninja import Status as Reply
except ImportError:  # django-ninja before 1.6 takes a (status, body) tuple

    def Reply(status: int, body):  # noqa: N802
        return status, body


router = Router(tags=["appeals"])
tracking = Router(tags=["the applicant's appeal"])

MAX_PAGE = 100


def _principal(request):
    return request.auth


# --- filing -----------------------------------------------------------------------------------


def _file(request: HttpRequest, payload: AppealIn) -> tuple[int, dict, Appeal]:
    principal = _principal(request)
    draft, registering = draft_from(payload, principal)
    filed = services.file_appeal(draft, registered_by=principal.actor if registering else None)
    appeal = filed.appeal
    body = {
        "number": appeal.reg_number,
        "tracking_token": filed.tracking_token,
        "tracking_url": settings.BASE_URL + filed.tracking_path,
        "status": appeal.status,
        "received_at": appeal.received_at,
        "due_date": appeal.due_date,
        "body": {"code": appeal.body.code, "name": appeal.body.name},
    }
    return 201, FiledOut.model_validate(body).model_dump(mode="json"), appeal


@router.post(
    "",
    auth=ANYBODY,
    response={201: FiledOut, 409: ErrorOut, **BODY, **COMMON},
    summary="File an appeal",
    operation_id="file_appeal",
)
def file_appeal(
    request: HttpRequest,
    payload: AppealIn,
    response: HttpResponse,
    idempotency_key: str | None = Header(None, alias="Idempotency-Key"),
):
    """Files an appeal as the web form does (the same checks and messages) and answers with its
    number and the applicant's tracking token. Anybody may file (limited per address); an
    integration's key (permission `file`) is limited per key; an officer's key or session
    with `register` may name the channel of a paper, phone or reception appeal.

    Send an `Idempotency-Key` (e.g. a UUID) and a retry returns the same appeal with the same
    answer (header `Idempotent-Replayed: true`), never a second appeal."""
    principal = _principal(request)
    if principal.api_key is not None and not principal.may(FILE):
        raise ApiError(403, "forbidden", _("This API key may not file appeals."))
    if principal.api_key is not None:
        ratelimit.check("file", principal.owner, settings.API_FILING_RATE_PER_KEY)
    else:
        ratelimit.check("file", f"ip:{principal.ip}", settings.API_FILING_RATE_PER_IP)
    if idempotency_key is None:
        status, body, _appeal = _file(request, payload)
        return Reply(status, body)
    digest = idempotency.request_hash(request.method, request.path, request.body)
    outcome = idempotency.run_once(
        principal.owner, idempotency_key, digest, lambda: _file(request, payload)
    )
    if outcome.replayed:
        response["Idempotent-Replayed"] = "true"
    return Reply(outcome.status, outcome.body)


# --- reading ----------------------------------------------------------------------------------


class AppealFilters(Schema):
    status: str | None = Field(
        None, description="A status, or `open` for every status still in work"
    )
    body: str | None = Field(None, description="Code of a body: it and its units")
    kind: Kind | None = None
    sphere: str | None = Field(None, description="Code of a sphere: it and its sub-spheres")
    territory: str | None = Field(None, description="KATO code: it and the places in it")
    urgent: bool | None = None
    received_from: dt.date | None = Field(None, description="First day received, YYYY-MM-DD")
    received_to: dt.date | None = Field(None, description="Last day received, included")
    limit: int = Field(50, ge=1, le=MAX_PAGE)
    cursor: str | None = Field(None, description="`next_cursor` of the page before")


def _encode_cursor(appeal: Appeal) -> str:
    raw = json.dumps([appeal.received_at.isoformat(), appeal.pk]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[dt.datetime, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        received, pk = json.loads(raw)
        at = dt.datetime.fromisoformat(received)
        if at.tzinfo is None or not isinstance(pk, int):
            raise ValueError
        return at, pk
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise validation_failed(
            [{"field": "cursor", "message": _("This cursor is not one the API gave.")}]
        ) from None


def filtered(appeals: QuerySet, filters: AppealFilters) -> QuerySet:
    """The appeals that pass the list's filters (the list and the exports use them); a
    filter naming an unknown body, sphere or territory is a 422 with its field."""
    errors = []
    if filters.status == "open":
        appeals = appeals.filter(status__in=OPEN_STATUSES)
    elif filters.status:
        if filters.status not in {str(s) for s in Status}:
            errors.append({"field": "status", "message": _("Unknown status.")})
        appeals = appeals.filter(status=filters.status)
    if filters.body:
        body = Body.objects.filter(code=filters.body.strip().upper()).first()
        if body is None:
            errors.append({"field": "body", "message": _("Unknown body code.")})
        else:
            appeals = appeals.filter(body__path__startswith=body.path)
    if filters.kind:
        appeals = appeals.filter(kind=filters.kind)
    if filters.sphere:
        appeals = appeals.filter(
            Q(sphere__code=filters.sphere) | Q(sphere__parent__code=filters.sphere)
        )
    if filters.territory:
        kato = filters.territory.strip()
        appeals = appeals.filter(
            Q(territory__kato=kato)
            | Q(territory__parent__kato=kato)
            | Q(territory__parent__parent__kato=kato)
        )
    if filters.urgent is not None:
        appeals = appeals.filter(is_urgent=filters.urgent)
    zone = timezone.get_current_timezone()
    for name in ("received_from", "received_to"):
        day = getattr(filters, name)
        if day and not within_calendar(day):  # the year 1 or 9999 overflows in UTC
            errors.append({"field": name, "message": str(OUTSIDE_CALENDAR)})
            raise validation_failed(errors)
    if filters.received_from:
        start = dt.datetime.combine(filters.received_from, dt.time(), zone)
        appeals = appeals.filter(received_at__gte=start)
    if filters.received_to:
        end = dt.datetime.combine(filters.received_to + dt.timedelta(days=1), dt.time(), zone)
        appeals = appeals.filter(received_at__lt=end)
    if (
        filters.received_from
        and filters.received_to
        and filters.received_to < filters.received_from
    ):
        errors.append({"field": "received_to", "message": _("The period ends before it begins.")})
    if errors:
        raise validation_failed(errors)
    return appeals


@router.get("", auth=OFFICERS_AND_KEYS, response={200: AppealPage, **COMMON}, summary="Appeals")
def list_appeals(request: HttpRequest, filters: Query[AppealFilters]):
    """Appeals the caller may see (an officer's scope, a key's body), newest first, a page at a
    time: pass `next_cursor` back as `cursor`. Personal data is masked in lists."""
    principal = _principal(request)
    if not principal.may(Action.VIEW):
        raise ApiError(403, "forbidden", _("This API key may not read appeals."))
    appeals = filtered(principal.visible_appeals(), filters)
    if filters.cursor:
        at, pk = _decode_cursor(filters.cursor)
        appeals = appeals.filter(Q(received_at__lt=at) | Q(received_at=at, pk__lt=pk))
    urgent_terms = Term.objects.filter(rule=Rule.URGENT).order_by("-id")
    appeals = (
        appeals.select_related(
            "body", "territory", "sphere", "executor", "repeat_of__body", "rating"
        )
        .prefetch_related(Prefetch("terms", urgent_terms, to_attr="urgent_terms"))
        .order_by("-received_at", "-pk")
    )
    page = list(appeals[: filters.limit + 1])
    more = len(page) > filters.limit
    page = page[: filters.limit]
    return {
        "items": [appeal_out(a, principal, alone=False) for a in page],
        "next_cursor": _encode_cursor(page[-1]) if more else None,
    }


def _visible(request: HttpRequest, number: str) -> Appeal:
    """The appeal, if the caller may see it; otherwise 404, never 403: another body's appeals
    are not even said to exist (as in the workspace)."""
    principal = _principal(request)
    appeal = (
        Appeal.objects.select_related("body", "territory__parent", "sphere", "executor")
        .filter(reg_number=number)
        .first()
    )
    if appeal is None or not principal.may(Action.VIEW, appeal):
        raise Http404
    return appeal


@router.get(
    "/{number}", auth=OFFICERS_AND_KEYS, response={200: AppealOut, **COMMON}, summary="An appeal"
)
def read_appeal(request: HttpRequest, number: str):
    """One appeal with its text; the applicant's personal data in full for callers that work
    with the applicant (`view_personal`), masked for others."""
    return _read_out(request, _visible(request, number), _principal(request))


def _read_out(request: HttpRequest, appeal: Appeal, principal) -> dict:
    """The appeal read by itself; the audit log notes it when the applicant shows in full."""
    if principal.may(Action.VIEW_PERSONAL, appeal):
        audit.record(
            request,
            Access.API_READ,
            actor=principal.actor,
            api_key=principal.api_key,
            appeal=appeal,
            detail=PERSONAL_FIELDS,
        )
    return appeal_out(appeal, principal, alone=True)


@router.get(
    "/{number}/answer",
    auth=OFFICERS_AND_KEYS,
    response={200: AnswerOut, **COMMON},
    summary="The appeal's answer",
)
def read_answer(request: HttpRequest, number: str):
    """The answer being drafted or on approval, or else the answer sent (404: none yet)."""
    appeal = _visible(request, number)
    answer = answers.current_answer(appeal) or answers.sent_answer(appeal)
    if answer is None:
        raise Http404
    return answer_out(answer)


# --- actions: the workspace's buttons ---------------------------------------------------------

ACTION_PERMISSIONS = {
    "assign": Action.ASSIGN,
    "redirect": Action.REDIRECT,
    "start": Action.START,
    "close": Action.CLOSE_WITHOUT_ANSWER,
    "draft": Action.DRAFT_ANSWER,
    "submit": Action.SUBMIT_ANSWER,
    "approve": Action.APPROVE_ANSWER,
    "return": Action.RETURN_ANSWER,
    "request_extension": Action.REQUEST_EXTENSION,
    "extend": Action.EXTEND,
    "refuse_extension": Action.EXTEND,
    "confirm_notice": Action.CONFIRM_NOTICE,
    "urgency": Action.MARK_URGENCY,
}


def _executor(appeal, actor, executor_id: int):
    executor = assignable_executors(actor, appeal).filter(pk=executor_id).first()
    if executor is None:
        raise validation_failed(
            [{"field": "executor", "message": _("Not an executor of the appeal's body.")}]
        )
    return executor


def _body(code: str) -> Body:
    body = Body.objects.filter(code=code.strip().upper(), is_active=True).first()
    if body is None:
        raise validation_failed([{"field": "body", "message": _("Unknown body code.")}])
    return body


def _close(appeal, actor, data: CloseIn):
    if data.target not in (Status.LEFT_WITHOUT_CONSIDERATION, Status.TERMINATED):
        raise validation_failed(
            [
                {
                    "field": "target",
                    "message": _("Choose left_without_consideration or terminated."),
                }
            ]
        )
    return services.close_without_answer(
        appeal, data.target, data.ground, actor=actor, reason=data.reason
    )


# name → (input schema, what it does: the same service call as the workspace's form)
ACTIONS = {
    "assign": (
        AssignIn,
        lambda a, actor, d: services.assign(a, _executor(a, actor, d.executor), actor=actor),
    ),
    "redirect": (
        RedirectIn,
        lambda a, actor, d: services.redirect(a, _body(d.body), actor=actor, reason=d.reason),
    ),
    "start": (NoInput, lambda a, actor, d: services.start_work(a, actor=actor)),
    "close": (CloseIn, _close),
    "draft": (
        DraftIn,
        lambda a, actor, d: answers.save_draft(a, actor=actor, text=d.text, outcome=d.outcome),
    ),
    "submit": (
        OverrideIn,
        lambda a, actor, d: answers.submit_for_approval(
            a, actor=actor, override_reason=d.override_reason
        ),
    ),
    "approve": (
        OverrideIn,
        lambda a, actor, d: answers.approve_and_send(
            a, actor=actor, override_reason=d.override_reason
        ),
    ),
    "return": (
        ReturnIn,
        lambda a, actor, d: answers.return_for_revision(a, actor=actor, comment=d.comment),
    ),
    "request_extension": (
        ExtensionIn,
        lambda a, actor, d: services.request_extension(
            a, actor=actor, new_due=d.new_due, reason=d.reason
        ),
    ),
    "extend": (
        ExtensionIn,
        lambda a, actor, d: services.extend(a, actor=actor, new_due=d.new_due, reason=d.reason),
    ),
    "refuse_extension": (
        RefuseExtensionIn,
        lambda a, actor, d: services.refuse_extension(a, actor=actor, note=d.note),
    ),
    "confirm_notice": (
        NoticeIn,
        lambda a, actor, d: services.confirm_notice(a, actor=actor, how=d.how),
    ),
    "urgency": (
        UrgencyIn,
        lambda a, actor, d: services.set_urgency(a, urgent=d.urgent, reason=d.reason, actor=actor),
    ),
}


def act(request: HttpRequest, number: str, name: str, data) -> dict:
    """Check the caller's own limits (a key's permissions and body), then let the service
    apply the web UI's rules and the state machine exactly as for the workspace's form."""
    principal = _principal(request)
    appeal = _visible(request, number)
    if principal.actor is None or not principal.may(ACTION_PERMISSIONS[name], appeal):
        raise ApiError(403, "forbidden", _("You may not do this with this appeal."))
    ACTIONS[name][1](appeal, principal.actor, data)
    appeal.refresh_from_db()
    return _read_out(request, appeal, principal)


def _register_action(name: str, schema) -> None:
    def endpoint(request: HttpRequest, number: str, data: schema):  # type: ignore[valid-type]
        return act(request, number, name, data)

    endpoint.__name__ = f"action_{name}"
    endpoint.__doc__ = (
        f"The workspace's `{name}` action (permission `{ACTION_PERMISSIONS[name]}`), through "
        "the same service, under the same rules; answers with the appeal as it is now. "
        "409: not possible in the appeal's status; 422: a rule refused it (the message says "
        "which)."
    )
    router.post(
        f"/{{number}}/actions/{name}",
        auth=OFFICERS_AND_KEYS,
        response={200: AppealOut, 409: ErrorOut, **BODY, **COMMON},
        summary=f"Action: {name.replace('_', ' ')}",
        operation_id=f"appeal_action_{name}",
    )(endpoint)


for _name, (_schema, _do) in ACTIONS.items():
    _register_action(_name, _schema)


# --- the applicant, by the tracking token ------------------------------------------------------


def _tracked(token: str) -> Appeal:
    appeal = services.find_by_token(token)
    if appeal is None:
        raise Http404
    return appeal


@tracking.get(
    "/{token}", response={200: TrackedOut, 404: ErrorOut}, summary="The applicant's appeal"
)
def track(request: HttpRequest, token: str, response: HttpResponse):
    """What the applicant's tracking page shows: status, terms, the public timeline, the
    answer and its rating. The token is the applicant's key: no login."""
    response["Cache-Control"] = "private, no-store"
    return tracked_out(_tracked(token))


@tracking.post(
    "/{token}/rating",
    response={200: RatingOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut, **BODY},
    summary="Rate the answer",
)
def rate(request: HttpRequest, token: str, data: RatingIn):
    """The applicant rates the answer 1-5 with reasons, or changes the rating within the
    allowed days (as on the tracking page). 409 before there is an answer."""
    appeal = _tracked(token)
    answer = answers.sent_answer(appeal)
    if answer is None:
        raise ApiError(409, "not_answered", _("There is no answer to rate yet."))
    try:
        ratings.rate_or_change(
            answer, score=data.score, reasons=[str(r) for r in data.reasons], comment=data.comment
        )
    except DomainError as error:
        raise ApiError(422, "rule_violation", str(error.message)) from None
    appeal.refresh_from_db()
    return rating_out(Appeal.objects.select_related("rating").get(pk=appeal.pk))
