"""The IMR's outline (8.32-8.37), its cover details and its recommendations, as data and rules."""

from __future__ import annotations

import re

from chronology.headers import normalise
from chronology.reader.wordml import Paragraph
from chronology.records import Recommendation, Section

# section key -> headings used for it (normalised; numbering is stripped first)
SECTION_HEADINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "introduction",
        (
            "introduction",
            "background",
            "purpose of the review",
            "reason for the review",
            "circumstances",
            "circumstances leading to the review",
            "summary",
        ),
    ),
    ("terms_of_reference", ("terms of reference", "scope", "scope of the review", "tor")),
    (
        "methodology",
        (
            "methodology",
            "method",
            "review process",
            "process",
            "how the review was conducted",
            "sources of information",
            "information sources",
        ),
    ),
    (
        "context",
        (
            "context",
            "contextual information",
            "organisational context",
            "agency context",
            "the agency",
            "organisational information",
            "background to the agency",
        ),
    ),
    (
        "chronology",
        (
            "chronology",
            "chronology of involvement",
            "comprehensive chronology",
            "chronology of contact",
            "chronology of events",
            "agency chronology",
        ),
    ),
    (
        "involvement",
        (
            "what was our involvement with this child and family",
            "involvement",
            "summary of involvement",
            "agency involvement",
            "overview of involvement",
            "summary of agency involvement",
            "involvement with the child and family",
            "narrative of involvement",
        ),
    ),
    (
        "analysis",
        (
            "analysis of involvement",
            "analysis",
            "critical analysis",
            "analysis of practice",
            "practice analysis",
            "key issues",
            "findings",
            "analysis of agency involvement",
        ),
    ),
    (
        "lessons",
        (
            "lessons learned",
            "lessons learnt",
            "lessons to be learnt",
            "lessons to be learned",
            "learning",
            "lessons",
            "what do we learn from this case",
            "key learning",
            "learning points",
            "good practice",
            "lessons and good practice",
        ),
    ),
    (
        "recommendations",
        (
            "recommendations",
            "recommendations for action",
            "agency recommendations",
            "single agency recommendations",
            "imr recommendations",
            "recommendation",
        ),
    ),
    (
        "action_plan",
        ("action plan", "agency action plan", "single agency action plan", "imr action plan"),
    ),
    (
        "conclusions",
        ("conclusions", "conclusion", "summary and conclusions", "concluding comments"),
    ),
)

# cover detail -> labels used for it on the cover (a label/value table or "Label: value" lines)
COVER_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "agency",
        (
            "agency",
            "name of agency",
            "agency name",
            "organisation",
            "name of organisation",
            "organisation name",
            "agency completing the imr",
            "agency submitting the imr",
        ),
    ),
    (
        "author",
        (
            "author",
            "imr author",
            "name of author",
            "author name",
            "report author",
            "author of report",
            "name of imr author",
            "completed by",
            "prepared by",
            "reviewer",
        ),
    ),
    (
        "author_role",
        (
            "author role",
            "authors role",
            "role of author",
            "role",
            "job title",
            "designation",
            "position",
            "title and role",
            "authors job title",
            "job title of author",
        ),
    ),
    (
        "date of report",
        (
            "date of report",
            "report date",
            "date of imr",
            "date completed",
            "date of completion",
            "date submitted",
            "date",
        ),
    ),
    (
        "date records secured",
        ("date records secured", "records secured", "date records were secured"),
    ),
    (
        "date of request",
        (
            "date of request",
            "date requested",
            "date imr requested",
            "date of commission",
            "date commissioned",
            "date of request for imr",
        ),
    ),
)

NUMBERING = re.compile(
    r"^\s*(?:(?:section|part)\s+)?(?:\d+(?:\.\d+)*\.?|[ivxlc]+[.)]|[a-z][.)])\s+", re.IGNORECASE
)
RECOMMENDATION_NUMBER = re.compile(
    r"^\s*(?:recommendation\s*)?(?P<number>r?\d+(?:\.\d+)*|[a-z])\s*[.):\-]\s*(?P<text>.+)$",
    re.IGNORECASE | re.DOTALL,
)
TITLE_AGENCY = re.compile(
    r"^\s*(?:individual\s+management\s+review|imr)(?:\s+report)?\s*(?:[:\-\u2013\u2014]|\bfor\b|\bby\b|\bfrom\b)\s*(?P<agency>.+?)\s*$",
    re.IGNORECASE,
)
HEADING_STYLES = re.compile(r"^(?:title|heading ?[1-3])$", re.IGNORECASE)
HEADING_MAX_WORDS = 14
TITLE_LINES = 20
BARE_TITLE = re.compile(r"^\s*individual\s+management\s+review(?:\s+report)?\s*$", re.IGNORECASE)
NOT_AGENCIES = ("serious case review", "scr ", "the serious case review", "child ")  # "IMR for ..."


