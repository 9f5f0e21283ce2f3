"""A generator of IMR layouts as other agencies write them, for property tests of the reader.

Not a test module (pytest does not collect it): ``tests/test_reader_layouts.py`` draws layouts
from the hypothesis strategies here, builds each as a Word file, reads it with the reader and
checks that every generated entry comes out exactly once with its date.

A layout is drawn, not listed: the column order, the header wordings (a listed synonym or a
wording nobody listed), a group header over the real one, date cells merged over same-day rows,
divider rows written across the table, the chronology split over tables (with no header, or with
the header typed again), a header typed again partway, bullet lists and nested tables in event
cells, the dates in every habit (ranges, weekdays, "w/c", "c.", seasons, "?/06/2024", times in the
cell or in their own column), the tables that are not chronologies around it, and the narrative
IMR with its dated paragraphs among prose that mentions dates.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.oxml import parse_xml
from hypothesis import strategies as st

from chronology.headers import canonical

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# header wordings: listed synonyms, and wordings nobody listed (placed by what the cells hold)
LISTED = {
    "date": ("Date", "Date of contact", "Event date", "Date/time", "When"),
    "time": ("Time", "Time of contact"),
    "source": ("Source of information", "Practitioner", "Staff member", "Recorded by", "Worker"),
    "event": ("Details of contact", "What happened", "Event", "Summary of contact", "Narrative"),
    "action": ("Action taken", "Outcome", "Outcome / action", "Next steps"),
}
UNLISTED = {
    "date": ("Day recorded", "Happened on", "Occurred"),
    "time": ("Clock", "Hour recorded"),
    "event": ("Nature of involvement", "Account of the contact", "Practice recorded"),
}
MONTHS = [calendar.month_name[m] for m in range(1, 13)]
SUBJECTS = ("The health visitor", "The key worker", "The social worker", "The class teacher")
DOINGS = (
    "visited the family at home and saw the baby in the living room",
    "telephoned the mother about a missed appointment at the clinic",
    "met the father at the office to review the safety plan agreed",
    "attended the core group meeting with the school and the nursery",
    "received a referral from the police about an incident at the flat",
)

# (habit name, can carry a time)
HABITS = (
    "numeric",
    "dotted short",
    "long",
    "ordinal",
    "weekday",
    "iso",
    "week",
    "circa",
    "month",
    "month short",
    "unknown day",
    "between",
    "span",
    "season",
    "term",
)
TIMED = {"numeric", "long", "iso"}


@dataclass(frozen=True)
class Expected:
    """One entry the reader must find: a marker only it holds, its date window, its lines."""

    marker: str
    earliest: date
    latest: date
    lines: tuple[str, ...]


@dataclass
class Built:
    """A layout as body XML, the entries it holds, and what it is made of (for messages)."""

    body: list[str] = field(default_factory=list)
    expected: list[Expected] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def save(self, path: Path) -> Path:
        document = docx.Document()
        body = document.element.body
        section = body[-1]  # keep the section properties last
        for xml in self.body:
            section.addprevious(parse_xml(xml))
        document.save(path)
        return path


def written(day: date, habit: str) -> tuple[str, date, date]:
    """The date as an author writes it in one habit, and the window it names."""
    d, m, y = day.day, day.month, day.year
    month = calendar.month_name[m]
    last = calendar.monthrange(y, m)[1]
    if habit == "numeric":
        return f"{d:02d}/{m:02d}/{y}", day, day
    if habit == "dotted short":
        return f"{d}.{m}.{y % 100:02d}", day, day
    if habit == "long":
        return f"{d} {month} {y}", day, day
    if habit == "ordinal":
        suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return f"{d}{suffix} {month} {y}", day, day
    if habit == "weekday":
        return f"{calendar.day_name[day.weekday()]} {d} {month} {y}", day, day
    if habit == "iso":
        return day.isoformat(), day, day
    if habit == "week":
        monday = day - timedelta(days=day.weekday())
        return f"w/c {monday:%d/%m/%Y}", monday, monday + timedelta(days=6)
    if habit == "circa":
        return f"c. {d} {month} {y}", day, day
    if habit == "month":
        return f"{month} {y}", date(y, m, 1), date(y, m, last)
    if habit == "month short":
        return f"{month[:3]}-{y % 100:02d}", date(y, m, 1), date(y, m, last)
    if habit == "unknown day":
        return f"?/{m:02d}/{y}", date(y, m, 1), date(y, m, last)
    if habit in ("between", "span"):
        end = day + timedelta(days=2)
        if end.month != m:
            return f"{d:02d}/{m:02d}/{y}", day, day
        if habit == "between":
            return f"between {d} and {end.day} {month} {y}", day, end
        return f"{d} - {end.day} {month} {y}", day, end
    if habit == "season":
        season, first = {3: ("Spring", 3), 6: ("Summer", 6), 9: ("Autumn", 9)}.get(
            (m - 3) // 3 * 3 + 3 if 3 <= m <= 11 else 0, (None, 0)
        )
        if season is None:
            return f"{month} {y}", date(y, m, 1), date(y, m, last)
        end = date(y, first + 2, calendar.monthrange(y, first + 2)[1])
        return f"{season} {y}", date(y, first, 1), end
    if habit == "term":
        if 9 <= m <= 12:
            return f"Autumn term {y}", date(y, 9, 1), date(y, 12, 31)
        if 1 <= m <= 3:
            return f"Spring term {y}", date(y, 1, 1), date(y, 4, 30)
        if 5 <= m <= 7:
            return f"Summer term {y}", date(y, 4, 1), date(y, 7, 31)
        return f"{month} {y}", date(y, m, 1), date(y, m, last)
    raise ValueError(habit)


# --- Word XML pieces ------------------------------------------------------------------------


def paragraph(text: str, style: str = "", numbered: bool = False, bold: bool = False) -> str:
    props = ""
    if style or numbered:
        num = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if numbered else ""
        pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
        props = f"<w:pPr>{pstyle}{num}</w:pPr>"
    run_props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p {W_NS}>{props}<w:r>{run_props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def _inner_paragraph(text: str, numbered: bool = False) -> str:
    return paragraph(text, numbered=numbered).replace(f" {W_NS}", "")


def cell(content: str | list[str], span: int = 1, vmerge: str = "", nested: str = "") -> str:
    """A w:tc: text (a list is one paragraph a line, as Word bullets), a span, a merge."""
    props = ""
    if span > 1 or vmerge:
        spanned = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
        merged = {"restart": '<w:vMerge w:val="restart"/>', "continue": "<w:vMerge/>"}.get(
            vmerge, ""
        )
        props = f"<w:tcPr>{spanned}{merged}</w:tcPr>"
    if isinstance(content, list):
        inner = "".join(_inner_paragraph(line, numbered=True) for line in content)
    else:
        inner = _inner_paragraph(content)
    if nested:
        inner += nested + _inner_paragraph("")
    return f"<w:tc>{props}{inner}</w:tc>"


def row(cells: list[str], header: bool = False) -> str:
    props = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return f"<w:tr>{props}{''.join(cells)}</w:tr>"


def table(rows: list[str], width: int, nested: bool = False) -> str:
    grid = "".join('<w:gridCol w:w="1500"/>' for _ in range(width))
    ns = "" if nested else f" {W_NS}"
    return f"<w:tbl{ns}><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def plain_table(rows: list[list[str]]) -> str:
    width = max(len(r) for r in rows)
    return table([row([cell(c) for c in r]) for r in rows], width)


# tables that are not chronologies although they hold dates
OTHER_TABLES = (
    [["Version", "Date", "Author", "Changes"], ["0.1", "03/04/2025", "A. Writer", "First draft"]],
    [["Name", "Role", "Signature", "Date"], ["A. Writer", "IMR author", "(signed)", "22/04/2025"]],
    [
        ["Document", "Date(s)", "Held by"],
        ["Case record", "12/05/2024 – 10/03/2025", "Children's services"],
    ],
    [["Term", "Meaning"], ["CIN", "Child in need"], ["TAF", "Team around the family"]],
    [["Name", "Role", "Date interviewed"], ["B. Worker", "Key worker", "08/04/2025"]],
    [["Agency", "Northshire Family Service"], ["Author", "A. Writer"], ["Date", "01/05/2025"]],
)


# --- strategies ------------------------------------------------------------------------------


@st.composite
def entries(draw, at_least: int = 3, at_most: int = 8, timed_ok: bool = True):
    """Entries in date order: (day, habit, time or "", marker, text lines)."""
    count = draw(st.integers(at_least, at_most))
    day = draw(st.dates(date(2022, 1, 1), date(2025, 6, 30)))
    found = []
    habit = ""
    for number in range(count):
        same_day = number and not draw(st.integers(0, 3))
        if number and not same_day:
            day += timedelta(days=draw(st.integers(1, 40)))
        if not same_day:  # rows of one day are written alike (a merged date cell needs it)
            habit = draw(st.sampled_from(HABITS))
        when = ""
        if timed_ok and habit in TIMED and draw(st.booleans()):
            when = f"{draw(st.integers(8, 18)):02d}:{draw(st.sampled_from(['00', '15', '30']))}"
        marker = f"ref E{number + 1:02d}"
        text = f"{draw(st.sampled_from(SUBJECTS))} {draw(st.sampled_from(DOINGS))} ({marker})."
        lines = [text]
        if draw(st.integers(0, 5)) == 0:
            lines += [f"Plan agreed with the family ({marker} b).", f"Review booked ({marker} c)."]
        found.append((day, habit, when, marker, lines))
    return found


def _wording(draw, kind: str) -> str:
    if kind in UNLISTED and draw(st.integers(0, 2)) == 0:
        text = draw(st.sampled_from(UNLISTED[kind]))
        assert canonical(text) is None, text
        return text
    return draw(st.sampled_from(LISTED[kind]))


@st.composite
def table_layouts(draw) -> Built:
    """A chronology in one or more tables, with other tables around it."""
    built = Built()
    drawn = draw(entries())
    kinds = ["date", "event"] + [k for k in ("source", "time", "action") if draw(st.booleans())]
    order = draw(st.permutations(kinds))
    heads = {kind: _wording(draw, kind) for kind in order}
    if heads["date"] in UNLISTED["date"] and "time" in heads and heads["time"] in UNLISTED["time"]:
        heads["time"] = "Time"  # two unnamed columns of dates and times: one is named
    width = len(order)
    built.notes.append(f"columns {[heads[k] for k in order]}")
    for other in draw(st.lists(st.sampled_from(OTHER_TABLES), max_size=2)):
        built.body.append(plain_table(other))
    two_row = draw(st.booleans())
    header_rows = []
    if two_row:
        built.notes.append("group header")
        half = max(1, width // 2)
        header_rows.append(
            row([cell("Contact", span=half), cell("Recording", span=width - half)], header=True)
        )
    header_rows.append(row([cell(heads[k]) for k in order], header=True))
    merge = draw(st.booleans())
    nested_at = draw(st.integers(-1, len(drawn) - 1))
    split_at = draw(st.integers(0, len(drawn) - 1)) if len(drawn) > 2 else 0
    split_kind = draw(st.sampled_from(["none", "bare", "header"]))
    divider_at = draw(st.integers(-1, len(drawn) - 1))
    repeat_at = draw(st.integers(-1, len(drawn) - 1))
    tables: list[list[str]] = [list(header_rows)]
    previous_date = None
    for number, (day, habit, when, marker, lines) in enumerate(drawn):
        if number == split_at and number and split_kind != "none":
            built.notes.append(f"split before entry {number + 1} ({split_kind})")
            tables.append(list(header_rows) if split_kind == "header" else [])
            previous_date = None
        if number == divider_at:
            built.notes.append(f"divider before entry {number + 1}")
            tables[-1].append(row([cell("Case stepped down from this point", span=width)]))
            previous_date = None
        if number == repeat_at and number:
            built.notes.append(f"header typed again before entry {number + 1}")
            tables[-1].append(row([cell(heads[k]) for k in order]))
            previous_date = None
        text, earliest, latest = written(day, habit)
        if when and "time" not in heads:
            text = f"{text} {when}"
        cells = []
        for kind in order:
            if kind == "date":
                same = merge and previous_date == text
                cells.append(cell("" if same else text, vmerge="continue" if same else ""))
            elif kind == "time":
                cells.append(cell(when))
            elif kind == "source":
                cells.append(cell("Case notes"))
            elif kind == "action":
                cells.append(cell("None recorded"))
            else:
                nested = ""
                if number == nested_at:
                    built.notes.append(f"nested table in entry {number + 1}")
                    nested = table([row([cell("Item"), cell("Amount")])], 2, nested=True)
                cells.append(cell(lines if len(lines) > 1 else lines[0], nested=nested))
        if merge and previous_date != text:
            # the first of a run of same-day rows restarts the merge
            date_index = order.index("date")
            restart = '<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>'
            cells[date_index] = cells[date_index].replace("<w:tc>", restart, 1)
        previous_date = text
        tables[-1].append(row(cells))
        built.expected.append(Expected(marker, earliest, latest, tuple(lines)))
    for number, rows in enumerate(tables):
        if number:
            built.body.append(paragraph("Continued after a page break."))
        built.body.append(table(rows, width))
    for other in draw(st.lists(st.sampled_from(OTHER_TABLES), max_size=2)):
        built.body.append(plain_table(other))
    return built


NARRATIVE_FORMS = ("On {date} {text}", "{date} – {text}", "{date}: {text}", "{date} - {text}")


@st.composite
def narrative_layouts(draw) -> Built:
    """A narrative IMR: dated paragraphs (or dated headings with paragraphs under them, or
    dated bullets) under a chronology heading, among prose that mentions dates."""
    built = Built()
    drawn = draw(entries(at_least=3, at_most=7, timed_ok=False))
    built.body.append(paragraph("Individual Management Review", style="Title"))
    built.body.append(paragraph("1. Introduction", style="Heading1"))
    built.body.append(
        paragraph("The review was requested by the board on 31 March 2025 and covers two years.")
    )
    section = draw(st.sampled_from(["Chronology of involvement", "What the service did"]))
    built.body.append(paragraph(f"2. {section}", style="Heading1"))
    built.notes.append(f"section '{section}'")
    for day, habit, _, marker, lines in drawn:
        text, earliest, latest = written(day, habit)
        short = (latest - earliest).days <= 7  # a heading naming a season is a period, not an event
        form = draw(st.sampled_from(["paragraph", "heading", "bullet"] if short else ["paragraph"]))
        if form == "heading":
            built.body.append(paragraph(text, style="Heading3"))
            built.body.extend(paragraph(line) for line in lines)
        else:
            shape = draw(st.sampled_from(NARRATIVE_FORMS))
            lead = shape.format(date=text, text=lines[0])
            built.body.append(paragraph(lead, numbered=form == "bullet"))
            lines = lines[:1]
        if draw(st.integers(0, 3)) == 0:
            built.body.append(paragraph("Comment: the worker did not record the child's views."))
        built.expected.append(Expected(marker, earliest, latest, tuple(lines)))
    built.body.append(paragraph("3. Analysis", style="Heading1"))
    built.body.append(
        paragraph(
            f"On {drawn[0][0].day} {MONTHS[drawn[0][0].month - 1]} {drawn[0][0].year} the "
            "service missed a chance to share what it knew with the school and the nursery."
        )
    )
    built.body.append(paragraph("4. Recommendations", style="Heading1"))
    built.body.append(paragraph("Workers record the child's words at every visit."))
    return built
