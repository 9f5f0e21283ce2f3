"""Find every case-identity form in a text with one compiled pattern (issue 4.1)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from anonymiser.narrow import dispatched
from anonymiser.variants import (
    ADULT_TITLES,
    CHILD_TITLES,
    KIN_TITLES,
    ROLE_TITLES,
    SENTENCE_WORDS,
    TITLES,
    Variant,
)

SPACE = r"[\s\u00a0]+"
DASH = r"\s*[-\u2010\u2011\u2012\u2013\u2014]\s*"
APOS = r"['\u2019\u2018`]"
ALL_TITLES = (*TITLES, *ROLE_TITLES, *KIN_TITLES)
TITLE = (
    r"(?P<title>(?:" + "|".join(sorted(ALL_TITLES, key=len, reverse=True)) + r")\.?" + SPACE + r")?"
)
POSSESSIVE = r"(?P<poss>" + APOS + r"s\b|" + APOS + r"(?=[\s,.;:)!?]|$)|s\b)?"
# An apostrophe may open a quotation ('Dean') but not end a prefix (O'Neil, d'Souza).
OPENING = r"(?<!\w['\u2019\u2018`])"
DETERMINER = re.compile(
    r"\b(?:the|a|an|this|that|our|their|his|her|its|my|your|former|acting|assistant|rural)"
    r"[\s\u00a0]+$",
    re.IGNORECASE,
)
OF = re.compile(r"[\s\u00a0]+of\b")
NEXT_WORD = re.compile(r"[\s\u00a0]+([^\W\d_][\w'\u2019\-]*)")
VERBS = frozenset(
    [
        "is",
        "was",
        "has",
        "had",
        "said",
        "says",
        "told",
        "tells",
        "went",
        "goes",
        "came",
        "comes",
        "saw",
        "sees",
        "cried",
        "shouted",
        "hit",
        "pushed",
        "lived",
        "lives",
        "stayed",
        "stays",
        "left",
        "did",
        "does",
        "would",
        "could",
        "should",
        "might",
        "must",
        "can",
        "will",
        "and",
        "or",
    ]
)
NOT_VERBS = frozenset(
    [
        "this",
        "us",
        "his",
        "its",
        "as",
        "thus",
        "perhaps",
        "unless",
        "less",
        "across",
        "always",
        "yes",
    ]
)
WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*")


@dataclass(frozen=True)
class Hit:
    """One raw match: the span, the forms' identities and how the writer wrote it."""

    start: int
    end: int
    text: str
    identities: tuple[str, ...]
    kind: str
    title: str | None
    possessive: str | None
    confidence: float = 1.0


# Characters Word and writers put inside a word that no reader sees: soft hyphen, zero widths.
INVISIBLE = "[\u00ad\u200b\u200c\u200d\u2060\ufeff]*"


def form_pattern(form: str) -> str:
    """Regex for one form, tolerant of spacing, hyphen, apostrophe and dot variants, and of
    invisible characters (soft hyphens, zero-width spaces) between its letters."""
    out = []
    for i, ch in enumerate(form):
        if i and ch.isalpha() and form[i - 1].isalpha():
            out.append(INVISIBLE)
        if ch.isspace():
            out.append(SPACE)
        elif ch in "-\u2010\u2011\u2012\u2013\u2014":
            out.append(DASH)
        elif ch in "'\u2019\u2018`":
            out.append(APOS)
        elif ch == ".":
            out.append(r"\.?\s*")
        else:
            out.append(re.escape(ch))
    return "".join(out)


class CaseMatcher:
    """All variants of all identities in one alternation, longest form first."""

    def __init__(
        self, variants: list[Variant], fuzzy_parts: dict[str, tuple[str, ...]] | None = None
    ):
        self._by_group: dict[str, tuple[tuple[str, ...], Variant]] = {}
        grouped: dict[tuple[str, bool], list[Variant]] = {}
        for v in variants:
            grouped.setdefault((v.form.casefold(), v.exact_case), []).append(v)
        alternatives = []  # (regex, form) pairs
        for i, ((_, exact), vs) in enumerate(
            sorted(grouped.items(), key=lambda kv: -len(kv[0][0]))
        ):
            name = f"g{i}"
            self._by_group[name] = (tuple(dict.fromkeys(v.identity for v in vs)), vs[0])
            body = form_pattern(vs[0].form)
            alternatives.append(
                (f"(?P<{name}>{body if exact else '(?i:' + body + ')'})", vs[0].form)
            )
        self._pattern = None
        if alternatives:  # grouped by first character, for speed (anonymiser.narrow)
            self._pattern = dispatched(
                rf"(?<![\w\-]){OPENING}{TITLE}", rf"{POSSESSIVE}(?![\w\-\u2011])", alternatives
            )
        self._fuzzy = fuzzy_parts or {}
        self._parts = frozenset(
            v.form.casefold() for v in variants if v.kind in ("part", "surname", "full", "alias")
        )

    def hits(self, text: str) -> list[Hit]:
        """Exact-form hits in text order; word-names only where they act as names."""
        if self._pattern is None:
            return []
        out = []
        for m in self._pattern.finditer(text):
            core = _core(m)
            ids, variant = self._by_group[core]
            if variant.guarded and not _acts_as_name(text, m, self._parts):
                continue
            if variant.kind == "initials" and _statute_context(text, m):
                continue
            end, poss = m.end(), m.group("poss")
            if (
                poss
                and poss[0] != "s"
                and len(poss) == 1
                and not m.group(core).endswith(("s", "S"))
            ):  # "Tyler'" closes a quotation; only "James'" is a possessive
                end, poss = end - 1, None
            hit = Hit(m.start(), end, text[m.start() : end], ids, variant.kind, _title(m), poss)
            out.append(hit)
        return out

    def fuzzy_hits(self, text: str, taken: list[tuple[int, int]], is_known_name) -> list[Hit]:
        """Near misspellings of name parts: same first letter, bounded edit distance."""
        out = []
        for m in WORD.finditer(text):
            word = m.group(0).rstrip("'\u2019")
            if len(word) < 5 or not word[0].isupper() or _inside(m.start(), m.end(), taken):
                continue
            if is_known_name(word):
                continue
            ids = _closest(word, tuple(sorted(self._fuzzy.items())))
            if ids:
                end = m.start() + len(word)
                out.append(Hit(m.start(), end, word, ids, "fuzzy", None, None, 0.8))
        return out


