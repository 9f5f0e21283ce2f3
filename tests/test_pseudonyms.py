"""Pseudonyms by kinship to the subject: table-driven, order-independent, never shared."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.case import Case, Household, PanelMember, Person, Relationship, Review
from pipeline.pseudonyms import kinship_pseudonyms


def make_case(
    people: list[str],
    links: list[str],
    home: tuple[str, ...] = (),
    pseudonyms: dict[str, str] | None = None,
) -> Case:
    """Build a case from "id:sex:born" people and "parent>child[:type]" or "a+b:kind" links."""
    pseudonyms = pseudonyms or {}
    persons = []
    for spec in people:
        person_id, sex, born = spec.split(":")
        persons.append(
            Person(
                person_id,
                f"Name {person_id}",
                sex,
                date.fromisoformat(born) if born else None,
                pseudonym=pseudonyms.get(person_id),
            )
        )
    relationships = []
    for link in links:
        pair, _, kind = link.partition(":")
        if ">" in pair:
            parent, child = pair.split(">")
            relationships.append(Relationship("parent", parent, child, kind or "birth"))
        else:
            relationships.append(Relationship(kind, between=tuple(pair.split("+"))))
    review = Review("R-1", "Board", "child", incident=date(2025, 12, 14))
    chair = PanelMember("Chair", "Chair")
    return Case(
        review,
        chair,
        chair,
        people=tuple(persons),
        relationships=tuple(relationships),
        households=(Household("home", home),) if home else (),
    )


CHILD = "child:male:2023-05-01"
MUM, DAD = "mum:female:2000-01-01", "dad:male:1998-01-01"
PARENTS = ["mum>child", "dad>child"]

TABLE = [
    # (name, people, links, household, explicit pseudonyms, expected)
    (
        "parents",
        [CHILD, MUM, DAD],
        PARENTS,
        (),
        {},
        {"child": "Child A", "mum": "Mother", "dad": "Father"},
    ),
    ("parent of unknown sex", [CHILD, "p:unknown:"], ["p>child"], (), {}, {"p": "Parent"}),
    ("adoptive mother", [CHILD, MUM], ["mum>child:adoptive"], (), {}, {"mum": "Adoptive mother"}),
    (
        "full siblings oldest first",
        [CHILD, MUM, DAD, "young:female:2024-09-01", "old:male:2019-03-03"],
        PARENTS + ["mum>young", "dad>young", "mum>old", "dad>old"],
        (),
        {},
        {"old": "Sibling 1", "young": "Sibling 2"},
    ),
    (
        "twin",
        [CHILD, "twin:female:2023-05-01"],
        ["child+twin:twins"],
        (),
        {},
        {"twin": "Sibling 1"},
    ),
    (
        "half-siblings oldest first",
        [CHILD, MUM, DAD, "other:male:1990-01-01", "h2:male:2025-01-01", "h1:female:2017-01-01"],
        PARENTS + ["mum>h1", "mum>h2", "other>h1", "other>h2"],
        (),
        {},
        {"h1": "Half-sibling 1", "h2": "Half-sibling 2", "other": "Relative 1"},
    ),
    (
        "mother's partner and a step-sibling",
        [CHILD, MUM, DAD, "bf:male:1995-01-01", "bfkid:male:2015-01-01"],
        PARENTS + ["mum+bf:partners", "bf>bfkid", "bf>child:step"],
        (),
        {},
        {"bf": "Mother's partner", "bfkid": "Step-sibling 1"},
    ),
    (
        "father's partner and a former one",
        [CHILD, MUM, DAD, "gf:female:1999-01-01", "ex:female:1997-01-01"],
        PARENTS + ["dad+gf:married", "dad+ex:divorced"],
        (),
        {},
        {"gf": "Father's partner", "ex": "Father's former partner"},
    ),
    (
        "stepfather without a partnership",
        [CHILD, MUM, "sf:male:1990-01-01"],
        ["mum>child", "sf>child:step"],
        (),
        {},
        {"sf": "Stepfather"},
    ),
    (
        "foster carer",
        [CHILD, "fc:female:1970-01-01"],
        ["fc>child:foster"],
        (),
        {},
        {"fc": "Foster carer"},
    ),
    (
        "grandparents on both sides",
        [
            CHILD,
            MUM,
            DAD,
            "mgm:female:1970-01-01",
            "mgf:male:1969-01-01",
            "pgm:female:1971-01-01",
            "pgf:male:1968-01-01",
        ],
        PARENTS + ["mgm>mum", "mgf>mum", "pgm>dad", "pgf>dad"],
        (),
        {},
        {
            "mgm": "Maternal grandmother",
            "mgf": "Maternal grandfather",
            "pgm": "Paternal grandmother",
            "pgf": "Paternal grandfather",
        },
    ),
    (
        "maternal step-grandfather",
        [CHILD, MUM, "mgm:female:1970-01-01", "sg:male:1965-01-01"],
        ["mum>child", "mgm>mum", "mgm+sg:married"],
        (),
        {},
        {"sg": "Maternal step-grandfather"},
    ),
    (
        "aunts, uncles and a cousin",
        [
            CHILD,
            MUM,
            DAD,
            "mgm:female:1970-01-01",
            "pgm:female:1971-01-01",
            "aunt:female:2003-01-01",
            "uncle:male:2004-01-01",
            "paunt:female:1995-01-01",
            "cousin:male:2020-01-01",
        ],
        PARENTS + ["mgm>mum", "mgm>aunt", "mgm>uncle", "pgm>dad", "pgm>paunt", "aunt>cousin"],
        (),
        {},
        {
            "aunt": "Maternal aunt",
            "uncle": "Maternal uncle",
            "paunt": "Paternal aunt",
            "cousin": "Maternal cousin",
        },
    ),
    (
        "great-grandmother",
        [CHILD, MUM, "mgm:female:1970-01-01", "ggm:female:1950-01-01"],
        ["mum>child", "mgm>mum", "ggm>mgm"],
        (),
        {},
        {"ggm": "Maternal great-grandmother"},
    ),
    (
        "two mothers numbered oldest first",
        [CHILD, "m1:female:1995-01-01", "m2:female:1990-01-01"],
        ["m1>child", "m2>child"],
        (),
        {},
        {"m2": "Mother 1", "m1": "Mother 2"},
    ),
    (
        "household member, relative, adult and another child",
        [
            CHILD,
            MUM,
            "lodger:male:1980-01-01",
            "bf:male:1995-01-01",
            "bfmum:female:1960-01-01",
            "neighbour:female:1985-01-01",
            "friend:male:2020-01-01",
            "stranger:unknown:",
        ],
        ["mum>child", "mum+bf:partners", "bfmum>bf"],
        ("child", "mum", "lodger"),
        {},
        {
            "lodger": "Household member 1",
            "bfmum": "Relative 1",
            "neighbour": "Adult 1",
            "stranger": "Adult 2",
            "friend": "Child B",
        },
    ),
    (
        "explicit pseudonyms win",
        [CHILD, MUM, DAD],
        PARENTS,
        (),
        {"child": "Child S", "mum": "Ms S"},
        {"child": "Child S", "mum": "Ms S", "dad": "Father"},
    ),
    (
        "an explicit label is not given twice",
        [CHILD, MUM, DAD, "a:male:2019-01-01", "b:male:2020-01-01", "x:female:1980-01-01"],
        PARENTS + ["mum>a", "dad>a", "mum>b", "dad>b"],
        (),
        {"x": "Sibling 1", "dad": "mother"},
        {"x": "Sibling 1", "a": "Sibling 2", "b": "Sibling 3", "dad": "mother", "mum": "Mother 2"},
    ),
]


@pytest.mark.parametrize(
    "name,people,links,home,explicit,expected", TABLE, ids=[row[0] for row in TABLE]
)
def test_pseudonyms_follow_kinship(name, people, links, home, explicit, expected):
    result = kinship_pseudonyms(make_case(people, links, home, explicit))
    assert {key: result[key] for key in expected} == expected
    assert set(result) == {spec.split(":")[0] for spec in people}


@pytest.mark.parametrize(
    "name,people,links,home,explicit,expected", TABLE, ids=[row[0] for row in TABLE]
)
def test_pseudonyms_do_not_depend_on_order_and_are_never_shared(
    name, people, links, home, explicit, expected
):
    forward = kinship_pseudonyms(make_case(people, links, home, explicit))
    backward = kinship_pseudonyms(make_case(people[::-1], links[::-1], home[::-1], explicit))
    assert forward == backward
    assert len({value.casefold() for value in forward.values()}) == len(forward)


def test_a_case_without_its_subject_still_gets_distinct_pseudonyms():
    case = make_case([MUM, DAD], ["mum+dad:married"])
    assert kinship_pseudonyms(case) == {"mum": "Adult 2", "dad": "Adult 1"}
