"""Routing at intake: read an appeal's text, suggest its sphere and body, mark it urgent when it
cannot wait, detect its language; then learn from what the registrar confirms or corrects.

The model is the newest `sphere-*.joblib` in `settings.ROUTING_MODEL_DIR`, built by
`tyndau train`. Without one, urgency and language still work and the sphere is left to the
registrar.
"""

import logging
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tyndau.accounts.models import User
from tyndau.accounts.permissions import Action, can
from tyndau.appeals import services as appeals
from tyndau.appeals.models import Appeal, EventKind
from tyndau.directory import cache as directory_cache
from tyndau.directory.models import Body, Sphere, Territory
from tyndau.routing.engine import corpus
from tyndau.routing.engine.classifier import (
    Example,
    IncompatibleModel,
    SphereModel,
    latest_model_path,
    top_level,
    train,
)
from tyndau.routing.engine.features import routing_text
from tyndau.routing.engine.router import Incoming, Router, Routing
from tyndau.routing.models import Review, Suggestion

log = logging.getLogger(__name__)

# A human's correction teaches more than an example from the corpus.
CORRECTION_WEIGHT = 3.0
CONFIRMATION_WEIGHT = 1.0
# A body learnt from corrections replaces the rule when this many reviewed appeals of one
# sphere and territory went there, and at least this share of them.
LEARNT_BODY_MIN_APPEALS = 3
LEARNT_BODY_MIN_SHARE = 0.6
# The sub-sphere is applied when it holds at least this share of its sphere's probability.
SUB_SPHERE_SHARE = 0.5


class _Loaded:
    lock = threading.Lock()
    key: tuple | None = None
    router: Router = Router(None)


def model_dir() -> Path:
    return Path(settings.ROUTING_MODEL_DIR)


def router() -> Router:
    """The router with the newest model, loaded once per process and again when a newer
    model file appears."""
    path = latest_model_path(model_dir())
    key = (str(path), path.stat().st_mtime) if path else None
    if key != _Loaded.key:
        with _Loaded.lock:
            if key != _Loaded.key:
                _Loaded.router = Router(_load(path))
                _Loaded.key = key
    return _Loaded.router


def warm_up() -> None:
    """Load the model and the language detector now rather than on the first appeal: the
    production server calls it in its master process, so that the workers forked from it
    share that memory and a worker replacing a dead one routes at once."""
    router().route_many(
        [Incoming(text=text) for text in ("Жарық жоқ, көмектесіңіз.", "Нет света.", "No light.")]
    )


def _load(path: Path | None) -> SphereModel | None:
    if path is None:
        log.warning("No routing model in %s: run `tyndau train`.", model_dir())
        return None
    try:
        return SphereModel.load(path)
    except IncompatibleModel as error:
        log.error("%s", error)
        return None


@dataclass(frozen=True)
class Reading:
    """A routing and the database objects it names."""

    routing: Routing
    sphere: Sphere | None
    sub_sphere: Sphere | None
    body: Body | None
    # The model's next guesses, each with the body it would send the appeal to.
    alternatives: list[dict]

    @property
    def best_sphere(self) -> Sphere | None:
        """The sub-sphere when the model is fairly sure of it inside its sphere."""
        prediction = self.routing.prediction
        if self.sub_sphere and prediction and prediction.sub_confidence >= SUB_SPHERE_SHARE:
            return self.sub_sphere
        return self.sphere

    @property
    def confident(self) -> bool:
        prediction = self.routing.prediction
        return prediction is not None and prediction.confidence >= settings.ROUTING_MIN_CONFIDENCE


def read(subject: str, text: str, territory: Territory, received: date | None = None) -> Reading:
    return read_many([(Incoming(text=text, subject=subject, received=received), territory)])[0]


