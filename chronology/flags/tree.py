"""Walking the dependency tree: the verb a person takes part in, its negation, plan or reported
speech, and the words kept as evidence.
"""

from __future__ import annotations

from chronology.flags.frames import (
    ARRIVE,
    CLIMB,
    CONDITION,
    FAILURE,
    PARTICIPANT,
    PLAN_VERBS,
    PLANNED,
    POLICE_ACTIONS,
    REMOTE,
    SAYING,
    SEE_NOUNS,
    TOPIC,
    VOICE,
)


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


def neither(token) -> bool:
    """ "neither Archie nor his sister were seen": the participant itself is negated."""
    before = token.doc[max(0, token.left_edge.i - 1) : token.i]
    return any(t.lower_ in ("neither", "nor") for t in [*token.children, *before])


def remote(verb) -> bool:
    """A contact by telephone: "tel consult", "spoke to Leo on the phone", "by video call"."""
    before = verb.doc[max(0, verb.i - 2) : verb.i]  # "Tel consult", "phone call with"
    by = [g for c in verb.children if c.dep_ == "prep" for g in c.children]  # "by phone"
    by += [c for g in by for c in g.children if c.dep_ == "compound"]  # "by phone - B", misparsed
    door = verb.lemma_ in ("speak", "talk", "chat", "ask", "shout") and any(
        c.lower_ == "through" and any(g.lower_ == "door" for g in c.children) for c in verb.children
    )  # "spoke to him through the door": heard, not seen; not "saw them through the patio door"
    # not a clause of its own joined to it: "Spoke to N with PC Gill - mum rang, on her way in"
    own = [c for c in verb.children if not any(g.dep_.startswith("nsubj") for g in c.children)]
    # "Spoke to Erin ... - Tanya rang 11:40": the parse's head, past a dash, is her call
    head = verb.head
    doers = [c for c in head.children if c.dep_.startswith("nsubj")]
    apart = head.i > verb.i and any(t.text in ("-", "–", ";") for t in verb.doc[verb.i : head.i])
    if not (apart and doers):
        own.append(head)
    return door or any(t.lower_ in REMOTE for t in [*own, *before, *by])


def kinds_of(doc, roles: list[tuple[int, int, str]]) -> dict[int, str]:
    kinds = {}
    for start, end, kind in roles:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            kinds[span.root.i] = kind
    return kinds


def verb_of(token):
    """The verb whose participant ``token`` is, and how it takes part; (None, "") if none."""
    for _ in range(3):
        if token.dep_ in CLIMB and token.head.i != token.i:
            token = token.head
            continue
        break
    head = token.head
    between = token.doc[min(token.i, head.i) : max(token.i, head.i)]
    if any(t.text == ";" for t in between):
        return None, ""  # "Three children in the house; 10yo spoken to": another clause's verb
    if token.dep_ == "pobj" and head.lower_ in TOPIC:
        return None, ""  # "consult with mother re child": the child is the topic
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
        if head.lemma_ in SEE_NOUNS and head.pos_ == "NOUN":
            return head, "pobj"
    if token.dep_ in ("acl",):
        return None, ""
    if token.dep_ == "nsubj" and head.lemma_ in ARRIVE and head.pos_ == "VERB":
        return head, "nsubj"
    if token.dep_ in PARTICIPANT or (
        token.dep_ == "nsubj" and participle(head) and not active(head)
    ):
        return (head, token.dep_) if head.pos_ in ("VERB", "AUX") else (None, "")
    # "Grandmother seen at the desk": the participant is the noun the participle hangs on
    for child in token.children:
        across = token.doc[min(token.i, child.i) : max(token.i, child.i)]
        if any(t.text == ";" for t in across):
            continue  # "Three children in the house; 10yo spoken to": another clause's
        if child.dep_ == "acl" and child.tag_ == "VBN":
            return child, "acl"
    if token.dep_ == "dobj" and head.pos_ in ("NOUN",) and head.head.pos_ == "VERB":
        return head.head, "dobj"
    return None, ""


def active(verb) -> bool:
    """A seeing verb's participle in an active perfect ("he'd seen his dad", "she had found the
    tablets"): its subject is the one who saw, not the one seen."""
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return perfect and verb.lemma_ in ("see", "observe", "view", "sight", "find", "watch")


