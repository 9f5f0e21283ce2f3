"""The genogram: family graph, validation, Graphviz layout, overlays, composition table.

Never imports ``pipeline``, ``chronology`` or ``anonymiser``: it takes its own records.
"""

from .composition import composition_table, composition_text
from .errors import InputError
from .records import Family, GenogramFiles, Household, Member, ParentLink, Partnership
from .render import draw, render
from .validate import check, problems_in

__all__ = [
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
    "problems_in",
    "render",
]
