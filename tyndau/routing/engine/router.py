"""One pass over an appeal's text: its sphere, urgency and language together."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tyndau.routing.engine import language, urgency
from tyndau.routing.engine.classifier import Guess, Prediction, SphereModel
from tyndau.routing.engine.features import routing_text


@dataclass(frozen=True)
class Incoming:
    text: str
    subject: str = ""
    received: date | None = None


@dataclass(frozen=True)
class Routing:
    prediction: Prediction | None
    urgency: urgency.Urgency
    language: language.LanguageReading
    model_version: str | None

    @property
    def sphere(self) -> str | None:
        return self.prediction.sphere if self.prediction else None

    @property
    def alternatives(self) -> list[Guess]:
        return self.prediction.alternatives if self.prediction else []

    def as_dict(self) -> dict:
        """The shape `tyndau route` writes per line."""
        prediction = self.prediction
        return {
            "sphere": prediction.sphere if prediction else None,
            "sphere_confidence": prediction.confidence if prediction else None,
            "sub_sphere": prediction.sub_sphere if prediction else None,
            "alternatives": [
                {"sphere": g.sphere, "confidence": g.confidence} for g in self.alternatives
            ],
            "urgent": self.urgency.urgent,
            "urgency_reason": self.urgency.reason or None,
            "language": self.language.code,
            "model_version": self.model_version,
        }


class Router:
    """Routes with `model` when there is one; without it, urgency and language still work."""

    def __init__(self, model: SphereModel | None):
        self.model = model

    @property
    def version(self) -> str | None:
        return self.model.version if self.model else None

    def route(self, incoming: Incoming) -> Routing:
        return self.route_many([incoming])[0]

    def route_many(self, batch: Sequence[Incoming]) -> list[Routing]:
        texts = [routing_text(item.subject, item.text) for item in batch]
        predictions = self.model.predict(texts) if self.model else [None] * len(batch)
        return [
            Routing(
                prediction,
                urgency.detect(f"{item.subject}. {item.text}", item.received),
                language.detect(item.text or item.subject),
                self.version,
            )
            for item, prediction in zip(batch, predictions, strict=True)
        ]
