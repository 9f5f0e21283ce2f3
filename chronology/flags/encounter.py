"""What shows the child was in front of the practitioner, and what was put to them: an instrument
for their views used with them, their body or senses checked, their reaction to an attempt to
talk with them. ``structure`` asks each once per entry.
"""

from __future__ import annotations

from chronology.flags import presence, tree
from chronology.flags.frames import (
    BODY_CHECKED,
    CHECKING,
    DIRECT_WORK,
    INSTRUMENTS,
    PASSING_ON,
    SAYING,
)

# A contact that is itself the exploration of a child's account, views or feelings: a child who
# gives their words in one was asked for them. A medical examination is not one ("said 'it
# hurt' as the marks were examined" is volunteered), nor a review or a visit.
EXPLORATIONS = frozenset(
    ["assessment", "assess", "interview", "counselling", "counsel", "consultation", "screening"]
)

# What a child there does instead of answering: "hid behind Mother", "would not speak".
REACTIONS = frozenset(
    ["hide", "shrug", "ignore", "turn", "cry", "answer", "reply", "respond", "speak", "engage",
     "look", "refuse", "decline", "say"]
)  # fmt: skip


def reacted(doc, attempt, kinds: dict[int, str]) -> bool:
    """The child, after an attempt to talk with them, reacts in person: "but C hid behind Mother",
    "but he would not engage". Not "but he was at school"."""
    return any(
        kind == "SUBJ"
        and i > attempt.i
        and doc[i].dep_ == "nsubj"
        and doc[i].head.lemma_ in REACTIONS
        and not tree.remote(doc[i].head)
        for i, kind in kinds.items()
    )


def views_tool(doc, kinds: dict[int, str]) -> str:
    """An instrument for the child's views used or completed with the child: "completed the
    screening tool with her", "used Talking Mats with Ellis", "mood scale completed with Jack",
    "did the 'three houses' exercise with him"; "" if none (not planned, not negated)."""
    for i, kind in kinds.items():
        token = doc[i]
        if kind != "SUBJ" or token.dep_ != "pobj" or token.head.norm_ != "with":
            continue
        verb = token.head.head
        if verb.lemma_.lower() in INSTRUMENTS and verb.dep_ == "dobj":
            verb = verb.head  # "completed the questionnaire with Kian": "with" on the noun
        if verb.lemma_ not in DIRECT_WORK or verb.tag_ not in ("VBD", "VBN"):
            continue
        if tree.negated(verb) or tree.planned(verb) or tree.reported(verb, kinds):
            continue
        if any(c.dep_ == "nsubj" and kinds.get(c.i) != "PRO" for c in verb.children):
            continue  # "Mum used picture cards with Leo": a parent's, not a practitioner's
        things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        things += [verb.head] if verb.dep_ == "acl" else []  # "mood scale completed with Jack"
        if any(t.lemma_.lower() in INSTRUMENTS or t.lower_ in INSTRUMENTS for t in things):
            start = min(verb.left_edge.i, token.i)
            return tree.clip(doc[start : token.i + 1].text)
    return ""


def body_checked(doc, kinds: dict[int, str]) -> str:
    """The child's body or senses checked in this contact ("Lily-Rose's vision and hearing
    checked", "checked Kian's weight"), done and not negated, planned or passed on; "" if not."""
    for i, kind in kinds.items():
        owner = doc[i]
        thing = owner.head
        if kind != "SUBJ" or owner.dep_ != "poss" or thing.lemma_.lower() not in BODY_CHECKED:
            continue
        # the verb, or in a note's "X's vision and hearing checked" the word after the things
        after = doc[thing.right_edge.i + 1 : thing.right_edge.i + 2]
        verb = next((t for t in [thing.head, *after] if _checking(t)), None)
        if verb is None:
            continue
        if tree.negated(verb) or tree.planned(verb) or tree.reported(verb, kinds):
            continue
        if not any(a.lemma_ in PASSING_ON | SAYING for a in verb.ancestors):
            start, end = min(owner.i, verb.i), max(thing.right_edge.i, verb.i) + 1
            return tree.clip(doc[start:end].text)
    return ""


def _checking(token) -> bool:
    """A check done: "checked", "weighed", "tested" (a past form, whatever the tag says)."""
    done = token.tag_ in ("VBD", "VBN")
    return done and (token.lemma_ in CHECKING or token.lower_.removesuffix("ed") in CHECKING)


def explored(doc, kinds: dict[int, str]) -> str:
    """The entry is an assessment, interview, counselling or screening that took place, of the
    child rather than of an adult ("Out-of-court disposal assessment: Reece seen at YOS", "YOT
    assessment with Kai"); "" if not. The caller asks only when the child's own words are there.
    """
    adults = {i for i, kind in kinds.items() if kind in ("ADULT", "SIB")}
    for token in doc:
        if token.lemma_.lower() not in EXPLORATIONS and token.lower_ not in EXPLORATIONS:
            continue
        if tree.planned(token) or tree.negated(token) or presence.in_speech(token):
            continue  # "ABE interview to be arranged", "mum said she had an assessment"
        if any(
            a.lemma_.lower() in ("plan", "recommend", "refer", "decision") for a in token.ancestors
        ):
            continue  # "Decision: C&F assessment", "referred for a CAMHS assessment"
        if any(_whose(c, adults) for c in token.children):
            continue  # "parenting assessment of mother", "mum's capacity assessment"
        if token.i > 0 and doc[token.i - 1].lower_ in ("parenting", "capacity", "risk"):
            continue  # an assessment of the carers or of a risk, not the child's account
        return tree.clip(doc[token.left_edge.i : token.i + 1].text)
    return ""


def _whose(modifier, adults: set[int]) -> bool:
    """The modifier names an adult as the one the assessment is of or for: "mum's", "of mother",
    "for dad"; "with mum" is company, not whose."""
    if modifier.dep_ == "poss":
        return modifier.i in adults
    if modifier.dep_ == "prep" and modifier.lower_ in ("of", "for", "on"):
        return any(g.i in adults for g in modifier.children if g.dep_ == "pobj")
    return False
