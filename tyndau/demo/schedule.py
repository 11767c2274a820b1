"""The terms of demo appeals, derived from how each appeal's life went (no sweep needed)."""

import datetime as dt
import random

from django.utils import timezone

from tyndau.appeals.models import Appeal
from tyndau.deadlines import terms
from tyndau.deadlines.calendar import WorkingCalendar
from tyndau.deadlines.models import Extension, Term
from tyndau.deadlines.terms import Flag


def _term(appeal: Appeal, due: terms.Due, **state) -> Term:
    return Term(
        appeal=appeal,
        rule=due.rule,
        body_id=appeal.body_id,
        starts_on=due.received,
        due_on=due.due,
        due_at=due.due_at,
        initial_due_on=due.due,
        working_days=due.working_days,
        basis=due.basis,
        **state,
    )


def _outcome(due_on: dt.date, due_at, done: dt.datetime | None, now: dt.datetime) -> dict:
    """State of a term that ended at `done` (or is still running at `now`)."""

    def late(moment: dt.datetime) -> bool:
        return moment > due_at if due_at else timezone.localdate(moment) > due_on

    breach_moment = due_at or timezone.make_aware(
        dt.datetime.combine(due_on + dt.timedelta(days=1), dt.time())
    )
    if done is not None:
        if late(done):
            return {"state": Term.State.BREACHED, "met_at": done, "breached_at": breach_moment}
        return {"state": Term.State.MET, "met_at": done}
    if late(now):
        return {"state": Term.State.BREACHED, "breached_at": breach_moment}
    return {}


def demo_terms(
    appeals: list[Appeal], calendar: WorkingCalendar, now: dt.datetime, rng: random.Random
) -> tuple[list[Term], list[Extension]]:
    rows, extensions = [], []
    for appeal in appeals:
        received_at = timezone.localtime(appeal.received_at)
        received = received_at.date()
        done = appeal.answered_at or appeal.closed_at
        redirect = terms.redirect_due(received, calendar)
        if appeal.status in ("registered", "redirected"):  # not yet routed to an executor
            rows.append(_term(appeal, redirect, **_outcome(redirect.due, None, None, now)))
        else:
            rows.append(_term(appeal, redirect, state=Term.State.CANCELLED, met_at=received_at))
        if appeal.is_urgent:
            answer = terms.urgent_due(received_at)
        else:
            answer = terms.answer_due(received, calendar)
        extension = getattr(appeal, "demo_extension", None)
        term = _term(appeal, answer)
        term.due_on = appeal.due_date
        for name, value in _outcome(term.due_on, answer.due_at, done, now).items():
            setattr(term, name, value)
        rows.append(term)
        if extension is not None:
            extension.appeal_id = appeal.pk
            notice = terms.notice_due(timezone.localdate(extension.decided_at), calendar)
            if appeal.email:  # the outbox tells them within minutes
                told = extension.decided_at + dt.timedelta(minutes=5)
            else:  # a letter by post, mostly in time
                told = extension.decided_at + dt.timedelta(days=rng.choice([1, 2, 2, 3, 9]))
            told = told if told <= now else None
            extension.applicant_notified_at = told
            notice_state = _outcome(notice.due, None, told, now)
            if notice_state.get("state") == Term.State.BREACHED:
                extension.flags = [*extension.flags, Flag.NOTICE_LATE]
            rows.append(_term(appeal, notice, **notice_state))
            extensions.append(extension)
    return rows, extensions
