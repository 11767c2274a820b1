"""Small real files of every accepted type, and the attacks on uploads, made in code.

Each builder writes the format's real structure (a PNG with its chunks and CRCs, a PDF with its
cross-reference table, a DOCX with its content types, a compound file with its FAT and
directory), so the checks are proven on what phones and office programs produce, not on
fixtures whose origin nobody remembers.
"""

import functools
import io
import struct
import zipfile
import zlib

from PIL import Image  # Pillow comes with WeasyPrint; it writes the real JPEG, GIF and WebP

OOXML = "application/vnd.openxmlformats-officedocument."


# --- pictures --------------------------------------------------------------------------------


def png(width: int = 2, height: int = 2) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    rows = b"".join(b"\x00" + b"\xc0\x30\x30" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def picture(format_: str, **options) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4), (200, 40, 40)).save(out, format_, **options)
    return out.getvalue()


def jpeg(**options) -> bytes:
    return picture("JPEG", **options)


def gif(**options) -> bytes:
    return picture("GIF", **options)


def webp() -> bytes:
    return picture("WEBP")


def box(kind: bytes, payload: bytes) -> bytes:
    """An ISO base media file format box (MP4, QuickTime, 3GPP, HEIF)."""
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def iso_media(major: bytes, *compatible: bytes) -> bytes:
    ftyp = box(b"ftyp", major + b"\x00\x00\x02\x00" + b"".join(compatible or (major,)))
    return ftyp + box(b"free", b"") + box(b"mdat", bytes(range(256)) * 4)


def heic() -> bytes:
    return iso_media(b"heic", b"mif1", b"heic")


def heif() -> bytes:
    return iso_media(b"mif1", b"mif1", b"heic")


def mp4() -> bytes:
    return iso_media(b"isom", b"isom", b"iso2", b"avc1", b"mp41")


def mov() -> bytes:
    return iso_media(b"qt  ")


def video_3gp() -> bytes:
    return iso_media(b"3gp4", b"isom", b"3gp4")


def ebml(doctype: bytes) -> bytes:
    """The EBML header WebM and Matroska files open with, then an empty segment."""
    elements = (
        b"\x42\x86\x81\x01"  # EBMLVersion 1
        + b"\x42\xf7\x81\x01"  # EBMLReadVersion 1
        + b"\x42\xf2\x81\x04"  # EBMLMaxIDLength 4
        + b"\x42\xf3\x81\x08"  # EBMLMaxSizeLength 8
        + b"\x42\x82"
        + bytes([0x80 | len(doctype)])
        + doctype
        + b"\x42\x87\x81\x02"  # DocTypeVersion 2
        + b"\x42\x85\x81\x02"  # DocTypeReadVersion 2
    )
    segment = b"\x18\x53\x80\x67\x01\x00\x00\x00\x00\x00\x00\x00"
    return b"\x1a\x45\xdf\xa3" + bytes([0x80 | len(elements)]) + elements + segment


def webm() -> bytes:
    return ebml(b"webm")


# --- PDF -------------------------------------------------------------------------------------


def pdf_file(*objects: bytes, version: bytes = b"1.4") -> bytes:
    """A PDF whose objects 1, 2, ... are `objects`; object 1 is the catalog."""
    out = b"%PDF-" + version + b"\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


def stream_object(data: bytes, dictionary: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), dictionary) + data + b"\nendstream"


def pdf(catalog_extra: bytes = b"", *more: bytes, version: bytes = b"1.4") -> bytes:
    """One page saying hello, with a picture whose raw bytes happen to spell `/JS`: a name in
    a stream's data is not an action and must not refuse the file."""
    text = b"BT /F1 24 Tf 20 100 Td (Hello, akimat) Tj ET"
    picture_data = bytes(range(256)) + b"/JS " + bytes(range(255, -1, -1))
    return pdf_file(
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>",
        stream_object(text),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        stream_object(
            picture_data,
            b"/Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray"
            b" /BitsPerComponent 8 ",
        ),
        *more,
        version=version,
    )


def pdf_with_javascript() -> bytes:
    return pdf(b"/OpenAction << /S /JavaScript /JS (app.alert('hi')) >> ")


def pdf_with_hidden_name_javascript() -> bytes:
    """The same action with its names written in #xx escapes, as obfuscators do."""
    return pdf(b"/OpenAction << /S /J#61vaScript /J#53 (app.alert('hi')) >> ")