def participle(verb) -> bool:
    """A past participle, even where the tagger reads it as a past tense: in a note's telegraphic
    passive ("Kian spoken to in the office", "Millie seen at school") the form says so."""
    if verb.tag_ == "VBN":
        return True
    word = verb.lower_
    if verb.tag_ == "VBD" and word.endswith(("en", "wn")) and word != verb.lemma_:
        return True
    # "DP interviewed u/c", "Child examined by FME": a verb done only to a person, with no person
    # as its object and no auxiliary, is the note's passive
    return (
        verb.tag_ == "VBD"
        and verb.lemma_ in DONE_TO
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and not any(c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON") for c in verb.children)
    )


# Verbs a practitioner does to a child; the child, as their subject, is the one they are done to.
DONE_TO = frozenset(["interview", "examine", "weigh", "measure", "immunise", "vaccinate"])


# A subject that is nobody, or a place in none of the occasions: "Nobody asked him",
# "on none of them was Reuben seen".
NOBODY = frozenset(["nobody", "noone", "no-one", "none", "neither"])
# A clause that is the content of a record said not to exist: "there is no record that the
# school saw Bethany", "no evidence that anyone asked him".
RECORDS = frozenset(["record", "evidence", "indication", "note", "mention", "sign"])


def _nobody(token) -> bool:
    """Whether the verb's subject or occasion is no one: "Nobody asked", "on none of them"."""
    for c in token.children:
        if c.dep_ in ("nsubj", "nsubjpass") and (
            c.lower_ in NOBODY or any(d.lower_ == "no" and d.dep_ == "det" for d in c.children)
        ):  # "no one", "no health professional saw Lily-Mae"
            return True
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in NOBODY for g in c.children):
            return True
    return False


def _unrecorded(token) -> bool:
    """Whether the verb is what a record said not to exist records: "no record that X saw Y"."""
    head = token.head
    return (
        token.dep_ in ("acl", "ccomp", "relcl")
        and head.lemma_.lower() in RECORDS
        and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)
    )


# Verbs a record uses to show something happened: "none of the records shows Ella being spoken
# to", "the notes do not evidence that he was seen".
SHOWING = frozenset(["show", "record", "indicate", "evidence", "document", "confirm", "suggest"])


def _shown_by_none(token) -> bool:
    """The clause is what a record is said not to show: "none of the records shows X"."""
    head = token.head
    return (
        token.dep_ == "ccomp"
        and token.i > head.i  # not a clause before it, across a ";" the parse missed
        and head.lemma_.lower() in SHOWING
        and (_nobody(head) or any(c.dep_ == "neg" for c in head.children))
    )


def negated(verb) -> bool:
    token = verb
    for _ in range(4):
        if any(c.dep_ == "neg" for c in token.children):
            return True
        if _nobody(token) or _unrecorded(token) or _shown_by_none(token):
            return True
        if token.dep_ == "pcomp" and token.head.lower_ == "without":
            return True
        if token.lemma_.lower() in FAILURE and token.i != verb.i and not _to_try(token):
            return True
        # "on none of them was Reuben seen": the parse hangs the inverted passive on its "was"
        inverted = token.dep_ == "ccomp" and token.head.lemma_ == "be" and token.head.i < token.i
        if inverted and token.head.pos_ == "AUX":
            token = token.head
            continue
        if token.dep_ == "ccomp" and token.head.lemma_ in ("let", "allow", "permit"):
            token = token.head  # "would not let mum leave the room": she did not leave
            continue
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        if infinitive and token.dep_ in ("ccomp", "advcl", "conj") and token.head.i != token.i:
            token = token.head  # "did not wake them to check ... or to ask them": not done
            continue
        if token.dep_ not in ("xcomp", "acomp", "conj") or token.head.i == token.i:
            break
        if token.dep_ == "conj" and not any(c.dep_ == "neg" for c in token.head.children):
            break
        token = token.head
    return False


def _to_try(token) -> bool:
    """A try still to be made: "Try to see D on his own next time", "will try again". A try in
    the past ("tried to see him") failed."""
    return token.lemma_.lower() in ("try", "attempt") and token.tag_ in ("VB", "VBP")


