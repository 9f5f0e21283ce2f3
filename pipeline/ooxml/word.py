"""The one reader of a Word package: refuse what is not a plain .docx, read its parts bounded.

Everything here is about the container, not the words: old .doc files, password protection,
macros, damaged or hostile zips, parts that declare a DOCTYPE. The bounds are those of
``pipeline.ooxml.limits``, applied by ``pipeline.ooxml.package`` (the central directory is
checked before anything is unpacked); the parts are parsed by the one safe parser of
``pipeline.ooxml.xml``. A refusal is a ``WordFileRefused`` (an ``InputError``): one line naming
the file (and part) and what to do.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path, PurePosixPath

from lxml import etree

from pipeline.common import InputError
from pipeline.ooxml import limits
from pipeline.ooxml.package import Budget, Unreadable, directory, refusal, walk
from pipeline.ooxml.xml import DOCTYPE_REFUSED, DoctypeRefused, declares_doctype, parse

__all__ = [
    "MAIN_PART",
    "WordFileRefused",
    "check_word_file",
    "parse_part",
    "read_word_parts",
]

ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")
MACRO_CONTENT_TYPES = (
    "application/vnd.ms-word.document.macroenabled.main+xml",
    "application/vnd.ms-word.template.macroenabledtemplate.main+xml",
)
MAIN_PART = "word/document.xml"
CONTENT_TYPES = "[Content_Types].xml"
XML_SUFFIXES = (".xml", ".rels")

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


class WordFileRefused(InputError):
    """A file that is not a plain, readable .docx: ``str()`` names it and says what to do."""


def parse_part(data: bytes, name: str) -> etree._Element:
    """Parse one XML part through the one safe parser (no entities, DTDs or network).

    Raises ``WordFileRefused`` naming the part when it is not well-formed or declares a DOCTYPE.
    """
    try:
        return parse(data)
    except DoctypeRefused as error:
        raise WordFileRefused(f"part {name} {DOCTYPE_REFUSED}.") from error
    except etree.XMLSyntaxError as error:
        raise WordFileRefused(f"part {name} is damaged ({error})") from error


def check_word_file(path: Path) -> None:
    """Refuse anything that is not a plain, readable .docx; return None when it is fine."""
    read_word_parts(path, wanted=lambda name: False)


def read_word_parts(
    path: Path,
    wanted: Callable[[str], bool] = lambda name: name.endswith(".xml"),
    *,
    parse_wanted: bool = True,
) -> dict[str, bytes]:
    """Check the file, then return the bytes of its parts whose names ``wanted`` accepts, in
    the package's order.

    Every part is read (bounded) so that a damaged one is found before anything is used; every
    XML part's prolog is looked at for a DOCTYPE; the wanted XML parts are parsed once, unless
    ``parse_wanted`` is False (the anonymiser's rewriter parses every part it keeps itself and
    names a damaged one then, so it reads the package once and parses each part once).
    """
    path = Path(path)
    try:
        _check_path(path)
        data = path.read_bytes()
    except OSError as error:
        raise _fail(
            path,
            f"cannot be read ({error.strerror or error})",
            "check that you may read it and that no other program holds it",
        ) from error
    infos = directory(data)
    if isinstance(infos, Unreadable):
        raise _damaged(path)
    names = [info.filename for info in infos]
    _check_names(path, names)
    refused = refusal(infos, Budget())
    if refused is not None:
        reason = refused.reason.removeprefix("it ")
        whole = refused.name == "(file)"
        raise _hostile(path, reason if whole else f"has a part ({refused.name}) that {reason}")
    _check_main_part(path, names)
    entries: dict[str, bytes] = {}
    for entry in walk(data, nested=False):
        if isinstance(entry, Unreadable):
            raise _damaged(path)
        if not entry.folder:
            entries[entry.name] = entry.data
    _check_content_types(path, entries)
    parts = {}
    for name, part in entries.items():
        if name.lower().endswith(XML_SUFFIXES) and declares_doctype(part):
            raise WordFileRefused(f"{path.name}: part {name} {DOCTYPE_REFUSED}.")
        if wanted(name):
            if parse_wanted:
                _check_well_formed(path, name, part)
            parts[name] = part
    return parts


def _check_well_formed(path: Path, name: str, data: bytes) -> None:
    """Parse an XML part once here, so a damaged or hostile one is refused naming the file."""
    if not name.endswith(XML_SUFFIXES):
        return
    try:
        parse_part(data, name)
    except WordFileRefused as error:
        raise _fail(
            path,
            f"is not a normal Word file: its {error}",
            "open it in Word and save it as a new .docx",
        ) from error


def _fail(path: Path, what: str, todo: str) -> WordFileRefused:
    return WordFileRefused(f"{path.name}: {what}; {todo}.")


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
    if head.startswith(limits.OLE_MAGIC):
        _refuse_ole(path)
    if not head.startswith(limits.ZIP_MAGICS):
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


def _damaged(path: Path) -> WordFileRefused:
    return _fail(
        path,
        "is damaged or incomplete (perhaps a failed download or copy)",
        "ask the agency to send it again, or open it in Word and save a fresh copy",
    )


def _check_names(path: Path, names: list[str]) -> None:
    for name in names:
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if name.startswith(("/", "\\")) or ".." in parts or (parts and ":" in parts[0]):
            raise _hostile(path, f"has a part named {name!r} that points outside the file")
    if len(set(names)) != len(names):
        raise _hostile(path, "has two parts with the same name")


def _check_main_part(path: Path, names: list[str]) -> None:
    if MAIN_PART not in names:
        raise _fail(
            path,
            "is a zip file but not a Word document (it has no word/document.xml)",
            "open the IMR in Word and save it as .docx",
        )


def _hostile(path: Path, what: str) -> WordFileRefused:
    return _fail(
        path, f"is not a normal Word file: it {what}", "open it in Word and save it as a new .docx"
    )


def _check_content_types(path: Path, entries: dict[str, bytes]) -> None:
    if CONTENT_TYPES not in entries:
        raise _damaged(path)
    text = entries[CONTENT_TYPES].decode("utf-8", "replace").lower()
    if any(kind in text for kind in MACRO_CONTENT_TYPES):
        raise _fail(
            path,
            "is a macro-enabled Word document (.docm)",
            "open it in Word and save it as a plain Word Document (.docx)",
        )
