"""The terms of the appeals law and the checks on extensions. Pure Python: no Django here.

Each rule cites its article; every date comes from the working calendar, never from a timer.
"""

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from tyndau.deadlines.calendar import WorkingCalendar


class Rule(StrEnum):
    ANSWER = "answer"
    REDIRECT = "redirect"
    EXTENSION_CAP = "extension_cap"
    URGENT = "urgent"
    EXTENSION_NOTICE = "extension_notice"


ANSWER_WORKING_DAYS = 15
REDIRECT_WORKING_DAYS = 3
NOTICE_WORKING_DAYS = 3
EXTENSION_CAP_MONTHS = 2
DEFAULT_URGENT_HOURS = 24
DEFAULT_WARNING_DAYS = (3, 1)

BASIS: dict[Rule, str] = {
    Rule.ANSWER: "АППК РК ст. 76 п. 1",
    Rule.REDIRECT: "АППК РК ст. 76",
    Rule.EXTENSION_CAP: "АППК РК ст. 76 п. 2",
    Rule.EXTENSION_NOTICE: "АППК РК ст. 76 п. 2",
    Rule.URGENT: "срочное обращение: срок, установленный органом",
}


@dataclass(frozen=True)
class Due:
    rule: Rule
    received: dt.date
    due: dt.date
    working_days: int | None  # None for a term in hours
    basis: str
    due_at: dt.datetime | None = None  # only for terms counted in hours


def answer_due(
    received: dt.date,
    calendar: WorkingCalendar,
    working_days: int = ANSWER_WORKING_DAYS,
    basis: str = BASIS[Rule.ANSWER],
) -> Due:
    """Art. 76 p.1: 15 working days (or what a law sets), counted from the day after receipt."""
    due = calendar.add_working_days(received, working_days)
    return Due(Rule.ANSWER, received, due, working_days, basis)


def redirect_due(received: dt.date, calendar: WorkingCalendar) -> Due:
    due = calendar.add_working_days(received, REDIRECT_WORKING_DAYS)
    return Due(Rule.REDIRECT, received, due, REDIRECT_WORKING_DAYS, BASIS[Rule.REDIRECT])


def extension_cap(received: dt.date, calendar: WorkingCalendar) -> Due:
    """Art. 76 p.2: two months from receipt at most. When that day is not a working day the
    cap is the working day before it: an answer is never due on a day off, and never later
    than the law allows."""
    limit = calendar.previous_working_day(received + relativedelta(months=EXTENSION_CAP_MONTHS))
    days = calendar.working_days_between(received, limit)
    return Due(Rule.EXTENSION_CAP, received, limit, days, BASIS[Rule.EXTENSION_CAP])


def notice_due(extended_on: dt.date, calendar: WorkingCalendar) -> Due:
    """Art. 76 p.2: the applicant is told of an extension within 3 working days."""
    due = calendar.add_working_days(extended_on, NOTICE_WORKING_DAYS)
    return Due(
        Rule.EXTENSION_NOTICE, extended_on, due, NOTICE_WORKING_DAYS, BASIS[Rule.EXTENSION_NOTICE]
    )


def urgent_due(received_at: dt.datetime, hours: int = DEFAULT_URGENT_HOURS) -> Due:
    """An urgent appeal (a threat to life, health, property or rights): hours, not days."""
    # Real hours, in UTC: Almaty's wall clock moved from UTC+6 to UTC+5 on 1 March 2024.
    due_at = (received_at.astimezone(dt.UTC) + dt.timedelta(hours=hours)).astimezone(
        received_at.tzinfo
    )
    return Due(Rule.URGENT, received_at.date(), due_at.date(), None, BASIS[Rule.URGENT], due_at)


def warning_to_send(days_left: int, thresholds: tuple[int, ...], sent: list[int]) -> int | None:
    """The warning due now, if any: the tightest threshold reached and not yet sent.

    With 3 and 1 working days, an appeal found with 1 day left gets only the 1-day warning."""
    if days_left < 0:
        return None
    reached = [t for t in thresholds if days_left <= t]
    if not reached:
        return None
    tightest = min(reached)
    return None if tightest in sent else tightest