def read_many(items: Sequence[tuple[Incoming, Territory]]) -> list[Reading]:
    """Readings of a batch: the model reads the texts together (its fastest way), and each
    sphere and each (sphere, territory)'s body is looked up once."""
    current = router()
    routings = current.route_many([incoming for incoming, _territory in items])
    codes = set()
    for routing in routings:
        if routing.prediction:
            codes.update(routing.prediction.ranked)
            codes.add(routing.prediction.sub_sphere)
    spheres = {}
    for code in codes - {None}:
        row = directory_cache.sphere_by_code(code)
        if row is not None:
            spheres[code] = directory_cache.instance(Sphere, row)
    bodies: dict[tuple[str, int], Body | None] = {}

    def body_for(sphere: Sphere, territory: Territory) -> Body | None:
        key = (sphere.code, territory.pk)
        if key not in bodies:
            bodies[key] = suggested_body(sphere, territory, current)
        return bodies[key]

    readings = []
    for routing, (_incoming, territory) in zip(routings, items, strict=True):
        prediction = routing.prediction
        if prediction is None:
            readings.append(Reading(routing, None, None, None, []))
            continue
        sphere = spheres.get(prediction.sphere)
        alternatives = [
            {
                "sphere": guess.sphere,
                "confidence": guess.confidence,
                "body": getattr(body_for(spheres[guess.sphere], territory), "code", None),
            }
            for guess in prediction.alternatives
            if guess.sphere in spheres
        ]
        readings.append(
            Reading(
                routing,
                sphere,
                spheres.get(prediction.sub_sphere or ""),
                body_for(sphere, territory) if sphere else None,
                alternatives,
            )
        )
    return readings


def suggested_body(
    sphere: Sphere, territory: Territory, with_router: Router | None = None
) -> Body | None:
    """The body registrars chose for this sphere and territory, when the model learnt one;
    otherwise the competent body by the rule."""
    model = (with_router or router()).model
    learnt = model.info.get("bodies", {}) if model else {}
    code = learnt.get(f"{top_level(sphere.code)}|{territory.kato}")
    if code:
        row = directory_cache.by_field(Body, "code", is_active=True).get(code)
        if row is not None:
            return directory_cache.instance(Body, row)
    try:
        return appeals.competent_body(territory, sphere)
    except appeals.DomainError:
        return None


def moves_appeal(appeal: Appeal, body: Body | None) -> bool:
    """Whether sending the appeal to `body` takes it out of the body that has it now."""
    return body is not None and not body.path.startswith(appeal.body.top.path)


def record(appeal: Appeal, reading: Reading) -> Suggestion:
    suggestion = suggestion_for(appeal, reading)
    suggestion.save()
    return suggestion


def suggestion_for(appeal: Appeal, reading: Reading) -> Suggestion:
    """The suggestion to keep for `appeal`, not yet saved (the demo saves them in bulk)."""
    routing = reading.routing
    prediction = routing.prediction
    return Suggestion(
        appeal=appeal,
        model_version=routing.model_version or "",
        sphere=reading.sphere,
        sub_sphere=reading.sub_sphere,
        confidence=prediction.confidence if prediction else None,
        alternatives=reading.alternatives,
        body=reading.body,
        language=routing.language.code,
        urgent=routing.urgency.urgent,
        urgency_reason=routing.urgency.reason,
        urgency_evidence=routing.urgency.evidence,
    )


def confirm(appeal: Appeal, *, actor: User) -> Suggestion:
    """The registrar agrees with the appeal's sphere as it stands."""
    if not can(actor, Action.REDIRECT, appeal):
        raise PermissionDenied
    suggestion = _suggestion_of(appeal)
    with transaction.atomic():
        suggestion.review = (
            Review.CONFIRMED if _agrees(suggestion, appeal.sphere) else Review.CORRECTED
        )
        suggestion.chosen_sphere = appeal.sphere
        _reviewed(suggestion, actor)
        appeals.record_event(
            appeal,
            EventKind.ROUTING_REVIEWED,
            actor=actor,
            public=False,
            data={
                "review": suggestion.review,
                "sphere": appeal.sphere.code if appeal.sphere else None,
            },
        )
    return suggestion


