"""The safety net's person scorer (issue 4.8): features of a candidate word, a logistic model.

Candidates are generous: every capitalised word and every word spaCy puts in a PERSON span.
Each gets a feature vector (spaCy's label, the name lists, word frequency, capitalisation,
titles and person words around it, address, number and organisation context, closeness of
its word vector to first names and surnames, its place in the sentence); a logistic model
fitted offline on the development half of tests/data/ner_eval.jsonl
(data/fit_person_scorer.py) turns it into a probability. Neighbouring words that pass the
threshold make one person span.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

DATA = Path(__file__).parent / "data"
WEIGHTS_FILE = DATA / "person_scorer.json"


def words(text: str) -> frozenset[str]:
    """A word set written as one string."""
    return frozenset(text.split())


TITLE_WORDS = words(
    "mr mrs ms miss mx master dr doctor prof professor sir dame lady lord rev revd cllr pc dc"
    " ds di dci sgt sergeant inspector nurse sister"
)
CUE_BEFORE = words(
    "named called call name names dear hi hello hey thanks thank by with son daughter wife"
    " husband boyfriend girlfriend partner friend brother sister mother father mum dad uncle"
    " aunt cousin nephew niece baby child grandson granddaughter met visited told asked saw"
    " contact contacted ask tell meet from to and"
)
STRONG_CUE = words(
    "said says asked told replied named called name names dear hi hello hey thanks son"
    " daughter wife husband boyfriend"
    " girlfriend partner friend brother sister uncle aunt cousin nephew niece"
)
VERB_AFTER = words(
    "said says told tells is was has had have lives lived asked went came works worked aged"
    " who will would can could did does got says wants wanted stayed stays moved cried"
    " explained reported replied disclosed and"
)
STREET_WORDS = words(
    "road street st lane avenue ave close drive way court plaza parkway expressway square sq"
    " crescent gardens terrace hill park green island islands springs throughway dam wall"
    " boulevard blvd rd mews row walk place grove view rise vale yard wharf"
)
# Streets written with the street word first ("Via Rossi", "Rua Alves") or joined to the name.
STREET_BEFORE = words(
    "via viale piazza largo strada rua rue calle avenida avinguda praça praca ulica ul plac"
    " avenue boulevard chemin allee"
)
STREET_SUFFIXES = (
    "straat",
    "strasse",
    "straße",
    "gasse",
    "weg",
    "laan",
    "vej",
    "gade",
    "gatan",
    "vägen",
    "veien",
    "katu",
    "utca",
    "ulica",
)
ORG_WORDS = words(
    "corporation corp inc ltd limited plc llc llp group company co ag sa gmbh holdings bank"
    " trust etf fund partners services solutions systems technologies international"
    " university college school hospital council agency department association club"
    " foundation institute ministry church academy nursery practice surgery centre center"
    " police"
)
LOWER_CASE_ZIPF = 3.5  # a word in lower case this common is a word, whatever spaCy says
PLACE_PREPOSITIONS = words("from in near via into within across outside inside")
OTHER_PREPOSITIONS = words("at to of on about for")
SENTENCE_END = frozenset({".", "!", "?", '"', "\u201c", "(", "-", "\u2014", ";"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
OTHER_LABELS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "PRODUCT"}
    | {"WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}
)
FEATURES = (
    "bias",
    "ent_person",
    "ent_person_multi",
    "ent_org",
    "ent_place",
    "ent_norp",
    "ent_other",
    "first",
    "last",
    "first_and_last",
    "first_rare",
    "zipf",
    "zipf_zero",
    "title_case",
    "all_caps",
    "lower",
    "sentence_start",
    "title_before",
    "cue_before",
    "strong_cue_before",
    "verb_after",
    "possessive_after",
    "number_near",
    "street_after",
    "street_before",
    "street_suffix",
    "org_in_run",
    "place_preposition_before",
    "other_preposition_before",
    "prev_lower",
    "next_lower",
    "next_verbish",
    "list_name_neighbour",
    "run_alone",
    "run_long",
    "neighbour_name",
    "has_vector",
    "sim_first",
    "sim_last",
    "sim_common",
    "colon_after",
    "label_colon",
    "line_is_run",
    "stop_word",
)


@dataclass(frozen=True)
class Model:
    """Weights per feature, the decision threshold and the three word-vector centroids."""

    weights: np.ndarray
    threshold: float
    centroids: np.ndarray  # rows: first names, surnames, common words (unit vectors)

    def probability(self, rows: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(rows @ self.weights)))


@cache
def load_model(path: Path = WEIGHTS_FILE) -> Model:
    """The fitted scorer from data/person_scorer.json (written by data/fit_person_scorer.py)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{path}: features differ from the code; refit the person scorer")
    return Model(
        np.array([data["weights"][f] for f in FEATURES]),
        float(data["threshold"]),
        np.array(data["centroids"], dtype=np.float32),
    )


