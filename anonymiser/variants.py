"""Expand each case identity into the forms writers use for it (issue 4.1)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

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
# Role abbreviations and kin words written before a name ("HV Benson", "Nanna Lorraine").
ROLE_TITLES = ("SW", "HV", "TM", "PO", "SPO", "DSL", "FSW", "CPN", "SN", "EDT", "IRO")
KIN_TITLES = (
    "Nanna",
    "Nana",
    "Nan",
    "Nanny",
    "Gran",
    "Granny",
    "Grandma",
    "Grandad",
    "Grandpa",
    "Auntie",
    "Aunty",
    "Aunt",
    "Uncle",
    "Daddy",
    "Mummy",
    "Mum",
    "Dad",
    "Mam",
)
# Words of a rank written out ("Detective Chief Inspector"); titles only before a name.
RANK_WORDS = ("Detective", "Chief", "Constable", "Officer", "Police", "Staff", "Senior")
# Never an identifier on its own: a title, rank, role abbreviation or kin word before a name.
NOT_NAME_WORDS = frozenset(t.casefold() for t in (*TITLES, *ROLE_TITLES, *KIN_TITLES, *RANK_WORDS))
# Role abbreviations written in every IMR: never a person's initials ("GP", not Graham Pettigrew).
ROLE_ABBREVIATIONS = frozenset(
    [
        "GP",
        "HV",
        "SW",
        "TM",
        "PO",
        "SPO",
        "DSL",
        "FSW",
        "CPN",
        "SN",
        "EDT",
        "IRO",
        "PC",
        "DC",
        "DS",
        "DI",
        "DCI",
        "DCS",
        "SGT",
        "CSC",
        "MASH",
        "CAMHS",
        "NHS",
        "LA",
        "ED",
        "AE",
        "A&E",
        "ICU",
        "PICU",
        "NICU",
        "YOT",
        "SENCO",
        "SENCo",
        "DfE",
        "CP",
        "CIN",
        "LAC",
        "CLA",
        "IMR",
        "SCR",
        "LSCB",
        "MARAC",
        "MAPPA",
        "LADO",
        "PCT",
        "ICPC",
        "RCPC",
        "ISW",
        "IDVA",
        "DA",
        "DV",
        "ASB",
        "PLO",
        "EPO",
        "ICO",
        "SGO",
        "CPP",
        "CSE",
        "FGC",
        "EHCP",
    ]
)
# Words that make an alias a label, not a name: "Child M", "Baby X", "Young Person B".
LABEL_WORDS = frozenset(
    [
        "child",
        "baby",
        "sibling",
        "person",
        "infant",
        "boy",
        "girl",
        "unborn",
        "young",
        "yp",
        "adult",
        "mother",
        "father",
    ]
)
ADULT_TITLES = frozenset({"mr", "mrs", "ms", "mx", "dr", "doctor", "sir", "dame", "lady", "lord"})
CHILD_TITLES = frozenset({"master"})

POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?[\s\u00a0]*\d[A-Z]{2}\b", re.IGNORECASE)
FLAT = re.compile(r"(?:flat|apartment|unit|room)\s*\w+", re.IGNORECASE)
# Below this Zipf frequency (wordfreq, English) a word of a place name is rare enough to identify.
RARE_ZIPF = 2.5
# Words that say what kind of place it is; never identifying on their own.
PLACE_WORDS = frozenset(
    [
        "close",
        "street",
        "road",
        "lane",
        "avenue",
        "drive",
        "way",
        "court",
        "crescent",
        "place",
        "grove",
        "gardens",
        "terrace",
        "walk",
        "hill",
        "square",
        "mews",
        "rise",
        "view",
        "park",
        "row",
        "parade",
        "green",
        "vale",
        "wharf",
        "yard",
        "boulevard",
        "estate",
        "nursery",
        "school",
        "primary",
        "secondary",
        "academy",
        "college",
        "infant",
        "infants",
        "junior",
        "centre",
        "center",
        "medical",
        "practice",
        "surgery",
        "health",
        "clinic",
        "hospital",
        "children",
        "children's",
        "family",
        "day",
        "little",
        "saint",
        "st",
        "church",
        "chapel",
        "mosque",
        "temple",
        "community",
        "house",
        "lodge",
        "farm",
        "cottage",
        "cottages",
        "flats",
        "tower",
        "court",
        "north",
        "south",
        "east",
        "west",
        "upper",
        "lower",
        "great",
        "royal",
        "general",
        "infirmary",
        "trust",
        "council",
    ]
)

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
    kind: str  # "full" | "part" | "surname" | "initials" | "alias" | "place-word"
    guarded: bool = False  # a word-name: capitalised, name-like use only
    exact_case: bool = False  # initials: "JS" but never "js"


def name_parts(name: str) -> list[str]:
    """Split a name into its words, keeping hyphenated and apostrophe names whole."""
    return [p for p in re.split(r"[\s\u00a0]+", name.strip()) if p]


def true_parts(parts: list[str], role_words: frozenset[str] = frozenset()) -> list[str]:
    """The name without the titles, ranks and role words written before it.

    "Sister Abbott" -> ["Abbott"], "DCI Martin Sowerby" -> ["Martin", "Sowerby"]. Only
    leading words go, and never the last one: "Paul Nurse" and "Mr Nurse" keep "Nurse".
    """
    out = list(parts)
    while len(out) > 1 and out[0].rstrip(".").casefold() in NOT_NAME_WORDS | role_words:
        out.pop(0)
    return out


def role_words(role: str | None) -> frozenset[str]:
    """The words of a professional's role ("Paramedic", "Ward Sister"): before a name in an
    alias ("Paramedic Whiteley") they are a title, not a name."""
    return frozenset(w.casefold() for w in name_parts(role or ""))


def person_variants(identity: Identity) -> list[Variant]:
    """All forms of a person's or professional's name, its aliases and their parts."""
    out: list[Variant] = []
    roles = role_words(identity.role)
    for source in (identity.name, *identity.aliases):
        out += _name_forms(source, identity.key, alias=source != identity.name, roles=roles)
    return _dedupe(out)


def place_variants(identity: Identity, towns: frozenset[str] = frozenset()) -> list[Variant]:
    """A place or address: the whole name, its aliases and its distinctive words.

    An address's name is the full address; its aliases (plus ``address_aliases`` of the name)
    are the parts that identify on their own. Distinctive words come from a place's name and
    aliases, but only from an address's aliases, so the town never becomes one; ``towns``
    (folded) are never distinctive.
    """
    out = [Variant(identity.name, identity.key, "full")]
    aliases = list(identity.aliases)
    if identity.kind == "address":
        aliases += [a for a in address_aliases(identity.name) if a not in aliases]
    out += [Variant(a, identity.key, "alias") for a in aliases]
    sources = aliases if identity.kind == "address" else [identity.name, *aliases]
    out += [
        Variant(w, identity.key, "place-word")
        for source in sources
        for w in distinctive_words(source)
        if w.casefold() not in towns
    ]
    return _dedupe(out)


def variants(identity: Identity) -> list[Variant]:
    """Dispatch on the identity's kind."""
    if identity.kind in ("place", "address"):
        return place_variants(identity)
    return person_variants(identity)