def held_by_police(doc, kinds: dict[int, str]):
    """The verb of an officer's action on the child ("E stopped and searched in the park",
    "KAI ROBINSON (16) detained on the bridge", "arrested Jack"), done and not negated or
    planned; None if none. The child was in front of the officers."""
    for i, kind in kinds.items():
        token = doc[i]
        while token.dep_ in CLIMB and token.head.i != token.i:
            token = token.head  # "Child E" -> E; "Jack and Amy" -> Jack
        verb = token.head
        if kind != "SUBJ" or verb.lemma_ not in POLICE_ACTIONS or verb.pos_ != "VERB":
            continue
        patient = token.dep_ in ("nsubjpass", "dobj")
        noted = (
            token.dep_ == "nsubj"
            and verb.tag_ in ("VBD", "VBN")
            and not any(c.dep_ in ("dobj", "dative") for c in verb.children)
        )  # a note's passive: "E stopped", not "E stopped going to school"
        going = any(c.dep_ == "xcomp" for c in verb.children)  # "stopped going"
        # not what someone said happened: "mum rang to say he was arrested last night"
        told = any(a.lemma_ in SAYING and a.i < verb.i for a in verb.ancestors)
        if (patient or noted) and not (going or told or negated(verb) or planned(verb)):
            return verb
    return _note_action(doc, kinds)


def _note_action(doc, kinds: dict[int, str]):
    """An officer's action written as a note's subjectless participle ("MISPER: SOPHIE GRANT
    (16) reported missing. Located 03:10 in a car"), or straight after the child named as a
    heading ("THOMAS, Deshawn (17) stopped on Coldharbour Lane"): the entry's subject, the only
    child it names, is who was acted on. None when another child is named, who could be the one,
    or the verb has an object of its own ("Stopped the car", "stopped attending")."""
    if "SIB" in kinds.values() or "SUBJ" not in kinds.values():
        return None
    first = min(i for i, kind in kinds.items() if kind == "SUBJ")
    for verb in doc:
        if verb.lemma_.lower() not in POLICE_ACTIONS or verb.tag_ not in ("VBD", "VBN"):
            continue
        if verb.i < first or negated(verb) or planned(verb):
            continue
        # the note starts after its heading ("Stop & search: THOMAS, ..."); a time is no object
        start = max(
            [verb.sent.start, *(t.i + 1 for t in verb.sent if t.i < verb.i and t.text == ":")]
        )
        own = [
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "xcomp", "ccomp")
            and c.i >= start
            and not (c.like_num or c.shape_ in ("dd:dd", "d:dd", "dddd"))
        ]
        if own:
            continue
        words = [t for t in doc[start : verb.i] if not (t.is_punct or t.like_num)]
        if not words:
            return verb  # "Located 03:10 in a car"
        last = words[-1]
        if kinds.get(last.i) == "SUBJ" or (last.dep_ in CLIMB and kinds.get(last.head.i) == "SUBJ"):
            return verb  # "THOMAS, Deshawn (17) stopped"
    return None


