"""What an uploaded file really is, and whether Tyndau keeps it.

Pure Python, no Django: the checks (and their tests) run in milliseconds. The content decides
the type (`puremagic` proposes it from the magic numbers, the checks below confirm the header;
`zipfile` and `olefile` read the office containers); the name must agree with it.

Refused: types not in `TYPES` (SVG above all: it runs scripts), empty and oversized files,
archive bombs, archives inside documents, files that carry a second, active format (web page
markup, an appended ZIP, a PDF header inside a picture), and documents that carry code or other
files: PDF JavaScript, launch actions, embedded files and rich media; Office macros, ActiveX and
embedded packages; RTF objects.

Accepted files are only ever served as downloads (`application/octet-stream`, `nosniff`), never
decoded by Tyndau, so a damaged file of an accepted type is kept: its header must be right.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import BinaryIO

import olefile
import puremagic

MiB = 2**20


@dataclass(frozen=True)
class FileType:
    key: str
    label: str  # the format's usual name, the same in every language
    mime: str
    family: str  # a name may use the extension of any type of the same family
    extensions: tuple[str, ...]  # the first is added to a name without one

    @property
    def kind(self) -> str:
        return self.family if self.family in ("image", "video", "text") else "document"


def _types(*types: FileType) -> dict[str, FileType]:
    return {file_type.key: file_type for file_type in types}


OOXML = "application/vnd.openxmlformats-officedocument."
TYPES = _types(
    FileType("pdf", "PDF", "application/pdf", "pdf", (".pdf",)),
    FileType("jpeg", "JPEG", "image/jpeg", "image", (".jpg", ".jpeg", ".jpe", ".jfif")),
    FileType("png", "PNG", "image/png", "image", (".png",)),
    FileType("gif", "GIF", "image/gif", "image", (".gif",)),
    FileType("webp", "WebP", "image/webp", "image", (".webp",)),
    FileType("heic", "HEIC", "image/heic", "image", (".heic", ".heif")),
    FileType("heif", "HEIF", "image/heif", "image", (".heif", ".heic")),
    FileType("docx", "DOCX", OOXML + "wordprocessingml.document", "document", (".docx",)),
    FileType("odt", "ODT", "application/vnd.oasis.opendocument.text", "document", (".odt",)),
    FileType("doc", "DOC", "application/msword", "document", (".doc",)),
    FileType("rtf", "RTF", "application/rtf", "document", (".rtf",)),
    FileType("xlsx", "XLSX", OOXML + "spreadsheetml.sheet", "spreadsheet", (".xlsx",)),
    FileType(
        "ods", "ODS", "application/vnd.oasis.opendocument.spreadsheet", "spreadsheet", (".ods",)
    ),
    FileType("xls", "XLS", "application/vnd.ms-excel", "spreadsheet", (".xls",)),
    FileType("pptx", "PPTX", OOXML + "presentationml.presentation", "presentation", (".pptx",)),
    FileType("txt", "TXT", "text/plain", "text", (".txt",)),
    FileType("mp4", "MP4", "video/mp4", "video", (".mp4", ".m4v")),
    FileType("mov", "MOV", "video/quicktime", "video", (".mov", ".qt")),
    FileType("3gp", "3GP", "video/3gpp", "video", (".3gp", ".3g2")),
    FileType("3g2", "3G2", "video/3gpp2", "video", (".3g2", ".3gp")),
    FileType("webm", "WebM", "video/webm", "video", (".webm",)),
)
ACCEPTED_EXTENSIONS = tuple(sorted({ext for t in TYPES.values() for ext in t.extensions}))
_FAMILY_OF_EXTENSION = {ext: t.family for t in TYPES.values() for ext in t.extensions}


class Reason(StrEnum):
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    NOT_ACCEPTED = "not_accepted"
    SVG = "svg"
    WRONG_EXTENSION = "wrong_extension"
    ARCHIVE_BOMB = "archive_bomb"
    NESTED_ARCHIVE = "nested_archive"
    HIDDEN_CONTENT = "hidden_content"
    ACTIVE_CONTENT = "active_content"
    UNREADABLE = "unreadable"


class Refused(Exception):
    """The file is not kept. `params` feed the message: always `name` (the cleaned file name),
    and `actual`, `extension`, `right` where the reason needs them. `detail` is for the log."""

    def __init__(self, reason: Reason, detail: str = "", **params: str):
        self.reason = reason
        self.detail = detail
        self.params = params
        super().__init__(f"{reason}: {detail}" if detail else str(reason))


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 10 * MiB
    max_unpacked_bytes: int = 100 * MiB  # all members of an archive together, as declared
    max_ratio: int = 100  # uncompressed : compressed, for any member of at least ratio_floor
    ratio_floor: int = 1 * MiB  # small members compress well and harm no one
    max_members: int = 5000


@dataclass(frozen=True)
class Accepted:
    type: FileType
    name: str  # the cleaned name, its extension added when it had none


def inspect(stream: BinaryIO, name: str, limits: Limits | None = None) -> Accepted:
    """Decide from the content what `stream` is, or raise `Refused`. Reads only what a check
    needs; the stream is left at its start."""
    limits = limits or Limits()
    clean = clean_name(name)
    extension = _extension(clean)
    try:
        if extension in (".svg", ".svgz"):
            raise Refused(Reason.SVG)
        if extension and extension not in _FAMILY_OF_EXTENSION:
            raise Refused(Reason.NOT_ACCEPTED, f"extension {extension}")
        size = stream.seek(0, 2)
        if size == 0:
            raise Refused(Reason.EMPTY)
        if size > limits.max_bytes:
            raise Refused(Reason.TOO_LARGE, f"{size} bytes")
        stream.seek(0)
        file_type = _identify(stream, stream.read(HEAD), size, limits)
        if not extension:
            return Accepted(file_type, _fit(clean + file_type.extensions[0]))
        if _FAMILY_OF_EXTENSION[extension] != file_type.family:
            raise Refused(
                Reason.WRONG_EXTENSION,
                actual=file_type.label,
                extension=extension,
                right=file_type.extensions[0],
            )
        return Accepted(file_type, clean)
    except Refused as refused:
        refused.params.setdefault("name", clean)
        raise
    finally:
        stream.seek(0)


# --- names -----------------------------------------------------------------------------------

_EXTENSION = re.compile(r"\.[a-z0-9]{1,5}$")
# Controls, bidi overrides and zero-width marks ("photo\u202egpj.exe" shows as "photoexe.jpg"),
# surrogates, private-use characters, line and paragraph separators.
_DROPPED_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Zl", "Zp"}


def clean_name(name: str, limit: int = 255) -> str:
    """The applicant's file name fit to show and to offer as a download name: no folders, no
    control or direction characters, at most `limit` characters, the extension kept."""
    name = unicodedata.normalize("NFC", name or "")
    name = re.split(r"[/\\]", name)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch) not in _DROPPED_CATEGORIES)
    name = " ".join(name.split()).strip(" .")
    return _fit(name or "file", limit)


def _extension(name: str) -> str:
    """The extension, lower case; empty when the name has none (".05" in "letter of 12.05" is
    not one: an extension has a letter)."""
    match = _EXTENSION.search(name.lower())
    return match.group() if match and re.search("[a-z]", match.group()) else ""


def _fit(name: str, limit: int = 255) -> str:
    if len(name) <= limit:
        return name
    extension = _extension(name)
    stem = name[: len(name) - len(extension)]
    return stem[: limit - len(extension)].rstrip(" .") + extension


# --- what the content is ---------------------------------------------------------------------

HEAD = 8192  # read once; every signature and header check below fits in it
MARKUP_WINDOW = 2048  # where browsers and readers look for a page or a PDF header
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ARCHIVE_MAGICS = (
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"PK\x07\x08",
    b"Rar!\x1a\x07",
    b"7z\xbc\xaf\x27\x1c",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ\x00",
    b"MSCF",
    b"\x28\xb5\x2f\xfd",
)
# A puremagic proposal is taken only when the header really is that format's.
_HEADERS = {
    "application/pdf": ("pdf", lambda h: h.lstrip(b"\r\n\t ")[:5] == b"%PDF-"),
    "image/jpeg": ("jpeg", lambda h: h[:3] == b"\xff\xd8\xff"),
    "image/png": ("png", lambda h: h[:16] == b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
    "image/gif": ("gif", lambda h: h[:6] in (b"GIF87a", b"GIF89a")),
    # "VP8 ", "VP8L" and "VP8X" chunks all start so
    "image/webp": ("webp", lambda h: h[:4] == b"RIFF" and h[8:15] == b"WEBPVP8"),
    "application/rtf": ("rtf", lambda h: h[:5] == b"{\\rtf"),
    "video/webm": ("webm", lambda h: h[:4] == b"\x1a\x45\xdf\xa3" and _ebml_doctype(h) == b"webm"),
}
HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx"}
HEIF_BRANDS = {b"mif1", b"msf1"}
MP4_BRANDS = {
    *(b"iso" + bytes([c]) for c in b"m23456789"),
    b"mp41",
    b"mp42",
    b"mp71",
    b"avc1",
    b"M4V ",
    b"M4VH",
    b"M4VP",
    b"dash",
    b"MSNV",
    b"f4v ",
    b"XAVC",
    b"mmp4",
}
ZIP_DOCUMENTS = {"docx", "xlsx", "pptx", "odt", "ods"}
_OLD_QUICKTIME_BOXES = {b"moov", b"mdat", b"wide", b"pnot"}


def _identify(stream: BinaryIO, head: bytes, size: int, limits: Limits) -> FileType:
    if head.startswith(ZIP_MAGIC):
        file_type = _zip_document(stream, size, limits)
    elif head.startswith(OLE_MAGIC):
        file_type = _ole_document(stream)
    elif _is_iso_media(head, size):
        file_type = _iso_media(head)
    else:
        file_type = _by_magic(head) or _text(stream)
    _refuse_hidden_content(stream, head, file_type)
    if file_type.key == "pdf":
        _refuse_active_pdf(_read_all(stream), limits)
    elif file_type.key == "rtf" and re.search(rb"\\obj", _read_all(stream)):
        raise Refused(Reason.ACTIVE_CONTENT, "RTF object")
    return file_type


def _by_magic(head: bytes) -> FileType | None:
    try:
        proposals = puremagic.magic_string(head)
    except (puremagic.PureError, ValueError):
        return None
    mimes = {p.mime_type for p in proposals if p.offset >= 0}
    if "image/svg+xml" in mimes:
        raise Refused(Reason.SVG)
    for mime, (key, header_ok) in _HEADERS.items():
        if mime in mimes and header_ok(head):
            return TYPES[key]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        raise Refused(Reason.UNREADABLE, "PNG signature without its header chunk")
    return None


def _ebml_doctype(head: bytes) -> bytes:
    at = head.find(b"\x42\x82", 4, 64)  # the DocType element of the EBML header
    if at < 0 or at + 3 > len(head) or not head[at + 2] & 0x80:
        return b""
    length = head[at + 2] & 0x7F
    return head[at + 3 : at + 3 + length]


def _is_iso_media(head: bytes, size: int) -> bool:
    """A first box of a plausible size: "Our wide road" is text, not an old QuickTime file."""
    if head[4:8] != b"ftyp" and head[4:8] not in _OLD_QUICKTIME_BOXES:
        return False
    box_size = int.from_bytes(head[:4], "big")
    return box_size in (0, 1) or 8 <= box_size <= size


def _iso_media(head: bytes) -> FileType:
    """MP4, QuickTime, 3GPP and HEIF all open with an `ftyp` box; its major brand tells them
    apart (old QuickTime files have no `ftyp`, only their movie boxes)."""
    if head[4:8] != b"ftyp":
        return TYPES["mov"]
    brand = head[8:12]
    if brand in HEIC_BRANDS:
        return TYPES["heic"]
    if brand in HEIF_BRANDS:
        return TYPES["heif"]
    if brand in MP4_BRANDS:
        return TYPES["mp4"]
    if brand == b"qt  ":
        return TYPES["mov"]
    if brand.startswith(b"3g2"):
        return TYPES["3g2"]
    if brand.startswith(b"3g"):
        return TYPES["3gp"]
    raise Refused(Reason.NOT_ACCEPTED, f"ftyp brand {brand!r}")


_TEXT_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# A text that opens with a tag (or a comment, or an XML declaration) and holds one of these is
# a web page, an SVG drawing or a PHP script.
_MARKUP = re.compile(r"<(?:!doctype|html|head|body|script|svg|iframe|\?php)\b", re.I)


def _text(stream: BinaryIO) -> FileType:
    """Plain text: UTF-8 or Windows-1251 without control characters. Web pages, SVG and PHP are
    text too, and refused."""
    data = _read_all(stream)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1251")
        except UnicodeDecodeError:
            raise Refused(Reason.NOT_ACCEPTED, "binary") from None
    if _TEXT_CONTROLS.search(text):
        raise Refused(Reason.NOT_ACCEPTED, "binary")
    start = text.lstrip()[:MARKUP_WINDOW]
    if start.startswith("<") and _MARKUP.search(start):
        if re.search(r"<svg\b", start, re.I):
            raise Refused(Reason.SVG)
        raise Refused(Reason.NOT_ACCEPTED, "markup")
    return TYPES["txt"]


# --- a second format inside the first --------------------------------------------------------

_HEAD_MARKUP = re.compile(
    rb"<(?:script|html|head|body|svg|iframe|!doctype\s+html|\?php)\b|%PDF-", re.I
)
# Long enough that compressed picture data never holds one by chance.
_IMAGE_MARKUP = re.compile(rb"<script\b|<\?php|<!doctype\s+html|<html[\s>]|<iframe\b", re.I)


def _refuse_hidden_content(stream: BinaryIO, head: bytes, file_type: FileType) -> None:
    """Polyglots: a file valid as its type that a browser or another program would also take
    for a web page, a PDF or a ZIP (a "GIFAR")."""
    if file_type.kind == "text" or file_type.key == "rtf":
        return  # read as text, and RTF may quote HTML; its objects are checked apart
    window = head[:MARKUP_WINDOW]
    if file_type.key == "pdf":
        window = window.replace(b"%PDF-", b"", 1)
    if _HEAD_MARKUP.search(window):
        raise Refused(Reason.HIDDEN_CONTENT, "markup or PDF header", actual=file_type.label)
    if file_type.kind == "image" and _scan(stream, _IMAGE_MARKUP):
        raise Refused(Reason.HIDDEN_CONTENT, "markup", actual=file_type.label)
    if file_type.key not in ZIP_DOCUMENTS:
        stream.seek(0)
        if zipfile.is_zipfile(stream):
            raise Refused(Reason.HIDDEN_CONTENT, "ZIP appended", actual=file_type.label)


def _chunks(stream: BinaryIO, size: int = MiB, overlap: int = 64) -> Iterator[bytes]:
    """The stream in pieces that overlap, so a pattern across a boundary is still seen."""
    stream.seek(0)
    tail = b""
    while piece := stream.read(size):
        yield tail + piece
        tail = piece[-overlap:]


def _scan(stream: BinaryIO, pattern: re.Pattern[bytes]) -> bool:
    return any(pattern.search(chunk) for chunk in _chunks(stream))


def _read_all(stream: BinaryIO) -> bytes:
    stream.seek(0)
    return stream.read()


# --- PDF -------------------------------------------------------------------------------------

# Names that make a reader run code (JavaScript, Launch), carry other files (EmbeddedFile) or
# play Flash and 3D content (RichMedia). Links, forms and opening actions (/OpenAction, /URI,
# /AA without a script) are ordinary in official PDFs and stay.
PDF_ACTIVE_LONG_NAMES = {b"JavaScript", b"Launch", b"EmbeddedFile", b"EmbeddedFiles", b"RichMedia"}
PDF_ACTIVE_NAMES = PDF_ACTIVE_LONG_NAMES | {b"JS"}
_PDF_NAME = re.compile(rb"/([^\x00\t\n\x0c\r ()<>\[\]{}/%]+)")
_PDF_STREAM = re.compile(rb"(?<![A-Za-z])stream(?:\r\n|\r|\n)")
_PDF_FLATE = {b"FlateDecode", b"Fl"}
_PDF_OTHER_FILTERS = {
    b"ASCIIHexDecode",
    b"AHx",
    b"ASCII85Decode",
    b"A85",
    b"LZWDecode",
    b"LZW",
    b"RunLengthDecode",
    b"RL",
    b"Crypt",
}


def _pdf_names(text: bytes) -> set[bytes]:
    """Every name in `text`, with #xx escapes decoded (/J#53 is /JS)."""
    return {
        re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), match.group(1))
        for match in _PDF_NAME.finditer(text)
    }


