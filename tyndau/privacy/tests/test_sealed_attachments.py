"""Attachments are stored sealed and read back plain; older plain files still read, and the
key's rotation seals them."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse

from tyndau.appeals.models import Attachment
from tyndau.privacy.crypto import FILE_PREFIX, Sealer, new_key

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture
def stored(file, astana, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    upload = SimpleUploadedFile("passport.pdf", PDF, "application/pdf")
    filed = file(astana, attachments=[upload])
    return filed, Attachment.objects.get(appeal=filed.appeal)


def test_the_file_on_disk_is_sealed_and_downloads_plain(stored, officers):
    filed, attachment = stored
    with open(attachment.file.path, "rb") as raw:
        on_disk = raw.read()
    assert on_disk.startswith(FILE_PREFIX) and b"%PDF" not in on_disk
    head = Client()
    head.force_login(officers["head"])
    url = reverse("appeals:officer_attachment", args=[filed.appeal.reg_number, attachment.pk])
    assert b"".join(head.get(url).streaming_content) == PDF
    own = reverse("appeals:applicant_attachment", args=[filed.tracking_token, attachment.pk])
    assert b"".join(Client().get(own).streaming_content) == PDF


def test_a_file_stored_before_sealing_reads_and_rotation_seals_it(stored, settings):
    _filed, attachment = stored
    with open(attachment.file.path, "wb") as raw:  # as an older version wrote it
        raw.write(PDF)
    assert Attachment.objects.get(pk=attachment.pk).file.open("rb").read() == PDF
    fresh = new_key()
    with override_settings(DATA_KEYS=[fresh, *settings.DATA_KEYS]):
        call_command("rotate_data_key", stdout=open("/dev/null", "w"))  # noqa: SIM115
    with open(attachment.file.path, "rb") as raw:
        assert Sealer([fresh]).open_bytes(raw.read()) == PDF
    with override_settings(DATA_KEYS=[fresh]):
        assert Attachment.objects.get(pk=attachment.pk).file.open("rb").read() == PDF


def test_sealed_files_are_read_only():
    from tyndau.privacy.storage import attachments

    with pytest.raises(ValueError):
        attachments()._open("anything", "wb")
