"""The genogram: family graph, validation, Graphviz layout, overlays, composition table.

Never imports ``pipeline``, ``chronology`` or ``anonymiser``: it takes its own records.
"""

from .composition import composition_table, composition_text
from .errors import InputError
from .notation import (
    CURRENT_PARTNERSHIPS,
    FORMER_PARTNERSHIPS,
    LEGAL_PARENT_KINDS,
    PARENT_KINDS,
    PARTNERSHIP_KINDS,
    SEXES,
)
from .records import Family, GenogramFiles, Household, Member, ParentLink, Partnership
from .render import draw, render
from .validate import check, parent_cycles, problems_in

__all__ = [
    "CURRENT_PARTNERSHIPS",
    "FORMER_PARTNERSHIPS",
    "LEGAL_PARENT_KINDS",
    "PARENT_KINDS",
    "PARTNERSHIP_KINDS",
    "SEXES",
    "Family",
    "GenogramFiles",
    "Household",
    "InputError",
    "Member",
    "ParentLink",
    "Partnership",
    "check",
    "composition_table",
    "composition_text",
    "draw",
    "parent_cycles",
    "problems_in",
    "render",
]
