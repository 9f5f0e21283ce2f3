"""Flag one chronology entry: the agency's own columns first, then the parse, the word rules and
the model, made to agree (seen alone means seen; not seen means not asked).

The decisions are described in ``chronology.flags``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import lru_cache

from chronology import entries  # a module: entries imports the flags words in turn
from chronology.dates import parse_date
from chronology.flags import model, parse, presence, structure, tree, unnamed
from chronology.flags import rules as vocab
from chronology.flags.features import features
from chronology.flags.frames import INFORMATION, MEETING, NEWS_HEADING, QUOTED
from chronology.flags.matching import first_rule
from chronology.flags.people import Marked, adult_sex, heading, mark_people
from chronology.flags.tree import clip
from chronology.flags.values import FLAGS, UNKNOWN, FlagValue, SubjectNames

ABOUT_OTHER = "entry about"

# Younger than this (in years) a child's wishes are not asked or given in words, unless the
# entry quotes them: the wishes flags stay blank.
PREVERBAL_YEARS = 1.5


def assess(cells: Mapping[str, str], subject: SubjectNames) -> dict[str, FlagValue]:
    """Return the four flags for one chronology row.

    ``cells`` are the row's texts by canonical column name; a non-empty agency column for a flag
    (or a combined column "Seen: Y Alone: N") wins over the text. Never raises on odd text.
    """
    text = entry_text(cells)
    if _ADULT_SERVICE.search(cells.get("agency", "")):
        subject = replace(subject, adult_client=True)  # "Pt attended alone": the parent
    age = age_at(subject, cells)
    if age is not None:
        subject = replace(subject, age=round(age, 1))  # "Mother and infant present": not him
    stated = _stated(cells, subject)
    # the entry's own form fields ("Child seen: Yes Child seen alone: No"): the agency's answer
    for flag, (value, said) in _fields(text).items():
        stated.setdefault(flag, FlagValue(value, "stated", said))
    client = _client_entry(text, cells.get("agency", ""), subject)
    if client is not None:  # a probation officer's note of the client's own appointment
        return _preverbal({f: stated.get(f) or client[f] for f in FLAGS}, age)
    found = {f: stated.get(f) or infer(text, f, subject) for f in FLAGS}
    if found["child_seen"].value == "no":  # a "not seen", the agency's too, outweighs guesses
        found = {
            f: UNKNOWN if v.evidence.startswith("likely: ") and f != "child_seen" else v
            for f, v in found.items()
        }
    flags = _reconcile(found)
    seen, alone = flags["child_seen"], flags["seen_alone"]
    guessed = not alone.value or alone.evidence.startswith("likely: ")  # the model's guess
    if seen.value == "yes" and guessed and "seen_alone" not in stated and text.strip():
        setting = _SETTING_SERVICE.search(cells.get("agency", ""))
        found = _absence(text, subject, setting is not None)
        flags["seen_alone"] = found or _alone_word(text, subject) or alone
        flags = _reconcile(flags)
    elif seen.value == "yes" and alone.value == "no" and alone.source == "inferred":
        said = presence.nobody_there(text)  # "no family" outweighs a word rule's "attended by"
        if not said and not alone.evidence.startswith(("not ", "child not seen")):
            said = _away_in(text, alone.evidence, subject)
        if not said and not alone.evidence.startswith(("not ", "child not seen")):
            # "brought in by Mother ... while Mother was out of the cubicle the nurse asked him"
            at = text.find(alone.evidence)
            roles = _roles(mark_people(text, subject))
            said = presence.alone_later(text, roles, at + len(alone.evidence)) if at >= 0 else ""
            said = "" if _other_carer_there(text, said, subject) else said
            # "seen with mum; Dean waited in car": the one away is not the carer who was there
            said = "" if _someone_else_away(text, alone.evidence, said, subject) else said
        if not said and _RETURNED.search(alone.evidence) and text.find(alone.evidence) > 0:
            # "while Dean had left the ward she sat with LM ... Dean returned and remained":
            # his staying came after the time without him
            head = text[: text.find(alone.evidence)]
            before = infer(head, "seen_alone", subject)
            if before.value != "yes":
                before = _absence(head, subject) or _alone_word(head, subject) or before
            said = before.evidence if before.value == "yes" else ""
        if said and not alone.evidence.startswith("not "):
            flags["seen_alone"] = FlagValue("yes", "inferred", said)
            flags = _reconcile(flags)  # "then on her own ... said she feels 'stupid'": sought
    return _preverbal(flags, age)


# A carer's presence that began with coming back: "returned 02:40 and remained", "was allowed
# back to the bedside and stayed".
_RETURNED = re.compile(
    r"\b(?:returned|came back|come back|back to|allowed back|was back)\b", re.IGNORECASE
)

# A carer who was in the contact and went: the time alone was made, not found.
_LEFT = re.compile(r"\b(?:left|leaves|leaving|went out|stepped out)\b", re.IGNORECASE)

# A carer not come yet or not to be had: the time alone was found, not made.
_NOT_YET = re.compile(
    r"\b(?:en route|on (?:the |her |his |their )?way|not contactable|uncontactable|"
    r"could not be (?:contacted|reached)|not answering|before (?:\w+ )?\w+ (?:arrived|came|returned))\b",
    re.IGNORECASE,
)

_VOLUNTEERED = re.compile(
    r"\b(?i:volunteer\w*|unprompted|spontaneous\w*)\b|"
    r"\b[A-Z][\w'-]*(?: \(\d+\))? asked (?!about|what|how|whether|if|re\b)"  # "Layla asked nurse"
)


# Services that have the child in their own setting, away from the carers: a school's or
# nursery's own record of the child in the day ("A in class today, played football at lunch").
_SETTING_SERVICE = re.compile(
    r"\b(?:school|nursery|pre-?school|college|academy|early years|childminder|creche|"
    r"playgroup|education)",
    re.IGNORECASE,
)


# Services whose own record is about an adult client (the parent, the partner), not the child.
_ADULT_SERVICE = re.compile(
    r"probation|offender|substance|drugs?\b|alcohol|adult (?:mental health|social care)|"
    r"liaison and diversion|\bNPS\b|\bCRC\b",
    re.IGNORECASE,
)


def _client_entry(text: str, agency: str, subject: SubjectNames) -> dict[str, FlagValue] | None:
    """An adult service's entry that names no child outside quoted words: its "Attended", "Did not
    attend", "said he ..." are the client's, not the child's ("Presented as stressed, 'the kids
    never stop crying'"). The flags are blank, saying so; None otherwise."""
    if not agency or not _ADULT_SERVICE.search(agency) or not text.strip():
        return None
    if _child_named(text, subject):
        return None
    why = FlagValue("", "inferred", f"{ABOUT_OTHER} the {agency} client; no child named")
    return {flag: why if flag == "child_seen" else UNKNOWN for flag in FLAGS}


