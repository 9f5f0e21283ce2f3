"""The anonymiser end to end on plain texts: replacements, grammar, ambiguity, keep, profiles."""

from datetime import date

import pytest

from anonymiser.engine import Anonymiser
from anonymiser.key import PseudonymKey
from anonymiser.records import CaseIdentifiers, Identity
from anonymiser.review import write_review

PEOPLE = (
    Identity(
        "person:child-a",
        "person",
        "Jayden Smith",
        aliases=("Jay",),
        pseudonym="Child A",
        born=date(2021, 5, 1),
    ),
    Identity(
        "person:mother", "person", "Kelly Ann Smith", pseudonym="Mother", born=date(1995, 2, 3)
    ),
    Identity("person:sib", "person", "Rose Jones", pseudonym="Sibling 1", born=date(2018, 1, 1)),
    Identity("professional:1", "professional", "Orla O'Brien", role="Social Worker"),
    Identity("professional:2", "professional", "Ahmed Khan", role="Health Visitor"),
    Identity("place:1", "place", "Elm Road Primary School", pseudonym="Primary School A"),
)


def case(profile="submission", **kw):
    return CaseIdentifiers(
        PEOPLE, kept_names=("Helen Marsh",), incident=date(2024, 3, 3), profile=profile, **kw
    )


@pytest.fixture(scope="module")
def net():
    return Anonymiser(case(), PseudonymKey(), ner=True)


