"""What the pages show about an appeal: deadline badges, the timeline, the available actions."""

from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tyndau.accounts.permissions import Action, can
from tyndau.answers.services import DRAFTABLE
from tyndau.appeals.models import GROUND_LABELS, STATUS_LABELS, Appeal, EventKind
from tyndau.appeals.services import REASSIGNABLE
from tyndau.appeals.workflow import OPEN_STATUSES, Status, allowed_targets
from tyndau.deadlines.services import working_days_left
from tyndau.directory.models import Body

SOON_WORKING_DAYS = 3


@dataclass(frozen=True)
class Deadline:
    due: date
    days_left: int | None  # working days; None once the appeal is no longer open
    css: str
    label: str


def deadline_info(appeal: Appeal, today: date | None = None) -> Deadline:
    if appeal.status not in OPEN_STATUSES:
        answered = appeal.answered_at or appeal.closed_at
        late = answered is not None and timezone.localdate(answered) > appeal.due_date
        label = _("answered late") if late else _("done")
        return Deadline(appeal.due_date, None, "due-overdue" if late else "due-ok", label)
    left = working_days_left(appeal.due_date, today)
    if left < 0:
        label = ngettext("overdue by %(n)d working day", "overdue by %(n)d working days", -left)
        return Deadline(appeal.due_date, left, "due-overdue", label % {"n": -left})
    if left == 0:
        return Deadline(appeal.due_date, 0, "due-overdue", _("due today"))
    label = ngettext("%(n)d working day left", "%(n)d working days left", left) % {"n": left}
    return Deadline(
        appeal.due_date, left, "due-soon" if left <= SOON_WORKING_DAYS else "due-ok", label
    )


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    title: str
    detail: str
    actor: str


def _title(event) -> str:
    if event.kind == EventKind.FILED:
        return _("Appeal received and registered")
    if event.kind == EventKind.REDIRECTED:
        return _("Redirected to the competent body")
    if event.kind == EventKind.ASSIGNED:
        return _("Executor assigned")
    if event.kind == EventKind.ANSWER_RETURNED:
        return _("Answer returned to the executor for revision")
    if event.kind == EventKind.ANSWER_SENT:
        return _("Answer sent to the applicant")
    if event.kind == EventKind.NOTIFIED:
        return _("Applicant notified by e-mail")
    return str(STATUS_LABELS.get(event.to_status, event.to_status)).capitalize()


def timeline(appeal: Appeal, *, for_applicant: bool) -> list[TimelineEntry]:
    events = appeal.events.select_related("actor").order_by("created_at", "id")
    if for_applicant:
        events = events.filter(public=True)
    events = list(events)
    targets = [e.data["to_body"] for e in events if e.kind == EventKind.REDIRECTED]
    bodies = {b.code: b.name for b in Body.objects.filter(code__in=targets)} if targets else {}
    entries = []
    for event in events:
        detail = event.reason
        if event.kind == EventKind.REDIRECTED:
            detail = f"{bodies.get(event.data.get('to_body'), '')}. {event.reason}".strip(". ")
        if event.data.get("ground"):
            detail = f"{GROUND_LABELS.get(event.data['ground'], '')}. {event.reason}".strip(". ")
        if event.kind == EventKind.ASSIGNED and not for_applicant:
            detail = event.data.get("executor_name", "")
        actor = "" if for_applicant or event.actor is None else event.actor.full_name
        entries.append(TimelineEntry(event.created_at, _title(event), detail, actor))
    return entries


def officer_actions(user, appeal: Appeal) -> set[str]:
    """Names of the action forms to show: allowed by role and scope and by the status."""
    targets = allowed_targets(appeal.status)
    status = Status(appeal.status)
    shown = set()
    if can(user, Action.ASSIGN, appeal) and (Status.ASSIGNED in targets or status in REASSIGNABLE):
        shown.add("assign")
    if can(user, Action.REDIRECT, appeal) and Status.REDIRECTED in targets:
        shown.add("redirect")
    if can(user, Action.START, appeal) and status == Status.ASSIGNED:
        shown.add("start")
    if can(user, Action.DRAFT_ANSWER, appeal) and status in DRAFTABLE:
        shown.update({"draft", "submit"})
    if can(user, Action.APPROVE_ANSWER, appeal) and status == Status.ANSWER_DRAFTED:
        shown.update({"approve", "return"})
    if can(user, Action.CLOSE_WITHOUT_ANSWER, appeal) and Status.TERMINATED in targets:
        shown.add("close")
    return shown
