# ruff: noqa: E501 — the study's letters are kept one paragraph per line.
"""The quality check alone: no Django, no database."""

import pytest

from tyndau.answers.quality import ELEMENTS, EmptyText, check
from tyndau.answers.quality.legal import legal_references
from tyndau.answers.quality.text import kazakh_stem, language_of, sentences

# The source study's Table 7: the same appeal, a formal reply and a full answer.
APPEAL = "Я Иванова И.И. обращаюсь к Вам касательно постановки в очередь на жилье."
FORMAL = """Ивановой И.И. г.Астана, ул. Темиряева д.65, кв.11
Государственное учреждение «Управление жилья и жилищной инспекции города Астаны» рассмотрев Ваше обращение сообщает следующее.
Согласно данным информационного сервиса «Очередь на жилье» Вы не состоите в очереди нуждающихся в жилище из государственного жилищного фонда.
В соответствии со статьей 91 Административного процедурно-процессуального Кодекса Республики Казахстан Вы вправе обжаловать данный ответ.
[Имя представителя государственного органа] [Контактные данные]"""
FULL = """Ивановой И.И. г.Астана, ул. Темиряева д.65, кв.11
Уважаемая Ирина Ивановна!
Благодарим вас за обращение к нашему государственному органу.
В соответствии с пунктом 8 статьи 13 Закона Республики Казахстан «О жилищных отношениях» Ваш социальный статус «лица с инвалидностью первой и второй групп» входит в перечень лиц имеющих право на безвозмездное получение в собственность занимаемых ими жилищ из государственного жилищного фонда.
Вместе с тем, для постановки в очередь на жилье, Вам необходимо заказать государственную услугу в любом филиале НАО ГК «Правительство для граждан» с предоставлением документов, предусмотренных стандартом государственной услуги, либо на сайте https://hf.kezekte.kz/ru/CabinetStartPage.
По результатам сверки 12 ноября Ваши документы проверены, сведения об инвалидности подтверждены.
По вопросам: ГУ «Управление жилья и жилищной инспекции города Астаны», электронная почта: zhilupravleni2020@gmail.com, тел.: 8(7172) 79-34-74.
Также, в соответствии со статьей 91 Административного процедурно-процессуального Кодекса Республики Казахстан Вы вправе обжаловать административный акт в вышестоящий орган или в суд."""


def test_the_studys_formal_reply_is_formal():
    report = check(APPEAL, FORMAL)
    assert report.verdict == "formal"
    assert not report.elements["direct_answer"].present
    assert not report.elements["contacts"].present  # "[Контактные данные]" is a placeholder
    assert report.elements["appeal_rights"].present  # art. 91 alone does not make an answer
    assert not report.elements["legal_reference"].present  # the basis of a decision is missing
    assert report.score <= 30


def test_the_studys_full_answer_is_full_with_evidence():
    report = check(APPEAL, FULL)
    assert report.verdict == "full"
    present = {name for name in ELEMENTS if report.elements[name].present}
    assert present == set(ELEMENTS)
    assert report.elements["salutation"].evidence == "Уважаемая Ирина Ивановна!"
    assert "пунктом 8 статьи 13" in report.elements["legal_reference"].evidence
    assert "kezekte" in report.elements["mechanism"].evidence
    assert report.score == 100
    assert report.advice == []


@pytest.mark.parametrize(
    "text",
    [
        "Это предусмотрено статья 91 АППК.",
        "согласно п. 2 ст. 13 Закона РК «О жилищных отношениях»",
        "в соответствии с пунктом 7 Типовых правил благоустройства",
        "подпункт 3) пункта 1 статьи 12 Закона РК «О местном государственном управлении»",
        "Жер кодексінің 43-бабы бойынша",
        "ӘРПК-нің 91-бабына сәйкес",
        "Заңның 13-бабының 2-тармағына сәйкес",
        "under Article 49 of the Law of the Republic of Kazakhstan «On Education»",
        "see Art. 91 of the APPC",
    ],
)
def test_legal_references_in_their_real_forms(text):
    assert legal_references(text), text


@pytest.mark.parametrize(
    "text",
    [
        "в соответствии с действующим законодательством",
        "заңнамаға сәйкес",
        "in accordance with the law",
        "в доме 13 на улице 91",
        "жалоба рассмотрена 5 ноября. Закон есть закон",
    ],
)
def test_a_number_without_its_act_is_no_reference(text):
    assert not legal_references(text)


