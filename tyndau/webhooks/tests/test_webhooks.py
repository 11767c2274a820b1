"""Webhooks: queued with the appeal's event (nothing for a rolled-back change), only for appeals
the endpoint's key may read, posted to a real HTTP server on 127.0.0.1, signed so a receiver
can check them, retried with backoff after 5xx answers and timeouts, then given up; the log is
in the administration."""

import datetime as dt
import hashlib
import hmac
import json
import time

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from tyndau.analytics.tests.test_rollups import answer
from tyndau.api import keys
from tyndau.appeals import services as appeals
from tyndau.appeals.services import Applicant
from tyndau.conftest import valid_iin
from tyndau.deadlines import services as deadlines
from tyndau.directory.models import Body
from tyndau.ratings import services as ratings
from tyndau.webhooks import signing
from tyndau.webhooks.models import (
    ANSWERED,
    FILED,
    PING,
    RATED,
    STATUS_CHANGED,
    WebhookDelivery,
    WebhookEndpoint,
)
from tyndau.webhooks.services import BACKOFF, deliver_waiting, purge_log, retry_now

pytestmark = pytest.mark.django_db

PERSON = Applicant(
    name="Нурланов Айдар Серикович",
    iin_bin=valid_iin(11),
    email="aidar.nurlanov@example.kz",
    phone="+7 701 123 45 67",
    address="г. Астана, ул. Кенесары, 40, кв. 12",
)


