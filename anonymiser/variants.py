"""Expand each case identity into the forms writers use for it (issue 4.1)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from anonymiser.records import Identity

# Titles absorbed into a name match ("Mrs Smith" -> "Mother"); a trailing dot is optional.
TITLES = (
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Master",
    "Dr",
    "Doctor",
    "Prof",
    "Professor",
    "PC",
    "WPC",
    "DC",
    "DS",
    "DI",
    "DCI",
    "Sgt",
    "Sergeant",
    "Insp",
    "Inspector",
    "Nurse",
    "Sister",
    "Cllr",
    "Rev",
    "Revd",
    "Father",
    "Sir",
    "Dame",
    "Lady",
    "Lord",
)
ADULT_TITLES = frozenset({"mr", "mrs", "ms", "mx", "dr", "doctor", "sir", "dame", "lady", "lord"})
CHILD_TITLES = frozenset({"master"})

# Names that are also ordinary words: matched only where they act as names.
WORD_NAMES = frozenset(
    [
        "rose",
        "hope",
        "will",
        "grace",
        "summer",
        "may",
        "bill",
        "mark",
        "faith",
        "dawn",
        "frank",
        "joy",
        "jack",
        "amber",
        "sky",
        "autumn",
        "april",
        "june",
        "august",
        "ruby",
        "holly",
        "ivy",
        "daisy",
        "lily",
        "poppy",
        "violet",
        "iris",
        "hazel",
        "heather",
        "pearl",
        "crystal",
        "jade",
        "jasmine",
        "robin",
        "rob",
        "bob",
        "sue",
        "pat",
        "drew",
        "chase",
        "hunter",
        "mason",
        "faith",
        "constance",
        "patience",
        "prudence",
        "charity",
        "felicity",
        "honor",
        "honour",
        "precious",
        "destiny",
        "miles",
        "king",
        "rich",
        "sunny",
        "storm",
        "river",
        "rain",
        "penny",
        "sandy",
        "rusty",
        "bunny",
        "cliff",
        "dale",
        "glen",
        "glenn",
        "heath",
        "lane",
        "brook",
        "brooke",
        "forest",
        "guy",
        "victor",
        "earl",
        "duke",
        "baron",
        "dean",
        "major",
        "ray",
        "sterling",
        "chance",
        "angel",
        "star",
        "bliss",
        "melody",
        "harmony",
        "harley",
    ]
)
# Word-names whose ordinary use often opens a sentence ("Will the mother attend?").
SENTENCE_WORDS = frozenset(
    {"will", "may", "mark", "bill", "hope", "frank", "drew", "rob", "sue", "pat", "chase"}
)


@dataclass(frozen=True)
class Variant:
    """One surface form of an identity; ``kind`` says which rule made it."""

    form: str
    identity: str
    kind: str  # "full" | "part" | "surname" | "initials" | "alias"
    guarded: bool = False  # a word-name: capitalised, name-like use only
    exact_case: bool = False  # initials: "JS" but never "js"


def name_parts(name: str) -> list[str]:
    """Split a name into its words, keeping hyphenated and apostrophe names whole."""
    return [p for p in re.split(r"[\s\u00a0]+", name.strip()) if p]


def person_variants(identity: Identity) -> list[Variant]:
    """All forms of a person's or professional's name, its aliases and their parts."""
    out: list[Variant] = []
    for source in (identity.name, *identity.aliases):
        out += _name_forms(source, identity.key, alias=source != identity.name)
    return _dedupe(out)


def place_variants(identity: Identity) -> list[Variant]:
    """A place or address: the whole name, aliases and (addresses) each comma part of 2+ words."""
    out = [Variant(identity.name, identity.key, "full")]
    out += [Variant(a, identity.key, "alias") for a in identity.aliases]
    if identity.kind == "address":
        for piece in re.split(r"\s*,\s*", identity.name):
            if len(piece.split()) >= 2:
                out.append(Variant(piece, identity.key, "part"))
    return _dedupe(out)


def variants(identity: Identity) -> list[Variant]:
    """Dispatch on the identity's kind."""
    if identity.kind in ("place", "address"):
        return place_variants(identity)
    return person_variants(identity)


def _name_forms(name: str, key: str, *, alias: bool) -> list[Variant]:
    parts = name_parts(name)
    if not parts:
        return []
    whole = "alias" if alias else "full"
    out = [Variant(" ".join(parts), key, whole, guarded=_guard(parts))]
    if len(parts) == 1:
        return out
    first, last = parts[0], parts[-1]
    out.append(Variant(f"{first} {last}", key, whole))
    for i, part in enumerate(parts):
        kind = "surname" if i == len(parts) - 1 else "part"
        out.append(Variant(part, key, kind, guarded=_guard([part])))
        if "-" in part and kind == "surname":
            out += [
                Variant(p, key, "surname", guarded=_guard([p]))
                for p in part.split("-")
                if len(p) > 2
            ]
    out += _initials(parts, key)
    return out


def _initials(parts: list[str], key: str) -> list[Variant]:
    letters = [p[0].upper() for p in parts if p[0].isalpha()]
    if len(letters) < 2:
        return []
    short = [letters[0], letters[-1]]
    forms = {"".join(short), "".join(letters), ".".join(short) + ".", ".".join(letters) + "."}
    forms |= {f"{letters[0]}. {parts[-1]}", f"{letters[0]} {parts[-1]}"}
    return [Variant(f, key, "initials", exact_case=True) for f in sorted(forms)]


def _guard(parts: list[str]) -> bool:
    return len(parts) == 1 and parts[0].casefold() in WORD_NAMES


def _dedupe(items: list[Variant]) -> list[Variant]:
    seen, out = set(), []
    for v in items:
        marker = (v.form.casefold(), v.identity, v.exact_case)
        if marker not in seen:
            seen.add(marker)
            out.append(v)
    return out
