"""Measure the integrated chronology by where each row came from, anonymised and personalised.

    .venv/bin/python benchmarks/chronology_by_origin.py [SUITE ...] [--json FILE]

A SUITE is a folder holding ``review/`` and ``gold.csv`` in the westmoor scorer's columns
(``file, table, row, date_earliest, date_latest`` and the four flags); without one, the two
blind reviews in ``tests/data`` and ``../shared/corpus/westmoor`` (when present) are measured.
Each review is copied to a temporary folder and ``scr chronology --personalised`` is run once;
``out/integrated-chronology.csv`` (anonymised) and ``private/integrated-chronology.csv`` (real
names) are then scored the same way, by origin, so the anonymised output, whose event text no
longer holds the names of the gold, is measured as fully as the real one:

- completeness: each gold origin (file, table, row) given by exactly as many output rows as the
  gold has entries there (two contacts in one cell are two entries); rows at an origin the gold
  does not have are extra (a non-chronology table, a divider, a header);
- dates: the output date of each gold entry lies in [date_earliest, date_latest];
- inversions: places where an output row is dated before the row above it;
- flags: F1 of "yes" for each of the four flags, by origin.

Origins: the CSV's ``origin_table`` and ``origin_row`` count as a user does (1-based; every
table in reading order, a nested one after its parent; table 0 is a paragraph outside any
table, ``origin_row`` its number). The gold counts from 0, top-level tables only, and
narrative paragraphs as table -1; ``GoldPlaces`` converts by reading the Word file. The
anonymised ``origin_file`` may differ from the real file name (a name in it is replaced): it
is matched to the closest file of the review.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import difflib
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

from pipeline import dates
from pipeline.ooxml.word import MAIN_PART, parse_part, read_word_parts
from pipeline.ooxml.xml import qn

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CSV_NAME = "integrated-chronology.csv"
FLAGS = ("child_seen", "seen_alone", "wishes_sought", "wishes_expressed")
DEFAULT_SUITES = (
    ROOT / "tests" / "data" / "blind-review-harrowfield",
    ROOT / "tests" / "data" / "blind-review-imrs2",
    ROOT.parent / "shared" / "corpus" / "westmoor",
)
MC_FALLBACK = qn("mc:Fallback")


@dataclass(frozen=True)
class Score:
    """One view of one review, scored by origin."""

    gold: int  # gold entries
    rows: int  # output rows
    found: int  # gold entries whose origin has exactly as many rows as the gold has entries
    missing: int  # gold entries with no row at their origin
    duplicated: int  # rows beyond the gold's count at a gold origin
    extra: int  # rows at an origin the gold does not have
    dates_right: int  # gold entries whose output date lies in their window
    inversions: int
    flags_f1: dict[str, float]

    @property
    def dates_pct(self) -> float:
        return 100.0 * self.dates_right / self.gold if self.gold else 100.0

    def line(self) -> str:
        flags = min(self.flags_f1.values()) if self.flags_f1 else 0.0
        return (
            f"completeness={self.found}/{self.gold + self.extra + self.duplicated} "
            f"dates={self.dates_pct:.1f}% inversions={self.inversions} flagsF1={flags:.3f} "
            f"(missing {self.missing}, duplicated {self.duplicated}, extra {self.extra})"
        )


# --- where a row is, in the gold's numbering -------------------------------------------------


class GoldPlaces:
    """Turn an output origin (1-based, nested tables counted) into the gold's (0-based, top-level)."""

    def __init__(self, review: Path):
        self.files = sorted(p.name for p in (review / "imrs").glob("*.docx"))
        self._tables: dict[str, dict[int, int | None]] = {}
        self._review = review

    def file(self, shown: str) -> str:
        """The review's file that an output file name (perhaps anonymised) stands for."""
        if shown in self.files:
            return shown
        best = difflib.get_close_matches(shown, self.files, n=1, cutoff=0.0)
        return best[0] if best else shown

    def place(self, shown_file: str, table: int, row: int) -> tuple[str, int, int]:
        """(file, table, row) as the gold writes them; a nested table gets a number of its own."""
        name = self.file(shown_file)
        if table == 0:
            return name, -1, row - 1
        top = self._top_level(name).get(table)
        return name, (-1000 - table if top is None else top), row - 1

    def _top_level(self, name: str) -> dict[int, int | None]:
        if name not in self._tables:
            self._tables[name] = top_level_tables(self._review / "imrs" / name)
        return self._tables[name]


