"""The integrated chronology: one entry per IMR row, in merged order, text kept as given."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from chronology.dates import DateValue
from chronology.flags.rules import STATED_BLANK, STATED_NO, STATED_YES
from chronology.records import Origin

if TYPE_CHECKING:
    from chronology.flags import FlagValue

FLAG_NAMES = ("child_seen", "seen_alone", "wishes_sought", "wishes_expressed")
# cells of a child's-words column that are a flag, not words
NOT_WORDS = frozenset((*STATED_YES, *STATED_NO, *STATED_BLANK, "-", "–", "—", "?", "unknown"))
# an unquoted child's-words cell opening with one of these says no words were given
NO_WORDS = re.compile(
    r"(?:not|no|none|nil|n/?a|did not|didn.t|unable|declined|refused|too young)\b", re.IGNORECASE
)
QUOTES = "'\"‘“"


def are_words(text: str) -> bool:
    """True when a child's-words cell holds words, not a flag or a note that there were none."""
    text = text.strip()
    if not text or text.lower().strip(" .") in NOT_WORDS:
        return False
    return text[:1] in QUOTES or not NO_WORDS.match(text)


@dataclass(frozen=True)
class ChronologyEntry:
    """One row of one agency's chronology, with its read date and its four flags.

    ``date`` is None for an undated entry (its date could not be read; ``date_text`` keeps what
    was written). ``source`` carries the agency prefix ("Police: PC 123 notes"). ``group`` is
    "" or the id shared by reports of the same multi-agency event ("G1"). ``seq`` is the row's
    1-based position in its IMR's chronology; ``order`` is the IMR's own sequence number if it
    has a Seq column, else ``seq``. Flags are ``chronology.flags.FlagValue`` records.
    """

    date: DateValue | None
    agency: str
    source: str
    event: str
    action: str
    child_seen: FlagValue
    seen_alone: FlagValue
    wishes_sought: FlagValue
    wishes_expressed: FlagValue
    origin: Origin
    seq: int
    group: str = ""
    order: float = 0.0
    date_text: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def flags(self) -> dict[str, FlagValue]:
        return {name: getattr(self, name) for name in FLAG_NAMES}

    @property
    def section_note(self) -> str:
        """The heading the IMR wrote across its chronology just above this entry ("Child
        protection plan from here"), kept as a note, never an entry of its own (issue 12.3)."""
        return self.extra.get("section_note", "").strip()

    @property
    def childs_words(self) -> str:
        """What the child said, from the IMR's own child's-words column (8.40).

        The merge keeps that column in ``extra`` under "childs_words", so it is anonymised with
        every other text. "" when the IMR had no such column, the cell holds only a tick or
        Y/N, or the agency's own flag says no wishes were expressed ("too young", "not asked").
        """
        words = self.extra.get("childs_words", "").strip()
        stated = self.wishes_expressed
        if stated.source == "stated" and stated.value != "yes" and stated.evidence == words:
            return ""
        return words if are_words(words) else ""

    def texts(self) -> list[str]:
        """The free text of this entry, in the order ``with_texts`` takes it back."""
        return [
            self.source,
            self.event,
            self.action,
            *(flag.evidence for flag in self.flags.values()),
            *self.extra.values(),
        ]

    def with_texts(self, texts: list[str]) -> ChronologyEntry:
        """A copy with the texts of ``texts()`` replaced, everything else kept."""
        source, event, action, *rest = texts
        evidence, extra = rest[: len(FLAG_NAMES)], rest[len(FLAG_NAMES) :]
        flags = {
            name: replace(flag, evidence=text)
            for (name, flag), text in zip(self.flags.items(), evidence, strict=True)
        }
        return replace(
            self,
            source=source,
            event=event,
            action=action,
            **flags,
            extra=dict(zip(self.extra, extra, strict=True)),
        )


@dataclass(frozen=True)
class Chronology:
    """Every entry of every IMR: ``entries`` dated, in merged order; ``undated`` after them.

    ``agencies`` lists the agencies in the order used for sorting and for colours.
    """

    entries: tuple[ChronologyEntry, ...]
    undated: tuple[ChronologyEntry, ...] = ()
    agencies: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[ChronologyEntry]:
        return iter(self.entries + self.undated)

    def __len__(self) -> int:
        return len(self.entries) + len(self.undated)

    def groups(self) -> dict[str, tuple[ChronologyEntry, ...]]:
        """Entries by group id, in chronological order of the groups."""
        found: dict[str, list[ChronologyEntry]] = {}
        for entry in self.entries:
            if entry.group:
                found.setdefault(entry.group, []).append(entry)
        return {key: tuple(value) for key, value in found.items()}

    def map_text(self, fn: Callable[[list[str]], list[str]]) -> Chronology:
        """Transform every free text (source, event, action, evidence, extra) in one call.

        ``fn`` gets all texts as one list and must return a list of the same length; dates,
        agencies, flags' values, groups and origins are kept. Raises ValueError otherwise.
        """
        everything = list(self)
        texts = [entry.texts() for entry in everything]
        flat = [text for batch in texts for text in batch]
        changed = list(fn(list(flat)))
        if len(changed) != len(flat):
            raise ValueError(f"map_text: got {len(changed)} texts back for {len(flat)}")
        rebuilt, at = [], 0
        for entry, batch in zip(everything, texts, strict=True):
            rebuilt.append(entry.with_texts(changed[at : at + len(batch)]))
            at += len(batch)
        cut = len(self.entries)
        return replace(self, entries=tuple(rebuilt[:cut]), undated=tuple(rebuilt[cut:]))
