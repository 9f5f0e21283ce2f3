"""Who is who in an entry: every person replaced by SUBJ, SIB, ADULT or PRO, pronouns by the person
they stand for (the speaker or doer of their clause, else the last one who fits).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from chronology.flags import parse, words

if TYPE_CHECKING:
    from chronology.flags.values import SubjectNames


@dataclass(frozen=True)
class Marked:
    """Text with people replaced by placeholders, and where each character came from."""

    original: str
    text: str
    starts: tuple[int, ...]  # original start of each character of ``text``
    ends: tuple[int, ...]  # original end (exclusive) of each character of ``text``
    mentions: tuple[tuple[int, str], ...]  # (position in ``text``, placeholder)

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[max(start, end - 1)]


# Words for a baby: in a case about a child of three or more they mean a sibling.
_BABY = re.compile(r"(?:the )?(?:baby|infant|newborn)", re.IGNORECASE)
_PAST_INFANCY_YEARS = 3
# An age given as the child's description: "10yo", "9 month old", "4-year-old girl".
_AGED = re.compile(r"(\d+) ?(yo|y/o|mo|month|year|yr)", re.IGNORECASE)


def _fits_age(words: str, subject: SubjectNames) -> bool:
    """Whether a child word could be the subject at their age on the entry's date: a baby word
    not for a child of three or more, an age not more than a year off theirs."""
    if subject.age is None:
        return True
    if _BABY.fullmatch(words):
        return subject.age < _PAST_INFANCY_YEARS
    aged = _AGED.match(words)
    if aged:
        number = int(aged.group(1))
        years = number / 12 if aged.group(2).lower() in ("mo", "month") else number
        return abs(years - subject.age) <= 1
    return True


@lru_cache(maxsize=256)
def _sibling_named_after(text: str, m: re.Match, subject: SubjectNames) -> bool:
    """A word for a child followed by a brother's or sister's name in brackets: "female infant
    (Half-sibling 1)", "the baby (Mia)"."""
    after = re.match(r"\s*\(\s*([^()]{1,40})\)", text[m.end() :])
    if not after:
        return False
    named = after.group(1).strip().lower()
    return any(
        named == other.lower() or named.startswith(f"{other.lower()},") for other in subject.others
    )


def mark_people(text: str, subject: SubjectNames) -> Marked:
    """Replace every person in ``text`` by SUBJ, SIB, ADULT or PRO; pronouns by their antecedent.

    A pronoun with no fitting antecedent stays as it is ("they" for documents), except a
    singular one, which is taken to be the subject child (the chronology is about them).
    """
    out, starts, ends, people, pos = [], [], [], [], 0
    headed = heading(text, subject)
    bound = _roles_of_subject(text, subject)
    for m in _people_pattern(subject, _parent_named(text, subject)).finditer(text):
        _copy(text, pos, m.start(), out, starts, ends)
        pos = m.end()
        if len(m.group()) == 1 and _TITLE_BEFORE.search(text, 0, m.start()):
            _copy(text, m.start(), m.end(), out, starts, ends)
            continue  # "Miss L": a practitioner's initial, not the family's
        kind = m.lastgroup.rstrip("2")
        if m.group().upper() in bound:
            kind = "SUBJ"  # "IP (Amelia T, 9)", "DP 15 yrs - juvenile": the child is the DP
        if kind == "SUBJ" and m.lastgroup == "SUBJ2" and not _fits_sex(m.group(), subject):
            kind = "SIB"  # "her son" in a case about a girl is her brother
        if kind == "SUBJ" and m.lastgroup == "SUBJ2" and not _fits_age(m.group(), subject):
            kind = "SIB"  # "Ms Brennan and infant present", "10yo spoken to": another child
        if kind == "SUBJ" and m.lastgroup == "SUBJ2" and _sibling_named_after(text, m, subject):
            kind = "SIB"  # "delivery of female infant (Half-sibling 1)": the baby is the sister
        if kind == "SUBJ" and m.lastgroup == "SUBJ2" and headed:
            kind = headed  # "Ava: 8-week baby check. Mother and baby well": the baby is Ava
        if kind == "ADULT" and _named_role(text, m, people, subject):
            kind = "PRO"  # "TA Mrs Bell", "DSL (Mrs Okafor)": the practitioner's own name
        if kind == "PRON":
            default = headed or "SUBJ"
            said = _PRONOUN_GENDER.get(m.group().lower(), "p")
            sex = {"female": "f", "male": "m"}.get(subject.sex, "")
            if not headed and sex and said in ("f", "m") and said != sex:
                default = None  # "met Leo in her office": not the boy, someone unnamed
            kind = _resolve(text, m, people, default)
            if kind:
                said = _PRONOUN_GENDER.get(m.group().lower(), "p")
                people.append(_Person(m.start(), kind, said, m.end(), pronoun=True))
        elif not re.match(r"['’]s\b", text[m.end() : m.end() + 3]):
            # "at aunt's", "nan's address": a place, not someone a later "she" means
            if kind == "ADULT":
                gender = adult_sex(m.group(), subject)
            else:
                gender = _gender(m.group())
            if kind.startswith("SUBJ") and not gender:
                gender = {"female": "f", "male": "m"}.get(subject.sex, "")
            people.append(_Person(m.start(), kind, gender, m.end()))
        if kind is None:
            _copy(text, m.start(), m.end(), out, starts, ends)
        else:
            owner = m.group().lower() in _POSSESSIVE or _possessive_her(text, m)
            owner = owner or (kind == "ADULT" and _bare_owner(text, m, subject))
            kind += "'s" if owner else ""
            out.append(kind)
            starts.extend([m.start()] * len(kind))
            ends.extend([m.end()] * len(kind))
    _copy(text, pos, len(text), out, starts, ends)
    marked = "".join(out)
    mentions = tuple(
        (m.start(), m.group()) for m in re.finditer(r"\b(?:SUBJ|SIB|ADULT|PRO)\b", marked)
    )
    return Marked(text, marked, tuple(starts), tuple(ends), mentions)


