"""Marking an appeal urgent, or not, after it was filed: the term follows, the inbox too."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import translation

from tyndau.appeals import services
from tyndau.appeals.models import EventKind
from tyndau.conftest import PASSWORD
from tyndau.deadlines.models import Term
from tyndau.deadlines.terms import Rule

pytestmark = pytest.mark.django_db


def running(appeal) -> dict[str, Term]:
    return {t.rule: t for t in appeal.terms.filter(met_at__isnull=True)}


def test_marked_urgent_gets_the_urgent_term_and_jumps_the_queue(file, astana, officers, client):
    ordinary = file(astana).appeal
    marked = file(astana).appeal
    ordinary_due = marked.due_date
    services.set_urgency(marked, urgent=True, reason="children", actor=officers["registrar"])
    marked.refresh_from_db()
    assert marked.is_urgent and marked.urgency_reason == "children"
    assert marked.due_date < ordinary_due
    terms = running(marked)
    assert Rule.URGENT in terms and Rule.ANSWER not in terms
    assert terms[Rule.URGENT].due_at is not None
    assert marked.terms.get(rule=Rule.ANSWER).state == Term.State.CANCELLED
    event = marked.events.get(kind=EventKind.URGENCY_CHANGED)
    assert event.data == {"urgent": True, "reason": "children"} and not event.public

    client.login(username="head.ast", password=PASSWORD)
    with translation.override("ru"):
        page = client.get(reverse("appeals:inbox"))
    rows = [appeal.reg_number for appeal, _deadline in page.context["rows"]]
    assert rows.index(marked.reg_number) < rows.index(ordinary.reg_number)
    assert "ребёнок в опасности" in page.content.decode().lower()


def test_not_urgent_after_all_gets_the_ordinary_term_back(file, astana, officers):
    appeal = file(astana, is_urgent=True).appeal
    assert Rule.URGENT in running(appeal)
    services.set_urgency(appeal, urgent=False, reason="", actor=officers["head"])
    appeal.refresh_from_db()
    ordinary = file(astana).appeal
    assert not appeal.is_urgent and appeal.urgency_reason == ""
    assert appeal.due_date == ordinary.due_date
    assert set(running(appeal)) == {Rule.REDIRECT, Rule.ANSWER}


def test_a_reason_is_required_and_only_the_registrar_or_head_may_mark(file, astana, officers):
    appeal = file(astana).appeal
    with pytest.raises(services.DomainError):
        services.set_urgency(appeal, urgent=True, reason="", actor=officers["registrar"])
    with pytest.raises(PermissionDenied):
        services.set_urgency(appeal, urgent=True, reason="life", actor=officers["executor"])
    with pytest.raises(PermissionDenied):
        services.set_urgency(appeal, urgent=True, reason="life", actor=officers["foreign_head"])


def test_the_appeal_page_marks_urgent_and_keeps_the_choice_on_error(file, astana, officers, client):
    appeal = file(astana).appeal
    client.login(username="registrar.ast", password=PASSWORD)
    url = reverse("appeals:act", args=[appeal.reg_number, "urgency"])
    with translation.override("kk"):
        page = client.get(reverse("appeals:detail", args=[appeal.reg_number])).content.decode()
        assert "Шұғыл деп белгілеу" in page
        refused = client.post(url, {"urgent": "1", "reason": ""})
        assert refused.status_code == 400
        done = client.post(url, {"urgent": "1", "reason": "health"}, follow=True)
    assert done.status_code == 200
    appeal.refresh_from_db()
    assert appeal.is_urgent and appeal.urgency_reason == "health"