class Flag(StrEnum):
    """Why an extension looks unjustified (art. 76 p.4 makes the official answerable)."""

    LATE = "late"  # decided after the term had already run out
    BOILERPLATE_REASON = "boilerplate_reason"  # no reason of substance
    REPEATED = "repeated"  # a second (third...) extension of the same appeal
    BEYOND_CAP = "beyond_cap"  # asked for a date later than two months from receipt
    NOTICE_LATE = "notice_late"  # the applicant not told within 3 working days


# Phrases that say nothing about *which* facts must be established. A reason made only of
# them (plus filler) is boilerplate; a reason that also names the facts is not.
_BOILERPLATE = [
    r"в связи с необходимостью",
    r"дополнительн\w* (изучени\w*|проверк\w*|рассмотрени\w*)",
    r"всесторонн\w* (и объективн\w* )?(изучени\w*|рассмотрени\w*)",
    r"объективн\w* (и всесторонн\w* )?(изучени\w*|рассмотрени\w*)",
    r"для (полного|полноценного|более детального) (изучения|рассмотрения)",
    r"(сбор\w*|получени\w*|истребовани\w*|запрос\w*) (дополнительн\w* )?"
    r"(информаци\w*|материал\w*|сведени\w*)",
    r"продлить срок( рассмотрения)?( обращения)?",
    r"срок рассмотрения продлен\w*",
    r"в рамках компетенции",
    r"по объективным причинам",
    r"жан-жақты (қарау|зерделеу)",
    r"қосымша (тексеру|зерделеу|ақпарат)",
    r"қажеттілігіне байланысты",
    r"мерзімін ұзарту",
    r"(for )?(a )?(more )?(thorough|comprehensive|full|additional) "
    r"(review|consideration|study|examination|verification)",
    r"(in order )?to (collect|gather|obtain) (additional )?(information|materials|data)",
    r"(due to|owing to) (the )?need for (additional|further) \w+",
    r"extend(ed)? the (term|deadline)",
    r"for objective reasons",
    r"(the )?(review|consideration|examination) (requires|needs) (more|additional) time",
    r"(more|additional) time is (needed|required)",
]
_BOILERPLATE_RE = re.compile("|".join(f"(?:{p})" for p in _BOILERPLATE), re.IGNORECASE)
_WORD_RE = re.compile(r"\w+", re.UNICODE)
_FILLER = {
    # Russian
    "у",
    "от",
    "из",
    "сторонних",
    "организаций",
    "органов",
    "иных",
    "в",
    "во",
    "с",
    "со",
    "и",
    "по",
    "на",
    "для",
    "о",
    "об",
    "к",
    "а",
    "также",
    "а также",
    "обращения",
    "обращение",
    "заявителя",
    "вопроса",
    "вопросу",
    "срока",
    "срок",
    "рассмотрения",
    "связи",
    "целях",
    "необходимо",
    "необходимость",
    "требуется",
    "до",
    "г",
    "года",
    # Kazakh
    "және",
    "үшін",
    "бойынша",
    "өтініш",
    "өтінішті",
    "өтініште",
    "мерзімі",
    "қарау",
    "байланысты",
    # English
    "the",
    "a",
    "an",
    "of",
    "to",
    "for",
    "and",
    "in",
    "on",
    "by",
    "appeal",
    "applicant",
    "term",
    "due",
    "need",
    "needed",
    "required",
    "is",
    "be",
}
MIN_SUBSTANTIVE_WORDS = 4


def is_boilerplate(reason: str) -> bool:
    """True when the reason names no facts to establish: empty, too short, or set phrases."""
    rest = _BOILERPLATE_RE.sub(" ", reason.lower())
    words = [w for w in _WORD_RE.findall(rest) if w not in _FILLER and not w.isdigit()]
    return len(words) < MIN_SUBSTANTIVE_WORDS


def extension_flags(
    *,
    decided_on: dt.date,
    current_due: dt.date,
    new_due: dt.date,
    cap: dt.date,
    reason: str,
    earlier_extensions: int,
) -> list[Flag]:
    """What looks unjustified in an extension at the moment it is decided."""
    flags = []
    if decided_on > current_due:
        flags.append(Flag.LATE)
    if is_boilerplate(reason):
        flags.append(Flag.BOILERPLATE_REASON)
    if earlier_extensions:
        flags.append(Flag.REPEATED)
    if new_due > cap:
        flags.append(Flag.BEYOND_CAP)
    return flags
