"""Rules that overrule the person scorer on IMR text: a found span that reads as a code, a
common word, an organisation's or a place's name, or a word cut off mid-quote is no person.

The scorer was fitted on general text; agency records are full of acronyms ("BBR", "PICU"),
system names ("SystmOne", "OASys") and clipped sentences that start with a capitalised
common word ("Bail conditions ended."). Each rule is one small function of a found span in
its sentence; ``RULES`` is the registry; the word lists are data (data/not_persons.txt) and
the two thresholds were chosen by measurement on tests/data/imr_sentences.jsonl and the
development half of tests/data/ner_eval.jsonl.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from anonymiser.scorer import STRONG_CUE, TITLE_WORDS, VERB_AFTER
from anonymiser.variants import NOT_NAME_WORDS, WORD_NAMES

# At or above this Zipf frequency a capitalised word is an ordinary English word (a first
# name needs more: "Said", "Ward" but not "Sven")...
WORD_ZIPF = 3.0
FIRST_NAME_WORD_ZIPF = 4.0
# ...when its word vector is also further than this from the first-name centroid (cosine).
NAME_SIMILARITY = 0.35
QUOTES_OPEN = "'\"\u2018\u201c"
CUT_OFF = ("...", "\u2026", "-", "\u2013")
MORE_VERBS_AFTER = frozenset({"were", "shouted", "says", "rang", "phoned", "called", "attended"})
LIST_JOINERS = frozenset({",", "and", "or", "&"})
SENTENCE_BREAK = frozenset({".", "!", ";"})  # not "?" or ":": "Last name? Norton"


@dataclass(frozen=True)
class Lexicon:
    """What the rules know about words: the name lists, frequencies, vectors and word lists."""

    first: frozenset[str]
    last: frozenset[str]
    zipf: Callable[[str], float]
    first_centroid: np.ndarray
    lists: dict[str, tuple[str, ...]]

    def is_name(self, word: str) -> bool:
        w = word.strip("'\u2019")
        return any(x in self.first or x in self.last for x in (w, w.capitalize()))

    def name_like_vector(self, token) -> bool:
        if not token.has_vector:
            return token.text.capitalize() in self.first
        v = token.vector
        return float(self.first_centroid @ v) / (float(np.linalg.norm(v)) or 1.0) >= (
            NAME_SIMILARITY
        )


@dataclass(frozen=True)
class Found:
    """A span the scorer took for a person: its tokens in their spaCy doc."""

    doc: object
    start: int  # token indexes
    end: int
    lex: Lexicon

    @property
    def words(self) -> list:
        return list(self.doc[self.start : self.end])

    @property
    def single(self):
        return self.words[0] if self.end - self.start == 1 else None

    def before(self, n: int = 1) -> list[str]:
        """Up to n words before the span, none from an earlier sentence or line."""
        out = [t.text for t in self.doc[max(0, self.start - n) : self.start]]
        while any(w in SENTENCE_BREAK or "\n" in w for w in out):
            out.pop(0)
        return out

    def name_beside(self) -> bool:
        """A known name next to the span, or across a comma, "and" or an initial."""
        doc, lex = self.doc, self.lex
        for near, between in (
            (self.start - 1, ()),
            (self.start - 2, (self.start - 1,)),
            (self.end, ()),
            (self.end + 1, (self.end,)),
        ):
            if not 0 <= near < len(doc) or not all(_joiner(doc[i]) for i in between):
                continue
            word = doc[near].text
            if word[:1].isupper() and len(word) > 1 and lex.is_name(word):
                return True
        return False

    def next_word(self) -> str:
        """The word after the span, past a possessive and a comma."""
        i = self.end
        while i < len(self.doc) and self.doc[i].text in ("'s", "\u2019s", ","):
            i += 1
        return self.doc[i].text if i < len(self.doc) else ""


def _joiner(token) -> bool:
    return token.text in LIST_JOINERS or bool(
        len(token.text.rstrip(".")) == 1 and token.text[0].isupper()
    )


def code_like(word: str, prefixes: tuple[str, ...]) -> bool:
    """A digit, or a capital inside the word that no surname prefix explains ("OASys", "BBR",
    "nDelius", "S47"; not "McAllister", "LeBlanc", "O'Neill", "Smith-Jones")."""
    if any(c.isdigit() for c in word):
        return True
    for i in range(1, len(word)):
        if word[i].isupper() and word[i - 1] not in "-'\u2019" and word[:i] not in prefixes:
            return True
    return False


def code(f: Found) -> bool:
    """Every word an acronym or system name, and none a known name; or one short word in
    capitals in a text that is not in capitals, with no title before it and no name beside it
    ("ETA 8 minutes", "GCS 5": an abbreviation even where it spells a name)."""
    prefixes = f.lex.lists["name prefixes"]
    if all(code_like(t.text, prefixes) and not f.lex.is_name(t.text) for t in f.words):
        return True
    t = f.single
    if t is None or not (t.text.isupper() and t.text.isalpha() and len(t.text) <= SHORT_CAPS):
        return False
    shouted = sum(w.is_upper for w in f.doc if w.is_alpha) > sum(w.is_alpha for w in f.doc) / 2
    return not shouted and not _titled(f) and not f.name_beside()


SHORT_CAPS = 4


def too_short(f: Found) -> bool:
    """One word of fewer than three letters that is no known name."""
    t = f.single
    return t is not None and sum(c.isalpha() for c in t.text) < 3 and not f.lex.is_name(t.text)


def common_word(f: Found) -> bool:
    """One capitalised ordinary word ("Bail", "Decision", "Ward") with nothing around it that
    says person (``person_context``). A first name that is also a word ("Hope", "Grace") is
    left to the scorer; so is a word whose vector sits with first names."""
    t = f.single
    if t is None or not (t.text[:1].isupper() and t.text[1:].islower()):
        return False
    first = t.text in f.lex.first
    if first and t.text.casefold() in WORD_NAMES:
        return False
    if f.lex.zipf(t.text) < (FIRST_NAME_WORD_ZIPF if first else WORD_ZIPF):
        return False
    return not f.lex.name_like_vector(t) and not person_context(f)


def person_context(f: Found) -> bool:
    """A title just before, a cue ("friend", "said") in the two words before, a verb ("said",
    "was") after, a surname's possessive, or a name beside it ("Brenda P Lemon", "Hussain
    and Mills")."""
    before = [w.rstrip(".").casefold() for w in f.before(2)]
    after = f.next_word().casefold()
    possessive = f.end < len(f.doc) and f.doc[f.end].text in ("'s", "\u2019s")
    return bool(
        (before and before[-1] in TITLE_WORDS | NOT_NAME_WORDS)
        or any(w in STRONG_CUE for w in before)
        or after in VERB_AFTER | MORE_VERBS_AFTER
        or (possessive and f.words[0].text in f.lex.last)
        or f.name_beside()
    )


