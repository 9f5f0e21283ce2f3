"""The leak scan's reader: every place text can hide in a file, read within fixed bounds.

Word packages (and any other zip) are read through the one text model of
``pipeline.ooxml.text``, whose registry names every place (paragraphs, comments, headers, alt
text, authors, link targets, properties ...) and returns whatever no place names as "other
text" or "other attribute value", so a name the rewriter missed (in a part it never looked at,
or split across runs) is still seen. On top of the model the scan reads entry names, the
markup of XML that parses cleanly (element, attribute and namespace names, what lies outside
the root), XML that does not parse as raw text, UTF-16 and percent-encoded text, and PDFs
through ``pdftotext``.

Bounded by ``pipeline.ooxml.package``: a zip's central directory is checked before anything is
unpacked, entries are read in chunks against one budget per file, and zips nested deeper than
the limit are not opened. What cannot be read within the bounds comes back as ``Unchecked``,
never as clean.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import zlib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from pipeline.ooxml import limits
from pipeline.ooxml.package import NESTED, Unreadable, is_package, walk
from pipeline.ooxml.places import OTHER_ATTRIBUTE, PLACES
from pipeline.ooxml.text import BINARY_DATA, part_segments, printable_runs
from pipeline.ooxml.xml import parse_recovering

PDF_SECONDS = 120
# What an unreadable file or part is to the scan: never clean.
Unchecked = Unreadable


LAID_OUT = "PDF text"  # a PDF's text as pdftotext lays it out: blocks, cells cut at page ends


@dataclass(frozen=True)
class Part:
    """One place in a file ("word/document.xml", "(file name)") and the texts to search."""

    name: str
    views: tuple[str, ...]
    binary: bool = False  # views are printable runs of binary data: short forms are noise
    places: tuple[str, ...] = ()  # what each view is: "paragraph", "alt text", "markup", ...


class SeenParts:
    """The views of each part content read so far in one scan, by the part's own name and a
    digest of its bytes: the documents share their template's styles, and the pack's zip holds
    every file again, so each content is parsed once. The views depend on nothing else (the
    text model picks places by the name inside the innermost package)."""

    def __init__(self) -> None:
        self._parts: dict[tuple[str, bytes], Part] = {}

    def part(self, name: str, data: bytes) -> Part:
        key = (name.rpartition(NESTED)[2], hashlib.blake2b(data, digest_size=32).digest())
        known = self._parts.get(key)
        if known is None:
            known = self._parts[key] = _blob_part(name, data)
        return known if known.name == name else replace(known, name=name)


def read_parts(file: Path, seen: SeenParts | None = None) -> Iterator[Part | Unchecked]:
    """Every part of ``file`` with its views, the file name first; Unchecked where unreadable.

    ``seen``: parts already read in this scan, whose views are reused (the same objects).
    """
    yield Part("(file name)", (file.name, re.sub(r"[_.\-]", " ", file.stem)))
    try:
        size = file.stat().st_size
    except OSError as error:
        yield Unchecked("(file)", f"it cannot be read ({error.strerror or error})")
        return
    if size > limits.MAX_TOTAL_BYTES:
        yield Unchecked(
            "(file)", f"it is larger than the {limits.MAX_TOTAL_BYTES // limits.MB} MB limit"
        )
        return
    data = file.read_bytes()
    if data[:8] == limits.OLE_MAGIC:
        yield Unchecked(
            "(file)",
            "it is a password-protected or old-format (OLE) Office file, "
            "which cannot be read; it is never passed as clean",
        )
    elif is_package(data):
        yield from _zip_parts(data, seen or SeenParts())
    elif file.suffix.lower() == ".pdf" or data[:5] == b"%PDF-":
        yield from _pdf_parts(file, data)
    else:
        yield _blob_part("(text)", data)


def _zip_parts(data: bytes, seen: SeenParts) -> Iterator[Part | Unchecked]:
    """Each entry's name, then what it holds (an embedded package: its own entries)."""
    for entry in walk(data):
        if isinstance(entry, Unreadable):
            yield entry
            continue
        yield Part(entry.name + " (entry name)", (entry.name.rpartition("!")[2],))
        if not (entry.folder or entry.package):
            yield seen.part(entry.name, entry.data)


def _pdf_parts(file: Path, data: bytes) -> Iterator[Part | Unchecked]:
    yield Part("(raw)", (printable_runs(pdf_raw(data)),), binary=True)
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
    text = pdf_lines_joined(result.stdout.decode("utf-8", errors="replace"))
    yield Part("(text)", (text,), places=(LAID_OUT,))


def pdf_lines_joined(text: str) -> str:
    """``pdftotext`` text with the lines of each block joined by a space.

    pdftotext ends every printed line with a newline, so a name or a kept phrase wrapped at the
    edge of a table cell reads as two pieces ("Eastmoor Children's" / "Services"); a reader sees one
    phrase. Blank lines (between blocks) and page breaks stay.
    """
    return re.sub(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)", " ", text)


