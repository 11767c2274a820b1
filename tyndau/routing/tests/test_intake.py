"""Routing at filing, the registrar's review, training on corrections, `tyndau route`."""

import io
import json

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from tyndau.appeals.models import AppealEvent, EventKind
from tyndau.appeals.workflow import Status
from tyndau.conftest import PASSWORD
from tyndau.directory.models import Sphere
from tyndau.routing import services
from tyndau.routing.models import Review, Suggestion

pytestmark = pytest.mark.django_db

HEATING = (
    "Нет отопления в квартире",
    "Уже неделю в нашем доме по улице Сарыарқа, 14 батареи холодные, отопление не "
    "работает, КСК и теплосети кивают друг на друга. Прошу обязать дать тепло.",
)


def test_filing_applies_the_suggestion_and_records_its_version(routed, file, astana):
    appeal = file(body=None, subject=HEATING[0], text=HEATING[1], sphere=None, language="").appeal
    suggestion = appeal.suggestion
    assert suggestion.sphere.code == "utilities"
    assert suggestion.model_version and suggestion.model_version in routed.glob("*").__next__().name
    assert 0 < suggestion.confidence <= 1 and len(suggestion.alternatives) == 3
    assert appeal.sphere.code.startswith("utilities") and appeal.body == astana
    assert appeal.language == "ru" and suggestion.language == "ru"
    assert suggestion.review == Review.PENDING


def test_urgent_text_gets_the_urgent_term_and_its_reason(routed, file):
    appeal = file(
        body=None,
        subject="Провод на земле",
        text="Возле школы №5 на тротуаре лежит оголённый провод, искрит, дети идут на уроки.",
        is_urgent=None,
    ).appeal
    assert appeal.is_urgent
    assert appeal.suggestion.urgency_reason == "safety"
    assert "оголённый провод" in appeal.suggestion.urgency_evidence
    assert appeal.terms.filter(rule="urgent").exists()


def test_kazakh_text_is_answered_in_kazakh(routed, file):
    appeal = file(
        body=None,
        subject="Жол жөндеу",
        text="Біздің ауылдағы орталық көшенің жолы әбден бұзылған, шұңқырлар көп, "
        "көктемде су толып, көлік жүре алмайды. Жөндеуді сұраймыз.",
        language="",
    ).appeal
    assert appeal.language == "kk" and appeal.suggestion.language == "kk"
    assert appeal.suggestion.sphere.code == "roads_transport"


def test_without_a_model_filing_still_works(file, astana):
    appeal = file(body=None, subject=HEATING[0], text=HEATING[1], sphere=None).appeal
    assert appeal.suggestion.model_version == "" and appeal.suggestion.sphere is None
    assert appeal.body == astana  # the local akimat by the rule


def test_confirm_and_one_click_correction(routed, file, officers, client):
    appeal = file(body=None, subject=HEATING[0], text=HEATING[1]).appeal
    client.login(username="registrar.ast", password=PASSWORD)
    with translation.override("ru"):
        page = client.get(reverse("appeals:detail", args=[appeal.reg_number]))
        assert reverse("routing:confirm", args=[appeal.reg_number]) in page.content.decode()
        client.post(reverse("routing:confirm", args=[appeal.reg_number]))
    suggestion = Suggestion.objects.get(appeal=appeal)
    assert suggestion.review == Review.CONFIRMED and suggestion.reviewed_by == officers["registrar"]
    water = Sphere.objects.get(code="utilities.water")
    with translation.override("ru"):
        client.post(reverse("routing:correct", args=[appeal.reg_number]), {"sphere": water.code})
    appeal.refresh_from_db()
    suggestion.refresh_from_db()
    assert appeal.sphere == water and suggestion.chosen_sphere == water
    assert suggestion.review == Review.CONFIRMED  # water is inside the suggested utilities
    assert AppealEvent.objects.filter(appeal=appeal, kind=EventKind.ROUTING_REVIEWED).count() == 2


def test_correction_to_a_ministry_sphere_redirects(routed, file, officers):
    appeal = file(body=None, subject=HEATING[0], text=HEATING[1]).appeal
    defence = Sphere.objects.get(code="defence")
    services.correct(appeal, defence, actor=officers["registrar"])
    appeal.refresh_from_db()
    assert appeal.status == Status.REDIRECTED and appeal.body.code == "MINDEF"
    assert appeal.suggestion.review == Review.CORRECTED


def test_other_bodies_cannot_review(routed, file, officers):
    from django.core.exceptions import PermissionDenied

    appeal = file(body=None, subject=HEATING[0], text=HEATING[1]).appeal
    with pytest.raises(PermissionDenied):
        services.confirm(appeal, actor=officers["foreign_head"])


def test_corrections_are_training_examples_and_teach_bodies(routed, file, officers, tmp_path):
    appeals = [file(body=None, subject=HEATING[0], text=HEATING[1]).appeal for _ in range(3)]
    water = Sphere.objects.get(code="utilities.water")
    for appeal in appeals:
        services.correct(appeal, water, actor=officers["registrar"])
    examples = services.reviewed_examples()
    assert len(examples) == 3 and {e.label for e in examples} == {"utilities.water"}
    assert all(e.weight == services.CORRECTION_WEIGHT for e in examples)
    assert services.learnt_bodies() == {"utilities|710000000": "AKM-AST"}


def test_train_command_writes_a_newer_version(settings, tmp_path, db):
    settings.ROUTING_MODEL_DIR = tmp_path
    out = io.StringIO()
    call_command("train", stdout=out)
    assert "Trained routing model" in out.getvalue()
    [path] = tmp_path.glob("sphere-*.joblib")
    call_command("train", "--if-missing", stdout=out)
    assert "present" in out.getvalue() and len(list(tmp_path.glob("sphere-*.joblib"))) == 1


def test_route_command_streams_jsonl_with_errors_per_line(routed, db, monkeypatch):
    lines = [
        {"id": 1, "text": HEATING[1], "territory": "710000000"},
        "not json",
        {"id": 3},
        {"id": 4, "text": "Біздің ауылда жол жоқ", "territory": "000"},
        {"id": "x", "text": "Ашық люк бар, балалар құлап кетуі мүмкін.", "received": "2026-13-01"},
        {"id": 6, "text": "На остановке лежит оголённый провод, искрит."},
    ]
    raw = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
    monkeypatch.setattr("sys.stdin", io.StringIO(raw + "\n"))
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    call_command("route", "--format", "jsonl")
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r.get("id") for r in results] == [1, None, 3, 4, "x", 6]
    assert results[0]["sphere"] == "utilities" and results[0]["body"] == "AKM-AST"
    assert set(results[0]) >= {
        "sphere_confidence",
        "alternatives",
        "urgent",
        "urgency_reason",
        "language",
        "model_version",
    }
    assert "error" in results[1] and "error" in results[2] and "territory" in results[3]["error"]
    assert "date" in results[4]["error"]
    assert results[5]["urgent"] and results[5]["urgency_reason"] == "safety"
    assert results[5]["language"] == "ru"
