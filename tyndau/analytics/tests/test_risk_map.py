"""The risk map: sphere × region against the previous period, tiles for all 20 regions."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from tyndau.analytics import riskmap
from tyndau.analytics.figures import Scope
from tyndau.analytics.riskmap import Cell
from tyndau.appeals.models import Appeal
from tyndau.appeals.services import Applicant
from tyndau.conftest import PASSWORD, valid_iin
from tyndau.directory.models import Territory

pytestmark = pytest.mark.django_db


def test_cells_compare_with_the_period_before():
    assert Cell({"received": 6}, {"received": 2}).value("volume") == 3.0
    assert Cell({"received": 6}, {"received": 2}).level("volume") == 3
    assert Cell({"received": 2}, {"received": 2}).level("volume") == -1  # too few
    worse = Cell(
        {"received": 9, "ratings": 10, "dissatisfied": 5}, {"ratings": 10, "dissatisfied": 2}
    )
    assert worse.value("dissatisfaction") == 30.0 and worse.level("dissatisfaction") == 3


def test_every_region_has_a_tile_in_its_place():
    regions, _region_of = riskmap.regions_by_territory()
    assert {r.kato for r in regions} == set(riskmap.TILES)
    assert len(set(riskmap.TILES.values())) == len(riskmap.TILES) == 20


def test_a_surge_in_one_place_shows_where_it_is(client, file, astana, officers):
    for number in range(6):
        file(astana, applicant=Applicant(iin_bin=valid_iin(40 + number)))
    # two of them came a month earlier: the period before has some, the present more
    month_ago = timezone.now() - dt.timedelta(days=31)
    earlier = Appeal.objects.order_by("pk")[:2]
    for appeal in earlier:
        Appeal.objects.filter(pk=appeal.pk).update(received_at=month_ago)
    from tyndau.analytics import services

    services.rebuild()
    today = timezone.localdate()
    built = riskmap.build(Scope.of_body(astana), today - dt.timedelta(days=29), today, "volume")
    astana_city = Territory.objects.get(kato="710000000")
    tile = next(t for t in built["tiles"] if t["region"] == astana_city)
    assert tile["cell"].received == 4 and tile["cell"].shown_value == 2.0
    client.login(username="head.ast", password=PASSWORD)
    page = client.get(reverse("analytics:risk_map"), {"metric": "dissatisfaction"})
    assert page.status_code == 200 and "tile-map" in page.content.decode()
