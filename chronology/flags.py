"""Flag a chronology entry: was the subject child seen, seen alone, were their wishes sought, expressed.

Each flag is "yes", "no" or "" (not known). An agency's own column wins ("stated"); otherwise the
flag is inferred from the entry's text with the rules in ``chronology.flag_rules``, and the words
that decided it are kept as evidence. Where no rule matches, a small logistic regression
(``chronology.flag_model``, over ``chronology.flag_features``, weights in ``flag_weights.json``)
gives the likely value when it is confident; its evidence starts "likely: ".

Decisions (see docs and ``flag_rules`` for the vocabulary):

- child_seen: "yes" when the subject child was physically seen in this entry (visit, clinic,
  nursery, examination, police at the scene); "no" for a contact or attempted contact in which
  they were not (no access, no reply, was not brought, DNA, asleep upstairs, away at nursery,
  spoke to mother only, someone else seen, a telephone call, letter, text, email, meeting,
  strategy discussion, conference); "" for pure information with no contact (a referral or
  document received, records checked, case allocated or closed, supervision, plans).
- seen_alone: "yes" when seen or spoken to alone / on their own / 1:1 / in private / away from
  their carers; "no" when a carer was said to be present, or when the child was not seen at all;
  "" when seen and nothing is said about who else was there.
- wishes_sought: "yes" when a practitioner asked the child or explored their wishes, views or
  feelings; "no" when the text says they were not (or the child was too young, not spoken to),
  or when the child was not seen and nothing says otherwise; "" otherwise.
- wishes_expressed: "yes" when the child's own words or wishes are recorded (said, told, drew,
  wrote, disclosed, spoke of), even if relayed by someone else; an observation ("appeared
  happy") is not; "no" when they would not say, made no disclosure, were too young, or were not
  seen and nothing says otherwise; "" otherwise.
- A sibling or an adult seen does not count; "seen as" (a perception) and "when seen" (records)
  are not sightings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from chronology import flag_model, flag_structure
from chronology import flag_rules as vocab
from chronology.dates import parse_date
from chronology.entries import are_words
from chronology.flag_features import features

FLAGS = ("child_seen", "seen_alone", "wishes_sought", "wishes_expressed")


@dataclass(frozen=True)
class FlagValue:
    value: str  # "yes" | "no" | ""   ("" = not known)
    source: str  # "stated" (the agency's own column) | "inferred" (from the text) | ""
    evidence: str  # the decisive words, e.g. "no reply at the door", or the column text "Y"


@dataclass(frozen=True)
class SubjectNames:
    names: tuple[str, ...]  # ways the subject child is written: "Jayden", "Jay", "Child A"
    others: tuple[str, ...]  # the other children's names: seeing them does not count
    born: date | None = None  # the subject's date of birth (case.yaml), for their age at the entry
    sex: str = ""  # "female" | "male" | "" as case.yaml has it
    # the case's adults by name, with their sex ("female" | "male" | ""): "Dean present" is an
    # adult present, and "she" after "Dean" is not him
    adults: tuple[tuple[str, str], ...] = ()


# Younger than this (in years) a child's wishes are not asked or given in words, unless the
# entry quotes them: the wishes flags stay blank.
PREVERBAL_YEARS = 1.5


UNKNOWN = FlagValue("", "", "")


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


def assess(cells: Mapping[str, str], subject: SubjectNames) -> dict[str, FlagValue]:
    """Return the four flags for one chronology row.

    ``cells`` are the row's texts by canonical column name; a non-empty agency column for a flag
    (or a combined column "Seen: Y Alone: N") wins over the text. Never raises on odd text.
    """
    text = _text(cells)
    stated = _stated(cells, subject)
    flags = _reconcile({f: stated.get(f) or infer(text, f, subject) for f in FLAGS})
    seen, alone = flags["child_seen"], flags["seen_alone"]
    guessed = not alone.value or alone.evidence.startswith("likely: ")  # the model's guess
    if seen.value == "yes" and guessed and "seen_alone" not in stated and text.strip():
        flags["seen_alone"] = _absence(text, subject) or alone
        flags = _reconcile(flags)
    return _preverbal(flags, age_at(subject, cells))


def _absence(text: str, subject: SubjectNames) -> FlagValue | None:
    """Seen alone from where the carers were: "mum waited outside", "at nursery", no adult."""
    marked = mark_people(text, subject)
    away = flag_structure.carer_away(text, _roles(marked))
    if away:
        return FlagValue("yes", "inferred", f"carer away: {away}")
    alone = flag_structure.no_carer_present(text, _roles(marked))
    return FlagValue("yes", "inferred", alone) if alone else None


def age_at(subject: SubjectNames, cells: Mapping[str, str]) -> float | None:
    """The subject's age in years on the entry's date; None if either date is not known."""
    if subject.born is None or not cells.get("date", "").strip():
        return None
    try:
        when = parse_date(cells["date"]).start
    except ValueError:
        return None
    return (when - subject.born).days / 365.25


def _preverbal(flags: dict[str, FlagValue], age: float | None) -> dict[str, FlagValue]:
    """A baby's wishes are blank (saying why) unless stated or the entry quotes the child."""
    if age is None or age >= PREVERBAL_YEARS:
        return flags
    why = f"blank: a baby of {max(0, int(age * 12))} months, too young to give views in words"
    for flag in ("wishes_sought", "wishes_expressed"):
        found = flags[flag]
        quoted = found.value == "yes" and any(q in found.evidence for q in "'\"‘“")
        if found.value and found.source != "stated" and not quoted:  # a blank needs no reason
            flags[flag] = FlagValue("", "inferred", why)
    return flags


