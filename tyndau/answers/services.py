"""The answer's way: the executor drafts it from the unified format, the quality check reads
it, the head approves or returns it, it goes out as a page and a PDF letter."""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from tyndau.accounts.models import User
from tyndau.accounts.permissions import Action, visible_appeals
from tyndau.answers import quality, unified_format
from tyndau.answers.links import answer_url
from tyndau.answers.models import Answer, AnswerState, AnswerTemplate, Verdict
from tyndau.appeals.models import Appeal, ApplicantType, EventKind
from tyndau.appeals.services import (
    DomainError,
    lock_for_update,
    mark_answered,
    require_permission,
    transition,
)
from tyndau.appeals.workflow import ANSWER_OUTCOMES, Status
from tyndau.deadlines import services as deadlines
from tyndau.related.models import Campaign

DRAFTABLE = (Status.ASSIGNED, Status.IN_PROGRESS, Status.EXTENDED)


def current_answer(appeal: Appeal) -> Answer | None:
    return appeal.answers.exclude(state=AnswerState.SENT).first()


def sent_answer(appeal: Appeal) -> Answer | None:
    return appeal.answers.filter(state=AnswerState.SENT).first()


class NeedsOverride(DomainError):
    """The check reads the answer as formal or beside the point: sending it needs a reason."""


# --- the draft the executor starts from ------------------------------------------------------


def template_for(appeal: Appeal, language: str) -> str:
    """The body's own format for the appeal's sphere, else the body's general one (a unit
    uses its body's), else the platform's unified format."""
    codes = appeal.body.path.strip("/").split("/")  # the body's ancestors, the root first
    spheres = [appeal.sphere_id, appeal.sphere.parent_id] if appeal.sphere_id else []
    candidates = AnswerTemplate.objects.filter(body__code__in=codes, language=language)
    by_key = {(t.body.code, t.sphere_id): t.text for t in candidates.select_related("body")}
    for code in reversed(codes):
        for sphere_id in [*spheres, None]:
            if (code, sphere_id) in by_key:
                return by_key[(code, sphere_id)]
    return unified_format.DEFAULT[language]


def prefill(appeal: Appeal, executor: User, language: str | None = None) -> str:
    """The unified format in the appeal's language, filled with what is already known."""
    language = language if language in unified_format.DEFAULT else appeal.language
    values = {**_applicant_details(appeal, language), **_body_details(appeal, executor, language)}
    return unified_format.fill(template_for(appeal, language), values)


def _applicant_details(appeal: Appeal, language: str) -> dict[str, str]:
    """What in a letter belongs to this applicant and this appeal alone."""
    return {
        "salutation": unified_format.salutation(
            appeal.applicant_name,
            language,
            person=appeal.applicant_type == ApplicantType.INDIVIDUAL,
        ),
        "applicant": appeal.applicant_name,
        "reg_number": appeal.reg_number,
        "received": formats.date_format(timezone.localtime(appeal.received_at), "d.m.Y"),
    }


def _body_details(appeal: Appeal, executor: User, language: str) -> dict[str, str]:
    higher = higher_body(appeal)
    phone = executor.phone or appeal.body.phone
    email = executor.email or appeal.body.email
    return {
        "subject": appeal.subject,
        "body": appeal.body.name_in(language),
        "body_address": appeal.body.address,
        "executor": executor.full_name,
        "executor_position": executor.position,
        "executor_phone": phone,
        "executor_email": email,
        "higher_body": higher.name_in(language) if higher else "",
        "higher_body_paren": f" ({higher.name_in(language)})" if higher else "",
        "contacts": ", ".join(
            part
            for part in (
                executor.full_name,
                executor.position,
                f"{'phone' if language == 'en' else 'тел.'} {phone}" if phone else "",
                f"e-mail {email}" if email else "",
                appeal.body.name_in(language),
                appeal.body.address,
            )
            if part
        ),
    }


def higher_body(appeal: Appeal):
    """The body that hears a complaint against this one (АППК art. 91): the parent of the
    body the appeal's unit belongs to."""
    body = appeal.body.top
    return body.parent if body.parent_id else None


# --- the quality check ------------------------------------------------------------------------


def assess(appeal: Appeal, text: str, interface_language: str = "en") -> quality.Report | None:
    """What the check makes of a text as the answer to this appeal (None for no text). The
    report kept on the answer has its advice in English; pages check again in the viewer's
    language (`answers.presenters.check_panel`)."""
    try:
        return quality.check(
            f"{appeal.subject}.\n{appeal.text}", text, interface_language=interface_language
        )
    except quality.EmptyText:
        return None


def _record_check(answer: Answer, report: quality.Report | None) -> None:
    answer.quality_score = report.score if report else None
    answer.quality_verdict = report.verdict if report else ""
    answer.quality_report = report.as_dict() if report else {}
    answer.quality_checked_at = timezone.now()