def _refuse_active_pdf(data: bytes, limits: Limits) -> None:
    """Three looks, so that no trick hides an action from all of them:

    1. the long names anywhere in the raw bytes (no picture data spells "/JavaScript");
    2. every name between streams, /JS too (stream data is skipped: compressed pictures and
       fonts hold three-letter names by chance);
    3. every object stream (PDF 1.5+ packs dictionaries into them), inflated: found at each
       `stream` keyword, even one that seems to lie inside another stream's data, so a fake
       keyword earlier in the file cannot make the second look skip it."""
    _refuse_pdf_names(data, PDF_ACTIVE_LONG_NAMES)
    keywords = list(_PDF_STREAM.finditer(data))
    position = 0
    for keyword in keywords:
        if keyword.start() < position:
            continue
        _refuse_pdf_names(data[position : keyword.start()], PDF_ACTIVE_NAMES)
        end = data.find(b"endstream", keyword.end())
        position = len(data) if end < 0 else end + len(b"endstream")
    _refuse_pdf_names(data[position:], PDF_ACTIVE_NAMES)
    budget = limits.max_unpacked_bytes
    for keyword in keywords:
        dictionary = _pdf_names(data[data.rfind(b"obj", 0, keyword.start()) + 1 : keyword.start()])
        if b"ObjStm" in dictionary:
            objects = _inflate(data, keyword.end(), dictionary, budget)
            budget -= len(objects)
            _refuse_pdf_names(objects, PDF_ACTIVE_NAMES)


