"""What the leak scan looks for: exactly the matcher's forms, from ``identifier_forms``.

One definition of a known identifier: ``anonymiser.variants.identifier_forms`` lists every
form the matcher replaces (names, parts, initials, aliases, place names and their distinctive
words, address parts, redact phrases) and leaves out what it keeps (a town, a common word of a
place name, the panel). The scanner only applies the matcher's rules for reading them:

- case-sensitive forms (initials; an all-capitals alias such as "IS" or "TJ") in exact case
  only, and never inside a hyphenated token ("CP-IS");
- ``name_use_only`` forms (a word-name such as "Rose") only where capitalised;
- a title or role word on its own ("Sister", "PC", "Dr") is never a finding;
- the span of a kept name (panel, ``keep``) is exempt, and nothing outside it.

Forms are found at word starts through an index of their first words, so a few hundred forms
cost one dictionary look-up per word of text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from anonymiser.matcher import beside_statute
from anonymiser.variants import ROLE_ABBREVIATIONS, TITLES, identifier_forms

# A word is a run of letters or a run of digits: "Smith2" and "Smith_notes" both hold "Smith".
WORD = re.compile(r"[^\W\d_]+|\d+")
_MIXED_NAME = re.compile(r"(?:[A-Z][a-z]+(?:[A-Z][a-z]+|[A-Z]+)(?:[ '-]|\b)*)+")
ROLE_WORDS = frozenset(t.casefold() for t in TITLES)
SHORT_CAPITALS = re.compile(r"[A-Z]{2,4}")  # an alias written like initials: "IS", "TJ"
HYPHENS = "-\u2010\u2011\u2012\u2013\u2014"
APOSTROPHES = "'\u2019\u2018`"
NUMBER_RUN = re.compile(r"\d[\d\s().+\-]{4,}\d")
NON_DIGIT = re.compile(r"\D")
# A token holding "@", "/" or "\\": an e-mail address, a URL, a path ("/cases/otarrowby/").
LINK = re.compile(r"(?<![^\s\"'<>])[^\s\"'<>]*[@/\\][^\s\"'<>]*")
# XML namespace and schema addresses are not links anyone wrote.
STANDARD_HOSTS = re.compile(
    r"^(?:https?://)?(?:schemas\.openxmlformats\.org|schemas\.microsoft\.com|purl\.org"
    r"|www\.w3\.org|ns\.adobe\.com|www\.graphviz\.org)[/:]",
    re.IGNORECASE,
)
MIN_LINK_PART = 4
INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
MIN_BINARY = 5


@dataclass(frozen=True)
class Form:
    """One form to find: ``pattern`` matches it at a word start."""

    text: str
    kind: str  # the identity's kind: person, professional, place, address, redact
    exact_case: bool
    name_use_only: bool
    pattern: re.Pattern = field(compare=False)
    identity: str = ""  # the identity's key: "person:mother"


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    found: str
    kind: str
    identity: str = ""


class Words:
    """The distinct words of one text, listed once for every search over it."""

    def __init__(self, written: set[str]):
        self.written = written  # as written: initials are matched in exact case
        folded = {w.casefold() for w in written}
        self.folded = folded | {w[:-1] for w in folded if w.endswith("s")}  # "the Ashworths"

    @classmethod
    def of(cls, text: str) -> Words:
        return cls(set(WORD.findall(text)))


class Phrases:
    """Forms indexed by their first word (folded), longest first.

    Each form also has a gate: its first word, or for a short first word ("A Hollis",
    "NT4 7QJ") its first two words, so that "a" and "s" in ordinary text are not each tried
    against every form that starts with them.
    """

    def __init__(self, forms: list[Form], *, exact: bool = False):
        self._exact = exact  # keys as written (initials), not folded
        self._index: dict[str, list[Form]] = {}
        self._gates: dict[str, set[str | None]] = {}
        for form in sorted(forms, key=lambda f: -len(f.text)):
            words = [self._key(w) for w in WORD.findall(form.text)]
            keys = {words[0]}
            if "." in form.text:  # "T.J.A." is also written "TJA"
                keys.add("".join(words))
            for key in keys:
                self._index.setdefault(key, []).append(form)
                self._gates.setdefault(key, set()).add(_gate([key, *words[1:]]))

    def __bool__(self) -> bool:
        return bool(self._index)

    def forms_starting(self, word: str) -> list[Form]:
        """The forms whose first word is ``word`` (folded unless exact), longest first."""
        return self._index.get(self._key(word), [])

    def _key(self, word: str) -> str:
        return word if self._exact else word.casefold()

    def hits(self, text: str, words: Words | None = None) -> Iterator[Hit]:
        """Longest acceptable form at each word start; words inside a hit are skipped.

        ``words``: the words of ``text``, when the caller has listed them already.
        """
        starts = self._starts(words or Words.of(text))
        if starts is None:
            return
        end = 0
        for start in starts.finditer(text):
            if start.start() < end:
                continue
            word = WORD.match(text, start.start())
            for form in self._candidates(word.group(0)):
                m = form.pattern.match(text, start.start())
                if m and _acceptable(form, text, m):
                    end = m.end()
                    yield Hit(m.start(), m.end(), m.group(0), form.kind, form.identity)
                    break

    def _starts(self, words: Words) -> re.Pattern | None:
        """The words of the text that may begin a form; None when no form's gate is open.

        Listing the distinct words first (in C) and then looking only for the few that
        matter keeps a scan of many megabytes of XML to a few passes over the text.
        """
        present = words.written if self._exact else words.folded
        keys = frozenset(
            key
            for key in present & self._gates.keys()
            if None in self._gates[key] or self._gates[key] & present
        )
        return _word_pattern(keys, self._exact) if keys else None

    def _candidates(self, word: str) -> list[Form]:
        folded = self._key(word)
        found = self._index.get(folded, [])
        if (
            not self._exact and folded.endswith("s") and folded[:-1] in self._index
        ):  # "the Ashworths"
            found = sorted([*found, *self._index[folded[:-1]]], key=lambda f: -len(f.text))
        return found


def _gate(words: list[str]) -> str | None:
    """The second word a form needs in the text when its first is short ("A Hollis"), or None."""
    return words[1] if len(words) > 1 and len(words[0]) < 3 else None


@lru_cache(maxsize=1024)
def _word_pattern(keys: frozenset[str], exact: bool) -> re.Pattern:
    """Whole words (a run of letters or of digits, as ``WORD`` cuts them) in ``keys``."""
    ordered = sorted(keys, key=len, reverse=True)
    letters = "|".join(re.escape(k) for k in ordered if not k.isdigit()) or "(?!)"
    digits = "|".join(k for k in ordered if k.isdigit()) or "(?!)"
    plural = "" if exact else "s?"
    return re.compile(
        rf"(?<![^\W\d_])(?:{letters}){plural}(?![^\W\d_])|(?<!\d)(?:{digits})(?!\d)",
        0 if exact else re.IGNORECASE,
    )


@dataclass(frozen=True)
class Search:
    """Everything one scan looks for, compiled once per case."""

    forms: Phrases
    initials: Phrases  # exact-case forms, indexed as written
    kept: Phrases
    numbers: dict[str, str]  # digits of a phone or reference number -> kind
    link_kinds: dict[str, str]  # a folded name part to find inside links -> kind

    def hits(
        self,
        text: str,
        *,
        binary: bool = False,
        markup: bool = False,
        schema_names: bool = False,
        laid_out: bool = False,
    ) -> Iterator[Hit]:
        """Every known identifier in ``text`` outside the kept names' spans.

        In text read out of binary data, finds shorter than ``MIN_BINARY`` are left out:
        random bytes spell "DD" or "ty" every few kilobytes; so are finds in a case nobody
        writes (``_written``). ``markup``: the text is markup,
        attribute values or path data, where a one- or two-letter form ("B", "GP") is a tag,
        a colour or a cell reference, never an initial. ``schema_names``: the text is the
        names of elements and attributes, one a line, where an all-lower-case name that is a
        whole line is the file format's own word ("max", "min", "val", "left"), never a name a
        person wrote: a father called Max must not stop every spreadsheet. "Max", "MaxField" and
        a name inside a namespace address are still found. ``laid_out``: text a renderer laid
        out in blocks (a PDF's, blocks one blank line apart), where a table cell's kept phrase can
        be cut at a block's end, its last word printed in another block or on the next page
        ("Eastmoor Recovery" / "Service"): a find that begins a block's last words which are the
        start of a kept phrase (the find and at least one word more) is that phrase, not a leak.
        """
        text = INVISIBLE.sub("", text)  # "Nata\u00adsha" reads as "Natasha"
        words = Words.of(text)
        initials = [h for h in self.initials.hits(text, words) if _initial_stands(text, h, markup)]
        found = [*self.forms.hits(text, words), *initials]
        if schema_names:
            found = [h for h in found if not _schema_word(text, h)]
        found += [*self._numbers(text), *self._links(text, words)]
        if not found:
            return
        # kept spans come in order and never overlap (``Phrases.hits``), so the only one that
        # can hold a find is the last to start at or before it
        kept = [(h.start, h.end) for h in self.kept.hits(text, words)] if self.kept else []
        starts = [a for a, _ in kept]
        end = -1
        for hit in sorted(found, key=lambda h: (h.start, -h.end)):
            if hit.end <= end or (binary and not self._written(hit)):
                continue  # inside a longer find ("T Ashworth", then "Ashworth"), or noise
            end = hit.end
            at = bisect_right(starts, hit.start) - 1
            if (at < 0 or hit.end > kept[at][1]) and not (laid_out and self._cut_kept(text, hit)):
                yield hit

    def _written(self, hit: Hit) -> bool:
        """In binary data, True when a find is long enough and in a case a person writes: as
        the form is listed, or all capitals, all small letters, each word capitalised, or a
        name of two capitalised parts, the second perhaps in capitals ('McDonald', 'McDONALD').
        Compressed bytes spell a listed name in some case every few megabytes ('cRAIG');
        a name a person typed is not written like that."""
        found = hit.found
        if len(found) < MIN_BINARY:
            return False
        if found.isupper() or found.islower() or found.istitle() or _MIXED_NAME.fullmatch(found):
            return True
        first = WORD.findall(found)[:1]
        return any(f.text == found for f in self.forms.forms_starting(first[0])) if first else False

    def _cut_kept(self, text: str, hit: Hit) -> bool:
        """True when the words from ``hit`` to the end of its block are a kept phrase's first
        words, more of them than the find's own."""
        stop = text.find("\n", hit.end)
        tail = [w.casefold() for w in WORD.findall(text[hit.start : None if stop < 0 else stop])]
        own = len(WORD.findall(hit.found))
        if len(tail) <= own:
            return False
        for form in self.kept.forms_starting(tail[0]):
            words = [w.casefold() for w in WORD.findall(form.text)]
            if len(words) > len(tail) and words[: len(tail)] == tail:
                return True
        return False

    def _numbers(self, text: str) -> Iterator[Hit]:
        if not self.numbers:
            return
        for m in NUMBER_RUN.finditer(text):
            digits = NON_DIGIT.sub("", m.group(0))
            kind = next((k for n, k in self.numbers.items() if n in digits), None)
            if kind:
                yield Hit(m.start(), m.end(), m.group(0), kind)

    def _links(self, text: str, words: Words) -> Iterator[Hit]:
        """Names run together inside e-mail addresses, URLs and paths: "z.tarrowby@..."."""
        if not any(mark in text for mark in "@/\\"):
            return
        folded = "\n".join(words.folded)  # a name part is letters, so lies inside one word
        present = frozenset(p for p in self.link_kinds if p in folded)
        if not present:
            return
        parts = _part_pattern(present)
        for link in LINK.finditer(text):
            token, at = link.group(0), link.start()
            if (
                len(token) < MIN_LINK_PART
                or text[at - 1 : at] == "<"
                or STANDARD_HOSTS.match(token)
            ):
                continue  # "</w:t>", "/>", namespace addresses
            for m in parts.finditer(token):
                yield Hit(
                    at + m.start(), at + m.end(), m.group(0), self.link_kinds[m.group(0).casefold()]
                )


def _schema_word(text: str, hit: Hit) -> bool:
    whole = text[hit.start - 1 : hit.start] in ("", "\n") and text[hit.end : hit.end + 1] in (
        "",
        "\n",
    )
    return whole and hit.found.islower()


SHORT = 2  # letters in a form that is an initial only where it stands as one


def _initial_stands(text: str, hit: Hit, markup: bool) -> bool:
    """A short initials form counts only as written text, and not beside a digit ("B1")."""
    letters = sum(c.isalpha() for c in hit.found)
    if letters > SHORT or "." in hit.found:
        return True
    if markup:
        return False
    if beside_statute(text, hit.start, hit.end, hit.found):
        return False  # "s46 CA 1989": the Act, as the matcher leaves it
    before = text[hit.start - 1 : hit.start] if hit.start else " "
    after = text[hit.end : hit.end + 1] or " "
    return not (before.isdigit() or after.isdigit() or before in "#<:/" or after in ":/>")


@lru_cache(maxsize=1024)
def _part_pattern(parts: frozenset[str]) -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(parts, key=len, reverse=True))), re.IGNORECASE)