# "s46 CA 1989", "section 47 of the CA", "CA 1989": letters beside a section number or a year
# name an Act, never a person's initials.
SECTION_BEFORE = re.compile(
    r"(?:\bs\.?\s?\d+[A-Za-z]?(?:\(\d+\))*|\bsection\s+\d+[A-Za-z]?(?:\(\d+\))*(?:\s+of)?"
    r"(?:\s+the)?)[\s\u00a0]+$",
    re.IGNORECASE,
)
YEAR_AFTER = re.compile(r"[\s\u00a0]+(?:19|20)\d\d\b")


def _statute_context(text: str, m: re.Match) -> bool:
    """Bare capitals written as an Act's short name: after a section number or before a year."""
    return not m.group("title") and beside_statute(text, m.start(), m.end(), m.group(_core(m)))


def beside_statute(text: str, start: int, end: int, core: str) -> bool:
    """ "CA" in "s46 CA 1989" or "section 47 of the CA": an Act, not a person's initials."""
    if not re.fullmatch(r"[A-Z]{2,4}", core):
        return False
    return bool(SECTION_BEFORE.search(text[max(0, start - 40) : start])) or bool(
        YEAR_AFTER.match(text, end)
    )


def _core(m: re.Match) -> str:
    """The name of the form group that matched. The form is the last group to close unless a
    possessive follows it (the title closes before it), so only then are the groups searched."""
    last = m.lastgroup
    if last is not None and last.startswith("g"):
        return last
    for name, value in m.groupdict().items():
        if name.startswith("g") and value is not None:
            return name
    raise AssertionError("no form group matched")


def _title(m: re.Match) -> str | None:
    t = m.group("title")
    return t.strip().rstrip(".") if t else None


def _acts_as_name(text: str, m: re.Match, parts: frozenset[str] = frozenset()) -> bool:
    """A word-name ("Dean", "Will") names its person unless written as the ordinary word.

    Capitalised and titled forms are names, except after a determiner ("the Dean of the
    faculty"). At a sentence or quotation start, a word that often opens a sentence ("Will
    the mother attend?") is a name only when possessive or followed by a verb-like word or
    another name part ("Will said", "May Hollis"). Errs on the side of replacing.
    """
    core = m.group(_core(m))
    if m.group("title"):
        return True
    if not core[0].isupper():
        return False
    before = text[: m.start()].rstrip()
    if DETERMINER.search(before) or (OF.match(text, m.end()) and not m.group("poss")):
        return False  # "the Dean", "Dean of the faculty": the office, not the person
    sentence_start = (
        not before or before[-1] in "'\u2018.!?:;\n\"\u201c(" or before.endswith("\u2022")
    )
    if not (sentence_start and core.casefold() in SENTENCE_WORDS) or m.group("poss"):
        return True
    return _verb_or_name_follows(text, m.end(), parts)


def _verb_or_name_follows(text: str, end: int, parts: frozenset[str]) -> bool:
    if re.match(r"[,\u2019'][\s\u00a0]", text[end : end + 2]):
        return True  # "Will, her brother, ...": the auxiliary never takes a comma
    nxt = NEXT_WORD.match(text, end)
    if not nxt:
        return False
    word = nxt.group(1)
    low = word.casefold()
    if word[0].isupper():
        return low in parts
    if low in NOT_VERBS:
        return False
    return low in VERBS or bool(re.fullmatch(r"[a-z]{2,}(?:ed|s|ing)", low))


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def limit(word: str) -> int:
    """Edit distance allowed for a misspelling: none under 5 letters, 1 up to 7, 2 from 8."""
    n = len(word)
    return 0 if n < 5 else 1 if n <= 7 else 2


@lru_cache(maxsize=65536)
def _closest(word: str, parts: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[str, ...]:
    folded = word.casefold()
    found: list[str] = []
    for part, ids in parts:
        allowed = min(limit(part), limit(word))
        if not allowed or part[0] != folded[0] or part == folded:
            continue
        if Levenshtein.distance(folded, part, score_cutoff=allowed) <= allowed:
            found += [i for i in ids if i not in found]
    return tuple(found)


def narrow_by_title(
    title: str | None,
    candidates: tuple[str, ...],
    children: frozenset[str],
    young: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """An adult title (Mr, Mrs, Ms, Dr) rules out the children; Master rules out the adults.

    "Miss" is said of women and of older girls, so it rules out only the young children
    (``young``): a letter to "Miss Ashworth" is never to the five-year-old.
    """
    if not title or len(candidates) < 2:
        return candidates
    t = title.casefold().rstrip(".")
    if t in ADULT_TITLES:
        kept = tuple(c for c in candidates if c not in children)
    elif t == "miss":
        kept = tuple(c for c in candidates if c not in young)
    elif t in CHILD_TITLES:
        kept = tuple(c for c in candidates if c in children)
    else:
        kept = candidates
    return kept or candidates


def most_recent(candidates: tuple[str, ...], recent: list[str]) -> str | None:
    """The candidate named most recently by an unambiguous form, or None."""
    for key in reversed(recent):
        if key in candidates:
            return key
    return None
