"""The reader over each blind-written review in tests/data: entries found once, dates right.

The reviews were written outside this project, in layouts the reader was not built from; the
thresholds are what the reader reaches now, so a change that loses entries or dates fails.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from chronology.dates import DateError, parse_date
from chronology.reader import read_imr

DATA = Path(__file__).parent / "data"
# review folder -> (least share of gold entries found on exactly one row, least share dated right)
THRESHOLDS = {
    "blind-review-harrowfield": (1.0, 0.99),
    "blind-review-imrs2": (1.0, 0.98),
    "blind-review-imrs3": (1.0, 0.98),
}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[\u2018\u2019\u201c\u201d\"']", "", text)
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    return " ".join(text.split())


def _rows(folder: Path):
    rows = {}
    for path in sorted((folder / "review" / "imrs").glob("*.docx")):
        rows[path.name] = read_imr(path).chronology
    return rows


def _dated_right(row, gold: dict) -> bool:
    try:
        value = parse_date(
            row.cells.get("date", ""),
            time_text=row.cells.get("time", ""),
            year=row.year,
            term_start=row.term_start,
        )
    except DateError:
        return False
    earliest = date.fromisoformat(gold["date_earliest"])
    latest = date.fromisoformat(gold["date_latest"])
    return earliest <= value.start and value.end <= latest


@pytest.mark.parametrize("name", sorted(THRESHOLDS))
def test_blind_review_entries_found_once_with_their_dates(name):
    folder = DATA / name
    with open(folder / "gold.csv", newline="", encoding="utf-8") as handle:
        gold = list(csv.DictReader(handle))
    rows = _rows(folder)
    once = dated = 0
    for entry in gold:
        wanted = _norm(entry["event"])
        hits = [r for r in rows.get(entry["file"], ()) if wanted in _norm(r.cells.get("event", ""))]
        if len(hits) == 1:
            once += 1
            dated += _dated_right(hits[0], entry)
    least_once, least_dated = THRESHOLDS[name]
    out = sum(len(found) for found in rows.values())
    assert out == len(gold), f"{out} rows read for {len(gold)} entries (rows from other tables?)"
    assert once / len(gold) >= least_once, f"{once} of {len(gold)} entries found once"
    assert dated / len(gold) >= least_dated, f"{dated} of {len(gold)} entries dated right"