def prepare(rows: Iterable[Mapping[str, str]], nlp=None) -> None:
    """Parse every row's text in one batch before ``assess`` is called row by row.

    ``nlp`` is a ``spacy.Language`` with a dependency parser the caller already holds; without
    it the md model is loaded once by ``chronology.flag_structure``.
    """
    if nlp is not None:
        flag_structure.use_language(nlp)
    flag_structure.parse_all(_text(cells) for cells in rows)


def _text(cells: Mapping[str, str]) -> str:
    text = ". ".join(cells.get(k, "").strip() for k in ("contact_type", "event", "action"))
    return text.strip(". ")


def infer(text: str, flag: str, subject: SubjectNames) -> FlagValue:
    """Infer one flag from free text: the rules first, then the model; ``UNKNOWN`` if neither.

    A rule that matches decides. When none does, the model's value is taken if it is at least
    ``flag_model.CONFIDENT`` sure (its evidence then starts "likely: "); else ``UNKNOWN``. The
    model is not asked about the other flags once a rule found the child was not seen.
    """
    ruled = by_rules(text, subject)
    if ruled[flag].value or ruled[flag].evidence or flag not in flag_model.models():
        return ruled[flag]
    if flag != "child_seen" and ruled["child_seen"].value == "no":
        return UNKNOWN  # ``assess`` says "no", naming why the child was not seen
    estimate = flag_model.models()[flag].predict(model_features(text, flag, subject))
    if not estimate.value or estimate.probability < flag_model.CONFIDENT:
        return UNKNOWN
    return FlagValue(estimate.value, "inferred", f"likely: {_first_clause(text)}")


@lru_cache(maxsize=256)
def by_rules(text: str, subject: SubjectNames) -> dict[str, FlagValue]:
    """Decide each flag by its highest-ranked matching rule; ``UNKNOWN`` where none matches."""
    marked = mark_people(text, subject)
    ruled = {flag: _first_rule(marked, flag) for flag in FLAGS}
    structure = _structure(marked)
    relayed = _INFORMATION.match(text)
    if relayed and ruled["child_seen"].value == "yes" and "child_seen" not in structure:
        # "Referral from school: Poppy told her class teacher ...": what others saw, relayed
        why = f"information received, not a contact: {_first_clause(text)}"
        ruled["child_seen"] = FlagValue("", "inferred", why)
        ruled["seen_alone"] = UNKNOWN
    for flag, found in structure.items():
        if found.weak and ruled[flag].value and not _CIRCUMSTANCE.search(ruled[flag].evidence):
            continue  # "Jay said he didn't want to talk": the rules read the refusal
        if found.value or ruled[flag].value != "no":  # a blank (a plan, hearsay) vetoes a "yes"
            ruled[flag] = FlagValue(found.value, "inferred", found.evidence)
    return ruled


def _structure(marked: Marked) -> dict[str, flag_structure.Finding]:
    """What the parse decides (who is the participant of which verb); {} if it cannot parse."""
    if not marked.original.strip():
        return {}
    return flag_structure.decide(marked.original, _roles(marked))


