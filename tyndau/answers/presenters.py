"""The quality check as the pages show it: elements with their evidence, advice, verdict."""

from dataclasses import dataclass

from django.utils.translation import get_language

from tyndau.answers.models import NEEDS_OVERRIDE
from tyndau.answers.quality import ELEMENTS
from tyndau.answers.quality.advice import ELEMENT_NAMES, VERDICT_NAMES, in_language
from tyndau.answers.services import assess
from tyndau.appeals.models import Appeal


@dataclass(frozen=True)
class ElementRow:
    name: str
    label: str
    present: bool
    evidence: str


@dataclass(frozen=True)
class CheckView:
    score: int
    verdict: str
    verdict_label: str
    elements: list[ElementRow]
    advice: list[str]

    @property
    def flagged(self) -> bool:
        return self.verdict in NEEDS_OVERRIDE


def check_panel(appeal: Appeal, text: str) -> CheckView | None:
    """The check of a text as this appeal's answer, in the viewer's language (None: no text)."""
    language = (get_language() or "en")[:2]
    report = assess(appeal, text, language) if text else None
    if report is None:
        return None
    rows = [
        ElementRow(
            name,
            in_language(ELEMENT_NAMES[name], language),
            report.elements[name].present,
            report.elements[name].evidence,
        )
        for name in ELEMENTS
    ]
    return CheckView(
        score=report.score,
        verdict=report.verdict,
        verdict_label=in_language(VERDICT_NAMES[report.verdict], language),
        elements=rows,
        advice=report.advice,
    )
