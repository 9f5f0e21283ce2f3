"""Flags: the vocabulary item by item, the agency's own columns, and scores on labelled sets.

The labelled sets are invented. The score is the macro F1 over the "yes" and "no" classes ("" is
neither: a wrong "" costs recall, a wrong yes/no precision).

- ``flags_labelled.csv`` (309 rows): labelled before the rules were written; tuned on. Floor 0.95.
- ``flags_heldout.csv`` (80 rows): written after, in fresh wording. It was scored untouched once
  (floor 0.80); during the 2nd round of work its failures were looked at, so it is no longer
  untouched. Reached 0.894 (seen_alone, 6 "yes" rows); floor 0.85.
- ``flags_fresh.csv`` (180 rows): written before the 2nd round, in police, GP, HV, SW, nursery,
  school, ED, housing and probation voices, then tuned on. Floor 0.95.
- ``flags_final.csv`` (105 rows): written after the 2nd round finished and scored untouched.
  Reached 0.759 (child_seen), 0.849, 0.762, 0.782 with the rules alone. In the 3rd round its
  failures were read to choose the structure (a model where no rule matches), so it is no longer
  untouched; no phrase was added from it. Now 0.825, 0.890, 0.803, 0.836; floor 0.76.
- ``flags_blind.csv`` (135 rows): written after the 3rd round finished, in voices unlike the other
  sets (ambulance, CAMHS, dentist, children's centre, YOT, early help, Welsh and Scottish English,
  long entries, terse logs), and scored untouched: 0.826, 0.729, 0.753, 0.845 (rules alone 0.804,
  0.727, 0.753, 0.845). Floor 0.69 (lowest reached minus ~0.04).

4th round (issue 15): the parse decides first (``chronology.flags.structure``); these sets are
our own wording and label "spoke to Jayden alone" as wishes not sought, where the blind family
set (``tests/data/flags/``, see ``test_flag_structure.py``) labels it sought. Floors moved to
0.93 (labelled), 0.94 (fresh), 0.75 (final), each reached by wishes_sought.

5th round (issue 15, second session): a sighting the child themself tells of is no longer taken
for someone else's account, so "spoke to J alone; J said ..." is sought wherever it is written
(before, a following "J said" hid it by accident of the parse). Same conflict of labels as
above, wishes_sought only: floors 0.92 (labelled: 0.929), 0.93 (fresh: 0.934), 0.72 (final: 0.730).
Then two more conventions of the blind writers (both sets, independently, given only the issue's
definitions; see ``tests/data/flags/README-blind4.md``) that these sets do not share: a child seen
in a school or nursery session with no parent or carer there is seen alone (these sets leave it
blank), and a child seen alone who gives their views had them sought (blank here). On the blind
train and dev splits the first alone lifts seen_alone F1 from 0.56 to 0.65 (train) and 0.82 to 0.84
(dev). Floors follow: 0.84 (labelled: 0.851), 0.77 (fresh: 0.783), 0.83 (heldout: 0.847),
0.66 (final: 0.683), so a regression still fails.

6th round (issue 15, third session): an adult named only inside what someone said ("he said he
wanted to see his dad") or in passing ("a report of assault by father") is not in the room, and
a child seen with practitioners only ("examined with the social worker present") is seen alone,
as the blind writers read it; this set leaves both blank. The sixth blind writer labels every seen
child's seen_alone yes or no, never blank: a child seen by a practitioner away from home with no
parent or carer named anywhere is seen alone (these sets leave it blank), and a later part of the
contact without the carer ("then on his own", "while Mother was out of the cubicle") outweighs an
earlier "brought in by Mother". seen_alone floors follow: 0.83 (labelled: 0.837), 0.74 (fresh:
0.745), 0.77 (heldout: 0.780); final and blind unchanged (0.681, 0.703 reached).

Issue 15, fifth round: an adult named only in the child's account ("Jay disclosed to his teacher
that his mum's partner had hit him") is not in the room for the rule of a child seen by a
practitioner with no carer named either, as the blind writers read it; heldout leaves it blank
(h068), so its floor follows: 0.75 (heldout: 0.755).

Issue 15, sixth round: a child telling their teacher something is with the teacher, so seen
alone when no parent or carer is there, as three blind writers label it ("Finley told his teacher
at carpet time ..."); fresh leaves it blank (f074), so its floor follows: 0.73 (fresh: 0.736).
An adult named only inside the question put to the child ("asked where his mum was") is not in
the room either; fresh leaves "J asked if he could still see Nanny" blank (f061): 0.72 (fresh:
0.730).
And a child seen who refuses to answer ("refused to say where she had been", "would not say
why") was asked, as every blind family set labels it (w0088, s0169, r0062, z0186 and others);
flags_blind leaves "J declined to talk" and "J refused to speak" blank (b011, b105), so its
floor follows: 0.67 (blind: 0.680).

The model (``chronology.flags.model``) is trained on labelled + fresh and the train and dev
families of the blind sets in ``tests/data/flags/`` (``python -m chronology.flags.training
tests/data/flags_labelled.csv tests/data/flags_fresh.csv --blind tests/data/flags``); its penalty
and confidence threshold were chosen on heldout. Its "no" for a wish is not taken: silence is not
"no" (``test_model_no_for_a_wish_is_not_taken``).

First scores of ``flags_fresh.csv``, before the 2nd round (rules as tuned on the labelled set):

    flag             class   prec   rec    F1    n  macro F1
    child_seen       yes    0.935 0.542 0.686  107     0.733
    child_seen       no     0.848 0.722 0.780   54
    seen_alone       yes    0.714 0.455 0.556   11     0.654
    seen_alone       no     0.937 0.628 0.752   94
    wishes_sought    yes    0.846 0.786 0.815   14     0.800
    wishes_sought    no     0.840 0.737 0.785   57
    wishes_expressed yes    1.000 0.643 0.783   28     0.784
    wishes_expressed no     0.894 0.700 0.785   60
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from flag_eval import sure_of

from chronology.flags import FLAGS, FlagValue, SubjectNames, assess, infer
from chronology.flags.values import UNKNOWN

DATA = Path(__file__).parent / "data"
SUBJECT = SubjectNames(
    names=("Jayden", "Jay", "JJ", "J", "Child A"), others=("Tyler", "Mia", "Child B")
)
GIRL = SubjectNames(names=("Amelia", "Child A"), others=("Tyler",))


def flags_of(event: str, subject: SubjectNames = SUBJECT, **columns: str) -> tuple[str, ...]:
    result = assess({"event": event, **columns}, subject)
    return tuple(result[f].value for f in FLAGS)


VOCABULARY = [
    # (event, child_seen, seen_alone, wishes_sought, wishes_expressed)
    ("Home visit: no access, card left.", "no", "no", "no", "no"),
    ("No reply at the door.", "no", "no", "no", "no"),
    ("Jayden was not brought to clinic.", "no", "no", "no", "no"),
    ("DNA paediatric clinic.", "no", "no", "no", "no"),
    ("Mother said Jayden was asleep upstairs.", "no", "no", "no", "no"),
    ("Jayden seen with mother present.", "yes", "no", "", ""),
    ("Spoke to mother only.", "no", "no", "no", "no"),
    ("Telephone call to mother.", "no", "no", "no", "no"),
    ("Letter sent to mother.", "no", "no", "no", "no"),
    ("Mother was seen as cooperative.", "", "", "", ""),
    ("Jayden was seen as a low risk.", "", "", "", ""),
    ("When seen at the GP the records showed two A&E attendances.", "", "", "", ""),
    ("HV observed Jayden playing.", "yes", "", "", ""),
    ("Home visit: Jayden seen in the kitchen.", "yes", "", "", ""),
    # seen alone by a practitioner and giving views: sought (22 of 23 such blind-written entries)
    (
        "Jayden seen alone; the child spoke of being frightened at night.",
        "yes",
        "yes",
        "yes",
        "yes",
    ),
    ("Amelia seen alone and said she wanted to live with her nan.", "yes", "yes", "yes", "yes"),
    ("Child A was not seen.", "no", "no", "no", "no"),
    ("SW did not see Jayden.", "no", "no", "no", "no"),
    ("SW was unable to see Jayden.", "no", "no", "no", "no"),
    ("Visit ended without seeing Jayden.", "no", "no", "no", "no"),
    ("No one was seen.", "no", "no", "no", "no"),
    ("Child not present at the visit.", "no", "no", "no", "no"),
    ("Jayden seen but not spoken to alone.", "yes", "no", "", ""),
    ("Jayden seen; views not sought.", "yes", "", "no", ""),
    ("Jayden seen; SW did not ask him about home.", "yes", "", "no", ""),
    ("Mother seen by the GP.", "no", "no", "no", "no"),
    ("Tyler was seen at school.", "no", "no", "no", "no"),
    ("Child B seen at home.", "no", "no", "no", "no"),
    ("Baby weighed in clinic on mum's lap.", "yes", "no", "", ""),
    ("Toddler seen at the door with mother.", "yes", "no", "", ""),
    ("Strategy discussion held.", "no", "no", "no", "no"),
    ("Jayden was asked about home; he said he is scared of Dad.", "yes", "", "yes", "yes"),
    ("Jayden appeared happy.", "yes", "", "", ""),
    ("Records checked on ICS.", "", "", "", ""),
    ("HV to see Jayden at nursery next week.", "", "", "", ""),
]


@pytest.mark.parametrize(("event", *FLAGS), VOCABULARY)
def test_vocabulary(event, child_seen, seen_alone, wishes_sought, wishes_expressed):
    subject = GIRL if "Amelia" in event else SUBJECT
    assert flags_of(event, subject) == (child_seen, seen_alone, wishes_sought, wishes_expressed)


STATED = [
    # (column, text, flag, expected value)
    ("child_seen", "Y", "child_seen", "yes"),
    ("child_seen", "N", "child_seen", "no"),
    ("child_seen", "yes", "child_seen", "yes"),
    ("child_seen", "✓", "child_seen", "yes"),
    ("child_seen", "✔", "child_seen", "yes"),
    ("child_seen", "x", "child_seen", "no"),
    ("child_seen", "N/A", "child_seen", ""),
    ("child_seen", "Not seen", "child_seen", "no"),
    ("child_seen", "Yes - alone", "seen_alone", "yes"),
    ("child_seen", "Seen with mum", "seen_alone", "no"),
    ("child_seen", "Seen alone: Y", "seen_alone", "yes"),
    ("child_seen", "Seen: Y  Alone: N  Wishes: N", "wishes_sought", "no"),
    ("seen_alone", "no - mum present", "seen_alone", "no"),
]


@pytest.mark.parametrize(("column", "text", "flag", "expected"), STATED)
def test_stated_column_wins(column, text, flag, expected):
    event = "Home visit: Jayden seen alone, asked and said he is happy."
    result = assess({"event": event, column: text}, SUBJECT)
    assert result[flag].value == expected
    assert result[flag].source == "stated"


def test_inferred_flag_keeps_the_decisive_words():
    value = infer("Home visit at 10am: no reply at the door, card left.", "child_seen", SUBJECT)
    assert value == FlagValue("no", "inferred", "no reply at the door, card left")


def test_not_known_is_empty_everywhere():
    assert assess({"event": "Case allocated to SW2."}, SUBJECT)["child_seen"] == FlagValue(
        "", "", ""
    )


# --- scores on the labelled sets -----------------------------------------------------------


def load(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def cells_of(row: dict[str, str]) -> dict[str, str]:
    return {
        "event": row["event"],
        "child_seen": row["child_seen_col"],
        "seen_alone": row["seen_alone_col"],
        "wishes_sought": row["wishes_col"],
    }


def scores(rows: list[dict[str, str]]) -> dict[str, dict[str, tuple[float, float, float, int]]]:
    """Per flag and class ("yes", "no"): precision, recall, F1, support."""
    predicted = [assess(cells_of(r), SUBJECT) for r in rows]
    table = {}
    for flag in FLAGS:
        pairs = [(r[flag], p[flag].value) for r, p in zip(rows, predicted)]
        table[flag] = {label: _prf(pairs, label) for label in ("yes", "no")}
    return table


def _prf(pairs: list[tuple[str, str]], label: str) -> tuple[float, float, float, int]:
    tp = sum(g == label and p == label for g, p in pairs)
    support = sum(g == label for g, _ in pairs)
    claimed = sum(p == label for _, p in pairs)
    precision = tp / claimed if claimed else 1.0
    recall = tp / support if support else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, support


def macro_f1(by_class: dict[str, tuple[float, float, float, int]]) -> float:
    return sum(v[2] for v in by_class.values()) / len(by_class)


def report(title: str, table) -> str:
    lines = [
        title,
        f"{'flag':<17}{'class':<6}{'prec':>6}{'rec':>6}{'F1':>6}{'n':>5}{'macro F1':>10}",
    ]
    for flag, by_class in table.items():
        for label, (p, r, f, n) in by_class.items():
            macro = f"{macro_f1(by_class):10.3f}" if label == "yes" else ""
            lines.append(f"{flag:<17}{label:<6}{p:6.3f}{r:6.3f}{f:6.3f}{n:5d}{macro}")
    return "\n".join(lines)


# Floors: see the module docstring for where each set's floor comes from.
@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("flags_labelled.csv", 0.83),
        ("flags_fresh.csv", 0.72),
        ("flags_heldout.csv", 0.75),
        # 0.66 -> 0.65 (2026-12-07): a teaching assistant's note of a child in PE is now seen
        # alone (a school with no carer), where this set's label is blank; the blind writers
        # split on such rows (tests/data/flags/README.md, "Seen at school" section)
        ("flags_final.csv", 0.65),
        ("flags_blind.csv", 0.67),
    ],
)
def test_scores(name, floor):
    rows = load(name)
    table = scores(rows)
    print("\n" + report(f"{name} ({len(rows)} rows)", table))
    for flag, by_class in table.items():
        assert macro_f1(by_class) >= floor, f"{name}: {flag} macro F1 below {floor}"


def test_labelled_sets_are_big_enough_and_well_formed():
    main, held = load("flags_labelled.csv"), load("flags_heldout.csv")
    fresh, final = load("flags_fresh.csv"), load("flags_final.csv")
    blind = load("flags_blind.csv")
    assert len(main) >= 300 and len(held) >= 80 and len(fresh) >= 150 and len(final) >= 100
    assert len(blind) >= 120
    for row in main + held + fresh + final + blind:
        assert all(row[f] in ("yes", "no", "") for f in FLAGS), row["id"]


# --- the model behind the rules ----------------------------------------------------------


def test_model_decides_only_where_no_rule_matches(monkeypatch):
    from chronology.flags import model

    monkeypatch.setattr(model, "models", lambda: sure_of("no"))
    ruled = infer("Home visit: no reply at the door.", "child_seen", SUBJECT)
    assert ruled.value == "no" and not ruled.evidence.startswith("likely: ")
    guessed = infer(
        "Officers unable to locate the family at the given address.", "child_seen", SUBJECT
    )
    assert guessed == FlagValue(
        "no", "inferred", "likely: Officers unable to locate the family at the given address"
    )


def test_model_no_for_a_wish_is_not_taken(monkeypatch):
    """Silence is not "no": only words say a child seen was not asked or said nothing, or had a
    carer with them ("with mum", "dad present"); the model's "no" from the rest of the entry is
    not taken (a carer downstairs, a neighbour at the desk, are not a carer in the room)."""
    from chronology.flags import model

    monkeypatch.setattr(model, "models", lambda: sure_of("no"))
    for flag in ("wishes_sought", "wishes_expressed", "seen_alone"):
        assert infer("Jayden seen at clinic, weighed.", flag, SUBJECT) == UNKNOWN
    assert infer("Jayden seen at clinic with mum, weighed.", "seen_alone", SUBJECT).value == "no"
    monkeypatch.setattr(model, "models", lambda: sure_of("yes"))
    assert infer("Jayden seen at clinic, weighed.", "wishes_sought", SUBJECT).value == "yes"


def test_model_leaves_the_other_flags_to_not_seen():
    result = assess({"event": "Telephone call to mother."}, SUBJECT)
    assert result["wishes_sought"].evidence.startswith("child not seen: ")


def test_model_weights_are_data_from_the_tuned_sets_only():
    """The weights come from our labelled sets and the blind sets' train and dev families: every
    one of those families (so the weights were relearned when a set was folded in), no test
    family."""
    import json

    from chronology.flags import labelled
    from chronology.flags.model import WEIGHTS, models

    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert data["trained_on"] == ["flags_labelled.csv", "flags_fresh.csv", "flags/ (train, dev)"]
    blind = Path(__file__).parent / "data" / "flags"
    parts = labelled.split(blind)
    assert all(parts.get(family) in ("train", "dev") for family in data["families"])
    tuned = {r["family"] for r in labelled.rows(blind, ("train", "dev"))}
    assert set(data["families"]) == tuned
    assert set(models()) == set(FLAGS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SUBJ was not seen", {"~F:sight", "SUBJ<~F:sight"}),
        ("PRO saw ADULT", {"F:sight>ADULT", "PRO<F:sight"}),
        ("SUBJ conveyed to the ward", {"SUBJ<F:sight", "F:place"}),
    ],
)
def test_features_keep_negation_and_who_is_next_to_whom(text, expected):
    from chronology.flags.features import features

    assert expected <= features(text)


def test_cross_validation_holds_out_a_family_whole():
    from chronology.flags.training import fold_of

    rows = [{"family": f"G{n:03}"} for n in range(40) for _ in range(3)]
    folds = {}
    for i, row in enumerate(rows):
        folds.setdefault(row["family"], set()).add(fold_of(row, i, 5))
    assert all(len(f) == 1 for f in folds.values())
    assert len({next(iter(f)) for f in folds.values()}) == 5
    assert [fold_of({}, i, 5) for i in range(6)] == [0, 1, 2, 3, 4, 0]


def test_model_sighting_of_a_group_is_not_of_the_child(monkeypatch):
    """ "Applicant with male and two children": the child is only one of a group the model
    might guess was seen, which is no sighting of this child; a named child still is one."""
    from chronology.flags import model

    monkeypatch.setattr(model, "models", lambda: sure_of("yes"))
    assert (
        infer("Accompanied viewing. Applicant with male and two children.", "child_seen", SUBJECT)
        == UNKNOWN
    )
    assert (
        infer("Accompanied viewing. Applicant with Jayden.", "child_seen", SUBJECT).value == "yes"
    )
