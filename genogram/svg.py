"""Write the scene, the household outlines and the key as one SVG document (lxml)."""

from __future__ import annotations

from lxml import etree

from .legend import Entry
from .notation import UNKNOWN_PARENT_PT, descent_line, partner_line
from .scene import Line, PersonMark, S, Scene, Text

NS = "http://www.w3.org/2000/svg"
FONT = "DejaVu Sans, Helvetica, Arial, sans-serif"
MARGIN = 24.0
KEY_GAP = 36.0
KEY_WIDTH = 250.0
ROW = 24.0
INK = "#000000"


def f(value: float) -> str:
    return f"{value:.1f}"


def document(
    scene: Scene, outlines: list[tuple[str, str]], key: list[Entry], title: str, description: str
) -> bytes:
    """The SVG bytes; ``outlines`` are (path data, colour) in drawing coordinates."""
    key_h = _key_height(key)
    key_w = key_width(key)
    width = MARGIN * 2 + scene.width + KEY_GAP + key_w
    height = MARGIN * 2 + max(scene.height, key_h)
    root = etree.Element(
        f"{{{NS}}}svg",
        nsmap={None: NS},
        width=f"{f(width)}pt",
        height=f"{f(height)}pt",
        viewBox=f"0 0 {f(width)} {f(height)}",
        role="img",
    )
    etree.SubElement(root, "title").text = title
    etree.SubElement(root, "desc").text = description
    etree.SubElement(root, "rect", width="100%", height="100%", fill="#ffffff")
    drawing = etree.SubElement(root, "g", transform=f"translate({f(MARGIN)},{f(MARGIN)})")
    drawing.set("id", "genogram")
    for d, colour in outlines:
        etree.SubElement(
            drawing,
            "path",
            d=d,
            fill="none",
            stroke=colour,
            **{
                "stroke-width": "1.6",
                "stroke-dasharray": "2 4",
                "stroke-linecap": "round",
                "class": "household",
            },
        )
    for line in scene.lines:
        _line(drawing, line)
    for person in scene.people:
        _person(drawing, person)
    for x, y in scene.unknown_parents:
        _unknown_parent(drawing, x, y, UNKNOWN_PARENT_PT / 2)
    for text in scene.texts:
        _text(drawing, text)
    _key(root, key, MARGIN + scene.width + KEY_GAP, MARGIN, key_w)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def _line(parent, line: Line) -> None:
    pts = " ".join(f"{f(x)},{f(y)}" for x, y in line.points)
    attrs = {
        "points": pts,
        "fill": "none",
        "stroke": INK,
        "stroke-width": "1.5",
        "class": f"line {line.kind}",
    }
    if line.dash:
        attrs["stroke-dasharray"] = line.dash
    etree.SubElement(parent, "polyline", **attrs)


def _shape(parent, shape: str, x: float, y: float, half: float, cls: str) -> None:
    style = {"fill": "#ffffff", "stroke": INK, "stroke-width": "1.5", "class": cls}
    if shape == "square":
        etree.SubElement(
            parent,
            "rect",
            x=f(x - half),
            y=f(y - half),
            width=f(2 * half),
            height=f(2 * half),
            **style,
        )
    elif shape == "circle":
        etree.SubElement(parent, "circle", cx=f(x), cy=f(y), r=f(half), **style)
    else:
        d = half * 1.15
        pts = f"{f(x)},{f(y - d)} {f(x + d)},{f(y)} {f(x)},{f(y + d)} {f(x - d)},{f(y)}"
        etree.SubElement(parent, "polygon", points=pts, **style)


def _person(parent, p: PersonMark) -> None:
    g = etree.SubElement(parent, "g", **{"class": "person"})
    g.set("data-id", p.id)
    if p.subject:
        _shape(g, p.shape, p.x, p.y, S / 2 + 4, "subject-outline")
    _shape(g, p.shape, p.x, p.y, S / 2, "symbol")
    if p.subject:  # the inner outline again, so it shows inside the outer one
        _shape(g, p.shape, p.x, p.y, S / 2, "symbol")
    if p.deceased:
        _cross(g, p.x, p.y, S / 2 + 3)


