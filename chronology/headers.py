"""Header synonyms: what agencies call each column, as data.

A header cell is normalised (case, punctuation, "&", spaces) and matched exactly against the
synonyms; failing that, the longest synonym it starts with wins ("Date of contact or event" is
a date, "Child seen alone?" is seen_alone, not child_seen). Each canonical column is taken by
the first header cell that matches it; later ones are left as extra columns.
"""

from __future__ import annotations

import re

# canonical column -> the headings agencies use for it
CHRONOLOGY_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("seq", ("seq", "sequence", "ref", "event ref", "no", "number", "entry no", "item")),
    (
        "date",
        (
            "date",
            "date time",
            "date and time",
            "when",
            "date of contact",
            "start date",
            "date of event",
            "date of entry",
            "event date",
            "date or period of event",
            "date and time of attendance",
            "date of attendance",
            "date of appointment",
            "date of consultation",
            "date s",
            "contact date",
        ),
    ),
    ("time", ("time", "times", "start time", "time of contact", "time of event", "time of call")),
    ("end_date", ("end date", "date to", "until")),
    ("end_time", ("end time", "time to", "finish time")),
    ("age", ("age", "age of child", "childs age", "child age")),
    (
        "source",
        (
            "source",
            "source of information",
            "agency source",
            "source agency",
            "information source",
            "clinician",
            "practitioner",
            "author",
            "professional",
            "worker",
            "staff member",
            "staff",
            "officer",
            "case officer",
            "housing officer",
            "probation officer",
            "key worker",
            "recorded by",
            "entered by",
            "completed by",
            "seen by",
            "source document",
            "who",
            "by whom",
        ),
    ),
    ("agency", ("agency", "organisation", "service", "team", "department")),
    (
        "contact_type",
        (
            "contact type",
            "type of contact",
            "type",
            "nature of contact",
            "setting",
            "venue",
            "type of event",
            "category",
        ),
    ),
    (
        "event",
        (
            "event",
            "events",
            "details of contact",
            "details",
            "occurrence",
            "consultation notes",
            "significant event",
            "description",
            "summary of contact",
            "event details",
            "details of event",
            "what happened",
            "incident",
            "notes",
            "record",
            "summary",
            "brief summary",
            "details of involvement",
            "information",
            "entry",
            "contact",
            "description of event",
            "narrative",
            "presenting complaint",
            "presenting complaint findings",
            "findings",
        ),
    ),
    (
        "action",
        (
            "action",
            "action taken",
            "actions",
            "outcome",
            "action outcome",
            "outcome action",
            "decision",
            "decisions",
            "response",
            "response intervention",
            "plan",
            "next steps",
            "decision action taken",
            "action and outcome",
        ),
    ),
    (
        "analysis",
        (
            "analysis",
            "comment",
            "comments",
            "analysis comment",
            "commentary",
            "reviewer comment",
            "imr author comment",
            "author comment",
            "impact",
            "significance",
            "reflection",
            "comment analysis",
            "imr comment",
        ),
    ),
    (
        "child_seen",
        (
            "child seen",
            "child seen y n",
            "was the child seen",
            "seen",
            "child seen yes no",
            "was child seen",
            "seen y n",
        ),
    ),
    (
        "seen_alone",
        (
            "seen alone",
            "child seen alone",
            "seen alone y n",
            "was the child seen alone",
            "child seen alone y n",
            "was child seen alone",
        ),
    ),
    (
        "wishes_sought",
        (
            "wishes sought",
            "wishes and feelings sought",
            "childs views sought",
            "views sought",
            "were the childs wishes sought",
            "voice of the child sought",
        ),
    ),
    (
        "wishes_expressed",
        (
            "wishes and feelings",
            "childs views",
            "wishes expressed",
            "wishes and feelings expressed",
            "childs wishes and feelings",
            "views expressed",
            "child s views",
        ),
    ),
    # The child's own words in a column of their own (8.40): kept as text in every output, and
    # the agency's statement that wishes were expressed when it has no flag column for that.
    (
        "childs_words",
        (
            "childs words",
            "the childs words",
            "childs own words",
            "in the childs words",
            "in the childs own words",
            "child s words",
            "what the child said",
            "what child said",
            "what the child said or did",
            "voice of the child",
            "the voice of the child",
            "childs voice",
            "wishes and feelings expressed the childs words",
            "wishes and feelings expressed in the childs words",
            "wishes and feelings expressed in the childs own words",
            "wishes and feelings the childs words",
            "childs words quoted",
            "direct words of the child",
        ),
    ),
)

ACTION_PLAN_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "recommendation",
        (
            "recommendation",
            "recommendations",
            "rec",
            "rec no",
            "recommendation no",
            "recommendation number",
            "no",
            "ref",
        ),
    ),
    (
        "action",
        (
            "action",
            "actions",
            "key actions",
            "action required",
            "action to be taken",
            "actions required",
            "what",
            "specific action",
            "action s",
        ),
    ),
    (
        "lead",
        (
            "lead",
            "lead officer",
            "lead person",
            "lead agency",
            "responsible",
            "responsible officer",
            "who",
            "by whom",
            "owner",
            "responsibility",
            "lead responsible",
        ),
    ),
    (
        "by_when",
        (
            "by when",
            "target date",
            "timescale",
            "timescales",
            "deadline",
            "completion date",
            "date for completion",
            "when",
            "target",
            "date to be completed",
            "due",
        ),
    ),
    (
        "outcome",
        (
            "outcome",
            "intended outcome",
            "desired outcome",
            "expected outcome",
            "outcomes",
            "intended outcomes",
        ),
    ),
    (
        "measure",
        (
            "measure",
            "how will success be measured",
            "how success will be measured",
            "success measure",
            "measure of success",
            "evidence",
            "evidence of completion",
            "evidence of impact",
            "how measured",
            "success criteria",
            "measures",
        ),
    ),
    (
        "owner",  # after "lead": a bare "Owner" is still the lead, as before
        ("owner role", "owner s role", "role of owner", "owner job title"),
    ),
    (
        "status",
        ("status", "progress", "rag", "rag rating", "update", "progress update", "complete"),
    ),
)

