"""The flags' vocabulary as data: who is who in the text, and the phrases that decide each flag.

The event text is first rewritten so that every person is a placeholder (``flags.mark_people``):
``SUBJ`` the subject child (or a group that includes them: "the children"), ``SIB`` another
child, ``ADULT`` a parent or other adult, ``PRO`` a practitioner. Pronouns become the placeholder
of the last person mentioned. The rules below are regular expressions over that rewritten text.

A rule has a rank: for one flag the highest-ranked match decides, ties going to the earliest
match. ``who`` says whom the match is about: "subject" (the pattern itself names ``SUBJ``),
"any" (a fact about the contact, whoever it concerns), or "actor" (the pattern has no person;
the last person mentioned before it, practitioners aside, must be the subject, or nobody).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    flag: str
    value: str  # "yes" | "no"
    rank: int
    pattern: str
    who: str = "any"  # "subject" | "any" | "actor"


# People the text may name without the case saying so. Longest first is applied by the code.
FEMALE = (
    "mother",
    "mum",
    "mummy",
    "mom",
    "stepmother",
    "girlfriend",
    "grandmother",
    "nan",
    "nanny",
    "nana",
    "aunt",
    "woman",
    "mrs",
    "ms",
    "miss",
    "mgm",
    "pgm",
    "sister",
    "half-sister",
)
MALE = (
    "father",
    "dad",
    "daddy",
    "stepfather",
    "step-father",
    "boyfriend",
    "grandfather",
    "grandad",
    "uncle",
    "man",
    "mr",
    "brother",
    "half-brother",
)
ADULT_WORDS = (
    "mother",
    "mum",
    "mummy",
    "mom",
    "father",
    "dad",
    "daddy",
    "stepfather",
    "step-father",
    "stepmother",
    "partner",
    "boyfriend",
    "girlfriend",
    "grandmother",
    "grandfather",
    "grandparents",
    "nan",
    "nanny",
    "nana",
    "grandad",
    "aunt",
    "uncle",
    "parents",
    "parent",
    "foster carers",
    "foster carer",
    "carers",
    "carer",
    "neighbours",
    "neighbour",
    "adults",
    "mgm",
    "pgm",
    "woman",
    "man",
    r"(?:mr|mrs|ms|miss)\.? [A-Z][a-z]+",
)
SIBLING_WORDS = ("siblings", "sibling", "sister", "brother", "half-sister", "half-brother")
PRO_WORDS = (
    "social worker",
    "sw",
    "hv",
    "health visitor",
    "gp",
    "doctor",
    "nurse",
    "school nurse",
    "midwife",
    "teacher",
    "class teacher",
    "key worker",
    "keyworker",
    "officers",
    "officer",
    "pc",
    "pcso",
    "police",
    "dsl",
    "manager",
    "iro",
    "ewo",
    "elsa",
    "paediatrician",
    "registrar",
    "examiner",
    "supervisor",
    "tutor",
    "crew",
    "worker",
    "practitioner",
    "learning mentor",
    "young carers worker",
    "team manager",
    "cpn",
    "interpreter",
)
# Words that mean the subject (or a group including them) in an IMR about that child.
CHILD_WORDS = (
    "the children",
    "both children",
    "all the children",
    "children",
    "the boys",
    "the kids",
    "the child",
    r"(?<!\ba )child",
    "the baby",
    "baby",
    "infant",
    "toddler",
    "pt",
    "patient",
    r"\d+ ?(?:month|mo|year|yr)s?[- ]old(?: boy| girl| child)?",
    r"\d+ ?(?:yo|y/o|mo)\b",
)
PRONOUNS = ("he", "him", "his", "she", "her", "hers", "they", "them", "their", "himself", "herself")

OTH = r"(?:ADULT|SIB)"
# Words between a person and their verb that do not break the link (no negation, no other person).
GAP = r"(?:(?!\bnot\b|n't|\bnever\b|\bunable\b|\bwithout\b|ADULT|SIB|PRO)[^.;,]){0,30}?"
PRO_NP = r"(?:the |a |SUBJ's )?(?:[A-Za-z]+ )?PRO"
NEG = r"(?:not|never|n't|unable to|could not|did not|didn't|without)"
SEEN = r"seen(?! as\b)"
ACTIVE_VERBS = (
    r"saw|observed|examined|weighed|measured|met|visited|checked on|looked in on|triaged|"
    r"interviewed|sat with|played with|held|cuddled|handled|spoke to|spoke with|talked to|"
    r"talked with|(?:noticed|saw|observed) [^.;]{0,25}?(?:on|to)"
)
PASSIVE_VERBS = (
    rf"{SEEN}|observed|examined|weighed|measured|triaged|spoken to|checked|admitted|found|"
    r"visited|met|present|in attendance|handled|brought|accompanied|collected from|interviewed"
)
STATES = (
    r"appeared|looked|presented|seemed|playing|walking|crawling|babbling|sat on|sitting|hiding|"
    r"clung|arrived|attended|ate|asleep in (?:the |a |SUBJ's )?(?:pram|cot|buggy|car seat|arms|"
    r"moses basket)|in (?:school|class) |was in school|completed [^.;]{0,30}with (?:the )?PRO"
)
LOOKS = (
    r"happy|settled|distressed|unresponsive|quiet|pale|thin|withdrawn|tired|clean|unkempt|"
    r"content|dirty|smelly|grubby|alert|smiling|crying"
)
ALONE = r"(?:alone|on (?:SUBJ's|her) own)"

CHILD_SEEN_RULES = (
    Rule(
        "child_seen",
        "no",
        4,
        rf"\bSUBJ (?:was |were |is )?(?:{NEG} )(?:been )?(?:{SEEN}|observed|present|at home|available)(?! {ALONE})",
        "subject",
    ),
    Rule("child_seen", "no", 4, rf"\bSUBJ[^.;]{{0,50}}?\bnot {SEEN}(?! {ALONE}| and)", "subject"),
    Rule(
        "child_seen", "no", 4, rf"\b{NEG} (?:see|seeing|seen|observe|observing) SUBJ\b", "subject"
    ),
    Rule(
        "child_seen",
        "no",
        4,
        r"\bno(?: ?one|body) (?:was |were )?(?:seen|home|in\b|at home|answered|came)",
        "any",
    ),
    Rule("child_seen", "no", 4, r"\b(?:on|by|over) (?:the )?(?:tele)?phone\b", "any"),
    Rule(
        "child_seen",
        "no",
        4,
        r"\b(?:heard but not seen|no sign of (?:the )?SUBJ|child not present|no SUBJ present)",
        "any",
    ),
    Rule(
        "child_seen",
        "yes",
        3,
        rf"\bSUBJ{GAP}\b(?:was |were |is |been |had been )?(?:{PASSIVE_VERBS})\b",
        "subject",
    ),
    Rule(
        "child_seen",
        "yes",
        3,
        rf"\bSUBJ(?:(?:,| and) {OTH})+ (?:were |was )?(?:{PASSIVE_VERBS})\b",
        "subject",
    ),
    Rule(
        "child_seen",
        "yes",
        3,
        rf"\b(?:{ACTIVE_VERBS}) (?:(?:{OTH}|the|both|all|two|and|,)\s*)*SUBJ\b",
        "subject",
    ),
    Rule(
        "child_seen",
        "yes",
        3,
        rf"\b(?:attended|{SEEN}|came|arrived|present(?:ed)?|assessment|session|interview|work|consultation|examination)\b[^.;]{{0,25}}?\bwith (?:{OTH} and )?SUBJ\b",
        "subject",
    ),
    Rule("child_seen", "yes", 3, rf"\bSUBJ {GAP}\b(?:{STATES})", "subject"),
    Rule(
        "child_seen",
        "yes",
        3,
        rf"\bSUBJ (?:was |appeared |looked |seemed )?(?:{LOOKS})\b",
        "subject",
    ),
    Rule(
        "child_seen",
        "yes",
        3,
        rf"\bSUBJ{GAP}\bwith (?:the |SUBJ's )?PRO\b|\bSUBJ (?:was|were) asked\b",
        "subject",
    ),
    Rule(
        "child_seen",
        "yes",
        3,
        r"\bSUBJ (?:told|showed|said to) (?:SUBJ's |a |the )?(?:[a-z]+ )?PRO\b",
        "subject",
    ),
    Rule(
        "child_seen",
        "yes",
        3,
        rf"\bSUBJ (?:was )?(?:seen|spoken to|spoke to {PRO_NP}) {ALONE}",
        "subject",
    ),
    Rule(
        "child_seen",
        "yes",
        3,
        rf"(?:^|[.;:–-]\s*)(?:{SEEN}|observed|examined|weighed|triaged|brought in|O/E)\b",
        "actor",
    ),
    Rule(
        "child_seen",
        "yes",
        3,
        r"\bbrought (?:in )?(?:to [a-z ]{2,20} )?by (?:SUBJ's )?(?:ADULT|ambulance)",
        "actor",
    ),
    Rule(
        "child_seen",
        "no",
        2,
        r"\b(?:no access|no reply|no answer|no response|not at home|unable to gain (?:access|entry)|refused (?:entry|access)|would not let [a-z ]{0,15}in\b|not brought|WNB|DNA|did not attend|failed to attend|absent|cancel(?:led)?|asleep upstairs|in bed|napping|at the shops|gone away)",
        "any",
    ),
    Rule(
        "child_seen",
        "no",
        2,
        r"\bSUBJ (?:was |were )?(?:at|with|in|staying with) (?:SUBJ's )?(?:nursery|school|playgroup|a friend's|another room|the bath|ADULT|school and nursery|home with)",
        "subject",
    ),
    Rule(
        "child_seen",
        "no",
        2,
        rf"\b(?:spoke to|saw|seen) (?:ADULT )?only|\bADULT only|only ADULT (?:was )?{SEEN}",
        "any",
    ),
    Rule(
        "child_seen",
        "no",
        1,
        r"\b(?:tele)?phone|\bphoned|\brang\b|\bcall(?:ed|s)?\b|\bT/C\b|\btext\b|\btexted|(?<!wrote a )\bletter (?:sent|to|left)|\b(?:wrote|write) to|\bemail(?:ed)? |\bemail\b|\bmeeting(?!s? (?:milestones|targets|expectations|needs))|\bstrategy|\bconference|\bcore group|\bMARAC|\bvoicemail",
        "any",
    ),
    Rule(
        "child_seen",
        "no",
        1,
        rf"\b{OTH}(?:'s)? (?:was |were )?(?:{SEEN}|spoken to|attended|interviewed|visited|alone|arrested)\b|\b(?:saw|spoke to|spoke with|visited|met) {OTH}\b|appointment for {OTH}|{OTH}'s [a-z ]{{0,20}}appointment",
        "any",
    ),
)

SEEN_ALONE_RULES = (
    Rule(
        "seen_alone",
        "no",
        4,
        rf"\bnot (?:{SEEN}|spoken to|seen or spoken to) {ALONE}|\bnot alone\b",
        "any",
    ),
    Rule(
        "seen_alone",
        "yes",
        3,
        rf"\b(?:{SEEN}|spoken to|seen and spoken to|spoke to {PRO_NP}) {ALONE}|(?:^|[-–,:]\s*){ALONE}\b",
        "actor",
    ),
    Rule(
        "seen_alone",
        "yes",
        3,
        rf"\b(?:saw|spoke to|spoke with|met|seen|observed|talked to) SUBJ (?:briefly )?{ALONE}",
        "subject",
    ),
    Rule(
        "seen_alone", "yes", 3, rf"\bSUBJ (?:was )?(?:seen )?{ALONE}|\balone with SUBJ", "subject"
    ),
    Rule(
        "seen_alone",
        "yes",
        3,
        r"\b(?:in private|1:1|one[- ]to[- ]one|away from (?:SUBJ's )?(?:ADULT|class|home)|without (?:SUBJ's )?ADULT (?:being )?present|ADULT (?:left|out of) the room)",
        "actor",
    ),
    Rule(
        "seen_alone",
        "no",
        2,
        rf"\b(?:{SEEN}|observed|examined|present|attended|sat|playing|visit(?:ed)?|weighed)\b[^.;]{{0,30}}?\bwith (?:SUBJ's )?ADULT|{SEEN}[^.;]{{0,20}}with SUBJ|(?:^|[-–,:]\s*)with (?:SUBJ's )?ADULT",
        "any",
    ),
    Rule(
        "seen_alone",
        "no",
        2,
        r"\bADULT (?:and (?:PRO|ADULT) )?(?:was |were )?(?:present|remained|held|in the room|throughout)|\bin the presence of|\b(?:on|in) (?:SUBJ's )?ADULT's (?:lap|knee|arms|legs)|\bbehind ADULT's|\b(?:attended|brought|accompanied)(?: in)?[^.;]{0,25}?(?: by| with) (?:SUBJ's |PRO and )?ADULT|\bADULT attended with|\bSUBJ and ADULT together|\bADULT and SUBJ together|\btogether with ADULT|\bclung to ADULT|\bwith ADULT present",
        "any",
    ),
)

WISHES_SOUGHT_RULES = (
    Rule(
        "wishes_sought",
        "no",
        4,
        r"\b(?:did not|didn't|not|never) (?:ask|asked|seek|sought|explore|explored|ascertain|ascertained|obtain|obtained|gather|gathered)\b|\b(?:views|wishes|feelings)[^.;]{0,25}?(?:were |was )?not (?:sought|explored|ascertained|obtained|gathered|recorded)",
        "any",
    ),
    Rule(
        "wishes_sought",
        "no",
        4,
        rf"\bno direct work|\btoo young to (?:be asked|give|express|talk|speak|share|be spoken)|\bpre-?verbal|\bdid not (?:speak|talk) (?:to|with) SUBJ|\bnot spoken to(?! {ALONE})",
        "any",
    ),
    Rule(
        "wishes_sought",
        "yes",
        3,
        r"\b(?:asked|ask) SUBJ\b|\bSUBJ (?:was |were )?asked\b|\binterview(?:ed)? (?:with )?SUBJ",
        "subject",
    ),
    Rule(
        "wishes_sought",
        "yes",
        3,
        r"\b(?:asked (?:about|what|how|whether|if)|when asked|(?:explored|sought|ascertained|elicited|gathered|obtained|captured|explore|seek|ascertain) (?:SUBJ(?:'s)? )?(?:wishes|views|feelings|voice)|(?:wishes|views|feelings)[^.;]{0,30}?(?:were |was )?(?:explored|sought|ascertained|gathered|obtained|elicited|captured)|three houses|direct work|all about me|my voice|feelings cards|wishes and feelings (?:work|session)|talk about SUBJ's feelings)",
        "actor",
    ),
    Rule("wishes_sought", "yes", 3, r"\b(?:spoke|talked|talk) (?:to|with) SUBJ about", "subject"),
)

_SAY = (
    r"said(?! to\b)|says|told|tells|stated|disclosed|explained|described(?! as)|expressed|shared|"
    r"spoke (?:of|about)|talked about|drew|wrote|indicated|asked (?:for|to|if|whether)|wants|"
    r"wanted|would like|likes|misses|made a disclosure|pointed"
)
WISHES_EXPRESSED_RULES = (
    Rule(
        "wishes_expressed",
        "no",
        4,
        r"\bSUBJ[^.;]{0,40}?\b(?:did not|didn't|would not|wouldn't|refused to|declined to|was unable to|could not|too young to|was too young to) (?:say|speak|talk|engage|answer|respond|share|tell|disclose|describe|give)|\bSUBJ (?:said|says) nothing",
        "subject",
    ),
    Rule(
        "wishes_expressed",
        "no",
        4,
        rf"\btoo young to (?:talk|speak|say|express|give|share|describe)|(?:^|[-–:]\s*)too young\b|\bno disclosures?\b|\bmade no disclosure|\bpre-?verbal|\bdeclined to (?:talk|speak)|\bdid not (?:speak|talk) (?:to|with) SUBJ|\bnot spoken to(?! {ALONE})",
        "any",
    ),
    Rule(
        "wishes_expressed",
        "yes",
        3,
        rf"\bSUBJ (?:(?:also|then|later|had|has) )?(?:{_SAY})\b|\bSUBJ: ['\"]|\bin SUBJ's own words|\baccording to SUBJ\b",
        "subject",
    ),
    Rule(
        "wishes_expressed", "yes", 3, rf"(?:\b(?:and|then|but) |^\s*|[-–:]\s*)(?:{_SAY})\b", "actor"
    ),
)

RULES = CHILD_SEEN_RULES + SEEN_ALONE_RULES + WISHES_SOUGHT_RULES + WISHES_EXPRESSED_RULES

# A sighting reported second hand ("a neighbour reported that Jayden was seen") is not one.
HEARSAY = r"\b(?:report(?:ed|ing|s)? that|said that|said to be)\b"
# A plan is not a contact: "HV to see Jayden at nursery next week".
INTENT = r"\b(?:to|will|would|plans? to|agreed to|arranged? to) (?:see|visit)\b"

# What an agency writes in its own column.
STATED_YES = ("y", "yes", "✓", "✔", "☑", "✅", "seen", "true", "ticked")
STATED_NO = ("n", "no", "x", "✗", "✘", "☒", "not seen", "none", "false", "nil")
STATED_BLANK = ("n/a", "na", "not applicable")
# Labels in a combined column: "Seen: Y  Alone: N  Wishes: N".
COMBINED_LABELS = (
    ("seen_alone", r"seen alone|alone"),
    ("wishes_expressed", r"wishes expressed|expressed|views expressed"),
    ("wishes_sought", r"wishes sought|wishes|views sought|views|sought"),
    ("child_seen", r"child seen|seen"),
)