_PRONOUNS = ("he", "him", "his", "she", "her", "hers", "they", "them", "their")


def _child_named(text: str, subject: SubjectNames) -> bool:
    """The subject's name or a word for a child, outside quotes ('the kids'), pronouns aside."""
    marked = mark_people(text, subject)
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
    for at, kind in marked.mentions:
        start, end = marked.span(at, at + len(kind))
        if kind != "SUBJ" or text[start:end].lower() in _PRONOUNS:
            continue
        if not any(a <= start < b for a, b in quoted):
            return True
    return False


def _other_carer_there(text: str, away: str, subject: SubjectNames) -> bool:
    """ "Mother present; father at work": the carer away is not the one in the room."""
    there = presence.carer_there(text, _roles(mark_people(text, subject)))
    if not away.startswith("carer away: ") or not there:
        return False
    rest = away.replace(there.rstrip(" ;,."), "")  # the away words that are not the carer's
    return there.split()[0].lower() not in rest.lower()


def _someone_else_away(text: str, there: str, away: str, subject: SubjectNames) -> bool:
    """The carer the rules found with the child ("seen with mum") is someone other than the one
    the words put away ("carer away: Dean waited in car", "mum's partner waited in car"): known
    to be another by sex, or as the first one's partner."""
    if not away.startswith("carer away: "):
        return False

    def carers(phrase: str) -> list[tuple[str, str]]:
        marked = mark_people(phrase, subject)
        found = []
        for at, kind in marked.mentions:
            if kind == "ADULT" and not marked.text.startswith("'s", at + len(kind)):
                # (not an owner: "Ricky (mum's partner)" names Ricky, not mum)
                word = phrase[slice(*marked.span(at, at + len(kind)))]
                sex = adult_sex(word, subject)
                found.append((word.lower(), "" if sex == "p" else sex))  # "parents": either
        return found

    here, gone = carers(there), carers(away.removeprefix("carer away: "))
    if not here or not gone:
        return False
    low, gone_words = text.lower(), away.lower()
    for word, _ in here:  # "Attended with mum ... mum's partner waited in car"
        if any(f"{word}'s {w}" in low and w in gone_words for w in ("partner", "boyfriend")):
            return True
    first = gone[0][1]
    return bool(first) and all(sex and sex != first for _, sex in here)


def _caller_there(text: str, away: str, marked: Marked) -> bool:
    """Another adult made the call that brought the practitioners to the child ("Female caller
    (CHANTELLE ASHWORTH) reports ex-partner banging on the door ... PCs attended. Dunmore had
    left"): the caller was where the child was, whoever else had gone."""
    if not unnamed.CAME.search(text):
        return False
    doc = parse.parse(text)
    for i, kind in tree.kinds_of(doc, _roles(marked)).items():
        token = doc[i]
        if kind != "ADULT" or token.text in away or token.lemma_.lower() in _NOT_CARERS:
            continue  # "call from neighbour": not where the child was
        named = token.dep_ in ("appos", "compound") and token.head.lemma_.lower() == "caller"
        if named or unnamed.called_out(token):
            return True
    return False


