"""Copy newly arrived blind flag batches into ``tests/data/flags/`` and split their families.

``python tests/flag_fold.py /work/blind/flags4 y`` copies each ``batch-NN.csv`` there, unchanged,
to ``tests/data/flags/batch-yNN.csv`` (a batch the writer has since corrected is copied again;
its families keep the part they were given) and appends every
family not yet in ``split.csv`` by the fixed rule: ``int(sha256(family id)) % 3`` gives
0 train, 1 dev, 2 test. It is run before anything is scored on the new rows, so no family's part
is chosen after seeing how the flags do on it. ``--id-letter r`` gives each copied row's id that
letter instead of its own (``w0001`` -> ``r0001``), for a writer whose ids repeat an earlier set's;
``--family-letter e`` does the same for the family ids (``P001`` -> ``E001``), for a writer whose
families would otherwise join an earlier writer's families of the same name.
"""

from __future__ import annotations

import csv
import hashlib
import io
import string
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data" / "flags"
PARTS = ("train", "dev", "test")


def part_of(family: str) -> str:
    return PARTS[int(hashlib.sha256(family.encode("utf-8")).hexdigest(), 16) % 3]


def fold(source: Path, prefix: str, id_letter: str = "", family_letter: str = "") -> list[str]:
    """Copy new batches from ``source``; return the families appended to ``split.csv``.

    ``id_letter``, when given, replaces the letters before each row's number in its id
    (``w0001`` -> ``r0001``), for a writer whose ids repeat those of an earlier set;
    ``family_letter`` does the same for the family (``P001`` -> ``E001``). Nothing else in the
    file changes.
    """
    with (DATA / "split.csv").open(newline="", encoding="utf-8") as f:
        known = {r["family"] for r in csv.DictReader(f)}
    added = []
    for path in sorted(source.glob("batch-*.csv")):
        target = DATA / f"batch-{prefix}{path.stem.removeprefix('batch-')}.csv"
        renamed = id_letter or family_letter
        content = _renamed(path, id_letter, family_letter) if renamed else path.read_bytes()
        if target.exists() and target.read_bytes() == content:
            continue
        ids = set()
        for other in DATA.glob("batch-*.csv"):
            if other != target:
                with other.open(newline="", encoding="utf-8") as f:
                    ids |= {r["id"] for r in csv.DictReader(f)}
        table = list(csv.DictReader(io.StringIO(content.decode("utf-8"), newline="")))
        if target.exists():
            with target.open(newline="", encoding="utf-8") as f:
                before = {r["id"] for r in csv.DictReader(f)}
            if not before & {r["id"] for r in table}:
                # another writer's batch of that name, not this writer's corrected one
                sys.exit(f"{target} holds another set's rows; choose another FILE_PREFIX")
        clash = ids & {r["id"] for r in table}
        if clash:
            sys.exit(f"{path}: ids already in the set ({sorted(clash)[:3]}); not copied")
        target.write_bytes(content)
        for family in dict.fromkeys(r["family"] for r in table):
            if family not in known:
                known.add(family)
                added.append(family)
    with (DATA / "split.csv").open("a", newline="", encoding="utf-8") as f:
        for family in added:
            f.write(f"{family},{part_of(family)}\n")
    return added


def _renamed(path: Path, letter: str, family_letter: str = "") -> bytes:
    """The batch's bytes with each id's leading letters replaced by ``letter`` and each family's
    by ``family_letter`` (either may be "" to keep them)."""
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields, table = reader.fieldnames, list(reader)
    for row in table:
        if letter:
            row["id"] = letter + row["id"].lstrip("abcdefghijklmnopqrstuvwxyz")
        if family_letter:
            row["family"] = family_letter + row["family"].lstrip(string.ascii_letters)
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=fields)
    writer.writeheader()
    writer.writerows(table)
    return out.getvalue().encode("utf-8")


# The product's rule for a pre-verbal baby (issue 15, rule 3): wishes blank unless the text says
# otherwise. A writer who labelled a seen baby's wishes "no" (nothing said) is relabelled blank;
# a "yes" (the text gives the baby's sound or gesture as a wish) stays.
PREVERBAL_AGE = 2.0
WISHES = ("wishes_sought", "wishes_expressed")


def relabel_preverbal(prefix: str) -> int:
    """Blank the wishes labelled "no" of subjects under ``PREVERBAL_AGE`` in ``batch-PREFIX*.csv``.

    Rewrites those files (the note column says "[relabelled: pre-verbal, wishes blank]") and
    returns how many rows changed. Only labels change, by the stated rule, never the text.
    """
    changed = 0
    for path in sorted(DATA.glob(f"batch-{prefix}[0-9]*.csv")):
        with path.open(newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            fields, table = reader.fieldnames, list(reader)
        for row in table:
            age = row["subject_age"].strip()
            if not age or float(age) >= PREVERBAL_AGE:
                continue
            if any(row[flag].strip().lower() == "no" for flag in WISHES):
                for flag in WISHES:
                    if row[flag].strip().lower() == "no":
                        row[flag] = ""
                row["note"] = f"{row['note']} [relabelled: pre-verbal, wishes blank]".strip()
                changed += 1
        with path.open("w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=fields)
            writer.writeheader()
            writer.writerows(table)
    return changed


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--preverbal-blank":
        print(relabel_preverbal(sys.argv[2]), "rows relabelled")
        sys.exit()
    options = dict(zip(sys.argv[3::2], sys.argv[4::2], strict=False))
    if (
        len(sys.argv) < 3
        or len(sys.argv) % 2 == 0
        or set(options) - {"--id-letter", "--family-letter"}
    ):
        sys.exit(
            "usage: python tests/flag_fold.py BLIND_FOLDER FILE_PREFIX [--id-letter LETTER]"
            " [--family-letter LETTER]\n"
            "       python tests/flag_fold.py --preverbal-blank FILE_PREFIX"
        )
    letters = options.get("--id-letter", ""), options.get("--family-letter", "")
    for family in fold(Path(sys.argv[1]), sys.argv[2], *letters):
        print(family, part_of(family))