def tried(verb) -> bool:
    """The verb is what someone tried or attempted ("tried to talk with C"): a failure word, not
    a "not", is its negation."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in ("try", "attempt")
        and not any(c.dep_ == "neg" for c in (*verb.children, *head.children))
    )


def planned(verb) -> bool:
    """A plan or a condition ("to be seen", "will visit", "once seen"): nothing happened yet."""
    if negated(verb):
        return False  # "unable to see" is a failure, said as such
    if verb.pos_ == "NOUN" and verb.head.lemma_ in PLAN_VERBS:
        return True  # "ABE interview to be considered", "direct work rebooked"
    if any(t.lower_ == "tomorrow" and t.head.i == verb.i for t in verb.subtree):
        return True  # "Joint visit to Connor at school 10:00 tomorrow"
    if _under_plan_heading(verb):
        return True  # "Plan: see C alone at next appt"
    if _taken_chance(verb):
        return False  # "used the short period when he was away to talk with LM": she did
    for token in (verb, verb.head):
        if any(c.dep_ == "aux" and c.lemma_ in PLANNED | {"to"} for c in token.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in CONDITION for c in token.children):
            return True
        if _a_purpose(token):
            return True  # "offer appt in town so can see K on her own"
        if token.dep_ not in ("xcomp", "conj"):
            break
    return False


def _a_purpose(verb) -> bool:
    """ "so (that) [we] can see": what a plan is for, not what happened ("went into the kitchen
    so SW could speak to Danny" happened)."""
    children = list(verb.children)
    able = any(c.dep_ == "aux" and c.lower_ == "can" for c in children)  # not a done "could"
    return able and any(c.lower_ == "so" and c.dep_ in ("mark", "advmod") for c in children)


def _taken_chance(verb) -> bool:
    """An infinitive for which a chance was taken ("took the opportunity to speak with K",
    "used the short period when Dean was away to talk with LM"): done, not planned."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(
        a.lemma_ in ("use", "take")
        and a.tag_ == "VBD"
        and any(c.dep_ == "dobj" and c.lemma_ in _CHANCES for c in a.children)
        for a in list(verb.ancestors)[:3]
    )


_CHANCES = frozenset(["opportunity", "chance", "time", "period", "moment", "break", "gap"])


# Headings in a note under which what follows is still to be done: "Plan: see C alone".
_PLAN_HEADINGS = frozenset(["plan", "action", "actions", "next", "steps", "todo"])


def _under_plan_heading(verb) -> bool:
    """The verb follows a "Plan:" heading in its own sentence, with no full stop between."""
    before = verb.doc[verb.sent.start : verb.i]
    colon = next((t for t in before if t.text in (":", "-")), None)
    if colon is None:
        return False
    head = [t for t in before if t.i < colon.i]
    return bool(head) and head[-1].lower_ in _PLAN_HEADINGS and len(head) <= 2


def hedged(verb) -> bool:
    """A sighting the writer was not sure of: "poss saw M at window", "he believed he saw Mia"."""
    if any(c.lower_ in _HEDGES for c in verb.children):
        return True
    return (
        verb.dep_ == "ccomp" and verb.head.lemma_ in ("believe", "think") and verb.head.i < verb.i
    )


_HEDGES = frozenset(["poss", "possibly", "perhaps", "maybe", "probably", "?"])


def reported(verb, kinds: dict[int, str]) -> bool:
    token = verb
    while token.dep_ in ("ccomp", "advcl", "conj", "xcomp") and token.head.i != token.i:
        token = token.head
        if token.lemma_ in SAYING and token.i < verb.i:
            speakers = [c for c in token.children if c.dep_ == "nsubj"]
            if speakers and kinds.get(speakers[0].i) not in ("PRO", "SUBJ"):
                return True  # "mother said Leo was fine"; not the child's own account
    return False


def evidence(doc, participant, verb) -> str:
    """The decisive words: from the participant to the verb, with the verb's negation and place."""
    start = min(participant.left_edge.i, verb.i)
    for c in verb.children:  # "Nobody asked him", "no record that anyone asked him why"
        if (
            c.dep_ in ("nsubj", "nsubjpass")
            and c.i < start
            and (_nobody(verb) or c.lower_.startswith("any"))
        ):
            start = c.left_edge.i
    if _unrecorded(verb):
        start = min(start, verb.head.left_edge.i)
    head = verb.head
    if verb.dep_ == "ccomp" and head.lemma_ == "be" and head.pos_ == "AUX" and _nobody(head):
        start = min(start, head.left_edge.i)  # "on none of them was Reuben seen"
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


def in_speech(token, verbs: frozenset[str] = SAYING | VOICE) -> bool:
    """The word is inside what someone said ("said he wants to stay with his aunt"), not its
    speaker; with ``verbs`` widened to questions, inside what was asked ("asked whether anything
    was worrying him at home")."""
    node = token
    for _ in range(8):
        head = node.head
        if head.i == node.i:
            return False
        if (
            node.dep_ in ("ccomp", "xcomp")
            and head.lemma_ in verbs
            and head.pos_ == "VERB"
            and head.i < token.i  # what is said follows the saying verb
        ):
            return True
        node = head
    return False
