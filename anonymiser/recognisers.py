"""UK identifier recognisers (issue 4.2): one small class each, compiled regexes, a registry."""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
DATE = (
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})\b|\d{4}-\d{2}-\d{2}\b"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\.?,?\s+\d{{4}}\b"
    rf"|\d{{1,2}}[\-\s]{MONTH}[\-\s]\d{{4}}\b"
    rf"|{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b)"
)
STREET_WORDS = (
    r"(?:Road|Street|Lane|Avenue|Close|Drive|Way|Court|Crescent|Place|Grove|Gardens|"
    r"Terrace|Walk|Hill|Square|Mews|Rise|View|Park|Row|Parade|Green|Vale|Wharf|Yard|"
    r"Boulevard|Estate|Rd|St|Ave|Ln)"
)

Span = tuple[int, int, str, float]


@dataclass(frozen=True)
class Recogniser:
    """A kind, a compiled pattern, a score; ``group`` picks the identifying part of a match."""

    kind: str
    pattern: re.Pattern
    score: float = 0.9
    group: int = 0

    def find(self, text: str) -> list[Span]:
        """Every valid match in text as (start, end, kind, score)."""
        return [
            (m.start(self.group), m.end(self.group), self.kind, self.score)
            for m in self.pattern.finditer(text)
            if self.valid(m.group(self.group))
        ]

    def valid(self, found: str) -> bool:
        return True


class NhsNumber(Recogniser):
    """Ten digits (3-3-4, spaces or hyphens allowed) passing the Modulus-11 check."""

    def valid(self, found: str) -> bool:
        return nhs_checksum_ok(re.sub(r"\D", "", found))


class Phone(Recogniser):
    """UK numbers, national (0...) or international (+44 ...), 10 or 11 digits in all."""

    def valid(self, found: str) -> bool:
        digits = re.sub(r"\D", "", found)
        if digits.startswith("44"):
            digits = "0" + digits[2:].removeprefix("0")
        return len(digits) in (10, 11) and digits.startswith("0")


@dataclass(frozen=True)
class KnownBirthDates(Recogniser):
    """A date that is the birth date of someone the case lists, in any format ("14.08.21",
    "14-Aug-2021", "Child A (14/08/2021)"), wherever it stands in running text: a date of birth
    is an identifier in both profiles (SPEC, Anonymisation), with or without a "DOB" before it.

    A text that is nothing but the date (and perhaps a time) is a date cell, such as the date of
    a chronology row recording the birth: it stays, so the row keeps its place in time.
    """

    dates: frozenset = frozenset()

    def find(self, text: str) -> list[Span]:
        found = []
        for start, end, kind, score in super().find(text):
            rest = text[:start] + text[end:]
            if any(ch.isalpha() for ch in re.sub(r"(?i)\b(?:hrs?|am|pm)\b", "", rest)):
                found.append((start, end, kind, score))
        return found

    def valid(self, found: str) -> bool:
        from anonymiser.profiles import parse_date  # the project's one date reader

        return parse_date(found) in self.dates


def known_birth_dates(identities) -> tuple[Recogniser, ...]:
    """The case's birth dates as one recogniser (none when the case gives no dates)."""
    dates = frozenset(i.born for i in identities if getattr(i, "born", None))
    if not dates:
        return ()
    return (KnownBirthDates("DATE_OF_BIRTH", _rx(DATE, re.IGNORECASE), 0.95, dates=dates),)


class InContext(Recogniser):
    """A shape that is only an identifier when a context word stands just before it.

    ``context`` is searched in the ``window`` characters before the match, so "car
    registration AB51 ABC" is caught but the same letters in a sentence are not.
    """

    def __init__(self, kind, pattern, score, context: re.Pattern, window: int = 40, group=0):
        super().__init__(kind, pattern, score, group)
        object.__setattr__(self, "context", context)
        object.__setattr__(self, "window", window)

    def find(self, text: str) -> list[Span]:
        found = []
        for m in self.pattern.finditer(text):
            before = text[max(0, m.start(self.group) - self.window) : m.start(self.group)]
            if self.context.search(before) and self.valid(m.group(self.group)):
                found.append((m.start(self.group), m.end(self.group), self.kind, self.score))
        return found


class Reference(InContext):
    """A reference after its context word: must hold a digit and must not be a date or time."""

    def valid(self, found: str) -> bool:
        digits = re.sub(r"\D", "", found)
        return len(digits) >= 4 and not NOT_A_REFERENCE.fullmatch(found)


