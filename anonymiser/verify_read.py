"""The leak scan's own reader: every place text can hide in a file, read within fixed bounds.

Independent of the rewriting code in ``anonymiser.word`` on purpose: it reads every zip entry
(nested zips too), every text node and attribute value, entry names, and the text of each
paragraph with its runs joined, so a name the rewriter missed (in a part it never looked at, or
split across runs) is still seen. Of XML that parses cleanly the rest is its markup (element,
attribute and namespace names, what lies outside the root); anything else is read whole, as
raw text. UTF-16 and percent-encoded text are decoded; PDFs are read through ``pdftotext``.

Bounded: a zip's central directory is checked before anything is unpacked, entries are read in
chunks against a budget of ``MAX_BYTES`` per file, and zips nested deeper than ``MAX_DEPTH`` are
not opened. What cannot be read within the bounds comes back as ``Unchecked``, never as clean.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from pipeline.ooxml.xml import RECOVERING_PARSER

MB = 1024 * 1024
MAX_BYTES = 200 * MB  # unpacked bytes read from one file, nested zips included
MAX_DEPTH = 3  # a zip inside a zip inside a zip, and no deeper
# An entry over BIG_ENTRY unpacked that shrank more than MAX_RATIO times is a bomb, not a report.
BIG_ENTRY = 10 * MB
MAX_RATIO = 100
CHUNK = MB
PDF_SECONDS = 120
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_PARSER = RECOVERING_PARSER
# Printable runs in binary data, as `strings` finds them: ASCII and UTF-16 both ways.
_RUNS = (
    (re.compile(rb"[\t\x20-\x7e]{4,}"), "ascii"),
    (re.compile(rb"(?:[\t\x20-\x7e]\x00){4,}"), "utf-16-le"),
    (re.compile(rb"(?:\x00[\t\x20-\x7e]){4,}"), "utf-16-be"),
)


@dataclass(frozen=True)
class Part:
    """One place in a file ("word/document.xml", "(file name)") and the texts to search."""

    name: str
    views: tuple[str, ...]
    binary: bool = False  # views are printable runs of binary data: short forms are noise
    places: tuple[str, ...] = ()  # what each view is: "paragraph text", "attribute value", ...


@dataclass(frozen=True)
class Unchecked:
    """A file or part that could not be read within the bounds; ``reason`` says why."""

    name: str
    reason: str


class _OverBudget(Exception):
    pass


class _Budget:
    """Unpacked bytes still allowed for one file."""

    def __init__(self, limit: int | None = None):
        self.left = MAX_BYTES if limit is None else limit

    def spend(self, size: int) -> None:
        self.left -= size
        if self.left < 0:
            raise _OverBudget


OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")  # encrypted .docx, .doc, .xls


def read_parts(file: Path) -> Iterator[Part | Unchecked]:
    """Every part of ``file`` with its views, the file name first; Unchecked where unreadable."""
    yield Part("(file name)", (file.name, re.sub(r"[_.\-]", " ", file.stem)))
    try:
        size = file.stat().st_size
    except OSError as error:
        yield Unchecked("(file)", f"it cannot be read ({error.strerror or error})")
        return
    if size > MAX_BYTES:
        yield Unchecked("(file)", f"it is larger than the {MAX_BYTES // MB} MB limit")
        return
    data = file.read_bytes()
    if data[:8] == OLE_MAGIC:
        yield Unchecked(
            "(file)",
            "it is a password-protected or old-format (OLE) Office file, "
            "which cannot be read; it is never passed as clean",
        )
    elif data[:4] in ZIP_MAGIC:
        yield from _zip_parts(data, "", 1, _Budget())
    elif file.suffix.lower() == ".pdf" or data[:5] == b"%PDF-":
        yield from _pdf_parts(file, data)
    else:
        yield _blob_part("(text)", data)


def _zip_parts(data: bytes, prefix: str, depth: int, budget: _Budget) -> Iterator:
    where = prefix.rstrip("!") or "(file)"
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        yield Unchecked(where, "it looks like a zip file but cannot be opened")
        return
    with archive:
        infos = archive.infolist()
        declared = sum(info.file_size for info in infos)
        if declared > budget.left:
            yield Unchecked(
                where,
                f"it would unpack to {declared // MB} MB, over the "
                f"{MAX_BYTES // MB} MB limit (a zip bomb?)",
            )
            return
        bomb = next(
            (
                i
                for i in infos
                if i.file_size > BIG_ENTRY and i.file_size > MAX_RATIO * max(i.compress_size, 1)
            ),
            None,
        )
        if bomb is not None:
            yield Unchecked(
                prefix + bomb.filename,
                f"it would unpack {MAX_RATIO} times larger than it is stored (a zip bomb?)",
            )
            return
        for info in infos:
            yield Part(prefix + info.filename + " (entry name)", (info.filename,))
            if not info.is_dir():
                try:
                    yield from _entry_parts(archive, info, prefix, depth, budget)
                except _OverBudget:
                    yield Unchecked(
                        prefix + info.filename,
                        f"it unpacks to more than the {MAX_BYTES // MB} MB limit (a zip bomb?)",
                    )
                    return


def _entry_parts(archive, info, prefix: str, depth: int, budget: _Budget) -> Iterator:
    name = prefix + info.filename
    try:
        entry = _read_entry(archive, info, budget)
    except (zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError, EOFError) as error:
        yield Unchecked(name, f"it cannot be unpacked ({error})")
        return
    if entry[:4] not in ZIP_MAGIC:
        yield _blob_part(name, entry)
    elif depth >= MAX_DEPTH:
        yield Unchecked(name, f"zip files are nested more than {MAX_DEPTH} deep")
    else:
        yield from _zip_parts(entry, name + "!", depth + 1, budget)


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _Budget) -> bytes:
    """The entry's bytes, unpacked a chunk at a time so a lying size cannot run away."""
    out = bytearray()
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK):
            budget.spend(len(chunk))
            out += chunk
    return bytes(out)


