"""One trap Word file per leak vector: the planted name must not survive anywhere."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from test_word_builders import IDS, DictionaryDetector, entries, grep
from word_trapfiles import TRAPS, Trap, split_run

from anonymiser.verify import scan
from anonymiser.word import anonymise_docx

IDS_OF = [t.vector for t in TRAPS]


def build(trap: Trap, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return trap.build(folder / "trap.docx")


def anonymised(trap: Trap, tmp_path: Path) -> Path:
    source = build(trap, tmp_path / "in")
    result = anonymise_docx(source, tmp_path / "out" / source.name, DictionaryDetector())
    return result.output


@pytest.mark.parametrize("trap", TRAPS, ids=IDS_OF)
def test_untouched_trap_is_caught_by_verify_and_grep(trap, tmp_path):
    source = build(trap, tmp_path)
    assert any(w == trap.planted for _, w in grep(source, [trap.planted])) == trap.in_bytes
    assert any(trap.planted.lower() in leak.found.lower() for leak in scan([source], IDS))


@pytest.mark.parametrize("trap", TRAPS, ids=IDS_OF)
def test_planted_name_does_not_survive(trap, tmp_path):
    output = anonymised(trap, tmp_path)
    assert scan([output], IDS) == []
    assert grep(output) == []


@pytest.mark.parametrize("trap", TRAPS, ids=IDS_OF)
def test_output_opens_with_python_docx(trap, tmp_path):
    output = anonymised(trap, tmp_path)
    document = docx.Document(str(output))
    assert document.paragraphs is not None


def test_split_run_keeps_formatting_of_first_run(tmp_path):
    source = split_run(tmp_path / "split.docx")
    output = anonymise_docx(source, tmp_path / "out" / "split.docx", DictionaryDetector()).output
    runs = next(p for p in docx.Document(str(output)).paragraphs if "Child A" in p.text).runs
    first = next(r for r in runs if "Child A" in r.text)
    assert first.bold is True
    assert "".join(r.text for r in runs) == "Seen: Child A was well."


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_outputs_open_in_libreoffice(tmp_path):
    outputs = [anonymised(t, tmp_path / str(i)) for i, t in enumerate(TRAPS)]
    pdfs = tmp_path / "pdf"
    for i, output in enumerate(outputs):  # distinct names: one pdf per output
        shutil.copy(output, pdfs.with_name(f"trap{i}.docx"))
    sources = sorted(tmp_path.glob("trap*.docx"))
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(pdfs),
            *map(str, sources),
        ],
        capture_output=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert len(list(pdfs.glob("*.pdf"))) == len(sources)


def test_removed_parts_are_unreferenced(tmp_path):
    trap = next(t for t in TRAPS if t.vector == "comments and author")
    output = anonymised(trap, tmp_path)
    parts = entries(output)
    assert "word/comments.xml" not in parts
    assert b"comments.xml" not in parts["word/_rels/document.xml.rels"]
    assert b"comments+xml" not in parts["[Content_Types].xml"]
    assert b"commentReference" not in parts["word/document.xml"]