def _refuse_pdf_names(text: bytes, active: set[bytes]) -> None:
    found = _pdf_names(text) & active
    if found:
        raise Refused(Reason.ACTIVE_CONTENT, b", ".join(sorted(found)).decode())


def _inflate(data: bytes, start: int, dictionary: set[bytes], budget: int) -> bytes:
    """The objects of the object stream whose data begins at `start`."""
    if dictionary & _PDF_OTHER_FILTERS:
        raise Refused(Reason.UNREADABLE, "object stream with an unusual filter")
    if not dictionary & _PDF_FLATE:
        end = data.find(b"endstream", start)
        return data[start : end if end >= 0 else len(data)][:budget]
    try:
        inflated = zlib.decompressobj().decompress(memoryview(data)[start:], budget + 1)
    except zlib.error:  # encrypted, or damaged: then its objects cannot be checked
        raise Refused(Reason.UNREADABLE, "object stream does not inflate") from None
    if len(inflated) > budget:
        raise Refused(Reason.ARCHIVE_BOMB, "object streams inflate too far")
    return inflated


# --- Office: OLE2 (DOC, XLS) -----------------------------------------------------------------

_OLE_MACROS = {"macros", "_vba_project_cur", "vba", "_vba_project"}


def _ole_document(stream: BinaryIO) -> FileType:
    stream.seek(0)
    try:
        with olefile.OleFileIO(stream) as ole:
            entries = ole.listdir(streams=True, storages=True)
    except Exception as error:  # olefile raises many kinds on a damaged file
        raise Refused(Reason.UNREADABLE, f"OLE2: {error}") from None
    top = {entry[0] for entry in entries}
    if any(part.lower() in _OLE_MACROS for entry in entries for part in entry):
        raise Refused(Reason.ACTIVE_CONTENT, "VBA macros")
    if "EncryptedPackage" in top:  # an OOXML document protected by a password
        raise Refused(Reason.UNREADABLE, "encrypted")
    if "WordDocument" in top:
        return TYPES["doc"]
    if "Workbook" in top or "Book" in top:
        return TYPES["xls"]
    raise Refused(Reason.NOT_ACCEPTED, f"OLE2 with {sorted(top)[:5]}")


