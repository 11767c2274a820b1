"""Attachments through the forms, the filing service and the download views: the type stored
is the detected one, a refused file keeps everything typed and writes nothing, a failed write
leaves no half-filed appeal, and downloads can never run as a page of the site."""

import errno
import re
from pathlib import Path
from urllib.parse import quote

import pytest
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tyndau.appeals import services
from tyndau.appeals.models import Appeal, Attachment
from tyndau.appeals.tests import samples
from tyndau.appeals.tests.test_public_pages import TEXT, form_data, url
from tyndau.conftest import PASSWORD
from tyndau.directory.models import Territory
from tyndau.privacy.fields import sealer

pytestmark = pytest.mark.django_db


@pytest.fixture
def media(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def stored_files(media: Path) -> list[Path]:
    return [path for path in media.rglob("*") if path.is_file()] if media.exists() else []


def upload(name: str, data: bytes, browser_type: str = "application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=browser_type)


def post_appeal(client, *files, language: str = "en"):
    return client.post(url("appeals:file", language), {**form_data(), "attachments": list(files)})


@pytest.mark.parametrize(
    ("name", "data", "mime"),
    [
        ("Өтініш.pdf", samples.pdf(), "application/pdf"),
        ("IMG_0001.HEIC", samples.heic(), "image/heic"),
        ("photo.jpg", samples.jpeg(), "image/jpeg"),
        ("letter.docx", samples.ooxml("docx"), samples.OOXML + "wordprocessingml.document"),
        ("old.doc", samples.doc(), "application/msword"),
        ("video.mp4", samples.mp4(), "video/mp4"),
        ("note.txt", "Жарық жоқ.".encode(), "text/plain"),
    ],
)
def test_the_detected_type_is_stored_not_the_browsers(client, media, name, data, mime):
    response = post_appeal(client, upload(name, data, browser_type="text/html"))
    assert response.status_code == 302
    attachment = Appeal.objects.get().attachments.get()
    assert (attachment.content_type, attachment.original_name) == (mime, name)
    assert attachment.size == len(data)
    # The stored name is random: nothing of the applicant's name reaches the disk.
    assert re.fullmatch(r"attachments/\d{4}/\d{2}/[0-9a-f]{32}", attachment.file.name)
    (stored,) = [path.read_bytes() for path in stored_files(media)]
    assert stored != data and sealer().open_bytes(stored) == data  # sealed at rest


def test_each_file_is_read_and_checked_once(client, media, monkeypatch):
    from tyndau.appeals import uploads

    inspected = []
    real = uploads.inspect

    def counted(file, name, limits):
        inspected.append(name)
        return real(file, name, limits)

    monkeypatch.setattr(uploads, "inspect", counted)
    response = post_appeal(client, upload("a.pdf", samples.pdf()), upload("b.jpg", samples.jpeg()))
    assert response.status_code == 302 and Appeal.objects.get().attachments.count() == 2
    assert sorted(inspected) == ["a.pdf", "b.jpg"]


def test_a_large_video_written_to_a_temporary_file_is_checked_and_kept(client, media):
    """Above 2 MB Django keeps an upload in a temporary file, not in memory."""
    data = samples.mp4() + samples.box(b"mdat", bytes(3 * 2**20))
    response = post_appeal(client, upload("appeal.mp4", data))
    assert response.status_code == 302
    assert Appeal.objects.get().attachments.get().content_type == "video/mp4"
    (stored,) = stored_files(media)
    assert sealer().open_bytes(stored.read_bytes()) == data


ATTACKS = [
    ("shell.jpg", samples.PHP, "shell.jpg: this type of file is not accepted"),
    ("invoice.pdf", samples.EXE, "invoice.pdf: this type of file is not accepted"),
    ("photo.png", samples.png_with_zip_appended(), "photo.png is refused: it is PNG, but it"),
    ("anim.gif", samples.gif_with_script(), "anim.gif is refused: it is GIF, but it also hides"),
    ("letter.pdf", samples.pdf_with_javascript(), "letter.pdf is refused: it contains macros"),
    ("logo.svg", samples.svg(), "logo.svg: SVG images are not accepted"),
    ("report.docx", samples.zip_bomb_docx(), "report.docx is refused: it would unpack to far"),
    ("photo.jpg", samples.pdf(), "photo.jpg: the file is really PDF, but its name ends in .jpg"),
    ("empty.pdf", b"", "empty.pdf is empty."),
]


@pytest.mark.parametrize(("name", "data", "message"), ATTACKS)
def test_a_refused_file_keeps_the_appeal_and_writes_nothing(client, media, name, data, message):
    response = post_appeal(client, upload(name, data))
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    for typed in (TEXT, "Не вывозят мусор", "Ахметова Динара Болатовна", "dinara@example.kz"):
        assert typed in html
    assert not Appeal.objects.exists() and not Attachment.objects.exists()
    assert stored_files(media) == []


def test_an_oversized_file_is_refused_with_the_limit(client, media, settings):
    settings.ATTACHMENT_MAX_BYTES = 1000
    response = post_appeal(client, upload("scan.pdf", samples.pdf() + b"%" * 2000))
    assert response.status_code == 400
    assert "scan.pdf is larger than 1000" in response.content.decode()
    assert not Appeal.objects.exists() and stored_files(media) == []


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("ru", "shell.jpg: файлы этого типа не принимаются"),
        ("kk", "shell.jpg: бұл түрдегі файл қабылданбайды"),
    ],
)
def test_the_message_is_in_the_applicants_language(client, media, language, message):
    response = post_appeal(client, upload("shell.jpg", samples.PHP), language=language)
    assert message in response.content.decode()


