"""Who was in the room: a carer away (waited outside, left the room), not present, or a setting
(school, nursery) where carers are not; a professional is not a carer.
"""

from __future__ import annotations

import re

from chronology.flags import elsewhere, parse, tree
from chronology.flags.elsewhere import LATER
from chronology.flags.frames import (
    ABSENT_VERBS,
    ALONE,
    ASK,
    AWAY,
    CARERS,
    EARLIER,
    NO_ADULT,
    PLACE_WORDS,
    PRESENCE_VERBS,
    QUOTED,
    SAYING,
    SEE_NOUNS,
    SETTING,
    SETTING_ABBREVIATIONS,
    STAY,
    THERE,
    TOPIC,
    UTTERANCES,
    VOICE,
)
from chronology.flags.tree import in_speech


def alone(verb) -> bool:
    """Whether the verb says the child was on their own: "alone", "on her own", "privately",
    or in its phrase of place or time ("seen on three visits, once alone in his bedroom"), or
    straight after its object, wherever the parse hangs it ("not possible to see him alone")."""
    doc = verb.doc
    for child in verb.children:
        after = child.right_edge.i + 1
        if child.dep_ == "dobj" and after < len(doc) and doc[after].lower_ in ALONE:
            return True
        if child.dep_ == "prep" and any(
            g.lemma_.lower() in ALONE and g.dep_ in ("amod", "advmod") and _in_phrase(g, child)
            for g in child.subtree
        ):
            return True
        if child.lemma_.lower() in ALONE:
            return True
        if child.lower_ in ("apart", "separately") and child.dep_ in ("advmod", "prep"):
            return True  # "was not seen apart from the adults caring for her"
        if (
            child.dep_ == "prep"
            and child.lower_ == "on"
            and any(g.lower_ == "own" for g in child.subtree)
        ):
            return True
    return False


def _in_phrase(token, phrase) -> bool:
    """No verb between the token and the head of its phrase: not "with mum, who sat alone"."""
    node = token.head
    while node.i != phrase.i:
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return False
        node = node.head
    return True


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
    said = nobody_there(text)
    if said:
        return said
    arrived = [t for t in adults if came_later(t, kinds)]
    if any(
        not not_there(t, quoted, kinds)
        # "Mum came in at 1 for his review ... Mum tearful": there only after she came
        and not any(a.lower_ == t.lower_ and a.i <= t.i for a in arrived)
        # "08:15 drop off - Mum said he came off his scooter": at the door, then gone
        and not _at_handover(t)
        for t in adults
    ):
        return ""
    staff = _with_staff(doc, kinds)
    if staff:
        return f"no parent or carer present, only staff: {staff}"
    setting = next(
        (
            t
            for t in doc
            if (t.lower_ in SETTING or t.text in SETTING_ABBREVIATIONS)
            and not _someone_elses(t, kinds)
            and not _a_time(t)  # "his pain came on before school": when, not where
            and not in_speech(t)  # "they want him to stay at the school": not where he was
        ),
        None,
    )
    if setting is not None:
        staff = setting.lemma_.lower() == "teacher" or setting.text in ("KP", "DSL", "TA")
        where = "with the" if staff else "at"
        return f"no parent or carer present, {where} {setting.text}"
    gone = [
        t
        for t in adults
        if (left(t) or stayed_away(t) or came_later(t, kinds) or _away_after(t, now=True))
        and not _with_the_subject(t.head, kinds)
        # "told a nurse that her father had dropped her": in what was said, not gone
        and not (_in_childs_account(t, kinds) or in_speech(t))
    ]
    if gone:  # "examined before mother arrived", "collected by nan at 3pm"
        # the writer's own words first: "Mother returned 22:05", not the child's "she had gone"
        first = min(gone, key=lambda t: in_speech(t, ASK | SAYING | VOICE))
        start = min(first.i, first.head.i) if first.dep_ != "appos" else first.i
        end = max(first.i, first.head.i) + 4 if first.dep_ != "appos" else first.i + 4
        return f"no parent or carer present: {_clip_span(doc, start, end)}"
    return ""


# A carer's moment at the door of a day setting: "drop off", "at collection", "pick-up".
_HANDOVER = re.compile(
    r"\b(?:drop[- ]?off|dropped (?:off|at)|at (?:collection|pick[- ]?up|home time)|collected|"
    r"picked (?:him |her |them )?up)\b",
    re.IGNORECASE,
)


def _at_handover(adult) -> bool:
    """The adult is named at a handover, in their sentence or the one before: "08:15 drop off -
    bruise noted. Mum said he came off his scooter"."""
    sentence = adult.sent
    start = sentence.start
    if start > 0:
        start = adult.doc[start - 1].sent.start
    return _HANDOVER.search(adult.doc[start : sentence.end].text) is not None


def _with_the_subject(verb, kinds: dict[int, str]) -> bool:
    """ "Mum went to the clinic with Jade": the adult went with the child, not away from them."""
    return any(
        kinds.get(g.i) == "SUBJ"
        for c in verb.children
        if c.dep_ == "prep" and c.norm_ == "with"
        for g in c.children
    )


def left(adult) -> bool:
    """The adult came, went, collected or was phoned: they were not there for the contact."""
    head = adult.head
    if adult.dep_ == "pobj" and head.lower_ == "by":
        head = head.head  # "collected by nan"
    elif adult.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    # "wants his dad to leave" is a wish, not an absence; "nan present" is there
    there = adult.i + 1 < len(adult.doc) and adult.doc[adult.i + 1].lower_ in THERE
    called = [g for c in head.children for g in (c, *c.children)]
    if any(g.lower_ in _EMERGENCY for g in called):
        return False  # "M called 999": she called for help where the child was
    if asked_out(adult):
        return True  # "Mum asked to step out", "mother was asked to wait outside"
    return head.lemma_ in ABSENT_VERBS and head.tag_ in ("VBD", "VBN") and not there