CASES = [
    (
        "Jayden's mother, Kelly Ann Smith, said JAYDEN was fine.",
        "Child A's mother said Child A was fine.",
    ),
    ("Mrs Smith rang Orla O’Brien.", "Mother rang Social Worker 1."),
    ("Master Smith cried.", "Child A cried."),
    ("The Smith family moved; the Smiths moved.", "The family moved; the family moved."),
    ("Kelly A. Smith and K.A.S. came.", "Mother and Mother came."),
    (
        "She met a Orla O'Brien and an Ahmed Khan.",
        "She met a Social Worker 1 and a Health Visitor 1.",
    ),
    ("Jay went to Elm Road Primary School.", "Child A went to Primary School A."),
    ("Jaydon was seen.", "Child A was seen."),
    ("Rose went out. A rose bush.", "Sibling 1 went out. A rose bush."),
    (
        "NHS 943 476 5919, DOB 03/04/2021, LS1 4AB, 07700 900123.",
        "NHS [NHS number], DOB [date of birth], [postcode], [phone number].",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_case_replacements(text, expected):
    assert Anonymiser(case(), PseudonymKey(), ner=False).anonymise([text]) == [expected]


TEEN = Identity(
    "person:child-a", "person", "Jayden Smith", pseudonym="Child A", born=date(2008, 5, 1)
)
GRAN = Identity(
    "person:gran", "person", "Pat Smith", pseudonym="Maternal grandmother", born=date(1960, 1, 1)
)


def older(*people):
    return CaseIdentifiers(people, kept_names=(), incident=date(2024, 3, 3))


def test_shared_surname_follows_most_recent_mention():
    a = Anonymiser(older(TEEN, PEOPLE[1]), PseudonymKey(), ner=False)
    assert a.anonymise(["Jayden cried.", "Smith was tired."]) == [
        "Child A cried.",
        "Child A was tired.",
    ]


def test_a_bare_surname_is_not_a_young_child():
    """Police and schools write an adult (or an older pupil) by bare surname, never a child of
    two: "Jayden cried. SMITH charged" is his mother, the only adult Smith."""
    a = Anonymiser(case(), PseudonymKey(), ner=False)
    assert a.anonymise(["Jayden cried.", "SMITH charged."]) == ["Child A cried.", "Mother charged."]
    # the child is still named by his own forms, and "Master Smith" is still him
    assert a.anonymise(["Jayden Smith cried.", "Master Smith cried."]) == [
        "Child A cried.",
        "Child A cried.",
    ]


def test_a_bare_surname_is_not_given_from_an_entry_long_before():
    """A bare surname several adults carry takes the one named in this text or the one just
    before it (the row's other cell), never one from an entry long before: the grandmother
    named three entries back is not who "SMITH arrested" names."""
    a = Anonymiser(older(TEEN, PEOPLE[1], GRAN), PseudonymKey(), ner=False)
    out = a.anonymise(["Jayden cried.", "Smith was tired.", "Visit.", "Note.", "Smith arrested."])
    assert out[1] == "Child A was tired."  # the line before named him
    assert out[4] == "A family member arrested."


def test_shared_surname_unresolved_is_a_family_member():
    a = Anonymiser(older(TEEN, PEOPLE[1], GRAN), PseudonymKey(), ner=False)
    assert a.anonymise(["Smith was seen."]) == ["A family member was seen."]


def test_professionals_numbered_in_order_of_appearance_across_calls():
    a = Anonymiser(case(), PseudonymKey(), ner=False)
    a.find(["Ahmed Khan visited."])
    assert a.key.professionals == {"professional:2": "Health Visitor 1"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dr Helen Marsh and Kelly Smith met.", "Dr Helen Marsh and Mother met."),
        (
            "Dr Helen Marsh met Tom Baker at Northshire Police.",
            "Dr Helen Marsh met Person 1 at Northshire Police.",
        ),
        (
            "The Health Visitor and the Social Worker held a Strategy meeting on Monday.",
            "The Health Visitor and the Social Worker held a Strategy meeting on Monday.",
        ),
    ],
)
def test_safety_net(net, text, expected):
    assert net.anonymise([text]) == [expected]


def test_review_items_and_csv(net, tmp_path):
    a = Anonymiser(case(), PseudonymKey(), ner=True)
    a.find(["Mother's friend Tom Baker visited."], where=["imr.docx, paragraph 4"])
    [item] = a.review_items
    assert (item.text, item.where, item.label) == ("Tom Baker", "imr.docx, paragraph 4", "Person 1")
    write_review(a.review_items, tmp_path / "review.csv")
    assert "Tom Baker" in (tmp_path / "review.csv").read_text()


@pytest.mark.parametrize(
    "keep, redact, text, expected",
    [
        (("Kelly's Kitchen",), (), "She ate at Kelly's Kitchen.", "She ate at Kelly's Kitchen."),
        ((), ("the blue van",), "He drove the blue van.", "He drove [redacted]."),
    ],
)
def test_keep_and_redact(keep, redact, text, expected):
    a = Anonymiser(case(keep=keep, redact=redact), PseudonymKey(), ner=False)
    assert a.anonymise([text]) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Seen on 3 March 2024 at Elm Road Primary School.",
            "Seen in March 2024 at a primary school.",
        ),
        ("Jayden (DOB 01/05/2021) was seen.", "Child A (aged 2) was seen."),
        ("Seen on 3 January 2024 23:15 by police.", "Seen in January 2024 by police."),
        ("Call on 3 January 2024 at 23:15.", "Call in January 2024."),
    ],
)
def test_publication_profile(text, expected):
    assert Anonymiser(case("publication"), PseudonymKey(), ner=False).anonymise([text]) == [
        expected
    ]


def test_long_text_is_split_for_ner(net):
    text = ("The Social Worker visited. " * 4000) + "Tom Baker was there."
    [found] = net.find([text])
    assert [f.text for f in found] == ["Tom Baker"]


@pytest.fixture(scope="module")
def sample_ids():
    from pathlib import Path

    from pipeline.case.loader import load_case
    from pipeline.identifiers import case_identifiers

    return case_identifiers(load_case(Path(__file__).parent.parent / "samples/review/case.yaml"))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Applicant with male ('Dean') and two children.",
            "Applicant with male ('Mother's partner') and two children.",
        ),
        (
            "Sibling spoke of 'Dean pushing Tyler'",
            "Sibling spoke of 'Mother's partner pushing Child A'",
        ),
        ("Operation LARKSPUR began.", "Operation the family's street began."),
        ("They moved to Eastmoor.", "They moved to the family home."),
        ("The Northtown team met.", "The Northtown team met."),
        ("Dr Imran Shah and CP-IS.", "GP 1 and CP-IS."),
        ("He met the Dean of the faculty.", "He met the Dean of the faculty."),
    ],
)
def test_sample_bugs(sample_ids, text, expected):
    assert Anonymiser(sample_ids, PseudonymKey(), ner=False).anonymise([text]) == [expected]