class Featuriser:
    """Candidate words of one spaCy doc and their feature rows."""

    def __init__(self, first: frozenset[str], last: frozenset[str], zipf, is_stop):
        self.first, self.last, self.zipf, self.is_stop = first, last, zipf, is_stop

    def candidates(self, doc) -> list:
        """Tokens worth scoring: capitalised words and words inside spaCy PERSON spans (in
        lower case only a rare word: "RoSH medium" is no person)."""
        return [
            t
            for t in doc
            if len(t.text) > 1
            and re.search(r"[^\W\d_]", t.text)
            and (
                t.text[0].isupper()
                or (t.ent_type_ == "PERSON" and self.zipf(t.text) < LOWER_CASE_ZIPF)
            )
            and not re.fullmatch(r"['\u2019]s?", t.text)
        ]

    def rows(self, doc, tokens, centroids: np.ndarray) -> np.ndarray:
        """One feature row per candidate token."""
        runs = _runs(doc)
        out = np.zeros((len(tokens), len(FEATURES)), dtype=np.float32)
        for n, t in enumerate(tokens):
            out[n] = self._row(doc, t, runs[t.i], centroids)
        return out

    def _list_neighbour(self, doc, run: tuple[int, int]) -> bool:
        """A name in a list: the word across a comma or "and" is a first name ("Tom, Ann")."""
        for i, j in ((run[0] - 2, run[0] - 1), (run[1] + 1, run[1])):
            if (
                0 <= i < len(doc)
                and doc[j].text.casefold() in (",", "and", "or", "&")
                and doc[i].text[:1].isupper()
                and _cap(doc[i].text) in self.first
            ):
                return True
        return False

    def _row(self, doc, t, run: tuple[int, int], centroids: np.ndarray) -> list[float]:
        word = t.text.strip("'\u2019")
        cap = word[:1].upper() + word[1:].lower()
        first, last = cap in self.first, cap in self.last
        zipf = self.zipf(word)
        prev = [doc[j] for j in range(max(0, t.i - 3), t.i)]
        before = doc[t.i - 1] if t.i else None
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        run_tokens = doc[run[0] : run[1]]
        run_words = {x.text.casefold() for x in run_tokens}
        others = [x for x in run_tokens if x.i != t.i]
        ent = t.ent_type_
        sims = _similarities(t, centroids)
        line = _line(doc, t)
        return [
            1.0,
            ent == "PERSON",
            ent == "PERSON" and _ent_len(doc, t) > 1,
            ent == "ORG",
            ent in PLACE_LABELS,
            ent == "NORP",
            ent in OTHER_LABELS,
            first,
            last,
            first and last,
            first and zipf < 3.5,
            zipf / 8,
            zipf == 0,
            word[:1].isupper() and not word.isupper(),
            word.isupper() and len(word) > 1,
            word[:1].islower(),
            before is None or before.text in SENTENCE_END or "\n" in before.text,
            before is not None and before.text.rstrip(".").casefold() in TITLE_WORDS,
            any(x.text.casefold() in CUE_BEFORE for x in prev),
            any(x.text.casefold() in STRONG_CUE for x in prev[-2:]),
            _next_word(doc, run[1]) in VERB_AFTER,
            after is not None and after.text in ("'s", "\u2019s", "'", "\u2019"),
            _number_near(doc, run),
            _next_word(doc, run[1]) in STREET_WORDS  # "Zaitsev Parkway": the run holds it
            or any(x.text.casefold() in STREET_WORDS for x in doc[t.i + 1 : run[1]]),
            any(x.text.casefold() in STREET_BEFORE for x in doc[max(run[0], t.i - 3) : t.i]),
            word.casefold().endswith(STREET_SUFFIXES),
            bool(run_words & ORG_WORDS),
            _word_before(doc, run) in PLACE_PREPOSITIONS,
            _word_before(doc, run) in OTHER_PREPOSITIONS,
            _word_before(doc, run).isalpha() and _word_before(doc, run).islower(),
            _next_word(doc, run[1]).isalpha() and _next_word(doc, run[1]).islower(),
            bool(re.fullmatch(r"[a-z]{3,}(?:ed|s)", _next_word(doc, run[1])))
            and _next_word(doc, run[1]) not in ("is", "was", "has", "as", "this"),
            self._list_neighbour(doc, run),
            run[1] - run[0] == 1,
            run[1] - run[0] >= 3,
            any(_cap(x.text) in self.first or _cap(x.text) in self.last for x in others),
            t.has_vector,
            *sims,
            after is not None and after.text == ":",
            _label_colon(doc, t),
            line.strip() == doc[run[0] : run[1]].text,
            self.is_stop(word),
        ]


