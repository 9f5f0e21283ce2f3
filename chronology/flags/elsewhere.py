"""A carer taken up elsewhere during the child's contact: interviewed or seen themselves, at a
meeting of their own, gone on an errand, in another place; or a later part of the contact in a
school's own care. ``presence`` asks it once for each adult named.
"""

from __future__ import annotations

from chronology.flags import tree
from chronology.flags.frames import (
    ASK,
    EARLIER,
    MEANWHILE,
    OWN_BUSINESS,
    SEE,
    SETTING,
    SETTING_ABBREVIATIONS,
)


def busy_elsewhere(adult, kinds: dict[int, str]):
    """The adult's own verb when they were taken up elsewhere during the child's contact; None
    if not. Interviewed, spoken to or seen themselves while the child was ("Mother was
    interviewed while Jack was spoken to", "mother being interviewed at the time"), at a
    meeting of their own ("while his mother attended a meeting"), or gone to another place
    ("brought by his mother, who then went to the pharmacy"). Their verb names no child."""
    place = _elsewhere_place(adult, kinds)
    if place is not None:
        return place
    apart = _spoken_to_apart(adult, kinds)
    if apart is not None:
        return apart
    verb, how = adult.head, adult.dep_
    for child in adult.children:
        if child.dep_ == "relcl":  # "his mother, who then went to the pharmacy"
            verb, how = child, "nsubj"
    if how not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    for then in verb.children:  # "mother joined for ten minutes, then left the room"
        own = any(c.dep_.startswith("nsubj") for c in then.children)
        joined = then.dep_ in ("conj", "dep")  # the parser's "dep" for "..., then left"
        left = joined and then.lemma_ == "leave" and then.tag_ == "VBD" and not own
        if left and not tree.negated(then) and not _names_the_child(then, kinds):
            return then
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
    sightings = [_sighting(doc[i]) for i, kind in kinds.items() if kind == "SUBJ"]
    for child_verb in sightings:
        if child_verb is None or child_verb.i == verb.i:
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


def _elsewhere_place(adult, kinds: dict[int, str]):
    """The place word when the adult is said to be somewhere the child's contact was not:
    "while parents were at the canteen", "Freddie seen in his cot; parents in the family room".
    None when the place is the child's own ("seen in the kitchen; mum in the kitchen"), a bare
    "room" ("mum in the room"), or the adult's clause names the child."""
    holder = adult.head if adult.dep_ == "nsubj" and adult.head.lemma_ == "be" else adult
    if holder.i == adult.i and adult.dep_ == "nsubj" and adult.head.pos_ == "VERB":
        # the adult's own doing in a room of its own: "Carl made tea in kitchen"
        verb = adult.head
        if verb.lemma_ not in SEE | ASK and not tree.planned(verb):
            holder = verb
    if holder.i != adult.i and (tree.negated(holder) or _names_the_child(holder, kinds)):
        return None
    if holder.i != adult.i and holder.lemma_ != "be" and not _own_place(holder):
        return None
    places = [
        _room_in(g)
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ in ("in", "at")
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ in ("NOUN", "VERB")
    ]
    # "; parents in the family room", and a note's "Mum in kitchen preparing food; Y played in
    # lounge", which the parse hangs on the child's verb
    verbless = ("ROOT", "nsubj", "appos", "npadvmod", "advcl", "dep")
    if not places or holder.i == adult.i and adult.dep_ not in verbless:
        return None
    place = places[0]
    if place.lemma_ == "room" and not any(c.dep_ in ("compound", "amod") for c in place.children):
        return None
    if any(kinds.get(t.i) == "SUBJ" for t in place.subtree):
        return None  # "mum in Jack's room"
    theirs = _child_places(adult.doc, kinds)
    if place.lemma_ in theirs or not all_the_carers(adult, kinds):
        return None
    if theirs or (holder.i != adult.i and _meanwhile(holder, kinds)):
        return place
    return None


def _room_in(place):
    """The room a place phrase names, when the parse makes it a modifier of what was done
    there ("in the kitchen cooking": the kitchen); otherwise the place itself."""
    if place.lower_ in ROOMS:
        return place
    rooms = [c for c in place.children if c.dep_ == "compound" and c.lower_ in ROOMS]
    return rooms[0] if rooms else place


def _own_place(verb) -> bool:
    """The verb's place is a room of a home or ward, not where the adult went or sat with
    someone: "made tea in kitchen", not "put him in the car" nor "in a meeting"."""
    return any(
        g.lower_ in ROOMS
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children
        if g.dep_ == "pobj"
    )


def _child_places(doc, kinds: dict[int, str]) -> set[str]:
    """Where the child was seen: the places of the child's sightings ("seen in his cot"), of
    the practitioner's doings with them ("popped head round lounge door to say hi to O") and
    of the contact itself ("S&W check completed 0240 in lounge")."""
    found = set()
    for i, kind in kinds.items():
        verb = _sighting(doc[i]) if kind == "SUBJ" else None
        if verb is None:
            # the child's own doing in a room: "Y played with bricks in lounge"
            own = doc[i].head if kind == "SUBJ" and doc[i].dep_ == "nsubj" else None
            if own is not None and own.pos_ in ("VERB", "AUX") and not tree.negated(own):
                found |= _places(own, ("in", "at")) & ROOMS
            continue
        found |= _places(verb, ("in", "at", "on"))
    for token in doc:
        doer = kinds.get(token.i) == "PRO" or token.lemma_ in CONTACT_NOUNS
        if not doer or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = token.head
        skip = _clauses(verb)
        found |= {t.lemma_ for t in verb.subtree if t.lower_ in ROOMS and t.i not in skip}
    return found


