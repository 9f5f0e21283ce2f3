"""Learn the flags' model weights from labelled sets and write ``weights.json``.

Run ``python -m chronology.flags.training tests/data/flags_labelled.csv tests/data/flags_fresh.csv
--blind tests/data/flags`` to regenerate the weights; add ``--folds 5`` to print cross-validated
accuracy instead of writing. ``--blind`` adds the train and dev families of the blind sets (each
row with its own subject and people, as ``labelled`` reads them); their test families are never
read here.
Training is a plain multinomial logistic regression with an L2 penalty, fitted by full-batch
gradient descent from zeros, so the same rows always give the same weights. numpy is needed here
only, never when flagging.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

from chronology.flags import FLAGS, SubjectNames, labelled, model_features
from chronology.flags.core import entry_text
from chronology.flags.model import CLASSES, WEIGHTS

# The subject as the labelled sets write them.
SUBJECT = SubjectNames(
    names=("Jayden", "Jay", "JJ", "J", "Child A"), others=("Tyler", "Mia", "Child B")
)
PENALTY = 0.05  # L2 weight; chosen on flags_heldout.csv with CONFIDENT (0.005, 0.02, 0.05)
STEPS = 400
RATE = 0.5
MIN_COUNT = 2  # a feature seen in fewer rows is dropped: it cannot generalise
KEEP = 0.02  # weights smaller than this are not written


def load(paths: Sequence[Path]) -> list[dict[str, str]]:
    rows = []
    for path in paths:
        with open(path, encoding="utf-8", newline="") as f:
            rows.extend(csv.DictReader(f))
    return rows


# The parts of the blind sets a model may learn from: the test families stay unseen.
TRAINED_PARTS = ("train", "dev")


def text_of(row: dict[str, str]) -> str:
    return row["event"].strip().strip(". ")


def example(row: dict[str, str]) -> tuple[str, SubjectNames]:
    """The entry's text and subject: a blind row names its own people, our sets' rows share one."""
    if "subject_name" in row:
        return entry_text(labelled.cells_of(row)), labelled.subject_of(row)
    return text_of(row), SUBJECT


def label(row: dict[str, str], flag: str) -> str:
    value = row[flag].strip().lower()
    return value if value in CLASSES else ""


def fit(samples: list[set[str]], labels: list[str]) -> dict:
    """Return {"bias": [...], "weights": {feature: [...]}} for one flag."""
    import numpy as np

    counts: dict[str, int] = {}
    for found in samples:
        for feature in found:
            counts[feature] = counts.get(feature, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(names)}
    x = np.zeros((len(samples), len(names) + 1))
    x[:, -1] = 1.0  # bias
    for r, found in enumerate(samples):
        for feature in found:
            if feature in index:
                x[r, index[feature]] = 1.0
    y = np.zeros((len(samples), len(CLASSES)))
    y[np.arange(len(samples)), [CLASSES.index(v) for v in labels]] = 1.0
    w = np.zeros((x.shape[1], len(CLASSES)))
    for _ in range(STEPS):
        z = x @ w
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        grad = x.T @ (p - y) / len(samples) + PENALTY * np.vstack([w[:-1], np.zeros((1, 3))])
        w -= RATE * grad
    weights = {
        f: [round(float(v), 4) for v in w[i]]
        for f, i in index.items()
        if np.abs(w[i]).max() >= KEEP
    }
    return {"bias": [round(float(v), 4) for v in w[-1]], "weights": weights}


def train(rows: list[dict[str, str]]) -> dict:
    model = {}
    examples = [example(r) for r in rows]
    for flag in FLAGS:
        samples = [model_features(text, flag, subject) for text, subject in examples]
        model[flag] = fit(samples, [label(r, flag) for r in rows])
    return model


def fold_of(row: dict[str, str], index: int, folds: int) -> int:
    """The fold a row is held out in: a paraphrase family's rows together (one situation told
    several ways would otherwise be learned from its own retelling), else by position."""
    family = row.get("family", "").strip()
    if family:
        return int(hashlib.sha256(family.encode("utf-8")).hexdigest(), 16) % folds
    return index % folds


def cross_validate(rows: list[dict[str, str]], folds: int) -> dict[str, float]:
    """Return, per flag, the share of rows whose held-out prediction equals the label."""
    from chronology.flags.model import FlagModel

    right = dict.fromkeys(FLAGS, 0)
    where = [fold_of(r, i, folds) for i, r in enumerate(rows)]
    for k in range(folds):
        train_rows = [r for r, f in zip(rows, where, strict=True) if f != k]
        test_rows = [r for r, f in zip(rows, where, strict=True) if f == k]
        learned = train(train_rows)
        for flag in FLAGS:
            m = FlagModel(
                tuple(learned[flag]["bias"]),
                {f: tuple(w) for f, w in learned[flag]["weights"].items()},
            )
            for r in test_rows:
                text, subject = example(r)
                guess = m.predict(model_features(text, flag, subject)).value
                right[flag] += guess == label(r, flag)
    return {flag: n / len(rows) for flag, n in right.items()}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--blind", type=Path, help="a folder of blind sets with split.csv")
    parser.add_argument("--folds", type=int, default=0)
    args = parser.parse_args(argv)
    rows = load(args.sets)
    blind = labelled.rows(args.blind, TRAINED_PARTS) if args.blind else []
    rows += blind
    if args.folds:
        for flag, share in cross_validate(rows, args.folds).items():
            print(f"{flag:<17}{share:.3f}")
        return
    trained_on = [p.name for p in args.sets]
    if args.blind:
        trained_on.append(f"{args.blind.name}/ ({', '.join(TRAINED_PARTS)})")
    data = {
        "trained_on": trained_on,
        "rows": len(rows),
        "families": sorted({r["family"] for r in blind}),
        "flags": train(rows),
    }
    WEIGHTS.write_text(_readable(data), encoding="utf-8")


def _readable(data: dict) -> str:
    """Return the weights as JSON with one feature a line, so that a diff shows what moved."""
    lines = ["{", f'"trained_on": {json.dumps(data["trained_on"])},', f'"rows": {data["rows"]},']
    lines.append(f'"families": {json.dumps(data["families"])},')
    lines.append('"flags": {')
    for i, (flag, model) in enumerate(data["flags"].items()):
        lines.append(f'{json.dumps(flag)}: {{"bias": {json.dumps(model["bias"])}, "weights": {{')
        rows = [f"{json.dumps(f)}: {json.dumps(w)}" for f, w in sorted(model["weights"].items())]
        lines.append(",\n".join(rows))
        lines.append("}}" + ("," if i < len(data["flags"]) - 1 else ""))
    lines.append("}}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