def came_later(adult, kinds: dict[int, str]) -> bool:
    """The carer came only after the child had been seen: "Noah came to the door first. Andre
    then appeared", "N found tidy up hard. Mum came in at 1", "Dad came down later". The child
    is named before the carer, who came on their own (not "came in with him"), at a later time.
    """
    verb = adult.head
    if adult.dep_ != "nsubj" or verb.lemma_ not in _COMING or verb.tag_ != "VBD":
        return False
    if tree.negated(verb) or any(c.dep_ in _COMPLEMENTS for c in verb.children):
        return False  # "mum appeared anxious", "dad did not come in"
    if any(c.norm_ == "with" for c in verb.children):
        return False  # "mum came in with Kian": she brought him, or came with someone
    later = any(c.dep_ == "advmod" and c.lower_ in LATER for c in verb.children) or any(
        c.dep_ == "prep"
        and c.lower_ == "at"
        and any(g.like_num or any(ch.isdigit() for ch in g.text) for g in c.children)
        for c in verb.children
    )
    return later and any(kind == "SUBJ" and i < adult.i for i, kind in kinds.items())


# Coming to where the child already was, and what makes "appeared" a look, not an arrival.
_COMING = frozenset(["appear", "come", "arrive", "return", "turn"])
_COMPLEMENTS = frozenset(["acomp", "xcomp", "attr", "oprd", "dobj", "ccomp"])


def asked_out(adult) -> bool:
    """The adult was asked to leave the child and did not refuse: "Mum asked to step out"."""
    head = adult.head
    if adult.dep_ not in ("nsubj", "nsubjpass") or head.lemma_ not in ("ask", "request"):
        return False
    if any(
        c.lemma_ in ("refuse", "decline", "stay", "remain")
        and not any(g.dep_ == "nsubj" for g in c.children)  # not "pt still declined"
        for c in head.subtree
    ):
        return False  # "asked to wait outside but refused"
    if any(c.dep_ in ("dobj", "dative") for c in head.children):
        return False  # "Mother asked HV to go up and see Jayden": the one asked went
    return any(
        c.dep_ == "xcomp" and c.lemma_ in _STEP_OUT and not tree.negated(c) for c in head.children
    )


# What a carer asked to give the child time alone does: "asked to step out", "to leave the room".
_STEP_OUT = frozenset(["leave", "step", "wait", "go"])


# Who an adult calls from where the child is: "Mum called 999", "rang for an ambulance".
_EMERGENCY = frozenset(["999", "111", "ambulance", "police", "nwas", "paramedics"])


def stayed_away(adult) -> bool:
    """The adult did not come: "Mother has not visited since yesterday", "dad did not attend"."""
    verb = adult.head
    if adult.dep_ == "nsubj" and verb.lemma_ in PRESENCE_VERBS and tree.negated(verb):
        return True
    # "Mother refused to attend", "mother contacted by phone - declined to attend", "in custody,
    # mother refusing to attend"
    refusals = [c for c in adult.children if c.dep_ == "acl"]
    if adult.dep_ in ("nsubj", "nsubjpass"):
        refusals += [verb, *(c for c in verb.children if c.dep_ in ("conj", "advcl", "xcomp"))]
    return any(
        r.lemma_ in _REFUSE
        and any(c.dep_ == "xcomp" and c.lemma_ in PRESENCE_VERBS for c in r.children)
        for r in refusals
    )


_REFUSE = frozenset(["refuse", "decline"])


def reported_missing(adult) -> bool:
    """The adult reported the child missing ("reported missing by mother", "Mum reported her
    missing at 23:00"): the one who reported was not where the child was found."""
    if adult.dep_ == "pobj" and adult.head.lower_ == "by":
        verbs = [adult.head.head, adult.head.head.head]  # "reported missing by mother"
    elif adult.dep_ == "nsubj":
        verbs = [adult.head]
    else:
        return False
    return any(
        v.lemma_.lower() == "report" and any(t.lower_ in _MISSING for t in v.subtree) for v in verbs
    )


_MISSING = frozenset(["missing", "misper", "mfh", "absconded"])


def _clip_span(doc, start: int, end: int) -> str:
    words = doc[start:end]
    stop = next((t.i for t in words if t.is_punct), end)
    return doc[start:stop].text


def nobody_there(text: str) -> str:
    """Said outright, whoever else the entry names: "no family", "no adults at home"; "" if not."""
    doc = parse.parse(text)
    for token in doc:
        if token.lower_ in NO_ADULT and token.i + 1 < len(doc):
            follow = doc[token.i + 1]
            if follow.lemma_.lower() in ("adult", "family", "parent", "carer"):
                said = _clip_span(doc, token.i, min(len(doc), token.i + 5))
                return f"no parent or carer present: {said}"
    return ""


