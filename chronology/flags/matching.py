"""The word rules applied: each rule of ``rules`` over the marked text, dropped where its clause is a
plan, hearsay, negated, about someone else than the subject, or (for the contact's circumstances)
inside someone's quoted words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chronology.flags import rules as vocab
from chronology.flags.frames import INFORMATION, OUTCOME_AFTER, QUOTED, near_interpreter
from chronology.flags.people import Marked
from chronology.flags.tree import clip
from chronology.flags.values import UNKNOWN, FlagValue


def first_rule(marked: Marked, flag: str) -> FlagValue:
    for rule, pattern in _compiled(flag):  # highest rank first
        for m in pattern.finditer(marked.text):
            if _applies(rule, m, marked):
                return FlagValue(rule.value, "inferred", _evidence(marked, m))
    return UNKNOWN


def _applies(rule: vocab.Rule, m: re.Match, marked: Marked) -> bool:
    sentence_start = max(marked.text.rfind(c, 0, m.start() + 1) for c in ".;!?")
    before = marked.text[sentence_start + 1 : m.start()]
    if (rule.value == "yes" or rule.who == "subject") and _INTENT.search(before):
        return False
    if rule.value == "yes" and _PLAN_HEADING.search(before):
        return False  # "Plan: see Kian alone next time"
    if (
        rule.flag == "child_seen"
        and rule.value == "yes"
        and OUTCOME_AFTER.match(marked.text, m.end())
    ):
        return False  # "Planned young carer check with Millie - absent": no one came
    if rule.value == "yes" and _PLAN_AFTER.match(marked.text, m.end()):
        return False  # "direct work rebooked for Monday", "ABE interview of LJ to be considered"
    if rule.flag == "wishes_sought" and rule.value == "yes" and _CARER_DOES.search(before):
        return False  # "Mum filled in the questionnaire with Jasmine": the parent's doing
    if rule.flag == "wishes_sought" and rule.who == "actor" and _CALLER.search(before):
        return False  # "SW rang - asked if C has a breakfast club place": asked of the writer
    if rule.flag == "wishes_expressed" and rule.value == "yes" and _QUESTION_OF.search(before):
        return False  # "asked whether SUBJ wanted to talk": the question put, not an answer
    if rule.value == "yes" and _PLAN_INSIDE.search(m.group()):
        return False  # "Mason's views: 'to be gathered by FSW'"
    if rule.flag == "seen_alone" and rule.value == "no" and _REFUSED_COMPANY.search(before):
        return False  # "declined to speak with parents present": she would not have them there
    if rule.flag == "seen_alone" and rule.value == "no" and rule.who == "any":
        start = _sentence_start(marked.text, m.start())
        earlier = [kind for at, kind in marked.mentions if start < at < m.start() and kind != "PRO"]
        if earlier and earlier[-1] == "SIB" and "SUBJ" not in earlier:
            return False  # "Daria seen in lounge w/ mum": the sister's company, not the child's
        adults = [
            at for at, kind in marked.mentions if kind == "ADULT" and m.start() <= at < m.end()
        ]
        if adults and all(_not_a_carer(marked, at) for at in adults):
            return False  # "brought to the front counter by a neighbour": no carer with her
        if not adults and _VOLUNTEER.search(marked.text, max(0, m.start() - 30), m.end()):
            return False  # "a volunteer appropriate adult attended": the word, not a carer
        if re.match(r"not (?:seen|spoken|viewed|interviewed)\b", m.group()) and (
            _CARER_NOT_ALONE.search(marked.text, start + 1, m.start())
        ):
            return False  # "mum not spoken to alone": the carer's time alone, not the child's
    if rule.flag == "seen_alone" and _UNREACHED.search(m.group()):
        if _CALLING.search(before):
            return False  # "phoned R directly (mum not answering)": a call, no one seen
        unreached = next((at for at, kind in marked.mentions if m.start() <= at < m.end()), -1)
        others = [
            at
            for at, kind in marked.mentions
            if kind == "ADULT"
            and not m.start() <= at < m.end()
            and not _came_later(marked, unreached, at, m.end())
        ]
        if others:
            return False  # "mum not answering. Leo stayed with his dad": another carer there
    if rule.flag == "child_seen" and _UNANSWERED.match(m.group()) and _ASKED.search(before):
        return False  # "Jordan asked re intent - no response": the child's silence, not the door's
    if rule.flag == "seen_alone" and _ends_quoted(marked.text, m):
        return False  # "would not say, 'just leave me alone'": the child's words, not the contact
    if rule.flag in ("child_seen", "seen_alone") and _quoted(marked.text, m):
        return False  # "LR said 'mummy's poorly in bed'": words said, not the visit's "in bed"
    if rule.flag == "child_seen" and _OUTCOME.fullmatch(m.group()):
        # "Planned contact - supervision - venue. Attended.": the outcome of an appointment,
        # not a police "DA incident. Attended.", which is the officers'
        return bool(_CONTACT_NAMED.search(marked.text, 0, m.start()))
    if rule.flag in ("child_seen", "seen_alone") and rule.value == "yes":
        if _HEARSAY.search(before):
            return False
        if _LAST_TIME.match(before):
            return False  # "Not in today ... Last attended Wed 2/10, fell asleep at story time"
        clause = _CLAUSE_BREAK.split(before)[-1] + m.group()
        if rule.flag == "child_seen" and _NEGATED.search(clause):
            return False
    wishes_no = rule.flag in ("wishes_sought", "wishes_expressed") and rule.value == "no"
    if wishes_no and rule.who == "any" and _about_another(marked, m):
        return False  # "Lacey seen in lounge, not spoken to", "Susp BOSTOCK not spoken to"
    if rule.who == "actor" and rule.value == "yes" and _only_a_sibling(marked):
        return False  # "CP medical: no injuries. Sibling 1 spoke of ...": the sibling's contact
    calling = rule.flag == "child_seen" and rule.value == "no" and _CALLING.search(m.group())
    if calling and _interpreters_line(marked, m):
        return False  # "Seen with mum (interpreter by phone for mum)": the interpreter's line
    if calling and rule.who == "any" and _with_another(marked, m):
        return False  # "located in the park ... Mother informed by phone": the call was hers
    if rule.who == "contact":
        if _CARERS_MEETING.search(before) and _MEETING_WORD.match(m.group()):
            return False  # "While his mother was in the meeting he was in the playroom": theirs
        where = rule.value == "no" and _WHEREABOUTS.fullmatch(m.group())
        if where and _last_person(marked, m) in ("SIB", "ADULT"):
            return False  # "SIB said SIB was poorly and in bed": where someone else was
        if rule.value == "no" and _CHILD_SAID.search(before):
            return False  # "CAB stated ... didn't want her mum called": in the child's words
        if rule.value == "no" and _STAFF_BEFORE.search(before) and _NOT_THERE.match(m.group()):
            return False  # "the booked interpreter did not attend": the staff member's absence
        return not _with_another(marked, m)
    if rule.who == "answer":
        # "Saw Chloe alone. Asked about home; reports bullying": the child named just before
        # (not "Mum seen. Asked about benefits; says she is struggling")
        start = _sentence_start(marked.text, m.start())
        previous = _sentence_start(marked.text, start) if start >= 0 else -1
        named = [kind for at, kind in marked.mentions if previous < at < m.end()]
        return "SUBJ" in named and _last_person(marked, m) in ("SUBJ", None)
    if rule.who == "refusal" and INFORMATION.match(marked.original):
        return False  # "Call from school DSL: Aiden refused to say how": asked by others
    if rule.who not in ("actor", "refusal"):
        return True
    if rule.flag == "wishes_expressed" and _JOINED.match(m.group()):
        # "SW briefly saw N before leaving and said goodbye": the joined verb is the sentence's
        # first doer's
        start = _sentence_start(marked.text, m.start())
        first = next((kind for at, kind in marked.mentions if start < at < m.start()), None)
        opening = marked.text[start + 1 : m.start()].lstrip(" -–:")
        if first == "PRO" and opening.startswith(first):
            return False
    seeing = rule.flag in ("child_seen", "seen_alone")
    if (
        seeing
        and rule.value == "yes"
        and re.match(r"\s*(?:the |SUBJ's )?(?:ADULT|SIB)\b", marked.text[m.end() :])
    ):
        return False  # "Seen Mason alone": the one seen is named right after
    # who speaks: "cancel Kai's review, says he has chicken pox" is not Kai speaking
    return _last_person(marked, m, owner=rule.flag == "wishes_expressed") in ("SUBJ", None)


def _interpreters_line(marked: Marked, m: re.Match) -> bool:
    """The call is the interpreter's, in the words just around it (in the entry as written)."""
    return near_interpreter(marked.original, *marked.span(m.start(), m.end()))


