"""CSRF: every form posted by the web carries the token, and a post without it is refused on
every web URL (the URLs come from the resolver: a new view is covered as it is added).

Exempt by design, and proven here: the JSON API (an API key in a header, which a browser never
sends by itself; an officer's session must add the X-CSRFToken header for changes; a form
from another site cannot even be read, as the API takes JSON only) and Open311's POST (its
api_key is a form field, which another site does not know)."""

import json
from html.parser import HTMLParser

import pytest
from django.http import HttpResponse
from django.test import Client, override_settings

from tyndau.security.tests.conftest import routes, web_urls

pytestmark = pytest.mark.django_db

REFUSED = "csrf-refused-by-the-middleware"


def csrf_failure(request, reason=""):
    """Stands for Django's CSRF failure page: a marker no view answers with."""
    return HttpResponse(REFUSED, status=403)


class Forms(HTMLParser):
    """The page's forms: their method, action and the names of their fields."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form":
            self.forms.append(
                {
                    "method": (attributes.get("method") or "get").lower(),
                    "action": attributes.get("action"),
                    "fields": [],
                }
            )
        elif tag in ("input", "textarea", "select", "button") and self.forms:
            self.forms[-1]["fields"].append(attributes.get("name"))


def forms_of(html: str) -> list[dict]:
    parser = Forms()
    parser.feed(html)
    return parser.forms


# --- the machine interfaces are the only exemptions ---------------------------------------------


def test_only_the_api_and_open311_submission_are_exempt():
    exempt = {r.name for r in routes() if getattr(r.callback, "csrf_exempt", False)}
    assert "open311:requests" in exempt
    assert {name for name in exempt if not name.startswith("api-v1:")} == {"open311:requests"}


def test_the_api_wants_the_csrf_header_from_an_officers_session(world):
    head = Client(enforce_csrf_checks=True)
    head.force_login(world.officers["head"])
    url = f"/api/v1/appeals/{world.drafted.reg_number}/actions/urgency"
    change = json.dumps({"urgent": False})
    refused = head.post(url, change, content_type="application/json")
    assert refused.status_code == 403
    assert "CSRF" in refused.json()["message"]
    head.get("/en/staff/")  # the page sets the CSRF cookie
    token = head.cookies["csrftoken"].value
    allowed = head.post(url, change, content_type="application/json", HTTP_X_CSRFTOKEN=token)
    assert allowed.status_code == 200, allowed.content


def test_the_api_refuses_what_a_form_of_another_site_can_send(world):
    anonymous = Client(enforce_csrf_checks=True)
    response = anonymous.post(
        "/api/v1/appeals", "kind=complaint", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 415  # a cross-site form cannot send JSON


def test_open311_submission_needs_its_key(world):
    response = Client(enforce_csrf_checks=True).post(
        "/open311/v2/requests.json", {"service_code": "housing", "description": "x"}
    )
    assert response.status_code == 403
    assert "api_key" in response.json()[0]["description"]


# --- the web ------------------------------------------------------------------------------------


def _users(world) -> dict[str, object]:
    officers = world.officers
    return {
        "anonymous": None,
        "registrar": officers["registrar"],
        "executor": officers["executor"],
        "head": officers["head"],
        "analyst": officers["analyst"],
        "admin": world.admin,
    }


def test_every_post_form_of_every_page_carries_the_token(world):
    urls = web_urls(world)
    seen_posts = 0
    for who, user in _users(world).items():
        client = Client()
        if user is not None:
            client.force_login(user)
        for name, url in urls.items():
            response = client.get(url)
            if "text/html" not in response.get("Content-Type", ""):
                continue
            for form in forms_of(response.content.decode()):
                if form["method"] == "post":
                    seen_posts += 1
                    assert "csrfmiddlewaretoken" in form["fields"], (who, name, form)
    assert seen_posts > 30  # the pages were shown, with their forms


@override_settings(CSRF_FAILURE_VIEW="tyndau.security.tests.test_csrf.csrf_failure")
@pytest.mark.parametrize("who", ["anonymous", "head"])
def test_a_post_without_the_token_is_refused_on_every_web_url(world, who):
    client = Client(enforce_csrf_checks=True)
    if who == "head":
        client.force_login(world.officers["head"])
    for name, url in web_urls(world).items():
        response = client.post(url, {"text": "x", "comment": "x"})
        assert response.status_code == 403 and response.content.decode() == REFUSED, name


@override_settings(CSRF_FAILURE_VIEW="tyndau.security.tests.test_csrf.csrf_failure")
def test_the_same_post_with_the_token_gets_through(world):
    """The control: the refusals above are CSRF's, not the views' own."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.officers["head"])
    client.get("/en/staff/")
    token = client.cookies["csrftoken"].value
    urls = web_urls(world)
    for name in ("appeals:act", "set_language", "analytics:alert"):
        response = client.post(urls[name], {"csrfmiddlewaretoken": token, "note": "x"})
        assert response.content.decode() != REFUSED, name