def organisation(f: Found) -> bool:
    """Part of an organisation's name: "Northshire Women's Aid", "NHS Northshire", or one whose
    last word says so ("Brookfield YOS")."""
    nouns = f.lex.lists["organisation nouns"]
    last = f.words[-1].text if f.end - f.start > 1 else ""
    return (
        f.next_word() in nouns
        or (last in nouns and not _titled(f))
        or (f.before(1) and f.before(1)[0] in f.lex.lists["organisation before"])
    )


def _titled(f: Found) -> bool:
    before = f.before(1)
    return bool(before) and before[0].rstrip(".").casefold() in TITLE_WORDS


def place(f: Found) -> bool:
    """One word with a place-name ending ("Northshire", "Brookfield") that is no known name,
    with nothing around it that says person ("Mr Brookfield", "Brookfield said")."""
    t = f.single
    suffixes = tuple(f.lex.lists["place suffixes"])
    return (
        t is not None
        and t.text.casefold().endswith(suffixes)
        and not f.lex.is_name(t.text)
        and not person_context(f)
    )


def cut_off(f: Found) -> bool:
    """A word cut off inside a quotation: "said 'Dadd" at the end of a clipped text, "'Mumm..."."""
    t = f.single
    if t is None or f.lex.is_name(t.text):
        return False
    text = f.doc.text
    opened = t.idx > 0 and text[t.idx - 1] in QUOTES_OPEN
    rest = text[t.idx + len(t.text) :].strip()
    return opened and (not rest or rest.startswith(CUT_OFF))


RULES: tuple[tuple[str, Callable[[Found], bool]], ...] = (
    ("code", code),
    ("too short", too_short),
    ("common word", common_word),
    ("organisation", organisation),
    ("place", place),
    ("cut off", cut_off),
)


def rejected_by(f: Found) -> str | None:
    """The name of the first rule that says the span is no person; None when none does."""
    return next((name for name, rule in RULES if rule(f)), None)


def style_name(text: str, words: frozenset[str]) -> bool:
    """The whole text is a Word style's name: "Heading 1 Char", "Grid Table 4 Accent 1"."""
    parts = text.split()
    return 0 < len(parts) <= 8 and all(p.isdigit() or p in words for p in parts)
