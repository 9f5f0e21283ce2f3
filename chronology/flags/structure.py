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

from dataclasses import dataclass

from chronology.flags import parse, presence, speech, tree
from chronology.flags.frames import (
    ARRIVE,
    ASK,
    BRING,
    CALL,
    MESSAGE,
    REMOTE,
    SEE,
    SEE_NOUNS,
    SPEECH_FRAME,
    VOICE,
)


@dataclass(frozen=True)
class Finding:
    value: str  # "yes" | "no" | "" (decided: not known, e.g. a sighting only planned)
    evidence: str  # the words that decided it
    weak: bool = False  # taken only where the word rules say nothing


def decide(text: str, roles: list[tuple[int, int, str]]) -> dict[str, Finding]:
    """Return the flags the structure decides; ``roles`` are (start, end, SUBJ|SIB|ADULT|PRO)."""
    doc = parse.parse(text)
    kinds = {}
    for start, end, kind in roles:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            kinds[span.root.i] = kind
    found: dict[str, Finding] = {}
    others_seen = None
    about = ""
    for i, kind in kinds.items():
        verb, how = tree.verb_of(doc[i])
        if verb is None and kind == "SUBJ":
            about = about or _owned_thing(doc[i])
        if verb is None or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
            continue  # "seen as cooperative" is a perception, not a sighting
        words = tree.evidence(doc, doc[i], verb)
        if tree.planned(verb):
            if kind == "SUBJ" and verb.lemma_ in SEE:
                found.setdefault("child_seen", Finding("", f"planned, not yet: {words}"))
            continue
        negated, reported = tree.negated(verb), tree.reported(verb, kinds)
        negated = negated or tree.neither(doc[i])
        if kind == "SUBJ" and verb.lemma_ in SEE and any(c.lower_ == "last" for c in verb.children):
            found.setdefault("child_seen", Finding("", f"records: {words}"))
            continue  # "last seen at her 2-year review": a record, not this contact
        if kind != "SUBJ":
            companion = how == "pobj" and doc[i].head.lower_ == "with"
            companion = companion and verb.lemma_ not in SPEECH_FRAME  # "examined with mum present"
            if verb.lemma_ in SEE and not negated and kind in ("ADULT", "SIB") and not companion:
                others_seen = others_seen or words
            continue
        phoned = verb.lemma_ in CALL - {"call"} or (verb.lemma_ == "call" and tree.remote(verb))
        phoned = phoned and not any(c.lower_ in ("at", "round") for c in verb.children)
        if verb.lemma_ in SEE | ASK | CALL and not negated and (tree.remote(verb) or phoned):
            found.setdefault("child_seen", Finding("no", f"not in person: {words}"))
            if verb.lemma_ in ASK | CALL and _addressed(doc[i], verb, how, kinds):
                found.setdefault("wishes_sought", Finding("yes", f"asked by telephone: {words}"))
            continue
        if reported and verb.lemma_ in SEE:
            found.setdefault("child_seen", Finding("", f"someone else's account: {words}"))
            continue
        if verb.lemma_ in BRING and negated:
            for flag in ("child_seen", "wishes_sought", "wishes_expressed", "seen_alone"):
                found.setdefault(flag, Finding("no", words))
        elif verb.lemma_ in ARRIVE and how == "nsubj" and presence.alone(verb) and not negated:
            found["child_seen"] = Finding("yes", words)
            found.setdefault("seen_alone", Finding("yes", words))
        elif verb.lemma_ in ASK and how != "nsubj" and _request(verb):
            continue  # "asked her to let us know she is ok": a request, not her views
        elif verb.lemma_ in ASK and not reported and not negated and how != "nsubj":
            found["child_seen"] = Finding("yes", words)
            found.setdefault("wishes_sought", Finding("yes", words))
            if presence.alone(verb):
                found.setdefault("seen_alone", Finding("yes", words))
        elif verb.lemma_ in SEE and not reported:
            if negated:
                if verb.lemma_ in SPEECH_FRAME:
                    found.setdefault("wishes_sought", Finding("no", words))
                else:
                    found.setdefault("child_seen", Finding("no", words))
                continue
            found["child_seen"] = Finding("yes", words)
            if presence.alone(verb):
                found.setdefault("seen_alone", Finding("yes", words))
            spoken = [v for v in _joined(verb) if v.lemma_ in ASK and not tree.negated(v)]
            if verb.lemma_ in ASK or spoken:  # "seen and spoken to by officers"
                found.setdefault("wishes_sought", Finding("yes", words))
    voice = speech.own_words(doc, kinds)
    if voice:
        found.setdefault("wishes_expressed", Finding("yes", voice, weak=True))
    seen = found.get("child_seen")
    if "SUBJ" in kinds.values() and (seen is None or seen.value != "no"):
        absent = presence.carer_not_present(doc, kinds)  # "Parents not present": alone, hence seen
        if absent:
            found.setdefault("seen_alone", Finding("yes", absent))
    asked = speech.asked(doc, kinds)
    if asked and any(t.lower_ in REMOTE | MESSAGE for t in doc):
        found.setdefault("child_seen", Finding("no", f"not in person: {asked}"))
    if asked and found.get("wishes_sought", Finding("", "")).value != "no":
        # a question with no one else as its object, in an entry about the child: weak, as the
        # entry may be a contact with no one ("asked the school for records" has a participant)
        strong = seen is not None and seen.value == "yes"
        found.setdefault("wishes_sought", Finding("yes", asked, weak=not strong))
    questioned = speech.questions_to(doc, kinds)
    if questioned:  # "would not engage with questions": asked, whatever the answer
        found.setdefault("wishes_sought", Finding("yes", questioned))
    heard = speech.heard(doc, kinds)
    if heard and "child_seen" not in found:
        found["child_seen"] = Finding("no", f"heard, not seen: {heard}")
    if about and "child_seen" not in found:
        found["child_seen"] = Finding("", f"about the child, not a sighting: {about}")
    if others_seen and "child_seen" not in found and "SUBJ" not in kinds.values():
        found["child_seen"] = Finding("no", f"someone else seen: {others_seen}")
    return found


