"""Read an answer against the unified format and against the appeal it answers.

Each element of the format is looked for sentence by sentence; the sentence that satisfies it
is kept as evidence. The direct answer is the hard one: a sentence that says something
concrete (a date, a number, a decision, a measure) about the appeal's own subject, place or
object. Without one the answer is `formal` when it says little beyond set phrases, and
`off_topic` when it says much, but about something else.
"""

import re
from dataclasses import dataclass, field

from tyndau.answers.quality import patterns as p
from tyndau.answers.quality.advice import (
    ADVICE,
    LANGUAGE_ADVICE,
    LANGUAGE_NAMES,
    VERDICT_ADVICE,
    in_language,
)
from tyndau.answers.quality.legal import legal_references
from tyndau.answers.quality.text import HINT, Sentence, language_of, sentences
from tyndau.answers.quality.topic import KeyTerm, coverage, key_terms, shared_terms, stems_of

ELEMENTS = (
    "salutation",
    "direct_answer",
    "decision",
    "legal_reference",
    "measures",
    "mechanism",
    "contacts",
    "appeal_rights",
)
# What each element adds to the score out of 100; the direct answer weighs most.
WEIGHTS = {
    "salutation": 8,
    "direct_answer": 25,
    "decision": 15,
    "legal_reference": 12,
    "measures": 12,
    "mechanism": 10,
    "contacts": 10,
    "appeal_rights": 8,
}
VERDICTS = ("full", "formal", "off_topic")
SCORE_CAP = {"formal": 30, "off_topic": 40}  # a reply that answers nothing never scores well

# A sentence answers the question when it says something concrete and repeats at least one
# of the appeal's content words and, with its names and numbers, this much weight in all.
DIRECT_ANSWER_MIN_CONTENT = 1.0
DIRECT_ANSWER_MIN_SHARED = 2.0
# A sentence that decides or reports a measure may name the appeal's object only once, when
# the answer as a whole covers at least this share of the appeal's content words.
SUPPORTED_ANSWER_MIN_COVERAGE = 0.15
# Without a direct answer, concrete sentences in an answer that covers less than this share of
# the appeal's content words speak of something else.
OFF_TOPIC_MAX_COVERAGE = 0.1


NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")


class EmptyText(ValueError):
    """The appeal or the answer has no words to read."""


@dataclass(frozen=True)
class Element:
    name: str
    present: bool
    evidence: str = ""


@dataclass(frozen=True)
class Report:
    score: int
    verdict: str
    elements: dict[str, Element]
    advice: list[str]
    appeal_language: str
    answer_language: str
    coverage: float
    unanswered_terms: list[str] = field(default_factory=list)

    @property
    def missing(self) -> list[str]:
        return [name for name in ELEMENTS if not self.elements[name].present]

    def as_dict(self) -> dict:
        return {
            "score": self.score,
            "verdict": self.verdict,
            "elements": {name: self.elements[name].present for name in ELEMENTS},
            "evidence": {name: self.elements[name].evidence or None for name in ELEMENTS},
            "missing": self.missing,
            "advice": self.advice,
            "appeal_language": self.appeal_language,
            "answer_language": self.answer_language,
            "coverage": round(self.coverage, 2),
            "unanswered_terms": self.unanswered_terms,
        }


@dataclass
class _Reading:
    sentence: Sentence
    header: bool = False
    salutation: bool = False
    appeal_rights: bool = False
    contacts: bool = False
    rating: bool = False
    concrete: bool = False  # says something new: a date, a deadline, a number of its own
    decision: bool = False
    measures: bool = False
    mechanism: bool = False
    shared_content: float = 0.0  # the appeal's content words the sentence repeats
    shared_names: float = 0.0  # the appeal's names and numbers it repeats
    shared_number: bool = False  # a house, school or route number of the appeal

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def substantive(self) -> bool:
        """Part of the body of the letter, not its frame (address, contacts, rights, rating)."""
        return not (
            self.header
            or self.salutation
            or self.appeal_rights
            or self.rating
            or self._only_contacts
        )

    @property
    def _only_contacts(self) -> bool:
        return self.contacts and not (self.decision or self.measures)

    @property
    def informative(self) -> bool:
        return self.substantive and (self.concrete or self.decision or self.measures)

    @property
    def on_topic(self) -> bool:
        """Speaks of the appeal's object (a content word), not only of its place."""
        return (
            self.shared_content >= DIRECT_ANSWER_MIN_CONTENT or self.shared_number
        ) and self.shared_content + self.shared_names >= DIRECT_ANSWER_MIN_SHARED


