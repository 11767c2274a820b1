"""The answer as a PDF letter: letterhead, the answer, and a QR code of its signed link.

Drawn by WeasyPrint from an HTML template. Nothing is fetched: the fonts ship with Tyndau
(DejaVu Sans, which has every Kazakh letter) and any URL other than a file of ours is refused.
"""

import base64
from pathlib import Path

import segno
import weasyprint
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone, translation

from tyndau.answers.models import Answer

FONTS = Path(__file__).parent / "fonts"


def qr_data_uri(url: str) -> str:
    """The QR code of a link as an SVG data URI; medium error correction survives a crease."""
    svg = segno.make(url, error="m").svg_inline(scale=4, border=2)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def _offline_fetcher(url: str, *args, **kwargs):
    if url.startswith(("data:", FONTS.as_uri())):
        return weasyprint.default_url_fetcher(url, *args, **kwargs)
    raise ValueError(f"The letter fetches nothing from outside: {url}")


def letter_pdf(answer: Answer, *, answer_url: str) -> bytes:
    """The letter in the answer's language, ready to print or to attach."""
    appeal = answer.appeal
    language = answer.language or appeal.language
    with translation.override(language):
        html = render_to_string(
            "answers/letter.html",
            {
                "answer": answer,
                "appeal": appeal,
                "body": appeal.body.top,
                "sent_at": timezone.localtime(answer.sent_at or timezone.now()),
                "qr": qr_data_uri(answer_url),
                "answer_url": answer_url,
                "fonts": FONTS.as_uri(),
                "language": language,
            },
        )
    document = weasyprint.HTML(string=html, url_fetcher=_offline_fetcher, base_url=FONTS.as_uri())
    return document.write_pdf()


def pdf_response(pdf: bytes, reg_number: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="answer-{reg_number}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response
