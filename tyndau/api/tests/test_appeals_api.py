"""Appeals for officers and keys: lists in scope with cursor pages and filters, one appeal with
personal data only for those who work with the applicant, the workspace's actions through the
same services, the answer, and the applicant's rating by the tracking token."""

import json

import pytest
from django.test import Client
from django.utils import timezone

from tyndau.analytics.tests.test_rollups import FULL
from tyndau.api.tests.conftest import auth, post_json
from tyndau.appeals import services
from tyndau.appeals.models import Appeal, AppealEvent
from tyndau.appeals.services import Applicant
from tyndau.conftest import valid_iin

pytestmark = pytest.mark.django_db

LIST = "/api/v1/appeals"


def action(client, appeal, name, data=None, **headers):
    return post_json(client, f"{LIST}/{appeal.reg_number}/actions/{name}", data or {}, **headers)


def test_the_list_is_the_callers_scope_newest_first_a_page_at_a_time(
    client, file, astana, karaganda, officer_key, officers
):
    mine = [file(astana, applicant=Applicant(iin_bin=valid_iin(i))).appeal for i in range(5)]
    file(karaganda)
    key = officer_key(officers["head"])
    first = client.get(LIST, {"limit": 2}, **auth(key)).json()
    assert [a["number"] for a in first["items"]] == [mine[4].reg_number, mine[3].reg_number]
    numbers = [a["number"] for a in first["items"]]
    cursor = first["next_cursor"]
    while cursor:
        page = client.get(LIST, {"limit": 2, "cursor": cursor}, **auth(key)).json()
        numbers += [a["number"] for a in page["items"]]
        cursor = page["next_cursor"]
    assert numbers == [a.reg_number for a in reversed(mine)]
    item = first["items"][0]
    assert item["personal_data_masked"] and item["text"] is None
    assert "•" in item["applicant"]["iin_bin"]


def test_filters(client, file, astana, officer_key, officers):
    urgent = file(astana, is_urgent=True).appeal
    plain = file(astana, kind="proposal", applicant=Applicant(iin_bin=valid_iin(3))).appeal
    services.assign(plain, officers["executor"], actor=officers["head"])
    key = officer_key(officers["head"])

    def numbers(**query):
        response = client.get(LIST, query, **auth(key))
        assert response.status_code == 200, response.content
        return {a["number"] for a in response.json()["items"]}

    assert numbers(urgent="true") == {urgent.reg_number}
    assert numbers(kind="proposal") == {plain.reg_number}
    assert numbers(status="assigned") == {plain.reg_number}
    assert numbers(status="open") == {urgent.reg_number, plain.reg_number}
    assert numbers(body="AKM-AST", territory="710000000") == {urgent.reg_number, plain.reg_number}
    today = timezone.localdate(urgent.received_at).isoformat()
    assert len(numbers(received_from=today, received_to=today)) == 2
    assert numbers(received_from="2020-01-01", received_to="2020-12-31") == set()
    bad = client.get(LIST, {"status": "nonsense", "cursor": "zzz"}, **auth(key))
    assert bad.status_code == 422
    assert {e["field"] for e in bad.json()["errors"]} >= {"status"}
    assert client.get(LIST, {"cursor": "zzz"}, **auth(key)).json()["errors"][0]["field"] == (
        "cursor"
    )


def test_one_appeal_shows_personal_data_only_to_those_who_work_with_the_applicant(
    client, file, astana, officer_key, officers, issue_key
):
    appeal = file(astana).appeal
    head = client.get(f"{LIST}/{appeal.reg_number}", **auth(officer_key(officers["head"]))).json()
    assert head["applicant"]["iin_bin"] == appeal.iin_bin and not head["personal_data_masked"]
    assert head["text"] == appeal.text and "assign" in head["actions"]
    analyst_key = officer_key(officers["analyst"])
    analyst = client.get(f"{LIST}/{appeal.reg_number}", **auth(analyst_key)).json()
    assert analyst["personal_data_masked"] and analyst["applicant"]["iin_bin"] != appeal.iin_bin
    assert analyst["actions"] == []
    _k, reader = issue_key("reader", body=astana, permissions=["view"])
    masked = client.get(f"{LIST}/{appeal.reg_number}", **auth(reader)).json()
    assert masked["personal_data_masked"]
    _k, personal = issue_key("case system", body=astana, permissions=["view", "view_personal"])
    full = client.get(f"{LIST}/{appeal.reg_number}", **auth(personal)).json()
    assert full["applicant"]["email"] == "aidar@example.kz"


