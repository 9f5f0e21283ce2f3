"""End to end with the real text engine (case dictionary, no NER): every trap comes out clean."""

from __future__ import annotations

import pytest
from test_word_builders import IDS, grep
from test_word_trapfiles import TRAPS

from anonymiser.verify import scan
from anonymiser.word import anonymise_docx

engine = pytest.importorskip("anonymiser.engine")
key_module = pytest.importorskip("anonymiser.key")


@pytest.fixture
def anonymiser():
    return engine.Anonymiser(IDS, key_module.PseudonymKey(), ner=False)


# The engine matches a place only as its whole name; verify also flags its distinctive word
# ("Brackenfold" alone), so the fail-closed gate would refuse these. Strict: remove when fixed.
PLACE_WORD_ALONE = {"core category", "smart tag"}
CASES = [
    pytest.param(t, marks=pytest.mark.xfail(strict=True, reason="place word alone"))
    if t.vector in PLACE_WORD_ALONE
    else t
    for t in TRAPS
]


@pytest.mark.parametrize("trap", CASES, ids=[t.vector for t in TRAPS])
def test_trap_is_clean_with_the_engine(trap, tmp_path, anonymiser):
    (tmp_path / "in").mkdir()
    source = trap.build(tmp_path / "in" / "trap.docx")
    output = anonymise_docx(source, tmp_path / "out" / source.name, anonymiser).output
    assert scan([output], IDS) == []
    assert grep(output) == []
