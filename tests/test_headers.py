"""Header synonyms: what agencies call their columns."""

from __future__ import annotations

import pytest

from chronology.headers import (
    ACTION_PLAN_COLUMNS,
    CHRONOLOGY_COLUMNS,
    canonical,
    has_source,
    is_action_plan,
    is_chronology,
    match_action_plan,
    match_header,
    normalise,
)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Date", "date"),
        ("Date/Time", "date"),
        ("When", "date"),
        ("Date of contact", "date"),
        ("Start date", "date"),
        ("Date and time of attendance", "date"),
        ("DATE OF CONTACT / EVENT", "date"),
        ("Time", "time"),
        ("End date", "end_date"),
        ("Source", "source"),
        ("Source of information", "source"),
        ("Agency/Source", "source"),
        ("Clinician", "source"),
        ("Practitioner", "source"),
        ("Author", "source"),
        ("Source of information (role)", "source"),
        ("Agency", "agency"),
        ("Event", "event"),
        ("Details of contact", "event"),
        ("Details", "event"),
        ("Occurrence", "event"),
        ("Consultation notes", "event"),
        ("Significant event", "event"),
        ("Description", "event"),
        ("Summary of contact", "event"),
        ("Action taken", "action"),
        ("Outcome / Action", "action"),
        ("Analysis", "analysis"),
        ("Comment", "analysis"),
        ("Child seen?", "child_seen"),
        ("Child seen (Y/N)", "child_seen"),
        ("Was the child seen", "child_seen"),
        ("Child seen alone?", "seen_alone"),
        ("Seen alone (Y/N)", "seen_alone"),
        ("Wishes and feelings", "wishes_expressed"),
        ("Child's views", "wishes_expressed"),
        ("Child\u2019s views", "wishes_expressed"),
        ("Wishes sought", "wishes_sought"),
        ("Seq", "seq"),
        ("Age", "age"),
        ("Type of contact", "contact_type"),
        ("Seen by", "source"),
        ("Presenting complaint / findings", "event"),
        ("Favourite colour", None),
        ("", None),
    ],
)
def test_canonical(header, expected):
    assert canonical(header) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("  Date/Time ", "date time"), ("Child's views?", "childs views"), ("A & B", "a and b")],
)
def test_normalise(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("cells", "columns", "chronology", "source"),
    [
        (
            ("Date", "Source of information", "Details of contact"),
            {"date": 0, "source": 1, "event": 2},
            True,
            True,
        ),
        (("Date", "Date of contact", "Event"), {"date": 0, "event": 2}, True, False),
        (("When", "Agency", "What happened"), {"date": 0, "agency": 1, "event": 2}, True, True),
        (("Name", "Role"), {}, False, False),
        (("Date", "Time", "Source"), {"date": 0, "time": 1, "source": 2}, False, True),
    ],
)
def test_match_header(cells, columns, chronology, source):
    found = match_header(cells)
    assert found == columns
    assert is_chronology(found) is chronology
    assert has_source(found) is source


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (("Recommendation", "Action", "Lead", "By when", "Outcome", "Measure", "Status"), True),
        (("Rec No", "Key actions", "Lead officer", "Target date"), True),
        (("Date", "Source", "Action taken"), False),
        (("Recommendation",), False),
    ],
)
def test_action_plan(cells, expected):
    assert is_action_plan(match_action_plan(cells)) is expected


@pytest.mark.parametrize("registry", [CHRONOLOGY_COLUMNS, ACTION_PLAN_COLUMNS])
def test_registry_is_normalised_data_without_clashes(registry):
    synonyms = [s for _, group in registry for s in group]
    assert len({name for name, _ in registry}) == len(registry)
    assert len(synonyms) == len(set(synonyms)), "a synonym names two columns"
    assert all(s == normalise(s) for s in synonyms), "synonyms are matched normalised"
