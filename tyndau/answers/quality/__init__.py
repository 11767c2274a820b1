"""The answer-quality check: a pure core, no Django, so it runs anywhere and fast."""

from tyndau.answers.quality.check import ELEMENTS, VERDICTS, Element, EmptyText, Report, check

__all__ = ["ELEMENTS", "VERDICTS", "Element", "EmptyText", "Report", "check"]
