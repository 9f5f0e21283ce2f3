"""The child's voice in the parse: the child as the speaker of a saying verb, a question put to the
child, a quoted answer, or the child only heard (on the phone, crying upstairs).
"""

from __future__ import annotations

import re

from chronology.flags import tree
from chronology.flags.frames import (
    ASK,
    CONVERSE,
    MESSAGE,
    QUOTED,
    REMOTE,
    SEE,
    UTTERANCES,
    VOICE,
)


def own_words(doc, kinds: dict[int, str]) -> str:
    """The child as the speaker of a saying verb: "Jade reportedly disclosed to a friend", "she
    said she wants to stay", "Z made comments about DV", "gave an account"; relayed or not."""
    for i, kind in kinds.items():
        token = doc[i]
        for _ in range(3):
            if token.dep_ in ("compound", "appos") and token.head.i != token.i:
                token = token.head
        if kind != "SUBJ" or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if kinds.get(token.i, "SUBJ") != "SUBJ":
            continue  # "Discussed Nevaeh - mum says": the parse joined the child to the mother
        # the child's own verb, and the verbs joined to it that share the child as subject:
        # "Ellie was asked about it and gave a clear account"
        verbs = [token.head] + [
            c
            for c in token.head.children
            if c.dep_ == "conj" and not any(g.dep_.startswith("nsubj") for g in c.children)
        ]
        verbs = verbs if token.dep_ == "nsubj" else verbs[1:]
        # the parse joins "and gave an account" to the question's own "what happened": "Ellie
        # was asked about what happened and gave a clear account" is still Ellie's
        verbs += [
            g
            for c in token.head.children
            if c.dep_ == "prep"
            for q in c.children
            if q.dep_ == "pcomp" and any(w.tag_ in ("WP", "WRB") for w in q.children)
            for g in q.children
            if g.dep_ == "conj" and not any(x.dep_.startswith("nsubj") for x in g.children)
        ]
        if token.head.i < token.i and not _quote_before(token.head):
            continue  # "M answered, said Leo asleep": the parse's inverted subject is what was said
        for verb in verbs:
            if _says(verb):
                return tree.clip(_said(doc, doc[i], verb))
        # what the child did to say it: "used his PECS book to tell TA 'sad'", "showed the OM
        # his medal, saying he's 'in the A team now'"
        for verb in verbs:
            if tree.negated(verb) or tree.planned(verb) or verb.tag_ == "VBN":
                continue
            between = range(min(token.i, verb.i) + 1, max(token.i, verb.i))
            if any(kinds.get(t, "SUBJ") != "SUBJ" for t in between):
                continue  # "TJ not in school - mum rang to say": mum's call, not TJ's
            for done in _done_by_the_same(verb):
                if _says(done, purpose=True):
                    return tree.clip(_said(doc, doc[i], done))
    for token in doc:  # "nurse sat with Freddie, who said 'daddy throw'"
        verb = token.head
        relative = token.lower_ == "who" and token.dep_ == "nsubj" and verb.dep_ == "relcl"
        if relative and kinds.get(verb.head.i) == "SUBJ" and _says(verb):
            return tree.clip(_said(doc, verb.head, verb))
    return (
        _quoted_answer(doc, kinds)
        or _subjectless_saying(doc, kinds)
        or _quote_after_the_child(doc, kinds)
        or _message_from_the_child(doc, kinds)
        or views_recorded(doc, kinds)
    )


# Saying to someone face to face: "Jakub said to Miss Ford", "told the TA", "disclosed to KP".
TELLING = frozenset(
    ["say", "tell", "disclose", "explain", "describe", "confide", "reply", "ask", "shout",
     "whisper", "complain", "show", "admit", "mention", "report", "announce", "cry"]
)  # fmt: skip


def told_staff(doc, kinds: dict[int, str]) -> tuple[str, str]:
    """The child saying something to a practitioner: ("yes", words) when heard in person ("At
    the classroom door Jakub said to Miss Ford ...", "B told the TA 'daddy being angry'"), ("no",
    words) by phone or message, ("", words) when it is someone else's account of it ("Mum said
    Summer had told her teacher") or an earlier occasion ("told Miss Pell last week"); ("", "")
    if the entry has no such telling."""
    for i, kind in kinds.items():
        token = doc[i]
        verb = token.head
        if kind != "SUBJ" or token.dep_ != "nsubj" or verb.lemma_ not in TELLING:
            continue
        if tree.negated(verb) or tree.planned(verb):
            continue
        heard_by = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        heard_by += [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
        ]
        heard_by += [  # "said, unprompted, to Mrs Pilling": the parse hangs "to" on the aside
            g
            for a in verb.children
            if a.dep_ in ("advcl", "advmod")
            for c in a.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children
        ]
        listener = next(
            (t for t in heard_by if "PRO" in (kinds.get(t.i), kinds.get(_noun_of(t).i))), None
        )
        if listener is None:
            continue
        words = tree.clip(doc[min(token.i, verb.i) : max(listener.i, verb.i) + 1].text)
        if any(t.lower_ in REMOTE | MESSAGE for t in verb.sent):
            return "no", words  # "T/C: Reece told SW he ...": heard, not seen
        if tree.reported(verb, kinds) or _above_speaker(verb, kinds) or _another_time(verb):
            return "", words
        return "yes", words
    return "", ""


