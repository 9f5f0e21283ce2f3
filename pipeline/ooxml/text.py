"""The text model of a Word package: every place a person can read text, as segments.

A ``Segment`` is one text with its part, its place (a name from the registry in
``pipeline.ooxml.places``), where in the part it is, and what stands around it (a table cell,
a text box, a tracked deletion ...). ``part_segments`` reads one parsed XML part;
``package_segments`` reads a whole package within the bounds of ``pipeline.ooxml.package``,
embedded packages (a chart's workbook, a Word file in a zip) included, and binary parts as
their printable runs.

The leak scan reads files through this model, and the anonymiser's rewriter takes its list of
places (``paragraph_holders``, ``attribute_holders``) from the same registry, so "where text can
hide" is written once. Whatever no registry entry names is still returned, as
``OTHER_TEXT`` or ``OTHER_ATTRIBUTE``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from pipeline.ooxml import limits
from pipeline.ooxml.package import NESTED, Budget, Unreadable, walk
from pipeline.ooxml.places import (
    CONTEXTS,
    FIELD_RESULT,
    HIDDEN,
    NESTED_TABLE,
    ONE_CHARACTER,
    OTHER_ATTRIBUTE,
    OTHER_TEXT,
    PLACES,
    RUN_TEXT,
    Place,
    part_kind,
)
from pipeline.ooxml.xml import DoctypeRefused, parse, qn

__all__ = [
    "BINARY_DATA",
    "Segment",
    "attribute_holders",
    "package_segments",
    "paragraph_holders",
    "part_segments",
    "printable_runs",
    "read_segments",
]

BINARY_DATA = "binary data"
PARAGRAPH_TAGS = tuple(qn(p.element) for p in PLACES if p.join == "paragraph")
_PARAGRAPH_PLACE = {qn(p.element): p.name for p in PLACES if p.join == "paragraph"}
_CODE_PLACE = next(p for p in PLACES if p.join == "field code")
TEXT_TAGS = tuple(qn(t) for t in RUN_TEXT)
VIRTUAL = {qn(tag): char for tag, char in ONE_CHARACTER.items()}
CODE_TAG = qn(_CODE_PLACE.element)
_CONTEXT = {qn(c.element): c.name for c in CONTEXTS}
_CONTEXT_ORDER = list(
    dict.fromkeys([c.name for c in CONTEXTS] + [NESTED_TABLE, FIELD_RESULT, HIDDEN])
)
_VANISH = (qn("w:rPr"), qn("w:vanish"))
_CELL = qn("w:tc")
_FIELD_CHAR = qn("w:fldChar")
_FIELD_TYPE = qn("w:fldCharType")
# Printable runs in binary data, as `strings` finds them: ASCII and UTF-16 both ways.
_RUNS = (
    (re.compile(rb"[\t\x20-\x7e]{4,}"), "ascii"),
    (re.compile(rb"(?:[\t\x20-\x7e]\x00){4,}"), "utf-16-le"),
    (re.compile(rb"(?:\x00[\t\x20-\x7e]){4,}"), "utf-16-be"),
)


@dataclass(frozen=True)
class Segment:
    """One text a person can read, and where it is.

    ``part``: the part's name ("word/header2.xml"; inside an embedded package
    "word/embeddings/book.xlsx!xl/sharedStrings.xml"). ``place``: the registry's name for what
    holds it ("paragraph", "alt text", "author", ...). ``where``: which one in the part
    ("paragraph 12", "wp:docPr@descr 0"). ``context``: what stands around it, outermost first
    ("table cell", "tracked deletion"). ``markup``: an attribute value or binary data, where a
    one- or two-letter form is a tag or a colour, not an initial.
    """

    part: str
    place: str
    text: str
    where: str = ""
    context: tuple[str, ...] = ()
    markup: bool = False


@dataclass
class Held:
    """The elements holding one paragraph's own text (not that of text boxes inside it)."""

    paragraph: etree._Element
    index: int
    texts: list[etree._Element] = field(default_factory=list)  # run text, one-character marks
    codes: list[etree._Element] = field(default_factory=list)  # field instructions

    def text(self, elements: list[etree._Element]) -> str:
        return "".join(VIRTUAL.get(e.tag, e.text or "") for e in elements)


def paragraph_holders(root: etree._Element) -> list[Held]:
    """Every paragraph (``w:p``, ``a:p``) in document order, with the elements of its text."""
    held = {p: Held(p, i) for i, p in enumerate(root.iter(*PARAGRAPH_TAGS))}
    for element in root.iter(*TEXT_TAGS, *VIRTUAL, CODE_TAG):
        paragraph = next(element.iterancestors(*PARAGRAPH_TAGS), None)
        if paragraph is None:
            continue
        target = held[paragraph].codes if element.tag == CODE_TAG else held[paragraph].texts
        target.append(element)
    return list(held.values())