# A sentence about the last time the child was seen, in an entry about another day.
_LAST_TIME = re.compile(
    r"\s*(?:SUBJ )?(?:was |were )?last (?:attended|seen|sighted|visited|in school|in nursery|at)\b",
    re.IGNORECASE,
)
# A carer who is the one not seen alone, named straight before it: "mum not spoken to alone".
_CARER_NOT_ALONE = re.compile(r"\bADULT (?:was |were |has |had |been )*$")
# A carer doing the thing, named straight before it: "Mum filled in the questionnaire with".
_CARER_DOES = re.compile(r"\bADULT (?:\w+ )?$")
# A practitioner of another agency on the telephone to the writer, whose question follows.
_CALLER = re.compile(
    r"\bPRO2?(?: [A-Z][a-z]+)? (?:rang|called|phoned|e-?mailed|texted)\b(?: in)?\W*$"
)
# The child's own account, which a call or a visit inside it is part of, not this contact.
_CHILD_SAID = re.compile(
    r"\bSUBJ (?:\w+ ){0,2}?(?:said|says|stated|states|told|tells|explained|disclosed)\b"
)
# A heading under which what follows is still to be done: "Plan: see C alone".
_PLAN_HEADING = re.compile(
    r"\b(?:plan|actions?|next steps?|to do)\s*[:–-]\s*(?:\w+\s+){0,2}$", re.IGNORECASE
)
# A carer not to be had or not come yet: "mum not answering", "mother en route".
_UNREACHED = re.compile(
    r"en route|on (?:SUBJ's |ADULT's |the )?way|contactable|could not be|not answering|"
    # a carer who came only later: "before mother arrived", "Dean arrived part way through"
    r"^before\b|\b(?:at (?:the )?end|towards the end|near the end|part ?way|halfway)\b"
)
# A question put to the child, and no answer to it.
_ASKED = re.compile(r"\bSUBJ (?:was )?asked\b|\basked SUBJ\b")
_UNANSWERED = re.compile(r"no (?:reply|answer|response)\b")

