"""Drafting from the unified format, the check on the way to the head, the override."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from tyndau.answers import services as answers
from tyndau.answers.models import AnswerTemplate, Verdict
from tyndau.appeals import services
from tyndau.appeals.models import EventKind
from tyndau.conftest import PASSWORD

pytestmark = pytest.mark.django_db

FULL = (
    "Уважаемый Айдар Серикович!\n"
    "Благодарим Вас за обращение. Подача тепла в дом по ул. Абая, 10 восстановлена 5 ноября: "
    "на теплотрассе заменена задвижка, температура в квартирах +21.\n"
    "Решение: обращение удовлетворено.\n"
    "Основание: пункт 1 статьи 35 Закона РК «О жилищных отношениях».\n"
    "Если батареи снова остынут, звоните в аварийную службу «Астана-Теплотранзит» 109 или "
    "подайте заявку на eotinish.kz.\n"
    "Исполнитель: Иванов И.И., тел. 8 (7172) 55-12-34, e-mail ivanov@astana.gov.kz.\n"
    "В случае несогласия Вы вправе обжаловать решение в вышестоящий орган или в суд "
    "(статья 91 АППК РК)."
)
FORMAL = "Уважаемый заявитель! Ваше обращение рассмотрено. Вопрос находится на контроле."


@pytest.fixture
def assigned(file, astana, officers):
    appeal = file(astana).appeal
    services.assign(appeal, officers["executor"], actor=officers["head"])
    return appeal


@pytest.mark.parametrize(
    ("language", "salutation", "rights"),
    [
        ("ru", "Уважаемый Айдар Серикович!", "статьей 91"),
        ("kk", "Құрметті Айдар Серикович!", "91-бабына"),
        ("en", "Dear Айдар Серикович,", "article 91"),
    ],
)
def test_the_draft_starts_from_the_format_in_the_appeals_language(
    file, astana, officers, language, salutation, rights
):
    appeal = file(astana, language=language).appeal
    executor = officers["executor"]
    executor.phone = "8 (7172) 55-12-34"
    text = answers.prefill(appeal, executor)
    assert text.startswith(salutation)
    assert appeal.reg_number in text
    assert executor.full_name in text and "55-12-34" in text
    assert rights in text
    assert "[" in text  # the hints the executor must replace


def test_a_bodys_own_template_for_the_sphere_wins(file, astana, officers):
    appeal = file(astana).appeal
    AnswerTemplate.objects.create(body=astana, language="ru", text="Общий шаблон {reg_number}")
    assert answers.prefill(appeal, officers["executor"]) == f"Общий шаблон {appeal.reg_number}"
    if appeal.sphere_id:
        AnswerTemplate.objects.create(
            body=astana, sphere=appeal.sphere, language="ru", text="По сфере {applicant}"
        )
        assert answers.prefill(appeal, officers["executor"]) == "По сфере Нурланов Айдар Серикович"


def test_an_answer_with_hints_left_does_not_go_to_the_head(assigned, officers):
    text = answers.prefill(assigned, officers["executor"])
    answers.save_draft(assigned, actor=officers["executor"], text=text, outcome="explained")
    with translation.override("en"), pytest.raises(services.DomainError, match="square brackets"):
        answers.submit_for_approval(assigned, actor=officers["executor"])


def test_the_check_is_recorded_on_the_draft(assigned, officers):
    answer = answers.save_draft(
        assigned, actor=officers["executor"], text=FULL, outcome="satisfied"
    )
    assert answer.quality_verdict == Verdict.FULL
    assert answer.quality_score >= 80
    assert answer.quality_report["elements"]["legal_reference"] is True


def test_a_formal_reply_needs_reasons_from_executor_and_head(assigned, officers):
    executor, head = officers["executor"], officers["head"]
    answers.save_draft(assigned, actor=executor, text=FORMAL, outcome="explained")
    with pytest.raises(answers.NeedsOverride):
        answers.submit_for_approval(assigned, actor=executor)
    answer = answers.submit_for_approval(
        assigned, actor=executor, override_reason="The applicant only asked to be told."
    )
    assert answer.submit_override == "The applicant only asked to be told."
    with pytest.raises(answers.NeedsOverride):
        answers.approve_and_send(assigned, actor=head, override_reason="  ")
    answer = answers.approve_and_send(assigned, actor=head, override_reason="Agreed with legal.")
    assert answer.approval_override == "Agreed with legal."
    sent = assigned.events.get(kind=EventKind.ANSWER_SENT)
    assert sent.data["quality_verdict"] == "formal"
    assert sent.data["override"] == "Agreed with legal."


def test_a_full_answer_goes_without_override_and_the_email_carries_its_link(
    assigned, officers, django_capture_on_commit_callbacks
):
    answers.save_draft(assigned, actor=officers["executor"], text=FULL, outcome="satisfied")
    answers.submit_for_approval(assigned, actor=officers["executor"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        answer = answers.approve_and_send(assigned, actor=officers["head"])
    assert answer.approval_override == ""
    (message,) = [m for m in mail.outbox if m.to == [assigned.email]]
    assert "/ru/answer/" in message.body
    assert "восстановлена 5 ноября" in message.body


def test_live_check_returns_the_fragment_in_the_officers_language(client, assigned, officers):
    client.login(username=officers["executor"].username, password=PASSWORD)
    with translation.override("ru"):
        url = reverse("answers:check", args=[assigned.reg_number])
    html = client.post(url, {"text": FORMAL}, headers={"HX-Request": "true"}).content.decode()
    assert 'id="quality-check"' in html
    assert "Формальный ответ" in html
    assert "Укажите статью" in html
    with translation.override("kk"):
        url = reverse("answers:check", args=[assigned.reg_number])
    html = client.post(url, {"text": FULL}).content.decode()
    assert "Мәні бойынша жауап" in html


def test_live_check_of_another_bodys_appeal_is_not_found(client, assigned, officers):
    client.login(username=officers["foreign_executor"].username, password=PASSWORD)
    url = reverse("answers:check", args=[assigned.reg_number])
    assert client.post(url, {"text": FULL}).status_code == 404


def test_the_editor_is_prefilled_and_the_head_sees_the_check(client, assigned, officers):
    client.login(username=officers["executor"].username, password=PASSWORD)
    with translation.override("en"):
        page = reverse("appeals:detail", args=[assigned.reg_number])
    html = client.get(page).content.decode()
    assert "Уважаемый Айдар Серикович!" in html  # the appeal is in Russian
    assert "hx-post=" in html and "htmx" in html
    answers.save_draft(assigned, actor=officers["executor"], text=FORMAL, outcome="explained")
    answers.submit_for_approval(assigned, actor=officers["executor"], override_reason="Asked.")
    client.login(username=officers["head"].username, password=PASSWORD)
    html = client.get(page).content.decode()
    assert "Formal reply" in html
    assert 'name="override_reason"' in html and "Override the check and send" in html


def test_an_administrator_keeps_a_template_with_known_placeholders_only(client, astana, officers):
    from tyndau.answers.admin import AnswerTemplateForm

    admin_user = officers["admin"]
    admin_user.is_staff = admin_user.is_superuser = True
    admin_user.save()
    client.login(username=admin_user.username, password=PASSWORD)
    with translation.override("en"):
        page = client.get(reverse("admin:answers_answertemplate_add") + "?language=kk")
    assert "91-бабына" in page.content.decode()  # starts from the unified format
    form = AnswerTemplateForm({"body": astana.pk, "language": "ru", "text": "{applicant} {iin}"})
    assert not form.is_valid() and "{iin}" in str(form.errors)
    form = AnswerTemplateForm({"body": astana.pk, "language": "ru", "text": "{salutation} …"})
    assert form.is_valid(), form.errors