def _with_staff(doc, kinds: dict[int, str]) -> str:
    """A practitioner named as the one with the child: "with the DSL only", "with KP present",
    "KP stayed with Lils", "beside PC Hart". Only asked once no adult was there."""
    for i, kind in kinds.items():
        token = doc[i]
        if kind != "PRO":
            continue
        node = token
        while node.dep_ in ("compound", "amod", "det") and node.head.i != node.i:
            node = node.head  # "DSL present": the mention's noun phrase
        after = doc[node.i + 1 : node.i + 2]
        if (
            node.dep_ == "pobj"
            and node.head.norm_ in ("with", "beside", "alongside")
            and _with_the_child(node.head.head, kinds)
        ):
            return tree.clip(doc[node.head.i : node.i + 1 + len(after)].text.strip(" .,;"))
        if node.dep_ == "pobj" and node.head.lower_ == "by" and node.head.head.lemma_ in _BRING:
            # "Brought by Mrs Fielding (school)": a practitioner brought the child
            return tree.clip(doc[node.head.head.i : node.i + 1].text)
        if after and after[0].lower_ in ("present", "only"):
            return doc[token.left_edge.i : node.i + 2].text
        head = token.head
        if token.dep_ == "nsubj" and head.lemma_ in STAY and kinds.get(_object_of(head)) == "SUBJ":
            return doc[token.i : head.right_edge.i + 1].text  # "KP stayed with Lils"
    return ""


# Taking a child somewhere: whoever did it was with the child.
_BRING = frozenset(["bring", "accompany", "escort", "take", "drive", "walk"])


def _with_the_child(head, kinds: dict[int, str]) -> bool:
    """The word a "with the DSL" hangs on is the child's own verb ("Kian met at school with the
    DSL", "seen at nursery with TAC worker"), not the practitioner's visit ("visit with
    interpreter")."""
    if head.pos_ not in ("VERB", "AUX"):
        return False
    return any(kinds.get(c.i) == "SUBJ" for c in head.children if c.dep_ != "poss")


def _object_of(verb) -> int | None:
    """The person a verb is with or about: "stayed with Lils" -> Lils."""
    for child in verb.children:
        if child.dep_ == "prep" and child.norm_ == "with":
            for g in child.children:
                if g.dep_ == "pobj":
                    return g.i
    return None


def _a_time(token) -> bool:
    """ "before school", "after nursery": a time of day, not the place (but "after school club")."""
    before = token.nbor(-1).lower_ if token.i > 0 else ""
    after = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    return before in ("before", "after") and after not in ("club", "clubs", "provision")


def not_there(token, quoted: list[tuple[int, int]], kinds: dict[int, str] | None = None) -> bool:
    """An adult named in the entry who was not in the room with the child."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_ == "presence":
        return False  # "safe and well check in presence of mother": she was there
    if any(a <= token.idx < b for a, b in quoted):
        return True  # in the child's own words: 'daddy smack'
    if in_speech(token, ASK | SAYING | VOICE):
        # "Kian said he wants to stay with his aunty Bernie", "asked where his mum was": named,
        # not there
        return True
    if kinds is not None and _in_childs_account(token, kinds):
        return True  # "repeated her account that father grabbed her arm"
    if kinds is not None and _aside(token, kinds):
        return True  # "report of assault by father", "s20 with aunt agreed with father"
    if token.dep_ == "poss" and token.head.lemma_.lower() in _HELD_BY:
        return False  # "would not leave her mother's lap", "examined on mum's knee": there
    if any(c.dep_ == "case" for c in token.children) or token.dep_ == "poss":
        return True  # "mum's car", "at dad's"
    if token.dep_ == "compound" and token.head.pos_ == "NOUN" and not _person(token.head, kinds):
        return True  # "Neighbour report of children left alone": whose report, not who came
    if any(c.lower_ in ("no", "not") for c in token.children):
        return True  # "no adults at home"
    if stayed_away(token):
        return True  # "Mother has not visited since yesterday", "dad did not attend"
    if _UNAWARE.match(token.doc.text, token.idx + len(token.text)):
        return True  # "(dad not aware)", "mum not yet told": not in the room
    if _HANDED_TO.search(token.doc.text[max(0, token.idx - 50) : token.idx]):
        return True  # "D/C home with mother", "handed over to mum": the end, after the contact
    if _away_after(token):
        return True  # "Mum off ward (home)", "mum NCR", "Parent to be contacted": a fragment
    if reported_missing(token):
        return True  # "reported missing by mother": she was not where the child was found
    if asked_out(token):
        return True  # "Mum asked to step out"
    if kinds is not None and _came_with_the_child(token, kinds):
        return False  # "J arrived at 8.45 with mum": she came with him, so she was there
    if kinds is not None and came_later(token, kinds):
        return True  # "N found tidy up hard. Mum came in at 1": not there before she came
    if token.dep_ == "pobj" and token.head.norm_ == "with" and token.head.head.lemma_ in _MOVING:
        return False  # "PC went upstairs with the mother to check the children": she came too
    node = token
    for _ in range(4):
        if node.dep_ == "pobj" and node.head.lower_ in TOPIC | {"about", "of"}:
            return True  # "asked about mummy's friend"
        if node.lemma_.lower() in ABSENT_VERBS and node.i != token.i:
            return True  # "collected by nan", "phoned mum", "mum went home"
        if node.head.i == node.i:
            break
        node = node.head
    return False


# An adult who did not know of the contact: "dad not aware", "mum unaware", "has not been told".
_UNAWARE = re.compile(
    r"\s*(?:(?:is|was|were|has|had|have|does|did)\s+)?(?:not\s+|n't\s+|un|never\s+)"
    r"(?:been\s+|yet\s+)?(?:aware|told|informed|knows?|knew|notified)\b",
    re.IGNORECASE,
)

# The child given back to the carer at the end: "D/C home with mother", "handed to mum",
# "released into the care of MGM", "conveyed home to father".
_HANDED_TO = re.compile(
    r"\b(?:d/c(?:'d)?|discharged|went|taken|conveyed|returned|released|handed(?: back| over)?|"
    r"dropped(?: back| off)?)\b(?: home| back)?\s+(?:(?:in)?to|with)(?: the care of)?\s+"
    r"(?:(?:his|her|their|the)\s+)?$",
    re.IGNORECASE,
)


def _away_after(adult, now: bool = False) -> bool:
    """A fragment right after the adult puts them elsewhere: "Mum off ward (home)". ``now``:
    only where they were during the contact, not a call still to make ("Mum to be phoned"
    leaves open whether she was in the room)."""
    found = _AWAY_AFTER.match(adult.doc.text, adult.idx + len(adult.text))
    return found is not None and not (now and found.group().strip().lower().startswith("to be"))


# A note's verbless fragment putting the adult elsewhere, right after them: "Mum off ward
# (home)", "mum not present", "mum NCR" (no contact or reply), "mum arr. later", "Parent to be
# contacted".
_AWAY_AFTER = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?:is|was|were)\s+)?(?:not\s+present|not\s+in\s+attendance|"
    r"off\s+(?:the\s+)?ward|unable\s+to\s+attend|not\s+contactable|uncontactable|NCR\b|"
    r"arr(?:ived|\.)?\s+(?:shortly\s+)?(?:later|after)\b|"
    r"to\s+be\s+(?:contacted|informed|told|tel'?d|phoned|rung|called|updated|advised)\b)",
    re.IGNORECASE,
)

# Where a carer holds the child: "on mum's knee", "in her mother's arms".
_HELD_BY = frozenset(["lap", "knee", "arm", "arms", "side", "hand", "hip"])


# Going somewhere: whoever went "with" the one who went was there too.
_MOVING = frozenset(["go", "come", "arrive", "return", "walk"])


def _person(token, kinds: dict[int, str] | None) -> bool:
    """Whether the noun is someone: a person the entry names, or a word for one."""
    return (kinds is not None and token.i in kinds) or token.lemma_.lower() in _PEOPLE_NOUNS


_PEOPLE_NOUNS = frozenset(["friend", "partner", "boyfriend", "girlfriend", "carer", "member"])


def _came_with_the_child(token, kinds: dict[int, str]) -> bool:
    """The adult is the company of the child's own verb: "J arrived with mum", "came in with dad"."""
    if token.dep_ != "pobj" or token.head.norm_ != "with":
        return False
    verb = token.head.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and kinds.get(c.i) == "SUBJ" for c in verb.children)