# A meeting the carers were in while the child was elsewhere: "while ADULT and ADULT were in
# the", "(while ADULT & ADULT in d/c planning".
_CARERS_MEETING = re.compile(
    r"\b(?:while|whilst)\b[^.;:]{0,30}\bADULT\b[^.;:]{0,20}?\b(?:in|at|attended|attending)"
    r"(?: (?:the|a|an|their|his|her))?(?: [\w/&-]+){0,3} ?$"
)
_MEETING_WORD = re.compile(r"(?:meeting|mtg|strategy|conference)", re.IGNORECASE)

_CALLING = re.compile(
    r"phon|\brang\b|\bcall|T/C|\btel\b|\btext|voicemail|\bVM\b|contacted|e-?mail", re.IGNORECASE
)


def _came_later(marked: Marked, unreached: int, at: int, end: int) -> bool:
    """The carer not there yet is the one named later, once the child has been seen: "mother
    en route. Pt asked re drugs ... Mum arrived 0150": the time before she came was alone."""
    if unreached < 0:
        return False
    if at < unreached and _person(marked, at) == _person(marked, unreached) != "":
        return True  # "asked that mum not be told. Mother attended at end": the same one, late
    if at < end:
        return False
    if _person(marked, at) in ("she", "her", "he", "him"):
        return True  # "Mother attended at end; no disclosure made in her presence": the same one
    if not any(end <= where < at for where, kind in marked.mentions if kind == "SUBJ"):
        return False
    return _person(marked, unreached) == _person(marked, at)


