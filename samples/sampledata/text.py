"""The overview author's own sections (text/*.md), written with pseudonyms as an author would."""

SECTIONS = {
    "circumstances.md": """\
# Circumstances that led to the review

On 14 December 2025 Child A, a boy aged three years and three months, was taken by ambulance to the Emergency Department of Northtown General Hospital. He was unresponsive. Mother's partner, who called the ambulance, said that Child A had fallen down the stairs. Child A had a severe head injury and bruising of different ages. He was transferred to a regional paediatric intensive care unit, where he died on 17 December 2025.

At the time Child A, Sibling 1 and Half-sibling 1 were subject to child protection plans under the category of **emotional abuse**, made on 28 May 2025 because of domestic abuse in the home.

Children's Social Care notified the Chair of the Northshire Local Safeguarding Children Board on 5 January 2026. The Chair decided on 28 January 2026 that the criteria in paragraph 8.9 of *Working Together to Safeguard Children* (2010) were met and that a serious case review should be held.

A criminal investigation is under way. Mother and Mother's partner have been arrested and released under investigation. This review has been conducted in consultation with the Senior Investigating Officer.
""",
    "terms-of-reference.md": """\
# Terms of reference

The Serious Case Review Panel, chaired by Dr Eleanor Whitcombe, agreed these terms of reference on 4 February 2026.

The review covers the period from **1 March 2024**, the first domestic abuse notification, to **17 December 2025**, the date of Child A's death. Agencies were asked to summarise any significant earlier involvement.

The review will consider in particular:

- how well agencies understood the daily life of Child A, and whether he was seen, seen alone and listened to;
- how agencies assessed the risk posed by Mother's partner, given his history of violence to a previous partner;
- how injuries to Child A were responded to, in February, March and September 2025;
- whether information held by one agency reached those who needed it, in particular after bail conditions ended in July 2025;
- whether the child protection plan was robust and reviewed in the light of new information;
- the effect of staffing, caseloads and sickness on practice.

Individual management reviews were requested from eight agencies. The family will be invited to contribute when the criminal proceedings allow.
""",
    "analysis.md": """\
# Analysis

## The child's experience

Child A was seen by professionals on more than two hundred occasions in twenty-one months, yet his experience of life at home is hard to find in the records. Most sightings were at the nursery, where he was seen without his parents almost every day he attended. Social workers saw him nine times, only once without Mother or Mother's partner present.

He told adults what was happening. In March 2025 he told his key worker that "Daddy Dean shouts, shouts at Mummy"; in April he said something very similar to the social worker in front of Mother; in May he said "Dean gets angry and the door goes bang". These words were *recorded* but not *heard*: none of them changed an assessment or a plan.

## Seeing the sibling, not the child

On several occasions a visit to Sibling 1 at the primary school was recorded on Child A's file as the children being seen. A sibling seen is not the subject child seen. The integrated chronology produced for this review separates the two.

## Risk from Mother's partner

Probation knew from July 2024 that a man convicted of assaulting a previous partner was living with young children. This knowledge did not reach Children's Social Care in a usable form until November 2024, and the partner's statement in July 2025 that he was "back with" Mother never reached it at all.

## Injuries

Three injuries were explained as falls. Each was accepted on its own. Taken together, and in a child subject to a plan, they should have led to a strategy discussion and a child protection medical.

## Good practice

- The nursery recorded the child's words verbatim and used body maps.
- The response of the Emergency Department on 14 December 2025 was prompt and thorough.
- The health visitor attended every conference and core group.
""",
    "conclusions.md": """\
# Conclusions

The Panel has concluded that Child A's death could not have been predicted from any one agency's information. It has also concluded that there were missed opportunities to understand the risk he faced, and that had the information held across agencies been brought together, the child protection plan would have been very different.

The central lessons are these:

1. **Hear the child.** A young child's words and behaviour are evidence; they must be analysed, not only recorded.
2. **Count sightings honestly.** Seeing a sibling, or a child asleep, is not seeing and speaking with the child.
3. **Test what parents say.** Mother was seen as cooperative throughout; that view was never tested against what other agencies knew.
4. **Share what changes the picture.** The end of bail conditions, a partner's return and a neighbour's complaint each changed the picture; none reached the core group.

The recommendations that follow, and the agencies' own action plans, address these lessons. The Panel will monitor their implementation through the Board's Serious Case Review sub-group.
""",
    "action-plan.csv": """\
Recommendation,Action,Lead agency,Owner (role),By when,Intended outcome,How success will be measured,Status,Agency
"SCR 1. The Board should make sure every agency records whether a child was seen, seen alone and asked about their wishes and feelings.",Add the three questions to every partner agency's contact record and audit them,Northshire Local Safeguarding Children Board,Board Business Manager,31/12/2026,Every contact record says whether the child was seen and heard,Quarterly multi-agency audit of 40 records shows 90% completion,Not started,
"SCR 2. Domestic abuse notifications about a household with children must reach the health visitor, school or nursery within one working day.",Agree a single notification route through the MASH,Northshire Police,Head of Public Protection,30/09/2026,Universal services know of incidents the next day,Monthly MASH report of notification times,In progress,
"SCR 3. A new adult joining a household with a child on a plan must be assessed before the plan is reviewed.",Revise the multi-agency child protection procedures and train core group members,Northshire Children's Social Care,Principal Social Worker,,New partners assessed in every case,Audit of core group minutes,Not started,
""",
}
