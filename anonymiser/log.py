"""The private redaction log: every replacement, with the original, for the panel only.

It holds personal data, so it is written only where the caller says (the review's
``private/`` folder) and never logged through ``logging``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.common import write_atomically

COLUMNS = ("file", "part", "position", "type", "detector", "original", "replacement", "confidence")


@dataclass(frozen=True)
class LogRow:
    """One replacement: where it was, what found it, what it was, what it became."""

    file: str
    part: str
    position: str
    type: str
    detector: str
    original: str
    replacement: str
    confidence: float


@dataclass
class RedactionLog:
    """Rows gathered over a run; ``write`` saves them as CSV."""

    rows: list[LogRow] = field(default_factory=list)

    def add(self, file: str, part: str, position: str, finding) -> None:
        self.rows.append(
            LogRow(
                file,
                part,
                position,
                finding.kind,
                finding.detector,
                finding.text,
                finding.replacement,
                round(float(finding.confidence), 3),
            )
        )

    def extend(self, other: RedactionLog) -> None:
        self.rows.extend(other.rows)

    def write(self, path: Path) -> Path:
        """Add the rows to the CSV (through a temporary file renamed into place, mode 0600).

        The review's log is never lost: rows already there stay, except those of a file
        anonymised again in this run, which this run's rows replace.
        """
        path.parent.mkdir(parents=True, exist_ok=True)
        ours = {r.file for r in self.rows}
        earlier = [row for row in _read_rows(path) if row and row[0] not in ours]
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer)
        writer.writerow(COLUMNS)
        writer.writerows(earlier)
        writer.writerows(
            (
                r.file,
                r.part,
                r.position,
                r.type,
                r.detector,
                r.original,
                r.replacement,
                r.confidence,
            )
            for r in self.rows
        )
        write_atomically(path, buffer.getvalue(), private=True)
        return path


def _read_rows(path: Path) -> list[list[str]]:
    """The data rows of an existing log ([] when there is none or it is not ours)."""
    if not path.is_file():
        return []
    with path.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    return rows[1:] if rows and tuple(rows[0]) == COLUMNS else []


def default_log_path(private_dir: Path) -> Path:
    """``private/redaction-log.csv`` under the review's private folder."""
    return private_dir / "redaction-log.csv"
