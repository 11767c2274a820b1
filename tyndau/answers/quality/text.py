"""Sentences, words and stems of appeals and answers in Kazakh, Russian and English.

Russian and English words are stemmed by the Snowball stemmers. PyPI has no maintained
Kazakh stemmer, so Kazakh words lose their common endings (plural, possessive, case) here;
what matters for the check is that the same word in two forms gets the same stem.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

KAZAKH_ONLY = frozenset("әғқңөұүһі")
CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
LATIN = re.compile(r"[a-z]", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[./]\d+)*", re.UNICODE)

# A full stop after these does not end a sentence: "ст. 91", "г. Астана", "тел. 55-12-34".
ABBREVIATIONS = frozenset(
    "ст п пп ч г гг ул пр д кв мкр обл р-н с ж тел исп им каб корп стр т тт art no "
    "mr ms mrs dr st tel nr вх исх "
    "көш ауд ғим б т.б".split()
)

# What a template asks the executor to write, "[the direct answer ...]": not yet an answer.
HINT = re.compile(r"\[[^\[\]\n]{3,200}\]")

_SENTENCE_BREAK = re.compile(r"(?<=[.!?…;])\s+|\n+")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int


def language_of(text: str) -> str:
    """kk, ru or en by the letters used: Kazakh has letters Russian does not."""
    cyrillic = len(CYRILLIC.findall(text))
    latin = len(LATIN.findall(text))
    if latin > cyrillic:
        return "en"
    kazakh = sum(1 for ch in text.lower() if ch in KAZAKH_ONLY)
    return "kk" if cyrillic and kazakh / cyrillic >= 0.015 else "ru"


def sentences(text: str) -> list[Sentence]:
    """Sentences and lines of a letter, abbreviations such as "ст. 91" kept inside."""
    found: list[Sentence] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        before = text[start : match.start()]
        last_word = re.search(r"([^\W\d_][\w.-]*)[.]$", before)
        next_char = text[match.end() : match.end() + 1]
        if (
            "\n" not in match.group()
            and last_word
            and (last_word.group(1).lower() in ABBREVIATIONS or next_char.isdigit())
        ):
            continue
        _add(found, text, start, match.start())
        start = match.end()
    _add(found, text, start, len(text))
    return found


def _add(found: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        found.append(Sentence(stripped, start + chunk.index(stripped)))


def words(text: str) -> list[str]:
    return WORD.findall(text)


_KAZAKH_ENDINGS = sorted(
    """
    лар лер дар дер тар тер
    ымыз іміз ыңыз іңіз мыз міз ңыз ңіз
    ның нің дың дің тың тің
    нда нде дағы дегі тағы тегі ндағы ндегі
    дан ден тан тен нан нен
    мен бен пен
    ға ге қа ке на не
    ны ні ды ді ты ті
    да де та те
    сы сі ым ім ың ің
    ғы гі қы кі
    """.split(),
    key=len,
    reverse=True,
)
_KAZAKH_SHORT_ENDINGS = ("а", "е", "ы", "і", "н", "ң", "м")


def kazakh_stem(word: str) -> str:
    """Strip up to four of Kazakh's inflectional endings, keeping a root of three letters."""
    for _ in range(4):
        ending = next(
            (e for e in _KAZAKH_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3), None
        )
        if ending is None and word.endswith(_KAZAKH_SHORT_ENDINGS) and len(word) >= 5:
            ending = word[-1]
        if ending is None:
            break
        word = word[: -len(ending)]
    return word


_STEMMERS = {
    "ru": snowballstemmer.stemmer("russian"),
    "en": snowballstemmer.stemmer("english"),
}


@lru_cache(maxsize=50_000)
def stem(word: str, language: str) -> str:
    word = word.lower().replace("ё", "е")
    if word[:1].isdigit():
        return word
    if LATIN.match(word):
        return _STEMMERS["en"].stemWord(word)
    if language == "kk" or any(ch in KAZAKH_ONLY for ch in word):
        return kazakh_stem(word)
    return _STEMMERS["ru"].stemWord(word)
