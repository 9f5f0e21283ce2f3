"""The case matcher: spelling, case, punctuation and word-name rules."""

import pytest

from anonymiser.matcher import CaseMatcher, limit
from anonymiser.records import Identity
from anonymiser.variants import Variant, variants

JAYDEN = Identity("person:child-a", "person", "Jayden O'Neil", pseudonym="Child A")
ROSE = Identity("person:sib", "person", "Rose Green", pseudonym="Sibling 1")
DEAN = Identity("person:partner", "person", "Dean Anthony Hollis", pseudonym="Mother's partner")
WILL = Identity("person:uncle", "person", "Will Hollis", pseudonym="Uncle")
JAMES = Identity("person:sib2", "person", "James Ashworth", pseudonym="Sibling 2")
SHAH = Identity("professional:1", "professional", "Imran Shah", role="GP")
MATCHER = CaseMatcher(
    [v for i in (JAYDEN, ROSE, DEAN, WILL, JAMES, SHAH) for v in variants(i)],
    {"jayden": ("person:child-a",)},
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
        # found on the sample: a word-name in quotes, and before a verb
        ("Applicant with male ('Dean') and two children.", ["Dean"]),
        ("Sibling spoke of 'Dean pushing Jayden'", ["Dean", "Jayden"]),
        ("\u2018Dean\u2019 said so", ["Dean"]),
        ('"Dean" said so', ["Dean"]),
        ("Dean said no.", ["Dean"]),
        ("DEAN HOLLIS", ["DEAN HOLLIS"]),
        ("He met the Dean of the faculty.", []),
        ("Dean of the faculty wrote.", []),
        ("a dean was there", []),
        ("Dean's car", ["Dean's"]),
        # sentence-opening word-names: names only before a verb or another name part
        ("Will the mother attend?", []),
        ("Will said he would.", ["Will"]),
        ("Will Hollis came.", ["Will Hollis"]),
        ("Will pushed him.", ["Will"]),
        ("Will be seen.", []),
        # an apostrophe after a name is a possessive only after s
        ("James' coat", ["James'"]),
        ("'Dean pushing Jayden' was said", ["Dean", "Jayden"]),
        ("O'Dean came", []),  # an apostrophe inside a name is no quotation mark
        # initials: exact case, never inside a hyphenated token
        ("IS saw him; CP-IS checked", ["IS"]),
        ("it is so", []),
        ("IS-CP", []),
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


@pytest.mark.parametrize(
    "text, possessive",
    [("Jayden' said", None), ("James' coat", "'"), ("Jayden's cot", "'s")],
)
def test_trailing_apostrophe(text, possessive):
    [hit] = MATCHER.hits(text)
    assert hit.possessive == possessive


@pytest.mark.parametrize(
    "text",
    [
        "Police used powers under s46 CA 1989 that night.",
        "A section 47 of the CA 1989 enquiry began.",
        "An assessment under Section 20 CA was agreed.",
        "The CA 1989 duties were explained.",
    ],
)
def test_initials_beside_a_section_number_or_year_are_an_act_not_a_person(text):
    matcher = CaseMatcher(
        [
            Variant("CA", "carla", "initials", exact_case=True),
            Variant("Carla Ashworth", "carla", "full"),
        ]
    )
    assert matcher.hits(text) == []


def test_initials_standing_as_a_person_are_still_found_beside_a_section_elsewhere():
    matcher = CaseMatcher([Variant("CA", "carla", "initials", exact_case=True)])
    hits = matcher.hits("CA told the s47 team she was afraid.")
    assert [h.text for h in hits] == ["CA"]


def test_plo_and_order_abbreviations_are_never_a_persons_initials():
    paula = Identity("person:pl", "person", "Paula Lucy Owens", pseudonym="Aunt")
    matcher = CaseMatcher(variants(paula))
    assert matcher.hits("The PLO meeting was held.") == []
    assert [h.text for h in matcher.hits("Paula Lucy Owens came.")] == ["Paula Lucy Owens"]
