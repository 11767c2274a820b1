"""What the API reads and writes, and how an appeal is shown to each kind of caller.

Names come in the caller's language (Accept-Language: kk, ru, en). Personal data (ИИН/БИН,
contacts, the applicant's name) is masked unless the caller may see it (`view_personal`) and
the appeal is shown alone; lists never carry it in full, nor the appeal's text."""

import datetime as dt

from ninja import Schema
from pydantic import ConfigDict, Field

from tyndau.accounts.permissions import Action
from tyndau.answers import services as answers
from tyndau.appeals.models import (
    GROUND_LABELS,
    URGENCY_REASONS,
    Appeal,
    ApplicantType,
    Channel,
    Kind,
    Language,
)
from tyndau.appeals.presenters import officer_actions, timeline, urgent_due_at
from tyndau.appeals.workflow import Ground, Outcome, Status
from tyndau.directory.models import Body, Sphere, Territory
from tyndau.privacy import masking
from tyndau.ratings.models import Reason
from tyndau.ratings.services import can_change, rating_of


class Strict(Schema):
    """Input: an unknown field is an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid")


# --- reference data ---------------------------------------------------------------------------


class BodyRef(Schema):
    code: str
    name: str


class TerritoryRef(Schema):
    kato: str
    name: str


class SphereRef(Schema):
    code: str
    name: str


class Names(Schema):
    kk: str
    ru: str
    en: str


class BodyOut(Schema):
    code: str
    name: str
    names: Names
    kind: str
    parent: str | None = Field(description="Code of the parent body")
    territory: str | None = Field(description="KATO code")
    spheres: list[str] = Field(description="Codes of its spheres of competence")
    email: str
    phone: str
    address: str
    is_active: bool


class TerritoryOut(Schema):
    kato: str
    name: str
    names: Names
    level: str
    parent: str | None = Field(description="KATO code of the parent territory")


class SphereOut(Schema):
    code: str
    name: str
    names: Names
    parent: str | None = Field(description="Code of the parent sphere")


def names(item) -> dict:
    return {"kk": item.name_kk, "ru": item.name_ru, "en": item.name_en}


def body_out(body: Body) -> dict:
    return {
        "code": body.code,
        "name": body.name,
        "names": names(body),
        "kind": body.kind,
        "parent": body.parent.code if body.parent_id else None,
        "territory": body.territory.kato if body.territory_id else None,
        "spheres": [s.code for s in body.spheres.all()],
        "email": body.email,
        "phone": body.phone,
        "address": body.address,
        "is_active": body.is_active,
    }


def territory_out(territory: Territory) -> dict:
    return {
        "kato": territory.kato,
        "name": territory.name,
        "names": names(territory),
        "level": territory.level,
        "parent": territory.parent.kato if territory.parent_id else None,
    }


def sphere_out(sphere: Sphere) -> dict:
    return {
        "code": sphere.code,
        "name": sphere.name,
        "names": names(sphere),
        "parent": sphere.parent.code if sphere.parent_id else None,
    }


# --- filing -----------------------------------------------------------------------------------


class ApplicantIn(Strict):
    type: ApplicantType = ApplicantType.INDIVIDUAL
    name: str = Field("", max_length=300, description="Full name or the organisation's name")
    iin_bin: str = Field("", max_length=20, description="ИИН (a person) or БИН (organisation)")
    email: str = Field("", max_length=254)
    phone: str = Field("", max_length=40)
    address: str = Field("", max_length=300, description="Postal address")


class AppealIn(Strict):
    kind: Kind
    subject: str = Field(max_length=200)
    text: str = Field(max_length=20000)
    territory: str = Field(
        description="KATO code of the region or city, or of a district in it", max_length=9
    )
    sphere: str | None = Field(None, description="Code of a sphere (GET /spheres), if known")
    body: str | None = Field(
        None, description="Code of the body (GET /bodies), if known; else Tyndau routes it"
    )
    language: Language | None = Field(
        None, description="Language of the answer; empty: the language the appeal is written in"
    )
    applicant: ApplicantIn
    channel: Channel | None = Field(
        None,
        description=(
            "How it was received: only officers with the `register` permission name a channel "
            "(paper, phone, reception...); otherwise it is `api`"
        ),
    )
    consent: bool = Field(
        False,
        description=(
            "The applicant confirms the information and agrees to the processing of their "
            "personal data (required unless an officer registers the appeal)"
        ),
    )


class FiledOut(Schema):
    number: str
    tracking_token: str = Field(
        description="The applicant's key to the appeal: give it to them, do not keep it"
    )
    tracking_url: str
    status: str
    received_at: dt.datetime
    due_date: dt.date
    body: BodyRef


# --- appeals for officers and keys ------------------------------------------------------------


class ApplicantOut(Schema):
    type: str
    name: str
    iin_bin: str
    email: str
    phone: str
    address: str


class ExecutorRef(Schema):
    id: int
    name: str


class RatingOut(Schema):
    score: int
    reasons: list[str]
    comment: str
    rated_at: dt.datetime
    changed_at: dt.datetime | None


class AppealOut(Schema):
    number: str
    status: Status
    status_label: str
    kind: str
    channel: str
    language: str
    subject: str
    text: str | None = Field(description="Only when one appeal is read")
    outcome: str
    ground: str
    is_urgent: bool
    urgency_reason: str
    received_at: dt.datetime
    due_date: dt.date
    due_at: dt.datetime | None = Field(description="Urgent appeals: the hour the answer is due")
    answered_at: dt.datetime | None
    closed_at: dt.datetime | None
    updated_at: dt.datetime
    body: BodyRef
    territory: TerritoryRef
    sphere: SphereRef | None
    executor: ExecutorRef | None
    repeat_of: str | None
    applicant: ApplicantOut
    personal_data_masked: bool
    rating: RatingOut | None
    actions: list[str] = Field(
        description="Actions the caller may take now (POST /appeals/{number}/actions/{action})"
    )


class AppealPage(Schema):
    items: list[AppealOut]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null: last")


def applicant_of(appeal: Appeal, full: bool) -> dict:
    """Who wrote: everything with `full` (view_personal), otherwise masked."""
    if full:
        return {
            "type": appeal.applicant_type,
            "name": appeal.applicant_name,
            "iin_bin": appeal.iin_bin,
            "email": appeal.email,
            "phone": appeal.phone,
            "address": appeal.address,
        }
    return {
        "type": appeal.applicant_type,
        "name": masking.mask_name(appeal.applicant_name),
        "iin_bin": masking.mask_iin(appeal.iin_bin),
        "email": masking.mask_email(appeal.email),
        "phone": masking.mask_phone(appeal.phone),
        "address": "•••" if appeal.address else "",
    }


def rating_out(appeal: Appeal) -> dict | None:
    rating = getattr(appeal, "rating", None)  # None when there is no rating
    if rating is None:
        return None
    return {
        "score": rating.score,
        "reasons": rating.reasons,
        "comment": rating.comment,
        "rated_at": rating.created_at,
        "changed_at": rating.changed_at,
    }


def _actions(principal, appeal: Appeal) -> list[str]:
    from tyndau.api.appeals import ACTION_PERMISSIONS

    if principal.actor is None:
        return []
    shown = officer_actions(principal.actor, appeal)
    return sorted(a for a in shown if principal.may(ACTION_PERMISSIONS[a], appeal))


def appeal_out(appeal: Appeal, principal, *, alone: bool) -> dict:
    """The appeal as `principal` may see it; `alone`: read by itself (not in a list)."""
    full = alone and principal.may(Action.VIEW_PERSONAL, appeal)
    text = None
    if alone:
        text = appeal.text if full else masking.scrub_text(appeal.text)
    return {
        "number": appeal.reg_number,
        "status": appeal.status,
        "status_label": appeal.status_label,
        "kind": appeal.kind,
        "channel": appeal.channel,
        "language": appeal.language,
        "subject": appeal.subject if full else masking.scrub_text(appeal.subject),
        "text": text,
        "outcome": appeal.outcome,
        "ground": appeal.ground,
        "is_urgent": appeal.is_urgent,
        "urgency_reason": appeal.urgency_reason,
        "received_at": appeal.received_at,
        "due_date": appeal.due_date,
        "due_at": urgent_due_at(appeal),
        "answered_at": appeal.answered_at,
        "closed_at": appeal.closed_at,
        "updated_at": appeal.updated_at,
        "body": {"code": appeal.body.code, "name": appeal.body.name},
        "territory": {"kato": appeal.territory.kato, "name": appeal.territory.name},
        "sphere": {"code": appeal.sphere.code, "name": appeal.sphere.name}
        if appeal.sphere_id
        else None,
        "executor": {"id": appeal.executor.pk, "name": appeal.executor.full_name}
        if appeal.executor_id
        else None,
        # The applicant's earlier appeal may be another body's: named only if in scope.
        "repeat_of": appeal.repeat_of.reg_number
        if appeal.repeat_of_id and principal.may(Action.VIEW, appeal.repeat_of)
        else None,
        "applicant": applicant_of(appeal, full),
        "personal_data_masked": not full,
        "rating": rating_out(appeal),
        "actions": _actions(principal, appeal) if alone else [],
    }


# --- the applicant's view ---------------------------------------------------------------------


class TimelineOut(Schema):
    at: dt.datetime
    title: str
    detail: str


class AnswerForApplicant(Schema):
    text: str
    outcome: str
    sent_at: dt.datetime | None


class TrackedOut(Schema):
    number: str
    status: Status
    status_label: str
    kind: str
    subject: str
    body: BodyRef
    received_at: dt.datetime
    due_date: dt.date
    due_at: dt.datetime | None
    answered_at: dt.datetime | None
    closed_at: dt.datetime | None
    outcome: str
    ground_label: str
    timeline: list[TimelineOut]
    answer: AnswerForApplicant | None
    rating: RatingOut | None
    rating_can_change: bool


def tracked_out(appeal: Appeal) -> dict:
    sent = answers.sent_answer(appeal)
    rating = rating_of(sent) if sent else None
    return {
        "number": appeal.reg_number,
        "status": appeal.status,
        "status_label": appeal.status_label,
        "kind": appeal.kind,
        "subject": appeal.subject,
        "body": {"code": appeal.body.code, "name": appeal.body.name},
        "received_at": appeal.received_at,
        "due_date": appeal.due_date,
        "due_at": urgent_due_at(appeal),
        "answered_at": appeal.answered_at,
        "closed_at": appeal.closed_at,
        "outcome": appeal.outcome,
        "ground_label": str(GROUND_LABELS.get(appeal.ground, "")) if appeal.ground else "",
        "timeline": [
            {"at": e.at, "title": e.title, "detail": e.detail}
            for e in timeline(appeal, for_applicant=True)
        ],
        "answer": {"text": sent.text, "outcome": sent.outcome, "sent_at": sent.sent_at}
        if sent
        else None,
        "rating": rating_out(appeal) if rating else None,
        "rating_can_change": bool(rating) and can_change(rating),
    }


class RatingIn(Strict):
    score: int = Field(ge=1, le=5)
    reasons: list[Reason] = []
    comment: str = Field("", max_length=2000)


# --- actions ----------------------------------------------------------------------------------


class NoInput(Strict):
    pass


class AssignIn(Strict):
    executor: int = Field(description="Id of an executor of the appeal's body or its units")


class RedirectIn(Strict):
    body: str = Field(description="Code of the competent body")
    reason: str = Field(max_length=2000)


class CloseIn(Strict):
    target: Status = Field(description="left_without_consideration or terminated")
    ground: Ground
    reason: str = Field("", max_length=2000)


class DraftIn(Strict):
    text: str = Field(max_length=50000)
    outcome: Outcome = Field(description="satisfied, refused or explained")


class OverrideIn(Strict):
    override_reason: str = Field(
        "", max_length=2000, description="Why to send an answer the check reads as formal"
    )


class ReturnIn(Strict):
    comment: str = Field(max_length=2000)


class ExtensionIn(Strict):
    new_due: dt.date
    reason: str = Field(max_length=2000)


class RefuseExtensionIn(Strict):
    note: str = Field("", max_length=2000)


class NoticeIn(Strict):
    how: str = Field(max_length=500, description="Letter number, call or visit")


class UrgencyIn(Strict):
    urgent: bool
    reason: str = Field("", description=f"When urgent, one of: {', '.join(URGENCY_REASONS)}")


class AnswerOut(Schema):
    state: str
    text: str
    outcome: str
    language: str
    quality_score: int | None
    quality_verdict: str
    head_comment: str
    author: ExecutorRef
    sent_at: dt.datetime | None
    updated_at: dt.datetime


def answer_out(answer) -> dict:
    return {
        "state": answer.state,
        "text": answer.text,
        "outcome": answer.outcome,
        "language": answer.language,
        "quality_score": answer.quality_score,
        "quality_verdict": answer.quality_verdict,
        "head_comment": answer.head_comment,
        "author": {"id": answer.author.pk, "name": answer.author.full_name},
        "sent_at": answer.sent_at,
        "updated_at": answer.updated_at,
    }


# --- the legal calendar ------------------------------------------------------------------------


class DueOut(Schema):
    received: str = Field(description="The day of receipt (urgent: the local date-time)")
    rule: str
    due: str = Field(description="YYYY-MM-DD (urgent: a local date-time)")
    working_days: int | None
    basis: str