def carer_away(text: str, roles: list[tuple[int, int, str]]) -> str:
    """Words saying a carer was elsewhere while the child was seen: "mum waited outside", "mum
    left the room", "without mum"; "" if none. Only the caller knows whether the child was seen
    (by the parse or by the rules); an absence says nothing about an entry in which they were not.
    """
    doc = parse.parse(text)
    return _carer_away(doc, tree.kinds_of(doc, roles))


def carer_there(text: str, roles: list[tuple[int, int, str]]) -> str:
    """A carer said to be in the room ("Mother present", "mum there throughout"), whoever else
    was away ("father at work"); "" if none is."""
    doc = parse.parse(text)
    return there_throughout(doc, tree.kinds_of(doc, roles))


def there_throughout(doc, kinds: dict[int, str]) -> str:
    """``carer_there`` on a parsed entry; a carer present only at first ("present initially,
    then took Finn to football") does not count."""
    for i, kind in kinds.items():
        after = doc[i + 1 : i + 3]
        before = doc[max(doc[i].sent.start, i - 3) : i]
        if (
            kind == "ADULT"
            and any(t.lower_ in ("present", "throughout") for t in after)
            and not any(t.lower_ in ("not", "no", "nor", "neither") for t in [*before, *after])
            and not any(t.lower_ in _AT_FIRST for t in doc[i + 1 : i + 6])
            and not _refused_company(doc[i])
            and _left_after(doc[i], kinds) is None  # "present for the baby check, went out"
        ):
            return doc[i : after[-1].i + 1].text
        if kind == "ADULT" and _with_the_child_throughout(doc[i], kinds):
            return doc[i : doc[i].head.i + 1].text if doc[i].head.i > i else doc[i].text
    return ""


