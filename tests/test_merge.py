"""Merging IMR rows: nothing dropped, ordered, grouped, undated rows reported and kept."""

from dataclasses import dataclass
from pathlib import Path

import pytest

from chronology.entries import FLAG_NAMES
from chronology.merge import event_kinds, merge, prefixed
from chronology.records import ChronologyRow, Imr, Origin, Table


@dataclass(frozen=True)
class Flag:
    value: str = ""
    source: str = ""
    evidence: str = ""


def flagger(cells):
    return {
        name: Flag(cells.get(name, ""), "stated" if cells.get(name) else "", "")
        for name in FLAG_NAMES
    }


def imr(agency, *rows, file=None):
    """An IMR whose chronology is table 2; each row is (date, event) or (date, event, {cells})."""
    name = file or f"{agency.lower()}.docx"
    built = []
    for number, (when, event, *more) in enumerate(rows, 2):
        cells = {"date": when, "event": event, **(more[0] if more else {})}
        built.append(ChronologyRow(Origin(name, 2, number), cells))
    header = Table(
        2,
        ("When", "Time", "What happened"),
        (),
        (),
        {"date": 0, "time": 1, "event": 2},
        is_chronology=True,
    )
    return Imr(path=Path(name), agency=agency, tables=(header,), chronology=tuple(built))


def events(result):
    return [e.event for e in result.chronology.entries]


def test_orders_by_date_then_time_then_agency_then_row():
    police = imr(
        "Police",
        ("5/3/10", "p-late"),
        ("3/3/10", "p-early"),
        ("3/3/10", "p-10am", {"time": "10:00"}),
    )
    health = imr(
        "Health",
        ("3/3/10", "h-9am", {"time": "09:00"}),
        ("3/3/10", "h-notime"),
        ("4/3/10", "h-next"),
    )
    result = merge([police, health], flagger)
    assert events(result) == ["p-early", "h-notime", "h-9am", "p-10am", "h-next", "p-late"]


@pytest.mark.parametrize(
    "order, expected",
    [
        (("Police", "Health"), ["police", "health"]),
        (("Health", "Police"), ["health", "police"]),
    ],
)
def test_agency_order_breaks_ties(order, expected):
    imrs = {
        "Police": imr("Police", ("3/3/10", "police")),
        "Health": imr("Health", ("3/3/10", "health")),
    }
    assert events(merge([imrs[a] for a in order], flagger)) == expected


def test_seq_column_orders_within_a_day():
    school = imr(
        "School",
        ("3/3/10", "second", {"seq": "2"}),
        ("3/3/10", "first", {"seq": "1"}),
        ("3/3/10", "between", {"seq": "1.5"}),
    )
    assert events(merge([school], flagger)) == ["first", "between", "second"]


def test_nothing_dropped_nothing_duplicated():
    imrs = [
        imr("Police", *[(f"{d}/3/10", f"p{d}") for d in range(1, 20)]),
        imr("Health", *[(f"{d}/3/10", f"h{d}") for d in range(5, 30, 3)], ("bad", "hx")),
    ]
    result = merge(imrs, flagger)
    origins = [e.origin for e in result.chronology]
    assert len(origins) == len(set(origins)) == 19 + 9 + 1


def test_unreadable_date_is_reported_and_kept():
    result = merge([imr("Police", ("3/3/10", "fine"), ("31/02/2010", "bad date"))], flagger)
    assert [e.event for e in result.chronology.undated] == ["bad date"]
    assert result.chronology.undated[0].date is None
    assert result.chronology.undated[0].date_text == "31/02/2010"
    (problem,) = result.problems
    assert problem.file == "police.docx"
    assert problem.place == "table 2, row 3, column 'When'"
    assert "February 2010 has 28 days" in problem.message
    assert "Correct the cell" in problem.advice


def test_bad_time_names_the_time_column():
    result = merge([imr("Police", ("3/3/10", "x", {"time": "25:00"}))], flagger)
    assert result.problems[0].place == "table 2, row 2, column 'Time'"


def test_end_date_makes_a_range():
    result = merge([imr("CSC", ("3/3/10", "stay", {"end_date": "5/3/10"}))], flagger)
    assert result.chronology.entries[0].date.display == "03/03/2010 – 05/03/2010"


def test_blank_rows_are_skipped():
    result = merge([imr("CSC", ("", "", {"source": " "}), ("3/3/10", "x"))], flagger)
    assert len(result.chronology) == 1 and not result.problems


