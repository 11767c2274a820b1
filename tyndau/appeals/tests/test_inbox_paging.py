"""The inbox read in two steps (the page's sorted ids, then only its appeals with their
joins): every page shows what paging the whole sorted queryset showed, in the same order,
ties included; a whole registration number finds only its appeal; the queries of a page do
not grow with the appeals on it."""

import datetime as dt

import pytest
from django.core.paginator import Paginator
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tyndau.accounts.permissions import visible_appeals
from tyndau.appeals import inbox
from tyndau.appeals.models import Appeal
from tyndau.appeals.services import assign, close_without_answer
from tyndau.appeals.workflow import OPEN_STATUSES
from tyndau.conftest import PASSWORD

pytestmark = pytest.mark.django_db

SMALL_PAGES = 4
# The inbox's order before the two-step paging: the reference every page is compared with.
PLAIN_ORDER = {
    "due": ["-is_urgent", "due_date", "received_at", "id"],
    "-received": ["-received_at", "id"],
    "received": ["received_at", "id"],
}


@pytest.fixture
def head_client(client, officers):
    client.login(username=officers["head"].username, password=PASSWORD)
    return client


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(inbox, "PAGE_SIZE", SMALL_PAGES)


@pytest.fixture
def tied(file, astana, officers) -> list[Appeal]:
    """Eleven appeals whose sort keys tie in groups: the same urgency, due date and receipt
    time for several, so only the id tells them apart. One is closed, some are assigned."""
    appeals = [file(astana, is_urgent=i == 4).appeal for i in range(11)]
    at = timezone.now().replace(microsecond=0)
    today = dt.date.today()
    for i, appeal in enumerate(appeals):
        Appeal.objects.filter(pk=appeal.pk).update(
            received_at=at - dt.timedelta(hours=i % 3),
            due_date=today + dt.timedelta(days=i % 2),
            is_urgent=i in (4, 7, 9),
        )
    for appeal in appeals[1:6]:
        assign(appeal, officers["executor"], actor=officers["head"])
    close_without_answer(appeals[8], "terminated", "withdrawn", actor=officers["head"])
    return appeals


def numbers(response) -> list[str]:
    assert response.status_code == 200
    return [appeal.reg_number for appeal, _deadline in response.context["rows"]]


def plain(user, sort: str, **filters) -> list[str]:
    scope = visible_appeals(user).filter(**filters).order_by(*PLAIN_ORDER[sort])
    return list(scope.values_list("reg_number", flat=True))


def test_the_sort_columns_are_never_null():
    """NULLS FIRST/LAST on received_at may only change the plan, never the order."""
    for name in ("is_urgent", "due_date", "received_at"):
        assert Appeal._meta.get_field(name).null is False, name


@pytest.mark.parametrize("sort", ["due", "-received", "received"])
@pytest.mark.parametrize("small_scope", [inbox.SMALL_SCOPE, 0], ids=["small", "large"])
def test_every_page_is_the_plain_querysets(
    head_client, officers, tied, small_pages, monkeypatch, sort, small_scope
):
    monkeypatch.setattr(inbox, "SMALL_SCOPE", small_scope)  # 0: every scope is "large"
    expected = plain(officers["head"], sort)
    assert len(expected) == 11
    shown = []
    for number in (1, 2, 3):
        response = head_client.get(
            reverse("appeals:inbox"), {"status": "", "sort": sort, "page": number}
        )
        page = response.context["page"]
        assert (page.number, page.paginator.num_pages, page.paginator.count) == (number, 3, 11)
        assert page.start_index() == (number - 1) * SMALL_PAGES + 1
        shown += numbers(response)
    assert shown == expected


@pytest.mark.parametrize("sort", ["due", "-received", "received"])
def test_open_appeals_only_by_default(head_client, officers, tied, small_pages, sort):
    expected = plain(officers["head"], sort, status__in=OPEN_STATUSES)
    assert len(expected) == 10
    shown = [
        number
        for page in (1, 2, 3)
        for number in numbers(
            head_client.get(reverse("appeals:inbox"), {"sort": sort, "page": page})
        )
    ]
    assert shown == expected


def test_an_executors_pages(client, officers, tied, small_pages):
    """The executor's scope (their own appeals or their unit's) sorted newest first."""
    client.login(username=officers["executor"].username, password=PASSWORD)
    expected = plain(officers["executor"], "-received")
    assert len(expected) == 5
    first = numbers(client.get(reverse("appeals:inbox"), {"status": "", "sort": "-received"}))
    rest = numbers(
        client.get(reverse("appeals:inbox"), {"status": "", "sort": "-received", "page": 2})
    )
    assert first + rest == expected


