"""What the flags' statistical model sees in an entry: words, word families, negation, who is where.

The entry is first marked (``flags.mark_people``: people become SUBJ, SIB, ADULT, PRO), then cut
into clauses. Each word is reduced to a crude stem and, when it belongs to a family below, also to
the family's name, so that a verb the training rows never used ("conveyed") still counts as what
it is (a sighting). Words after a negation in the same clause carry a ``~`` ("~F:sight": "not
seen"). Who stands next to a family word is kept as an ordered pair ("SUBJ<F:sight": the subject
was seen; "F:sight>ADULT": an adult was), which is how the model learns who saw whom without a
parser. Every feature is a short string; the model's weights are keyed by them.
"""

from __future__ import annotations

import re

# Word families by stem (see ``_stem``); each stem belongs to one family.
FAMILIES: dict[str, tuple[str, ...]] = {
    "sight": (
        "saw", "see", "seen", "view", "sight", "observ", "examin", "weigh", "measur", "handl",
        "vaccinat", "immunis", "check", "triag", "assess", "review", "met", "meet", "visit",
        "interview", "locat", "found", "remov", "woke", "treat", "bath", "photograph", "x-ray",
        "plott", "convey", "admit", "discharg", "collect", "brought", "accompani", "present",
        "attend", "arriv", "came", "come", "join", "sat", "play", "stay", "transport", "escort",
        "scan", "stitch", "glu", "dress", "undress", "fed", "feed", "chang", "cuddl", "held",
    ),
    "talk": (
        "spoke", "speak", "spoken", "talk", "chat", "listen", "ask", "explor", "sought", "seek",
        "ascertain", "elicit", "consult", "direct", "session", "work", "question", "engag",
    ),
    "say": (
        "said", "say", "told", "tell", "stat", "disclos", "explain", "describ", "express",
        "shar", "drew", "draw", "wrote", "indicat", "want", "wish", "like", "love", "miss",
        "hate", "repli", "answer", "comment", "complain", "alleg", "confid", "beg", "scor",
        "rat", "gave", "chose", "word", "voic", "view", "feel", "scare", "frighten", "worri",
    ),
    "look": (
        "appear", "look", "seem", "happi", "settl", "distress", "quiet", "pale", "thin",
        "withdrawn", "tir", "clean", "unkempt", "content", "dirti", "smelli", "alert", "smil",
        "cri", "upset", "chatti", "hungri", "unwel", "well", "subdu", "wari", "anxious", "clingi",
        "live", "activ", "sleepi", "bright", "injur", "bruis", "mark", "sore", "rash", "cold",
        "wet", "frighten", "reluct", "giggl", "laugh", "ate", "eat", "walk", "crawl", "run",
        "ran", "hid", "hide", "babbl", "point", "climb", "scream", "shrug", "nod", "wav", "sleep",
        "asleep", "sleeping", "respond", "cooper", "engag",
    ),
    "remote": (
        "phone", "telephon", "call", "rang", "ring", "text", "voicemail", "letter", "email",
        "post", "wrote", "messag", "meet", "meeting", "strategi", "confer", "icpc", "rcpc",
        "marac", "minut", "virtual", "video", "online", "t/c", "tc", "referr", "fax", "e-consult",
    ),
    "absent": (
        "dna", "wnb", "absent", "cancel", "miss", "fail", "declin", "refus", "unabl", "away",
        "out", "holiday", "abroad", "upstair", "asleep", "bed", "nap", "left", "gone", "tri",
        "attempt", "locat", "access", "repli", "answer", "respons", "nobodi", "noone", "unavail",
        "elsewher", "shop", "park", "creche", "nurseri", "school",
    ),
    "place": (
        "home", "hous", "flat", "room", "lounge", "kitchen", "bedroom", "garden", "hallway",
        "properti", "address", "clinic", "surgeri", "practic", "ward", "ed", "a&e", "hospit",
        "nurseri", "school", "class", "classroom", "playground", "suite", "unit", "centr",
        "car", "cot", "pram", "buggi", "highchair", "chair", "door", "doorstep", "bedsid",
    ),
    "presence": ("present", "throughout", "presenc", "remain", "bedsid", "behind", "accompani"),
    "alone": ("alone", "own", "privat", "individu", "1:1", "one-to-on", "separ"),
    "record": (
        "record", "file", "note", "minut", "report", "document", "receiv", "alloc", "clos",
        "close", "plan", "supervis", "discuss", "agre", "referr", "refer", "nfa", "chronolog",
        "summari", "upload", "scann", "request", "email", "letter",
    ),
    "young": ("young", "pre-verb", "preverb", "verbal", "babi", "infant", "newborn", "month"),
}  # fmt: skip

