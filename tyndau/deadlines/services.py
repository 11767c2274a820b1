"""Terms of the appeals law applied to appeals: computed on the legal calendar, opened when an
appeal arrives, met or breached, extended, warned about. The arithmetic is in the pure
`calendar` and `terms` modules; this module adds the database and the people."""

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from tyndau.accounts.models import Role, User
from tyndau.appeals.models import AppealEvent, EventKind
from tyndau.deadlines import terms
from tyndau.deadlines.calendar import WorkingCalendar
from tyndau.deadlines.models import CalendarOverride, Extension, Term, TermSetting
from tyndau.deadlines.terms import Due, Flag, Rule
from tyndau.directory.models import Body
from tyndau.notifications.services import deliver_waiting, queue_mail

log = logging.getLogger(__name__)
T = TypeVar("T")

# Other processes see an administrator's correction (calendar, term settings) within this.
CALENDAR_TTL_SECONDS = 30

_kept_lock = threading.Lock()
_kept: dict[str, tuple[object, float]] = {}


def _kept_for_a_while(name: str, build: Callable[[], T]) -> T:
    """`build()`, kept CALENDAR_TTL_SECONDS in this process (until `forget_calendar`)."""
    with _kept_lock:
        entry = _kept.get(name)
        if entry is not None and time.monotonic() - entry[1] < CALENDAR_TTL_SECONDS:
            return entry[0]  # type: ignore[return-value]
        value = build()
        _kept[name] = (value, time.monotonic())
        return value


def calendar() -> WorkingCalendar:
    """The legal calendar: the `holidays` package plus the administrator's corrections."""
    return _kept_for_a_while("calendar", _build_calendar)


def _build_calendar() -> WorkingCalendar:
    rows = list(CalendarOverride.objects.values_list("date", "kind"))
    by_kind: dict[str, list[dt.date]] = {kind: [] for kind in CalendarOverride.Kind.values}
    for day, kind in rows:
        by_kind[kind].append(day)
    return WorkingCalendar(
        days_off=by_kind[CalendarOverride.Kind.DAY_OFF],
        working_days=by_kind[CalendarOverride.Kind.WORKING_DAY],
        confirmed=by_kind[CalendarOverride.Kind.CONFIRMED],
    )


def forget_calendar(**_kwargs) -> None:
    """Drop the kept calendar and term settings (an administrator changed one)."""
    with _kept_lock:
        _kept.clear()


def received_day(received_at: dt.datetime) -> dt.date:
    return timezone.localdate(received_at)


def answer_setting(kind: str, body: Body | None) -> tuple[int, str]:
    """Working days and basis of the answer term for this kind of appeal in this body: the most
    specific setting wins (a body's own over its parent's over everybody's; a kind's own over
    every kind's); without one, the 15 working days of art. 76 p.1."""
    return best_answer_setting(term_settings(), kind, body)


def term_settings() -> tuple[tuple[str, str | None, int, str], ...]:
    """Every term setting as (kind, body path or None, working days, basis); a handful of
    rows, read on every filing, so kept like the calendar."""

    def load() -> tuple[tuple[str, str | None, int, str], ...]:
        rows = TermSetting.objects.values_list("kind", "body__path", "working_days", "basis")
        return tuple(rows.order_by("pk"))

    return _kept_for_a_while("term-settings", load)


def best_answer_setting(
    settings_: Iterable[tuple[str, str | None, int, str]], kind: str, body: Body | None
) -> tuple[int, str]:
    """`answer_setting` chosen among (kind, body path or None, working days, basis) rows, which
    may include settings of other kinds and bodies (an import reads them all once)."""
    ancestors = set(_ancestor_paths(body))
    best, best_rank = None, None
    for setting_kind, path, working_days, basis in settings_:
        if setting_kind not in ("", kind) or (path is not None and path not in ancestors):
            continue
        rank = (len(path) if path is not None else -1, bool(setting_kind))
        if best_rank is None or rank > best_rank:
            best, best_rank = (working_days, basis), rank
    return best or (terms.ANSWER_WORKING_DAYS, terms.BASIS[Rule.ANSWER])


