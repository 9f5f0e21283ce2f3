"""The run-splitting replacer: names split any way are found; formatting stays."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from lxml import etree
from test_word_builders import DictionaryDetector

from anonymiser.word.runs import apply, paragraph_units
from anonymiser.word.xml import NS

W = f'xmlns:w="{NS["w"]}"'


def paragraph(inner: str) -> etree._Element:
    return etree.fromstring(f"<w:body {W}><w:p>{inner}</w:p></w:body>")


def r(text: str, props: str = "") -> str:
    return f"<w:r><w:rPr>{props}</w:rPr><w:t>{text}</w:t></w:r>"


SPLITS = {
    "formatting": r("Zeph", "<w:b/>") + r("yrine") + r(" was seen"),
    "proofing": r("Zeph", "<w:b/>")
    + '<w:proofErr w:type="spellStart"/>'
    + r("yrine")
    + r(" was seen"),
    "bookmark": r("Zeph", "<w:b/>")
    + '<w:bookmarkStart w:id="1" w:name="x"/>'
    + r("yrine")
    + '<w:bookmarkEnd w:id="1"/>'
    + r(" was seen"),
    "page break mark": r("Zeph", "<w:b/>") + "<w:r><w:lastRenderedPageBreak/><w:t>yrine</w:t>"
    "</w:r>" + r(" was seen"),
    "soft hyphen": r("Zeph", "<w:b/>") + "<w:r><w:softHyphen/></w:r>" + r("yrine was seen"),
    "hyperlink": r("Zeph", "<w:b/>")
    + "<w:hyperlink>"
    + r("yrine")
    + "</w:hyperlink>"
    + r(" was seen"),
    "smart tag and content control": r("Zeph", "<w:b/>")
    + "<w:smartTag><w:sdt><w:sdtContent>"
    + r("yrine")
    + "</w:sdtContent></w:sdt></w:smartTag>"
    + r(" was seen"),
}


def rewrite(root: etree._Element) -> list:
    units = paragraph_units(root, "word/document.xml")
    findings = DictionaryDetector().find([u.text for u in units])
    for unit, found in zip(units, findings):
        apply(unit, found)
    return units


@pytest.mark.parametrize("inner", SPLITS.values(), ids=SPLITS.keys())
def test_split_name_is_replaced_in_the_first_run(inner):
    root = paragraph(inner)
    rewrite(root)
    texts = root.xpath("//w:t", namespaces=NS)
    assert "".join(t.text or "" for t in texts) == "Child A was seen"
    bold = root.xpath("//w:r[w:rPr/w:b]/w:t", namespaces=NS)
    assert [t.text for t in bold] == ["Child A"]


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        (r("Marigold and Zephyrine"), "Mother and Child A"),
        (r(" Marigold") + r(" and "), " Mother and "),
        (r("Smith") + "<w:r><w:noBreakHyphen/></w:r>" + r("Jones"), "Smith-Jones"),
        (r("Quill") + "<w:r><w:noBreakHyphen/></w:r>" + r("feather"), "Quill-feather"),
    ],
)
def test_replacements_and_untouched_text(inner, expected):
    root = paragraph(inner)
    rewrite(root)
    chars = root.xpath("//w:t/text()|//w:noBreakHyphen", namespaces=NS)
    assert "".join(c if isinstance(c, str) else "-" for c in chars) == expected


def test_spaces_are_preserved():
    root = paragraph(r("Zephy") + r("rine was seen"))
    rewrite(root)
    second = root.xpath("//w:t", namespaces=NS)[1]
    assert second.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"


def test_text_box_paragraphs_are_their_own_units():
    inner = (
        r("Outer ") + "<w:r><w:txbxContent><w:p>" + r("Inner Marigold") + "</w:p>"
        "</w:txbxContent></w:r>" + r("text")
    )
    units = paragraph_units(paragraph(inner), "part")
    assert sorted(u.text for u in units) == ["Inner Marigold", "Outer text"]


def test_neutral_unit_replaces_whole_value():
    root = etree.fromstring('<a target="mailto:marigold@example.org"/>')
    from anonymiser.word.runs import Slot, Unit

    unit = Unit("rels", "rel", [Slot(root, attr="target")], neutral="about:blank")
    apply(unit, [SimpleNamespace(start=7, end=15, replacement="Mother")])
    assert root.get("target") == "about:blank"
