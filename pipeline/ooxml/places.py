"""The registry of places where a person can read text in a Word file: data, one entry a place.

Three tables, read by the text model (``pipeline.ooxml.text``), and through it by the leak scan,
the anonymiser's rewriter and the chronology reader, so a new place is added here once:

- ``PARTS``: what each part of a package is (first pattern that matches wins);
- ``PLACES``: the elements and attributes inside XML parts that hold text, and of what sort;
- ``CONTEXTS``: what an element around a paragraph says about where it stands (a table cell, a
  text box, a tracked deletion, a comment ...).

Anything in a part that no entry names is still read, as "other text" or "other attribute
value", so an unknown place is never invisible to the leak scan.
"""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatchcase


@dataclass(frozen=True)
class PartKind:
    """The parts whose name matches ``pattern`` (case-insensitive) are a ``kind``: ``what``
    says in plain words what such a part holds."""

    pattern: str
    kind: str
    what: str


PARTS: tuple[PartKind, ...] = (
    PartKind("[[]Content_Types].xml", "content types", "the types of the parts"),
    PartKind("*.rels", "relationships", "relationships, with link targets"),
    PartKind("docProps/core.xml", "core properties", "document properties (title, author)"),
    PartKind("docProps/app.xml", "app properties", "application properties (company, manager)"),
    PartKind("docProps/custom.xml", "custom properties", "custom document properties"),
    PartKind("docProps/thumbnail.*", "thumbnail", "thumbnail picture of the original first page"),
    PartKind("docMetadata/*", "label metadata", "sensitivity-label metadata"),
    PartKind("customXml/*", "custom xml", "custom XML data (may feed content controls)"),
    PartKind("word/comments*.xml", "comments", "comments and their authors"),
    PartKind("word/people.xml", "people", "reviewer identities"),
    PartKind("word/glossary/*", "glossary", "building blocks / AutoText"),
    PartKind("word/embeddings/*", "embedding", "embedded object: cannot be cleaned"),
    PartKind("word/activeX/*", "activex", "ActiveX control: cannot be cleaned"),
    PartKind("word/vbaProject.bin", "macros", "macros"),
    PartKind("word/vbaData.xml", "macros", "macros"),
    PartKind("word/webSettings.xml", "web settings", "web settings"),
    PartKind(
        "word/printerSettings/*",
        "printer settings",
        "printer settings (printer and server names)",
    ),
    PartKind("word/afchunk*", "imported chunk", "imported document chunk: cannot be cleaned"),
    PartKind("word/settings.xml", "settings", "settings (variables, template, mail merge)"),
    PartKind("word/document.xml", "body", "the body of the document"),
    PartKind("word/header*.xml", "header", "a header of a section"),
    PartKind("word/footer*.xml", "footer", "a footer of a section"),
    PartKind("word/footnotes.xml", "footnotes", "footnotes"),
    PartKind("word/endnotes.xml", "endnotes", "endnotes"),
    PartKind("word/styles.xml", "styles", "styles"),
    PartKind("word/stylesWithEffects.xml", "styles", "styles"),
    PartKind("word/numbering.xml", "numbering", "list numbering"),
    PartKind("word/fontTable.xml", "font table", "the fonts used"),
    PartKind("word/theme/*.xml", "theme", "the theme"),
    PartKind("word/charts/chart*.xml", "chart", "a chart, with its cached values"),
    PartKind("word/charts/style*.xml", "chart style", "a chart's style"),
    PartKind("word/charts/colors*.xml", "chart style", "a chart's colours"),
    PartKind("word/diagrams/*.xml", "smartart", "a SmartArt diagram, with its text"),
    PartKind("word/fonts/*.odttf", "font", "an embedded font"),
    PartKind("word/media/*.png", "picture", "a picture"),
    PartKind("word/media/*.jp*g", "picture", "a picture"),
    PartKind("word/media/*.tif*", "picture", "a picture"),
    PartKind("word/media/*.gif", "picture", "a picture"),
    PartKind("word/media/*.bmp", "picture", "a picture"),
    PartKind(
        "word/media/*", "other picture", "picture type that may hold text and cannot be cleaned"
    ),
    PartKind("*", "unknown", "unknown part: not known to be safe"),
)

