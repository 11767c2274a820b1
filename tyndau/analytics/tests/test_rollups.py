"""The roll-ups kept current event by event equal the roll-ups rebuilt from the raw data."""

import datetime as dt
from collections import Counter

import pytest
from django.core.management import call_command
from django.db.models import Sum

from tyndau.analytics import services as analytics
from tyndau.analytics.models import DailyBodyFigures, DailyBodySpread, DailyFigures, DailySpread
from tyndau.analytics.rollup import MEASURES
from tyndau.answers import services as answers
from tyndau.appeals import services
from tyndau.appeals.services import Applicant
from tyndau.conftest import valid_iin
from tyndau.deadlines import services as deadlines
from tyndau.directory.models import Body
from tyndau.ratings import services as ratings

pytestmark = pytest.mark.django_db

FULL = (
    "Уважаемый Айдар Серикович!\n"
    "Благодарим Вас за обращение. Подача тепла в дом по ул. Абая, 10 восстановлена 5 ноября: "
    "на теплотрассе заменена задвижка, температура в квартирах +21.\n"
    "Решение: обращение удовлетворено.\n"
    "Основание: пункт 1 статьи 35 Закона РК «О жилищных отношениях».\n"
    "Исполнитель: Иванов И.И., тел. 8 (7172) 55-12-34, e-mail ivanov@astana.gov.kz.\n"
    "В случае несогласия Вы вправе обжаловать решение в вышестоящий орган или в суд "
    "(статья 91 АППК РК)."
)


def snapshot() -> tuple[dict, dict]:
    figures = {}
    for row in DailyFigures.objects.values():
        key = (row["day"], row["body"], row["territory"], row["sphere"], row["executor"])
        counts = {m: row[m] for m in MEASURES if row[m]}
        if counts:
            figures[key] = counts
    spread = {
        (r.day, r.body, r.territory, r.sphere, r.executor, r.measure, r.value): r.count
        for r in DailySpread.objects.all()
        if r.count
    }
    per_body = {
        (row["day"], row["body"]): {m: row[m] for m in MEASURES if row[m]}
        for row in DailyBodyFigures.objects.values()
        if any(row[m] for m in MEASURES)
    }
    body_spread = {
        (r.day, r.body, r.measure, r.value): r.count
        for r in DailyBodySpread.objects.all()
        if r.count
    }
    return figures, spread, per_body, body_spread


def answer(appeal, officers, text=FULL):
    services.assign(appeal, officers["executor"], actor=officers["head"])
    answers.save_draft(appeal, actor=officers["executor"], text=text, outcome="satisfied")
    answers.submit_for_approval(appeal, actor=officers["executor"])
    return answers.approve_and_send(appeal, actor=officers["head"])


@pytest.fixture
def worked(file, astana, karaganda, officers):
    """A small day's work: answered and rated, repeated, closed, redirected, breached,
    urgent."""
    first = file(astana).appeal
    sent = answer(first, officers)
    ratings.rate(sent, score=1, reasons=["incomplete", "not_solved"])
    again = file(
        astana,
        subject="Снова нет отопления",
        text="Повторно: в доме по улице Абая, 10 снова нет отопления, в квартирах +12.",
    ).appeal
    services.close_without_answer(
        again, "terminated", "repeat_without_new_arguments", actor=officers["head"]
    )
    moved = file(astana, applicant=Applicant(name="Ким Олег", iin_bin=valid_iin(7))).appeal
    services.redirect(moved, karaganda, actor=officers["head"], reason="Дом в Караганде.")
    urgent = file(astana, is_urgent=True, applicant=Applicant(iin_bin=valid_iin(8))).appeal
    deadlines.sweep(urgent.received_at + dt.timedelta(days=3))
    return {"first": first, "again": again, "moved": moved, "urgent": urgent}


def test_kept_current_equals_rebuilt(worked):
    incremental = snapshot()
    assert incremental[0], "the events filled the roll-ups"
    call_command("rebuild_rollups", verbosity=0)
    assert snapshot() == incremental


def test_the_figures_say_what_happened(worked, astana, karaganda, officers):
    astana_ids = list(
        Body.objects.filter(path__startswith=astana.path).values_list("pk", flat=True)
    )
    place = DailyFigures.objects.filter(executor=0)
    here = place.filter(body__in=astana_ids).aggregate(*(Sum(m) for m in MEASURES))
    totals = {m: here[f"{m}__sum"] for m in MEASURES}
    assert totals["received"] == 3  # the redirected one counts where it went
    assert totals["answered"] == 1 and totals["ratings"] == 1 and totals["dissatisfied"] == 1
    assert totals["received_repeat"] == 1 and totals["repeat_terminated"] == 1
    assert totals["closed_without_answer"] == 1
    assert totals["received_urgent"] == 1 and totals["breached"] == 1
    there = place.filter(body=karaganda.pk).aggregate(Sum("received"))
    assert there["received__sum"] == 1
    reasons = Counter(
        {r.value: r.count for r in DailySpread.objects.filter(measure="reason", executor=0)}
    )
    assert reasons == Counter({"incomplete": 1, "not_solved": 1})
    people = DailyFigures.objects.filter(executor=officers["executor"].pk)
    assert people.aggregate(Sum("answered"))["answered__sum"] == 1


def test_a_merged_duplicate_stops_counting(file, astana, officers):
    from tyndau.related.models import Relation
    from tyndau.related.services import merge_duplicate

    file(astana)
    file(astana)  # the same applicant, the same text: a proposed duplicate
    relation = Relation.objects.get(kind=Relation.Kind.DUPLICATE)
    merge_duplicate(relation, actor=officers["registrar"])
    received = DailyFigures.objects.filter(executor=0).aggregate(Sum("received"))
    assert received["received__sum"] == 1
    before = snapshot()
    analytics.rebuild()
    assert snapshot() == before