# What a child refuses when refusing a question: "refused to say where", "would not talk".
_ANSWERING = frozenset(["say", "answer", "explain", "tell", "talk", "speak", "discuss", "give"])


def refused(doc, kinds: dict[int, str]) -> str:
    """The child refusing to answer: "Lacey refused to say where she had been", "would not say
    why", "did not want to talk about it"; a refusal answers a question put to the child. ""
    if none."""
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(doc.text)]
    for i, kind in kinds.items():
        token = doc[i]
        verb = token.head
        if kind != "SUBJ" or token.dep_ != "nsubj" or any(a <= verb.idx < b for a, b in quoted):
            continue  # not the child's own quoted "don't want to say"
        said = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ in _ANSWERING]
        refusing = verb.lemma_ in ("refuse", "decline") or (
            verb.lemma_ == "want" and tree.negated(verb)
        )
        if refusing and said:
            return tree.clip(doc[token.i : said[0].i + 1].text)
        would = any(c.dep_ == "aux" and c.lower_ in ("would", "will", "wo") for c in verb.children)
        if verb.lemma_ in _ANSWERING and tree.negated(verb) and would:
            return tree.clip(doc[token.i : verb.i + 1].text)  # "would not say why"
    return ""


# Words that put a telling on an earlier occasion than the entry's: "told Miss Pell last week".
_EARLIER = frozenset(["yesterday", "earlier", "previously", "ago", "recently"])
# "last week", "last night": an earlier occasion; not "on her last day" at the school.
_PERIODS = frozenset(["week", "night", "month", "year", "term", "weekend", "time", "visit"])


def _another_time(verb) -> bool:
    for child in verb.children:
        if child.dep_ == "ccomp":
            continue  # what was told: "told her teacher she had been poorly yesterday"
        for t in child.subtree:
            if t.lower_ in _EARLIER:
                return True
            if t.lower_ == "last" and t.head.lemma_ in _PERIODS and t.head.i == t.i + 1:
                return True
    return False


def _noun_of(token):
    """The noun a word belongs to: "the class TA" -> TA."""
    while token.dep_ in ("compound", "amod") and token.head.i != token.i:
        token = token.head
    return token


def _above_speaker(verb, kinds: dict[int, str]) -> bool:
    """Whether the child's telling sits inside a verb of someone else's: "Mum said Summer had
    told her teacher", "school reported that she told the TA"."""
    token = verb
    while token.dep_ in ("ccomp", "advcl", "conj", "xcomp", "relcl") and token.head.i != token.i:
        token = token.head
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(kinds.get(c.i) != "SUBJ" for c in subjects):
            return True
    return False


# Words that may stand between the child and their quoted words in a note: "LB declined -
# 'none of your business'", "AC 'don't want to say'", "Mo replied: 'no'".
_BEFORE_QUOTE = frozenset(["decline", "reply", "respond", "answer", "refuse", "-", "–", ":", ","])


def _quote_after_the_child(doc, kinds: dict[int, str]) -> str:
    """A quote the note gives straight after the child, who opens the clause, with nothing but a
    reply word or a dash in between ("LB declined - 'none of your business'", "AC 'don't want to
    say'"): the child's own words; "" if none. Not "Fiona said Isla 'hates ...'" (the child named
    inside what someone else said), nor "H 'asleep upstairs'" (words about the child): with no
    reply word, the quote must speak in the first person."""
    for m in QUOTED.finditer(doc.text):
        before = [t for t in doc if t.idx + len(t.text) <= m.start()][-4:]
        named = [t for t in before if t.i in kinds]
        if not named or kinds[named[-1].i] != "SUBJ":
            continue
        child = named[-1]
        while child.i > 0 and kinds.get(child.i - 1) == "SUBJ":
            child = doc[child.i - 1]  # "Child AX": the mention's first word
        opener = doc[child.i - 1] if child.i else None
        opens = opener is None or opener.text in (".", ";", "-", "–", ":", "(")
        if not opens and opener.lower_ != "asked":
            continue
        if opener is not None and opener.text == ":" and opener.i and opener.i - 1 in kinds:
            continue  # "M: JL 'doesn't want to know him'": the mother's words
        between = [t for t in before if t.i > named[-1].i]
        if not all(t.lemma_.lower() in _BEFORE_QUOTE or t.text in _BEFORE_QUOTE for t in between):
            continue
        replied = any(t.lemma_.lower() in _BEFORE_QUOTE and t.is_alpha for t in between)
        if replied or _FIRST_PERSON.search(m.group()):
            return tree.clip(f"{doc[named[-1].i : before[-1].i + 1].text} {m.group()}")
    return ""


