"""Adapt the case into what the anonymiser needs: every identity, its pseudonym, the kept names."""

from __future__ import annotations

from anonymiser import CaseIdentifiers, Identity, address_aliases
from pipeline.case import Case
from pipeline.pseudonyms import kinship_pseudonyms


def case_identifiers(case: Case, profile: str | None = None) -> CaseIdentifiers:
    """Everyone and everything in ``case`` that must not appear in anonymised output."""
    pseudonyms = kinship_pseudonyms(case)
    identities = [_person(person, pseudonyms[person.id]) for person in case.people]
    identities += [
        _known("professional", index, pro, role=pro.role, agency=pro.agency)
        for index, pro in enumerate(case.professionals, start=1)
    ]
    identities += [
        _known("place", index, place, pseudonym=place.pseudonym)
        for index, place in enumerate(case.places, start=1)
    ]
    identities += [
        _address(household, index)
        for index, household in enumerate(case.households, start=1)
        if household.address
    ]
    return CaseIdentifiers(
        identities=tuple(identities),
        kept_names=tuple(member.name for member in case.panel),
        keep=(*case.anonymisation.keep, *_organisations(case)),
        redact=case.anonymisation.redact,
        incident=case.review.incident,
        profile=profile or case.anonymisation.profile,
        recognisers=case.anonymisation.recognisers,
    )


def _known(kind: str, key: object, record, **more) -> Identity:
    """The identity of one person, professional or place of ``case.yaml``: its stable key
    ("person:child-a", "professional:7"), the record's name and aliases, and ``more``."""
    return Identity(
        key=f"{kind}:{key}", kind=kind, name=record.name, aliases=record.aliases, **more
    )


def _person(person, pseudonym: str) -> Identity:
    return _known(
        "person",
        person.id,
        person,
        pseudonym=pseudonym,
        born=person.born,
        sex=getattr(person, "sex", None),
    )


def _address(household, index: int) -> Identity:
    """An address and the parts of it that identify on their own: street, locality, postcode."""
    label = household.name or f"address {index}"
    return Identity(
        key=f"address:{household.id}",
        kind="address",
        name=household.address,
        aliases=address_aliases(household.address),
        pseudonym=label,
    )


def _organisations(case: Case) -> tuple[str, ...]:
    """Agency and board names: the agency stays in every output (SPEC), so none is a person."""
    names = [case.review.board]
    for agency in case.agencies:
        names += [agency.name, *([agency.short] if agency.short else []), *agency.aliases]
    names += [pro.agency for pro in case.professionals if pro.agency]
    names += [member.agency for member in case.panel if member.agency]
    return tuple(dict.fromkeys(name for name in names if len(name) > 2))