def _roles(marked: Marked) -> list[tuple[int, int, str]]:
    """Each person's place in the original text and kind: (start, end, SUBJ|SIB|ADULT|PRO)."""
    return [(*marked.span(at, at + len(kind)), kind) for at, kind in marked.mentions]


def _first_rule(marked: Marked, flag: str) -> FlagValue:
    for rule, pattern in _compiled(flag):  # highest rank first
        for m in pattern.finditer(marked.text):
            if _applies(rule, m, marked):
                return FlagValue(rule.value, "inferred", _evidence(marked, m))
    return UNKNOWN


def model_features(text: str, flag: str, subject: SubjectNames) -> set[str]:
    """Return what the model sees for one flag: the entry's features and the other flags' rules.

    The flag's own rules are left out: the model speaks only where they are silent.
    """
    ruled = by_rules(text, subject)
    others = {f"rule:{other}={ruled[other].value or '?'}" for other in FLAGS if other != flag}
    return _text_features(text, subject) | others


@lru_cache(maxsize=256)
def _text_features(text: str, subject: SubjectNames) -> frozenset[str]:
    return frozenset(features(mark_people(text, subject).text))


def _first_clause(text: str) -> str:
    clause = re.split(r"[.;\n]", text.strip(), maxsplit=1)[0].strip()
    return flag_structure.clip(clause)


def _applies(rule: vocab.Rule, m: re.Match, marked: Marked) -> bool:
    sentence_start = max(marked.text.rfind(c, 0, m.start() + 1) for c in ".;!?")
    before = marked.text[sentence_start + 1 : m.start()]
    if (rule.value == "yes" or rule.who == "subject") and _INTENT.search(before):
        return False
    if rule.value == "yes" and _PLAN_AFTER.match(marked.text, m.end()):
        return False  # "direct work rebooked for Monday", "ABE interview of LJ to be considered"
    if rule.flag in ("child_seen", "seen_alone") and rule.value == "yes":
        if _HEARSAY.search(before):
            return False
        clause = _CLAUSE_BREAK.split(before)[-1] + m.group()
        if rule.flag == "child_seen" and _NEGATED.search(clause):
            return False
    if rule.who != "actor":
        return True
    seeing = rule.flag in ("child_seen", "seen_alone")
    if (
        seeing
        and rule.value == "yes"
        and re.match(r"\s*(?:the |SUBJ's )?(?:ADULT|SIB)\b", marked.text[m.end() :])
    ):
        return False  # "Seen Mason alone": the one seen is named right after
    # who speaks: "cancel Kai's review, says he has chicken pox" is not Kai speaking
    return _last_person(marked, m, owner=rule.flag == "wishes_expressed") in ("SUBJ", None)


_HEARSAY = re.compile(vocab.HEARSAY, re.IGNORECASE)
# A "no" from the contact's circumstances, which the child's own words, relayed, outweigh:
# "Summer (8) has disclosed being locked in ... Summer not spoken to today".
_CIRCUMSTANCE = re.compile(r"\bnot (?:yet )?(?:spoken|seen)\b", re.IGNORECASE)
# An entry that records information passed on: "Referral from school:", "Call from member of
# public", "Info received from MASH", "Contact from school re ...".
_INFORMATION = re.compile(
    r"\s*(?:[\w/&-]+ ){0,2}?(?:referral|contact|call|info(?:rmation)?|report|message|concern|"
    r"notification|email|letter|log)s?(?: received| made)? (?:from|by)\b",
    re.IGNORECASE,
)
_PLAN_AFTER = re.compile(
    r"(?:[^.;,]{0,20}?\b)?(?:to be|(?:was |were |is |are |has been )?(?:re)?(?:booked|arranged|"
    r"planned|offered|considered|cancelled|postponed|scheduled|requested))\b",
    re.IGNORECASE,
)
_INTENT = re.compile(vocab.INTENT, re.IGNORECASE)
_NEGATED = re.compile(vocab.NEGATED, re.IGNORECASE)
_CLAUSE_BREAK = re.compile(vocab.CLAUSE_BREAK, re.IGNORECASE)