# --- Office: ZIP containers (DOCX, XLSX, PPTX, ODT, ODS) -------------------------------------

OOXML_MAIN = {
    OOXML + "wordprocessingml.document.main+xml": "docx",
    OOXML + "spreadsheetml.sheet.main+xml": "xlsx",
    OOXML + "presentationml.presentation.main+xml": "pptx",
}
ODF_MIMETYPES = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
}
_OOXML_ACTIVE = re.compile(r"macroenabled|vbaproject|activex|ms-office\.vba", re.I)
_OVERRIDE = re.compile(rb"<Override\b[^>]*>")
_OLE10NATIVE = re.compile(re.escape("\x01Ole10Native".encode("utf-16-le")))
_EMBEDDED_DOCUMENTS = (".docx", ".xlsx", ".pptx")


@dataclass
class _Budget:
    """What all the archives of one upload may unpack to, together."""

    left: int
    members: int = field(default=0)


def _zip_document(stream: BinaryIO, size: int, limits: Limits) -> FileType:
    stream.seek(0)
    try:
        with zipfile.ZipFile(stream) as archive:
            return _office_archive(archive, size, limits, _Budget(limits.max_unpacked_bytes), 0)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as error:
        raise Refused(Reason.UNREADABLE, f"ZIP: {error}") from None
    except (RuntimeError, ValueError, zlib.error) as error:  # encrypted or malformed members
        raise Refused(Reason.UNREADABLE, f"ZIP: {error}") from None