def test_a_kazakh_formal_reply_is_formal_with_advice_in_kazakh():
    appeal = "Біздің көшеде (Абай көшесі, 12-үй) үш айдан бері шам жанбайды. Қашан жөндейсіздер?"
    answer = (
        "Құрметті Айгүл Серікқызы!\n"
        "Сіздің өтінішіңіз қаралды. Бұл мәселе бақылауда, тиісті шаралар қабылданады."
    )
    report = check(appeal, answer, interface_language="kk")
    assert report.verdict == "formal"
    assert report.elements["salutation"].present
    assert any("формалды" in line for line in report.advice)
    assert all(any(ch in "әғқңөұүі" for ch in line) for line in report.advice)


def test_an_english_answer_beside_the_point_is_off_topic():
    appeal = (
        "My salary for September and October has not been paid by the language centre in "
        "Karaganda. What can the labour inspection do to make them pay me?"
    )
    answer = (
        "Dear Ms Mitchell,\n"
        "Foreign citizens may work in Kazakhstan on the basis of a permit issued to an "
        "employer. The permit is issued within 10 working days through elicense.kz.\n"
        "Contact: Mr Sadvakasov, tel. +7 (7212) 41-08-19.\n"
        "You may appeal this decision to a higher authority or to court under Article 91 "
        "of the APPC."
    )
    report = check(appeal, answer)
    assert report.verdict == "off_topic"
    assert not report.elements["direct_answer"].present
    assert report.unanswered_terms  # it names what the appeal asked about
    assert report.score <= 40


def test_the_answer_on_the_point_is_full_in_english():
    appeal = "The street light in front of 14 Kenesary Street in Astana has been off for a month."
    answer = (
        "Dear Mr Brown,\nThe street light at 14 Kenesary Street was repaired on 3 December: "
        "the lamp and its cable were replaced."
    )
    report = check(appeal, answer)
    assert report.verdict == "full"
    assert report.elements["direct_answer"].present
    assert report.elements["measures"].present
    assert "contacts" in report.missing


def test_advice_follows_the_interface_language_not_the_answer():
    report = check(APPEAL, FORMAL, interface_language="en")
    assert any("Cite the article" in line for line in report.advice)
    report = check(APPEAL, FORMAL, interface_language="ru")
    assert any("Укажите статью" in line for line in report.advice)


def test_the_templates_hints_count_for_nothing():
    hinted = (
        "Уважаемая Ирина Ивановна!\nРешение: [удовлетворено / отказано — с причиной].\n"
        "Принятые меры: [проверка, выезд на место, предписание, работы и их сроки]."
    )
    report = check(APPEAL, hinted)
    assert not report.elements["decision"].present
    assert not report.elements["measures"].present


def test_an_answer_in_another_language_is_told():
    report = check(APPEAL, "Dear Ms Ivanova, you are in the housing queue, number 12.")
    assert any("answer in the applicant's language" in line for line in report.advice)


def test_empty_texts_are_refused():
    with pytest.raises(EmptyText):
        check("  ", "Уважаемый Иван!")
    with pytest.raises(EmptyText):
        check(APPEAL, "\n 12 \n")


def test_the_report_as_json_has_the_documented_shape():
    data = check(APPEAL, FORMAL).as_dict()
    assert set(data) >= {"score", "verdict", "elements", "missing", "advice", "evidence"}
    assert list(data["elements"]) == list(ELEMENTS)
    assert data["missing"] == [name for name in ELEMENTS if not data["elements"][name]]


def test_text_helpers():
    assert language_of("Құрметті Айгүл! Өтінішіңіз қаралды.") == "kk"
    assert language_of("Уважаемая Ирина Ивановна!") == "ru"
    assert language_of("Dear Ms Smith,") == "en"
    assert [s.text for s in sentences("Согласно ст. 91 АППК РК. Г. Астана, ул. Абая 5.")] == [
        "Согласно ст. 91 АППК РК.",
        "Г. Астана, ул. Абая 5.",
    ]
    assert kazakh_stem("мектептерінің") == kazakh_stem("мектепке") == "мектеп"
