"""The sphere model: trained on labelled appeals, it ranks the spheres for a new one.

It learns the sub-spheres (the corpus and most corrections name them) and answers at the
level routing needs: a top-level sphere's probability is the sum of its sub-spheres'. The
best sub-sphere inside the chosen sphere comes along, for the registrar to keep or drop.

A model is a file, `sphere-<version>.joblib`, whose version is the training time and a hash
of the examples it learnt from; every suggestion records that version.
"""

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import joblib
import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, make_pipeline

from tyndau.routing.engine.features import fold, stems

FILE_PREFIX = "sphere-"
FILE_SUFFIX = ".joblib"
ALTERNATIVES = 3


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    weight: float = 1.0


@dataclass(frozen=True)
class Guess:
    sphere: str
    confidence: float


@dataclass(frozen=True)
class Prediction:
    sphere: str
    confidence: float
    alternatives: list[Guess]
    sub_sphere: str | None = None
    sub_confidence: float = 0.0

    @property
    def ranked(self) -> list[str]:
        return [self.sphere] + [g.sphere for g in self.alternatives]


def top_level(code: str) -> str:
    """Sphere codes are dotted: "utilities.heating" belongs to "utilities"."""
    return code.split(".", 1)[0]


@dataclass
class SphereModel:
    version: str
    pipeline: object
    labels: list[str]
    info: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._tops = sorted({top_level(label) for label in self.labels})
        index = {top: i for i, top in enumerate(self._tops)}
        # Summing sub-sphere probabilities into their spheres is one matrix product.
        self._to_top = np.zeros((len(self.labels), len(self._tops)))
        for row, label in enumerate(self.labels):
            self._to_top[row, index[top_level(label)]] = 1.0

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        if not texts:
            return []
        leaf = self.pipeline.predict_proba(list(texts))
        top = leaf @ self._to_top
        return [self._prediction(leaf[i], top[i]) for i in range(len(texts))]

    def _prediction(self, leaf: np.ndarray, top: np.ndarray) -> Prediction:
        order = np.argsort(-top)
        best = self._tops[order[0]]
        alternatives = [
            Guess(self._tops[i], round(float(top[i]), 4)) for i in order[1 : 1 + ALTERNATIVES]
        ]
        inside = [i for i, label in enumerate(self.labels) if top_level(label) == best]
        sub = max(inside, key=lambda i: leaf[i])
        share = float(leaf[sub] / top[order[0]]) if top[order[0]] else 0.0
        sub_code = self.labels[sub] if self.labels[sub] != best else None
        return Prediction(
            best, round(float(top[order[0]]), 4), alternatives, sub_code, round(share, 4)
        )

    def save(self, directory: Path) -> Path:
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / f"{FILE_PREFIX}{self.version}{FILE_SUFFIX}"
        temporary = path.with_suffix(".partial")
        payload = {
            "version": self.version,
            "pipeline": self.pipeline,
            "labels": self.labels,
            "info": self.info,
        }
        joblib.dump(payload, temporary, compress=3)
        temporary.replace(path)  # a half-written model is never picked up as the latest
        return path

    @classmethod
    def load(cls, path: Path) -> "SphereModel":
        payload = joblib.load(path)
        trained_with = payload["info"].get("sklearn")
        if trained_with and trained_with != sklearn.__version__:
            raise IncompatibleModel(
                f"{path.name} was trained with scikit-learn {trained_with}, this is "
                f"{sklearn.__version__}: run `tyndau train` again."
            )
        return cls(payload["version"], payload["pipeline"], payload["labels"], payload["info"])


class IncompatibleModel(Exception):
    pass


def latest_model_path(directory: Path) -> Path | None:
    """The newest model in `directory`; versions start with the training time, so the
    newest sorts last."""
    found = sorted(directory.glob(f"{FILE_PREFIX}*{FILE_SUFFIX}")) if directory.is_dir() else []
    return found[-1] if found else None


def build_pipeline(seed: int = 0):
    features = FeatureUnion(
        [
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb",
                    preprocessor=fold,
                    ngram_range=(3, 5),
                    min_df=2,
                    sublinear_tf=True,
                    max_features=150_000,
                    dtype=np.float32,
                ),
            ),
            (
                "stems",
                TfidfVectorizer(
                    analyzer=stems, min_df=1, sublinear_tf=True, dtype=np.float32
                ),
            ),
        ]
    )
    classifier = LogisticRegression(C=20.0, max_iter=2000, random_state=seed)
    return make_pipeline(features, classifier)


def version_for(examples: Iterable[Example], now: datetime | None = None) -> str:
    digest = hashlib.sha256()
    for example in examples:
        digest.update(json.dumps([example.text, example.label, example.weight]).encode())
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    return f"{stamp}-{digest.hexdigest()[:8]}"


def train(examples: Sequence[Example], *, info: dict | None = None, seed: int = 0) -> SphereModel:
    """Fit the model on `examples`. Raises ValueError when there is nothing to learn from."""
    if len({e.label for e in examples}) < 2:
        raise ValueError("Training needs examples of at least two spheres.")
    pipeline = build_pipeline(seed)
    pipeline.fit(
        [e.text for e in examples],
        [e.label for e in examples],
        logisticregression__sample_weight=np.array([e.weight for e in examples]),
    )
    labels = [str(label) for label in pipeline.classes_]
    details = {
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "examples": len(examples),
        "sklearn": sklearn.__version__,
        **(info or {}),
    }
    return SphereModel(version_for(examples), pipeline, labels, details)
