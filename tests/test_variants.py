"""Variant rules: every form a writer uses for a case identity."""

from datetime import date

import pytest

from anonymiser.records import CaseIdentifiers, Identity
from anonymiser.variants import address_aliases, distinctive_words, identifier_forms, variants

MOTHER = Identity(
    "person:mother", "person", "Kelly Ann Smith-Jones", aliases=("Kel",), pseudonym="Mother"
)
ROSE = Identity("person:sib", "person", "Rose Green", pseudonym="Sibling 1", born=date(2018, 1, 1))
PLACE = Identity(
    "address:home", "address", "14 Elm Road, Northtown, NT1 2AB", pseudonym="the family home"
)


def forms(identity):
    return {v.form for v in variants(identity)}


@pytest.mark.parametrize(
    "form",
    [
        "Kelly Ann Smith-Jones",
        "Kelly Smith-Jones",
        "Kelly",
        "Ann",
        "Smith-Jones",
        "Smith",
        "Jones",
        "Kel",
        "KS",
        "K.S.",
        "KAS",
        "K.A.S.",
        "K. Smith-Jones",
        "K Smith-Jones",
    ],
)
def test_person_forms(form):
    assert form in forms(MOTHER)


@pytest.mark.parametrize(
    "identity, form, guarded",
    [(ROSE, "Rose", True), (ROSE, "Green", False), (MOTHER, "Kelly", False)],
)
def test_word_names_are_guarded(identity, form, guarded):
    assert {v.form: v.guarded for v in variants(identity)}[form] is guarded


@pytest.mark.parametrize("form", ["14 Elm Road, Northtown, NT1 2AB", "14 Elm Road"])
def test_address_forms(form):
    assert form in forms(PLACE)


def test_initials_are_exact_case():
    assert all(v.exact_case for v in variants(MOTHER) if v.kind == "initials")


@pytest.mark.parametrize(
    "address, aliases",
    [
        (
            "27 Larkspur Close, Eastmoor, Northtown NT4 7QJ",
            ("27 Larkspur Close", "Larkspur Close", "27 Larkspur", "Eastmoor", "NT4 7QJ"),
        ),
        ("14 Elm Road, Northtown, NT1 2AB", ("14 Elm Road", "Elm Road", "14 Elm", "NT1 2AB")),
        (
            "Flat 3, 27 Larkspur Close, Eastmoor, Upper Moor, Northtown",
            ("27 Larkspur Close", "Larkspur Close", "27 Larkspur", "Eastmoor", "Upper Moor"),
        ),
        ("Rose Cottage, Mill Lane, Eastmoor, Northtown", ("Rose Cottage", "Mill Lane", "Eastmoor")),
        ("27 Larkspur Close", ("Larkspur Close", "27 Larkspur")),
    ],
)
def test_address_aliases_leave_the_town(address, aliases):
    assert address_aliases(address) == aliases


@pytest.mark.parametrize(
    "place, words",
    [
        ("Larkspur Close", ["Larkspur"]),
        ("Moorside Medical Practice", ["Moorside"]),
        ("Eastmoor Children's Centre", ["Eastmoor"]),
        ("Little Acorns Day Nursery", []),  # "Acorns" is a common word: aliases only
        ("St Anne's C of E Primary School", []),
        ("Hawthorn Terrace", []),
        ("Corporation Street", []),
    ],
)
def test_distinctive_place_words(place, words):
    assert distinctive_words(place) == words


HOME = Identity(
    "address:home",
    "address",
    "27 Larkspur Close, Eastmoor, Northtown NT4 7QJ",
    aliases=("27 Larkspur Close", "NT4 7QJ"),
    pseudonym="the family home",
)
NURSERY = Identity(
    "place:1", "place", "Little Acorns Day Nursery", aliases=("Little Acorns",), pseudonym="N"
)
CENTRE = Identity("place:2", "place", "Eastmoor Children's Centre", pseudonym="the centre")
IDS = CaseIdentifiers((MOTHER, ROSE, HOME, NURSERY, CENTRE), ("Helen Marsh",), redact=("blue van",))


