"""The mail server is down for an hour: letters wait in the outbox, retried on the backoff's
schedule and never given up, and go out once it is back, each once. A real SMTP server on
loopback and Django's SMTP backend; the hour is simulated by the sweep's `now`."""

import datetime as dt

import pytest
from django.db import transaction
from django.utils import timezone

from tyndau.notifications import services
from tyndau.notifications.models import OutboxMessage
from tyndau.notifications.tests.smtp import MailServer

pytestmark = [pytest.mark.django_db, pytest.mark.faults]


@pytest.fixture
def mail_server(settings):
    server = MailServer()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", server.port, 5
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    yield server
    server.stop()


def test_an_hour_without_the_mail_server_loses_nothing_and_sends_nothing_twice(mail_server):
    with transaction.atomic():
        for n in range(5):
            services.queue_mail(f"citizen{n}@example.kz", f"Өтініш №{n}", "Мәтін", template="filed")
    start = timezone.now()
    attempts_seen = []
    for minute in range(61):  # the sweep runs every minute; the server stays down
        services.deliver_waiting(now=start + dt.timedelta(minutes=minute))
        attempts_seen.append(OutboxMessage.objects.values_list("attempts", flat=True).first())
    waiting = OutboxMessage.objects.all()
    assert {m.state for m in waiting} == {OutboxMessage.State.PENDING}
    assert {m.attempts for m in waiting} == {4}  # at 0, 1, 6 and 21 minutes: not every minute
    assert all("Connection refused" in m.last_error or "111" in m.last_error for m in waiting)

    mail_server.start()
    went_out_at = None
    for minute in range(61, 181):
        if services.deliver_waiting(now=start + dt.timedelta(minutes=minute)):
            went_out_at = went_out_at or minute
    sent = OutboxMessage.objects.all()
    assert {m.state for m in sent} == {OutboxMessage.State.SENT}
    assert went_out_at == 81  # the backoff's next step after the fourth failure (21 + 60)
    ids = mail_server.recorder.message_ids()
    assert sorted(ids) == sorted(services.message_id(m) for m in sent)  # each once
    assert sorted(letter["To"] for letter in mail_server.recorder.letters) == [
        f"citizen{n}@example.kz" for n in range(5)
    ]