def _label_colon(doc, t) -> bool:
    """A form label: a colon after the word and a capitalised word or a number after the
    colon on the same line ("Addressee: Anneliese Gruber", "... Age: 43"), not speech
    ("Leena: \"I'm ...\"")."""
    if t.i + 2 >= len(doc) or doc[t.i + 1].text != ":":
        return False
    nxt = doc[t.i + 2]
    if "\n" in doc[t.i + 1 : t.i + 2].text_with_ws:
        return False
    return nxt.text[:1].isdigit() or (len(nxt.text) > 1 and nxt.text[:1].isupper())


def _word_before(doc, run: tuple[int, int]) -> str:
    return doc[run[0] - 1].text if run[0] else ""


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def _runs(doc) -> dict[int, tuple[int, int]]:
    """Each token's run of capitalised words (hyphens inside), as (start, end) token indexes."""
    out: dict[int, tuple[int, int]] = {}
    i, n = 0, len(doc)
    while i < n:
        j = i + 1
        if doc[i].text[:1].isupper():
            while j < n and (
                doc[j].text[:1].isupper()
                or (doc[j].text == "-" and j + 1 < n and doc[j + 1].text[:1].isupper())
            ):
                j += 1
        for k in range(i, j):
            out[k] = (i, j)
        i = j
    return out


def _ent_len(doc, t) -> int:
    for e in doc.ents:
        if e.start <= t.i < e.end:
            return e.end - e.start
    return 0


def _next_word(doc, end: int) -> str:
    while end < len(doc) and doc[end].text in ("'s", "\u2019s", ","):
        end += 1
    return doc[end].text.casefold() if end < len(doc) else ""


def _number_near(doc, run: tuple[int, int]) -> bool:
    window = list(doc[max(0, run[0] - 2) : run[0]]) + list(doc[run[1] : run[1] + 2])
    return any(any(c.isdigit() for c in x.text) for x in window)


def _line(doc, t) -> str:
    text = doc.text
    start = text.rfind("\n", 0, t.idx) + 1
    end = text.find("\n", t.idx)
    return text[start : end if end >= 0 else len(text)]


def _similarities(t, centroids: np.ndarray) -> list[float]:
    if not t.has_vector:
        return [0.0, 0.0, 0.0]
    v = t.vector
    norm = float(np.linalg.norm(v)) or 1.0
    return [float(x) for x in centroids @ v / norm]
