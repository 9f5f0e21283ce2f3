"""What is printed under each symbol: label, role, age at the incident. Never a date."""

from __future__ import annotations

import textwrap
from datetime import date

from .notation import CHARS_PER_LINE
from .records import Member


def years_and_months(born: date, when: date) -> tuple[int, int]:
    months = (when.year - born.year) * 12 + when.month - born.month - (when.day < born.day)
    return divmod(max(months, 0), 12)


def age_text(member: Member, incident: date | None) -> str:
    """'aged 31', 'aged 8 months', 'd. aged 2' (age at death); '' when it cannot be known."""
    # the dead are drawn crossed, so their caption gives the age at death, whenever that was
    died_by_then = member.died is not None
    when = member.died if died_by_then else incident
    if member.born is None or when is None:
        return "died" if died_by_then else ""
    years, months = years_and_months(member.born, when)
    if years >= 2:
        age = f"aged {years}"
    else:
        age = f"aged {years * 12 + months} month{'s' if years * 12 + months != 1 else ''}"
    return f"d. {age}" if died_by_then else age


def _wrap(text: str, lines: int) -> list[str]:
    wrapped = textwrap.wrap(text, CHARS_PER_LINE, break_long_words=True) or [""]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][: CHARS_PER_LINE - 1].rstrip() + "…"
    return wrapped


def label_lines_of(member: Member) -> list[str]:
    return _wrap(member.label, 2)


def caption(member: Member, incident: date | None) -> tuple[str, ...]:
    """The caption lines, top to bottom; the role is left out when it repeats the label."""
    lines = _wrap(member.label, 2)
    if member.role and member.role.strip().lower() != member.label.strip().lower():
        lines += _wrap(member.role, 2)
    age = age_text(member, incident)
    return tuple(line for line in [*lines, age] if line)
