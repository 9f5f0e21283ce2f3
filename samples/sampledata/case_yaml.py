"""The sample review's case.yaml, written as the LSCB business manager would type it.

Every person, address, telephone number and identifier here is invented.
"""

CASE_YAML = """\
# Serious case review: Northshire LSCB, sample review bundled with scr.
# EVERY name, address, number and date of birth in this file is invented.
review:
  reference: NSCB-SCR-2026-01
  board: Northshire Local Safeguarding Children Board
  subject: child-a
  referred: 2026-01-05            # notified to the LSCB Chair by CSC (8.18)
  decided: 2026-01-28             # Chair's decision after the SCR sub-group (8.19)
  due: 2027-03-31                # extension agreed with the Government Office (8.19)
  period: {from: 2024-03-01, to: 2025-12-17}
  incident: 2025-12-14            # admitted with a head injury; died 17 December 2025

panel:                            # kept as written in every output (8.43, 8.44, 8.48, 8.49)
  chair: {name: Dr Eleanor Whitcombe, role: Independent Chair}
  members:
    - {name: Angela Fairbrother, role: Head of Safeguarding and Quality Assurance, agency: Northshire Children's Social Care}
    - {name: Detective Chief Inspector Martin Sowerby, role: Head of Public Protection, agency: Northshire Police}
    - {name: Dr Priya Raman, role: Designated Doctor for Safeguarding Children, agency: NHS Northshire}
    - {name: Helen Tattersall, role: Designated Nurse for Safeguarding Children, agency: NHS Northshire}
    - {name: Simon Okoro, role: Head of Education Safeguarding, agency: Northshire Council Education and Early Years}
    - {name: Janet Pryce, role: Assistant Director of Housing Services, agency: Northtown Homes}
    - {name: Colin Mayhew, role: Assistant Chief Officer, agency: Northshire Probation Trust}
  overview_author: {name: Robert Linley, role: Independent overview author}

people:
  - id: child-a
    name: Tyler James Ashworth
    aliases: [TJ, Ty]
    sex: male
    born: 2022-09-14
    died: 2025-12-17
    pseudonym: Child A
    role: subject of the review
  - id: mother
    name: Chantelle Marie Ashworth
    aliases: [Chan, Chantelle Ashworth]
    sex: female
    born: 2000-03-22
  - id: father
    name: Liam Robert Dunmore
    aliases: [Liam Dunmore]
    sex: male
    born: 1998-07-05
    role: birth father of Child A and Sibling 1; separated from Mother
  - id: sibling-1
    name: Kayla Rose Ashworth
    aliases: [Kayla-Rose]
    sex: female
    born: 2018-06-30
    role: older full sibling; attends the primary school
  - id: partner
    name: Dean Anthony Hollis
    aliases: [Deano, Daddy Dean]
    sex: male
    born: 1994-11-02
    role: Mother's cohabiting partner; step-parent to Child A; father of Half-sibling 1
  - id: half-sibling
    name: Ava Grace Hollis
    sex: female
    born: 2025-04-10
    role: maternal half-sibling of Child A (father is Mother's partner)
  - id: partner-child
    name: Brandon Lee Hollis
    sex: male
    born: 2015-01-19
    role: son of Mother's partner from an earlier relationship; lives with his own mother
  - id: mgm
    name: Lorraine Susan Pickering
    aliases: [Nanna Lorraine, Lorraine Ashworth]
    sex: female
    born: 1972-08-15
    role: maternal grandmother
  - id: mgf
    name: Gary John Ashworth
    sex: male
    born: 1969-01-30
    died: 2021-10-03
    role: maternal grandfather (deceased)
  - id: aunt
    name: Jade Louise Ashworth
    sex: female
    born: 2003-05-12
    role: maternal aunt
  - id: pgm
    name: Denise Margaret Dunmore
    aliases: [Nanna Denise]
    sex: female
    born: 1971-04-27
    role: paternal grandmother

relationships:
  - {kind: parent, parent: mother, child: child-a, type: birth}
  - {kind: parent, parent: father, child: child-a, type: birth}
  - {kind: parent, parent: mother, child: sibling-1, type: birth}
  - {kind: parent, parent: father, child: sibling-1, type: birth}
  - {kind: parent, parent: mother, child: half-sibling, type: birth}
  - {kind: parent, parent: partner, child: half-sibling, type: birth}
  - {kind: parent, parent: partner, child: child-a, type: step}
  - {kind: parent, parent: partner, child: sibling-1, type: step}
  - {kind: parent, parent: partner, child: partner-child, type: birth}
  - {kind: parent, parent: mgm, child: mother, type: birth}
  - {kind: parent, parent: mgf, child: mother, type: birth}
  - {kind: parent, parent: mgm, child: aunt, type: birth}
  - {kind: parent, parent: mgf, child: aunt, type: birth}
  - {kind: parent, parent: pgm, child: father, type: birth}
  - {kind: separated, between: [mother, father], from: 2017-08, to: 2023-02}
  - {kind: partners, between: [mother, partner], from: 2024-05}
  - {kind: divorced, between: [mgm, mgf], from: 1999-06, to: 2013-03}

households:
  - id: home
    name: the family home
    address: "27 Larkspur Close, Eastmoor, Northtown NT4 7QJ"
    members: [child-a, mother, partner, sibling-1, half-sibling]
  - id: grandmother
    name: maternal grandmother's home
    address: "9 Hawthorn Terrace, Westfield, Northtown NT6 3LD"
    members: [mgm, aunt]

professionals:
  # Northshire Children's Social Care
  - {name: Sophie Grainger, role: Social Worker, agency: Northshire Children's Social Care, aliases: [SW Grainger, SG]}
  - {name: Farah Iqbal, role: Social Worker, agency: Northshire Children's Social Care, aliases: [FI]}
  - {name: Neil Ashcroft, role: Team Manager, agency: Northshire Children's Social Care, aliases: [TM Ashcroft]}
  - {name: Colin Bradshaw, role: Emergency Duty Team Social Worker, agency: Northshire Children's Social Care}
  - {name: Margaret Hulme, role: Child Protection Conference Chair, agency: Northshire Children's Social Care}
  - {name: Diane Whitworth, role: IMR Author, agency: Northshire Children's Social Care}
  # Northshire Police
  - {name: Daniel Whitaker, role: Police Constable, agency: Northshire Police, aliases: [PC Whitaker, PC 4471 Whitaker]}
  - {name: Rachel Moss, role: Police Constable, agency: Northshire Police, aliases: [PC Moss]}
  - {name: Andrew Kettering, role: Detective Sergeant, agency: Northshire Police, aliases: [DS Kettering]}
  - {name: Louise Farrant, role: Detective Constable, agency: Northshire Police, aliases: [DC Farrant]}
  - {name: Stuart Mellor, role: IMR Author, agency: Northshire Police, aliases: [DI Mellor]}
  # Northshire Community Health NHS Trust
  - {name: Claire Benson, role: Health Visitor, agency: Northshire Community Health NHS Trust, aliases: [HV Benson, CB]}
  - {name: Joanne Priestley, role: Health Visitor, agency: Northshire Community Health NHS Trust, aliases: [HV Priestley]}
  - {name: Amy Lister, role: Community Nursery Nurse, agency: Northshire Community Health NHS Trust}
  - {name: Gemma Royle, role: Midwife, agency: Northshire Community Health NHS Trust}
  - {name: Lucy Marsden, role: School Nurse, agency: Northshire Community Health NHS Trust}
  - {name: Patricia Quinlan, role: IMR Author, agency: Northshire Community Health NHS Trust}
  # GP
  - {name: Dr Imran Shah, role: GP, agency: NHS Northshire GP Services, aliases: [Dr Shah, IS]}
  - {name: Dr Fiona McLeod, role: GP, agency: NHS Northshire GP Services, aliases: [Dr McLeod]}
  - {name: Beverley Hunt, role: Practice Nurse, agency: NHS Northshire GP Services}
  - {name: Dr Fiona Carswell, role: IMR Author, agency: NHS Northshire GP Services}
  # Northtown Hospitals NHS Foundation Trust
  - {name: Dr Thomas Redfern, role: ED Consultant, agency: Northtown Hospitals NHS Foundation Trust}
  - {name: Dr Nadia Osei, role: Paediatric Registrar, agency: Northtown Hospitals NHS Foundation Trust}
  - {name: Kerry Walsh, role: Staff Nurse, agency: Northtown Hospitals NHS Foundation Trust}
  - {name: Dr Paul Lindqvist, role: Consultant Paediatrician, agency: Northtown Hospitals NHS Foundation Trust}
  - {name: Jean Abbott, role: IMR Author, agency: Northtown Hospitals NHS Foundation Trust, aliases: [Sister Abbott]}
  - {name: Sandra Okonjo, role: Paediatric Liaison Nurse, agency: Northtown Hospitals NHS Foundation Trust}
  # Education and early years
  - {name: Debbie Thornton, role: Nursery Manager, agency: Northshire Council Education and Early Years, aliases: [Mrs Thornton]}
  - {name: Shannon Doyle, role: Nursery Practitioner, agency: Northshire Council Education and Early Years, aliases: [Shannon]}
  - {name: Oliver Price, role: Class Teacher, agency: Northshire Council Education and Early Years, aliases: [Mr Price]}
  - {name: Karen Fielding, role: Designated Safeguarding Lead, agency: Northshire Council Education and Early Years, aliases: [Mrs Fielding]}
  - {name: Anne Redmayne, role: IMR Author, agency: Northshire Council Education and Early Years, aliases: [Mrs Redmayne]}
  - {name: Rachel Aston, role: Class Teacher, agency: Northshire Council Education and Early Years, aliases: [Miss Aston]}
  # Northtown Homes
  - {name: Tracey Holden, role: Housing Officer, agency: Northtown Homes}
  - {name: Mark Ellison, role: Tenancy Sustainment Officer, agency: Northtown Homes}
  - {name: Gillian Forbes, role: IMR Author, agency: Northtown Homes}
  # Northshire Probation Trust
  - {name: Rebecca Naylor, role: Probation Officer, agency: Northshire Probation Trust, aliases: [PO Naylor]}
  - {name: James Cartwright, role: Senior Probation Officer, agency: Northshire Probation Trust, aliases: [SPO Cartwright]}
  - {name: Helen Morrow, role: IMR Author, agency: Northshire Probation Trust}

agencies:
  - {name: Northshire Children's Social Care, short: CSC, imr: imrs/csc.docx}
  - {name: Northshire Police, short: Police, imr: imrs/police.docx}
  - {name: Northshire Community Health NHS Trust, short: Health Visiting, aliases: [NCHT], imr: imrs/health-visiting.docx}
  - {name: NHS Northshire GP Services, short: GP, imr: imrs/gp.docx}
  - {name: Northtown Hospitals NHS Foundation Trust, short: ED, aliases: [NHFT], imr: imrs/hospital.docx}
  - {name: Northshire Council Education and Early Years, short: Education, imr: imrs/education.docx}
  - {name: Northtown Homes, short: Housing, imr: imrs/housing.docx}
  - {name: Northshire Probation Trust, short: Probation, imr: imrs/probation.docx}

places:
  - {name: Little Acorns Day Nursery, pseudonym: the nursery, aliases: [Little Acorns]}
  - {name: St Anne's C of E Primary School, pseudonym: the primary school, aliases: [St Anne's, St Annes Primary]}
  - {name: Moorside Medical Practice, pseudonym: the GP practice, aliases: [Moorside Surgery, Moorside]}
  - {name: Eastmoor Children's Centre, pseudonym: the children's centre}
  - {name: Larkspur Close, pseudonym: the family's street}
  - {name: Corporation Street, pseudonym: the family's previous street}
  - {name: Hawthorn Terrace, pseudonym: the maternal grandmother's street}

anonymisation:
  keep: [Northtown General Hospital, Building Better Relationships]
  redact: [Stacey Morgan]
"""
