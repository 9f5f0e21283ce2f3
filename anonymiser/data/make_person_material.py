"""Write the person scorer's training material: invented names in many sentence frames (issue 13).

The scorer (anonymiser.scorer) was fitted on half of tests/data/ner_eval.jsonl, the very
sentences it is measured on; this script writes material of our own instead, so the benchmark
only measures. Every name is invented here: first names and surnames drawn from the gazetteer
(data/first_names.txt, data/surnames.txt) or made of syllables, so that no name is known from a
list alone; the frames are written for this script (case-record sentences, letters, lists,
tables, addresses, messages) and so are the capitalised words that are no person (places,
agencies, streets, days, products), so the scorer also learns what to leave.

    .venv/bin/python anonymiser/data/make_person_material.py [--rows N] [--seed S] > material.jsonl

Each line: {"text": ..., "spans": [{"start", "end", "entity_type"}]} as in ner_eval.jsonl.
The output is deterministic for a seed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

DATA = Path(__file__).parent

# Frames. {P} is a person (any form), {F} a first name alone, {S} a surname alone, {T} a title
# and surname; the other slots are capitalised words that are no person.
FRAMES = [
    "{P} said she would come back on {DAY}.",
    "I spoke to {P} about the missed appointment.",
    "{P} and {P} attended the strategy meeting at {ORG}.",
    "The home visit was carried out by {P} from {ORG}.",
    "{T} was not at home when the nurse called.",
    "Dear {P},\nThank you for your letter of {MONTH} {NUM}.",
    "Hi {F}, can you ring me back when you get this?",
    "Thanks {F}! See you at {PLACE} on {DAY}.",
    "{P} moved to {CITY} with her two children in {MONTH}.",
    "Present: {P}, {P}, {P} and {P}.",
    "Minutes taken by {P}.",
    "Name: {P}\nAddress: {NUM} {STREET}, {CITY}",
    "{P}\n{NUM} {STREET}\n{CITY}\n{COUNTRY}",
    "Contact {P} on {PHONE} or at {EMAIL}.",
    "My name is {P} and I work for {ORG}.",
    "{F} told her teacher that {F} had hit her.",
    "According to {T}, the family left {CITY} in {YEAR}.",
    "{S} and {S} reviewed the file together.",
    "The referral from {ORG} named {P} as the main carer.",
    "Signed: {P}, {JOB}",
    "{P} ({JOB}) agreed to chase the school.",
    "{P}, {JOB} at {ORG}, wrote to the GP.",
    "The report was written by {P} and checked by {T}.",
    "Her mother, {P}, did not answer the door.",
    "His partner {F} was present for part of the visit.",
    "{F}'s brother {F} was staying with them.",
    "We met {P}'s new partner at the {PLACE}.",
    "{T} asked whether {F} could stay with her grandmother.",
    "{WORD} review: {P} attended.",
    "Note: {WORD} visit by {P}.",
    "{P} ({CODE}) wrote the {CODE} report.",
    "Ref {REF}: {P} seen by {CODE}.",
    "{CODE} contacted {P} at {TIME}.",
    "Call logged at {TIME} by {P}.",
    "{P} has lived at {NUM} {STREET} since {YEAR}.",
    "Please forward this to {P} before {DAY}.",
    "Meeting with {P} and {P} of {ORG} about the {PRODUCT} contract.",
    "{P} is the named nurse for {ORG}.",
    "On {DAY} {P} phoned {ORG} to report a concern.",
    "The case was allocated to {P} on {NUM} {MONTH}.",
    "Both {F} and {F} were seen alone.",
    "{F} was seen with {P} and {P}.",
    "Apologies were received from {P}.",
    "Cc: {P}; {P}; {P}",
    "From: {P}\nTo: {P}\nSubject: {PRODUCT} update",
    "{P} - {JOB} - {ORG}",
    "Interview with {P}, {AGE}, at {PLACE}.",
    "Witness: {P} of {NUM} {STREET}, {CITY}.",
    "The flat was rented from {P} through {ORG}.",
    "Our thanks to {P} for chairing the panel.",
    "I am writing on behalf of {P} about the housing application.",
    "The car was registered to {P}, who lives in {CITY}.",
    "Ask for {F} at reception.",
    "Yesterday {P} visited {CITY} for the first time.",
    "{P} was born in {CITY} and moved to {COUNTRY} aged {AGE}.",
    "{P} won the {EVENT} in {YEAR}.",
    "The {EVENT} was opened by {P}.",
    "Is {F} coming to the {EVENT}?",
    "Uncle {F} looked after the baby while {T} was in hospital.",
    "Auntie {F} collected them from {PLACE}.",
    "{S}, {F}: date of birth withheld.",
    "{P} replied that {S} had already left.",
    "Statement of {P}, taken by {T}.",
    "The nursery manager, {P}, raised the first concern.",
    "{F} and her friend {F} walked home from {PLACE} together.",
    "A letter from {P} to {ORG} dated {NUM} {MONTH} {YEAR}.",
    "{P} emailed {EMAIL} on {DAY}.",
    "The tenancy is in the name of {P}.",
    "{P} confirmed that {F} attends {ORG}.",
    "Gift from {P}, {CITY}.",
    "Reported by {P} ({PHONE}).",
    "{S} explained that the boiler had been broken since {MONTH}.",
    "Today {T} brought {F} to the clinic.",
    "{F}: I'll be late, the bus hasn't come.",
    '{F}: "Tell {F} I said no."',
    "They invited three: {F}, {F} and {F}.",
    "Children in the household: {F}, {F}, {F}.",
    "The {P} biography sold well in {CITY}.",
    "Unlike the {S} film, the book has a happy ending.",
    "A {S} painting hung in the hall of {ORG}.",
    "The worry about {F} has grown since {MONTH}.",
    "The school shouted at {F} for running.",
    "Nobody had heard of {F} before the referral.",
    "{S} began volunteering at {ORG} in {YEAR}.",
    "{S} and {S} were the two duty officers that night.",
    "Who is {F}? Nobody at {ORG} knew.",
    "Name:    {P}",
    "Client: {P}\nDate of visit: {NUM} {MONTH}",
    "{TITLE} {P} Flat {NUM} {NUM} {STREET}",
    "{P} from {ORG} is the guest speaker.",
    "{P} {NUM} {STREET} {CITY}",
    "I'm {F}'s sister.",
    "{F} had given {F} the key.",
    "{P}",
    "{P}\n{JOB}\n{ORG}",
    "{TITLE} {S} is a {AGE} year old woman from {CITY}.",
    "{LABEL}: {P}",
    "{LABEL}: {P}\n{LABEL}: {P}",
    "{LABEL}: {P} {LABEL}: {NUM}",
    "{LABEL}: {P}, {LABEL}: {CITY}",
    "{LABEL}: {T} ({JOB})",
    "{LABEL} - {P}, {ORG}",
]
# Frames with no person in them: the capitalised words the scorer must leave.
EMPTY_FRAMES = [
    "The office at {NUM} {STREET}, {CITY} closes on {DAY}.",
    "{ORG} moved to {CITY} in {MONTH} {YEAR}.",
    "Please call {PHONE} before {TIME} on {DAY}.",
    "The {EVENT} will be held in {CITY} this {MONTH}.",
    "{ORG} and {ORG} share one referral form.",
    "The {PRODUCT} order was sent to {PLACE}.",
    "Our new address is {NUM} {STREET}, {CITY}, {COUNTRY}.",
    "Flights from {CITY} to {CITY} were cancelled.",
    "The family were housed in {PLACE} for {NUM} weeks.",
    "Send the form to {EMAIL}.",
    "{COUNTRY} and {COUNTRY} signed the agreement in {YEAR}.",
    "The {JOB} from {ORG} did not attend.",
    "Closed on {DAY} and {DAY} for the {EVENT}.",
    "Training at {PLACE}, {CITY}, every {DAY} in {MONTH}.",
    "{LABEL}: {ORG}",
    "{LABEL}: {JOB}, {ORG}",
    "{LABEL}: {NUM} {STREET}, {CITY}",
    "{LABEL}: see {PLACE}",
    "{WORD} review booked for {DAY}.",
    "Outcome: {WORD} assessment agreed.",
    "child not seen: {WORD} appointment",
    "{LABEL}: {WORD} visit; {LABEL}: {WORD} plan",
    "Seen: {WORD} clinic at {PLACE}.",
    "{WORD} concerns were raised by {ORG}.",
    "Reason: {WORD}",
    "Reference: {REF}",
    "{CODE} agreed to review the plan on {DAY}.",
    "Case {REF} was closed by {ORG}.",
    "{CODE} {NUM} minutes; {CODE} recorded at {TIME}.",
    "URGENT: {CODE} referral sent to {ORG}.",
    "The {CODE} and {CODE} reports were shared.",
    "{ORG}, {REF}",
    "NB {CODE} not yet done.",
    "{CITY} {CODE} held the {EVENT}.",
    "{CITY} is a small town two miles from {CITY}.",
    "Is {CITY} on the bus route?",
    "{CITY} has no family hub since {YEAR}.",
    "They drove from {CITY} to {CITY} on {DAY}.",
    "Was {CITY} where the family lived before?",
    "The flat in {CITY} was damp and cold.",
    "{CITY} and {CITY} share one health visiting team.",
    "How far is {CITY} from {CITY}?",
    "She grew up near {CITY}.",
    "{ORG} covers {CITY}, {CITY} and {CITY}.",
]
TITLES = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Dr.", "Mr.", "Mrs.", "Prof.", "PC", "DS", "Sister"]
TITLED = re.compile("(?:" + "|".join(map(re.escape, TITLES)) + ") ")
SYLLABLES = [
    "ka",
    "ri",
    "mo",
    "lan",
    "ve",
    "tor",
    "sil",
    "bra",
    "nu",
    "quen",
    "dal",
    "fi",
    "or",
    "ash",
    "ell",
    "wyn",
    "tam",
    "zor",
    "pel",
    "gri",
    "hal",
    "mer",
    "ost",
    "and",
    "ric",
    "bel",
    "cas",
    "dun",
    "fen",
    "gor",
    "hel",
    "jas",
    "kel",
    "lor",
    "mad",
    "nor",
    "pax",
    "ros",
    "sam",
    "tib",
    "ul",
    "van",
    "wil",
]
SURNAME_ENDS = [
    "son",
    "ford",
    "ley",
    "worth",
    "by",
    "ton",
    "ham",
    "field",
    "er",
    "well",
    "man",
    "ski",
    "ez",
    "ova",
    "ard",
    "ini",
]
CITY_WORDS = [
    "Ashmoor",
    "Brackley",
    "Castleford",
    "Dunmere",
    "Eastwick",
    "Farnholt",
    "Glenrow",
    "Harrowgate",
    "Iverby",
    "Kelsham",
    "Larkfield",
    "Marrowby",
    "Netherby",
    "Oakhampstead",
    "Pellbridge",
    "Quarrendon",
    "Redmarsh",
    "Stowell",
    "Thornbury",
    "Upperton",
    "Vellacott",
    "Westmere",
    "Yarrowdale",
    "London",
    "Manchester",
    "Leeds",
    "Glasgow",
    "Cardiff",
    "Paris",
    "Berlin",
    "Madrid",
    "Lisbon",
    "Dublin",
    "Sydney",
    "Toronto",
    "Chicago",
    "Boston",
    "Denver",
]
TOWN_HEADS = [
    "Ash",
    "Oak",
    "Elm",
    "Lark",
    "Thorn",
    "Hazel",
    "Brack",
    "Mill",
    "Stone",
    "Castle",
    "Bridge",
    "Church",
    "Kings",
    "Queens",
    "Har",
    "Wood",
    "Moor",
    "Marsh",
    "Fen",
    "Glen",
    "Red",
    "Black",
    "White",
    "Green",
    "Cold",
    "Long",
    "Market",
    "Nether",
    "Upper",
    "Lower",
]
TOWN_ENDS = [
    "field",
    "ham",
    "ton",
    "bury",
    "ford",
    "wick",
    "ley",
    "mere",
    "dale",
    "by",
    "thorpe",
    "stead",
    "well",
    "worth",
    "combe",
]
COUNTRIES = [
    "England",
    "Scotland",
    "Wales",
    "Ireland",
    "France",
    "Germany",
    "Spain",
    "Italy",
    "Poland",
    "Canada",
]
STREET_KINDS = [
    "Road",
    "Street",
    "Lane",
    "Avenue",
    "Close",
    "Drive",
    "Way",
    "Court",
    "Crescent",
    "Gardens",
    "Terrace",
]
STREET_WORDS = [
    "Church",
    "Station",
    "Mill",
    "Park",
    "Victoria",
    "Albert",
    "High",
    "Queen",
    "King",
    "Green",
    "Elm",
    "Oak",
]
# Streets in many languages: the word before or after a name, or a suffix joined to it.
STREET_BEFORE = ["Via", "Rua", "Rue", "Calle", "Avenida", "Praça", "Ulica", "Avenue", "Boulevard"]
STREET_AFTER = ["Parkway", "Plaza", "Boulevard", "Square", "Viaduct", "Mews", "Row", "Walk"]
STREET_SUFFIXES = ["straat", "gasse", "strasse", "vej", "gatan", "weg", "laan", "utca"]
COMPANY_ENDS = [
    "Ltd",
    "Limited",
    "Inc",
    "Corp",
    "Corporation",
    "SA",
    "SAS",
    "AG",
    "GmbH",
    "plc",
    "& Sons",
    "Holdings",
    "Partners LLP",
    "Group",
    "Consulting",
    "Research",
]
ORG_HEADS = [
    "Northgate",
    "Riverside",
    "Hillcrest",
    "Meadowbank",
    "Kingsway",
    "Brookside",
    "Harbour",
    "Summit",
]
ORG_KINDS = [
    "Council",
    "Primary School",
    "Academy",
    "Housing Trust",
    "Medical Practice",
    "Police",
    "Nursery",
    "Hospital",
    "Children's Services",
    "Ltd",
    "Group",
    "Bank",
    "Foundation",
    "College",
]
PLACES = [
    "Town Hall",
    "Civic Centre",
    "Library",
    "Health Centre",
    "Leisure Centre",
    "Family Hub",
    "Police Station",
    "Community Centre",
    "Job Centre",
    "Magistrates' Court",
]
JOBS = [
    "Social Worker",
    "Health Visitor",
    "Team Manager",
    "Designated Nurse",
    "Housing Officer",
    "Head Teacher",
    "Family Support Worker",
    "Detective Sergeant",
    "Midwife",
    "Youth Worker",
]
EVENTS = "Spring Fair|Summer Fete|Christmas Party|Annual Conference|Open Day|Harvest Festival"
EVENTS_LIST = EVENTS.split("|")
PRODUCTS = ["Excel", "Windows", "iPhone", "Teams", "Zoom", "Outlook", "PlayStation", "Kindle"]
ACRONYMS = [
    "NHS",
    "GP",
    "CCTV",
    "ETA",
    "GCS",
    "ASAP",
    "NB",
    "NOTE",
    "URGENT",
    "CAMHS",
    "MASH",
    "ICPC",
    "RCPC",
    "CIN",
    "CP",
    "SW",
    "HV",
    "A&E",
    "ED",
    "IMR",
    "SCR",
    "DBS",
    "NFA",
    "LAC",
    "EHCP",
    "SEN",
    "SENCO",
    "YOS",
    "DSL",
    "MARAC",
    "DASH",
    "PNC",
]
# Form labels before a colon: a capitalised, often rare word that is no name.
LABELS = [
    "Recipient",
    "Respondent",
    "Claimant",
    "Applicant",
    "Referrer",
    "Informant",
    "Complainant",
    "Occupant",
    "Guardian",
    "Tenant",
    "Householder",
    "Keyholder",
    "Signatory",
    "Assessor",
    "Reviewer",
    "Author",
    "Sender",
    "Caller",
    "Attendee",
    "Interviewee",
    "Interpreter",
    "Advocate",
    "Chairperson",
    "Minute-taker",
    "Landlord",
    "Subject",
    "Witness",
    "Correspondent",
    "Beneficiary",
    "Executor",
    "Nominee",
    "Proposer",
    "Seconder",
    "Custodian",
    "Registrant",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = "January February March April May June July August September October November December"


class Writer:
    """Rows of material from one seeded random source."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.first = sorted((DATA / "first_names.txt").read_text(encoding="utf-8").split())
        self.last = sorted((DATA / "surnames.txt").read_text(encoding="utf-8").split())
        # Names that are also common words ("Smith", "Brown", "Rose"): drawn more often than
        # their share of the lists, or the scorer learns that a frequent word is never a name.
        self.common_first = [n for n in self.first if _frequent(n)]
        self.common_last = [n for n in self.last if _frequent(n)]
        self.rare_words = _rare_words(set(self.first) | set(self.last))

    def invented(self, surname: bool) -> str:
        """A name made of syllables, so that it is in no list."""
        parts = [self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 3))]
        if surname and self.rng.random() < 0.5:
            parts[-1] = self.rng.choice(SURNAME_ENDS)
        return "".join(parts).capitalize()

    def town(self) -> str:
        """A town: a listed one or one made of English place-name parts, which can look like
        a surname ("Larkfield", "Ashby")."""
        if self.rng.random() < 0.4:
            return self.rng.choice(CITY_WORDS)
        return self.rng.choice(TOWN_HEADS) + self.rng.choice(TOWN_ENDS)

    def word(self) -> str:
        """A less common English word written with a capital (a heading, a label's value,
        a sentence's first word): rare words are not names."""
        return self.rng.choice(self.rare_words).capitalize()

    def code(self) -> str:
        """An acronym or a shouted word: capitals that are no name ("CAMHS", "ETA", "NOTE")."""
        if self.rng.random() < 0.4:
            return self.rng.choice(ACRONYMS)
        letters = "ABCDEFGHIJKLMNOPRSTUVW"
        return "".join(self.rng.choice(letters) for _ in range(self.rng.randint(2, 5)))

    def reference(self) -> str:
        """A case reference made of acronyms and numbers: "NSB-REF-2024-07"."""
        parts = [self.code() for _ in range(self.rng.randint(1, 2))]
        parts.append(str(self.rng.randint(2000, 2030)))
        if self.rng.random() < 0.6:
            parts.append(f"{self.rng.randint(1, 99):02d}")
        return "-".join(parts) if self.rng.random() < 0.8 else "/".join(parts)

    def street(self) -> str:
        """A street, often named after a person ("Via Pasquale Rossi", "Kowalski Parkway"): the
        name in it is part of an address, not a person."""
        rng = self.rng
        r = rng.random()
        if r < 0.3:
            return f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        name = self.surname() if rng.random() < 0.6 else f"{self.first_name()} {self.surname()}"
        if r < 0.6:
            return f"{rng.choice(STREET_BEFORE)} {name}"
        if r < 0.75:
            return f"{self.surname()}{rng.choice(STREET_SUFFIXES)}"
        return f"{name} {rng.choice(STREET_KINDS + STREET_AFTER)}"

    def organisation(self) -> str:
        """An agency or a company, sometimes named after a person ("Okafor Holdings Ltd")."""
        rng = self.rng
        if rng.random() < 0.6:
            return f"{rng.choice(ORG_HEADS)} {rng.choice(ORG_KINDS)}"
        name = self.surname() if rng.random() < 0.7 else f"{self.first_name()} {self.surname()}"
        return f"{name} {rng.choice(COMPANY_ENDS)}"

    def first_name(self) -> str:
        r = self.rng.random()
        if r < 0.25:
            return self.invented(False)
        return self.rng.choice(self.common_first if r < 0.35 else self.first)

    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.25:
            name = self.invented(True)
        else:
            name = self.rng.choice(self.common_last if r < 0.4 else self.last)
        if self.rng.random() < 0.06:
            name += "-" + self.rng.choice(self.last)
        return name

    def person(self) -> str:
        """A person in one of many written forms."""
        r = self.rng.random()
        f, s = self.first_name(), self.surname()
        if r < 0.40:
            return f"{f} {s}"
        if r < 0.50:
            return f"{self.rng.choice(TITLES)} {f} {s}"
        if r < 0.60:
            return f"{self.rng.choice(TITLES)} {s}"
        if r < 0.68:
            return f"{f} {self.rng.choice('ABCDEFGHJKLMNPRSTW')}. {s}"
        if r < 0.75:
            return f"{f} {self.first_name()} {s}"
        if r < 0.80:
            return f"{s.upper()}, {f}"
        if r < 0.85:
            return f"{f} {self.rng.choice(['van', 'de', 'da', 'von', 'van der', 'al'])} {s}"
        if r < 0.88:
            return f"{f[0]}. {s}"
        return f

    def fill(self, frame: str) -> dict:
        """The frame with its slots filled, and the person spans."""
        out, spans, pos = [], [], 0
        for m in re.finditer(r"\{(\w+)\}", frame):
            out.append(frame[pos : m.start()])
            start = sum(map(len, out))
            value, person = self.slot(m.group(1))
            out.append(value)
            if person:  # a title is not part of the name (as in ner_eval.jsonl)
                title = TITLED.match(value)
                begin = start + (title.end() if title else 0)
                spans.append({"start": begin, "end": start + len(value), "entity_type": "PERSON"})
            pos = m.end()
        out.append(frame[pos:])
        return {"text": "".join(out), "spans": spans}

    def slot(self, kind: str) -> tuple[str, bool]:
        rng = self.rng
        if kind == "P":
            return self.person(), True
        if kind == "F":
            return self.first_name(), True
        if kind == "S":
            return self.surname(), True
        if kind == "TITLE":
            return rng.choice(TITLES), False
        if kind == "T":
            return f"{rng.choice(TITLES)} {self.surname()}", True
        simple = {
            "CITY": self.town,
            "COUNTRY": lambda: rng.choice(COUNTRIES),
            "STREET": self.street,
            "ORG": self.organisation,
            "PLACE": lambda: f"{rng.choice(CITY_WORDS)} {rng.choice(PLACES)}",
            "JOB": lambda: rng.choice(JOBS),
            "LABEL": lambda: rng.choice(LABELS),
            "CODE": self.code,
            "WORD": self.word,
            "REF": self.reference,
            "EVENT": lambda: rng.choice(EVENTS_LIST),
            "PRODUCT": lambda: rng.choice(PRODUCTS),
            "DAY": lambda: rng.choice(DAYS),
            "MONTH": lambda: rng.choice(MONTHS.split()),
            "NUM": lambda: str(rng.randint(1, 120)),
            "YEAR": lambda: str(rng.randint(1990, 2025)),
            "AGE": lambda: str(rng.randint(2, 80)),
            "TIME": lambda: f"{rng.randint(7, 19)}:{rng.choice(['00', '15', '30', '45'])}",
            "PHONE": lambda: f"07700 900{rng.randint(100, 999)}",
            "EMAIL": lambda: f"{self.invented(False).lower()}@example.org",
        }
        return simple[kind](), False

    def rows(self, n: int) -> list[dict]:
        out = []
        for i in range(n):
            frames = EMPTY_FRAMES if i % 5 == 4 else FRAMES
            out.append(self.fill(frames[self.rng.randrange(len(frames))]))
        return out


def _rare_words(names: set[str]) -> list[str]:
    """English words of middling-to-low frequency that are no listed name."""
    from wordfreq import top_n_list, zipf_frequency

    words = top_n_list("en", 60000)
    return sorted(
        w
        for w in words
        if w.isalpha()
        and len(w) > 3
        and w.capitalize() not in names
        and RARE_WORD_ZIPF[0] <= zipf_frequency(w, "en") < RARE_WORD_ZIPF[1]
    )


RARE_WORD_ZIPF = (2.3, 3.6)


def _frequent(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.casefold(), "en") >= FREQUENT_ZIPF


FREQUENT_ZIPF = 3.5


def material(n: int = 4000, seed: int = 13) -> list[dict]:
    """n rows of material, the same for the same seed."""
    return Writer(seed).rows(n)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    for row in material(args.rows, args.seed):
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
