"""The one place that answers "may this officer see or do this with that appeal?".

Scope is by body: a head, registrar, analyst or administrator works with their body and all
its units; an executor with what is assigned to them and with their own unit; nobody with
another body's appeals.
"""

from enum import StrEnum

from django.db.models import Q, QuerySet

from tyndau.accounts.models import Role, User


class Action(StrEnum):
    VIEW = "view"
    VIEW_PERSONAL = "view_personal"
    REGISTER = "register"
    ASSIGN = "assign"
    REDIRECT = "redirect"
    START = "start"
    DRAFT_ANSWER = "draft_answer"
    SUBMIT_ANSWER = "submit_answer"
    APPROVE_ANSWER = "approve_answer"
    RETURN_ANSWER = "return_answer"
    CLOSE_WITHOUT_ANSWER = "close_without_answer"
    REQUEST_EXTENSION = "request_extension"
    EXTEND = "extend"  # the head or deputy only (АППК art. 76 p.2)
    CONFIRM_NOTICE = "confirm_notice"
    MARK_URGENCY = "mark_urgency"


ROLE_ACTIONS: dict[str, frozenset[Action]] = {
    Role.REGISTRAR: frozenset(
        {
            Action.VIEW,
            Action.VIEW_PERSONAL,
            Action.REGISTER,
            Action.ASSIGN,
            Action.REDIRECT,
            Action.CLOSE_WITHOUT_ANSWER,
            Action.CONFIRM_NOTICE,
            Action.MARK_URGENCY,
        }
    ),
    Role.EXECUTOR: frozenset(
        {
            Action.VIEW,
            Action.VIEW_PERSONAL,
            Action.START,
            Action.DRAFT_ANSWER,
            Action.SUBMIT_ANSWER,
            Action.REQUEST_EXTENSION,
            Action.CONFIRM_NOTICE,
        }
    ),
    Role.HEAD: frozenset(
        {
            Action.REGISTER,
            Action.VIEW,
            Action.VIEW_PERSONAL,
            Action.ASSIGN,
            Action.REDIRECT,
            Action.START,
            Action.DRAFT_ANSWER,
            Action.SUBMIT_ANSWER,
            Action.APPROVE_ANSWER,
            Action.RETURN_ANSWER,
            Action.CLOSE_WITHOUT_ANSWER,
            Action.REQUEST_EXTENSION,
            Action.EXTEND,
            Action.CONFIRM_NOTICE,
            Action.MARK_URGENCY,
        }
    ),
    Role.ANALYST: frozenset({Action.VIEW}),
    Role.ADMIN: frozenset({Action.VIEW, Action.VIEW_PERSONAL}),
    Role.CONTROLLER: frozenset(),  # oversees the processing of personal data, not appeals
}
# Work on an answer belongs to the executor it is assigned to.
EXECUTOR_OWN_ONLY = frozenset(
    {
        Action.START,
        Action.DRAFT_ANSWER,
        Action.SUBMIT_ANSWER,
        Action.REQUEST_EXTENSION,
        Action.CONFIRM_NOTICE,
    }
)


def is_officer(user) -> bool:
    return bool(
        getattr(user, "is_authenticated", False) and user.is_active and user.role and user.body_id
    )


def _may_view(user) -> bool:
    return is_officer(user) and Action.VIEW in ROLE_ACTIONS.get(user.role, frozenset())


def visible_appeals(user: User) -> QuerySet:
    from tyndau.appeals.models import Appeal

    appeals = Appeal.objects.all()
    if not _may_view(user):
        return appeals.none()
    if user.role == Role.EXECUTOR:
        return appeals.filter(Q(executor=user) | Q(body_id=user.body_id))
    return appeals.filter(body__path__startswith=user.body.path)


def in_scope(user: User, appeal) -> bool:
    if not _may_view(user):
        return False
    if user.role == Role.EXECUTOR:
        return appeal.executor_id == user.pk or appeal.body_id == user.body_id
    return appeal.body.path.startswith(user.body.path)


def can(user: User, action: Action | str, appeal=None) -> bool:
    """May `user` do `action` (with `appeal`, when the action concerns one)?"""
    if not is_officer(user):
        return False
    action = Action(action)
    if action not in ROLE_ACTIONS.get(user.role, frozenset()):
        return False
    if appeal is None:
        return True
    if not in_scope(user, appeal):
        return False
    if user.role == Role.EXECUTOR and action in EXECUTOR_OWN_ONLY:
        return appeal.executor_id == user.pk
    return True


def assignable_executors(user: User, appeal) -> QuerySet:
    """Executors an appeal may be given to: those of the appeal's body and its units."""
    return User.objects.filter(
        role=Role.EXECUTOR, is_active=True, body__path__startswith=appeal.body.path
    ).order_by("last_name", "first_name")