_TITLED = re.compile(r"(?:mr|mrs|ms|miss|dr)\.? [A-Z]", re.IGNORECASE)


def _named_role(text: str, m: re.Match, people: list, subject: SubjectNames) -> bool:
    """A title and surname written right after a practitioner's role ("TA Mrs Bell", "the DSL
    (Mrs Okafor)", "class teacher, Miss Hay") name that practitioner, unless the case lists them
    among the family's adults. Named so once, they are that practitioner for the rest of the
    entry ("Class teacher Mrs Corrie ... with Mrs Corrie present")."""
    if not _TITLED.match(m.group()) or not people:
        return False
    if any(m.group().lower() == name.lower() for name, _ in subject.adults):
        return False
    same = m.group().lower()
    if any(p.kind == "PRO" and text[p.at : p.end].lower() == same for p in people):
        return True
    if people[-1].kind != "PRO":
        return False
    return text[people[-1].end : m.start()].strip() in ("", "(", ",", "-")


@dataclass(frozen=True)
class _Person:
    at: int  # position in the original text
    kind: str
    gender: str  # "f" | "m" | ""
    end: int = 0  # where the mention ends in the original text
    pronoun: bool = False  # a resolved pronoun: a later pronoun may follow it, no rule counts it


def _copy(text: str, start: int, end: int, out: list, starts: list, ends: list) -> None:
    """Copy ``text[start:end]``, a note's "w/" written out as the "with" it stands for."""
    for m in _WITH.finditer(text, start, end):
        out.append(text[start : m.start()])
        starts.extend(range(start, m.start()))
        ends.extend(range(start + 1, m.start() + 1))
        out.append("with")
        starts.extend([m.start()] * 4)
        ends.extend([m.end()] * 4)
        start = m.end()
    out.append(text[start:end])
    starts.extend(range(start, end))
    ends.extend(range(start + 1, end + 1))


# "seen w/ mum": a note's "with" (not "w/c" for week commencing, nor "w/e").
_WITH = re.compile(r"(?<![\w/])[wW]/(?=\s)")


_POSSESSIVE = ("his", "their", "hers")


def _bare_owner(text: str, m: re.Match, subject: SubjectNames) -> bool:
    """ "mums" in "on mums knee": an adult's word or name with an owner's "s" added, before what
    a carer has (not a name that ends in "s", as "James", nor "parents only")."""
    word = m.group()
    if not word.endswith("s") or word.lower() in {n.lower() for n, _ in subject.adults}:
        return False
    if not re.match(rf"\s+(?:{_OWNED})\b", text[m.end() :], re.IGNORECASE):
        return False
    return _people_pattern(subject).fullmatch(word[:-1]) is not None


