"""A key rotation running while the application saves: the save is never overwritten by the
value the rotation read before it."""

import threading
import time

import pytest
from django.db import connection, connections
from django.test import override_settings

from tyndau.appeals.models import Appeal
from tyndau.appeals.services import Applicant
from tyndau.privacy.crypto import new_key
from tyndau.privacy.fields import sealer
from tyndau.privacy.resealing import reseal_table

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


class _SlowSealer:
    """Reseals like the real one, but waits after reading its first value: the moment a
    concurrent save happens in."""

    def __init__(self, real) -> None:
        self.real = real
        self.read = threading.Event()

    def reseal(self, stored):
        if not self.read.is_set():
            self.read.set()
            time.sleep(0.5)
        return self.real.reseal(stored)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL's concurrency")
def test_a_save_during_a_key_rotation_is_kept(file, astana, settings):
    appeal = file(astana, applicant=Applicant(email="old@mail.kz")).appeal
    with override_settings(DATA_KEYS=[new_key(), *settings.DATA_KEYS]):
        slow = _SlowSealer(sealer())

        def rotate() -> None:
            try:
                reseal_table(connections["default"], "appeals_appeal", ["email"], slow)
            finally:
                connections.close_all()

        def save() -> None:
            try:
                Appeal.objects.filter(pk=appeal.pk).update(email="new@mail.kz")
            finally:
                connections.close_all()

        rotation = threading.Thread(target=rotate)
        rotation.start()
        assert slow.read.wait(10), "the rotation read the row"
        saving = threading.Thread(target=save)
        saving.start()
        saving.join(10)
        rotation.join(10)
        assert Appeal.objects.get(pk=appeal.pk).email == "new@mail.kz"
