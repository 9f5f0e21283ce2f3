"""Property tests of the reader over generated IMR layouts (``tests/layouts.py``).

Every generated entry must come out exactly once, with its date inside the window it names,
and nothing else may come out: no row of a table that is not a chronology, no divider, no
header typed again, no prose paragraph that merely mentions a date.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from layouts import Built, narrative_layouts, table_layouts

from chronology.dates import DateError, parse_date
from chronology.reader import read_imr

# small and repeatable: the same examples every run, no example database
LAYOUTS = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _read(built: Built):
    with tempfile.TemporaryDirectory() as folder:
        path = built.save(Path(folder) / "layout.docx")
        return read_imr(path)


def _check(built: Built) -> None:
    imr = _read(built)
    rows = imr.chronology
    described = "; ".join(built.notes)
    for expected in built.expected:
        hits = [r for r in rows if f"({expected.marker})" in r.cells.get("event", "")]
        assert len(hits) == 1, f"{expected.marker} found {len(hits)} times ({described})"
        event = hits[0].cells["event"]
        at = [event.find(line) for line in expected.lines]
        assert all(i >= 0 for i in at) and at == sorted(at), f"{expected.marker}: {event!r}"
        cells = hits[0].cells
        try:
            value = parse_date(cells.get("date", ""), time_text=cells.get("time", ""))
        except DateError as error:
            raise AssertionError(f"{expected.marker}: {error} ({described})") from error
        assert expected.earliest <= value.start <= value.end <= expected.latest, (
            f"{expected.marker}: {cells.get('date')!r} read as {value.start}..{value.end}, "
            f"expected within {expected.earliest}..{expected.latest} ({described})"
        )
    assert len(rows) == len(built.expected), (
        f"{len(rows)} rows for {len(built.expected)} entries ({described}): "
        f"{[r.cells.get('event', '')[:40] for r in rows]}"
    )


@LAYOUTS
@given(table_layouts())
def test_every_entry_of_a_generated_table_layout_comes_out_once_with_its_date(built):
    _check(built)


@LAYOUTS
@given(narrative_layouts())
def test_every_dated_paragraph_of_a_generated_narrative_comes_out_once_with_its_date(built):
    _check(built)


@LAYOUTS
@given(table_layouts())
def test_every_row_of_a_generated_layout_is_accounted_for(built):
    imr = _read(built)
    for table in imr.tables:
        assert table.reason, f"table {table.index} has no reason"
        if table.is_chronology:
            assert table.fates, f"table {table.index} has no row fates"
    entry_rows = sum(t.fates.count("entry") for t in imr.tables if t.is_chronology)
    assert entry_rows == len(imr.chronology)
