"""The demo texts: deterministic, complete, varied, in real Kazakh, with full and formal answers.

Pure Python: no database, no Django settings.
"""

import random
import re

import pytest

from tyndau.demo import texts as dt

PLACES = {"ru": "город Темиртау", "kk": "Теміртау қаласы", "en": "Temirtau city"}
BODIES = {
    "ru": "ГУ «Отдел жилищно-коммунального хозяйства города Темиртау»",
    "kk": "«Теміртау қаласының тұрғын үй-коммуналдық шаруашылығы бөлімі» ММ",
    "en": "Temirtau City Housing and Utilities Department",
}
LEFTOVER = re.compile(r"[{}\[\]¦|\x01\x02]")
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
LEGAL_REFERENCE = re.compile(r"ст\. \d|п\. \d|\d+-баб|\d+-тармағ|Article \d|clause \d")
SALUTATIONS = ("Уважаем", "Құрметті", "Dear")


def appeal(seed: int, sphere: str, kind: str, language: str, urgent: bool = False):
    return dt.compose_appeal(random.Random(seed), sphere, kind, language, PLACES[language], urgent)


def answer(seed: int, sphere: str, language: str, outcome: str, applicant: str) -> str:
    return dt.compose_answer(
        random.Random(seed), sphere, language, outcome, applicant, "Ахметова Гульнара Каировна",
        "+7 7213 91-45-02", BODIES[language],
    )  # fmt: skip


def test_the_same_seed_gives_the_same_texts():
    for seed in range(20):
        assert appeal(seed, "housing", "complaint", "ru") == appeal(
            seed, "housing", "complaint", "ru"
        )
        assert answer(seed, "health", "kk", "refused", "Сейітқалиев Асқат") == answer(
            seed, "health", "kk", "refused", "Сейітқалиев Асқат"
        )
        assert dt.person_name(random.Random(seed), "ru") == dt.person_name(
            random.Random(seed), "ru"
        )
        original = appeal(seed, "utilities", "statement", "kk")[1]
        assert dt.compose_repeat(random.Random(seed), original, "kk") == dt.compose_repeat(
            random.Random(seed), original, "kk"
        )
    assert appeal(1, "housing", "complaint", "ru") != appeal(2, "housing", "complaint", "ru")


@pytest.mark.parametrize("language", dt.LANGUAGES)
def test_every_sphere_kind_and_urgency_gives_a_filled_subject_and_text(language):
    for sphere in dt.SPHERES:
        for kind in dt.KINDS:
            for urgent in (False, True):
                for seed in range(2):
                    subject, text = appeal(seed, sphere, kind, language, urgent)
                    assert subject.strip() and len(text) > 80, (sphere, kind, urgent)
                    assert not LEFTOVER.search(subject + text), (sphere, kind, subject, text)
                    assert 2 <= len(subject.split()) <= 12, subject


def test_kazakh_texts_are_written_in_kazakh():
    for sphere in dt.SPHERES:
        for seed in range(5):
            subject, text = appeal(seed, sphere, dt.KINDS[seed], "kk", urgent=seed == 4)
            assert KAZAKH_LETTERS & set(text), text
            reply = answer(seed, sphere, "kk", dt.OUTCOMES[seed % 3], "Оспанов Ерлан")
            assert KAZAKH_LETTERS & set(reply)


def test_russian_appeals_of_one_sphere_vary():
    texts = {appeal(seed, "housing", dt.KINDS[seed % 5], "ru")[1] for seed in range(2000)}
    assert len(texts) >= 1500
    subjects = {appeal(seed, "roads_transport", "complaint", "ru")[0] for seed in range(300)}
    assert len(subjects) >= 40


def test_urgent_appeals_say_so():
    markers = {"ru": "срочн", "kk": "шұғыл", "en": "urgent"}
    for language, marker in markers.items():
        for sphere in dt.SPHERES:
            _, text = appeal(7, sphere, "statement", language, urgent=True)
            assert marker in text.lower(), (sphere, text)


