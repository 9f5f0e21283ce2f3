"""The submission pack (8.44): the files, a manifest with checksums, PDFs, and one zip."""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

ZIP_DATE = (2000, 1, 1, 0, 0, 0)  # fixed, so the same pack gives the same zip


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
        writer.writerow([item.path.relative_to(pack).as_posix(), item.kind, len(data),
                         hashlib.sha256(data).hexdigest()])
    target = pack / "manifest.csv"
    target.write_text(buffer.getvalue(), encoding="utf-8")
    return target


FIXED_TIME = "2000-01-01T00:00:00Z"
OFFICE_SUFFIXES = (".docx", ".xlsx")
TIMESTAMPS = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def settle_office_file(path: Path) -> None:
    """Make a Word or Excel file's bytes depend on its content only.

    Zip entry times and the created/modified properties are set to one fixed value, so the
    same review gives the same files (and the same manifest checksums) on every run.
    """
    with zipfile.ZipFile(path) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = TIMESTAMPS.sub(rb"\g<1>" + FIXED_TIME.encode() + rb"\g<3>", data)
            fixed = zipfile.ZipInfo(info.filename, ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            archive.writestr(fixed, data)
    path.write_bytes(buffer.getvalue())


def settle_office_files(folder: Path) -> None:
    """``settle_office_file`` for every Word and Excel file under ``folder``."""
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() in OFFICE_SUFFIXES and path.is_file():
            settle_office_file(path)


def zip_folder(folder: Path, target: Path) -> Path:
    """Zip ``folder`` into ``target`` with fixed dates and sorted names (reproducible)."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{folder.name}/{path.relative_to(folder).as_posix()}",
                                   ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    return target


def libreoffice() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(documents: list[Path], out_dir: Path) -> list[Path]:
    """Convert Word files to PDF with LibreOffice; [] when it is not installed.

    A private LibreOffice profile is used so a user's open LibreOffice is not disturbed.
    """
    program = libreoffice()
    if program is None or not documents:
        return []
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="scr-lo-") as profile:
        command = [program, f"-env:UserInstallation=file://{profile}", "--headless",
                   "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, documents)]
        try:
            subprocess.run(command, capture_output=True, timeout=600, check=False)
        except subprocess.TimeoutExpired:
            log.warning("LibreOffice took too long; the pack has no PDF copies")
            return []
    made = [out_dir / f"{doc.stem}.pdf" for doc in documents]
    return [pdf for pdf in made if pdf.is_file()]
