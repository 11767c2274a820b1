"""What the pages show about an appeal: deadline badges, the timeline, the available actions."""

from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from tyndau.accounts.permissions import Action, can
from tyndau.answers.services import DRAFTABLE
from tyndau.appeals.models import (
    GROUND_LABELS,
    STATUS_LABELS,
    URGENCY_REASONS,
    Appeal,
    EventKind,
)
from tyndau.appeals.services import EXTENDABLE, REASSIGNABLE, URGENCY_CHANGEABLE
from tyndau.appeals.workflow import OPEN_STATUSES, Status, allowed_targets
from tyndau.deadlines.models import RULE_LABELS, Extension
from tyndau.deadlines.services import running, working_days_left
from tyndau.deadlines.terms import BASIS, Rule
from tyndau.directory.models import Body
from tyndau.ratings.models import Reason

REASON_LABELS = dict(Reason.choices)

SOON_WORKING_DAYS = 3  # amber from here
CRITICAL_WORKING_DAYS = 1  # red-orange from here


@dataclass(frozen=True)
class Deadline:
    due: date
    days_left: int | None  # working days; None once the appeal is no longer open
    css: str
    label: str
    due_at: datetime | None = None  # urgent appeals: the hour the answer is due


def urgent_due_at(appeal: Appeal) -> datetime | None:
    if not appeal.is_urgent:
        return None
    prefetched = getattr(appeal, "urgent_terms", None)
    if prefetched is not None:
        return prefetched[0].due_at if prefetched else None
    term = appeal.terms.filter(rule=Rule.URGENT).order_by("-id").first()
    return term.due_at if term else None


