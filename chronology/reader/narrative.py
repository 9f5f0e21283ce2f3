"""Entries written as dated paragraphs outside any table: the narrative IMR.

A paragraph is an entry when it *starts* with a date ("On 3 March 2024 the health visitor ...",
"03/03/2024 – Home visit ...", "w/c 6 May 2024: ...", a dated bullet), has an event after the date,
and stands where events are told: under a chronology or involvement heading, or among a run of
such paragraphs under a heading the reader does not know. A short dated heading ("12 March 2024",
"Tuesday 12 March 2024 – home visit") followed by undated paragraphs is one entry holding them.

Not entries: prose that merely mentions a date, dated paragraphs in the parts of the IMR that
are not its account of events (introduction, terms of reference, method, analysis, lessons,
recommendations, conclusions), a heading naming a period ("February to July 2024"), and a
dated paragraph whose date is already in the IMR's chronology table (the narrative then retells
the table). Every dated paragraph left out is counted, with the reason, in the reading's account.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronology.dates import DateError, DateValue, names_no_year, parse_date
from chronology.reader.context import single_year
from chronology.reader.sections import (
    HEADING_MAX_WORDS,
    NUMBERING,
    SECTION_HEADINGS,
    lookup,
)
from chronology.reader.wordml import Paragraph
from chronology.records import ChronologyRow, Origin, Problem

LEAD_WORDS = re.compile(r"^(?:on|in|during|dated)\s+", re.IGNORECASE)
BULLET = re.compile(r"^[\u2022\u25aa\u25cf\u2023\u2043\u25e6*\u2013\u2014-]\s+")
SEPARATOR = re.compile(r"^[\s,:;.\u2013\u2014-]+")
TRAILING = " ,:;\u2013\u2014-"
MAX_DATE_WORDS = 9  # the longest date lead looked for ("between 3 and 7 February 2025 at 14:30")
MIN_EVENT_WORDS = 3  # fewer words after the date: a dated heading or a bare date, not an entry
PERIOD_DAYS = 31  # a heading spanning more than this names a period, not an event
RUN = 3  # under a heading the reader does not know, this many dated paragraphs make a chronology
RUN_SHARE = 1 / 3  # ... and they are at least this share of the paragraphs under it
# sections that tell the events: entries are taken from them without a run
EVENT_SECTIONS = {"chronology", "involvement"}
# sections that are about the review, not the events: dated paragraphs there are prose
PROSE_SECTIONS = {
    "introduction": "the introduction",
    "terms_of_reference": "the terms of reference",
    "methodology": "the method",
    "context": "the agency's context",
    "analysis": "the analysis",
    "lessons": "the lessons",
    "recommendations": "the recommendations",
    "action_plan": "the action plan",
    "conclusions": "the conclusions",
}


@dataclass(frozen=True)
class DatedLead:
    """The date a paragraph starts with, as written, and the text after it."""

    date_text: str
    value: DateValue
    rest: str


@dataclass(frozen=True)
class NarrativeReading:
    """Entries from dated paragraphs, and what happened to every dated paragraph."""

    rows: tuple[ChronologyRow, ...]
    account: tuple[str, ...]  # plain sentences, one per kind of decision


def dated_lead(text: str, year: int | None = None) -> DatedLead | None:
    """The date a paragraph starts with and the rest, or None when it does not start with one.

    The longest run of leading words (at most ``MAX_DATE_WORDS``) that reads as one date wins,
    after an optional "On"/"In"/"During" and, failing a date, after paragraph numbering.
    """
    text = BULLET.sub("", text.strip())
    found = _lead(text, year)
    if found is None and NUMBERING.match(text):
        found = _lead(NUMBERING.sub("", text, count=1), year)
    return found


def _lead(text: str, year: int | None = None) -> DatedLead | None:
    body = LEAD_WORDS.sub("", text, count=1)
    words = body.split()
    best = None
    for count in range(1, min(MAX_DATE_WORDS, len(words)) + 1):
        candidate = " ".join(words[:count]).strip(TRAILING)
        if not candidate or not (
            re.search(r"\d", candidate) or (year and names_no_year(candidate))
        ):
            continue
        try:
            value = parse_date(candidate, year=year)
        except (DateError, ValueError):
            continue
        best = (count, candidate, value)
    if best is None:
        return None
    count, candidate, value = best
    rest = SEPARATOR.sub("", " ".join(words[count:]))
    return DatedLead(candidate, value, rest)


@dataclass
class _Candidate:
    index: int  # 0-based among the body's paragraphs
    lead: DatedLead
    text: str
    section: str | None
    heading: str
    is_heading: bool = False
    year: int | None = None  # the year of the heading above, for a date written without one


def read_narrative(
    paragraphs: list[Paragraph],
    styles: dict[str, str],
    file: str,
    table_dates: set | frozenset = frozenset(),
) -> NarrativeReading:
    """Entries from dated paragraphs; ``table_dates`` are the days already in the IMR's tables."""
    candidates, counts = _candidates(paragraphs, styles)
    taken, left = [], {}
    by_section: dict[tuple[str | None, str], list[_Candidate]] = {}
    for candidate in candidates:
        by_section.setdefault((candidate.section, candidate.heading), []).append(candidate)
    for (section, heading), found in by_section.items():
        reason = _section_reason(section, heading, found, counts.get((section, heading), 0))
        if reason:
            left[reason] = left.get(reason, 0) + len(found)
            continue
        for candidate in found:
            if candidate.lead.value.start in table_dates:
                reason = "their dates are already in the chronology table"
                left[reason] = left.get(reason, 0) + 1
            else:
                taken.append(candidate)
    rows = tuple(_row(c, file) for c in taken)
    return NarrativeReading(rows, _account(taken, left))