def _ancestor_paths(body: Body | None) -> list[str]:
    """ "AKM-AST/AKM-AST-HOUSING/" → "AKM-AST/", "AKM-AST/AKM-AST-HOUSING/"."""
    if body is None:
        return []
    parts = body.path.rstrip("/").split("/")
    return ["/".join(parts[: i + 1]) + "/" for i in range(len(parts))]


def answer_due_for(kind: str, body: Body | None, received: dt.date) -> Due:
    working_days, basis = answer_setting(kind, body)
    return terms.answer_due(received, calendar(), working_days, basis)


def working_days_left(due: dt.date, today: dt.date | None = None) -> int:
    return calendar().working_days_between(today or timezone.localdate(), due)


def compute(
    rule: str,
    received_at: dt.datetime,
    *,
    kind: str = "",
    body: Body | None = None,
) -> Due:
    """Any rule's term for an appeal received at `received_at` (the calculator's core)."""
    day = received_day(received_at)
    rule = Rule(rule)
    if rule == Rule.ANSWER:
        return answer_due_for(kind, body, day)
    if rule == Rule.REDIRECT:
        return terms.redirect_due(day, calendar())
    if rule == Rule.EXTENSION_CAP:
        return terms.extension_cap(day, calendar())
    if rule == Rule.URGENT:
        return terms.urgent_due(timezone.localtime(received_at), settings.URGENT_TERM_HOURS)
    return terms.notice_due(day, calendar())


@dataclass(frozen=True)
class Schedule:
    """The terms an appeal starts with in a body, and the answer date the inbox sorts by."""

    dues: list[Due]

    @property
    def answer(self) -> Due:
        return next(d for d in self.dues if d.rule in (Rule.ANSWER, Rule.URGENT))


def initial_schedule(kind: str, body: Body, received_at: dt.datetime, urgent: bool) -> Schedule:
    day = received_day(received_at)
    answer = compute(Rule.URGENT, received_at) if urgent else answer_due_for(kind, body, day)
    return Schedule([terms.redirect_due(day, calendar()), answer])


def open_terms(appeal, schedule: Schedule, *, since: dt.date | None = None) -> list[Term]:
    """Create the appeal's running terms in its (current) body."""
    return Term.objects.bulk_create(
        [
            Term(
                appeal=appeal,
                rule=due.rule,
                body_id=appeal.body_id,
                starts_on=since or due.received,
                due_on=due.due,
                due_at=due.due_at,
                initial_due_on=due.due,
                working_days=due.working_days,
                basis=due.basis,
            )
            for due in schedule.dues
        ]
    )


def _finish(term: Term, at: dt.datetime, state: str = Term.State.MET) -> None:
    term.met_at = at
    if term.state == Term.State.OPEN:
        term.state = state
    term.save(update_fields=["met_at", "state"])


def running(appeal, *rules: Rule):
    return appeal.terms.filter(rule__in=rules, met_at__isnull=True).exclude(
        state=Term.State.CANCELLED
    )


def on_assigned(appeal, at: dt.datetime) -> None:
    """The body took the appeal as its own: the redirect term no longer applies."""
    for term in running(appeal, Rule.REDIRECT):
        _finish(term, at, Term.State.CANCELLED)


def on_redirected(appeal, from_body_id: int, at: dt.datetime) -> dt.date:
    """The old body's terms end; the competent body's terms run from the day it receives the
    appeal. Returns the new answer date."""
    for term in running(appeal, Rule.REDIRECT).filter(body_id=from_body_id):
        _finish(term, at)
    for term in running(appeal, Rule.ANSWER).filter(body_id=from_body_id):
        _finish(term, at, Term.State.CANCELLED)
    day = received_day(at)
    dues = [terms.redirect_due(day, calendar())]
    urgent = running(appeal, Rule.URGENT).first()
    if urgent is None:
        dues.append(answer_due_for(appeal.kind, appeal.body, day))
    else:
        urgent.body_id = appeal.body_id
        urgent.save(update_fields=["body"])
    open_terms(appeal, Schedule(dues), since=day)
    return urgent.due_on if urgent else dues[-1].due


