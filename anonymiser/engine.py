"""The anonymiser: the case's own identifiers first, then the safety net (issues 4.1, 4.2)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from anonymiser.analysis import Analysed, Analysis, CaseRecogniser, operate
from anonymiser.attribution import (
    AREA_LABEL,
    absorb_own_role,
    absorb_place_rest,
    absorb_rank,
    absorb_role,
    absorb_role_words,
    again,
    area_mention,
    by_context,
    decide,
    grow_person,
    in_proper_name,
    merge_kin_chains,
    neutral_label,
    neutral_noun,
    undouble_article,
    unlisted_before,
)
from anonymiser.conflicts import Candidate, non_overlapping
from anonymiser.key import PseudonymKey
from anonymiser.labels import protected_pattern
from anonymiser.matcher import CaseMatcher, Hit, narrow_by_title
from anonymiser.profiles import article, generic_place, profile, widened
from anonymiser.recognisers import PatternSet, known_birth_dates
from anonymiser.records import CaseIdentifiers, Finding, Identity, ReviewItem
from anonymiser.variants import NOT_NAME_WORDS, case_variants, name_parts, true_parts

KIND_OF = {
    "person": "PERSON",
    "professional": "PROFESSIONAL",
    "place": "PLACE",
    "address": "ADDRESS",
}
FAMILY = "the family"
COUPLE_BEFORE = re.compile(
    r"(?<![\w\-])(?P<title>Mr|Mrs|Ms|Miss|Dr)\.?[\s\u00a0]+(?:and|&)[\s\u00a0]+$"
)
FAMILY_NOUN = re.compile(r"[\s\u00a0]+(family|household|children|home|house)\b", re.IGNORECASE)
ARTICLE_BEFORE = re.compile(r"\b(an?|An?|AN?)[\s\u00a0]+$")
CHILD_YEARS = 18
YOUNG_YEARS = 12  # nobody calls a child this young "Miss Surname"


class Anonymiser:
    """Find and replace a case's identifiers in plain texts (paragraphs), one call per batch."""

    def __init__(self, ids: CaseIdentifiers, key: PseudonymKey, *, ner: bool = True):
        self.ids, self.key = ids, key
        self.profile = profile(ids.profile)
        self._identities = {i.key: i for i in ids.identities}
        self._children = _children(ids.identities, ids.incident)
        self._young = _children(ids.identities, ids.incident, YOUNG_YEARS)
        forms = case_variants(ids.identities)
        self._case = CaseMatcher(forms, _fuzzy_parts(ids.identities))
        self._kept = phrases(_kept_forms(ids.kept_names), titles=True)
        self._labels = protected_pattern(
            _case_labels(ids.identities, key),
            [i.role for i in ids.identities if i.role],
            forbidden=[v.form for v in forms],
        )
        self._keep = phrases(ids.keep)
        self._redact = phrases(ids.redact)
        self._net = _safety_net() if ner else None
        self._analysis = Analysis(  # Presidio: one registry, one AnalyzerEngine (issue 14)
            PatternSet(event_dates=self.profile.generalise_dates).recognisers
            + known_birth_dates(ids.identities),
            self._net,
            ids.recognisers,
            CaseRecogniser(
                self._case, (self._kept, self._keep, self._labels), self._redact, self._known_name
            ),
        )
        self._review: list[ReviewItem] = []
        self._recent: list[str] = []
        self._text_start = 0  # where the current text's own names begin in ``_recent``
        self._scope_start = 0  # and the text's before it

    @property
    def review_items(self) -> list[ReviewItem]:
        """Unknown-person finds so far, for private/review.csv."""
        return list(self._review)

    def prefetch(self, texts: Sequence[str]) -> None:
        """Hand texts to the running worker processes now (``Analysis.prefetch``)."""
        self._analysis.prefetch(texts)

    def analyse_ahead(self, texts: Sequence[str]) -> None:
        """Analyse texts now, in one batch, so that ``find`` later looks them up (issue 14)."""
        self._analysis.analyse(texts)

    def find(self, texts: Sequence[str], where: Sequence[str] | None = None) -> list[list[Finding]]:
        """One sorted, non-overlapping list of findings per text; texts are taken in order."""
        analysed = self._analysis.analyse(texts)  # BatchAnalyzerEngine, one batch
        out = []
        for i, text in enumerate(texts):
            chosen = self._choose(text, analysed[i])
            found = self._replace(text, chosen, where[i] if where else f"text {i + 1}")
            out.append(operate(text, found))  # labels written by AnonymizerEngine operators
        return out

    def anonymise(self, texts: Sequence[str]) -> list[str]:
        """The texts with every finding replaced."""
        return [apply(text, found) for text, found in zip(texts, self.find(texts), strict=True)]

    # -- choosing spans ---------------------------------------------------------------

    def _choose(self, text: str, found: Analysed) -> list[Candidate]:
        """Candidates from the recognisers' findings, chosen by ``anonymiser.conflicts``."""
        kept, ner, patterns = found.kept, found.ner, found.patterns  # kept: never replaced
        cands = [_candidate(s, e, "redact-list", "REDACTED", 1.0) for s, e in found.redact]
        hits, strangers = self._strangers(text, found.hits, ner)
        cands += [
            Candidate(
                start=h.start, end=h.end, detector="case", kind=None, hit=h, score=h.confidence
            )
            for h in hits
        ]
        cands += [
            _candidate(s, e, "pattern", kind, conf)
            for s, e, kind, conf in patterns
            if not _within(s, e, kept)
        ]
        cased = [(h.start, h.end) for h in hits]
        persons = self._persons(text, [*ner, *strangers], kept, cased)
        taken = kept + cased + [(c.start, c.end) for c in cands if c.detector != "case"]
        if self._net is not None:
            from anonymiser.nlp import gazetteer

            more = by_context(text, taken + [(s, e) for s, e, _ in persons], gazetteer())
            persons += self._persons(text, more, kept, cased, trim=False)
        persons += self._persons(text, again(text, persons, taken), kept, cased)
        cands += [_candidate(s, e, "ner", "UNKNOWN_PERSON", conf) for s, e, conf in persons]
        return non_overlapping(cands)

    def _persons(self, text: str, found, kept, cased, trim=True) -> list[tuple[int, int, float]]:
        """Person-like spans cut to their name words and grown to the whole name."""
        out = []
        for s, e, conf in found:
            for s2, e2 in trim_person(text, s, e, kept) if trim else [(s, e)]:
                s2, e2 = grow_person(text, s2, e2, kept + cased)
                if not in_proper_name(text, e2):
                    out.append((s2, e2, conf))
        return out

    def _strangers(self, text: str, hits: list[Hit], ner) -> tuple[list[Hit], list[tuple]]:
        """Take out family-surname hits that are an unlisted person's surname ("Shannon Brennan").

        Such a surname and the first name before it become one unknown-person span.
        """
        kept, strangers = [], []
        for hit in hits:
            start = unlisted_before(text, hit, self._identities, _is_first_name)
            if start is None:
                start = _ner_first_name(text, hit, ner, self._identities)
            if start is None:
                kept.append(hit)
            else:
                strangers.append((start, hit.end, 0.9))
        return kept, strangers

    def _known_name(self, word: str) -> bool:
        return bool(self._net and self._net.is_name(word))

    # -- replacements -----------------------------------------------------------------

    def _replace(self, text: str, chosen: list[Candidate], where: str) -> list[Finding]:
        # who this text and the one before it (the row's other cell, the line above) named
        self._scope_start, self._text_start = self._text_start, len(self._recent)
        found = []
        for start, end, detector, kind, hit, conf in sorted(chosen, key=lambda c: c.start):
            if hit is not None:
                f = self._case_finding(text, hit)
            elif kind == "UNKNOWN_PERSON":
                f = self._unknown(text, start, end, conf, where)
            else:
                label = self.profile.label(kind, text[start:end], self.ids.incident)
                if self.profile.generalise_dates and label != text[start:end]:
                    start, end = widened(kind, text, start, end)
                f = _month_preposition(
                    text, Finding(start, end, text[start:end], kind, detector, label, conf)
                )
            if f.replacement != f.text:
                found.append(_fix_article(text, f))
        return merge_address_runs(text, merge_kin_chains(text, _merge_same(text, found)))

    def _case_finding(self, text: str, hit: Hit) -> Finding:
        couple = COUPLE_BEFORE.search(text, 0, hit.start) if hit.title else None
        if couple and hit.kind == "surname":
            return self._couple(text, hit, couple)
        key, start, end = self._decide(text, hit), hit.start, hit.end
        if key is None:
            label, kind = self._family(text, hit), "PERSON"
            noun = FAMILY_NOUN.match(text, end)
            if noun:
                label, end = "", noun.start(1)
            elif hit.possessive != "s":
                kinds = {self._identities[k].kind for k in hit.identities}
                label = neutral_label(text, hit.start, neutral_noun(kinds))
                self._review.append(
                    ReviewItem(
                        hit.text,
                        _context(text, hit.start, hit.end),
                        "shared surname" if hit.kind == "surname" else "shared first name",
                        hit.confidence,
                        label,
                    )
                )
        else:
            self._recent.append(key)
            identity = self._identities[key]
            label, kind = self._label(identity), KIND_OF[identity.kind]
            label = undouble_article(text, hit.start, label)
            if identity.kind == "person" and not hit.possessive:
                start, end, label = absorb_role(text, start, end, label)
            elif identity.kind == "professional" and not hit.possessive:
                end = absorb_own_role(text, end, label)
            if identity.kind == "professional":
                start = absorb_rank(text, start)  # "DC IMR Author 7" -> "IMR Author 7"
                start = absorb_role_words(text, start, label)  # "Practice Nurse 1", once
            elif identity.kind == "place":
                end = absorb_place_rest(text, end, identity.name)
                if hit.kind == "place-word" and end == hit.end and area_mention(text, start):
                    label = AREA_LABEL  # "in Northshire": the town, not the centre
        if key is not None or hit.possessive != "s":
            label = _with_possessive(label, hit.possessive)
        if label.startswith("the ") and _sentence_start(text, start):
            label = "T" + label[1:]
        return Finding(start, end, text[start:end], kind, "case", label, hit.confidence, key)

    def _couple(self, text: str, hit: Hit, couple: re.Match) -> Finding:
        """ "Mr and Mrs Corrigan": each title decides its own person; where either cannot,
        "two family members" (and a line in the review list), never a title left alone."""
        first = replace(hit, start=couple.start(), title=couple.group("title"))
        keys = [self._decide(text, first), self._decide(text, hit)]
        if None not in keys and keys[0] != keys[1]:
            self._recent += keys
            label = " and ".join(self._label(self._identities[k]) for k in keys)
        else:
            label = "two family members"
            self._review.append(
                ReviewItem(
                    text[couple.start() : hit.end],
                    _context(text, couple.start(), hit.end),
                    "shared surname",
                    hit.confidence,
                    label,
                )
            )
        if _sentence_start(text, couple.start()):
            label = label[0].upper() + label[1:]
        if hit.possessive and hit.possessive != "s" and label.endswith("s"):
            label += hit.possessive[0]  # "two family members'"
        else:
            label = _with_possessive(label, hit.possessive)
        return Finding(
            couple.start(),
            hit.end,
            text[couple.start() : hit.end],
            "PERSON",
            "case",
            label,
            hit.confidence,
            keys[1] if keys[0] == keys[1] else None,
        )

    def _decide(self, text: str, hit: Hit) -> str | None:
        """The identity a hit names; None for a surname shared by several people and unresolved.

        Rule: a title narrows (adult titles drop children, Master drops adults), and a bare
        surname drops the children under 12; "the Smith family" and "the Smiths" name the
        family; otherwise the candidate named most recently (this text or an earlier one; for a
        bare surname, this text or the one before it only); with none, the family.
        """
        candidates = narrow_by_title(hit.title, hit.identities, self._children, self._young)
        if len(candidates) == 1:
            return candidates[0]
        if all(self._identities[c].kind in ("place", "address") for c in candidates):
            return candidates[0]  # "Larkspur Close": the place named first in case.yaml
        if hit.possessive == "s" or FAMILY_NOUN.match(text, hit.end):
            return None
        recent = self._recent
        if not hit.title and hit.kind == "surname":
            # nobody writes a young child by bare surname ("HOLLIS charged"): the adults and
            # older children who carry it, if any
            candidates = tuple(c for c in candidates if c not in self._young) or candidates
            if len(candidates) == 1:
                return candidates[0]
            # still several ("HOLLIS and ASHWORTH arrested", two Ashworth women): only one this
            # text or the one just before it named, not one from an entry long before; else "a
            # family member"
            recent = self._recent[self._scope_start :]
        return decide(
            text, hit, candidates, self._identities, self._labels_by_key(candidates), recent
        )

    def _labels_by_key(self, keys) -> dict[str, str]:
        return {k: self._label(self._identities[k]) for k in keys}

    def _family(self, text: str, hit: Hit) -> str:
        before = text[: hit.start].rstrip().casefold()
        return "family" if re.search(r"\bthe$", before) else FAMILY

    def _label(self, identity: Identity) -> str:
        label = self.key.pseudonym(identity)
        if identity.kind == "place" and self.profile.generic_places:
            return identity.generic or generic_place(label)
        return label

    def _unknown(self, text: str, start: int, end: int, conf: float, where: str) -> Finding:
        name = text[start:end]
        label = self.key.unknown_person(name)
        self._review.append(ReviewItem(name, _context(text, start, end), where, conf, label))
        return Finding(start, end, name, "UNKNOWN_PERSON", "ner", label, conf)


