"""Determinism (issue 8.3): the same inputs give the same text in every output, every run.

Word files are compared as ``dump_docx`` text, CSV and Markdown as text, SVG and Graphviz as
text with volatile ids removed, and the pseudonym key as YAML. Two fresh folders, two runs.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import hostile
import pytest

from pipeline.documents.dump import dump_docx

SAMPLE = hostile.REPO / "samples" / "review"
VOLATILE = (
    re.compile(r'\b(id|href|xlink:href|clip-path|url)\s*=\s*"[^"]*"'),
    re.compile(r"url\(#[^)]*\)"),
    re.compile(r"<dc:date>[^<]*</dc:date>"),
    re.compile(r"Made on \d{1,2} \w+ \d{4}"),
)


def text_of(path: Path) -> str:
    """A file's comparable text: a dump for Word, text with volatile ids removed otherwise."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return dump_docx(path)
    if suffix in (".csv", ".md", ".yaml", ".dot", ".txt", ".svg"):
        text = path.read_text(encoding="utf-8")
        for pattern in VOLATILE:
            text = pattern.sub("", text)
        return text
    return ""  # pictures, zips, spreadsheets: their sources are compared above


def snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): text_of(p)
        for p in sorted(root.rglob("*"))
        if p.is_file() and text_of(p)
    }


def fresh_copy(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copytree(SAMPLE, target, ignore=shutil.ignore_patterns("out", "private"))
    return target


def test_chronology_and_genogram_are_the_same_in_two_fresh_folders(tmp_path):
    from chronology.merge import merge
    from chronology.outputs import write_csv, write_docx
    from chronology.summary import summarise
    from genogram import render
    from pipeline.family import family_of
    from pipeline.review import load_review
    from pipeline.stages import subject_names

    snapshots = []
    for name in ("first", "second"):
        review = load_review(fresh_copy(tmp_path, name))
        out = tmp_path / f"{name}-out"
        out.mkdir()
        chronology = merge(review.imrs, subject=subject_names(review.case)).chronology
        write_csv(chronology, out / "integrated-chronology.csv")
        write_docx(
            chronology,
            summarise(chronology, review.case.review.incident),
            out / "integrated-chronology.docx",
            title="Integrated chronology",
        )
        render(family_of(review.case), out)
        snapshots.append(snapshot(out))
    assert snapshots[0].keys() == snapshots[1].keys()
    assert len(snapshots[0]) >= 4
    for key in snapshots[0]:
        assert snapshots[0][key] == snapshots[1][key], f"{key} differs between runs"


def test_pseudonyms_are_the_same_in_two_fresh_folders(tmp_path):
    from pipeline.case.loader import load_case
    from pipeline.pseudonyms import kinship_pseudonyms

    first = kinship_pseudonyms(load_case(fresh_copy(tmp_path, "a") / "case.yaml"))
    second = kinship_pseudonyms(load_case(fresh_copy(tmp_path, "b") / "case.yaml"))
    assert first == second and len(first) >= 8


@pytest.mark.slow
def test_two_builds_of_the_sample_give_the_same_text_and_pseudonyms(tmp_path):
    snapshots, keys = [], []
    for name in ("first", "second"):
        review = fresh_copy(tmp_path, name)
        run = hostile.run_scr("build", "--no-pdf", review, timeout=600)
        assert run.code == 0, run.output[-2000:]
        snapshots.append(snapshot(review / "out"))
        keys.append((review / "private" / "key.yaml").read_text(encoding="utf-8"))
    assert keys[0] == keys[1]
    assert snapshots[0].keys() == snapshots[1].keys()
    for key in snapshots[0]:
        assert snapshots[0][key] == snapshots[1][key], f"{key} differs between two builds"
