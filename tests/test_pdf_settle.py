"""PDF copies are byte-identical between builds (issue 17.8): LibreOffice's stamps are fixed."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from pipeline.pack import settle_pdf

PDF = (
    b"%%PDF-1.4\n1 0 obj <</Title(IMR)/Producer(LibreOffice 7.4)/CreationDate(D:%sZ')>>\n"
    b"endobj\n%s\ntrailer\n<</Size 2/Info 1 0 R\n/ID [ <%s>\n<%s> ]\n"
    b"/DocChecksum /%s\n>>\nstartxref\n9\n%%%%EOF\n"
)


def made(tmp_path: Path, name: str, stamp: bytes, ident: bytes, body: bytes = b"BT ET") -> Path:
    path = tmp_path / name
    path.write_bytes(PDF % (stamp, body, ident, ident, ident[::-1]))
    return path


def test_two_conversions_at_different_times_give_the_same_bytes(tmp_path):
    first = made(tmp_path, "a.pdf", b"20261203083659", b"17F9BFC0435B9B95EE653DE91C23783B")
    second = made(tmp_path, "b.pdf", b"20261204101112", b"9D484006791C0DCD4D8B8BD80DBB574C")
    sizes = first.stat().st_size, second.stat().st_size
    settle_pdf(first)
    settle_pdf(second)
    assert first.read_bytes() == second.read_bytes()
    assert (first.stat().st_size, second.stat().st_size) == sizes  # offsets stay right
    assert b"D:20000101000000" in first.read_bytes()


def test_different_content_keeps_different_ids(tmp_path):
    first = made(tmp_path, "a.pdf", b"20261203083659", b"0" * 32, b"BT (Child A) ET")
    second = made(tmp_path, "b.pdf", b"20261203083659", b"0" * 32, b"BT (Child B) ET")
    settle_pdf(first)
    settle_pdf(second)
    assert first.read_bytes() != second.read_bytes()


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_libreoffice_pdfs_of_one_file_are_identical(tmp_path, sample_dir):
    from pipeline.pack import PdfCopies

    pdfs = []
    for run in ("one", "two"):
        source = tmp_path / run / "gp.docx"
        source.parent.mkdir()
        shutil.copy(sample_dir / "imrs" / "gp.docx", source)
        with PdfCopies(tmp_path / run / "pdf") as copies:
            copies.start([source])
            [pdf] = copies.wait()
        pdfs.append(pdf.read_bytes())
    assert pdfs[0] == pdfs[1]
    assert b"D:20000101000000" in pdfs[0]


FAKE_OFFICE = """#!/bin/sh
# Stands in for LibreOffice: logs the Word files of each start, waits at the first start
# until the test lets it go (so later batches queue up), and writes a PDF for each file.
out=""; docs=""; take=""
for arg in "$@"; do
    if [ -n "$take" ]; then out="$arg"; take=""; continue; fi
    case "$arg" in
        --outdir) take=1 ;;
        *.docx) docs="$docs $(basename "$arg" .docx)" ;;
    esac
done
echo "$docs" >> "{log}"
if [ ! -e "{gate}" ]; then
    touch "{started}"
    while [ ! -e "{gate}" ]; do sleep 0.05; done
fi
mkdir -p "$out"
for doc in $docs; do printf '%%PDF-1.4\\n%%%%EOF\\n' > "$out/$doc.pdf"; done
"""


def test_batches_queued_while_libreoffice_works_share_one_start(tmp_path):
    from pipeline.pack import PdfCopies

    log, gate, started = tmp_path / "starts", tmp_path / "go", tmp_path / "started"
    program = tmp_path / "soffice"
    program.write_text(FAKE_OFFICE.format(log=log, gate=gate, started=started))
    program.chmod(0o755)
    words = tmp_path / "word"
    (words / "again").mkdir(parents=True)
    imr, chronology, report, clash = (
        words / "gp.docx",
        words / "chronology.docx",
        words / "report.docx",
        words / "again" / "chronology.docx",
    )
    with PdfCopies(tmp_path / "pdf") as copies:
        copies.program = str(program)
        copies.start([imr])
        for _ in range(2000):  # until LibreOffice has the first batch (not a time limit)
            if started.exists():
                break
            threading.Event().wait(0.01)
        copies.start([chronology])
        copies.start([report])
        copies.start([clash])  # a second "chronology.pdf" cannot share that folder
        gate.touch()
        made = copies.wait()
    assert log.read_text().split("\n") == [" gp", " chronology report", " chronology", ""]
    assert [pdf.name for pdf in made] == [
        "gp.pdf",
        "chronology.pdf",
        "report.pdf",
        "chronology.pdf",
    ]