_FIRST_PERSON = re.compile(
    r"\b(?:I|I'm|I've|me|my|mine|we|us|our|don't|won't|can't)\b", re.IGNORECASE
)


# A note's heading for what the child said: "Views: likes living with Nan", "Wishes: live w/
# dad", "YP views: remorse for victim", "Likes: swing, music".
_VIEW_LABELS = frozenset(["views", "view", "wishes", "voice", "likes", "dislikes", "feelings"])
_NO_CONTENT = frozenset(["none", "nil", "n/a", "na", "not", "no", "unable", "unknown"])
_NOT_YET = frozenset(["tbc", "tba", "pending", "awaited", "outstanding", "later"])

# The child's utterance, recorded: "her views about contact were recorded", "Child AR's wish to
# live with her father", "Child M's disclosure to his teacher", "her explanation was recorded".
_OWNED = UTTERANCES | {"explanation", "words", "views", "wishes"}
_RECORDING = frozenset(
    ["record", "note", "document", "capture", "give", "share", "make", "reach", "pass", "gather",
     "obtain", "take", "log", "write", "report"]
)  # fmt: skip


def views_recorded(doc, kinds: dict[int, str]) -> str:
    """The child's views recorded under a label of their own or as a thing the child owns; ""
    if neither (``view_label``, ``_views_owned``)."""
    return view_label(doc, kinds) or _views_owned(doc, kinds)


def view_label(doc, kinds: dict[int, str]) -> str:
    """A note's label for the child's views with something after it ("Views: likes living w/
    Nan", "YP views: remorse for victim"); not "Mum's views: ..." or "Views: not obtained"."""
    for token in doc:
        if token.lower_ not in _VIEW_LABELS or token.i + 2 >= len(doc):
            continue
        if doc[token.i + 1].text != ":":
            continue
        owner = doc[token.i - 1] if token.i else None
        if owner is not None and owner.lower_ in ("'s", "’s", "'", "’") and owner.i:
            owner = doc[owner.i - 1]
        if owner is not None and kinds.get(owner.i) in ("ADULT", "SIB", "PRO"):
            continue  # "Mum's views: ..."
        content = [t for t in doc[token.i + 2 : token.i + 5] if not t.is_punct]
        if not content or content[0].lower_ in _NO_CONTENT:
            continue  # "Views: not obtained"
        if content[0].lower_ in _NOT_YET or (
            content[0].lower_ == "to" and len(content) > 1 and content[1].pos_ in ("AUX", "VERB")
        ):
            continue  # "Mason's views: 'to be gathered by FSW'", "Views: TBC": a plan
        return tree.clip(doc[token.i : min(len(doc), token.i + 8)].text)
    return ""


def _views_owned(doc, kinds: dict[int, str]) -> str:
    """The child's views, wish or account as the thing recorded, given or passed on ("her views
    about contact were recorded", "Child AR's wish to live with her father was recorded"), not
    negated or planned; not "asked for her views" or "her mother's account of her wishes"."""
    for token in doc:
        if token.lemma_.lower() not in _OWNED and token.lower_ not in _OWNED:
            continue
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None or kinds.get(owner.i) != "SUBJ":
            continue
        quote = QUOTED.match(token.doc.text, token.idx + len(token.text) + 1)
        if quote:  # "reported Ella-Mae's words 'daddy smacked me'": given with them
            return tree.clip(token.doc.text[owner.left_edge.idx : quote.end()])
        verb = token.head
        if token.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.lemma_ not in _RECORDING:
            continue
        if tree.negated(verb) or tree.planned(verb):
            continue  # "his views could not be obtained", "Jade's views to be sought"
        return tree.clip(doc[owner.i : min(len(doc), token.i + 6)].text)
    return ""


# A saying word that opens a note's clause with no subject: "Pt able to answer questions, states
# 'I forgot my insulin'". Its speaker is whoever the note was last about.
_OPENING_SAYS = frozenset(
    ["states", "stated", "says", "said", "reports", "reported", "disclosed", "told", "tells"]
)
# A subjectless "told" is the child's only with the child's own words: "Told staff 'I don't
# want police'"; "Told mum to ring back" is the writer's.
_TELLS = frozenset(["told", "tells"])
_ASIDE = re.compile(r"\([^()]*\)")


