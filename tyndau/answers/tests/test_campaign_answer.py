"""One answer serves a mass campaign: each applicant gets the letter addressed to them."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from tyndau.answers import services as answers
from tyndau.answers.models import Answer, AnswerState
from tyndau.appeals import services
from tyndau.appeals.models import Appeal
from tyndau.appeals.services import Applicant
from tyndau.appeals.workflow import Status
from tyndau.conftest import PASSWORD, valid_iin
from tyndau.related.models import Campaign

pytestmark = pytest.mark.django_db

LETTER = (
    "Мы, жители микрорайона Шұғыла, против вырубки сквера у школы №45 под строительство "
    "торгового центра. Просим сохранить деревья и провести общественные слушания."
)
NAMES = [
    "Ахметов Айдар Серикович",
    "Петрова Анна Ивановна",
    "Садыкова Гульнар Маратовна",
    "Ким Виктор Александрович",
    "Жумабаев Ерлан Кайратович",
    "Смирнова Ольга Петровна",
]


@pytest.fixture
def campaign(file, astana):
    for number, name in enumerate(NAMES):
        applicant = Applicant(
            name=name, iin_bin=valid_iin(300 + number), email=f"resident{number}@example.kz"
        )
        file(astana, subject="Сохраните сквер", text=LETTER, applicant=applicant, language="ru")
    return Campaign.objects.get()


def _answer_first(campaign, officers) -> Answer:
    first = campaign.first_appeal
    executor = officers["executor"]
    services.assign(first, executor, actor=officers["head"])
    text = answers.prefill(first, executor).split("\n")[0] + (
        "\nБлагодарим Вас за обращение. Вырубка сквера у школы №45 отменена: 12 ноября "
        "акимат отозвал разрешение на строительство торгового центра, сквер остаётся "
        "зелёной зоной общего пользования.\nРешение: обращение удовлетворено.\n"
        "Основание: пункт 2 статьи 19 Закона РК «О растительном мире».\n"
        f"Ваше обращение № {first.reg_number} рассмотрено. Общественные слушания пройдут "
        "1 декабря в 18:00 в школе №45.\nИсполнитель: Иванов И.И., тел. 8 (7172) 55-12-34.\n"
        "В случае несогласия Вы вправе обжаловать решение в вышестоящий орган или в суд "
        "(статья 91 АППК РК)."
    )
    answers.save_draft(first, actor=executor, text=text, outcome="satisfied")
    answers.submit_for_approval(first, actor=executor)
    return answers.approve_and_send(first, actor=officers["head"])


def test_the_head_sends_one_answer_to_the_whole_campaign(
    campaign, officers, client, django_capture_on_commit_callbacks
):
    source = _answer_first(campaign, officers)
    assert source.text.startswith("Уважаемый Айдар Серикович!")
    members = list(
        Appeal.objects.filter(campaign_membership__campaign=campaign)
        .exclude(pk=source.appeal_id)
        .order_by("received_at", "pk")
    )
    # One applicant's appeal already has its own answer being written: it is left alone.
    busy = members[-1]
    services.assign(busy, officers["executor2"], actor=officers["head"])
    answers.save_draft(
        busy, actor=officers["executor2"], text="Черновик собственного ответа.", outcome="explained"
    )
    mail.outbox.clear()

    client.login(username="head.ast", password=PASSWORD)
    with translation.override("ru"), django_capture_on_commit_callbacks(execute=True):
        page = client.get(reverse("related:campaign", args=[campaign.pk])).content.decode()
        assert "Отправить этот ответ" in page
        response = client.post(
            reverse("related:answer_campaign", args=[campaign.pk]),
            {"answer": source.pk},
            follow=True,
        )
    shown = response.content.decode()
    assert "4 обращения" in shown and busy.reg_number in shown

    for appeal in members[:-1]:
        appeal.refresh_from_db()
        assert appeal.status == Status.ANSWERED and appeal.outcome == "satisfied"
        sent = appeal.answers.get(state=AnswerState.SENT)
        assert appeal.reg_number in sent.text and source.appeal.reg_number not in sent.text
        assert "Айдар Серикович" not in sent.text
        assert sent.approved_by == officers["head"] and sent.author == officers["executor"]
        assert "вырубка сквера" in sent.text.lower()
    addressed = {m.to[0]: m.body for m in mail.outbox}
    assert len(addressed) == 4
    assert "Уважаемая Анна Ивановна!" in addressed["resident1@example.kz"]
    busy.refresh_from_db()
    assert busy.status == Status.IN_PROGRESS


def test_another_body_cannot_send_it_and_a_draft_cannot_serve(campaign, officers, client):
    source = _answer_first(campaign, officers)
    client.login(username="head.kar", password=PASSWORD)
    url = reverse("related:answer_campaign", args=[campaign.pk])
    assert client.post(url, {"answer": source.pk}).status_code == 404
    second = Appeal.objects.filter(campaign_membership__campaign=campaign).exclude(
        pk=source.appeal_id
    )[0]
    services.assign(second, officers["executor"], actor=officers["head"])
    draft = answers.save_draft(
        second, actor=officers["executor"], text="Черновик, ещё не отправлен.", outcome="explained"
    )
    with pytest.raises(services.DomainError):
        answers.answer_campaign(campaign, draft, actor=officers["head"])


def test_readdressing_replaces_the_whole_salutation_first():
    from tyndau.answers.unified_format import readdressed

    text = "Уважаемый Айдар Серикович!\nАйдар Серикович, по обращению № A-1 от 01.11.2026 ..."
    result = readdressed(
        text,
        {
            "Уважаемый Айдар Серикович!": "Уважаемая Анна Ивановна!",
            "Айдар Серикович": "Анна Ивановна",
            "A-1": "A-2",
            "01.11.2026": "03.11.2026",
            "": "ignored",
        },
    )
    assert result == "Уважаемая Анна Ивановна!\nАнна Ивановна, по обращению № A-2 от 03.11.2026 ..."