def test_another_bodys_appeal_is_not_found_not_forbidden(
    client, file, karaganda, officer_key, officers, issue_key
):
    appeal = file(karaganda).appeal
    key = officer_key(officers["head"])
    response = client.get(f"{LIST}/{appeal.reg_number}", **auth(key))
    assert response.status_code == 404 and response.json()["code"] == "not_found"
    assert action(client, appeal, "start", **auth(key)).status_code == 404
    _k, astana_reader = issue_key("r", body=officers["head"].body, permissions=["view"])
    assert client.get(f"{LIST}/{appeal.reg_number}", **auth(astana_reader)).status_code == 404


def test_the_whole_way_through_the_api_as_the_workspace_goes(
    client, file, astana, officer_key, officers
):
    appeal = file(astana).appeal
    head, executor = officer_key(officers["head"]), officer_key(officers["executor"])
    assigned = action(client, appeal, "assign", {"executor": officers["executor"].pk}, **auth(head))
    assert assigned.status_code == 200, assigned.content
    assert assigned.json()["status"] == "assigned"
    assert assigned.json()["executor"]["id"] == officers["executor"].pk
    assert action(client, appeal, "start", **auth(executor)).json()["status"] == "in_progress"
    drafted = action(
        client, appeal, "draft", {"text": FULL, "outcome": "satisfied"}, **auth(executor)
    )
    assert drafted.status_code == 200
    answer = client.get(f"{LIST}/{appeal.reg_number}/answer", **auth(executor)).json()
    assert answer["state"] == "draft" and answer["quality_verdict"] == "full"
    assert action(client, appeal, "submit", **auth(executor)).json()["status"] == "answer_drafted"
    # The executor may not approve: the workspace's rule, said as 403.
    refused = action(client, appeal, "approve", **auth(executor))
    assert refused.status_code == 403 and refused.json()["code"] == "forbidden"
    sent = action(client, appeal, "approve", **auth(head))
    assert sent.status_code == 200 and sent.json()["status"] == "answered"
    appeal.refresh_from_db()
    events = list(appeal.events.exclude(to_status="").values_list("to_status", "actor__username"))
    assert events[1:] == [
        ("assigned", "head.ast"),
        ("in_progress", "executor.ast"),
        ("answer_drafted", "executor.ast"),
        ("answer_approved", "head.ast"),
        ("answered", "head.ast"),
    ]


def test_refusals_say_why_with_the_right_status(
    client, file, astana, karaganda, officer_key, officers
):
    appeal = file(astana).appeal
    head = officer_key(officers["head"])
    not_now = action(client, appeal, "start", **auth(head))  # not assigned yet
    assert not_now.status_code == 409 and not_now.json()["code"] == "transition_not_allowed"
    no_reason = action(client, appeal, "redirect", {"body": "AKM-KAR", "reason": " "}, **auth(head))
    assert no_reason.status_code == 422 and no_reason.json()["code"] == "rule_violation"
    wrong = action(
        client, appeal, "assign", {"executor": officers["foreign_executor"].pk}, **auth(head)
    )
    assert wrong.status_code == 422 and wrong.json()["errors"][0]["field"] == "executor"
    ground = action(
        client,
        appeal,
        "close",
        {"target": "terminated", "ground": "anonymous"},
        HTTP_ACCEPT_LANGUAGE="en",
        **auth(head),
    )
    assert ground.status_code == 422 and ground.json()["errors"][0]["field"] == "ground"
    unknown = action(client, appeal, "start", {"why": 1}, **auth(head))
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["field"] == "why"
    moved = action(
        client,
        appeal,
        "redirect",
        {"body": "AKM-KAR", "reason": "Адрес в Караганде."},
        **auth(head),
    )
    assert moved.status_code == 200 and moved.json()["body"]["code"] == "AKM-KAR"
    assert client.get(f"{LIST}/{appeal.reg_number}", **auth(head)).status_code == 404