def _message_from_the_child(doc, kinds: dict[int, str]) -> str:
    """A message the child sent, quoted: "Text from Kai to worker: 'can u come tues'"; "" if
    none. The words are the child's though the child was not seen."""
    for i, kind in kinds.items():
        token = doc[i]
        if kind != "SUBJ" or token.dep_ != "pobj" or token.head.lower_ != "from":
            continue
        message = token.head.head
        if message.lower_ not in MESSAGE | {"note", "card", "texts", "messages"}:
            continue
        quote = QUOTED.search(doc.text, token.idx, message.sent.end_char)
        if quote:
            return tree.clip(doc.text[message.idx : quote.end()])
    for i, kind in kinds.items():  # "Sophie declined by text: 'I don't need to talk to anyone'"
        token, verb = doc[i], doc[i].head
        if kind != "SUBJ" or token.dep_ != "nsubj" or tree.negated(verb):
            continue
        by = [
            c
            for c in verb.children
            if c.dep_ == "prep"
            and c.lower_ in ("by", "via", "over")
            and any(g.lower_ in MESSAGE | {"texts", "messages"} for g in c.children)
        ]
        quote = QUOTED.search(doc.text, verb.idx, verb.sent.end_char) if by else None
        if quote and doc.text[by[0].idx : quote.start()].count(" ") <= 3:
            return tree.clip(doc.text[token.idx : quote.end()])
    return ""


def _subjectless_saying(doc, kinds: dict[int, str]) -> str:
    """The child's words after a subjectless "states" / "said": the last person named before it,
    with no one else in between, is the child ("Pt ..., states 'I forgot my insulin'")."""
    for token in doc:
        if token.lower_ not in _OPENING_SAYS or token.i == 0:
            continue
        if doc[token.i - 1].text not in (",", ";", ".", "-", "–", ":"):
            continue  # "mum said": a subject before it
        if any(
            g.dep_.startswith("nsubj") and g.i < token.i and (g.i in kinds or g.pos_ == "PRON")
            for g in token.children
        ):
            continue  # a speaker of its own; not the note's "T/C with Ethan, states ..."
        if token.lower_ in _TELLS:
            quote = QUOTED.search(doc.text, token.idx)
            window = doc[token.i : token.i + 5]
            if (
                not quote
                or quote.start() > window[-1].idx
                or not _FIRST_PERSON.search(quote.group())
            ):
                continue  # "Told mum to ring back": the writer's instruction, not the child's
        asides = [(m.start(), m.end()) for m in _ASIDE.finditer(doc.text)]
        before = [
            i for i in kinds if i < token.i and not any(a <= doc[i].idx < b for a, b in asides)
        ]  # not someone named in brackets: "spoke to her privately (nan in other room)"
        if not before or kinds[max(before)] != "SUBJ":
            continue  # "Mum present. States he is fine": mum speaks
        rest = doc[token.i + 1 : token.i + 3].text.lstrip()
        next_to = max(before) == token.i - 2  # "T/C with Ethan, states sofa surfing"
        opens = doc[token.i - 1].text in (".", ":")  # "Aaron seen alone ... Says can't return"
        if rest[:1] not in ("'", '"', "‘", "“") and not next_to and not opens:
            continue  # only the child's words: quoted, said right after the child, or a
            # sentence of the note's own that opens with the saying
        start = token.i if opens else max(before)  # "Says can't return home", "Ethan, states"
        quote = QUOTED.search(doc.text, token.idx)
        if quote and quote.start() <= doc[min(token.i + 4, len(doc) - 1)].idx:
            return tree.clip(doc.text[doc[start].idx : quote.end()])  # the quote whole
        return tree.clip(doc[start : min(token.i + 14, token.sent.end)].text.strip(" .;"))
    return ""


