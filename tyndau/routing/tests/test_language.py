"""Language detection: Kazakh (with or without its letters), Russian, English and mixed."""

import pytest

from tyndau.routing.engine.language import detect


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("В доме нет горячей воды третий день, прошу разобраться с КСК.", "ru"),
        ("Құрметті әкім! Біздің ауылда үш күннен бері жарық жоқ.", "kk"),
        ("Курметти аким, биздин ауылда уш куннен бери жарык жок, кашан береди?", "kk"),
        ("Dear akim, the road near our school has been broken since spring.", "en"),
        (
            "Мен Астанада тұрамын, біздің үйде жылу жоқ. Прошу рассмотреть вопрос о "
            "выделении земельного участка, уже три года жду ответа от акимата.",
            "mixed",
        ),
    ],
)
def test_language_of_the_text(text, code):
    assert detect(text).code == code


def test_mixed_text_is_answered_in_its_main_language():
    reading = detect(
        "Здравствуйте. Я живу в селе уже двадцать лет и никогда такого не видел. "
        "Біздің ауылда жол жоқ."
    )
    assert reading.code == "mixed" and reading.main == "ru"
    assert set(reading.shares) == {"kk", "ru"}


def test_text_without_letters_falls_back():
    assert detect("12345 !!!", fallback="kk").code == "kk"


def test_links_do_not_make_a_russian_letter_mixed():
    text = (
        "Как Управление образования оставляет детей без места в саду. "
        "https://youtu.be/wJqAU-D8ysI viewtopic.php?f=13&t=927 пишите на help@example.com"
    )
    assert detect(text).code == "ru"