@dataclass(frozen=True)
class AttributeHeld:
    """One non-blank attribute value or leaf text at a registry place."""

    place: Place
    element: etree._Element
    attribute: str | None  # Clark name; None: the element's text
    where: str

    @property
    def value(self) -> str:
        if self.attribute is None:
            return self.element.text or ""
        return self.element.get(self.attribute) or ""


def attribute_holders(
    root: etree._Element, part: str = "", sorts: tuple[str, ...] = ()
) -> list[AttributeHeld]:
    """Every attribute value and element text at a registry place in a part (paragraphs and
    field codes aside), each reached once: the places naming an element first, in registry
    order, then those on any element, in one pass in document order. ``sorts`` limits the
    places to those sorts ("text", "identity", ...)."""
    named, anywhere = _places_for(part, sorts)
    tables = _anywhere_tables(anywhere)
    found: list[AttributeHeld] = []
    seen: set = set()
    _keep(_named(root, named), found, seen)
    if anywhere:
        for index, element in enumerate(root.iter(etree.Element)):
            _keep(_anywhere_at(element, index, *tables), found, seen)
    return found


def _places_for(part: str, sorts: tuple[str, ...]) -> tuple[list[Place], list[Place]]:
    """The registry's attribute and element places read in this part: those naming an
    element, and those on any element."""
    kind = part_kind(part.rpartition(NESTED)[2]).kind if part else ""
    wanted = [
        p
        for p in PLACES
        if not p.join and (not sorts or p.sort in sorts) and (not p.parts or kind in p.parts)
    ]
    return [p for p in wanted if p.element != "*"], [p for p in wanted if p.element == "*"]


def _keep(held: Iterable[AttributeHeld], found: list, seen: set) -> None:
    """Add the non-blank holders not already reached (the first place to reach one wins)."""
    for one in held:
        key = (one.element, one.attribute)
        if key not in seen and one.value.strip():
            seen.add(key)
            found.append(one)


def _named(root: etree._Element, places: list[Place]) -> Iterator[AttributeHeld]:
    for place in places:
        name = _clark(place.attribute)
        label = f"{place.element}@{place.attribute}" if place.attribute else place.element
        for index, element in enumerate(root.iter(qn(place.element))):
            if name is None or name in element.attrib:
                yield AttributeHeld(place, element, name, f"{label} {index}")


def _anywhere_tables(places: list[Place]) -> tuple[Place | None, dict, dict]:
    """The places on any element: the leaf-text one, and the attribute ones by Clark name
    (prefixed) or by local name (unprefixed: in any namespace)."""
    leaf = next((p for p in places if p.attribute is None), None)
    exact, by_local = {}, {}
    for place in places:
        if place.attribute is not None and ":" in place.attribute:
            exact.setdefault(qn(place.attribute), place)
        elif place.attribute is not None:
            by_local.setdefault(place.attribute, place)
    return leaf, exact, by_local


def _anywhere_at(
    element: etree._Element, index: int, leaf: Place | None, exact: dict, by_local: dict
) -> Iterator[AttributeHeld]:
    """One element's holders at the places on any element: its text if it is a leaf, its
    attributes by name."""
    if leaf is not None and len(element) == 0:
        yield AttributeHeld(leaf, element, None, f"{_local(element.tag)} {index}")
    for name in element.keys():  # noqa: SIM118 (an element is not a dict)
        place = exact.get(name) or by_local.get(name.rpartition("}")[2])
        if place is not None:
            where = f"{_local(element.tag)}@{_local(name)} {index}"
            yield AttributeHeld(place, element, name, where)


def _clark(attribute: str | None) -> str | None:
    if attribute is None or ":" not in attribute:
        return attribute
    return qn(attribute)


def _local(name: str) -> str:
    return etree.QName(name).localname