def _done_by_the_same(verb) -> list:
    """The verbs of a purpose or manner clause with no subject of its own: "used X to tell",
    "showed it, saying"."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("xcomp", "advcl")
        and c.tag_ in ("VB", "VBG")
        and not any(g.dep_.startswith("nsubj") or g.dep_ == "mark" for g in c.children)
    ]


def _says(verb, purpose: bool = False) -> bool:
    """Whether the verb gives its subject's own words or wishes ("said", "made a disclosure").
    ``purpose``: an infinitive of a past action ("used his book to tell"), done, not planned."""
    planned = tree.planned(verb) and not purpose
    if tree.negated(verb) or planned or verb.pos_ not in ("VERB", "AUX"):
        return False
    if (verb.tag_ == "VBN" and not any(c.lemma_ == "have" for c in verb.children)) or any(
        c.dep_ == "prep" and c.lower_ == "as" for c in verb.children
    ):
        return False  # "J described as a handful": said of the child, not by them
    wh = any(c.tag_ in ("WRB", "WP") and c.i < verb.i for c in verb.subtree)
    if wh and verb.head.lower_ in ("about", "on", "re", "regarding"):
        return False  # "seek her views about where she wants to live": the topic, not her words
    asked_if = any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)
    if asked_if and verb.head.lemma_ in ASK:
        return False  # "asked whether she wanted to talk": the question, not her answer
    if any(c.dep_ == "dobj" and _nothing(c) for c in verb.children) or _nobody_above(verb):
        return False  # "said nothing", "made no disclosure", "nobody asked what he wanted"
    if verb.lemma_ in ("say", "report", "believe", "think") and any(
        c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in verb.children
    ):
        return False  # "Children said to be asleep upstairs": said of them, by others
    if verb.lemma_ in _SOUNDS and _quote_follows(verb):
        return True  # "screamed 'stop'"
    if verb.lemma_ in ("cry", "sob", "call") and _quote_follows(verb):
        # "cried 'I want to stay with you'", not how long: "crying 'for hours'"
        quote = QUOTED.search(verb.doc.text, verb.idx + len(verb.text))
        return quote is not None and bool(
            _FIRST_PERSON.search(quote.group()) or "!" in quote.group()
        )
    if verb.lemma_ in _SOUNDS and not _quote_follows(verb):
        # "shouting at the game", "screaming": a noise; with content ("shouted that he hated
        # her", "screamed 'stop'") it is words
        return any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)
    shown = [c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_ in _HANDING else []
    if any(c.lemma_ in _MADE for c in shown) and QUOTED.search(
        verb.doc.text, verb.idx, verb.sent.end_char
    ):
        # "Niamh gave her a card: 'I liked it here'", "showed HV a drawing of a house 'with a sad
        # monster in it'"; not "showed PO his drawing of a dinosaur"
        return True
    if verb.lemma_ == "report" and any(c.dep_ == "ccomp" for c in verb.children):
        # "FL reported to triage nurse 'daddy dropped me'"; not "reported missing"
        return not any(c.lower_ in ("missing", "absent", "lost") for c in verb.subtree)
    if verb.lemma_ in ("speak", "talk") and _quote_introduced(verb):
        return True  # "spoke to worker in kitchen unprompted: 'I don't want to go back'"
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_ == "share" and not (
        any(c.dep_ == "ccomp" for c in verb.children)
        or _quote_follows(verb)
        or set(objects) & _SHARED
    ):
        return False  # "the bedroom which Jade shares with Ava": a room, not words
    if verb.lemma_ == "write" and set(objects) & {"name", "date", "address"}:
        return False  # "She wrote her name and left every other box blank"
    return (
        verb.lemma_ in VOICE
        or (
            verb.lemma_ in ("make", "give")
            and any(c.dep_ == "dobj" and c.lemma_ in UTTERANCES for c in verb.children)
        )
        or (verb.lemma_ in ("ask", "question") and _own_question(verb))
        # a choice shown with the child's own words: "placed 'dad' under 'don't like'"
        or (verb.lemma_ in ("put", "place", "pick", "choose", "stick") and _quote_follows(verb))
    )


# What a child shares that is their own: "shared her worries", "shared that she is scared".
_SHARED = frozenset(
    ["view", "feeling", "worry", "concern", "wish", "thought", "fear", "experience", "story",
     "picture", "drawing", "news", "secret", "account", "information"]
)  # fmt: skip


# What a child hands or shows that carries their own view, with its words quoted.
_HANDING = frozenset(["show", "give", "hand", "pass"])
_MADE = frozenset(["drawing", "picture", "painting", "card", "letter", "note", "message"])


# Voicing verbs that are only a noise without words: "shouting at the game".
_SOUNDS = frozenset(["shout", "scream", "yell", "whisper", "shriek"])


def _quote_introduced(verb) -> bool:
    """First-person words in quotes that a colon or dash after the verb introduces, in its
    sentence: "spoke to the worker unprompted: 'I don't want to go back'"."""
    doc = verb.doc
    quote = QUOTED.search(doc.text, verb.idx + len(verb.text))
    if quote is None or quote.start() >= verb.sent.end_char:
        return False
    lead = doc.text[verb.idx + len(verb.text) : quote.start()].rstrip()
    return lead.endswith((":", "-", "–")) and bool(_FIRST_PERSON.search(quote.group()))


# The child's silence after a question: "did not answer", "kept his head down and didn't say
# anything", "said nothing".
_NO_ANSWER = re.compile(
    r"\b(?:did not|didn't|would not|wouldn't|could not|couldn't) (?:engage|answer|reply|respond|"
    r"say anything|say|speak)\b|\bsaid nothing\b|\bno (?:answer|reply|response)\b|"
    r"\b(?:shrugged|kept (?:his|her|their) head down)\b",
    re.IGNORECASE,
)


def _quote_before(verb) -> bool:
    """Quoted words right before the verb, as before an inverted subject: "'no', said Leo"."""
    before = verb.doc.text[max(0, verb.idx - 4) : verb.idx].rstrip(" ,")
    return before[-1:] in ("'", '"', "’", "”")


def _asked_quote(verb) -> tuple[str, bool]:
    """The quoted question the verb's subject asked, and whether it was asked of someone named
    before it: right after the verb ("asked 'is mummy coming'") or after the one asked ("asked
    her 'why does Daddy make you cry'", "asked nurse quietly while F took a call: 'can you tell
    anyone?'"), with no other saying verb between; ("", False) if none."""
    doc = verb.doc
    after = verb.idx + len(verb.text)
    quote = QUOTED.search(doc.text, after)
    if quote is None or quote.start() >= verb.sent.end_char:
        return "", False
    between = doc.char_span(after, quote.start(), alignment_mode="contract")
    if between is not None and any(t.pos_ == "VERB" and t.lemma_ in VOICE | ASK for t in between):
        return "", False
    addressee = any(c.dep_ in ("dobj", "dative") and c.idx < quote.start() for c in verb.children)
    if not addressee and not _quote_follows(verb):
        return "", False
    return quote.group(), addressee


_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|you're|you've)\b", re.IGNORECASE)