_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\n?endstream", re.DOTALL)
_FILTER = re.compile(rb"/Filter\s*\[?\s*/(\w+)")
_TEXT_BYTES = bytes(range(32, 127)) + b"\r\n\t"
_TYPE = re.compile(rb"/Type\s*/(?:ObjStm|Metadata)\b")  # objects and XMP, not pages or fonts
_PDF_DICT_BYTES = 2000  # how far back from ``stream`` its dictionary is looked for


def pdf_raw(data: bytes) -> bytes:
    """A PDF's bytes as a reader of the file could see them: a compressed stream of objects
    (titles, outlines, annotations) or of XMP metadata is replaced by what it decompresses to,
    when that is text; any other compressed stream is left out (pages, fonts, images: the text a
    person reads on a page is pdftotext's view). Compressed bytes spell any name by chance;
    they are no place where a person wrote one."""
    pieces, at = [], 0
    for match in _STREAM.finditer(data):
        head = data[max(at, match.start() - _PDF_DICT_BYTES) : match.start()]
        head = head[head.rfind(b"obj") + 1 :] if b"obj" in head else head
        filters = _FILTER.findall(head)
        if not filters:
            continue  # an uncompressed stream stays as it is
        pieces.append(data[at : match.start()])
        if filters == [b"FlateDecode"] and _TYPE.search(head):
            try:
                body = zlib.decompressobj().decompress(match.group(1), limits.MAX_ENTRY_BYTES)
            except zlib.error:
                body = b""
            if body and len(body.translate(None, _TEXT_BYTES)) <= 0.05 * len(body):
                pieces.append(body)
        at = match.end()
    pieces.append(data[at:])
    return b"\n".join(pieces)


def _blob_part(name: str, data: bytes) -> Part:
    binary = b"\x00" in data and data[:2] not in (b"\xff\xfe", b"\xfe\xff")
    named = _named_views(data, name)
    return Part(name, tuple(v for _, v in named), binary, tuple(p for p, _ in named))


def blob_views(data: bytes) -> tuple[str, ...]:
    """The views of ``_named_views`` without their place names."""
    return tuple(v for _, v in _named_views(data))


# Views whose short forms are tags, colours or cell names: attribute values, markup, binary data.
MARKUP_PLACES = frozenset(
    {p.name for p in PLACES if p.is_attribute} | {OTHER_ATTRIBUTE, "markup", BINARY_DATA}
)


def _named_views(data: bytes, part: str = "") -> list[tuple[str, str]]:
    """The text model's places (paragraphs joined first), markup or the whole text,
    percent-decoded.

    XML that parses cleanly (no error, no DTD) gives its markup (names, namespaces, what lies
    outside the root) instead of the whole text: the whole text holds nothing else that the
    other views do not. Anything else is read whole. Binary data (with NUL bytes and no UTF-16
    byte order mark) gives its printable runs instead, so random bytes do not read as short
    words.
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data:
        return [(BINARY_DATA, printable_runs(data))]
    else:
        text = data.decode("utf-8", errors="replace")
    xml = _read_xml(data, text, part) if text.lstrip("\ufeff \r\n\t").startswith("<") else None
    names = [] if xml is None else list(xml.views)
    views = [] if xml is None else list(xml.views.values())
    views.append(text if xml is None or not xml.clean else xml.markup)
    names.append("text" if xml is None else "whole part" if not xml.clean else "markup")
    if "%" in text:  # names in links are often percent-encoded: Oswin%20Tarrowby
        views.append(_percent_decoded(views))
        names.append("percent-decoded link")
    return [(n, v) for n, v in zip(names, views, strict=True) if v]


@dataclass(frozen=True)
class _Xml:
    """What the leak scan reads of one XML part."""

    views: dict[str, str]  # each place of the text model: its texts, one a line
    markup: str  # names of elements, attributes and namespaces; what lies outside the root
    clean: bool  # parsed without an error and without a DTD: the markup is all the rest


# A namespace declaration: its prefix and its address are in no text node or attribute value.
_DECLARATION = re.compile(r"""xmlns(?::([^\s=/>]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _read_xml(data: bytes, text: str, part: str) -> _Xml | None:
    """The part's views, or None if it is not XML; ``text`` is ``data`` decoded."""
    root, clean = parse_recovering(data)
    if root is None:
        return None
    elements = list(root.iter(etree.Element))
    views: dict[str, list[str]] = defaultdict(list)
    for segment in part_segments(part, root):
        views[segment.place].append(segment.text)
    # Each text node on its own too: runs joined can glue two words ("BrackenfoldMoved.").
    views["text node"] = [t for e in root.iter() for t in (e.text, e.tail) if t and t.strip()]
    names = {e.tag for e in elements} | {k for e in elements for k in e.attrib}
    names |= {e.target for e in root.iter(etree.PI)}
    joined = {place: "\n".join(texts) for place, texts in views.items()}
    return _Xml(joined, _markup(text, root, names), clean)


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
