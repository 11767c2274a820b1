"""Shared fixtures: officers of every role in two bodies, and a way to file appeals."""

import datetime as dt
import random

import pytest

from tyndau.accounts.models import Role, User
from tyndau.appeals import identifiers
from tyndau.appeals.services import AppealDraft, Applicant, file_appeal
from tyndau.directory.models import Body, Territory

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture(autouse=True)
def fresh_calendar():
    """The calendar is cached for 30 s; a test's rolled-back corrections must not leak."""
    from tyndau.deadlines.services import forget_calendar

    forget_calendar()
    yield
    forget_calendar()


def make_officer(username: str, role: str, body: Body) -> User:
    user = User.objects.create_user(
        username,
        f"{username}@example.kz",
        PASSWORD,
        role=role,
        body=body,
        last_name=username.split(".")[0].capitalize(),
        first_name="Test",
    )
    return user


@pytest.fixture
def astana(db) -> Body:
    return Body.objects.get(code="AKM-AST")


@pytest.fixture
def karaganda(db) -> Body:
    return Body.objects.get(code="AKM-KAR")


@pytest.fixture
def officers(astana, karaganda) -> dict[str, User]:
    """Every role in Astana's akimat (executors in one of its units) and a Karaganda head."""
    unit = astana.children.filter(kind=Body.Kind.UNIT).first()
    return {
        "registrar": make_officer("registrar.ast", Role.REGISTRAR, astana),
        "executor": make_officer("executor.ast", Role.EXECUTOR, unit),
        "executor2": make_officer("executor2.ast", Role.EXECUTOR, unit),
        "head": make_officer("head.ast", Role.HEAD, astana),
        "analyst": make_officer("analyst.ast", Role.ANALYST, astana),
        "admin": make_officer("admin.ast", Role.ADMIN, astana),
        "foreign_head": make_officer("head.kar", Role.HEAD, karaganda),
        "foreign_executor": make_officer("executor.kar", Role.EXECUTOR, karaganda),
    }


def valid_iin(seed: int = 1) -> str:
    return identifiers.make_iin(random.Random(seed), dt.date(1990, 5, 17), True)


@pytest.fixture
def draft_for():
    def build(body: Body | None = None, **overrides) -> AppealDraft:
        territory = (
            body.territory
            if body and body.territory_id
            else Territory.objects.get(kato="710000000")
        )
        values = {
            "kind": "complaint",
            "language": "ru",
            "subject": "Нет отопления в доме",
            "text": "В доме по улице Абая, 10 с 1 ноября нет отопления, в квартирах +12.",
            "territory": territory,
            "body": body,
            "is_urgent": False,  # the text is urgent in winter; tests that want urgency say so
            "applicant": Applicant(
                name="Нурланов Айдар Серикович",
                iin_bin=valid_iin(),
                email="aidar@example.kz",
                phone="+7 701 123 45 67",
            ),
        }
        values.update(overrides)
        return AppealDraft(**values)

    return build


@pytest.fixture
def file(draft_for):
    def filed(body: Body | None = None, **overrides):
        return file_appeal(draft_for(body, **overrides))

    return filed


@pytest.fixture(scope="session")
def routing_model_dir(tmp_path_factory):
    """A sphere model trained once per test run on the corpus's training part."""
    from tyndau.routing.engine import corpus
    from tyndau.routing.engine.classifier import Example, train
    from tyndau.routing.engine.features import routing_text

    training, _held_out = corpus.split(corpus.read())
    model = train([Example(routing_text(a.subject, a.text), a.sphere) for a in training])
    directory = tmp_path_factory.mktemp("routing-models")
    model.save(directory)
    return directory


@pytest.fixture
def routed(settings, routing_model_dir):
    """Filing routes with the trained model."""
    settings.ROUTING_MODEL_DIR = routing_model_dir
    return routing_model_dir
