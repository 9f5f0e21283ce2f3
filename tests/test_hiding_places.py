"""Hiding places x name forms: wherever a Word file hides a name and however it is written,
the name does not survive and the text there reads the RIGHT pseudonym.

A hypothesis test draws a place (body, table cell, header, footer, footnote, comment, both
branches of a text box, a hyperlink, a smart tag, a content control, a tracked insertion) and
a form of the mother's name (as written, split across runs, a non-breaking or soft hyphen as
Word writes it, a zero-width character, all capitals, possessive, "SURNAME, First", a
non-breaking space), builds the file, anonymises it with the real engine, and reads the
place back. Every name is invented.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path
from tempfile import TemporaryDirectory

from anonymising import family_member
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from word_trapfiles import CT, DECL, MC, RT, Package, W, base, para

from anonymiser.engine import Anonymiser
from anonymiser.key import PseudonymKey
from anonymiser.records import CaseIdentifiers
from anonymiser.verify import scan
from anonymiser.word import anonymise_docx

MOTHER = family_member(
    "mother", "Lily-Mae Tarrowby", pseudonym="Mother", born=date(1994, 2, 3), sex="female"
)
CHILD = family_member(
    "child", "Zephyrine Quillfeather", pseudonym="Child A", born=date(2019, 5, 1), sex="female"
)
IDS = CaseIdentifiers((MOTHER, CHILD), kept_names=("Dr Helen Marsh",), incident=date(2024, 3, 3))
WORDS = ("Lily", "Mae", "Tarrowby", "TARROWBY", "LILY")
DROPPED = {"comment"}  # comments are taken out of the output whole (a name cannot stay there)
ENGINE = Anonymiser(IDS, PseudonymKey(), ner=False)  # one engine: a mention never repeats


def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{text}</w:t>'


def runs(pieces: list[str]) -> str:
    """Runs of text (a piece starting "<" is an element inside a run, e.g. a hyphen)."""
    return "".join(f"<w:r>{p if p.startswith('<') else t(p)}</w:r>" for p in pieces)


# -- name forms: (the runs written, the pseudonym expected, the words around it) ----------------


def form_runs(form: str, cut: int) -> tuple[list[str], str]:
    """The runs a form of the name is written in, and the label it must become."""
    name = "Lily-Mae Tarrowby"
    if form == "as written":
        return [name], "Mother"
    if form == "split runs":
        cut = 1 + cut % (len(name) - 1)
        return [name[:cut], name[cut:]], "Mother"
    if form == "no-break hyphen element":
        return ["Lily", "<w:noBreakHyphen/>", "Mae Tarrowby"], "Mother"
    if form == "soft hyphen element":
        return ["Lily-Mae Tarr", "<w:softHyphen/>", "owby"], "Mother"
    if form == "no-break hyphen character":
        return ["Lily\u2011Mae Tarrowby"], "Mother"
    if form == "soft hyphen character":
        return ["Lily-Mae Tar\u00adrowby"], "Mother"
    if form == "zero width":
        return ["Lily-Mae Tarr\u200bowby"], "Mother"
    if form == "all caps":
        return ["LILY-MAE TARROWBY"], "Mother"
    if form == "possessive":
        return ["Lily-Mae Tarrowby's"], "Mother's"
    if form == "surname first":
        return ["TARROWBY, Lily-Mae"], "Mother"
    if form == "no-break space":
        return ["Lily-Mae\u00a0Tarrowby"], "Mother"
    raise AssertionError(form)


FORMS = (
    "as written",
    "split runs",
    "no-break hyphen element",
    "soft hyphen element",
    "no-break hyphen character",
    "soft hyphen character",
    "zero width",
    "all caps",
    "possessive",
    "surname first",
    "no-break space",
)


# -- hiding places: plant a paragraph's runs, say which part to read back ----------------------


def _body(p: Package, inner: str) -> str:
    p.body(para(inner))
    return "word/document.xml"


def _cell(p: Package, inner: str) -> str:
    p.body(f"<w:tbl><w:tr><w:tc><w:p>{inner}</w:p></w:tc></w:tr></w:tbl><w:p/>")
    return "word/document.xml"


def _story(kind: str):
    """A header or footer part holding the paragraph."""

    def plant(p: Package, inner: str) -> str:
        name = f"word/{kind}9.xml"
        p.part(
            name,
            DECL + f"<w:{kind[:3]} {W}>{para(inner)}</w:{kind[:3]}>",
            CT + f"wordprocessingml.{kind}+xml",
            "word/document.xml",
            RT + kind,
            rel_id="rIdHide",
        )
        document = p.text("word/document.xml")
        reference = (
            f'<w:{kind}Reference w:type="default" r:id="rIdHide" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>'
        )
        document, n = re.subn(r"(<w:sectPr[^>]*>)", lambda m: m.group(1) + reference, document)
        assert n == 1
        p.put("word/document.xml", document)
        return name

    return plant


def _footnote(p: Package, inner: str) -> str:
    p.body(para(runs(["Seen."]) + '<w:r><w:footnoteReference w:id="1"/></w:r>'))
    p.part(
        "word/footnotes.xml",
        DECL + f'<w:footnotes {W}><w:footnote w:id="1">{para(inner)}</w:footnote></w:footnotes>',
        CT + "wordprocessingml.footnotes+xml",
        "word/document.xml",
        RT + "footnotes",
    )
    return "word/footnotes.xml"


def _comment(p: Package, inner: str) -> str:
    p.body(
        para(
            '<w:commentRangeStart w:id="0"/>'
            + runs(["Seen."])
            + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
        )
    )
    p.part(
        "word/comments.xml",
        DECL
        + f'<w:comments {W}><w:comment w:id="0" w:author="Analyst" w:initials="AN">'
        + para(inner)
        + "</w:comment></w:comments>",
        CT + "wordprocessingml.comments+xml",
        "word/document.xml",
        RT + "comments",
    )
    return "word/comments.xml"


def _textbox(p: Package, inner: str) -> str:
    box = f"<w:txbxContent>{para(inner)}</w:txbxContent>"
    p.body(
        para(
            f'<w:r><mc:AlternateContent {MC}><mc:Choice Requires="wps"><w:drawing>'
            '<wp:inline><wp:extent cx="914400" cy="457200"/><wp:docPr id="9" name="Box"/>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
            f'wordprocessingShape"><wps:wsp><wps:txbx>{box}</wps:txbx><wps:bodyPr/></wps:wsp>'
            "</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback>"
            f'<w:pict><v:shape style="width:72pt"><v:textbox>{box}</v:textbox></v:shape>'
            "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        )
    )
    return "word/document.xml"


def _wrapped(open_tag: str, close_tag: str):
    def plant(p: Package, inner: str) -> str:
        p.body(para(open_tag + inner + close_tag))
        return "word/document.xml"

    return plant


PLACES = {
    "body": _body,
    "table cell": _cell,
    "header": _story("header"),
    "footer": _story("footer"),
    "footnote": _footnote,
    "comment": _comment,
    "text box": _textbox,
    "hyperlink": _wrapped('<w:hyperlink w:anchor="x">', "</w:hyperlink>"),
    "smart tag": _wrapped('<w:smartTag w:uri="urn:x" w:element="place">', "</w:smartTag>"),
    "content control": _wrapped("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"),
    "tracked insertion": _wrapped(
        '<w:ins w:id="7" w:author="Analyst" w:date="2025-01-01T00:00:00Z">', "</w:ins>"
    ),
}


def paragraph_texts(xml: str) -> list[str]:
    """The text of each paragraph of a part, as a reader sees it."""
    out = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", xml, re.DOTALL):
        p = re.sub(r"<w:noBreakHyphen/>", "\u2011", p)
        out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
    return out


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    place=st.sampled_from(sorted(PLACES)),
    form=st.sampled_from(FORMS),
    cut=st.integers(min_value=0, max_value=40),
)
def test_a_hidden_name_in_any_form_becomes_the_right_pseudonym(place, form, cut):
    pieces, label = form_runs(form, cut)
    inner = runs(["Later ", *pieces, " bag was found."])
    with TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = base(folder / "in.docx")
        package = Package(source)
        part = PLACES[place](package, inner)
        package.save()
        output = anonymise_docx(source, folder / "out" / "in.docx", ENGINE).output
        assert scan([output], IDS) == []
        with zipfile.ZipFile(output) as archive:
            if part not in archive.namelist():
                assert place in DROPPED, (place, "part missing")
                return
            xml = archive.read(part).decode("utf-8")
        texts = [x for x in paragraph_texts(xml) if "bag was found" in x]
        assert texts, (place, form)
        for text in texts:  # a text box has two copies: both read the pseudonym
            assert text == f"Later {label} bag was found.", (place, form, text)
            assert not any(word in text for word in WORDS)
