"""A carer taken up elsewhere during the child's contact: interviewed or seen themselves, at a
meeting of their own, gone on an errand. ``presence`` asks it once for each adult named.
"""

from __future__ import annotations

from chronology.flags import tree
from chronology.flags.frames import ASK, EARLIER, MEANWHILE, OWN_BUSINESS, SEE


def busy_elsewhere(adult, kinds: dict[int, str]):
    """The adult's own verb when they were taken up elsewhere during the child's contact; None
    if not. Interviewed, spoken to or seen themselves while the child was ("Mother was
    interviewed while Jack was spoken to", "mother being interviewed at the time"), at a
    meeting of their own ("while his mother attended a meeting"), or gone to another place
    ("brought by his mother, who then went to the pharmacy"). Their verb names no child."""
    verb, how = adult.head, adult.dep_
    for child in adult.children:
        if child.dep_ == "relcl":  # "his mother, who then went to the pharmacy"
            verb, how = child, "nsubj"
    if how not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if tree.negated(verb) or tree.planned(verb) or _names_the_child(verb, kinds):
        return None
    gone = verb.lemma_ == "go" and verb.tag_ in ("VBD", "VBN") and _went_somewhere(verb)
    if gone and not any(g.lower_ in EARLIER for g in verb.subtree):
        return verb
    seen_too = how == "nsubjpass" and verb.lemma_ in SEE | ASK
    meeting = (
        how == "nsubj"
        and verb.lemma_ == "attend"
        and any(c.dep_ == "dobj" and c.lemma_ in OWN_BUSINESS for c in verb.children)
    )
    if (seen_too or meeting) and _meanwhile(verb, kinds):
        return verb
    return None


def _went_somewhere(verb) -> bool:
    """ "went to the pharmacy", "went to get a coffee": a destination or errand of its own."""
    for child in verb.children:
        if (
            child.dep_ == "prep"
            and child.lower_ == "to"
            and any(g.dep_ == "pobj" for g in child.children)
        ):
            return True
        if child.dep_ == "xcomp" or (child.dep_ == "advcl" and child.tag_ == "VB"):
            return True
    return False


def _names_the_child(verb, kinds: dict[int, str]) -> bool:
    """The verb's own clause names the subject ("mum went with Jack"); a clause joined to it
    under "while" is the child's part, not the adult's."""
    skip = _clauses(verb)
    return any(
        kinds.get(t.i) == "SUBJ" and t.i not in skip and t.dep_ != "poss"  # "his mother"
        for t in verb.subtree
    )


def _meanwhile(verb, kinds: dict[int, str]) -> bool:
    """The adult's verb happened during the child's contact: joined to the child's sighting by
    "while" (either way round), or said to be "at the time" / "meanwhile" / "separately"."""
    if any(t.lower_ in MEANWHILE for t in verb.subtree if t.i not in _clauses(verb)):
        return True
    doc = verb.doc
    # the child's sightings: "Jack was spoken to", "Jack seen", "saw Jack"
    sightings = [tree.verb_of(doc[i])[0] for i, kind in kinds.items() if kind == "SUBJ"]
    for child_verb in sightings:
        if child_verb is None or child_verb.lemma_ not in SEE | ASK or child_verb.i == verb.i:
            continue
        linked = child_verb.head.i == verb.i or verb.head.i == child_verb.i
        marked = [c.lower_ for c in (*child_verb.children, *verb.children) if c.dep_ == "mark"]
        if linked and set(marked) & {"while", "whilst"}:
            return True
    return False


def _clauses(verb) -> set[int]:
    """The tokens of the clauses joined to the verb: another event than the verb's own."""
    joined = ("advcl", "conj", "parataxis", "ccomp")
    return {t.i for c in verb.children if c.dep_ in joined for t in c.subtree}