def nhs_checksum_ok(digits: str) -> bool:
    """Modulus 11: weights 10..2 on the first nine digits; 11 -> 0, 10 is never valid."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(digits[:9])) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)


IDENTIFIERS: tuple[Recogniser, ...] = (
    NhsNumber(
        "NHS_NUMBER", _rx(r"(?<![\d\w])\d{3}[ \-\u00a0]?\d{3}[ \-\u00a0]?\d{4}(?![\d\w])"), 1.0
    ),
    Recogniser(
        "NI_NUMBER",
        _rx(
            r"\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
            r" ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"
        ),
        0.95,
    ),
    Phone(
        "PHONE",
        _rx(
            r"(?<![\w+])(?:\+44[\s\u00a0]?(?:\(0\)[\s\u00a0]?)?|\(?0)\d{2,4}\)?"
            r"(?:[\s\u00a0\-]?\d){6,8}(?!\d)"
        ),
        0.9,
    ),
    Recogniser("EMAIL", _rx(r"\b[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\b"), 1.0),
    Recogniser(
        "POSTCODE",
        _rx(r"\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)[\s\u00a0]?\d[ABD-HJLNP-UW-Z]{2}\b"),
        0.9,
    ),
    Recogniser(
        "ADDRESS",
        _rx(
            rf"\b(?:(?:Flat|Apartment|Unit|Room)\s+\d+[A-Za-z]?,?\s+)?\d{{1,4}}[A-Za-z]?,?\s+"
            rf"(?:[A-Z][\w'\u2019\-]*\s+){{1,3}}(?:(?:Rd|St|Ave|Ln)\.|{STREET_WORDS}\b)"
        ),
        0.9,
    ),
    Recogniser(
        "DATE_OF_BIRTH",
        _rx(
            rf"(?i:\bDOB\b|\bD\.O\.B\.?|\bdate\s+of\s+birth\b|\bborn\b(?:\s+on)?)"
            rf"[\s:\-–(]*(?:was\s+|is\s+)?({DATE})",
            re.IGNORECASE,
        ),
        0.95,
        group=1,
    ),
)
# UK vehicle registrations: current "AB51 ABC"; prefix "A123 BCD"; suffix "ABC 123D".
VEHICLE_CONTEXT = _rx(
    r"(?i:\b(?:reg(?:istration|istered)?|VRM|vehicle|car|van|index|number\s+plate|plate)\b)"
)
# Dates, times and plain numbers are never a reference, whatever word stands before them.
NOT_A_REFERENCE = _rx(
    rf"(?i:{DATE}|\d{{1,2}}[:.]\d{{2}}(?:\s*(?:hrs|am|pm))?|\d{{3,4}}\s*hrs|\d{{1,4}})"
)
POLICE_CONTEXT = _rx(
    r"(?i:\b(?:crime|occurrence|incident|CAD|CRIS|URN|log|police)"
    r"(?:\s+(?:ref(?:erence)?|no|number|log|report))*\.?[\s:#]*$)"
)
COURT_CONTEXT = _rx(r"(?i:\b(?:case|claim|court)(?:\s+(?:ref(?:erence)?|no|number))+\.?[\s:#]*$)")
REFERENCE = r"([A-Z0-9]{1,14}(?:[/\-][A-Z0-9]{1,8}){0,3})\b"
CASE_REFERENCES: tuple[Recogniser, ...] = (
    Recogniser(
        "VEHICLE_REG", _rx(r"\b[A-HJ-PR-Y][A-HJ-PR-Y]\d{2}[ \u00a0]?[A-HJ-PR-Z]{3}\b"), 0.85
    ),
    InContext(
        "VEHICLE_REG",
        _rx(
            r"\b(?:[A-HJ-NP-Y]\d{1,3}[ \u00a0]?[A-HJ-PR-Y]{3}|[A-HJ-PR-Y]{3}[ \u00a0]?\d{1,3}[A-HJ-NP-Y])\b"
        ),
        0.8,
        VEHICLE_CONTEXT,
    ),
    # Crime numbers in force formats: "13/123456/21", "CR/0012345/24", "CRIS 1234567/24".
    Recogniser("POLICE_REF", _rx(r"\b(?:[A-Z]{2,4}/)?\d{2,4}/\d{5,8}/\d{2}\b"), 0.85),
    Reference("POLICE_REF", _rx(r"(?<![\w/])" + REFERENCE), 0.85, POLICE_CONTEXT, window=30),
    # Collar numbers: the rank stays, the number goes ("PC [collar number]").
    Recogniser(
        "COLLAR_NUMBER",
        _rx(r"\b(?:W?PC|PCSO|DC|PS|DS|DI|DCI|Sgt\.?|Con\.?)[ \u00a0]?(\d{3,5})\b"),
        0.85,
        group=1,
    ),
    # Family court "ZW24C00123"; other court and claim numbers after "case no", "claim no".
    Recogniser("COURT_CASE", _rx(r"\b[A-Z]{2}\d{2}[A-Z]\d{5}\b"), 0.9),
    Reference("COURT_CASE", _rx(r"(?<![\w/])" + REFERENCE), 0.85, COURT_CONTEXT, window=30),
)
IDENTIFIERS = IDENTIFIERS + CASE_REFERENCES
EVENT_DATES: tuple[Recogniser, ...] = (Recogniser("DATE", _rx(DATE, re.IGNORECASE), 0.5),)


class PatternSet:
    """The identifier recognisers, plus exact event dates for the publication profile."""

    def __init__(self, *, event_dates: bool = False):
        self.recognisers = IDENTIFIERS + (EVENT_DATES if event_dates else ())

    def find(self, text: str) -> list[Span]:
        """All spans from all recognisers; overlaps are settled by the engine (score, length)."""
        return [span for r in self.recognisers for span in r.find(text)]