# Adults who call the police about a family without being with the child.
_NOT_CARERS = frozenset(["neighbour", "neighbor", "public", "passer", "friend", "relative"])


def _away_in(text: str, evidence: str, subject: SubjectNames) -> str:
    """The parse's reading of the same words a word rule took for a carer there: "Mum stayed in
    reception", "while his mother attended a meeting" put her elsewhere; "" if it does not."""
    at = text.find(evidence)
    away = presence.carer_away(text, _roles(mark_people(text, subject)))
    start = text.find(away) if away else -1
    if at < 0 or start < 0 or not (start < at + len(evidence) and at < start + len(away)):
        return ""
    return "" if _other_carer_there(text, f"carer away: {away}", subject) else f"carer away: {away}"


def _alone_word(text: str, subject: SubjectNames) -> FlagValue | None:
    """An "alone" or "on his own" the rules did not reach, on a verb of the child's: "asked for
    his foster carer to stay for the first part and was then seen on his own"."""
    marked = mark_people(text, subject)
    doc = parse.parse(text)
    for found in _FOUND_ALONE.finditer(text):
        start = text.rfind(".", 0, found.start()) + 1
        end = text.find(".", found.end())
        end = len(text) if end < 0 else end
        verb = doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if verb is not None and tree.in_speech(verb[0]):
            continue  # "Mum said she found him alone last week": her account, not this contact
        if any(
            kind == "SUBJ" and start <= marked.span(at, at + len(kind))[0] < end
            for at, kind in marked.mentions
        ):
            return FlagValue("yes", "inferred", found.group())  # "infant found home alone"
    said = presence.alone_later(text, _roles(marked), 0)
    if not said or said.startswith(("carer away: ", "later, ")):
        return None  # where the carers were is for ``_absence``
    if not _SEEN_ALONE.search(said):
        return None  # "lived alone in supported accommodation": not this contact's time alone
    return FlagValue("yes", "inferred", said)


# A child come upon with nobody looking after them: "infant found home alone", "located on
# her own in the park".
_FOUND_ALONE = re.compile(
    r"\b(?:found|discovered|located)\b[^.;]{0,30}?\b(?:home alone|alone|on (?:his|her|their) own|"
    r"unattended|unsupervised|by (?:him|her)self|by themselves)\b",
    re.IGNORECASE,
)

# The alone word on a seeing or speaking verb: "was then seen on his own".
_SEEN_ALONE = re.compile(
    r"\b(?:seen|saw|spoke|spoken|talked|met|interviewed|examined|asked)\b[^.;]{0,30}?"
    r"\b(?:alone|on (?:his|her|their|our) own|1:1|privately|in private)",
    re.IGNORECASE,
)


def _absence(text: str, subject: SubjectNames, in_setting: bool = False) -> FlagValue | None:
    """Seen alone from where the carers were: "mum waited outside", "at nursery", no adult.
    ``in_setting``: the entry is a school's or nursery's own record, written by the staff who
    had the child there."""
    marked = mark_people(text, subject)
    away = presence.carer_away(text, _roles(marked))
    if away and _other_carer_there(text, f"carer away: {away}", subject):
        return None  # "Mother present; father at work": one carer away, another in the room
    if away and _caller_there(text, away, marked):
        return None  # "Female caller (mother) reports ... PCs attended. Dunmore had left"
    if away:
        return FlagValue("yes", "inferred", f"carer away: {away}")
    alone = presence.no_carer_present(text, _roles(marked))
    alone = alone or unnamed.no_one_named(text, _roles(marked), in_setting)
    # "Maisie arrived with mum ... Later in the morning her key person asked her"
    alone = alone or presence.later_with_staff(text, _roles(marked))
    return FlagValue("yes", "inferred", alone) if alone else None


def age_at(subject: SubjectNames, cells: Mapping[str, str]) -> float | None:
    """The subject's age in years on the entry's date; None if either date is not known."""
    if subject.born is None or not cells.get("date", "").strip():
        return None
    try:
        when = parse_date(cells["date"]).start
    except ValueError:
        return None
    return (when - subject.born).days / 365.25


def _preverbal(flags: dict[str, FlagValue], age: float | None) -> dict[str, FlagValue]:
    """A baby's wishes are blank (saying why) unless stated or the entry quotes the child."""
    if age is None or age >= PREVERBAL_YEARS:
        return flags
    why = f"blank: a baby of {max(0, int(age * 12))} months, too young to give views in words"
    for flag in ("wishes_sought", "wishes_expressed"):
        found = flags[flag]
        quoted = found.value == "yes" and any(q in found.evidence for q in "'\"‘“")
        if found.value and found.source != "stated" and not quoted:  # a blank needs no reason
            flags[flag] = FlagValue("", "inferred", why)
    return flags


