"""The outbox through the real task backend: a row in the database, run by `db_worker`."""

import pytest
from django.core.management import call_command
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from tyndau.notifications.models import OutboxMessage
from tyndau.notifications.services import queue_mail


@pytest.mark.django_db(transaction=True)
def test_db_worker_delivers_what_the_outbox_queued(settings, mailoutbox):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with transaction.atomic():
        message = queue_mail(
            "aidar@example.kz", "Тема", "Текст письма", template="filed", for_applicant=True
        )
    assert DBTaskResult.objects.count() == 1  # queued once the transaction committed
    assert OutboxMessage.objects.get().state == OutboxMessage.State.PENDING
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    message.refresh_from_db()
    assert message.state == OutboxMessage.State.SENT
    assert [m.subject for m in mailoutbox] == ["Тема"]
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


@pytest.mark.django_db(transaction=True)
def test_nothing_is_queued_when_the_change_is_rolled_back(settings, mailoutbox):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with pytest.raises(RuntimeError), transaction.atomic():
        queue_mail("aidar@example.kz", "Тема", "Текст", template="filed")
        raise RuntimeError("the appeal was not accepted")
    assert not OutboxMessage.objects.exists()
    assert not DBTaskResult.objects.exists()
