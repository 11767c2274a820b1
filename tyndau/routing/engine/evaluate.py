"""Measure intake intelligence on the corpus's held-out part:

    python -m tyndau.routing.engine.evaluate [--json] [--mistakes]

Trains on the training part (never on the held-out one), then reports per language: sphere
accuracy top-1 and top-3, urgency precision and recall, language accuracy; and the speed:
appeals per second in batch mode on one core, one appeal's latency, the model file's size
and its load time. The figures in the README come from here.
"""

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tyndau.routing.engine import corpus, language
from tyndau.routing.engine.classifier import Example, SphereModel, top_level, train
from tyndau.routing.engine.features import routing_text
from tyndau.routing.engine.router import Incoming, Router


@dataclass
class LanguageFigures:
    appeals: int = 0
    top1: float = 0.0
    top3: float = 0.0
    urgent: int = 0
    urgency_precision: float = 0.0
    urgency_recall: float = 0.0
    language_accuracy: float = 0.0


@dataclass
class Figures:
    trained_on: int
    held_out: int
    by_language: dict[str, LanguageFigures]
    overall: LanguageFigures
    appeals_per_second: float
    single_ms: float
    model_mb: float
    load_seconds: float
    train_seconds: float
    mistakes: list[dict] = field(default_factory=list)


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def measure(rows: list[tuple[corpus.CorpusAppeal, object]]) -> LanguageFigures:
    """Accuracy of (corpus appeal, its routing) pairs."""
    top1 = top3 = tp = fp = fn = language_right = 0
    for appeal, routing in rows:
        expected = top_level(appeal.sphere)
        top1 += routing.sphere == expected
        top3 += expected in routing.prediction.ranked[:3]
        tp += routing.urgency.urgent and appeal.urgent
        fp += routing.urgency.urgent and not appeal.urgent
        fn += appeal.urgent and not routing.urgency.urgent
        language_right += routing.language.code == appeal.language
    return LanguageFigures(
        appeals=len(rows),
        top1=_ratio(top1, len(rows)),
        top3=_ratio(top3, len(rows)),
        urgent=sum(a.urgent for a, _r in rows),
        urgency_precision=_ratio(tp, tp + fp),
        urgency_recall=_ratio(tp, tp + fn),
        language_accuracy=_ratio(language_right, len(rows)),
    )


def _throughput(router: Router, batch: list[Incoming], rounds: int = 5) -> float:
    speeds = []
    for _ in range(rounds):
        started = time.perf_counter()
        router.route_many(batch)
        speeds.append(len(batch) / (time.perf_counter() - started))
    return round(statistics.median(speeds), 1)


def _single_ms(router: Router, batch: list[Incoming], count: int = 300) -> float:
    timings = []
    for item in batch[:count]:
        started = time.perf_counter()
        router.route(item)
        timings.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(timings), 2)


def evaluate(directory: Path = corpus.CORPUS_DIR, with_mistakes: bool = False) -> Figures:
    training, held_out = corpus.split(corpus.read(directory))
    started = time.perf_counter()
    model = train([Example(routing_text(a.subject, a.text), a.sphere) for a in training])
    train_seconds = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as scratch:
        path = model.save(Path(scratch))
        size = path.stat().st_size / 2**20
        started = time.perf_counter()
        model = SphereModel.load(path)
        load_seconds = time.perf_counter() - started
    router = Router(model)
    language.warm_up()
    batch = [Incoming(a.text, a.subject) for a in held_out]
    routings = router.route_many(batch)
    pairs = list(zip(held_out, routings, strict=True))
    by_language = defaultdict(list)
    for appeal, routing in pairs:
        by_language[appeal.language].append((appeal, routing))
    mistakes = []
    if with_mistakes:
        mistakes = [
            {
                "id": a.id,
                "expected": top_level(a.sphere),
                "got": r.sphere,
                "urgent": [a.urgent, r.urgency.urgent, r.urgency.reason],
                "language": [a.language, r.language.code],
                "text": a.text[:160],
            }
            for a, r in pairs
            if r.sphere != top_level(a.sphere)
            or r.urgency.urgent != a.urgent
            or r.language.code != a.language
        ]
    return Figures(
        trained_on=len(training),
        held_out=len(held_out),
        by_language={k: measure(v) for k, v in sorted(by_language.items())},
        overall=measure(pairs),
        appeals_per_second=_throughput(router, batch),
        single_ms=_single_ms(router, batch),
        model_mb=round(size, 1),
        load_seconds=round(load_seconds, 2),
        train_seconds=round(train_seconds, 1),
        mistakes=mistakes,
    )


def _table(figures: Figures) -> str:
    lines = [
        f"Trained on {figures.trained_on} appeals in {figures.train_seconds} s; "
        f"held out {figures.held_out}.",
        "",
        "language  appeals  top-1  top-3  urgent  urg.P  urg.R  lang.acc",
    ]
    rows = [*figures.by_language.items(), ("all", figures.overall)]
    for code, f in rows:
        lines.append(
            f"{code:<9} {f.appeals:>7}  {f.top1:>5.3f}  {f.top3:>5.3f}  {f.urgent:>6}  "
            f"{f.urgency_precision:>5.3f}  {f.urgency_recall:>5.3f}  {f.language_accuracy:>8.3f}"
        )
    lines += [
        "",
        f"Routing + urgency + language: {figures.appeals_per_second:.0f} appeals/s in batch "
        f"on one core; one appeal {figures.single_ms} ms (median).",
        f"Model file {figures.model_mb} MB, loads in {figures.load_seconds} s.",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--mistakes", action="store_true", help="list what went wrong")
    options = parser.parse_args(argv)
    figures = evaluate(with_mistakes=options.mistakes)
    if options.json:
        json.dump(asdict(figures), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    print(_table(figures))
    if options.mistakes:
        confusion = Counter((m["expected"], m["got"]) for m in figures.mistakes)
        print("\nMost confused (expected → got):")
        for (expected, got), count in confusion.most_common(15):
            if expected != got:
                print(f"  {expected} → {got}: {count}")


if __name__ == "__main__":
    main()
