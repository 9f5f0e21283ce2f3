"""Adapt the case into the genogram's records, labelled by pseudonym or (privately) by name."""

from __future__ import annotations

from genogram.records import Family, Household, Member, ParentLink, Partnership
from pipeline.case import PARTNERSHIP_KINDS, Case
from pipeline.pseudonyms import kinship_pseudonyms


def family_of(case: Case, *, personalised: bool = False) -> Family:
    """The family for the genogram; labels are pseudonyms unless ``personalised``."""
    pseudonyms = kinship_pseudonyms(case)
    members = tuple(
        Member(
            id=p.id,
            sex=p.sex,
            label=p.name if personalised else pseudonyms[p.id],
            role=pseudonyms[p.id],
            born=p.born,
            died=p.died,
            subject=p.id == case.review.subject,
        )
        for p in case.people
    )
    links = tuple(
        ParentLink(r.parent, r.child, r.parent_type)
        for r in case.relationships
        if r.kind == "parent"
    )
    couples = tuple(
        Partnership(tuple(r.between), r.kind, r.start, r.end)
        for r in case.relationships
        if r.kind in PARTNERSHIP_KINDS
    )
    twins = tuple(tuple(r.between) for r in case.relationships if r.kind == "twins")
    households = tuple(
        Household(h.id, tuple(h.members), _household_label(h, index, personalised))
        for index, h in enumerate(case.households, start=1)
    )
    return Family(
        members=members,
        partnerships=couples,
        parent_links=links,
        households=households,
        twins=twins,
        incident=case.review.incident,
    )


def _household_label(household, index: int, personalised: bool) -> str:
    if personalised and household.address:
        return household.address
    return household.name or f"Household {index}"
