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
from anonymiser.records import Finding, Identity
from anonymiser.variants import PLACE_STREET_TYPES

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
PROPER_NOUNS = PLACE_STREET_TYPES | frozenset(
    [
        "suite",
        "unit",
        "centre",
        "center",
        "school",
        "academy",
        "college",
        "nursery",
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


# "Brennan said he would stay": the pronoun a reporting verb takes after the mention
PRONOUN_AFTER = re.compile(
    r"[\s\u00a0]+(?:said|says|stated|states|reported|reports|explained|confirmed|added|felt"
    r"|thought|told[\s\u00a0]+\w+|replied|disclosed|agreed)[\s\u00a0]+(?:that[\s\u00a0]+)?"
    r"(?P<pronoun>he|she)\b",
    re.IGNORECASE,
)
# role abbreviations written beside a name: "Kelly (HV)"
ROLE_ABBREVIATIONS = {
    "hv": "health visitor",
    "sw": "social worker",
    "ssw": "senior social worker",
    "tm": "team manager",
    "fsw": "family support worker",
    "dsl": "designated safeguarding lead",
    "pc": "police constable",
    "dc": "detective constable",
    "ds": "detective sergeant",
    "po": "probation officer",
}


def pronoun_after(text: str, end: int) -> str | None:
    """ "Mr" for "... said he ...", "Ms" for "... said she ...", as a title for ``by_sex``."""
    m = PRONOUN_AFTER.match(text, end)
    if not m:
        return None
    return "Mr" if m.group("pronoun").casefold() == "he" else "Ms"


def by_role(role: str | None, candidates: Sequence[str], labels: dict[str, str]) -> tuple:
    """The candidates whose pseudonym is the role written beside the mention ("(mother)",
    "(health visitor)", "(HV)"); a professional's number is no part of the role."""
    if not role:
        return ()
    role = ROLE_ABBREVIATIONS.get(role.casefold().strip(), role)
    words = role.casefold().replace("\u2019", "'").split()
    found = []
    for c in candidates:
        label = labels.get(c, "").casefold().replace("\u2019", "'")
        label = re.sub(r"[\s\u00a0]+(?:\d+|[a-z])$", "", label)  # "health visitor 1"
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
    candidates = by_sex(pronoun_after(text, hit.end), candidates, people)
    if len(candidates) == 1:
        return candidates[0]
    roled = by_role(role_named(text, hit.start, hit.end), candidates, labels)
    if len(roled) == 1:
        return roled[0]
    for key in reversed(recent):
        if key in (roled or candidates):
            return key
    return None


def neutral_label(text: str, start: int, noun: str = "family member") -> str:
    """ "a family member", capitalised at a sentence start; "family member" after an article.

    ``noun`` says what all the candidates are: "family member", "professional", or "person"
    when they are of both kinds (then "someone": a family member would name a professional
    wrongly)."""
    before = text[:start].rstrip()
    if re.search(r"\b(?:the|a|an)$", before, re.IGNORECASE):
        return noun
    phrase = "someone" if noun == "person" else f"a {noun}"
    if not before or before[-1] in ".!?\n:;":
        return phrase[0].upper() + phrase[1:]
    return phrase


def neutral_noun(kinds: set[str]) -> str:
    """What a set of candidates' kinds have in common, as a noun for ``neutral_label``."""
    if kinds <= {"person"}:
        return "family member"
    if kinds <= {"professional"}:
        return "professional"
    return "person"


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


def absorb_own_role(text: str, end: int, label: str) -> int:
    """The end of a professional's mention widened over the role its label already says:
    "Kelly Thornton (health visitor)" -> "Health Visitor 1". An abbreviation stays ("Kelly
    (HV)" -> "Health Visitor 1 (HV)"): it may be what the rest of the text calls them."""
    after = re.compile(r"[\s\u00a0]*\(([^()]{1,40})\)").match(text, end)
    if not after:
        return end
    said = after.group(1).strip().casefold()
    role = re.sub(r"[\s\u00a0]+(?:\d+|[a-z])$", "", label.casefold())
    return after.end() if said == role else end


def _determiner(word: str) -> bool:
    return word in ("her", "his", "their", "the", "its", "your", "my") or word.endswith("'s")


def grow_person(
    text: str, start: int, end: int, kept: Sequence[tuple[int, int]]
) -> tuple[int, int]:
    """Grow a person-like span to the whole name, so no part of it is left beside a pseudonym.

    To the left: a courtesy title, an initial, a surname particle ("van den Nieuwenhuizen"), a
    capitalised name word (at a sentence start only a word that is no common English word:
    "Marija Cvetka", not "Yesterday Smith"). To the right: a hyphenated part, an initial
    followed by a name ("Calfucir A. Berrios"), particles before a capitalised word ("Frits L
    van den Heuvel"), a capitalised name word. Any script: "Pustivšek", "Ødegård".
    """

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in kept)

    while True:
        title = TITLE_WORDS.search(text[max(0, start - 8) : start])
        if title and free(start - len(title.group(0)), start):
            start -= len(title.group(0))
            continue
        inverted = INVERTED_BEFORE.search(text, 0, start)
        if inverted and free(inverted.start(1), start) and _surname_like(inverted.group(1)):
            start = inverted.start(1)  # "KOWALCZYK, Piotr": one name, surname first
            continue
        left = LEFT_WORD.search(text, 0, start)
        initial_next = bool(INITIAL_AT.match(text, start))  # "Ginger E Kamps": E is grown
        if (
            left
            and free(left.start(1), start)
            and _joins(text, left.group(1), left.start(1), initial_next)
        ):
            start = left.start(1)
            continue
        break
    while True:
        step = _right_step(text, end)
        if step is None or not free(end, step):
            break
        end = step
    return start, end


LETTERS = r"[^\W\d_]"
INVERTED_BEFORE = re.compile(r"(?:^|(?<=[\s(:]))([A-Z]{2,}(?:[-'\u2019][A-Z]{2,})?),[ \u00a0]+$")
LEFT_WORD = re.compile(rf"(?:^|(?<=[\s(\"'\u201c\u2018]))({LETTERS}[\w'\u2019]*\.?)[ \u00a0]+$")
# a name word: "O'Brien", "D\u2019Souza", never the possessive "'s" after it
WORD_BODY = r"\w*(?:['\u2019](?![sS]\b)\w+)*"
RIGHT_WORD = re.compile(rf"[ \u00a0]({LETTERS}{WORD_BODY})(?![\w\-\u2011])")
RIGHT_HYPHEN = re.compile(rf"[-\u2011]({LETTERS}{WORD_BODY})")
INITIAL_AT = re.compile(r"[A-HJ-Z]\.?[ \u00a0]+[A-Z]")
RIGHT_INITIAL = re.compile(rf"[ \u00a0]({LETTERS}\.?)(?=[ \u00a0]+{LETTERS})")
# Surname particles, lower case: "van den Heuvel", "de la Cruz", "bin Rashid", "ter Horst".
PARTICLES = frozenset(
    ["van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du"]
    + ["la", "le", "ter", "ten", "bin", "ibn", "al", "el"]
)


def _right_step(text: str, end: int) -> int | None:
    """Where the name goes on to after end, one step; None where it stops."""
    hyphen = RIGHT_HYPHEN.match(text, end)
    if hyphen and _capitalised(hyphen.group(1)):
        return hyphen.end()
    initial = RIGHT_INITIAL.match(text, end)
    if initial and _initial(initial.group(1)):
        nxt = RIGHT_WORD.match(text, initial.end())
        if nxt and (
            nxt.group(1) in PARTICLES
            or (_capitalised(nxt.group(1)) and _surname_like(nxt.group(1)))
        ):
            return initial.end()
    pos, particles = end, 0
    while (m := RIGHT_WORD.match(text, pos)) and m.group(1) in PARTICLES:
        pos, particles = m.end(), particles + 1
    word = RIGHT_WORD.match(text, pos)
    if word and text.startswith(":", word.end()):
        return None  # "Yusuf Demir Age: 43": a label after the name
    name = word and _capitalised(word.group(1)) and _surname_like(word.group(1))
    if name and (particles or len(word.group(1)) > 1):
        return word.end()
    return None


def _capitalised(word: str) -> bool:
    """Title case in any script ("Pustivšek"); in ALL CAPS only a listed name ("SMITH"), never
    an abbreviation ("CAMHS")."""
    if not word[:1].isupper():
        return False
    if len(word) > 1 and word.isupper():
        from anonymiser.nlp import gazetteer

        first, last = gazetteer()
        return word.capitalize() in first or word.capitalize() in last
    return len(word) == 1 or any(c.islower() for c in word)  # "McDonald", "O'Brien"


def _initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[:1].isupper()


def _joins(text: str, word: str, start: int, initial_next: bool = False) -> bool:
    """A word before a name is part of it: an initial, a particle, a capitalised name word
    (at a sentence start, only one that is no common English word, unless an initial follows
    it: "Love S Ulyanova" is a first name, an initial and a surname)."""
    if word in PARTICLES:
        return True
    if not _capitalised(word.rstrip(".")):
        return False
    if _initial(word):
        return True  # an initial: "J. Smith"
    if word.endswith("."):
        return False
    before = text[:start].rstrip()
    if not _surname_like(word):
        return False
    if not before or before[-1] in ".!?:;\n(\"'\u201c\u2018":
        return initial_next or _rare_word(word)  # "Yesterday Smith": a first word is a word
    return True


def _rare_word(word: str) -> bool:
    """No common English word (word frequency), so a name even where a sentence starts."""
    from anonymiser.nlp import zipf

    return zipf(word) < RARE_ZIPF


RARE_ZIPF = 3.0


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


LIST_ITEM = rf"{LETTERS}[\w'\u2019\-]*(?:[ \u00a0]{LETTERS}[\w'\u2019\-]*)?"
NAME_LIST = re.compile(
    rf"(?<![\w\-]){LIST_ITEM}(?:,[ \u00a0]+{LIST_ITEM})*,?[ \u00a0]+(?:and|&|or)[ \u00a0]+"
    rf"{LIST_ITEM}(?![\w\-])"
)
COMMON_ZIPF = 4.0  # a word this frequent is taken as a word, not as the name said again


def again(
    text: str, persons: Sequence[tuple[int, int, float]], taken: Sequence[tuple[int, int]]
) -> list[tuple[int, int, float]]:
    """More of the people already found in a text: a name word said again elsewhere in it
    ("Brajko had given Brajko ...", "... Frits L van den Heuvel but everyone calls me Frits")
    and the other names of a list that holds one ("founders: Fujimura, Griffin and Mitchell").
    """
    from anonymiser.nlp import gazetteer, zipf

    first, last = gazetteer()

    def listed(word: str) -> bool:  # "Gray and Williams": a listed name beside a found one
        return word in last or word in first

    busy = [*taken, *((s, e) for s, e, _ in persons)]
    out: list[tuple[int, int, float]] = []

    def add(s: int, e: int, conf: float) -> None:
        if not any(a < e and s < b for a, b in busy):
            out.append((s, e, conf))
            busy.append((s, e))

    for s, e, conf in persons:
        for w in re.finditer(rf"{LETTERS}[\w\u2019]*", text[s:e]):
            word = w.group(0)
            if len(word) < 3 or not _capitalised(word) or not _surname_like(word):
                continue
            if word.casefold() in _TITLES or zipf(word) >= COMMON_ZIPF:
                continue
            for form in {word, word.upper()}:
                for m in re.finditer(rf"(?<![\w\-\u2011]){re.escape(form)}(?![\w\-\u2011])", text):
                    add(m.start(), m.end(), conf)
    for lst in NAME_LIST.finditer(text):
        items = list(re.finditer(LIST_ITEM, lst.group(0)))
        items = [(lst.start() + i.start(), lst.start() + i.end()) for i in items]
        named = [c for s, e, c in persons if any(s < ie and is_ < e for is_, ie in items)]
        if not named:
            continue
        for s, e in items:
            words = [w for w in text[s:e].split() if w not in PARTICLES]  # "den Heuvel"
            if (
                words
                and all(
                    _capitalised(w) and _surname_like(w) and (zipf(w) < COMMON_ZIPF or listed(w))
                    for w in words
                    if w not in ("and", "or", "&")
                )
                and words[0] not in ("and", "or", "&")
            ):
                add(s, e, min(named))
    return out


_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "master", "sir", "dame"})


