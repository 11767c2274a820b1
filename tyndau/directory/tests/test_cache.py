"""What a process keeps of the directory is dropped by any write to it, however made."""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from tyndau.directory import cache
from tyndau.directory.models import Body, DirectoryStamp, Sphere, Territory

pytestmark = pytest.mark.django_db


def _token() -> str:
    return DirectoryStamp.objects.get(pk=1).token


def _names() -> dict[str, str]:
    return cache.kept("test-names", lambda: dict(Territory.objects.values_list("kato", "name_ru")))


@pytest.mark.parametrize(
    "change",
    [
        lambda t: Territory.objects.filter(pk=t.pk).update(name_ru="Другое"),  # no signal
        lambda t: Territory.objects.bulk_create(
            [Territory(kato="999999999", level="region", name_kk="x", name_ru="x", name_en="x")]
        ),
        lambda t: setattr(t, "name_ru", "Другое") or t.save(),
        lambda t: Body.objects.filter(territory=t).first().spheres.clear(),
        lambda t: connection.cursor().execute(
            "UPDATE directory_sphere SET name_en = 'raw' WHERE id = %s", [Sphere.objects.first().pk]
        ),
    ],
    ids=["update", "bulk_create", "save", "m2m", "raw_sql"],
)
def test_every_write_gives_the_directory_a_new_token(change):
    territory = Territory.objects.filter(bodies__isnull=False).first()
    before = _token()
    _names()
    change(territory)
    assert _token() != before
    assert _names() == dict(Territory.objects.values_list("kato", "name_ru"))


def test_a_rolled_back_change_never_names_other_data():
    before = _token()
    territory = Territory.objects.first()
    with pytest.raises(RuntimeError), transaction.atomic():
        Territory.objects.filter(pk=territory.pk).update(name_ru="Откат")
        assert _names()[territory.kato] == "Откат"
        raise RuntimeError
    assert _token() == before
    assert _names()[territory.kato] == territory.name_ru
    Territory.objects.filter(pk=territory.pk).update(name_ru="Снова")
    assert _names()[territory.kato] == "Снова"  # not what the rolled-back change kept


def test_in_a_request_the_token_is_read_once_and_again_after_a_change():
    territory = Territory.objects.first()
    cache._started()  # what request_started does (the signal would also close the connection)
    try:
        with CaptureQueriesContext(connection) as first:
            cache.get(Territory, territory.pk)
        with CaptureQueriesContext(connection) as again:
            cache.get(Territory, territory.pk)
            cache.territory_by_kato(territory.kato)
        assert len(again) == 0
        territory.name_ru = "Переименован"
        territory.save()  # through the ORM: seen at once, in the same request
        assert cache.get(Territory, territory.pk).name_ru == "Переименован"
    finally:
        cache._finished()
    assert len(first) >= 1


def test_instances_are_fresh_copies():
    territory = Territory.objects.filter(parent__isnull=False).first()
    one, two = cache.get(Territory, territory.pk), cache.get(Territory, str(territory.pk))
    assert one == two == territory and one is not two
    assert one._state.adding is False and one._state.db == "default"
    one.name_ru = "changed in memory"
    assert cache.get(Territory, territory.pk).name_ru == territory.name_ru
    assert one.parent == territory.parent
    assert cache.get(Territory, 0) is None
    with pytest.raises(ValueError):
        cache.get(Territory, "not a number")
