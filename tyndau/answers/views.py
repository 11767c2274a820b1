"""The executor's live quality check and the officers' copy of the letter."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_POST

from tyndau.accounts.permissions import Action, can
from tyndau.answers import services
from tyndau.answers.letter import letter_pdf, pdf_response
from tyndau.answers.presenters import check_panel
from tyndau.appeals.views import _appeal_for, _officer_required
from tyndau.audit import services as audit
from tyndau.audit.models import PERSONAL_FIELDS, Access


@require_POST
@_officer_required
def check_draft(request: HttpRequest, number: str) -> HttpResponse:
    """The check of the text in the editor, as a fragment htmx puts beside it."""
    appeal = _appeal_for(request, number)
    text = request.POST.get("text", "")[:50_000]
    return render(request, "answers/_check.html", {"check": check_panel(appeal, text)})


@_officer_required
def letter(request: HttpRequest, number: str) -> HttpResponse:
    """The sent answer's PDF letter, to print and post to an applicant without e-mail."""
    appeal = _appeal_for(request, number)
    if not can(request.user, Action.VIEW_PERSONAL, appeal):
        raise PermissionDenied  # the letter is addressed: the applicant's name and address
    answer = services.sent_answer(appeal)
    if answer is None:
        raise Http404
    audit.record(request, Access.PRINT_LETTER, appeal=appeal, detail=PERSONAL_FIELDS)
    return pdf_response(letter_pdf(answer), appeal.reg_number)
