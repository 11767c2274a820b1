"""The upload checks on their own (no Django, no database): each accepted type from real bytes,
each attack refused for its own reason."""

import io
import struct
import zipfile

import pytest

from tyndau.appeals import uploads
from tyndau.appeals.tests import samples
from tyndau.appeals.uploads import Limits, Reason


def inspect(data: bytes, name: str, limits: Limits | None = None) -> uploads.Accepted:
    return uploads.inspect(io.BytesIO(data), name, limits)


def refusal(data: bytes, name: str, limits: Limits | None = None) -> uploads.Refused:
    with pytest.raises(uploads.Refused) as caught:
        inspect(data, name, limits)
    return caught.value


ACCEPTED = [
    ("Заявление.pdf", samples.pdf, "application/pdf"),
    ("scan-2024.PDF", lambda: samples.pdf_with_object_stream(b"<< /S /URI /URI (x) >>"), None),
    ("photo.jpg", samples.jpeg, "image/jpeg"),
    ("photo.jpeg", lambda: samples.jpeg(xmp=XMP), "image/jpeg"),
    ("screen.png", samples.png, "image/png"),
    ("map.gif", samples.gif, "image/gif"),
    ("map.webp", samples.webp, "image/webp"),
    ("IMG_0001.HEIC", samples.heic, "image/heic"),
    ("photo.heif", samples.heif, "image/heif"),
    ("letter.docx", lambda: samples.ooxml("docx"), samples.OOXML + "wordprocessingml.document"),
    ("table.xlsx", lambda: samples.ooxml("xlsx"), samples.OOXML + "spreadsheetml.sheet"),
    ("slides.pptx", lambda: samples.ooxml("pptx"), samples.OOXML + "presentationml.presentation"),
    ("letter.odt", samples.odf, "application/vnd.oasis.opendocument.text"),
    ("table.ods", samples.ods, "application/vnd.oasis.opendocument.spreadsheet"),
    ("old.doc", samples.doc, "application/msword"),
    ("old.xls", samples.xls, "application/vnd.ms-excel"),
    ("letter.rtf", samples.rtf, "application/rtf"),
    ("note.txt", lambda: "Жалоба: нет света.\r\n".encode(), "text/plain"),
    ("note.txt", lambda: "\ufeffЖалоба".encode(), "text/plain"),
    ("note.txt", lambda: "Жалоба: нет света.".encode("cp1251"), "text/plain"),
    ("road.txt", lambda: b"Our wide road is broken.", "text/plain"),  # not a QuickTime box
    ("video.mp4", samples.mp4, "video/mp4"),
    ("video.MOV", samples.mov, "video/quicktime"),
    ("video.3gp", samples.video_3gp, "video/3gpp"),
    ("video.webm", samples.webm, "video/webm"),
]
XMP = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
    b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    b'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="Camera"/></rdf:RDF>'
    b'</x:xmpmeta><?xpacket end="w"?>'
)


@pytest.mark.parametrize(("name", "build", "mime"), ACCEPTED)
def test_accepted_types_are_told_by_their_content(name, build, mime):
    stream = io.BytesIO(build())
    accepted = uploads.inspect(stream, name)
    assert accepted.type.mime == (mime or "application/pdf")
    assert accepted.name == name
    assert stream.tell() == 0  # left ready to be stored


def test_samples_are_real_files():
    """The builders write what readers accept, so "accepted" means a real file is."""
    pypdf = pytest.importorskip("pypdf")
    olefile = pytest.importorskip("olefile")
    from PIL import Image

    assert pypdf.PdfReader(io.BytesIO(samples.pdf()), strict=True).pages[0].extract_text()
    hidden = pypdf.PdfReader(io.BytesIO(samples.pdf_with_javascript_in_object_stream()))
    assert hidden.trailer["/Root"]["/OpenAction"].get_object()["/S"] == "/JavaScript"
    assert Image.open(io.BytesIO(samples.png())).size == (2, 2)
    assert olefile.OleFileIO(samples.doc()).exists("WordDocument")