def address_aliases(address: str) -> tuple[str, ...]:
    """The parts of a full address that identify on their own, in order.

    "27 Larkspur Close, Eastmoor, Northtown NT4 7QJ" -> ("27 Larkspur Close", "Larkspur Close",
    "Eastmoor", "NT4 7QJ"): the house number and street, the street, each locality between
    the street and the town, and the postcode. The final town is left out (it names the
    board's area and its agencies); an address of one segment gives its street and postcode.
    """
    postcodes = [m.group(0) for m in POSTCODE.finditer(address)]
    segments = [POSTCODE.sub("", s).strip(" ,") for s in address.split(",")]
    segments = [s for s in segments if s]
    out: list[str] = []
    first = next((i for i, s in enumerate(segments) if _street_of(s)), None)
    if first is None and segments:  # "Rose Cottage, Mill Lane, ...": no house number
        first = next((i for i, s in enumerate(segments) if not FLAT.fullmatch(s)), 0)
    if first is not None:
        out += [s for s in segments[:first] if not FLAT.fullmatch(s)]
        out += [segments[first], _street_of(segments[first]), _without_street_type(segments[first])]
        town = len(segments) - 1 if len(segments) - first > 1 else None
        out += segments[first + 1 : town]
    out += postcodes
    return tuple(dict.fromkeys(p for p in out if p and p != address))


def town_of(address: str) -> str | None:
    """The final town of a full address ("Northtown"), or None for an address of one segment."""
    segments = [POSTCODE.sub("", s).strip(" ,") for s in address.split(",")]
    segments = [s for s in segments if s]
    return segments[-1] if len(segments) > 1 else None


