"""The submission pack (8.44): the files, a manifest with checksums, PDFs, and one zip."""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import os
import queue
import re
import shutil
import signal
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from pipeline.common import write_atomically, write_with
from pipeline.errors import InputError
from pipeline.ooxml.package import Unreadable, walk, write_entries

log = logging.getLogger(__name__)

ZIP_DATE = (2000, 1, 1, 0, 0, 0)  # fixed, so the same pack gives the same zip
PDF_SECONDS = 600  # for one batch of Word files


@dataclass(frozen=True)
class PackItem:
    path: Path  # inside the pack folder
    kind: str


def write_manifest(pack: Path, items: list[PackItem]) -> Path:
    """Write ``manifest.csv``: file, kind, size and sha256 of everything in the pack."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["file", "kind", "bytes", "sha256"])
    for item in sorted(items, key=lambda i: str(i.path)):
        data = item.path.read_bytes()
        writer.writerow(
            [
                item.path.relative_to(pack).as_posix(),
                item.kind,
                len(data),
                hashlib.sha256(data).hexdigest(),
            ]
        )
    target = pack / "manifest.csv"
    write_atomically(target, buffer.getvalue())
    return target


FIXED_TIME = "2000-01-01T00:00:00Z"
OFFICE_SUFFIXES = (".docx", ".xlsx")
TIMESTAMPS = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def settle_office_file(path: Path) -> None:
    """Make a Word or Excel file's bytes depend on its content only.

    Zip entry times and the created/modified properties are set to one fixed value, so the
    same review gives the same files (and the same manifest checksums) on every run.
    """
    entries = []
    for entry in walk(path.read_bytes(), nested=False):  # the one bounded reader
        if isinstance(entry, Unreadable):
            raise InputError(f"{path}: {entry.name}: {entry.reason}")
        entries.append((entry.name, entry.data))
    settled = [
        (name, TIMESTAMPS.sub(rb"\g<1>" + FIXED_TIME.encode() + rb"\g<3>", data))
        if name == "docProps/core.xml"
        else (name, data)
        for name, data in entries
    ]
    write_with(
        path,
        lambda temporary: write_entries(temporary, settled, date_time=ZIP_DATE, mode=0o644),
        private=_private(path),
    )


def _private(path: Path) -> bool:
    """Whether a file is readable by its owner only, so rewriting it keeps it so."""
    return path.stat().st_mode & 0o077 == 0


PDF_DATES = re.compile(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{4,14})")
PDF_ID = re.compile(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)")
PDF_CHECKSUM = re.compile(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)")
XMP_DATES = re.compile(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(<)")


def settle_pdf(path: Path) -> None:
    """Make a PDF's bytes depend on its content only: LibreOffice's stamps made fixed.

    The creation date becomes 2000-01-01 and the document ID a digest of everything else.
    Every replacement keeps its length, so the cross-reference offsets stay right.
    """
    data = path.read_bytes()
    data = PDF_DATES.sub(
        lambda m: m[1] + b"20000101000000"[: len(m[2])].ljust(len(m[2]), b"0"), data
    )
    data = XMP_DATES.sub(
        lambda m: m[1] + FIXED_TIME.encode()[: len(m[2])].ljust(len(m[2]), b" ") + m[3], data
    )
    blank = PDF_ID.sub(lambda m: m[1] + b"0" * len(m[2]) + m[3] + b"0" * len(m[4]) + m[5], data)
    blank = PDF_CHECKSUM.sub(lambda m: m[1] + b"0" * len(m[2]), blank)
    digest = hashlib.sha256(blank).hexdigest().upper().encode()
    data = PDF_ID.sub(
        lambda m: m[1] + digest[: len(m[2])] + m[3] + digest[: len(m[4])] + m[5], data
    )
    data = PDF_CHECKSUM.sub(lambda m: m[1] + digest[-len(m[2]) :], data)  # LibreOffice's own
    write_atomically(path, data, private=_private(path))


def settle_office_files(folder: Path) -> None:
    """``settle_office_file`` for every Word and Excel file under ``folder``."""
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() in OFFICE_SUFFIXES and path.is_file():
            settle_office_file(path)


def zip_folder(folder: Path, target: Path) -> Path:
    """Zip ``folder`` into ``target`` with fixed dates and sorted names (reproducible)."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    entries = ((f"{folder.name}/{p.relative_to(folder).as_posix()}", p.read_bytes()) for p in files)
    return write_with(
        target, lambda temporary: write_entries(temporary, entries, date_time=ZIP_DATE, mode=0o644)
    )


