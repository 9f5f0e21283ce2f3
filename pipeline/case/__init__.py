"""``case.yaml``: the review's typed records and how they are read.

- ``records``: ``Case`` and the records it is made of (people, relationships, households ...);
- ``schema``: every field, its type and its help text; ``rules``: checks across fields;
- ``loader``: ``load_case`` / ``read_case`` (all problems at once) and ``write_template``;
- ``examples``: the template's example values left in a real case file.

The public API below is resolved as ``chronology``'s is: each name from its module when first
asked for (``pipeline.common.public_api``).
"""

from pipeline.common import public_api

_RECORDS = (
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
)
_NAMES = dict.fromkeys(_RECORDS, "pipeline.case.records") | dict.fromkeys(
    ("load_case", "read_case", "write_template"), "pipeline.case.loader"
)

__all__ = list(_NAMES)
__getattr__ = public_api(__name__, _NAMES)