def top_level_tables(path: Path) -> dict[int, int | None]:
    """Map each table's 1-based reading-order number to its index in ``document.tables``.

    A nested table (or one in a text box) maps to None: the gold does not count it.
    """
    parts = read_word_parts(path, wanted=lambda name: name == MAIN_PART)
    root = parse_part(parts[MAIN_PART], MAIN_PART)
    body = root.find(qn("w:body"))
    tables = [t for t in root.iter(qn("w:tbl")) if not _in_fallback(t)]
    found, top = {}, 0
    for number, table in enumerate(tables, 1):
        if table.getparent() is body:
            found[number] = top
            top += 1
        else:
            found[number] = None
    return found


def _in_fallback(element) -> bool:
    return any(a.tag == MC_FALLBACK for a in element.iterancestors())


# --- reading dates as the output writes them --------------------------------------------------

# the month names (and their short forms) the product's date reader knows; only the table
MONTHS = dates.MONTHS


def output_window(text: str) -> tuple[dt.date, dt.date] | None:
    """The earliest and latest day an output date cell allows; None when it cannot be read.

    Read independently of the product's own date reader, as the westmoor scorer reads them:
    ISO, dd/mm/yyyy, "3 March 2024", "(early|mid|late) March 2024", a bare year.
    """
    t = re.sub(r"\s+", " ", text or "").strip().lower()
    try:
        iso = re.findall(r"(?<!\d)(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?!\d)", t)
        if iso:
            spans = [_iso(int(y), int(m), d, t) for y, m, d in iso]
            return spans[0][0], spans[-1][1]
        days = re.findall(r"(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)", t)
        if days:
            found = [dt.date(int(y), int(m), int(d)) for d, m, y in days]
            return found[0], found[-1]
        m = re.search(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})(?!\d)", t)
        if m and m.group(2) in MONTHS:
            day = dt.date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
            return day, day
        m = re.search(r"(?:\b(early|mid|late)\s+)?\b([a-z]+)\.?\s+(\d{4})(?!\d)", t)
        if m and m.group(2) in MONTHS:
            year, month = int(m.group(3)), MONTHS[m.group(2)]
            return _qualified(dt.date(year, month, 1), _month_end(year, month), m.group(1))
        m = re.fullmatch(r"[~?]?\s*(?:c\.|circa|approx\.?)?\s*(\d{4})\s*\??", t)
        if m:
            return dt.date(int(m.group(1)), 1, 1), dt.date(int(m.group(1)), 12, 31)
    except ValueError:
        return None
    return None


def _iso(year: int, month: int, day: str, text: str) -> tuple[dt.date, dt.date]:
    if day:
        found = dt.date(year, month, int(day))
        return found, found
    q = re.search(r"\b(early|mid|late)\b", text)
    return _qualified(dt.date(year, month, 1), _month_end(year, month), q and q.group(1))


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)


def _qualified(first: dt.date, last: dt.date, qualifier: str | None):
    if qualifier == "early":
        return first, min(last, first.replace(day=10))
    if qualifier == "mid":
        return first.replace(day=11), first.replace(day=20)
    if qualifier == "late":
        return first.replace(day=21), last
    return first, last


# --- scoring ----------------------------------------------------------------------------------


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


ORIGIN_TEXT = re.compile(
    r"^(?P<file>.*), (?:table (?P<table>\d+), row (?P<row>\d+)|paragraph (?P<p>\d+))$"
)


def origin_of(row: dict[str, str]) -> tuple[str, int, int]:
    """(file, table, row) of an output row: its origin columns, or its "origin" text in a CSV
    written before they existed ("a.docx, table 2, row 5", "a.docx, paragraph 12")."""
    if row.get("origin_file"):
        return row["origin_file"], int(row["origin_table"]), int(row["origin_row"])
    m = ORIGIN_TEXT.match(row.get("origin", ""))
    if m is None:
        return row.get("origin", ""), -1, -1
    if m.group("p"):
        return m.group("file"), 0, int(m.group("p"))
    return m.group("file"), int(m.group("table")), int(m.group("row"))