def receiver_accepts(secret: str, header: str, body: bytes) -> bool:
    """What the integration's receiver does (the README's example), written independently."""
    parts = dict(part.split("=", 1) for part in header.split(","))
    signed = parts["t"].encode() + b"." + body
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    fresh = abs(time.time() - int(parts["t"])) <= 300
    return fresh and hmac.compare_digest(expected, parts["v1"])


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed():` runs what waits for the commit (the delivery tasks) at its end."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_a_filed_appeal_reaches_the_receiver_signed_and_without_personal_data(
    file, astana, endpoint_for, receiver, committed
):
    endpoint = endpoint_for(body=astana)
    with committed():
        appeal = file(astana, applicant=PERSON).appeal
    (got,) = receiver.got
    assert got.path == "/hooks/tyndau"
    assert got.headers["Content-Type"] == "application/json; charset=utf-8"
    assert got.headers["X-Tyndau-Event"] == FILED
    header = got.headers["X-Tyndau-Signature"]
    assert receiver_accepts(endpoint.secret, header, got.body)
    assert signing.verify(endpoint.secret, header, got.body)
    assert not signing.verify("whsec_another", header, got.body)
    assert not signing.verify(endpoint.secret, header, got.body.replace(b"registered", b"answered"))
    assert not signing.verify(endpoint.secret, header, got.body, now=time.time() + 3600)

    payload = got.json
    assert payload["id"] == got.headers["X-Tyndau-Event-Id"]
    assert payload["type"] == FILED
    assert payload["appeal"]["number"] == appeal.reg_number
    assert payload["appeal"]["status"] == "registered"
    assert payload["appeal"]["body"] == astana.code
    assert payload["appeal"]["due_date"] == appeal.due_date.isoformat()
    assert payload["appeal"]["url"].endswith(f"/api/v1/appeals/{appeal.reg_number}")
    assert payload["change"] == {"kind": "filed", "from_status": None, "to_status": "registered"}
    text = got.body.decode()
    for personal in (
        PERSON.name,
        "Нурланов",
        PERSON.iin_bin,
        PERSON.email,
        PERSON.phone,
        "701 123",
        "7011234567",
        "Кенесары",
        appeal.subject,
        "Абая",
    ):
        assert personal not in text, personal

    delivery = WebhookDelivery.objects.get()
    assert delivery.state == WebhookDelivery.State.DELIVERED
    assert (delivery.attempts, delivery.last_status_code, delivery.last_error) == (1, 200, "")
    assert str(delivery.event_id) == payload["id"] and delivery.appeal == appeal
    (attempt,) = delivery.attempt_log.all()
    assert attempt.status_code == 200 and attempt.response_excerpt == "ok"


def test_a_failing_receiver_is_retried_with_backoff_then_given_up(
    file, astana, endpoint_for, receiver, committed
):
    receiver.default = 500
    endpoint_for(body=astana)
    with committed():
        file(astana)
    delivery = WebhookDelivery.objects.get()
    assert delivery.state == WebhookDelivery.State.PENDING
    assert (delivery.attempts, delivery.last_status_code, delivery.last_error) == (
        1,
        500,
        "HTTP 500",
    )
    first_wait = delivery.next_attempt_at - delivery.last_attempt_at
    assert dt.timedelta(seconds=55) < first_wait <= BACKOFF[0]

    waits = []
    while delivery.state == WebhookDelivery.State.PENDING:
        due = delivery.next_attempt_at
        assert deliver_waiting(due - dt.timedelta(seconds=1)) == 0  # not before its time
        tried = len(receiver.got)
        assert deliver_waiting(due) == 0  # tried, and failed again
        assert len(receiver.got) == tried + 1
        delivery.refresh_from_db()
        if delivery.state == WebhookDelivery.State.PENDING:
            waits.append(delivery.next_attempt_at - due)
    assert waits == list(BACKOFF[1:])  # 5 min, 30 min, 2 h, 12 h
    assert delivery.state == WebhookDelivery.State.FAILED and delivery.attempts == 6
    assert delivery.attempt_log.count() == 6
    assert {r.headers["X-Tyndau-Event-Id"] for r in receiver.got} == {str(delivery.event_id)}
    assert [r.headers["X-Tyndau-Attempt"] for r in receiver.got] == ["1", "2", "3", "4", "5", "6"]
    assert len({r.body for r in receiver.got}) == 1  # the same body each time, signed anew
    assert deliver_waiting(delivery.next_attempt_at + dt.timedelta(days=30)) == 0
    assert len(receiver.got) == 6

    receiver.default = 204  # the administrator retries by hand once the receiver is fixed
    with committed():
        assert retry_now(WebhookDelivery.objects.all()) == 1
    delivery.refresh_from_db()
    assert delivery.state == WebhookDelivery.State.DELIVERED and delivery.last_status_code == 204


def test_a_receiver_that_does_not_answer_in_time_is_retried(
    settings, file, astana, endpoint_for, receiver, committed
):
    settings.WEBHOOK_TIMEOUT_SECONDS = 1.5  # the retry must answer within it on a busy machine
    receiver.replies = [("sleep", 4, 200)]
    endpoint_for(body=astana)
    with committed():
        file(astana)
    delivery = WebhookDelivery.objects.get()
    assert delivery.state == WebhookDelivery.State.PENDING and delivery.attempts == 1
    assert delivery.last_status_code is None and "timed out" in delivery.last_error
    deadlines.sweep(delivery.next_attempt_at - dt.timedelta(seconds=1))  # not yet due
    assert len(receiver.got) == 1
    deadlines.sweep(delivery.next_attempt_at)  # the periodic sweep retries it
    delivery.refresh_from_db()
    assert delivery.state == WebhookDelivery.State.DELIVERED and delivery.attempts == 2
    assert len(receiver.got) == 2


def test_an_unreachable_receiver_is_retried(file, astana, endpoint_for, receiver, committed):
    endpoint_for(body=astana, url="http://127.0.0.1:9/nobody-listens")
    with committed():
        file(astana)
    delivery = WebhookDelivery.objects.get()
    assert delivery.state == WebhookDelivery.State.PENDING and delivery.last_error
    assert delivery.last_status_code is None


def test_only_appeals_the_key_may_read(
    file, astana, karaganda, officers, endpoint_for, receiver, committed
):
    mine = endpoint_for(body=astana)
    theirs = endpoint_for(body=karaganda)
    their_head = endpoint_for(officer=officers["foreign_head"])
    unit = endpoint_for(body=astana.children.filter(kind=Body.Kind.UNIT).first())
    with committed():
        appeal = file(astana).appeal
    assert list(WebhookDelivery.objects.values_list("endpoint", flat=True)) == [mine.pk]
    assert len(receiver.got) == 1

    # Redirected: Astana hears it leave, Karaganda (by body or by its head) hears it arrive.
    with committed():
        appeals.redirect(appeal, karaganda, actor=officers["head"], reason="Дом в Караганде.")
    moved = WebhookDelivery.objects.filter(event_type=STATUS_CHANGED)
    assert {d.endpoint_id for d in moved} == {mine.pk, theirs.pk, their_head.pk}
    change = json.loads(moved.first().payload)["change"]
    assert (change["from_body"], change["to_body"]) == (astana.code, karaganda.code)
    assert not unit.deliveries.exists()


def test_switched_off_endpoints_and_revoked_keys_get_nothing(
    file, astana, endpoint_for, receiver, committed, django_capture_on_commit_callbacks
):
    off = endpoint_for(body=astana)
    off.is_active = False
    off.save()
    keys.revoke(endpoint_for(body=astana).api_key)
    with committed():
        file(astana)
    assert not WebhookDelivery.objects.exists()

    later = endpoint_for(body=astana)
    with django_capture_on_commit_callbacks(execute=False):  # queued, not yet sent...
        file(astana, applicant=Applicant(iin_bin=valid_iin(4)))
    keys.revoke(later.api_key)  # ...when the key is revoked
    assert deliver_waiting() == 0
    delivery = later.deliveries.get()
    assert delivery.state == WebhookDelivery.State.FAILED and "revoked" in delivery.last_error
    assert receiver.got == []


def test_each_endpoint_gets_the_events_it_asked_for(
    file, astana, officers, endpoint_for, receiver, committed
):
    everything = endpoint_for(body=astana)
    statuses = endpoint_for(body=astana, event_types=[STATUS_CHANGED])
    outcomes = endpoint_for(body=astana, event_types=[ANSWERED, RATED])
    with committed():
        appeal = file(astana).appeal
        sent = answer(appeal, officers)
        ratings.rate(sent, score=2, reasons=["incomplete"], comment="Позвоните: 87011234567")

    def kinds(endpoint):
        return [d.event_type for d in endpoint.deliveries.order_by("id")]

    assert kinds(everything)[0] == FILED
    assert {ANSWERED, RATED, STATUS_CHANGED} <= set(kinds(everything))
    assert set(kinds(statuses)) == {STATUS_CHANGED}
    assert kinds(outcomes) == [ANSWERED, RATED]
    # The answer going out: `appeal.answered`, or a status change for those who want only those.
    answered = [json.loads(d.payload) for d in statuses.deliveries.order_by("id")][-1]
    assert answered["change"]["to_status"] == "answered"
    assert answered["appeal"]["outcome"] == "satisfied"
    rated = json.loads(outcomes.deliveries.get(event_type=RATED).payload)
    assert rated["change"]["score"] == 2 and rated["change"]["reasons"] == ["incomplete"]
    assert "87011234567" not in outcomes.deliveries.get(event_type=RATED).payload
    assert all(
        r.headers["X-Tyndau-Event"] in (FILED, STATUS_CHANGED, ANSWERED, RATED)
        for r in receiver.got
    )
    assert WebhookDelivery.objects.exclude(state=WebhookDelivery.State.DELIVERED).count() == 0


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_change_sends_nothing_and_a_committed_one_goes_through_the_worker(
    settings, file, astana, endpoint_for, receiver
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    endpoint_for(body=astana)
    with pytest.raises(RuntimeError), transaction.atomic():
        file(astana)
        raise RuntimeError("the appeal was not accepted")
    assert not WebhookDelivery.objects.exists()
    assert not DBTaskResult.objects.exists()

    appeal = file(astana).appeal  # committed: queued for the worker, not sent yet
    tasks = DBTaskResult.objects.filter(task_path__endswith="deliver_webhook")
    assert tasks.count() == 1 and receiver.got == []
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    delivery = WebhookDelivery.objects.get()
    assert delivery.state == WebhookDelivery.State.DELIVERED and delivery.appeal == appeal
    assert [r.json["appeal"]["number"] for r in receiver.got] == [appeal.reg_number]


def test_an_endpoint_must_be_able_to_hear_something(astana, settings):
    settings.DEBUG = False
    filing_only = keys.issue("filing", body=astana, permissions=["file"]).api_key
    with pytest.raises(ValidationError) as refused:
        WebhookEndpoint(api_key=filing_only, url="https://example.kz/hook").full_clean()
    assert "api_key" in refused.value.message_dict
    reader = keys.issue("reader", body=astana, permissions=["view"]).api_key
    for url in ("http://example.kz/hook", "ftp://example.kz/hook"):
        with pytest.raises(ValidationError) as refused:
            WebhookEndpoint(api_key=reader, url=url).full_clean()
        assert "url" in refused.value.message_dict
    with pytest.raises(ValidationError) as refused:
        WebhookEndpoint(
            api_key=reader, url="https://example.kz/hook", event_types=["appeal.deleted"]
        ).full_clean()
    assert "event_types" in refused.value.message_dict
    endpoint = WebhookEndpoint(api_key=reader, url="https://example.kz/hook")
    endpoint.full_clean()
    assert endpoint.secret.startswith("whsec_") and len(endpoint.secret) > 40
    assert endpoint.event_types == [FILED, STATUS_CHANGED, ANSWERED, RATED]


def test_the_administration_pings_and_shows_the_delivery_log(
    admin_client, astana, endpoint_for, receiver, committed
):
    endpoint = endpoint_for(body=astana)
    receiver.default = 503
    changelist = reverse("admin:webhooks_webhookendpoint_changelist")
    with committed():
        response = admin_client.post(
            changelist, {"action": "send_ping", "_selected_action": [endpoint.pk]}
        )
    assert response.status_code == 302
    delivery = WebhookDelivery.objects.get()
    assert delivery.event_type == PING and delivery.last_status_code == 503
    assert receiver_accepts(
        endpoint.secret, receiver.got[0].headers["X-Tyndau-Signature"], receiver.got[0].body
    )
    assert admin_client.get(reverse("admin:webhooks_webhookendpoint_add")).status_code == 200
    page = admin_client.get(reverse("admin:webhooks_webhookendpoint_change", args=[endpoint.pk]))
    assert endpoint.secret in page.content.decode()
    log = admin_client.get(reverse("admin:webhooks_webhookdelivery_changelist")).content.decode()
    assert "503" in log
    detail = admin_client.get(
        reverse("admin:webhooks_webhookdelivery_change", args=[delivery.pk])
    ).content.decode()
    assert "HTTP 503" in detail and "boom" in detail


def test_finished_deliveries_are_forgotten_after_the_log_period(
    settings, file, astana, endpoint_for, receiver, committed
):
    settings.WEBHOOK_LOG_DAYS = 90
    endpoint_for(body=astana)
    with committed():
        file(astana)  # delivered
    receiver.default = 500
    with committed():
        file(astana)  # waiting for a retry
    delivered = WebhookDelivery.objects.get(state=WebhookDelivery.State.DELIVERED)
    waiting = WebhookDelivery.objects.get(state=WebhookDelivery.State.PENDING)
    later = delivered.created_at + dt.timedelta(days=89)
    assert purge_log(later) == 0
    later += dt.timedelta(days=2)
    deadlines.sweep(later)  # the periodic pass forgets the delivered one
    assert list(WebhookDelivery.objects.values_list("pk", flat=True)) == [waiting.pk]
    assert waiting.attempt_log.exists()
