"""Which language an appeal is written in: Kazakh, Russian, English, or a mix.

lingua ships its language models inside the package, so detection is offline. It is asked
only about these three languages, for speed and memory. A text is "mixed" when at least two
languages each hold a fair share of its letters (people switch between Kazakh and Russian
within one letter); the main language is the one with most letters, and the answer is
written in it.

Kazakh typed on a Russian keyboard ("биздин ауылда жарык жок") has none of Kazakh's own
letters and reads as Russian to lingua; a handful of Kazakh-only function words tells it
apart.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

CODES = {Language.KAZAKH: "kk", Language.RUSSIAN: "ru", Language.ENGLISH: "en"}
# The least share of letters a second language must hold for the text to count as mixed.
MIXED_SHARE = 0.2
# Words that exist in Kazakh (also without its own letters) and not in Russian.
_KAZAKH_WORDS = re.compile(
    r"\b(биз|бизд\w*|бизге|менин|менің|сиз\w*|және|жане|ушин|үшін|бойынша|туралы|"
    r"жок|жоқ|керек|емес|болып|болды|берилген|бериниз|беріңіз|колдау|рахмет|"
    r"курметти|құрметті|ауыл\w*|отiнiш|отиниш|өтініш|жылы|жылдан|кунн\w*|күн\w*|"
    r"барлык|барлық|кала|қала\w*|акимдиги|әкімдігі|сурак|сұрақ|калай|қалай)\b",
    re.IGNORECASE,
)
_CYRILLIC_WORD = re.compile(r"\b[а-яё]+\b", re.IGNORECASE)


@dataclass(frozen=True)
class LanguageReading:
    code: str  # kk, ru, en or mixed
    main: str  # kk, ru or en: the language to answer in
    shares: dict[str, float] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _detector():
    return (
        LanguageDetectorBuilder.from_languages(*CODES)
        .with_preloaded_language_models()
        .build()
    )


def warm_up() -> None:
    """Load the models now rather than on the first appeal."""
    _detector()


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def detect(text: str, fallback: str = "ru") -> LanguageReading:
    text = text[:5000]
    total = _letters(text)
    if total == 0:
        return LanguageReading(fallback, fallback, {})
    shares: dict[str, float] = {}
    for part in _detector().detect_multiple_languages_of(text):
        code = CODES[part.language]
        share = _letters(text[part.start_index : part.end_index]) / total
        shares[code] = shares.get(code, 0.0) + share
    if not shares:
        return LanguageReading(fallback, fallback, {})
    if shares.get("ru", 0) > 0.5 and _typed_without_kazakh_letters(text):
        shares = {"kk": shares.get("kk", 0) + shares.pop("ru")} | shares
    main = max(shares, key=shares.get)
    present = [code for code, share in shares.items() if share >= MIXED_SHARE]
    code = "mixed" if len(present) > 1 else main
    return LanguageReading(code, main, {k: round(v, 3) for k, v in shares.items()})


def _typed_without_kazakh_letters(text: str) -> bool:
    words = len(_CYRILLIC_WORD.findall(text))
    return words > 0 and len(_KAZAKH_WORDS.findall(text)) / words >= 0.12
