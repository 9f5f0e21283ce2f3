"""What each profile does with what was found (issue 4.5): submission or publication."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pipeline.dates import DateError
from pipeline.dates import parse_date as read_date

# Fixed replacement text for identifiers, both profiles.
LABELS = {
    "NHS_NUMBER": "[NHS number]",
    "NI_NUMBER": "[NI number]",
    "PHONE": "[phone number]",
    "EMAIL": "[email address]",
    "POSTCODE": "[postcode]",
    "ADDRESS": "[address]",
    "DATE_OF_BIRTH": "[date of birth]",
    "VEHICLE_REG": "[vehicle registration]",
    "POLICE_REF": "[police reference]",
    "COLLAR_NUMBER": "[collar number]",
    "COURT_CASE": "[court case number]",
    "REDACTED": "[redacted]",
}
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass(frozen=True)
class Profile:
    """A named set of choices: which kinds are found and how they are written."""

    name: str
    generalise_dates: bool  # "3 March 2024" -> "March 2024"
    ages_for_births: bool  # a date of birth -> "aged 2" at the incident
    generic_places: bool  # "Elm Road Primary" -> "a primary school"

    def label(self, kind: str, text: str, incident: date | None) -> str:
        """Replacement text for an identifier of ``kind`` that read ``text``."""
        if kind == "DATE_OF_BIRTH" and self.ages_for_births:
            return age_phrase(text, incident) or LABELS[kind]
        if kind == "DATE":
            return month_year(text) or text
        return LABELS.get(kind, "[redacted]")


PROFILES = {
    "submission": Profile("submission", False, False, False),
    "publication": Profile("publication", True, True, True),
}


def profile(name: str) -> Profile:
    """The profile called ``name``; an unknown name raises ``KeyError`` naming the choices."""
    try:
        return PROFILES[name]
    except KeyError:
        raise KeyError(f"unknown profile {name!r}: use one of {', '.join(PROFILES)}") from None


def parse_date(text: str) -> date | None:
    """Read a whole UK-style date (day first) with the project's one date reader
    (``pipeline.dates``, as the chronology reads its cells); None when the text is not one
    whole day ("March 2024", "2024" and a date that does not exist give None)."""
    try:
        found = read_date(text)
    except DateError:
        return None
    return found.start if found.precision == "day" else None


def month_year(text: str) -> str | None:
    """ "3 March 2024" -> "March 2024"; None unless the text names a day, month and year."""
    if not re.search(
        r"\d{1,2}(st|nd|rd|th)?\b.*\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", text
    ):
        return None
    when = parse_date(text)
    return f"{MONTHS[when.month - 1]} {when.year}" if when else None


def age_phrase(text: str, incident: date | None) -> str | None:
    """A date of birth as an age at the incident: "aged 2", "aged 7 months"; None if unknown."""
    born = parse_date(text)
    if not born or not incident or born > incident:
        return None
    months = (
        (incident.year - born.year) * 12 + incident.month - born.month - (incident.day < born.day)
    )
    if months < 24:
        return f"aged {months} month{'s' if months != 1 else ''}"
    return f"aged {months // 12}"


def generic_place(pseudonym: str) -> str:
    """ "Primary School A" -> "a primary school": drop the label letter or number, add an article.

    A pseudonym that already reads as a phrase ("the nursery", "the family's street") stays.
    """
    if re.match(r"(?i)(the|a|an)\s", pseudonym):
        return pseudonym
    words = pseudonym.split()
    if len(words) > 1 and (len(words[-1]) == 1 or words[-1].isdigit()):
        words = words[:-1]
    noun = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in words)
    return f"{article(noun)} {noun}"


def article(word: str) -> str:
    """ "a" or "an" by the sound of the word's start (letters, acronyms, digits)."""
    if not word:
        return "a"
    first = word.split()[0]
    if first.isupper() and len(first) > 1:
        return "an" if first[0] in "AEFHILMNORSX" else "a"
    if first[0].isdigit():
        return "an" if re.match(r"8|11\b|18\b|11\d\b|18\d\b", first) else "a"
    low = first.lower()
    if re.match(r"(uni|use|usu|eu|one|once|ur)", low):
        return "a"
    if re.match(r"(hour|honou?r|heir|honest)", low):
        return "an"
    return "an" if low[0] in "aeiou" else "a"


BIRTH_LABEL = re.compile(r"(?i:\bDOB|\bD\.O\.B\.?|\bdate\s+of\s+birth)[\s:\-\u2013]*$")
TIME_AFTER = re.compile(
    r"(?i:,?\s*(?:at\s+|@\s*)?(?:c\.\s*)?(?:\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|hrs?))?"
    r"|\d{1,2}(?:\.\d{2})?\s*(?:am|pm)|\d{4}\s*hrs?)\b)"
)


def widened(kind: str, text: str, start: int, end: int) -> tuple[int, int]:
    """The span a publication label replaces: the "DOB" before an age, the time after a month.

    "DOB 01/05/2019" becomes "aged 5", not "DOB aged 5"; "3 January 2024 23:15" becomes
    "January 2024", since an exact time beside a month would point to the day again.
    """
    if kind == "DATE_OF_BIRTH":
        label = BIRTH_LABEL.search(text, 0, start)
        return (label.start() if label else start), end
    if kind == "DATE":
        time = TIME_AFTER.match(text, end)
        return start, (time.end() if time else end)
    return start, end
