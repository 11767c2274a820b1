"""Terms on real appeals: opened at filing, moved by redirects and extensions, warned about,
breached, met — through the services, on the database."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from tyndau.appeals import services
from tyndau.appeals.models import EventKind
from tyndau.appeals.workflow import Status
from tyndau.deadlines import services as deadlines
from tyndau.deadlines.models import CalendarOverride, Extension, Term, TermSetting
from tyndau.deadlines.terms import Flag, Rule
from tyndau.notifications.models import OutboxMessage

D = dt.date
REASON = (
    "Запрошены сведения из ГКП «Астана Су Арнасы» о графике ремонта водопровода по улице "
    "Абая; ответ ожидается после обследования участка комиссией."
)


def in_progress(file, officers, astana):
    appeal = file(astana).appeal
    services.assign(appeal, officers["executor"], actor=officers["registrar"])
    return services.start_work(appeal, actor=officers["executor"])


def term(appeal, rule):
    return appeal.terms.filter(rule=rule).order_by("-id").first()


def future_working_day(appeal, working_days_after_due: int) -> D:
    return deadlines.calendar().add_working_days(appeal.due_date, working_days_after_due)


@pytest.mark.django_db
def test_filing_opens_the_answer_and_redirect_terms(file, astana):
    appeal = file(astana).appeal
    received = timezone.localdate(appeal.received_at)
    cal = deadlines.calendar()
    answer, redirect = term(appeal, Rule.ANSWER), term(appeal, Rule.REDIRECT)
    assert answer.due_on == appeal.due_date == cal.add_working_days(received, 15)
    assert answer.basis == "АППК РК ст. 76 п. 1" and answer.working_days == 15
    assert redirect.due_on == cal.add_working_days(received, 3)
    assert {t.state for t in appeal.terms.all()} == {Term.State.OPEN}


@pytest.mark.django_db
def test_urgent_appeal_is_due_in_24_hours(file, astana, settings):
    settings.URGENT_TERM_HOURS = 24
    appeal = file(astana, is_urgent=True).appeal
    urgent = term(appeal, Rule.URGENT)
    assert urgent.due_at - appeal.received_at == dt.timedelta(hours=24)
    assert appeal.due_date == timezone.localdate(urgent.due_at)
    assert term(appeal, Rule.ANSWER) is None


@pytest.mark.django_db
def test_urgent_term_is_configurable(file, astana, settings):
    settings.URGENT_TERM_HOURS = 8
    appeal = file(astana, is_urgent=True).appeal
    assert term(appeal, Rule.URGENT).due_at - appeal.received_at == dt.timedelta(hours=8)


@pytest.mark.django_db
def test_a_new_term_setting_applies_at_once_though_the_settings_are_kept(astana):
    assert deadlines.answer_setting("request", astana) == (15, "АППК РК ст. 76 п. 1")
    setting = TermSetting.objects.create(
        kind="request", body=astana, working_days=5, basis="Особый закон"
    )
    assert deadlines.answer_setting("request", astana) == (5, "Особый закон")
    setting.delete()
    assert deadlines.answer_setting("request", astana)[0] == 15


@pytest.mark.django_db
def test_a_law_sets_another_term_per_kind_and_per_body(file, astana):
    TermSetting.objects.create(kind="request", working_days=10, basis="Закон о доступе, ст. 11")
    TermSetting.objects.create(kind="", body=astana, working_days=12, basis="Регламент акимата")
    TermSetting.objects.create(kind="request", body=astana, working_days=5, basis="Особый закон")
    received = timezone.localdate()
    cal = deadlines.calendar()
    assert deadlines.answer_setting("request", astana) == (5, "Особый закон")
    assert deadlines.answer_setting("complaint", astana) == (12, "Регламент акимата")
    unit = astana.children.first()
    assert deadlines.answer_setting("complaint", unit)[0] == 12  # a unit inherits its body's
    assert deadlines.answer_setting("request", None) == (10, "Закон о доступе, ст. 11")
    assert deadlines.answer_setting("complaint", None) == (15, "АППК РК ст. 76 п. 1")
    appeal = file(astana, kind="request").appeal
    assert appeal.due_date == cal.add_working_days(received, 5)
    assert term(appeal, Rule.ANSWER).basis == "Особый закон"


@pytest.mark.django_db
def test_an_administrators_day_off_moves_the_due_date(file, astana):
    appeal = file(astana).appeal
    before = appeal.due_date
    CalendarOverride.objects.create(
        date=timezone.localdate() + dt.timedelta(days=1), kind="day_off", note="Постановление"
    )
    CalendarOverride.objects.create(date=before, kind="day_off", note="Постановление")
    later = file(astana).appeal
    assert later.due_date > before
    assert deadlines.calendar().is_working_day(later.due_date)


@pytest.mark.django_db
def test_assignment_ends_the_redirect_term(file, officers, astana):
    appeal = file(astana).appeal
    services.assign(appeal, officers["executor"], actor=officers["registrar"])
    assert term(appeal, Rule.REDIRECT).state == Term.State.CANCELLED


@pytest.mark.django_db
def test_redirect_restarts_the_terms_in_the_competent_body(
    file, officers, astana, karaganda, mailoutbox, django_capture_on_commit_callbacks
):
    appeal = file(astana).appeal
    old_answer = term(appeal, Rule.ANSWER)
    with django_capture_on_commit_callbacks(execute=True):
        appeal = services.redirect(
            appeal, karaganda, actor=officers["registrar"], reason="Вопрос Карагандинской области"
        )
    old_answer.refresh_from_db()
    assert old_answer.state == Term.State.CANCELLED
    new_answer = appeal.terms.get(rule=Rule.ANSWER, body=karaganda)
    assert appeal.due_date == new_answer.due_on
    assert appeal.terms.get(rule=Rule.REDIRECT, body=astana).state == Term.State.MET
    assert appeal.terms.get(rule=Rule.REDIRECT, body=karaganda).state == Term.State.OPEN
    assert mailoutbox and mailoutbox[-1].to == ["aidar@example.kz"]


@pytest.mark.django_db
def test_only_the_head_extends(file, officers, astana):
    appeal = in_progress(file, officers, astana)
    with pytest.raises(PermissionDenied):
        services.extend(
            appeal, actor=officers["executor"], new_due=future_working_day(appeal, 5), reason=REASON
        )
    with pytest.raises(PermissionDenied):
        services.extend(
            appeal,
            actor=officers["foreign_head"],
            new_due=future_working_day(appeal, 5),
            reason=REASON,
        )


@pytest.mark.django_db
def test_the_head_extends_and_the_applicant_is_told(
    file, officers, astana, mailoutbox, django_capture_on_commit_callbacks
):
    appeal = in_progress(file, officers, astana)
    old_due = appeal.due_date
    new_due = future_working_day(appeal, 10)
    with django_capture_on_commit_callbacks(execute=True):
        extension = services.extend(appeal, actor=officers["head"], new_due=new_due, reason=REASON)
    appeal.refresh_from_db()
    assert appeal.status == Status.EXTENDED and appeal.due_date == new_due
    assert term(appeal, Rule.ANSWER).due_on == new_due
    assert term(appeal, Rule.ANSWER).initial_due_on == old_due
    assert extension.state == Extension.State.GRANTED and extension.flags == []
    letter = mailoutbox[-1]
    assert letter.to == ["aidar@example.kz"] and REASON in letter.body
    notice = term(appeal, Rule.EXTENSION_NOTICE)
    assert notice.state == Term.State.MET  # told at once, by e-mail, through the outbox
    extension.refresh_from_db()
    assert extension.applicant_notified_at is not None
    public = appeal.events.filter(kind=EventKind.EXTENDED, public=True).get()
    assert public.data["new_due"] == new_due.isoformat() and public.reason == REASON


@pytest.mark.django_db
def test_beyond_two_months_is_refused_and_remembered(file, officers, astana):
    appeal = in_progress(file, officers, astana)
    cap = deadlines.check_extension(appeal, appeal.due_date, "", timezone.localdate()).cap
    too_late = deadlines.calendar().add_working_days(cap, 1)
    with pytest.raises(services.DomainError) as refused:
        services.extend(appeal, actor=officers["head"], new_due=too_late, reason=REASON)
    assert "76" in str(refused.value.message) and str(cap.year) in str(refused.value.message)
    appeal.refresh_from_db()
    assert appeal.status == Status.IN_PROGRESS
    attempt = appeal.extensions.get()
    assert attempt.state == Extension.State.REFUSED and attempt.flags == [Flag.BEYOND_CAP]
    # The cap itself is allowed.
    services.extend(appeal, actor=officers["head"], new_due=cap, reason=REASON)
    appeal.refresh_from_db()
    assert appeal.due_date == cap


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("new_due", "reason", "says"),
    [
        (lambda a: future_working_day(a, 5), "  ", "reason"),
        (lambda a: None, REASON, "date"),
        (lambda a: a.due_date, REASON, "after"),
    ],
)
def test_extension_needs_a_reason_and_a_later_working_day(
    file, officers, astana, new_due, reason, says
):
    appeal = in_progress(file, officers, astana)
    with pytest.raises(services.DomainError) as refused:
        services.extend(appeal, actor=officers["head"], new_due=new_due(appeal), reason=reason)
    assert says in str(refused.value.message)
    assert appeal.extensions.count() == 0


@pytest.mark.django_db
def test_extension_to_a_day_off_names_the_working_day_before(file, officers, astana):
    appeal = in_progress(file, officers, astana)
    day = future_working_day(appeal, 5)
    while deadlines.calendar().is_working_day(day):
        day += dt.timedelta(days=1)
    with pytest.raises(services.DomainError) as refused:
        services.extend(appeal, actor=officers["head"], new_due=day, reason=REASON)
    earlier = deadlines.calendar().previous_working_day(day)
    assert str(earlier.day) in str(refused.value.message)


@pytest.mark.django_db
def test_executor_asks_and_the_head_decides(file, officers, astana):
    appeal = in_progress(file, officers, astana)
    wanted = future_working_day(appeal, 7)
    request = services.request_extension(
        appeal, actor=officers["executor"], new_due=wanted, reason=REASON
    )
    appeal.refresh_from_db()
    assert appeal.status == Status.EXTENSION_REQUESTED and request.state == "requested"
    services.refuse_extension(appeal, actor=officers["head"], note="Успеете в срок.")
    appeal.refresh_from_db()
    assert appeal.status == Status.IN_PROGRESS
    services.request_extension(appeal, actor=officers["executor"], new_due=wanted, reason=REASON)
    granted = services.extend(appeal, actor=officers["head"], new_due=wanted, reason=REASON)
    assert appeal.extensions.filter(state="granted").get() == granted
    assert granted.requested_by == officers["executor"] and granted.decided_by == officers["head"]


@pytest.mark.django_db
def test_unjustified_extensions_are_flagged(file, officers, astana):
    appeal = in_progress(file, officers, astana)
    first = services.extend(
        appeal,
        actor=officers["head"],
        new_due=future_working_day(appeal, 3),
        reason="В связи с необходимостью дополнительного изучения.",
    )
    assert first.flags == [Flag.BOILERPLATE_REASON]
    appeal.refresh_from_db()
    # The term runs out before the head extends again.
    past = timezone.localdate() - dt.timedelta(days=3)
    appeal.terms.filter(rule=Rule.ANSWER).update(due_on=past)
    type(appeal).objects.filter(pk=appeal.pk).update(due_date=past)
    appeal.refresh_from_db()
    second = services.extend(
        appeal, actor=officers["head"], new_due=future_working_day(appeal, 10), reason=REASON
    )
    assert set(second.flags) == {Flag.LATE, Flag.REPEATED}


@pytest.mark.django_db
def test_answer_in_time_meets_the_term(file, officers, astana):
    appeal = in_progress(file, officers, astana)
    services.close_without_answer(
        appeal, Status.TERMINATED, "withdrawn", actor=officers["head"], reason="Отозвано"
    )
    answer = term(appeal, Rule.ANSWER)
    assert answer.state == Term.State.MET and answer.met_at is not None


def _sweep_at(day: D) -> deadlines.SweepReport:
    now = timezone.make_aware(dt.datetime.combine(day, dt.time(9, 0)))
    return deadlines.sweep(now)


@pytest.mark.django_db
def test_warnings_three_and_one_working_days_before(
    file, officers, astana, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.DEADLINE_WARNING_DAYS = (3, 1)
    appeal = in_progress(file, officers, astana)
    cal = deadlines.calendar()
    due = appeal.due_date
    three_before = due
    for _ in range(3):
        three_before = cal.previous_working_day(three_before - dt.timedelta(days=1))
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert _sweep_at(three_before).warnings == 1
        assert _sweep_at(three_before).warnings == 0  # not twice
    warnings = [m.to for m in mailoutbox if "aidar@example.kz" not in m.to]  # filing letter aside
    assert warnings == [["executor.ast@example.kz"]]
    one_before = cal.previous_working_day(due - dt.timedelta(days=1))
    with django_capture_on_commit_callbacks(execute=True):
        assert _sweep_at(one_before).warnings == 1
    assert term(appeal, Rule.ANSWER).warnings_sent == [3, 1]
    assert appeal.reg_number in mailoutbox[-1].subject


@pytest.mark.django_db
def test_breach_is_marked_once_the_due_day_is_over(
    file, officers, astana, mailoutbox, django_capture_on_commit_callbacks
):
    appeal = in_progress(file, officers, astana)
    assert _sweep_at(appeal.due_date).breaches == 0  # the due day itself is still in time
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert _sweep_at(appeal.due_date + dt.timedelta(days=1)).breaches == 1
        assert _sweep_at(appeal.due_date + dt.timedelta(days=2)).breaches == 0
    answer = term(appeal, Rule.ANSWER)
    assert answer.state == Term.State.BREACHED and answer.breached_at is not None
    assert appeal.events.filter(kind=EventKind.TERM_BREACHED, public=False).count() == 1
    told = {address for m in mailoutbox for address in m.to}
    assert told == {"executor.ast@example.kz", "head.ast@example.kz"}


@pytest.mark.django_db
def test_urgent_breach_is_counted_in_hours(file, officers, astana):
    appeal = file(astana, is_urgent=True).appeal
    due_at = term(appeal, Rule.URGENT).due_at
    assert deadlines.sweep(due_at - dt.timedelta(minutes=1)).breaches == 0
    assert deadlines.sweep(due_at + dt.timedelta(minutes=1)).breaches == 1


@pytest.mark.django_db
def test_applicant_not_told_in_three_days_is_flagged(file, officers, astana, draft_for):
    appeal = services.file_appeal(
        draft_for(astana, applicant=services.Applicant(name="Без почты", iin_bin=""))
    ).appeal
    services.assign(appeal, officers["executor"], actor=officers["registrar"])
    services.start_work(appeal, actor=officers["executor"])
    extension = services.extend(
        appeal, actor=officers["head"], new_due=future_working_day(appeal, 8), reason=REASON
    )
    notice = term(appeal, Rule.EXTENSION_NOTICE)
    assert notice.state == Term.State.OPEN  # no e-mail: somebody must tell them another way
    _sweep_at(notice.due_on + dt.timedelta(days=1))
    extension.refresh_from_db()
    assert Flag.NOTICE_LATE in extension.flags


@pytest.mark.django_db
def test_notice_by_post_is_recorded(file, officers, astana, draft_for):
    appeal = services.file_appeal(
        draft_for(astana, applicant=services.Applicant(name="Без почты", iin_bin=""))
    ).appeal
    services.assign(appeal, officers["executor"], actor=officers["registrar"])
    services.start_work(appeal, actor=officers["executor"])
    services.extend(
        appeal, actor=officers["head"], new_due=future_working_day(appeal, 8), reason=REASON
    )
    with pytest.raises(services.DomainError):
        services.confirm_notice(appeal, actor=officers["registrar"], how=" ")
    services.confirm_notice(appeal, actor=officers["registrar"], how="Письмо № 12-34 от 24.11")
    assert term(appeal, Rule.EXTENSION_NOTICE).state == Term.State.MET
    assert appeal.extensions.get().applicant_notified_at is not None


@pytest.mark.django_db
def test_mail_server_down_then_back(
    file, astana, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tyndau.appeals.tests.broken_mail.Backend"
    with django_capture_on_commit_callbacks(execute=True):
        appeal = file(astana).appeal
    message = OutboxMessage.objects.get(appeal=appeal)
    assert message.state == "pending" and message.attempts == 1
    assert "mail server is down" in message.last_error
    assert not appeal.events.filter(kind=EventKind.NOTIFIED).exists()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert deadlines.sweep(timezone.now()).delivered == 0  # not before its retry time
    report = deadlines.sweep(message.next_attempt_at + dt.timedelta(seconds=1))
    assert report.delivered == 1
    message.refresh_from_db()
    assert message.state == "sent" and message.attempts == 2
    assert len(mailoutbox) == 1
    assert appeal.events.filter(kind=EventKind.NOTIFIED).count() == 1
