"""The case's people as the flags see them (``pipeline.stages.subject_names``)."""

from __future__ import annotations

from pathlib import Path

from chronology.flags import assess
from pipeline.review import load_review
from pipeline.stages import subject_names

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "review"


def test_a_surname_the_child_does_not_carry_is_someone_elses():
    """Police write a bare surname in capitals ("HOLLIS interviewed"): it names an adult of the
    case, never the child, and the child's own surname is not given to anyone else."""
    case = load_review(SAMPLE).case
    names = subject_names(case)
    own = {w.lower() for n in (case.subject.name, *case.subject.aliases) for w in n.split()}
    adults = {n for n, _ in names.adults}
    checked = 0
    for person in case.people:
        words = person.name.split()
        if person.id == case.subject.id or len(words) < 2:
            continue
        surname = words[-1]
        if surname.lower() in own:
            assert surname not in adults and surname not in names.others
            continue
        assert surname in adults or surname in names.others, person.name
        if surname in adults:
            got = assess({"event": f"{surname.upper()} interviewed. No comment."}, names)
            assert got["child_seen"].value == "no", got["child_seen"].evidence
            checked += 1
    assert checked, "the sample has an adult whose surname the child does not carry"