def pdf_with_object_stream(packed: bytes, catalog_extra: bytes = b"") -> bytes:
    """PDF 1.5: object 8 is `packed`, stored compressed in object stream 7 and found through a
    cross-reference stream (object 9), as current PDF writers do."""
    index = b"8 0 "
    object_stream = stream_object(
        zlib.compress(index + packed),
        b"/Type /ObjStm /N 1 /First %d /Filter /FlateDecode " % len(index),
    )
    body = pdf(catalog_extra, object_stream, version=b"1.5")
    body = body[: body.index(b"xref\n")]  # keep the objects, replace the table
    offsets = _object_offsets(body)
    xref_at = len(body)
    rows = [b"\x00" + struct.pack(">IH", 0, 65535)]
    rows += [b"\x01" + struct.pack(">IH", offset, 0) for offset in offsets]
    rows += [b"\x02" + struct.pack(">IH", 7, 0), b"\x01" + struct.pack(">IH", xref_at, 0)]
    xref = stream_object(b"".join(rows), b"/Type /XRef /Size 10 /Root 1 0 R /W [1 4 2] ")
    return body + b"9 0 obj\n" + xref + b"\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_at


def _object_offsets(body: bytes) -> list[int]:
    offsets, at = [], 0
    for number in range(1, 8):
        at = body.index(b"%d 0 obj\n" % number, at)
        offsets.append(at)
    return offsets


def pdf_with_javascript_in_object_stream() -> bytes:
    """The action is invisible in the raw bytes: it appears only once object stream 7 is
    inflated."""
    return pdf_with_object_stream(
        b"<< /S /JavaScript /JS (app.alert('hi')) >>", catalog_extra=b"/OpenAction 8 0 R "
    )


def pdf_with_javascript_behind_a_fake_stream() -> bytes:
    """A `stream` keyword where no stream is: a scanner that skips stream data would skip the
    action that follows, up to the next real `endstream`."""
    action = b"<< /S /JavaScript /JS (app.alert('hi')) >>"
    return pdf(b"/OpenAction 7 0 R /Fake /stream\n", action)


def pdf_with_object_stream_behind_a_fake_stream() -> bytes:
    return pdf_with_object_stream(
        b"<< /S /JavaScript /JS (app.alert('hi')) >>",
        catalog_extra=b"/OpenAction 8 0 R /Fake (>> stream\n) ",
    )


def pdf_with_launch() -> bytes:
    return pdf(b"/OpenAction << /S /Launch /F (cmd.exe) >> ")


def pdf_with_embedded_file() -> bytes:
    payload = stream_object(b"MZ\x90\x00 a program", b"/Type /EmbeddedFile ")
    return pdf(b"/Names << /EmbeddedFiles << /Names [(run.exe) 8 0 R] >> >> ", payload)


# --- office documents ------------------------------------------------------------------------

OOXML_PARTS = {
    "docx": ("word/document.xml", OOXML + "wordprocessingml.document.main+xml"),
    "xlsx": ("xl/workbook.xml", OOXML + "spreadsheetml.sheet.main+xml"),
    "pptx": ("ppt/presentation.xml", OOXML + "presentationml.presentation.main+xml"),
    "docm": ("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml"),
}


def ooxml(kind: str = "docx", extra: dict[str, bytes] | None = None) -> bytes:
    part, content_type = OOXML_PARTS[kind]
    types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/{part}" ContentType="{content_type}"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/officeDocument" Target="{part}"/></Relationships>'
    )
    members = {
        "[Content_Types].xml": types.encode(),
        "_rels/.rels": rels.encode(),
        part: b'<?xml version="1.0"?><document>Hello, akimat</document>',
        **(extra or {}),
    }
    return zip_file(members)


def zip_file(members: dict[str, bytes], stored: tuple[str, ...] = ()) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            method = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return out.getvalue()


def odf(mimetype: str = "application/vnd.oasis.opendocument.text", extra=None) -> bytes:
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
        "</manifest:manifest>"
    )
    return zip_file(
        {
            "mimetype": mimetype.encode(),
            "META-INF/manifest.xml": manifest.encode(),
            "content.xml": b'<?xml version="1.0"?><office:document-content/>',
            **(extra or {}),
        },
        stored=("mimetype",),
    )


def ods() -> bytes:
    return odf("application/vnd.oasis.opendocument.spreadsheet")


