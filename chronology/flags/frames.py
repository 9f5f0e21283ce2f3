"""The verb frames the parse reads: which lemmas see, ask, speak, call, plan, fail or place a carer.

Each set is a family of spaCy lemmas (or lower-cased words) that ``structure``, ``speech`` and
``presence`` compare a token against; a new verb is added to its family once.
"""

from __future__ import annotations

import re

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

# A practitioner's direct work with the child: "SW used Talking Mats with Ellis at school".
DIRECT_WORK = frozenset(["use", "do", "complete", "play", "read", "work"])

# What a practitioner completes or uses with a child to learn their views: "completed the
# screening tool with her", "used Talking Mats with Ellis", "did the three houses exercise".
INSTRUMENTS = frozenset(
    ["tool", "mat", "mats", "questionnaire", "worksheet", "exercise", "scale", "cards", "card",
     "screening", "measure", "booklet", "app"]
)  # fmt: skip

# What officers do to a person in front of them: "stopped and searched", "detained on the bridge".
POLICE_ACTIONS = frozenset(
    ["stop", "search", "arrest", "detain", "locate", "handcuff", "restrain", "caution"]
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
    ["say", "report", "state", "tell", "advise", "inform", "claim", "confirm", "explain",
     "maintain", "insist", "admit"]
)  # fmt: skip