def _last_person(marked: Marked, m: re.Match, owner: bool = False) -> str | None:
    """Return who acts at a match: the last person before it, or one it starts with.

    People inside the match after a preposition ("with mum", "away from his parents") are
    objects, not actors.
    """
    sentence = max(marked.text.rfind(c, 0, m.start()) for c in ".!?\n")
    people = [
        kind
        for at, kind in marked.mentions
        if kind != "PRO"
        and at > sentence  # the actor is in the match's own sentence
        and not (owner and marked.text.startswith("'s", at + len(kind)))  # "Kai's review"
        and (
            at < m.start()
            or (at < m.end() and not _PREPOSITION.search(marked.text, max(0, at - 24), at))
        )
    ]
    return people[-1] if people else None


_PREPOSITION = re.compile(r"\b(?:with|without|from|by|to|of|for|about|on|in|at) (?:SUBJ's )?$")


def _reconcile(flags: dict[str, FlagValue]) -> dict[str, FlagValue]:
    """Make the flags agree: seen alone means seen; not seen means not alone, not asked."""
    seen, alone = flags["child_seen"], flags["seen_alone"]
    if (
        not seen.value
        and seen.source != "stated"
        and (alone.value == "yes" or alone.evidence.lower().startswith("not "))
    ):
        flags["child_seen"] = FlagValue("yes", "inferred", alone.evidence)
    seen, sought = flags["child_seen"], flags["wishes_sought"]
    if not seen.value and seen.source != "stated" and sought.value == "yes":
        flags["child_seen"] = FlagValue("yes", "inferred", sought.evidence)  # asked in person
    alone, sought, said = flags["seen_alone"], flags["wishes_sought"], flags["wishes_expressed"]
    told = alone.value == "yes" and said.value == "yes"
    told = told and not alone.evidence.startswith("no parent or carer present")  # said so
    if told and not sought.value and not sought.source:
        # seen on their own by a practitioner and giving their views: the views were sought
        flags["wishes_sought"] = FlagValue(
            "yes", "inferred", f"seen alone and said: {said.evidence}"
        )
    seen = flags["child_seen"]
    if seen.value == "no":
        default = FlagValue("no", "inferred", f"child not seen: {seen.evidence}")
        for flag in ("seen_alone", "wishes_sought", "wishes_expressed"):
            if not flags[flag].value and flags[flag].source != "stated":
                flags[flag] = default
    return flags


# --- who is who ------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def mark_people(text: str, subject: SubjectNames) -> Marked:
    """Replace every person in ``text`` by SUBJ, SIB, ADULT or PRO; pronouns by their antecedent.

    A pronoun with no fitting antecedent stays as it is ("they" for documents), except a
    singular one, which is taken to be the subject child (the chronology is about them).
    """
    out, starts, ends, people, pos = [], [], [], [], 0
    for m in _people_pattern(subject).finditer(text):
        _copy(text, pos, m.start(), out, starts, ends)
        kind = m.lastgroup.rstrip("2")
        if kind == "SUBJ" and m.lastgroup == "SUBJ2" and not _fits_sex(m.group(), subject):
            kind = "SIB"  # "her son" in a case about a girl is her brother
        if kind == "PRON":
            kind = _resolve(text, m, people)
            if kind:
                said = _PRONOUN_GENDER.get(m.group().lower(), "p")
                people.append(_Person(m.start(), kind, said, m.end(), pronoun=True))
        elif not re.match(r"['’]s\b", text[m.end() : m.end() + 3]):
            # "at aunt's", "nan's address": a place, not someone a later "she" means
            gender = _gender(m.group())
            if kind.startswith("SUBJ") and not gender:
                gender = {"female": "f", "male": "m"}.get(subject.sex, "")
            if kind == "ADULT" and not gender:
                sex = next((x for n, x in subject.adults if n.lower() == m.group().lower()), "")
                gender = {"female": "f", "male": "m"}.get(sex, "")
            people.append(_Person(m.start(), kind, gender, m.end()))
        if kind is None:
            _copy(text, m.start(), m.end(), out, starts, ends)
        else:
            kind += "'s" if m.group().lower() in _POSSESSIVE else ""
            out.append(kind)
            starts.extend([m.start()] * len(kind))
            ends.extend([m.end()] * len(kind))
        pos = m.end()
    _copy(text, pos, len(text), out, starts, ends)
    marked = "".join(out)
    mentions = tuple(
        (m.start(), m.group()) for m in re.finditer(r"\b(?:SUBJ|SIB|ADULT|PRO)\b", marked)
    )
    return Marked(text, marked, tuple(starts), tuple(ends), mentions)