# The kinds of part whose paragraphs a person reads as the document (its "stories").
STORIES = frozenset(
    {"body", "header", "footer", "footnotes", "endnotes", "comments", "glossary", "smartart"}
)


def part_kind(name: str) -> PartKind:
    """What a part is: the first ``PARTS`` entry whose pattern matches its name."""
    lowered = name.lower()
    return next(k for k in PARTS if fnmatchcase(lowered, k.pattern.lower()))


@dataclass(frozen=True)
class Place:
    """One place inside XML parts that holds text.

    ``element`` is a qualified name (``"wp:docPr"``) or ``"*"`` for any element (then an
    unprefixed ``attribute`` is matched by its local name in any namespace). ``attribute`` None
    means the element's own text. ``sort`` says what the text is:

    - ``"text"``: words a person wrote (the rewriter replaces names in it);
    - ``"identity"``: who edited (an author's name or initials: the rewriter removes it);
    - ``"link"``: where a link points (the rewriter makes the whole value neutral);
    - ``"setting"``: a setting that can hold names (the rewriter removes its element).

    ``join``: ``"paragraph"`` reads a paragraph's own runs joined (a name split across runs is
    one text); ``"field code"`` joins a paragraph's field instructions. ``parts``: the part
    kinds it is read in (empty: every XML part).
    """

    name: str
    element: str
    attribute: str | None = None
    sort: str = "text"
    join: str = ""
    parts: tuple[str, ...] = ()

    @property
    def is_attribute(self) -> bool:
        """An attribute value: short forms in it are tags, colours or cell names."""
        return self.attribute is not None


_CORE = ("core properties",)
_APP = ("app properties",)
_CUSTOM = ("custom properties",)
_SETTINGS = ("settings",)

