"""``case.yaml``: the review's typed records and how they are read.

- ``records``: ``Case`` and the records it is made of (people, relationships, households ...);
- ``schema``: every field, its type and its help text; ``rules``: checks across fields;
- ``loader``: ``load_case`` / ``read_case`` (all problems at once) and ``write_template``;
- ``examples``: the template's example values left in a real case file.
"""

from pipeline.case.loader import load_case, read_case, write_template
from pipeline.case.records import (
    PARENT_TYPES,
    PARTNERSHIP_KINDS,
    RELATIONSHIP_KINDS,
    SEXES,
    Agency,
    AnonymisationSettings,
    Case,
    Household,
    PanelMember,
    Person,
    Place,
    Professional,
    Relationship,
    Review,
)

__all__ = [
    "PARENT_TYPES",
    "PARTNERSHIP_KINDS",
    "RELATIONSHIP_KINDS",
    "SEXES",
    "Agency",
    "AnonymisationSettings",
    "Case",
    "Household",
    "PanelMember",
    "Person",
    "Place",
    "Professional",
    "Relationship",
    "Review",
    "load_case",
    "read_case",
    "write_template",
]