def check(appeal: str, answer: str, *, interface_language: str = "en") -> Report:
    """Score an answer 0-100, give its verdict and, per element, its evidence and advice."""
    if not _has_words(appeal):
        raise EmptyText("appeal")
    if not _has_words(answer):
        raise EmptyText("answer")
    answer = HINT.sub(" ", answer)  # the template's unfilled hints say nothing yet
    appeal_language, answer_language = language_of(appeal), language_of(answer)
    answer_sentences = sentences(answer)
    terms = _without_applicant(key_terms(appeal), answer_sentences[:3], answer_language)
    known_numbers = set(NUMBER.findall(appeal))
    readings = [
        _read(s, index, terms, known_numbers, answer_language)
        for index, s in enumerate(answer_sentences)
    ]
    _mark_header(readings)

    found = {name: "" for name in ELEMENTS}
    for r in readings:
        for name, present in (
            ("salutation", r.salutation),
            ("appeal_rights", r.appeal_rights),
            ("contacts", r.contacts),
            ("decision", r.decision and r.substantive),
            ("measures", r.measures and r.substantive),
            ("mechanism", r.mechanism and r.substantive),
        ):
            if present and not found[name]:
                found[name] = r.text
    found["legal_reference"] = _legal_basis(answer, readings)
    body = " ".join(r.text for r in readings if r.substantive)
    content = [t for t in terms if t.weight == 1.0]
    covered = coverage(content, body, answer_language) if content else 1.0
    direct = _direct_answer(readings, covered)
    found["direct_answer"] = direct.text if direct else ""
    # Without a direct answer: a reply that says concrete things, but not about the appeal's
    # object, is beside the point; one that says nothing concrete, or circles the object
    # without answering, is formal.
    informative = [r for r in readings if r.informative]
    elsewhere = informative and (
        covered < OFF_TOPIC_MAX_COVERAGE or not any(r.shared_content for r in informative)
    )
    if direct:
        verdict = "full"
    elif elsewhere:
        verdict = "off_topic"
    else:
        verdict = "formal"

    elements = {name: Element(name, bool(found[name]), found[name]) for name in ELEMENTS}
    score = sum(WEIGHTS[name] for name in ELEMENTS if elements[name].present)
    score = min(score, SCORE_CAP.get(verdict, 100))
    unanswered = _unanswered(terms, body, answer_language) if verdict != "full" else []
    advice = _advice(
        verdict, elements, unanswered, appeal_language, answer_language, interface_language
    )
    return Report(
        score=score,
        verdict=verdict,
        elements=elements,
        advice=advice,
        appeal_language=appeal_language,
        answer_language=answer_language,
        coverage=covered,
        unanswered_terms=unanswered,
    )


def _has_words(text: str) -> bool:
    return any(ch.isalpha() for ch in text or "")


