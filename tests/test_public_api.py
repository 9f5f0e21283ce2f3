"""Each package's public API in its ``__init__``: what ``pipeline`` uses of ``chronology`` and
``anonymiser`` it takes from there, and importing a package loads nothing it does not ask for."""

from __future__ import annotations

import ast
from pathlib import Path

import hostile
import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "package", ["chronology", "chronology.outputs", "anonymiser", "genogram", "pipeline.case"]
)
def test_every_public_name_resolves(package):
    import importlib

    module = importlib.import_module(package)
    assert module.__all__
    for name in module.__all__:
        assert getattr(module, name) is not None, name
    with pytest.raises(AttributeError):
        module.no_such_name  # noqa: B018


def test_importing_a_package_loads_none_of_its_modules():
    loaded = hostile.loaded_modules("chronology", "anonymiser")
    assert [m for m in loaded if m.startswith(("chronology.", "anonymiser."))] == []


def test_pipeline_takes_chronology_and_anonymiser_from_their_public_apis():
    reaching = []
    for path in sorted((ROOT / "pipeline").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                top, _, rest = node.module.partition(".")
                if top in ("chronology", "anonymiser") and rest and rest != "merge":
                    reaching.append(f"{path.relative_to(ROOT)}: from {node.module}")
    assert reaching == []
