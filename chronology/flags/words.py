"""Who is who in a chronology entry: the words for adults, practitioners, children and pronouns.

``people.mark_people`` turns each of these into a placeholder (ADULT, PRO, SIB, SUBJ) before the
rules in ``rules`` run. Each tuple is a family of regular-expression alternatives; the code
matches them case-insensitively as whole words, the case's own names first.
"""

from __future__ import annotations

FEMALE = (
    "mother", "mum", "mummy", "mom", "stepmother", "girlfriend", "grandmother", "nan", "nanny",
    "nana", "aunt", "auntie", "woman", "mrs", "ms", "miss", "mgm", "pgm", "sister", "half-sister",
    "stepmum", "step-mum",
)  # fmt: skip
MALE = (
    "father", "dad", "daddy", "stepfather", "step-father", "boyfriend", "grandfather", "grandad",
    "uncle", "man", "mr", "brother", "half-brother", "mgf", "pgf", "stepdad", "step-dad",
)  # fmt: skip
# Carers and other adults: seeing them is not seeing the child; their presence means "not alone".
ADULT_WORDS = (
    "mother", "mum", "mummy", "mom", "father", "dad", "daddy", "stepfather", "step-father",
    "stepmother", "partner", "boyfriend", "girlfriend", "grandmother", "grandfather",
    "grandparents", "maternal grandmother", "paternal grandmother", "nan", "nanny", "nana",
    "grandad", "aunt", "auntie", "uncle", "parents", "parent", "foster carers", "foster carer",
    r"(?<!young )carers", r"(?<!young )carer", "neighbours", "neighbour", "adults", "mgm", "pgm", "mgf", "pgf",
    "grandparent", "step-?mum", "step-?dad", "woman", "man",
    # a foster carer as notes write them: "FC in kitchen", "FCs present"
    "(?-i:FCs?)",
    "IP", "(?-i:DP)", "victim", "occupant", "suspect", "perpetrator", "family friend", "tenant", "applicant",
    "client", "service user", "caller", "informant", "complainant", "resident",
    r"(?:mr|mrs|ms|miss)\.? [A-Z][a-z]+",
    # a note's "M" and "F" for mother and father ("Asked M re JL's views", "contact w/ F"), not
    # an initial ("M. Smith"), a sex ("(M, approx 7 yrs)") or a case name (matched first)
    # nor the sex after an age: "Hx: 6/12 F", "14y M"
    r"(?<![(&])(?<!\d )(?<!\dy )(?<!yo )(?<!yrs )(?-i:M|F)(?![.)&-])",
    r"(?<=with )(?-i:M|F)(?=\.)", r"(?<=by )(?-i:M|F)(?=\.)",  # "Sophie with M."
)  # fmt: skip
# In an adult service's record the patient is its client, the parent: "Pt attended alone".
CLIENT_WORDS = ("pt", "patient")
# The parents' letters in a note, and the sex each stands for.
PARENT_LETTERS = {"M": "f", "F": "m"}
SIBLING_WORDS = (
    "siblings", "sibling", "sister", "brother", "half-sister", "half-brother", "half-sibling",
    "step-sister", "step-brother", "stepsister", "stepbrother", "sis", "bro",
    r"(?:younger|older|baby|big|little) (?:sister|brother|sis|bro)",
)  # fmt: skip
# Practitioners: their presence does not make the child "not alone".
PRO_WORDS = (
    "social worker", "sw", "hv", "health visitor", "gp", "doctor", "nurse", "school nurse",
    "practice nurse", "midwife", "teacher", "class teacher", "key worker", "keyworker", "kw",
    "officers", "officer", "pc", "pcso", "dc", "ds", "police", "dsl", "manager", "iro", "ewo",
    "elsa", "paediatrician", "consultant", "registrar", "examiner", "supervisor", "tutor", "crew",
    "paramedics?", "worker", "practitioner", "learning mentor", "mentor", "young carers worker",
    "team manager", "cpn", "interpreter", "fca", "cafcass", "advocate", "dentist", "optician",
    "therapist", "staff", "lsa", "assistant", "om", "probation officer", "housing officer",
    "tm", "clinician", "radiographer", "dinner lady", "head teacher", "headteacher", "senco",
    "head of year", "ta",
    # ward, nursery and school staff by role: "played with HCA", "with her key person"
    "hca", "healthcare assistant", "health care assistant", "play specialist", "nursery nurse",
    "key person", "kp", "sho", "deputy head", "pastoral lead", "chaperone", "receptionist",
    # an appropriate adult from a scheme, not a parent acting as one: "vol AA arr 0110"
    r"(?:volunteer|independent|vol\.?) (?:appropriate adult|AA)",
)  # fmt: skip
# Words that mean the subject (or a group including them) in an IMR about that child.
CHILD_WORDS = (
    "the children", "both children", "all the children", "all children", r"(?:two|three|\d) children",
    "children", "the boys", "both boys", "the girls", "both girls", "the kids", "kids",
    "the child", r"(?<!\ba )child", "the young person", "young person", "YP", "CYP",
    # "Daughter (4) present", "Stepson (16) came downstairs": a child of the household, by age
    r"(?:step-?)?(?:son|daughter)(?= \(\d)", r"(?:her|his|their) (?:son|daughter)", "the baby", "baby", "infant", "toddler", "pt", "patient",
    r"\d+ ?(?:month|mo|year|yr)s?[- ]old(?: boy| girl| child)?",
    r"\d+ ?(?:yo|y/o|mo)\b",
)  # fmt: skip
# A child word naming a service or a thing, not a person: "Baby clinic", "child protection
# conference", "Children's centre staff".
NOT_A_CHILD = (
    r"(?! (?:clinic|group|unit|ward|room|massage|bank|monitor|seat|clothes|equipment|items|milk|"
    r"formula|walker|gate|sling|bath|protection|development|minder|minding|passport|benefit|"
    r"services?|social)\b)"
    r"(?!['’]s (?:centre|center|services?|social|hospital|ward|unit|trust|team|department|"
    r"workers?|nurses?|practitioners?|officers?|advocates?|champions?|guardians?|commissioner)\b)"
)
PRONOUNS = ("he", "him", "his", "she", "her", "hers", "they", "them", "their", "himself", "herself")
