"""Precision and recall of the check on the labelled evaluation set.

    python -m tyndau.answers.quality.evaluate            # both sets, as a table
    python -m tyndau.answers.quality.evaluate --json     # the figures as JSON

The set is two files written apart: `dev.jsonl`, which the patterns were tuned on, and
`test.jsonl`, held out — written by someone else and only scored, never tuned on.
"""

import argparse
import json
import statistics
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tyndau.answers.quality.check import ELEMENTS, check

EVALUATION = Path(__file__).parent / "evaluation"
SETS = ("dev", "test")
# The labelled kinds; a partial answer still answers on the merits, so the check should
# call it full (and list what it lacks).
EXPECTED_VERDICT = {"full": "full", "partial": "full", "formal": "formal", "off_topic": "off_topic"}


@dataclass(frozen=True)
class Figure:
    name: str
    true_positive: int
    false_positive: int
    false_negative: int
    true_negative: int

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        actual = self.true_positive + self.false_negative
        return self.true_positive / actual if actual else 1.0

    @property
    def support(self) -> int:
        return self.true_positive + self.false_negative


def load(name: str) -> list[dict]:
    path = EVALUATION / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def figures(pairs: Iterable[dict]) -> dict[str, Figure]:
    """For the verdicts formal and off_topic, and for each element: TP, FP, FN, TN."""
    counts = {
        name: [0, 0, 0, 0] for name in ("formal", "off_topic", "flagged", "verdict", *ELEMENTS)
    }
    for pair in pairs:
        report = check(pair["appeal"], pair["answer"])
        expected = EXPECTED_VERDICT[pair["kind"]]
        for verdict in ("formal", "off_topic"):
            _count(counts[verdict], report.verdict == verdict, expected == verdict)
        # Either verdict stops the answer until someone gives a reason: "flagged".
        flagged = ("formal", "off_topic")
        _count(counts["flagged"], report.verdict in flagged, expected in flagged)
        _count(counts["verdict"], report.verdict == expected, True)
        for element in ELEMENTS:
            _count(counts[element], report.elements[element].present, pair["elements"][element])
    return {name: Figure(name, *c) for name, c in counts.items()}


def _count(cell: list[int], predicted: bool, actual: bool) -> None:
    cell[
        {(True, True): 0, (True, False): 1, (False, True): 2, (False, False): 3}[
            (predicted, actual)
        ]
    ] += 1


def confusion(pairs: Iterable[dict]) -> dict[str, dict[str, int]]:
    """Labelled kind → the check's verdict → how many."""
    table: dict[str, dict[str, int]] = {}
    for pair in pairs:
        verdict = check(pair["appeal"], pair["answer"]).verdict
        row = table.setdefault(pair["kind"], {v: 0 for v in ("full", "formal", "off_topic")})
        row[verdict] += 1
    return table


def milliseconds_per_check(pairs: list[dict], rounds: int = 5) -> float:
    """The median over `rounds` of the mean time of one check across the pairs."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for pair in pairs:
            check(pair["appeal"], pair["answer"])
        times.append((time.perf_counter() - start) / len(pairs) * 1000)
    return statistics.median(times)


def mistakes(pairs: Iterable[dict]) -> list[str]:
    """Lines naming each pair whose verdict or an element the check got wrong."""
    lines = []
    for pair in pairs:
        report = check(pair["appeal"], pair["answer"])
        wrong = [
            f"{e}={'+' if report.elements[e].present else '-'}"
            for e in ELEMENTS
            if report.elements[e].present != pair["elements"][e]
        ]
        expected = EXPECTED_VERDICT[pair["kind"]]
        if report.verdict != expected or wrong:
            lines.append(
                f"{pair['id']}: {pair['kind']} → {report.verdict} "
                f"(coverage {report.coverage:.2f}) {' '.join(wrong)}"
            )
    return lines


def table(results: dict[str, dict[str, Figure]]) -> str:
    names = list(next(iter(results.values())))
    head = "| figure | " + " | ".join(f"{s}: precision | recall | n" for s in results) + " |"
    rule = "|---|" + "---|---|---|" * len(results)
    rows = []
    for name in names:
        cells = []
        for figures_of_set in results.values():
            f = figures_of_set[name]
            if name == "verdict":
                cells.append(f"accuracy {f.recall:.2f} | | {f.support}")
            else:
                cells.append(f"{f.precision:.2f} | {f.recall:.2f} | {f.support}")
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join([head, rule, *rows])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--mistakes", action="store_true", help="list the pairs judged wrong")
    parser.add_argument("sets", nargs="*", default=list(SETS))
    args = parser.parse_args(argv)
    data = {name: load(name) for name in args.sets}
    results = {name: figures(pairs) for name, pairs in data.items()}
    if args.json:
        out = {
            s: {
                n: {"precision": f.precision, "recall": f.recall, "support": f.support}
                for n, f in figs.items()
            }
            for s, figs in results.items()
        }
        print(json.dumps(out, indent=2))
    else:
        print(table(results))
    if not args.json:
        every_pair = [pair for pairs in data.values() for pair in pairs]
        print(f"\none check: {milliseconds_per_check(every_pair):.1f} ms (median of 5 rounds)")
        for name, pairs in data.items():
            print(f"\n{name}: labelled kind → verdict of the check")
            print("| kind | full | formal | off_topic |\n|---|---|---|---|")
            for kind, row in confusion(pairs).items():
                print(f"| {kind} | {row['full']} | {row['formal']} | {row['off_topic']} |")
    if args.mistakes:
        for name, pairs in data.items():
            print(f"\n{name}:")
            print("\n".join(mistakes(pairs)) or "none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