def distinctive_words(place: str) -> list[str]:
    """Words of a place name that identify the place on their own ("Larkspur", "Moorside").

    Rule: 5+ letters, not a place-type word (Close, Nursery, Medical, Children's...) and not
    a common English word (Zipf frequency below ``RARE_ZIPF`` in wordfreq's English list:
    "Larkspur" 2.1 is distinctive, "Acorns" 2.8 and "Hawthorn" 3.2 are not; keep those as
    aliases). Without wordfreq installed every such word counts as distinctive (fail closed).
    """
    out = []
    for word in re.findall(r"[^\W\d_][\w'\u2019\-]*", place):
        bare = re.sub(r"['\u2019]s?$", "", word)
        if len(bare) >= 5 and bare.casefold() not in PLACE_WORDS and _rare(bare):
            out.append(bare)
    return out


# Street types that make the name before them a place's ("Willow Close"), in
# ``attribution.PROPER_NOUNS`` too; the others below are as often a surname or a plain word.
PLACE_STREET_TYPES = frozenset(
    [
        "road",
        "street",
        "lane",
        "avenue",
        "close",
        "drive",
        "crescent",
        "gardens",
        "terrace",
        "mews",
    ]
)
# Every street type a street name ends with ("Hill", "Way" too).
STREET_TYPES = PLACE_STREET_TYPES | frozenset(
    [
        "way",
        "court",
        "grove",
        "place",
        "square",
        "row",
        "walk",
        "rise",
        "view",
        "hill",
        "park",
        "green",
        "parade",
    ]
)


def _without_street_type(segment: str) -> str:
    """ "112 Corporation Road" -> "112 Corporation": the house number and the street's own
    words, as a writer shortens it; "" when the segment has no number or no street type."""
    m = re.fullmatch(r"(\d+[a-z]?)\s+(.+?)\s+([^\W\d_]+)", segment.strip(), re.IGNORECASE)
    if not m or m.group(3).casefold() not in STREET_TYPES:
        return ""
    return f"{m.group(1)} {m.group(2)}"


def _street_of(segment: str) -> str:
    street = re.sub(
        r"^(?:(?:flat|apartment|unit)\s*\w+\s+)?\d+[a-z]?\b\s*", "", segment, flags=re.IGNORECASE
    )
    return street if re.search(r"[^\W\d_]{2}", street) and street != segment else ""


@lru_cache(maxsize=4096)
def _rare(word: str) -> bool:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # fail closed: without a word list, every long word identifies
        return True
    return zipf_frequency(word.casefold(), "en") < RARE_ZIPF


def case_variants(identities: Sequence[Identity]) -> list[Variant]:
    """Every variant of every identity, as the matcher uses them and ``identifier_forms`` lists.

    A distinctive place word is dropped where it is an address's town, or where it is another
    identity's own name, part or alias ("Eastmoor" the locality, not "Eastmoor Children's
    Centre"): that identity's form covers it.
    """
    towns = frozenset(
        t.casefold() for i in identities if i.kind == "address" for t in [town_of(i.name)] if t
    )
    people = [v for i in identities if i.kind not in ("place", "address") for v in variants(i)]
    places = [
        v for i in identities if i.kind in ("place", "address") for v in place_variants(i, towns)
    ]
    # A word that is some identity's own name or alias goes to that identity alone.
    taken = {v.form.casefold() for v in people + places if v.kind != "place-word"}
    return people + [v for v in places if v.kind != "place-word" or v.form.casefold() not in taken]


@dataclass(frozen=True)
class IdentifierForm:
    """One surface form the matcher replaces: the contract between the matcher and verify."""

    text: str
    identity_key: str
    kind: str  # full | alias | part | surname | initials | place-word | redact
    case_sensitive: bool  # initials: "IS" but never "is"
    name_use_only: bool = False  # a word-name ("Dean", "Rose"): replaced where capitalised


