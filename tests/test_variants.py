"""Variant rules: every form a writer uses for a case identity."""

from datetime import date

import pytest

from anonymiser.records import Identity
from anonymiser.variants import variants

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
