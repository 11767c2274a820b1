"""Reference data that ships with Tyndau, and the admin that keeps it."""

import csv
from pathlib import Path

import pytest
from django.urls import reverse

from tyndau.directory.models import Body, Sphere, Territory
from tyndau.directory.services import DATA_DIR, load_reference_data

pytestmark = pytest.mark.django_db

REFERENCE = (
    Path(__file__).resolve().parents[3].parent / "shared/reference/ministries_2023-02-07.csv"
)
SPHERES = [
    "housing",
    "utilities",
    "roads_transport",
    "urban_environment",
    "land",
    "health",
    "education",
    "social_protection",
    "employment",
    "public_order",
    "justice",
    "public_services",
    "agriculture",
    "ecology",
    "taxes_finance",
    "business_economy",
    "migration",
    "emergencies",
    "culture_sport",
    "digital_communications",
    "defence",
    "anti_corruption",
    "other",
]


def test_the_eighteen_ministries_exactly_as_published():
    ministries = Body.objects.filter(kind=Body.Kind.MINISTRY)
    assert ministries.count() == 18
    with open(DATA_DIR / "bodies.csv", encoding="utf-8") as handle:
        shipped = {row["name_ru"] for row in csv.DictReader(handle) if row["kind"] == "ministry"}
    assert set(ministries.values_list("name_ru", flat=True)) == shipped
    if REFERENCE.exists():  # the published table, beside the repository
        with open(REFERENCE, encoding="utf-8") as handle:
            published = list(csv.DictReader(handle))
        assert {r["ministry_ru"] for r in published} == shipped
        assert {r["ministry_en"] for r in published} == set(
            ministries.values_list("name_en", flat=True)
        )


def test_every_region_and_city_has_its_akimat():
    tops = Territory.objects.filter(parent__isnull=True)
    assert tops.count() == 20  # 17 regions and 3 cities of republican significance
    assert {"100000000", "330000000", "620000000"} <= set(tops.values_list("kato", flat=True))
    for territory in tops:
        assert Body.objects.filter(
            territory=territory, kind__in=[Body.Kind.AKIMAT_REGION, Body.Kind.AKIMAT_CITY]
        ).exists(), territory.name_en
    regions_with_districts = tops.filter(children__isnull=False).distinct().count()
    assert regions_with_districts >= 2


def test_spheres_have_the_stable_codes():
    assert list(Sphere.objects.filter(parent__isnull=True).values_list("code", flat=True)) == (
        SPHERES
    )
    for sphere in Sphere.objects.all():
        assert sphere.name_kk and sphere.name_ru and sphere.name_en


def test_body_paths_follow_the_tree():
    unit = Body.objects.filter(kind=Body.Kind.UNIT, parent__code="AKM-AST").first()
    assert unit.path == f"AKM-AST/{unit.code}/"
    assert unit in Body.objects.get(code="AKM-AST").subtree()
    assert unit.top.code == "AKM-AST"


def test_loading_again_changes_nothing_and_keeps_local_additions():
    extra = Body.objects.create(
        code="LOCAL-1",
        kind=Body.Kind.UNIT,
        name_kk="a",
        name_ru="b",
        name_en="c",
        parent=Body.objects.get(code="AKM-AST"),
    )
    before = Body.objects.count()
    load_reference_data()
    assert Body.objects.count() == before
    assert Body.objects.filter(pk=extra.pk).exists()


@pytest.mark.parametrize("model", ["body", "territory", "sphere"])
def test_admin_manages_reference_data(admin_client, model):
    response = admin_client.get(reverse(f"admin:directory_{model}_changelist"))
    assert response.status_code == 200
    assert admin_client.get(reverse(f"admin:directory_{model}_add")).status_code == 200


def test_admin_manages_officers_with_body_and_role(admin_client, officers):
    response = admin_client.get(reverse("admin:accounts_user_change", args=[officers["head"].pk]))
    html = response.content.decode()
    assert response.status_code == 200 and 'name="role"' in html and 'name="body"' in html