def _possessive_her(text: str, m: re.Match) -> bool:
    """ "with her key person": "her" owning a noun, as the parse reads it (not "saw her")."""
    if m.group().lower() != "her":
        return False
    try:
        doc = parse.parse(text)
    except (OSError, ModuleNotFoundError):
        return False
    span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
    # "with her throughout", "saw her briefly": the parse's "poss" of an adverb owns nothing
    if span is None or span.root.dep_ != "poss":
        return False
    owned = span.root.head
    return owned.pos_ != "ADV" and owned.lower_ not in _NOT_OWNED


# Words the parse can take for what "her" owns that are not things: "stayed with her throughout".
_NOT_OWNED = frozenset(
    ["throughout", "alone", "briefly", "again", "first", "later", "today", "yesterday", "there"]
)


def _fits_sex(word: str, subject: SubjectNames) -> bool:
    last = word.lower().split()[-1].removeprefix("step").lstrip("-")
    if last in ("son", "boy", "boys"):
        return subject.sex != "female"
    if last in ("daughter", "girl", "girls"):
        return subject.sex != "male"
    return True


def adult_sex(word: str, subject: SubjectNames) -> str:
    """An adult's sex, "f", "m" or "" (not known), from the word ("Mum", "Mr Heald"), a
    note's parent letter ("M", "F") or the case's people ("Dean")."""
    gender = _gender(word) or words.PARENT_LETTERS.get(word, "")
    if gender:
        return gender
    sex = next((x for n, x in subject.adults if n.lower() == word.lower()), "")
    return {"female": "f", "male": "m"}.get(sex, "")


def _gender(word: str) -> str:
    """Return "f", "m", "p" (plural) or "" (could be anyone) for a person's word."""
    low = word.lower().split(" ")[0].rstrip(".")
    plural = word.lower().split()[-1] in ("children", "kids", "boys", "girls", "siblings")
    if plural or (word.lower().endswith(("s", "children")) and not word[:1].isupper()):
        return "p"  # "Children said to be asleep; officers looked in on them"
    if low in words.FEMALE:
        return "f"
    return "m" if low in words.MALE else ""


_PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}


def heading(text: str, subject: SubjectNames) -> str:
    """ "Ava: 8-week baby check", "Chantelle: attended with bruise": an entry headed by another
    child's or an adult's name is about them. Their kind (SIB or ADULT), or ""."""
    m = _people_pattern(subject).match(text.lstrip())
    if m is None or not re.match(r"\s*(?:\([^)]{0,30}\)\s*)?:", text.lstrip()[m.end() :]):
        return ""
    kind = m.lastgroup.rstrip("2")
    return kind if kind in ("SIB", "ADULT") and m.lastgroup == kind else ""


def _resolve(
    text: str, m: re.Match, people: list[_Person], default: str | None = "SUBJ"
) -> str | None:
    """Find who a pronoun means: the speaker or doer of the clause it sits in, else (when no one
    who fits comes before it in its sentence) the first person who fits in the last sentence
    naming one, else the last person who fits.

    "J gave an account and said she wants to stay": "she" is J, the one who said it, not a
    friend named in between; "He told the clinician ..." after a sentence with nobody in it
    goes back to the sentence before.
    """
    word = m.group().lower()
    gender = _PRONOUN_GENDER.get(word, "p")
    named = [p for p in people if not p.pronoun]
    fits = [
        p for p in named if p.kind != "PRO" and p.gender in (gender, "" if gender != "p" else "p")
    ]
    doer = _object_of(text, m, people)
    if doer:
        # "Niamh asked her 'why ...'": the object of a verb is not the one doing it (that would
        # be "herself"); when nobody else fits, someone unnamed
        fits = [p for p in fits if p.kind != doer]
        return fits[-1].kind if fits else None
    if word in ("him", "them") and any(p.kind == "SUBJ" for p in fits):
        return "SUBJ"  # after a visit, "saw him" is nearly always the child
    if any(p.kind == "SUBJ" for p in fits) and _in_practitioners_question(text, m):
        return "SUBJ"  # "SW asked how she was feeling": the one asked, about herself
    clause = _clause_subject(text, m, people, gender)
    if clause:
        return clause
    before = text[: m.start()]
    end = max(before.rfind(c) for c in ".;:!?")
    chain = _chain(people, gender, end)
    if chain:
        return chain
    if not any(end < p.at for p in fits):
        # nobody who fits earlier in its own sentence ("I asked if he felt ok"): the person the
        # sentence before was about, not the last one it named ("his dad had punched him")
        while end > 0:
            begin = max(before.rfind(c, 0, end) for c in ".;:!?")
            # the first who fits, a pronoun of the same sex included: "SW did the exercise
            # with him - ... he drew Wayne shouting. He said ...": the sentence was about him
            in_sentence = [
                p
                for p in people
                if begin < p.at < end and (p in fits or (p.pronoun and p.gender == gender))
            ]
            if in_sentence:
                return in_sentence[0].kind
            end = begin
    # "brought in by a neighbour ... officers took her": the girl, whose sex is known, before
    # the neighbour, whose sex is not
    fits = [p for p in fits if p.gender == gender] or fits
    if fits:
        return fits[-1].kind
    if gender == "p" and _pair_with_subject(text, before, named):
        return "SUBJ"  # "Met Kayleigh and Tyler together. Asked them both": a group with her
    return None if word in ("they", "them", "their") else default