def compile_search(ids) -> Search:
    """The search for a ``CaseIdentifiers``: its identifier forms, its kept names to exempt."""
    forms, numbers = [], {}
    for item in identifier_forms(ids):
        text = item.text.strip()
        kind = item.identity_key.split(":", 1)[0]
        if not WORD.search(text) or text.casefold() in ROLE_WORDS:
            continue
        digits = NON_DIGIT.sub("", text)
        if len(digits) >= 6 and len(digits) >= len(re.sub(r"\s", "", text)) - 2:
            numbers.setdefault(digits, kind)
            continue
        exact = item.case_sensitive or bool(SHORT_CAPITALS.fullmatch(text))
        forms.append(_form(text, kind, exact, item.name_use_only and not exact, item.identity_key))
    labels = [i.pseudonym for i in ids.identities if getattr(i, "pseudonym", None)]
    labels += [i.role for i in ids.identities if getattr(i, "role", None)]
    names = Phrases([f for f in forms if not f.exact_case])
    # a label that itself holds a known name (a pseudonym written as the name) is no shelter
    labels = [label for label in labels if not any(names.hits(label))]
    kept = [
        _form(k.strip(), "kept", False, False)
        for k in (*ids.kept_names, *getattr(ids, "keep", ()), *labels)
        if WORD.search(k)
    ]
    kept += [_form(a, "kept", True, False) for a in sorted(ROLE_ABBREVIATIONS)]
    links = {
        f.text.casefold(): f.kind
        for f in forms
        if len(f.text) >= MIN_LINK_PART
        and f.text.isalpha()
        and not (f.exact_case or f.name_use_only)
    }
    return Search(
        Phrases([f for f in forms if not f.exact_case]),
        Phrases([f for f in forms if f.exact_case], exact=True),
        Phrases(kept),
        numbers,
        links,
    )