ADDRESSED = re.compile(
    rf"(?:^|(?<=\n))[ \u00a0]*({LETTERS}[\w\u2019\-]*)"
    r"(?::[ \u00a0]+|:(?=[\"\u201c'\u2018])|,[ \u00a0]+(?=[a-z]|I\b))"
)
# "Is Priyanka still at home?", "Why is Kaiju so impulsive?": the subject of a question
ASKED = re.compile(
    rf"(?:^|(?<=[\s(]))(?i:is|was|does|did|has|can|will|would|could)[ \u00a0]+"
    rf"({LETTERS}[\w\u2019\-]*)(?:'s|\u2019s)?[ \u00a0][^.!?\n]*\?"
)
# "Tell Amadou that ...", "we rang Thandeka": the one a person-verb is done to
TOLD = re.compile(
    r"(?:^|(?<=[\s(]))(?i:tell|ask|call|ring|phone|email|e-mail|text|thank|meet|invite|remind"
    r"|told|asked|rang|phoned|emailed|texted|thanked|met|invited|reminded"
    r"|(?:shouted|spoke|talked|said|wrote|waved|looked|smiled|swore|screamed)[ \u00a0]+(?:at|to|with))"
    r"[ \u00a0]+"
    rf"({LETTERS}[\w\u2019\-]*)(?![\w\-])"
)
# "PC 2291 Haworth", "DS Okafor": a police rank (and collar number) before a surname
RANKED = re.compile(
    r"(?<![\w\-])(?:PC|PCSO|DC|DS|DI|DCI|Sgt|Sergeant|Constable|Inspector)\.?[ \u00a0]+"
    rf"(?:\d+[ \u00a0]+)?({LETTERS}[\w\u2019\-]*)(?![\w\-])"
)
# "CHUKWUEMEKA OBI", "ANNA KOWALCZYK": a name in capitals, its first word a listed first name
UPPER_NAME = re.compile(
    r"(?<![\w\-])([A-Z]{2,}(?:[-'\u2019][A-Z]+)?)[ \u00a0]+([A-Z]{2,}(?:[-'\u2019][A-Z]+)?)(?![\w\-])"
)
LOWER_NAME = re.compile(
    r"(?<![\w\-])(?:(?P<cue>(?i:name is|name's|called|named|this is|i am|i'm|signed)"
    r")[ \u00a0]+)?([^\W\d_A-Z]{3,})[ \u00a0]+([^\W\d_A-Z]{3,})(?![\w\-])"
)
RARE_NAME_ZIPF, FIRST_NAME_ZIPF, LOWER_ZIPF = 2.8, 4.6, 3.0