def test_a_name_of_the_same_family_is_kept():
    """A PNG saved as .jpg opens everywhere; it is stored as what it is."""
    accepted = inspect(samples.png(), "photo.jpg")
    assert (accepted.type.mime, accepted.name) == ("image/png", "photo.jpg")


@pytest.mark.parametrize(
    ("name", "expected"), [("scan", "scan.pdf"), ("Хат 12.05", "Хат 12.05.pdf")]
)
def test_a_name_without_extension_gets_the_real_one(name, expected):
    assert inspect(samples.pdf(), name).name == expected


def test_a_pdf_named_as_a_picture_is_refused_with_the_right_extension():
    refused = refusal(samples.pdf(), "photo.jpg")
    assert refused.reason == Reason.WRONG_EXTENSION
    assert refused.params == {
        "name": "photo.jpg",
        "actual": "PDF",
        "extension": ".jpg",
        "right": ".pdf",
    }


def test_a_text_named_pdf_is_refused():
    assert refusal(b"I ask to repair the road.", "letter.pdf").reason == Reason.WRONG_EXTENSION


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("shell.jpg", samples.PHP),
        ("page.jpg", samples.HTML),
        ("invoice.pdf", samples.EXE),
        ("run.exe", samples.pdf()),  # a real PDF, but the name asks to be run
        ("page.html", samples.pdf()),
        ("archive.docx", samples.zip_file({"notes.txt": b"hello"})),
        ("app.xlsx", samples.zip_file({"META-INF/MANIFEST.MF": b"Main-Class: Evil\n"})),
        ("film.webm", samples.ebml(b"matroska")),
        ("installer.doc", samples.compound_file({"\x05SummaryInformation": b"msi"})),
        ("note.txt", b"line\x00with a NUL"),
        ("note.txt", "Жалоба".encode("utf-16")),
        ("song.mp4", samples.iso_media(b"M4A ")),
        ("cut.webm", samples.webm()[:6]),
    ],
)
def test_other_types_are_not_accepted(name, data):
    assert refusal(data, name).reason == Reason.NOT_ACCEPTED


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("logo.svg", samples.svg()),
        ("logo.png", samples.svg()),
        ("logo.txt", b"<!-- drawn by hand -->\n<svg xmlns='http://www.w3.org/2000/svg'/>"),
    ],
)
def test_svg_is_refused_whatever_its_name(name, data):
    assert refusal(data, name).reason == Reason.SVG


def test_empty_and_oversized_files_are_refused():
    assert refusal(b"", "scan.pdf").reason == Reason.EMPTY
    refused = refusal(samples.pdf(), "scan.pdf", Limits(max_bytes=100))
    assert (refused.reason, refused.params["name"]) == (Reason.TOO_LARGE, "scan.pdf")


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("photo.png", samples.png_with_zip_appended()),
        ("scan.pdf", samples.pdf() + samples.zip_file({"a.class": b"\xca\xfe\xba\xbe"})),
        ("old.doc", samples.doc() + samples.zip_file({"a.js": b"alert(1)"})),
        ("anim.gif", samples.gif_with_script()),
        ("photo.jpg", samples.jpeg_with_script_far_inside()),
        ("photo.jpg", samples.jpeg(comment=b"%PDF-1.4 1 0 obj << >> endobj")),
        ("scan.pdf", b"%PDF-1.4\n<html><body><script>alert(1)</script>" + samples.pdf()[9:]),
        ("video.mp4", samples.iso_media(b"isom") + samples.box(b"free", b"<svg onload=x>")),
    ],
)
def test_polyglots_are_refused(name, data):
    refused = refusal(data, name)
    assert refused.reason == Reason.HIDDEN_CONTENT
    assert refused.params["actual"] == inspect_label(name)


def inspect_label(name: str) -> str:
    labels = {".png": "PNG", ".pdf": "PDF", ".doc": "DOC", ".gif": "GIF", ".jpg": "JPEG"}
    return {**labels, ".mp4": "MP4"}[name[name.rindex(".") :]]


