"""A listed person's date of birth is an identifier in both profiles, in whatever format it is
written and with or without "DOB" before it (SPEC, Anonymisation; found on the northshire corpus:
"Child A (14.08.21)" in a table cell, "(14-Aug-2021)" in a header, "her DOB as 25/06/1971" in a
footnote survived the submission profile). A cell that is only the date stays: it is the date of
a chronology row, such as the birth itself."""

from datetime import date

import pytest

from anonymiser.engine import Anonymiser
from anonymiser.key import PseudonymKey
from anonymiser.recognisers import known_birth_dates
from anonymiser.records import CaseIdentifiers, Identity

PEOPLE = (
    Identity(
        "person:child-a", "person", "Jayden Smith", pseudonym="Child A", born=date(2021, 8, 14)
    ),
    Identity(
        "person:mgm",
        "person",
        "Pat Smith",
        pseudonym="Maternal grandmother",
        born=date(1971, 6, 25),
    ),
)
INCIDENT = date(2024, 3, 3)


def _anonymiser(profile: str) -> Anonymiser:
    ids = CaseIdentifiers(PEOPLE, kept_names=(), incident=INCIDENT, profile=profile)
    return Anonymiser(ids, PseudonymKey(), ner=False)


@pytest.fixture(scope="module")
def submission():
    return _anonymiser("submission")


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Jayden Smith (14.08.21) admitted with a head injury.", "14.08.21"),
        ("IN CONFIDENCE · GP IMR · Jayden Smith (14-Aug-2021)", "14-Aug-2021"),
        ("The record gives her DOB as 25/06/1971.", "25/06/1971"),
        ("Born 14th August 2021 at 39 weeks.", "14th August 2021"),
        ("Registered on Aug 14, 2021 with the practice.", "Aug 14, 2021"),
    ],
)
def test_a_known_birth_date_goes_in_any_format(submission, text, gone):
    out = submission.anonymise([text])[0]
    assert gone not in out
    assert "[date of birth]" in out


def test_other_dates_and_a_date_cell_stay(submission):
    texts = ["Seen on 15/08/2021 by the HV.", "14/08/2021", "14/08/2021 10:30", "14.08.21 pm"]
    assert submission.anonymise(texts) == texts


def test_publication_gives_the_age_where_the_birth_date_stood():
    out = _anonymiser("publication").anonymise(["Jayden Smith (14.08.21) was seen."])[0]
    assert out == "Child A (aged 2) was seen."


def test_no_birth_dates_no_recogniser():
    assert known_birth_dates([Identity("person:x", "person", "Kim Lee")]) == ()