@pytest.mark.parametrize(
    "agency, source, expected",
    [
        ("Police", "PC 123 notes", "Police: PC 123 notes"),
        ("Police", "Police: PC 123 notes", "Police: PC 123 notes"),
        ("Police", "police control room log", "police control room log"),
        ("Police", "", "Police"),
        ("Health", "  GP record ", "Health: GP record"),
    ],
)
def test_source_is_prefixed_once(agency, source, expected):
    assert prefixed(agency, source) == expected


def test_entry_keeps_flags_seq_and_extra_cells():
    row = {
        "source": "HV diary",
        "action": "letter sent",
        "child_seen": "yes",
        "analysis": "good practice",
    }
    (entry,) = merge([imr("Health", ("3/3/10", "home visit", row))], flagger).chronology
    assert (entry.source, entry.action, entry.child_seen.value, entry.seq) == (
        "Health: HV diary",
        "letter sent",
        "yes",
        1,
    )
    assert entry.extra == {"analysis": "good practice"}


GROUPING = [
    # (agency, date, event) rows; expected group ids in merged order
    (
        [
            ("Police", "3/3/10", "Strategy meeting held"),
            ("CSC", "3/3/10", "strategy discussion with police"),
        ],
        ["G1", "G1"],
    ),
    (
        [("Police", "3/3/10", "Strategy meeting held"), ("CSC", "4/3/10", "Strategy meeting held")],
        ["", ""],
    ),
    (
        [
            ("Police", "3/3/10", "Strategy meeting held"),
            ("Police", "3/3/10", "Strategy meeting minutes typed"),
        ],
        ["", ""],
    ),
    (
        [("Police", "3/3/10", "Strategy meeting held"), ("CSC", "3/3/10", "Core group meeting")],
        ["", ""],
    ),
    (
        [
            ("Health", "3/3/10", "Attended ICPC"),
            ("CSC", "3/3/10", "Initial child protection conference"),
            ("School", "3/3/10", "child protection conference, report sent"),
        ],
        ["G1", "G1", "G1"],
    ),
    ([("CSC", "w/c 1/3/10", "core group"), ("Health", "3/3/10", "Core Group")], ["G1", "G1"]),
    ([("CSC", "March 2010", "core group"), ("Health", "3/3/10", "Core Group")], ["", ""]),
    (
        [
            ("Police", "3/3/10", "joint visit with SW"),
            ("CSC", "3/3/10", "Joint home visit"),
            ("Police", "9/3/10", "MARAC"),
            ("Health", "9/3/10", "marac referral discussed"),
        ],
        ["G1", "G1", "G2", "G2"],
    ),
    (
        [("Police", "3/3/10", "section 47 joint visit"), ("CSC", "3/3/10", "S47 joint visit")],
        ["G1", "G1"],
    ),
]


@pytest.mark.parametrize("rows, groups", GROUPING)
def test_groups_the_same_event_reported_by_several_agencies(rows, groups):
    agencies = list(dict.fromkeys(a for a, _, _ in rows))
    imrs = [imr(a, *[(d, e) for aa, d, e in rows if aa == a]) for a in agencies]
    result = merge(imrs, flagger)
    assert [e.group for e in result.chronology.entries] == groups
    assert len(result.chronology) == len(rows)


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("Strategy discussion by phone", {"strategy meeting"}),
        ("RCPC held", {"child protection conference"}),
        ("TAC meeting at school", {"team around the child"}),
        ("home visit", set()),
        ("attack on the child", set()),
    ],
)
def test_event_kinds(text, kinds):
    (entry,) = merge([imr("CSC", ("3/3/10", text))], flagger).chronology
    assert event_kinds(entry) == kinds


def test_map_text_transforms_every_text_in_one_call():
    row = {"source": "SW Jo Bloggs", "action": "Jo to call", "notes": "Jo again"}
    result = merge([imr("CSC", ("3/3/10", "Jo visited", row), ("bad", "Jo undated"))], flagger)
    calls = []

    def upper(texts):
        calls.append(len(texts))
        return [t.replace("Jo", "SW1") for t in texts]

    changed = result.chronology.map_text(upper)
    assert len(calls) == 1
    first, undated = changed.entries[0], changed.undated[0]
    assert (first.source, first.event, first.action, first.extra["notes"]) == (
        "CSC: SW SW1 Bloggs",
        "SW1 visited",
        "SW1 to call",
        "SW1 again",
    )
    assert undated.event == "SW1 undated"
    assert first.date == result.chronology.entries[0].date


def test_map_text_refuses_a_short_answer():
    result = merge([imr("CSC", ("3/3/10", "x"))], flagger)
    with pytest.raises(ValueError, match="texts back"):
        result.chronology.map_text(lambda texts: texts[:-1])
