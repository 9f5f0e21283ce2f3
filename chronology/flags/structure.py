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

import re
from dataclasses import dataclass

from chronology.flags import encounter, parse, presence, speech, tree
from chronology.flags.frames import (
    ARRIVE,
    ASK,
    BRING,
    CALL,
    CHECKS,
    DIRECT_WORK,
    INFORMATION,
    INJURIES,
    MESSAGE,
    OUTCOME_AFTER,
    PAPERS,
    PASSING_ON,
    QUOTED,
    REMOTE,
    SAYING,
    SEE,
    SEE_NOUNS,
    SETTING_ABBREVIATIONS,
    SPEECH_FRAME,
    STAY,
    TOPIC,
    VOICE,
    near_interpreter,
)

# The evidence of a child alone because kept with staff, not seen alone to be spoken to.
KEPT = "with staff, no carer:"
# The evidence of a child who came to the door alone: alone, but not a time to talk.
DOOR = "at the door alone:"
# Words for a child that do not name them: a sighting of "a child" may be another one.
GENERIC = frozenset(["child", "children", "baby", "infant", "toddler", "kids", "boy", "girl"])
# The evidence of a child seen because they said something to a practitioner in person.
TOLD = "said to a practitioner:"


# The words of a refusal to answer, quoted: "'no comment'".
_NO_COMMENT = re.compile(r"\s*['‘\"“](?:no comment|nothing to say)['’\"”]\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Finding:
    value: str  # "yes" | "no" | "" (decided: not known, e.g. a sighting only planned)
    evidence: str  # the words that decided it
    weak: bool = False  # taken only where the word rules say nothing
    # a blank that vetoes a word rule's "yes" only when the rule matched in this sentence
    sentence: str = ""


def _chose_not_to(verb) -> bool:
    """ "chose not to attend", "declined to attend": the verb's head is a refusal of it."""
    head = verb.head
    return verb.dep_ == "xcomp" and (
        head.lemma_ in ("decline", "refuse")
        or (head.lemma_ == "choose" and (tree.negated(verb) or tree.negated(head)))
    )


def _a_meeting(verb) -> bool:
    """What the child did not attend is a meeting of the adults ("did not attend the discharge
    planning meeting", "not present at the conference"), which says nothing of whether the
    child was seen elsewhere in the entry; the word rules still read a bare "did not attend"."""
    return any(
        t.lemma_.lower() in _MEETINGS
        for c in verb.children
        if c.dep_ in ("dobj", "prep")
        for t in c.subtree
    )


# The adults' meetings a child may be left out of (not a clinic, a review appointment or a visit).
_MEETINGS = frozenset(["meeting", "mtg", "conference", "discussion", "hearing", "panel"])


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
    perceived = ""  # "seen as a low risk": a perception, not a sighting
    named_not_seen, generic_seen = None, ""
    about = ""
    for i, kind in kinds.items():
        verb, how = tree.verb_of(doc[i])
        if verb is None and kind == "SUBJ":
            about = about or _owned_thing(doc[i])
        if verb is None:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
            # "seen as cooperative" is a perception, not a sighting (nor a guess of one)
            if kind == "SUBJ" and verb.lemma_ in SEE:
                perceived = perceived or tree.evidence(doc, doc[i], verb)
            continue
        words = tree.evidence(doc, doc[i], verb)
        if tree.planned(verb):
            if kind == "SUBJ" and verb.lemma_ in SEE:
                # a plan in its own sentence: "HV attended to see Leo. Seen in lounge" was seen
                plan = Finding("", f"planned, not yet: {words}", sentence=verb.sent.text)
                found.setdefault("child_seen", plan)
            continue
        negated, reported = tree.negated(verb), tree.reported(verb, kinds)
        negated = negated or tree.neither(doc[i])
        if kind == "SUBJ" and verb.lemma_ in SEE and any(c.lower_ == "last" for c in verb.children):
            found.setdefault("child_seen", Finding("", f"records: {words}"))
            continue  # "last seen at her 2-year review": a record, not this contact
        if kind != "SUBJ":
            companion = how == "pobj" and doc[i].head.norm_ == "with"
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
        if verb.lemma_ in SEE and not negated and tree.hedged(verb):
            found.setdefault("child_seen", Finding("", f"not sure it was the child: {words}"))
            continue  # "poss saw M at window", "he believed he saw Mia": no sighting to count
        if reported and verb.lemma_ in SEE:
            found.setdefault("child_seen", Finding("", f"someone else's account: {words}"))
            continue
        if verb.lemma_ in BRING and negated and _a_meeting(verb):
            continue  # "did not attend the discharge meeting": the adults' meeting, not a contact
        if verb.lemma_ in BRING and _chose_not_to(verb) and _a_meeting(verb):
            continue  # "chose not to attend the conference": the same, by her own choice
        if verb.lemma_ in BRING and negated:
            # not the child's words, which may still be passed on ("did not attend; his views
            # were presented by SW"): those are decided below, "no" when none are found
            for flag in ("child_seen", "wishes_sought", "seen_alone"):
                found.setdefault(flag, Finding("no", words))
        elif verb.lemma_ in ARRIVE and how == "nsubj" and presence.alone(verb) and not negated:
            found["child_seen"] = Finding("yes", words)
            door = verb.lemma_ == "answer"  # "G answered the door on her own": no talk in it
            found.setdefault("seen_alone", Finding("yes", f"{DOOR} {words}" if door else words))
        elif verb.lemma_ in ASK and how != "nsubj" and _request(verb):
            continue  # "asked her to let us know she is ok": a request, not her views
        elif verb.lemma_ in ASK - SEE and negated and not reported and how != "nsubj":
            # "Nobody asked him about the absence", "no record that anyone asked him why"
            found.setdefault("wishes_sought", Finding("no", words))
        elif verb.lemma_ in ASK and not reported and not negated and how != "nsubj":
            found["child_seen"] = Finding("yes", words)
            found.setdefault("wishes_sought", Finding("yes", words))
            if presence.alone(verb):
                found.setdefault("seen_alone", Finding("yes", words))
        elif verb.lemma_ in SEE and not reported:
            if negated:
                if presence.alone(verb):  # "not seen on her own": seen, with someone there
                    words = _with_negation(doc, verb, words)
                    found.setdefault("child_seen", Finding("yes", words))
                    found.setdefault("seen_alone", Finding("no", words))
                elif (
                    verb.lemma_ in SPEECH_FRAME
                    and tree.tried(verb)
                    and not tree.remote(verb)
                    and encounter.reacted(doc, verb, kinds)
                ):
                    # "tried to talk with C ... but C hid behind Mother": put to the child, there
                    found.setdefault("child_seen", Finding("yes", words))
                    found.setdefault(
                        "wishes_sought", Finding("yes", f"tried with the child: {words}")
                    )
                elif verb.lemma_ in SPEECH_FRAME:
                    found.setdefault("wishes_sought", Finding("no", words))
                else:
                    found.setdefault("child_seen", Finding("no", words))
                    if doc[i].lower_ not in GENERIC:
                        named_not_seen = named_not_seen or Finding("no", words)
                continue
            if OUTCOME_AFTER.match(text, doc[i].idx + len(doc[i])):
                found.setdefault("child_seen", Finding("no", f"{words} - not come"))
                continue  # "Planned young carer check with Millie - absent"
            found["child_seen"] = Finding("yes", words)
            if doc[i].lower_ in GENERIC:
                generic_seen = words
            if presence.alone(verb):
                found.setdefault("seen_alone", Finding("yes", words))
            spoken = [v for v in _joined(verb) if v.lemma_ in ASK and not tree.negated(v)]
            if verb.lemma_ in ASK or spoken:  # "seen and spoken to by officers"
                found.setdefault("wishes_sought", Finding("yes", words))
    seen = found.get("child_seen")
    if named_not_seen and seen is not None and seen.evidence == generic_seen:
        # "A small child (believed Zofia) was seen at the window. Kacper was not seen": the
        # subject said by name not to be seen outweighs a child the writer could not name
        found["child_seen"] = named_not_seen
    rang = _call_to_the_child(doc, kinds)
    if rang:  # "Tel call to Reece's mobile. He said ...": spoken with, not seen
        found.setdefault("child_seen", Finding("no", f"not in person: {rang}"))
        found.setdefault("wishes_sought", Finding("yes", f"called the child: {rang}"))
    kept, talked, worked = _kept_with_staff(doc, kinds)
    if kept and found.get("child_seen", Finding("", "")).value != "no":
        found["child_seen"] = Finding("yes", kept)  # "KP stayed with Lils until her aunt came"
        busy = _carer_busy_alongside(doc, kinds, kept)
        if not worked and not busy and not presence.there_throughout(doc, kinds):
            # "KP stayed with Lils", but not "with mum present throughout; I spent an hour with"
            # nor "sat with Kian in the lounge while mum chatted to nan": she is doing
            # something there; another room is for ``presence.carer_away`` to see
            found.setdefault("seen_alone", Finding("yes", f"{KEPT} {kept}"))
        if talked:  # "Nurse sat with K at bedtime and talked about managing his diabetes"
            found.setdefault("wishes_sought", Finding("yes", talked))
    staffed = presence.presence_of_staff(doc, kinds)
    if staffed and found.get("child_seen", Finding("", "")).value != "no":
        found.setdefault("seen_alone", Finding("yes", f"only practitioners present: {staffed}"))
    held = tree.held_by_police(doc, kinds)
    if held is not None:  # "E stopped and searched in the park": in front of the officers
        words = tree.clip(doc[held.left_edge.i : held.i + 1].text)
        found.setdefault("child_seen", Finding("yes", f"held by police: {words}"))
    heard, told = speech.told_staff(doc, kinds)
    if told and "child_seen" not in found and not INFORMATION.match(text):
        # "Jakub said to Miss Ford, 'Darren kicked me'"; not "Referral from school: she told"
        why = {"yes": TOLD, "no": "not in person:"}.get(heard, "not this contact's:")
        found["child_seen"] = Finding(heard, f"{why} {told}")
    refusal = speech.refused(doc, kinds)
    if refusal and found.get("child_seen", Finding("", "")).value != "no":
        # "Lacey refused to say where she had been": a question was put to her
        found.setdefault("wishes_sought", Finding("yes", f"refused to answer: {refusal}"))
    tool = encounter.views_tool(doc, kinds)
    if tool and found.get("child_seen", Finding("", "")).value != "no":
        found.setdefault("wishes_sought", Finding("yes", f"views sought with a tool: {tool}"))
    voice = speech.own_words(doc, kinds)
    if voice and _NO_COMMENT.fullmatch(" ".join(m.group() for m in QUOTED.finditer(voice))):
        # "He answered 'no comment' to all questions": a refusal to answer, not his views
        found.setdefault("wishes_expressed", Finding("no", f"no views given: {voice}"))
    elif voice:
        found.setdefault("wishes_expressed", Finding("yes", voice, weak=True))
        label = speech.view_label(doc, kinds)
        seen = found.get("child_seen")
        if label and (seen is None or seen.value == "yes"):
            # "DK seen w/ MGM throughout. Views: likes living w/ Nan": the practitioner asked;
            # weak where the parse did not see the sighting ("YP + aunt present. YP views: ...")
            found.setdefault(
                "wishes_sought", Finding("yes", f"views recorded: {label}", weak=seen is None)
            )
        explored = encounter.explored(doc, kinds)
        if explored and found.get("child_seen", Finding("", "")).value == "yes":
            # "Out-of-court disposal assessment: Reece seen ... R said he hit the other boy"
            found.setdefault(
                "wishes_sought", Finding("yes", f"explored with the child: {explored}")
            )
    seen = found.get("child_seen")
    if "SUBJ" in kinds.values() and (seen is None or seen.value != "no"):
        absent = presence.carer_not_present(doc, kinds)  # "Parents not present": alone, hence seen
        if absent:
            found.setdefault("seen_alone", Finding("yes", absent))
    asked = speech.asked(doc, kinds)
    if asked and any(_a_remote_contact(t, kinds) for t in doc):
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
    voiced = speech.heard_saying(doc, kinds)
    if voiced:  # "Child heard in the background screaming 'wake up, Wayne'"
        found.setdefault("wishes_expressed", Finding("yes", f"heard saying: {voiced}"))
    off = _camera_off(doc, kinds)
    if off:  # a video call in which the child was not on screen
        found.setdefault("child_seen", Finding("no", f"not on screen: {off}"))
    checked = encounter.body_checked(doc, kinds)
    if checked:  # "Lily-Rose's vision and hearing checked": done with the child there
        found.setdefault("child_seen", Finding("yes", f"checked on the child: {checked}"))
    marks = _marks_seen(doc, kinds)
    if marks:  # "bruise to Tyler's right ear": recorded on the child's body
        found.setdefault("child_seen", Finding("yes", f"seen on the child: {marks}"))
    paper = _paper(doc, kinds)
    if paper is not None and "child_seen" not in found:
        words = tree.clip(paper.text.strip(" .;:,"))
        found["child_seen"] = Finding(
            "", f"a paper or plan, not a contact: {words}", sentence=paper.sent.text
        )
    if about and "child_seen" not in found:
        found["child_seen"] = Finding("", f"about the child, not a sighting: {about}")
    if perceived and "child_seen" not in found:
        found["child_seen"] = Finding("", f"a perception, not a sighting: {perceived}")
    if others_seen and "child_seen" not in found and "SUBJ" not in kinds.values():
        found["child_seen"] = Finding("no", f"someone else seen: {others_seen}")
    return found


def _call_to_the_child(doc, kinds: dict[int, str]) -> str:
    """A call made to the child's own phone: "Tel call to Reece's mobile", "rang Leo's phone"."""
    for i, kind in kinds.items():
        token = doc[i]
        phone = token.head
        if kind != "SUBJ" or token.dep_ != "poss" or phone.lemma_ not in ("mobile", "phone"):
            continue
        prep = phone.head
        call = prep.head if phone.dep_ == "pobj" and prep.lower_ == "to" else prep
        if call.lemma_ in CALL and not tree.negated(call) and not tree.planned(call):
            return tree.clip(doc[call.left_edge.i : phone.i + 1].text)
    return ""


def _staff(token, kinds: dict[int, str]) -> bool:
    """A practitioner: a professional named as such, "KP", "TA", "DSL", "his key person"."""
    return (
        kinds.get(token.i) == "PRO"
        or token.text in ("I", "We", "we")  # the entry's writer: "I spent 40 minutes with Maisie"
        or token.text in SETTING_ABBREVIATIONS
        or (token.lemma_ in ("person", "worker") and any(c.lower_ == "key" for c in token.children))
    )


def _carer_busy_alongside(doc, kinds: dict[int, str], kept: str) -> bool:
    """A parent or carer doing something in the sentence of the practitioner's company with the
    child: "SW sat with Kian while mum chatted to nan"."""
    at = doc.text.find(kept)
    if at < 0:
        return False
    sentence = doc.char_span(at, at + len(kept), alignment_mode="expand")
    if sentence is None:
        return False
    sentence = sentence.sent
    return any(
        kind == "ADULT"
        and sentence.start <= i < sentence.end
        and doc[i].dep_ == "nsubj"
        and not tree.negated(doc[i].head)
        and doc[i].head.lemma_ not in STAY | {"leave"}  # "Aunt stayed inside while ...": away
        and not presence.not_there(doc[i], [], kinds)  # "Father arrived to collect Ayaan"
        for i, kind in kinds.items()
    )


def _kept_with_staff(doc, kinds: dict[int, str]) -> tuple[str, str, bool]:
    """The child kept in a practitioner's company: "KP stayed with Lils", "Ayaan stayed in the
    room with his key person", "remained with the TA". The practitioner was with the child.
    Returns the words, those of a talk joined to it ("sat with K and talked about .."), and
    whether it was direct work ("used Talking Mats with Ellis") or company during another's
    contact ("stayed with Tyler during the visit"), which say nothing of carers."""
    for i, kind in kinds.items():
        token = doc[i]
        if kind != "SUBJ":
            continue
        if token.dep_ == "pobj" and token.head.norm_ == "with":
            verb, partners = (
                token.head.head,
                [c for c in token.head.head.children if c.dep_ == "nsubj"],
            )
        elif token.dep_ == "nsubj":
            verb = token.head
            partners = [
                g
                for c in verb.children
                if c.dep_ == "prep" and c.norm_ == "with"
                for g in c.children
                if g.dep_ == "pobj"
            ]
        else:
            continue
        if verb.lemma_ not in (STAY - {"go"}) | DIRECT_WORK:
            continue
        if tree.negated(verb) or tree.planned(verb) or tree.reported(verb, kinds):
            continue
        if verb.lemma_ in DIRECT_WORK and (token.dep_ != "pobj" or verb.tag_ != "VBD"):
            continue  # direct work is done by the practitioner with the child
        staff = next((p for p in partners if _staff(p, kinds)), None)
        if staff is not None:
            start, end = min(staff.left_edge.i, token.i), max(staff.i, token.i) + 1
            talk = next(
                (
                    c
                    for c in verb.children
                    if c.dep_ == "conj" and c.lemma_ in ASK and not tree.negated(c)
                ),
                None,
            )
            talked = tree.clip(doc[start : talk.right_edge.i + 1].text) if talk else ""
            # "stayed with Tyler during the visit": company in another's contact, as direct
            # work is, not a child kept until collected
            during = any(c.dep_ == "prep" and c.lower_ == "during" for c in verb.children)
            return tree.clip(doc[start:end].text), talked, verb.lemma_ in DIRECT_WORK or during
    return "", "", False


def _with_negation(doc, verb, words: str) -> str:
    """The evidence with the verb's negation before it and its "alone" after it: "did not see
    Chloe on her own", "Not possible to see him alone"."""
    head = verb.head if verb.dep_ in ("advcl", "xcomp", "ccomp") else verb
    before = [c.i for c in (*verb.children, *head.children) if c.dep_ in ("neg", "aux")]
    before = [i for i in before if i < verb.i]
    at = doc.text.find(words)
    end = at + len(words)
    rest = doc.text[end : end + 14]
    lone = re.match(r"\s*(?:alone|on (?:his|her|their) own)\b", rest)
    words += lone.group() if lone else ""
    if not before or doc[min(before)].idx >= at:
        return words
    return tree.clip(doc[min(before) : verb.i].text + " " + words)


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
    # "Tel consult with mother re child", parsed as if with the child: the child is the topic
    topic = token.i > 0 and token.doc[token.i - 1].lower_ in TOPIC
    return how == "pobj" and token.head.norm_ in ("with", "to") and not topic


def _request(verb) -> bool:
    """ "asked her to ring", "asking him to let us know": the verb asks for an action. Asking the
    child to tell, draw or talk about something ("asked her to draw her family") seeks their
    views."""
    telling = VOICE | SPEECH_FRAME | {"show"}
    return any(c.dep_ == "xcomp" and c.lemma_ not in telling for c in verb.children)


def _paper(doc, kinds: dict[int, str]):
    """A check named inside a paper or plan about it, sent or shared: "18-month review appointment
    sent", "HV shared 2-year review findings", "invitation issued for Leo's immunisations". Returns
    the paper's phrase (a span), or None; None too when a sighting is said in the same sentence."""
    for token in doc:
        if token.lemma_.lower() not in PAPERS or token.pos_ != "NOUN":
            continue
        inner = [t for t in token.subtree if t.i != token.i]
        about = any(t.lemma_.lower() in CHECKS or kinds.get(t.i) == "SUBJ" for t in inner)
        if not about and token.lemma_.lower() != "appointment":
            continue  # a paper about a check or about the child; an appointment is one
        verb = token.head
        acted = [c for c in token.children if c.dep_ == "acl" and c.lemma_ in PASSING_ON]
        if not acted and not (
            verb.lemma_ in PASSING_ON and token.dep_ in ("dobj", "nsubjpass", "nsubj")
        ):
            continue
        sentence = token.sent
        if any(
            t.lemma_ in SEE
            and t.pos_ == "VERB"
            and not tree.negated(t)
            and not tree.planned(t)
            and t.i not in {s.i for s in token.subtree}
            for t in sentence
        ):
            continue  # "Leo seen; next review appointment sent"
        start = min(token.left_edge.i, verb.i if not acted else token.i)
        end = max(token.right_edge.i, acted[0].i if acted else verb.i) + 1
        return doc[start:end]
    return None


def _marks_seen(doc, kinds: dict[int, str]) -> str:
    """An injury recorded on the child's body ("bruise to Tyler's right ear", "marks seen on A's
    bottom"), unless it is someone else's report passed on ("Nursery reported a bruise to ...")."""
    for token in doc:
        word = token.lower_
        if not {word, word.removesuffix("s"), word.removesuffix("es")} & INJURIES:
            continue
        # the notes' telegraphic parse is unreliable here: the body part is the next preposition's
        # object in the sentence ("Bruise approx. 2cm, yellow, on Tyler's upper arm")
        window = []
        for t in doc[token.i + 1 : token.i + 12]:
            if t.lower_ in (".", ";") and t.i + 1 < len(doc) and doc[t.i + 1].is_title:
                break  # the sentence ends ("approx." does not)
            window.append(t)
        owner = [
            g
            for c in window
            if c.dep_ == "prep" and c.lower_ in ("to", "on", "behind", "under", "across")
            for g in c.subtree
            if kinds.get(g.i) == "SUBJ" and g.dep_ == "poss"
        ]
        if not owner:
            continue
        node, passed = token, False
        for _ in range(4):
            if node.head.i == node.i:
                break
            node = node.head
            if node.lemma_ in PASSING_ON | SAYING:
                passed = True
                break
        if not passed:  # from the mark to the body part: "Bruise ... on Tyler's upper left arm"
            end = max(token.right_edge.i, *(g.head.i for g in owner)) + 1
            return tree.clip(doc[token.i : end].text)
    return ""


def _camera_off(doc, kinds: dict[int, str]) -> str:
    """ "Oscar kept his camera off": the child's own camera, switched off, in a video contact."""
    for token in doc:
        if token.lemma_.lower() != "camera":
            continue
        owner = [c for c in token.children if c.dep_ == "poss" and kinds.get(c.i) == "SUBJ"]
        near = [*token.children, *token.head.children, token.head]
        off = any(t.lower_ == "off" for t in near) and not tree.negated(token.head)
        if owner and off:
            start = min(owner[0].i, token.head.i)
            return tree.clip(doc[start : max(token.i, token.head.i) + 2].text.strip(" .;:,"))
    return ""


def _a_remote_contact(token, kinds: dict[int, str]) -> bool:
    """A word for a call or a message that made the contact remote: not the interpreter's line,
    a phone as a thing ("new phone I haven't seen before", "her phone was dead"), a word in
    quoted speech, or the child's own message before a meeting ("Chloe emailed me at 00:14 ... Met Chloe 08:15")."""
    if token.lower_ not in REMOTE | MESSAGE or _interpreting(token):
        return False
    if any(q.start() <= token.idx < q.end() for q in QUOTED.finditer(token.doc.text)):
        return False  # "'sorry to email this late'": the child's words
    owned = any(c.dep_ in ("amod", "poss") for c in token.children)
    nxt = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    if owned or nxt in _A_THING:
        return False
    senders = [c for c in token.children if c.dep_ == "nsubj"]
    return not (senders and all(kinds.get(c.i) == "SUBJ" for c in senders))


# What follows a phone that is a thing: "phone dead", "phone number", "phone confiscated".
_A_THING = frozenset(["dead", "number", "charger", "screen", "confiscated", "seized", "taken"])


def _interpreting(token) -> bool:
    """The telephone is the interpreter's, not the contact's: "Seen with mum (Polish interpreter
    by phone for mum)", "via telephone interpreter"."""
    return near_interpreter(token.doc.text, token.idx, token.idx + len(token))
