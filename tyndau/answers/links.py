"""The answer's own link: signed, the same every time (e-mail, page, PDF letter, QR code).
It opens the answer's page, where the applicant reads it and rates it."""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

from tyndau.answers.models import Answer, AnswerState

SALT = "tyndau.ratings.answer-link"  # kept: links already sent stay valid


def answer_token(answer: Answer) -> str:
    return signing.Signer(salt=SALT).sign(str(answer.pk))


def answer_url(answer: Answer) -> str:
    """The absolute link to the answer's page, in the applicant's language."""
    with translation.override(answer.appeal.language):
        path = reverse("ratings:answer", kwargs={"token": answer_token(answer)})
    return settings.BASE_URL + path


def answer_for_token(token: str) -> Answer | None:
    """The sent answer a link names, or None for a link that was not signed by us."""
    if not token or len(token) > 200:
        return None
    try:
        pk = int(signing.Signer(salt=SALT).unsign(token))
    except (signing.BadSignature, ValueError):
        return None
    return (
        Answer.objects.select_related("appeal__body", "appeal__territory", "author", "approved_by")
        .filter(pk=pk, state=AnswerState.SENT)
        .first()
    )
