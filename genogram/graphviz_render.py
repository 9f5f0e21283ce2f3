"""The only module that talks to Graphviz: run ``dot -Tjson`` and read back the positions."""

from __future__ import annotations

import json
from dataclasses import dataclass

import graphviz

from .errors import InputError


@dataclass(frozen=True)
class Box:
    """A laid-out node in points, y growing downwards (as in SVG)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y - self.h / 2

    @property
    def bottom(self) -> float:
        return self.y + self.h / 2


@dataclass(frozen=True)
class Layout:
    width: float
    height: float
    boxes: dict[str, Box]


def lay_out(dot_source: str) -> Layout:
    """Positions of every node of ``dot_source``; InputError when Graphviz is missing."""
    try:
        raw = graphviz.Source(dot_source).pipe(format="json", encoding="utf-8")
    except graphviz.ExecutableNotFound as error:
        raise InputError(
            "Graphviz's 'dot' program is not installed: install Graphviz "
            "(apt install graphviz) and run again"
        ) from error
    return _read(json.loads(raw))


def _read(data: dict) -> Layout:
    x0, y0, x1, y1 = (float(v) for v in data["bb"].split(","))
    boxes = {}
    for obj in data.get("objects", []):
        if "pos" not in obj:
            continue
        x, y = (float(v) for v in obj["pos"].split(","))
        w, h = float(obj["width"]) * 72, float(obj["height"]) * 72
        boxes[obj["name"]] = Box(x - x0, y1 - y, w, h)
    return Layout(x1 - x0, y1 - y0, boxes)