def _office_archive(
    archive: zipfile.ZipFile, size: int, limits: Limits, budget: _Budget, depth: int
) -> FileType:
    members = archive.infolist()
    _refuse_bomb(members, size, limits, budget)
    file_type = _odf_type(archive) or _ooxml_type(archive)
    if file_type is None:
        raise Refused(Reason.NOT_ACCEPTED, "a ZIP archive that is not an office document")
    for member in members:
        _check_member(archive, member, file_type, limits, budget, depth)
    return file_type


def _refuse_bomb(
    members: list[zipfile.ZipInfo], size: int, limits: Limits, budget: _Budget
) -> None:
    """From the central directory alone: nothing is inflated to find a bomb."""
    budget.members += len(members)
    if budget.members > limits.max_members:
        raise Refused(Reason.ARCHIVE_BOMB, f"{budget.members} members")
    unpacked = sum(m.file_size for m in members)
    if unpacked > budget.left:
        raise Refused(Reason.ARCHIVE_BOMB, f"unpacks to {unpacked} bytes")
    budget.left -= unpacked
    for member in members:
        if member.file_size >= limits.ratio_floor and member.file_size > limits.max_ratio * max(
            member.compress_size, 1
        ):
            raise Refused(Reason.ARCHIVE_BOMB, f"{member.filename} compressed too well")
        if member.header_offset + member.compress_size > size:
            raise Refused(Reason.ARCHIVE_BOMB, f"{member.filename} lies about its place")
    # Members that share their data (a "non-recursive" bomb) claim more than the file holds.
    if sum(m.compress_size for m in members) > size:
        raise Refused(Reason.ARCHIVE_BOMB, "overlapping members")


