"""Flag a chronology entry: was the subject child seen, seen alone, were their wishes sought, expressed.

Each flag is "yes", "no" or "" (not known). An agency's own column wins ("stated"); otherwise the
flag is inferred from the entry's text first from the sentence's parse (``structure``), then
with the word rules in ``rules``, and the words
that decided it are kept as evidence. Where no rule matches, a small logistic regression
(``model``, over ``features``, weights in ``weights.json``)
gives the likely value when it is confident; its evidence starts "likely: ".

Decisions (see docs and ``rules`` for the vocabulary):

- child_seen: "yes" when the subject child was physically seen in this entry (visit, clinic,
  nursery, examination, police at the scene); "no" for a contact or attempted contact in which
  they were not (no access, no reply, was not brought, DNA, asleep upstairs, away at nursery,
  spoke to mother only, someone else seen, a telephone call, letter, text, email, meeting,
  strategy discussion, conference); "" for pure information with no contact (a referral or
  document received, records checked, case allocated or closed, supervision, plans).
- seen_alone: "yes" when seen or spoken to alone / on their own / 1:1 / in private / away from
  their carers; "no" when a carer was said to be present, or when the child was not seen at all;
  "" when seen and nothing is said about who else was there.
- wishes_sought: "yes" when a practitioner asked the child or explored their wishes, views or
  feelings; "no" when the text says they were not (or the child was too young, not spoken to),
  or when the child was not seen and nothing says otherwise; "" otherwise.
- wishes_expressed: "yes" when the child's own words or wishes are recorded (said, told, drew,
  wrote, disclosed, spoke of), even if relayed by someone else; an observation ("appeared
  happy") is not; "no" when they would not say, made no disclosure, were too young, or were not
  seen and nothing says otherwise; "" otherwise.
- A sibling or an adult seen does not count; "seen as" (a perception) and "when seen" (records)
  are not sightings.

The package's parts: ``values`` (what a flag is), ``people`` (who is who: SUBJ, SIB, ADULT, PRO),
``parse`` (the spaCy model), ``tree``, ``structure``, ``speech``, ``encounter``, ``presence``,
``elsewhere`` and ``unnamed`` (what the parse decides), ``frames`` (its verb families), ``rules`` and ``words`` (the word rules' vocabulary),
``matching`` (the word rules applied), ``model``, ``features`` and ``training`` (the logistic
regression; ``labelled`` reads the blind sets' rows for it and for the scorer), ``core`` (one entry's four flags, made to agree).
"""

from __future__ import annotations

from chronology.flags.core import (
    PREVERBAL_YEARS,
    age_at,
    assess,
    by_rules,
    infer,
    model_features,
    prepare,
)
from chronology.flags.people import Marked, mark_people
from chronology.flags.values import FLAGS, UNKNOWN, FlagValue, SubjectNames

__all__ = [
    "FLAGS",
    "PREVERBAL_YEARS",
    "UNKNOWN",
    "FlagValue",
    "Marked",
    "SubjectNames",
    "age_at",
    "assess",
    "by_rules",
    "infer",
    "mark_people",
    "model_features",
    "prepare",
]
