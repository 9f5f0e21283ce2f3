"""Who was in the room: a carer away (waited outside, left the room), not present, or a setting
(school, nursery) where carers are not; a professional is not a carer.
"""

from __future__ import annotations

from chronology.flags import parse, tree
from chronology.flags.frames import (
    ABSENT_VERBS,
    ALONE,
    AWAY,
    CARERS,
    EARLIER,
    NO_ADULT,
    QUOTED,
    SETTING,
    SETTING_ABBREVIATIONS,
    STAY,
    THERE,
    TOPIC,
)


def alone(verb) -> bool:
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


def no_carer_present(text: str, roles: list[tuple[int, int, str]]) -> str:
    """Why a child seen was seen without a parent or carer, or "" if the entry does not show it.

    The child is where carers are not (a school, a nursery, a ward at night, found with no adult
    about), and no adult in the entry was there during the contact: an adult only collecting,
    phoned or told, named inside the child's own words ('daddy smack'), or owning something
    ("mum's car"), was not in the room. A professional (a teacher, a key person, an
    interpreter) is not a carer: seen with the DSL only is seen alone.
    """
    doc = parse.parse(text)
    kinds = tree.kinds_of(doc, roles)
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
    adults = [doc[i] for i, kind in kinds.items() if kind == "ADULT"]
    if any(not _elsewhere(t, quoted) for t in adults):
        return ""
    for token in doc:
        if token.lower_ in NO_ADULT and token.i + 1 < len(doc):
            follow = doc[token.i + 1]
            if follow.lemma_.lower() in ("adult", "family", "parent", "carer"):
                said = _clip_span(doc, token.i, min(len(doc), token.i + 5))
                return f"no parent or carer present: {said}"
    setting = next((t for t in doc if t.lower_ in SETTING or t.text in SETTING_ABBREVIATIONS), None)
    if setting is not None:
        return f"no parent or carer present, at {setting.text}"
    gone = [t for t in adults if _left(t)]
    if gone:  # "examined before mother arrived", "collected by nan at 3pm"
        first = gone[0]
        end = max(first.i, first.head.i) + 4
        return f"no parent or carer present: {_clip_span(doc, min(first.i, first.head.i), end)}"
    return ""


def _left(adult) -> bool:
    """The adult came, went, collected or was phoned: they were not there for the contact."""
    head = adult.head
    if adult.dep_ == "pobj" and head.lower_ == "by":
        head = head.head  # "collected by nan"
    elif adult.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    # "wants his dad to leave" is a wish, not an absence; "nan present" is there
    there = adult.i + 1 < len(adult.doc) and adult.doc[adult.i + 1].lower_ in THERE
    return head.lemma_ in ABSENT_VERBS and head.tag_ in ("VBD", "VBN") and not there


def _clip_span(doc, start: int, end: int) -> str:
    words = doc[start:end]
    stop = next((t.i for t in words if t.is_punct), end)
    return doc[start:stop].text


def _elsewhere(token, quoted: list[tuple[int, int]]) -> bool:
    """An adult named in the entry who was not in the room with the child."""
    if any(a <= token.idx < b for a, b in quoted):
        return True  # in the child's own words: 'daddy smack'
    if any(c.dep_ == "case" for c in token.children) or token.dep_ == "poss":
        return True  # "mum's car", "at dad's"
    if any(c.lower_ in ("no", "not") for c in token.children):
        return True  # "no adults at home"
    node = token
    for _ in range(4):
        if node.dep_ == "pobj" and node.head.lower_ in TOPIC | {"about", "of"}:
            return True  # "asked about mummy's friend"
        if node.lemma_.lower() in ABSENT_VERBS and node is not token:
            return True  # "collected by nan", "phoned mum", "mum went home"
        if node.head is node:
            break
        node = node.head
    return False


def carer_away(text: str, roles: list[tuple[int, int, str]]) -> str:
    """Words saying a carer was elsewhere while the child was seen: "mum waited outside", "mum
    left the room", "without mum"; "" if none. Only the caller knows whether the child was seen
    (by the parse or by the rules); an absence says nothing about an entry in which they were not.
    """
    doc = parse.parse(text)
    return _carer_away(doc, tree.kinds_of(doc, roles))


def carer_not_present(doc, kinds: dict[int, str]) -> str:
    """ "parents not present", "no family members present", "mum was not present"."""
    for token in doc:
        if token.lower_ not in ("present", "room") or not token.i:
            continue
        start = token.sent.start  # "no rash. Nan present": the "no" is not about nan
        who = [t for t in doc[max(start, token.i - 4) : token.i] if t.pos_ in ("NOUN", "PROPN")]
        carer = [t for t in who if t.lemma_.lower() in CARERS or kinds.get(t.i) == "ADULT"]
        before = {t.lower_ for t in doc[max(start, token.i - 5) : token.i]}
        words = " ".join(t.lower_ for t in doc[max(0, token.i - 3) : token.i + 1])
        if carer and token.lower_ == "room" and before & {"not", "out"}:
            return doc[carer[0].i : token.i + 1].text  # "mum not in the room"
        for nobody in ("no one else present", "nobody else present", "noone else present"):
            if words.endswith(nobody):  # "door closed, no one else present"
                return nobody
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
        done = head.tag_ in ("VBD", "VBN") and not any(g.lower_ in EARLIER for g in head.subtree)
        if token.dep_ == "nsubj" and head.lemma_ == "leave" and done and not tree.negated(head):
            return tree.evidence(doc, token, head)  # "mum left the room", not "left before we came"
        if (
            token.dep_ == "nsubj"
            and head.lemma_ == "go"
            and done
            and any(g.lower_ in ("kitchen", "outside", "out", "home") for g in head.subtree)
        ):
            return tree.evidence(doc, token, head)
        after = doc[token.i + 1 : token.i + 6]
        stay = [t for t in after[:3] if t.lemma_ in STAY]
        if stay and (stay[0].lemma_ == "wait" or any(t.lower_ in AWAY for t in after)):
            return doc[token.i : after[-1].i + 1].text  # "mother waited outside", parsed or not
        if any(c.lower_ == "present" for c in token.children) and any(
            c.dep_ == "neg" for c in token.subtree
        ):
            return tree.evidence(doc, token, token)
        if token.dep_ == "pobj" and head.lower_ == "without":
            return tree.evidence(doc, head, token)
        clause = head if token.dep_ == "nsubj" else token
        if token.dep_ in ("nsubj", "ROOT", "appos") and any(
            t.lower_ in AWAY and t.i > token.i for t in clause.subtree
        ):
            return tree.evidence(doc, token, clause)
        if (
            token.dep_ == "nsubj"
            and head.lemma_ == "be"
            and any(c.dep_ == "neg" for c in head.children)
            and any(c.lower_ == "present" for c in head.children)
        ):
            return tree.evidence(doc, token, head)
    return ""
