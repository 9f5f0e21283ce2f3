"""The README's main command on the bundled sample: `scr demo` makes a pack you could send.

The build runs once for the module (it loads the language model and converts to PDF). Golden
text dumps of the documents are compared with tests/golden/; set SCR_UPDATE_GOLDEN=1 to rewrite
them after a deliberate change (CI never sets it).
"""

from __future__ import annotations

import csv
import hashlib
import os
import zipfile
from pathlib import Path

import hostile
import pytest

from pipeline.documents.dump import dump_docx

pytestmark = pytest.mark.slow
GOLDEN = Path(__file__).parent / "golden"
DOCUMENTS = ("overview-report", "executive-summary", "action-plan-multi-agency")


@pytest.fixture(scope="module")
def demo(tmp_path_factory, sample_dir):
    before = hostile.checksums(sample_dir)
    folder = tmp_path_factory.mktemp("demo") / "scr-demo"
    run = hostile.run_installed("demo", folder, timeout=1500)
    return folder, run, before


def test_demo_succeeds_and_says_where_the_pack_is(demo):
    folder, run, _ = demo
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    zipped = folder / "out" / "NSCB-SCR-2026-01-pack.zip"
    assert str(zipped) in run.stdout and zipped.is_file()


def test_the_pack_holds_every_document_and_a_true_manifest(demo):
    folder, _, _ = demo
    pack = folder / "out" / "pack"
    names = {p.relative_to(pack).as_posix() for p in pack.rglob("*") if p.is_file()}
    for imr in (
        "csc",
        "police",
        "health-visiting",
        "gp",
        "hospital",
        "education",
        "housing",
        "probation",
    ):
        assert f"imrs/{imr}.docx" in names
    for name in (
        "documents/overview-report.docx",
        "documents/executive-summary.docx",
        "documents/action-plan-multi-agency.docx",
        "chronology-and-genogram/integrated-chronology.docx",
        "chronology-and-genogram/integrated-chronology.csv",
        "chronology-and-genogram/integrated-chronology.xlsx",
        "chronology-and-genogram/genogram.svg",
        "chronology-and-genogram/genogram.png",
        "chronology-and-genogram/timeline.png",
        "verification-report.md",
        "manifest.csv",
    ):
        assert name in names
    assert "documents/action-plan-police.docx" in names
    with (pack / "manifest.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["file"] for row in rows} == names - {"manifest.csv"}
    for row in rows:
        assert hashlib.sha256((pack / row["file"]).read_bytes()).hexdigest() == row["sha256"]
    with zipfile.ZipFile(folder / "out" / "NSCB-SCR-2026-01-pack.zip") as archive:
        assert {n.split("/", 1)[1] for n in archive.namelist()} == names


def test_nothing_private_reaches_the_pack_and_the_inputs_are_untouched(demo, sample_dir):
    folder, _, before = demo
    pack_names = [p.name for p in (folder / "out").rglob("*")]
    for private in ("key.yaml", "redaction-log.csv", "review.csv"):
        assert private not in pack_names
        assert (folder / "private" / private).is_file()
    assert oct((folder / "private" / "key.yaml").stat().st_mode & 0o777) == "0o600"
    assert hostile.checksums(sample_dir) == before
    assert hostile.checksums(folder / "imrs") == {
        k[5:]: v for k, v in before.items() if k.startswith("imrs/")
    }


def test_verify_finds_nothing_in_the_pack_but_finds_names_in_the_originals(demo):
    folder, _, _ = demo
    clean = hostile.run_installed("verify", "--case", folder / "case.yaml", folder / "out")
    assert clean.returncode == 0, clean.stdout
    dirty = hostile.run_installed(
        "verify", "--case", folder / "case.yaml", folder / "imrs" / "csc.docx"
    )
    assert dirty.returncode == 1 and "csc.docx" in dirty.stdout


def test_panel_names_are_kept_where_they_stood(demo):
    folder, _, _ = demo
    text = dump_docx(folder / "out" / "pack" / "documents" / "overview-report.docx")
    for name in ("Dr Eleanor Whitcombe", "Robert Linley", "Angela Fairbrother"):
        assert name in text
    imr = dump_docx(folder / "out" / "pack" / "imrs" / "police.docx")
    assert "Eleanor Whitcombe" in imr


def test_pdf_copies_are_made_when_libreoffice_is_here(demo):
    folder, _, _ = demo
    import shutil

    if not shutil.which("soffice"):
        pytest.skip("LibreOffice is not installed here")
    pdfs = {p.stem for p in (folder / "out" / "pack" / "pdf").glob("*.pdf")}
    assert {"overview-report", "executive-summary", "integrated-chronology", "csc"} <= pdfs


@pytest.mark.parametrize("name", DOCUMENTS)
def test_documents_match_their_golden_text(demo, name):
    folder, _, _ = demo
    text = dump_docx(folder / "out" / "pack" / "documents" / f"{name}.docx")
    golden = GOLDEN / f"{name}.txt"
    if os.environ.get("SCR_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_chronology_csv_matches_its_golden_text(demo):
    folder, _, _ = demo
    text = (folder / "out" / "integrated-chronology.csv").read_text(encoding="utf-8-sig")
    golden = GOLDEN / "integrated-chronology.csv"
    if os.environ.get("SCR_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_every_chronology_row_of_every_imr_is_in_the_csv_exactly_once(demo, sample_dir):
    from collections import Counter

    from chronology.reader import read_imr

    folder, _, _ = demo
    expected: Counter[str] = Counter()
    for path in sorted((sample_dir / "imrs").glob("*.docx")):
        for table in read_imr(path).tables:
            if not table.is_chronology:
                continue
            for number, row in zip(table.row_numbers, table.rows):
                if any(cell.strip() for cell in row):
                    expected[f"{path.name}, table {table.index}, row {number}"] += 1
    with (folder / "out" / "integrated-chronology.csv").open(encoding="utf-8-sig") as handle:
        got = Counter(row["origin"] for row in csv.DictReader(handle))
    assert sum(expected.values()) > 250
    assert got == expected
