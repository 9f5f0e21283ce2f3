"""The blind flag sets' row format: each row's subject and cells as the pipeline gives them.

A labelled row (``tests/data/flags/batch-*.csv``) names its subject child, the subject's aliases,
age and sex, and the other people in the entry with their roles. The scorer and the model's
training both read rows through here, so the model learns from the people the pipeline would give
it. ``split.csv`` beside the batches puts each paraphrase family in train, dev or test; the test
families are never trained on.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path

from chronology.flags import SubjectNames
from chronology.flags.words import FEMALE, MALE

# The rows give the subject's age, not dates: each entry is put on this day, the birth before it.
ENTRY_DATE = date(2024, 6, 1)


TITLES = ("mr", "mrs", "ms", "miss", "dr", "mx", "aunt", "auntie", "uncle", "nan")
# A practitioner named in "others" (their class teacher) is neither a child nor a carer: the
# pipeline's adults are the family people of case.yaml, and practitioners are not among them.
PROFESSIONAL = re.compile(
    r"teacher|worker|nurse|officer|\bgp\b|doctor|safeguarding|\bdsl\b|manager|health visitor|"
    r"mentor|intermediary|head of|interpreter|practitioner|midwife|sergeant|constable|"
    r"appropriate adult|solicitor|paediatrician|consultant|therapist|counsellor|advocate|"
    r"\bsenco\b|\bta\b|teaching assistant|key person|paramedic|detective|custody|"
    r"registrar|supervisor|dentist|psychiatrist|psycholog|co-?ordinator|specialist|assistant|"
    r"children's guardian|cafcass|clinician|\bidva\b|\bhv\b|\bcpn\b|panel member|^(?:dc|pc|ds|di|sgt|pcso|dr|sn|hca)\b",
    re.IGNORECASE,
)
CHILD_ROLE = re.compile(r"sister|brother|sibling|cousin|twin|son|daughter|^friend$", re.IGNORECASE)


def subject_of(row: dict[str, str]) -> SubjectNames:
    """The row's subject child as the pipeline gives them (``pipeline.stages.subject_names``).

    The others are split as the pipeline splits the case's people: a child (a sibling, a
    cousin, a friend, anyone whose age is under 18) is one of ``others``, whose sightings do not
    count; an adult (a parent, a partner, a neighbour) is one of ``adults``; a practitioner (a
    teacher, an officer) is one of ``professionals``, as case.yaml lists them. A title ("Mrs")
    is not a name.
    """
    full = row["subject_name"].strip()
    names = [full, full.split()[0], *(a.strip() for a in row["subject_aliases"].split(";"))]
    others, adults, staff = [], [], []
    for person in row["others"].split(";"):
        name = person.split("(")[0].strip()
        role = person[len(name) :].strip(" ()")
        # a role in brackets, or a rank in the name itself ("custody sergeant 1127", "DC Wren")
        professional = PROFESSIONAL.search(role) or PROFESSIONAL.search(name)
        if name and professional:
            staff.append(name)
        if not name or professional:
            continue
        first = next((w for w in name.split() if w.lower().rstrip(".") not in TITLES), name)
        age = re.search(r"\b(\d+)\b", role)
        child = (age and int(age.group(1)) < 18) or CHILD_ROLE.search(role.split(",")[0].strip())
        if child:
            others += [name, first]
        else:  # the sex from the role's last word: "mother's boyfriend" is a man
            word = role.split(",")[0].split()[-1].lower() if role else ""
            sex = "female" if word in FEMALE else "male" if word in MALE else ""
            adults += [(name, sex), (first, sex)]
    age = float(row["subject_age"]) if row["subject_age"].strip() else None
    born = None if age is None else ENTRY_DATE - timedelta(days=round(age * 365.25))
    return SubjectNames(
        tuple(dict.fromkeys(n for n in names if n)),
        tuple(dict.fromkeys(others)),
        born=born,
        sex=row["subject_sex"].strip(),
        adults=tuple(dict.fromkeys(adults)),
        professionals=tuple(dict.fromkeys(staff)),
    )


def cells_of(row: dict[str, str]) -> dict[str, str]:
    """The row as the pipeline gives it to ``assess``: its entry, a date, and the agency whose
    IMR it came from (``chronology.merge`` passes each IMR's agency)."""
    return {
        "event": row["event"],
        "date": ENTRY_DATE.strftime("%d/%m/%Y"),
        "agency": row.get("agency", ""),
    }


def split(folder: Path) -> dict[str, str]:
    """Family -> "train" | "dev" | "test", from ``folder/split.csv``; families not listed are test."""
    with (folder / "split.csv").open(newline="", encoding="utf-8") as f:
        return {r["family"]: r["split"] for r in csv.DictReader(f)}


def rows(
    folder: Path, parts: Iterable[str | None] = (None,), pattern: str = "batch-*.csv"
) -> list[dict[str, str]]:
    """Rows of the batches in ``folder`` whose family is in one of ``parts`` (None: every row)."""
    wanted, found, families = set(parts), [], split(folder)
    for path in sorted(folder.glob(pattern)):
        with path.open(newline="", encoding="utf-8") as f:
            found += [
                r
                for r in csv.DictReader(f)
                if None in wanted or families.get(r["family"], "test") in wanted
            ]
    return found
