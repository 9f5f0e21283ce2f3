"""Shared fixtures: the bundled sample review and an isolated copy of it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "samples" / "review"


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    """The bundled sample review, read only."""
    return SAMPLE


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """A private copy of the sample review that a test may write into."""
    target = tmp_path / "review"
    shutil.copytree(SAMPLE, target, ignore=shutil.ignore_patterns("out", "private"))
    return target
