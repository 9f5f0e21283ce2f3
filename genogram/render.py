"""Draw a family: ``genogram.svg``, ``genogram.png`` and ``genogram.dot``, written atomically."""

from __future__ import annotations

import logging
from pathlib import Path

import cairosvg

from pipeline.common import write_atomically as _write_atomically

from . import dotfile, household, legend, scene, svg
from .composition import composition_table, composition_text
from .graphviz_render import lay_out
from .model import Model, build
from .order import ranks
from .records import Family, GenogramFiles
from .validate import check

log = logging.getLogger(__name__)
PNG_SCALE = 2.0  # 144 dpi: crisp when printed or zoomed


def draw(family: Family) -> tuple[str, scene.Scene, list, bytes]:
    """Validate and lay out; return (DOT text, scene, household outlines, SVG bytes)."""
    check(family)
    model = build(family)
    source = dotfile.dot_text(model)
    picture = scene.build(model, lay_out(source), ranks(model))
    shapes = outlines(model, picture)
    paths = [(_path(shape), colour) for _, shape, colour in shapes]
    rows = composition_table(family)
    data = svg.document(
        picture,
        paths,
        legend.entries(model),
        "Genogram",
        "Family composition. " + composition_text(rows),
    )
    return source, picture, shapes, data


def outlines(model: Model, picture: scene.Scene) -> list[tuple[str, object, str]]:
    """(household id, shapely area, colour) for each household, in the family's order."""
    found = []
    for n, (hid, members) in enumerate(model.households.items()):
        found.append((hid, household.outline(picture, members), legend.household_colour(n)))
    return found


def render(family: Family, out_dir: Path, stem: str = "genogram") -> GenogramFiles:
    """Write ``<stem>.svg``, ``.png`` and ``.dot`` into ``out_dir``; InputError if undrawable."""
    source, _, _, data = draw(family)
    out_dir.mkdir(parents=True, exist_ok=True)
    files = GenogramFiles(out_dir / f"{stem}.svg", out_dir / f"{stem}.png", out_dir / f"{stem}.dot")
    png = cairosvg.svg2png(bytestring=data, scale=PNG_SCALE)
    for path, content in ((files.dot, source.encode("utf-8")), (files.svg, data), (files.png, png)):
        _write_atomically(path, content)
    log.info("genogram written to %s", out_dir)
    return files


def _path(shape) -> str:
    """SVG path data for a shapely (Multi)Polygon's outer rings."""
    polygons = getattr(shape, "geoms", [shape])
    parts = []
    for poly in polygons:
        coords = list(poly.exterior.coords)
        parts.append("M " + " L ".join(f"{x:.1f},{y:.1f}" for x, y in coords) + " Z")
    return " ".join(parts)