def prepare(rows: Iterable[Mapping[str, str]], nlp=None) -> None:
    """Parse every row's text in one batch before ``assess`` is called row by row.

    ``nlp`` is a ``spacy.Language`` with a dependency parser the caller already holds; without
    it the md model is loaded once by ``chronology.flags.parse``.
    """
    if nlp is not None:
        parse.use_language(nlp)
    parse.parse_all(entry_text(cells) for cells in rows)


def entry_text(cells: Mapping[str, str]) -> str:
    """The text the flags read: the contact type, the event and the action, in that order."""
    text = ". ".join(cells.get(k, "").strip() for k in ("contact_type", "event", "action"))
    return text.strip(". ")


def infer(text: str, flag: str, subject: SubjectNames) -> FlagValue:
    """Infer one flag from free text: the rules first, then the model; ``UNKNOWN`` if neither.

    A rule that matches decides. When none does, the model's value is taken if it is at least
    ``model.CONFIDENT`` sure (its evidence then starts "likely: "); else ``UNKNOWN``. The
    model is not asked about the other flags once a rule found the child was not seen, and its
    "no" for a wish is not taken: only words say a child was not asked or said nothing.
    """
    ruled = by_rules(text, subject)
    if ruled[flag].value or ruled[flag].evidence or flag not in model.models():
        return ruled[flag]
    if flag != "child_seen" and ruled["child_seen"].evidence.startswith(ABOUT_OTHER):
        return UNKNOWN  # an entry about someone else: no guess about the child
    if flag != "child_seen" and ruled["child_seen"].value == "no":
        return UNKNOWN  # ``assess`` says "no", naming why the child was not seen
    seen = infer(text, "child_seen", subject) if flag in ("seen_alone", "wishes_sought") else None
    if seen is not None and seen.evidence.startswith((_MEETING_HEARD, _NEWS)):
        return UNKNOWN  # a meeting or news about the child: no guess of time alone or a question
    if flag == "wishes_sought" and _relayed(text):
        return UNKNOWN  # news passed on: any question in it was another agency's
    if flag == "seen_alone" and not seen.value:
        return UNKNOWN  # "Accompanied viewing": no sighting known, so nothing about alone
    if flag == "child_seen" and MEETING.match(text):
        return FlagValue("", "inferred", f"{_MEETING_HEARD} {_first_clause(text)}")
    if flag == "child_seen" and _relayed(text):
        # "Referral from school: N told the TA ...": what others saw, passed on; no guess
        # (but "Call from mother ... Crew attended" brought this agency to the child)
        return FlagValue("", "inferred", f"{_NEWS} {_first_clause(text)}")
    estimate = model.models()[flag].predict(model_features(text, flag, subject))
    if not estimate.value or estimate.probability < model.CONFIDENT:
        return UNKNOWN
    if estimate.value == "yes" and _only_a_sibling(text, subject):
        return UNKNOWN  # "Delivery of female infant (Half-sibling 1)": a sibling, not the child
    if estimate.value == "yes" and flag == "child_seen" and _only_a_group(text, subject):
        return UNKNOWN  # "Applicant with male and two children": not known to include the child
    if estimate.value == "yes" and flag == "child_seen" and _about_the_tenancy(text, subject):
        return UNKNOWN  # "Visit. Male present ... Tenant asked": the tenant's business
    if flag == "seen_alone" and estimate.value == "no":
        # A carer there is said in words ("with mum", "dad present"), which the rules read; the
        # model's "no" from the rest of the entry ("Home visit: seen in the kitchen") is a guess
        return UNKNOWN
    if flag in ("wishes_sought", "wishes_expressed") and estimate.value == "no":
        # Silence is not "no": a child seen and nothing said of asking stays blank. Only words
        # say a child was not asked or said nothing (the rules), or that they were not seen.
        return UNKNOWN
    return FlagValue(estimate.value, "inferred", f"likely: {_first_clause(text)}")