def lookup(text: str, registry) -> str | None:
    """Return the key whose phrases name ``text``: exact first, then the longest leading phrase."""
    wanted = normalise(NUMBERING.sub("", text))
    if not wanted:
        return None
    for key, phrases in registry:
        if wanted in phrases:
            return key
    best = max(
        ((len(p), key) for key, phrases in registry for p in phrases if wanted.startswith(p + " ")),
        default=None,
    )
    return best[1] if best else None


def split_sections(paragraphs: list[Paragraph], styles: dict[str, str]) -> tuple[Section, ...]:
    """Group body paragraphs under the outline headings they follow.

    A heading is a paragraph in a Title or Heading 1-3 style, or a short bold, numbered or
    ALL CAPS line whose words name a section. Styled headings that name no section start an
    "other" section at level 1 and stay as text below that.
    """
    sections: list[tuple[str, str, list[str]]] = []
    for paragraph in paragraphs:
        if not paragraph.text:
            continue
        key, starts = _heading(paragraph, styles)
        if starts:
            sections.append((key or "other", paragraph.text, []))
        elif sections:
            sections[-1][2].append(paragraph.text)
    return tuple(Section(key, heading, tuple(texts)) for key, heading, texts in sections)


def _heading(paragraph: Paragraph, styles: dict[str, str]) -> tuple[str | None, bool]:
    style = styles.get(paragraph.style, paragraph.style)
    styled = bool(HEADING_STYLES.match(style) or HEADING_STYLES.match(paragraph.style))
    level = paragraph.outline if paragraph.outline is not None and paragraph.outline < 3 else None
    if len(paragraph.text.split()) > HEADING_MAX_WORDS:
        return None, False
    key = lookup(paragraph.text, SECTION_HEADINGS)
    if styled or level is not None:
        top = style.lower() in ("title", "heading 1", "heading1") or level == 0
        return key, key is not None or top
    looks_like = (
        paragraph.bold or _all_caps(paragraph.text) or bool(NUMBERING.match(paragraph.text))
    )
    return key, key is not None and looks_like


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def read_recommendations(
    paragraphs: list[Paragraph], sections: tuple[Section, ...], agency: str
) -> tuple[Recommendation, ...]:
    """Numbered paragraphs or list items under the recommendations heading, else every line."""
    section = next((s for s in sections if s.key == "recommendations"), None)
    if section is None:
        return ()
    listed = {p.text for p in paragraphs if p.numbered}
    found = []
    for text in section.paragraphs:
        match = RECOMMENDATION_NUMBER.match(text)
        if match:
            found.append((match["number"], match["text"].strip()))
        elif text in listed:
            found.append((str(len(found) + 1), text))
    if not found:
        found = [(str(i), text) for i, text in enumerate(section.paragraphs, start=1)]
    return tuple(Recommendation(number, text, agency) for number, text in found)


def recommendations_from_plan(
    rows: list[dict[str, str]], agency: str
) -> tuple[Recommendation, ...]:
    """The distinct recommendations named in an action-plan table, in order."""
    seen: dict[str, Recommendation] = {}
    for i, row in enumerate(rows, start=1):
        text = row.get("recommendation", "").strip()
        if text and text not in seen:
            match = RECOMMENDATION_NUMBER.match(text)
            number, body = (match["number"], match["text"].strip()) if match else (str(i), text)
            seen[text] = Recommendation(number, body, agency)
    return tuple(seen.values())


def read_cover(rows: list[tuple[str, ...]], paragraphs: list[Paragraph]) -> dict[str, str]:
    """Cover details from label/value table rows and "Label: value" lines; first one wins."""
    found: dict[str, str] = {}
    pairs = [_pair_from_row(row) for row in rows]
    pairs += [tuple(p.text.split(":", 1)) for p in paragraphs if ":" in p.text[:40]]
    for pair in pairs:
        if len(pair) != 2 or not pair[1].strip():
            continue
        key = _cover_key(pair[0])
        if key and key not in found:
            found[key] = " ".join(pair[1].split())
    return found


def _cover_key(label: str) -> str | None:
    text = normalise(label)
    return next((key for key, labels in COVER_FIELDS if text in labels), None)


def _pair_from_row(row: tuple[str, ...]) -> tuple[str, ...]:
    cells = [c for c in row if c.strip()]
    return (cells[0], cells[1]) if len(cells) >= 2 else ()


def title_agency(paragraphs: list[Paragraph]) -> str | None:
    """The agency named in the title: "Individual Management Review: Northshire Police", or
    the first line of the document when a bare "Individual Management Review" title follows it.
    """
    lines = [p.text for p in paragraphs[:TITLE_LINES] if p.text]
    for at, line in enumerate(lines):
        match = TITLE_AGENCY.match(line)
        if match and not normalise(match["agency"]).startswith(NOT_AGENCIES):
            return match["agency"]
        if (match or BARE_TITLE.match(line)) and at > 0 and len(lines[0].split()) <= 10:
            return lines[0]
    return None