@dataclass(frozen=True)
class _Person:
    at: int  # position in the original text
    kind: str
    gender: str  # "f" | "m" | ""
    end: int = 0  # where the mention ends in the original text
    pronoun: bool = False  # a resolved pronoun: a later pronoun may follow it, no rule counts it


def _copy(text: str, start: int, end: int, out: list, starts: list, ends: list) -> None:
    out.append(text[start:end])
    starts.extend(range(start, end))
    ends.extend(range(start + 1, end + 1))


_POSSESSIVE = ("his", "their", "hers")


def _fits_sex(word: str, subject: SubjectNames) -> bool:
    last = word.lower().split()[-1]
    if last in ("son", "boy", "boys"):
        return subject.sex != "female"
    if last in ("daughter", "girl", "girls"):
        return subject.sex != "male"
    return True


def _gender(word: str) -> str:
    """Return "f", "m", "p" (plural) or "" (could be anyone) for a person's word."""
    low = word.lower().split(" ")[0].rstrip(".")
    plural = word.lower().split()[-1] in ("children", "kids", "boys", "girls", "siblings")
    if plural or (word.lower().endswith(("s", "children")) and not word[:1].isupper()):
        return "p"  # "Children said to be asleep; officers looked in on them"
    if low in vocab.FEMALE:
        return "f"
    return "m" if low in vocab.MALE else ""


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


