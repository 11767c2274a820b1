"""The appeal's whole way through the services, and the refusals on the way."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied

from tyndau.answers import services as answers
from tyndau.answers.models import AnswerState
from tyndau.appeals import services
from tyndau.appeals.models import Appeal, EventKind
from tyndau.appeals.workflow import TransitionNotAllowed

pytestmark = pytest.mark.django_db(transaction=True)

ANSWER = (
    "Уважаемый Айдар Серикович! Сообщаем, что подача тепла в дом по ул. Абая, 10 "
    "восстановлена 5 ноября (п. 1 ст. 76 АППК РК)."
)


def statuses(appeal: Appeal) -> list[str]:
    return list(
        appeal.events.exclude(to_status="")
        .order_by("created_at", "id")
        .values_list("to_status", flat=True)
    )


def test_full_way_from_registration_to_answer(file, astana, officers):
    appeal = file(astana).appeal
    head, executor = officers["head"], officers["executor"]
    services.assign(appeal, executor, actor=head)
    services.start_work(appeal, actor=executor)
    answers.save_draft(appeal, actor=executor, text=ANSWER, outcome="satisfied")
    answers.submit_for_approval(appeal, actor=executor)
    answers.return_for_revision(appeal, actor=head, comment="Укажите сроки и контакты.")
    draft = answers.current_answer(appeal)
    assert draft.state == AnswerState.RETURNED and "сроки" in draft.head_comment
    answers.save_draft(
        appeal, actor=executor, text=ANSWER + " Тел. 8 7172 55 44 33.", outcome="satisfied"
    )
    answers.submit_for_approval(appeal, actor=executor)
    mail.outbox.clear()
    answers.approve_and_send(appeal, actor=head)

    appeal.refresh_from_db()
    assert appeal.status == "answered" and appeal.outcome == "satisfied"
    assert appeal.answered_at is not None
    assert statuses(appeal) == [
        "registered",
        "assigned",
        "in_progress",
        "answer_drafted",
        "in_progress",
        "answer_drafted",
        "answer_approved",
        "answered",
    ]
    last = appeal.events.exclude(to_status="").order_by("-id").first()
    assert last.actor == head and last.from_status == "answer_approved"
    returned = appeal.events.get(kind=EventKind.ANSWER_RETURNED)
    assert not returned.public and returned.reason == "Укажите сроки и контакты."
    assert answers.sent_answer(appeal).approved_by == head
    assert [m.to for m in mail.outbox] == [["aidar@example.kz"]]
    assert "55 44 33" in mail.outbox[0].body


def test_redirect_moves_the_appeal_and_tells_the_applicant(file, astana, karaganda, officers):
    appeal = file(astana).appeal
    mail.outbox.clear()
    services.redirect(appeal, karaganda, actor=officers["registrar"], reason="Адрес в Караганде.")
    appeal.refresh_from_db()
    assert appeal.body == karaganda and appeal.status == "redirected"
    assert appeal.reg_number.startswith("AKM-AST-")  # the number stays
    assert len(mail.outbox) == 1 and "Караганд" in mail.outbox[0].body
    event = appeal.events.get(kind=EventKind.REDIRECTED)
    assert event.data == {"from_body": "AKM-AST", "to_body": "AKM-KAR"}
    # Astana no longer sees it; Karaganda's head assigns it.
    with pytest.raises(PermissionDenied):
        services.start_work(appeal, actor=officers["executor"])
    services.assign(appeal, officers["foreign_executor"], actor=officers["foreign_head"])


def test_redirect_needs_a_reason_and_another_body(file, astana, officers):
    appeal = file(astana).appeal
    with pytest.raises(services.DomainError):
        services.redirect(appeal, astana, actor=officers["head"], reason="x")
    with pytest.raises(services.DomainError):
        services.redirect(appeal, astana.children.first(), actor=officers["head"], reason="")


def test_close_without_answer_records_the_ground(file, astana, officers):
    appeal = file(astana).appeal
    services.close_without_answer(
        appeal,
        "terminated",
        "withdrawn",
        actor=officers["head"],
        reason="Заявитель отозвал обращение.",
    )
    appeal.refresh_from_db()
    assert (appeal.status, appeal.outcome, appeal.ground) == (
        "terminated",
        "terminated",
        "withdrawn",
    )
    assert appeal.closed_at is not None
    with pytest.raises(TransitionNotAllowed):
        services.close_without_answer(appeal, "terminated", "withdrawn", actor=officers["head"])


def test_wrong_ground_for_an_exit_is_refused(file, astana, officers):
    from tyndau.appeals.workflow import GroundNotAllowed

    appeal = file(astana).appeal
    with pytest.raises(GroundNotAllowed):
        services.close_without_answer(appeal, "terminated", "anonymous", actor=officers["head"])
    appeal.refresh_from_db()
    assert appeal.status == "registered" and appeal.events.count() >= 1


def test_executor_outside_the_body_cannot_be_assigned(file, astana, officers):
    appeal = file(astana).appeal
    with pytest.raises(services.DomainError):
        services.assign(appeal, officers["foreign_executor"], actor=officers["head"])
    with pytest.raises(services.DomainError):
        services.assign(appeal, officers["analyst"], actor=officers["head"])


def test_answer_cannot_skip_approval(file, astana, officers):
    appeal = file(astana).appeal
    services.assign(appeal, officers["executor"], actor=officers["head"])
    answers.save_draft(appeal, actor=officers["executor"], text=ANSWER, outcome="explained")
    with pytest.raises(services.DomainError):
        answers.approve_and_send(appeal, actor=officers["head"])
    with pytest.raises(PermissionDenied):  # executors do not approve
        answers.approve_and_send(appeal, actor=officers["executor"])


def test_answers_must_say_something_and_have_an_outcome(file, astana, officers):
    appeal = file(astana).appeal
    services.assign(appeal, officers["executor"], actor=officers["head"])
    with pytest.raises(services.DomainError):
        answers.save_draft(
            appeal, actor=officers["executor"], text="Рассмотрено.", outcome="explained"
        )
    with pytest.raises(services.DomainError):
        answers.save_draft(appeal, actor=officers["executor"], text=ANSWER, outcome="maybe")


def test_another_executor_of_the_unit_cannot_answer(file, astana, officers):
    appeal = file(astana).appeal
    services.assign(appeal, officers["executor"], actor=officers["head"])
    with pytest.raises(PermissionDenied):
        answers.save_draft(appeal, actor=officers["executor2"], text=ANSWER, outcome="explained")
