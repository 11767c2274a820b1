"""Every view and export of personal data leaves a record; the log is append-only and the
controller reads and exports it."""

import csv
import io

import pytest
from django.db import DatabaseError, connection, transaction
from django.test import Client
from django.urls import reverse

from tyndau.accounts.models import Role
from tyndau.api import keys
from tyndau.appeals.models import AppendOnlyError
from tyndau.audit.models import Access, AuditRecord
from tyndau.conftest import make_officer

pytestmark = pytest.mark.django_db


@pytest.fixture
def appeal(file, astana):
    return file(astana).appeal


def _client(user) -> Client:
    client = Client(HTTP_USER_AGENT="pytest-browser/1.0", REMOTE_ADDR="10.1.2.3")
    client.force_login(user)
    return client


def test_an_appeal_page_with_personal_data_is_recorded(officers, appeal):
    response = _client(officers["head"]).get(reverse("appeals:detail", args=[appeal.reg_number]))
    assert response.status_code == 200
    (entry,) = AuditRecord.objects.all()
    assert (entry.actor, entry.access, entry.appeal_id) == (
        officers["head"],
        Access.VIEW_APPEAL,
        appeal.pk,
    )
    assert entry.ip == "10.1.2.3" and entry.user_agent == "pytest-browser/1.0"
    assert entry.reg_number == appeal.reg_number and appeal.reg_number in entry.path
    assert "Нурланов" not in str(entry.__dict__)  # what was shown, never the data


def test_the_page_shown_again_after_a_failed_action_is_recorded_too(officers, appeal):
    url = reverse("appeals:act", args=[appeal.reg_number, "urgency"])
    response = _client(officers["head"]).post(url, {"urgent": "1", "reason": ""})
    assert response.status_code == 400 and "Нурланов" in response.content.decode()
    (entry,) = AuditRecord.objects.all()
    assert entry.access == Access.VIEW_APPEAL and entry.appeal_id == appeal.pk


def test_a_page_without_personal_data_is_not(officers, appeal):
    response = _client(officers["analyst"]).get(reverse("appeals:detail", args=[appeal.reg_number]))
    assert response.status_code == 200
    assert not AuditRecord.objects.exists()


def test_the_letter_needs_personal_access(officers, appeal):
    url = reverse("answers:letter", args=[appeal.reg_number])
    assert _client(officers["analyst"]).get(url).status_code == 403
    assert not AuditRecord.objects.exists()


def test_api_reads_and_exports_are_recorded(officers, appeal):
    issued = keys.issue("crm", officer=officers["head"], permissions=["view", "view_personal"])
    client = Client(HTTP_AUTHORIZATION=f"Bearer {issued.raw}")
    assert client.get(f"/api/v1/appeals/{appeal.reg_number}").status_code == 200
    assert client.get("/api/v1/exports/appeals.csv?status=open").status_code == 200
    read, export = AuditRecord.objects.order_by("id")
    assert read.access == Access.API_READ and read.appeal_id == appeal.pk
    assert read.actor_label == f"API key «crm» ({officers['head'].username})"
    assert export.access == Access.EXPORT and export.detail == "CSV status=open"


def test_a_key_without_personal_access_leaves_no_record(officers, appeal):
    issued = keys.issue("stats", officer=officers["head"], permissions=["view"])
    client = Client(HTTP_AUTHORIZATION=f"Bearer {issued.raw}")
    assert client.get(f"/api/v1/appeals/{appeal.reg_number}").status_code == 200
    assert not AuditRecord.objects.exists()


@pytest.fixture
def controller(astana):
    return make_officer("controller.ast", Role.CONTROLLER, astana)


def test_only_the_controller_reads_the_log(officers, controller, appeal):
    url = reverse("audit:log")
    for role in ("head", "registrar", "executor", "analyst", "admin"):
        assert _client(officers[role]).get(url).status_code == 403, role
    _client(officers["head"]).get(reverse("appeals:detail", args=[appeal.reg_number]))
    response = _client(controller).get(url, {"access": Access.VIEW_APPEAL})
    assert response.status_code == 200
    page = response.content.decode()
    assert appeal.reg_number in page and officers["head"].username in page
    assert AuditRecord.objects.filter(access=Access.VIEW_AUDIT, actor=controller).exists()


def test_the_log_exports_as_csv_and_xlsx(officers, controller, appeal):
    _client(officers["head"]).get(reverse("appeals:detail", args=[appeal.reg_number]))
    client = _client(controller)
    response = client.get(reverse("audit:export_csv"), {"who": "head"})
    assert response["Content-Disposition"].startswith("attachment")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert len(rows) == 2 and rows[1][3] == appeal.reg_number
    response = client.get(reverse("audit:export_xlsx"))
    assert b"".join(response.streaming_content)[:2] == b"PK"
    exports = AuditRecord.objects.filter(access=Access.EXPORT_AUDIT, actor=controller)
    assert exports.count() == 2


def test_the_models_refuse_to_change_or_delete(officers, appeal):
    _client(officers["head"]).get(reverse("appeals:detail", args=[appeal.reg_number]))
    entry = AuditRecord.objects.get()
    entry.detail = "nothing happened"
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        AuditRecord.objects.update(detail="")
    with pytest.raises(AppendOnlyError):
        AuditRecord.objects.all().delete()


def test_the_database_refuses_to_change_a_record(officers, appeal):
    _client(officers["head"]).get(reverse("appeals:detail", args=[appeal.reg_number]))
    statements = ["UPDATE audit_auditrecord SET actor_label = 'somebody else'"]
    if connection.vendor == "postgresql":
        statements.append("DELETE FROM audit_auditrecord")
    for statement in statements:
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(statement)
    assert AuditRecord.objects.get().actor_label == officers["head"].username


def test_a_controller_reads_their_own_body_only(officers, controller, file, karaganda, appeal):
    foreign = file(karaganda).appeal
    _client(officers["head"]).get(reverse("appeals:detail", args=[appeal.reg_number]))
    _client(officers["foreign_head"]).get(reverse("appeals:detail", args=[foreign.reg_number]))
    response = _client(controller).get(reverse("audit:log"))
    page = response.content.decode()
    assert response.status_code == 200, response.status_code
    assert appeal.reg_number in page
    assert foreign.reg_number not in page


def test_a_controller_logging_in_lands_on_the_audit_log(controller):
    response = _client(controller).get(reverse("appeals:inbox"))
    assert response.status_code == 302 and response["Location"] == reverse("audit:log")


def test_reading_the_log_in_the_administration_is_recorded(officers, appeal, admin_client):
    assert admin_client.get("/ru/admin/audit/auditrecord/", {"q": "AKM"}).status_code == 200
    record = AuditRecord.objects.get()  # the reading just recorded
    page = admin_client.get(f"/ru/admin/audit/auditrecord/{record.pk}/change/")
    assert page.status_code == 200
    details = list(
        AuditRecord.objects.filter(access=Access.VIEW_AUDIT)
        .order_by("pk")
        .values_list("detail", flat=True)
    )
    assert details == ["admin: q=AKM", f"admin: record {record.pk}"]