def _read_member(archive: zipfile.ZipFile, name: str | zipfile.ZipInfo, limit: int) -> bytes:
    with archive.open(name) as member:
        return member.read(limit)


def _odf_type(archive: zipfile.ZipFile) -> FileType | None:
    if "mimetype" not in archive.namelist():
        return None
    key = ODF_MIMETYPES.get(_read_member(archive, "mimetype", 200).strip())
    return TYPES[key] if key else None


def _ooxml_type(archive: zipfile.ZipFile) -> FileType | None:
    names = set(archive.namelist())
    if "[Content_Types].xml" not in names:
        return None
    content_types = _read_member(archive, "[Content_Types].xml", MiB)
    if _OOXML_ACTIVE.search(content_types.decode("utf-8", "replace")):
        raise Refused(Reason.ACTIVE_CONTENT, "macros or ActiveX")
    for override in _OVERRIDE.findall(content_types):
        part = re.search(rb'PartName\s*=\s*"/?([^"]+)"', override)
        kind = re.search(rb'ContentType\s*=\s*"([^"]+)"', override)
        key = kind and OOXML_MAIN.get(kind.group(1).decode("ascii", "replace"))
        if key and part:
            # Part names compare without case (Open Packaging Conventions).
            if part.group(1).decode("utf-8", "replace").lower() not in {n.lower() for n in names}:
                raise Refused(Reason.UNREADABLE, "main part missing")
            return TYPES[key]
    return None


