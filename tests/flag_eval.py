"""Score the flags on the family-split sets in ``tests/data/flags/`` (F1 of "yes" per flag)."""

from __future__ import annotations

from pathlib import Path

from chronology.flags import FLAGS, assess, labelled
from chronology.flags.labelled import ENTRY_DATE, cells_of, subject_of

__all__ = ["DATA", "ENTRY_DATE", "cells_of", "rows", "scores", "split", "subject_of", "sure_of"]

DATA = Path(__file__).parent / "data" / "flags"


def split() -> dict[str, str]:
    """Family -> "train" | "dev" | "test", from ``split.csv``; families not listed are test."""
    return labelled.split(DATA)


def rows(part: str | None = None, pattern: str = "batch-*.csv") -> list[dict[str, str]]:
    """Rows of the blind batches, of one split part (or all when ``part`` is None)."""
    return labelled.rows(DATA, (part,), pattern)


def scores(table: list[dict[str, str]]) -> dict[str, dict[str, float]]:
    """Precision, recall and F1 of "yes" for each flag over ``table``."""
    counts = {f: [0, 0, 0] for f in FLAGS}  # true positive, false positive, false negative
    for row in table:
        got = assess(cells_of(row), subject_of(row))
        for flag in FLAGS:
            gold, value = row[flag].strip().lower() == "yes", got[flag].value == "yes"
            tp, fp, fn = counts[flag]
            counts[flag] = [
                tp + (gold and value),
                fp + (value and not gold),
                fn + (gold and not value),
            ]
    out = {}
    for flag, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[flag] = {
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "yes": tp + fn,
        }
    return out


if __name__ == "__main__":
    import sys

    for part in sys.argv[1:] or ["dev", "test"]:
        table = rows(part)
        print(part, len(table), "rows")
        for flag, s in scores(table).items():
            print(
                f"  {flag:17} P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}"
                f" yes={s['yes']}"
            )


def sure_of(value: str) -> dict:
    """A model that gives ``value`` for every flag, all but certain: what the guards must stop."""
    from chronology.flags.model import CLASSES, FlagModel

    bias = tuple(9.0 if c == value else 0.0 for c in CLASSES)
    return {flag: FlagModel(bias, {}) for flag in FLAGS}