def _not_a_carer(marked: Marked, at: int) -> bool:
    """An ADULT mention whose company leaves a child alone (8.40 asks after parents and carers):
    a neighbour, a passer-by, a volunteer appropriate adult ("mum NCR, a volunteer appropriate
    adult attended"), not "mother attended as appropriate adult"."""
    start, end = marked.span(at, at + len("ADULT"))
    return bool(_NOT_A_CARER.search(marked.original, max(0, start - 30), end))


# An appropriate adult from a scheme, not a parent acting as one ("mother attended as AA").
_SCHEME_AA = r"\b(?:volunteer|independent|an?) appropriate adult"
_NOT_A_CARER = re.compile(
    rf"(?:\bneighbou?rs?|\bpassers?-?by|\bmember of (?:the )?public|{_SCHEME_AA})$", re.IGNORECASE
)
_VOLUNTEER = re.compile(rf"{_SCHEME_AA}\b", re.IGNORECASE)


def _person(marked: Marked, at: int) -> str:
    """Who an ADULT mention is, by its word: "mum", "Mother" and "M" are the same carer."""
    start, end = marked.span(at, at + len("ADULT"))
    words = marked.original[start:end].lower().removesuffix("'s").split()
    word = words[-1] if words else ""
    return _CARER_WORDS.get(word, word)


_CARER_WORDS = {
    **dict.fromkeys(("mum", "mother", "mummy", "mom", "mam", "m"), "mother"),
    **dict.fromkeys(("dad", "father", "daddy", "f"), "father"),
}


_WHEREABOUTS = re.compile(vocab.WHEREABOUTS, re.IGNORECASE)


def _about_another(marked: Marked, m: re.Match) -> bool:
    """The match's sentence is about someone else: it opens with a sibling or an adult and does
    not name the child ("Lacey seen in lounge, appeared well, not spoken to")."""
    start = _sentence_start(marked.text, m.start())
    named = [kind for at, kind in marked.mentions if start < at < m.end()]
    return bool(named) and named[0] in ("SIB", "ADULT") and "SUBJ" not in named


def _with_another(marked: Marked, m: re.Match) -> bool:
    """The match's sentence is a call or meeting with an adult, not naming the child, whom
    another sentence names: "TA helped her change; LR said ... DSL phoned mum - no answer"."""
    text = marked.text
    before = [e.start() for e in _CALL_END.finditer(text, 0, m.start())]
    start = before[-1] + 1 if before else 0
    after = _CALL_END.search(text, m.end())
    end = after.start() if after else len(text)
    if not _CALLING.search(text, start, end):
        return False  # a meeting with the parents is still not a sighting
    inside = {kind for at, kind in marked.mentions if start <= at < end}
    elsewhere = any(kind == "SUBJ" and not start <= at < end for at, kind in marked.mentions)
    if "SUBJ" in inside or not elsewhere:
        return False
    # "Mgr informed, call to Front Door": a referral made after the child was in the entry
    earlier = any(kind == "SUBJ" and at < start for at, kind in marked.mentions)
    agency = "PRO" in inside or _AGENCY.search(text, start, end)
    return "ADULT" in inside or bool(earlier and agency)