def test_kazakh_case_endings():
    assert dt._kk_case("Теміртау қаласы", "loc") == "Теміртау қаласында"
    assert dt._kk_case("Абай көшесі", "dat") == "Абай көшесіне"
    assert dt._kk_case("№ 45 мектеп", "abl") == "№ 45 мектептен"
    assert dt._kk_case("«Жұлдыз» ПИК", "acc") == "«Жұлдыз» ПИК-ті"
    assert dt._kk_case("аулаға шам орнату", "acc") == "аулаға шам орнатуды"
    assert dt._kk_case("Нұра ауданы", "gen") == "Нұра ауданының"
    assert dt._kk_case("Алматы", "loc") == "Алматыда"
    assert dt._kk_case("45 000 теңге", "dat") == "45 000 теңгеге"
    assert dt._kk_case("ауылдық округ әкімдігі", "gen") == "ауылдық округ әкімдігінің"


@pytest.mark.parametrize("language", dt.LANGUAGES)
def test_names_look_real(language):
    rng = random.Random(5)
    names = [dt.person_name(rng, language) for _ in range(300)]
    assert len(set(names)) > 200
    for last, first, patronymic in names:
        assert last[0].isupper() and first[0].isupper()
        assert patronymic == "" or patronymic[0].isupper()
    if language == "kk":
        assert sum(bool(KAZAKH_LETTERS & set("".join(n))) for n in names) > 150
    if language == "en":
        assert all(re.fullmatch(r"[A-Za-z' -]+", " ".join(n).strip()) for n in names)


@pytest.mark.parametrize("language", dt.LANGUAGES)
def test_answers_address_the_applicant_and_full_ones_cite_the_law(language):
    marker = dt._FORMAL_MARKERS[language]
    formal = total = 0
    for sphere in dt.SPHERES:
        for outcome in dt.OUTCOMES:
            for _ in range(5):
                seed = total = total + 1
                last, first, patronymic = dt.person_name(random.Random(seed), language)
                applicant = " ".join(p for p in (last, first, patronymic) if p)
                text = answer(seed, sphere, language, outcome, applicant)
                assert applicant in text
                assert "Ахметова Гульнара Каировна" in text
                assert not LEFTOVER.search(text), text
                if marker in text:
                    formal += 1
                    continue
                assert LEGAL_REFERENCE.search(text), text
                assert "91" in text  # how to appeal: АППК art. 91
                assert text.split("\n\n")[1].startswith(SALUTATIONS)  # addressed by name
    assert 0.1 <= formal / total <= 0.3  # about one answer in five is a formal reply


def test_answers_reflect_the_outcome():
    leads = {
        "satisfied": ("удовлетворено", "решён положительно"),
        "refused": ("отказано", "не представляется возможным"),
        "explained": ("разъясняем", "разъяснение"),
    }
    for outcome, words in leads.items():
        for seed in range(40):
            text = answer(seed, "utilities", "ru", outcome, "Иванова Ирина Петровна")
            if dt._FORMAL_MARKERS["ru"] in text:
                continue
            assert any(w in text for w in words), text
            assert "Уважаемая Ирина Петровна!" in text


def test_answers_to_anonymous_and_organisations_still_read_well():
    text = answer(3, "ecology", "ru", "explained", "")
    assert "Заявителю" in text and not LEFTOVER.search(text)
    text = answer(2, "business_economy", "kk", "satisfied", "«Береке» ЖШС")
    assert "«Береке» ЖШС" in text and "Құрметті Береке" not in text


def test_repeat_appeals_refer_to_the_answer_and_keep_the_substance():
    for language in dt.LANGUAGES:
        for seed in range(30):
            _, original = appeal(seed, "housing", "complaint", language)
            repeat = dt.compose_repeat(random.Random(seed), original, language)
            assert repeat != original and not LEFTOVER.search(repeat)
            sentences = [s for s in re.split(r"(?<=[.!?])\s+", original) if len(s) > 60]
            assert any(s in repeat for s in sentences) or len(repeat) > 200
    assert dt.compose_repeat(random.Random(1), "", "ru").strip()


def test_outside_text_is_never_parsed_as_a_template():
    place = "село {Новое|Старое} [1]"
    texts = [dt.compose_appeal(random.Random(s), "housing", "complaint", "ru", place)[1]
             for s in range(40)]  # fmt: skip
    assert any(place in text for text in texts)
    assert not any("село Новое" in text or "село Старое" in text for text in texts)
    reply = dt.compose_answer(
        random.Random(4), "housing", "ru", "satisfied", "Ким Ли {Юн}", "x", "", "ГУ [отдел]"
    )
    assert "Ким Ли {Юн}" in reply and "ГУ [отдел]" in reply
