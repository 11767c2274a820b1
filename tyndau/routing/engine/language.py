"""Which language an appeal is written in: Kazakh, Russian, English, or a mix.

Each sentence is judged by its letters first (Kazakh has nine letters Russian lacks), and
by lingua, which ships its language models inside the package (offline) and is asked only
about these three languages, where the letters leave doubt. A text is "mixed" when at least
two languages each hold a fair share of its letters (people switch between Kazakh and
Russian within one letter); the main language is the one with most letters, and the answer
is written in it.

Kazakh typed on a Russian keyboard ("биздин ауылда жарык жок") has none of Kazakh's own
letters; lingua's character models still tell it from Russian.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

CODES = {Language.KAZAKH: "kk", Language.RUSSIAN: "ru", Language.ENGLISH: "en"}
# The least share of letters a second language must hold for the text to count as mixed.
MIXED_SHARE = 0.2
_CYRILLIC_WORD = re.compile(r"[а-яёәғқңөұүһі]{3,}")
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]")
_LATIN = re.compile(r"[a-z]")
# Russian endings and letters that Kazakh words do not have.
_RUSSIAN_WORD = re.compile(
    r"[щъёэю]|(ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ыми|ими|ться|тся|ешь|ает|яет|ует|"
    r"ют|ение|ость|ство|ция|ать|ить|ял|ял[аи]|ишь)$"
)
# Links and addresses are Latin whatever the letter's language: "https://youtu.be/..." in a
# short Russian letter must not make it "mixed".
_LINK = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\S+\.(?:php|html?|aspx?)\S*", re.I)
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")
KAZAKH_LETTERS = "әғқңөұүһі"
_KAZAKH_LETTER = re.compile(f"[{KAZAKH_LETTERS}]")
# A sentence with at least this share of Kazakh's own letters among its Cyrillic ones is
# Kazakh without asking (Kazakh prose has 6-10 %, Russian none).
CLEARLY_KAZAKH = 0.03
# Lingua's answer on a whole letter is the one it gives on its first paragraph (on all 384
# held-out texts without Kazakh letters) and costs a third more.
LINGUA_SAMPLE = 600


@dataclass(frozen=True)
class LanguageReading:
    code: str  # kk, ru, en or mixed
    main: str  # kk, ru or en: the language to answer in
    shares: dict[str, float] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _detector():
    return LanguageDetectorBuilder.from_languages(*CODES).with_preloaded_language_models().build()


def warm_up() -> None:
    """Load the models now rather than on the first appeal."""
    _detector()


def _letters(text: str) -> int:
    return sum(map(str.isalpha, text))


def detect(text: str, fallback: str = "ru") -> LanguageReading:
    """Sentence by sentence: Latin letters make English, a fair share of Kazakh's own letters
    makes Kazakh, and lingua decides the rest (Russian, Kazakh typed without its letters, a
    Russian sentence naming "Нұрсұлтан")."""
    text = _LINK.sub(" ", text[:5000])
    if not _KAZAKH_LETTER.search(text.lower()):
        return _without_kazakh_letters(text, fallback)
    weights: dict[str, float] = {}
    for sentence in _SENTENCE.split(text):
        letters = _letters(sentence)
        if not letters:
            continue
        code = _sentence_language(sentence)
        russian = _russian_share(sentence) if code == "kk" else 0.0
        weights[code] = weights.get(code, 0) + letters * (1 - russian)
        weights["ru"] = weights.get("ru", 0) + letters * russian
    total = sum(weights.values())
    if not total:
        return LanguageReading(fallback, fallback, {})
    shares = {code: weight / total for code, weight in weights.items()}
    main = max(shares, key=shares.get)
    present = [code for code, share in shares.items() if share >= MIXED_SHARE]
    code = "mixed" if len(present) > 1 else main
    return LanguageReading(code, main, {k: round(v, 3) for k, v in shares.items()})


def _without_kazakh_letters(text: str, fallback: str) -> LanguageReading:
    """Russian, English, or Kazakh typed without its letters: one question to lingua
    about the whole text, unless the script already answers it."""
    latin = len(_LATIN.findall(text.lower()))
    cyrillic = len(_CYRILLIC.findall(text.lower()))
    if not latin and not cyrillic:
        return LanguageReading(fallback, fallback, {})
    if latin and cyrillic and min(latin, cyrillic) / (latin + cyrillic) >= MIXED_SHARE:
        main = "en" if latin > cyrillic else "ru"
        shares = {"en": latin / (latin + cyrillic), "ru": cyrillic / (latin + cyrillic)}
        return LanguageReading("mixed", main, {k: round(v, 3) for k, v in shares.items()})
    if latin > cyrillic:
        return LanguageReading("en", "en", {"en": 1.0})
    code = CODES.get(_detector().detect_language_of(text[:LINGUA_SAMPLE]), "ru")
    return LanguageReading(code, code, {code: 1.0})


def _sentence_language(sentence: str) -> str:
    lowered = sentence.lower()
    latin = len(_LATIN.findall(lowered))
    cyrillic = len(_CYRILLIC.findall(lowered))
    if latin > cyrillic:
        return "en"
    kazakh = sum(lowered.count(ch) for ch in KAZAKH_LETTERS)
    if kazakh and kazakh / cyrillic >= CLEARLY_KAZAKH:
        return "kk"
    return CODES.get(_detector().detect_language_of(sentence), "ru")


def _russian_share(sentence: str) -> float:
    """Within a Kazakh sentence, the share of its words that are plainly Russian (people
    switch mid-sentence: "жыраға грузовики строительный мусор төгеді")."""
    words = _CYRILLIC_WORD.findall(sentence.lower())
    if not words:
        return 0.0
    russian = sum(
        1
        for word in words
        if not any(ch in KAZAKH_LETTERS for ch in word) and _RUSSIAN_WORD.search(word)
    )
    return russian / len(words)