# A sentence's end: not a note's query mark on a word ("?head injury, ?fall") or a time's point.
_SENTENCE_END = re.compile(r"[!\n]|\?(?![A-Za-z])|\.(?!\d)")
# Where a call's clause ends: a sentence's end or a semicolon.
_CALL_END = re.compile(rf"{_SENTENCE_END.pattern}|;")

_AGENCY = re.compile(
    r"\b(?:front door|MASH|EDT|LADO|CSC|children's services|social care|police|101|999|duty|"
    r"team|mgr|manager|referrals?)\b",
    re.IGNORECASE,
)


def _only_a_sibling(marked: Marked) -> bool:
    """The entry names a sibling and, outside quoted words, never the subject."""
    quotes = [(q.start(), q.end()) for q in QUOTED.finditer(marked.text)]
    kinds = {kind for at, kind in marked.mentions if not any(a <= at < b for a, b in quotes)}
    return "SIB" in kinds and "SUBJ" not in kinds


def _quoted(text: str, m: re.Match) -> bool:
    """The match lies wholly inside quoted words."""
    return any(q.start() <= m.start() and m.end() <= q.end() for q in QUOTED.finditer(text))


def _ends_quoted(text: str, m: re.Match) -> bool:
    """The match begins outside quoted words and ends inside them."""
    return any(m.start() < q.start() < m.end() <= q.end() for q in QUOTED.finditer(text))


_HEARSAY = re.compile(vocab.HEARSAY, re.IGNORECASE)

_OUTCOME = re.compile(vocab.OUTCOME_ATTENDED, re.IGNORECASE)
_CONTACT_NAMED = re.compile(
    r"\b(?:appt|appointment|session|contact|clinic|supervision|review)\b", re.IGNORECASE
)

_PLAN_AFTER = re.compile(
    r"(?:[^.;,]{0,20}?\b)?(?:to be|(?:was |were |is |are |has been )?(?:re)?(?:booked|arranged|"
    r"planned|offered|considered|cancelled|postponed|scheduled|requested))\b|"
    # a time still to come in the clause: "Joint visit to Connor at school 10:00 tomorrow"
    r"[^.;]{0,40}?\b(?:tomorrow|next (?:week|month))\b",
    re.IGNORECASE,
)

_REFUSED_COMPANY = re.compile(
    r"\b(?:declined|refused|did not want|didn't want|would not|wouldn't|unwilling|reluctant) to "
    r"(?:speak|talk|be seen|be interviewed|say|answer|engage|open up)\W*(?:\w+\W*){0,2}$",
    re.IGNORECASE,
)

# A practitioner right before a failure: "The booked interpreter did not attend", "SW absent".
_STAFF_BEFORE = re.compile(r"\bPRO(?: (?:was|were|had|has))? $")
_NOT_THERE = re.compile(r"did not attend|failed to attend|absent|DNA\b", re.IGNORECASE)

_QUESTION_OF = re.compile(
    r"\b(?:whether|if|about where|about what|about how|about who) $", re.IGNORECASE
)

_JOINED = re.compile(r"(?:and|then|but) ", re.IGNORECASE)

_PLAN_INSIDE = re.compile(r"\b(?:to|will) be \w+", re.IGNORECASE)

_INTENT = re.compile(vocab.INTENT, re.IGNORECASE)

_NEGATED = re.compile(vocab.NEGATED, re.IGNORECASE)

_CLAUSE_BREAK = re.compile(vocab.CLAUSE_BREAK, re.IGNORECASE)