def test_a_key_is_narrower_than_its_officer(client, file, astana, officer_key, officers):
    appeal = file(astana).appeal
    reading_only = officer_key(officers["head"], ["view"])
    assert client.get(f"{LIST}/{appeal.reg_number}", **auth(reading_only)).status_code == 200
    refused = action(
        client, appeal, "assign", {"executor": officers["executor"].pk}, **auth(reading_only)
    )
    assert refused.status_code == 403
    assert Appeal.objects.get(pk=appeal.pk).status == "registered"


def test_the_officers_session_works_and_changes_need_the_csrf_token(file, astana, officers):
    appeal = file(astana).appeal
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(officers["head"])
    assert browser.get(f"{LIST}/{appeal.reg_number}").status_code == 200
    data = {"executor": officers["executor"].pk}
    refused = action(browser, appeal, "assign", data)
    assert refused.status_code == 403 and "CSRF" in refused.json()["message"]
    browser.get("/ru/staff/")  # the workspace sets the CSRF cookie
    token = browser.cookies["csrftoken"].value
    done = action(browser, appeal, "assign", data, HTTP_X_CSRFTOKEN=token)
    assert done.status_code == 200, done.content


def test_the_applicant_rates_the_answer_by_the_tracking_token(client, file, astana, officers):
    from tyndau.analytics.tests.test_rollups import answer

    filed = file(astana)
    url = f"/api/v1/tracking/{filed.tracking_token}/rating"
    early = post_json(client, url, {"score": 5})
    assert early.status_code == 409 and early.json()["code"] == "not_answered"
    answer(filed.appeal, officers)
    rated = post_json(client, url, {"score": 2, "reasons": ["incomplete"], "comment": "Мало."})
    assert rated.status_code == 200, rated.content
    assert rated.json()["score"] == 2 and rated.json()["reasons"] == ["incomplete"]
    changed = post_json(client, url, {"score": 4})
    assert changed.json()["score"] == 4 and changed.json()["changed_at"]
    bad = post_json(client, url, {"score": 9, "reasons": ["bored"]})
    assert bad.status_code == 422 and {e["field"] for e in bad.json()["errors"]} == {
        "score",
        "reasons.0",
    }
    view = client.get(f"/api/v1/tracking/{filed.tracking_token}").json()
    assert view["answer"]["outcome"] == "satisfied" and view["rating"]["score"] == 4
    assert view["rating_can_change"] is True


BAD_BODIES = [
    ("application/json", '{"reason": ', 400, "bad_request"),
    ("text/plain", '{"reason": "Не наш вопрос"}', 415, "unsupported_media_type"),
    ("application/json", json.dumps({"reason": "слово " * 300}), 413, "payload_too_large"),
    ("application/json", json.dumps({"score": 5, "colour": "red"}), 422, "validation_error"),
]


@pytest.mark.parametrize("content_type, body, status, code", BAD_BODIES)
def test_actions_and_ratings_refuse_bad_bodies_and_change_nothing(
    client, file, astana, officer_key, officers, settings, content_type, body, status, code
):
    from tyndau.ratings.models import Rating

    settings.API_MAX_BODY_BYTES = 1000
    filed = file(astana)
    before = (filed.appeal.status, filed.appeal.body_id, AppealEvent.objects.count())
    calls = [
        (f"{LIST}/{filed.appeal.reg_number}/actions/redirect", auth(officer_key(officers["head"]))),
        (f"/api/v1/tracking/{filed.tracking_token}/rating", {}),
    ]
    for url, headers in calls:
        response = client.post(
            url, body, content_type=content_type, HTTP_ACCEPT_LANGUAGE="en", **headers
        )
        assert response.status_code == status, (url, response.content)
        error = response.json()
        assert error["code"] == code and error["message"]
        if status == 422:
            assert {"field": "colour", "message": "Unknown field."} in error["errors"]
    filed.appeal.refresh_from_db()
    after = (filed.appeal.status, filed.appeal.body_id, AppealEvent.objects.count())
    assert after == before and not Rating.objects.exists()