def _owned_thing(token) -> str:
    """The child named only as whom a thing is for or of, the thing being what the verb is about:
    "Prescription for Jayden collected by grandmother", "Jayden's prescription collected"."""
    if token.pos_ == "PRON":
        return ""  # "put her head on the desk": a pronoun's thing is the child's own
    if token.dep_ == "pobj" and token.head.lower_ == "for":
        thing = token.head.head
    elif token.dep_ == "poss":
        thing = token.head
    else:
        return ""
    if thing.pos_ != "NOUN" or thing.lemma_ in SEE_NOUNS:
        return ""
    if thing.dep_ in ("nsubj", "nsubjpass") and thing.head.tag_ == "VBN":  # done to the thing
        return tree.clip(doc_text(thing, thing.head))
    done = [c for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if thing.dep_ == "ROOT" and done:  # "Prescription for Jayden collected by nan"
        return tree.clip(doc_text(thing, done[0]))
    return ""


def doc_text(a, b) -> str:
    """The words from ``a`` to ``b`` (either order), with what hangs on the later one."""
    doc = a.doc
    start = min(a.left_edge.i, b.i)
    end = max(a.right_edge.i, b.i) + 1
    return doc[start:end].text.strip(" .;:,")


def _joined(verb) -> list:
    """Verbs joined to ``verb`` that share its subject: "seen and spoken to"."""
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]


def _addressed(token, verb, how: str, kinds: dict[int, str]) -> bool:
    """The child is the one called or asked ("rang Reece on his mobile", "spoke with Leo"), not a
    parent who phoned, nor the one a call was about ("Dad phoned for melatonin for Ellis")."""
    if any(c.dep_ == "nsubj" and kinds.get(c.i) in ("ADULT", "SIB") for c in verb.children):
        return False
    if how in ("dobj", "dative"):
        return True
    return how == "pobj" and token.head.lower_ in ("with", "to")


def _request(verb) -> bool:
    """ "asked her to ring", "asking him to let us know": the verb asks for an action. Asking the
    child to tell, draw or talk about something ("asked her to draw her family") seeks their
    views."""
    telling = VOICE | SPEECH_FRAME | {"show"}
    return any(c.dep_ == "xcomp" and c.lemma_ not in telling for c in verb.children)