# -- our own pseudonyms are never found again (idempotence) --------------------------------

SENTENCES = [
    "The last time an agency saw Tyler before the incident was on 3 March.",
    "Chantelle Ashworth and Dean Hollis told Sophie Grainger that Kayla-Rose was at school.",
    "Nanna Lorraine and Nanna Denise collected Ava Grace Hollis from Little Acorns.",
    "Dr Shah, HV Benson and DS Kettering met Sister Abbott at Moorside Surgery.",
    "Brandon Lee Hollis stayed with Liam Dunmore at 27 Larkspur Close, Eastmoor.",
    "Jade Ashworth rang PC Whitaker; Mrs Thornton and Miss Aston wrote to Diane Whitworth.",
    "Tom Baker, a neighbour, said Mr Price saw Deano shouting at Ty in Larkspur Close.",
    "Gary Ashworth's old friend Marcus Webb visited Chantelle and Tyler on Corporation Street.",
]
LABELS = [
    (
        "The last time an agency saw Child A before the incident, Mother and Sibling 1 were at"
        " the nursery with Social Worker 1, GP 2, IMR Author 3 and Person 24."
    ),
    (
        "Half-sibling 1, Mother's partner and the Maternal grandmother went to the family home;"
        " Child B met Police Constable 2 in the family's street."
    ),
]


@pytest.fixture(scope="module")
def sample_net(sample_ids):
    return Anonymiser(sample_ids, PseudonymKey(), ner=True)


@pytest.mark.slow
@pytest.mark.parametrize("sentence", SENTENCES)
def test_anonymising_twice_changes_nothing(sample_net, sentence):
    once = sample_net.anonymise([sentence])
    assert sample_net.anonymise(once) == once


@pytest.mark.slow
@pytest.mark.parametrize("text", LABELS)
def test_labels_are_never_replaced(sample_ids, text):
    assert Anonymiser(sample_ids, PseudonymKey(), ner=True).anonymise([text]) == [text]


# -- a title inside an alias is no identifier on its own -----------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("relationship: sister", "relationship: sister"),
        ("Sister Abbott said so.", "IMR Author 1 said so."),
        ("Jean Abbott and Abbott.", "IMR Author 1 and IMR Author 1."),
        ("The nurse and the DS and the HV came.", "The nurse and the DS and the HV came."),
        ("HV Benson came.", "Health Visitor 1 came."),
        ("Nanna came; Nanna Denise came.", "Nanna came; Paternal grandmother came."),
        ("It is so.", "It is so."),
        ("TJ and Dr Shah came.", "Child A and GP 1 came."),
    ],
)
def test_titles_in_aliases(sample_ids, text, expected):
    assert Anonymiser(sample_ids, PseudonymKey(), ner=False).anonymise([text]) == [expected]


def test_an_email_holding_a_known_name_is_replaced_whole():
    from anonymiser.engine import Anonymiser
    from anonymiser.key import PseudonymKey
    from anonymiser.records import CaseIdentifiers, Identity

    ids = CaseIdentifiers(
        (Identity("person:mother", "person", "Chantelle Ashworth", pseudonym="Mother"),),
        kept_names=(),
    )
    [text] = Anonymiser(ids, PseudonymKey(), ner=False).anonymise(
        ["Mobile 07700 900123, chantelle.ashworth22@example.org."]
    )
    assert "ashworth" not in text.lower() and "example.org" not in text


def test_publication_keeps_a_place_pseudonym_that_is_already_a_phrase():
    from anonymiser.profiles import generic_place

    assert generic_place("the nursery") == "the nursery"
    assert generic_place("the family's street") == "the family's street"
    assert generic_place("Primary School A") == "a primary school"


def test_publication_dates_read_in_month_and_year():
    from anonymiser.engine import Anonymiser
    from anonymiser.key import PseudonymKey
    from anonymiser.records import CaseIdentifiers

    ids = CaseIdentifiers((), kept_names=(), profile="publication")
    [text] = Anonymiser(ids, PseudonymKey(), ner=False).anonymise(
        ["On 3 March 2024 the visit went ahead; seen again on 12/04/2024."]
    )
    assert text == "In March 2024 the visit went ahead; seen again in April 2024."
