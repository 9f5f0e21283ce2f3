"""Draw the contacts by agency along a date axis (SVG and PNG) with matplotlib.

A lane per agency, shaded in its colour; a mark per dated entry: filled circle = child seen,
star = seen alone, hollow circle = not seen, small grey dot = not recorded, red cross = no
access / not brought. An imprecise date is drawn as a line over its interval. The longest
gap between sightings is shaded and labelled; the incident is a dashed line. Text in the SVG
stays text, so the leak scan can read it.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import matplotlib
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from chronology.entries import Chronology, ChronologyEntry
from chronology.outputs.cells import agency_colours, write_atomically
from chronology.summary import Summary, is_no_access

INK = "#000000"
VERMILLION = "#D55E00"  # Okabe-Ito: stands out for every kind of colour vision
GAP_SHADE = "#BBBBBB"
LABEL_WIDTH = 28  # characters per line of an agency's name beside its lane


@dataclass(frozen=True)
class Mark:
    """How one kind of entry is drawn, and what the legend calls it."""

    label: str
    marker: str
    face: str
    edge: str
    size: float


MARKS = {
    "no_access": Mark("No access / not brought", "X", VERMILLION, VERMILLION, 9),
    "alone": Mark("Child seen alone", "*", INK, INK, 13),
    "seen": Mark("Child seen", "o", INK, INK, 7),
    "not_seen": Mark("Child not seen", "o", "#FFFFFF", INK, 7),
    "unknown": Mark("Not recorded whether seen", "o", "#999999", "#999999", 3.5),
}


def mark_kind(entry: ChronologyEntry) -> str:
    """Which of ``MARKS`` draws this entry; no access wins, then seen alone, then seen."""
    if is_no_access(entry):
        return "no_access"
    if entry.seen_alone.value == "yes":
        return "alone"
    return {"yes": "seen", "no": "not_seen"}.get(entry.child_seen.value, "unknown")


def write_timeline(
    chronology: Chronology,
    summary: Summary,
    svg_path: Path | str,
    png_path: Path | str,
    *,
    title: str = "Contacts by agency",
) -> tuple[Path, Path]:
    """Draw the timeline and write it as SVG and PNG (each to a temporary file, then renamed)."""
    # a fixed hash salt: the same chronology gives the same SVG bytes, not random ids
    with matplotlib.rc_context(
        {"svg.fonttype": "none", "font.family": "DejaVu Sans", "svg.hashsalt": "scr-timeline"}
    ):
        figure = draw_timeline(chronology, summary, title=title)
        svg = write_atomically(
            svg_path,
            lambda t: figure.savefig(t, format="svg", metadata={"Date": None}, bbox_inches="tight"),
        )
        png = write_atomically(
            png_path, lambda t: figure.savefig(t, format="png", dpi=150, bbox_inches="tight")
        )
    return svg, png


def draw_timeline(
    chronology: Chronology, summary: Summary, *, title: str = "Contacts by agency"
) -> Figure:
    """The timeline as a matplotlib Figure (not written anywhere)."""
    agencies = chronology.agencies or tuple(dict.fromkeys(e.agency for e in chronology))
    lanes = {agency: len(agencies) - 1 - i for i, agency in enumerate(agencies)}
    figure = Figure(figsize=(14, 1.8 + 0.6 * max(len(agencies), 1)))
    axes = figure.add_subplot()
    _lanes(axes, agencies, lanes)
    _groups(axes, chronology, lanes)
    for entry in chronology.entries:
        _mark(axes, entry, lanes[entry.agency])
    _gap(axes, summary, len(agencies))
    _incident(axes, summary, len(agencies))
    _axis(axes, title, summary)
    _legend(axes, figure)
    return figure


def _lanes(axes, agencies, lanes) -> None:
    for agency, colour in agency_colours(agencies).items():
        axes.axhspan(
            lanes[agency] - 0.45,
            lanes[agency] + 0.45,
            color=colour,
            alpha=0.45,
            linewidth=0,
            zorder=0,
        )
    axes.set_yticks(
        [lanes[a] for a in agencies], labels=[textwrap.fill(a, LABEL_WIDTH) for a in agencies]
    )
    axes.set_ylim(-0.6, len(agencies) - 0.4)


def _mark(axes, entry: ChronologyEntry, lane: int) -> None:
    mark = MARKS[mark_kind(entry)]
    start = date2num(entry.date.start)
    if entry.date.end > entry.date.start:
        end = date2num(entry.date.end + timedelta(days=1))
        axes.plot(
            [start, end],
            [lane, lane],
            color=mark.edge,
            linewidth=1.2,
            alpha=0.7,
            zorder=2,
            solid_capstyle="butt",
        )
    axes.plot(
        [start],
        [lane],
        linestyle="none",
        marker=mark.marker,
        markersize=mark.size,
        markerfacecolor=mark.face,
        markeredgecolor=mark.edge,
        zorder=3,
    )


def _groups(axes, chronology: Chronology, lanes) -> None:
    for members in chronology.groups().values():
        x = date2num(members[0].date.start)
        ys = [lanes[m.agency] for m in members]
        axes.plot([x, x], [min(ys), max(ys)], color="#555555", linestyle=":", linewidth=1, zorder=1)


def _gap(axes, summary: Summary, lane_count: int) -> None:
    gap = summary.longest_gap
    if gap is None:
        return
    start, end = date2num(gap.start + timedelta(days=1)), date2num(gap.end)
    axes.axvspan(
        start,
        end,
        facecolor=GAP_SHADE,
        alpha=0.5,
        zorder=0.5,
        hatch="//",
        edgecolor="#777777",
        linewidth=0,
    )
    label = f"Longest gap between sightings: {gap.days} days"
    _above_lanes(axes, label, (start + end) / 2, lane_count, shift=0, ha="center")


def _incident(axes, summary: Summary, lane_count: int) -> None:
    if summary.incident is None:
        return
    x = date2num(summary.incident)
    axes.axvline(x, color=VERMILLION, linestyle="--", linewidth=1.5, zorder=4)
    label = f"Incident {summary.incident:%d/%m/%Y}"
    _above_lanes(axes, label, x, lane_count, shift=3, ha="right", color=VERMILLION)


def _above_lanes(axes, text: str, x: float, lane_count: int, shift: float, **style) -> None:
    """Label ``x`` just above the top lane, ``shift`` points to the right, never clipped."""
    axes.annotate(
        text,
        (x, lane_count - 0.4),
        xytext=(shift, 4),
        textcoords="offset points",
        va="bottom",
        fontsize=9,
        annotation_clip=False,
        **style,
    )


def _axis(axes, title: str, summary: Summary) -> None:
    locator = AutoDateLocator()
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    if summary.first is not None:
        last = max(summary.last, summary.incident or summary.last)
        margin = max((last - summary.first).days * 0.02, 3)
        axes.set_xlim(date2num(summary.first) - margin, date2num(last) + margin)
    axes.grid(axis="x", color="#CCCCCC", linewidth=0.5, zorder=0)
    axes.set_title(title, loc="left", fontsize=12, pad=18)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def _legend(axes, figure: Figure) -> None:
    handles = [
        Line2D(
            [],
            [],
            linestyle="none",
            marker=m.marker,
            markersize=m.size,
            markerfacecolor=m.face,
            markeredgecolor=m.edge,
            label=m.label,
        )
        for m in MARKS.values()
    ]
    handles.append(
        Line2D([], [], color="#555555", linestyle=":", label="Same event, several agencies")
    )
    handles.append(Line2D([], [], color=INK, linewidth=1.2, label="Date known only roughly"))
    axes.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.12),
        ncol=4,
        frameon=False,
        fontsize=9,
    )
