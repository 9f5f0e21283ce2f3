"""The case's pseudonym key (private/key.yaml): the same person gets the same label every run."""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from anonymiser.records import Identity
from pipeline.common import write_atomically


def normalise_name(name: str) -> str:
    """Fold case, accents, curly apostrophes and spacing so spellings of one name compare equal."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[\u2019\u2018`]", "'", text).strip()
    text = re.sub(r"'s\b|'$", "", text)
    return " ".join(re.sub(r"[^\w\s'-]", " ", text).casefold().split())


@dataclass
class PseudonymKey:
    """Labels for professionals (by role), unknown persons and case identities, one key per case.

    ``professionals`` maps identity key -> "Social Worker 1"; ``unknown`` maps a normalised
    name -> "Person 1"; ``pseudonyms`` remembers every other label handed out.
    """

    professionals: dict[str, str] = field(default_factory=dict)
    unknown: dict[str, str] = field(default_factory=dict)
    pseudonyms: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> PseudonymKey:
        """Read the key; a missing file is an empty key."""
        path = Path(path)
        if not path.exists():
            return cls()
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return cls(
            professionals=dict(data.get("professionals") or {}),
            unknown=dict(data.get("unknown_persons") or {}),
            pseudonyms=dict(data.get("pseudonyms") or {}),
        )

    def save(self, path: Path) -> None:
        """Write the key atomically with mode 0600 (it is personal data)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "pseudonyms": self.pseudonyms,
            "professionals": self.professionals,
            "unknown_persons": self.unknown,
        }
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=True)
        write_atomically(path, text, private=True)
        os.chmod(path, 0o600)

    def professional(self, identity: Identity) -> str:
        """Label a professional "<Role> N", numbered per role in order of first request."""
        if identity.pseudonym:
            return self._remember(identity.key, identity.pseudonym)
        if identity.key not in self.professionals:
            role = (identity.role or "Professional").strip()
            taken = sum(1 for label in self.professionals.values() if _role_of(label) == role)
            self.professionals[identity.key] = f"{role} {taken + 1}"
        return self.professionals[identity.key]

    def unknown_person(self, name: str) -> str:
        """Label a name the case does not list "Person N"; one normalised name, one label."""
        norm = " ".join(w for w in normalise_name(name).split() if w.rstrip(".") not in _TITLES)
        norm = norm or normalise_name(name)
        if norm not in self.unknown:
            self.unknown[norm] = self._same_person(norm) or f"Person {self._next_number()}"
        return self.unknown[norm]

    def _same_person(self, norm: str) -> str | None:
        """The label of the one unknown person a short form names ("Khan" after "Aisha Khan").

        A one-word name is the same person as the one full name ending (or starting) with it;
        a full name is the one person already known by its surname alone. None when no one or
        several people fit.
        """
        words = norm.split()
        if len(words) == 1:
            fits = {
                v
                for k, v in self.unknown.items()
                if len(k.split()) > 1 and words[0] in (k.split()[0], k.split()[-1])
            }
        else:
            fits = {v for k, v in self.unknown.items() if k == words[-1]}
            clash = {
                v
                for k, v in self.unknown.items()
                if len(k.split()) > 1 and k.split()[-1] == words[-1] and v in fits
            }
            fits -= clash  # "Khan" already taken by "Aisha Khan": "Imran Khan" is someone else
        return next(iter(fits)) if len(fits) == 1 else None

    def _next_number(self) -> int:
        numbers = [
            int(v.rsplit(" ", 1)[1])
            for v in self.unknown.values()
            if v.startswith("Person ") and v.rsplit(" ", 1)[1].isdigit()
        ]
        return max(numbers, default=0) + 1

    def pseudonym(self, identity: Identity) -> str:
        """Label any identity: its case pseudonym, or a role number for a professional."""
        if identity.kind == "professional":
            return self.professional(identity)
        if identity.key in self.pseudonyms and not identity.pseudonym:
            return self.pseudonyms[identity.key]
        label = identity.pseudonym or _fallback(identity, len(self.pseudonyms) + 1)
        return self._remember(identity.key, label)

    def _remember(self, key: str, label: str) -> str:
        self.pseudonyms[key] = label
        return label


_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "master", "sir", "lady", "dame"}
)


def _role_of(label: str) -> str:
    return label.rsplit(" ", 1)[0] if label.rsplit(" ", 1)[-1].isdigit() else label


def _fallback(identity: Identity, n: int) -> str:
    generic = {"place": "Place", "address": "the family home", "person": "Person"}
    base = generic.get(identity.kind, "Person")
    return base if identity.kind == "address" else f"{base} {chr(64 + min(n, 26))}"
