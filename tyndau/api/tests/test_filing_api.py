"""POST /api/v1/appeals: the web form's checks and messages, idempotent retries, rate limits,
and bad input refused with 4xx and nothing half-written."""

import json
from unittest import mock

import pytest

from tyndau.api import idempotency
from tyndau.api.models import FILE, IdempotencyRecord
from tyndau.api.tests.conftest import auth, filing, post_json
from tyndau.appeals import services
from tyndau.appeals.models import Appeal, AppealEvent
from tyndau.deadlines.services import sweep
from tyndau.notifications.models import OutboxMessage

pytestmark = pytest.mark.django_db

URL = "/api/v1/appeals"


def test_anybody_files_and_tracks_their_appeal(client, astana):
    response = post_json(client, URL, filing())
    assert response.status_code == 201, response.content
    filed = response.json()
    appeal = Appeal.objects.get(reg_number=filed["number"])
    assert appeal.channel == "api" and appeal.body == astana and appeal.registered_by is None
    assert filed["body"] == {"code": "AKM-AST", "name": astana.name_kk}
    assert filed["due_date"] == appeal.due_date.isoformat()
    assert filed["tracking_url"].endswith(f"/track/{filed['tracking_token']}/")
    assert services.find_by_token(filed["tracking_token"]) == appeal
    assert OutboxMessage.objects.get(appeal=appeal).to == "aidar@example.kz"

    tracked = client.get(f"/api/v1/tracking/{filed['tracking_token']}", HTTP_ACCEPT_LANGUAGE="en")
    assert tracked.status_code == 200 and tracked["Cache-Control"] == "private, no-store"
    view = tracked.json()
    assert view["number"] == appeal.reg_number and view["status"] == "registered"
    assert view["timeline"][0]["title"] == "Appeal received and registered"
    assert view["answer"] is None and view["rating"] is None
    assert client.get("/api/v1/tracking/not-a-token").status_code == 404


