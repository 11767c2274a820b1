"""The citizen's rating: by the signed link or the QR on the PDF, once; changed for 30 days
from the tracking page; a low one opens a review or a complaint in one click."""

import datetime as dt
import io

import pytest
import zxingcpp
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image
from pypdf import PdfReader

from tyndau.answers import services as answers
from tyndau.answers.links import answer_token, answer_url
from tyndau.answers.tests.test_drafting import FULL
from tyndau.appeals import services
from tyndau.appeals.models import EventKind, Kind
from tyndau.ratings import services as ratings
from tyndau.ratings.models import Rating

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent(file, astana, officers):
    """A filed appeal answered in full: (the answer, the applicant's tracking token)."""
    filed = file(astana)
    appeal = filed.appeal
    services.assign(appeal, officers["executor"], actor=officers["head"])
    answers.save_draft(appeal, actor=officers["executor"], text=FULL, outcome="satisfied")
    answers.submit_for_approval(appeal, actor=officers["executor"])
    return answers.approve_and_send(appeal, actor=officers["head"]), filed.tracking_token


def link(answer, name="ratings:answer", language="ru") -> str:
    with translation.override(language):
        return reverse(name, kwargs={"token": answer_token(answer)})


def test_the_signed_link_shows_the_answer_and_the_form(client, sent):
    answer, _ = sent
    response = client.get(link(answer))
    html = response.content.decode()
    assert response.status_code == 200
    assert "восстановлена 5 ноября" in html
    assert 'name="score"' in html and 'name="reasons"' in html
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize("mangle", [lambda t: t[:-2] + "xx", lambda t: "1" + t, lambda t: "abc"])
def test_a_tampered_link_finds_nothing(client, sent, mangle):
    answer, _ = sent
    with translation.override("ru"):
        url = reverse("ratings:answer", kwargs={"token": mangle(answer_token(answer))})
    assert client.get(url).status_code == 404
    assert client.post(url, {"score": "5"}).status_code == 404


def test_a_link_to_an_unsent_answer_finds_nothing(client, file, astana, officers):
    appeal = file(astana).appeal
    services.assign(appeal, officers["executor"], actor=officers["head"])
    draft = answers.save_draft(appeal, actor=officers["executor"], text=FULL, outcome="satisfied")
    assert client.get(link(draft)).status_code == 404


def test_rating_once_by_the_link(client, sent):
    answer, _ = sent
    url = link(answer)
    response = client.post(url, {"score": "2", "reasons": ["incomplete", "not_solved"]})
    assert response.status_code == 302
    rating = Rating.objects.get(appeal=answer.appeal)
    assert (rating.score, rating.reasons, rating.answer) == (
        2,
        ["incomplete", "not_solved"],
        answer,
    )
    again = client.post(url, {"score": "5"})
    assert again.status_code == 400
    assert Rating.objects.get(appeal=answer.appeal).score == 2
    event = answer.appeal.events.get(kind=EventKind.RATED)
    assert event.public and event.data["score"] == 2