def _urgent_deadline(appeal: Appeal, due_at: datetime, now: datetime) -> Deadline:
    hours = int((due_at - now).total_seconds() // 3600)
    if due_at < now:
        late = max(1, -hours - 1)
        label = ngettext("overdue by %(n)d hour", "overdue by %(n)d hours", late) % {"n": late}
        return Deadline(appeal.due_date, -1, "due-overdue", label, due_at)
    label = ngettext("%(n)d hour left", "%(n)d hours left", hours) % {"n": hours}
    return Deadline(appeal.due_date, 0, "due-critical", label, due_at)


def deadline_info(
    appeal: Appeal, today: date | None = None, now: datetime | None = None
) -> Deadline:
    """How much time the appeal has left, in the words and colour the inbox shows."""
    due_at = urgent_due_at(appeal)
    if appeal.status not in OPEN_STATUSES:
        answered = appeal.answered_at or appeal.closed_at
        if due_at is not None:
            late = answered is not None and answered > due_at
        else:
            late = answered is not None and timezone.localdate(answered) > appeal.due_date
        label = _("answered late") if late else _("done")
        return Deadline(appeal.due_date, None, "due-overdue" if late else "due-ok", label, due_at)
    if due_at is not None:
        return _urgent_deadline(appeal, due_at, now or timezone.now())
    left = working_days_left(appeal.due_date, today)
    if left < 0:
        label = ngettext("overdue by %(n)d working day", "overdue by %(n)d working days", -left)
        return Deadline(appeal.due_date, left, "due-overdue", label % {"n": -left})
    if left == 0:
        return Deadline(appeal.due_date, 0, "due-critical", _("due today"))
    label = ngettext("%(n)d working day left", "%(n)d working days left", left) % {"n": left}
    if left <= CRITICAL_WORKING_DAYS:
        css = "due-critical"
    elif left <= SOON_WORKING_DAYS:
        css = "due-soon"
    else:
        css = "due-ok"
    return Deadline(appeal.due_date, left, css, label)


@dataclass(frozen=True)
class TermRow:
    label: str
    due: date
    due_at: datetime | None
    state: str
    state_label: str
    basis: str
    late: bool


def term_rows(appeal: Appeal) -> list[TermRow]:
    """Every term the appeal ran against, for the officer's page."""
    rows = []
    for term in appeal.terms.select_related("body").order_by("id"):
        state_label = term.get_state_display()
        if term.done_late:
            state_label = _("met late")
        rows.append(
            TermRow(
                f"{RULE_LABELS[Rule(term.rule)]} · {term.body.code}",
                term.due_on,
                term.due_at,
                term.state,
                str(state_label),
                _basis(term),
                term.breached_at is not None,
            )
        )
    return rows


def _basis(term) -> str:
    """The legal citation as stored (АППК article numbers read the same in every language);
    the urgent term's basis is prose, so it is said in the reader's language."""
    if term.rule == Rule.URGENT and term.basis == BASIS[Rule.URGENT]:
        return str(URGENT_BASIS)
    return term.basis


URGENT_BASIS = gettext_lazy("urgent appeal: a term the body sets for urgent appeals")


def latest_extension(appeal: Appeal) -> Extension | None:
    return appeal.extensions.filter(state=Extension.State.GRANTED).order_by("-id").first()


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    title: str
    detail: str
    actor: str


EVENT_TITLES = {
    EventKind.FILED: gettext_lazy("Appeal received and registered"),
    EventKind.REDIRECTED: gettext_lazy("Redirected to the competent body"),
    EventKind.ASSIGNED: gettext_lazy("Executor assigned"),
    EventKind.ANSWER_RETURNED: gettext_lazy("Answer returned to the executor for revision"),
    EventKind.ANSWER_SENT: gettext_lazy("Answer sent to the applicant"),
    EventKind.NOTIFIED: gettext_lazy("Applicant notified by e-mail"),
    EventKind.EXTENSION_REQUESTED: gettext_lazy("Extension of the term requested"),
    EventKind.EXTENDED: gettext_lazy("Term of consideration extended"),
    EventKind.EXTENSION_REFUSED: gettext_lazy("Extension refused"),
    EventKind.NOTICE_GIVEN: gettext_lazy("Applicant told of the extension"),
    EventKind.URGENCY_CHANGED: gettext_lazy("Urgency changed"),
    EventKind.ROUTING_REVIEWED: gettext_lazy("Sphere reviewed"),
    EventKind.LINKED: gettext_lazy("Linked to a related appeal"),
}


def _title(event) -> str:
    if event.kind == EventKind.TERM_BREACHED:
        return _("Term breached") + f": {RULE_LABELS.get(event.data.get('rule'), '')}"
    if event.kind == EventKind.RATED:
        return _("Answer rated: %(score)s of 5") % {"score": event.data.get("score", "?")}
    if event.kind in EVENT_TITLES:
        return str(EVENT_TITLES[event.kind])
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
        if event.kind == EventKind.EXTENDED and event.data.get("new_due"):
            new_due = date_format(date.fromisoformat(event.data["new_due"]))
            detail = _("%(reason)s (new due date: %(due)s)") % {
                "due": new_due,
                "reason": event.reason,
            }
        if event.kind == EventKind.RATED:
            reasons = ", ".join(str(REASON_LABELS.get(r, r)) for r in event.data.get("reasons", []))
            detail = ". ".join(part for part in (reasons, event.reason) if part)
        if event.data.get("override") and not for_applicant:
            detail = _("Sent despite the quality check: %(reason)s") % {
                "reason": event.data["override"]
            }
        if event.kind == EventKind.ASSIGNED and not for_applicant:
            detail = event.data.get("executor_name", "")
        if event.kind == EventKind.URGENCY_CHANGED:
            reason = URGENCY_REASONS.get(event.data.get("reason") or "", "")
            detail = _("Urgent: %(reason)s") % {"reason": reason} if reason else _("Not urgent")
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
    if can(user, Action.EXTEND, appeal) and status in (*EXTENDABLE, Status.EXTENSION_REQUESTED):
        shown.add("extend")
        if status == Status.EXTENSION_REQUESTED:
            shown.add("refuse_extension")
    elif can(user, Action.REQUEST_EXTENSION, appeal) and status in EXTENDABLE:
        shown.add("request_extension")
    if can(user, Action.CONFIRM_NOTICE, appeal) and running(appeal, Rule.EXTENSION_NOTICE).exists():
        shown.add("confirm_notice")
    if can(user, Action.MARK_URGENCY, appeal) and status in URGENCY_CHANGEABLE:
        shown.add("urgency")
    return shown