@pytest.mark.parametrize("asked", ["3", "99", "0", "-1", "abc", "", None])
def test_page_numbers_as_typed_land_where_they_did(head_client, officers, tied, small_pages, asked):
    """The last page, one past it, and malformed numbers: the page Django's paginator gave
    for the plain queryset."""
    scope = visible_appeals(officers["head"]).order_by(*PLAIN_ORDER["due"])
    before = Paginator(scope, SMALL_PAGES).get_page(asked)
    query = {"status": ""} if asked is None else {"status": "", "page": asked}
    response = head_client.get(reverse("appeals:inbox"), query)
    page = response.context["page"]
    assert page.number == before.number
    assert (page.has_next(), page.has_previous()) == (before.has_next(), before.has_previous())
    assert numbers(response) == [appeal.reg_number for appeal in before.object_list]


def test_the_last_page_has_the_rest(head_client, tied, small_pages):
    response = head_client.get(reverse("appeals:inbox"), {"status": "", "page": 3})
    assert len(numbers(response)) == 3
    html = response.content.decode()
    assert "page=2" in html and "page=4" not in html


def test_nothing_found_is_one_empty_page(head_client, tied):
    response = head_client.get(reverse("appeals:inbox"), {"status": "", "q": "no such words"})
    page = response.context["page"]
    assert (numbers(response), page.number, page.paginator.count) == ([], 1, 0)


def test_a_whole_number_finds_only_its_appeal(head_client, file, astana):
    wanted, other = file(astana).appeal, file(astana).appeal
    mentions = f"Повторно по обращению {wanted.reg_number}"
    Appeal.objects.filter(pk=other.pk).update(subject=mentions)
    for typed in (wanted.reg_number, wanted.reg_number.lower(), f"  {wanted.reg_number} "):
        response = head_client.get(reverse("appeals:inbox"), {"q": typed})
        assert numbers(response) == [wanted.reg_number], typed
        assert response.context["page"].paginator.count == 1


def test_a_part_of_a_number_or_subject_is_still_searched(head_client, file, astana):
    wanted, other, unrelated = (file(astana).appeal for _ in range(3))
    Appeal.objects.filter(pk=other.pk).update(subject=f"Повторно по {wanted.reg_number}")
    Appeal.objects.filter(pk=unrelated.pk).update(subject="Яма на дороге")
    part = wanted.reg_number.split("-", 1)[1].lower()  # no longer a whole number
    found = numbers(head_client.get(reverse("appeals:inbox"), {"q": part}))
    assert set(found) == {wanted.reg_number, other.reg_number}
    by_subject = numbers(head_client.get(reverse("appeals:inbox"), {"q": "на дорог"}))
    assert by_subject == [unrelated.reg_number]


def test_a_whole_number_outside_the_filter_is_not_shown(head_client, file, astana, officers):
    done = file(astana).appeal
    close_without_answer(done, "terminated", "withdrawn", actor=officers["head"])
    assert numbers(head_client.get(reverse("appeals:inbox"), {"q": done.reg_number})) == []
    everything = head_client.get(reverse("appeals:inbox"), {"status": "", "q": done.reg_number})
    assert numbers(everything) == [done.reg_number]


def test_another_bodys_number_is_not_found(client, file, astana, karaganda, officers):
    foreign = file(karaganda).appeal
    client.login(username=officers["head"].username, password=PASSWORD)
    found = numbers(client.get(reverse("appeals:inbox"), {"status": "", "q": foreign.reg_number}))
    assert found == []


def _queries(client, query: dict) -> int:
    client.get(reverse("appeals:inbox"), query)  # the calendar and the session warmed up
    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("appeals:inbox"), query).status_code == 200
    counts = [q["sql"] for q in captured if q["sql"].startswith("SELECT COUNT(")]
    assert len(counts) == 1, "the appeals in scope are counted once"
    return len(captured)


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"status": "", "sort": "-received"},
        {"status": "", "sort": "received", "page": 2},
        {"status": "", "q": "отоплен"},
    ],
    ids=["first page", "newest first", "second page", "search"],
)
def test_the_queries_of_a_page_do_not_grow_with_its_appeals(
    head_client, file, astana, officers, small_pages, query
):
    """A page of one appeal and a full page of appeals with executors, urgent terms and
    routing suggestions take the same queries: nothing is read row by row."""
    file(astana, is_urgent=True)
    one = _queries(head_client, {**query, "page": 1})
    for i in range(9):
        appeal = file(astana, is_urgent=i % 3 == 0).appeal
        assign(appeal, officers["executor"], actor=officers["head"])
    assert len(numbers(head_client.get(reverse("appeals:inbox"), query))) == SMALL_PAGES
    assert _queries(head_client, query) == one
    assert one <= 12


def test_a_whole_number_costs_one_query_more_than_a_page(head_client, file, astana):
    wanted = file(astana).appeal
    assert _queries(head_client, {"q": wanted.reg_number}) == _queries(head_client, {}) + 1