def _own_question(verb) -> bool:
    """The subject asked the quoted question: "Niamh asked her 'why does Daddy make you cry'",
    "asked 'is mummy coming'". Not the note's shorthand for a question put to the subject, a
    quote spoken to "you" with no one named as asked: "Grace asked 'how did you hurt your
    arm?'"."""
    quote, addressee = _asked_quote(verb)
    if not quote:
        return False
    return addressee or bool(_FIRST_PERSON.search(quote)) or not _SECOND_PERSON.search(quote)


def put_to_the_child(verb, kinds: dict[int, str]) -> bool:
    """The child named as the subject of "asked" with a quote spoken to "you": the question put
    to the child, in a note's shorthand ("Grace asked 'how did you hurt your arm?'")."""
    subject = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subject or kinds.get(subject[0].i) != "SUBJ":
        return False
    if any(c.dep_ in ("dobj", "dative") for c in verb.children) or tree.negated(verb):
        return False
    quote, addressee = _asked_quote(verb)
    if quote:
        return not addressee and not _own_question(verb)
    # "R asked about mood and sleep, did not engage or answer": no answer to it, so he was
    # the one asked
    doc, end = verb.doc, verb.sent.end
    end = doc[end].sent.end if end < len(doc) else end  # or in the next sentence
    return bool(_NO_ANSWER.search(doc[verb.i : end].text))


def _quote_follows(verb) -> bool:
    """The verb's own words in quotes right after it: "asked 'is mummy coming'"."""
    rest = verb.doc.text[verb.idx + len(verb.text) : verb.idx + len(verb.text) + 3].lstrip(" ,:")
    return rest[:1] in ("'", '"', "‘", "“")


def _quoted_answer(doc, kinds: dict[int, str]) -> str:
    """Words in quotes right after the child was asked: "Asked what she thinks - 'I don't like
    the man next door'". A quote after a question to the child, with no other speaker, is the
    child's answer."""
    question = question_to_the_child(doc, kinds, answer_needed=False)
    if question is None or "SUBJ" not in kinds.values():
        return ""
    for m in QUOTED.finditer(doc.text):
        if m.start() <= question.idx:
            continue
        if _quote_follows(question) and m.start() <= question.idx + len(question.text) + 3:
            continue  # "asked 'how did you hurt your arm?'": the question's words, not the answer
        between = doc.char_span(question.idx, m.start(), alignment_mode="expand")
        if between is None or len(between) > 14:
            continue
        if any(kinds.get(t.i) in ("ADULT", "SIB", "PRO") for t in between):
            continue  # someone else answered
        return tree.clip(f"{question} {m.group()}")
    return ""


def _nothing(token) -> bool:
    return token.lower_ in ("nothing", "none") or any(
        c.dep_ == "det" and c.lower_ in ("no", "any") for c in token.children
    )


def _nobody_above(verb) -> bool:
    """A clause inside a negated one: "nobody asked J what he wanted", "did not say he wants"."""
    token = verb
    while token.dep_ in ("ccomp", "xcomp", "advcl") and token.head.i != token.i:
        token = token.head
        if tree.negated(token) or any(
            c.dep_ == "nsubj" and c.lower_ in ("nobody", "noone") for c in token.children
        ):
            return True
    return False