def _require_reason_if_flagged(answer: Answer, reason: str) -> str:
    if answer.needs_override and not reason.strip():
        label = Verdict(answer.quality_verdict).label
        raise NeedsOverride(
            _(
                "The check reads this answer as: %(verdict)s. Improve it, or give your reason "
                "to send it as it is."
            )
            % {"verdict": label}
        )
    return reason.strip() if answer.needs_override else ""


def _validate(text: str, outcome: str) -> None:
    if len(text.strip()) < 20:
        raise DomainError(_("Write the answer: it is too short to tell the applicant anything."))
    if outcome not in ANSWER_OUTCOMES:
        raise DomainError(_("Choose the outcome of the consideration."))


def _validate_for_sending(text: str) -> None:
    left = unified_format.hints_left(text)
    if left:
        raise DomainError(
            _("Replace the hints in square brackets with your text: %(hint)s") % {"hint": left[0]}
        )


# --- the answer's way -------------------------------------------------------------------------


def save_draft(appeal: Appeal, *, actor: User, text: str, outcome: str) -> Answer:
    """Keep the executor's draft, checked; starting the work if it had not started yet."""
    _validate(text, outcome)
    with transaction.atomic():
        appeal = lock_for_update(appeal)
        require_permission(actor, Action.DRAFT_ANSWER, appeal)
        if appeal.status not in DRAFTABLE:
            raise DomainError(_("The answer cannot be edited in this status."))
        if appeal.status == Status.ASSIGNED:
            transition(appeal, Status.IN_PROGRESS, actor=actor)
        answer = current_answer(appeal)
        if answer is None:
            answer = Answer(appeal=appeal, author=actor)
        answer.text, answer.outcome, answer.state = text.strip(), outcome, AnswerState.DRAFT
        answer.author = actor
        answer.language = answer.language or appeal.language
        _record_check(answer, assess(appeal, answer.text))
        answer.save()
    return answer


def submit_for_approval(appeal: Appeal, *, actor: User, override_reason: str = "") -> Answer:
    """The draft goes to the head, checked once more; a flagged one only with a reason."""
    with transaction.atomic():
        appeal = lock_for_update(appeal)
        require_permission(actor, Action.SUBMIT_ANSWER, appeal)
        answer = current_answer(appeal)
        if answer is None:
            raise DomainError(_("Save a draft of the answer first."))
        _validate(answer.text, answer.outcome)
        _validate_for_sending(answer.text)
        _record_check(answer, assess(appeal, answer.text))
        answer.submit_override = _require_reason_if_flagged(answer, override_reason)
        transition(
            appeal,
            Status.ANSWER_DRAFTED,
            actor=actor,
            data=_check_data(answer, answer.submit_override),
        )
        answer.state = AnswerState.ON_APPROVAL
        answer.save()
    return answer


def _check_data(answer: Answer, override: str) -> dict:
    data = {"quality_score": answer.quality_score, "quality_verdict": answer.quality_verdict}
    if override:
        data["override"] = override
    return data


def return_for_revision(appeal: Appeal, *, actor: User, comment: str) -> Answer:
    if not comment.strip():
        raise DomainError(_("Tell the executor what to change."))
    with transaction.atomic():
        appeal = lock_for_update(appeal)
        require_permission(actor, Action.RETURN_ANSWER, appeal)
        answer = current_answer(appeal)
        if answer is None or appeal.status != Status.ANSWER_DRAFTED:
            raise DomainError(_("There is no answer waiting for approval."))
        transition(
            appeal,
            Status.IN_PROGRESS,
            actor=actor,
            kind=EventKind.ANSWER_RETURNED,
            reason=comment.strip(),
            public=False,
        )
        answer.state, answer.head_comment = AnswerState.RETURNED, comment.strip()
        answer.save(update_fields=["state", "head_comment", "updated_at"])
    return answer


def approve_and_send(appeal: Appeal, *, actor: User, override_reason: str = "") -> Answer:
    """The head approves the answer; it is sent and the applicant told, in one transaction.
    A formal or off-topic answer goes only with the head's own reason."""
    with transaction.atomic():
        appeal = lock_for_update(appeal)
        require_permission(actor, Action.APPROVE_ANSWER, appeal)
        answer = current_answer(appeal)
        if answer is None or appeal.status != Status.ANSWER_DRAFTED:
            raise DomainError(_("There is no answer waiting for approval."))
        _validate_for_sending(answer.text)
        _record_check(answer, assess(appeal, answer.text))
        answer.approval_override = _require_reason_if_flagged(answer, override_reason)
        answer.state, answer.approved_by, answer.sent_at = AnswerState.SENT, actor, timezone.now()
        answer.save()
        mark_answered(
            appeal,
            actor=actor,
            outcome=answer.outcome,
            answer_text=answer.text,
            answer_url=answer_url(answer),
            data=_check_data(answer, answer.approval_override),
        )
    return answer