def _resolve(text: str, m: re.Match, people: list[_Person]) -> str | None:
    """Find who a pronoun means: the speaker or doer of the clause it sits in, else the subject of
    the last sentence naming someone who fits, else the last person who fits.

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
    if word in ("him", "them") and any(p.kind == "SUBJ" for p in fits):
        return "SUBJ"  # after a visit, "saw him" is nearly always the child
    clause = _clause_subject(text, m, people, gender)
    if clause:
        return clause
    before = text[: m.start()]
    if re.search(r"(?:^|[.;:!?])\s*$", before):
        end = max(before.rfind(c) for c in ".;:!?")
        while end > 0:
            begin = max(before.rfind(c, 0, end) for c in ".;:!?")
            in_sentence = [p for p in fits if begin < p.at < end]
            if in_sentence:
                return in_sentence[0].kind
            end = begin
    if fits:
        return fits[-1].kind
    return None if word in ("they", "them", "their") else "SUBJ"


def _clause_subject(text: str, m: re.Match, people: list[_Person], gender: str) -> str | None:
    """The person who is the grammatical subject of a clause above the pronoun, if they fit."""
    if gender == "p":
        return None
    try:
        doc = flag_structure.parse(text)
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
        if head is node:
            return None
        for child in head.children:
            if child.dep_ not in ("nsubj", "nsubjpass") or child.i >= pronoun.i or child is node:
                continue
            person = next((p for p in people if p.at <= child.idx < max(p.end, p.at + 1)), None)
            if person and person.kind != "PRO" and person.gender in (gender, ""):
                return person.kind
        node = head
    return None


@lru_cache(maxsize=64)
def _people_pattern(subject: SubjectNames) -> re.Pattern:
    # Order matters: the case's own names first ("Child B" before "child"), pronouns last.
    groups = (
        ("SIB", [_name_pattern(n) for n in _longest_first(subject.others)], vocab.SIBLING_WORDS),
        ("SUBJ", [_name_pattern(n) for n in _longest_first(subject.names)], ()),
        (
            "ADULT",
            [_name_pattern(n) for n in _longest_first(_names(subject.adults))],
            vocab.ADULT_WORDS,
        ),
        ("PRO", [], vocab.PRO_WORDS),
        ("SUBJ2", [], vocab.CHILD_WORDS),
        ("PRON", [], vocab.PRONOUNS),
    )
    body = "|".join(
        f"(?P<{kind}>{'|'.join([*names, *words])})"
        for kind, names, words in groups
        if names or words
    )
    return re.compile(rf"(?<![\w'’/-])(?:{body})(?![\w/])", re.IGNORECASE)


def _names(adults: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    return tuple(name for name, _ in adults)


def _longest_first(names: tuple[str, ...]) -> list[str]:
    return sorted((n for n in names if n.strip()), key=len, reverse=True)


def _name_pattern(name: str) -> str:
    escaped = re.escape(name.strip())
    if len(name) <= 3 and name.isupper():
        return f"(?-i:{escaped})"
    return escaped


# --- rules -----------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _compiled(flag: str) -> tuple[tuple[vocab.Rule, re.Pattern], ...]:
    rules = sorted((r for r in vocab.RULES if r.flag == flag), key=lambda r: -r.rank)
    return tuple((r, re.compile(_fast(r.pattern), re.IGNORECASE)) for r in rules)


def _fast(pattern: str) -> str:
    """Prefix ``(?=S)`` when every alternative starts at SUBJ: the scan then skips other letters."""
    depth, start, branches = 0, 0, []
    for i, c in enumerate(pattern):
        if c == "\\" or (i and pattern[i - 1] == "\\" and (i < 2 or pattern[i - 2] != "\\")):
            continue
        depth += {"(": 1, ")": -1}.get(c, 0)
        if c == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
    branches.append(pattern[start:])
    if all(_STARTS_AT_SUBJ.match(b) for b in branches):
        return "(?=S)" + pattern
    return pattern


_STARTS_AT_SUBJ = re.compile(r"(?:\(\?<![^()]*\))*\\bSUBJ")


def _evidence(marked: Marked, m: re.Match) -> str:
    start, end = marked.span(m.start(), m.end())
    words = marked.original[start:end].strip(" .;:,-")
    if len(words) >= 12:
        return words
    clause_start = max(marked.original.rfind(c, 0, start) for c in ".;:\n") + 1
    ends = [i for i in (marked.original.find(c, end) for c in ".;\n") if i >= 0]
    clause = marked.original[clause_start : min(ends, default=len(marked.original))].strip()
    return flag_structure.clip(clause) if clause else words


# --- what the agency wrote in its own columns -----------------------------------------------


def _stated(cells: Mapping[str, str], subject: SubjectNames) -> dict[str, FlagValue]:
    columns = {f: cells.get(f, "").strip() for f in FLAGS if cells.get(f, "").strip()}
    found = _words_stated(cells, subject) if "wishes_expressed" not in columns else {}
    for text in columns.values():
        for flag, value in _combined(text).items():
            found.setdefault(flag, FlagValue(value, "stated", text))
    for flag, text in columns.items():
        if flag not in found:
            value = _column_value(text, flag, subject)
            if value is not None:
                found[flag] = FlagValue(value, "stated", text)
    for flag in FLAGS:
        for text in columns.values():
            if flag not in found and len(text.split()) > 1:
                value = infer(text, flag, subject).value
                if value:
                    found[flag] = FlagValue(value, "stated", text)
    return found


def _words_stated(cells: Mapping[str, str], subject: SubjectNames) -> dict[str, FlagValue]:
    """The agency's own child's-words column states wishes_expressed when it has no flag column.

    Words (quoted or not) are "yes"; a tick or Y/N is read as one; "not asked", "too young"
    and the like are left to the rules, which read negations.
    """
    words = cells.get("childs_words", "").strip()
    if not words:
        return {}
    value = _token_value(words)
    if value is None:
        value = "yes" if are_words(words) else infer(words, "wishes_expressed", subject).value
        if not value:
            return {}
    return {"wishes_expressed": FlagValue(value, "stated", words)}


_COMBINED = re.compile(
    r"\b(" + "|".join(f"(?P<{flag}>{labels})" for flag, labels in vocab.COMBINED_LABELS) + r")"
    r"\s*[:=]\s*([^\s,;]+)",
    re.IGNORECASE,
)


def _combined(text: str) -> dict[str, str]:
    found = {}
    for m in _COMBINED.finditer(text):
        flag = next(f for f, _ in vocab.COMBINED_LABELS if m.group(f))
        value = _token_value(m.groups()[-1])
        if value is not None:
            found.setdefault(flag, value)
    return found


def _column_value(text: str, flag: str, subject: SubjectNames) -> str | None:
    """Read one agency column: a tick, Y/N, N/A, or free text; None when it says nothing."""
    low = text.lower().strip(" .")
    if low in vocab.STATED_BLANK:
        return ""
    exact = _token_value(low)
    if exact is not None:
        return exact
    inferred = infer(text, flag, subject).value
    if inferred:
        return inferred
    first = re.match(r"[^\s,;:()–-]+", low)
    return _token_value(first.group()) if first else None


def _token_value(token: str) -> str | None:
    low = token.lower().strip(" .")
    if low in vocab.STATED_YES:
        return "yes"
    if low in vocab.STATED_NO:
        return "no"
    if low in vocab.STATED_BLANK:
        return ""
    return None
