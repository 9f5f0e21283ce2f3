"""The review list (private/review.csv): unknown-person finds for a person to confirm."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from anonymiser.records import ReviewItem

COLUMNS = ("text", "replaced_by", "context", "where", "confidence")


def write_review(items: Iterable[ReviewItem], path: Path) -> None:
    """Write the review CSV atomically, mode 0600 (it holds personal data)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".review-", suffix=".tmp")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(COLUMNS)
            for item in items:
                writer.writerow(
                    (item.text, item.label, item.context, item.where, f"{item.confidence:.2f}")
                )
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
