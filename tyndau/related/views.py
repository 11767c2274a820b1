"""Officers act on related appeals: merge a duplicate, reject a wrong link, see a campaign."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tyndau.accounts.permissions import visible_appeals
from tyndau.appeals.services import DomainError
from tyndau.appeals.views import _appeal_for, _officer_required
from tyndau.appeals.workflow import GroundNotAllowed, TransitionNotAllowed
from tyndau.related import services
from tyndau.related.models import Campaign, Relation


def _relation(request: HttpRequest, number: str, relation_id: int) -> Relation:
    appeal = _appeal_for(request, number)
    return get_object_or_404(
        Relation.objects.select_related("earlier"), pk=relation_id, appeal=appeal
    )


@require_POST
@_officer_required
def merge(request: HttpRequest, number: str, relation_id: int) -> HttpResponse:
    relation = _relation(request, number, relation_id)
    try:
        services.merge_duplicate(relation, actor=request.user)
    except DomainError as error:
        messages.error(request, error.message)
    except (TransitionNotAllowed, GroundNotAllowed):
        messages.error(request, _("This appeal can no longer be merged in its current status."))
    else:
        messages.success(
            request,
            _("Merged: the appeal goes on as %(number)s.")
            % {"number": relation.earlier.reg_number},
        )
    return redirect("appeals:detail", number=number)


@require_POST
@_officer_required
def reject(request: HttpRequest, number: str, relation_id: int) -> HttpResponse:
    relation = _relation(request, number, relation_id)
    services.reject(relation, actor=request.user)
    messages.success(request, _("The link is removed."))
    return redirect("appeals:detail", number=number)


@_officer_required
def campaign(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """The campaign's appeals that the officer may see."""
    group = get_object_or_404(Campaign, pk=campaign_id)
    members = (
        visible_appeals(request.user)
        .filter(campaign_membership__campaign=group)
        .select_related("territory", "body", "executor")
        .order_by("received_at", "pk")
    )
    if not members.exists():
        raise Http404  # none of its appeals is theirs: the group is not theirs to see
    page = Paginator(members, 100).get_page(request.GET.get("page"))
    return render(request, "related/campaign.html", {"campaign": group, "page": page})