def test_the_files_to_attach_again_are_named_and_the_refused_one_is_not(client, media):
    response = post_appeal(
        client,
        upload("plan.pdf", samples.pdf()),
        upload("shell.jpg", samples.PHP),
        upload("photo.jpg", samples.jpeg()),
    )
    html = response.content.decode()
    assert "shell.jpg: this type of file is not accepted" in html
    assert "Attach these files again (the browser cannot keep them): plan.pdf, photo.jpg." in html
    assert not Appeal.objects.exists() and stored_files(media) == []


def test_at_most_five_files(client, media):
    files = [upload(f"p{n}.png", samples.png()) for n in range(6)]
    response = post_appeal(client, *files)
    assert response.status_code == 400
    assert "Attach at most 5 files." in response.content.decode()
    assert not Appeal.objects.exists() and stored_files(media) == []


def test_the_registrar_form_keeps_what_was_typed(client, officers, media):
    client.login(username=officers["registrar"].username, password=PASSWORD)
    data = form_data(
        iin_bin="", channel="paper", region=Territory.objects.get(kato="710000000").pk, district=""
    )
    data.pop("consent")
    data["attachments"] = [upload("scan.pdf", samples.pdf_with_launch())]
    response = client.post(url("appeals:register", "en"), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "scan.pdf is refused: it contains macros, scripts" in html
    assert TEXT in html and "Ахметова Динара Болатовна" in html
    assert not Appeal.objects.exists() and stored_files(media) == []


def test_a_disk_that_fills_up_mid_way_leaves_no_appeal_and_no_file(client, media, monkeypatch):
    write = FileSystemStorage._save
    calls = []

    def disk_full_on_second_file(storage, name, content):
        calls.append(name)
        if len(calls) == 2:
            half = Path(storage.path(name))
            half.parent.mkdir(parents=True, exist_ok=True)
            half.write_bytes(b"%PDF-1.4 half of it")
            raise OSError(errno.ENOSPC, "No space left on device")
        return write(storage, name, content)

    monkeypatch.setattr(FileSystemStorage, "_save", disk_full_on_second_file)
    response = post_appeal(client, upload("a.pdf", samples.pdf()), upload("b.pdf", samples.pdf()))
    assert len(calls) == 2
    assert response.status_code == 400
    html = response.content.decode()
    assert "The appeal was not sent: the attached files could not be saved." in html
    assert "Attach these files again (the browser cannot keep them): a.pdf, b.pdf." in html
    assert TEXT in html
    assert not Appeal.objects.exists() and not Attachment.objects.exists()
    assert stored_files(media) == []


def test_files_written_before_a_later_failure_are_removed(draft_for, media, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(services, "record_event", broken)
    draft = draft_for(attachments=[upload("a.pdf", samples.pdf()), upload("b.png", samples.png())])
    with pytest.raises(RuntimeError):
        services.file_appeal(draft)
    assert not Appeal.objects.exists() and stored_files(media) == []


def test_the_service_checks_files_that_no_form_saw(draft_for, media):
    """Commands and the API call the service directly: it checks too."""
    draft = draft_for(attachments=[upload("logo.svg", samples.svg())])
    with pytest.raises(services.attachments.AttachmentError) as refused:
        services.file_appeal(draft)
    assert refused.value.code == "svg" and "logo.svg" in refused.value.message
    assert not Appeal.objects.exists() and stored_files(media) == []


# --- downloads -------------------------------------------------------------------------------


def filed_with(draft_for, name: str, data: bytes, body=None):
    filed = services.file_appeal(draft_for(body, attachments=[upload(name, data, "text/html")]))
    return filed, filed.appeal.attachments.get()


def download(client, filed, attachment):
    return client.get(
        url(
            "appeals:applicant_attachment",
            "ru",
            token=filed.tracking_token,
            attachment_id=attachment.pk,
        )
    )


def assert_safe_download(response, data: bytes) -> None:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert {"private", "no-store"} <= {
        part.strip() for part in response["Cache-Control"].split(",")
    }
    assert "sandbox" in response["Content-Security-Policy"]
    assert b"".join(response.streaming_content) == data


def test_a_download_is_an_attachment_with_a_safe_name(client, draft_for, media):
    data = samples.pdf()
    filed, attachment = filed_with(draft_for, 'C:\\Docs\\отчёт "2024"\r\nX-Evil: 1.pdf', data)
    assert attachment.original_name == 'отчёт "2024"X-Evil: 1.pdf'
    response = download(client, filed, attachment)
    assert_safe_download(response, data)
    disposition = response["Content-Disposition"]
    assert disposition == "attachment; filename*=utf-8''" + quote(attachment.original_name)
    assert "\r" not in disposition and "\n" not in disposition
    assert "X-Evil" not in response.headers


def test_quotes_in_a_plain_name_are_escaped(client, draft_for, media):
    filed, attachment = filed_with(draft_for, 'plan "A".pdf', samples.pdf())
    response = download(client, filed, attachment)
    assert response["Content-Disposition"] == 'attachment; filename="plan \\"A\\".pdf"'


def test_officers_get_the_same_safe_download(client, draft_for, officers, astana, media):
    data = samples.jpeg()
    filed, attachment = filed_with(draft_for, "photo.jpg", data, body=astana)
    client.login(username=officers["registrar"].username, password=PASSWORD)
    response = client.get(
        reverse("appeals:officer_attachment", args=[filed.appeal.reg_number, attachment.pk])
    )
    assert_safe_download(response, data)
    assert response["Content-Disposition"] == 'attachment; filename="photo.jpg"'


def test_a_file_missing_from_the_disk_is_not_found(client, draft_for, media):
    filed, attachment = filed_with(draft_for, "plan.pdf", samples.pdf())
    attachment.file.storage.delete(attachment.file.name)
    assert download(client, filed, attachment).status_code == 404
