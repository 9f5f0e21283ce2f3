"""The publication wording of places and dates (issue 17.7): a full address written in parts is
one replacement, never "the family home, the family home", in both profiles, for the case's own
address and an unlisted one; "c." stays beside a month-only date."""

from datetime import date

import pytest

from anonymiser.engine import Anonymiser
from anonymiser.key import PseudonymKey
from anonymiser.records import CaseIdentifiers, Identity

PEOPLE = (
    Identity(
        "person:child-a", "person", "Jayden Smith", pseudonym="Child A", born=date(2021, 5, 1)
    ),
    Identity("address:1", "address", "14 Larch Close, Northtown, NT4 2QP"),
    Identity("place:2", "place", "Northtown", pseudonym="Town A"),
)


@pytest.fixture(scope="module", params=["submission", "publication"])
def anonymiser(request):
    ids = CaseIdentifiers(PEOPLE, kept_names=(), incident=date(2024, 3, 3), profile=request.param)
    return Anonymiser(ids, PseudonymKey(), ner=True)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Home visit to 14 Larch Close, Northtown NT4 2QP.", "Home visit to the family home."),
        ("Lives at 14 Larch Close, Northtown, NT4 2QP today.", "Lives at the family home today."),
        (
            "Visit to 27 Birch Avenue, Southbridge, SB2 7XY (grandmother).",
            "Visit to [address] (grandmother).",
        ),
        ("Moved to Flat 3, 9 Mill Lane, Northtown, NT1 1AA in May.", "Moved to [address] in May."),
    ],
)
def test_an_address_in_parts_is_one_replacement(anonymiser, text, expected):
    assert anonymiser.anonymise([text])[0] == expected


def test_a_town_after_an_address_keeps_its_own_replacement(anonymiser):
    out = anonymiser.anonymise(["Seen at 14 Larch Close, Northtown."])[0]
    assert out.startswith("Seen at the family home, ")
    assert "Northtown" not in out and out.count("the family home") == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Seen c. early April 2024 by the HV.", "Seen c. early April 2024 by the HV."),
        ("Visit c. 3 April 2024.", "Visit c. April 2024."),
    ],
)
def test_publication_keeps_circa_beside_a_month_only_date(text, expected):
    ids = CaseIdentifiers((), kept_names=(), profile="publication")
    assert Anonymiser(ids, PseudonymKey(), ner=False).anonymise([text]) == [expected]
