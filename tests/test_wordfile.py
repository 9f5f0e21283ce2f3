"""The Word-file gatekeeper: every refusal is one line naming the file and what to do."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from chronology.reader import read_imr
from pipeline.common import InputError as AnyInputError
from pipeline.ooxml import limits, word
from pipeline.ooxml.word import WordFileRefused as InputError
from pipeline.wordfile import check_word_file, iter_word_files

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="{main}"/></Types>'
)
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
DOCUMENT = (
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"
)


def raw_docx(entries: dict[str, bytes | str] | None = None, main: str = DOCX_MAIN) -> bytes:
    """A minimal .docx as bytes; ``entries`` add or replace parts."""
    parts = {
        "[Content_Types].xml": CONTENT_TYPES.format(main=main),
        "word/document.xml": DOCUMENT.format(text="Hello"),
    }
    parts.update(entries or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_real_docx_passes(tmp_path):
    path = tmp_path / "imr.docx"
    docx.Document().save(path)
    assert check_word_file(path) is None


def _duplicate_names() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES.format(main=DOCX_MAIN))
        archive.writestr("word/document.xml", DOCUMENT.format(text="one"))
        with pytest.warns(UserWarning):
            archive.writestr("word/document.xml", DOCUMENT.format(text="two"))
    return buffer.getvalue()


def _truncated() -> bytes:
    data = raw_docx({"word/media/a.bin": bytes(range(256)) * 400})
    return data[: len(data) // 2]


def _bad_crc() -> bytes:
    data = bytearray(raw_docx({"word/extra.txt": "x" * 50}, main=DOCX_MAIN))
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/extra.txt")
    offset = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[offset] ^= 0xFF  # stored deflate bytes change, so the CRC no longer matches
    return bytes(data)


REFUSED = [
    ("old.doc", bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600, "Word 97-2003"),
    (
        "locked.docx",
        bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600 + "EncryptedPackage".encode("utf-16-le"),
        "remove the password",
    ),
    ("macro.docx", raw_docx(main=DOCM_MAIN), "plain Word Document (.docx)"),
    ("report.docx", b"%PDF-1.7\n...", "a PDF file"),
    ("notes.docx", b"Chronology\n3/3/10 home visit\n", "plain text"),
    ("page.docx", b"<html><body>x</body></html>", "web page"),
    ("empty.docx", b"", "empty"),
    ("half.docx", _truncated(), "damaged or incomplete"),
    ("crc.docx", _bad_crc(), "damaged or incomplete"),
    (
        "noword.docx",
        raw_docx({"word/document.xml": ""}).replace(b"word/document.xml", b"word/documenX.xml"),
        "no word/document.xml",
    ),
    ("escape.docx", raw_docx({"../../evil.xml": "<x/>"}), "points outside the file"),
    ("absolute.docx", raw_docx({"/etc/evil.xml": "<x/>"}), "points outside the file"),
    ("twice.docx", _duplicate_names(), "two parts with the same name"),
]


@pytest.mark.parametrize(("name", "data", "said"), REFUSED, ids=[r[0] for r in REFUSED])
def test_refusals_are_one_line_naming_the_file(tmp_path, name, data, said):
    path = write(tmp_path, name, data)
    with pytest.raises(InputError) as caught:
        check_word_file(path)
    message = str(caught.value)
    assert message.startswith(f"{name}: ")
    assert said in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda tmp: tmp / "missing.docx", "cannot be found"),
        (lambda tmp: (tmp / "folder.docx").mkdir() or tmp / "folder.docx", "is a folder"),
    ],
)
def test_missing_and_folder(tmp_path, make, said):
    with pytest.raises(InputError, match=said):
        check_word_file(make(tmp_path))


def test_symlink_is_refused(tmp_path):
    real = tmp_path / "real.docx"
    docx.Document().save(real)
    link = tmp_path / "link.docx"
    link.symlink_to(real)
    with pytest.raises(InputError, match="copy the file itself"):
        check_word_file(link)


def test_zip_bomb_by_total_size(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_TOTAL_BYTES", 1000)
    path = write(tmp_path, "big.docx", raw_docx({"word/media/pad.bin": b"\0" * 2000}))
    with pytest.raises(InputError, match="would unpack to more than 0 MB"):
        check_word_file(path)


def test_zip_bomb_by_ratio(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "RATIO_FLOOR_BYTES", 1000)
    path = write(tmp_path, "ratio.docx", raw_docx({"word/media/pad.bin": b"\0" * 200_000}))
    with pytest.raises(InputError, match="100 times its size"):
        check_word_file(path)


def _central_record(data: bytes, name: str) -> int:
    at = zipfile.ZipFile(io.BytesIO(data)).start_dir
    while data[at + 46 : at + 46 + len(name)] != name.encode():
        at = data.index(b"PK\x01\x02", at + 4)
    return at


def test_lying_size_header_is_not_believed(tmp_path):
    """The central directory says 10 bytes; the stream is not read past them."""
    data = bytearray(raw_docx({"word/media/pad.bin": b"A" * 5000}))
    at = _central_record(bytes(data), "word/media/pad.bin")
    data[at + 24 : at + 28] = (10).to_bytes(4, "little")  # uncompressed size
    path = write(tmp_path, "liar.docx", bytes(data))
    with pytest.raises(InputError, match="^liar.docx: .*(damaged|larger than it says)"):
        check_word_file(path)


def test_read_imr_calls_the_gatekeeper(tmp_path):
    path = write(tmp_path, "old.doc", bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600)
    with pytest.raises(InputError, match="save it as .docx"):
        read_imr(path)


def _cell(text: str) -> str:
    return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def _entity_document(doctype: str, entity: str) -> str:
    """A chronology table whose event cell is an entity reference."""
    rows = "".join(
        f"<w:tr>{''.join(_cell(t) for t in row)}</w:tr>"
        for row in (("Date", "Source", "Event"), ("3/3/2010", "GP", entity))
    )
    return (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{doctype}]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body><w:p><w:r><w:t>{entity}</w:t></w:r></w:p><w:tbl>{rows}</w:tbl></w:body></w:document>"
    )


BILLION_LAUGHS = (
    '<!ENTITY a "haha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
)


def external_entity(target: Path) -> str:
    return f'<!ENTITY d SYSTEM "{target.as_uri()}">'


def with_part(tmp_path: Path, name: str, part: str, data: str) -> Path:
    """A real python-docx document with one part replaced."""
    source = tmp_path / "source.docx"
    docx.Document().save(source)
    target = tmp_path / name
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            new.writestr(info, data if info.filename == part else old.read(info))
    return target


@pytest.mark.parametrize("kind", ["billion laughs", "external entity"])
def test_entities_are_never_expanded_or_fetched(tmp_path, kind):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    doctype = BILLION_LAUGHS if kind == "billion laughs" else external_entity(secret)
    body = _entity_document(doctype, "&d;")
    path = with_part(tmp_path, "entity.docx", "word/document.xml", body)
    with pytest.raises(
        InputError, match=r"entity\.docx: part word/document\.xml declares a DOCTYPE"
    ):
        check_word_file(path)
    seen_by_docx = "".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "haha" not in seen_by_docx and "TOP-SECRET" not in seen_by_docx
    # The reader parses through the one safe parser, which refuses the part too, naming it.
    with pytest.raises(AnyInputError, match=r"entity\.docx: part word/document\.xml declares"):
        read_imr(path)
    with pytest.raises(AnyInputError, match=r"part word/document\.xml declares a DOCTYPE"):
        word.parse_part(body.encode(), "word/document.xml")


def test_iter_word_files_sorted_without_lock_files(tmp_path):
    for name in ("b.docx", "A.docx", "~$b.docx", "c.doc", "d.docm", "notes.txt", "e.pdf"):
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in iter_word_files(tmp_path)] == ["A.docx", "b.docx", "c.doc", "d.docm"]
