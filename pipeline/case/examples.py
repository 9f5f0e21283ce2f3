"""Find the invented example values of the ``scr init`` template still left in a case file.

An untouched template is a valid case, so ``scr check`` would otherwise say "No problems"
about a review of a family that does not exist. The example values are read from the
template itself, so changing the template needs no change here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from pipeline.case.loader import TEMPLATE
from pipeline.common import Problem

# the keys whose example values identify the template's invented review, family and panel
EXAMPLE_KEYS = ("reference", "board", "name", "address")


def example_value_problems(path: Path) -> list[Problem]:
    """Return one problem listing every key of ``path`` that still holds a template example.

    An unreadable file gives no problem here: reading the case reports it already.
    """
    examples = {value for _, value, _ in _values(_compose(TEMPLATE))}
    try:
        found = [
            (where, line) for where, value, line in _values(_compose(path)) if value in examples
        ]
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return []
    if not found:
        return []
    keys = ", ".join(f"{where} (line {line})" for where, line in found)
    return [
        Problem(
            path.name,
            f"line {found[0][1]}",
            f"case.yaml still holds the template's invented example values: {keys}",
            "Replace every example with your review's own details (the review, the panel, the "
            "people, the addresses and the professionals), then run scr check again.",
        )
    ]


def _compose(path: Path) -> Node | None:
    return yaml.compose(Path(path).read_text(encoding="utf-8-sig"), Loader=yaml.SafeLoader)


def _values(node: Node | None, where: str = "") -> Iterator[tuple[str, str, int]]:
    """Yield (field path, value, line) for every example key's text value under ``node``."""
    if isinstance(node, MappingNode):
        for key, value in node.value:
            if not isinstance(key, ScalarNode):
                continue
            path = f"{where}.{key.value}" if where else key.value
            if key.value in EXAMPLE_KEYS and isinstance(value, ScalarNode) and value.value:
                yield path, value.value.strip(), value.start_mark.line + 1
            else:
                yield from _values(value, path)
    elif isinstance(node, SequenceNode):
        for number, item in enumerate(node.value, 1):
            yield from _values(item, f"{where}[{number}]")