def test_errors_come_beside_their_fields_in_the_callers_language(client):
    data = filing(subject="", text="Коротко")
    data["applicant"] = {"type": "individual", "name": "", "iin_bin": "123456789012"}
    response = post_json(client, URL, data, HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "validation_error" and body["message"]
    fields = {e["field"] for e in body["errors"]}
    assert {"subject", "text", "applicant.name", "applicant.iin_bin", "applicant.email"} <= fields
    messages = " ".join(e["message"] for e in body["errors"])
    assert "цифра ИИН" in messages  # the ИИН's 7th digit, said in Russian
    assert not Appeal.objects.exists()


def test_schema_errors_have_the_same_shape(client):
    data = filing(kind="wish", colour="red")
    del data["text"]
    response = post_json(client, URL, data, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 422
    errors = {e["field"]: e["message"] for e in response.json()["errors"]}
    assert errors["text"] == "This field is required."
    assert errors["colour"] == "Unknown field."
    assert errors["kind"].startswith("Choose one of:") and "complaint" in errors["kind"]


def test_unknown_codes_are_named(client):
    response = post_json(client, URL, filing(territory="999999999", body="NOPE", sphere="nope"))
    errors = {e["field"]: e["message"] for e in response.json()["errors"]}
    assert response.status_code == 422
    assert set(errors) >= {"territory", "body", "sphere"}


def test_malformed_json_wrong_type_and_oversized_bodies_get_4xx(client, settings):
    broken = client.post(URL, '{"kind": ', content_type="application/json")
    assert broken.status_code == 400 and broken.json()["code"] == "bad_request"
    assert "JSON" in broken.json()["message"]
    form = client.post(URL, {"kind": "complaint"})  # multipart form, not JSON
    assert form.status_code == 415 and form.json()["code"] == "unsupported_media_type"
    not_object = post_json(client, URL, ["a", "list"])
    assert not_object.status_code == 422
    settings.API_MAX_BODY_BYTES = 1000
    big = post_json(client, URL, filing(text="слово " * 500))
    assert big.status_code == 413 and big.json()["code"] == "payload_too_large"
    assert not Appeal.objects.exists() and not AppealEvent.objects.exists()


NOTHING_WRITTEN = (Appeal, AppealEvent, OutboxMessage, IdempotencyRecord)


@pytest.mark.parametrize(
    "content_type, body, status, code",
    [
        ("text/plain", json.dumps({"kind": "complaint"}), 415, "unsupported_media_type"),
        ("application/x-www-form-urlencoded", "kind=complaint", 415, "unsupported_media_type"),
        ("application/json", "", 422, "validation_error"),
        ("application/json", '{"kind": "complaint",}', 400, "bad_request"),
        ("application/json", b'{"subject": "\xff\xfe"}', 400, "bad_request"),
        ("application/json", "NaN]", 400, "bad_request"),
    ],
)
def test_bodies_that_are_not_json_are_refused_and_say_so(client, content_type, body, status, code):
    response = client.post(
        URL,
        body,
        content_type=content_type,
        HTTP_IDEMPOTENCY_KEY="bad-body",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == status, response.content
    error = response.json()
    assert error["code"] == code and "JSON" in error["message"]
    assert not any(model.objects.exists() for model in NOTHING_WRITTEN)


def test_unknown_fields_are_named_at_any_depth(client):
    data = filing(colour="red")
    data["applicant"]["shoe_size"] = 42
    response = post_json(client, URL, data, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 422
    errors = {e["field"]: e["message"] for e in response.json()["errors"]}
    assert errors == {"colour": "Unknown field.", "applicant.shoe_size": "Unknown field."}
    assert not any(model.objects.exists() for model in NOTHING_WRITTEN)


def test_an_oversized_retry_does_not_use_up_the_idempotency_key(client, settings):
    settings.API_MAX_BODY_BYTES = 2000
    headers = {"HTTP_IDEMPOTENCY_KEY": "big", "HTTP_ACCEPT_LANGUAGE": "en"}
    big = post_json(client, URL, filing(text="слово " * 500), **headers)
    assert big.status_code == 413
    assert big.json()["message"] == "The request body is too large."
    assert not any(model.objects.exists() for model in NOTHING_WRITTEN)
    assert post_json(client, URL, filing(), **headers).status_code == 201


def test_only_registering_officers_name_the_channel(client, issue_key, officer_key, officers):
    _key, filer = issue_key("portal", permissions=[FILE])
    refused = post_json(client, URL, filing(channel="paper"), **auth(filer))
    assert refused.status_code == 403 and refused.json()["errors"][0]["field"] == "channel"
    registrar = officer_key(officers["registrar"], ["register", FILE])
    data = filing(channel="paper", consent=False)
    registered = post_json(client, URL, data, **auth(registrar))
    assert registered.status_code == 201, registered.content
    appeal = Appeal.objects.get(reg_number=registered.json()["number"])
    assert appeal.channel == "paper" and appeal.registered_by == officers["registrar"]
    plain = post_json(client, URL, filing(), **auth(filer))
    assert Appeal.objects.get(reg_number=plain.json()["number"]).channel == "api"


def test_a_key_without_the_file_permission_cannot_file(client, issue_key, astana):
    _key, reader = issue_key("reader", body=astana, permissions=["view"])
    assert post_json(client, URL, filing(), **auth(reader)).status_code == 403


def test_consent_is_needed_from_applicants(client):
    response = post_json(client, URL, filing(consent=False))
    assert response.status_code == 422
    assert [e["field"] for e in response.json()["errors"]] == ["consent"]


# --- idempotency ------------------------------------------------------------------------------


def test_a_retry_with_the_same_key_returns_the_same_appeal(client):
    headers = {"HTTP_IDEMPOTENCY_KEY": "6f1c2b0e-retry"}
    first = post_json(client, URL, filing(), **headers)
    again = post_json(client, URL, filing(), **headers)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json() and again["Idempotent-Replayed"] == "true"
    assert Appeal.objects.count() == 1 and IdempotencyRecord.objects.count() == 1
    other = post_json(client, URL, filing(), HTTP_IDEMPOTENCY_KEY="another")
    assert other.json()["number"] != first.json()["number"]


def test_the_same_key_with_another_body_is_refused(client):
    headers = {"HTTP_IDEMPOTENCY_KEY": "k-1"}
    post_json(client, URL, filing(), **headers)
    response = post_json(client, URL, filing(subject="Другая тема"), **headers)
    assert response.status_code == 422 and response.json()["code"] == "idempotency_key_reused"
    assert Appeal.objects.count() == 1


def test_keys_belong_to_their_caller(client, issue_key):
    _a, first = issue_key("a")
    _b, second = issue_key("b")
    headers = {"HTTP_IDEMPOTENCY_KEY": "same"}
    one = post_json(client, URL, filing(), **headers, **auth(first))
    two = post_json(client, URL, filing(), **headers, **auth(second))
    assert one.json()["number"] != two.json()["number"]


def test_a_failed_filing_does_not_use_up_the_key(client):
    headers = {"HTTP_IDEMPOTENCY_KEY": "k-2"}
    assert post_json(client, URL, filing(consent=False), **headers).status_code == 422
    assert not IdempotencyRecord.objects.exists()
    assert post_json(client, URL, filing(), **headers).status_code == 201


def test_a_concurrent_retry_replays_instead_of_filing_twice(client):
    """The race: our look finds nothing, but the other request has inserted and committed by
    the time we insert. The unique constraint stops us and we replay its answer."""
    headers = {"HTTP_IDEMPOTENCY_KEY": "race"}
    first = post_json(client, URL, filing(), **headers)
    committed = IdempotencyRecord.objects.get(key="race")
    with mock.patch.object(idempotency, "_find", side_effect=[None, committed]):
        again = post_json(client, URL, filing(), **headers)
    assert again.status_code == 201 and again.json() == first.json()
    assert Appeal.objects.count() == 1


def test_an_expired_key_is_refused_rather_than_filing_again(client, settings):
    headers = {"HTTP_IDEMPOTENCY_KEY": "old"}
    post_json(client, URL, filing(), **headers)
    settings.API_IDEMPOTENCY_HOURS = 0
    response = post_json(client, URL, filing(), **headers)
    assert response.status_code == 409 and response.json()["code"] == "idempotency_key_expired"
    post_json(client, URL, filing(), HTTP_IDEMPOTENCY_KEY="new")
    assert Appeal.objects.count() == 2
    assert IdempotencyRecord.objects.get(key="old").response_body != ""
    sweep()  # the periodic pass blanks the responses (they hold tracking tokens) past the window
    assert IdempotencyRecord.objects.get(key="old").response_body == ""


def test_a_malformed_idempotency_key_is_refused(client):
    response = post_json(client, URL, filing(), HTTP_IDEMPOTENCY_KEY="x" * 300)
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "Idempotency-Key"


# --- rate limits ------------------------------------------------------------------------------


def test_filing_is_limited_per_address_with_retry_after(client, settings):
    settings.API_FILING_RATE_PER_IP = "2/h"
    for _ in range(2):
        assert post_json(client, URL, filing()).status_code == 201
    refused = post_json(client, URL, filing(), HTTP_ACCEPT_LANGUAGE="en")
    assert refused.status_code == 429 and refused.json()["code"] == "rate_limited"
    assert 0 < int(refused["Retry-After"]) <= 3600
    assert "try again" in refused.json()["message"]
    other_address = post_json(client, URL, filing(), REMOTE_ADDR="203.0.113.7")
    assert other_address.status_code == 201
    assert Appeal.objects.count() == 3


def test_filing_is_limited_per_key_not_per_address(client, settings, issue_key):
    settings.API_FILING_RATE_PER_IP = "1/h"
    settings.API_FILING_RATE_PER_KEY = "3/m"
    _a, first = issue_key("a")
    _b, second = issue_key("b")
    codes = [post_json(client, URL, filing(), **auth(first)).status_code for _ in range(4)]
    assert codes == [201, 201, 201, 429]
    assert post_json(client, URL, filing(), **auth(second)).status_code == 201


def test_rates_read_like_the_settings_say():
    from tyndau.api.ratelimit import parse_rate

    assert parse_rate("20/h") == (20, 3600)
    assert parse_rate("5/10m") == (5, 600)
    assert parse_rate("100/day") == (100, 86400)
    with pytest.raises(Exception, match="20/h"):
        parse_rate("lots")


def test_filing_response_is_valid_json_schema(client):
    data = json.loads(post_json(client, URL, filing()).content)
    assert set(data) == {
        "number",
        "tracking_token",
        "tracking_url",
        "status",
        "received_at",
        "due_date",
        "body",
    }
