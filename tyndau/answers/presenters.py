"""The quality check as the pages show it: elements with their evidence, advice, verdict."""

from dataclasses import dataclass

from django.utils.translation import get_language

from tyndau.answers.quality import ELEMENTS, Report
from tyndau.answers.quality.advice import ELEMENT_NAMES, VERDICT_NAMES, in_language


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
        return self.verdict in ("formal", "off_topic")


def check_view(report: Report | None) -> CheckView | None:
    """A report made in the viewer's language (`answers.services.assess`), for a page."""
    if report is None:
        return None
    language = (get_language() or "en")[:2]
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
