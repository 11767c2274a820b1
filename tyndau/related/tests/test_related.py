"""Repeat, duplicate and campaign detection at filing, and what officers do with them."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from tyndau.appeals.models import Appeal, AppealEvent, EventKind
from tyndau.appeals.services import Applicant
from tyndau.appeals.workflow import Status
from tyndau.conftest import PASSWORD, valid_iin
from tyndau.related import services
from tyndau.related.models import Campaign, CampaignMember, Relation

pytestmark = pytest.mark.django_db

FIRST = (
    "Детская площадка во дворе",
    "Просим отремонтировать детскую площадку во дворе домов 12 и 14 по улице Кенесары. "
    "Качели сломаны, горка ржавая, дети травмируются.",
)
AGAIN = (
    "Снова о детской площадке",
    "Повторно прошу отремонтировать детскую площадку во дворе домов 12 и 14 по улице "
    "Кенесары: качели сломаны до сих пор. Вчера мой сын упал с горки и сломал руку.",
)


def answered(appeal: Appeal, executor) -> Appeal:
    Appeal.objects.filter(pk=appeal.pk).update(
        status=Status.ANSWERED, answered_at=timezone.now(), executor=executor
    )
    appeal.refresh_from_db()
    return appeal


def test_repeat_after_an_answer_is_linked_with_what_is_new(file, officers, astana):
    first = answered(file(astana, subject=FIRST[0], text=FIRST[1]).appeal, officers["executor"])
    second = file(astana, subject=AGAIN[0], text=AGAIN[1]).appeal
    second.refresh_from_db()
    assert second.repeat_of == first
    relation = Relation.objects.get(appeal=second)
    assert relation.kind == Relation.Kind.REPEAT and relation.state == Relation.State.CONFIRMED
    assert relation.earlier_body == astana and relation.earlier_executor == officers["executor"]
    new = [second.text[a:b] for a, b in relation.new_spans]
    assert new == ["Вчера мой сын упал с горки и сломал руку."]
    assert AppealEvent.objects.filter(appeal=second, kind=EventKind.LINKED).exists()


def test_repeat_found_by_email_when_there_is_no_iin(file, officers, astana):
    anonymous_iin = Applicant(name="Ким Ольга", email="Olga.Kim@example.kz")
    answered(file(astana, subject=FIRST[0], text=FIRST[1], applicant=anonymous_iin).appeal, None)
    again = Applicant(name="Ким О.", email="olga.kim@example.kz ")
    second = file(astana, subject=AGAIN[0], text=AGAIN[1], applicant=again).appeal
    assert Appeal.objects.get(pk=second.pk).repeat_of_id is not None


def test_another_applicant_on_the_same_subject_is_not_a_repeat(file, officers, astana):
    answered(file(astana, subject=FIRST[0], text=FIRST[1]).appeal, officers["executor"])
    neighbour = Applicant(name="Сосед", iin_bin=valid_iin(7), email="n@example.kz")
    second = file(astana, subject=AGAIN[0], text=AGAIN[1], applicant=neighbour).appeal
    assert Appeal.objects.get(pk=second.pk).repeat_of_id is None


def test_the_same_appeal_twice_is_proposed_and_merged_on_confirmation(
    file, officers, astana, django_capture_on_commit_callbacks
):
    first = file(astana, subject=FIRST[0], text=FIRST[1]).appeal
    second = file(astana, subject=FIRST[0], text=FIRST[1], channel="paper").appeal
    relation = Relation.objects.get(appeal=second)
    assert relation.kind == Relation.Kind.DUPLICATE and relation.state == Relation.State.PROPOSED
    assert relation.earlier == first
    with django_capture_on_commit_callbacks(execute=True):
        services.merge_duplicate(relation, actor=officers["registrar"])
    second.refresh_from_db()
    assert second.status == Status.MERGED and second.closed_at
    assert AppealEvent.objects.filter(appeal=first, kind=EventKind.LINKED).exists()
    assert any(first.reg_number in message.body for message in mail.outbox)
    with pytest.raises(services.appeals.DomainError):
        services.merge_duplicate(Relation.objects.get(pk=relation.pk), actor=officers["registrar"])


def test_a_wrong_link_is_rejected_and_stops_counting(file, officers, astana):
    answered(file(astana, subject=FIRST[0], text=FIRST[1]).appeal, officers["executor"])
    second = file(astana, subject=AGAIN[0], text=AGAIN[1]).appeal
    relation = Relation.objects.get(appeal=second)
    services.reject(relation, actor=officers["head"])
    assert Appeal.objects.get(pk=second.pk).repeat_of_id is None
    assert Relation.objects.get(pk=relation.pk).state == Relation.State.REJECTED


def test_a_campaign_of_200_letters_is_one_group(file, astana, officers, client):
    letter = (
        "Мы, жители микрорайона Шұғыла, против вырубки сквера у школы №45 под строительство "
        "торгового центра. Просим сохранить деревья и провести общественные слушания."
    )
    for number in range(200):
        applicant = Applicant(
            name=f"Житель {number}", iin_bin=valid_iin(1000 + number), email=f"r{number}@ex.kz"
        )
        signed = f"{letter} С уважением, житель дома {number % 40 + 1}."
        file(astana, subject="Сохраните сквер", text=signed, applicant=applicant)
    campaign = Campaign.objects.get()
    assert campaign.size == 200 and campaign.members.count() == 200
    client.login(username="head.ast", password=PASSWORD)
    with translation.override("ru"):
        page = client.get(reverse("related:campaign", args=[campaign.pk]))
        assert page.status_code == 200 and page.context["page"].paginator.count == 200
        first = campaign.first_appeal
        detail = client.get(reverse("appeals:detail", args=[first.reg_number])).content.decode()
        assert reverse("related:campaign", args=[campaign.pk]) in detail
    client.login(username="head.kar", password=PASSWORD)
    with translation.override("ru"):
        assert client.get(reverse("related:campaign", args=[campaign.pk])).status_code == 404


def test_a_letter_left_out_of_a_campaign_joins_with_the_next_one_that_resembles_it(file, astana):
    letter = (
        "Мы, жители микрорайона Шұғыла, против вырубки сквера у школы №45 под строительство "
        "торгового центра. Просим сохранить деревья и провести общественные слушания."
    )
    filed = []
    for number in range(6):
        applicant = Applicant(name=f"Житель {number}", iin_bin=valid_iin(300 + number))
        filed.append(file(astana, subject="Сохраните сквер", text=letter, applicant=applicant))
        if number == 4:  # the campaign has formed; its first letter was not read as alike
            first = filed[0].appeal
            CampaignMember.objects.filter(appeal=first).delete()
            Campaign.objects.update(started_at=filed[1].appeal.received_at)
    campaign = Campaign.objects.get()
    assert campaign.size == campaign.members.count() == 6
    assert campaign.started_at == first.received_at and campaign.first_appeal == first


def test_a_few_neighbours_writing_alike_are_not_a_campaign(file, astana):
    for number in range(3):
        applicant = Applicant(name=f"Сосед {number}", iin_bin=valid_iin(50 + number))
        file(astana, subject=FIRST[0], text=FIRST[1], applicant=applicant)
    assert not Campaign.objects.exists()


def test_the_appeal_page_offers_the_merge(file, officers, astana, client):
    file(astana, subject=FIRST[0], text=FIRST[1])
    second = file(astana, subject=FIRST[0], text=FIRST[1], channel="paper").appeal
    client.login(username="registrar.ast", password=PASSWORD)
    relation = Relation.objects.get(appeal=second)
    with translation.override("ru"):
        page = client.get(reverse("appeals:detail", args=[second.reg_number])).content.decode()
        merge = reverse("related:merge", args=[second.reg_number, relation.pk])
        assert merge in page
        client.post(merge)
    assert Appeal.objects.get(pk=second.pk).status == Status.MERGED