def by_context(
    text: str, taken: Sequence[tuple[int, int]], names: tuple[frozenset[str], frozenset[str]]
) -> list[tuple[int, int, float]]:
    """Names the net scored too low, found by where they stand.

    - a one-word name opening a line as the one spoken to or the speaker: "Nivi, can I ...",
      "Batirbek: What ..." (never a heading, "Note:", nor an abbreviation, "SW:");
    - the subject of a question: "Is Priyanka still at home?";
    - the one a person-verb is done to: "Tell Amadou that ...";
    - a name in capitals whose first word is a listed first name: "ANNA KOWALCZYK";
    - a name written in lower case: a listed first name and a listed surname, both rare words
      ("my name is oleksandr petrenko").
    Only a listed first name or a word no English word list knows.
    """
    from anonymiser.nlp import STOP, zipf

    first, last = names
    out: list[tuple[int, int, float]] = []

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in [*taken, *((a, b) for a, b, _ in out)])

    def name_word(word: str) -> bool:
        if word.isupper() or len(word) < 3 or not _capitalised(word) or not _surname_like(word):
            return False
        if word.casefold() in STOP:
            return False
        frequency = zipf(word)
        return frequency < RARE_NAME_ZIPF or (word in first and frequency < FIRST_NAME_ZIPF)

    for rx in (ADDRESSED, ASKED, TOLD):
        for m in rx.finditer(text):
            if rx is ADDRESSED and not free(m.end(), m.end() + 1):
                continue  # "Addressee: Anneliese Gruber": a label before a name
            if name_word(m.group(1)) and free(m.start(1), m.end(1)):
                out.append((m.start(1), m.end(1), 0.5))
    for m in RANKED.finditer(text):
        word = m.group(1)
        name = _capitalised(word) and not word.isupper() and _surname_like(word)
        if name and word.casefold() not in STOP and free(m.start(1), m.end(1)):
            out.append((m.start(1), m.end(1), 0.5))
    for m in UPPER_NAME.finditer(text):
        a, b = m.group(1), m.group(2)
        if (
            a.capitalize() in first
            and (b.capitalize() in last or zipf(b) < RARE_NAME_ZIPF)
            and not {a.casefold(), b.casefold()} & STOP
            and free(m.start(1), m.end(2))
        ):
            out.append((m.start(1), m.end(2), 0.5))
    for m in LOWER_NAME.finditer(text):
        a, b = m.group(2), m.group(3)
        listed = a.capitalize() in first and b.capitalize() in last
        if (
            (listed or m.group("cue"))
            and max(zipf(a), zipf(b)) < LOWER_ZIPF
            and not {a, b} & PARTICLES
            and free(m.start(2), m.end(3))
        ):
            out.append((m.start(2), m.end(3), 0.5))
    return out


