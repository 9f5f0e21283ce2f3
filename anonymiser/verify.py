"""The leak scan: does any known identifier survive anywhere in the output files?

The extractor here is independent of the rewriting code in ``anonymiser.word`` on purpose:
it reads the raw bytes of every zip entry, every text node and attribute value, relationship
targets, entry names, and the text of each paragraph with its runs joined, so a name the
rewriter missed (in a part it never looked at, or split across runs) is still seen.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

ZIP_SUFFIXES = (".docx", ".docm", ".dotx", ".xlsx", ".xlsm", ".pptx", ".zip")
TEXT_SUFFIXES = (
    ".csv",
    ".txt",
    ".md",
    ".svg",
    ".dot",
    ".html",
    ".htm",
    ".json",
    ".xml",
    ".yaml",
    ".yml",
    ".gv",
)
CONTEXT = 30  # characters either side: about 60 in all
MIN_PART = 3
# Name parts that are ordinary words: a surname "Green" alone is not searched for.
COMMON_WORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "mrs",
        "miss",
        "mr",
        "ms",
        "dr",
        "mother",
        "father",
        "child",
        "baby",
        "sister",
        "brother",
        "road",
        "street",
        "lane",
        "avenue",
        "close",
        "drive",
        "way",
        "place",
        "park",
        "hill",
        "green",
        "house",
        "flat",
        "court",
        "school",
        "primary",
        "nursery",
        "infant",
        "infants",
        "junior",
        "academy",
        "college",
        "surgery",
        "medical",
        "practice",
        "centre",
        "center",
        "health",
        "hospital",
        "church",
        "may",
        "will",
        "mark",
        "rose",
        "grace",
        "hope",
        "joy",
        "faith",
        "april",
        "june",
        "bill",
        "art",
        "sky",
        "north",
        "south",
        "east",
        "west",
        "new",
        "old",
        "saint",
        "st",
        "upper",
        "lower",
        "great",
        "little",
        "row",
        "end",
        "view",
        "terrace",
        "crescent",
        "gardens",
        "square",
        "mews",
        "walk",
    ]
)
_PARSER = etree.XMLParser(
    resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False, recover=True
)
_LINKISH = re.compile(r"[\w.+'-]+@[\w.-]+|[^\s\"'<>]*[/\\][^\s\"'<>]*")
_DIGITS = re.compile(r"\D")


@dataclass(frozen=True)
class Leak:
    """A known identifier found in a file: where, with a little text around it."""

    file: str
    part: str
    context: str
    identifier_kind: str
    found: str = ""


@dataclass(frozen=True)
class Identifiers:
    """Compiled search: words and numbers to find, kept spans to exempt."""

    words: re.Pattern | None
    kinds: dict[str, str]
    numbers: dict[str, str]
    kept: re.Pattern | None
    link_parts: dict[str, str]
    link_hint: re.Pattern | None


def scan(paths: Sequence[Path], ids) -> list[Leak]:
    """Find every surviving known identifier in files, folders and zips; [] when clean."""
    search = compile_identifiers(ids)
    leaks: list[Leak] = []
    for path in paths:
        for file in _files(Path(path)):
            leaks += scan_file(file, search)
    return leaks


def scan_file(file: Path, search: Identifiers) -> list[Leak]:
    """All leaks in one file, its name included.

    Each part is read in several views (joined paragraphs first, raw bytes last); a later
    view reports only identifiers the earlier views of that part did not already show.
    """
    leaks: list[Leak] = []
    for part, views in _extract(file):
        reported: set[str] = set()
        for view in views:
            fresh = [
                k for k in _find(str(file), part, view, search) if k.found.lower() not in reported
            ]
            leaks += fresh
            reported |= {k.found.lower() for k in fresh}
    return leaks


# ---- what to look for -------------------------------------------------------------------


def compile_identifiers(ids) -> Identifiers:
    """Every known identifier and variant, as one case-insensitive whole-word search."""
    kinds: dict[str, str] = {}
    numbers: dict[str, str] = {}
    for identity in ids.identities:
        for form in _forms(identity):
            _add(form, identity.kind, kinds, numbers)
    for phrase in getattr(ids, "redact", ()):
        _add(phrase, "redact", kinds, numbers)
    kept = [k for k in (*ids.kept_names, *getattr(ids, "keep", ())) if k.strip()]
    link_parts = {w: k for w, k in kinds.items() if len(w) >= 4 and " " not in w}
    hint = re.compile("|".join(map(re.escape, link_parts)), re.IGNORECASE) if link_parts else None
    return Identifiers(_alternation(kinds), kinds, numbers, _alternation(kept), link_parts, hint)


def _forms(identity) -> set[str]:
    forms = {identity.name, *identity.aliases, *_variants(identity)}
    for name in (identity.name, *identity.aliases):
        forms |= _name_parts(name, identity.kind)
    return {f.strip() for f in forms if f and f.strip()}


def _name_parts(name: str, kind: str) -> set[str]:
    pieces = re.split(r",", name) if kind in ("address", "place") else []
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    pieces += [
        re.sub(r"^\s*\d+[a-z]?\s+", "", p, flags=re.IGNORECASE) for p in pieces
    ]  # 14 Elm Road
    parts = {p.strip() for p in pieces if len(p.strip()) >= MIN_PART}
    parts |= set(re.findall(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", name, re.IGNORECASE))
    parts |= {w for w in words if len(w) >= MIN_PART and w.lower() not in COMMON_WORDS}
    return {p for p in parts if p.lower() not in COMMON_WORDS}


def _variants(identity) -> set[str]:
    """The text engine's own variant expansion (anonymiser.variants), when it is installed.

    Initials and word-names ("Rose") are left out: case-insensitive, they would match
    ordinary text everywhere.
    """
    try:
        from anonymiser import variants
    except ImportError:
        return set()
    word_names = getattr(variants, "WORD_NAMES", frozenset())
    forms = set()
    for variant in variants.variants(identity):
        form = getattr(variant, "form", str(variant))
        if getattr(variant, "kind", "") == "initials" or form.lower() in word_names:
            continue
        forms.add(form)
    return forms


def _add(form: str, kind: str, kinds: dict, numbers: dict) -> None:
    digits = _DIGITS.sub("", form)
    if len(digits) >= 6 and len(digits) >= len(re.sub(r"\s", "", form)) - 2:
        numbers.setdefault(digits, kind)
    else:
        kinds.setdefault(form.lower(), kind)
        kinds.setdefault(re.sub(r"\s+", " ", form.lower()), kind)


def _alternation(phrases) -> re.Pattern | None:
    if not phrases:
        return None
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)
    # Letters and digits only bound a word: "Smith_surname" and "Smith2" still count.
    return re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])", re.IGNORECASE)


# ---- where to look -----------------------------------------------------------------------


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        yield from (p for p in sorted(path.rglob("*")) if p.is_file())
    elif path.exists():
        yield path


def _extract(file: Path) -> Iterator[tuple[str, list[str]]]:
    """(part, views) for every place text can hide in a file; the file name comes first."""
    yield "(file name)", [file.name, re.sub(r"[_.\-]", " ", file.stem)]
    suffix = file.suffix.lower()
    data = file.read_bytes()
    if data[:4] == b"PK\x03\x04" or suffix in ZIP_SUFFIXES:
        yield from _zip_views(data, "")
    elif suffix == ".pdf":
        yield "(text)", [_pdf_text(file)]
    else:
        yield "(text)", _blob_views(data)


def _zip_views(data: bytes, prefix: str) -> Iterator[tuple[str, list[str]]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        yield prefix or "(file)", _blob_views(data)
        return
    with archive:
        for info in archive.infolist():
            name = prefix + info.filename
            yield name + " (entry name)", [info.filename]
            entry = archive.read(info)
            if entry[:4] == b"PK\x03\x04":
                yield from _zip_views(entry, name + "!")
            else:
                yield name, _blob_views(entry)


def _blob_views(data: bytes) -> list[str]:
    """Paragraphs joined, text nodes, attribute values, then the raw bytes in two encodings."""
    raw = data.decode("utf-8", errors="replace")
    views = _xml_views(data) if raw.lstrip("\ufeff \r\n\t").startswith("<") else []
    views.append(raw)
    if "%" in raw:  # names in links are often percent-encoded: Oswin%20Tarrowby
        views.append(unquote(raw))
    if b"\x00" in data:
        views.append(data.decode("utf-16-le", errors="replace"))
        views.append(data.decode("latin-1"))
    return views


def _xml_views(data: bytes) -> list[str]:
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError:
        return []
    if root is None:
        return []
    elements = [e for e in root.iter() if isinstance(e.tag, str)]
    paragraphs = ["".join(e.itertext()) for e in elements if etree.QName(e).localname == "p"]
    nodes = [t for e in elements for t in (e.text, e.tail) if t and t.strip()]
    values = [v for e in elements for v in e.attrib.values()]
    return ["\n".join(paragraphs), "\n".join(nodes), "\n".join(values)]


def _pdf_text(file: Path) -> str:
    if shutil.which("pdftotext") is None:
        return file.read_bytes().decode("latin-1")
    result = subprocess.run(
        ["pdftotext", "-q", str(file), "-"], capture_output=True, timeout=120, check=False
    )
    return result.stdout.decode("utf-8", errors="replace")


# ---- matching ----------------------------------------------------------------------------


def _find(file: str, part: str, text: str, search: Identifiers) -> Iterator[Leak]:
    kept = [m.span() for m in search.kept.finditer(text)] if search.kept else []
    spans: set[tuple[int, int]] = set()
    for start, end, kind in _matches(text, search):
        if (start, end) in spans or any(a <= start and end <= b for a, b in kept):
            continue
        spans.add((start, end))
        yield Leak(file, part, _context(text, start, end), kind, text[start:end])


def _matches(text: str, search: Identifiers) -> Iterator[tuple[int, int, str]]:
    if search.words is not None:
        for m in search.words.finditer(text):
            key = re.sub(r"\s+", " ", m.group(0).lower())
            yield m.start(), m.end(), search.kinds.get(key, "name")
    for m in re.finditer(r"\d[\d\s().+-]{4,}\d", text) if search.numbers else ():
        digits = _DIGITS.sub("", m.group(0))
        for number, kind in search.numbers.items():
            if number in digits:
                yield m.start(), m.end(), kind
    if search.link_hint is None or not search.link_hint.search(text):
        return
    for m in _LINKISH.finditer(text):
        token = m.group(0).lower()
        for word, kind in search.link_parts.items():
            at = token.find(word)
            if at >= 0:
                yield m.start() + at, m.start() + at + len(word), kind


def _context(text: str, start: int, end: int) -> str:
    snippet = text[max(start - CONTEXT, 0) : end + CONTEXT]
    return " ".join(snippet.split())
