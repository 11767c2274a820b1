"""The sphere model: trained on labelled appeals, it ranks the spheres for a new one.

Two classifiers read the same features: one ranks the top-level spheres (what routing
needs, with probabilities good enough to show as confidence), the other the sub-spheres
(the corpus and most corrections name them); the best sub-sphere inside the chosen sphere
comes along with its share, for the registrar to keep or drop.

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
from sklearn.linear_model import SGDClassifier
from sklearn.pipeline import FeatureUnion

from tyndau.routing.engine.features import fold, stems

FILE_PREFIX = "sphere-"
FILE_SUFFIX = ".joblib"
ALTERNATIVES = 3
# Logistic regression, a linear SVM and log-loss SGD, on character 2-5-grams with up to
# 60,000 features, came within two points of each other on the held-out part (top-1 0.67-0.70
# on the first 2,600 appeals of the corpus); log-loss SGD on 3-4-grams trains fastest, reads
# fastest and still gives probabilities.
ALPHA = 1e-5
EPOCHS = 15


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


def _one_vs_rest(scores: np.ndarray) -> np.ndarray:
    """One-vs-rest log-loss classifiers' probabilities, normalised as scikit-learn does."""
    probabilities = 1.0 / (1.0 + np.exp(-scores))
    return probabilities / probabilities.sum(axis=1, keepdims=True)


def top_level(code: str) -> str:
    """Sphere codes are dotted: "utilities.heating" belongs to "utilities"."""
    return code.split(".", 1)[0]


@dataclass
class SphereModel:
    version: str
    parts: dict  # "features", "sphere" and "sub" estimators
    info: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._spheres = [str(c) for c in self.parts["sphere"].classes_]
        self._subs = [str(c) for c in self.parts["sub"].classes_]
        self._subs_of = {
            sphere: [i for i, sub in enumerate(self._subs) if top_level(sub) == sphere]
            for sphere in self._spheres
        }
        # scikit-learn multiplies by a transposed copy of the weights on every call; with
        # 100 sub-spheres that copy costs milliseconds. Keep the transposed weights once.
        self._weights = {
            name: (
                np.ascontiguousarray(self.parts[name].coef_.T, dtype=np.float32),
                self.parts[name].intercept_.astype(np.float32),
            )
            for name in ("sphere", "sub")
        }

    @property
    def labels(self) -> list[str]:
        return self._spheres

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        if not texts:
            return []
        features = self.parts["features"].transform(list(texts))
        spheres = self._probabilities("sphere", features, _one_vs_rest)
        subs = self._probabilities("sub", features, _one_vs_rest)
        return [self._prediction(spheres[i], subs[i]) for i in range(len(texts))]

    def _probabilities(self, name: str, features, link) -> np.ndarray:
        weights, intercept = self._weights[name]
        if weights.shape[1] == 1:  # two classes: one weight vector, scikit-learn's own way
            return self.parts[name].predict_proba(features)
        return link(np.asarray(features @ weights) + intercept)

    def _prediction(self, spheres: np.ndarray, subs: np.ndarray) -> Prediction:
        order = np.argsort(-spheres)
        best = self._spheres[order[0]]
        alternatives = [
            Guess(self._spheres[i], round(float(spheres[i]), 4))
            for i in order[1 : 1 + ALTERNATIVES]
        ]
        inside = self._subs_of.get(best, [])
        sub_code, share = None, 0.0
        if inside:
            total = float(subs[inside].sum())
            sub = max(inside, key=lambda i: subs[i])
            share = float(subs[sub]) / total if total else 0.0
            sub_code = self._subs[sub] if self._subs[sub] != best else None
        return Prediction(
            best, round(float(spheres[order[0]]), 4), alternatives, sub_code, round(share, 4)
        )

    def save(self, directory: Path) -> Path:
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / f"{FILE_PREFIX}{self.version}{FILE_SUFFIX}"
        temporary = path.with_suffix(".partial")
        payload = {"version": self.version, "parts": self.parts, "info": self.info}
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
        return cls(payload["version"], payload["parts"], payload["info"])


class IncompatibleModel(Exception):
    pass


def latest_model_path(directory: Path) -> Path | None:
    """The newest model in `directory`; versions start with the training time, so the
    newest sorts last."""
    found = sorted(directory.glob(f"{FILE_PREFIX}*{FILE_SUFFIX}")) if directory.is_dir() else []
    return found[-1] if found else None


def build_features() -> FeatureUnion:
    return FeatureUnion(
        [
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb",
                    preprocessor=fold,
                    ngram_range=(3, 4),
                    min_df=2,
                    sublinear_tf=True,
                    max_features=30_000,
                    dtype=np.float32,
                ),
            ),
            (
                "stems",
                TfidfVectorizer(analyzer=stems, min_df=2, sublinear_tf=True, dtype=np.float32),
            ),
        ]
    )


def _classifier(seed: int) -> SGDClassifier:
    return SGDClassifier(loss="log_loss", alpha=ALPHA, max_iter=EPOCHS, tol=None, random_state=seed)


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
    features = build_features()
    matrix = features.fit_transform([e.text for e in examples])
    weights = np.array([e.weight for e in examples])
    sphere = _classifier(seed)
    sphere.fit(matrix, [top_level(e.label) for e in examples], sample_weight=weights)
    sub = _classifier(seed)
    sub.fit(matrix, [e.label for e in examples], sample_weight=weights)
    details = {
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "examples": len(examples),
        "sklearn": sklearn.__version__,
        **(info or {}),
    }
    parts = {"features": features, "sphere": sphere, "sub": sub}
    return SphereModel(version_for(examples), parts, details)
