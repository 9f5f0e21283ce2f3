"""Open a Word file safely: refuse what is not a plain .docx, read its XML parts with bounds.

Everything here is about the container, not the words: old .doc files, password protection,
macros, damaged or hostile zips. ``pipeline.wordfile`` is the public gatekeeper; it lives on top
of this so that ``chronology`` never imports ``pipeline``.
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath

from lxml import etree

from chronology.errors import InputError
from pipeline.ooxml.limits import MAX_TOTAL_BYTES, OLE_MAGIC, ZIP_MAGICS, ratio_too_high
from pipeline.ooxml.package import READ_ERRORS, Budget, OverBudget, read_entry
from pipeline.ooxml.xml import DOCTYPE_REFUSED, DoctypeRefused, declares_doctype, parse

ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")
MACRO_CONTENT_TYPES = (
    "application/vnd.ms-word.document.macroenabled.main+xml",
    "application/vnd.ms-word.template.macroenabledtemplate.main+xml",
)
MAIN_PART = "word/document.xml"

# What a non-zip file looks like, by its first bytes: (prefix, description, what to do).
LOOKALIKES = (
    (b"%PDF", "a PDF file", "ask the agency for the Word (.docx) version"),
    (b"{\\rtf", "a Rich Text Format (.rtf) file", "open it in Word and save it as .docx"),
    (b"<html", "a web page", "open it in Word and save it as .docx"),
    (b"<!doctype html", "a web page", "open it in Word and save it as .docx"),
    (
        b"<?xml",
        "an XML file (perhaps a Word 2003 XML document)",
        "open it in Word and save it as .docx",
    ),
    (b"\x89PNG", "a PNG picture", "ask the agency for the Word (.docx) file"),
    (b"\xff\xd8\xff", "a JPEG picture", "ask the agency for the Word (.docx) file"),
    (b"MZ", "a Windows program", "delete it and ask the agency for the Word (.docx) file"),
)


def parse_xml(data: bytes, name: str) -> etree._Element:
    """Parse one XML part through the one safe parser (no entities, DTDs or network).

    Raises InputError naming the part when it is not well-formed or declares a DOCTYPE.
    """
    try:
        return parse(data)
    except DoctypeRefused as error:
        raise InputError(f"part {name} {DOCTYPE_REFUSED}.") from error
    except etree.XMLSyntaxError as error:
        raise InputError(f"part {name} is damaged ({error})") from error


def check_word_file(path: Path) -> None:
    """Refuse anything that is not a plain, readable .docx; return None when it is fine.

    Raises ``chronology.errors.InputError`` with one line naming the file and what to do.
    """
    read_word_parts(path, wanted=lambda name: False)


def read_word_parts(path: Path, wanted=lambda name: name.endswith(".xml")) -> dict[str, bytes]:
    """Check the file, then return the bytes of its parts whose names ``wanted`` accepts.

    Every part is read (bounded) so that a damaged one is found before anything is used.
    """
    _check_path(path)
    with _open_zip(path) as archive:
        _check_entries(path, archive)
        _check_content_types(path, archive)
        parts = {}
        for info in archive.infolist():
            data = _read_bounded(path, archive, info)
            if wanted(info.filename):
                _check_well_formed(path, info.filename, data)
                parts[info.filename] = data
        return parts


def _check_well_formed(path: Path, name: str, data: bytes) -> None:
    """Parse an XML part once here, so a damaged or hostile one is refused naming the file."""
    if not name.endswith((".xml", ".rels")):
        return
    if declares_doctype(data):
        raise InputError(f"{path.name}: part {name} {DOCTYPE_REFUSED}.")
    try:
        parse_xml(data, name)
    except InputError as error:
        raise _fail(
            path,
            f"is not a normal Word file: its {error}",
            "open it in Word and save it as a new .docx",
        ) from error


def _fail(path: Path, what: str, todo: str) -> InputError:
    return InputError(f"{path.name}: {what}; {todo}.")


def _check_path(path: Path) -> None:
    if path.is_symlink():
        raise _fail(
            path,
            "is a shortcut (symbolic link), not a file",
            "copy the file itself into the folder",
        )
    if not path.exists():
        raise _fail(path, f"cannot be found in {path.parent}", "check the file name and folder")
    if path.is_dir():
        raise _fail(path, "is a folder, not a Word file", "give the path of a .docx file")
    if path.stat().st_size == 0:
        raise _fail(path, "is empty (0 bytes)", "save the IMR again from Word and copy it in again")
    with path.open("rb") as stream:
        head = stream.read(512)
    if head.startswith(OLE_MAGIC):
        _refuse_ole(path)
    if not head.startswith(ZIP_MAGICS):
        what, todo = _lookalike(head)
        raise _fail(path, f"is not a Word file: it looks like {what}", todo)


def _refuse_ole(path: Path) -> None:
    if _contains(path, ENCRYPTED_MARK):
        raise _fail(
            path,
            "is protected by a password, so it cannot be read",
            "remove the password in Word (File > Info > Protect Document) and save again",
        )
    raise _fail(
        path,
        "is an old Word 97-2003 document (.doc)",
        "open it in Word and save it as .docx (File > Save As > Word Document)",
    )


def _contains(path: Path, needle: bytes) -> bool:
    tail = b""
    with path.open("rb") as stream:
        while chunk := stream.read(1024 * 1024):
            if needle in tail + chunk:
                return True
            tail = chunk[-len(needle) :]
    return False


def _lookalike(head: bytes) -> tuple[str, str]:
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    for prefix, what, todo in LOOKALIKES:
        if lowered.startswith(prefix.lower()):
            return what, todo
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "some other kind of file", "ask the agency for the Word (.docx) file"
    return "plain text", "paste the text into Word and save it as .docx"


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise _damaged(path) from error


def _damaged(path: Path) -> InputError:
    return _fail(
        path,
        "is damaged or incomplete (perhaps a failed download or copy)",
        "ask the agency to send it again, or open it in Word and save a fresh copy",
    )


def _check_entries(path: Path, archive: zipfile.ZipFile) -> None:
    infos = archive.infolist()
    names = [info.filename for info in infos]
    for name in names:
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if name.startswith(("/", "\\")) or ".." in parts or (parts and ":" in parts[0]):
            raise _hostile(path, f"has a part named {name!r} that points outside the file")
    if len(set(names)) != len(names):
        raise _hostile(path, "has two parts with the same name")
    if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
        raise _hostile(path, "would unpack to more than 200 MB")
    for info in infos:
        if ratio_too_high(info.file_size, info.compress_size):
            raise _hostile(
                path, f"has a part ({info.filename}) that unpacks to over 100 times its size"
            )
    if MAIN_PART not in names:
        raise _fail(
            path,
            "is a zip file but not a Word document (it has no word/document.xml)",
            "open the IMR in Word and save it as .docx",
        )


def _hostile(path: Path, what: str) -> InputError:
    return _fail(
        path, f"is not a normal Word file: it {what}", "open it in Word and save it as a new .docx"
    )


def _check_content_types(path: Path, archive: zipfile.ZipFile) -> None:
    try:
        info = archive.getinfo("[Content_Types].xml")
    except KeyError:
        raise _damaged(path) from None
    text = _read_bounded(path, archive, info).decode("utf-8", "replace").lower()
    if any(kind in text for kind in MACRO_CONTENT_TYPES):
        raise _fail(
            path,
            "is a macro-enabled Word document (.docm)",
            "open it in Word and save it as a plain Word Document (.docx)",
        )


def _read_bounded(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """Read one entry in chunks (the layer's bounded reader), never past its declared size nor
    the overall limit."""
    try:
        return read_entry(archive, info, Budget(min(info.file_size, MAX_TOTAL_BYTES)))
    except OverBudget:
        raise _hostile(path, f"has a part ({info.filename}) larger than it says") from None
    except (*READ_ERRORS, OSError, ValueError) as error:
        raise _damaged(path) from error