PLACES: tuple[Place, ...] = (
    # Paragraphs first: what a person reads, in reading order.
    Place("paragraph", "w:p", join="paragraph"),
    Place("drawing paragraph", "a:p", join="paragraph"),  # charts, SmartArt, shapes
    Place("field instruction", "w:instrText", join="field code"),
    Place("simple field instruction", "w:fldSimple", "w:instr"),
    # Pictures, shapes and their descriptions.
    Place("alt text", "wp:docPr", "descr"),
    Place("picture title", "wp:docPr", "title"),
    Place("object name", "wp:docPr", "name"),
    Place("alt text", "pic:cNvPr", "descr"),
    Place("picture title", "pic:cNvPr", "title"),
    Place("object name", "pic:cNvPr", "name"),
    Place("link tooltip", "a:hlinkClick", "tooltip"),
    Place("VML alt text", "v:shape", "alt"),
    Place("VML title", "v:shape", "title"),
    Place("VML alt text", "v:rect", "alt"),
    Place("picture title", "v:imagedata", "o:title"),
    Place("watermark text", "v:textpath", "string"),
    Place("SmartArt placeholder", "dgm:prSet", "phldrT"),
    Place("chart value", "c:v"),
    Place("chart formula", "c:f"),
    # Content controls, links, bookmarks, legacy form fields.
    Place("content control label", "w:alias", "w:val"),
    Place("content control tag", "w:tag", "w:val"),
    Place("hyperlink tooltip", "w:hyperlink", "w:tooltip"),
    Place("hyperlink anchor", "w:hyperlink", "w:anchor"),
    Place("bookmark name", "w:bookmarkStart", "w:name"),
    Place("style or form field name", "w:name", "w:val"),
    Place("form field default", "w:default", "w:val"),
    Place("form field help", "w:helpText", "w:val"),
    Place("form field status text", "w:statusText", "w:val"),
    Place("form field list entry", "w:listEntry", "w:val"),
    # Any element: attributes that hold words a person wrote, in any namespace.
    Place("described text", "*", "alt"),
    Place("described text", "*", "title"),
    Place("described text", "*", "descr"),
    Place("described text", "*", "tooltip"),
    Place("described text", "*", "string"),
    Place("described text", "*", "caption"),
    # Who edited: tracked changes, comments, permissions, reviewers.
    Place("author", "*", "w:author", sort="identity"),
    Place("author initials", "*", "w:initials", sort="identity"),
    Place("editor", "*", "w:ed", sort="identity"),
    Place("reviewer", "w15:person", "w15:author", sort="identity", parts=("people",)),
    # Where links point (relationship targets: e-mail addresses, paths, web pages).
    Place("link target", "pr:Relationship", "Target", sort="link", parts=("relationships",)),
    # Settings that can hold names.
    Place("document variable", "w:docVar", "w:val", sort="setting", parts=_SETTINGS),
    Place("document variable name", "w:docVar", "w:name", sort="setting", parts=_SETTINGS),
    Place("mail merge query", "w:query", "w:val", sort="setting", parts=_SETTINGS),
    # Document properties.
    Place("creator", "dc:creator", sort="identity", parts=_CORE),
    Place("last modified by", "cp:lastModifiedBy", sort="identity", parts=_CORE),
    Place("title", "dc:title", parts=_CORE),
    Place("subject", "dc:subject", parts=_CORE),
    Place("keywords", "cp:keywords", parts=_CORE),
    Place("description", "dc:description", parts=_CORE),
    Place("category", "cp:category", parts=_CORE),
    Place("content status", "cp:contentStatus", parts=_CORE),
    Place("identifier", "dc:identifier", parts=_CORE),
    Place("version", "cp:version", parts=_CORE),
    Place("language", "dc:language", parts=_CORE),
    Place("application property", "*", parts=_APP),
    Place("custom property", "*", parts=_CUSTOM),
    Place("custom property name", "*", "name", parts=_CUSTOM),
    Place("custom XML value", "*", parts=("custom xml",)),
)

# Elements that hold a paragraph's characters, and those that stand for one character.
RUN_TEXT = ("w:t", "a:t", "w:delText")
ONE_CHARACTER = {
    "w:tab": "\t",
    "w:noBreakHyphen": "-",
    "w:br": "\n",
    "w:cr": "\n",
    "a:br": "\n",
}


@dataclass(frozen=True)
class Context:
    """An element that, around a paragraph or inside it, says where its text stands."""

    element: str
    name: str


CONTEXTS: tuple[Context, ...] = (
    Context("w:hdr", "header"),
    Context("w:ftr", "footer"),
    Context("w:footnote", "footnote"),
    Context("w:endnote", "endnote"),
    Context("w:comment", "comment"),
    Context("w:docPartBody", "building block"),
    Context("w:tc", "table cell"),
    Context("w:txbxContent", "text box"),
    Context("v:textbox", "VML text box"),
    Context("mc:Choice", "alternate content (choice)"),
    Context("mc:Fallback", "alternate content (fallback)"),
    Context("w:sdtContent", "content control"),
    Context("w:ins", "tracked insertion"),
    Context("w:del", "tracked deletion"),
    Context("w:moveFrom", "tracked move (from)"),
    Context("w:moveTo", "tracked move (to)"),
    Context("w:hyperlink", "hyperlink"),
    Context("w:fldSimple", "field result"),
    Context("w:smartTag", "smart tag"),
    Context("dgm:pt", "SmartArt"),
    Context("dsp:sp", "SmartArt drawing"),
    Context("c:chart", "chart"),
)
NESTED_TABLE = "nested table"  # a paragraph in a table cell inside another table's cell
FIELD_RESULT = "field result"  # the shown text of a complex field, between separate and end
HIDDEN = "hidden text"  # run text formatted as hidden (w:vanish): not shown, still there
OTHER_TEXT = "other text"  # a text node in no place above
OTHER_ATTRIBUTE = "other attribute value"  # an attribute value in no place above
