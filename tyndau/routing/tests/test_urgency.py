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
        # road crashes, falling structures and ice
        (
            "На трассе перевернулся микроавтобус, есть пострадавшие, двое зажаты в салоне.",
            "emergency",
        ),
        ("Жолда жарақаттанғандар бар, бір адам көлікте қысылып қалды.", "emergency"),
        ("С фасада торгового центра падают плиты облицовки прямо на тротуар.", "safety"),
        ("Ғимараттың қасбетінен тақтайшалар құлап жатыр, астынан адамдар өтеді.", "safety"),
        (
            "Дүкеннің шатырынан мұз сүңгілері салбырап тұр, кез келген сәтте құлауы мүмкін.",
            "safety",
        ),
        ("На мосту гололёд, машины одна за другой сталкиваются.", "safety"),
        ("Көпірде көктайғақ, көліктер бірінен соң бірі соғылып жатыр.", "safety"),
        # fire, spills, disease
        ("Көршінің үйі жанып жатыр, өрт қораға тарап барады!", "emergency"),
        ("Горит сухая трава, огонь идёт прямо к дачам.", "emergency"),
        ("С фермы мазут течёт прямо в реку, ниже село берёт из неё питьевую воду.", "emergency"),
        ("Зауыттан өзенге мұнай төгіліп жатыр, ауыл сол судан ішеді.", "emergency"),
        ("У соседа пала корова, похоже на сибирскую язву, мясо уже продают.", "health"),
        ("Ауылда күйдіргі шықты, өлген сиырдың етін сатып жатыр.", "health"),
        ("В квартире угарный газ, у мамы кружится голова.", "health"),
        # violence and captivity
        ("Сосед ходит по двору с ружьём и кричит, что убьёт нас.", "life"),
        ("Көршім пышақпен есікті бұзып жатыр, өлтіремін дейді.", "life"),
        ("Хозяин отобрал у нас паспорта и держит взаперти на ферме.", "safety"),
        ("Жұмыс беруші паспортымызды алып қойды, бізді қамап ұстап отыр.", "safety"),
        # people left without food or care, families put on the street
        ("Дети второй день голодные, дома нет никакой еды.", "children"),
        ("Балалар аш отыр, үйде тамақ жоқ.", "children"),
        ("Лежачая бабушка осталась одна, соцработник не приходит неделю.", "health"),
        ("Төсекте жатқан әжемді қарайтын ешкім жоқ.", "health"),
        ("Завтра нас с тремя детьми выселяют из общежития, идти нам некуда.", "property"),
        ("Ертең бізді үш баламызбен пәтерден шығарады, барар жеріміз жоқ.", "property"),
        # suicide hints
        ("Я больше не могу, не хочу жить, простите меня.", "life"),
        ("Өмір сүргім келмейді, бәрі бітті.", "life"),
        # livestock and travellers in a blizzard
        ("Боран үш күннен бері басылмай, жем-шөп бітті, мал қырылып жатыр.", "property"),
        ("Из-за бурана скот остался без корма, овцы гибнут.", "property"),
        ("Автобус застрял на трассе в буран, в салоне дети.", "emergency"),
        ("The roof of the gym might collapse, children are training inside.", "safety"),
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
        # "срочно" alone is a manner of speaking, not a threat
        "Срочно прошу заменить лампочку в подъезде, темно.",
        "Шұғыл түрде анықтама беруіңізді сұраймын.",
        # past, habitual, hypothetical, or words about threats rather than threats
        "Жыл сайын көктемде жертөлені су басады, дренаж жасауды сұраймыз.",
        "Как часто проводят учения по эвакуации в школах?",
        "Өрт шықса, өрт сөндіру көлігі ауылға жете ала ма?",
        "Эвакуатор забрал мою машину без всяких оснований.",
        "Куда идут деньги на ремонт дорог?",
        "Фонари во дворе горят днём, это расход денег.",
        "Где привить собаку от бешенства?",
        "Ауылда жастар баратын жер жоқ, клуб жабық.",
        "Учителя тонут в отчётах вместо уроков.",
    ],
)
def test_grievances_and_requests_are_not_urgent(text):
    assert not detect(text, SUMMER).urgent


def test_evidence_is_the_sentence_that_shows_the_threat():
    urgency = detect("Пожар!. Горит сарай у соседей, огонь перекинулся на наш забор.", SUMMER)
    assert urgency.reason == "emergency"
    assert urgency.evidence == "Горит сарай у соседей, огонь перекинулся на наш забор."
    urgency = detect("Помогите!. Муж пьяный с ножом, кричит что убьёт.", SUMMER)
    assert urgency.evidence == "Муж пьяный с ножом, кричит что убьёт."


def test_no_heating_is_urgent_in_the_cold_or_in_winter():
    text = "В доме по улице Абая, 10 нет отопления третий день."
    assert not detect(text, SUMMER).urgent
    assert detect(text, WINTER).reason == "winter_utilities"
    cold = "Жылу жоқ, үйде өте суық, балалар тоңып отыр."
    assert detect(cold, SUMMER).reason == "winter_utilities"
    assert detect("No heating and it is freezing, minus 25 outside.").urgent
    coal = "Көмір бітті, үйде +8, далада -30."
    assert detect(coal, SUMMER).reason == "winter_utilities"
    assert not detect("Батареи в подъезде покрашены плохо, прошу перекрасить.", WINTER).urgent


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
