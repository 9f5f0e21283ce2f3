"""The chronology measured by origin (benchmarks/chronology_by_origin.py), and what it reaches.

The scorer is checked on rows made from the gold itself; then `scr chronology` is measured on
each blind review in tests/data, anonymised and personalised. The floors are what the anonymised
output reaches now: a change that loses entries or dates there fails.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import chronology_by_origin as measure

DATA = Path(__file__).parent / "data"
IMRS2 = DATA / "blind-review-imrs2"
# review -> (least share of gold entries given exactly once, least share dated right, most inversions)
FLOORS = {"blind-review-harrowfield": (0.84, 0.83, 1), "blind-review-imrs2": (0.63, 0.61, 1)}


def _gold(suite: Path = IMRS2) -> list[dict[str, str]]:
    return measure.read_csv(suite / "gold.csv")


def _rows_from_gold(gold, places: measure.GoldPlaces, rename=lambda name: name):
    """The CSV rows a perfect chronology would have, numbered as scr numbers them."""
    rows = []
    for entry in sorted(gold, key=lambda g: g["date_earliest"]):
        table, row = int(entry["table"]), int(entry["row"]) + 1
        if table >= 0:
            numbers = measure.top_level_tables(places._review / "imrs" / entry["file"])
            table = next(n for n, top in numbers.items() if top == table)
        else:
            table = 0
        when = date.fromisoformat(entry["date_earliest"])
        rows.append(
            {
                "date": f"{when:%d/%m/%Y}",
                "origin_file": rename(entry["file"]),
                "origin_table": str(table),
                "origin_row": str(row),
                **{flag: entry[flag] for flag in measure.FLAGS},
            }
        )
    return rows


@pytest.fixture(scope="module")
def perfect():
    gold = _gold()
    places = measure.GoldPlaces(IMRS2 / "review")
    return gold, places, _rows_from_gold(gold, places)


def test_a_perfect_chronology_scores_full_marks(perfect):
    gold, places, rows = perfect
    found = measure.score(gold, rows, places)
    assert (found.found, found.missing, found.duplicated, found.extra) == (len(gold), 0, 0, 0)
    assert found.dates_pct == 100.0 and found.inversions == 0
    assert set(found.flags_f1.values()) == {1.0}


def test_anonymised_file_names_are_matched_to_the_review_files(perfect):
    gold, places, _ = perfect
    rows = _rows_from_gold(gold, places, rename=lambda n: n.replace("Kacey P", "Child K"))
    assert any("Child K" in r["origin_file"] for r in rows)
    assert measure.score(gold, rows, places).found == len(gold)


def test_lost_doubled_leaked_and_misdated_rows_are_each_counted(perfect):
    gold, places, rows = perfect
    lost = measure.score(gold, rows[1:], places)
    assert (lost.found, lost.missing) == (len(gold) - 1, 1)
    doubled = measure.score(gold, [*rows, rows[5]], places)
    assert (doubled.found, doubled.duplicated) == (len(gold) - 1, 1)
    leaked = {**rows[0], "origin_row": "1"}  # the header row of a table
    assert measure.score(gold, [*rows, leaked], places).extra == 1
    misdated = [*rows[:3], {**rows[3], "date": "01/01/2001"}, *rows[4:]]
    found = measure.score(gold, misdated, places)
    assert found.dates_right == len(gold) - 1 and found.inversions == 1


def test_the_output_dates_are_read_as_windows():
    assert measure.output_window("w/c 04/03/2024") == (date(2024, 3, 4), date(2024, 3, 4))
    assert measure.output_window("early June 2024") == (date(2024, 6, 1), date(2024, 6, 10))
    assert measure.output_window("March 2024") == (date(2024, 3, 1), date(2024, 3, 31))
    assert measure.output_window("31/02/2024") is None


def test_a_narrative_paragraph_is_table_minus_one_in_the_gold():
    places = measure.GoldPlaces(IMRS2 / "review")
    name = next(n for n in places.files if n.startswith("Early Help"))
    assert places.place(name, 0, 13) == (name, -1, 12)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_anonymised_chronology_reaches_its_floor_and_equals_the_personalised(name):
    views = measure.measure(DATA / name)
    anonymised, personalised = views["anonymised"], views["personalised"]
    once, dated, inversions = FLOORS[name]
    assert anonymised.found >= once * anonymised.gold, anonymised.line()
    assert anonymised.dates_right >= dated * anonymised.gold, anonymised.line()
    assert anonymised.inversions <= inversions, anonymised.line()
    # anonymising changes text, never which rows there are, their dates or their flags
    assert replace(anonymised, flags_f1={}) == replace(personalised, flags_f1={})
    assert anonymised.flags_f1 == personalised.flags_f1


@pytest.mark.parametrize(
    ("row", "origin"),
    [
        ({"origin_file": "a, b.docx", "origin_table": "2", "origin_row": "5"}, ("a, b.docx", 2, 5)),
        ({"origin": "GP IMR, v2.docx, table 3, row 14"}, ("GP IMR, v2.docx", 3, 14)),
        ({"origin": "Early Help IMR.docx, paragraph 12"}, ("Early Help IMR.docx", 0, 12)),
    ],
)
def test_origin_from_its_columns_or_from_the_origin_text_of_an_older_csv(row, origin):
    assert measure.origin_of(row) == origin
