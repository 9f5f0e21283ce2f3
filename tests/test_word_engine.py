"""End to end with the real text engine (case dictionary, no NER): every trap comes out clean."""

from __future__ import annotations

import pytest
from test_word_builders import IDS, grep
from word_trapfiles import TRAPS

from anonymiser.verify import scan
from anonymiser.word import anonymise_docx

engine = pytest.importorskip("anonymiser.engine")
key_module = pytest.importorskip("anonymiser.key")


@pytest.fixture
def anonymiser():
    return engine.Anonymiser(IDS, key_module.PseudonymKey(), ner=False)


@pytest.mark.parametrize("trap", TRAPS, ids=[t.vector for t in TRAPS])
def test_trap_is_clean_with_the_engine(trap, tmp_path, anonymiser):
    (tmp_path / "in").mkdir()
    source = trap.build(tmp_path / "in" / "trap.docx")
    output = anonymise_docx(source, tmp_path / "out" / source.name, anonymiser).output
    assert scan([output], IDS) == []
    assert grep(output) == []