def on_urgency_changed(appeal, urgent: bool, at: dt.datetime) -> Due:
    """Marked urgent after filing: the answer term gives way to the urgent one, counted from
    now (the officer can act on it; counting from receipt could breach it at once). Marked
    not urgent: the urgent term gives way to the ordinary answer term, counted from the day
    the appeal's present body received it. Returns the new answer term."""
    arrived = appeal.terms.filter(body_id=appeal.body_id).order_by("starts_on").first()
    since = arrived.starts_on if arrived else received_day(appeal.received_at)
    if urgent:
        ending, due = Rule.ANSWER, compute(Rule.URGENT, at)
    else:
        ending, due = Rule.URGENT, answer_due_for(appeal.kind, appeal.body, since)
    for term in running(appeal, ending):
        _finish(term, at, Term.State.CANCELLED)
    open_terms(appeal, Schedule([due]), since=since)
    return due


def on_answered(appeal, at: dt.datetime) -> None:
    """The answer went out (or the appeal was closed on a legal ground)."""
    for term in running(appeal, Rule.ANSWER, Rule.URGENT, Rule.REDIRECT):
        _finish(term, at, Term.State.CANCELLED if term.rule == Rule.REDIRECT else Term.State.MET)


def on_notice_given(appeal, at: dt.datetime) -> None:
    """The applicant has been told of the extension."""
    for term in running(appeal, Rule.EXTENSION_NOTICE):
        _finish(term, at)
    Extension.objects.filter(
        appeal=appeal, state=Extension.State.GRANTED, applicant_notified_at__isnull=True
    ).update(applicant_notified_at=at)


def answer_term(appeal) -> Term | None:
    return (
        appeal.terms.filter(rule__in=(Rule.ANSWER, Rule.URGENT))
        .exclude(state=Term.State.CANCELLED)
        .order_by("-id")
        .first()
    )


@dataclass(frozen=True)
class ExtensionCheck:
    cap: dt.date
    flags: list[Flag]


def extension_cap(appeal, term: Term | None = None) -> dt.date:
    """The latest date the answer term may be extended to (art. 76 p.2), counted from the day
    the appeal reached its current body."""
    term = term or answer_term(appeal)
    counted_from = term.starts_on if term else received_day(appeal.received_at)
    return terms.extension_cap(counted_from, calendar()).due


def check_extension(appeal, new_due: dt.date, reason: str, today: dt.date) -> ExtensionCheck:
    """What the law allows (the cap) and what looks unjustified in this extension."""
    term = answer_term(appeal)
    current_due = term.due_on if term else appeal.due_date
    cap = extension_cap(appeal, term)
    earlier = appeal.extensions.filter(state=Extension.State.GRANTED).count()
    flags = terms.extension_flags(
        decided_on=today,
        current_due=current_due,
        new_due=new_due,
        cap=cap,
        reason=reason,
        earlier_extensions=earlier,
    )
    return ExtensionCheck(cap, flags)


def apply_extension(appeal, new_due: dt.date, decided_at: dt.datetime) -> Term:
    """Move the answer term to `new_due` and start the 3-day term to tell the applicant."""
    term = answer_term(appeal)
    term.due_on = new_due
    term.warnings_sent = []
    if term.state == Term.State.BREACHED:
        term.state = Term.State.OPEN  # the breach stays on record in breached_at
    term.save(update_fields=["due_on", "warnings_sent", "state"])
    notice = terms.notice_due(received_day(decided_at), calendar())
    open_terms(appeal, Schedule([notice]))
    return term


# --- the sweep: warnings before a term runs out, breaches the moment it has -----------------


def _recipients(term: Term) -> list[User]:
    appeal = term.appeal
    if appeal.executor_id and term.rule != Rule.REDIRECT:
        return [appeal.executor]
    return list(
        User.objects.filter(
            is_active=True, body_id=term.body_id, role__in=(Role.REGISTRAR, Role.HEAD)
        ).exclude(email="")
    )


def _heads(term: Term) -> list[User]:
    return list(
        User.objects.filter(is_active=True, body_id=term.body_id, role=Role.HEAD).exclude(email="")
    )


