"""The notation as data: symbols, line styles and the legend text for each.

Genogram profile (McGoldrick/GenoPro): cohabiting partners dashed, separation one slash,
divorce two, adoptive descent dashed, foster descent dotted, deceased an X.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Symbol:
    sex: str
    shape: str  # "square" | "circle" | "diamond"
    legend: str


@dataclass(frozen=True)
class LineStyle:
    kind: str
    dash: str | None  # SVG stroke-dasharray; None: solid
    slashes: int  # marks across a partner line
    legend: str


SYMBOLS: tuple[Symbol, ...] = (
    Symbol("male", "square", "Male"),
    Symbol("female", "circle", "Female"),
    Symbol("unknown", "diamond", "Sex not known"),
)

PARTNER_LINES: tuple[LineStyle, ...] = (
    LineStyle("married", None, 0, "Married"),
    LineStyle("partners", "6 4", 0, "Partners (living together)"),
    LineStyle("separated", None, 1, "Separated"),
    LineStyle("divorced", None, 2, "Divorced"),
    LineStyle("unrecorded", "1.5 3", 0, "Parents (relationship not recorded)"),
)

DESCENT_LINES: tuple[LineStyle, ...] = (
    LineStyle("birth", None, 0, "Birth child"),
    LineStyle("adoptive", "6 4", 0, "Adopted child"),
    LineStyle("foster", "1.5 3", 0, "Foster child"),
    LineStyle("step", "1.5 3", 0, "Step child"),
)

MARKS: dict[str, str] = {
    "subject": "Subject of the review",
    "deceased": "Died",
    "twins": "Twins",
    "unknown-parent": "Other parent not recorded",
}

SEXES = tuple(s.sex for s in SYMBOLS)
PARTNERSHIP_KINDS = tuple(s.kind for s in PARTNER_LINES if s.kind != "unrecorded")
PARENT_KINDS = tuple(s.kind for s in DESCENT_LINES)
# A partnership that has not ended is drawn with no slash across its line.
CURRENT_PARTNERSHIPS = tuple(
    s.kind for s in PARTNER_LINES if s.kind in PARTNERSHIP_KINDS and not s.slashes
)
FORMER_PARTNERSHIPS = tuple(k for k in PARTNERSHIP_KINDS if k not in CURRENT_PARTNERSHIPS)
# A child's parents in law: by birth or adoption (not a step-parent or a foster carer).
LEGAL_PARENT_KINDS = ("birth", "adoptive")
HOUSEHOLD_COLOURS = ("#1f5fa8", "#b8560b", "#2e7d32", "#7b1fa2")  # colour-blind safe-ish


def symbol(sex: str) -> Symbol:
    return next(s for s in SYMBOLS if s.sex == sex)


def partner_line(kind: str) -> LineStyle:
    return next(s for s in PARTNER_LINES if s.kind == kind)


def descent_line(kind: str) -> LineStyle:
    return next(s for s in DESCENT_LINES if s.kind == kind)


# Sizes, in inches for dot and points (1/72 in) for drawing. A person's layout box is the
# same size whatever their label says, so the panel's real-name copy lays out identically.
SYMBOL_IN = 0.5
NODE_W_IN = 1.5
FONT_PT = 10.0
LINE_PT = 12.0
CAPTION_GAP_PT = 9.0
CAPTION_LINES = 5  # label (2), role (2), age (1)
CHARS_PER_LINE = 19
NODE_H_IN = round(SYMBOL_IN + (CAPTION_GAP_PT + CAPTION_LINES * LINE_PT) / 72, 2)
UNION_W_IN = 0.3
# A lone parent's union: the line runs on past the drop to a small dashed "?" symbol for the
# parent nobody recorded, so it never ends in mid-air. The node is wide enough to hold it.
UNKNOWN_PARENT_PT = 22.0
UNKNOWN_GAP_PT = 10.0
LONE_UNION_W_IN = round(2 * (UNKNOWN_GAP_PT + UNKNOWN_PARENT_PT) / 72, 2)