@lru_cache(maxsize=256)
def by_rules(text: str, subject: SubjectNames) -> dict[str, FlagValue]:
    """Decide each flag by its highest-ranked matching rule; ``UNKNOWN`` where none matches."""
    marked = mark_people(text, subject)
    ruled = {flag: first_rule(marked, flag) for flag in FLAGS}
    headed = heading(text, subject)
    if headed and not any(kind == "SUBJ" for _, kind in marked.mentions):
        name = text.lstrip().split(":", 1)[0].strip()
        about = FlagValue("", "inferred", f"{ABOUT_OTHER} {name}, not the subject child")
        return {flag: about if flag == "child_seen" else UNKNOWN for flag in FLAGS}
    structure = _relayed_dropped(_structure(marked), text)
    seen = ruled["child_seen"]
    if seen.value == "no" and _CALLED.search(seen.evidence) and _ATTENDED.search(text):
        # "999 call. Crew attended. Pt in mother's arms": the call brought them to the child
        ruled["child_seen"] = UNKNOWN
    relayed = _relayed(text)
    parsed_sighting = structure.get("child_seen") is not None and structure["child_seen"].value
    later = relayed and _a_later_part(text, ruled["child_seen"].evidence)
    if relayed and ruled["child_seen"].value == "yes" and not parsed_sighting and not later:
        # "Referral from school: Poppy told her class teacher ...": what others saw, relayed
        # (a plan of this agency's own in another sentence, "HoY to check in with M", is no
        # sighting either)
        why = f"{_NEWS} {_first_clause(text)}"
        ruled["child_seen"] = FlagValue("", "inferred", why)
        ruled["seen_alone"] = UNKNOWN
    for flag in ("seen_alone", "wishes_sought"):
        own = flag == "wishes_sought" and _writers_own(text, ruled[flag].evidence)
        own = own or _a_later_part(text, ruled[flag].evidence)
        if relayed and ruled[flag].value == "yes" and flag not in structure and not own:
            # "MASH contact by phone from GP: seen on her own for part", "Referral - Source:
            # nursery ... key person asked if he was sore": another agency's time and question
            ruled[flag] = UNKNOWN
    for flag, found in structure.items():
        quoted = any(q in found.evidence for q in "'\"‘“")  # the child's own words, quoted
        if _said_elsewhere(marked, flag, found, ruled[flag]):
            # "LC asked where she had been - declined to say. ... Stated she wanted to go to
            # bed": a refusal in one sentence, a wish stated in another
            ruled[flag] = FlagValue("yes", "inferred", found.evidence)
            continue
        if (
            found.weak
            and ruled[flag].value
            and not _CIRCUMSTANCE.search(ruled[flag].evidence)
            and not (quoted and flag == "wishes_expressed")
        ):
            continue  # "Jay said he didn't want to talk": the rules read the refusal
        if found.sentence and ruled[flag].evidence not in found.sentence:
            continue  # the paper's sentence is not where the rule saw the child
        if (
            flag == "seen_alone"
            and found.value == "yes"
            and ruled[flag].value == "no"
            and _someone_else_away(text, ruled[flag].evidence, found.evidence, subject)
        ):
            continue  # "Brought by Ricky (mum's partner). Mum at work": Ricky was there
        if found.value or ruled[flag].value != "no":  # a blank (a plan, hearsay) vetoes a "yes"
            ruled[flag] = FlagValue(found.value, "inferred", found.evidence)
    return _meeting_heard(marked, ruled)


def _a_later_part(text: str, evidence: str) -> bool:
    """The evidence lies in a later timed part of the entry than its news heading: "09:10 rang
    mum re Ocean not in, no answer. 11:30 nursery manager did doorstep check - Ocean seen"."""
    news = INFORMATION.match(text)
    at = text.find(evidence) if evidence else -1
    if not news or at < 0:
        return False
    return any(news.end() < m.start() < at for m in _TIMED_PART.finditer(text))


# A part of an entry opening with its own time: ". 11:30 nursery manager", "\n00:45 I attended".
_TIMED_PART = re.compile(r"(?:[.;]\s+|\n\s*)(?=\d{1,2}[:.]\d{2}\b)")


def _only_a_group(text: str, subject: SubjectNames) -> bool:
    """The child is in the entry only as one of a group ("two children", "the kids"), never by
    name or as "the child": a guess that the group was seen is no sighting of this child."""
    marked = mark_people(text, subject)
    words = [
        text[slice(*marked.span(at, at + len(kind)))].strip()
        for at, kind in marked.mentions
        if kind == "SUBJ"
    ]
    return bool(words) and all(_A_GROUP.fullmatch(w) for w in words)


_A_GROUP = re.compile(
    r"(?:the |both |all (?:the )?)?(?:(?:two|three|four|\d) )?(?:children|kids|boys|girls)",
    re.IGNORECASE,
)


def _about_the_tenancy(text: str, subject: SubjectNames) -> bool:
    """A housing record of the tenant's business that never names the child, where no word
    rule saw them: "Housing register application by Mother ... 2 children in one bedroom",
    "Tenant asked about adding him to the tenancy". The model, which learnt sightings from the
    child's own records (a subjectless "Seen w/ mum"), is not asked to guess one here."""
    if not _TENANCY.search(text):
        return False
    low = text.lower()
    return not any(re.search(rf"\b{re.escape(n.lower())}\b", low) for n in subject.names if n)


_TENANCY = re.compile(
    r"\b(?:tenant|tenancy|housing register|landlord|licensee|rent arrears|housing application)s?\b",
    re.IGNORECASE,
)


def _only_a_sibling(text: str, subject: SubjectNames) -> bool:
    """The entry names a brother or sister and never the child: no guess that the child was
    seen, alone or heard."""
    kinds = {kind for _, kind in mark_people(text, subject).mentions}
    return "SIB" in kinds and "SUBJ" not in kinds