def _unknown_parent(parent, x: float, y: float, half: float) -> None:
    """A parent nobody recorded: a dashed diamond (sex not known) with a question mark."""
    g = etree.SubElement(parent, "g", **{"class": "unknown-parent"})
    _shape(g, "diamond", x, y, half, "symbol")
    g[-1].set("stroke-dasharray", "3 2")
    _text(g, Text(x, y + half * 0.45, "?", bold=True), size=half * 1.2)


def _cross(parent, x: float, y: float, half: float) -> None:
    for dx in (-half, half):
        etree.SubElement(
            parent,
            "line",
            x1=f(x - dx),
            y1=f(y - half),
            x2=f(x + dx),
            y2=f(y + half),
            stroke=INK,
            **{"stroke-width": "1.5", "class": "deceased"},
        )


def _text(parent, t: Text, anchor: str = "middle", size: float = 10.0) -> None:
    el = etree.SubElement(
        parent,
        "text",
        x=f(t.x),
        y=f(t.y),
        fill=INK,
        **{"font-family": FONT, "font-size": f(size), "text-anchor": anchor, "class": "label"},
    )
    if t.bold:
        el.set("font-weight", "bold")
    el.text = t.text


def _key_height(key: list[Entry]) -> float:
    return 40 + ROW * len(key) + 40


def key_width(key: list[Entry]) -> float:
    """Wide enough for the longest entry (DejaVu Sans averages under 6.3 pt a character)."""
    return max(KEY_WIDTH, 76 + 6.3 * max((len(e.text) for e in key), default=0))


def _key(root, key: list[Entry], x0: float, y0: float, width: float) -> None:
    g = etree.SubElement(root, "g", transform=f"translate({f(x0)},{f(y0)})")
    g.set("id", "key")
    etree.SubElement(
        g,
        "rect",
        x="0",
        y="0",
        width=f(width),
        height=f(_key_height(key)),
        fill="#ffffff",
        stroke="#888888",
        **{"stroke-width": "0.8", "rx": "4"},
    )
    _text(g, Text(12, 22, "Key", bold=True), "start", 12)
    for n, entry in enumerate(key):
        y = 44 + n * ROW
        _sample(g, entry, 30, y)
        _text(g, Text(62, y + 4, entry.text), "start")
    notes = ("Ages are at the time of the incident;", '"d. aged" is the age at death.')
    for n, note in enumerate(notes):
        _text(g, Text(12, 44 + len(key) * ROW + 4 + n * 13, note), "start", 9)


def _sample(g, entry: Entry, x: float, y: float) -> None:
    kind, _, name = entry.sample.partition(":")
    half = 8.0
    if kind == "symbol":
        _shape(g, name, x, y, half, "sample")
    elif kind == "subject":  # the double outline in the subject's own symbol
        _shape(g, name, x, y, half + 3, "sample")
        _shape(g, name, x, y, half, "sample")
    elif kind == "mark" and name == "deceased":
        _shape(g, "square", x, y, half, "sample")
        _cross(g, x, y, half + 2)
    elif kind == "mark" and name == "unknown-parent":
        _unknown_parent(g, x, y, half)
    elif kind == "mark" and name == "twins":
        _line(g, Line(((x, y - half), (x - 10, y + half)), "sample"))
        _line(g, Line(((x, y - half), (x + 10, y + half)), "sample"))
    elif kind == "household":
        etree.SubElement(
            g,
            "rect",
            x=f(x - 18),
            y=f(y - 8),
            width="36",
            height="16",
            rx="5",
            fill="none",
            stroke=entry.colour,
            **{"stroke-width": "1.6", "stroke-dasharray": "2 4", "stroke-linecap": "round"},
        )
    else:
        _line_sample(g, kind, name, x, y)


def _line_sample(g, kind: str, name: str, x: float, y: float) -> None:
    style = partner_line(name) if kind == "partner" else descent_line(name)
    if kind == "partner":
        _line(g, Line(((x - 20, y), (x + 20, y)), "sample", style.dash))
        offsets = {0: (), 1: (0.0,), 2: (-3.5, 3.5)}[style.slashes]
        for dx in offsets:
            _line(g, Line(((x + dx - 4, y + 7), (x + dx + 4, y - 7)), "sample"))
    else:
        _line(g, Line(((x, y - 9), (x, y + 9)), "sample", style.dash))