def _pdf_parts(file: Path, data: bytes) -> Iterator[Part | Unchecked]:
    yield Part("(raw)", (_printable_runs(data),), binary=True)
    if shutil.which("pdftotext") is None:
        yield Unchecked("(text)", "pdftotext is not installed (install poppler-utils)")
        return
    try:
        result = subprocess.run(
            ["pdftotext", "-q", str(file), "-"],
            capture_output=True,
            timeout=PDF_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        yield Unchecked("(text)", f"pdftotext took longer than {PDF_SECONDS} seconds")
        return
    if result.returncode != 0:
        yield Unchecked("(text)", "pdftotext cannot read it (damaged or encrypted?)")
        return
    yield Part("(text)", (result.stdout.decode("utf-8", errors="replace"),))


def _blob_part(name: str, data: bytes) -> Part:
    binary = b"\x00" in data and data[:2] not in (b"\xff\xfe", b"\xfe\xff")
    named = _named_views(data)
    return Part(name, tuple(v for _, v in named), binary, tuple(p for p, _ in named))


def blob_views(data: bytes) -> tuple[str, ...]:
    """The views of ``_named_views`` without their place names."""
    return tuple(v for _, v in _named_views(data))


MARKUP_PLACES = frozenset({"attribute value", "markup", "binary data"})


def _named_views(data: bytes) -> list[tuple[str, str]]:
    """Paragraphs joined, text nodes, attribute values, markup or the whole text, percent-decoded.

    XML that parses cleanly (no error, no DTD) gives its markup (names, namespaces, what lies
    outside the root) instead of the whole text: the whole text holds nothing else that the
    other views do not. Anything else is read whole. Binary data (with NUL bytes and no UTF-16
    byte order mark) gives its printable runs instead, so random bytes do not read as short
    words.
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data:
        return [("binary data", _printable_runs(data))]
    else:
        text = data.decode("utf-8", errors="replace")
    xml = _read_xml(data, text) if text.lstrip("\ufeff \r\n\t").startswith("<") else None
    views = [] if xml is None else xml.views
    names = [] if xml is None else ["paragraph text", "text", "attribute value"]
    views.append(text if xml is None or not xml.clean else xml.markup)
    names.append("text" if xml is None else "whole part" if not xml.clean else "markup")
    if "%" in text:  # names in links are often percent-encoded: Oswin%20Tarrowby
        views.append(_percent_decoded(views))
        names.append("percent-decoded link")
    return [(n, v) for n, v in zip(names, views, strict=True) if v]


@dataclass(frozen=True)
class _Xml:
    """What the leak scan reads of one XML part."""

    views: list[str]  # joined paragraphs, text nodes, attribute values
    markup: str  # names of elements, attributes and namespaces; what lies outside the root
    clean: bool  # parsed without an error and without a DTD: the markup is all the rest


# A namespace declaration: its prefix and its address are in no text node or attribute value.
_DECLARATION = re.compile(r"""xmlns(?::([^\s=/>]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _read_xml(data: bytes, text: str) -> _Xml | None:
    """The part's views, or None if it is not XML; ``text`` is ``data`` decoded."""
    try:
        root = etree.fromstring(data, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    clean = not _PARSER.error_log and not root.getroottree().docinfo.doctype
    everything = list(root.iter())  # elements, comments, instructions, entities
    elements = list(root.iter(etree.Element))
    nodes = [t for e in everything for t in (e.text, e.tail) if t and t.strip()]
    paragraphs = ["".join(e.itertext()) for e in root.iter("{*}p")]
    values = [v for e in elements for v in e.values()]
    names = {e.tag for e in elements} | {k for e in elements for k in e.attrib}
    names |= {e.target for e in root.iter(etree.PI)}
    views = ["\n".join(paragraphs), "\n".join(nodes), "\n".join(values)]
    return _Xml(views, _markup(text, root, names), clean)


def _markup(text: str, root, names: set[str]) -> str:
    """Local names, namespace prefixes and addresses, and comments and instructions beside the
    root: the text of the part that is in no paragraph, text node or attribute value."""
    words = {name.rpartition("}")[2] for name in names}
    for match in _DECLARATION.finditer(text):
        words.update(g for g in match.groups() if g)
    for outside in (*root.itersiblings(preceding=True), *root.itersiblings()):
        words.update(t for t in (getattr(outside, "target", None), outside.text) if t)
    return "\n".join(sorted(words))


def _percent_decoded(views: list[str]) -> str:
    """The lines of ``views`` that hold percent-encoded text, decoded."""
    lines = dict.fromkeys(line for view in views for line in view.split("\n") if "%" in line)
    return "\n".join(d for line in lines if (d := unquote(line)) != line)


def _printable_runs(data: bytes) -> str:
    return "\n".join(
        run.decode(encoding, errors="replace")
        for pattern, encoding in _RUNS
        for run in pattern.findall(data)
    )