def _writers_own(text: str, evidence: str) -> bool:
    """The words open their clause with no one named doing it: "Referral from SW. Leo seen in
    the medical room. Asked how things are at home" is the writer's own question, after the
    news that brought them (not "his key person asked if he was sore")."""
    at = text.find(evidence)
    if at < 0:
        return False
    start = max(text.rfind(c, 0, at) for c in ".;:-–")
    if text[start + 1 : at].strip():
        return False
    first = next((t for t in parse.parse(text) if t.idx >= at), None)
    return (
        first is not None
        and first.pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children)
    )


def _relayed(text: str) -> bool:
    """The entry passes on what others saw ("Referral from school: Poppy told her class
    teacher"), not a call that brought this agency to the child ("Call from mother. Crew
    attended"); a notification received is others' news whoever attended ("Op Encompass
    notification rec'd - police attended last night")."""
    news = INFORMATION.match(text)
    if not news:
        return False
    # an emergency call received brings the service itself: "999 call rec'd ... DCA on scene"
    received = _RECEIVED.search(news.group()) and not _EMERGENCY_CALL.search(news.group())
    if received or _PAPER_NEWS.search(news.group()):
        return True  # "Safeguarding referral from Ambulance Service: ... when crew arrived"
    return not any(_attended_now(text, m) for m in _ATTENDED.finditer(text))


# News that is a paper or a referral, not a call for help: whoever it says attended was the
# sender's own (a crew, officers), not this agency. Not a police "report from neighbour" or an
# "update from mother", after which the officers' own attendance follows.
_PAPER_NEWS = re.compile(
    r"\b(?:referral|notification|PPN\d?|e-?mail|letter|feedback|document)s?\b", re.IGNORECASE
)


def _attended_now(text: str, m: re.Match) -> bool:
    """Not an attendance dated before ("DA incident 02/05/13 police attended"): an earlier
    incident the news recalls, not this agency coming to the child."""
    return not _DATED.search(text, max(0, m.start() - 25), m.start())


_DATED = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*$")


_EMERGENCY_CALL = re.compile(r"\b(?:999|111|emergency)\b", re.IGNORECASE)
_RECEIVED = re.compile(r"\b(?:received|recieved|recvd|rec'?d|notification)\b", re.IGNORECASE)


def _meeting_heard(marked: Marked, ruled: dict[str, FlagValue]) -> dict[str, FlagValue]:
    """A meeting of professionals about the child ("Strategy meeting (2) 14/09 ... Update: joint
    visit completed 12/09 - K spoken to away from MGM"): the sighting, the time alone and the
    question it tells of were the earlier visit's, heard at the meeting; the child's words,
    relayed, still count. Not when the child came to the meeting ("ICPC held, Jo attended")."""
    text = marked.original
    told = ("child_seen", "seen_alone", "wishes_sought")  # "... spoken to on her own": told too
    if not MEETING.match(text) or not any(ruled[f].value == "yes" for f in told):
        return ruled
    if _CAME_TO_MEETING.search(marked.text):
        return ruled  # "U attended the first part with her advocate"
    why = f"{_MEETING_HEARD} {_first_clause(text)}"
    heard = (
        {"child_seen": FlagValue("", "inferred", why)} if ruled["child_seen"].value == "yes" else {}
    )
    heard |= {f: UNKNOWN for f in ("seen_alone", "wishes_sought") if ruled[f].value == "yes"}
    return ruled | heard


# How the evidence of a meeting about the child, or news received, begins.
_MEETING_HEARD = "a meeting about the child, not a contact:"
_NEWS = "information received, not a contact:"

_CAME_TO_MEETING = re.compile(
    # on the meeting's list: "Present: Mum, SW, Kian"
    r"\bpresent\s*:[^.;]{0,80}?\bSUBJ\b(?!'s)|"
    # not another's sighting told of: "Mason spoken to by DSL with TA present"
    r"\bSUBJ\b(?:(?!without|\bnot\b|\bno\b|ADULT|\bby\b|\bspoken\b|\bseen\b)[^.;]){0,30}?"
    r"\b(?:attend(?:ed|s)?|present|joined|came in|was there)\b"
    # not an attendance of its own, told of: "Leo attended alone 3/10" (the clinic)
    r"(?![^.;]{0,25}?(?:\d{1,2}/\d{1,2}|\balone\b|\bon (?:his|her|their) own\b))"
    # nor one at an earlier contact: "dtr K present at last HV"
    r"(?! (?:at|during|for) (?:the |SUBJ's )?(?:last|previous|prev|earlier)\b)"
)