FREE, END, FAT, NONE = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def compound_file(entries: dict[str, bytes | None]) -> bytes:
    """An OLE2 compound file (DOC, XLS) with these top-level streams (None: a storage).

    Version 3, 512-byte sectors: sector 0 holds the FAT, then the directory, then each stream,
    padded to 4096 bytes so it lives in ordinary sectors and no mini stream is needed."""
    items = list(entries.items())
    directory_sectors = (len(items) + 1 + 3) // 4
    fat = [FREE] * 128
    fat[0] = FAT
    for sector in range(1, 1 + directory_sectors):
        fat[sector] = sector + 1 if sector < directory_sectors else END
    data, starts, sector = b"", {}, 1 + directory_sectors
    for name, content in items:
        if content is None:
            continue
        content = content.ljust(4096, b"\x00")
        count = -(-len(content) // 512)
        starts[name] = (sector, len(content))
        for k in range(count):
            fat[sector + k] = sector + k + 1 if k < count - 1 else END
        data += content.ljust(count * 512, b"\x00")
        sector += count
    assert sector <= 128, "one FAT sector is enough for these samples"

    def entry(name: str, kind: int, right: int = NONE, child: int = NONE, start=END, size=0):
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        return struct.pack(
            "<64sHBBIII16sIQQIII",
            encoded,
            len(encoded),
            kind,
            1,  # black
            NONE,
            right,
            child,
            b"\x00" * 16,
            0,
            0,
            0,
            start,
            size,
            0,
        )

    directory = entry("Root Entry", 5, child=1 if items else NONE)
    for index, (name, content) in enumerate(items, 1):
        right = index + 1 if index < len(items) else NONE
        if content is None:
            directory += entry(name, 1, right=right, start=0)
        else:
            directory += entry(name, 2, right=right, start=starts[name][0], size=starts[name][1])
    directory = directory.ljust(directory_sectors * 512, b"\x00")
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        b"\x00" * 16,
        0x3E,
        3,
        0xFFFE,
        9,
        6,
        b"\x00" * 6,
        0,
        1,  # FAT sectors
        1,  # first directory sector
        0,
        4096,
        END,
        0,
        END,
        0,
    ) + struct.pack("<109I", 0, *([FREE] * 108))
    return header + struct.pack("<128I", *fat) + directory + data


def doc(extra: dict[str, bytes | None] | None = None) -> bytes:
    return compound_file({"WordDocument": b"\xec\xa5\xc1\x00" + b"Hello", **(extra or {})})


def xls() -> bytes:
    return compound_file({"Workbook": b"\x09\x08\x10\x00\x00\x06\x05\x00"})


def rtf(body: bytes = b"Hello, akimat") -> bytes:
    return b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}} \\f0 " + body + b"}"


# --- attacks ---------------------------------------------------------------------------------


@functools.cache
def zip_bomb_docx() -> bytes:
    """A DOCX whose document part is 200 MB of zeros: about 200 KB on disk. Written as a
    stream, so neither the test nor the check ever holds the 200 MB."""
    part, content_type = OOXML_PARTS["docx"]
    plain = ooxml("docx")
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(plain)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb,
    ):
        for name in ("[Content_Types].xml", "_rels/.rels"):
            bomb.writestr(name, source.read(name))
        with bomb.open(part, "w") as member:
            zeros = bytes(2**20)
            for _ in range(200):
                member.write(zeros)
    return out.getvalue()


def forged_size_docx(declared: int = 3_000_000_000) -> bytes:
    """A small DOCX whose central directory claims a member of `declared` bytes."""
    data = bytearray(ooxml("docx"))
    name = OOXML_PARTS["docx"][0].encode()
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46 : at + 46 + name_length]) == name:
            struct.pack_into("<I", data, at + 24, declared & 0xFFFFFFFF)
            break
        at = data.find(b"PK\x01\x02", at + 4)
    return bytes(data)


def png_with_zip_appended() -> bytes:
    return png() + zip_file({"evil.class": b"\xca\xfe\xba\xbe" + b"\x00" * 64})


def gif_with_script() -> bytes:
    """A GIF whose comment extension holds a script (a GIF/JavaScript polyglot)."""
    return gif(comment=b"<script>alert(document.cookie)</script>")


def jpeg_with_script_far_inside() -> bytes:
    """A script past the first kilobytes: a comment segment after 8 KB of metadata."""
    image = jpeg()
    filler = b"\xff\xfe" + struct.pack(">H", 8002) + b"x" * 8000
    script = b"<script>alert(1)</script>"
    comment = b"\xff\xfe" + struct.pack(">H", len(script) + 2) + script
    return image[:2] + filler + comment + image[2:]


def svg() -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        b"<script>alert(1)</script></svg>"
    )


EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"PE\x00\x00"
PHP = b"<?php system($_GET['c']); ?>"
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
