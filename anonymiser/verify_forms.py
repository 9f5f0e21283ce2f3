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
from collections.abc import Iterator
from dataclasses import dataclass, field

from anonymiser.variants import TITLES, identifier_forms

# A word is a run of letters or a run of digits: "Smith2" and "Smith_notes" both hold "Smith".
WORD = re.compile(r"[^\W\d_]+|\d+")
ROLE_WORDS = frozenset(t.casefold() for t in TITLES)
SHORT_CAPITALS = re.compile(r"[A-Z]{2,4}")  # an alias written like initials: "IS", "TJ"
HYPHENS = "-\u2010\u2011\u2012\u2013\u2014"
APOSTROPHES = "'\u2019\u2018`"
NUMBER_RUN = re.compile(r"\d[\d\s().+\-]{4,}\d")
NON_DIGIT = re.compile(r"\D")
LINK = re.compile(
    r"[\w.+'\-]+@[\w\-]+(?:\.[\w\-]+)+"  # e-mail
    r"|\b(?:https?|ftp|file|mailto):[^\s\"'<>]+"  # URL
    r"|\\\\[^\s\"'<>]+|\b[A-Za-z]:\\[^\s\"'<>]*"  # \\server\share, C:\Users\...
    r"|(?<![\w<])/[^\s\"'<>/]+(?:/[^\s\"'<>]*)+"  # /cases/otarrowby/notes (not </w:t>)
)
# XML namespace and schema addresses are not links anyone wrote.
STANDARD_HOSTS = re.compile(
    r"^(?:https?://)?(?:schemas\.openxmlformats\.org|schemas\.microsoft\.com|purl\.org"
    r"|www\.w3\.org|ns\.adobe\.com|www\.graphviz\.org)[/:]",
    re.IGNORECASE,
)
MIN_LINK_PART = 4


@dataclass(frozen=True)
class Form:
    """One form to find: ``pattern`` matches it at a word start."""

    text: str
    kind: str  # the identity's kind: person, professional, place, address, redact
    exact_case: bool
    name_use_only: bool
    pattern: re.Pattern = field(compare=False)


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    found: str
    kind: str


class Phrases:
    """Forms indexed by their first word (folded), longest first."""

    def __init__(self, forms: list[Form]):
        self._index: dict[str, list[Form]] = {}
        for form in sorted(forms, key=lambda f: -len(f.text)):
            for key in _keys(form.text):
                self._index.setdefault(key, []).append(form)

    def __bool__(self) -> bool:
        return bool(self._index)

    def hits(self, text: str) -> Iterator[Hit]:
        """Longest acceptable form at each word start; words inside a hit are skipped."""
        end = 0
        for word in WORD.finditer(text):
            if word.start() < end:
                continue
            for form in self._candidates(word.group(0)):
                m = form.pattern.match(text, word.start())
                if m and _acceptable(form, text, m):
                    end = m.end()
                    yield Hit(m.start(), m.end(), m.group(0), form.kind)
                    break

    def _candidates(self, word: str) -> list[Form]:
        folded = word.casefold()
        found = self._index.get(folded, [])
        if folded.endswith("s") and folded[:-1] in self._index:  # "the Ashworths"
            found = sorted([*found, *self._index[folded[:-1]]], key=lambda f: -len(f.text))
        return found


@dataclass(frozen=True)
class Search:
    """Everything one scan looks for, compiled once per case."""

    forms: Phrases
    kept: Phrases
    numbers: dict[str, str]  # digits of a phone or reference number -> kind
    link_parts: re.Pattern | None
    link_kinds: dict[str, str]

    def hits(self, text: str) -> Iterator[Hit]:
        """Every known identifier in ``text`` outside the kept names' spans."""
        kept = [(h.start, h.end) for h in self.kept.hits(text)] if self.kept else []
        for hit in (*self.forms.hits(text), *self._numbers(text), *self._links(text)):
            if not any(a <= hit.start and hit.end <= b for a, b in kept):
                yield hit

    def _numbers(self, text: str) -> Iterator[Hit]:
        if not self.numbers:
            return
        for m in NUMBER_RUN.finditer(text):
            digits = NON_DIGIT.sub("", m.group(0))
            kind = next((k for n, k in self.numbers.items() if n in digits), None)
            if kind:
                yield Hit(m.start(), m.end(), m.group(0), kind)

    def _links(self, text: str) -> Iterator[Hit]:
        """Names run together inside e-mail addresses, URLs and paths: "z.tarrowby@..."."""
        if self.link_parts is None:
            return
        for link in LINK.finditer(text):
            if STANDARD_HOSTS.match(link.group(0)):
                continue
            for m in self.link_parts.finditer(link.group(0)):
                at = link.start() + m.start()
                yield Hit(at, at + len(m.group(0)), m.group(0), self.link_kinds[m.group(0).casefold()])


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
        forms.append(_form(text, kind, exact, item.name_use_only and not exact))
    kept = [_form(k.strip(), "kept", False, False)
            for k in (*ids.kept_names, *getattr(ids, "keep", ())) if WORD.search(k)]
    links = {f.text.casefold(): f.kind for f in forms
             if len(f.text) >= MIN_LINK_PART and f.text.isalpha()
             and not (f.exact_case or f.name_use_only)}
    ordered = sorted(links, key=len, reverse=True)
    link_parts = re.compile("|".join(map(re.escape, ordered)), re.IGNORECASE) if links else None
    return Search(Phrases(forms), Phrases(kept), numbers, link_parts, links)


def _form(text: str, kind: str, exact: bool, name_use_only: bool) -> Form:
    return Form(text, kind, exact, name_use_only, _pattern(text, exact))


def _pattern(text: str, exact: bool) -> re.Pattern:
    """The form with any spacing, hyphen or apostrophe, optional dots, and a plural "s"."""
    out = []
    for i, ch in enumerate(text):
        if ch.isspace():
            out.append(r"[\s\u00a0_]+")
        elif ch in HYPHENS:
            out.append(rf"(?:\s*[{HYPHENS}]\s*|[\s\u00a0_]+)")
        elif ch in APOSTROPHES:
            out.append(f"[{APOSTROPHES}]?")
        elif ch == ".":
            out.append(r"\.?" if i == len(text) - 1 else r"\.?[\s\u00a0]*")
        else:
            out.append(re.escape(ch))
    body = "".join(out)
    if exact:  # initials: never run into a hyphenated token ("CP-IS")
        return re.compile(rf"{body}(?![^\W_]|[{HYPHENS}]\w)")
    last = r"(?![^\W\d_])" if not text[-1].isdigit() else r"(?!\d)"
    plural = "s?" if text[-1].isalpha() else ""
    return re.compile(rf"(?:{body}){plural}{last}", re.IGNORECASE)


def _keys(text: str) -> set[str]:
    """Index keys: the first word, and for dotted initials ("T.J.A.") the letters run together."""
    first = WORD.search(text)
    keys = {first.group(0).casefold()} if first else set()
    if "." in text:
        keys.add(re.sub(r"[.\s]", "", text).casefold())
    return keys


def _acceptable(form: Form, text: str, m: re.Match) -> bool:
    before = text[m.start() - 1] if m.start() else " "
    if form.exact_case and (before in HYPHENS or before.isalnum()):
        return False  # "CP-IS", "2IS"
    if form.name_use_only:
        return m.group(0)[:1].isupper()  # "Rose" the name, not "rose" the flower
    return True
