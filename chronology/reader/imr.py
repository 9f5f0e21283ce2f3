"""Read one IMR Word file into an ``Imr``: cover, outline sections, tables, chronology, plan.

Reading collects problems (no chronology, no source column, empty rows) and carries on; only a
file that cannot be opened at all raises ``pipeline.ooxml.word.WordFileRefused`` (an ``InputError``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from chronology.cover import complete_cover, tidy_cover
from chronology.dates import DateError, parse_date
from chronology.reader.context import Context, table_contexts, with_context
from chronology.reader.narrative import heading_level, narrative_note, read_narrative
from chronology.reader.sections import (
    read_cover,
    read_recommendations,
    recommendations_from_plan,
    split_sections,
    title_agency,
)
from chronology.reader.tables import (
    action_plan_rows,
    chronology_rows,
    continuation_note,
    no_chronology,
    read_table,
)
from chronology.reader.wordml import (
    all_tables,
    body_blocks,
    read_grid,
    read_paragraph,
    story_paragraph_texts,
    style_names,
    table_parents,
    text_boxes,
    w,
)
from chronology.records import Imr, Table
from pipeline.ooxml.places import part_kind
from pipeline.ooxml.word import MAIN_PART, parse_part, read_word_parts

log = logging.getLogger(__name__)

MAIN = MAIN_PART
STYLES = "word/styles.xml"
OTHER_STORIES = frozenset({"header", "footer", "footnotes", "endnotes"})  # part kinds
COVER_PARAGRAPHS = 40


def _wanted(name: str) -> bool:
    return name in (MAIN, STYLES) or _other_story(name)


def _other_story(name: str) -> bool:
    return part_kind(name).kind in OTHER_STORIES


def read_imr(path: Path, agency: str | None = None) -> Imr:
    """Read an IMR; ``agency`` overrides the one named on its cover or title.

    The agency is, in order: the given name, the cover's "Agency" entry, the title
    ("Individual Management Review: <agency>"), the file name without its extension.
    Raises ``pipeline.ooxml.word.WordFileRefused`` (an ``InputError``) when the file is not a readable .docx.
    """
    path = Path(path)
    parts = read_word_parts(path, _wanted)
    document = parse_part(parts[MAIN], MAIN)
    body = document.find(w("body"))
    body = body if body is not None else document
    styles = style_names(parse_part(parts[STYLES], STYLES)) if STYLES in parts else {}
    paragraphs = [read_paragraph(p) for p in body_blocks(body) if p.tag == w("p")]
    contexts = table_contexts(
        document, lambda p, _text: heading_level(read_paragraph(p), styles) is not None
    )
    tables, chronology, plan, problems = _read_tables(document, path.name, contexts)
    sections = split_sections(paragraphs, styles)
    narrative = read_narrative(paragraphs, styles, path.name, _table_days(chronology))
    chronology = [*chronology, *narrative.rows]
    if narrative.rows:
        problems.append(narrative_note(path.name, narrative.rows))
    elif not any(t.is_chronology for t in tables):
        problems.append(no_chronology(path.name, len(tables)))
    cover_rows = [
        row
        for t in tables
        if not (t.is_chronology or t.is_action_plan)
        for row in (t.header, *t.rows)
    ]
    cover_lines = paragraphs[:COVER_PARAGRAPHS]
    others = [(t.header, *t.rows) for t in tables if not (t.is_chronology or t.is_action_plan)]
    cover = read_cover(cover_rows, cover_lines)
    cover = tidy_cover(complete_cover(cover, [p.text for p in cover_lines], others))
    agency = agency or cover.get("agency") or title_agency(paragraphs) or path.stem
    recommendations = read_recommendations(
        paragraphs, sections, agency
    ) or recommendations_from_plan(plan, agency)
    log.debug("read %d tables, %d chronology rows", len(tables), len(chronology))
    return Imr(
        path=path,
        agency=agency,
        author=cover.get("author", ""),
        author_role=cover.get("author_role", ""),
        dates={k: v for k, v in cover.items() if k.startswith("date")},
        sections=sections,
        tables=tuple(tables),
        chronology=tuple(chronology),
        recommendations=recommendations,
        action_plan=tuple(plan),
        other_text=_other_text(parts, document),
        problems=tuple(problems),
        narrative_account=narrative.account,
    )


def _table_days(rows) -> set:
    """The first days of the dates in the chronology tables (a narrative retelling them is
    not read again)."""
    days = set()
    for row in rows:
        try:
            days.add(parse_date(row.cells.get("date", ""), year=row.year).start)
        except (DateError, ValueError):
            continue
    return days


def _read_tables(document, file: str, contexts: list[Context]):
    """Every table in reading order, with the chronology rows and action-plan rows they hold."""
    tables: list[Table] = []
    chronology, plan, problems = [], [], []
    found = all_tables(document)
    last: Table | None = None  # the table in the body just before this one
    for index, (tbl, parent) in enumerate(zip(found, table_parents(found)), start=1):
        # a table in a chronology's cell is part of that row; in a layout table it stands alone
        inside = parent if parent and tables[parent - 1].is_chronology else 0
        previous = last if last is not None and last.is_chronology and not inside else None
        table = read_table(read_grid(tbl), index, previous, inside)
        if not parent and not (last is not None and last.is_chronology and _is_note(table)):
            last = table  # a one-row note between two parts of a chronology does not end it
        if table.is_chronology and previous is not None and table.header is previous.header:
            problems.append(continuation_note(file, index, previous.index))
        tables.append(table)
        if table.is_chronology:
            rows, found_problems = chronology_rows(table, file)
            context = contexts[index - 1] if index - 1 < len(contexts) else Context()
            chronology += with_context(rows, context)
            problems += found_problems
        elif table.is_action_plan:
            plan += action_plan_rows(table)
    return tables, chronology, plan, problems


def _is_note(table: Table) -> bool:
    """A one-row table holding one text (a key to abbreviations, a caption), not a chronology."""
    rows = [table.header, *table.rows] if table.header else list(table.rows)
    return (
        not table.is_chronology
        and len(rows) == 1
        and len({cell.strip() for cell in rows[0] if cell.strip()}) <= 1
    )


def _other_text(parts: dict[str, bytes], document) -> tuple[str, ...]:
    """Text of headers, footers, footnotes, endnotes and text boxes, each line once."""
    texts: list[str] = []
    for name in sorted(n for n in parts if _other_story(n)):
        texts += story_paragraph_texts(parse_part(parts[name], name))
    for box in text_boxes(document):
        texts += story_paragraph_texts(box)
    return tuple(dict.fromkeys(texts))
