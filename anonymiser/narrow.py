"""The case's one big pattern, arranged so that each place in a text tries few forms (issue 14).

Python's ``re`` tries every alternative of an alternation at every word start, so a case of
several hundred name forms cost about a millisecond per word start, more than the language
model. Here the alternatives are put in groups by their first character, each group behind a
look-ahead for that character: at a given place only the group of the character standing
there can match, and the rest are passed over with one look-ahead each.

This changes no match. Two ASCII letters or digits never match the same character, even
ignoring case, so at any place at most one group can match, and within a group the forms
keep their order. A form that begins with another character (an apostrophe, "Ö") can never
match at an ASCII letter or digit, so it goes in a last group for every other character; one
whose first character stands for an ASCII letter when case is ignored (the Kelvin sign for
"k") goes in that letter's group. A form whose first character is optional (a dot) could
begin anywhere: a case with one keeps the plain alternation.
"""

from __future__ import annotations

import re

NAME_START = re.compile(r"[A-Za-z0-9]")
ASCII_NAME_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789"
ANYWHERE = "."  # form_pattern makes a dot optional, so such a form may begin at any letter
OTHER = ""  # the group of forms that never begin at an ASCII letter or digit


def first_character(form: str) -> str | None:
    """The group of a form: the ASCII letter or digit (lower case) its pattern must begin with,
    ``OTHER`` when it can never begin at one, None when it could begin anywhere."""
    if not form or form[0] == ANYWHERE:
        return None
    first = form[0]
    if NAME_START.fullmatch(first):
        return first.lower()
    folded = re.compile(f"(?i:{re.escape(first)})")
    return next((c for c in ASCII_NAME_CHARACTERS if folded.fullmatch(c)), OTHER)


def dispatched(head: str, tail: str, alternatives: list[tuple[str, str]]) -> re.Pattern:
    """``head + "(?:" + alternatives + ")" + tail`` compiled, grouped by first character.

    ``alternatives``: (regular expression, form) pairs in the order of the alternation; each
    expression must begin by matching the form's first character (ignoring case or not).
    """
    firsts = [first_character(form) for _, form in alternatives]
    if None in firsts:
        return re.compile(head + "(?:" + "|".join(a for a, _ in alternatives) + ")" + tail)
    groups: dict[str, list[str]] = {}
    for (regex, _), first in zip(alternatives, firsts, strict=True):
        groups.setdefault(first, []).append(regex)
    keys = "".join(sorted(k for k in groups if k != OTHER))
    branches = [
        (f"(?=(?i:{key}))" if key != OTHER else f"(?!(?i:[{keys}]))" if keys else "")
        + "(?:"
        + "|".join(regexes)
        + ")"
        for key, regexes in groups.items()
    ]
    return re.compile(head + "(?:" + "|".join(branches) + ")" + tail)