def test_picture_metadata_is_not_taken_for_markup():
    """Phones write XMP (XML) into photos: it is no web page."""
    assert inspect(samples.jpeg(xmp=XMP), "photo.jpg").type.key == "jpeg"


@pytest.mark.parametrize(
    "build",
    [
        samples.pdf_with_javascript,
        samples.pdf_with_hidden_name_javascript,
        samples.pdf_with_javascript_in_object_stream,
        samples.pdf_with_javascript_behind_a_fake_stream,
        samples.pdf_with_object_stream_behind_a_fake_stream,
        samples.pdf_with_launch,
        samples.pdf_with_embedded_file,
    ],
)
def test_pdfs_that_run_code_or_carry_files_are_refused(build):
    assert refusal(build(), "letter.pdf").reason == Reason.ACTIVE_CONTENT


def test_names_inside_picture_data_are_not_actions():
    """The sample's picture stream holds the bytes "/JS ", as compressed data of any size
    does by chance: stream data is not read for short names."""
    assert b"/JS " in samples.pdf()
    assert inspect(samples.pdf(), "letter.pdf").type.key == "pdf"


def test_an_object_stream_that_cannot_be_inflated_is_refused():
    """Encrypted or damaged: its objects cannot be checked, so the PDF is not kept."""
    packed = samples.stream_object(b"not zlib", b"/Type /ObjStm /N 1 /First 4 /Filter /Fl ")
    assert refusal(samples.pdf(b"", packed), "letter.pdf").reason == Reason.UNREADABLE


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("macro.docx", samples.ooxml("docm")),
        (
            "macro.docx",
            samples.ooxml("docx", {"word/vbaProject.bin": samples.compound_file({"VBA": None})}),
        ),
        ("control.docx", samples.ooxml("docx", {"word/activeX/activeX1.xml": b"<ax/>"})),
        (
            "package.docx",
            samples.ooxml(
                "docx",
                {
                    "word/embeddings/oleObject1.bin": samples.compound_file(
                        {"\x01Ole10Native": b"MZ"}
                    )
                },
            ),
        ),
        (
            "chart.docx",
            samples.ooxml(
                "docx", {"word/embeddings/Microsoft_Excel_Worksheet.xlsx": samples.ooxml("docm")}
            ),
        ),
        ("macro.odt", samples.odf(extra={"Basic/Standard/Module1.xml": b"<script:module/>"})),
        ("script.odt", samples.odf(extra={"Scripts/python/run.py": b"import os"})),
        ("macro.doc", samples.doc({"Macros": None})),
        ("macro.xls", samples.compound_file({"Workbook": b"\x09\x08", "_VBA_PROJECT_CUR": None})),
        ("object.rtf", samples.rtf(b"{\\object\\objemb{\\*\\objdata 01050000}}")),
    ],
)
def test_documents_with_macros_or_embedded_programs_are_refused(name, data):
    assert refusal(data, name).reason == Reason.ACTIVE_CONTENT


def test_office_documents_may_embed_charts_and_empty_macro_libraries():
    chart = samples.ooxml(
        "docx", {"word/embeddings/Microsoft_Excel_Worksheet.xlsx": samples.ooxml("xlsx")}
    )
    assert inspect(chart, "report.docx").type.key == "docx"
    empty = samples.odf(extra={"Basic/script-lc.xml": b"<library:libraries/>"})
    assert inspect(empty, "letter.odt").type.key == "odt"


def test_the_200_mb_zip_bomb_is_refused_from_its_directory(monkeypatch):
    bomb = samples.zip_bomb_docx()
    assert len(bomb) < 400_000
    # Nothing is inflated to find it: the central directory tells.
    monkeypatch.setattr(zipfile.zlib, "decompressobj", None)
    refused = refusal(bomb, "report.docx")
    assert refused.reason == Reason.ARCHIVE_BOMB


