"""The review list (private/review.csv): unknown-person finds for a person to confirm."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from anonymiser.records import ReviewItem
from pipeline.common import write_atomically

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
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerows(earlier)
    for item in items:
        writer.writerow((item.text, item.label, item.context, item.where, f"{item.confidence:.2f}"))
    write_atomically(path, buffer.getvalue(), private=True)


def _read_rows(path: Path) -> list[list[str]]:
    """The data rows of an existing review list ([] when there is none or it is not ours)."""
    if not path.is_file():
        return []
    with path.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    if not rows or tuple(rows[0]) != COLUMNS:
        return []
    return [row for row in rows[1:] if len(row) == len(COLUMNS)]