def correct(appeal: Appeal, sphere: Sphere, *, actor: User) -> Suggestion:
    """The registrar sets another sphere. When it belongs to another body, the appeal goes
    there at once (a redirect, which the applicant is told of)."""
    if not can(actor, Action.REDIRECT, appeal):
        raise PermissionDenied
    suggestion = _suggestion_of(appeal)
    target = suggested_body(sphere, appeal.territory)
    with transaction.atomic():
        previous = appeal.sphere
        Appeal.objects.filter(pk=appeal.pk).update(sphere=sphere)
        appeal.sphere = sphere
        suggestion.chosen_sphere = sphere
        suggestion.review = Review.CONFIRMED if _agrees(suggestion, sphere) else Review.CORRECTED
        _reviewed(suggestion, actor)
        appeals.record_event(
            appeal,
            EventKind.ROUTING_REVIEWED,
            actor=actor,
            public=False,
            data={
                "review": suggestion.review,
                "from_sphere": previous.code if previous else None,
                "sphere": sphere.code,
            },
        )
        if moves_appeal(appeal, target):
            appeals.redirect(
                appeal,
                target,
                actor=actor,
                reason=str(_("The appeal is about: %(sphere)s.") % {"sphere": sphere.name}),
            )
    return suggestion


def _agrees(suggestion: Suggestion, sphere: Sphere | None) -> bool:
    """The model was right when the sphere chosen is the one it suggested or inside it."""
    return bool(sphere and suggestion.sphere and top_level(sphere.code) == suggestion.sphere.code)


def _suggestion_of(appeal: Appeal) -> Suggestion:
    suggestion = Suggestion.objects.filter(appeal=appeal).first()
    if suggestion is None:  # appeals filed before routing existed get an empty reading
        suggestion = Suggestion.objects.create(appeal=appeal, language=appeal.language)
    return suggestion


def _reviewed(suggestion: Suggestion, actor: User) -> None:
    suggestion.reviewed_by = actor
    suggestion.reviewed_at = timezone.now()
    suggestion.save(update_fields=["review", "chosen_sphere", "reviewed_by", "reviewed_at"])


def reviewed_examples() -> list[Example]:
    """Appeals whose sphere a registrar confirmed or corrected, as training examples."""
    rows = (
        Suggestion.objects.exclude(review=Review.PENDING)
        .filter(chosen_sphere__isnull=False)
        .values_list(
            "appeal__subject",
            "appeal__text",
            "chosen_sphere__code",
            "sphere__code",
            "sub_sphere__code",
        )
    )
    return [
        Example(
            routing_text(subject, text),
            chosen,
            CONFIRMATION_WEIGHT if chosen in (suggested, suggested_sub) else CORRECTION_WEIGHT,
        )
        for subject, text, chosen, suggested, suggested_sub in rows.iterator()
    ]


def learnt_bodies() -> dict[str, str]:
    """ "sphere|KATO" → body code, where registrars consistently sent one sphere of one
    territory to a body other than the rule's."""
    rows = (
        Suggestion.objects.exclude(review=Review.PENDING)
        .filter(chosen_sphere__isnull=False)
        .values_list("chosen_sphere__code", "appeal__territory__kato", "appeal__body__path")
    )
    counts: dict[str, Counter] = {}
    for sphere, kato, path in rows.iterator():
        top_body = path.split("/", 1)[0]
        counts.setdefault(f"{top_level(sphere)}|{kato}", Counter())[top_body] += 1
    learnt = {}
    for key, bodies in counts.items():
        body, count = bodies.most_common(1)[0]
        total = sum(bodies.values())
        if count >= LEARNT_BODY_MIN_APPEALS and count / total >= LEARNT_BODY_MIN_SHARE:
            learnt[key] = body
    return learnt


@dataclass(frozen=True)
class Trained:
    model: SphereModel
    path: Path
    corpus_examples: int
    reviewed_examples: int


def train_model(*, directory: Path | None = None, include_held_out: bool = False) -> Trained:
    """Train on the shipped corpus (its held-out part too, if asked) and every reviewed
    appeal in the database, and save the model as the newest version."""
    appeals_in_corpus = corpus.read()
    training, _held_out = corpus.split(appeals_in_corpus)
    chosen = appeals_in_corpus if include_held_out else training
    from_corpus = [Example(routing_text(a.subject, a.text), a.sphere) for a in chosen]
    from_reviews = reviewed_examples()
    model = train(
        from_corpus + from_reviews,
        info={
            "corpus_examples": len(from_corpus),
            "reviewed_examples": len(from_reviews),
            "held_out_included": include_held_out,
            "bodies": learnt_bodies(),
        },
    )
    path = model.save(directory or model_dir())
    return Trained(model, path, len(from_corpus), len(from_reviews))
