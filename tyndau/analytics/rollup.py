"""What one appeal adds to the daily figures (pure Python, no Django).

An appeal is reduced to its `Facts`: where it belongs (body, territory, top-level sphere,
executor) and what happened to it on which day (received, answered in so many working days,
rated, breached...). `contributions` turns facts into counts per roll-up row. The database
keeps the sum of all appeals' contributions; when an appeal changes, the difference between
its new and old contributions is added, so the sums stay exact without a rescan.

Each appeal adds to two kinds of row:
- a *place* row, (day, body, territory, sphere, executor=0): for bodies, territories,
  spheres and the risk map;
- a *people* row, (day, body, territory=0, sphere=0, executor): for ranking executors and
  units and their evaluation sheets (only once an executor is assigned).
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

# The counts kept per row (columns of the roll-up table).
MEASURES = (
    "received",
    "received_urgent",
    "received_repeat",
    "answered",
    "answered_late",
    "answer_days",  # the sum of working days to answer, for the mean
    "answered_urgent",
    "urgent_in_time",
    "closed_without_answer",
    "formal_answers",
    "repeat_satisfied",
    "repeat_refused",
    "repeat_explained",
    "repeat_terminated",
    "ratings",
    "dissatisfied",
    "unjustified_extensions",
    "breached",
    "open",  # on the row of its due day: appeals still open, so overdue now is a sum of rows
)
# Distributions kept as (measure, value) counts: working days to answer (for the median and
# the 90th percentile) and the reasons given with dissatisfied ratings.
DAYS = "days"
REASON = "reason"
DAYS_CAP = 60  # an answer after more working days than this counts as this many

REPEAT_OUTCOMES = {
    "satisfied": "repeat_satisfied",
    "refused": "repeat_refused",
    "explained": "repeat_explained",
    "terminated": "repeat_terminated",
}

Key = tuple[date, int, int, int, int]  # day, body, territory, sphere, executor
SpreadKey = tuple[date, int, int, int, int, str, str]  # ... measure, value


@dataclass(frozen=True)
class Facts:
    received_on: date
    body: int
    territory: int = 0
    sphere: int = 0  # the top-level sphere
    executor: int = 0
    urgent: bool = False
    repeat: bool = False
    answered_on: date | None = None
    answer_days: int | None = None  # working days from receipt to the answer
    late: bool = False
    closed_on: date | None = None  # left without consideration or terminated
    outcome: str = ""  # satisfied, refused, explained, terminated
    formal: bool = False  # the quality check read the sent answer as formal or off-topic
    rated_on: date | None = None
    dissatisfied: bool = False
    reasons: tuple[str, ...] = ()
    unjustified_extensions: tuple[date, ...] = ()  # the days they were decided
    breached_on: date | None = None  # the first term breached
    open_due: date | None = None  # the answer's due day while the appeal is open


@dataclass
class Contribution:
    counts: dict[Key, Counter] = field(default_factory=dict)
    spread: Counter = field(default_factory=Counter)  # SpreadKey -> count

    def add(self, day: date, facts: Facts, measure: str, amount: int = 1) -> None:
        for key in _keys(day, facts):
            self.counts.setdefault(key, Counter())[measure] += amount

    def add_spread(self, day: date, facts: Facts, measure: str, value: str) -> None:
        for key in _keys(day, facts):
            self.spread[(*key, measure, value)] += 1

    def minus(self, other: "Contribution") -> "Contribution":
        """What changes when `other` is replaced by this; zero counts are dropped."""
        counts: dict[Key, Counter] = {}
        for key in self.counts.keys() | other.counts.keys():
            delta = Counter(self.counts.get(key, {}))
            delta.subtract(other.counts.get(key, {}))
            delta = Counter({m: n for m, n in delta.items() if n})
            if delta:
                counts[key] = delta
        spread = Counter(self.spread)
        spread.subtract(other.spread)
        return Contribution(counts, Counter({k: n for k, n in spread.items() if n}))

    def merge(self, other: "Contribution") -> None:
        for key, counts in other.counts.items():
            self.counts.setdefault(key, Counter()).update(counts)
        self.spread.update(other.spread)


def _keys(day: date, facts: Facts) -> list[Key]:
    place = (day, facts.body, facts.territory, facts.sphere, 0)
    if not facts.executor:
        return [place]
    return [place, (day, facts.body, 0, 0, facts.executor)]


def contributions(facts: Facts | None) -> Contribution:
    """Everything one appeal adds to the roll-ups."""
    result = Contribution()
    if facts is None:
        return result
    received = facts.received_on
    result.add(received, facts, "received")
    if facts.urgent:
        result.add(received, facts, "received_urgent")
    if facts.repeat:
        result.add(received, facts, "received_repeat")
    if facts.answered_on:
        day = facts.answered_on
        result.add(day, facts, "answered")
        if facts.late:
            result.add(day, facts, "answered_late")
        if facts.answer_days is not None:
            days = min(facts.answer_days, DAYS_CAP)
            result.add(day, facts, "answer_days", days)
            result.add_spread(day, facts, DAYS, str(days))
        if facts.urgent:
            result.add(day, facts, "answered_urgent")
            if not facts.late:
                result.add(day, facts, "urgent_in_time")
        if facts.formal:
            result.add(day, facts, "formal_answers")
    if facts.closed_on:
        result.add(facts.closed_on, facts, "closed_without_answer")
    outcome_day = facts.answered_on or facts.closed_on
    if facts.repeat and outcome_day and facts.outcome in REPEAT_OUTCOMES:
        result.add(outcome_day, facts, REPEAT_OUTCOMES[facts.outcome])
    if facts.rated_on:
        result.add(facts.rated_on, facts, "ratings")
        if facts.dissatisfied:
            result.add(facts.rated_on, facts, "dissatisfied")
    if facts.breached_on:
        result.add(facts.breached_on, facts, "breached")
    if facts.open_due:
        result.add(facts.open_due, facts, "open")
    result.merge(listed_contributions(facts))
    return result


def listed_contributions(facts: Facts | None) -> Contribution:
    """The part of `contributions` that comes from lists: the reasons given with a
    dissatisfied rating, the days unjustified extensions were decided."""
    result = Contribution()
    if facts is None:
        return result
    if facts.rated_on and facts.dissatisfied:
        for reason in facts.reasons:
            result.add_spread(facts.rated_on, facts, REASON, reason)
    for day in facts.unjustified_extensions:
        result.add(day, facts, "unjustified_extensions")
    return result


def percentile(distribution: dict[int, int], share: float) -> float | None:
    """The value below which `share` of the counted answers fall (nearest rank), from a
    {working days: number of answers} distribution; None when there are none."""
    total = sum(distribution.values())
    if not total:
        return None
    rank = max(1, -(-share * total // 1))  # ceil(share * total), at least the first
    seen = 0
    for value in sorted(distribution):
        seen += distribution[value]
        if seen >= rank:
            return float(value)
    return float(max(distribution))


def median(distribution: dict[int, int]) -> float | None:
    """The median of a distribution, the mean of the two middle values when even."""
    total = sum(distribution.values())
    if not total:
        return None
    ordered = sorted(distribution)

    def nth(n: int) -> int:  # the n-th value, counting from 1
        seen = 0
        for value in ordered:
            seen += distribution[value]
            if seen >= n:
                return value
        return ordered[-1]

    if total % 2:
        return float(nth(total // 2 + 1))
    return (nth(total // 2) + nth(total // 2 + 1)) / 2
