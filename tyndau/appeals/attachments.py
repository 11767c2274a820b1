"""Attachments between the browser and the disk: the checks of `tyndau.appeals.uploads` with
messages in the applicant's language, and files written so that an appeal that is not filed
leaves none behind."""

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from tyndau.appeals import uploads
from tyndau.appeals.models import Attachment
from tyndau.appeals.uploads import Reason

log = logging.getLogger(__name__)

MESSAGES = {
    Reason.EMPTY: _("%(name)s is empty. Attach the file again, or the right one."),
    Reason.TOO_LARGE: _("%(name)s is larger than %(limit)s. Attach a smaller file."),
    Reason.NOT_ACCEPTED: _(
        "%(name)s: this type of file is not accepted. Attach PDF, images, "
        "office documents or video."
    ),
    Reason.SVG: _(
        "%(name)s: SVG images are not accepted because they can contain scripts. "
        "Attach the image as PNG, JPEG or PDF."
    ),
    Reason.WRONG_EXTENSION: _(
        "%(name)s: the file is really %(actual)s, but its name ends in %(extension)s. "
        "Rename it to end in %(right)s, or attach the right file."
    ),
    Reason.ARCHIVE_BOMB: _(
        "%(name)s is refused: it would unpack to far more than its size (a “zip bomb”). "
        "Save the document again and attach the new copy."
    ),
    Reason.NESTED_ARCHIVE: _(
        "%(name)s is refused: there is an archive inside it. Attach the files themselves, "
        "not archives."
    ),
    Reason.HIDDEN_CONTENT: _(
        "%(name)s is refused: it is %(actual)s, but it also hides a web page, a script or "
        "another file. Save or export it again (for a picture, a screenshot will do) and "
        "attach the new copy."
    ),
    Reason.ACTIVE_CONTENT: _(
        "%(name)s is refused: it contains macros, scripts, embedded files or programs. Save "
        "it again without them (for example, print it to PDF) and attach the new copy."
    ),
    Reason.UNREADABLE: _(
        "%(name)s could not be read: the file is damaged or protected by a password. Save it "
        "again without a password and attach the new copy."
    ),
}
NOT_SAVED = _(
    "The appeal was not sent: the attached files could not be saved. Nothing was filed; "
    "please try again in a few minutes."
)


class AttachmentError(Exception):
    """A file is refused, or could not be stored. `template % params` is the message."""

    def __init__(self, template, params: dict | None = None, code: str = "attachment"):
        self.template = template
        self.params = params or {}
        self.code = code
        super().__init__(code)

    @property
    def message(self) -> str:
        return str(self.template) % self.params if self.params else str(self.template)


@dataclass(frozen=True)
class Checked:
    upload: UploadedFile
    accepted: uploads.Accepted


def limits() -> uploads.Limits:
    return uploads.Limits(max_bytes=settings.ATTACHMENT_MAX_BYTES)


def check(upload: UploadedFile) -> Checked:
    """What the file really is, or `AttachmentError` saying why it is refused."""
    try:
        accepted = uploads.inspect(upload.file, upload.name or "", limits())
    except uploads.Refused as refused:
        log.info("Attachment refused: %s", refused)
        params = {**refused.params}
        if refused.reason == Reason.TOO_LARGE:
            params["limit"] = filesizeformat(settings.ATTACHMENT_MAX_BYTES)
        raise AttachmentError(MESSAGES[refused.reason], params, str(refused.reason)) from None
    return Checked(upload, accepted)


def check_all(files: list[UploadedFile | Checked]) -> list[Checked]:
    """Every file checked (those a form has checked already are taken as they are)."""
    if len(files) > settings.ATTACHMENT_MAX_COUNT:
        raise AttachmentError(
            _("Attach at most %(count)d files."),
            {"count": settings.ATTACHMENT_MAX_COUNT},
            "count",
        )
    return [f if isinstance(f, Checked) else check(f) for f in files]


class FileWriter:
    """Writes attachment files and remembers them, to take them back if the appeal is not
    filed: a rolled-back transaction leaves files on disk."""

    def __init__(self):
        self.field = Attachment._meta.get_field("file")
        self.written: list[str] = []
        self.committed = False

    def save(self, checked: Checked, appeal) -> Attachment:
        storage = self.field.storage
        name = self.field.generate_filename(None, checked.accepted.name)
        while storage.exists(name):  # a random name; never write over (or delete) another
            name = self.field.generate_filename(None, checked.accepted.name)
        self.written.append(name)  # before writing: a half-written file goes too
        try:
            stored = storage.save(name, checked.upload)
        except OSError as error:
            log.exception("Could not store an attachment")
            raise AttachmentError(NOT_SAVED, code="not_saved") from error
        if stored != name:
            self.written.append(stored)
        return Attachment.objects.create(
            appeal=appeal,
            file=stored,
            original_name=checked.accepted.name,
            size=checked.upload.size,
            content_type=checked.accepted.type.mime,
        )

    def mark_committed(self) -> None:
        self.committed = True

    def discard(self) -> None:
        for name in self.written:
            try:
                self.field.storage.delete(name)
            except OSError:
                log.exception("Could not delete the attachment file %s", name)


@contextmanager
def atomic_with_files() -> Iterator[FileWriter]:
    """A transaction whose attachment files go when it does not commit. Its commit marker is
    its first commit hook, so a later hook that fails after the commit keeps the files."""
    writer = FileWriter()
    try:
        with transaction.atomic():
            transaction.on_commit(writer.mark_committed)
            yield writer
    except BaseException:
        if not writer.committed:
            writer.discard()
        raise