def _pair_with_subject(text: str, before: str, named: list[_Person]) -> bool:
    """The last sentence naming anyone, up to the pronoun, joins the subject and another child
    ("Kayleigh and Tyler", "Amira & her brother"): a plural pronoun after it is the pair."""
    shown = [p for p in named if p.at < len(before)]
    for first, second in pairwise(shown):
        between = text[max(first.end, first.at) : second.at]
        if {first.kind, second.kind} == {"SUBJ", "SIB"} and re.fullmatch(
            r"\s*(?:,|and|&)\s*(?:(?:her|his|their) )?", between
        ):
            rest = text[second.at : len(before)]
            return not any(p.at > second.at for p in shown) or not re.search(r"[.;]", rest)
    return False


_ASKING = frozenset(["ask", "explore", "check", "question", "enquire", "inquire"])


def _in_practitioners_question(text: str, m: re.Match) -> bool:
    """The pronoun is the subject of a question's content that a practitioner, or nobody named,
    asked: "SW asked how she was feeling", "Asked if he felt safe at home"."""
    try:
        doc = parse.parse(text)
    except (OSError, ModuleNotFoundError):
        return False
    span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    clause = span.root.head
    verb = clause.head
    if clause.dep_ not in ("ccomp", "advcl") or verb.lemma_ not in _ASKING or verb.i > span.root.i:
        return False
    asker = [c for c in verb.children if c.dep_ == "nsubj"]
    addressed = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    staff = re.compile(rf"(?i:{'|'.join(words.PRO_WORDS)}|I|we)$")
    return not addressed and (not asker or bool(staff.match(asker[0].text)))


def _chain(people: list[_Person], gender: str, start: int) -> str | None:
    """Whom the last pronoun of the same sex in this sentence meant, when no one named of that sex
    comes after it: "asked how she feels about Wayne being around - she said" goes on with the
    first "she", not the man of no stated sex named in between."""
    if gender not in ("f", "m"):
        return None
    last = next(
        (p for p in reversed(people) if p.pronoun and p.at > start and p.gender == gender), None
    )
    if last is None or last.kind == "PRO":
        return None
    if any(not p.pronoun and p.at > last.at and p.gender == gender for p in people):
        return None
    return last.kind


def _object_of(text: str, m: re.Match, people: list[_Person]) -> str | None:
    """The kind of the person doing the verb whose object the pronoun is, when a child or
    sibling named: "Niamh asked her" gives SUBJ; None otherwise."""
    try:
        doc = parse.parse(text)
    except (OSError, ModuleNotFoundError):
        return None
    span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
    if span is None or span.root.dep_ not in ("dobj", "dative"):
        return None
    for child in span.root.head.children:
        if child.dep_ == "nsubj" and child.i < span.root.i:
            person = next((p for p in people if p.at <= child.idx < max(p.end, p.at + 1)), None)
            if person and person.kind in ("SUBJ", "SIB") and not person.pronoun:
                return person.kind
    return None