def _said(doc, speaker, verb) -> str:
    """The evidence of the child saying something: the speaker and verb, then what follows the
    verb in its own clause ("said 'I want nan'"), each word once."""
    words = tree.evidence(doc, speaker, verb)
    start = doc.text.find(words, doc[min(speaker.left_edge.i, verb.i)].idx)
    last = doc[min(verb.right_edge.i, verb.i + 13)]
    if start < 0 or last.is_punct and last.i == verb.i + 1:
        return words
    end = last.idx + len(last.text)
    return doc.text[start:end] if end > start + len(words) else words


def heard(doc, kinds: dict[int, str]) -> str:
    """ "A baby could be heard crying", "could hear Noah babbling": the child heard, not seen."""
    for token in doc:
        if token.lemma_.lower() != "hear" or tree.negated(token):
            continue
        if any(
            c.dep_ == "nsubj" and kinds.get(c.i) == "SUBJ" for c in token.children
        ) and not _heard_doing(token, kinds):
            continue  # "he hears shouting at night": the child hearing, not heard
        later = doc[token.i + 1 :]
        if any(
            t.lemma_ in SEE and t.pos_ == "VERB" and not tree.negated(t) and not tree.planned(t)
            for t in later
        ):
            continue  # "heard crying, then seen in the cot": seen after all
        if any(kinds.get(t.i) == "SUBJ" for t in token.subtree) or (
            token.dep_ == "acl" and kinds.get(token.head.i) == "SUBJ"
        ):  # "Noah could be heard crying", "Baby heard babbling during call"
            start = min(token.left_edge.i, token.head.i if token.dep_ == "acl" else token.i)
            return tree.clip(doc[start : token.right_edge.i + 1].text.strip(" .;:,"))
    return ""


# Sounds that are words: "heard screaming 'stop it, Dad'"; not crying ("crying 'for hours'").
_VOICING = frozenset(["scream", "shout", "say", "yell", "call", "beg", "plead", "shriek", "ask"])


def heard_saying(doc, kinds: dict[int, str]) -> str:
    """Words the child was heard to say: the child, then "heard", then a voicing verb with a
    quote right after it ("Child heard in the background screaming 'wake up, Wayne'"), and no
    one else named in between; "" if none."""
    for token in doc:
        if token.lemma_ not in _VOICING or token.i + 2 >= len(doc):
            continue
        if doc[token.i + 1].text not in ("'", "‘", '"', "“"):
            continue
        before = doc[token.sent.start : token.i]
        hear = next((t for t in before if t.lemma_.lower() == "hear"), None)
        named = [kinds[t.i] for t in before if t.i in kinds]
        if hear is None or not named or named[-1] != "SUBJ":
            continue
        quote = QUOTED.match(doc.text, doc[token.i + 1].idx)
        end = quote.end() if quote else token.sent.end_char
        return tree.clip(doc.text[token.idx : end])
    return ""


def _heard_doing(verb, kinds: dict[int, str]) -> bool:
    """ "Child heard crying inside": a note's passive, the child heard making the sound. Its
    subject is a name or "child", not a pronoun, the verb a bare past form, an -ing form right
    after it, and no auxiliary ("he could hear", "she hears")."""
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    after = verb.doc[verb.i + 1 : verb.i + 2]
    return (
        subject.pos_ != "PRON"
        and verb.lower_ == "heard"
        and not any(c.dep_ == "aux" for c in verb.children)
        and bool(after)
        and after[0].tag_ == "VBG"
    )


def asked(doc, kinds: dict[int, str], answer_needed: bool = True) -> str:
    """An asking verb whose only participants are the child or nobody: "asked how things were";
    the words from the verb, its question with it ("Asked who she trusts"); "" if none."""
    token = question_to_the_child(doc, kinds, answer_needed)
    if token is None:
        return ""
    words = tree.evidence(doc, token, token)
    if len(words.split()) < 3:  # "Asked who she trusts", not "Asked" alone
        words = tree.clip(doc[token.i : token.right_edge.i + 1].text.strip(" .,;:-"))
    return words


def _the_writer_asked(verb) -> bool:
    """The writer was the one asked: "R ... asked me 'do I have to go?'", "asked us if she could
    stay" (the child, or a parent, putting a question to the writer)."""
    return any(c.dep_ in ("dobj", "dative") and c.lower_ in ("me", "us") for c in verb.children)


