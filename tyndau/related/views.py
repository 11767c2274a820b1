"""Officers act on related appeals: merge a duplicate, reject a wrong link, see a campaign."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from tyndau.accounts.permissions import Action, can, visible_appeals
from tyndau.answers import services as answers
from tyndau.answers.models import Answer, AnswerState
from tyndau.appeals.services import DomainError
from tyndau.appeals.views import _appeal_for, _officer_required
from tyndau.appeals.workflow import GroundNotAllowed, TransitionNotAllowed
from tyndau.related import services
from tyndau.related.models import Campaign, Relation
from tyndau.related.presenters import campaign_as_seen
from tyndau.web.params import id_from


def _relation(request: HttpRequest, number: str, relation_id: int) -> Relation:
    appeal = _appeal_for(request, number)
    relation = get_object_or_404(
        Relation.objects.select_related("earlier__body"), pk=relation_id, appeal=appeal
    )
    if not can(request.user, Action.VIEW, relation.earlier):
        raise Http404  # a link to another body's appeal: not shown, not theirs to decide
    return relation


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
    source = (
        Answer.objects.filter(appeal__in=members, state=AnswerState.SENT)
        .select_related("appeal")
        .order_by("-sent_at")
        .first()
    )
    first, subject = campaign_as_seen(group, request.user)
    context = {
        "campaign": group,
        "first": first,  # the campaign's own first appeal may be another body's
        "subject": subject,
        "page": page,
        "source": source,
        "waiting": members.filter(status__in=answers.REUSABLE_FROM).count(),
        "may_send": can(request.user, Action.APPROVE_ANSWER),
    }
    return render(request, "related/campaign.html", context)


@require_POST
@_officer_required
def answer_campaign(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """Send one answer of the campaign to its other open appeals."""
    if not can(request.user, Action.APPROVE_ANSWER):
        raise PermissionDenied  # only who approves answers sends one to the others
    group = get_object_or_404(Campaign, pk=campaign_id)
    source = get_object_or_404(
        Answer.objects.select_related("appeal"),
        pk=id_from(request.POST.get("answer")) or 0,
        state=AnswerState.SENT,
        appeal__campaign_membership__campaign=group,
        appeal__in=visible_appeals(request.user),
    )
    result = answers.answer_campaign(group, source, actor=request.user)
    if result.answered:
        messages.success(
            request,
            ngettext(
                "The answer went to %(count)d appeal, each addressed to its applicant.",
                "The answer went to %(count)d appeals, each addressed to its applicant.",
                len(result.answered),
            )
            % {"count": len(result.answered)},
        )
    for number, why in result.left[:20]:
        messages.warning(
            request, _("%(number)s was left: %(why)s.") % {"number": number, "why": why}
        )
    if len(result.left) > 20:
        messages.warning(request, _("%(count)d more were left.") % {"count": len(result.left) - 20})
    if not result.answered and not result.left:
        messages.info(request, _("No appeal of the campaign is waiting for an answer."))
    return redirect("related:campaign", campaign_id=group.pk)
