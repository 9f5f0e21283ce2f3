"""The summary: counts per agency, sightings, the longest gap, the last sighting."""

from dataclasses import dataclass
from datetime import date

import pytest

from chronology.dates import parse_date
from chronology.entries import Chronology, ChronologyEntry
from chronology.records import Origin
from chronology.summary import is_no_access, summarise


@dataclass(frozen=True)
class Flag:
    value: str = ""
    source: str = ""
    evidence: str = ""


def entry(when, agency="CSC", event="visit", seen="", alone="", sought="", said="", seq=1):
    return ChronologyEntry(
        date=parse_date(when) if when else None,
        agency=agency,
        source=agency,
        event=event,
        action="",
        child_seen=Flag(seen),
        seen_alone=Flag(alone),
        wishes_sought=Flag(sought),
        wishes_expressed=Flag(said),
        origin=Origin("x.docx", 2, seq + 1),
        seq=seq,
        date_text=when or "???",
    )


def chronology(*entries):
    dated = tuple(e for e in entries if e.date)
    return Chronology(
        dated,
        tuple(e for e in entries if not e.date),
        tuple(dict.fromkeys(e.agency for e in entries)),
    )


def test_counts_per_agency_and_overall():
    summary = summarise(
        chronology(
            entry("1/3/10", "CSC", seen="yes", alone="yes", sought="yes", said="yes"),
            entry("2/3/10", "CSC", event="No access, calling card left", seen="no"),
            entry("3/3/10", "Health", seen="yes"),
            entry("4/3/10", "Health", event="referral received"),
            entry("", "Health", seen="yes"),
        )
    )
    csc, health = summary.agencies
    assert (
        csc.agency,
        csc.entries,
        csc.contacts,
        csc.seen,
        csc.seen_alone,
        csc.wishes_sought,
        csc.wishes_expressed,
        csc.no_access,
    ) == ("CSC", 2, 2, 1, 1, 1, 1, 1)
    assert (health.entries, health.contacts, health.seen, health.undated) == (3, 2, 2, 1)
    assert (summary.total.entries, summary.total.seen, summary.undated) == (5, 3, 1)
    assert (summary.first, summary.last) == (date(2010, 3, 1), date(2010, 3, 4))


def test_longest_gap_between_sightings_by_any_agency():
    summary = summarise(
        chronology(
            entry("1/3/10", "CSC", seen="yes"),
            entry("5/3/10", "Police", seen="no"),
            entry("20/3/10", "Health", seen="yes"),
            entry("25/3/10", "CSC", seen="yes"),
        )
    )
    gap = summary.longest_gap
    assert (gap.start, gap.end, gap.days) == (date(2010, 3, 1), date(2010, 3, 20), 19)
    assert (gap.before.agency, gap.after.agency) == ("CSC", "Health")


def test_gap_counts_only_days_certainly_without_a_sighting():
    summary = summarise(chronology(entry("March 2010", seen="yes"), entry("10/4/10", seen="yes")))
    assert summary.longest_gap.days == 10  # from 31 March, not from 1 March


@pytest.mark.parametrize(
    "seen, expected", [([], None), (["1/3/10"], None), (["1/3/10", "1/3/10"], None)]
)
def test_no_gap_without_two_sighting_days(seen, expected):
    summary = summarise(chronology(*[entry(d, seen="yes", seq=i) for i, d in enumerate(seen)]))
    assert summary.longest_gap is expected


def test_last_sighting_before_the_incident():
    summary = summarise(
        chronology(
            entry("1/3/10", "CSC", seen="yes"),
            entry("9/3/10", "Health", seen="yes"),
            entry("12/3/10", "Police", seen="yes", event="child taken to hospital"),
        ),
        incident=date(2010, 3, 12),
    )
    last = summary.last_sighting
    assert (last.date, last.agency, last.days_before_incident) == (date(2010, 3, 9), "Health", 3)
    assert last.entry.event == "visit"


def test_last_sighting_without_incident():
    summary = summarise(chronology(entry("1/3/10", seen="yes"), entry("9/3/10", seen="no")))
    assert summary.last_sighting.date == date(2010, 3, 1)
    assert summary.last_sighting.days_before_incident is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("No access to the property", True),
        ("no reply at the door", True),
        ("No answer at the door", True),
        ("Tyler was not brought to clinic", True),
        ("WNB to speech therapy", True),
        ("DNA clinic appointment", True),
        ("mother did not attend the review", True),
        ("Failed to attend nursery", True),
        ("nobody home", True),
        ("seen at home with mother", False),
        ("DNA test requested by father", False),
        ("dna of the case", False),
        ("access to the garden", False),
    ],
)
def test_no_access_words(text, expected):
    assert is_no_access(entry("1/3/10", event=text)) is expected