def _read(
    sentence: Sentence, index: int, terms: list[KeyTerm], known_numbers: set[str], language: str
) -> _Reading:
    text = sentence.text.replace("ё", "е").replace("Ё", "Е")
    reading = _Reading(sentence)
    salutation = p.SALUTATION.search(text) if index < 3 else None
    if salutation:
        name = next(g for g in salutation.groups() if g)
        reading.salutation = name.lower() not in p.IMPERSONAL_ADDRESSEES
    reading.appeal_rights = bool(
        p.APPEAL_RIGHTS.search(text) and p.APPEAL_RIGHTS_WHERE.search(text)
    )
    reading.contacts = bool(p.PHONE.search(text) or p.EMAIL.search(text))
    reading.rating = bool(p.RATING_INVITATION.search(text)) and not reading.appeal_rights
    reading.mechanism = bool(p.MECHANISM.search(text))
    # What the sentence says beyond set phrases, citations and contacts.
    core = _blank(text, [m.span() for m in p.FORMULAIC.finditer(text)])
    core = _blank(core, [(r.start, r.end) for r in legal_references(core)])
    core = p.EMAIL.sub(" ", p.PHONE.sub(" ", core))
    reading.decision = bool(p.DECISION.search(core))
    reading.measures = bool(p.MEASURES.search(core))
    new_numbers = set(NUMBER.findall(core)) - known_numbers
    reading.concrete = bool(new_numbers or p.CONCRETE.search(core))
    for term in shared_terms(terms, core, language):
        if term.weight == 1.0:
            reading.shared_content += term.weight
        else:
            reading.shared_names += term.weight
            reading.shared_number |= term.word[:1].isdigit()
    return reading


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the spans overwritten by spaces (offsets stay as they were)."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _without_applicant(terms: list[KeyTerm], opening: list[Sentence], language: str):
    """The applicant's own name is not what the appeal is about: the answer's salutation says
    it, so its words leave the appeal's key terms."""
    named = set()
    for sentence in opening:
        match = p.SALUTATION.search(sentence.text)
        if match:
            named |= stems_of(sentence.text[match.start() :], language)
    return [t for t in terms if t.stem not in named]


def _mark_header(readings: list[_Reading]) -> None:
    """The addressee block above the salutation (or, without one, short address lines at the
    top) is the letter's frame: naming the applicant's street there answers nothing."""
    salutation = next((i for i, r in enumerate(readings) if r.salutation), None)
    for index, reading in enumerate(readings[:3]):
        above_salutation = salutation is not None and index < salutation
        address_line = (
            salutation is None
            and len(reading.text.split()) <= 15
            and bool(p.ADDRESS_LINE.search(reading.text))
        )
        if not (above_salutation or address_line):
            break
        reading.header = True


def _legal_basis(answer: str, readings: list[_Reading]) -> str:
    """The sentence citing an act for the decision (a citation only of the right to appeal,
    article 91, is the appeal_rights element, not the basis of the decision)."""
    for reference in legal_references(answer):
        holder = next(
            (
                r
                for r in readings
                if r.sentence.start <= reference.start < r.sentence.start + len(r.text)
            ),
            None,
        )
        if holder is not None and not holder.appeal_rights:
            return holder.text
    return ""


def _direct_answer(readings: list[_Reading], covered: float) -> _Reading | None:
    supported = covered >= SUPPORTED_ANSWER_MIN_COVERAGE
    candidates = [
        r
        for r in readings
        if r.informative
        and (r.on_topic or (supported and r.shared_content and (r.decision or r.measures)))
    ]
    return max(candidates, key=lambda r: r.shared_content + r.shared_names, default=None)


def _unanswered(terms: list[KeyTerm], body: str, language: str) -> list[str]:
    said = {t.stem for t in shared_terms(terms, body, language)}
    missing = [t for t in terms if t.stem not in said]
    # Words name the subject better than bare numbers; names before common words.
    missing.sort(key=lambda t: (t.word[:1].isdigit(), -t.weight))
    return [t.word for t in missing[:4]]


def _advice(
    verdict: str,
    elements: dict[str, Element],
    unanswered: list[str],
    appeal_language: str,
    answer_language: str,
    language: str,
) -> list[str]:
    advice = []
    if verdict in VERDICT_ADVICE:
        advice.append(
            in_language(VERDICT_ADVICE[verdict], language).format(terms=", ".join(unanswered))
        )
    advice += [
        in_language(ADVICE[name], language) for name in ELEMENTS if not elements[name].present
    ]
    if appeal_language != answer_language:
        names = LANGUAGE_NAMES.get(language, LANGUAGE_NAMES["en"])
        advice.append(
            in_language(LANGUAGE_ADVICE, language).format(
                appeal=names[appeal_language], answer=names[answer_language]
            )
        )
    return advice
