"""The roll-ups kept current event by event equal the roll-ups rebuilt from the raw data."""

import datetime as dt
from collections import Counter

import pytest
from django.core.management import call_command
from django.db.models import Sum

from tyndau.analytics import services as analytics
from tyndau.analytics.models import (
    AppealFacts,
    DailyBodyFigures,
    DailyBodySpread,
    DailyFigures,
    DailySpread,
    MonthlyBodySpread,
)
from tyndau.analytics.rollup import MEASURES, Facts
from tyndau.answers import services as answers
from tyndau.appeals import services
from tyndau.appeals.services import Applicant
from tyndau.appeals.workflow import OPEN_STATUSES
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
    monthly = {
        (r.month, r.body, r.measure, r.value): r.count
        for r in MonthlyBodySpread.objects.all()
        if r.count
    }
    return figures, spread, per_body, body_spread, monthly


def answer(appeal, officers, text=FULL, override=""):
    services.assign(appeal, officers["executor"], actor=officers["head"])
    answers.save_draft(appeal, actor=officers["executor"], text=text, outcome="satisfied")
    answers.submit_for_approval(appeal, actor=officers["executor"], override_reason=override)
    return answers.approve_and_send(appeal, actor=officers["head"], override_reason=override)


@pytest.fixture
def worked(file, astana, karaganda, officers):
    """A small day's work: answered and rated, repeated, closed, redirected, breached,
    urgent, extended without good reason, answered formally."""
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
    extended = file(astana, applicant=Applicant(iin_bin=valid_iin(9))).appeal
    services.assign(extended, officers["executor"], actor=officers["head"])
    services.start_work(extended, actor=officers["executor"])
    new_due = deadlines.calendar().add_working_days(extended.due_date, 5)
    services.extend(
        extended, actor=officers["head"], new_due=new_due, reason="В связи с проверкой."
    )
    formal = file(astana, applicant=Applicant(iin_bin=valid_iin(10))).appeal
    answer(formal, officers, text="Ваше обращение рассмотрено.", override="Ответ дан устно.")
    return {"first": first, "again": again, "moved": moved, "urgent": urgent}


def test_kept_current_equals_rebuilt(worked):
    incremental, facts = snapshot(), kept_facts()
    assert incremental[0], "the events filled the roll-ups"
    totals = Counter()
    for counts in incremental[0].values():
        totals.update(counts)
    assert totals["formal_answers"] and totals["unjustified_extensions"], "every measure is tried"
    call_command("rebuild_rollups", verbosity=0)
    assert snapshot() == incremental
    assert kept_facts() == facts


def test_facts_survive_being_stored():
    given = Facts(
        received_on=dt.date(2026, 3, 2),
        body=5,
        answered_on=dt.date(2026, 3, 20),
        answer_days=14,
        rated_on=dt.date(2026, 3, 21),
        dissatisfied=True,
        reasons=("other",),
        unjustified_extensions=(dt.date(2026, 3, 10),),
    )
    for kept in (given, None):
        assert analytics.stored_facts(AppealFacts(**analytics.fact_columns(kept))) == kept


def kept_facts() -> dict:
    return {
        row.appeal_id: analytics.stored_facts(row)
        for row in AppealFacts.objects.order_by("appeal_id")
    }


def test_the_figures_say_what_happened(worked, astana, karaganda, officers):
    astana_ids = list(
        Body.objects.filter(path__startswith=astana.path).values_list("pk", flat=True)
    )
    place = DailyFigures.objects.filter(executor=0)
    here = place.filter(body__in=astana_ids).aggregate(*(Sum(m) for m in MEASURES))
    totals = {m: here[f"{m}__sum"] for m in MEASURES}
    assert totals["received"] == 5  # the redirected one counts where it went
    assert totals["answered"] == 2 and totals["ratings"] == 1 and totals["dissatisfied"] == 1
    assert totals["formal_answers"] == 1 and totals["unjustified_extensions"] == 1
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
    assert people.aggregate(Sum("answered"))["answered__sum"] == 2


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


def test_overdue_now_is_read_from_the_rollups(file, astana, officers):
    from tyndau.analytics import figures

    appeal = file(astana).appeal
    past_due = dt.date.today() - dt.timedelta(days=3)
    type(appeal).objects.filter(pk=appeal.pk).update(due_date=past_due)
    services.assign(appeal, officers["executor"], actor=officers["head"])  # an event: refresh
    scope = figures.Scope.of_body(astana)
    live = (
        type(appeal)
        .objects.filter(body_id__in=scope.bodies, status__in=OPEN_STATUSES)
        .filter(due_date__lt=dt.date.today())
        .count()
    )
    assert live == 1 and figures.overdue_now(scope) == 1
    assert figures.overdue_now(figures.Scope(executor=officers["executor"].pk)) == 1
    assert any(row.overdue == 1 for row in figures.by_body(past_due, dt.date.today()))
    answer(appeal, officers)
    assert figures.overdue_now(scope) == 0


def test_a_long_period_reads_whole_months_and_edge_days_alike(monkeypatch):
    from tyndau.analytics import figures
    from tyndau.analytics.rollup import Contribution

    # April's days after "today" count as empty when choosing how to read it; the figures
    # put there anyway must still be taken off.
    monkeypatch.setattr(figures.timezone, "localdate", lambda *_args: dt.date(2026, 4, 10))

    change = Contribution()
    first = dt.date(2026, 1, 1)
    for offset in range(0, 120, 3):  # January to April, answers of 1 to 5 days
        day = first + dt.timedelta(days=offset)
        change.spread[(day, 7, 1, 1, 0, "days", str(offset % 5 + 1))] += offset % 4 + 1
    analytics.apply(change)
    for date_from, date_to in [
        (dt.date(2026, 1, 1), dt.date(2026, 4, 30)),  # whole months only
        (dt.date(2026, 1, 10), dt.date(2026, 3, 20)),  # edges on both sides
        (dt.date(2026, 2, 3), dt.date(2026, 2, 27)),  # inside one month
        (dt.date(2026, 1, 31), dt.date(2026, 3, 1)),  # one whole month, a day either side
        (dt.date(2026, 1, 2), dt.date(2026, 4, 29)),  # months less a day: read as the month
        (dt.date(2026, 1, 1), dt.date(2026, 4, 10)),  # up to "today" (below): April less after
    ]:
        expected = Counter()
        for (day, body, *_key, value), count in change.spread.items():
            if date_from <= day <= date_to:
                expected[(body, value)] += count
        read = figures.body_spread("days", date_from, date_to)
        assert Counter({(b, v): n for b, v, n in read}) == expected, (date_from, date_to)


def test_a_delivered_letter_leaves_the_rollups_alone(file, astana):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tyndau.notifications.models import OutboxMessage

    appeal = file(astana).appeal
    letter = OutboxMessage.objects.filter(appeal=appeal).first()
    before = snapshot()
    with CaptureQueriesContext(connection) as queries:
        services.record_notified(letter)
    assert not [q for q in queries.captured_queries if "analytics_" in q["sql"]]
    assert snapshot() == before