def question_to_the_child(doc, kinds: dict[int, str], answer_needed: bool = True):
    """The asking verb of ``asked``, or None."""
    for token in doc:
        if (
            token.lemma_ not in ASK
            or token.pos_ != "VERB"
            or tree.negated(token)
            or tree.planned(token)
        ):
            continue
        if _the_writer_asked(token):
            continue  # "R ... asked me 'do I have to go?'": the child asking, not being asked
        if put_to_the_child(token, kinds):
            return token
        if any(c.dep_ == "nsubj" and kinds.get(c.i) != "PRO" for c in token.children):
            continue  # the child, a parent or "the tenant" asking is not the child being asked
        if any(
            c.dep_ == "xcomp" and c.lemma_ not in VOICE | {"talk", "speak"} for c in token.children
        ):
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
        addressed = _addressed(token, kinds) or _about_the_child(token, kinds)
        if token.lemma_ in CONVERSE and not addressed:
            continue  # "discussed nursery place", "Jayden's case discussed": not with the child
        if not addressed and answer_needed and not _answered(doc, token, kinds):
            continue  # "asked how things were": the child must answer, or be the one asked
        return token
    return None


def _addressed(verb, kinds: dict[int, str]) -> bool:
    """The child is the one asked or spoken with: "asked Leo", "Leo was asked", "talked with Leo"."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "nsubjpass") and kinds.get(child.i) == "SUBJ":
            return True
        if (
            child.dep_ == "prep"
            and child.norm_ in ("with", "to")
            and any(kinds.get(g.i) == "SUBJ" and g.dep_ == "pobj" for g in child.children)
        ):
            return True
    return False


# What a question about the child's own state asks: "asked if he was ok", "explored what he
# would like", "asked how she was feeling".
FEELING = frozenset(
    ["feel", "want", "like", "wish", "worry", "think", "need", "trust", "fear", "enjoy", "miss",
     "hate", "love", "prefer", "hope"]
)  # fmt: skip
STATES = frozenset(
    ["ok", "okay", "alright", "happy", "safe", "sad", "scared", "worried", "fine", "upset",
     "frightened", "afraid", "lonely", "angry", "unhappy", "settled"]
)  # fmt: skip


def _about_the_child(question, kinds: dict[int, str]) -> bool:
    """The question's content clause asks the child's own feelings or wishes, with the child its
    subject: "PC asked if he was ok", "the clinician explored what he would like". Not when a
    parent answers it ("asked how Jack was feeling; mum said ...")."""
    for clause in question.children:
        if clause.dep_ not in ("ccomp", "advcl") or clause.i < question.i:
            continue
        if not any(c.dep_ == "nsubj" and kinds.get(c.i) == "SUBJ" for c in clause.children):
            continue
        state = any(c.dep_ == "acomp" and c.lemma_.lower() in STATES for c in clause.children)
        if clause.lemma_ in FEELING or (clause.lemma_ == "be" and state):
            doc = question.doc
            return not any(
                kinds.get(t.i) == "ADULT" and t.dep_ == "nsubj" and t.head.lemma_ in VOICE
                for t in doc[question.i + 1 :]
            )
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


def questions_to(doc, kinds: dict[int, str]) -> str:
    """Questions the child met: "Pt able to answer questions", "EJ would not engage with
    questions", "answered the officer's questions". The questions were put to the child even when
    the child gave no answer; "" if none."""
    unanswered = _no_answer_to_questions(doc, kinds)
    if unanswered:
        return unanswered
    for token in doc:
        if token.lemma_.lower() != "question" or token.pos_ != "NOUN":
            continue
        node = token
        for _ in range(4):  # up to the verb whose subject meets the questions
            if node.dep_ not in ("dobj", "pobj", "prep", "xcomp", "acomp"):
                break  # not across "and": "Dean present and answered many questions"
            node = node.head
            subject = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subject:
                if kinds.get(subject[0].i) == "SUBJ":
                    start = min(subject[0].i, token.i)
                    return tree.clip(doc[start : token.i + 1].text)
                break
            if node.head.i == node.i:
                break
    return ""


_QUESTIONS = frozenset(["q", "qs", "q's", "question", "questions"])


def _no_answer_to_questions(doc, kinds: dict[int, str]) -> str:
    """A note's "Layla & Jack no response to qs", "RC seen alone - no response to qs re school":
    the child's "no response" (answer, reply) to questions; "" if none. The parser reads "qs" as
    a verb, so the words are found in order and the child as the subject of the noun or its head.
    """
    for token in doc:
        if token.lower_ not in ("response", "answer", "reply", "responses", "answers", "replies"):
            continue
        follow = [t.lower_ for t in doc[token.i + 1 : token.i + 4]]
        if not any(c.lower_ == "no" for c in token.children) or follow[:1] != ["to"]:
            continue
        if not any(word in _QUESTIONS for word in follow[1:]):
            continue
        for holder in (token, token.head):
            subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                if kinds.get(subject.i) == "SUBJ":
                    return tree.clip(doc[subject.i : token.i + 3].text)
                break
    return ""