def _check_member(
    archive: zipfile.ZipFile,
    member: zipfile.ZipInfo,
    file_type: FileType,
    limits: Limits,
    budget: _Budget,
    depth: int,
) -> None:
    """Macros, ActiveX controls, scripts, packaged files and archives inside the document."""
    name = member.filename.lower()
    if name.endswith("vbaproject.bin") or "/activex/" in f"/{name}":
        raise Refused(Reason.ACTIVE_CONTENT, member.filename)
    if file_type.key in ("odt", "ods") and _odf_macro(name):
        raise Refused(Reason.ACTIVE_CONTENT, member.filename)
    if member.is_dir() or member.file_size < 4:
        return
    head = _read_member(archive, member, 8)
    if head.startswith(OLE_MAGIC):
        # An embedded OLE object; an "Ole10Native" stream in it is a packaged file or program.
        with archive.open(member) as embedded:
            if _scan(embedded, _OLE10NATIVE):
                raise Refused(Reason.ACTIVE_CONTENT, f"package in {member.filename}")
    if not head.startswith(ARCHIVE_MAGICS):
        return
    # Charts and objects from other Office documents are embedded as whole documents.
    if (
        depth == 0
        and head.startswith(ZIP_MAGIC)
        and name.endswith(_EMBEDDED_DOCUMENTS)
        and member.file_size <= limits.max_bytes
    ):
        data = _read_member(archive, member, member.file_size + 1)
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as inner:
                _office_archive(inner, len(data), limits, budget, depth + 1)
            return
        except Refused as refused:
            if refused.reason != Reason.NOT_ACCEPTED:
                raise
    raise Refused(Reason.NESTED_ARCHIVE, member.filename)


def _odf_macro(name: str) -> bool:
    """Basic modules and scripts; the empty library lists LibreOffice writes are harmless."""
    if name.startswith("scripts/"):
        return True
    return name.startswith("basic/") and not name.endswith(("script-lc.xml", "script-lb.xml"))