def _clause_subject(text: str, m: re.Match, people: list[_Person], gender: str) -> str | None:
    """The person who is the grammatical subject of a clause above the pronoun, if they fit."""
    if gender == "p":
        return None
    try:
        doc = parse.parse(text)
    except (OSError, ModuleNotFoundError):
        return None
    span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
    if span is None:
        return None
    pronoun = node = span.root
    if pronoun.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return None  # "J wanted to visit her": an object is someone else than its clause's subject
    for _ in range(8):
        head = node.head
        if head.i == node.i:
            return None
        for child in head.children:
            if (
                child.dep_ not in ("nsubj", "nsubjpass")
                or child.i >= pronoun.i
                or child.i == node.i
            ):
                continue
            person = next((p for p in people if p.at <= child.idx < max(p.end, p.at + 1)), None)
            if person and person.kind != "PRO" and person.gender in (gender, ""):
                return person.kind
        node = head
    return None


@lru_cache(maxsize=64)
def _people_pattern(subject: SubjectNames, letter_free: bool = False) -> re.Pattern:
    # Order matters: the case's own names first ("Child B" before "child"), pronouns last.
    initials = _initial_forms(subject)
    groups = (
        (
            "SIB",
            [_name_pattern(n) for n in _longest_first((*subject.others, *initials["SIB"]))],
            words.SIBLING_WORDS,
        ),
        (
            "SUBJ",
            [_name_pattern(n) for n in _longest_first(subject.names)],
            _initial(subject, letter_free),
        ),
        # before the adults, whose titled-surname words would take "Miss Ford" for family
        (
            "PRO2",
            [_name_pattern(n) for n in _longest_first((*_staff_forms(subject), *initials["PRO2"]))],
            (),
        ),
        (
            "ADULT",
            [
                *(
                    _name_pattern(n)
                    for n in _longest_first((*_names(subject.adults), *initials["ADULT"]))
                ),
                *_surnames(subject),
            ],
            words.ADULT_WORDS + (words.CLIENT_WORDS if subject.adult_client else ()),
        ),
        ("PRO", [], words.PRO_WORDS),
        ("SUBJ2", [], words.CHILD_WORDS),
        ("PRON", [], words.PRONOUNS),
    )
    body = "|".join(
        f"(?P<{kind}>(?:{'|'.join([*names, *words])}){_after(kind)})"
        for kind, names, words in groups
        if names or words
    )
    return re.compile(rf"(?<![\w'’/-])(?:{body})(?![\w/])", re.IGNORECASE)


# Capitals a chronology writes for something else than a person: "DA incident", "CP medical".
_ABBREVIATIONS = frozenset(
    {"AE", "AM", "CC", "CP", "CIN", "CSC", "DA", "DV", "ED", "EH", "FC", "GP", "ID", "IP", "LA",
     "MH", "NB", "NFA", "NHS", "OE", "OK", "PM", "SN", "TA", "TV", "UK", "YP"}
)  # fmt: skip


_A_WORD = re.compile(
    "|".join((*words.PRO_WORDS, *words.ADULT_WORDS, *words.CHILD_WORDS, *words.SIBLING_WORDS)),
    re.IGNORECASE,
)


def _initial_forms(subject: SubjectNames) -> dict[str, tuple[str, ...]]:
    """The case's other people by their initials, as notes write them: "LB & KB present" for
    Lisa and Kyle Blakeley, "Agreed SO to try 1:1" for the YOT officer Sam Okoro. Initials two
    people share, the subject's own forms, and capitals that mean something else are left out."""
    people = [
        *(("SIB", n) for n in subject.others),
        *(("ADULT", n) for n, _ in subject.adults),
        *(("PRO2", n) for n in subject.professionals),
    ]
    owners: dict[str, set[tuple[str, str]]] = {}
    firsts: dict[str, set[tuple[str, str]]] = {}  # a first name's capital: its owners
    for kind, name in (*people, *(("SUBJ", n) for n in subject.names)):
        parts = [w for w in re.split(r"[\s-]+", name.strip()) if w and not _RANK.match(w)]
        if len(parts) >= 2 and all(w[0].isupper() for w in parts):
            owners.setdefault("".join(w[0] for w in parts), set()).add((kind, name))
        if parts and parts[0][0].isupper():
            firsts.setdefault(parts[0][0], set()).add((kind, parts[0].lower()))
    own = set(subject.names)
    found: dict[str, tuple[str, ...]] = {"SIB": (), "ADULT": (), "PRO2": ()}
    for letters, who in owners.items():
        if (
            len(who) != 1
            or letters in own
            or letters in _ABBREVIATIONS
            or _A_WORD.fullmatch(letters)
        ):
            continue  # "SW" for Sandra Whitfield is still the social worker
        ((kind, _),) = who
        if kind in found:
            found[kind] += (letters,)
    # a first name's capital alone, as notes write it ("K on the phone to Housing" for
    # Kirsty), when no one else in the case has a name starting with it and the subject's own
    # forms do not use it; not a word ("A", "I") nor a sex ("15yo M")
    for letter, who in firsts.items():
        kinds = {kind for kind, _ in who}
        if len({first for _, first in who}) != 1 or letter in own or letter in _NOT_INITIALS:
            continue
        if kinds in ({"ADULT"}, {"SIB"}):
            (kind,) = kinds
            found[kind] += (letter,)
    return found