# --- one answer for a mass campaign -------------------------------------------------------------


@dataclass
class CampaignAnswering:
    answered: list[str] = field(default_factory=list)
    left: list[tuple[str, str]] = field(default_factory=list)  # (number, why it was left)


def answer_campaign(campaign: Campaign, source: Answer, *, actor: User) -> CampaignAnswering:
    """The head sends an answer already sent in the campaign to every other open appeal of
    it that is theirs to approve, each letter addressed to its own applicant. An appeal with
    its own answer under way, in another language or waiting for an extension is left, and
    the head is told why; each appeal goes in its own transaction, so one left does not
    hold back the rest. A campaign spans bodies: the appeals outside the head's scope are
    neither touched nor named."""
    if source.state != AnswerState.SENT:
        raise DomainError(_("Only an answer already sent can serve the campaign."))
    result = CampaignAnswering()
    members = (
        visible_appeals(actor)
        .filter(campaign_membership__campaign=campaign, status__in=REUSABLE_FROM)
        .exclude(pk=source.appeal_id)
        .order_by("received_at", "pk")
    )
    for appeal in members:
        try:
            reuse_answer(source, appeal, actor=actor, campaign=campaign)
        except PermissionDenied:
            result.left.append((appeal.reg_number, str(_("not yours to approve"))))
        except DomainError as error:
            result.left.append((appeal.reg_number, str(error.message)))
        else:
            result.answered.append(appeal.reg_number)
    return result


# Statuses from which an appeal can take a ready answer: those before its own answer exists.
REUSABLE_FROM = (
    Status.REGISTERED,
    Status.REDIRECTED,
    Status.ASSIGNED,
    Status.IN_PROGRESS,
    Status.EXTENDED,
)


def reuse_answer(
    source: Answer, appeal: Appeal, *, actor: User, campaign: Campaign | None = None
) -> Answer:
    """`source`'s letter, readdressed to `appeal`'s applicant, approved and sent."""
    with transaction.atomic():
        appeal = lock_for_update(appeal)
        require_permission(actor, Action.APPROVE_ANSWER, appeal)
        if appeal.status not in REUSABLE_FROM:
            raise DomainError(_("it has its own answer under way or is closed"))
        if appeal.language != source.language:
            raise DomainError(_("it is written in another language"))
        if current_answer(appeal) is not None:
            raise DomainError(_("it has its own draft"))
        data = {"from_appeal": source.appeal.reg_number}
        if campaign is not None:
            data["campaign"] = campaign.pk
        _take_to_drafted(appeal, source, actor, data)
        text = unified_format.readdressed(
            source.text,
            _replacements(source.appeal, appeal, source.language),
        )
        answer = Answer(
            appeal=appeal,
            text=text,
            outcome=source.outcome,
            author=appeal.executor,
            language=source.language,
        )
        _record_check(answer, assess(appeal, text))
        if answer.needs_override and not source.approval_override:
            raise DomainError(_("the check flags its answer: send it from its own page"))
        answer.approval_override = source.approval_override if answer.needs_override else ""
        answer.state, answer.approved_by, answer.sent_at = AnswerState.SENT, actor, timezone.now()
        answer.save()
        mark_answered(
            appeal,
            actor=actor,
            outcome=answer.outcome,
            answer_text=answer.text,
            answer_url=answer_url(answer),
            data={**data, **_check_data(answer, answer.approval_override)},
        )
    return answer


def _take_to_drafted(appeal: Appeal, source: Answer, actor: User, data: dict) -> None:
    """Walk the appeal to 'answer drafted' the lawful way: assigned (to its own executor,
    else the one who wrote the answer), in progress, drafted."""
    if appeal.status in (Status.REGISTERED, Status.REDIRECTED):
        executor = source.author
        if not (executor.body_id and executor.body.path.startswith(appeal.body.path)):
            raise DomainError(_("assign it to an executor first"))
        deadlines.on_assigned(appeal, timezone.now())
        transition(
            appeal,
            Status.ASSIGNED,
            actor=actor,
            kind=EventKind.ASSIGNED,
            data={"executor": executor.pk, "executor_name": executor.full_name},
            executor=executor,
        )
    if appeal.status == Status.ASSIGNED:
        transition(appeal, Status.IN_PROGRESS, actor=actor)
    transition(appeal, Status.ANSWER_DRAFTED, actor=actor, data=data)


def _replacements(source: Appeal, target: Appeal, language: str) -> dict[str, str]:
    before = _applicant_details(source, language)
    after = _applicant_details(target, language)
    return {before[key]: after[key] for key in before if before[key]}
