"""The staff evaluation sheet: quality and deadlines per executor, with the reasons."""

import datetime as dt
import io
import zipfile

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from tyndau.analytics import evaluation
from tyndau.analytics.tests.test_rollups import FULL
from tyndau.answers import services as answers
from tyndau.appeals import services
from tyndau.appeals.models import Appeal
from tyndau.appeals.services import Applicant
from tyndau.conftest import PASSWORD, valid_iin

pytestmark = pytest.mark.django_db


def test_a_returned_and_late_answer_shows_in_both_criteria(file, astana, officers, client):
    executor, head = officers["executor"], officers["head"]
    appeal = file(astana).appeal
    services.assign(appeal, executor, actor=head)
    answers.save_draft(appeal, actor=executor, text=FULL, outcome="satisfied")
    answers.submit_for_approval(appeal, actor=executor)
    answers.return_for_revision(appeal, actor=head, comment="Укажите сроки ремонта.")
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    Appeal.objects.filter(pk=appeal.pk).update(due_date=yesterday)
    answers.submit_for_approval(appeal, actor=executor)
    answers.approve_and_send(appeal, actor=head)
    on_time = file(astana, applicant=Applicant(iin_bin=valid_iin(21))).appeal
    services.assign(on_time, officers["executor2"], actor=head)

    today = timezone.localdate()
    rows = {s.person: s for s in evaluation.sheets(astana, today.replace(day=1), today)}
    mine = rows[executor]
    assert mine.answered == 1 and mine.returned == 1
    assert not mine.quality_met
    assert mine.answered_late == 1 and not mine.deadlines_met
    assert rows[officers["executor2"]].quality_met and rows[officers["executor2"]].deadlines_met
    with translation.override("en"):
        assert "1 answer(s) returned by the head" in mine.explain()

    client.login(username="head.ast", password=PASSWORD)
    page = client.get(reverse("analytics:evaluation"))
    assert page.status_code == 200 and executor.full_name in page.content.decode()
    book = client.get(reverse("analytics:evaluation"), {"format": "xlsx"})
    with zipfile.ZipFile(io.BytesIO(book.content)) as xlsx:
        assert executor.full_name in xlsx.read("xl/sharedStrings.xml").decode()
