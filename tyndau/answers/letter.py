"""The answer as a PDF letter: letterhead, the answer, and a QR code of its signed link.

Drawn by WeasyPrint from an HTML template. Nothing is fetched: the fonts ship with Tyndau
(DejaVu Sans, which has every Kazakh letter) and any URL other than a file of ours is refused.
"""

from pathlib import Path

import segno
import weasyprint
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone, translation
from weasyprint.urls import URLFetcher

from tyndau.answers.links import answer_url
from tyndau.answers.models import Answer

FONTS = Path(__file__).parent / "fonts"


def qr_data_uri(url: str) -> str:
    """The QR code of a link as a PNG data URI; medium error correction survives a crease, and
    a bitmap keeps its modules sharp and square when printed at 32 mm."""
    return segno.make(url, error="m").png_data_uri(scale=8, border=4)


class OfflineFetcher(URLFetcher):
    """Data URIs and our own font files; anything else stops the letter rather than leak."""

    def __init__(self) -> None:
        super().__init__(allowed_protocols={"data", "file"}, fail_on_errors=True)

    def fetch(self, url: str, headers=None):
        if not url.startswith(("data:", FONTS.as_uri())):
            raise ValueError(f"The letter fetches nothing from outside: {url}")
        return super().fetch(url, headers)


def letter_pdf(answer: Answer) -> bytes:
    """The letter in the answer's language, ready to print or to attach."""
    appeal = answer.appeal
    url = answer_url(answer)
    language = answer.language or appeal.language
    with translation.override(language):
        html = render_to_string(
            "answers/letter.html",
            {
                "answer": answer,
                "appeal": appeal,
                "body": appeal.body.top,
                "sent_at": timezone.localtime(answer.sent_at or timezone.now()),
                "qr": qr_data_uri(url),
                "answer_url": url,
                "fonts": FONTS.as_uri(),
                "language": language,
            },
        )
    document = weasyprint.HTML(string=html, url_fetcher=OfflineFetcher(), base_url=FONTS.as_uri())
    return document.write_pdf()


def pdf_response(pdf: bytes, reg_number: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="answer-{reg_number}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response
