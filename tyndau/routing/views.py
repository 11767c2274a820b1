"""The registrar's one-click review of the routing suggestion."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tyndau.accounts.permissions import Action, can
from tyndau.appeals.models import Appeal
from tyndau.appeals.services import DomainError
from tyndau.appeals.views import _appeal_for, _officer_required
from tyndau.appeals.workflow import GroundNotAllowed, TransitionNotAllowed
from tyndau.directory.models import Sphere
from tyndau.routing import services


def _back(request: HttpRequest, appeal: Appeal) -> HttpResponse:
    if can(request.user, Action.VIEW, Appeal.objects.get(pk=appeal.pk)):
        return redirect("appeals:detail", number=appeal.reg_number)
    return redirect("appeals:inbox")  # it went to another body


@require_POST
@_officer_required
def confirm(request: HttpRequest, number: str) -> HttpResponse:
    appeal = _appeal_for(request, number)
    services.confirm(appeal, actor=request.user)
    messages.success(request, _("The sphere is confirmed."))
    return _back(request, appeal)


@require_POST
@_officer_required
def correct(request: HttpRequest, number: str) -> HttpResponse:
    appeal = _appeal_for(request, number)
    sphere = get_object_or_404(Sphere, code=request.POST.get("sphere", ""))
    body_before = appeal.body_id
    try:
        services.correct(appeal, sphere, actor=request.user)
    except DomainError as error:
        messages.error(request, error.message)
    except (TransitionNotAllowed, GroundNotAllowed):
        messages.error(
            request,
            _("The sphere cannot take the appeal to another body in its current status."),
        )
    else:
        appeal.refresh_from_db(fields=["body"])
        if appeal.body_id != body_before:
            messages.success(
                request,
                _("The sphere is corrected and the appeal redirected to %(body)s.")
                % {"body": appeal.body.name},
            )
        else:
            messages.success(request, _("The sphere is corrected."))
    return _back(request, appeal)