def _with_the_child_throughout(adult, kinds: dict[int, str]) -> bool:
    """The carer's own verb keeps them with the child: "his parents remained with him
    throughout", "MGM kept hold of baby", "examined in her mother's presence"."""
    if adult.dep_ == "poss" and adult.head.lemma_ == "presence":
        return not tree.negated(adult.head.head)
    verb = adult.head
    if adult.dep_ not in ("nsubj", "conj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if tree.negated(verb) or tree.planned(verb) or any(c.tag_ == "MD" for c in verb.children):
        return False  # "agreed child can stay with her": an arrangement, not this contact
    if any(c.lower_ in AWAY or c.dep_ == "advcl" for c in verb.children):
        return False  # "stayed inside while SW sat with Ruby", "remained downstairs with Lacey"
    if verb.lemma_ in ("remain", "stay"):  # "remained with him throughout"
        return any(
            c.dep_ == "prep" and c.norm_ == "with" and kinds.get(g.i) == "SUBJ"
            for c in verb.children
            for g in c.subtree
        )
    held = [c for c in verb.children if c.dep_ in ("dobj", "prep")]
    held += [g for c in held if c.dep_ == "prep" for g in c.children]
    return (
        verb.lemma_ in ("hold", "keep", "cuddle")
        and verb.tag_ in ("VBD", "VBN")
        and any(kinds.get(t.i) == "SUBJ" for t in held)
    )


def _refused_company(token) -> bool:
    """The carer is the company the child would not speak in: "declined to speak with parents
    present", "did not want to talk with mum there"."""
    if token.dep_ != "pobj" or token.head.norm_ != "with":
        return False
    verb = token.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return tree.negated(verb) or (verb.dep_ == "xcomp" and verb.head.lemma_ in _REFUSE)


# A presence that ended: "present initially", "there at first", "present until 10:00".
_AT_FIRST = frozenset(["initially", "first", "start", "until", "till", "briefly"])


def carer_not_present(doc, kinds: dict[int, str]) -> str:
    """ "parents not present", "no family members present", "mum was not present"."""
    for token in doc:
        if token.lower_ not in ("present", "room") or not token.i:
            continue
        start = token.sent.start  # "no rash. Nan present": the "no" is not about nan
        window = doc[max(start, token.i - 4) : token.i]  # "mum" may be tagged a verb
        who = [t for t in window if t.pos_ in ("NOUN", "PROPN") or t.i in kinds]
        carer = [t for t in who if t.lemma_.lower() in CARERS or kinds.get(t.i) == "ADULT"]
        before = {t.lower_ for t in doc[max(start, token.i - 5) : token.i]}
        words = " ".join(t.lower_ for t in doc[max(0, token.i - 3) : token.i + 1])
        # "mum not in the room", "out of the room"; not "would not let mum leave the room"
        verbs = [t for t in doc[carer[0].i : token.i] if t.pos_ == "VERB"] if carer else []
        if carer and token.lower_ == "room" and before & {"not", "out"} and not verbs:
            return doc[carer[0].i : token.i + 1].text
        for nobody in ("no one else present", "nobody else present", "noone else present"):
            if words.endswith(nobody):  # "door closed, no one else present"
                return nobody
        negation = [
            t
            for t in doc[max(start, token.i - 5) : token.i]
            if t.lower_ in ("not", "no", "nobody", "none")
        ]
        if negation and all(_negates_other(t, token, carer) for t in negation):
            continue  # "DA enquiry not made as partner present": the "not" is the enquiry's
        one_of = carer and kinds.get(carer[-1].i) == "ADULT" and "no" not in before
        if one_of and not elsewhere.all_the_carers(carer[-1], kinds):
            continue  # "went up with Mum ... Dean not present": one carer, not every one
        if carer and before & {"not", "no", "nobody", "none"} and kinds.get(carer[-1].i) != "SUBJ":
            return doc[
                min(t.i for t in carer) - 1 if "no" in before else carer[0].i : token.i + 1
            ].text
    return ""


# Agreeing to go, said of a carer: "M agreed to leave", "dad offered to step out".
_CONSENT = frozenset(["agree", "offer", "consent", "volunteer"])


def _carer_away(doc, kinds: dict[int, str]) -> str:
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(doc.text)]
    for i, kind in kinds.items():
        if kind != "ADULT" or any(a <= doc[i].idx < b for a, b in quoted) or in_speech(doc[i]):
            continue  # "Mum reported low mood, 'struggling since Liam left'": not this contact
        token, head = doc[i], doc[i].head
        done = head.tag_ in ("VBD", "VBN") and not any(g.lower_ in EARLIER for g in head.subtree)
        if token.dep_ == "nsubj" and head.lemma_ == "leave" and done and not tree.negated(head):
            return tree.evidence(doc, token, head)  # "mum left the room", not "left before we came"
        agreed = [c for c in head.children if c.dep_ == "xcomp" and c.lemma_ in ("leave", "step")]
        consented = token.dep_ == "nsubj" and head.lemma_ in _CONSENT and done
        if consented and agreed and not tree.negated(head):  # "M agreed to leave"
            return tree.evidence(doc, token, agreed[0])
        then = _then_left(head) if token.dep_ == "nsubj" else None
        if then is not None:  # "Mum stayed for 20 minutes then left"
            return tree.evidence(doc, token, then)
        gone = _left_after(token, kinds)
        if gone is not None:  # "mum (Kelly) for first part - left approx 16:00", "went out"
            return tree.evidence(doc, token, gone)
        subject = token.head if token.dep_ == "conj" else token  # "paramedics and mother were"
        if subject.dep_ == "nsubj" and _in_another_room(subject.head):
            return tree.evidence(doc, token, subject.head)  # "while her mum stayed in the kitchen"
        if (
            token.dep_ == "nsubj"
            and head.lemma_ == "go"
            and done
            and any(g.lower_ in ("kitchen", "outside", "out", "off", "home") for g in head.subtree)
        ):
            return tree.evidence(doc, token, head)
        after = doc[token.i + 1 : token.i + 6]
        # the words up to the next clause or person: "seen with mum; Dean waited in car" is Dean
        near = next(
            (t.i for t in after if t.text in (";", ",", "-", "–") or t.i in kinds), after.end
        )
        # not another's going after a preposition: "seen behind mum before going upstairs"
        stay = [t for t in after[:3] if t.lemma_ in STAY and t.dep_ != "pcomp" and t.i < near]
        refused = any(t.lemma_ in _REFUSE for t in doc[token.i + 1 : token.i + 9])
        if (
            stay
            and (stay[0].lemma_ == "wait" or any(t.lower_ in AWAY for t in after))
            and not refused
        ):
            return doc[token.i : after[-1].i + 1].text  # "mother waited outside", parsed or not
        if (
            any(c.lower_ == "present" for c in token.children)
            and any(c.dep_ == "neg" for c in token.subtree)
            and elsewhere.all_the_carers(token, kinds)  # "Dean not present" says nothing of mum
        ):
            return tree.evidence(doc, token, token)
        if token.dep_ == "pobj" and head.lower_ == "without":
            return tree.evidence(doc, head, token)
        if _placed_apart(token):
            return doc[token.i : token.i + 2].text  # "D seen w/ sister, mum elsewhere in house"
        lead = head if token.dep_ == "conj" and head.dep_ == "nsubj" else token
        if lead is not token and kinds.get(lead.i) not in (None, "ADULT"):
            lead = token  # "Kai and mum were outside": the child went with her
        clause = lead.head if lead.dep_ == "nsubj" else token
        # another carer, not this one named again ("Mother on scene ... mother followed")
        others = [j for j, k in kinds.items() if k == "ADULT" and doc[j].lower_ != lead.lower_]
        if lead.dep_ == "nsubj" and _went_separately(lead.head) and not others:
            return tree.evidence(doc, lead, lead.head)  # "mother followed in own vehicle"
        if lead.dep_ == "nsubj" and lead.head.lemma_ in _ALONGSIDE:
            continue  # "Mother followed officers upstairs", "dad showed SW up": she came along
        if (
            lead.dep_ == "nsubj"
            and lead.head.lemma_ in ("take", "bring")
            and any(
                c.dep_ == "dobj" and kinds.get(c.i) in ("PRO", "SUBJ") for c in lead.head.children
            )
        ):
            continue  # "Dad took HV upstairs to see Bella": he went with her
        if clause.lemma_ in _STRUCK_OUT:
            continue  # "F's drawing (dad scribbled out)": the drawing's dad, not a carer gone
        if (
            lead.dep_ in ("nsubj", "ROOT", "appos")
            and any(
                t.lower_ in AWAY
                and t.i > token.i
                and not _waiting_list(t)
                and (t.lower_ not in PLACE_WORDS or t.head.i == clause.i or t.i == clause.i)
                for t in clause.subtree
            )
            and not any(t.lemma_ in _REFUSE for t in clause.subtree)
        ):
            # "upstairs", "out": the adult's own place ("Mother was upstairs"), not the child's
            return tree.evidence(doc, lead, clause)
        if (
            token.dep_ == "nsubj"
            and head.lemma_ == "be"
            and any(c.dep_ == "neg" for c in head.children)
            and any(c.lower_ == "present" for c in head.children)
            and elsewhere.all_the_carers(token, kinds)
        ):
            return tree.evidence(doc, token, head)
        if elsewhere.out_of_the_house(token, kinds):
            return doc[token.i : token.i + 2].text  # "parents out"
        busy = elsewhere.busy_elsewhere(token, kinds)
        if busy is not None:  # "who then went to the pharmacy": the words from "who"
            who = next((c for c in busy.children if c.dep_ == "nsubj"), token)
            return tree.evidence(doc, who if busy.dep_ == "relcl" else token, busy)
    return ""


