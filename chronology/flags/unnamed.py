"""A child seen by a practitioner away from home with no parent or carer named: nobody else was
there to be named ("Head of Year met F in her office", "stopped and searched in the park").
"""

from __future__ import annotations

import re

from chronology.flags import parse, presence, tree
from chronology.flags.frames import ASK, HOME, QUOTED, SAYING, SEE, VOICE


def no_one_named(text: str, roles: list[tuple[int, int, str]], in_setting: bool = False) -> str:
    """A child seen by a practitioner away from home with no parent or carer named anywhere in the
    entry ("Head of Year met F in her office", "stopped and searched in the park"): nobody else was
    there to be named. "" when an adult is named, or the contact was at home. ``in_setting``: a
    school's or nursery's own record, whose writer is the practitioner ("A in class today")."""
    doc = parse.parse(text)
    kinds = tree.kinds_of(doc, roles)
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
    # an adult only phoned or quoted ("the teacher telephoned Mother"), or only inside the
    # child's account ("Ruby described her stepfather coming into her room"), was not there
    if any(
        kind == "ADULT" and not (presence.left(doc[i]) or presence.not_there(doc[i], quoted, kinds))
        for i, kind in kinds.items()
    ):
        return ""
    if CAME.search(text) and any(
        kind == "ADULT" and called_out(doc[i]) for i, kind in kinds.items()
    ):
        return ""  # "Call from mother ... Crew attended": the caller was where the child was
    home = [
        t
        for t in doc
        if (t.lemma_.lower() in HOME or t.lower_ in ("hv", "hv's"))
        and not (_not_a_place(t) or _destination(t))
    ]
    if any(
        not (any(a <= t.idx < b for a, b in quoted) or presence.in_speech(t, ASK | SAYING | VOICE))
        for t in home
    ):
        return ""  # at home; not 'no food at home', a home in the child's own words
    staff = [doc[i] for i, kind in kinds.items() if kind == "PRO"]
    held = tree.held_by_police(doc, kinds)
    if held is not None:  # "stopped and searched in the park": by officers
        return f"no parent or carer named, held by police: {held.text}"
    taking_part = [
        i
        for i, kind in kinds.items()
        if kind == "SUBJ" and (in_setting or tree.verb_of(doc[i])[0] is not None or _met(doc[i]))
    ]  # in a setting's own record, the child is there if seen at all ("Sun had a lovely day")
    if not taking_part or not (staff or in_setting):
        return ""  # "strategy meeting re Aisha": the child is what it is about, not in it
    if in_setting or not staff:  # the writer saw the child, whoever else the entry names
        return "no parent or carer named, in the setting's own record"
    return f"no parent or carer named, seen by {staff[0].text}"


def called_out(adult) -> bool:
    """The adult made the call that brought the practitioner: "Call from mother", "Mum rang
    999"."""
    head = adult.head
    if adult.dep_ == "pobj" and adult.head.lower_ == "from":
        return head.head.lemma_ in ("call", "999", "111")
    return (
        adult.dep_ == "nsubj"
        and head.lemma_ in ("call", "ring", "dial", "phone")
        and any(t.lower_ in ("999", "111", "ambulance", "police") for t in head.subtree)
    )


# The practitioner came to the child: "Crew attended", "On arrival", "officers arrived".
CAME = re.compile(r"\b(?:attended|on arrival|arrived|on scene)\b", re.IGNORECASE)


def _met(token) -> bool:
    """The child read as a modifier of a seeing verb ("Head of Year met F in her office", F an
    npadvmod of "met"): the child is who was met."""
    head = token.head
    return token.dep_ == "npadvmod" and head.lemma_ in SEE and head.pos_ == "VERB"


# Nouns that "home" names a kind of, not where the child was: "return home interview" (held at
# a cafe or school), the nursery's "home corner", "home learning".
_HOME_KINDS = frozenset(["interview", "corner", "office", "learning", "work"])


def _not_a_place(token) -> bool:
    return token.dep_ in ("compound", "amod") and token.head.lemma_.lower() in _HOME_KINDS


# Going or being taken somewhere: "returned home by officers", "taken home", "walked home".
_TO = frozenset(["return", "go", "take", "walk", "drive", "convey", "send", "escort", "run"])


def _destination(token) -> bool:
    """ "home" as where the child was taken or went after the contact ("Returned home by
    officers"), not where the contact was."""
    return token.dep_ == "advmod" and token.head.lemma_.lower() in _TO
