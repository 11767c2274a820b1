"""The officer's inbox: which appeals its filters keep, in which order, and one page of them.

With a million appeals, sorting every appeal in scope together with its territory, sphere,
executor, routing suggestion and campaign is what makes the page slow. So a page is read in
two steps: the page's ids, sorted over the appeals' own narrow columns, then only those
appeals with what their rows show."""

from collections.abc import Mapping
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import F, OrderBy, Prefetch, Q, QuerySet

from tyndau.appeals.models import Appeal
from tyndau.appeals.workflow import OPEN_STATUSES
from tyndau.deadlines.models import Term
from tyndau.deadlines.terms import Rule

PAGE_SIZE = 50
SORTS = ("due", "-received", "received")  # the filter form's choices; "due" is the default

# Below this many appeals in scope, a "received" sort reads them through the scope's own
# indexes and sorts them; above it, walking the received_at index finds a page sooner.
SMALL_SCOPE = 20_000


def narrowed(appeals: QuerySet, filters: Mapping[str, Any]) -> QuerySet:
    """The appeals the filter form's cleaned values keep (all of them without values)."""
    status = filters.get("status")
    if status == "open":
        appeals = appeals.filter(status__in=OPEN_STATUSES)
    elif status:
        appeals = appeals.filter(status=status)
    if filters.get("sphere"):
        sphere = filters["sphere"]
        appeals = appeals.filter(Q(sphere=sphere) | Q(sphere__parent=sphere))
    if filters.get("territory"):
        territory = filters["territory"]
        appeals = appeals.filter(Q(territory=territory) | Q(territory__parent=territory))
    if filters.get("kind"):
        appeals = appeals.filter(kind=filters["kind"])
    if filters.get("q"):
        appeals = searched(appeals, filters["q"])
    return appeals


def searched(appeals: QuerySet, text: str) -> QuerySet:
    """A whole registration number (in any letter case) finds only that appeal, through its
    unique index: not the appeals whose subject mentions it, nor longer numbers that start
    with it. Anything else is looked for in the numbers and subjects, as a substring in any
    letter case, which reads every appeal in scope."""
    text = text.strip()
    exact = appeals.filter(reg_number__in={text, text.upper()})
    if exact.exists():
        return exact
    return appeals.filter(Q(reg_number__icontains=text) | Q(subject__icontains=text))


def ordering(sort: str, in_scope: int) -> list[str | OrderBy]:
    """The ORDER BY of `sort` ("due" when unknown); `in_scope` appeals are being sorted.
    The id breaks ties, so that pages neither repeat nor skip an appeal."""
    if sort not in ("received", "-received"):
        return ["-is_urgent", "due_date", "received_at", "id"]
    descending = sort == "-received"
    if in_scope >= SMALL_SCOPE:
        return ["-received_at" if descending else "received_at", "id"]
    # received_at is never NULL, so NULLS LAST/FIRST changes no order. It asks for an order
    # PostgreSQL's received_at index cannot give, so the planner does not walk that whole index
    # looking for the few appeals in scope (an executor's, among 1M: 320 ms a page, 23 without).
    received = F("received_at")
    return [received.desc(nulls_last=True) if descending else received.asc(nulls_first=True), "id"]


def page_of(appeals: QuerySet, sort: str, number: int | str | None) -> Page:
    """Page `number` of `appeals` in `sort` order, each appeal with what its row shows. The
    number as the address gives it: a missing or malformed one is the first page, one past
    the end the last."""
    in_scope = appeals.count()
    ids = appeals.order_by(*ordering(sort, in_scope)).values_list("pk", flat=True)
    paginator = Paginator(ids, PAGE_SIZE)
    paginator.count = in_scope  # a cached property: counted once, above
    page = paginator.get_page(number)
    page.object_list = _rows(appeals, list(page.object_list))
    return page


def _rows(appeals: QuerySet, ids: list[int]) -> list[Appeal]:
    """The appeals of `ids`, in that order, with what the inbox's rows show. An appeal that
    left the filter since its id was read (its status changed) is not shown."""
    urgent_terms = Term.objects.filter(rule=Rule.URGENT).order_by("-id")
    found = (
        appeals.order_by()
        .select_related(
            "territory", "sphere", "executor", "body", "suggestion", "campaign_membership"
        )
        .prefetch_related(Prefetch("terms", urgent_terms, to_attr="urgent_terms"))
        .in_bulk(ids)
    )
    return [found[pk] for pk in ids if pk in found]