def _left_after(adult, kinds: dict[int, str]):
    """A subjectless "left" or "went out" in the adult's own phrase, however the parse joins it:
    "mum (Kelly) for first part - left approx 16:00 for her shift", "Michelle present for the
    baby check, went out before I had finished"; None if none. Not a leaving with the child, at
    the end, before the contact, or not done."""
    doc = adult.doc
    if adult.dep_ in ("dobj", "pobj", "dative"):
        return None  # "asked Steve for money and left": the asker left
    for t in doc[adult.i + 1 : adult.i + 12]:
        if t.text in (";", ".") or (
            kinds.get(t.i) in ("SUBJ", "SIB")
            and t.dep_ not in ("compound", "poss", "det")
            and t.head.dep_ != "compound"
        ):
            return None  # the phrase of another (not "the baby check"), or another sentence
        out = t.lemma_ == "go" and any(c.lower_ in ("out", "off", "home") for c in t.children)
        if not (t.lemma_ == "leave" or out) or t.tag_ not in ("VBD", "VBN"):
            continue
        if t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _SIDES:
            continue  # "reddened left cheek": a side, not a going
        own = [c for c in t.children if c.dep_.startswith("nsubj") and c.i != adult.i]
        if t.dep_ == "conj":  # "stepson came downstairs ... and left": the first verb's doer
            own += [c for c in t.head.children if c.dep_.startswith("nsubj") and c.i != adult.i]
        # "went out before I had finished Tia's check": during the contact, not before it
        during = {g.i for c in t.children if c.lemma_ in _FINISH for g in c.subtree}
        words = {g.lower_ for g in t.subtree if g.i not in during}
        if own or tree.negated(t) or words & (EARLIER | {"end", "with"}):
            return None  # "left at the end", "left with Jo", "left before we arrived"
        return t
    return None


# What "left" names when it is a side: "reddened left cheek", "left arm".
_SIDES = frozenset(
    ["cheek", "arm", "leg", "eye", "ear", "side", "hand", "foot", "knee", "shoulder", "wrist",
     "thigh", "temple", "forearm", "buttock", "hip", "ankle", "elbow", "upper", "lower"]
)  # fmt: skip

_FINISH = frozenset(["finish", "complete", "end", "conclude"])


# Verbs that put a person out of a picture, not out of the house: "dad scribbled out".
_STRUCK_OUT = frozenset(["scribble", "cross", "rub", "blot", "black", "score", "strike", "colour"])


