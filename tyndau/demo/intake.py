"""What intake would have made of the demo appeals: the routing card (suggestion, and the
registrar's review of it) and the fingerprint the repeat and campaign checks compare; and
one mass campaign filed today, for the head to answer at once."""

import datetime as dt
import random
from collections.abc import Sequence

from django.utils import timezone

from tyndau.appeals.identifiers import make_iin
from tyndau.appeals.models import Appeal
from tyndau.appeals.services import AppealDraft, Applicant, file_appeal
from tyndau.appeals.workflow import Status
from tyndau.directory.models import Body
from tyndau.related.models import Fingerprint
from tyndau.related.services import fingerprint_for
from tyndau.routing.engine.classifier import top_level
from tyndau.routing.engine.router import Incoming
from tyndau.routing.models import Review, Suggestion
from tyndau.routing.services import Reading, read_many, suggestion_for

# How long after receipt the registrar looked at the routing card.
REVIEW_DELAY = dt.timedelta(minutes=25)


def read_demo(appeals: Sequence[Appeal]) -> list[Reading]:
    """Route a batch of demo appeals (before they are saved) and give the urgent ones the
    reason the rules find in their text."""
    readings = read_many(
        [
            (Incoming(a.text, a.subject, timezone.localdate(a.received_at)), a.territory)
            for a in appeals
        ]
    )
    for appeal, reading in zip(appeals, readings, strict=True):
        if appeal.is_urgent:
            appeal.urgency_reason = reading.routing.urgency.reason
    return readings


def save_intake(appeals: Sequence[Appeal], readings: Sequence[Reading], staff: dict) -> None:
    """Suggestions, reviewed as a registrar would have once the appeal moved on, and
    fingerprints, in bulk (the appeals are saved by now)."""
    suggestions = []
    for appeal, reading in zip(appeals, readings, strict=True):
        suggestion = suggestion_for(appeal, reading)
        if appeal.status != Status.REGISTERED and appeal.sphere_id:
            agrees = suggestion.sphere_id is not None and top_level(
                suggestion.sphere.code
            ) == top_level(appeal.sphere.code)
            suggestion.review = Review.CONFIRMED if agrees else Review.CORRECTED
            suggestion.chosen_sphere = appeal.sphere
            people = staff.get(appeal.body_id)
            suggestion.reviewed_by = people.registrar if people else None
            suggestion.reviewed_at = appeal.received_at + REVIEW_DELAY
        suggestions.append(suggestion)
    Suggestion.objects.bulk_create(suggestions, batch_size=500)
    Fingerprint.objects.bulk_create([fingerprint_for(a) for a in appeals], batch_size=500)


CAMPAIGN_SUBJECT = "Против вырубки сквера у школы №45"
CAMPAIGN_LETTER = (
    "Уважаемый аким! Мы, жители микрорайона у школы №45, узнали, что в сквере между школой "
    "и домами по улице Кенесары собираются вырубить деревья под строительство торгового "
    "центра. Этот сквер — единственное место, где гуляют дети и пожилые люди нашего "
    "квартала. Просим сохранить сквер, показать документы на строительство и провести "
    "общественные слушания до начала любых работ."
)
CAMPAIGN_SIGNATURES = [
    "С уважением, {name}, дом {house}.",
    "{name}, житель дома {house}. Прошу ответить письменно.",
    "Подписываюсь под каждым словом. {name}, ул. Кенесары, {house}.",
    "{name} (дом {house}), мама двоих школьников.",
]
# Full names (surname, name, patronymic), so each letter's salutation comes out right.
WOMEN = [
    ("Сапарова", "Айгерим", "Маратовна"),
    ("Иванова", "Светлана", "Петровна"),
    ("Жумабаева", "Динара", "Ерлановна"),
    ("Ким", "Гульнара", "Сергеевна"),
]
MEN = [
    ("Ахметов", "Ерлан", "Кайратович"),
    ("Нургалиев", "Марат", "Асхатович"),
    ("Беков", "Олег", "Викторович"),
    ("Ким", "Асхат", "Бауржанович"),
]


def campaign_size(appeals: int) -> int:
    """How many of the demo's appeals are today's campaign letters (none in a tiny demo)."""
    letters = min(36, appeals // 20)
    return letters if letters >= 10 else 0


def file_campaign(rng: random.Random, body: Body, letters: int) -> int:
    """A campaign arriving today: many residents sending nearly the same letter through the
    web form, grouped by the intake check as they are filed."""
    filed = 0
    for number in range(letters):
        woman = rng.random() < 0.6
        name = " ".join(rng.choice(WOMEN if woman else MEN))
        signature = rng.choice(CAMPAIGN_SIGNATURES).format(name=name, house=rng.randint(1, 60))
        draft = AppealDraft(
            kind="proposal" if number % 5 == 0 else "complaint",
            language="ru",
            subject=CAMPAIGN_SUBJECT,
            text=f"{CAMPAIGN_LETTER} {signature}",
            territory=body.territory,
            body=body,
            is_urgent=False,
            applicant=Applicant(
                name=name,
                iin_bin=make_iin(rng, dt.date(rng.randint(1950, 2004), 3, 1), not woman),
                email=f"skver.resident{number}@example.kz",
                phone=f"+7 701 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            ),
        )
        file_appeal(draft)
        filed += 1
    return filed
