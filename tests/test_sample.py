"""The bundled sample review: the generator is deterministic and the sample has the promised shape."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from docx import Document
from hostile import checksums

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "review"
SCRIPT = ROOT / "samples" / "make_sample.py"


@pytest.fixture(scope="module")
def case() -> dict:
    return yaml.safe_load((SAMPLE / "case.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def imrs(case) -> dict[str, Document]:
    return {a["short"]: Document(str(SAMPLE / a["imr"])) for a in case["agencies"]}


def test_generator_is_deterministic_and_matches_the_committed_sample(tmp_path):
    for run in ("a", "b"):
        subprocess.run(
            [sys.executable, str(SCRIPT), str(tmp_path / run)], check=True, capture_output=True
        )
    assert checksums(tmp_path / "a") == checksums(tmp_path / "b")
    assert checksums(tmp_path / "a") == checksums(SAMPLE)


def test_family_has_eight_to_twelve_people_over_three_generations(case):
    people = {p["id"]: p for p in case["people"]}
    assert 8 <= len(people) <= 12
    assert people[case["review"]["subject"]]["died"]
    assert any(p.get("died") for pid, p in people.items() if pid != "child-a")
    types = {r.get("type") for r in case["relationships"] if r["kind"] == "parent"}
    assert {"birth", "step"} <= types
    kinds = {r["kind"] for r in case["relationships"]}
    assert {"partners", "separated", "divorced"} <= kinds


def test_relationships_and_households_name_known_people(case):
    ids = {p["id"] for p in case["people"]}
    for r in case["relationships"]:
        named = [r["parent"], r["child"]] if r["kind"] == "parent" else r["between"]
        assert set(named) <= ids, r
    for h in case["households"]:
        assert set(h["members"]) <= ids, h
    assert len(case["households"]) == 2


def test_professionals_agencies_and_panel(case):
    agencies = {a["name"] for a in case["agencies"]}
    assert len(case["professionals"]) >= 20
    assert len(agencies) >= 6
    assert {p["agency"] for p in case["professionals"]} <= agencies
    assert 5 <= len(case["panel"]["members"]) <= 7


def test_every_agency_has_an_imr_that_opens(case, imrs):
    assert len(imrs) == len(case["agencies"]) >= 7
    for doc in imrs.values():
        assert doc.tables and doc.paragraphs


def chronology_rows(doc) -> int:
    """Data rows in the tables whose header row starts with a date column."""
    rows = 0
    for table in doc.tables:
        first = table.rows[0].cells[0].text.strip().lower()
        if first.startswith(("date", "when", "contact date")) and len(table.columns) >= 4:
            rows += len(table.rows) - 1
    return rows


@pytest.mark.parametrize(
    "short", ["CSC", "Police", "Health Visiting", "GP", "ED", "Education", "Housing", "Probation"]
)
def test_each_imr_has_a_chronology_of_30_to_80_entries(imrs, short):
    assert 30 <= chronology_rows(imrs[short]) <= 80


def test_chair_is_named_in_the_imrs(case, imrs):
    chair = case["panel"]["chair"]["name"]
    texts = ["\n".join(p.text for p in d.paragraphs) for d in imrs.values()]
    assert sum(chair in t for t in texts) >= 5


def test_core_properties_carry_the_childs_name(imrs):
    assert sum("Ashworth" in d.core_properties.title for d in imrs.values()) >= 6


def test_author_sections_use_headings(tmp_path):
    texts = sorted((SAMPLE / "text").glob("*.md"))
    assert len(texts) >= 4
    for path in texts:
        assert path.read_text(encoding="utf-8").startswith("# ")