def _candidates(paragraphs: list[Paragraph], styles: dict[str, str]):
    """Dated paragraphs and dated headings with their section, and paragraphs per section.

    A heading that names no section and sits below the heading of a known one (a "Heading 2"
    under "Chronology") stays in that section; at the same level or above it starts its own.
    """
    candidates: list[_Candidate] = []
    counts: dict[tuple[str | None, str], int] = {}
    section, heading, level = None, "", 0
    year: int | None = None  # the year named by the heading above, or by the last full date
    open_heading: _Candidate | None = None
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text.strip()
        if not text:
            continue
        depth = heading_level(paragraph, styles)
        if depth is not None:
            year = single_year(text) or (year if dated_lead(text) is None else None)
        lead = dated_lead(text, year)
        if lead is not None and not names_no_year(lead.date_text):
            year = lead.value.end.year
        if depth is not None:
            open_heading = None
            if lead is not None and _event_heading(lead):
                open_heading = _Candidate(index, lead, lead.rest, section, heading, True, year)
                continue
            if lead is not None and not lead.rest:
                continue  # a heading naming a period ("2023") divides the account it stands in
            key = lookup(text, SECTION_HEADINGS)
            if key is not None:
                section, heading, level = key, "", depth
            elif section is None or depth <= level:
                section, heading, level = None, text, depth
            continue
        if lead is not None and len(lead.rest.split()) >= MIN_EVENT_WORDS:
            open_heading = None
            candidates.append(_Candidate(index, lead, lead.rest, section, heading, year=year))
        elif open_heading is None:
            counts[(section, heading)] = counts.get((section, heading), 0) + 1
        else:
            if not any(c is open_heading for c in candidates):
                candidates.append(open_heading)
            open_heading.text = "\n".join(t for t in (open_heading.text, text) if t)
    return candidates, counts


def heading_level(paragraph: Paragraph, styles: dict[str, str]) -> int | None:
    """1 for a title or "Heading 1", 2 for "Heading 2", ...; 9 for a short bold line; None
    for a paragraph that is not a heading."""
    names = (styles.get(paragraph.style, paragraph.style).lower(), paragraph.style.lower())
    if "title" in names:
        return 1
    for name in names:
        number = re.match(r"^heading ?(\d)$", name)
        if number:
            return int(number.group(1))
    if paragraph.outline is not None:
        return paragraph.outline + 1
    text = paragraph.text.strip()
    short = len(text.split()) <= HEADING_MAX_WORDS and not text.endswith((".", ";", ","))
    return 9 if short and paragraph.bold else None


def _event_heading(lead: DatedLead) -> bool:
    """A dated heading for one event (a day or a week), not a period dividing the account."""
    return (lead.value.end - lead.value.start).days <= PERIOD_DAYS and len(lead.rest.split()) < 8


def _section_reason(section: str | None, heading: str, found: list, paragraphs: int) -> str:
    """Why the dated paragraphs of one section are not entries, or "" when they are;
    ``paragraphs`` counts the section's other paragraphs (not those under a dated heading)."""
    if section in PROSE_SECTIONS:
        return f"they are in {PROSE_SECTIONS[section]}, which is about the review, not the events"
    if section in EVENT_SECTIONS:
        return ""
    if len(found) >= RUN and len(found) >= RUN_SHARE * (paragraphs + len(found)):
        return ""
    where = f"under '{heading}'" if heading else "outside any chronology section"
    return f"they stand alone {where}, among prose that is not a chronology"


def _row(candidate: _Candidate, file: str) -> ChronologyRow:
    text = candidate.text.strip()
    text = text[:1].upper() + text[1:]
    cells = {"date": candidate.lead.date_text, "event": text}
    return ChronologyRow(Origin(file, 0, candidate.index + 1), cells, {}, year=candidate.year)


def _account(taken: list[_Candidate], left: dict[str, int]) -> tuple[str, ...]:
    lines = []
    if taken:
        numbers = [c.index + 1 for c in taken]
        lines.append(
            f"{_count(len(taken), 'dated paragraph')} outside any table read as entries "
            f"(paragraphs {_spans(numbers)})"
        )
    for reason, number in left.items():
        lines.append(f"{_count(number, 'dated paragraph')} not read as entries: {reason}")
    return tuple(lines)


def _count(number: int, noun: str) -> str:
    if number == 1:
        return f"1 {noun}"
    return f"{number} {noun[:-1]}ies" if noun.endswith("y") else f"{number} {noun}s"


def _spans(numbers: list[int]) -> str:
    spans: list[list[int]] = []
    for number in sorted(numbers):
        if spans and number == spans[-1][1] + 1:
            spans[-1][1] = number
        else:
            spans.append([number, number])
    return ", ".join(f"{a}" if a == b else f"{a}-{b}" for a, b in spans)


def narrative_note(file: str, rows) -> Problem:
    """A warning that says how many entries came from paragraphs, so the author can confirm."""
    numbers = [row.origin.row for row in rows]
    return Problem(
        file,
        "",
        f"{_count(len(numbers), 'entry')} of the chronology came from dated paragraphs outside "
        f"any table (paragraphs {_spans(numbers)})",
        "Check that each is an event; `scr check --verbose` lists them.",
        "warning",
    )
