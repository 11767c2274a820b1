"""Attachments sealed at rest: files written encrypted (`Sealer.seal_bytes`) under MEDIA_ROOT
and opened transparently. A file stored before sealing reads as it is until
`tyndau rotate_data_key` seals it. Attachments are small (TYNDAU_ATTACHMENT_MAX_BYTES), so a
file is sealed and opened whole, in memory."""

import io
import os

from django.core.files.base import ContentFile, File
from django.core.files.storage import FileSystemStorage

from tyndau.privacy.fields import sealer


class SealedFileSystemStorage(FileSystemStorage):
    def _save(self, name: str, content: File) -> str:
        content.seek(0)
        return super()._save(name, ContentFile(sealer().seal_bytes(content.read())))

    def _open(self, name: str, mode: str = "rb") -> File:
        if "b" not in mode or any(flag in mode for flag in "wa+"):
            raise ValueError("sealed attachments are opened for reading bytes only")
        with super()._open(name, "rb") as stored:
            plain = sealer().open_bytes(stored.read())
        return File(io.BytesIO(plain), name=name)

    def reseal(self, name: str) -> bool:
        """Seal the file with the current key, in place; whether it changed."""
        with super()._open(name, "rb") as stored:
            resealed = sealer().reseal_bytes(stored.read())
        if resealed is None:
            return False
        path = self.path(name)
        with open(f"{path}.resealing", "wb") as temporary:  # never half a file in its place
            temporary.write(resealed)
        os.replace(f"{path}.resealing", path)
        return True


def attachments() -> SealedFileSystemStorage:
    """The attachments' storage (a callable, so migrations do not record its settings)."""
    return SealedFileSystemStorage()