def _places(verb, preps: tuple[str, ...]) -> set[str]:
    """The lemmas of the places the verb's own phrases name: "seen in his cot" -> {"cot"}."""
    return {
        g.lemma_
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    }


# Rooms of a home or a ward, one of which a carer may be in while the child is in another.
ROOMS = frozenset(
    ["kitchen", "lounge", "bedroom", "bathroom", "garden", "hallway", "landing", "playroom",
     "canteen", "conservatory", "cubicle", "dayroom"]
)  # fmt: skip
# A contact named as the doer of its own verb: "S&W check completed in lounge".
CONTACT_NOUNS = frozenset(["check", "visit", "interview", "assessment", "session", "review"])


def all_the_carers(adult, kinds: dict[int, str]) -> bool:
    """The adult placed is every carer the entry names: "parents", or the one adult named.
    "Mr M in the front garden" says nothing of where Mrs M was."""
    if adult.lower_ in ("parents", "carers", "adults", "family"):
        return True
    named = {  # not one named inside what was said: "O said his dad 'sleeps a lot'"
        adult.doc[i].lower_
        for i, kind in kinds.items()
        if kind == "ADULT"
        and not tree.in_speech(adult.doc[i])
        and adult.doc[i].lower_ not in _PRONOUNS  # "Mother ... she left": the same one
    }
    # with those joined to it: "while his mother and Dean were in the meeting"
    group = {adult.lower_, *(c.lower_ for c in adult.children if c.dep_ == "conj")}
    if adult.dep_ == "conj":
        group.add(adult.head.lower_)
    return named <= group or (adult.lower_ in _PRONOUNS and len(named) <= 1)


_PRONOUNS = frozenset(["he", "him", "she", "her", "they", "them"])


# Verbs a practitioner does to a child: "Kian examined" in a note is the child examined.
DONE_TO = frozenset(
    ["see", "observe", "examine", "check", "weigh", "interview", "assess", "review", "question"]
)


def _sighting(token):
    """The seeing or asking verb the child is the one seen in ("Jack was spoken to", "saw
    Jack", a note's "Kian examined" with no object); None if none."""
    verb = tree.verb_of(token)[0]
    if verb is None and token.dep_ == "nsubj" and token.head.lemma_ in DONE_TO:
        verb = token.head  # "Kian examined on the ward": the note's passive
        if any(c.dep_ in ("dobj", "dative") for c in verb.children):
            return None  # "Kian saw the nurse": he did the seeing
    return verb if verb is not None and verb.lemma_ in SEE | ASK else None


def _spoken_to_apart(adult, kinds: dict[int, str]):
    """ "then spoke with parents separately in the family room": the carer spoken to on their
    own, apart from the child; the verb, or None."""
    if adult.dep_ != "pobj" or adult.head.norm_ not in ("with", "to"):
        return None
    verb = adult.head.head
    if verb.lemma_ not in SEE | ASK or tree.negated(verb) or _names_the_child(verb, kinds):
        return None
    apart = any(t.lower_ in ("separately", "individually", "privately") for t in verb.children)
    return verb if apart else None


def out_of_the_house(adult, kinds: dict[int, str]) -> bool:
    """A note's verbless "parents out", "mum away": every carer named is elsewhere."""
    doc = adult.doc
    after = doc[adult.i + 1 : adult.i + 3]
    if not after or after[0].lower_ not in ("out", "away", "absent", "elsewhere"):
        return False
    ends = len(after) == 1 or after[1].is_punct
    return ends and all_the_carers(adult, kinds)


LATER = frozenset(["later", "afterwards", "subsequently", "then"])


def later_in_setting(doc, kinds: dict[int, str], after: int) -> str:
    """A later sentence in which the child is seen in a school or nursery's own care with no
    adult of the family named: "Brought by her aunt ... Later seen in class by the DSL"."""
    for sentence in doc.sents:
        if sentence.start_char < after or sentence[0].lower_ not in LATER:
            continue
        if any(kinds.get(t.i) in ("ADULT", "SIB") for t in sentence):
            continue
        seen = [t for t in sentence if t.lemma_ in SEE and t.tag_ == "VBN" and not tree.negated(t)]
        # or asked by the setting's own staff: "Later the key person asked Maisie what happened"
        seen += [
            t
            for t in sentence
            if t.lemma_ in ASK | SEE
            and t.tag_ in ("VBD", "VBN")
            and not tree.negated(t)
            and any(_settings_staff(c) for c in t.children if c.dep_ == "nsubj")
        ]
        setting = [t for t in sentence if t.lower_ in SETTING or t.text in SETTING_ABBREVIATIONS]
        setting += [t for t in sentence if _settings_staff(t)]
        if seen and setting:
            return tree.clip(sentence.text.strip(" .;:,"))
    return ""


# A school's or nursery's own staff: "key person", "class teacher", "TA", "nursery nurse".
_SETTING_STAFF = frozenset(["teacher", "ta", "kp", "dsl", "senco", "lsa", "hca"])


def _settings_staff(token) -> bool:
    if token.lower_ in _SETTING_STAFF:
        return True
    kind = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
    return token.lemma_ in ("person", "nurse") and bool(kind & {"key", "nursery"})
