"""The private redaction log: every replacement, with the original, for the panel only.

It holds personal data, so it is written only where the caller says (the review's
``private/`` folder) and never logged through ``logging``.
"""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

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
        """Write the CSV through a temporary file, then rename it into place."""
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", newline="", encoding="utf-8") as stream:
            writer = csv.writer(stream)
            writer.writerow(COLUMNS)
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
        os.replace(temporary, path)
        return path


def default_log_path(private_dir: Path) -> Path:
    """``private/redaction-log.csv`` under the review's private folder."""
    return private_dir / "redaction-log.csv"