# Where a carer is, said straight after them in a phrase of its own: "mum elsewhere in house".
_APART = frozenset(["elsewhere", "outside", "downstairs", "upstairs"])


def _placed_apart(token) -> bool:
    """The carer opens a verbless phrase of their own that puts them away: ", mum elsewhere in
    house", "- dad downstairs", however the parse joins it to what came before."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ not in _APART:
        return False
    opens = token.i == token.sent.start or doc[token.i - 1].lower_ in (",", ";", "-", "–", "while")
    return opens and not tree.negated(token.head)


def _waiting_list(token) -> bool:
    """ "asked re CAMHS waiting time", "on the waiting list": a wait, not a place."""
    after = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    return token.lower_ == "waiting" and after in ("time", "times", "list", "lists")


def _went_separately(verb) -> bool:
    """The carer travelled apart from the child: "mother followed in own vehicle", "dad made
    his own way to ED", "nan travelled separately"."""
    if verb.lemma_ not in ("follow", "travel", "make", "go", "drive") or tree.negated(verb):
        return False
    words = {t.lower_ for t in verb.subtree}
    own_way = verb.lemma_ == "make" and {"own", "way"} <= words
    apart = "separately" in words or ("own" in words and bool(words & _VEHICLES))
    return own_way or apart


_VEHICLES = frozenset(["car", "vehicle", "transport", "taxi"])


# Going with the practitioner to where the child is.
_ALONGSIDE = frozenset(["follow", "accompany", "lead", "show", "escort"])


def _then_left(verb):
    """A "left" joined to the adult's verb with the same subject ("stayed for 20 minutes then
    left", "sat in at first and later left"), done and not negated; None if none."""
    for c in verb.children:
        if (
            c.dep_ in ("conj", "advcl")  # the parser reads "then left" either way
            and c.lemma_ == "leave"
            and c.tag_ in ("VBD", "VBN")
            and not tree.negated(c)
            and not any(g.dep_.startswith("nsubj") for g in c.children)
            # not a leaving with the child or at the end: "left at the end with her"
            and not any(g.lower_ in ("end", "with", "together") for g in c.subtree)
        ):
            return c
    return None


# Rooms of a home or a building where a carer may be while the child is elsewhere.
_ROOMS = frozenset(["kitchen", "lounge", "garden", "hallway", "bedroom", "bathroom", "car"])


def _in_another_room(verb) -> bool:
    """The adult's stay in a room of their own, said as going on while the contact did: "while
    her mum stayed in the kitchen", "whilst dad waited in the lounge"."""
    if not any(c.dep_ == "mark" and c.lower_ in ("while", "whilst") for c in verb.children):
        return False
    rooms = {  # "stayed in lounge - asked": the parse may hang the room on the next verb
        t.lower_
        for t in verb.subtree
        if t.lower_ in _ROOMS and (t.dep_ == "pobj" or t.i and t.nbor(-1).lower_ in ("in", "into"))
    }
    if not rooms:
        return False
    if verb.lemma_ in STAY:
        return True
    # another doing, in a room other than the contact's: "FSW played Lego with Mason at the
    # kitchen table while M talked to MGM in lounge"
    inside = {t.i for t in verb.subtree}
    contact = {t.lower_ for t in verb.head.subtree if t.lower_ in _ROOMS and t.i not in inside}
    return bool(contact) and not contact & rooms


def presence_of_staff(doc, kinds: dict[int, str]) -> str:
    """ "In the presence of his solicitor and an appropriate adult": the people the contact was
    in the presence of are practitioners only, no parent or carer among them; "" if not."""
    for token in doc:
        if token.lemma_ != "presence" or tree.negated(token.head):
            continue
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None or not any(c.dep_ == "pobj" for c in of.children):
            continue
        if not any(kinds.get(t.i) == "SUBJ" for t in token.sent):
            continue  # a contact with the child in it
        people = [t for t in token.subtree if t.i in kinds and t.dep_ != "poss"]
        if any(kinds[t.i] in ("ADULT", "SUBJ") for t in people):
            continue  # "in the presence of mother", "of an appropriate adult (his mother)"
        return tree.clip(doc[token.i : token.right_edge.i + 1].text)
    return ""


def _in_childs_account(token, kinds: dict[int, str]) -> bool:
    """The adult is inside the child's own account, statement or words ("her account that father
    grabbed her", "described her stepfather coming into her room"), not in the room."""
    for node in token.ancestors:
        said = node.lemma_ in VOICE | SAYING and node.pos_ == "VERB"
        owned = node.lemma_ in UTTERANCES and node.pos_ == "NOUN"
        if said and any(c.dep_ == "nsubj" and kinds.get(c.i) == "SUBJ" for c in node.children):
            return True
        if owned and any(c.dep_ == "poss" and kinds.get(c.i) == "SUBJ" for c in node.children):
            return True
    return False


def _aside(token, kinds: dict[int, str]) -> bool:
    """An adult named in passing, in a sentence that is not about the contact with the child:
    the object of a preposition on a noun ("a report of assault by father", "referral from mum"),
    or a non-subject in a sentence naming neither the child nor anyone's presence."""
    node = token
    while node.dep_ in ("compound", "amod", "appos", "conj") and node.head.i != node.i:
        node = node.head
    if node.dep_ in ("nsubj", "nsubjpass", "ROOT"):
        return False  # "mum tearful", "dad held him": the adult does something there
    sentence = token.sent
    if any(t.lower_ in THERE - {"in"} or t.lower_ in ("room", "lap") for t in sentence):
        return False  # "nan present", "dad there throughout", "on mum's lap"
    holder = node.head.head
    if (
        node.dep_ == "pobj"
        and holder.pos_ in ("NOUN", "PROPN")
        and holder.lemma_ not in SEE_NOUNS
        and node.head.norm_ != "with"
    ):
        return True  # "report of assault by father", "referral from mum"
    return not any(kinds.get(t.i) == "SUBJ" for t in sentence)


