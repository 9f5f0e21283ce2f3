"""The text model of a Word package: every place a person can read text, read once.

Every trap file's planted name is a segment at its place; every registry place, planted, is read
by the model, rewritten by the anonymiser and then not found by the leak scan (parity).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_word_builders import IDS, DictionaryDetector
from word_trapfiles import TRAPS, Package, _zip, base, para, planted_at, run

from anonymiser.verify import scan
from anonymiser.verify.read import MARKUP_PLACES
from anonymiser.word import anonymise_docx
from anonymiser.word.attributes import ATTRIBUTE_TEXT, HUMAN_ATTRIBUTES
from anonymiser.word.parts import ACTIONS, RULES
from pipeline.ooxml import limits
from pipeline.ooxml.package import Unreadable, walk
from pipeline.ooxml.places import (
    CONTEXTS,
    PARTS,
    PLACES,
    STORIES,
    part_kind,
)
from pipeline.ooxml.text import Segment, package_segments, read_segments
from pipeline.ooxml.xml import NS

# Where each trap's planted name must be read: (part, place, a context it must carry or "").
EXPECTED: dict[str, tuple[str, str, str]] = {
    "core creator": ("docProps/core.xml", "creator", ""),
    "core lastModifiedBy": ("docProps/core.xml", "last modified by", ""),
    "core title": ("docProps/core.xml", "title", ""),
    "core subject": ("docProps/core.xml", "subject", ""),
    "core keywords": ("docProps/core.xml", "keywords", ""),
    "core description": ("docProps/core.xml", "description", ""),
    "core category": ("docProps/core.xml", "category", ""),
    "app manager and company": ("docProps/app.xml", "application property", ""),
    "custom properties": ("docProps/custom.xml", "custom property", ""),
    "custom XML part": ("customXml/item1.xml", "custom XML value", ""),
    "content control with data binding": ("word/document.xml", "paragraph", "content control"),
    "thumbnail": ("docProps/thumbnail.jpeg", "binary data", ""),
    "comments and author": ("word/comments.xml", "author", "comment"),
    "people part": ("word/people.xml", "reviewer", ""),
    "tracked insertion": ("word/document.xml", "paragraph", "tracked insertion"),
    "tracked deletion": ("word/document.xml", "paragraph", "tracked deletion"),
    "tracked move from": ("word/document.xml", "paragraph", "tracked move (from)"),
    "revision authors": ("word/document.xml", "author", "tracked insertion"),
    "default header": ("word/header1.xml", "paragraph", "header"),
    "first-page header": ("word/header1.xml", "paragraph", "header"),
    "even-page footer": ("word/footer1.xml", "paragraph", "footer"),
    "watermark": ("word/header1.xml", "watermark text", "header"),
    "footnote": ("word/footnotes.xml", "paragraph", "footnote"),
    "endnote": ("word/endnotes.xml", "paragraph", "endnote"),
    "text box both branches": ("word/document.xml", "paragraph", "alternate content (fallback)"),
    "SmartArt": ("word/diagrams/data1.xml", "drawing paragraph", "SmartArt"),
    "chart cache and workbook": ("word/charts/chart1.xml", "chart value", "chart"),
    "alt text and object name": ("word/document.xml", "alt text", ""),
    "JPEG EXIF": ("word/media/image1.jpg", "binary data", ""),
    "PNG text chunks": ("word/media/image1.png", "binary data", ""),
    "hyperlink targets and text": ("word/_rels/document.xml.rels", "link target", ""),
    "MERGEFIELD code": ("word/document.xml", "field instruction", ""),
    "AUTHOR field": ("word/document.xml", "paragraph", "field result"),
    "HYPERLINK field code": ("word/document.xml", "field instruction", ""),
    "document variables": ("word/settings.xml", "document variable", ""),
    "attached template path": ("word/_rels/settings.xml.rels", "link target", ""),
    "mail merge source": ("word/settings.xml", "mail merge query", ""),
    "glossary": ("word/glossary/document.xml", "paragraph", "building block"),
    "embedded OLE object": ("word/embeddings/oleObject1.bin", "binary data", ""),
    "printer settings": ("word/printerSettings/printerSettings1.bin", "binary data", ""),
    "hidden text": ("word/document.xml", "paragraph", "hidden text"),
    "table cell": ("word/document.xml", "paragraph", "table cell"),
    "smart tag": ("word/document.xml", "paragraph", "smart tag"),
    "legacy form field": ("word/document.xml", "form field default", ""),
    "bookmark name": ("word/document.xml", "bookmark name", ""),
    "editing permission": ("word/document.xml", "editor", ""),
    "split runs": ("word/document.xml", "paragraph", ""),
    "file name": ("(file name)", "file name", ""),
}


def segments(path: Path) -> list[Segment]:
    found = list(read_segments(path))
    assert not [s for s in found if isinstance(s, Unreadable)], found
    return found


def holding(found: list[Segment], word: str) -> list[Segment]:
    return [s for s in found if word.casefold() in s.text.casefold()]


def test_every_trap_has_an_expected_place():
    assert set(EXPECTED) == {t.vector for t in TRAPS}


@pytest.mark.parametrize("trap", TRAPS, ids=[t.vector for t in TRAPS])
def test_each_trap_name_is_a_segment_at_its_place(trap, tmp_path):
    part, place, context = EXPECTED[trap.vector]
    found = holding(segments(trap.build(tmp_path / "trap.docx")), trap.planted)
    at = [(s.part, s.place) for s in found]
    assert (part, place) in at, at
    if context:
        assert any(context in s.context for s in found if (s.part, s.place) == (part, place))


def test_both_branches_of_alternate_content_are_read(tmp_path):
    trap = next(t for t in TRAPS if t.vector == "text box both branches")
    found = holding(segments(trap.build(tmp_path / "box.docx")), "Zephyrine in box")
    contexts = [s.context for s in found]
    assert ("text box", "alternate content (choice)") in contexts
    assert ("text box", "VML text box", "alternate content (fallback)") in contexts


def test_the_workbook_inside_a_chart_is_read_as_an_embedded_package(tmp_path):
    trap = next(t for t in TRAPS if t.vector == "chart cache and workbook")
    found = holding(segments(trap.build(tmp_path / "chart.docx")), "Oswin Tarrowby")
    inner = "word/embeddings/Microsoft_Excel_Worksheet1.xlsx!xl/sharedStrings.xml"
    assert inner in {s.part for s in found}


def test_a_nested_table_and_a_split_name_are_one_paragraph_each(tmp_path):
    inner = "<w:tbl><w:tr><w:tc>" + para(run("Zeph") + run("yrine")) + "</w:tc></w:tr></w:tbl>"
    outer = f"<w:tbl><w:tr><w:tc>{inner}{para('')}</w:tc></w:tr></w:tbl>"
    package = Package(base(tmp_path / "nested.docx"))
    package.body(outer)
    (segment,) = holding(segments(package.save()), "Zephyrine")
    assert segment.place == "paragraph" and segment.context == ("table cell", "nested table")


def test_every_section_header_and_footer_is_read(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Body.")
    document.sections[0].header.paragraphs[0].text = "First section: Marigold"
    document.add_section()
    document.sections[1].header.is_linked_to_previous = False
    document.sections[1].header.paragraphs[0].text = "Second section: Oswin"
    document.sections[1].footer.is_linked_to_previous = False
    document.sections[1].footer.paragraphs[0].text = "Footer: Brackenfold"
    path = tmp_path / "sections.docx"
    document.save(path)
    found = segments(path)
    for word, context in (("Marigold", "header"), ("Oswin", "header"), ("Brackenfold", "footer")):
        assert [s.context for s in holding(found, word)] == [(context,)], word
    assert len({s.part for s in found if s.context in (("header",), ("footer",))}) == 3


def test_an_unknown_element_and_attribute_are_still_read(tmp_path):
    package = Package(base(tmp_path / "odd.docx"))
    package.body(para('<w:r><w:future w:note="Tarrowby">Quillfeather</w:future></w:r>'))
    found = segments(package.save())
    assert [s.place for s in holding(found, "Tarrowby")] == ["other attribute value"]
    assert [s.place for s in holding(found, "Quillfeather")] == ["other text"]


def test_a_doctype_part_and_deep_nesting_are_unreadable_never_empty(tmp_path):
    hostile = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "Marigold">]><x>&e;</x>'
    data = _zip({"word/document.xml": hostile})
    assert [type(s) for s in package_segments(data)] == [Unreadable]
    for _ in range(limits.MAX_DEPTH):
        data = _zip({"inner.zip": data})
    found = list(walk(data))
    assert any(isinstance(e, Unreadable) and "nested more than" in e.reason for e in found)


# The registry is data that the readers share: checked for what it promises.


def test_place_names_say_one_thing_markup_or_text():
    attribute = {p.name for p in PLACES if p.is_attribute}
    text = {p.name for p in PLACES if not p.is_attribute}
    assert not attribute & text
    assert attribute <= MARKUP_PLACES and not text & MARKUP_PLACES


def test_registry_names_only_known_prefixes_kinds_and_sorts():
    kinds = {k.kind for k in PARTS}
    for place in PLACES:
        for name in (place.element, place.attribute or ""):
            assert ":" not in name or name.split(":")[0] in NS, place
        assert set(place.parts) <= kinds and place.sort in {"text", "identity", "link", "setting"}
    assert STORIES <= kinds and set(ACTIONS) <= kinds
    assert all(c.element.split(":")[0] in NS for c in CONTEXTS)
    assert part_kind("word/header3.xml").kind == "header"
    assert part_kind("word/odd/thing.bin").kind == "unknown"


def test_the_rewriter_takes_its_lists_from_the_registry():
    assert [r.pattern for r in RULES] == [k.pattern for k in PARTS]
    assert ("wp:docPr", "descr") in ATTRIBUTE_TEXT and ("c:v", None) in ATTRIBUTE_TEXT
    assert {"alt", "descr", "tooltip"} <= HUMAN_ATTRIBUTES
    assert "name" not in HUMAN_ATTRIBUTES  # a custom property's name is read in its part only
    assert RULES[-1].action == "drop"  # an unknown kind of part is never kept


# Parity: whatever place the scan reads, the rewriter rewrites.


@pytest.mark.parametrize(
    "place", PLACES, ids=[f"{p.name} {p.element}@{p.attribute}" for p in PLACES]
)
def test_every_registry_place_is_read_rewritten_and_then_clean(place, tmp_path):
    (tmp_path / "in").mkdir()
    source = planted_at(place)(tmp_path / "in" / "planted.docx")
    assert place.name in {s.place for s in holding(segments(source), "Zephyrine")}
    assert any(leak.found == "Zephyrine" for leak in scan([source], IDS))
    output = anonymise_docx(source, tmp_path / "out" / source.name, DictionaryDetector()).output
    assert scan([output], IDS) == []
    assert holding(segments(output), "Zephyrine") == []