def apply(text: str, findings: Sequence[Finding]) -> str:
    """Write the replacements into text (findings sorted and non-overlapping)."""
    out, pos = [], 0
    for f in findings:
        out += [text[pos : f.start], f.replacement]
        pos = f.end
    return "".join(out) + text[pos:]


def phrases(items: Sequence[str], *, titles: bool = False) -> re.Pattern | None:
    """One case-insensitive pattern for a list of phrases; None for an empty list."""
    from anonymiser.matcher import TITLE, form_pattern

    forms = sorted({p.strip() for p in items if p.strip()}, key=len, reverse=True)
    if not forms:
        return None
    core = "|".join(form_pattern(f) for f in forms)
    prefix = TITLE.replace("?P<title>", "?:") if titles else ""
    return re.compile(rf"(?<![\w\-]){prefix}(?i:{core})(?![\w\-\u2011])")


def trim_person(
    text: str, start: int, end: int, kept: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Cut kept names, titles and joining words out of an NER span; what is left is a name."""
    pieces = [(start, end)]
    for ks, ke in kept:
        pieces = [p for s, e in pieces for p in ((s, min(e, ks)), (max(s, ke), e)) if p[0] < p[1]]
    out = []
    for s, e in pieces:
        words = list(re.finditer(r"[\w'\u2019\-\.]+", text[s:e]))
        while words and not _name_like(words[0].group(0)):
            words.pop(0)
        while words and not _name_like(words[-1].group(0)):
            words.pop()
        if words:
            last = words[-1].group(0)
            cut = 2 if re.search(r"\w['\u2019]s$", last) else 1 if last[-1] in "'\u2019" else 0
            out.append((s + words[0].start(), s + words[-1].end() - cut))  # "Kerr's": "Kerr"
    return out


_NOT_NAMES = NOT_NAME_WORDS | {"and", "or", "the", "of", "with", "to", "by"}


def _name_like(word: str) -> bool:
    bare = word.rstrip(".").rstrip("'\u2019s").rstrip("'\u2019")
    return bool(bare) and bare[0].isupper() and bare.casefold() not in _NOT_NAMES


def _context(text: str, start: int, end: int) -> str:
    return text[max(0, start - 60) : end + 60].replace("\n", " ")


def _is_first_name(word: str) -> bool:
    from anonymiser.nlp import gazetteer

    return word in gazetteer()[0]


def _ner_first_name(text: str, hit: Hit, ner, people) -> int | None:
    """The start of an NER person span that holds a surname hit and a first name not its own."""
    if hit.kind != "surname" or hit.title:
        return None
    for s, e, _ in ner:
        if s < hit.start <= e and e >= hit.end - 1:
            words = re.findall(r"[A-Z][\w'\u2019]*", text[s : hit.start])
            own = {
                w.casefold()
                for k in hit.identities
                for n in _names(people[k])
                for w in re.split(r"[\s\u00a0\-]+", n)
            }
            if words and not any(w.casefold() in own for w in words):
                return s
    return None


def _names(identity: Identity) -> tuple[str, ...]:
    return (identity.name, *identity.aliases)


def _candidate(start: int, end: int, detector: str, kind: str, score: float) -> Candidate:
    """A candidate that no case name stands behind: a pattern's, the redact list's, the net's."""
    return Candidate(start=start, end=end, detector=detector, kind=kind, hit=None, score=score)


def _within(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _with_possessive(label: str, possessive: str | None) -> str:
    if not possessive or not label:
        return label
    if possessive == "s":
        return label + "'s"
    return label + (possessive if possessive.endswith("s") else possessive + "s")


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?\n"


ON_BEFORE = re.compile(r"\b([Oo])n[\s\u00a0]+$")


def _month_preposition(text: str, f: Finding) -> Finding:
    """ "on 3 March 2024" made "March 2024" reads "in March 2024"."""
    before = ON_BEFORE.search(text, 0, f.start)
    if f.kind != "DATE" or before is None or f.replacement == f.text or f.replacement[:1].isdigit():
        return f
    word = "In" if before.group(1) == "O" else "in"
    return replace(
        f,
        start=before.start(),
        text=text[before.start() : f.end],
        replacement=f"{word} {f.replacement}",
    )


def _fix_article(text: str, f: Finding) -> Finding:
    m = ARTICLE_BEFORE.search(text, 0, f.start)
    if not m or not f.replacement or f.replacement.startswith(("the ", "The ", "a ", "an ")):
        return f
    right = article(f.replacement)
    if m.group(1).lower() == right:
        return f
    written = (
        right.upper()
        if m.group(1).isupper() and len(m.group(1)) > 1
        else (right.capitalize() if m.group(1)[0].isupper() else right)
    )
    s = m.start(1)
    return Finding(
        s,
        f.end,
        text[s : f.end],
        f.kind,
        f.detector,
        f"{written}{text[m.end(1) : f.start]}{f.replacement}",
        f.confidence,
        f.identity,
    )


def _merge_same(text: str, found: list[Finding]) -> list[Finding]:
    """ "Kelly A. Smith" found as two parts of one person -> one replacement."""
    out: list[Finding] = []
    for f in found:
        prev = out[-1] if out else None
        gap = text[prev.end : f.start] if prev else ""
        if (
            prev
            and prev.identity
            and prev.identity == f.identity
            and re.fullmatch(r"[\s\u00a0]*([A-Z]\.?[\s\u00a0]*)?", gap)
        ):
            out[-1] = Finding(
                prev.start,
                f.end,
                text[prev.start : f.end],
                f.kind,
                "case",
                f.replacement,
                min(prev.confidence, f.confidence),
                f.identity,
            )
        else:
            out.append(f)
    return out


ADDRESS_PARTS = frozenset({"ADDRESS", "POSTCODE"})
_SEPARATOR = re.compile(r"[\s\u00a0,]*")
_TOWN_BETWEEN = re.compile(
    r"[\s\u00a0,]*(?:[A-Z][a-z'\u2019\-]+[\s\u00a0]+){0,2}[A-Z][a-z'\u2019\-]+[\s\u00a0,]*"
)


def merge_address_runs(text: str, found: list[Finding]) -> list[Finding]:
    """One address written in parts becomes one replacement (issue 17.7).

    "14 Larch Close, Northtown NT4 2QP" is found as street, town and postcode; replaced one by
    one it read "the family home, Town A the family home". A run of address parts (a street
    address, a postcode, and the places between them, joined only by commas and spaces; an
    unfound town word may stand between a street and its postcode) that holds a street address
    becomes one span with the street's replacement; the case's own address wins over "[address]".
    A place before or after the run ("14 Larch Close, Northtown.") keeps its own replacement.
    """
    out: list[Finding] = []
    run: list[Finding] = []

    def close() -> None:
        tail: list[Finding] = []
        while run and run[-1].kind == "PLACE":  # a place after the address is its own
            tail.insert(0, run.pop())
        head: list[Finding] = []
        while run and run[0].kind == "PLACE":
            head.append(run.pop(0))
        out.extend(head)
        if len(run) > 1 and any(f.kind == "ADDRESS" for f in run):
            streets = [f for f in run if f.kind == "ADDRESS"]
            lead = next((f for f in streets if f.identity), streets[0])
            first, last = run[0], run[-1]
            out.append(
                Finding(
                    first.start,
                    last.end,
                    text[first.start : last.end],
                    "ADDRESS",
                    lead.detector,
                    lead.replacement,
                    min(f.confidence for f in run),
                    lead.identity,
                )
            )
        else:
            out.extend(run)
        out.extend(tail)
        run.clear()

    for f in found:
        prev = run[-1] if run else None
        part = f.kind in ADDRESS_PARTS or f.kind == "PLACE"
        if prev is not None and part:
            gap = text[prev.end : f.start]
            joined = _SEPARATOR.fullmatch(gap) or (
                f.kind == "POSTCODE"
                and any(r.kind == "ADDRESS" for r in run)
                and _TOWN_BETWEEN.fullmatch(gap)
            )
            if joined:
                run.append(f)
                continue
        close()
        if part:
            run.append(f)
        else:
            out.append(f)
    close()
    return out


def _children(
    identities: Sequence[Identity], incident: date | None, under: int = CHILD_YEARS
) -> frozenset[str]:
    when = incident or date.today()
    return frozenset(i.key for i in identities if i.born and (when.year - i.born.year) < under)


def _fuzzy_parts(identities: Sequence[Identity]) -> dict[str, tuple[str, ...]]:
    parts: dict[str, list[str]] = {}
    for i in identities:
        if i.kind in ("person", "professional"):
            for name in (i.name, *i.aliases):
                for p in name_parts(name):
                    # the whole "Lily-Mae" too, so "Lilly-Mae" is hers, not half a stranger's
                    for piece in {p, *p.split("-")}:
                        parts.setdefault(piece.casefold(), []).append(i.key)
    return {p: tuple(dict.fromkeys(k)) for p, k in parts.items() if len(p) >= 5}


def _case_labels(identities: Sequence[Identity], key: PseudonymKey) -> list[str]:
    """Every label the case and its key can give out, as written and as a generic place."""
    out = [i.pseudonym for i in identities if i.pseudonym] + [FAMILY]
    out += [i.generic for i in identities if i.generic]
    out += [*key.pseudonyms.values(), *key.professionals.values(), *key.unknown.values()]
    out += [generic_place(i.pseudonym) for i in identities if i.kind == "place" and i.pseudonym]
    return out


def _kept_forms(names: Sequence[str]) -> list[str]:
    out = []
    for name in names:
        written = name_parts(name)
        parts = true_parts(written)
        out += [" ".join(written), " ".join(parts)]
        if len(parts) > 2:
            out.append(f"{parts[0]} {parts[-1]}")
    return out


def _safety_net():
    from anonymiser.nlp import PersonNet  # spaCy loads only when the net is wanted

    return PersonNet()