# Verbs whose subject gives their own words or wishes ("said", "disclosed", "drew", "wants").
VOICE = frozenset(
    ["say", "tell", "disclose", "state", "explain", "describe", "express", "share",
     "draw", "write", "want", "wish", "allege", "confide", "reply", "comment", "complain", "beg",
     "indicate", "confirm", "deny", "request", "plead", "volunteer", "shout", "whisper", "text",
     "texte", "message", "repeat"]  # "texte": the md model's lemma of "texted"
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
ARRIVE = frozenset(["attend", "come", "arrive", "walk", "join", "answer"])

# Who counts as a carer when the text names no one: "parents not present", "no adults present".
CARERS = frozenset(
    ["parent", "adult", "carer", "family", "member", "mum", "mother", "dad", "father"]
)

# Where an absent carer is: "mum waited outside", "nan in the waiting room".
AWAY = frozenset(
    ["outside", "waiting", "other", "another", "downstairs", "upstairs", "work", "shops", "out",
     "reception", "car", "corridor", "elsewhere", "abroad"]
)  # fmt: skip

# An adult's contact of their own held during the child's: "mother interviewed at the time".
MEANWHILE = frozenset(["meanwhile", "time", "separately", "simultaneously", "concurrently"])
# What an adult attends that is theirs, not the child's: "mother attended a separate meeting".
OWN_BUSINESS = frozenset(["meeting", "appointment", "interview", "session", "class", "course"])

# Words after an adult that put them in the room: "nan present", "dad there throughout".
THERE = frozenset(["present", "there", "throughout", "in"])

# An adult who left before the contact was not away during it: "left prior to our arrival".
EARLIER = frozenset(["prior", "before", "earlier", "arrival"])

# Staying elsewhere: "mum waited outside", "nan stayed downstairs".
STAY = frozenset(["wait", "stay", "remain", "sit", "go", "spend"])

# Where a child is without their carers: "seen at school", "in class", "on the ward".
SETTING = frozenset(
    ["school", "nursery", "class", "classroom", "playground", "preschool", "pre-school",
     "playgroup", "college", "registration", "lesson", "lessons", "assembly", "creche", "crèche",
     "teacher", "circle", "playtime", "breaktime"]
)  # fmt: skip

SETTING_ABBREVIATIONS = frozenset(["KP", "DSL", "PE", "TA"])

# "no adults at home", "no family present", "nobody else there".
NO_ADULT = frozenset(["no", "without"])

# An adult who did not do one of these was not there: "Mother has not visited since Monday".
PRESENCE_VERBS = frozenset(["visit", "attend", "come", "arrive", "stay", "remain", "return"])

# An adult doing one of these was not with the child during the contact.
ABSENT_VERBS = frozenset(
    ["collect", "drop", "pick", "phone", "telephone", "ring", "call", "inform", "tell", "notify",
     "contact",
     "text", "email", "leave", "go", "arrive", "advise", "update", "await", "return", "mention"]
)  # fmt: skip

# Links a mention's head token climbs to reach the verb it belongs to ("Child A" -> A -> saw).
CLIMB = frozenset(["compound", "det", "conj", "appos"])

PARTICIPANT = frozenset(["dobj", "nsubjpass", "pobj", "dative", "attr"])

# An apostrophe between letters ("there's", "didn't") is inside the quote, not its end.
QUOTED = re.compile(r"(?<!\w)['‘\"“](?:[^'’\"”]|(?<=\w)['’](?=\w)){2,}?['’\"”](?!\w)")

# Contacts that need the child there: a check or review named as a noun ("2-year review").
CHECKS = frozenset(
    ["review", "check", "assessment", "medical", "examination", "visit", "screen", "test",
     "immunisation", "immunization", "vaccination", "appointment", "clinic", "session"]
)  # fmt: skip
# Papers and plans about a contact, not the contact: "review appointment sent", "review findings
# shared", "invitation issued".
PAPERS = frozenset(
    ["appointment", "invitation", "invite", "letter", "reminder", "finding", "result", "report",
     "summary", "outcome", "form", "referral", "request", "notification", "booking"]
)  # fmt: skip
# What of the child a practitioner checks in person: "Lily-Rose's vision and hearing checked".
BODY_CHECKED = frozenset(
    ["vision", "hearing", "sight", "eyes", "ears", "teeth", "weight", "height", "growth", "chest",
     "heart", "breathing", "temperature", "hips", "skin", "reflexes", "obs", "observations"]
)  # fmt: skip
CHECKING = frozenset(["check", "test", "screen", "measure", "examine", "assess", "weigh", "listen"])

# Marks on the body a practitioner can record only by seeing them.
INJURIES = frozenset(
    ["bruise", "bruising", "mark", "scratch", "burn", "rash", "injury", "cut", "graze", "swelling",
     "lump", "bite", "wound", "laceration", "sore"]
)  # fmt: skip
# Passing on what others found: "Nursery Manager reported a bruise", "HV shared findings".
PASSING_ON = frozenset(
    ["report", "share", "send", "forward", "pass", "mention", "raise", "notify", "inform", "tell",
     "confirm", "note", "receive", "request", "issue", "post", "offer", "book", "make", "give",
     "arrange", "email", "discuss"]
)  # fmt: skip

# Places in AWAY said of where someone went; only the adult's own verb's place counts.
PLACE_WORDS = frozenset(["upstairs", "downstairs", "out"])
# Where a family lives: a child seen there with no one named was most likely seen with them.
HOME = frozenset(
    ["home", "house", "flat", "property", "address", "doorstep", "lounge", "kitchen", "hallway",
     "garden", "bedroom", "living", "sofa", "cot", "door", "bath", "bathroom", "bed", "landing"]
)  # fmt: skip

# An entry that passes on what another agency saw or heard: "Referral from school: Poppy told
# her class teacher ...", "Out of hours notification: Tyler admitted".
INFORMATION = re.compile(
    # after a reference ("MFH ref 24/0098 -") and a time or date the entry opens with ("09:41
    # Contact from DSL", "14.3.23 - 13.15. Info passed to me")
    r"\s*(?:[^.;:]{0,30}?\bref\b[^.;:]{0,20}?\s[-.;:]\s*)?"
    # and a team's name before the time: "EDT - 06.10 tel call from PC Hughes", "6th May -"
    r"(?:[A-Z]{2,6}\s*[-\u2013:]\s*(?=\d))?"
    r"(?:(?:\d{1,2}[:.]\d{2}|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|"
    r"\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)"
    r"\s*[-.:]?\s*){0,2}"
    # a team's name after the time: "19/11/2010 02:35 EDT. Call from PC Lyle", "MASH – PPN"
    r"(?:[A-Z]{2,6}[.:]\s+|[A-Z]{2,6}\s+[-\u2013]\s+)?(?:"
    r"(?:[\w/&-]+ ){0,2}?(?:referral|contact|call|t/c|tc|tel|info(?:rmation)?|report|message|concern|handover|"
    r"update|feedback|notification|email|letter|log|complaint|PPN\d?)s?"
    # its form in brackets: "Referral (MARF) rec'd from"
    r"(?: \([^()]{1,20}\))?"
    r"(?: received| recieved| recvd| rec'?d| made| passed(?: on)?(?: to \w+)?(?: in person)?)?"
    # a time, a date or the means in between: "MASH contact 17:32 by phone from Dr Rao"
    r"(?: \d{1,2}[:.]\d{2}| \d{1,2}/\d{1,2}(?:/\d{2,4})?)?(?: (?:by|via) (?:tele)?phone)?"
    r" (?:from|by|via)\b|"
    # "Contact – telephone – Dr Siddiqui", "Referral: phone call from"
    r"(?:contact|referral)\s*[-\u2013:]\s*(?:tele)?phone\b|"
    # the writer's call about the child to someone: "Phoned Rachel Penn (Open Door) re Aisha's
    # first session", "Mrs Mulvey (EWO) rang 11.15:"
    r"(?:phoned|rang|telephoned) (?:[\w'()-]+ ){1,5}?re\b|"
    r"(?:[\w.'()-]+ ){1,4}?(?:rang|phoned|called)(?: (?:in|school|the office))?"
    r"(?: \d{1,2}[:.]?\d{2})?\s*:|"
    # a record filled from another's: "LAC health record updated from GP summary", "Copy of 2yr
    # progress check rec'd from"
    r"(?:[\w/&-]+ ){0,3}?(?:record|file|notes?) updated from\b|"
    r"copy of (?:[\w/&-]+ ){0,4}?(?:received|recieved|rec'?d|recvd)\b|"
    # a heading that names the entry as news: "Out of hours notification: Tyler admitted"
    r"(?:[\w/&-]+ ){0,3}?(?:notification|alert|message|e-?mail|fax|correspondence)s?\s*[:.]|"
    # a paper that came in: "Midwifery discharge summary recieved (faxed) re PN visit", "Letter
    # scanned - School Nursing", "Correspondence in - CAMHS", "Scanned: HV 2yr review summary",
    # "Received contact record from Brook St FC"
    r"(?:[\w/&-]+ ){0,3}?(?:summary|report|letter|notes|results?|minutes|notification|PPN|handover|"
    r"correspondence|record|document)s?"
    r" (?:received|recieved|recvd|rec'?d|scanned|in\s*[-:])|"
    r"scanned\s*[-:]|"
    # "Contact rec'd (MASH) - written referral from CAMHS", "Notification of discharge rec'd
    # from NNU", "Read FC daily logs w/c 06/05 (emailed by TB)"
    r"(?:[\w/&-]+ ){0,2}?(?:contact|referral)s? (?:received|recieved|recvd|rec'?d)\b|"
    r"(?:notification|letter|report|summary|referral|e-?mail|message)s? (?:of|re) "
    r"(?:[\w/&-]+ ){0,3}?(?:received|recieved|recvd|rec'?d)\b|"
    r"read (?:[\w/&'-]+ ){0,3}?(?:logs?|records?|notes|reports?|diary|diaries|file|minutes)\b|"
    # a record of a referral that names where it came from: "MASH contact. Referrer: DSL",
    # "Referral 19/09/16 11:52 - Source: Little Acorns Day Nursery"
    r"(?:[\w/&-]+ ){0,2}?(?:referral|contact)s?\b(?:[^.;:]|\d[:.]\d){0,25}?[.;:-]\s*(?:source|referrer)\s*:|"
    r"(?:received|recieved|rec'?d) (?:[\w/&-]+ ){0,3}?(?:summary|report|letter|notes|results?|"
    r"minutes|record|referral|correspondence|email|message)s? (?:from|re)\b)",
    re.IGNORECASE,
)

# An entry that is a meeting of professionals about the child: "Strategy meeting (2) 14/09",
# "CAIT OCC ref 24/11873. 11:00 Strat disc (MASH)", "Review CP conference 06/03 - Chair's
# summary". A sighting it tells of is the earlier visit it heard about, unless the child came.
MEETING = re.compile(
    # after a reference line ("CAIT OCC ref 24/11873.") or a time; not "Visit following ..."
    r"^\s*(?:[^.;:]{0,30}?\bref\b[^.;]{0,20}[.;]\s*)?(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s+)?"
    r"(?:\d{1,2}[:.]\d{2}\s+)?"
    r"(?:(?!visit|seen|after|following|post|contact|re\b|to\b)[\w/&()-]+ ){0,2}?"
    r"(?:strat(?:egy)? (?:disc(?:ussion)?|meeting|mtg)|(?:cp |child protection |case )conference|"
    r"ICPC|RCPC|MARAC|professionals'? meeting|MASH (?:triage|screening|meeting)|"
    # a team around the family, a core group: "TAF meeting at school. Present: ..."
    r"(?:TAF|TAC|CIN|core group|network) (?:review )?(?:meeting|mtg)|"
    r"(?:safeguarding|clinical|case|management|child protection) supervision)\b|"
    # a bare heading, not a probation "Video supervision (Teams)" with the client
    r"^\s*supervision\b(?! (?:session|appt|appointment|order))|"
    # "Discussed by CNS Shah at safeguarding supervision 4/10:"
    r"^\s*discussed\b[^.;:]{0,40}?\b(?:at|in)\b[^.;:]{0,20}?\b(?:supervision|meeting)\b",
    re.IGNORECASE,
)

# What came of the contact, just after it: "Planned check with Millie - absent".
OUTCOME_AFTER = re.compile(
    r"[^.;]{0,30}?\s[-–:]\s*(?:absent|DNA|WNB|not brought|no access|no answer|no reply|"
    r"cancel(?:led)?|not in (?:school|today|class))\b",
    re.IGNORECASE,
)

# A heading that passes on another agency's news: "Update from SW:", "Letter from TP midwife:".
NEWS_HEADING = (
    r"\b(?:update|feedback|info(?:rmation)?|message|news|letter|e-?mail|report|fax) (?:received )?"
    r"from [^.;:]{1,30}:"
)


# An interpreter's line: "Seen with mum (Polish interpreter by phone for mum)", "via Language
# Line". A telephone near these words is the interpreter's, not the contact's.
_INTERPRETER = re.compile(r"\binterp|\blanguage ?line\b", re.IGNORECASE)


def near_interpreter(text: str, start: int, end: int) -> bool:
    """An interpreter is named in the words just around ``text[start:end]``."""
    return bool(_INTERPRETER.search(text, max(0, start - 30), end + 20))