# -- words around a case finding that its replacement already says (issue 13) ---------------

KIN_WORDS = (
    "mother|father|mum|mam|dad|brother|sister|son|daughter|grandmother|grandfather|nan|nanna"
    "|gran|grandma|grandad|aunt|auntie|uncle|cousin|partner|boyfriend|girlfriend|husband|wife"
    "|stepfather|stepmother|stepbrother|stepsister|half-brother|half-sister|niece|nephew"
)
KIN_BETWEEN = re.compile(rf"[\s\u00a0]+(?i:{KIN_WORDS}),?[\s\u00a0]+")


def merge_kin_chains(text: str, found: list[Finding]) -> list[Finding]:
    """ "Natasha's mother Julie" -> "Maternal grandmother": a person's possessive, a kin word and
    a second listed person is one mention of the second, whose pseudonym already says how they
    are related; written out it would read "Mother's mother Maternal grandmother"."""
    out: list[Finding] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.identity
            and f.identity
            and prev.identity != f.identity
            and prev.detector == f.detector == "case"
            and prev.kind == f.kind == "PERSON"
            and re.search(r"['\u2019]s?$", prev.text)
            and KIN_BETWEEN.fullmatch(text, prev.end, f.start)
        ):
            label = f.replacement
            if _sentence_start(text, prev.start) and label[:1].islower():
                label = label[0].upper() + label[1:]
            out[-1] = replace(f, start=prev.start, text=text[prev.start : f.end], replacement=label)
        else:
            out.append(f)
    return out


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:\n"