def _tell_officers(users, template: str, term: Term, **context) -> None:
    appeal = term.appeal
    for user in {u.pk: u for u in users if u.email}.values():
        with translation.override(user.language or settings.LANGUAGE_CODE):
            body_context = {"appeal": appeal, "term": term, "user": user, **context}
            path = reverse("appeals:detail", kwargs={"number": appeal.reg_number})
            body_context["url"] = settings.BASE_URL + path
            subject = render_to_string(f"deadlines/email/{template}_subject.txt", body_context)
            text = render_to_string(f"deadlines/email/{template}.txt", body_context)
        queue_mail(user.email, subject, text, template=template, appeal=appeal)


def _breached(term: Term, now: dt.datetime) -> bool:
    if term.due_at is not None:
        return now > term.due_at
    return timezone.localdate(now) > term.due_on


def mark_breaches(now: dt.datetime) -> int:
    """Terms that have just run out: state, event and a message to the executor and heads."""
    today = timezone.localdate(now)
    candidates = Term.objects.filter(state=Term.State.OPEN, met_at__isnull=True).filter(
        Q(due_at__isnull=True, due_on__lt=today) | Q(due_at__lt=now)
    )
    count = 0
    for term in candidates.select_related("appeal", "appeal__executor"):
        with transaction.atomic():
            marked = Term.objects.filter(pk=term.pk, state=Term.State.OPEN).update(
                state=Term.State.BREACHED, breached_at=now
            )
            if not marked:
                continue  # another sweep got there first
            count += 1
            if term.rule == Rule.EXTENSION_NOTICE:
                _flag_late_notice(term.appeal)
            _record_breach(term, now)  # last: the event is what the roll-ups follow
            _tell_officers(_recipients(term) + _heads(term), "breach", term)
    return count


def _record_breach(term: Term, now: dt.datetime) -> None:
    AppealEvent.objects.create(
        appeal=term.appeal,
        kind=EventKind.TERM_BREACHED,
        public=False,
        data={"rule": term.rule, "due": term.due_on.isoformat(), "body": term.body_id},
    )


def _flag_late_notice(appeal) -> None:
    for extension in appeal.extensions.filter(state=Extension.State.GRANTED):
        if Flag.NOTICE_LATE not in extension.flags and extension.applicant_notified_at is None:
            extension.flags = [*extension.flags, Flag.NOTICE_LATE]
            extension.save(update_fields=["flags"])


def send_warnings(now: dt.datetime) -> int:
    """Warn the people responsible 3 and 1 working days (urgent: hours) before a term ends."""
    cal = calendar()
    today = timezone.localdate(now)
    horizon = cal.add_working_days(today, max(settings.DEADLINE_WARNING_DAYS, default=0))
    open_terms_ = Term.objects.filter(
        state=Term.State.OPEN, met_at__isnull=True, due_on__lte=horizon
    ).select_related("appeal", "appeal__executor")
    count = 0
    for term in open_terms_:
        if term.due_at is not None:
            left_hours = (term.due_at - now).total_seconds() / 3600
            threshold = settings.URGENT_WARNING_HOURS
            due_now = 0 <= left_hours <= threshold and threshold not in term.warnings_sent
            warning = threshold if due_now else None
            left = None
        else:
            left = cal.working_days_between(today, term.due_on)
            warning = terms.warning_to_send(
                left, settings.DEADLINE_WARNING_DAYS, term.warnings_sent
            )
        if warning is None:
            continue
        with transaction.atomic():
            term.warnings_sent = [*term.warnings_sent, warning]
            term.save(update_fields=["warnings_sent"])
            _tell_officers(_recipients(term), "warning", term, days_left=left)
        count += 1
    return count


@dataclass(frozen=True)
class SweepReport:
    breaches: int
    warnings: int
    delivered: int


def sweep(now: dt.datetime | None = None) -> SweepReport:
    """The periodic pass: mark breaches, send warnings, retry the outbox (and webhooks),
    forget old webhook deliveries and the API's replayable responses past their window."""
    from tyndau.api.idempotency import forget_old_responses
    from tyndau.webhooks.services import deliver_waiting as deliver_webhooks
    from tyndau.webhooks.services import purge_log

    now = now or timezone.now()
    breaches = mark_breaches(now)
    warnings = send_warnings(now)
    delivered = deliver_waiting(now)
    deliver_webhooks(now)
    purge_log(now)
    forget_old_responses(now)
    return SweepReport(breaches, warnings, delivered)
