"""Urgency rules: threats found in Kazakh, Russian and English; grievances are not threats."""

from datetime import date

import pytest

from tyndau.routing.engine.urgency import detect

SUMMER = date(2026, 7, 10)
WINTER = date(2026, 1, 15)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("На остановке у школы №12 лежит оголённый провод, дети ходят рядом.", "safety"),
        ("В подъезде сильно пахнет газом уже час, аварийная не отвечает!", "safety"),
        ("Біздің көшеде ашық люк бар, балалар мектепке осы жолмен жүреді.", "safety"),
        (
            "Мой сын 14 лет ушёл вчера вечером и не вернулся домой, телефон выключен.",
            "missing_person",
        ),
        ("Әкем кеше үйден шығып, үйге оралмады, іздеп жүрміз.", "missing_person"),
        ("Сосед избивает своего ребёнка каждый вечер, слышны крики.", "children"),
        ("У мамы закончился инсулин, в аптеке по рецепту не выдают уже неделю.", "health"),
        ("Горит свалка за посёлком, дым идёт на дома, люди задыхаются.", "health"),
        ("Вода поднимается, подтопило уже три двора на улице Береговой.", "emergency"),
        ("Су тасқыны басталды, ауылдың шетіндегі үйлерді су басып жатыр.", "emergency"),
        ("Крыша подъезда может обрушиться в любой момент, трещина растёт.", "safety"),
        ("Соседи сверху затапливают квартиру прямо сейчас, никто не открывает.", "property"),
        ("He says he will kill himself if the eviction goes ahead.", "life"),
        ("There is an open manhole on the road to the kindergarten.", "safety"),
    ],
)
def test_threats_are_urgent_with_their_reason(text, reason):
    urgency = detect(text, SUMMER)
    assert urgency.urgent and urgency.reason == reason
    assert urgency.evidence and urgency.evidence in text


@pytest.mark.parametrize(
    "text",
    [
        "Прошу пересчитать тариф за отопление за прошлую зиму, начисления завышены.",
        "В прошлом году был пожар в нашем доме, прошу выплатить компенсацию.",
        "Прошу выдать справку о пожарной безопасности для детского лагеря.",
        "Балама мектеп формасына көмек беруді сұраймын, көпбалалы отбасымыз.",
        "Please explain how to register my child for kindergarten.",
        "Прошу отремонтировать дорогу на улице Сейфуллина, ямы по колено.",
    ],
)
def test_grievances_and_requests_are_not_urgent(text):
    assert not detect(text, SUMMER).urgent


def test_no_heating_is_urgent_in_the_cold_or_in_winter():
    text = "В доме по улице Абая, 10 нет отопления третий день."
    assert not detect(text, SUMMER).urgent
    assert detect(text, WINTER).reason == "winter_utilities"
    cold = "Жылу жоқ, үйде өте суық, балалар тоңып отыр."
    assert detect(cold, SUMMER).reason == "winter_utilities"
    assert detect("No heating and it is freezing, minus 25 outside.").urgent


def test_the_quick_scan_lets_through_every_text_a_rule_matches():
    """The scan is only a shortcut: on every corpus text a rule matches, it must say "maybe"
    (a "no" there would drop an urgent appeal)."""
    from tyndau.routing.engine import corpus, urgency

    rules = [*urgency._REASON_RULES.values(), urgency._OUTAGE_RULE]
    texts = [urgency._folded(f"{a.subject}. {a.text}") for a in corpus.read()]
    matched = [text for text in texts if any(rule.search(text) for rule in rules)]
    assert len(matched) > 200
    assert all(urgency._may_threaten(text) for text in matched)
    assert not urgency._may_threaten("прошу отремонтировать тротуар на улице абая")


def test_loosening_keeps_what_python_matches():
    from tyndau.routing.engine.urgency import _loosened

    assert _loosened(r"\bпожар\b(?! \w*безопас)|горит (\w+ )?дом") == r"пожар|горит (\S+ )?дом"
    with pytest.raises(ValueError):
        _loosened(r"(?<=не )горит")