def score(gold: list[dict[str, str]], rows: list[dict[str, str]], places: GoldPlaces) -> Score:
    """Score output ``rows`` (the chronology CSV) against ``gold`` by origin."""
    wanted = defaultdict(list)
    for entry in gold:
        wanted[(entry["file"], int(entry["table"]), int(entry["row"]))].append(entry)
    given = defaultdict(list)
    for row in rows:
        given[places.place(*origin_of(row))].append(row)
    found = missing = duplicated = dates_right = 0
    pairs: list[tuple[dict, dict | None]] = []
    for key, entries in wanted.items():
        out = given.get(key, [])
        found += len(entries) if len(out) == len(entries) else 0
        missing += max(0, len(entries) - len(out))
        duplicated += max(0, len(out) - len(entries))
        matched = _pair(entries, out)
        pairs += matched
        dates_right += sum(_date_right(g, r) for g, r in matched)
    extra = sum(len(out) for key, out in given.items() if key not in wanted)
    return Score(
        gold=len(gold),
        rows=len(rows),
        found=found,
        missing=missing,
        duplicated=duplicated,
        extra=extra,
        dates_right=dates_right,
        inversions=inversions(rows),
        flags_f1={flag: _f1(pairs, flag) for flag in FLAGS},
    )


def _pair(entries: list[dict], out: list[dict]) -> list[tuple[dict, dict | None]]:
    """Gold entries at one origin with the rows there, in date order (two contacts in a cell)."""
    entries = sorted(entries, key=lambda g: g["date_earliest"])
    out = sorted(out, key=lambda r: (output_window(r["date"]) or (dt.date.max,))[0])
    return [(g, out[i] if i < len(out) else None) for i, g in enumerate(entries)]


def _date_right(entry: dict, row: dict | None) -> bool:
    window = output_window(row["date"]) if row else None
    if window is None:
        return False
    low, high = (
        dt.date.fromisoformat(entry["date_earliest"]),
        dt.date.fromisoformat(entry["date_latest"]),
    )
    return low <= window[0] <= high


def inversions(rows: list[dict[str, str]]) -> int:
    """Places where a row's date starts before the row above it (undated rows skipped)."""
    starts = [w[0] for w in (output_window(r["date"]) for r in rows) if w]
    return sum(after < before for before, after in itertools.pairwise(starts))


def _f1(pairs: list[tuple[dict, dict | None]], flag: str) -> float:
    counts = Counter()
    for entry, row in pairs:
        truth = entry.get(flag, "") == "yes"
        given = bool(row) and row.get(flag, "") == "yes"
        counts["tp"] += truth and given
        counts["fp"] += given and not truth
        counts["fn"] += truth and not given
    if not counts["tp"]:
        return 1.0 if not counts["fp"] and not counts["fn"] else 0.0
    return 2 * counts["tp"] / (2 * counts["tp"] + counts["fp"] + counts["fn"])


# --- running scr ------------------------------------------------------------------------------


def measure(suite: Path, scr: Path | None = None) -> dict[str, Score]:
    """Run ``scr chronology --personalised`` on a copy of ``suite/review``; score both views.

    Raises RuntimeError naming the suite when scr fails or writes no CSV.
    """
    scr = scr or ROOT / ".venv" / "bin" / "scr"
    gold = read_csv(suite / "gold.csv")
    with tempfile.TemporaryDirectory(prefix="scr-by-origin-") as temporary:
        review = Path(temporary) / "review"
        shutil.copytree(suite / "review", review, ignore=shutil.ignore_patterns("out", "private"))
        env = {**os.environ, "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""}
        run = subprocess.run(
            [str(scr), "chronology", str(review), "--personalised"],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        views = {
            "anonymised": review / "out" / CSV_NAME,
            "personalised": review / "private" / CSV_NAME,
        }
        if run.returncode != 0 or not all(p.is_file() for p in views.values()):
            raise RuntimeError(
                f"{suite.name}: scr chronology exited {run.returncode}: {run.stderr}"
            )
        places = GoldPlaces(review)
        return {view: score(gold, read_csv(path), places) for view, path in views.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("suites", nargs="*", type=Path, help="folders with review/ and gold.csv")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    suites = args.suites or [s for s in DEFAULT_SUITES if (s / "gold.csv").is_file()]
    results = {}
    for suite in suites:
        results[suite.name] = measure(suite)
        for view, found in results[suite.name].items():
            print(f"{suite.name:28} {view:13} {found.line()}")
    if args.json:
        data = {
            s: {v: asdict(x) | {"dates_pct": x.dates_pct} for v, x in r.items()}
            for s, r in results.items()
        }
        args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