def _last_person(marked: Marked, m: re.Match, owner: bool = False) -> str | None:
    """Return who acts at a match: the last person before it, or one it starts with.

    People inside the match after a preposition ("with mum", "away from his parents") are
    objects, not actors.
    """
    sentence = _sentence_start(marked.text, m.start())
    people = [
        kind
        for at, kind in marked.mentions
        if kind != "PRO"
        and at > sentence  # the actor is in the match's own sentence
        and not (
            owner
            and marked.text.startswith("'s", at + len(kind))  # "Kai's review"
            and not _LABEL.match(marked.text, at + len(kind))  # "Mum's views: wants ..."
            and not _PHONE.match(marked.text, at + len(kind))  # "Rang mum's mobile - says"
        )
        and (
            (at < m.start() and not _COMPANY.search(marked.text, max(0, at - 24), at))
            or (at < m.end() and not _PREPOSITION.search(marked.text, max(0, at - 24), at))
        )
    ]
    return people[-1] if people else None


# Who the actor was with, before the match: "Leo seen with mum, ... answered" is Leo's answer.
_COMPANY = re.compile(
    r"\bSUBJ (?:(?:was|were) )?(?:seen|met|visited|examined|weighed) (?:with|w/|alongside) "
    r"(?:SUBJ's )?$"
)


# A note's label for whose words follow: "ADULT's views: wants rehousing" are the adult's.
_LABEL = re.compile(
    r"'s (?:views?|wishes|voice|words|account|comments?|feelings)\s*:", re.IGNORECASE
)

# The phone of whoever then speaks: "Rang mum's mobile - says they are at nan's".
_PHONE = re.compile(r"'s (?:mobile|phone|number|landline|voicemail)\b", re.IGNORECASE)

# A sentence's end: not the point in a time or number ("phoned 9.15 - says he is poorly").


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins: the last sentence end before it, or -1."""
    ends = [e.start() for e in _SENTENCE_END.finditer(text, 0, at)]
    return ends[-1] if ends else -1


_PREPOSITION = re.compile(r"\b(?:with|without|from|by|to|of|for|about|on|in|at) (?:SUBJ's )?$")


@lru_cache(maxsize=8)
def _compiled(flag: str) -> tuple[tuple[vocab.Rule, re.Pattern], ...]:
    rules = sorted((r for r in vocab.RULES if r.flag == flag), key=lambda r: -r.rank)
    return tuple((r, re.compile(_fast(_aside_allowed(r.pattern)), re.IGNORECASE)) for r in rules)


def _aside_allowed(pattern: str) -> str:
    """Let a bracketed aside follow the subject wherever a rule reads "SUBJ ": "Harvey (9,
    non-verbal autism, uses PECS) seen in clinic" reads as "Harvey seen in clinic". Not inside a
    look-behind, which must keep its width."""
    return re.sub(r"(?<!\(\?<!)(?<!\(\?<=)SUBJ ", lambda _: _ASIDE_AFTER, pattern)


_ASIDE_AFTER = r"SUBJ(?: \([^()]{0,60}\))? "


def _fast(pattern: str) -> str:
    """Prefix ``(?=S)`` when every alternative starts at SUBJ: the scan then skips other letters."""
    depth, start, branches = 0, 0, []
    for i, c in enumerate(pattern):
        if c == "\\" or (i and pattern[i - 1] == "\\" and (i < 2 or pattern[i - 2] != "\\")):
            continue
        depth += {"(": 1, ")": -1}.get(c, 0)
        if c == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
    branches.append(pattern[start:])
    if all(_STARTS_AT_SUBJ.match(b) for b in branches):
        return "(?=S)" + pattern
    return pattern


_STARTS_AT_SUBJ = re.compile(r"(?:\(\?<![^()]*\))*\\bSUBJ")


def _evidence(marked: Marked, m: re.Match) -> str:
    start, end = marked.span(m.start(), m.end())
    words = marked.original[start:end].strip(" .;:,-")
    if len(words) >= 12:
        return words
    clause_start = max(marked.original.rfind(c, 0, start) for c in ".;:\n") + 1
    ends = [i for i in (marked.original.find(c, end) for c in ".;\n") if i >= 0]
    clause = marked.original[clause_start : min(ends, default=len(marked.original))].strip()
    return clip(clause) if clause else words
