"""The answer's way: the executor drafts it, the head approves or returns it, it goes out."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tyndau.accounts.models import User
from tyndau.accounts.permissions import Action
from tyndau.answers.models import Answer, AnswerState
from tyndau.appeals.models import Appeal, EventKind
from tyndau.appeals.services import (
    DomainError,
    lock_for_update,
    mark_answered,
    require_permission,
    transition,
)
from tyndau.appeals.workflow import ANSWER_OUTCOMES, Status

DRAFTABLE = (Status.ASSIGNED, Status.IN_PROGRESS, Status.EXTENDED)


def current_answer(appeal: Appeal) -> Answer | None:
    return appeal.answers.exclude(state=AnswerState.SENT).first()


def sent_answer(appeal: Appeal) -> Answer | None:
    return appeal.answers.filter(state=AnswerState.SENT).first()


def _validate(text: str, outcome: str) -> None:
    if len(text.strip()) < 20:
        raise DomainError(_("Write the answer: it is too short to tell the applicant anything."))
    if outcome not in ANSWER_OUTCOMES:
        raise DomainError(_("Choose the outcome of the consideration."))


def save_draft(appeal: Appeal, *, actor: User, text: str, outcome: str) -> Answer:
    """Keep the executor's draft; starting the work if it had not started yet."""
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
        answer.save()
    return answer


def submit_for_approval(appeal: Appeal, *, actor: User) -> Answer:
    with transaction.atomic():
        appeal = lock_for_update(appeal)
        require_permission(actor, Action.SUBMIT_ANSWER, appeal)
        answer = current_answer(appeal)
        if answer is None:
            raise DomainError(_("Save a draft of the answer first."))
        _validate(answer.text, answer.outcome)
        transition(appeal, Status.ANSWER_DRAFTED, actor=actor)
        answer.state = AnswerState.ON_APPROVAL
        answer.save(update_fields=["state", "updated_at"])
    return answer


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


def approve_and_send(appeal: Appeal, *, actor: User) -> Answer:
    """The head approves the answer; it is sent and the applicant told, in one transaction."""
    with transaction.atomic():
        appeal = lock_for_update(appeal)
        require_permission(actor, Action.APPROVE_ANSWER, appeal)
        answer = current_answer(appeal)
        if answer is None or appeal.status != Status.ANSWER_DRAFTED:
            raise DomainError(_("There is no answer waiting for approval."))
        mark_answered(appeal, actor=actor, outcome=answer.outcome, answer_text=answer.text)
        answer.state, answer.approved_by, answer.sent_at = AnswerState.SENT, actor, timezone.now()
        answer.save(update_fields=["state", "approved_by", "sent_at", "updated_at"])
    return answer