def part_segments(part: str, root: etree._Element) -> list[Segment]:
    """Every text of one parsed XML part: paragraphs and field codes first, then the registry's
    attribute and element places, then any other text node and attribute value (those two in
    one pass over the part: a styles part holds a hundred thousand attributes)."""
    segments: list[Segment] = []
    covered: dict[etree._Element, set[str | None]] = {}
    in_result = _field_results(root)
    for held in paragraph_holders(root):
        for element in held.texts + held.codes:
            covered.setdefault(element, set()).add(None)
        place = _PARAGRAPH_PLACE[held.paragraph.tag]
        for elements, name, suffix in (
            (held.texts, place, ""),
            (held.codes, _CODE_PLACE.name, " field code"),
        ):
            text = held.text(elements)
            if text.strip():
                context = _context(held.paragraph, elements, in_result)
                where = f"paragraph {held.index}{suffix}"
                segments.append(Segment(part, name, text, where, context))
    named, anywhere = _places_for(part, ())
    tables = _anywhere_tables(anywhere)
    found: list[AttributeHeld] = []
    seen: set = set()
    _keep(_named(root, named), found, seen)
    for held in found:
        covered.setdefault(held.element, set()).add(held.attribute)
    texts, values, index = [], [], -1
    for element in root.iter():
        if isinstance(element.tag, str):
            index += 1
            if anywhere:
                before = len(found)
                _keep(_anywhere_at(element, index, *tables), found, seen)
                for held in found[before:]:
                    covered.setdefault(element, set()).add(held.attribute)
        done = covered.get(element, ())
        own = element.text if None not in done else None
        texts += [t for t in (own, element.tail) if t and t.strip()]
        if isinstance(element.tag, str):
            values += [v for k, v in element.items() if k not in done and v.strip()]
    segments += [
        Segment(
            part,
            held.place.name,
            held.value,
            held.where,
            _context(held.element, [], set()),
            held.place.is_attribute,
        )
        for held in found
    ]
    # The rest: one segment each, a value a line.
    if texts:
        segments.append(Segment(part, OTHER_TEXT, "\n".join(texts)))
    if values:
        segments.append(Segment(part, OTHER_ATTRIBUTE, "\n".join(values), markup=True))
    return segments


def _context(
    element: etree._Element, inside: list[etree._Element], in_result: set
) -> tuple[str, ...]:
    """What stands around ``element`` and, up to it, around the elements ``inside`` it."""
    names = {_CONTEXT[a.tag] for a in element.iterancestors() if a.tag in _CONTEXT}
    cells = sum(1 for a in element.iterancestors(_CELL))
    if element.tag in _CONTEXT:
        names.add(_CONTEXT[element.tag])
    for held in inside:
        for ancestor in held.iterancestors():
            if ancestor is element:
                break
            if ancestor.tag in _CONTEXT:
                names.add(_CONTEXT[ancestor.tag])
        if held in in_result:
            names.add(FIELD_RESULT)
        if _hidden(held):
            names.add(HIDDEN)
    if cells > 1:
        names.add(NESTED_TABLE)
    return tuple(n for n in _CONTEXT_ORDER if n in names)


def _hidden(element: etree._Element) -> bool:
    """Whether a run's text is formatted as hidden (``w:vanish``)."""
    run = element.getparent()
    props = None if run is None else run.find(_VANISH[0])
    return props is not None and props.find(_VANISH[1]) is not None


def _field_results(root: etree._Element) -> set[etree._Element]:
    """The run texts shown as a complex field's result (between its separate and end)."""
    shown, stack = set(), []
    for element in root.iter(_FIELD_CHAR, *TEXT_TAGS):
        if element.tag != _FIELD_CHAR:
            if any(stack):
                shown.add(element)
            continue
        kind = element.get(_FIELD_TYPE)
        if kind == "begin":
            stack.append(False)
        elif kind == "separate" and stack:
            stack[-1] = True
        elif kind == "end" and stack:
            stack.pop()
    return shown


def printable_runs(data: bytes) -> str:
    """The printable runs of binary data (ASCII and UTF-16 both ways), one a line."""
    return "\n".join(
        run.decode(encoding, errors="replace")
        for pattern, encoding in _RUNS
        for run in pattern.findall(data)
    )


def entry_segments(name: str, data: bytes) -> list[Segment] | Unreadable:
    """The segments of one entry: an XML part's places, or a binary part's printable runs."""
    if data.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"<"):
        try:
            return part_segments(name, parse(data))
        except DoctypeRefused:
            return Unreadable(name, "it declares a DOCTYPE, which Word files never need")
        except etree.XMLSyntaxError as error:
            return Unreadable(name, f"it is damaged ({error})")
    runs = printable_runs(data)
    return [Segment(name, BINARY_DATA, runs, markup=True)] if runs else []


def package_segments(
    data: bytes, *, budget: Budget | None = None
) -> Iterator[Segment | Unreadable]:
    """Every segment of a package, part by part in zip order, embedded packages included;
    ``Unreadable`` for what cannot be read within the bounds."""
    for entry in walk(data, budget=budget):
        if isinstance(entry, Unreadable):
            yield entry
        elif not (entry.folder or entry.package):
            found = entry_segments(entry.name, entry.data)
            if isinstance(found, Unreadable):
                yield found
            else:
                yield from found


def read_segments(path: Path) -> Iterator[Segment | Unreadable]:
    """Every segment of a Word file, its file name first (place "file name")."""
    path = Path(path)
    yield Segment("(file name)", "file name", path.name)
    if path.stat().st_size > limits.MAX_TOTAL_BYTES:
        yield Unreadable(
            "(file)", f"it is larger than the {limits.MAX_TOTAL_BYTES // limits.MB} MB limit"
        )
        return
    yield from package_segments(path.read_bytes())
