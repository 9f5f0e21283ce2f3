"""Who a mention names, and how its replacement reads: the choosing rules after detection.

Detection (``Anonymiser.find``) says *where* a known form or a person-like span stands; this
module says *who* it is and *what it becomes*, from the evidence in the sentence:

- a shared surname after a title is narrowed by the title's sex ("Ms", "Mr") and age
  (adult titles drop children, "Master" drops adults);
- a role word beside it ("Ms Corrigan (mother)", "her grandmother Ms Corrigan") picks the
  identity whose pseudonym is that role;
- otherwise the candidate named last in the same entry; failing that, a neutral form that
  names no one wrongly ("a family member") and a line in the review list;
- "CORRIGAN, Natasha" is one mention of one person;
- an unlisted first name before a family surname ("Shannon Brennan") is one unknown person,
  never "first name + family pseudonym";
- a role word that the pseudonym already says is not written twice ("her mother Natasha" ->
  "her mother", "Ms Corrigan (mother)" -> "Mother");
- a person-like span is grown to the whole name (titles, initials, adjacent name words) and is
  dropped when it is the first word of a proper name ("Willow Suite").

Each rule is a small function of the text and the spans, so the detection entry point can
change without touching them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from anonymiser.matcher import Hit
from anonymiser.records import Identity

FEMALE_TITLES = frozenset({"ms", "mrs", "miss", "madam", "lady", "dame", "sister"})
MALE_TITLES = frozenset({"mr", "master", "sir", "lord"})
NEUTRAL = "a family member"
SPACE = r"[\s\u00a0]+"
# "Ms Corrigan (mother)", "Ms Corrigan, mother,", "Ms Corrigan - mother"
ROLE_AFTER = re.compile(
    r"[\s\u00a0]*(?:\(|,|[-\u2013][\s\u00a0])[\s\u00a0]*(?:the[\s\u00a0]+|her[\s\u00a0]+"
    r"|his[\s\u00a0]+|child's[\s\u00a0]+|child\u2019s[\s\u00a0]+)?"
    r"(?P<role>[a-z][a-z'\u2019\- ]{1,40}?)[\s\u00a0]*(?P<close>\)|,|;|\.|$)",
    re.IGNORECASE,
)
ROLE_BEFORE = re.compile(
    r"(?P<role>\b[a-z][a-z'\u2019\-]{1,30}(?:[\s\u00a0]+[a-z][a-z'\u2019\-]{1,30})?)"
    r"[\s\u00a0]*,?[\s\u00a0]*$",
    re.IGNORECASE,
)
# Words that, capitalised after a name, make it part of a proper name: "Willow Suite".
# (Not "Ward", "Hill", "Green", "Park", "House", "Hall": surnames as often as places.)
PROPER_NOUNS = frozenset(
    [
        "suite",
        "unit",
        "centre",
        "center",
        "school",
        "academy",
        "college",
        "nursery",
        "road",
        "street",
        "lane",
        "avenue",
        "close",
        "drive",
        "crescent",
        "gardens",
        "terrace",
        "hospital",
        "clinic",
        "surgery",
        "practice",
        "team",
        "church",
        "chapel",
        "mosque",
        "temple",
        "room",
        "building",
        "trust",
        "foundation",
        "service",
        "services",
        "project",
        "club",
        "station",
        "estate",
        "cottage",
        "mews",
        "primary",
        "infant",
        "infants",
        "junior",
        "library",
        "programme",
        "program",
        "group",
        "partnership",
        "institute",
        "campus",
        "wing",
        "block",
    ]
)
TITLE_WORDS = re.compile(  # courtesy titles only: "Ward Sister", "PC" stay as the role
    r"(?:(?<=\s)|^)(?P<title>Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Master)\.?[\s\u00a0]+$"
)
NAME_WORD = re.compile(r"[A-Z][a-z'\u2019]+(?:[-\u2011][A-Z][a-z'\u2019]+)*|[A-Z]\.?")


def sex_of_title(title: str | None) -> str | None:
    """ "female" for Ms/Mrs/Miss, "male" for Mr/Master, None otherwise."""
    t = (title or "").casefold().rstrip(".")
    return "female" if t in FEMALE_TITLES else "male" if t in MALE_TITLES else None


def by_sex(title: str | None, candidates: Sequence[str], people: dict[str, Identity]) -> tuple:
    """Drop candidates of the other sex; unknown sex is kept; none left keeps all."""
    sex = sex_of_title(title)
    if sex is None or len(candidates) < 2:
        return tuple(candidates)
    kept = tuple(c for c in candidates if _sex(people.get(c)) in (sex, None))
    return kept or tuple(candidates)


def _sex(identity: Identity | None) -> str | None:
    sex = (getattr(identity, "sex", None) or "").casefold()
    return sex if sex in ("male", "female") else None


def role_named(text: str, start: int, end: int) -> str | None:
    """A role word written beside a mention: "(mother)" after it or "her mother" before it."""
    after = ROLE_AFTER.match(text, end)
    if after:
        return after.group("role").strip()
    before = ROLE_BEFORE.search(text[max(0, start - 40) : start])
    return before.group("role").strip() if before else None


def by_role(role: str | None, candidates: Sequence[str], labels: dict[str, str]) -> tuple:
    """The candidates whose pseudonym is the role written beside the mention."""
    if not role:
        return ()
    words = role.casefold().replace("\u2019", "'").split()
    found = []
    for c in candidates:
        label = labels.get(c, "").casefold().replace("\u2019", "'")
        if label and (_ends_with(words, label.split()) or _ends_with(label.split(), words)):
            found.append(c)
    return tuple(found)


def _ends_with(words: list[str], tail: list[str]) -> bool:
    return bool(tail) and len(words) >= len(tail) and words[-len(tail) :] == tail


def decide(
    text: str,
    hit: Hit,
    candidates: tuple[str, ...],
    people: dict[str, Identity],
    labels: dict[str, str],
    recent: Sequence[str],
) -> str | None:
    """The one identity a mention names by its title, a role beside it or recency; else None."""
    candidates = by_sex(hit.title, candidates, people)
    if len(candidates) == 1:
        return candidates[0]
    roled = by_role(role_named(text, hit.start, hit.end), candidates, labels)
    if len(roled) == 1:
        return roled[0]
    for key in reversed(recent):
        if key in (roled or candidates):
            return key
    return None


def neutral_label(text: str, start: int) -> str:
    """ "a family member", capitalised at a sentence start; "family member" after an article."""
    before = text[:start].rstrip()
    if re.search(r"\b(?:the|a|an)$", before, re.IGNORECASE):
        return "family member"
    if not before or before[-1] in ".!?\n:;":
        return "A family member"
    return NEUTRAL


def join_inverted(text: str, hits: list[Hit]) -> list[Hit]:
    """ "CORRIGAN, Natasha": a surname, a comma and a given name of the same person -> one hit."""
    out: list[Hit] = []
    for hit in hits:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "surname"
            and re.fullmatch(r",[\s\u00a0]*", text[prev.end : hit.start])
            and hit.kind in ("part", "full", "alias")
            and set(prev.identities) & set(hit.identities)
        ):
            shared = tuple(i for i in hit.identities if i in prev.identities)
            out[-1] = replace(
                hit,
                start=prev.start,
                text=text[prev.start : hit.end],
                identities=shared,
                title=prev.title or hit.title,
            )
        else:
            out.append(hit)
    return out


def absorb_role(text: str, start: int, end: int, label: str) -> tuple[int, int, str]:
    """Widen a replacement over a role word its label already says.

    "Ms Corrigan (mother)" -> "Mother"; "her mother Natasha" -> "her mother"; "Stepfather
    Daniel" -> "Stepfather"; "Grandmother Rose" -> "Maternal grandmother"; "Child LILY" ->
    "Child A". Returns the new start, end and replacement (unchanged when nothing repeats).
    """
    low = label.casefold().replace("\u2019", "'")
    if not low:
        return start, end, label
    after = re.compile(r"[\s\u00a0]*\((?:the[\s\u00a0]+)?([^()]{1,40})\)").match(text, end)
    said_after = after.group(1).strip().casefold().replace("\u2019", "'") if after else ""
    if said_after and (said_after == low or low.endswith(" " + said_after)):
        return start, after.end(), label  # "(grandmother)" after "Maternal grandmother"
    core = [w for w in re.findall(r"[a-z']+", low) if len(w) > 1]
    if not core:
        return start, end, label
    offset = max(0, start - 60)
    words = list(re.finditer(r"[A-Za-z'\u2019]+", text[offset:start]))
    gap = text[offset + words[-1].end() : start].strip(" \u00a0") if words else ""
    if not words or gap not in ("", ","):
        return start, end, label  # the role must stand right before the name
    said = [w.group(0).casefold().replace("\u2019", "'") for w in words[-4:]]
    plain = low.split() == core  # no number or letter in the label: "Mother", not "Child A"
    for n in range(min(len(core), 3), 0, -1):
        if len(said) < n or not (said[-n:] == core[-n:] or said[-n:] == core[:n]):
            continue
        if len(said) > n and _determiner(said[-n - 1]):
            if plain:  # the name goes, with its space ("the mother, Natasha, went": its commas)
                closing = 1 if gap and text[end : end + 1] == "," else 0
                return offset + words[-1].end(), end + closing, ""
            return start, end, label
        if gap:
            return start, end, label  # "Mother, Natasha": an appositive, left as written
        if n == 1 and len(said[-1]) < 3:
            return start, end, label
        return offset + words[-n].start(), end, label
    return start, end, label


def _determiner(word: str) -> bool:
    return word in ("her", "his", "their", "the", "its", "your", "my") or word.endswith("'s")


def grow_person(
    text: str, start: int, end: int, kept: Sequence[tuple[int, int]]
) -> tuple[int, int]:
    """Grow a person-like span to the whole name: a title before, name words either side."""

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in kept)

    while True:
        title = TITLE_WORDS.search(text[max(0, start - 8) : start])
        if title and free(start - len(title.group(0)), start):
            start -= len(title.group(0))
            continue
        left = re.search(r"(?:^|(?<=\s))([A-Z][a-z'\u2019]+|[A-Z]\.?)[ \u00a0]$", text[:start])
        if left and _joins(text, left.start(1), start) and free(left.start(1), start):
            start = left.start(1)
            continue
        break
    while True:
        hyphen = re.match(r"[-\u2011][A-Z][a-z'\u2019]+", text[end:])
        if hyphen:
            end += hyphen.end()
            continue
        right = re.match(r"[ \u00a0]([A-Z][a-z'\u2019]+)(?![\w\-])", text[end:])
        if right and _surname_like(right.group(1)) and free(end, end + right.end()):
            end += right.end()
            continue
        break
    return start, end


def _joins(text: str, start: int, name_start: int) -> bool:
    """A capitalised word before a name is part of it unless it opens the sentence as a word."""
    word = text[start:name_start].strip()
    before = text[:start].rstrip()
    if len(word.rstrip(".")) == 1:
        return True  # an initial: "J. Smith"
    if not before or before[-1] in ".!?:;\n(\"'\u201c\u2018":
        return False  # "Yesterday Smith ..." : a sentence's first word is a word
    return _surname_like(word)


def _surname_like(word: str) -> bool:
    from anonymiser.variants import NOT_NAME_WORDS  # titles, ranks and role words

    w = word.casefold().rstrip(".")
    return w not in PROPER_NOUNS and w not in _COMMON and w not in NOT_NAME_WORDS


_COMMON = frozenset(
    [
        "and",
        "or",
        "but",
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "said",
        "told",
        "was",
        "is",
        "has",
        "had",
        "attended",
        "visited",
        "saw",
        "seen",
        "went",
        "came",
        "called",
        "rang",
        "phoned",
        "reported",
        "stated",
        "on",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


def in_proper_name(text: str, end: int) -> bool:
    """The span is followed by a capitalised place or organisation noun: "Willow Suite"."""
    nxt = re.match(r"[ \u00a0]+([A-Z][a-z]+)(?![ \u00a0]*\d)", text[end:])  # not "Suite 085"
    return bool(nxt and nxt.group(1).casefold() in PROPER_NOUNS)


def unlisted_before(
    text: str, hit: Hit, people: dict[str, Identity], is_first_name: Callable[[str], bool]
) -> int | None:
    """Start of an unlisted first name written before a surname-only hit ("Shannon Brennan").

    None when the word before is no first name, or is a name of one of the hit's identities.
    """
    if hit.kind != "surname" or hit.title:
        return None
    m = re.search(
        r"(?:^|(?<=[\s(]))([A-Z][a-z'\u2019]+(?:-[A-Z][a-z]+)?)[ \u00a0]+$", text[: hit.start]
    )
    if not m:
        return None
    word = m.group(1)
    own = {
        p.casefold()
        for key in hit.identities
        for name in _names(people.get(key))
        for p in re.split(r"[\s\u00a0\-]+", name)
    }
    if word.casefold() in own or word.casefold() in _COMMON or not is_first_name(word):
        return None
    return m.start(1)


def _names(identity: Identity | None) -> tuple[str, ...]:
    return () if identity is None else (identity.name, *identity.aliases)


def undouble_article(text: str, start: int, replacement: str) -> str:
    """ "the the GP practice": a label with its own article after an article loses its own."""
    m = re.match(r"(the|a|an)[\s\u00a0]+", replacement, re.IGNORECASE)
    if m and re.search(
        r"\b(?:the|a|an|this|that|our|their|his|her)[\s\u00a0]+$", text[:start], re.IGNORECASE
    ):
        return replacement[m.end() :]
    return replacement
