"""The applicant's pages of an answer: read it, download the letter, rate it, and after a low
rating open a review or a complaint. Reached by the signed link (the letter's QR code) or by
the applicant's tracking link."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tyndau.answers.letter import letter_pdf, pdf_response
from tyndau.answers.links import answer_for_token
from tyndau.answers.models import Answer
from tyndau.answers.services import sent_answer
from tyndau.appeals.services import DomainError, find_by_token
from tyndau.appeals.views import keep_private
from tyndau.ratings import services
from tyndau.ratings.presenters import rating_context, typed


def _answer_or_404(token: str) -> Answer:
    answer = answer_for_token(token)
    if answer is None:
        raise Http404
    return answer


def answer_page(request: HttpRequest, token: str) -> HttpResponse:
    """The answer as a page, with the rating form the first time."""
    answer = _answer_or_404(token)
    status = 200
    if request.method == "POST":
        try:
            services.rate(answer, **typed(request.POST))
        except DomainError as error:
            messages.error(request, error.message)
            status = 400
        else:
            messages.success(request, _("Thank you: your rating is recorded."))
            return redirect("ratings:answer", token=token)
    context = {
        "answer": answer,
        "appeal": answer.appeal,
        "token": token,
        **rating_context(answer, typed(request.POST) if status == 400 else None),
    }
    return keep_private(render(request, "ratings/answer.html", context, status=status))


def _letter(answer: Answer) -> HttpResponse:
    return keep_private(pdf_response(letter_pdf(answer), answer.appeal.reg_number))


def answer_letter(request: HttpRequest, token: str) -> HttpResponse:
    return _letter(_answer_or_404(token))


@require_POST
def answer_follow_up(request: HttpRequest, token: str) -> HttpResponse:
    answer = _answer_or_404(token)
    return _follow_up(request, answer, back=("ratings:answer", token))


def _follow_up(request: HttpRequest, answer: Answer, back: tuple[str, str]) -> HttpResponse:
    rating = services.rating_of(answer)
    if rating is None:
        raise Http404
    try:
        filed = services.open_follow_up(rating, request.POST.get("kind", ""))
    except DomainError as error:
        messages.error(request, error.message)
        return redirect(back[0], token=back[1])
    request.session["just_filed"] = filed.appeal.reg_number
    return redirect(filed.tracking_path)


# --- from the tracking page -----------------------------------------------------------------


def _tracked_answer(token: str) -> Answer:
    appeal = find_by_token(token)
    answer = sent_answer(appeal) if appeal else None
    if answer is None:
        raise Http404
    return answer


@require_POST
def track_rate(request: HttpRequest, token: str) -> HttpResponse:
    """Rate, or change the rating within the allowed days, from the tracking page."""
    answer = _tracked_answer(token)
    values = typed(request.POST)
    try:
        services.rate_or_change(answer, **values)
    except DomainError as error:
        messages.error(request, error.message)
        request.session["rating_typed"] = values  # shown again on the tracking page
    else:
        messages.success(request, _("Thank you: your rating is recorded."))
    return redirect("appeals:track", token=token)


def track_letter(request: HttpRequest, token: str) -> HttpResponse:
    return _letter(_tracked_answer(token))


@require_POST
def track_follow_up(request: HttpRequest, token: str) -> HttpResponse:
    return _follow_up(request, _tracked_answer(token), back=("appeals:track", token))
