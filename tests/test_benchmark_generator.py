"""The large-review generator of benchmarks/: deterministic by seed, twelve readable IMRs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from chronology.reader import read_imr

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import make_large_review
from corpus import imr_texts

SCALE = 0.02


@pytest.fixture(scope="module")
def small_review(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("large") / "review"
    make_large_review.write_review(11, out, SCALE)
    return out


def test_same_seed_gives_the_same_text(small_review, tmp_path):
    again = tmp_path / "again"
    make_large_review.write_review(11, again, SCALE)
    assert imr_texts(again / "imrs") == imr_texts(small_review / "imrs")
    assert (again / "case.yaml").read_text() == (small_review / "case.yaml").read_text()


def test_another_seed_gives_other_entries(small_review, tmp_path):
    other = tmp_path / "other"
    make_large_review.write_review(12, other, SCALE)
    assert imr_texts(other / "imrs") != imr_texts(small_review / "imrs")


def test_twelve_imrs_each_listed_in_case_yaml(small_review):
    files = sorted(p.name for p in (small_review / "imrs").glob("*.docx"))
    assert len(files) == 12
    case = (small_review / "case.yaml").read_text()
    assert all(f"imrs/{name}" in case for name in files)


@pytest.mark.parametrize("agency", make_large_review.AGENCIES, ids=lambda a: a.short)
def test_reader_finds_every_entry(small_review, agency):
    imr = read_imr(small_review / "imrs" / agency.file)
    assert len(imr.chronology) == make_large_review.size_for(SCALE).entries
    assert not imr.problems


def test_sizes_scale_linearly():
    full, half = make_large_review.size_for(1.0), make_large_review.size_for(0.5)
    assert full.entries >= 300
    assert half.entries * 2 == full.entries
    assert half.paragraphs * 2 == full.paragraphs
