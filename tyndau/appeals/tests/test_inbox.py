"""The officer's inbox: open work first, nearest deadline first, filters that narrow it."""

import datetime as dt

import pytest
from django.urls import reverse

from tyndau.appeals.models import Appeal
from tyndau.conftest import PASSWORD
from tyndau.directory.models import Sphere

pytestmark = pytest.mark.django_db


@pytest.fixture
def head_client(client, officers):
    client.login(username=officers["head"].username, password=PASSWORD)
    return client


def numbers(response) -> list[str]:
    return [appeal.reg_number for appeal, _deadline in response.context["rows"]]


def test_nearest_deadline_first_and_overdue_marked(head_client, file, astana):
    late, soon, later = (file(astana).appeal for _ in range(3))
    today = dt.date.today()
    Appeal.objects.filter(pk=late.pk).update(due_date=today - dt.timedelta(days=10))
    Appeal.objects.filter(pk=later.pk).update(due_date=today + dt.timedelta(days=20))
    Appeal.objects.filter(pk=soon.pk).update(due_date=today + dt.timedelta(days=2))
    response = head_client.get(reverse("appeals:inbox"))
    assert numbers(response) == [late.reg_number, soon.reg_number, later.reg_number]
    first_deadline = response.context["rows"][0][1]
    assert first_deadline.days_left < 0 and first_deadline.css == "due-overdue"
    assert 'class="overdue"' in response.content.decode()


def test_urgent_goes_to_the_top(head_client, file, astana):
    ordinary = file(astana).appeal
    urgent = file(astana, is_urgent=True).appeal
    Appeal.objects.filter(pk=urgent.pk).update(due_date=ordinary.due_date + dt.timedelta(days=5))
    assert numbers(head_client.get(reverse("appeals:inbox")))[0] == urgent.reg_number


def test_closed_work_is_hidden_unless_asked_for(head_client, file, astana, officers):
    from tyndau.appeals.services import close_without_answer

    done = file(astana).appeal
    close_without_answer(done, "terminated", "withdrawn", actor=officers["head"])
    assert done.reg_number not in numbers(head_client.get(reverse("appeals:inbox")))
    everything = head_client.get(reverse("appeals:inbox"), {"status": ""})
    assert done.reg_number in numbers(everything)
    only = head_client.get(reverse("appeals:inbox"), {"status": "terminated"})
    assert numbers(only) == [done.reg_number]


def test_filters_by_sphere_kind_and_territory(head_client, file, astana):
    housing = Sphere.objects.get(code="housing")
    sub_sphere = housing.children.first()
    a = file(astana, sphere=sub_sphere, kind="proposal").appeal
    b = file(astana, kind="complaint").appeal
    by_sphere = numbers(head_client.get(reverse("appeals:inbox"), {"sphere": housing.pk}))
    assert by_sphere == [a.reg_number]
    by_kind = numbers(head_client.get(reverse("appeals:inbox"), {"kind": "complaint"}))
    assert by_kind == [b.reg_number]
    region = astana.territory
    by_place = numbers(head_client.get(reverse("appeals:inbox"), {"territory": region.pk}))
    assert set(by_place) == {a.reg_number, b.reg_number}
    by_number = numbers(head_client.get(reverse("appeals:inbox"), {"q": a.reg_number}))
    assert by_number == [a.reg_number]


def test_sorting_by_received(head_client, file, astana):
    first, second = file(astana).appeal, file(astana).appeal
    newest = numbers(head_client.get(reverse("appeals:inbox"), {"sort": "-received"}))
    assert newest == [second.reg_number, first.reg_number]