# Capitals alone that are not a first name's: words, and the sexes ("Pt 15yo M").
_NOT_INITIALS = frozenset(["A", "I", "M", "F"])


def _after(kind: str) -> str:
    """What must not follow a mention of this kind: "baby" in "Baby clinic" is no one. An adult
    may be followed by an owner's "s" written without its apostrophe: "on mothers lap"."""
    if kind == "ADULT":
        return _OWNER_S
    return words.NOT_A_CHILD if kind == "SUBJ2" else ""


# An owner's "s" without its apostrophe, before what a carer has: "mums knee", "dads flat".
_OWNED = (
    "lap|knee|knees|arms?|side|bed|bedroom|room|house|home|address|flat|car|agreement|consent|"
    "request|partner|boyfriend|girlfriend|phone|mobile|presence"
)
_OWNER_S = rf"(?:s(?=\s+(?:{_OWNED})\b))?"


# Titles and ranks a practitioner's surname is written after: "Miss Ford", "PC Wells".
_STAFF_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "PC", "DC", "DS", "Sgt", "Nurse")
# A title just before: "Miss L asked F" is a teacher, not the family's Liam.
_TITLE_BEFORE = re.compile(rf"\b(?:{'|'.join(_STAFF_TITLES)})\.?\s*$", re.IGNORECASE)
_RANK = re.compile(r"^(?:mr|mrs|ms|miss|mx|dr|pc|dc|ds|di|sgt|pcso|nurse|\d+)\.?$", re.IGNORECASE)


def _staff_forms(subject: SubjectNames) -> tuple[str, ...]:
    """How the case's practitioners are written: the name as listed, without its title or
    collar number ("PC 1620 Wells" -> "Wells"), and a title with the surname ("Miss Ford").
    A form that is also a family member's name is left to the family."""
    family = {n.lower() for n in (*subject.names, *subject.others, *_names(subject.adults))}
    family |= {n.split()[-1].lower() for n in family if n.split()}
    forms = []
    for name in subject.professionals:
        bare = [w for w in name.split() if not _RANK.match(w)]
        if not bare:
            continue
        surname = bare[-1]
        forms += [name, " ".join(bare)]
        if len(bare) >= 2 and bare[0][:1].isalpha():  # "M DEVLIN" for Mark Devlin
            forms += [f"{bare[0][0]} {surname}", f"{bare[0][0]}. {surname}"]
        if surname.lower() not in family:
            forms += [f"{title} {surname}" for title in _STAFF_TITLES]
    return tuple(f for f in dict.fromkeys(forms) if f.lower() not in family)


def _initial(subject: SubjectNames, letter_free: bool = False) -> tuple[str, ...]:
    """The subject's first initial as a note writes it alone ("R drew dad shouting"), in exact
    case and not before a full stop ("R. Jones"), when no one else in the case shares it and it
    is not a word (I, A) or a parent's letter (M, F) -- unless the entry names that parent by a
    word ("Mum stepped out - M seen alone"), when the letter is free for the child."""
    first = next((n for n in subject.names if n[:1].isupper() and n[1:2].islower()), "")
    letter = first[:1]
    if not letter or letter in "IA" or (letter in "MF" and not letter_free):
        return ()
    others = (*subject.others, *_names(subject.adults), *subject.professionals)
    if any(n[:1] == letter for n in others):
        return ()
    return (rf"(?-i:{letter})(?![.'’])",)


# The words that name the parent a note's "M" or "F" would otherwise stand for.
_PARENT_WORDS = {
    "M": re.compile(r"\b(?:mum|mummy|mother|mom)\b", re.IGNORECASE),
    "F": re.compile(r"\b(?:dad|daddy|father)\b", re.IGNORECASE),
}


