"""Analysis paragraphs for a large IMR: the author's reflective prose, varied by seed."""

from __future__ import annotations

import random

SECTIONS = (
    "Was the child seen, and seen alone?",
    "The child's lived experience",
    "Risk from Mother's partner",
    "Information sharing",
    "Decision making and assessment",
    "Supervision and management oversight",
    "Working with the family",
    "Organisational context",
    "Good practice",
)

SENTENCES = (
    "On {on} {staff} recorded that {child} had been seen, but the note does not say whether he was awake or whether anyone spoke with him.",
    "The author has read every entry for the period and found that {child} was seen on his own only twice.",
    "{mother} was consistently described as cooperative, and this view was not tested against what other agencies knew.",
    "When {staff} was interviewed for this review she said that her caseload at the time made it difficult to visit as often as the plan required.",
    "The entry of {on} is significant: it was the first time that {partner} was recorded as living at {home}, yet it did not lead to a review of the risk.",
    "{sibling}'s comments at school were recorded carefully but were not linked with what was known about the incidents at home.",
    "The agency's policy requires a domestic abuse routine enquiry at every contact where the woman is seen alone; on {on} this was not done because {partner} was present.",
    "Managers signed off the assessment without asking what {child} himself had said or shown.",
    "There is no evidence that the information about {partner}'s previous conviction reached {staff} before the conference on {on}.",
    "The author found that the chronology held by the agency was incomplete: two telephone calls from {nan} were recorded only in the duty log.",
    "Practitioners told the author that they had relied on {agency} to see the children, and assumed that someone else was doing so.",
    "The decision of {on} to take no further action was reasonable on the information available to the duty worker, but that information was partial.",
    "The records show a pattern of missed appointments which, taken one at a time, were each explained, but which together should have prompted a discussion with the social worker.",
    "{child}'s speech delay meant that his views had to be gathered through play and observation; the records show little of either.",
    "The author has considered whether the outcome could have been predicted; the answer is no, but the risk was greater than any single agency recognised.",
    "Supervision notes for {staff} show that the case was discussed on {on}, but the actions agreed were not followed up at the next session.",
    "It is good practice that {staff} recorded {child}'s words verbatim and passed them on the same day.",
    "The move from {old_home} to {home} took the family into a different locality team and the handover was by e-mail only.",
    "{mother} told the author, through her solicitor, that she had wanted more help but was frightened of what would happen if she asked.",
    "The agency's records use several forms of the family's names, and searches under one form did not find entries recorded under another.",
    "Once the child protection plan was made, the frequency of contact increased, but the quality of the contact did not change.",
    "There were periods of several weeks, for example after {on}, when no professional saw {child} at all.",
    "The incident reported by {neighbour} was not shared with the core group and was not known to the conference chair.",
    "Thresholds were applied correctly at the front door, but the cumulative picture was not assembled by anyone.",
    "The author recommends that the agency's audit programme includes a specific test of whether the child was seen and spoken to.",
    "Staff turnover in the team meant that {child} had three different workers in eleven months, and each began again with the family.",
    "{baby}'s birth changed the household, but the assessment was not updated to reflect it.",
    "The use of the phrase 'no concerns' in the records often meant that nothing had been asked, rather than that nothing was wrong.",
    "The practitioners interviewed were open and reflective, and several identified for themselves what they would now do differently.",
    "The records for {on} show good liaison between {staff} and {agency}, and this was a model for what should have happened throughout.",
)


def paragraph(rng: random.Random, fill) -> str:
    """Five to seven sentences, each filled with the family's names and the agency's dates."""
    return " ".join(fill(rng.choice(SENTENCES)) for _ in range(rng.randint(5, 7)))
