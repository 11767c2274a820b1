"""The competent body kept per process is the rule's, and a change to the directory is
followed at once."""

import pytest

from tyndau.appeals import services as appeals
from tyndau.directory.models import Body, Sphere, Territory
from tyndau.routing import services as routing
from tyndau.routing.engine.router import Router

pytestmark = pytest.mark.django_db

NO_MODEL = Router(None)


def _rule(territory, sphere):
    try:
        return appeals.competent_body(territory, sphere)
    except appeals.DomainError:
        return None


def test_kept_bodies_are_the_rules_for_every_place_and_sphere():
    spheres = list(Sphere.objects.all())
    for territory in Territory.objects.all():
        for sphere in spheres:
            expected = _rule(territory, sphere)
            for _twice in range(2):
                got = routing.suggested_body(sphere, territory, NO_MODEL)
                assert got == expected, (territory.kato, sphere.code)
                if got is not None:
                    assert got.path == expected.path and got.is_active == expected.is_active


def test_a_body_switched_off_is_no_longer_suggested():
    sphere = Sphere.objects.get(code="health")
    territory = Territory.objects.filter(parent__isnull=False).first()
    first = routing.suggested_body(sphere, territory, NO_MODEL)
    assert first is not None
    Body.objects.filter(pk=first.pk).update(is_active=False)  # no signal: the stamp tells
    assert routing.suggested_body(sphere, territory, NO_MODEL) == _rule(territory, sphere)
    assert routing.suggested_body(sphere, territory, NO_MODEL) != first