def _relayed_dropped(
    found: dict[str, structure.Finding], text: str
) -> dict[str, structure.Finding]:
    """Drop the parse's sighting, time alone or question that another agency's news reports:
    "Update from SW: 10yo male seen alone" is the social worker's visit, not this one."""
    heads = [m.end() for m in _RELAYED_HEAD.finditer(text)]
    news = INFORMATION.match(text)
    if news and _relayed(text):  # "T/C from HV. She visited today, baby seen"
        heads.append(news.end())
    if not heads:
        return found
    kept = {}
    for flag, finding in found.items():
        at = text.find(finding.evidence)
        # the words after the heading ("Phone call received from CSC - Ruby was seen"), even
        # when the evidence starts with the heading itself
        reported = at >= 0 and any(at + len(finding.evidence) > end for end in heads)
        reported = reported and not _a_later_part(text, finding.evidence)
        if reported and finding.value == "yes" and flag != "wishes_expressed":
            continue
        kept[flag] = finding
    return kept


# A heading that passes on another agency's news: "Update from SW:", "Feedback from school:".
_RELAYED_HEAD = re.compile(NEWS_HEADING, re.IGNORECASE)


def _said_elsewhere(marked: Marked, flag: str, found: structure.Finding, ruled: FlagValue) -> bool:
    """The parse finds the child's own words, the child alone their speaker ("she wanted to go
    to bed", not "they both want"), in a sentence other than the one a rule read as their
    refusal to speak: what they did say counts."""
    if flag != "wishes_expressed" or found.value != "yes" or ruled.value != "no":
        return False
    if not ruled.evidence or ruled.evidence.startswith("child not seen"):
        return False
    text = marked.original
    at = text.find(found.evidence)
    speaker = next((r for r in _roles(marked) if r[0] == at), None)
    if speaker is None or speaker[2] != "SUBJ" or text[speaker[0] : speaker[1]].lower() in _GROUP:
        return False
    refused_at = text.find(ruled.evidence.rstrip(".…"))
    if refused_at < 0:
        return False
    # the sentences (to a full stop, semicolon or the like) in which each begins
    ends = [m.end() for m in re.finditer(r"[.;!?](?=\s)", text)]
    return bisect.bisect(ends, at) != bisect.bisect(ends, refused_at)


# A group the child is one of: what "they" said is not the child's own.
_GROUP = frozenset(["they", "them", "their"])


def _structure(marked: Marked) -> dict[str, structure.Finding]:
    """What the parse decides (who is the participant of which verb); {} if it cannot parse."""
    if not marked.original.strip():
        return {}
    return structure.decide(marked.original, _roles(marked))


def _roles(marked: Marked) -> list[tuple[int, int, str]]:
    """Each person's place in the original text and kind: (start, end, SUBJ|SIB|ADULT|PRO)."""
    return [(*marked.span(at, at + len(kind)), kind) for at, kind in marked.mentions]


def model_features(text: str, flag: str, subject: SubjectNames) -> set[str]:
    """Return what the model sees for one flag: the entry's features and the other flags' rules.

    The flag's own rules are left out: the model speaks only where they are silent.
    """
    ruled = by_rules(text, subject)
    others = {f"rule:{other}={ruled[other].value or '?'}" for other in FLAGS if other != flag}
    return _text_features(text, subject) | others


@lru_cache(maxsize=256)
def _text_features(text: str, subject: SubjectNames) -> frozenset[str]:
    return frozenset(features(mark_people(text, subject).text))


def _first_clause(text: str) -> str:
    # split not at the dots of a date or a time, and past a date and time standing alone:
    # "14.3.23 - 13.15. Info passed to me"
    clauses = [c.strip() for c in re.split(r"(?<!\d)\.|\.(?!\d)|[;\n]", text.strip())]
    return clip(next((c for c in clauses if re.search(r"[^\W\d_]", c)), clauses[0]))


# A "no" from the contact's circumstances, which the child's own words, relayed, outweigh:
# "Summer (8) has disclosed being locked in ... Summer not spoken to today".
_CIRCUMSTANCE = re.compile(r"\bnot (?:yet )?(?:spoken|seen)\b", re.IGNORECASE)

# A call that brought a practitioner to the child: "999 call. Crew attended", "On arrival pt".
_CALLED = re.compile(r"^\s*(?:999|111|emergency)?\s*call(?:ed)?\b", re.IGNORECASE)
_ATTENDED = re.compile(
    r"\b(?:crew|officers?|police|paramedics?|ambulance|PCs?|units?|DCA|RRV)\s+(?:\w+\s+)?"
    r"(?:attended|arrived|located|found|went to|visited|on scene)\b|"
    r"\bon (?:\w+ )?arrival\b",
    re.IGNORECASE,
)