def _parent_named(text: str, subject: SubjectNames) -> bool:
    """Whether the entry names by a word the parent whose letter is the subject's initial, and
    names the child by no longer form: a note that writes "Mason" and "M" means his mother."""
    first = next((n for n in subject.names if n[:1].isupper() and n[1:2].islower()), "")
    words = _PARENT_WORDS.get(first[:1])
    if not words or not words.search(text):
        return False
    longer = [n for n in subject.names if len(n) > 1 and n[:1] == first[:1]]
    return not any(re.search(rf"\b{re.escape(n)}\b", text) for n in longer)


def _roles_of_subject(text: str, subject: SubjectNames) -> frozenset[str]:
    """The police roles ("DP" detained person, "IP" injured party) this entry gives the subject
    child: bound to the child's name ("IP (Amelia T, 9)", "IP: BENNETT Riley", "Jordan MADDOX
    (DP)"), to a child's age ("DP 15 yrs - juvenile"), or, for a custody record, the detainee it
    opens with ("CUSTODY RECORD ... MADDOX, Jordan Lee - AGE 17 - JUVENILE ... DP asked")."""
    names = "|".join(re.escape(n) for n in _longest_first(subject.names) if len(n) > 1)
    if not names:
        return frozenset()
    bound = set()
    for role in ("DP", "IP"):
        if not re.search(rf"\b{role}\b", text):
            continue
        by_name = re.search(
            rf"\b{role}\s*[:(-]\s*(?:[A-Z][\w'-]*,?\s+){{0,2}}?(?i:{names})\b"
            rf"|\b(?i:{names})\b[^.;()]{{0,30}}\({role}\)",
            text,
        )
        aged = re.search(
            rf"\b{role}\b\W{{0,3}}(\d{{1,2}}) ?(?:yrs?|years?|y/?o)\b", text, re.IGNORECASE
        )
        custody = role == "DP" and _custody_of(text, names)
        if by_name or (aged and int(aged.group(1)) < 18) or custody:
            bound.add(role)
    return frozenset(bound)


def _custody_of(text: str, names: str) -> bool:
    """A custody record whose opening names the subject before anyone else is the child's."""
    head = re.match(r"\s*custody record\b([^.]{0,80})", text, re.IGNORECASE)
    return bool(head and re.search(rf"\b(?i:{names})\b", head.group(1)))


def _surnames(subject: SubjectNames) -> list[str]:
    """The adults' surnames on their own, as police and IMR authors write them ("HIRST
    co-operative", "Hirst remained downstairs"): capitalised only ("hall" is a room), and not a
    surname the subject, another child or a practitioner also has, which could be theirs."""

    def last(name: str) -> str:
        parts = [w for w in name.split() if not _RANK.match(w)]
        return parts[-1] if len(parts) >= 2 else ""

    shared = {last(n).lower() for n in (*subject.names, *subject.others, *subject.professionals)}
    found = {last(n) for n, _ in subject.adults} - {""}
    return [
        f"(?-i:{re.escape(n[0].upper() + n[1:])}|{re.escape(n.upper())})"
        for n in sorted(found, key=len, reverse=True)
        if n.lower() not in shared and len(n) > 2 and n[0].isalpha()
    ]


def _names(adults: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    return tuple(name for name, _ in adults)


def _longest_first(names: tuple[str, ...]) -> list[str]:
    return sorted((n for n in names if n.strip()), key=len, reverse=True)


def _name_pattern(name: str) -> str:
    escaped = re.escape(name.strip())
    if name.strip() in _SIDE_LETTERS:  # "bruise to O's L upper arm": left, not Liam
        return f"(?-i:{escaped})(?!\\s*(?:{_BODY_PARTS})\\b)"
    if len(name) <= 3 and name.isupper():
        return f"(?-i:{escaped})"
    return escaped


# A side as a clinical note writes it before a part of the body: "L cheek", "R upper arm".
_SIDE_LETTERS = frozenset(["L", "R"])
_BODY_PARTS = (
    r"upper|lower|side|sided|arm|forearm|leg|thigh|shin|knee|ankle|foot|hand|wrist|finger|thumb|"
    r"cheek|eye|ear|temple|jaw|face|brow|eyebrow|forehead|shoulder|hip|buttock|chest|back|flank|"
    r"ribs?|abdomen|neck|elbow|calf|heel|toe"
)
