"""Legal references in the forms officials really write them.

"статья 91 АППК", "п. 2 ст. 13 Закона РК «О жилищных отношениях»", "пункт 7 Типовых правил",
"подпункт 3) пункта 1 статьи 12", "Жер кодексінің 43-бабы", "ӘРПК-нің 91-бабына сәйкес",
"Article 49 of the Law ...", "Art. 91 of the APPC". A number of an article, point or part
counts only with the act it belongs to nearby: "according to the legislation" is no reference.
"""

import re
from dataclasses import dataclass

_NUMBER = r"\d+(?:[-.]\d+)*(?:-\d+)?\)?"

_UNIT = re.compile(
    r"(?:"
    # Russian: статья 91, ст. 91, п. 2, пп. 3), подпункта 3), части 2, абзаца 4, главы 5
    rf"\b(?:стать[а-яё]*|ст\.|пункт[а-яё]*|п\.|подпункт[а-яё]*|пп\.|част[ьиеюя]\w*|ч\.|"
    rf"абзац[а-яё]*|глав[а-яё]*)\s*(?:№\s*)?{_NUMBER}"
    # Kazakh: 43-бабы, 91-бабына, 2-тармағы, 3) тармақшасы, 5-бөлімі
    rf"|{_NUMBER}\s*[-–]?\s*(?:бап|баб|тармақ|тармағ|тармақша|бөлі[мг]|тарау|абзац)[а-яәғқңөұүһі]*"
    # English: Article 49, Art. 91, paragraph 2, section 5, clause 3, point 7, item 4
    rf"|\b(?:articles?|art\.|sections?|paragraphs?|para\.|clauses?|points?|items?|"
    rf"subparagraphs?|chapters?)\s*{_NUMBER}"
    r")",
    re.IGNORECASE,
)

_ACT = re.compile(
    r"(?:"
    r"\b(?:кодекс|закон|правил|приказ|постановлени|конституци|положени|стандарт|указ|"
    r"регламент|инструкци|решени[а-я]* маслихат)[а-яё]*"
    r"|\b(?:кодекс|заң|қағида|бұйрық|қаулы|ереже|жарлық|стандарт|регламент)[а-яәғқңөұүһі]*"
    r"|\b(?:АППК|ӘРПК|ГК|ЗК|ТК|НК|СК|КоАП|ӘҚБтК|УК|ҚК|APPC|APC)\b"
    r"|\b(?:law|code|rules|order|decree|regulations?|constitution|standard|act)\b"
    r")",
    re.IGNORECASE,
)

WINDOW = 120  # characters between the article's number and its act, either side


@dataclass(frozen=True)
class LegalReference:
    unit: str  # "статьи 13", "43-бабы", "Article 49"
    act: str  # "Закона", "кодексінің", "APPC"
    start: int
    end: int


def legal_references(text: str) -> list[LegalReference]:
    """Every article/point/part number that has its act within the same sentence nearby."""
    found = []
    for unit in _UNIT.finditer(text):
        act = _nearest_act(text, unit.start(), unit.end())
        if act is not None:
            start, end = min(unit.start(), act.start()), max(unit.end(), act.end())
            found.append(LegalReference(unit.group().strip(), act.group(), start, end))
    return found


def _nearest_act(text: str, start: int, end: int) -> re.Match | None:
    left = max(0, start - WINDOW)
    before = list(_ACT.finditer(text, left, start))
    after = _ACT.search(text, end, min(len(text), end + WINDOW))
    candidates = [m for m in (before[-1] if before else None, after) if m is not None]
    candidates = [m for m in candidates if not _crosses_sentence(text, m, start, end)]
    if not candidates:
        return None
    return min(candidates, key=lambda m: abs(m.start() - start))


def _crosses_sentence(text: str, act: re.Match, start: int, end: int) -> bool:
    between = text[act.end() : start] if act.end() <= start else text[end : act.start()]
    return bool(re.search(r"[.!?]\s+[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]|\n", between))
