"""The case matcher: spelling, case, punctuation and word-name rules."""

import pytest

from anonymiser.matcher import CaseMatcher, limit
from anonymiser.records import Identity
from anonymiser.variants import variants

JAYDEN = Identity("person:child-a", "person", "Jayden O'Neil", pseudonym="Child A")
ROSE = Identity("person:sib", "person", "Rose Green", pseudonym="Sibling 1")
MATCHER = CaseMatcher(
    [v for i in (JAYDEN, ROSE) for v in variants(i)], {"jayden": ("person:child-a",)}
)


def found(text):
    return [h.text for h in MATCHER.hits(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jayden's cot", ["Jayden's"]),
        ("Jayden’s cot", ["Jayden’s"]),
        ("JAYDEN O'NEIL said", ["JAYDEN O'NEIL"]),
        ("Jayden O’Neil said", ["Jayden O’Neil"]),
        ("Jayden\u00a0O'Neil said", ["Jayden\u00a0O'Neil"]),
        ("Master O'Neil cried", ["Master O'Neil"]),
        ("J.O. and JO and J O'Neil", ["J.O.", "JO", "J O'Neil"]),
        ("jo went home", []),
        ("Jaydenson is not him", []),
        ("Rose went to school", ["Rose"]),
        ("Later, Rose went out", ["Rose"]),
        ("a rose garden", []),
        ("Rose Green came", ["Rose Green"]),
        ("Miss Rose came", ["Miss Rose"]),
    ],
)
def test_hits(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected", [("Jaydon was seen", ["Jaydon"]), ("Hayden was seen", [])]
)
def test_fuzzy(text, expected):
    assert [h.text for h in MATCHER.fuzzy_hits(text, [], lambda w: w == "Hayden")] == expected


@pytest.mark.parametrize(
    "word, allowed", [("Amy", 0), ("Kelly", 1), ("Jayden", 1), ("Jennifer", 2)]
)
def test_edit_distance_limit(word, allowed):
    assert limit(word) == allowed