_FAMILY_OF: dict[str, tuple[str, ...]] = {}
for _name, _stems in FAMILIES.items():
    for _stem in _stems:
        _FAMILY_OF[_stem] = (*_FAMILY_OF.get(_stem, ()), _name)

PEOPLE = ("SUBJ", "ADULT", "SIB", "PRO")
_NEGATORS = {
    "not", "no", "never", "n't", "unabl", "without", "nobodi", "none", "neither", "nor",
    "fail", "declin", "refus", "cannot", "couldn't", "didn't", "wasn't", "weren't", "isn't",
    "tri", "attempt",
}  # fmt: skip
_CLAUSE = re.compile(r"[.;!?\n]+|,|:|\s[-–]\s|\b(?:but|however|although|though|while|whereas)\b")
_TOKEN = re.compile(r"SUBJ|ADULT|SIB|PRO|n't|[A-Za-z][A-Za-z'/&-]*|\d+(?::\d+)?")
_SUFFIXES = ("ingly", "ing", "edly", "ed", "ies", "es", "s", "y", "e", "ly", "ment")
_WINDOW = 4  # words either side of a family word in which a person counts as its partner


def _stem(word: str) -> str:
    low = word.lower().removesuffix("'s").removesuffix("’s")
    for suffix in _SUFFIXES:
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            return low[: -len(suffix)] + ("i" if suffix in ("ies", "y") else "")
    return low


def _units(clause: str) -> list[tuple[str, tuple[str, ...], bool]]:
    """Return (stem or person, families, negated) for each word of one clause."""
    units, negated = [], False
    clause = _HEARSAY.sub(r"reportedly \1", clause)  # "said to be asleep": nobody spoke
    for token in _TOKEN.findall(clause):
        if token in PEOPLE:
            units.append((token, (), negated))
            continue
        stem = _stem(token)
        if stem in _NEGATORS or token.lower().endswith("n't"):
            negated = True
            units.append(("NEG", (), False))
            continue
        place = stem in _WORKPLACE and units and units[-1][0] in _TO_OR_AT
        units.append((stem, () if place else _FAMILY_OF.get(stem, ()), negated))
    return units


_HEARSAY = re.compile(r"\b(?:said|says|reported|thought|believed) to (be|have)\b", re.IGNORECASE)
# "Mum was at work", "back to work": a workplace, not the direct work done with a child.
_WORKPLACE = {"work"}
_TO_OR_AT = {"at", "to", "from", "off"}


def features(marked_text: str) -> set[str]:
    """Return the set of feature strings for one marked entry (placeholders for people)."""
    found: set[str] = set()
    clauses = [c for c in _CLAUSE.split(marked_text) if c and c.strip()]
    for index, clause in enumerate(clauses):
        units = _units(clause)
        where = "first" if index == 0 else "later"
        previous = "^"
        for i, (word, families, negated) in enumerate(units):
            mark = "~" if negated else ""
            found.add(f"w:{mark}{word}")
            found.add(f"b:{previous}_{word}")
            previous = word
            if word in PEOPLE:
                found.add(f"has:{word}")
                found.add(f"{where}:{word}")
            for family in families:
                name = f"{mark}F:{family}"
                found.add(name)
                found.add(f"{where}:{name}")
                _partners(units, i, name, found)
    found.add(f"clauses:{min(len(clauses), 4)}")
    return found


def _partners(units: list, i: int, name: str, found: set[str]) -> None:
    """Add who stands just before and just after a family word, nearest first."""
    for person in PEOPLE:
        before = [u for u in units[max(0, i - _WINDOW) : i] if u[0] == person]
        after = [u for u in units[i + 1 : i + 1 + _WINDOW] if u[0] == person]
        if before:
            found.add(f"{person}<{name}")
        if after:
            found.add(f"{name}>{person}")
