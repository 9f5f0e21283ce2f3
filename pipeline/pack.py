"""The submission pack (8.44): the files, a manifest with checksums, PDFs, and one zip."""

from __future__ import annotations

import csv
import hashlib
import io
import logging
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