def _form(text: str, kind: str, exact: bool, name_use_only: bool, identity: str = "") -> Form:
    return Form(text, kind, exact, name_use_only, _pattern(text, exact), identity)


def _pattern(text: str, exact: bool) -> re.Pattern:
    """The form with any spacing, hyphen or apostrophe, optional dots, and a plural "s"."""
    out = []
    for i, ch in enumerate(text):
        if i and ch.isalpha() and text[i - 1].isalpha():
            out.append("[\u00ad\u200b\u200c\u200d\u2060\ufeff]*")  # invisible: "Nata\u00adsha"
        if ch.isspace():  # not a line break: views put one between paragraphs
            out.append(r"[ \t\u00a0_]+")
        elif ch in HYPHENS:
            out.append(rf"(?:[ \u00a0]*[{HYPHENS}][ \u00a0]*|[ \t\u00a0_]+)")
        elif ch in APOSTROPHES:
            out.append(f"[{APOSTROPHES}]?")
        elif ch == ".":
            out.append(r"\.?" if i == len(text) - 1 else r"\.?[ \u00a0]*")
        else:
            out.append(re.escape(ch))
    body = "".join(out)
    if exact:  # initials: never run into a hyphenated token ("CP-IS")
        return re.compile(rf"{body}(?![^\W_]|[{HYPHENS}]\w)")
    last = r"(?![^\W\d_])" if not text[-1].isdigit() else r"(?!\d)"
    plural = "s?" if text[-1].isalpha() else ""
    return re.compile(rf"(?:{body}){plural}{last}", re.IGNORECASE)


def _acceptable(form: Form, text: str, m: re.Match) -> bool:
    before = text[m.start() - 1] if m.start() else " "
    if form.exact_case and (before in HYPHENS or before.isalnum()):
        return False  # "CP-IS", "2IS"
    if form.name_use_only:
        return m.group(0)[:1].isupper()  # "Rose" the name, not "rose" the flower
    return True