def _reconcile(flags: dict[str, FlagValue]) -> dict[str, FlagValue]:
    """Make the flags agree: seen alone means seen; not seen means not alone, not asked."""
    seen, alone = flags["child_seen"], flags["seen_alone"]
    if (
        not seen.value
        and seen.source != "stated"
        and (alone.value == "yes" or alone.evidence.lower().startswith("not "))
    ):
        flags["child_seen"] = FlagValue("yes", "inferred", alone.evidence)
    seen, sought = flags["child_seen"], flags["wishes_sought"]
    if not seen.value and seen.source != "stated" and sought.value == "yes":
        flags["child_seen"] = FlagValue("yes", "inferred", sought.evidence)  # asked in person
    alone, sought, said = flags["seen_alone"], flags["wishes_sought"], flags["wishes_expressed"]
    told = alone.value == "yes" and said.value == "yes"
    # inferred from where the child or the carer was ("at school", "mum stayed in the
    # kitchen", "dad at work"), not a practitioner's time alone with them, as when the carer
    # left the room: the words may have been volunteered
    told = told and not alone.evidence.startswith(
        ("no parent or carer", structure.KEPT, structure.DOOR)
    )
    told = told and not (
        alone.evidence.startswith("carer away: ") and not _LEFT.search(alone.evidence)
    )
    told = told and not _NOT_YET.search(alone.evidence)  # "mother en route": found, not made
    # not words the note says were volunteered, nor the child's own question ("Layla asked
    # nurse quietly ... 'can you tell anyone?'")
    told = told and not _VOLUNTEERED.search(said.evidence)
    if told and not sought.value and not sought.source:
        # seen on their own by a practitioner and giving their views: the views were sought
        flags["wishes_sought"] = FlagValue(
            "yes", "inferred", f"seen alone and said: {said.evidence}"
        )
    seen = flags["child_seen"]
    if seen.value == "no":
        default = FlagValue("no", "inferred", f"child not seen: {seen.evidence}")
        for flag in ("seen_alone", "wishes_sought", "wishes_expressed"):
            if not flags[flag].value and flags[flag].source != "stated":
                flags[flag] = default
        alone = flags["seen_alone"]
        if alone.value == "yes" and alone.source != "stated":
            # "camera off throughout ... Mum joined at the end": no time alone with a child
            # not seen
            flags["seen_alone"] = default
    return flags


def _stated(cells: Mapping[str, str], subject: SubjectNames) -> dict[str, FlagValue]:
    columns = {f: cells.get(f, "").strip() for f in FLAGS if cells.get(f, "").strip()}
    found = _words_stated(cells, subject) if "wishes_expressed" not in columns else {}
    for text in columns.values():
        for flag, value in _combined(text).items():
            found.setdefault(flag, FlagValue(value, "stated", text))
    for flag, text in columns.items():
        if flag not in found:
            value = _column_value(text, flag, subject)
            if value is not None:
                found[flag] = FlagValue(value, "stated", text)
    for flag in FLAGS:
        for text in columns.values():
            if flag not in found and len(text.split()) > 1:
                value = infer(text, flag, subject).value
                if value:
                    found[flag] = FlagValue(value, "stated", text)
    return found


def _words_stated(cells: Mapping[str, str], subject: SubjectNames) -> dict[str, FlagValue]:
    """The agency's own child's-words column states wishes_expressed when it has no flag column.

    Words (quoted or not) are "yes"; a tick or Y/N is read as one; "not asked", "too young"
    and the like are left to the rules, which read negations.
    """
    words = cells.get("childs_words", "").strip()
    if not words:
        return {}
    value = _token_value(words)
    if value is None:
        value = (
            "yes" if entries.are_words(words) else infer(words, "wishes_expressed", subject).value
        )
        if not value:
            return {}
    return {"wishes_expressed": FlagValue(value, "stated", words)}


_COMBINED = re.compile(
    r"\b(" + "|".join(f"(?P<{flag}>{labels})" for flag, labels in vocab.COMBINED_LABELS) + r")"
    r"\s*[:=]\s*([^\s,;]+)",
    re.IGNORECASE,
)


def _combined(text: str) -> dict[str, str]:
    return {flag: value for flag, (value, _) in _fields(text).items()}


def _fields(text: str) -> dict[str, tuple[str, str]]:
    """Each flag's labelled field ("Seen: Y Alone: N", "Child seen alone: No"): its value and
    words."""
    found = {}
    for m in _COMBINED.finditer(text):
        flag = next(f for f, _ in vocab.COMBINED_LABELS if m.group(f))
        value = _token_value(m.groups()[-1])
        if value is not None:
            found.setdefault(flag, (value, m.group()))
    return found


def _column_value(text: str, flag: str, subject: SubjectNames) -> str | None:
    """Read one agency column: a tick, Y/N, N/A, or free text; None when it says nothing."""
    low = text.lower().strip(" .")
    if low in vocab.STATED_BLANK:
        return ""
    exact = _token_value(low)
    if exact is not None:
        return exact
    inferred = infer(text, flag, subject).value
    if inferred:
        return inferred
    first = re.match(r"[^\s,;:()–-]+", low)
    return _token_value(first.group()) if first else None


def _token_value(token: str) -> str | None:
    low = token.lower().strip(" .")
    if low in vocab.STATED_YES:
        return "yes"
    if low in vocab.STATED_NO:
        return "no"
    if low in vocab.STATED_BLANK:
        return ""
    return None
