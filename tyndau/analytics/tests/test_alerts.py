"""Early warning: a surge against its own history, a campaign, a fall in satisfaction; the
head works through the checklist and closes the alert."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from tyndau.analytics import alerts, services
from tyndau.analytics.models import Alert, AlertSettings
from tyndau.analytics.significance import fall_p_value, surge_p_value
from tyndau.appeals.models import Appeal
from tyndau.appeals.services import Applicant, DomainError
from tyndau.conftest import PASSWORD, valid_iin


def test_a_surge_is_what_would_rarely_happen_at_the_usual_rate():
    expected, rare = surge_p_value(14, [2, 1, 3, 2, 2, 1, 2, 3])
    assert expected == 2.0 and rare < 1e-6
    _expected, usual = surge_p_value(3, [2, 3, 2, 3, 2, 3, 2, 3])
    assert usual > 0.3
    assert surge_p_value(2, [0] * 8)[1] > 0.05  # a quiet place: two appeals are not a surge


def test_a_fall_in_satisfaction_is_tested_one_sided():
    assert fall_p_value(30, 60, 20, 100) < 0.001
    assert fall_p_value(10, 60, 40, 100) == 1.0  # better, not worse
    assert fall_p_value(5, 0, 5, 10) == 1.0


@pytest.mark.django_db
def test_detected_surge_opens_one_alert_and_the_head_closes_it(file, astana, officers, client):
    now = timezone.now()
    history = [now - dt.timedelta(days=7 * week + 3) for week in range(1, 9)]
    for number, moment in enumerate(history):
        appeal = file(astana, applicant=Applicant(iin_bin=valid_iin(500 + number))).appeal
        Appeal.objects.filter(pk=appeal.pk).update(received_at=moment)
    for number in range(12):
        file(
            astana,
            subject=f"Нет воды, дом {number}",
            text=f"В доме {number} по улице Сарыарка нет воды третий день.",
            applicant=Applicant(iin_bin=valid_iin(600 + number)),
        )
    services.rebuild()
    found = alerts.detect()
    assert [a.kind for a in found] == [Alert.Kind.SURGE]
    surge = found[0]
    assert surge.observed == 12 and surge.expected == 1.0 and surge.body == astana
    assert alerts.detect()[0].pk == surge.pk  # still open: updated, not repeated
    assert Alert.objects.count() == 1

    client.login(username="head.ast", password=PASSWORD)
    page = client.get(reverse("analytics:alert", args=[surge.pk])).content.decode()
    assert "12" in page and "/staff/dashboard/appeals/received/?unit=" in page
    with pytest.raises(DomainError):
        alerts.close(surge, note="Всё сделано.", actor=officers["head"])
    for code, _label in alerts.CHECKLIST:
        response = client.post(
            reverse("analytics:alert", args=[surge.pk]),
            {"item": code, "done": "1", "note": "Сделано."},
        )
        assert response.status_code == 302
    client.post(
        reverse("analytics:alert", args=[surge.pk]), {"close": "1", "note": "Трубу заменили."}
    )
    surge.refresh_from_db()
    assert surge.state == Alert.State.CLOSED and surge.closing_note == "Трубу заменили."


@pytest.mark.django_db
def test_a_campaign_raises_an_alert_by_the_bodys_own_threshold(file, astana):
    AlertSettings.objects.create(body=astana, campaign_min_size=5)
    letter = (
        "Мы, жители микрорайона Шұғыла, против вырубки сквера у школы №45 под строительство "
        "торгового центра. Просим сохранить деревья и провести общественные слушания."
    )
    for number in range(6):
        file(astana, text=letter, applicant=Applicant(iin_bin=valid_iin(700 + number)))
    kinds = [a.kind for a in alerts.detect()]
    assert Alert.Kind.CAMPAIGN in kinds


@pytest.mark.django_db
def test_executors_cannot_see_alerts(client, officers):
    client.login(username="executor.ast", password=PASSWORD)
    assert client.get(reverse("analytics:alerts")).status_code == 403