def test_a_forged_declared_size_is_a_bomb():
    assert refusal(samples.forged_size_docx(), "report.docx").reason == Reason.ARCHIVE_BOMB


def test_a_member_compressed_too_well_is_a_bomb():
    """20 MB of zeros: under the total limit, but a thousand times smaller packed."""
    out = io.BytesIO(samples.ooxml("docx"))
    with (
        zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/media/zeros.bin", "w") as member,
    ):
        for _ in range(20):
            member.write(bytes(2**20))
    refused = refusal(out.getvalue(), "report.docx")
    assert (refused.reason, refused.detail) == (
        Reason.ARCHIVE_BOMB,
        "word/media/zeros.bin compressed too well",
    )


def test_too_many_members_are_a_bomb():
    many = samples.ooxml("docx", {f"word/media/{n}.txt": b"x" for n in range(20)})
    assert inspect(many, "report.docx")
    assert refusal(many, "report.docx", Limits(max_members=10)).reason == Reason.ARCHIVE_BOMB


def test_members_claiming_more_data_than_the_file_holds_are_a_bomb():
    data = bytearray(samples.ooxml("docx"))
    at = data.rfind(b"PK\x01\x02")  # the last member's entry in the central directory
    struct.pack_into("<I", data, at + 20, len(data) * 2)  # its compressed size
    assert refusal(bytes(data), "report.docx").reason == Reason.ARCHIVE_BOMB


@pytest.mark.parametrize(
    "extra",
    [
        {"word/media/photos.zip": samples.zip_file({"a.jpg": samples.jpeg()})},
        {"word/media/image1.png": samples.zip_file({"hidden.exe": samples.EXE})},  # renamed
        {"customXml/item.gz": b"\x1f\x8b\x08\x00" + bytes(16)},
        {
            "word/embeddings/Microsoft_Excel_Worksheet.xlsx": samples.ooxml(
                "xlsx", {"xl/media/more.zip": samples.zip_file({"a": b"b"})}
            )
        },
    ],
)
def test_archives_inside_documents_are_refused(extra):
    assert refusal(samples.ooxml("docx", extra), "report.docx").reason == Reason.NESTED_ARCHIVE


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("report.docx", samples.compound_file({"EncryptedPackage": b"x", "EncryptionInfo": b"y"})),
        ("report.docx", b"PK\x03\x04" + bytes(200)),
        ("report.docx", samples.ooxml("docx")[:-30]),
        ("old.doc", samples.doc()[:700]),
        ("screen.png", b"\x89PNG\r\n\x1a\n" + b"garbage" * 10),
    ],
)
def test_damaged_or_password_protected_files_are_refused(name, data):
    assert refusal(data, name).reason == Reason.UNREADABLE


def test_a_truncated_picture_with_a_right_header_is_kept():
    """Tyndau never decodes pictures (they are only downloaded): a cut-off photo is still
    evidence, and its header says what it is."""
    assert inspect(samples.jpeg()[:40], "cut.jpg").type.key == "jpeg"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("C:\\Users\\Айгуль\\Documents\\хат.pdf", "хат.pdf"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ('report "final"\r\nX-Evil: 1.pdf', 'report "final"X-Evil: 1.pdf'),
        ("invoice\u202efdp.exe", "invoicefdp.exe"),
        ("tab\there.pdf", "tabhere.pdf"),
        ("  .hidden.pdf  ", "hidden.pdf"),
        ("", "file"),
        ("\x00\x01", "file"),
    ],
)
def test_names_are_cleaned(raw, clean):
    assert uploads.clean_name(raw) == clean


def test_long_names_keep_their_extension():
    cleaned = uploads.clean_name("ж" * 400 + ".docx")
    assert len(cleaned) == 255 and cleaned.endswith("ж.docx")


def test_the_stream_is_rewound_after_a_refusal():
    stream = io.BytesIO(samples.png_with_zip_appended())
    with pytest.raises(uploads.Refused):
        uploads.inspect(stream, "photo.png")
    assert stream.tell() == 0
