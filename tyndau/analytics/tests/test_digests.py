"""Thematic digests: frequent questions grouped, the best-rated answer, no personal data,
edited and published by the head."""

import pytest
from django.urls import reverse

from tyndau.analytics import digests
from tyndau.analytics.models import Digest
from tyndau.analytics.tests.test_rollups import answer
from tyndau.appeals.services import Applicant
from tyndau.conftest import PASSWORD, valid_iin
from tyndau.ratings import services as ratings

pytestmark = pytest.mark.django_db

WATER = "Нет горячей воды в доме по улице Абая, 12, уже неделю, управляющая компания молчит."
LIGHT = "На улице Кенесары не горят фонари, вечером темно, дети идут из школы в темноте."


def test_groups_put_alike_texts_together():
    texts = [WATER] * 6 + [LIGHT] * 4 + ["Прошу отремонтировать крышу школы."]
    found = digests.groups(texts)
    assert sorted(found[0]) == list(range(6))


def test_a_digest_from_the_periods_appeals_goes_public_without_personal_data(
    file, astana, officers, client
):
    first = file(astana).appeal  # "no heating", which the answer is about
    sent = answer(first, officers)
    ratings.rate(sent, score=5, reasons=[])
    for number in range(5):
        file(astana, applicant=Applicant(name=f"Житель {number}", iin_bin=valid_iin(80 + number)))
    client.login(username="head.ast", password=PASSWORD)
    made = client.post(reverse("analytics:digests"), {"unit": astana.pk})
    digest = Digest.objects.get()
    assert made.status_code == 302
    item = digest.items.get(position=1)
    assert item.appeals == 6 and item.rating == 5 and item.source_answer == sent
    assert "Подача тепла" in item.answer
    assert "Айдар Серикович" not in item.answer and first.reg_number not in item.answer
    assert "55-12-34" not in item.answer  # phones are masked
    client.post(
        reverse("analytics:digest", args=[digest.pk]),
        {
            f"question-{item.pk}": "Что делать, если нет отопления?",
            f"answer-{item.pk}": item.answer,
            "publish": "1",
        },
    )
    digest.refresh_from_db()
    assert digest.state == Digest.State.PUBLISHED
    client.logout()
    public = client.get(reverse("analytics:public_digest", args=[digest.pk])).content.decode()
    assert "Что делать, если нет отопления?" in public


def test_nothing_to_digest_is_said_plainly(astana, officers):
    import datetime as dt

    with pytest.raises(digests.DomainError):
        digests.build(astana, dt.date(2020, 1, 1), dt.date(2020, 1, 31), actor=officers["head"])
