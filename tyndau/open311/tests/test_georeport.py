"""Open311 GeoReport v2: a client that knows nothing of Tyndau (the `georeport` package from
PyPI, over HTTP to a live server on this machine) reads services and requests in JSON and XML;
a service request submitted with an API key is an ordinary appeal."""

import xml.etree.ElementTree as ET

import pytest
from georeport import GeoReport

from tyndau.api import keys
from tyndau.api.models import FILE
from tyndau.appeals.models import Appeal
from tyndau.conftest import valid_iin
from tyndau.open311.models import ServiceRequest

URL = "/open311/v2"
DESCRIPTION = "Во дворе дома по улице Абая, 10 третью неделю не вывозят мусор, контейнеры полны."


def submit(client, fmt="json", **overrides):
    data = {
        "api_key": overrides.pop("api_key"),
        "service_code": "housing",
        "attribute[territory]": "710000000",
        "attribute[iin]": valid_iin(),
        "lat": "51.128207",
        "long": "71.430420",
        "address_string": "ул. Абая, 10",
        "description": DESCRIPTION,
        "first_name": "Айдар",
        "last_name": "Нурланов",
        "email": "aidar@example.kz",
        "media_url": "https://example.kz/photo.jpg",
    }
    data.update(overrides)
    return client.post(f"{URL}/requests.{fmt}", data)


@pytest.fixture
def filer(db):
    return keys.issue("city app", permissions=[FILE]).raw


@pytest.mark.django_db
def test_a_submitted_request_is_an_ordinary_appeal(client, filer, astana):
    response = submit(client, api_key=filer)
    assert response.status_code == 201, response.content
    (created,) = response.json()
    appeal = Appeal.objects.get(reg_number=created["service_request_id"])
    assert appeal.body == astana and appeal.channel == "api" and appeal.sphere.code == "housing"
    assert appeal.applicant_name == "Нурланов Айдар" and appeal.terms.exists()
    assert "ул. Абая, 10" in appeal.text and DESCRIPTION in appeal.text
    extra = ServiceRequest.objects.get(appeal=appeal)
    assert str(extra.lat) == "51.128207" and extra.token == created["token"]
    token = client.get(f"{URL}/tokens/{created['token']}.json").json()
    assert token == [{"token": created["token"], "service_request_id": appeal.reg_number}]
    (shown,) = client.get(f"{URL}/requests/{appeal.reg_number}.json").json()
    assert shown["status"] == "open" and shown["lat"] == 51.128207
    assert shown["description"] == "" and shown["agency_responsible"] == astana.name
    assert shown["expected_datetime"].startswith(appeal.due_date.isoformat())


@pytest.mark.django_db
def test_without_an_iin_the_request_is_anonymous_and_sub_services_keep_their_code(client, filer):
    response = submit(client, api_key=filer, service_code="housing.queue", **{"attribute[iin]": ""})
    assert response.status_code == 201, response.content
    appeal = Appeal.objects.get(reg_number=response.json()[0]["service_request_id"])
    assert appeal.applicant_type == "anonymous" and appeal.sphere.code == "housing.queue"


@pytest.mark.django_db
def test_errors_in_the_standards_format(client, filer):
    no_key = submit(client, api_key="")
    assert no_key.status_code == 403 and no_key.json()[0]["code"] == 403
    unknown = submit(client, api_key=filer, service_code="nope", fmt="xml")
    assert unknown.status_code == 400 and unknown["Content-Type"].startswith("text/xml")
    root = ET.fromstring(unknown.content)
    assert root.tag == "errors" and root.find("error/code").text == "400"
    short = submit(client, api_key=filer, description="Мусор")
    assert short.status_code == 400 and "text" in short.json()[0]["description"]
    nowhere = submit(client, api_key=filer, lat="", long="", address_string="")
    assert nowhere.status_code == 400
    assert client.get(f"{URL}/requests/NOPE.json").status_code == 404
    assert client.get(f"{URL}/services/nope.xml").status_code == 404
    assert not Appeal.objects.exists()


@pytest.mark.django_db
def test_discovery_and_xml(client, filer):
    discovery = client.get(f"{URL}/discovery.json").json()
    assert discovery["endpoints"][0]["specification"] == "http://wiki.open311.org/GeoReport_v2"
    created = submit(client, api_key=filer, fmt="xml")
    assert created.status_code == 201
    number = ET.fromstring(created.content).find("request/service_request_id").text
    listed = ET.fromstring(client.get(f"{URL}/requests.xml", {"status": "open"}).content)
    assert listed.tag == "service_requests"
    assert [r.find("service_request_id").text for r in listed.findall("request")] == [number]
    assert client.get(f"{URL}/requests.xml", {"status": "closed"}).content.count(b"<request>") == 0
    bad = client.get(f"{URL}/requests.json", {"start_date": "yesterday"})
    assert bad.status_code == 400


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_an_open311_client_reads_tyndau(live_server, fmt):
    filer = keys.issue("city app", permissions=[FILE]).raw
    from django.test import Client

    created = submit(Client(), api_key=filer)
    number = created.json()[0]["service_request_id"]
    client = GeoReport(f"{live_server.url}{URL}", output_format=fmt)
    services = client.get_service_list()
    codes = {s["service_code"] for s in services}
    assert {"housing", "housing.queue", "utilities"} <= codes
    definition = client.get_service_definition("housing")
    assert definition["service_code"] == "housing"
    requests = client.get_service_requests(status="open", service_code="housing")
    if isinstance(requests, dict):  # xmltodict gives one <request> as a dict
        requests = [requests]
    assert [r["service_request_id"] for r in requests] == [number]
    one = client.get_service_request(number)
    assert one["service_request_id"] == number and one["status"] == "open"
    assert one["agency_responsible"]


@pytest.mark.django_db
def test_appeals_filed_elsewhere_are_not_published(client, file, astana):
    appeal = file(astana).appeal
    assert client.get(f"{URL}/requests/{appeal.reg_number}.json").status_code == 404
    assert client.get(f"{URL}/requests.json").json() == []