def identifier_forms(ids) -> list[IdentifierForm]:
    """Every surface form the case matcher would replace for a case, for the leak scanner.

    ``ids`` is a ``CaseIdentifiers``. Lists full names, their parts and first+last, initials
    (``case_sensitive``: exact case, and never inside a hyphenated token such as "CP-IS"),
    aliases and their parts, place names and aliases, distinctive place words ("Larkspur"),
    address aliases (house and street, street, localities, postcode) and the case's redact
    phrases. Deliberately absent: a town, a common-word part of a place name ("Acorns"), role
    words, and the kept names (panel, author; ``ids.kept_names``), which the matcher leaves.
    Forms are bare: the matcher also takes a title before ("Mrs") and a possessive after
    ("'s"), any spacing, hyphen or apostrophe variant, and (not listed) misspellings within a
    bounded edit distance of name parts. ``name_use_only`` forms are ordinary words too: the
    matcher replaces them where capitalised and not after a determiner ("the Dean of ...").
    A form that is a part of a kept name (a panel member shares a surname) is still listed:
    the scanner must skip spans of kept names as the matcher does.
    """
    out = [
        IdentifierForm(v.form, v.identity, v.kind, v.exact_case, v.guarded)
        for v in case_variants(ids.identities)
    ]
    out += [IdentifierForm(p.strip(), "redact", "redact", False) for p in ids.redact if p.strip()]
    seen, unique = set(), []
    for f in out:
        marker = (f.text if f.case_sensitive else f.text.casefold(), f.identity_key)
        if marker not in seen:
            seen.add(marker)
            unique.append(f)
    return unique


def _name_forms(
    name: str, key: str, *, alias: bool, roles: frozenset[str] = frozenset()
) -> list[Variant]:
    written = name_parts(name)
    if not written:
        return []
    whole = "alias" if alias else "full"
    parts = true_parts(
        written, roles
    )  # a title is no identifier alone: "Sister" of "Sister Abbott"
    if len(written) == 1 and re.fullmatch(r"[A-Z]{2,4}", written[0]):  # "TJ": initials
        if written[0] in ROLE_ABBREVIATIONS:
            return []
        return [Variant(written[0], key, "initials", exact_case=True)]
    out = [Variant(" ".join(written), key, whole, guarded=_guard(written))]
    out.append(Variant(" ".join(parts), key, whole, guarded=_guard(parts)))
    if len(parts) == 1:
        return _dedupe(out)
    if _is_label(parts):  # "Child M" is one label, not a first name and a surname
        return _dedupe(out)
    first, last = parts[0], parts[-1]
    out.append(Variant(f"{first} {last}", key, whole))
    if not alias and len(first) > 1 and len(last) > 1 and last[0].isalpha():
        # "Kacey P", "Kacey P.": a first name and the surname's initial are one name
        initial = last[0].upper()
        out += [
            Variant(f"{first} {initial}{dot}", key, whole, exact_case=True) for dot in ("", ".")
        ]
    for i, part in enumerate(parts):
        kind = "surname" if i == len(parts) - 1 else "part"
        if len(part.rstrip(".")) < 2:
            continue  # "B" of "Kyle B" is an initial, found with the initials below
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
    """ "JS", "J.S.", "J. Smith"; a hyphenated or prefixed surname also as "DHW", "SMcA", "K.O'C."."""
    parts = [p for p in parts if p[0].isalpha()]
    if len(parts) < 2:
        return []
    choices = [part_initials(p) for p in parts]
    forms: set[str] = set()
    for chosen in (choices, [choices[0], choices[-1]]):
        for letters in itertools.islice(itertools.product(*chosen), 16):
            forms |= {"".join(letters), ".".join(letters) + "."}
    if len(parts[-1].rstrip(".")) > 1:
        forms |= {f"{parts[0][0].upper()}. {parts[-1]}", f"{parts[0][0].upper()} {parts[-1]}"}
    forms = {f for f in forms if re.sub(r"[.\s]", "", f) not in ROLE_ABBREVIATIONS}
    return [Variant(f, key, "initials", exact_case=True) for f in sorted(forms)]


def _is_label(parts: list[str]) -> bool:
    """ "Child M", "Baby X", "Young Person 2": a label word and a letter or number."""
    return (
        parts[0].casefold() in LABEL_WORDS
        and len(parts) <= 3
        and bool(re.fullmatch(r"[A-Z0-9]\.?|\d+", parts[-1]))
    )


PREFIXED = re.compile(r"^(Mac|Mc|O['\u2019]|D['\u2019]|Fitz|De|Van|Le)(?=[A-Z])")


def part_initials(part: str) -> list[str]:
    """How one name part is written as an initial: "H", "HW" for "Hart-Williams", "McA"."""
    out = [part[0].upper()]
    pieces = [p for p in re.split(r"[-\u2010\u2011]", part) if p]
    if len(pieces) > 1:
        out.append("".join(p[0].upper() for p in pieces))
    prefixed = PREFIXED.match(part)
    if prefixed:
        out.append(prefixed.group(1) + part[prefixed.end()])
    return out


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