def libreoffice() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


class PdfCopies:
    """LibreOffice making PDF copies in the background, one batch of Word files after another.

    ``start`` returns at once, so a build goes on while LibreOffice works (it is the slowest
    stage, and a second core is free for it); ``wait`` puts the PDFs into ``out_dir`` and
    returns them. One LibreOffice runs at a time (each holds a few hundred MB), with a private
    profile, so a user's open LibreOffice is not disturbed, and writes into a folder of its own:
    no half-written PDF is ever in ``out_dir``. Leaving the ``with`` block stops what still
    runs (a refused build keeps no PDF).
    """

    def __init__(self, out_dir: Path, *, enabled: bool = True):
        self.out_dir = out_dir
        self.program = libreoffice() if enabled else None
        self._queue: queue.Queue[list[Path] | None] = queue.Queue()
        self._made: list[Path] = []  # in the work folder until ``wait`` moves them
        self._process: subprocess.Popen | None = None
        self._stopped = threading.Event()
        self._worker: threading.Thread | None = None
        self._work = Path()

    def start(self, documents) -> None:
        documents = list(documents)
        if self.program is None or not documents:
            return
        if self._worker is None:
            self._work = Path(tempfile.mkdtemp(prefix="scr-lo-"))
            self._worker = threading.Thread(target=self._convert_all, daemon=True)
            self._worker.start()
        self._queue.put(documents)

    def wait(self) -> list[Path]:
        """The PDFs made, in the order their Word files were given; [] when none could be."""
        if self._worker is not None:
            self._queue.put(None)
            self._worker.join()
        made = []
        for pdf in self._made:
            settle_pdf(pdf)
            self.out_dir.mkdir(parents=True, exist_ok=True)
            made.append(Path(shutil.move(pdf, self.out_dir / pdf.name)))
        self.close()
        return made

    def _convert_all(self) -> None:
        batch, pending, last = 0, [], False
        while pending or not last:
            if not pending:
                documents = self._queue.get()
                if documents is None:
                    break
                pending.append(documents)
            while not last:  # what else was queued while LibreOffice was busy
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    last = True
                else:
                    pending.append(more)
            # The queued batches go to one start of LibreOffice (each start costs seconds),
            # as long as their names differ: each PDF is named after its Word file, in one folder.
            documents = pending.pop(0)
            while pending and _distinct_stems(documents + pending[0]):
                documents = documents + pending.pop(0)
            batch += 1
            if not self._stopped.is_set():
                self._made += self._convert(documents, self._work / f"pdf-{batch}")

    def _convert(self, documents: list[Path], folder: Path) -> list[Path]:
        command = [
            self.program,
            f"-env:UserInstallation=file://{self._work / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *map(str, documents),
        ]
        # A session of its own: soffice starts soffice.bin, and stopping must stop both.
        self._process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        if self._stopped.is_set():  # closed while this batch was starting
            _stop(self._process)
        try:
            self._process.wait(timeout=PDF_SECONDS)
        except subprocess.TimeoutExpired:
            _stop(self._process)
            log.warning("LibreOffice took too long; some PDF copies are missing")
            return []
        made = dict.fromkeys(folder / f"{doc.stem}.pdf" for doc in documents)
        return [pdf for pdf in made if pdf.is_file()]

    def close(self) -> None:
        """Stop any conversion still running and remove the work folder."""
        self._stopped.set()
        if self._worker is not None:
            if self._process is not None:
                _stop(self._process)
            self._queue.put(None)
            self._worker.join()
            self._worker = None
        if self._work != Path():
            shutil.rmtree(self._work, ignore_errors=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _distinct_stems(documents: list[Path]) -> bool:
    stems = [d.stem for d in documents]
    return len(set(stems)) == len(stems)


def _stop(process: subprocess.Popen) -> None:
    """Stop a LibreOffice started in a session of its own, with every process it started."""
    if process.poll() is None:  # not yet reaped, so its group id is still its own
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    process.wait()