# tables that hold dates but are not chronologies: (what the table is, whether it is decided even
# beside an event column, header words that say so). A header cell naming one of the words
# (exactly, or as its first words) decides the table.
OTHER_TABLES: tuple[tuple[str, bool, tuple[str, ...]], ...] = (
    (
        "a version-control table (the versions of this report)",
        True,
        (
            "version",
            "version no",
            "revision",
            "draft",
            "change",
            "changes",
            "amendment",
            "amendments",
            "changes made",
            "version control",
        ),
    ),
    (
        "a sign-off table (names and signatures, no event text)",
        True,
        ("signature", "signed", "signed off", "signed by", "sign off", "signatory"),
    ),
    (
        "a list of people (names and dates of birth)",
        True,
        ("dob", "date of birth", "d o b", "born", "date born"),
    ),
    (
        "a list of the staff interviewed",
        True,
        ("interviewed", "date interviewed", "date of interview", "interview date", "interviewee"),
    ),
    (
        "a glossary (terms and their meanings)",
        False,
        ("term", "meaning", "abbreviation", "acronym", "definition", "glossary", "explanation"),
    ),
    (
        "a list of the documents and records reviewed",
        False,
        (
            "document",
            "documents",
            "documents reviewed",
            "records reviewed",
            "record reviewed",
            "document reviewed",
            "held by",
            "held on",
            "covering",
            "period covered",
            "dates covered",
            "records examined",
        ),
    ),
    (
        "the terms of reference",
        False,
        (
            "terms of reference",
            "key line of enquiry",
            "key lines of enquiry",
            "question",
            "questions",
            "tor",
        ),
    ),
)


def other_table(cells) -> str | None:
    """What a table is, when its header row says it is something other than a chronology.

    A header naming both a date and an event column is decided this way only by the kinds no
    chronology has a column for (versions, signatures, interviews).
    """
    texts = [normalise(cell) for cell in cells]
    named = {canonical(cell) for cell in cells}
    for kind, strong, words in OTHER_TABLES:
        if {"date", "event"} <= named and not strong:
            continue
        if any(t in words or any(t.startswith(w + " ") for w in words) for t in texts if t):
            return kind
    return None


MANDATORY = ("date", "event")  # without these a table is not a chronology
PUNCTUATION = re.compile(r"[^\w\s]|_")


def normalise(text: str) -> str:
    """Lower-case, '&' as 'and', punctuation as spaces, one space between words."""
    text = text.lower().replace("&", " and ").replace("\u2019", "").replace("'", "")
    return " ".join(PUNCTUATION.sub(" ", text).split())


def canonical(header: str, registry=CHRONOLOGY_COLUMNS) -> str | None:
    """Return the canonical column a header cell names, or None.

    A heading naming two things ("Concern / event", "Outcome or action") is placed by the
    first of its parts that names a column when the whole heading names none.
    """
    found = _canonical_whole(header, registry)
    if found or not ALTERNATIVES.search(header):
        return found
    for part in ALTERNATIVES.split(header):
        found = _canonical_whole(part, registry)
        if found:
            return found
    return None


ALTERNATIVES = re.compile(r"\s*/\s*|\s+or\s+|\s*\|\s*", re.IGNORECASE)


def _canonical_whole(header: str, registry) -> str | None:
    text = normalise(header)
    if not text:
        return None
    for name, synonyms in registry:
        if text in synonyms:
            return name
    best = max(
        (
            (len(synonym), name)
            for name, synonyms in registry
            for synonym in synonyms
            if text.startswith(synonym + " ")
        ),
        default=None,
    )
    if best:
        return best[1]
    if registry is CHRONOLOGY_COLUMNS and re.search(r"\s(date|dates|date s)$", text):
        return "date"  # "Consultation date", "Visit date"
    return None


def match_header(cells, registry=CHRONOLOGY_COLUMNS) -> dict[str, int]:
    """Map canonical column -> index of the first header cell naming it."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        name = canonical(cell, registry)
        if name and name not in columns:
            columns[name] = index
    return columns


def match_action_plan(cells) -> dict[str, int]:
    return match_header(cells, ACTION_PLAN_COLUMNS)


def is_chronology(columns: dict[str, int]) -> bool:
    """A chronology needs a date and an event column; a source column is checked separately."""
    return all(name in columns for name in MANDATORY)


def has_source(columns: dict[str, int]) -> bool:
    return "source" in columns or "agency" in columns


def is_action_plan(columns: dict[str, int], cells=()) -> bool:
    """An action plan names recommendations or actions and at least two of who/when/outcome,
    or names a recommendation column (by that word) beside one of them."""
    core = "recommendation" in columns or "action" in columns
    detail = sum(name in columns for name in ("lead", "by_when", "outcome", "measure"))
    worded = any(normalise(cell).startswith("recommendation") for cell in cells)
    return core and (detail >= 2 or (worded and detail >= 1))
