"""The flags' vocabulary as data: families of words, and the rules built from them.

The event text is first rewritten so that every person is a placeholder (``people.mark_people``,
with the words in ``chronology.flags.words``): ``SUBJ`` the subject child (or a group that
includes them: "the children"), ``SIB`` another child, ``ADULT`` a parent or other adult, ``PRO``
a practitioner. Pronouns become the placeholder of the person they stand for. The rules below are
regular expressions over that rewritten text, composed from word families (sighting verbs,
presence, attendance, activities, examinations, contacts without the child, negations) so that a
new verb is added to its family once rather than to every phrase that uses it.

A rule has a rank: for one flag the highest-ranked rule with a match decides, ties going to the
rule listed first. ``who`` says whom the match is about: "subject" (the pattern itself names
``SUBJ``), "any" (a fact about the contact, whoever it concerns), or "actor" (the pattern has no
person; the last person mentioned before it, practitioners aside, must be the subject, or nobody).
A "yes" match is dropped when its clause is negated, reported second hand, or a plan.
"""

from __future__ import annotations

from dataclasses import dataclass

from chronology.flags.frames import NEWS_HEADING
from chronology.flags.words import (  # noqa: F401  (re-exported for the matching)
    ADULT_WORDS,
    CHILD_WORDS,
    FEMALE,
    MALE,
    PRO_WORDS,
    PRONOUNS,
    SIBLING_WORDS,
)


@dataclass(frozen=True)
class Rule:
    flag: str
    value: str  # "yes" | "no"
    rank: int
    pattern: str
    # "subject" | "any" | "actor" | "contact" (the call or meeting is the entry's contact with
    # the child, unless its sentence is with an adult and the child is in another sentence) |
    # "answer" (a question and its answer, speaker left out, after a sentence naming the child) |
    # "refusal" (as "actor", but not in an entry passing on what others saw)
    who: str = "any"


