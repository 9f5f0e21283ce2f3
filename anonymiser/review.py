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
    """Add items to the review CSV atomically, mode 0600 (it holds personal data).

    Rows already in the file stay (a later run adds to the review's list, never replaces it);
    an item found again at the same place is written once.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    items = list(items)
    fresh = {(i.text, i.where) for i in items}
    earlier = [row for row in _read_rows(path) if (row[0], row[3]) not in fresh]
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".review-", suffix=".tmp")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(COLUMNS)
            writer.writerows(earlier)
            for item in items:
                writer.writerow(
                    (item.text, item.label, item.context, item.where, f"{item.confidence:.2f}")
                )
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _read_rows(path: Path) -> list[list[str]]:
    """The data rows of an existing review list ([] when there is none or it is not ours)."""
    if not path.is_file():
        return []
    with path.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    if not rows or tuple(rows[0]) != COLUMNS:
        return []
    return [row for row in rows[1:] if len(row) == len(COLUMNS)]