def _someone_elses(place, kinds: dict[int, str]) -> bool:
    """The setting is where another child was ("Tyler at school"): its clause names a sibling and
    not the subject."""
    sentence = place.sent
    clause = [
        t
        for t in sentence
        if t.i <= place.i
        and not any(p.is_punct and p.lower_ in (",", ";", "-") for p in sentence.doc[t.i : place.i])
    ]
    who = {kinds.get(t.i) for t in clause} - {None, "PRO"}
    return "SIB" in who and "SUBJ" not in who


def _negates_other(negation, present, carer: list) -> bool:
    """A "not" that belongs to another verb than the carer's presence: "enquiry not made as
    partner present" (its head is "made"), unlike "mum not present" or "no family present"."""
    head = negation.head
    if (
        head.i == present.i
        or head in carer
        or negation.i + 1 < len(negation.doc)
        and (negation.doc[negation.i + 1] in carer)
    ):
        return False
    if any(c.i == present.i or c in carer for c in head.children):
        return False  # "mum was not present": "not" on the copula whose subject is mum
    return head.pos_ in ("VERB", "AUX") and head.i < min([present.i, *(c.i for c in carer)])


def alone_later(text: str, roles: list[tuple[int, int, str]], after: int) -> str:
    """Words after character ``after`` saying the child was then on their own: "then on his own",
    "seen by the nurse on her own the next morning", "while Mother was out of the cubicle", "stayed
    in the room with his key person"; "" if none. A later part of the contact, or a later
    contact, in which the carer was gone."""
    doc = parse.parse(text)
    kinds = tree.kinds_of(doc, roles)
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
    for token in doc:
        if token.idx < after:
            continue
        own = token.lower_ == "own" and token.head.lower_ == "on"
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), token.head)
        before = doc[token.i - 1] if token.i else token
        if before.dep_ == "dobj" and before.head.pos_ == "VERB":
            verb = before.head  # "not possible to see him alone": see's, however it is parsed
        if (
            (token.lower_ in ALONE or own)
            and not any(a <= token.idx < b for a, b in quoted)  # 'leave us alone', in her words
            and not in_speech(token)  # "Mum said she had found him alone one night": her account
            and verb.lemma_ != "leave"
            and not tree.negated(verb)
            and not tree.planned(verb)  # "Plan: see Kian alone next time"
            and not _offered(token)  # "Asked R if she wanted to talk privately - declined"
            and not _addressed_other(
                verb, kinds
            )  # "saw Mason alone", "speak to Ms Okafor on her own"
        ):
            return tree.clip(token.sent.text.strip(" .;:,"))
    away = _carer_away(doc, kinds)
    if away and text.find(away) >= after:
        return f"carer away: {away}"
    later = elsewhere.later_in_setting(doc, kinds, after)
    if later:
        return f"later, where carers are not: {later}"
    for i, kind in kinds.items():  # "Ayaan stayed in the room with his key person"
        token = doc[i]
        while token.dep_ in ("compound", "amod", "det") and token.head.i != token.i:
            token = token.head
        verb = token.head.head if token.dep_ == "pobj" and token.head.norm_ == "with" else None
        if (
            kind == "PRO"
            and token.idx >= after
            and verb is not None
            and verb.pos_ == "VERB"
            and any(kinds.get(c.i) == "SUBJ" and c.dep_ == "nsubj" for c in verb.children)
            and not any(kinds.get(t.i) == "ADULT" for t in verb.subtree)
            and not tree.negated(verb)  # "did not engage with HV": no time with the HV at all
        ):
            return f"only staff: {tree.clip(doc[verb.i : token.i + 1].text)}"
    return ""


_OFFERING = frozenset(["offer", "invite", "decline", "refuse"])


def _offered(token) -> bool:
    """The "alone" is put to the child, not had: inside a question ("asked if she wanted to talk
    privately") or an offer, taken or turned down ("offered 1:1", "declined to be seen alone")."""
    for node in (token, *token.ancestors):
        if node.lemma_.lower() in _OFFERING:
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in node.children):
            return True
        if node.dep_ in ("ccomp", "advcl") or node.head.i == node.i:
            return False  # past the clause the alone is in
    return False


def later_with_staff(text: str, roles: list[tuple[int, int, str]]) -> str:
    """A later sentence of the entry in which a school's or nursery's own staff saw or asked
    the child, no adult of the family in it: "Later in the morning key person asked Maisie"."""
    doc = parse.parse(text)
    later = elsewhere.later_in_setting(doc, tree.kinds_of(doc, roles), 0)
    return f"later, where carers are not: {later}" if later else ""


def _addressed_other(verb, kinds: dict[int, str]) -> bool:
    """The verb's object is a sibling or an adult ("saw Mason alone", "speak to Ms Okafor on her
    own"), so the "alone" is theirs, not the child's."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and kinds.get(child.i) in ("SIB", "ADULT"):
            return True
        people = [kinds.get(g.i) for g in child.children if g.dep_ == "pobj"]
        if child.dep_ == "prep" and child.lower_ == "to" and {"SIB", "ADULT"} & set(people):
            return True
    return False