def _any(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


# --- word families ---------------------------------------------------------------------------

# Coming late to the contact: "at the end of the session", "part way through".
LATE = r" (?:at (?:the )?end|towards the end|near the end|part way|partway|halfway)\b"

OTH = r"(?:ADULT|SIB)"
# Words between a person and their verb that do not break the link (no negation, no other person).
# a bracketed aside counts as one step: "Harvey (9, non-verbal autism, uses PECS) seen"
GAP = r"(?:\([^().;]{0,60}\)|(?!\bnot\b|n't|\bnever\b|\bunable\b|\bwithout\b|ADULT|SIB|PRO)[^.;,]){0,30}?"
PRO_NP = r"(?:the |a |SUBJ's )?(?:[A-Za-z]+ )?PRO"
NEG = r"(?:not|never|n't|unable to|could not|did not|didn't|without)"
SEEN = r"(?:seen|viewed|sighted)(?! as\b)"
# Verbs a practitioner does to a child that they can only do with the child in front of them.
SIGHT_VERBS = _any(
    "saw", "viewed", "sighted", "observed", "examined", "weighed", "measured", "handled",
    "vaccinated", "immunised", "checked on", "checked over", "checked", "looked in on",
    "looked at", "triaged", "assessed", "reviewed", "met with", "met", "visited", "spoke to",
    "spoke with", "chatted to", "chatted with", "talked to", "talked with", "interviewed",
    "sat with", "played with", "read (?:a story |stories )?to", "listened to", "held",
    "cuddled", "located", "found", "removed", "coaxed", "woke", "treated", "undressed",
    "dressed", "bathed", "fed", "changed", "comforted", "photographed", "x-rayed",
    r"(?:noticed|saw|observed) [^.;]{0,25}?(?:on|to)",
)  # fmt: skip
# The same, passive: "Jayden was weighed", "baby handled by HV".
SIGHT_PASSIVE = _any(
    SEEN, "observed", "examined", "weighed", "measured", "handled", "vaccinated", "immunised",
    "(?:re)?assessed", "reviewed", "triaged", "spoken (?:to|with)", "chatted (?:to|with)",
    "checked(?: over)?", "admitted", "found", "located", "removed", "woken", "coaxed",
    "noticed", "noted to", "interviewed", "visited", "met", "treated", "x-rayed", "scanned",
    r"brought(?: in)?", "accompanied", "collected", "dropped off", "picked up",
    "present", "in attendance", "given (?:SUBJ's |a |the )?[a-z ]{0,15}(?:imms|vaccinations?|immunisations?|injection)",
)  # fmt: skip
# Where a child can be only if they were there to be seen.
PLACES = _any(
    "the room", "the lounge", "the kitchen", "the living room", "the bedroom", "the garden",
    "the hallway", "the flat", "the house", "the property", "the waiting room",
    "(?:the |SUBJ's |a )?(?:cot|pram|buggy|highchair|car seat|moses basket|bouncer|playpen)",
    "class", "the classroom", "school", "nursery", "the playground", "lessons",
)  # fmt: skip
# What a child does or is that a practitioner can only record by being there.
ACTIVITIES = _any(
    "appeared", "looked", "presented", "seemed", "playing", "played", "walking", "walked",
    "crawling", "babbling", "pointing", "building", "running", "ran", "hiding", "hid",
    "sat on", "sitting", "watching", "crying", "cried", "giggl(?:ed|ing)", "laugh(?:ed|ing)",
    "smil(?:ed|ing)", "ate", "eating", "feeding", "drinking", "clung", "clinging",
    "had a tantrum", "bit", "took", "threw", "nodd(?:ed|ing)", "falling asleep", "screamed", "nodded", "shrugged",
    "waved", "refused", "cooing", "asleep in", "asleep on", "joined in", "made eye contact",
    "pulled", "climbed", "toddled", "slept through",
    "completed [^.;]{0,30}with (?:the )?PRO",
)  # fmt: skip
LOOKS = _any(
    "happy", "settled", "distressed", "unresponsive", "quiet", "pale", "thin", "withdrawn",
    "tired", "clean", "unkempt", "content", "dirty", "smelly", "grubby", "alert", "smiling",
    "crying", "upset", "chatty", "hungry", "unwell", "febrile", "unharmed", "well presented",
    "well", "subdued", "wary", "anxious", "clingy", "lively", "active", "sleepy", "bright",
    "cooperative", "co-operative", "interactive", "responsive", "flapping", "rocking",
)  # fmt: skip
# A question about what a service holds, not put to the child: "whether the children were
# known", "if the family was open to CSC", "whether J is on a plan".
RECORDS_QUERY = (
    r"[^.;?]{0,60}?\b(?:was|were|is|are|had been)\b (?:already |still )?(?:known|open|allocated|"
    r"registered|on (?:a|the|any) (?:plan|register|list|caseload))\b"
)
# Where a child is held or laid: "in mother's arms", "on dad's lap", "in the cot".
HELD = _any("arms", "lap", "knee", "cot", "pram", "buggy", "car seat", "bed")
# The child came to the practitioner: attended, arrived, came in, joined, started nursery.
ATTENDANCE = _any(
    "attended", "arrived", "came (?:in|to|into|back)", "dropped in", "joined", "started (?:at )?",
    "returned to (?:school|nursery|class)", "turned up", "was in (?:school|nursery|class)",
    "in (?:school|nursery|class)", "presented", "was brought", "came", "visited (?:the )?(?:clinic|surgery|ED|A&E)",
)  # fmt: skip
# Where someone was instead of being seen, said of whoever the clause is about ("asleep
# upstairs", "not at home"): the child's, unless the clause is another's (``matching``).
WHEREABOUTS = _any(
    "asleep upstairs",
    "upstairs asleep",
    "in bed",
    "napping",
    "at the shops",
    "gone away",
    "not at home",
    "wasn't at home",
)
# Health contacts that only happen with the child there, even when the entry names nobody.
HEALTH_CHECKS = _any(
    r"(?:baby|newborn|new birth|\d+[- ]?(?:week|wk|month|m|year|yr|/52|/12)|developmental|"
    r"development|health|hearing|sight|6-8 week|\d[- ]?\d week) (?:check|review)",
    "ASQ", "imms", "immunisations given", "vaccinations given", "skeletal survey", "O/E", "F2F",
    "CP medical", "child protection medical", "weigh-in", "sight test", "hearing test",
)  # fmt: skip
# Contacts in which the child cannot be seen.
REMOTE = r"\b" + _any(
    r"(?:on|by|over) (?:the )?(?:tele)?phone\b",
    # not a phone as a thing: "new phone??", "her phone was dead", "phone number"
    r"(?<!\d )(?<!new )(?<!own )(?<!her )(?<!his )(?<!my )(?<!SUBJ's )(?:tele)?phone\b"
    r"(?! (?:was )?(?:dead|number|charger|screen|confiscated|seized))", r"phoned", r"rang\b",
    r"call(?:ed|s)?\b", r"(?<!\d )(?:tele)?phon(?:ed|ing|ecall)", r"T/C\b", r"text\b", r"texted",
    r"voicemail",  # not "2 phones": things he had
    r"(?<!wrote a )(?<!in SUBJ's )\bletter (?:sent|to|left)",
    r"letter\b(?=[^.;]{0,40}\b(?:discharged|missed|WNB|DNA))",
    # a paper heading the entry: "ED discharge letter: Child A, head injury ... Filed"
    r"(?<![^\n])(?:[\w/&-]+ ){0,3}?(?:letter(?: sent| to [\w ]{1,30})?|discharge summary)\s*:",
    r"(?:wrote|write) to", r"(?<!received an )\bemail(?:ed)?\b", r"by post\b", r"posted\b",
    r"e-?consult", r"online consult", r"(?<!not )(?<!not yet )\bcontacted\b", r"served on\b",
    r"meeting(?!s? (?:milestones|targets|expectations|needs))", r"strategy", r"conference",
    r"ICPC|\bRCPC|\bcore group", r"MARAC", r"antenatal",
)  # fmt: skip
# Where the child was instead of being seen.
AWAY = _any(
    "nursery", "school", "playgroup", "a friend's", "another room", "the bath", "bed",
    # "in mother's arms" is held by her, not away at her place
    r"ADULT's(?! (?:arms|lap|knee))", "SUBJ's ADULT's", r"ADULT(?!'s (?:arms|lap|knee))",
    "SUBJ's ADULT", "home with", "school and nursery",
    "football", "college", "work",
)  # fmt: skip
ALONE = r"(?:alone|on (?:SUBJ's|her|our|their) own)"
# A form's question to the child with the child's answer quoted after it.
PUPIL_VOICE = (
    r"(?:^|(?<=\n)|(?<=[.;:] ))(?:how (?:do|did) you feel|what would (?:help|you like)|"
    r"what do you (?:want|think|wish)|what (?:are|were) you (?:worried|happy|sad))\b[^?\n]{0,80}\?\s*['‘\"“]"
)
# A one-word outcome closing a contact: "Planned contact - supervision - venue. Attended."
OUTCOME_ATTENDED = r"(?:[.;]\s+|\s[-\u2013]\s+)(?:attended|attd)(?=\s*(?:[.;,]|$))"
# A carer's leave, not company: "with Mrs Lima's agreement, spoke to Beatriz in the kitchen".
NOT_LEAVE = r"(?!'s (?:agreement|permission|consent|knowledge|blessing))"
# Rooms a carer stays in apart from the child: "mother remained in family room throughout".
ROOMS_APART = (
    r"(?:meeting|family room|front office|reception|canteen|corridor|hallway|garden|kitchen|"
    r"waiting)"
)
# "Mother, Dean and both children", "JJ + mum": a list of people that includes the subject.
_ITEM = r"(?:SUBJ's )?(?:ADULT|SIB|SUBJ|(?-i:[A-Z][a-z]+))"
_SEP = r"(?:,| and| &| \+) "
PEOPLE_LIST = rf"(?:(?:{_ITEM}{_SEP})+SUBJ(?:{_SEP}{_ITEM})*|SUBJ(?:{_SEP}{_ITEM})+)"
NOT_RECORDS = (
    r"(?!'s (?:records?|file|notes?|case|plan|reports?|details|school reports?|name|drawings?|"
    r"pictures?|writing|work ?books?|books?|diary|letters?|messages?|texts?|posts?|statement|"
    r"account|ABE|video)\b)"
)
ALONE_WORDS = _any(
    r"in private", "privately", "individually", r"1:1", "one[- ]to[- ]one", "just the two of them",
    # the practitioner and the child and no one else: "just me & him", "just the two of us"
    r"just (?:me|us) (?:and|&|\+) (?:PRO|SUBJ)", r"just SUBJ (?:and|&|\+) (?:me|us|PRO)\b",
    r"just the two of us",
    # come with no carer: "Arr by amb, UNACCOMPANIED", "taken to hospital without an adult"
    r"(?<!not )unaccompanied", r"without (?:an? |any )?(?:adult|parent|carer)s?\b",
    r"away from (?:SUBJ's |the )?(?:ADULT|class|home|OTH)",
    r"without (?:SUBJ's |the )?ADULT(?: (?:being )?(?:present|in the room|there))?",
    r"ADULT (?:left|out of) the room",

    r"(?:came|went|walked|attended|arrived)[^.;]{0,20}?\bby SUBJ\b",
)  # fmt: skip

_SAY = (
    r"said(?! to\b)|says|told|tells|stated|states|disclosed|explained|described(?! as)|expressed|shared|"
    r"spoke (?:of|about)|talked about|chatted about|drew|wrote|indicated|asked (?:for|if|whether)|asked to(?![^.;]{0,40}?\b(?:but|would not|wouldn't|refused|declined))|"
    r"wants|wanted|would like|likes|loves|misses|hates|made a disclosure|pointed|nodded|"
    r"reported (?:feeling|being|that)|(?:replied|answered)(?! (?:the )?(?:front )?(?:door|phone|call)\b)(?![^.;]{0,30}?\bwith (?:a |only )?shrugs?\b)|commented|complained|alleged|"
    r"confided|begged|shook SUBJ's head|(?:is |was )?not wanting|"
    # a wish about a person or a home said as a refusal: "J didnt want her in interview", "doesn't
    # want contact with father" (not "didn't want to go out at break", a mood)
    r"(?:does not|doesn't|doesnt|did not|didn't|didnt) want (?:ADULT|SIB|PRO|contact|"
    r"to (?:go home|go back|live|return|see|be with|visit|stay))\b|"
    # direct work's naming: "named Mr Bains as one of his 'good things'"
    r"named (?:\w+ ){1,3}as (?:one of |a |an |the )?(?:\w+'s |(?:his|her|their) )?"
    r"(?:['‘\"“]|good|best|favourite|safe|trusted|worr)|"
    r"signed(?! (?:the|a|an|consent|forms?|off|up|in|for)\b)"
)

# Marks on a child's body that a practitioner looks at.
INJURY = (
    r"(?:bruis(?:e|es|ing)|marks?|injur(?:y|ies)|scratch(?:es)?|burns?|swelling|graze[sd]?|cuts?)"
)
CHILD_SEEN_RULES = (
    # "BIBA with M": brought in by ambulance, the patient in front of the department
    Rule("child_seen", "yes", 3, r"\bBIB[AP]\b", "actor"),
    # "Victim statement taken from Kieran": an account given in person
    Rule("child_seen", "yes", 3,
         r"\b(?:statement|account|history|Hx)\b[^.;]{0,20}?\b(?:taken|obtained) (?:from|with) SUBJ\b",
         "any"),
    # a note's own "Not seen." after a call or a knock: the subject, unnamed
    Rule("child_seen", "no", 4, r"(?:^|[.;]\s*)(?:child |SUBJ )?not seen\b(?! alone| by)", "any"),
    # "Maisie asleep in her cot - not disturbed": asleep and left so, not looked at
    Rule("child_seen", "no", 4,
         r"\bSUBJ (?:was |is )?(?:asleep|sleeping)\b[^.;]{0,45}?(?:\bnot|n't) (?:to )?(?:disturb(?:ed)?|check(?:ed)?|seen|sighted|looked in on|wake)\b"
         r"(?![^.;]{0,20}?\b(?:seen|observed|colour|breathing))",  # "not woken, seen - colour good"
         "subject"),
    # kept out of the contact: "Leah waited in the car with a friend of Mother's"
    Rule("child_seen", "no", 4,
         r"\bSUBJ (?:waited|stayed|remained|sat|was left) (?:outside )?in (?:the |a |ADULT's )?car\b",
         "subject"),
    # where the child was instead: "Kian was in class and did not attend the meeting", "Summer
    # in class, not spoken to today"
    Rule("child_seen", "no", 4,
         r"\bSUBJ (?:was |were |is )?(?:in|at) (?:class|school|nursery|lessons?|college)\b"
         r"[^.;]{0,12}?(?:,|\band\b|\bbut\b) (?:was |did |had )?not (?:spoken to|seen|attend|present|"
         r"join|included|invited)", "subject"),
    # "Imms catch-up: Ella DNA", "Kian WNB": the note's word for the child not being there
    Rule("child_seen", "no", 4, r"\bSUBJ (?:was |were )?(?:DNA|WNB|was not brought)\b", "subject"),
    # heard through a shut door, not seen: "SW spoke to him through the door"
    Rule("child_seen", "no", 4,
         r"\b(?:spoke|spoken|talked|talking|speaking) (?:to|with) SUBJ (?:briefly )?through (?:the |a |SUBJ's )?"
         r"(?:closed |shut |locked |bedroom )?door\b",
         "subject"),
    Rule("child_seen", "no", 4,
         rf"\bSUBJ (?:was |were |is )?(?:{NEG} )(?:been )?(?!collected|picked up|dropped off)"
         rf"(?:{SIGHT_PASSIVE}|available|at home)(?! {ALONE})",  # "not collected": still there
         "subject"),
    Rule("child_seen", "no", 4, rf"\bSUBJ[^.;]{{0,50}}?\bnot {SEEN}(?! {ALONE}| and| anything| it\b| what)", "subject"),
    # the child's clause goes on without its subject: "Children cared for by aunt; not seen by
    # police" (no one else named between)
    Rule("child_seen", "no", 4,
         rf"\bSUBJ\b(?:(?!ADULT|SIB|PRO)[^.;]|\bby (?:SUBJ's )?(?:[a-z]+ )?ADULT\b){{0,50}}?; (?:but )?(?:was |were )?not {SEEN}\b"
         rf"(?! {ALONE}| and| anything| it\b| what| since)", "subject"),
    Rule("child_seen", "no", 4,
         rf"\b{NEG} (?:see|seeing|seen|view|viewing|observe|observing|weigh|examine|sight) SUBJ\b",
         "subject"),
    Rule("child_seen", "no", 4,
         rf"\b(?:no|neither|none of the) SUBJ\b[^.;]{{0,25}}?\b(?:{SEEN}|present|in|at|sighted)\b",
         "any"),
    Rule("child_seen", "no", 4,
         r"\bno(?: ?one|body) (?:was |were )?(?:seen|home|in\b|at home|answered|came)", "any"),
    # not a carer's own call: "(mum outside on phone)", "dad on the phone in the garden"
    Rule("child_seen", "no", 4, r"(?<!was )(?<!is )(?<!were )\b(?:by|over) (?:the )?(?:tele)?phone\b|"
         r"(?<!was )(?<!is )(?<!were )(?<!ADULT )(?<!ADULT outside )(?<!ADULT busy )"
         r"\bon (?:the )?(?:tele)?phone\b", "any"),
    Rule("child_seen", "no", 4,
         r"\b(?:heard but not seen|no sign of (?:the )?SUBJ|child not present|no SUBJ present|"
         r"not (?:viewed|sighted)\b|SUBJ (?:was |were )?not at the (?:address|property|house))",
         "any"),
    Rule("child_seen", "yes", 3,
         rf"(?<!for )(?<!re )(?<!about )\bSUBJ(?!'s){GAP}\b(?:was |were |is |been |had been |being )?(?:{SIGHT_PASSIVE})\b",
         "subject"),
    Rule("child_seen", "yes", 3,
         rf"\b{PEOPLE_LIST} (?:were |was |all |both )*(?:{SIGHT_PASSIVE}|at home|in {PLACES})\b",
         "any"),
    Rule("child_seen", "yes", 3,
         rf"\b(?:{SIGHT_VERBS}) (?:(?:{OTH}|the|both|all|two|and|,)\s*)*SUBJ\b{NOT_RECORDS}", "subject"),
    Rule("child_seen", "yes", 3,
         r"\b(?:examined|listened to|looked at|checked|treated|x-rayed|dressed|measured|weighed) SUBJ's",
         "subject"),
    Rule("child_seen", "yes", 3,
         rf"\b(?:attended|{SEEN}|came|arrived|present(?:ed)?|assessment|session|interview|work|"
         rf"consultation|examination|visit)\b[^.;]{{0,25}}?\bwith (?:{OTH} and )?SUBJ\b",
         "subject"),
    Rule("child_seen", "yes", 3, rf"\bSUBJ(?!'s) {GAP}\b(?:{ACTIVITIES}|{ATTENDANCE})", "subject"),
    Rule("child_seen", "yes", 3,
         # "Kian in mother's arms, alert, crying": where the child was held, then how they looked
         rf"\bSUBJ (?:was |were |is |has been |had been |appeared |looked |seemed )?"
         rf"(?:(?:in|on) [\w'’ ]{{0,25}}?\b(?:{HELD}),? (?:and )?)?(?:very )?(?:{LOOKS})\b", "subject"),
    Rule("child_seen", "yes", 3, rf"\bSUBJ (?:was |were )?in (?:{PLACES})\b(?! with)",
         "subject"),
    Rule("child_seen", "yes", 3,
         # "Niamh and Aoife with the children's worker": a sibling alongside
         rf"\bSUBJ(?:,? (?:and|&) SIB)?{GAP}\bwith (?:the |SUBJ's )?(?:[a-z]+['’]s )?PRO\b|"
         rf"\bSUBJ (?:was|were) asked\b", "subject"),
    Rule("child_seen", "yes", 3,
         r"\bSUBJ (?:told|showed|said to|disclosed to|explained to|spoke to|chatted to|talked to|"
         r"wanted to show) (?:SUBJ's |a |the )?(?:[a-z]+ ){0,2}PRO\b",
         "subject"),
    Rule("child_seen", "yes", 3, rf"\bSUBJ (?:was )?(?:seen|spoken to|spoke to {PRO_NP}) {ALONE}",
         "subject"),
    Rule("child_seen", "yes", 3,
         rf"\bSUBJ(?:'s)? (?:had (?:a |SUBJ's |the )?)?(?:[\w/-]+ ){{0,2}}?(?:{HEALTH_CHECKS})\b"
         rf"(?! (?:was |were )?(?:cancelled|missed|rearranged|booked|planned|due|offered))",
         "subject"),
    Rule("child_seen", "yes", 3,
         rf"(?:^|[.;:–-]\s*)(?:(?:[\w/]+ ){{0,3}}?{HEALTH_CHECKS}|{SEEN}|observed|examined|weighed|"
         rf"triaged|brought in|present)\b"
         # "Primary imms appt - WNB": the check missed
         r"(?![^.;]{0,20}?\b(?:WNB|DNA|not brought|did not attend|cancelled|missed|rebooked)\b)",
         "actor"),
    Rule("child_seen", "yes", 3, r"\bSUBJ (?:\+|&|with) (?:SUBJ's )?ADULT\b(?! (?:for|at|in)\b)",
         "subject"),
    Rule("child_seen", "yes", 3,
         r"\b(?:brought|collected) (?:in )?(?:to [a-z ]{2,20} )?by (?:SUBJ's )?(?:ADULT|PRO|ambulance)",
         "actor"),
    Rule("child_seen", "yes", 3,
         rf"(?:^|[.;]\s*)(?:[\w/-]+ ){{0,2}}(?:visit|nursery|school|class|session|clinic|"
         rf"consultation|contact|appointment|lesson)\b\s*[:,.-]\s*SUBJ (?:{_SAY})\b", "subject"),
    Rule("child_seen", "yes", 3,
         rf"\b(?:present|attendees|attending)\s*:?\s*[^.;]{{0,40}}?\bSUBJ\b|"
         # a form's answer or a one-word outcome: "Attended: Y", "community venue. Attended."
         # (after the contact it closes, not a police "DA incident. Attended.", the officers:
         # matching._applies checks)
         rf"\battended\s*[:?]\s*(?:Y|yes)\b|{OUTCOME_ATTENDED}|"
         # (and mid-entry only with whom: "ADHD ax (fb appt). Attended w/ M+F", not a police
         # "DA incident. Attended 23:40", the officers)
         r"(?<=[.;] )(?:attended|attd) (?:w/|with) |"
         rf"^(?:attended|attd|arrived|presented)\b(?! by)(?![^.;]{{0,30}}\b(?:meeting|conference|discussion|"
         rf"panel|MARAC|ICPC|RCPC|core group)\b)|"
         rf"\bvisit (?:by (?:the )?PRO )?to SUBJ\b|\b(?:and|then|but) (?:{ACTIVITIES})\b", "actor"),
    Rule("child_seen", "yes", 3, r"\bADULT brought SUBJ\b|\bADULT (?:was )?holding SUBJ\b", "subject"),
    Rule("child_seen", "yes", 3,
         r"\bdoor (?:was )?(?:answered|opened) by SUBJ\b|\bSUBJ (?:answered|opened|came to) (?:the )?(?:front )?door\b",
         "subject"),
    # in police hands: "PIKE, Jordan (15) arrested", "Custody record: Noah 14y arrested"
    Rule("child_seen", "yes", 3,
         # the child at the head of a clause, not "Mum rang to say Kian was arrested"
         r"(?:^|[.;:]\s*)(?:(?-i:[A-Z][A-Z'-]+),? )?SUBJ(?: \(?\d+ ?(?:y|yrs?|years?)?\)?)?,? (?:was )?(?:arrested|detained|charged|"
         r"booked into custody|in custody|taken into custody)\b|"
         r"^\s*custody(?: record)?\s*[:-]\s*SUBJ\b", "subject"),
    # a nurse's or crew's observations with their finding: "Grace asleep, obs stable", "BMs
    # checked 2-hourly", "obs WNL": taken with the child there
    Rule("child_seen", "yes", 3,
         r"\b(?:obs|observations|vital signs|vitals|BMs?|sats|NEWS|PEWS)\b (?:were |all )?"
         r"(?:stable|normal|wnl|nad|within normal|satisfactory|fine|ok|taken|done|checked|recorded|"
         r"in range|unremarkable|reassuring)\b", "actor"),
    # a mark looked at on the child's body: "bruise noted to J's L cheek", "JM noted bruise L
    # cheek", "Body map done"
    Rule("child_seen", "yes", 3,
         rf"\b{INJURY}\b[^.;]{{0,25}}?\b(?:noted|observed|seen|visible|found)\b (?:to|on) SUBJ's\b|"
         rf"(?:^|[-–.;:]\s*)SUBJ (?:was )?noted (?:to have )?(?:an? |\d+ )?(?:[a-z]+ )?{INJURY}|"
         r"\bbody ?map(?:ped| (?:was )?(?:done|completed|undertaken|drawn))\b", "actor"),
    Rule("child_seen", "yes", 3,
         r"\b(?:during|in|at) (?:the |this |a |SUBJ's )?(?:visit|session|consultation|appointment|"
         r"lesson|interview|PE|snack|lunch|play|drop-off|drop off|(?:circle|carpet|story|form|tutor) "
         r"time|registration|break(?: ?time)?|playtime|lunchtime|assembly)\b", "actor"),
    Rule("child_seen", "no", 2,
         r"\b(?:no access|no (?:reply|answer|response)(?! to (?:any |the |my |our )?(?:q|qs|questions?)\b)|"
         r"unable to gain "
         r"(?:access|entry)|"
         # the contact not done: "HV unable to complete the visit; mum not in"
         r"(?:unable to|could not|did not) (?:complete|carry out|undertake) (?:the |a |an |SUBJ's )?"
         r"(?:[\w-]+ )?(?:visit|check|review|assessment|appointment)s?\b|refused (?:entry|access)|would not let [a-z ]{0,15}in\b|not brought|WNB|"
         # not an earlier one or a form's "no": "Prev DNA 11/01", "(DNA'd prev appt)", "DNA: N"
         r"(?<!prev )(?<!previous )(?<!last )DNA(?!(?:'?d)? prev)(?!\s*[:?]\s*(?:N|No|0)\b)|"
         r"did not attend|failed to attend|absent|missed (?:SUBJ's |the |an? )?(?:[\w-]+ ){0,2}"
         r"(?:appointments?|checks?|tests?|reviews?|clinics?|sessions?|visits?)|not in today|cancel(?:led)?|"
         rf"{WHEREABOUTS}|not sighted|did not bring)(?![\w-])", "contact"),  # not "in bedroom"
    Rule("child_seen", "no", 2,
         rf"(?<!drew )(?<!wrote )(?<!showed )\bSUBJ (?:and SIB )?(?:both |all )?(?:was |were |is |are |waited |stayed |remained |sat )?(?:at|staying (?:at|with)|in|away at|with) (?:SUBJ's )?{AWAY}"
         r"(?! and (?:was|were) seen)", "subject"),
    Rule("child_seen", "no", 2,
         rf"\b(?:spoke to|saw|seen) (?:ADULT )?only|\bADULT only|only ADULT (?:was )?{SEEN}", "any"),
    Rule("child_seen", "no", 1, REMOTE, "contact"),
    Rule("child_seen", "no", 1,
         # not the adult's own business meanwhile: "while her mother attended a group"
         rf"(?<!while )(?<!whilst )(?<!while her )(?<!while his )(?<!while SUBJ's )"
         rf"\b{OTH}(?:'s)? (?:was |were )?(?:{SEEN}|spoken to|attended|interviewed|visited|alone|"
         rf"arrested|examined|weighed|charged|cautioned|bailed|remanded|detained)\b(?!{LATE})|\b(?:saw|spoke to|spoke with|visited|met) {OTH}\b|"
         rf"appointment for {OTH}|{OTH}'s [a-z ]{{0,20}}appointment|(?<!been )\b(?!(?:when|if|once|where|as|not|last|first|child|baby)\b)(?-i:[A-Z][a-z]+) (?:seen|attended) (?:at|by)\b",
         "any"),
)  # fmt: skip

# The child turning down time without the carer: "Declined 1:1", "refused to talk on her own".
REFUSED_ALONE = (
    r"(?:declined|refused)(?: (?:the |an )?offer(?: of)?)?(?: to (?:be seen|be spoken to|speak|talk|"
    rf"meet)(?:(?: to| with) PRO)?)? (?:{ALONE}|{ALONE_WORDS})"
)
SEEN_ALONE_RULES = (
    Rule("seen_alone", "no", 4,
         rf"\bnot (?:{SEEN}|spoken to|seen or spoken to) {ALONE}|\bnot alone\b|\bnot {ALONE}|"
         rf"\b(?:not|unable to|n't|could not)\b[^.;]{{0,40}}?\b(?:{ALONE}|{ALONE_WORDS})|"
         # the child would not have it: "Declined 1:1", "refused to be seen on her own"
         rf"\b{REFUSED_ALONE}|"
         # "M attended alone with baby": the parent's "alone", with the child
         r"\bADULT (?:[a-z]+ ){0,2}alone with SUBJ",
         "any"),
    Rule("seen_alone", "yes", 3,
         rf"\b(?:{SEEN}|spoken (?:to|with)|seen and spoken to|spoke to {PRO_NP}) {ALONE}|(?:^|[-–,:.;]\s*){ALONE}\b",
         "actor"),
    Rule("seen_alone", "yes", 3,
         rf"\b(?:saw|spoke to|spoke with|met|met with|seen|observed|talked to) SUBJ (?:briefly )?{ALONE}",
         "subject"),
    Rule("seen_alone", "yes", 3,
         rf"\bSUBJ (?:was )?(?:seen )?{ALONE}|\balone with SUBJ|(?:^|[.;:,–-]\s*)alone,? SUBJ\b|"
         rf"\bSUBJ (?:was )?(?:seen|spoken to|spoken with){GAP} {ALONE}", "subject"),
    Rule("seen_alone", "yes", 3, rf"\b{ALONE_WORDS}", "actor"),
    # a police car with the child and no carer in it: "spoke w/ R in police vehicle en route
    # home", "the officer who drove him home asked him why"
    Rule("seen_alone", "yes", 3,
         r"(?:^|(?<=[.;]))(?=(?:(?!ADULT)[^.;])*\bSUBJ\b)(?:(?!ADULT)[^.;])*?"
         r"\b(?:in (?:the |a |an )?(?:police|PRO|marked|unmarked) (?:vehicle|car|van)|"
         r"(?:drove|drive|driving|driven|took|taken) SUBJ home)\b(?=(?:(?!ADULT)[^.;])*(?:[.;]|$))",
         "any"),
    # the carer not there yet: "mother en route", "asked her before her mother arrived"
    Rule("seen_alone", "yes", 3,
         r"\bbefore (?:SUBJ's )?ADULT (?:arrived|came|returned|got there)\b|"
         r"\bADULT (?:was |still )?(?:en route|on (?:SUBJ's |ADULT's |the )?way)\b|"
         # the carer came only at the end: "Mum came at 20:50 to get him", "Mother attended at
         # end of session", "dad arrived part way through"
         rf"\bADULT (?:only )?(?:attended|arrived|came(?: in| back)?|turned up|joined(?: us)?)"
         rf"(?: at \d{{1,2}}[:.]?\d{{2}})?{LATE}|"
         # "PGM attended 02:50 to take M to hers", "Mum arrived at 3 to collect him": at the end
         r"\bADULT (?:only )?(?:attended|arrived|came(?: in| back)?|turned up)(?: at)?"
         r"(?: \d{1,2}(?:[:.]?\d{2})?(?:hrs| ?[ap]m)?)? to (?:collect|take|pick up|fetch) SUBJ\b|"
         # there for the start only: "Mum in for start only", "mum stayed for the warm up"
         r"\bADULT (?:\([^()]{0,30}\) )?(?:was |stayed |sat in |in |there |present |only )(?:only )?"
         r"(?:for|at) (?:the )?(?:start|beginning|first part|warm[ -]?up|introductions?)"
         r"(?: only)?\b|"
         # a part alone after the carer's: "Seen w/ F then alone", "with father present and then
         # on his own"
         rf"(?:(?<!ADULT )(?<!ADULT was )|(?<=with ADULT )|(?<=ADULT present ))\b(?:and )?then "
         rf"(?:seen |spoken to )?{ALONE}\b(?! with (?!SUBJ))|"
         # a form's answer: "Parent present? No - dropped off by dad"; "Neither parent attended"
         r"\bADULT (?:present|in attendance|with SUBJ)\s*[?:]\s*(?:-\s*)?no\b(?=\s*(?:$|[-–.;,(]))|"
         r"\b(?:neither|nor|no) ADULT (?:was |were )?(?:present|attended|there|in the room|"
         r"in attendance)\b|"
         # there at first, then gone: "mother was in the room at the start and spoke for her,
         # but left after about twenty minutes", "present for the baby check, went out before"
         r"\bADULT\b(?:(?!\bnot\b|\bnever\b)[^.;]){0,25}?\b(?:present|in the room|there|stayed|sat in)\b"
         r"[^.;]{0,90}?(?:,|\bbut|\bthen|\band)\s+(?:then |later )?(?:left|went out|stepped out|"
         r"popped out)\b(?! (?:with|together)\b)(?![^.;]{0,20}\b(?:end|before (?:we|I|PRO|the)))|"
         # no carer to be had: "Parent not contactable", "mother not answering phone"
         r"\bADULT (?:was |were |is )?(?:not contactable|uncontactable|could not be (?:contacted|reached)|"
         r"not answering)\b",
         "any"),
    Rule("seen_alone", "no", 2,
         rf"\b(?:{SEEN}|observed|examined|present(?:ed)?|attended|arrived|sat|playing|visit(?:ed)?|weighed|"
         rf"saw|came|check|consultation|appt)\b[^.;]{{0,30}}?\b(?:with|\+|&) (?:SUBJ's )?ADULT{NOT_LEAVE}|"
         rf"{SEEN}[^.;]{{0,20}}with SUBJ(?!'s)|(?:^|[-–,:]\s*)(?:seen |SUBJ )?with (?:SUBJ's )?ADULT{NOT_LEAVE}|"
         rf"\bSUBJ (?:\+|&|with|and) (?:SUBJ's )?ADULT\b|\bADULT (?:\+|&|and) SUBJ\b",
         "any"),
    Rule("seen_alone", "no", 2,
         # not a stay elsewhere: "mother remained in family room throughout"
         rf"(?<!\bneither )(?<!\bnor )(?<!\bno )\bADULT\b(?![^.;]{{0,12}}\b(?:not|never)\b)"
         r"(?! (?:present|in attendance)\s*[?:]\s*(?:-\s*)?no\b)"
         # somewhere else the whole time: "Dad (Michael) downstairs throughout"
         r"(?!\)?(?: \([^()]{0,30}\))? (?:was |stayed |remained |waited )?(?:downstairs|upstairs|outside|"
         rf"elsewhere|at work|in (?:the |a |another )?(?:car|other room|{ROOMS_APART}))\b)"
         rf"(?! (?:remained|stayed|waited) in (?:the |a )?"
         rf"{ROOMS_APART}\b)"
         r"[^.;]{0,40}?\b(?:present|"
         # not a stay away: "mum at home but stayed upstairs"
         rf"(?<!SUBJ )(?:remained|stayed)(?! (?:upstairs|downstairs|outside|in the car|in (?:the |a |another )?"
         rf"(?:car|other room|{ROOMS_APART}))\b)|"
         r"in the room|throughout|would not leave|"
         r"holding|held|attended)\b|\bpresent:[^.;]{0,30}ADULT|\bin the presence of|"
         r"\b(?:on|in) (?:SUBJ's )?ADULT's (?:lap|knee|arms|legs)|\bbehind ADULT's|"
         r"\b(?:attended|brought|accompanied|settled|comforted|fed)(?: in)?[^.;]{0,25}?"
         r"(?: by| with) (?:SUBJ's |PRO and )?(?:[a-z]+ )?ADULT|\bADULT brought SUBJ\b|\btogether with ADULT|\bclung to (?:SUBJ's )?ADULT|"
         r"\bwith ADULT (?:present|there)|\b(?:went|came) (?:up )?with ADULT|\bfeeding and handling by ADULT|"
         r"\bADULT (?:looking after|holding|caring for) ",
         "any"),
)  # fmt: skip

ASK = _any(
    "explored", "sought", "ascertained", "elicited", "gathered", "obtained", "captured",
    "explore", "seek", "ascertain", "consulted", "consult", "listened to",
)  # fmt: skip
VIEWS = r"(?:wishes|views|feelings|voice|wishes and feelings)"
TOOLS = _any(
    "three houses", "direct work", "all about me", "my voice", "feelings cards",
    "wishes and feelings (?:work|session)", r"talk about SUBJ's feelings",
    r"session (?:with SUBJ )?on (?:SUBJ's )?feelings", "given the (?:opportunity|chance) to (?:talk|speak|say)",
    "invited to (?:talk|speak|share|say)", "video-recorded interview", "ABE interview",
)  # fmt: skip
# An instrument for the child's views completed or used: "completed CSE screening tool with".
INSTRUMENT_WORK = (
    r"\b(?:completed|did|used|went through|worked through|filled in)\b(?! not\b|n't)"
    r"(?:(?!\bnot\b|n't)[^.;]){0,25}?"
    r"\b(?:screening tool|questionnaire|worksheet|booklet|talking mats|feelings cards|safety map|"
    r"wishes and feelings|mood scale)\b"
)
WISHES_SOUGHT_RULES = (
    Rule("wishes_sought", "no", 4,
         r"\b(?:did not|didn't|not|never|unable to|could not|failed to) (?:ask|asked|question|questioned|seek|sought|explore|explored|ascertain|"
         # not a sample or a signature: "UDS not obtained", but "did not obtain her views"
         rf"ascertained|(?:obtain|obtained|gather|gathered)(?= (?:SUBJ's |PRO )?{VIEWS})|consult|consulted)\b"
         # not after questions asked: "Did not ask any more questions" (but "did not question
         # further" after words the child volunteered is no question at all)
         r"(?! (?:(?:any|SUBJ|PRO|her|him|them) )?more\b)|"
         rf"\b{VIEWS}[^.;]{{0,25}}?(?:were |was |could |can |have )?not (?:be |been )?(?:sought|explored|ascertained|obtained|gathered|recorded)",
         "any"),
    Rule("wishes_sought", "no", 4,
         rf"\bno direct work|\btoo young (?:to (?:be asked|give|express|talk|speak|share|be spoken)|for)|"
         rf"\bpre-?verbal|\bdid not (?:speak|talk) (?:to|with) SUBJ|\bnot spoken to(?! {ALONE})",
         "any"),
    # a form's question to the child, answered in quotes: "How do you feel about coming back?
    # 'Bit nervous'" (a pupil voice sheet, a consultation booklet)
    Rule("wishes_sought", "yes", 3, PUPIL_VOICE, "any"),
    Rule("wishes_sought", "yes", 3,
         r"\b(?:asked|ask|consulted|interviewed) SUBJ\b(?! to\b)|\bSUBJ (?:was |were |had been |being )asked\b|"
         r"\binterview(?:ed)? (?:with )?SUBJ",
         "subject"),
    Rule("wishes_sought", "yes", 3,
         # (not a records query: "asked whether children in the household were known")
         # nor a question about how the child is now, put to someone else: "Asked how J is
         # settling" (a social worker on the telephone to the nursery)
         rf"(?<!SUBJ )\b(?:asked (?:about|what|how|whether|if|why)(?!{RECORDS_QUERY}| SUBJ (?:is|has been) (?:settling|getting on|progressing)\b)|when asked|"
         rf"{ASK} (?:SUBJ(?:'s)? )?{VIEWS}|"
         rf"{VIEWS}[^.;]{{0,30}}?(?:were |was )?(?:{ASK})|{TOOLS})",
         "actor"),
    # a refusal to answer, its speaker left out, answers a question put to the child: "Declined
    # to name suspects", "would not give name or address", "Asked to account for the cash -
    # gave no account"
    Rule("wishes_sought", "yes", 3,
         r"(?:^|(?<=[.;:,] )|(?<=\s[-–] )|\band )(?:SUBJ )?(?:declined|refused|would not|wouldn't)(?: to)? "
         r"(?:say|name|answer|explain|give (?:an? |any |SUBJ's )?(?:account|names?|details|address)|"
         r"account for|disclose)\b|"
         r"\basked to (?:account for|explain)\b[^.;]{0,40}?(?:[-–:,]\s*)(?:SUBJ )?(?:gave )?no "
         r"(?:account|answer|reply|comment|explanation)\b",
         "refusal"),
    # a practitioner's quoted question or prompt, the child answering next: "KP said 'tell me
    # more' and L-M said", "SW asked 'how do you feel about going home?'. S shrugged"
    Rule("wishes_sought", "yes", 3,
         r"(?:\b(?:PRO|I) (?:said|asked|says|asks|prompted|replied)|\b(?:and|then) asked|(?:^|(?<=[.;:,] ))asked)"
         r"\s*[:,]?\s*['\"‘“]\s*(?:tell me|what|"
         r"how|why|who|where|when|can you|could you|do you|did you|are you|is there|is anyone|"
         r"would you|is everything)\b.{0,80}?['\"’”](?=\W|$)[^.;\w]{0,3}"
         r"(?:[.;,]\s*|\s[-–]\s*|\s(?:and|then)\s)(?:(?!ADULT|PRO)[^.]){0,20}?\bSUBJ\b",
         "any"),
    # a tool for the child's views used with the child, whoever the sentence names first: "SUBJ
    # was invited by the PRO to complete an 'All About Me' sheet", "PRO did three houses w/ SUBJ"
    Rule("wishes_sought", "yes", 3,
         rf"\bSUBJ\b(?:(?!\bnot\b|n't)[^.;]){{0,60}}?(?:{TOOLS}|{INSTRUMENT_WORK})|(?:{TOOLS}|{INSTRUMENT_WORK})[^.;]{{0,30}}?\bSUBJ\b",
         "any"),
    Rule("wishes_sought", "yes", 3, r"\b(?:spoke|talked|talk) (?:to|with) SUBJ about", "subject"),
    # the child answering questions put to them, in words or not: "answered Qs re mood with shrugs"
    Rule("wishes_sought", "yes", 3,
         r"\banswered (?:the |all |some |most |my |our |PRO's )?(?:q|qs|qus|questions?)\b", "actor"),
    # a note's "LC asked where she had been - declined to say": the child was the one asked, as
    # the answer (or its refusal) after the question shows
    Rule("wishes_sought", "yes", 3,
         r"\bSUBJ asked (?:re|about|what|where|how|why|who|whether|if)\b[^.;]{0,60}?(?:\s[-–:]\s*|, )"
         r"(?:SUBJ )?(?:says|said|stated|states|replied|answered|denied|denies|declined|refused|"
         r"no response|no reply|shrugged|would not|wouldn't|did not|didn't|['\"‘“])|"
         r"\bSUBJ asked (?:where|who) SUBJ (?:had been|was with|went)\b|"
         r"\bSUBJ asked how SUBJ (?:felt|feels|was feeling|is feeling)\b",
         "any"),
    # time alone offered to the child, or turned down: "asked if he'd talk on his own",
    # "Offered 1:1 - declined", "Declined to be seen alone"
    Rule("wishes_sought", "yes", 3,
         rf"\b(?:offered|invited|asked (?:SUBJ )?(?:if|whether))\b[^.;]{{0,40}}?\b(?:talk|speak|chat|"
         rf"be seen|time|see PRO)\b[^.;]{{0,15}}?(?:{ALONE}|{ALONE_WORDS})|"
         rf"\boffered (?:SUBJ )?(?:{ALONE_WORDS})|\b{REFUSED_ALONE}",
         "actor"),
    # a note's question and the child's answer: "Asked - AC 'don't want to say'", "Asked open q
    # 'what happened?' - S: 'fell off'"
    Rule("wishes_sought", "yes", 3,
         r"(?:^|[.;]\s*)(?:when )?asked\b[^.;]{0,60}?[-–:]\s*SUBJ\s*:?\s*['\"‘“].{1,60}?['\"’”](?!\w)",
         "any"),
)  # fmt: skip

QUOTE = r"['\"‘“]"
WISHES_EXPRESSED_RULES = (
    Rule("wishes_expressed", "no", 4,
         # not after the child's quoted words: "She said 'you lot don't care' and would not say more"
         r"\bSUBJ[^.;'\"‘“]{0,40}?\b(?:did not|didn't|would not|wouldn't|refused to|declined to|"
         r"was unable to|could not|too young to|was too young to|too shy to|chose not to|did not want to|"
         r"didn't want to)(?: want to| wish to)? (?:say|speak|talk|engage|answer|respond|share|tell|"
         r"disclose|describe|give)|\bSUBJ (?:said|says) nothing|\bSUBJ (?:shrugged|remained silent)",
         "subject"),
    Rule("wishes_expressed", "no", 4,
         rf"\btoo young to (?:talk|speak|say|express|give|share|describe)|(?:^|[-–:]\s*)too young\b|"
         rf"\bno disclosures?\b|\bmade no disclosure|\bpre-?verbal|\bdeclined to (?:talk|speak)|"
         rf"\bdid not (?:speak|talk) (?:to|with) SUBJ|\bnot spoken to(?! {ALONE})|\btoo shy to|"
         r"\bchose not to (?:say|speak|talk|engage|answer|respond|share|tell|comment|discuss)\b",
         "any"),
    Rule("wishes_expressed", "yes", 3, PUPIL_VOICE, "any"),
    Rule("wishes_expressed", "yes", 3,
         rf"\bSUBJ (?:(?:also|then|later|had|has|repeatedly|clearly|quietly) )?(?:{_SAY})\b|"
         rf"\bSUBJ(?:'s)?(?: (?:voice|views|words|wishes))?:\s*{QUOTE}|\bin SUBJ's own words|\baccording to SUBJ\b",
         "subject"),
    Rule("wishes_expressed", "yes", 3,
         rf"(?:\b(?:and|then|but) |^\s*|[-–:;,]\s*)(?:SUBJ )?(?:{_SAY})\b", "actor"),
    # the answer to a question, its speaker left out: "Asked about home; reports bullying online"
    Rule("wishes_expressed", "yes", 3,
         r"(?:^|(?<=[.;] )|(?<=[.;]))asked (?:SUBJ )?(?:about|re|if|whether|how|what|who|why|where)\b"
         r"[^.]{0,60}?"
         r"(?:[;:,]|\s[-–])\s*(?:SUBJ )?(?:reports?|reported|states?|stated|says|said|disclosed|"
         r"describes?|described|replied|answered|named)\b",
         "answer"),
)  # fmt: skip

RULES = CHILD_SEEN_RULES + SEEN_ALONE_RULES + WISHES_SOUGHT_RULES + WISHES_EXPRESSED_RULES

# A sighting reported second hand ("a neighbour reported that Jayden was seen") is not one.
HEARSAY = (
    r"\b(?:report(?:ed|ing|s)? that|said that|said to be)\b|"
    r"\b(?:ADULT|SIB),? who (?:said|says|reported|stated|told [a-z]+)\b|"
    r"\b(?:ADULT|SIB)(?:'s)?\)? (?:report(?:ed|s)?|said|says|states?|stated|told [a-z]+|informed|"
    r"believes?|claim(?:s|ed)?|thinks?)\b|"
    r"\b(?:letter|records?|notes?|report|referral|summary) (?:states?|says|shows?|showed|notes?)\b|"
    r"\blast seen\b|"
    # what the writer was told: "Helen (SN) let me know ... that M came", "SW confirmed by phone
    # that he saw Maisie"
    r"\blet (?:me|us) know\b|\bconfirmed (?:by (?:tele)?phone |by email )?that\b|"
    # another agency's news: "Update from SW: 10yo male seen alone"
    rf"{NEWS_HEADING}|"
    # a caller's news: "call from DSL - Jasmine (8) disclosed to TA", not the crew's visit
    r"\bcall (?:received )?from (?:(?!attend|arriv|on scene)[^.;:]){1,30}\s[-–]\s(?!.*\b(?:attended|arrived|on arrival)\b)|"
    # a note's sentence opening with a saying verb is someone's account: "States children with F"
    r"(?:^|[.;]|\s[-–])\s*(?:reports?|states?|says)\b"
)
# A plan is not a contact: "HV to see Jayden at nursery next week".
INTENT = (
    r"\b(?:to|will|would|plans? to|plan:|agreed (?:\w+ )?to|arranged? to) (?:see|visit|complete|"
    r"undertake|meet|speak|talk|try)\b|"
    # a purpose or a next time: "next time offer appt in town so can see K on her own"
    # (not a done "so SW could speak to Danny privately")
    r"\b(?:so (?:that )?(?:PRO |I |we )?can|in order to|next time)\b|"
    # a wish of the practitioner's: "SW rang - wants to do some direct work with S-R"
    r"(?<!SUBJ )\b(?:wants?|wanted|would like|hop(?:es|ing)|intends?|intending) to (?:(?:do|carry out|"
    r"try|complete|undertake)\b|(?:see|visit|meet|speak (?:to|with)|talk (?:to|with)) SUBJ\b)"
)
# Words that negate a sighting in the same clause ("missed his hearing test").
NEGATED = (
    r"\b(?:not|never|no|none|nobody|no-one|neither|nor|missed|cancel(?:led|s)?|unable|refused|declined|failed|WNB|DNA|"
    r"(?:tele)?phone|virtual|video|e-?consult|online|planned|booked|offered|requesting|letter|"
    r"invitation|reminder|sent (?:for|to))\b|n't\b"
)
CLAUSE_BREAK = r"[.;:,!?]|\s[-–]\s|\b(?:but|and|then|while|although|though|after|before)\b"

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