def listed():
    return {(f.text, f.identity_key): f for f in identifier_forms(IDS)}


@pytest.mark.parametrize(
    "text, key, kind, case_sensitive, name_use_only",
    [
        ("Kelly Ann Smith-Jones", "person:mother", "full", False, False),
        ("Jones", "person:mother", "surname", False, False),
        ("KS", "person:mother", "initials", True, False),
        ("Rose", "person:sib", "part", False, True),
        ("Larkspur Close", "address:home", "alias", False, False),
        ("Eastmoor", "address:home", "alias", False, False),
        ("NT4 7QJ", "address:home", "alias", False, False),
        ("Larkspur", "address:home", "place-word", False, False),
        ("Little Acorns", "place:1", "alias", False, False),
        ("blue van", "redact", "redact", False, False),
    ],
)
def test_identifier_forms_lists(text, key, kind, case_sensitive, name_use_only):
    form = listed()[(text, key)]
    assert (form.kind, form.case_sensitive, form.name_use_only) == (
        kind,
        case_sensitive,
        name_use_only,
    )


@pytest.mark.parametrize(
    "text",
    ["Northtown", "Acorns", "Helen Marsh", "Marsh", "Day", "Nursery"],
)
def test_identifier_forms_leave(text):
    assert not any(f.text.casefold() == text.casefold() for f in identifier_forms(IDS))


def test_locality_word_goes_to_the_address_not_the_centre():
    assert ("Eastmoor", "place:2") not in listed()


@pytest.mark.parametrize(
    "name, aliases, present, absent",
    [
        ("Jean Abbott", ("Sister Abbott",), {"Sister Abbott", "Abbott"}, {"Sister"}),
        ("Dr Imran Shah", ("Dr Shah",), {"Imran Shah", "Shah", "IS"}, {"Dr", "DS", "DIS"}),
        ("Daniel Whitaker", ("PC Whitaker",), {"PC Whitaker", "Whitaker"}, {"PC"}),
        ("Lorraine Pickering", ("Nanna Lorraine",), {"Nanna Lorraine", "Lorraine"}, {"Nanna"}),
        ("Claire Benson", ("HV Benson",), {"HV Benson"}, {"HV"}),
        (
            "Detective Chief Inspector Martin Sowerby",
            (),
            {"Martin Sowerby", "Sowerby"},
            {"Detective", "Chief", "Inspector"},
        ),
        ("Paul Nurse", ("Mr Nurse",), {"Nurse", "Mr Nurse"}, {"Mr"}),
    ],
)
def test_titles_are_not_identifiers(name, aliases, present, absent):
    found = forms(Identity("professional:1", "professional", name, aliases=aliases))
    assert present <= found and not absent & found


def test_capital_alias_is_initials():
    [v] = variants(Identity("person:c", "person", "TJ"))
    assert (v.kind, v.exact_case) == ("initials", True)


def test_a_role_word_before_a_name_in_an_alias_is_not_an_identifier():
    from anonymiser.records import Identity
    from anonymiser.variants import person_variants

    pro = Identity(
        "professional:1",
        "professional",
        "Karen Whiteley",
        aliases=("Paramedic Whiteley",),
        role="Paramedic",
    )
    forms = {v.form.casefold() for v in person_variants(pro)}
    assert "paramedic" not in forms
    assert {"whiteley", "paramedic whiteley"} <= forms


def test_first_name_and_surname_initial_is_one_name():
    from anonymiser.engine import Anonymiser
    from anonymiser.key import PseudonymKey
    from anonymiser.records import CaseIdentifiers, Identity

    kacey = Identity("person:k", "person", "Kacey Pritchard", pseudonym="Child K", aliases=("KP",))
    net = Anonymiser(CaseIdentifiers((kacey,), ()), PseudonymKey(), ner=False)
    assert net.anonymise(["HCSC IMR Kacey P - export", "Kacey P. seen."]) == [
        "HCSC IMR Child K - export",
        "Child K seen.",
    ]