# A rank or professional title written out before a professional's name: "Detective Constable
# Mark Wilkes" -> "IMR Author 1", not "Detective Constable IMR Author 1".
RANK_WORD = (
    r"(?:Detective|Police|Chief|Acting|Temporary|Staff|Senior|Trainee|Woman|Constable|Sergeant"
    r"|Inspector|Superintendent|Officer|PC|WPC|PCSO|DC|DS|DI|DCI|Sgt|Insp|Dr|Doctor|Nurse"
    r"|Sister|Midwife|Mr|Mrs|Ms|Miss|Mx)\.?"
)
RANK_BEFORE = re.compile(
    rf"(?:(?<=[\s(\"'\u201c\u2018])|^)({RANK_WORD}(?:[\s\u00a0]+{RANK_WORD})*)[\s\u00a0]+$"
)


def absorb_rank(text: str, start: int) -> int:
    """The start of a professional's mention widened over the rank or title written before
    it (their pseudonym names the role)."""
    m = RANK_BEFORE.search(text, max(0, start - 60), start)
    return m.start(1) if m else start


def absorb_role_words(text: str, start: int, label: str) -> int:
    """The start of a professional's mention widened over the words of the role their label
    says, written right before it: "Practice Nurse Hunt" -> "Practice Nurse 1", not "Practice
    Practice Nurse 1"; "the health visitor Kelly" -> "the Health Visitor 1"."""
    role = re.sub(r"[\s\u00a0]+(?:\d+|[A-Za-z])$", "", label).casefold().split()
    for _ in range(len(role)):
        m = re.search(r"([A-Za-z]+)[ \u00a0]+$", text[max(0, start - 40) : start])
        if not m or m.group(1).casefold() not in role:
            break
        start -= len(m.group(0))
    return start


def absorb_place_rest(text: str, end: int, name: str) -> int:
    """The end of a place's mention widened over the words of its listed name that follow:
    "Larkfield Medical" of "Larkfield Medical Centre" is the place once, not "the GP practice
    Medical"."""
    words = [w.casefold() for w in re.findall(r"[\w'\u2019]+", name)]
    said = re.findall(r"[\w'\u2019]+", text[:end])
    if not said or said[-1].casefold() not in words:
        return end
    at = words.index(said[-1].casefold())
    pos = end
    while m := re.compile(r"[\s\u00a0]+([A-Z][\w'\u2019]*)").match(text, pos):
        word = m.group(1).casefold()
        if word not in words[at + 1 :]:
            break
        at = words.index(word, at + 1)
        pos = m.end()
    return pos


# "lived in Northshire", "near Larkfield": a place's distinctive word after a preposition of
# area names the town or county the place is named after, not the place itself.
AREA_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?i:in|near|around|across|throughout|outside|within|about)[\s\u00a0]+$"
)
AREA_LABEL = "the area"


def area_mention(text: str, start: int) -> bool:
    """True when a place word alone at start stands after a preposition of area."""
    return bool(AREA_BEFORE.search(text, max(0, start - 20), start))