def test_bad_rating_input_is_refused_and_kept(client, sent):
    answer, _ = sent
    response = client.post(
        link(answer), {"score": "9", "reasons": ["incomplete"], "comment": "Ничего не ясно"}
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert 'class="message error"' in html
    assert "Ничего не ясно</textarea>" in html
    assert 'value="incomplete" checked' in html
    assert client.post(link(answer), {"score": "4", "reasons": ["bribe"]}).status_code == 400
    assert not Rating.objects.exists()


def test_the_applicant_changes_the_rating_for_30_days_from_the_tracking_page(client, sent):
    answer, token = sent
    ratings.rate(answer, score=2, reasons=["incomplete"])
    with translation.override("ru"):
        url = reverse("ratings:track_rate", kwargs={"token": token})
        track = reverse("appeals:track", kwargs={"token": token})
    assert "Изменить оценку" in client.get(track).content.decode() or 'name="score"' in (
        client.get(track).content.decode()
    )
    client.post(url, {"score": "4", "comment": "Разобрались"})
    rating = Rating.objects.get()
    assert (rating.score, rating.comment) == (4, "Разобрались") and rating.changed_at
    Rating.objects.filter(pk=rating.pk).update(created_at=timezone.now() - dt.timedelta(days=31))
    client.post(url, {"score": "1"})
    assert Rating.objects.get().score == 4
    assert 'name="score"' not in client.get(track).content.decode()


def test_only_a_link_of_ours_or_the_tracking_token_can_rate(client, sent):
    answer, _ = sent
    with translation.override("ru"):
        url = reverse("ratings:track_rate", kwargs={"token": "not-a-token"})
    assert client.post(url, {"score": "1"}).status_code == 404
    assert not Rating.objects.exists()


def test_a_low_rating_opens_a_review_in_one_click(client, sent, settings):
    answer, _ = sent
    client.post(link(answer), {"score": "1", "reasons": ["not_solved"], "comment": "Холодно"})
    html = client.get(link(answer)).content.decode()
    assert 'value="review"' in html
    response = client.post(link(answer, "ratings:answer_follow_up"), {"kind": "review"})
    assert response.status_code == 302 and "/track/" in response["Location"]
    rating = Rating.objects.get()
    review = rating.follow_up
    assert review.repeat_of == answer.appeal and review.kind == Kind.COMPLAINT
    assert review.body == answer.appeal.body.top
    assert answer.appeal.reg_number in review.subject
    assert "Холодно" in review.text and review.due_date
    second = client.post(link(answer, "ratings:answer_follow_up"), {"kind": "review"})
    assert second.status_code == 302
    assert Rating.objects.get().follow_up == review  # one click, one appeal


def test_a_complaint_goes_to_the_higher_body(sent, karaganda):
    answer, _ = sent
    rating = ratings.rate(answer, score=2, reasons=["incomplete"])
    options = ratings.follow_up_options(rating)
    higher = ratings.higher_body(answer.appeal)
    if higher is None:
        assert options == ["review"]
        return
    filed = ratings.open_follow_up(rating, "higher")
    assert filed.appeal.body == higher


def test_satisfied_ratings_offer_nothing_and_the_threshold_is_configurable(sent, settings):
    answer, _ = sent
    rating = ratings.rate(answer, score=3, reasons=[])
    assert not rating.dissatisfied and ratings.follow_up_options(rating) == []
    settings.RATING_DISSATISFIED_AT_MOST = 3
    assert rating.dissatisfied and "review" in ratings.follow_up_options(rating)


def test_the_rating_shows_on_the_officers_timeline(client, sent, officers):
    from tyndau.conftest import PASSWORD

    answer, _ = sent
    ratings.rate(answer, score=2, reasons=["deadline_broken"], comment="Поздно")
    client.login(username=officers["head"].username, password=PASSWORD)
    with translation.override("ru"):
        html = client.get(reverse("appeals:detail", args=[answer.appeal.reg_number])).content
    html = html.decode()
    assert "2 / 5" in html or "2 из 5" in html
    assert "Поздно" in html


def test_the_pdf_letter_carries_the_answer_and_a_qr_of_the_signed_link(client, sent):
    answer, token = sent
    response = client.get(link(answer, "ratings:answer_letter"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Подача тепла в дом по ул. Абая, 10" in text, text
    assert answer.appeal.reg_number in text
    images = [image for page in reader.pages for image in page.images]
    assert images, "the QR code is on the letter"
    decoded = [
        barcode.text
        for image in images
        for barcode in zxingcpp.read_barcodes(Image.open(io.BytesIO(image.data)).convert("L"))
    ]
    assert decoded == [answer_url(answer)]
    # The same letter from the tracking page, and for officers to print.
    with translation.override("ru"):
        tracked = reverse("ratings:track_letter", kwargs={"token": token})
    assert client.get(tracked).content[:5] == b"%PDF-"
