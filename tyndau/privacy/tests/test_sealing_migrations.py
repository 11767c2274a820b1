"""The sealing migrations seal what was written before them, and undo it going back."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tyndau.privacy.crypto import PREFIX
from tyndau.privacy.fields import sealer

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

BEFORE = [("appeals", "0009_drop_prefix_indexes"), ("notifications", "0001_initial")]
AFTER = [("appeals", "0010_seal_personal_data"), ("notifications", "0002_seal_outbox")]


def _migrate(targets) -> None:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


def _outbox_row() -> tuple:
    with connection.cursor() as cursor:
        cursor.execute('SELECT "to", body FROM notifications_outboxmessage')
        return cursor.fetchone()


def test_sealing_forwards_and_back():
    _migrate(BEFORE)
    with connection.cursor() as cursor:
        cursor.execute(
            'INSERT INTO notifications_outboxmessage (template, "to", subject, body, '
            "for_applicant, state, attempts, next_attempt_at, last_error, created_at) "
            "VALUES ('filed', 'aigerim@mail.kz', 's', 'Сілтеме /track/abc/', TRUE, 'pending', "
            "0, CURRENT_TIMESTAMP, '', CURRENT_TIMESTAMP)"
        )
    try:
        _migrate(AFTER)
        to, body = _outbox_row()
        assert to.startswith(PREFIX) and body.startswith(PREFIX)
        assert sealer().open(to) == "aigerim@mail.kz"
        assert sealer().open(body) == "Сілтеме /track/abc/"
        _migrate(BEFORE)
        assert _outbox_row() == ("aigerim@mail.kz", "Сілтеме /track/abc/")
    finally:
        _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
