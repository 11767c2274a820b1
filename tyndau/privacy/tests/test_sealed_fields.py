"""Personal data is sealed in the database and read back plain through the models."""

import pytest
from django.core.exceptions import FieldError
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from tyndau.appeals.models import Appeal
from tyndau.appeals.services import Applicant
from tyndau.notifications.models import OutboxMessage
from tyndau.privacy.crypto import PREFIX, Sealer, new_key

pytestmark = pytest.mark.django_db

PERSONAL = ("applicant_name", "iin_bin", "email", "phone", "address")


def _raw(table: str, columns: tuple[str, ...], pk: int) -> tuple:
    names = ", ".join(connection.ops.quote_name(c) for c in columns)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {names} FROM {table} WHERE id = %s", [pk])
        return cursor.fetchone()


def _filed(file, astana, **applicant):
    values = {"name": "Нурланова Айгерим", "iin_bin": "", "email": "", "phone": "", "address": ""}
    return file(astana, applicant=Applicant(**{**values, **applicant})).appeal


def test_an_appeals_personal_data_is_sealed_at_rest(file, astana):
    from tyndau.conftest import valid_iin

    appeal = _filed(
        file,
        astana,
        iin_bin=valid_iin(),
        email="aigerim@mail.kz",
        phone="+7 701 123 45 67",
        address="Абай 10",
    )
    stored = _raw("appeals_appeal", PERSONAL, appeal.pk)
    fresh = Appeal.objects.get(pk=appeal.pk)
    for column, raw in zip(PERSONAL, stored, strict=True):
        plain = getattr(fresh, column)
        assert plain, column
        assert raw.startswith(PREFIX) and plain not in raw, column
    assert fresh.email == "aigerim@mail.kz" and fresh.address == "Абай 10"
    assert Appeal.objects.filter(pk=appeal.pk).values_list("phone", flat=True)[0] == (
        "+7 701 123 45 67"
    )


def test_empty_means_empty_and_searching_by_value_is_refused(file, astana):
    appeal = _filed(file, astana)
    assert Appeal.objects.filter(pk=appeal.pk, email="").exists()
    with pytest.raises(FieldError, match="sealed"):
        list(Appeal.objects.filter(email="someone@mail.kz"))
    with pytest.raises(FieldError):
        list(Appeal.objects.filter(iin_bin__startswith="9001"))


def test_the_outbox_is_sealed(db):
    message = OutboxMessage.objects.create(
        template="filed", to="aigerim@mail.kz", subject="s", body="Сілтеме: /track/abc/"
    )
    to, body = _raw("notifications_outboxmessage", ("to", "body"), message.pk)
    assert "aigerim" not in to and "/track/" not in body
    assert OutboxMessage.objects.get(pk=message.pk).body == "Сілтеме: /track/abc/"


def test_rotating_the_key_reseals_everything(file, astana, settings):
    appeal = _filed(file, astana, email="old@mail.kz")
    (before,) = _raw("appeals_appeal", ("email",), appeal.pk)
    fresh_key = new_key()
    with override_settings(DATA_KEYS=[fresh_key, *settings.DATA_KEYS]):
        call_command("rotate_data_key", stdout=open("/dev/null", "w"))  # noqa: SIM115
        (after,) = _raw("appeals_appeal", ("email",), appeal.pk)
        assert after != before
        assert Sealer([fresh_key]).open(after) == "old@mail.kz"
    with override_settings(DATA_KEYS=[fresh_key]):  # the old key is no longer needed
        assert Appeal.objects.get(pk=appeal.pk).email == "old@mail.kz"


def test_the_outbox_admin_masks_and_searches_without_the_sealed_fields(db, admin_client):
    message = OutboxMessage.objects.create(
        template="filed", to="aigerim@mail.kz", subject="s", body="Link: /ru/track/Secret123/"
    )
    listing = admin_client.get("/ru/admin/notifications/outboxmessage/", {"q": "aigerim"})
    assert listing.status_code == 200 and "aigerim@mail.kz" not in listing.content.decode()
    page = admin_client.get(f"/ru/admin/notifications/outboxmessage/{message.pk}/change/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "aigerim@mail.kz" not in html and "Secret123" not in html and "a•••••••@mail.kz" in html


def test_the_outbox_admin_does_not_show_the_applicants_name(file, astana, admin_client):
    appeal = _filed(file, astana, name="Нурланов Айдар Серикович", email="aidar@mail.kz")
    message = OutboxMessage.objects.create(
        appeal=appeal, template="filed", to="aidar@mail.kz", subject="s", body="Құрметті Айдар!"
    )
    page = admin_client.get(f"/ru/admin/notifications/outboxmessage/{message.pk}/change/")
    html = page.content.decode()
    assert page.status_code == 200 and "Айдар" not in html and "Құрметті •••!" in html
