"""Flags from the parse: the new user's police cases, and the blind family-split score.

The blind batches in ``tests/data/flags/batch-*.csv`` (1,144 entries, 250 families) were written
by six helpers who had seen neither the code nor the rules (their READMEs are
``README-blind*.md``; the sixth set, ``batch-z*.csv``, is in published-review voice).
``split.csv`` puts families F001-F010 in dev and the G, H, J, P and R families in train / dev / test
by a hash of the family id (``tests/flag_fold.py``; train and dev failures were read to choose
mechanisms); every other family is test, scored without reading its
wording. ``pytest -s`` prints all three parts.
"""

from __future__ import annotations

from datetime import date

import pytest
from flag_eval import rows, scores, sure_of
from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.flags import FLAGS, SubjectNames, assess, by_rules, mark_people

POLICE = SubjectNames(names=("Child A", "Leo"), others=("Child B",))


def expect(subject: SubjectNames, event: str, flag: str, expected: str) -> None:
    """The flag's value for the event is ``expected`` ("yes", "no", "") with the words that
    decided it, or, for "not yes" / "not no", anything but that value."""
    result = assess({"event": event}, subject)[flag]
    _expect(result, expected)


@pytest.mark.parametrize(
    ("event", "flag", "expected"),
    [
        ("PC saw Child A playing in the garden; Child A was not spoken to.", "child_seen", "yes"),
        ("PC saw Child A playing in the garden; Child A was not spoken to.", "wishes_sought", "no"),
        ("Grandmother seen at the front desk.", "child_seen", "not yes"),
        ("Child A interviewed alone.", "seen_alone", "yes"),
        ("ABE interview arranged but Child A was not brought.", "wishes_sought", "not yes"),
        ("ABE interview arranged but Child A was not brought.", "child_seen", "no"),
        ("Mother said Leo was fine.", "child_seen", "not yes"),
        ("Strategy discussion: Leo to be seen by SW within 24 hours.", "child_seen", "not yes"),
    ],
)
def test_police_cases(event, flag, expected):
    result = assess({"event": event}, POLICE)[flag]
    if expected == "not yes":
        assert result.value != "yes", result.evidence
    else:
        assert result.value == expected
    if result.value:
        assert result.source == "inferred" and result.evidence  # the author can check it


SUBJECT = SubjectNames(names=("Zoe",), others=("Mason",))


@pytest.mark.parametrize(
    ("event", "flag", "expected"),
    [
        (
            "Zoe drew a picture at the table and talked about it. Parents not present.",
            "seen_alone",
            "yes",
        ),
        ("Zoe seen at home. Parents present throughout.", "seen_alone", "no"),
        ("Zoe attended the drop-in clinic on her own.", "seen_alone", "yes"),
        ("Phone call to mum. Zoe could be heard crying in the background.", "child_seen", "no"),
        ("Zoe heard crying upstairs; then seen in her cot, settled.", "child_seen", "yes"),
        ("ABE interview. Zoe was asked about what happened.", "wishes_sought", "yes"),
        ("Zoe was not asked about home; mum present.", "wishes_sought", "not yes"),
        (
            "Mason said he wants to live with dad. Zoe asleep, not seen.",
            "wishes_expressed",
            "not yes",
        ),
    ],
)
def test_structure_mechanisms(event, flag, expected):
    result = assess({"event": event}, SUBJECT)[flag]
    if expected == "not yes":
        assert result.value != "yes", result.evidence
    else:
        assert result.value == expected, result.evidence
    assert result.evidence  # every inferred value says why


GIRL = SubjectNames(names=("Jade",), others=("Hana",), sex="female", adults=(("Gary", "male"),))
BOY = SubjectNames(names=("Leo", "Kian"), others=("Mason",), sex="male")


def _expect(result, expected: str) -> None:
    """``expected`` is a value the flag must have (with its evidence) or, as "not yes", one it
    must not have."""
    if expected.startswith("not "):
        assert result.value != expected.removeprefix("not "), result.evidence
    else:
        assert result.value == expected, result.evidence
        assert result.evidence


@pytest.mark.parametrize(
    ("subject", "event", "flag", "expected"),
    [
        # a professional (DSL, interpreter, teacher) is not a carer: seen with them is seen alone
        (BOY, "Kian spoken to in the head's office with the DSL present, no family.",
         "seen_alone", "yes"),
        (BOY, "ABE interview with Leo, an interpreter and the SW present; mum waited outside.",
         "seen_alone", "yes"),
        (BOY, "Leo seen with mum and the interpreter present.", "seen_alone", "no"),
        (GIRL, "Jade settled well at nursery after mum left, happy in the role-play corner.",
         "seen_alone", "yes"),
        (GIRL, "Examined before mother arrived: no injuries.", "seen_alone", "yes"),
        # letters, applications, records, information passed on: not a sighting
        (BOY, "Appointment letter sent for Leo's hearing test on 4 May.", "child_seen", "not yes"),
        (BOY, "Housing application received for Ms Smith and her son Leo.", "child_seen",
         "not yes"),
        (BOY, "Records checked: Leo last seen at his 2-year review.", "child_seen", "not yes"),
        (GIRL, "Referral from school: Jade told her class teacher 'mummy goes out'.",
         "child_seen", "not yes"),
        (GIRL, "Referral from school: Jade told her class teacher 'mummy goes out'.",
         "wishes_expressed", "yes"),
        # the child's own words, relayed, even when they were not spoken to
        (GIRL, "Call from mother: Jade has disclosed being locked in her room. Jade not spoken to.",
         "wishes_expressed", "yes"),
        # a call to the child asks them, without seeing them
        (BOY, "SW rang Leo on his mobile; he said he is staying at his mate's.", "child_seen",
         "no"),
        (BOY, "SW rang Leo on his mobile; he said he is staying at his mate's.", "wishes_sought",
         "yes"),
        (BOY, "Asked how things were at home. He said 'dad shouts'.", "wishes_sought", "yes"),
        # a sibling seen is not the subject seen
        (BOY, "Visit to school. Seen Mason alone. Leo was absent so could not be seen.",
         "child_seen", "not yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_2(subject, event, flag, expected):
    result = assess({"event": event}, subject)[flag]
    if expected == "not yes":
        assert result.value != "yes", result.evidence
        assert not result.evidence.startswith("likely: ") or result.value != "yes"
    else:
        assert result.value == expected, result.evidence
    if result.value:
        assert result.evidence  # every inferred value says why


@pytest.mark.parametrize(
    ("subject", "event", "flag", "expected"),
    [
        # adults only named inside someone's words, or in passing, were not in the room
        (BOY, "SW met Leo at school with the DSL only. Leo said he wants to stay with his aunty.",
         "seen_alone", "yes"),
        (BOY, "PC attended re a report of assault by father. Leo spoken to in the office, no family.",
         "seen_alone", "yes"),
        (BOY, "Video call. Leo joined from his bedroom, camera on, mum not in the room.",
         "seen_alone", "yes"),
        (GIRL, "Jade seen at nursery with her key person.", "seen_alone", "yes"),
        (BOY, "Leo seen at home. Mason at school.", "seen_alone", "not yes"),  # Mason's school
        (BOY, "Prescription for Leo collected by grandmother.", "child_seen", "not yes"),
        # asked: the child is the one spoken to, not a parent calling nor a request
        (BOY, "Leo seen and spoken to by officers at school.", "wishes_sought", "yes"),
        (BOY, "Dad phoned for repeat melatonin for Leo.", "wishes_sought", "not yes"),
        (BOY, "Emailed Leo's work as he has not been in; asked him to let us know he is ok.",
         "wishes_sought", "not yes"),
        (BOY, "Asked Leo to draw his family; he put himself under the bed.", "wishes_sought", "yes"),
        (BOY, "Leo would not engage with questions and kept his hood up.", "wishes_sought", "yes"),
        # a later part of the contact without the carer outweighs "brought in by"
        (BOY, "Leo brought in by mum, cut hand. While mum was out of the cubicle nurse asked him.",
         "seen_alone", "yes"),
        (BOY, "Leo seen with mum for the first part of the session and then on his own.",
         "seen_alone", "yes"),
        (BOY, "Leo seen with mum and the interpreter present.", "seen_alone", "no"),
        # away from home, no parent or carer named at all
        (BOY, "Head of Year met Leo in her office and asked how he was feeling.", "seen_alone",
         "yes"),
        (BOY, "Home visit. SW saw Leo in the lounge.", "seen_alone", "not yes"),
        (BOY, "PC attended strategy meeting re Leo.", "seen_alone", "not yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_3(subject, event, flag, expected):
    expect(subject, event, flag, expected)


TYLER = SubjectNames(
    names=("Tyler",), others=("Kayla", "Ava"), sex="male", adults=(("Chantelle", "female"),)
)


@pytest.mark.parametrize(
    ("event", "flag", "expected"),
    [
        ("Visit re arrears. No reply. Child heard crying inside. Card left.", "child_seen", "no"),
        ("Tyler seen with mum; partner Dean present. DA enquiry not made as partner present.",
         "seen_alone", "no"),
        ("Letter. 18-month development review appointment sent for 12.3.24.", "child_seen",
         "not yes"),
        ("Telephone. MASH checks. HV shared 2-year review findings.", "child_seen", "not yes"),
        ("Out of hours notification: Tyler admitted via ambulance, head injury.", "child_seen",
         "not yes"),
        ("Ava: 8-week baby check. Mother and baby well.", "child_seen", "not yes"),
        ("Chantelle: attended with bruise to cheek. Partner waiting in car.", "child_seen",
         "not yes"),
        ("Bruise to Tyler's right ear. Mum said he fell at the park. Manager rang SW.",
         "child_seen", "yes"),
        ("Bruise approx. 2cm on Tyler's upper arm seen during nappy change.", "child_seen", "yes"),
        ("Nursery manager reported a bruise to Tyler's arm.", "child_seen", "not yes"),
        ("Visit. Tenant asked about adding him to the tenancy.", "wishes_sought", "not yes"),
        ("Video appt. Tyler kept his camera off throughout.", "child_seen", "not yes"),
        # an adult leaving, in someone's words, is not this contact
        ("Tyler seen with mum. Mum reported low mood, 'struggling since Liam left'.", "seen_alone",
         "no"),
        ("Tyler not collected at 6pm close; stayed with staff.", "child_seen", "not no"),
        ("Asked Tyler about home; he shook his head and said he 'didn't want to talk about it'.",
         "wishes_expressed", "yes"),
        ("Tyler missing. Mother told the call handler he had texted her 'I'm fine'.",
         "wishes_expressed", "yes"),
    ],
)  # fmt: skip
def test_sample_regressions(event, flag, expected):
    """Wrong sightings met on the bundled sample, each a mechanism rather than a phrase."""
    result = assess({"event": event}, TYLER)[flag]
    if expected == "not no":  # not collected: still at the setting
        assert result.value != "no", result.evidence
    elif expected == "not yes":
        assert result.value != "yes", result.evidence
    else:
        assert result.value == expected, result.evidence
    if result.value:
        assert result.evidence


def test_pronoun_goes_back_to_whom_the_last_sentence_was_about():
    """ "... said his dad had punched him. I asked if he felt ok": he is the child, not dad."""
    from chronology.flags import mark_people

    text = "Leo came to me at break and said his dad had punched him. I asked if he felt ok."
    assert "asked if SUBJ felt" in mark_people(text, BOY).text


def test_pronoun_follows_the_speaker_not_the_last_name():
    """ "Jade confirmed what Hana had said ... and said she ...": she is Jade, who speaks."""
    from chronology.flags import mark_people

    text = "Jade confirmed what Hana had said, showed a bruise and said she 'wants to go to nan's'."
    marked = mark_people(text, GIRL).text
    assert "and said SUBJ " in marked, marked
    # a pronoun as the object of a clause is not that clause's own subject
    about = mark_people("Jade talked about her nan and wanting to visit her.", GIRL).text
    assert "visit ADULT" in about, about
    # "he" after a named man is not the girl
    assert "ADULT said ADULT " in mark_people("Jade cried. Gary said he was at work.", GIRL).text


def test_preverbal_baby_wishes_blank_unless_quoted():
    baby = SubjectNames(names=("Zoe",), others=(), born=date(2024, 3, 1))
    cells = {"event": "Zoe seen with mum. SW asked Zoe about her day.", "date": "01/06/2024"}
    got = assess(cells, baby)
    assert got["child_seen"].value == "yes"
    assert got["wishes_sought"].value == "" and "baby of 3 months" in got["wishes_sought"].evidence
    assert got["wishes_expressed"].value == ""
    # an entry that was never a contact with the baby carries no reason for a blank
    note = assess({"event": "Probation supervision session.", "date": "01/06/2024"}, baby)
    assert not any("baby" in note[flag].evidence for flag in FLAGS)
    older = SubjectNames(names=("Zoe",), others=(), born=date(2018, 3, 1))
    assert assess(cells, older)["wishes_sought"].value == "yes"
    stated = assess({**cells, "wishes_sought": "Y"}, baby)["wishes_sought"]
    assert stated.value == "yes" and stated.source == "stated"


def test_blind_split(capsys):
    report = {part: scores(rows(part)) for part in ("train", "dev", "test")}
    with capsys.disabled():
        for part, table in report.items():
            print(f"\nflags, blind {part} split ({len(rows(part))} rows): F1 of yes (recall)")
            for flag in FLAGS:
                s = table[flag]
                print(f"  {flag:17} {s['f1']:.3f} ({s['recall']:.3f}), {s['yes']} yes")
    test = report["test"]
    # floors a little under the values reached on the test split (1289 rows since the ZH-ZY
    # writers, 2026-12-08, with the model trained on the train and dev families: 0.908 / 0.799 /
    # 0.854 / 0.909; the code of the session before scored 0.901 / 0.815 / 0.846 / 0.910 on the
    # same rows), so a regression fails
    assert test["child_seen"]["f1"] >= 0.90 and test["child_seen"]["recall"] >= 0.85
    assert test["wishes_expressed"]["f1"] >= 0.90
    assert test["seen_alone"]["f1"] >= 0.79 and test["wishes_sought"]["f1"] >= 0.85
    # and under those reached on train and dev, whose failures the mechanisms were chosen from
    # and which the model is trained on (train 0.937 / 0.858 / 0.914 / 0.925, dev 0.950 / 0.876
    # / 0.905 / 0.920; the eighteen new writers' rows brought seen alone on train under 0.87)
    for part in ("train", "dev"):
        for flag in FLAGS:
            assert report[part][flag]["f1"] >= 0.85, (part, flag, report[part][flag])


@settings(deadline=None)  # behaviour, not speed: a loaded machine must not fail it
@given(
    st.lists(
        st.sampled_from(["Flat", "3,", "112", "Corporation", "Street,", "seen", "–"]),
        min_size=1,
        max_size=60,
    )
)
def test_evidence_is_never_cut_inside_a_word(words):
    """Evidence is anonymised after it is cut: a street cut mid-word would survive."""
    from chronology.flags.tree import clip

    text = " ".join(words)
    out = clip(text)
    kept = out.removesuffix("\u2026")
    assert text.startswith(kept)
    assert out == text or kept == "" or text[len(kept)] in " ,;-\u2013"


def test_public_api_of_the_flags_package():
    """``chronology.flags`` is the one import the pipeline needs; its parts stay importable."""
    import importlib

    from chronology import flags

    for name in flags.__all__:
        assert getattr(flags, name) is not None, name
    for part in ("core", "people", "structure", "speech", "presence", "tree", "rules", "model"):
        importlib.import_module(f"chronology.flags.{part}")
    assert flags.model_features("Leo seen.", "child_seen", BOY)  # the model's view of an entry


@pytest.mark.parametrize(
    "first", ["chronology.entries", "chronology.flags.rules", "chronology.merge"]
)
def test_flags_import_in_any_order(first):
    """``chronology.entries`` reads the flags' words and the flags read ``entries``: whichever is
    imported first, a fresh interpreter imports both."""
    import subprocess
    import sys

    code = f"import {first}; from chronology.flags import assess; import chronology.entries"
    done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    ("event", "seen"),
    [
        ("Did not attend. Phoned later: 'was at work'.", ""),
        ("Attended. Presented as stressed, 'money problems, the kids never stop crying'.", ""),
        ("Home visit to check licence conditions. Tyler seen in the lounge.", "yes"),
    ],
)
def test_an_adult_service_entry_naming_no_child_is_about_its_client(event, seen):
    """A probation officer's "Did not attend" is the client's appointment, not the child's."""
    got = assess({"event": event, "agency": "Northshire Probation Trust"}, TYLER)
    assert got["child_seen"].value == seen, got["child_seen"].evidence
    if not seen:
        assert "client" in got["child_seen"].evidence
        assert not any(got[flag].value for flag in FLAGS)
    # the same words in a child's own service are the child's
    assert (
        assess({"event": "Did not attend.", "agency": "Paediatric clinic"}, TYLER)[
            "child_seen"
        ].value
        == "no"
    )


@pytest.mark.parametrize(
    ("subject", "event", "flag", "expected"),
    [
        # a question whose asker is nobody, or a sighting a record says did not happen
        (BOY, "Leo in class all week. Nobody asked him about the bruise.", "wishes_sought", "no"),
        (BOY, "Leo in class all week. Nobody asked him about the bruise.", "child_seen", "yes"),
        (BOY, "There is no record that the GP saw Leo after the referral.", "child_seen", "no"),
        (BOY, "There is no record that anyone asked Leo why he was late.", "wishes_sought",
         "not yes"),
        (BOY, "There is a record that the GP saw Leo after the referral.", "child_seen", "yes"),
        # not seen on his own: seen, and not alone
        (BOY, "Leo came with his father. The nurse did not see Leo on his own.", "child_seen",
         "yes"),
        (BOY, "Leo came with his father. The nurse did not see Leo on his own.", "seen_alone",
         "no"),
        (BOY, "Home visit, no answer. Leo was not seen.", "child_seen", "no"),
        # kept in a practitioner's company while the carer was not there
        (GIRL, "Jade not collected at close, mum not answering. KP stayed with Jade until 7pm.",
         "child_seen", "yes"),
        (GIRL, "Jade not collected at close, mum not answering. KP stayed with Jade until 7pm.",
         "seen_alone", "yes"),
        (BOY, "Dad at the door drunk; Leo stayed in the room with his key person.", "child_seen",
         "yes"),
        (BOY, "Dad at the door drunk; Leo stayed in the room with his key person.", "seen_alone",
         "yes"),
        (BOY, "Leo not collected, mum not answering. Leo stayed with his dad.", "seen_alone",
         "not yes"),
        (GIRL, "Jade not collected. KP stayed with Jade. Jade asked 'is mummy coming' twice.",
         "wishes_expressed", "yes"),
        (GIRL, "Jade not collected. KP stayed with Jade. Jade asked 'is mummy coming' twice.",
         "wishes_sought", "not yes"),  # the child's question is not her views sought
        (BOY, "Mum went home. Nurse sat with Leo and talked about his diabetes.", "wishes_sought",
         "yes"),
        # the child's words given by what he did: a purpose or manner clause
        (BOY, "Leo used his picture cards to tell the TA 'sad' and 'home'.", "wishes_expressed",
         "yes"),
        (BOY, "Leo came down and showed the SW his medal, saying he is 'in the team'.",
         "wishes_expressed", "yes"),
        (BOY, "Leo not in school - mum rang to say he was 'poorly'.", "wishes_expressed",
         "not yes"),
        # a note's subjectless "states": the child, when the child was the last one named
        (BOY, "999. Dad present. Leo able to answer questions, states 'I forgot my insulin'.",
         "wishes_expressed", "yes"),
        (BOY, "999. Leo drowsy. Dad present, states 'he forgot his insulin'.",
         "wishes_expressed", "not yes"),
        # direct work with the child: seen; a choice shown with his own words
        (BOY, "Mum at home. SW used picture cards with Leo at school.", "child_seen", "yes"),
        (BOY, "SW used picture cards with Leo: he put 'mum' under 'safe'.", "wishes_expressed",
         "yes"),
        (BOY, "Mum used picture cards with Leo at home.", "child_seen", "not yes"),
        # a 999 call that brought the crew to the child is not a telephone contact; "in
        # mother's arms" is held by her, not away at her place
        (BOY, "999 call. Crew attended. Kian in mother's arms, alert, crying, bruise to cheek.",
         "child_seen", "yes"),
        (BOY, "999 call. Crew attended, no answer at the door.", "child_seen", "no"),
        (BOY, "999 call from a neighbour about shouting. Logged.", "child_seen", "not yes"),
        (BOY, "Visit. Leo at mother's. Not seen.", "child_seen", "no"),
        # a call to the child's own phone: spoken with, not seen
        (BOY, "Tel call to Leo's mobile. He said he is fine at his friend's.", "wishes_sought",
         "yes"),
        (BOY, "Tel call to Leo's mobile. He said he is fine at his friend's.", "child_seen", "no"),
        (BOY, "Tel call to mum's mobile. She said Leo is fine.", "wishes_sought", "not yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_4(subject, event, flag, expected):
    expect(subject, event, flag, expected)


def test_pronoun_goes_on_with_the_last_pronoun_of_its_sex():
    """A man of no stated sex named between two "she"s does not take the second one."""
    jade = SubjectNames(names=("Jade",), others=(), sex="female", adults=(("Wayne", ""),))
    event = "Jade seen at home; asked how she feels about Wayne - she said she likes him."
    assert mark_people(event, jade).text.count("SUBJ") >= 3
    assert assess({"event": event}, jade)["wishes_expressed"].value == "yes"
    # a woman named in between does take it
    event = "Jade seen; asked how she feels about Mum - Mum said she was tired."
    mum = SubjectNames(names=("Jade",), others=(), sex="female", adults=(("Mum", "female"),))
    assert "said ADULT" in mark_people(event, mum).text


@pytest.mark.parametrize(
    "event",
    [
        "Accompanied viewing. Applicant with male and two children. Applicant said he helps out.",
        "Discharged home with mother. Community midwife informed.",
    ],
)
def test_no_alone_guess_without_a_sighting(event, monkeypatch):
    """The model's seen-alone guess is not given for an entry with no sighting of the child,
    however sure the model is."""
    from chronology.flags import model

    real = model.models()
    monkeypatch.setattr(
        model, "models", lambda: {**real, "seen_alone": sure_of("yes")["seen_alone"]}
    )
    leo = SubjectNames(names=("Leo",), others=(), sex="male")
    got = assess({"event": event}, leo)
    assert not got["child_seen"].value
    assert not got["seen_alone"].value, got["seen_alone"].evidence


@pytest.mark.parametrize(
    ("subject", "event", "flag", "expected"),
    [
        # away from home, no carer in the contact: the only adult named was phoned
        (BOY, "Kian told his teacher his ear hurt. The teacher telephoned Mum, who came.",
         "seen_alone", "yes"),
        (BOY, "Kian told his teacher his ear hurt. Mum, who was with him, took him home.",
         "seen_alone", "not yes"),
        # the carer taken up elsewhere during the child's contact: interviewed or seen
        # themselves, at a meeting of their own, gone on an errand, waiting in another place
        (GIRL, "Mum was interviewed in the kitchen while Jade was spoken to in the lounge.",
         "seen_alone", "yes"),
        (GIRL, "Jade spoken to in her room; mum was being interviewed by the officer at the time.",
         "seen_alone", "yes"),
        (GIRL, "Jade seen at the children's centre while her mother attended a parenting class.",
         "seen_alone", "yes"),
        (GIRL, "Jade brought to clinic by mum, who then went to the shop; Jade examined by nurse.",
         "seen_alone", "yes"),
        (GIRL, "Mum sat in reception while Jade was examined.", "seen_alone", "yes"),
        (GIRL, "Jade examined while mum held her.", "seen_alone", "not yes"),
        (GIRL, "Mum was spoken to while Jade played nearby.", "seen_alone", "not yes"),
        (GIRL, "Mum went to the clinic with Jade; Jade examined.", "seen_alone", "not yes"),
        (GIRL, "Jade seen at the children's centre; her mother attended with her.", "seen_alone",
         "not yes"),
        # one carer away while another is in the room is not alone; a child who did not engage
        # with the practitioner had no time alone with them
        (GIRL, "Jade weighed at home. Mum present; Gary at work.", "seen_alone", "not yes"),
        (GIRL, "Jade seen; nan and mum present. Jade cried when Gary left the room.",
         "seen_alone", "not yes"),
        (GIRL, "Jade seen; Gary left the room.", "seen_alone", "yes"),
        (GIRL, "Jade seen with mum, who stayed throughout. Jade would not play with the HV.",
         "seen_alone", "not yes"),
        # the carers said to be in another place than the child's contact, or joining and then
        # leaving the room
        (BOY, "Kian examined on the ward while his parents were at the cafe.", "seen_alone",
         "yes"),
        (BOY, "Kian seen in the playroom with the nurse; parents in the family room.",
         "seen_alone", "yes"),
        (BOY, "Kian seen in the playroom; parents in the playroom too.", "seen_alone", "not yes"),
        (BOY, "Kian seen in the lounge; dad in the garden; mum tearful.", "seen_alone", "not yes"),
        (BOY, "Kian seen in the lounge; mum in the room.", "seen_alone", "not yes"),
        (BOY, "Kian seen in his room; mum joined for a few minutes, then left the room.",
         "seen_alone", "yes"),
        (BOY, "Kian seen in his room; mum joined for a few minutes.", "seen_alone", "not yes"),
        # an instrument for the child's views used or completed with the child
        (BOY, "School nurse completed the wellbeing questionnaire with Kian.", "wishes_sought",
         "yes"),
        (BOY, "Mood scale completed with Kian at the clinic.", "wishes_sought", "yes"),
        (BOY, "SW used the feelings cards with Kian at school.", "wishes_sought", "yes"),
        (BOY, "SW will complete the questionnaire with Kian next week.", "wishes_sought",
         "not yes"),
        (BOY, "Mum completed the questionnaire with the HV; Kian asleep.", "wishes_sought",
         "not yes"),
        (BOY, "SW did a jigsaw with Kian.", "wishes_sought", "not yes"),
        (BOY, "Mum completed the questionnaire with Kian at home.", "wishes_sought", "not yes"),
        # a question whose content clause asks the child's own feelings or wishes, answered or not
        (BOY, ("Kian in the back of mum's car with mum at the wheel, crying; said nothing when "
               "the PC asked if he was ok."), "wishes_sought", "yes"),
        (BOY, "Kian in mum's car with mum, crying; silent when the PC asked whether he felt safe.",
         "wishes_sought", "yes"),
        (BOY, ("Kian seen with Mother for the first part and then on his own. He said he felt "
               "low. The nurse explored what he would like help with."), "wishes_sought", "yes"),
        (BOY, "Kian in mum's car with mum; the PC asked if he was hungry.", "wishes_sought",
         "not yes"),
        # an attempt to talk with the child, who was there and did not answer, is asked
        (BOY, "The nurse tried to talk with Kian about home but he turned away.",
         "wishes_sought", "yes"),
        (BOY, "The nurse tried to talk with Kian about home but he turned away.", "child_seen",
         "yes"),
        (BOY, "SW tried to speak to Kian but he was out with friends.", "wishes_sought",
         "not yes"),
        (BOY, "SW tried to speak to Kian on the phone but he would not answer.", "child_seen",
         "not yes"),
        # a child who came to the door on their own is seen alone, but not asked for it
        (BOY, "Kian answered the door on his own; he said mum was at work.", "seen_alone",
         "yes"),
        (BOY, "Kian answered the door on his own; he said mum was at work.", "wishes_sought",
         "not yes"),
        (BOY, "Kian answered the door with mum behind him.", "seen_alone", "not yes"),
        # carers spoken to apart from the child, out of the house, or named only inside the
        # child's own account, were not in the room; "repeated her account" is her words
        (BOY, "Nurse saw Kian in the playroom; later spoke with his parents separately.",
         "seen_alone", "yes"),
        (BOY, "Nurse saw Kian in the playroom; later spoke with his parents and Kian together.",
         "seen_alone", "not yes"),
        (BOY, "Kian seen on the landing by the GP; parents out.", "seen_alone", "yes"),
        (BOY, "Kian seen on the landing by the GP; dad out; mum tearful.", "seen_alone",
         "not yes"),
        (BOY, ("Kian spoken to by PC Dunn in the office at school. Kian repeated his account "
               "that dad pushed him."), "seen_alone", "yes"),
        (BOY, "Kian spoken to by PC Dunn at school. Kian repeated his account that dad hit him.",
         "wishes_expressed", "yes"),
        # an officer's action on the child puts the child in front of the officers; a counted
        # "2 phones" is something he had, not a call
        (BOY, "Kian stopped and searched on the high street; nothing found.", "child_seen",
         "yes"),
        (BOY, "Kian stopped and searched on the high street; nothing found.", "seen_alone",
         "yes"),
        (BOY, "Kian detained under s136 on the bridge and taken to ED.", "seen_alone", "yes"),
        (BOY, "Mum rang to say Kian was arrested last night.", "child_seen", "not yes"),
        (BOY, "Kian stopped going to football.", "child_seen", "not yes"),
        (BOY, "Stop and search: Kian (15) on the high street. 2 phones found.", "child_seen",
         "not no"),
        (BOY, "Kian at the skate park, 2 phones on him, seen by PCSO.", "child_seen", "not no"),
        (BOY, "Phoned Kian: no answer.", "child_seen", "no"),
        # a later part of the contact on their own, with their words: their views were sought
        (GIRL, "Jade seen with mum first; mum then left the room. Jade said she wants to see nan.",
         "wishes_sought", "yes"),
        # a later part of the contact in a school's own care, with no family adult named
        (GIRL, "Jade brought in by mum at 9. Later seen in class by the SENCo.", "seen_alone",
         "yes"),
        (GIRL, "Jade brought in by mum at 9. Later seen in class with mum by the SENCo.",
         "seen_alone", "not yes"),
        (GIRL, "Jade brought in by mum at 9. Seen in class by the SENCo.", "seen_alone",
         "not yes"),
        # the child's body or senses checked in the contact: seen
        (BOY, "Screening session. Kian's vision and hearing checked - referred.", "child_seen",
         "yes"),
        (BOY, "School nurse checked Kian's weight and height.", "child_seen", "yes"),
        (BOY, "Mum said Kian's weight was checked at the GP.", "child_seen", "not yes"),
        (BOY, "Kian's hearing to be checked next term.", "child_seen", "not yes"),
        # a title and surname right after a practitioner's role are the practitioner
        (BOY, "Kian spoke with the DSL (Mrs Hale) in the medical room.", "seen_alone", "yes"),
        (BOY, "Kian spoke with the TA, Miss Rowe, in the library.", "seen_alone", "yes"),
        (SubjectNames(names=("Kian",), others=(), sex="male", adults=(("Mrs Hale", "female"),)),
         "Kian spoke with the DSL (Mrs Hale) in the medical room.", "seen_alone", "not yes"),
        (BOY, "Kian spoke with the DSL and Mrs Hale in the medical room.", "seen_alone",
         "not yes"),
        # a home in the child's own words is not where he was seen
        (BOY, "Supervisor met Kian in the hall; he said 'no food at home'.", "seen_alone", "yes"),
        (BOY, "Kian seen at home; told the supervisor 'no food'.", "seen_alone", "not yes"),
        # the parser reads the child as a modifier of "met": still the one met
        (SubjectNames(names=("Jack",), others=(), sex="male"),
         "Head of Year met Jack in her office.", "seen_alone", "yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_5(subject, event, flag, expected):
    expect(subject, event, flag, expected)


@pytest.mark.parametrize(
    "subject, event, flag, expected",
    [
        # a contraction inside the child's quoted words does not end the quote: the home and the
        # adult named in it are the child's words, not where the child was or who was there
        (BOY, "In class Kian told the TA 'it's cold at home, dad's gone'.",
         "seen_alone", "yes"),
        (BOY, "In class Kian told the TA 'it's cold at home, dad's gone'.",
         "wishes_expressed", "yes"),
        # a home inside the question put to the child is not where the child was seen
        (BOY, "Head of Year saw Kian in her room and asked if anything upset him at home.",
         "seen_alone", "yes"),
        (BOY, "Head of Year saw Kian at home and asked whether anything was upsetting him.",
         "seen_alone", "not yes"),
        # an adult named only in the child's account was not in the room with the practitioner
        (GIRL, "DC Shaw interviewed Jade at the suite. Jade described Gary locking her in.",
         "seen_alone", "yes"),
        (GIRL, "DC Shaw interviewed Jade at the suite with Gary.", "seen_alone", "not yes"),
        # an adult who came with the child is there, whatever verb brought them
        (BOY, "Kian arrived at 9 with mum, graze to knee noted by key worker.", "seen_alone",
         "not yes"),
        # a circumstance inside someone's quoted words is not the contact's ("in bed", "no
        # answer" said by the child)
        (BOY, "Reception: TA helped Kian change; he said 'mum's in bed'.", "child_seen",
         "yes"),
        (BOY, "Home visit: Kian in bed, not woken; mum said he was tired.", "child_seen",
         "not yes"),
        # a carer who did not come was not there: a baby on a ward whose mother has not visited
        (BOY, "Ward round: baby Kian examined. Mother has not visited since Monday.",
         "seen_alone", "yes"),
        (BOY, "Ward round: baby Kian examined. Mother has visited daily.", "seen_alone",
         "not yes"),
        # time the writer spent with the child is a sighting; alone unless a carer was there
        # throughout
        (BOY, "Carer present at first, then went out; I spent an hour with Kian in his room.",
         "seen_alone", "yes"),
        (BOY, "Visit with mum present throughout; I spent an hour with Kian in the lounge.",
         "seen_alone", "not yes"),
        (BOY, "I spent an hour with Kian in the lounge.", "child_seen", "yes"),
        # "no response to qs" is the child's, to questions put to them: seen and asked, not a
        # door left unanswered
        (BOY, "JV. Kian & Mason no response to qs.", "wishes_sought", "yes"),
        (BOY, "JV. Kian & Mason no response to qs.", "child_seen", "yes"),
        (BOY, "Unannounced visit, no response at the door.", "child_seen", "no"),
        # a carer in whose presence the check was done was there
        (BOY, "Kian seen by PC Ward at the station 03:10 in presence of mother.", "seen_alone",
         "not yes"),
        (BOY, "Kian seen by PC Ward at the station 03:10 for a safe and well check.",
         "seen_alone", "yes"),
        # a title and surname named once as a practitioner's stay that practitioner
        (BOY, "Teacher Mrs Hale took Kian out. The DSL saw Kian with Mrs Hale present.",
         "seen_alone", "yes"),
        # the child's views recorded: under a label of their own (asked, when seen), as the thing
        # recorded, or quoted straight after the child in a note; not a parent's
        (BOY, "Kian seen with mum throughout. Views: wants his own bedroom.", "wishes_sought",
         "yes"),
        (BOY, "Kian seen with mum. Mum's views: wants rehousing.", "wishes_sought", "not yes"),
        (BOY, "Kian's views about school were recorded by the mentor.", "wishes_expressed",
         "yes"),
        (BOY, "Kian was asked for his views but did not give them.", "wishes_expressed",
         "not yes"),
        (BOY, "Kian seen in the corridor. Kian declined - 'none of your business'.",
         "wishes_expressed", "yes"),
        (BOY, "Mum said Kian 'hates school'.", "wishes_expressed", "not yes"),
        (BOY, "Kian 'asleep upstairs' per mum.", "wishes_expressed", "not yes"),
        # a carer who stayed a while then left, or stayed in another room while the contact
        # went on, was away for part of it
        (BOY, "Home visit. Kian showed me his room while his mum stayed in the kitchen.",
         "seen_alone", "yes"),
        (BOY, "Home visit. Kian showed me his room; his mum stayed in the kitchen with us.",
         "seen_alone", "not yes"),
        (BOY, "Settling session. Mum stayed for ten minutes then left. Kian played with sand.",
         "seen_alone", "yes"),
        (BOY, "Settling session. Mum stayed until the nurse left. Kian played with sand.",
         "seen_alone", "not yes"),
        # a contact in the presence of practitioners only is without a carer
        (BOY, "Kian interviewed in the presence of his solicitor and an appropriate adult.",
         "seen_alone", "yes"),
        (BOY, "Kian interviewed in the presence of an appropriate adult (his mother).",
         "seen_alone", "not yes"),
        # a child who gives their words in an assessment or interview of them was asked
        (BOY, "YOS assessment: Kian seen at the office with mum, said he 'wants a change'.",
         "wishes_sought", "yes"),
        (BOY, "Parenting assessment of mum at home. Kian said 'hello' and went upstairs.",
         "wishes_sought", "not yes"),
        (BOY, "Referred for a CAMHS assessment. Kian seen at home with mum, said 'hello'.",
         "wishes_sought", "not yes"),
        (BOY, "CP medical with mum present. Kian said 'ow' as the bruise was examined.",
         "wishes_sought", "not yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_6(subject, event, flag, expected):
    expect(subject, event, flag, expected)


# the case's practitioners by name, as case.yaml lists them, beside a family adult
STAFFED = SubjectNames(
    names=("Kian",),
    others=("Mason",),
    sex="male",
    adults=(("Darren Sykes", "male"), ("Darren", "male")),
    professionals=("Sara Ford", "PC 1620 Wells"),
)


@pytest.mark.parametrize(
    ("subject", "event", "flag", "expected"),
    [
        # a practitioner the case names is not a family adult, however titled: telling her is
        # telling a practitioner, in person, and she is no carer
        (STAFFED, "At the classroom door Kian said to Miss Ford, 'Darren kicked me'.",
         "child_seen", "yes"),
        (STAFFED, "At the classroom door Kian said to Miss Ford, 'Darren kicked me'.",
         "seen_alone", "yes"),
        (STAFFED, "Kian seen in the library with Miss Ford.", "seen_alone", "yes"),
        (STAFFED, "Kian seen in the library with Mr Sykes.", "seen_alone", "not yes"),
        # a titled surname the case does not list stays a family adult
        (BOY, "Kian seen in the library with Miss Ford.", "seen_alone", "not yes"),
        # telling a practitioner is in person; not by phone, not another's account of it, not
        # an earlier telling passed on, not a referral relaying it
        (BOY, "Kian told the TA 'mum shouts'.", "child_seen", "yes"),
        (BOY, "T/C with Kian on his mobile; Kian told the SW he was fine.", "child_seen",
         "not yes"),
        (BOY, "Mum said Kian had told his teacher he was scared.", "child_seen", "not yes"),
        (BOY, "Conference: Kian told the TA last week that he was scared.", "child_seen",
         "not yes"),
        (BOY, "Referral from school: Kian told the TA 'mum shouts'.", "child_seen", "not yes"),
        # telling the teacher is at school, with no carer there unless one is named
        (BOY, "Kian told his teacher at carpet time that he had been to the zoo.", "seen_alone",
         "yes"),
        (BOY, "Kian told his teacher, with mum beside him, that he was tired.", "seen_alone",
         "not yes"),
        # the words under an adult's label are the adult's, however the label is written
        (BOY, "Kian seen with mum. Mum's views: wants rehousing.", "wishes_expressed",
         "not yes"),
        (BOY, "Kian seen playing. Parents' views: they want him to stay.", "wishes_expressed",
         "not yes"),
        (BOY, "Kian seen with mum. Kian's views: wants his own room.", "wishes_expressed",
         "yes"),
        # a school inside what someone said or wants is not where the child was seen
        (BOY, "Kian seen playing. Parents' views: they want him to stay at the school.",
         "seen_alone", "not yes"),
        (BOY, "Kian seen playing at school.", "seen_alone", "yes"),
        # a note's "M" and "F" are the mother and father, unless the case names the child so
        # (the words read as the mother's: test_a_notes_m_is_the_mother below)
        (BOY, "Kian seen at home with M.", "seen_alone", "no"),
        (SubjectNames(names=("Maisie", "M"), others=(), sex="female"),
         "Maisie seen at nursery. M said 'Jay did it'.", "wishes_expressed", "yes"),
        (BOY, "Kian seen (M, approx 7 yrs) alone in the cubicle.", "seen_alone", "yes"),
        # a note's question and the child's answer after it: asked
        (BOY, "Kian seen 09:15 (DSL + TA). Asked - Kian 'don't want to say'.", "wishes_sought",
         "yes"),
        (BOY, "Kian seen 09:15 (DSL + TA). Kian 'don't want to say'.", "wishes_sought",
         "not yes"),
        # a child who refused to answer was asked
        (BOY, "Kian seen at the station. Kian refused to say where he had been.",
         "wishes_sought", "yes"),
        (BOY, "Kian seen at the station; he would not say why.", "wishes_sought", "yes"),
        (BOY, "Kian seen at the station. Kian refused to eat.", "wishes_sought", "not yes"),
        (BOY, "Kian seen at home. Mum refused to say where Kian's dad was.", "wishes_sought",
         "not yes"),
        # a note's passive with the tense of a past verb: "DP interviewed u/c" was interviewed
        (BOY, "Custody record. Kian interviewed u/c 04:05-04:31, no comment interview.",
         "child_seen", "yes"),
        (BOY, "Custody record. Kian interviewed u/c 04:05-04:31, no comment interview.",
         "wishes_sought", "yes"),
        # a call to a parent is not the contact with a child the entry sees elsewhere
        (BOY, ("Reception: Kian in the same clothes all week. TA helped him change; he said "
               "'mum's poorly'. DSL phoned mum - no answer."), "child_seen", "not no"),
        (BOY, "Phoned mum re Kian's cough - no answer.", "child_seen", "no"),
        (BOY, "Meeting with mum and dad at the unit. Kian remained in his cot.", "child_seen",
         "not yes"),
        # a child who did not attend may still have their words passed on; without any, no
        (BOY, "ICPC. Kian did not attend. SW presented his drawing: he wrote 'let me out'.",
         "wishes_expressed", "yes"),
        (BOY, "ICPC. Kian did not attend. SW presented her report.", "wishes_expressed", "no"),
        (BOY, "ICPC. Kian did not attend. SW presented her report.", "child_seen", "no"),
        # a child heard saying words gave them, though not seen; crying or another's shouting
        # is not the child's words
        (BOY, "999 call. Kian heard in the background screaming 'stop it, Dad'.",
         "wishes_expressed", "yes"),
        (BOY, "999 call. Kian heard in the background screaming 'stop it, Dad'.",
         "child_seen", "no"),
        (BOY, "999 call. Kian heard crying 'for hours' most evenings.", "wishes_expressed",
         "not yes"),
        (BOY, "999 call. Kian heard; mum heard shouting 'get out'.", "wishes_expressed",
         "not yes"),
        # shouting with no words is a noise; with words it is the child's
        (BOY, "Home visit. Could hear Kian shouting at the game upstairs.", "wishes_expressed",
         "not yes"),
        (BOY, "Home visit. Kian shouted 'go away' from the landing.", "wishes_expressed", "yes"),
        (BOY, "Home visit. Kian shouted that he hated school.", "wishes_expressed", "yes"),
        # the child's first initial alone is the child, unless someone else in the case shares it
        (SubjectNames(names=("Rhys",), others=("Mia",), sex="male"),
         "Rhys seen at school. R drew dad shouting and wrote 'when dad drinks'.",
         "wishes_expressed", "yes"),
        (SubjectNames(names=("Rhys",), others=("Ruby",), sex="male"),
         "Rhys seen at school. R drew dad shouting and wrote 'when dad drinks'.",
         "wishes_expressed", "not yes"),
        # a time's point is not a sentence's end: the one who says is still the caller
        (BOY, "Kian absent today. Mum phoned 9.15 - says he is poorly.", "wishes_expressed",
         "not yes"),
        # the child's words given with them, whatever the parse makes of the quote
        (BOY, "ICPC. Children not present. KP reported Kian's words 'daddy smacked me'.",
         "wishes_expressed", "yes"),
        (BOY, "ICPC. Children not present. KP reported mum's words 'he fell'.",
         "wishes_expressed", "not yes"),
        # "said to be" is said of the child by others, not the child's words
        (BOY, "Officers attended. Kian said to be asleep upstairs; officers looked in on him.",
         "wishes_expressed", "not yes"),
        # a practitioner staying with the child during another's contact is company, not a
        # child kept until collected: seen without a carer and speaking, the child was asked
        (STAFFED, ("SW visited; Kian seen without mum. Used play people; said 'Darren shouts'. "
                   "Miss Ford stayed with Kian during the visit."), "wishes_sought", "yes"),
        (STAFFED, "Brought to ED by Miss Ford. Injury to wrist.", "seen_alone", "yes"),
        # the subject said by name not to be seen outweighs "a child" seen, who may be another
        (BOY, "No answer. A small child was seen at the upstairs window. Kian was not seen.",
         "child_seen", "no"),
        (BOY, "No answer at first. A small child was seen at the window; Kian was seen later.",
         "child_seen", "yes"),
        # attending a meeting about the child is the writer's attendance, not the child's
        (BOY, "Attended strategy meeting re Kian (12). S47 agreed.", "child_seen", "not yes"),
        (BOY, "Attended with mum. Kian weighed.", "child_seen", "yes"),
        # the child's views under a label were asked for, however the sighting is written
        (BOY, "ROP 1. Kian + aunt present. Kian views: wants reparation at boxing.",
         "wishes_sought", "yes"),
        (BOY, "ROP 1. Kian + aunt present. Aunt's views: wants reparation at boxing.",
         "wishes_sought", "not yes"),
        # a call with a parent about the child is not put to the child
        (BOY, "Tel consult with mother re child (Kian). Cough 5/7.", "wishes_sought", "not yes"),
        # an adult named only as whose report, or inside the question put to the child, or
        # who came back later, was not with the child
        (BOY, ("Neighbour report of children left alone. Officers attended. Door answered by "
               "Kian. When asked where his mum was, Kian said she had gone out. Mother "
               "returned 22:05."), "seen_alone", "yes"),
        (BOY, "Officers attended. Door answered by Kian; mother in the lounge.", "seen_alone",
         "not yes"),
        # "C&F" is an assessment, not the father
        (BOY, "Kian seen at school. Decision: C&F assessment.", "seen_alone", "yes"),
        # a referral passes on what others saw: no guess that this agency saw the child
        (BOY, "Referral from school: Kian drew dad hurting mum and told the TA 'dad angry'.",
         "child_seen", "not yes"),
        # a call that brought the agency to the child is not information passed on
        (BOY, "Call from mother, 3-month-old floppy. Crew attended, examined infant.",
         "child_seen", "yes"),
        # the child's own message, and words said on a call, are theirs though not seen
        (BOY, "Text from Kian to worker: 'can u come tues instead dad is home mon'.",
         "wishes_expressed", "yes"),
        (BOY, "Text from mum to worker: 'he is ill'.", "wishes_expressed", "not yes"),
        (BOY, "Duty officer T/C with Kian, states sofa surfing at mate's.", "wishes_expressed",
         "yes"),
        (BOY, "Duty officer T/C with mum, states Kian sofa surfing.", "wishes_expressed",
         "not yes"),
        # words for the child: "YP", and a son or daughter given with an age
        (BOY, "Drop-in 18:00. YP attended with 2 friends. YP said she 'can't stand home'.",
         "child_seen", "yes"),
        (BOY, "HV to dad. Stepson (16) came downstairs, asked for money and left.",
         "child_seen", "yes"),
        (GIRL, "HV to dad. Stepson (16) came downstairs, asked for money and left.",
         "child_seen", "not yes"),
        # a mother "in bedroom" is not the child in bed; the child who opened the door was seen
        (BOY, "Home visit. Kian opened door to CPN. Mum in bedroom.", "child_seen", "yes"),
        # the note's DNA after the child: not brought
        (BOY, "Imms catch-up: Kian DNA. Letter sent.", "child_seen", "no"),
        # a note's sentence opening with "Says" after the child is the child's account
        (BOY, "Kian seen alone at housing options. Says can't return home, dad hits him.",
         "wishes_expressed", "yes"),
        (BOY, "Mum seen at housing options. Says can't return home.", "wishes_expressed",
         "not yes"),
        # in an adult service's record "Pt" is the client, not the child
        (BOY, "Pt attended alone. Reports partner now main carer for Kian.", "child_seen",
         "yes"),
        # a child with someone inside the client's account was not seen by the writer
        (BOY, "Key work session with mum. States Kian with F. Not discussed.", "child_seen",
         "not yes"),
        # brought in by ambulance; a statement taken from the child; a crew on arrival
        (BOY, "Kian BIBA with M. Post-ictal, recovering.", "child_seen", "yes"),
        (BOY, "Victim statement taken from Kian at home with M.", "child_seen", "yes"),
        (BOY, "Kian, 5/52, BIBA after M called 999. On crew arrival baby pink.", "seen_alone",
         "not yes"),
        # "with M," and "with M." are the mother
        (BOY, "Check-up. Kian with M. Erosion noted.", "seen_alone", "not yes"),
        (BOY, "Kian attended with M, interpreter via phone.", "seen_alone", "not yes"),
        # both children at school: the subject was not seen at home
        (BOY, "FSW visit. Kian and Mason both at school. Worked with mum.", "child_seen",
         "not yes"),
        # a cry in words is the child's words
        (BOY, "Handover: Kian clung to dad and cried 'I want to stay with you'.",
         "wishes_expressed", "yes"),
        (BOY, "Handover: Kian clung to dad and cried.", "wishes_expressed", "not yes"),
        # the child as the one who saw, in an active perfect, is not the one seen
        (BOY, "Mum said Kian had seen his dad at the weekend.", "child_seen", "not yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_7(subject, event, flag, expected):
    expect(subject, event, flag, expected)


@pytest.mark.parametrize(
    ("subject", "event", "flag", "expected"),
    [
        # the child asking someone a quoted question: her words, not a question put to her
        (GIRL, ("Key work session with mum in the family room. Jade asked her 'is Gary coming "
         "back?'"), "wishes_expressed", "yes"),
        (GIRL, "T/C with mum. Says Jade asked her 'why is Gary always shouting'.", "child_seen",
         "not yes"),
        (GIRL, "T/C with mum. Says Jade asked her 'why is Gary always shouting'.",
         "wishes_expressed", "yes"),
        # a note's shorthand for a question put to the child: a quote spoken to "you"
        (BOY, ("Seen in clinic, M present. Kian asked 'who made that mark on your leg?'; he hid "
         "his face."), "wishes_sought", "yes"),
        (BOY, ("Seen in clinic, M present. Kian asked 'who made that mark on your leg?'; he hid "
         "his face."), "wishes_expressed", "not yes"),
        # the parent alone with the child is with the child
        (BOY, "Baby clinic: mum came alone with Kian. Weighed, 7.2kg.", "seen_alone", "no"),
        # what no record shows did not happen
        (BOY, ("Kian was seen at nursery twice; none of the notes records Kian being asked about "
         "home."), "wishes_sought", "not yes"),
        # views under a label that are still to be gathered are a plan
        (BOY, "Core group. Dad and SW present. Kian's views: 'to be sought at next visit'.",
         "wishes_expressed", "not yes"),
        (BOY, "Core group. Dad and SW present. Kian's views: 'to be sought at next visit'.",
         "wishes_sought", "not yes"),
        # "said Leo asleep": the parse's subject after the verb is what was said, not a speaker
        (BOY, "Knocked 14:10. Dad answered, said Kian asleep. Not seen.", "wishes_expressed",
         "not yes"),
        # the child would not speak in the parents' company, and the parent agreed to go
        (BOY, ("Ward round. Kian seen on the ward; he refused to talk with his parents present, "
         "so dad agreed to leave. Kian then said he is 'scared to go home'."), "seen_alone",
         "yes"),
        # a practitioner who did not attend is not the child not brought
        (BOY, ("Home visit to Kian. The interpreter did not attend so an uncle translated. Kian "
         "said school is 'fine'."), "child_seen", "not no"),
        # asleep and left undisturbed is not seen; asleep, looked at, is
        (BOY, "Officers attended. Kian asleep in his bed upstairs - not checked.", "child_seen",
         "no"),
        (BOY, "HV visit. Kian asleep in the moses basket, not woken, seen - pink and settled.",
         "child_seen", "yes"),
        # the parent answering their own phone speaks next
        (BOY, ("No reply at the door. Called dad's mobile - says they are at his sister's with "
         "Kian."), "wishes_expressed", "not yes"),
        # a subjectless "told" with the child's own first-person words
        (BOY, ("Kian walked into the ED alone at 02:00, cut to hand. Told the triage nurse 'I "
         "can't go home tonight'."), "wishes_expressed", "yes"),
        (BOY, "Kian seen in clinic with dad. Told dad to bring him back in a week.",
         "wishes_expressed", "not yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_8(subject, event, flag, expected):
    expect(subject, event, flag, expected)


@pytest.mark.parametrize(
    ("subject", "event", "flag", "expected"),
    [
        # the child joined by the parse to the mother who speaks is not the speaker
        (BOY, "GP review of mum's mood. Discussed Kian - mum says he is 'her little star'.",
         "wishes_expressed", "not yes"),
        # the practitioner's joined verb: the goodbye is the worker's
        (BOY, ("SW spoke to dad in the hall. SW saw Kian briefly before going and said goodbye "
         "to him."), "wishes_expressed", "not yes"),
        # asked to do something and would not: a request the child refused, not his words
        (BOY, "Call with dad. Kian asked to come to the phone but would not.",
         "wishes_expressed", "not yes"),
        # an inverted negation: "on none of them was Kian seen"
        (BOY, "The housing officer made three visits, and on none of them was Kian seen.",
         "child_seen", "no"),
    ],
)  # fmt: skip
def test_structure_mechanisms_9(subject, event, flag, expected):
    expect(subject, event, flag, expected)


def test_a_baby_in_the_entry_of_an_older_child_is_a_sibling():
    older = SubjectNames(names=("Kian",), others=(), sex="male", born=date(2015, 1, 1))
    event = "Home visit. Mum and the baby present, baby weighed. Kian at school."
    assert assess({"event": event, "date": "01/03/2021"}, older)["child_seen"].value != "yes"
    baby = SubjectNames(names=("Kian",), others=(), sex="male", born=date(2020, 12, 1))
    found = assess({"event": event.replace(" Kian at school.", ""), "date": "01/03/2021"}, baby)
    assert found["child_seen"].value == "yes", found["child_seen"].evidence


@pytest.mark.parametrize(
    ("subject", "event", "flag", "expected"),
    [
        # a child's report in quotes is the child's; "reported missing" is said of him
        (BOY, "Kian reported to the school nurse 'mum hit me'.", "wishes_expressed", "yes"),
        (BOY, "Kian reported missing by dad at 22:00.", "wishes_expressed", "not yes"),
        # speaking, with the first-person words a colon introduces
        (BOY, "Kian talked to the TA at break, unprompted: 'I don't want to go home'.",
         "wishes_expressed", "yes"),
        # the child as the antecedent of "who said"
        (BOY, "Nurse sat with Kian, who said 'dad hurt me' twice.", "wishes_expressed", "yes"),
        # words said, then a refusal to say more: the words count
        (BOY, ("Seen at the station with officers only. Kian said 'you don't care' and would not "
         "say more."), "wishes_expressed", "yes"),
        # the content of a question put to the child is not his answer
        (BOY, "Kian was asked whether he wanted to talk about dad.", "wishes_expressed",
         "not yes"),
        # a thing shown with its words quoted is an expression; a plain drawing is not
        (BOY, "Kian showed the SW a picture he had drawn of his house 'where the shouting is'.",
         "wishes_expressed", "yes"),
        (BOY, "Kian showed the SW a picture of a car.", "wishes_expressed", "not yes"),
        # someone named in brackets is an aside, not the speaker of a subjectless "Stated"
        (BOY, ("PC spoke to Kian in the garden (dad in the house). Stated he wants to stay at his "
         "nan's."), "wishes_expressed", "yes"),
        # words sent by message are the child's, though he was not seen
        (BOY, "Kian replied by text: 'leave me alone'.", "wishes_expressed", "yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_10(subject, event, flag, expected):
    expect(subject, event, flag, expected)


@pytest.mark.parametrize(
    ("subject", "event", "flag", "expected"),
    [
        # the carers busy in another room while the contact went on
        (BOY, ("SW did a jigsaw with Kian at the kitchen table while mum chatted to nan in the "
         "lounge. Kian said he misses his dad."), "seen_alone", "yes"),
        (BOY, ("Kian taken to the bedroom by PC Hart while the crew and dad were with mum in the "
         "lounge. Kian said 'is mummy ok?'"), "seen_alone", "yes"),
        # the same room: not away
        (BOY, "SW sat with Kian in the lounge while mum chatted to nan in the lounge.",
         "seen_alone", "not yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_11(subject, event, flag, expected):
    expect(subject, event, flag, expected)


@pytest.mark.parametrize(
    ("subject", "event", "flag", "expected"),
    [
        # seen alone and speaking is sought, unless the words were volunteered or his own question
        (BOY, "Kian seen alone in his room. He said he is 'fed up with the shouting'.",
         "wishes_sought", "yes"),
        (BOY, "Kian seen alone in his room. He volunteered that he is 'fed up with the shouting'.",
         "wishes_sought", "not yes"),
        (BOY, "Dad took a call outside. Kian asked the nurse 'will I have to go home?'",
         "wishes_sought", "not yes"),
        # views that could not be obtained were not sought
        (BOY, "Kian seen in clinic with mum. His views could not be obtained due to his needs.",
         "wishes_sought", "no"),
    ],
)  # fmt: skip
def test_structure_mechanisms_12(subject, event, flag, expected):
    expect(subject, event, flag, expected)


@pytest.mark.parametrize(
    ("subject", "event", "flag", "expected"),
    [
        # the note's own subjectless "Not seen."
        (BOY, ("Tel consult with dad re Kian's rash. Eating and drinking per dad. Not seen - to "
         "book F2F if worse."), "child_seen", "no"),
        (BOY, "Kian seen at the desk with mum. Not seen alone.", "child_seen", "yes"),
        # what an informant or a complaint reports is not a sighting
        (BOY, "Call log: caller (neighbour) reports child screaming next door at 02:00.",
         "child_seen", "not yes"),
        (BOY, "Noise complaint received from neighbour: child crying through the wall nightly.",
         "child_seen", "not yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_13(subject, event, flag, expected):
    expect(subject, event, flag, expected)


@pytest.mark.parametrize(
    ("subject", "event", "flag", "expected"),
    [
        # the child's own going upstairs is not the carer away
        (BOY, ("Knocked, dad answered; Kian seen briefly in the hall behind dad before going "
         "upstairs."), "seen_alone", "not yes"),
        # what a parent "who said" reports is hearsay
        (BOY, "No reply at the door. Phoned mum, who said Kian was 'eating fine'.", "child_seen",
         "not yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_14(subject, event, flag, expected):
    expect(subject, event, flag, expected)


@pytest.mark.parametrize(
    ("subject", "event", "flag", "expected"),
    [
        # "M downstairs": the carer's place, said as a fragment
        (BOY, "Kian seen in his room, dad downstairs. Kian said he is 'fine'.", "seen_alone",
         "yes"),
        # the note's "Kian asked ..." followed by no answer: the question was put to him
        (BOY, ("Met Kian and mum. Kian asked about sleep and school; he shrugged and looked at "
         "mum."), "wishes_sought", "yes"),
        (BOY, "Met Kian and mum. Kian asked about his new school.", "wishes_sought", "not yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_15(subject, event, flag, expected):
    expect(subject, event, flag, expected)


@pytest.mark.parametrize(
    ("subject", "event", "flag", "expected"),
    [
        # a bracketed aside between the child and the verb
        (BOY, "Kian (7, autism, uses Makaton) seen at home with dad.", "child_seen", "yes"),
        # how the child was during a contact is seen: cooperative, responsive, rocking
        (BOY, "Dental check. Kian cooperative in the chair, two fillings.", "child_seen", "yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_16(subject, event, flag, expected):
    expect(subject, event, flag, expected)


@pytest.mark.parametrize(
    ("subject", "event", "flag", "expected"),
    [
        # the practitioner told, with an aside between the saying and the listener
        (STAFFED, "In the reading group Kian said, unprompted, to Miss Ford: 'dad hit mum'.",
         "child_seen", "yes"),
        # a health check the child was not brought to
        (BOY, "18-month review - WNB. Letter sent to rebook.", "child_seen", "no"),
        # the topic of views to be sought is not the child's words
        (BOY, "Strategy meeting. Agreed SW to seek Kian's views about where he wants to live.",
         "wishes_expressed", "not yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_17(subject, event, flag, expected):
    expect(subject, event, flag, expected)


def test_a_child_of_another_age_in_the_entry_is_a_sibling():
    six = SubjectNames(names=("Zofia",), others=(), sex="female", born=date(2015, 1, 1))
    event = "Police attended. 10yo spoken to by officers, said he heard shouting."
    found = assess({"event": event, "date": "01/03/2021"}, six)
    assert found["wishes_expressed"].value != "yes", found["wishes_expressed"].evidence
    same = assess({"event": event.replace("10yo", "6yo"), "date": "01/03/2021"}, six)
    assert same["child_seen"].value == "yes", same["child_seen"].evidence


WARD = SubjectNames(
    names=("Kian",), others=("Mason",), sex="male", adults=(("Darren", ""), ("Shelley", "female"))
)


@pytest.mark.parametrize(
    ("subject", "event", "flag", "expected"),
    [
        # a pronoun after a sentence about the child, a man of no stated sex named in it
        (WARD, ("OT did a feelings chart with him - he coloured Darren in red. He said he wants "
         "Darren gone."), "seen_alone", "not yes"),
        (WARD, ("OT did a feelings chart with him - he coloured Darren in red. He said he wants "
         "Darren gone."), "wishes_expressed", "yes"),
        # a school's time of day is a setting without carers
        (BOY, "Reception teacher: at carpet time Kian said mummy was crying all night.",
         "child_seen", "yes"),
        (BOY, "Reception teacher: at carpet time Kian said mummy was crying all night.",
         "seen_alone", "yes"),
        # a ward's assistant by role: seen with staff once the father had gone
        (BOY, ("Ward obs 13:00-19:00. Kian admitted via ED, #L wrist. Settled with F. F left at "
         "17:00 for work, M not yet arrived. Kian played snap with HCA. At teatime said 'Daddy "
         "twisted it'."), "seen_alone", "yes"),
        # a word to the carer at collection does not put her in the session
        (GIRL, ("Nursery: Jade subdued today, did not want to paint, ate little at lunch. "
         "Collected by Gary at 3pm - staff mentioned to Gary that Jade had been subdued."),
         "seen_alone", "yes"),
        # a nurse's observations with their finding are taken with the child there
        (GIRL, "Night nursing 03:00: Jade asleep, vital signs stable. Gary went home 22:00.",
         "child_seen", "yes"),
        (GIRL, "Night nursing 03:00: Jade asleep, vital signs stable. Gary went home 22:00.",
         "seen_alone", "yes"),
        # a plan in one sentence does not undo a sighting in the next
        (BOY, "SW visited to see Kian. Seen in his bedroom with dad.", "child_seen", "yes"),
        (BOY, "SW to see Kian at school next week.", "child_seen", "not yes"),
        # an adult who went along with the officer was there
        (STAFFED, ("DA incident 02:10. PC Wells went upstairs with the mother to check the "
         "children. Kian and the toddler asleep in a shared room, no injuries visible, not woken."),
         "seen_alone", "not yes"),
        (STAFFED, ("DA incident 02:10. PC Wells went upstairs with the mother to check the "
         "children. Kian and the toddler asleep in a shared room, no injuries visible, not woken."),
         "child_seen", "yes"),
        # asleep, and the practitioner agreed not to disturb: not seen
        (BOY, ("Review at home. Kian asleep in his room per mum - SW agreed not to wake him. "
         "SW to see Kian at school."), "child_seen", "no"),
    ],
)  # fmt: skip
def test_structure_mechanisms_18(subject, event, flag, expected):
    expect(subject, event, flag, expected)


@pytest.mark.parametrize(
    ("subject", "event", "flag", "expected"),
    [
        # a return home interview is held away from home
        (BOY, ("Return home interview by the missing persons worker at McDonalds. Worker explored "
               "where Kian had been; Kian said he stayed at a mate's."), "seen_alone", "yes"),
        # "alone" in the sighting's phrase of time and place
        (BOY, ("Kian was seen on two of the four visits, once alone in the garden, when he said "
               "he misses his dad."), "seen_alone", "yes"),
        # a later sentence: the setting's own staff asked the child, the carer gone
        (GIRL, ("Jade dropped off by Gary at 8.30, Gary said she had a cold. Later in the morning "
                "her key person asked Jade about the mark on her arm."), "seen_alone", "yes"),
        # a "children's worker" is a practitioner; the child and a sibling with them
        (BOY, "Group work. Kian and Mason with the children's worker; dad at key work next door.",
         "child_seen", "yes"),
        (BOY, "Group work. Kian and Mason with the children's worker; dad at key work next door.",
         "seen_alone", "yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_19(subject, event, flag, expected):
    expect(subject, event, flag, expected)


@pytest.mark.parametrize(
    ("subject", "event", "flag", "expected"),
    [
        # "them" after the child and a sibling named together is the pair
        (BOY, ("Met Kian and Mason together at school. Asked them both how weekends at home "
               "feel. Kian shrugged."), "wishes_sought", "yes"),
        # a question about whom the child trusts, answered
        (GIRL, "Seen at youth club. Asked who she trusts. She named her nan.",
         "wishes_sought", "yes"),
        # a carer elsewhere is not time made alone with the child: words volunteered, not sought
        (GIRL, "Home visit. Gary at work. Jade showed me her room and said 'I hate the damp'.",
         "wishes_sought", "not yes"),
        (GIRL, "Jade seen with mum first; mum then left the room. Jade said she wants to see nan.",
         "wishes_sought", "yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_20(subject, event, flag, expected):
    expect(subject, event, flag, expected)


@pytest.mark.parametrize(
    ("subject", "event", "flag", "expected"),
    [
        # in police hands, the name in a custody record's form
        (BOY, ("Custody record: BROWN, Kian (15) arrested possession w/i supply. Appropriate "
               "adult (dad) present for interview. No comment interview."), "child_seen", "yes"),
        # where the child was instead of the meeting
        (BOY, ("Attendance panel with head of year and EWO. Both parents attended. Kian was in "
               "class and did not attend the panel."), "child_seen", "no"),
        (GIRL, ("Jade started at her new school today. Admissions officer met Gary in the office; "
                "Jade waited in the car with her aunt."), "child_seen", "no"),
        # "8/12 F" is the patient's age and sex, not her father; O/E is an examination
        (GIRL, "Hx: 8/12 F, 3/7 cough. O/E alert, chest clear. Bruise L arm noted, Gary said she fell.",
         "child_seen", "yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_21(subject, event, flag, expected):
    expect(subject, event, flag, expected)


@pytest.mark.parametrize(
    ("subject", "event", "flag", "expected"),
    [
        # a pronoun in the question a practitioner asked is the one asked
        (GIRL, ("Visit to nan's. Nan stayed in the kitchen while SW sat with Jade in the garden. "
                "SW asked how she was feeling; she said she likes it here."),
         "wishes_expressed", "yes"),
        # the parse hangs "and gave an account" on the question's "what happened"
        (BOY, ("ABE at the suite. Dad waited outside. Kian was asked about what happened and gave "
               "a clear account of the assault."), "wishes_expressed", "yes"),
        # "no comment" is a refusal to answer, not the child's views
        (BOY, ("Kian interviewed under caution with solicitor and AA. He answered 'no comment' to "
               "every question."), "wishes_expressed", "no"),
        # a room shared is not words shared; worries shared are
        (GIRL, "Tenancy check. Mould in the box room which Jade shares with Hana.",
         "wishes_expressed", "not yes"),
        (GIRL, "Jade shared her worries about Gary with the mentor.", "wishes_expressed", "yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_22(subject, event, flag, expected):
    expect(subject, event, flag, expected)


@pytest.mark.parametrize(
    ("subject", "event", "flag", "expected"),
    [
        # a visit still to come
        (BOY, "Strategy discussion. S47 agreed. Joint visit to Kian at school 09:30 tomorrow.",
         "child_seen", "not yes"),
        # a carer who followed the officers came along
        (GIRL, ("Officers went upstairs and looked in on Jade, asleep in her bed. Mother followed "
                "officers upstairs."), "seen_alone", "not yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_23(subject, event, flag, expected):
    expect(subject, event, flag, expected)


MILLIE = SubjectNames(names=("Millie", "Millie Dyer", "MD"), others=("Tom",), sex="female")
FRANK = SubjectNames(names=("Frank",), others=(), sex="male", adults=(("Rosa", "female"),))


@pytest.mark.parametrize(
    ("subject", "event", "flag", "expected"),
    [
        # a note's "w/" is "with": the carer came, so not alone
        (BOY, "Clinic appt. Seen w/ dad. O/E chest clear. Dad given advice.", "seen_alone", "no"),
        # but "w/c" (week commencing) is no one
        (BOY, "Kian seen at school w/c 4th by SW on his own.", "seen_alone", "yes"),
        # a "Plan:" heading is still to come
        (BOY, "Attended with mum. Plan: see Kian alone next time.", "seen_alone", "not yes"),
        (BOY, "Plan - visit Kian at home next week.", "child_seen", "not yes"),
        # the child's own "M" when the entry calls the mother "mum" and never "Millie"
        (MILLIE, "Mum went to reception - M seen alone, says things are OK.", "seen_alone", "yes"),
        (MILLIE, "Mum went to reception - M seen alone, says things are OK.", "child_seen", "yes"),
        # but not when the child is written by name: "M" is then the mother
        (MILLIE, "Millie seen in clinic. M said Millie sleeps badly.", "wishes_expressed",
         "not yes"),
        # a carer busy in another room than the child's
        (BOY, "Home visit. Dad washed up in the kitchen; SW sat with Kian in the bedroom.",
         "seen_alone", "yes"),
        # the parse's room on the next verb: "stayed in lounge - asked"
        (GIRL, "Spoke to Jade in the garden while Gary stayed in lounge - asked about school.",
         "seen_alone", "yes"),
        # "waiting time" is a wait, not a place
        (BOY, "Kian attended with mum. Mum asked about the waiting time.", "seen_alone", "no"),
        # a question put to the child, and the answer after it
        (BOY, "Kian asked re the bruise - says he fell at football.", "wishes_sought", "yes"),
        (BOY, "Kian asked about home - no response, turned away.", "child_seen", "yes"),
        # a carer not come yet, or not to be had
        (BOY, "Officer with Kian in A&E, mother on her way. Kian asked what happened.",
         "seen_alone", "yes"),
        (BOY, "Kian seen in custody suite. Parents not contactable.", "seen_alone", "yes"),
        # a call in the child's own account is not this contact
        (BOY, "PC sat with Kian in the car. Kian stated he did not want his dad phoned.",
         "child_seen", "yes"),
        # one carer not present says nothing of the other
        (FRANK, "HV visit. Went up with mum to see Frank in his cot. Dad not present.",
         "seen_alone", "not yes"),
        # the caller was where the child was
        (BOY, "Call from mother, Kian fitting. Crew attended, examined Kian. Conveyed.",
         "seen_alone", "not yes"),
        # a refusal in one sentence, a wish stated in another
        (BOY, "Kian asked where he had been - would not say. Later said he wants to go home.",
         "wishes_expressed", "yes"),
        # but what a group said is not the child's own
        (BOY, "Saw Kian and Mason. They both want to live with nan. Kian said nothing.",
         "wishes_expressed", "not yes"),
        # an unprompted disclosure, the note saying no question was put
        (BOY, "Dad went to the shop. Kian told the TA dad hits him. Not questioned further.",
         "wishes_sought", "not yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_24(subject, event, flag, expected):
    expect(subject, event, flag, expected)


def test_a_w_slash_keeps_the_evidence_in_the_entrys_own_words():
    found = assess({"event": "Seen w/ mum at the clinic."}, BOY)["seen_alone"]
    assert found.value == "no" and "w/ mum" in found.evidence


def test_a_purpose_of_a_negated_act_did_not_happen():
    event = (
        "Officers looked in on Kian, who was asleep, but did not wake him to check for marks or "
        "to ask him about the incident."
    )
    assert assess({"event": event}, BOY)["wishes_sought"].value != "yes"


def test_not_possible_to_see_alone_is_seen_not_alone_in_its_own_words():
    found = assess(
        {
            "event": "Kian attended with dad. Not possible to see him alone - dad insisted on staying."
        },
        BOY,
    )
    assert found["child_seen"].value == "yes"
    assert found["seen_alone"].value == "no"
    assert "Not possible to see him alone" in found["seen_alone"].evidence


# The case's other people by their full names, so their initials can be read.
BLAKELEY = SubjectNames(
    names=("Connor Blakeley", "Connor", "C"),
    others=("Kyle Blakeley", "Kyle"),
    sex="male",
    adults=(("Lisa Blakeley", "female"), ("Lisa", "female"), ("Sandra Wood", "female")),
    professionals=("Sam Okoro",),
)


@pytest.mark.parametrize(
    "subject, event, flag, expected",
    [
        # the case's people by their initials; initials that are a practitioner's word are not
        (BLAKELEY, "LB & KB present. Connor came down and stood in the doorway.", "seen_alone", "no"),
        (BLAKELEY, "Connor seen at school. SW asked how things were at home; he shrugged.",
         "wishes_sought", "yes"),
        # time alone turned down, or asked about, is not time alone; the offer is a question
        (BOY, "HV. Seen w/ mum. Kian declined 1:1. Minimal engagement.", "seen_alone", "no"),
        (BOY, "HV. Seen w/ mum. Kian declined 1:1. Minimal engagement.", "wishes_sought", "yes"),
        (BOY, "Kian & mum seen. Asked Kian if he wanted to talk privately - declined.",
         "seen_alone", "no"),
        (BOY, "Kian seen w/ mum. Declined to be seen alone.", "seen_alone", "no"),
        # a practitioner's wish or an agreed try is still to come
        (BOY, "SW rang - wants to do some direct work w/ Kian in school.", "child_seen", "not yes"),
        (BOY, "Saw Kian at home w/ mum. Agreed SO to try 1:1 at the office.", "seen_alone", "no"),
        # "Try to see him alone next time" is a plan, not a failure that says he was with mum
        (BOY, ("Mum in kitchen. Sat w/ Kian in lounge, asked about school. Try to see Kian on "
          "his own next time."), "seen_alone", "yes"),
        # a sibling's company is not the child's
        (BOY, "Saw Kian in his bedroom w/ interpreter only. Mason seen in lounge w/ mum.",
         "seen_alone", "yes"),
        # a carer in a verbless phrase of their own, or one of a pair of carers, away
        (BOY, "Kian seen w/ Mason, mum elsewhere in house.", "seen_alone", "yes"),
        (BOY, "IRO spoke to Kian in the kitchen while me & mum were outside.", "seen_alone", "yes"),
        (BOY, "Kian and mum were outside when SW arrived.", "seen_alone", "no"),
        # the caller's question is put to the writer, not the child
        (BOY, "SW rang - asked if Kian has a breakfast club place.", "wishes_sought", "not yes"),
        # a mark looked at on the child
        (BOY, "08:15 drop off - bruise noted to Kian's L cheek. Body map done.", "child_seen", "yes"),
        (BOY, "Mum said bruise noted to Kian's arm by nursery.", "child_seen", "not yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_25(subject, event, flag, expected):
    expect(subject, event, flag, expected)


@pytest.mark.parametrize(
    "subject, event, flag, expected",
    [
        # another agency's news: its visit, its time alone, not this contact's; the words count
        (BOY, "Update from SW: Kian seen alone, gave account of fall.", "child_seen", "not yes"),
        (BOY, "Update from SW: Kian seen alone, gave account of fall.", "seen_alone", "not yes"),
        (BOY, "Feedback from school: Kian seen by DSL, said 'I'm fine'.", "wishes_expressed", "yes"),
        (BOY, "Police log. Update from SW: saw Kian at home w/ mum.", "child_seen", "not yes"),
        # the carer still to come is the one who came later: the time before was alone
        (BOY, "Mum en route. Kian examined, asked how he got hurt - 'I fell'. Mum arrived 1400.",
         "seen_alone", "yes"),
        (BOY, "Mum en route. On arrival mum present throughout; Kian examined.", "seen_alone", "no"),
        # a police car with the child and no carer in it
        (BOY, "PC collected, spoke w/ Kian in police vehicle en route home. Returned to mum.",
         "seen_alone", "yes"),
        (BOY, "The officer who drove him home asked Kian why he ran; he said dad shouts.",
         "seen_alone", "yes"),
        (BOY, "Officers drove mum and Kian home in the police car.", "seen_alone", "not yes"),
        # a letter, or a caller, passing on what others saw; a call that brought the crew is not
        (BOY, "Letter from paediatrician: Kian seen alone at clinic, no concerns. Filed.",
         "child_seen", "not yes"),
        (BOY, "Initial account: call from DSL - Kian disclosed to TA that dad hits him.",
         "child_seen", "not yes"),
        (BOY, "Initial account: call from DSL - Kian disclosed to TA that dad hits him.",
         "wishes_expressed", "yes"),
        (BOY, "999 call from mother - crew attended, Kian seen in lounge, alert.", "child_seen", "yes"),
        # "by phone" however the parse hangs it
        (BOY, "Spoke to MGM by phone - Kian has had 2 good weeks, MGM feels no support needed.",
         "child_seen", "not yes"),
        # a phone call passing on another's visit; a crew or officers who went are this contact
        (BOY, "T/C from HV. She visited today, Kian seen playing in lounge, no concerns.",
         "child_seen", "not yes"),
        (BOY, "Call from neighbour. Officers located mum in park; Kian seen in buggy, warm.",
         "child_seen", "yes"),
        # no one saw him; a sighting the writer was not sure of; a check no one came to
        (BOY, "No health professional saw Kian for seven months.", "child_seen", "not yes"),
        (BOY, "No answer at home, poss saw Kian at window.", "child_seen", "not yes"),
        (BOY, "The officer believed he saw Kian at an upstairs window.", "child_seen", "not yes"),
        (BOY, "Planned young carer check with Kian - absent. Message left for parents.",
         "child_seen", "not yes"),
        (BOY, "Check with Kian in school - he said all fine at home.", "child_seen", "yes"),
        # the child's drawing and words in one sentence, no answer to a later question in another
        (BOY, ("Kian drew mum & the cat; drew Dad then scribbled over him. Asked why - Kian didn't "
              "answer, went back to sand tray."), "wishes_expressed", "yes"),
        (BOY, "Kian asked why - didn't answer.", "wishes_expressed", "no"),
        # a choice not to attend is not a refusal to speak
        (BOY, ("IRO met Kian on his own; he asked to see his nan weekly. He chose not to attend the "
              "meeting."), "wishes_expressed", "not no"),
        (BOY, "Kian seen in class. He chose not to talk about home.", "wishes_expressed", "no"),
        # the child's drawing looked at is not the child seen; a dad drawn out is not a carer away
        (BOY, "DSL reviewed Kian's drawing (dad scribbled out). Spoke to mum at pick up.",
         "child_seen", "not yes"),
        (BOY, "Teacher looked at Kian's drawing, dad crossed out.", "seen_alone", "not yes"),
        (BOY, "Nurse examined Kian's arm - bruise 2cm.", "child_seen", "yes"),
        # a tool for the child's views, whoever the sentence names first; not undone, not a parent's
        (BOY, "Kian was invited by the learning mentor to complete an 'All About Me' sheet.",
         "wishes_sought", "yes"),
        (BOY, "Nurse completed CSE screening tool with Kian: he said his 'mate' is 24.",
         "wishes_sought", "yes"),
        (BOY, "SW did not complete the wishes and feelings booklet with Kian.", "wishes_sought",
         "not yes"),
        (BOY, "Mum filled in the questionnaire with Kian at home.", "wishes_sought", "not yes"),
        # a question and its answer with the speaker left out, after a sentence naming the child
        (BOY, ("Spoke with Kian alone after M stepped out. Asked about home and school; reports "
              "bullying online."), "wishes_expressed", "yes"),
        (BOY, "Worked through a safety map with Kian. Asked who he trusts - he named his nan.",
         "wishes_expressed", "yes"),
        (BOY, "Kian triaged, laceration glued. M arrived later. Pt not wanting police involvement.",
         "wishes_expressed", "yes"),
        (BOY, "Named nurse attended strategy meeting re Kian. Kian not present.",
         "wishes_expressed", "not yes"),
        # a practitioner's quoted question or prompt, the child answering next
        (BOY, "Kian told KP 'I sleep in the car'. KP said 'tell me more' and Kian said 'it's cold'.",
         "wishes_sought", "yes"),
        (BOY, "SW asked 'how do you feel about going home?'. Kian shrugged.", "wishes_sought", "yes"),
        (BOY, "SW said 'what support do you need?' Mum said she is fine. Kian playing.",
         "wishes_sought", "not yes"),
        # a refusal to answer, its speaker left out, answers a question put to the child; not
        # when another agency passes it on
        (BOY, ("Victim statement taken from Kian with M as appropriate adult. Declined to name "
              "suspects."), "wishes_sought", "yes"),
        (BOY, "Kian stopped and searched. Asked to account for the cash - gave no account.",
         "wishes_sought", "yes"),
        (BOY, "Call from school DSL: Kian came in with a cut lip and refused to say how.",
         "child_seen", "not yes"),
        (BOY, "Mum declined to give details of her partner.", "wishes_sought", "not yes"),
        # an "on his own" the word rules did not reach, on a seeing verb; not a way of living
        (BOY, ("Kian asked for his foster carer to stay for the first part and was then seen on "
              "his own, when he was asked about school."), "seen_alone", "yes"),
        (BOY, "Kian lived alone in supported accommodation. He was seen twice by his adviser.",
         "seen_alone", "not yes"),
        # spoken to through a shut door is heard, not seen; seen through a glass door is seen
        (BOY, "Kian stayed in his bedroom, door shut - SW spoke to him through the door.",
         "child_seen", "not yes"),
        (BOY, "Tenancy visit. Officer saw Kian through the patio door, playing in the garden.",
         "child_seen", "yes"),
        # views that could not be had were not sought; a question asked in quotes, speaker left out
        (BOY, "Observed Kian in class with TA. Unable to ascertain Kian's views.", "wishes_sought",
         "not yes"),
        (BOY, "Feelings symbols offered and asked 'how do you feel at home' - Kian did not engage.",
         "wishes_sought", "yes"),
        # a child's sign is their words; a parent signing a form is not
        (BOY, "Seen in class with TA. Kian signed 'no' (Makaton) when asked about bedtime.",
         "wishes_expressed", "yes"),
        (BOY, "Kian seen. Mum signed the consent form.", "wishes_expressed", "not yes"),
        # a sighting before the news is this contact's
        (BOY, "Kian seen alone in his room. Update from SW: parents separated.",
         "child_seen", "yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_26(subject, event, flag, expected):
    expect(subject, event, flag, expected)


@pytest.mark.parametrize(
    ("agency", "event", "flag", "expected"),
    [
        # a school's or nursery's own record of the child in the day: no carer was there
        ("Nursery", "Kian happy today, played outside with friends.", "seen_alone", "yes"),
        ("Primary school", "Leo in class today, joined in at PE and ate all his lunch.",
         "seen_alone", "yes"),
        # ... but not when a carer is named there, or the record is of a home visit
        ("Nursery", "Kian had a good morning; mum stayed for the first hour to settle him.",
         "seen_alone", "not yes"),
        ("School", "Home visit: Leo seen in the lounge, playing on his tablet.", "seen_alone",
         "not yes"),
        # the same words from an agency that does not have the child in its own setting
        ("GP", "Kian happy today, played outside with friends.", "seen_alone", "not yes"),
        # a child come upon with nobody looking after them
        ("Police", ("Officers attended 23:10. Kian found home alone, watching TV. No adult at the "
         "address until 00:05."), "seen_alone", "yes"),
        ("Police", "PCSO located Leo on his own by the canal at 21:40 and took him home.",
         "seen_alone", "yes"),
        # ... not a carer's account of another time
        ("Children's social care", ("Home visit, Leo seen with mum. Mum said she had found Leo "
         "alone on the landing one night last month."), "seen_alone", "not yes"),
        # a carer phoned during a contact that saw the child: the call was hers
        ("Police", ("MISPER Leo (15) located in the park with two older males. Asked where he had "
         "been - would not say. Mother informed by phone, to meet at hospital."), "child_seen",
         "yes"),
        # a query mark inside a call-out heading does not end its sentence
        ("Ambulance", ("Call 23:05 re ?seizure, ?head injury per caller (dad). On arrival Kian on "
         "the sofa, alert, crying."), "child_seen", "not no"),
        # the child's words with "alone" in them are not the contact's time alone
        ("Police", ("Kian located in the park by officers. Asked what had happened, would not say, "
         "'just leave me alone'."), "seen_alone", "not no"),
        # a carer who would not come
        ("Police", ("Leo (15) arrested for theft, taken to custody. Mother refused to attend. Leo "
         "interviewed with AA, said he was sorry."), "seen_alone", "yes"),
        ("Police", ("Leo (15) in custody, mother refusing to attend. Leo spoken to by custody "
         "sergeant."), "seen_alone", "yes"),
        # turning down an offer of time alone
        ("CAMHS", "Leo seen with mum. He declined the offer to be seen alone.", "seen_alone",
         "no"),
        # answering questions with shrugs: asked, but no view given
        ("CAMHS", "Leo seen with mum, hood up, answered questions about his mood with shrugs only.",
         "wishes_sought", "yes"),
        ("CAMHS", "Leo seen with mum, hood up, answered questions about his mood with shrugs only.",
         "wishes_expressed", "not yes"),
        # a carer asked to step out, and one who would not go
        ("Hospital", ("Leo examined in cubicle. Mum asked to step out; Leo then asked about the "
         "bruise, said dad did it."), "seen_alone", "yes"),
        ("Hospital", "Leo seen with mum. Mum asked to wait outside but refused, stayed throughout.",
         "seen_alone", "not yes"),
        # a carer who took the practitioner to the child went too
        ("Health visiting", ("Review of both boys. Mason seen + weighed in lounge w/ nan. Dad took "
         "HV upstairs to see Leo asleep in cot - pink, breathing easily, not disturbed as dad "
         "asked."), "seen_alone", "not yes"),
        # "on our own": the practitioner and the child
        ("YOT", "Home visit. Leo and I talked on our own in his room while nan watched TV.",
         "seen_alone", "yes"),
        # the carer not spoken to alone is not the child
        ("Health visiting", ("Handover from midwife re baby Leo: mum not spoken to alone, "
         "concerns re partner."), "child_seen", "not yes"),
        # the last time the child came, in a record of a day they did not
        ("School", ("Leo not in today, no call from mum. Rang mum twice, no answer. Last attended "
         "Wed 2/10, tired and quiet, fell asleep at story time."), "child_seen", "no"),
        # a telephone interpreter for the parent does not make the contact a call
        ("CAMHS", ("Appt. Seen with mum (Urdu interpreter by phone for mum) for first half, then "
         "Leo on his own. Asked what would help - wants a school counsellor."), "child_seen",
         "yes"),
        # "sis" is a sister, whose wishes are not the child's
        ("YOT", "Home visit, Leo seen with nan. Sis (12) chatty, says she wants to go back to mum's.",
         "wishes_expressed", "not yes"),
        # a carer asked to step out, though the child still would not answer
        ("Hospital", ("Triage. Leo (15) intoxicated, brought by police. Mum arrived 03:40. Asked re "
         "substances - declined to answer in front of mum. Mum asked to step out, Leo still "
         "declined."), "seen_alone", "yes"),
        # a young carer is a child, not a carer
        ("School nursing", ("Referral from SW - ?young carer. Leo (10) seen in the medical room. "
         "Asked how things are at home, said 'fine'."), "seen_alone", "yes"),
        # a carer who travelled apart from the child, and one who went with him
        ("Ambulance", ("Mother on scene, distressed. Pt Leo 15 conveyed to ED, mother followed in "
         "own vehicle. En route pt stated he wanted to die."), "seen_alone", "yes"),
        ("Ambulance", "Leo conveyed to ED with mum; dad made his own way.", "seen_alone",
         "not yes"),
        # "before school" is a time, not where the child was
        ("GP", "Leo seen in clinic; pain comes on before school.", "seen_alone", "not yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_27(agency, event, flag, expected):
    result = assess({"event": event, "agency": agency}, BOY)[flag]
    _expect(result, expected)


@pytest.mark.parametrize(
    ("agency", "event", "flag", "expected"),
    [
        # an officer's action in a note's subjectless participle, or after the child named as
        # the note's heading: the child was in front of the officers, no carer named there
        ("Police", ("MISPER: LEO (16) reported missing by mother at 23:00. Located 03:10 in a car "
         "with two adult males. Returned home by officers."), "seen_alone", "yes"),
        ("Police", ("Stop & search: Leo (17) stopped on Coldharbour Lane with known nominals. "
         "Asked to account for the cash - no account."), "seen_alone", "yes"),
        ("Police", "Leo reported missing. Located 02:00 at the bus station by PC 123.",
         "child_seen", "yes"),
        # the verb has its own object, or another child could be the one acted on
        ("Police", "Stopped the car on Elm Rd. Leo in the back seat with mum.", "seen_alone",
         "not yes"),
        ("Police", "Leo and Mason reported missing by mum. Located at the bus station.",
         "seen_alone", "not yes"),
        ("Police", "Leo (7) stopped crying when mum came in.", "seen_alone", "not yes"),
        # the one who reported the child missing was not where the child was found; "home" the
        # child was taken to is not where the contact was
        ("Police", ("Leo (15) reported missing by mum. Found by PC 4471 at the skate park, spoken "
         "to, would not say where he had been. Taken home."), "seen_alone", "yes"),
        ("Police", "Leo (15) found by PC 4471 at home with mum, spoken to.", "seen_alone",
         "not yes"),
        # news passed on, after a time, by phone, or a paper that came in: others' sightings
        ("Children's social care", ("09:41 Contact from DSL. Leo presented with bruising, "
         "told class teacher that Dean grabbed him."), "child_seen", "not yes"),
        ("Children's social care", ("MASH contact 17:32 by phone from GP. Leo seen at surgery "
         "today, seen on his own for part."), "seen_alone", "not yes"),
        ("Health visiting", ("Midwifery discharge summary recieved re PN visit - baby Leo weighed, "
         "no concerns."), "child_seen", "not yes"),
        # a meeting of professionals tells of the earlier visit; the child's words still count
        ("Children's social care", ("Strategy meeting (2) 14/09. Update: joint visit completed "
         "12/09 - Leo spoken to away from mum, said he wants to stay at nan's."), "child_seen",
         "not yes"),
        ("Children's social care", ("Strategy meeting (2) 14/09. Update: joint visit completed "
         "12/09 - Leo spoken to away from mum, said he wants to stay at nan's."),
         "wishes_expressed", "yes"),
        ("Police", "Ref 24/118. 11:00 Strat disc (MASH). Leo made an account to his teacher.",
         "child_seen", "not yes"),
        # unless the child came to it, or the entry is a visit after one
        ("Children's social care", ("Review child protection conference. Leo attended the first "
         "part with his advocate and said he wanted the plan to end."), "child_seen", "yes"),
        ("Children's social care", "Visit following strat disc: Leo seen alone in his room.",
         "seen_alone", "yes"),
        # a notification received, after a date and a time; supervision is a meeting too
        ("Children's social care", ("15/02/16 10:15 Contact rec'd from ward safeguarding. "
         "Overnight Leo said to nurse that Dean pushed him."), "child_seen", "not yes"),
        ("School", ("Op Encompass notification rec'd 08:15 - police attended home last night, "
         "Leo was present."), "child_seen", "not yes"),
        ("Children's social care", ("Supervision KD/MF re Leo. MF saw Leo at home yest but he "
         "would not be seen alone."), "child_seen", "not yes"),
        ("Sexual health", ("Discussed by CNS at safeguarding supervision 4/10: Leo attended "
         "alone 3/10, does not want mum told."), "seen_alone", "not yes"),
        ("Contact centre", "Contact supervision session: Leo seen with mum, happy.", "child_seen",
         "yes"),
        # a carer's staying that began with a return came after the time without them
        ("Hospital", ("While Dean had left the ward to smoke, the nurse sat with Leo and asked how "
         "he was feeling. Dean returned 02:40 and remained at the bedside."), "seen_alone", "yes"),
        ("Hospital", "Mum returned from the shop and stayed while the nurse saw Leo.",
         "seen_alone", "not yes"),
        ("Probation", ("Video supervision (Teams). Leo came into shot for approx 1 min and said "
         "hi."), "child_seen", "yes"),
        # a chance taken to talk with the child is done, not planned
        ("Hospital", ("The nurse used the short period when Dean was away from the bedside to "
         "talk with Leo on his own."), "seen_alone", "yes"),
        ("Social care", "SW to take the opportunity to see Leo alone next visit.", "child_seen",
         "not yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_28(agency, event, flag, expected):
    result = assess({"event": event, "agency": agency}, BOY)[flag]
    _expect(result, expected)


# A child whose grandmother has another surname, as case.yaml gives the family.
GRANDSON = SubjectNames(
    names=("Kayden Mayhew", "Kayden"),
    others=("Lacey Mayhew", "Lacey"),
    sex="male",
    adults=(("Pauline Hirst", "female"), ("Pauline", "female"), ("Dean Mayhew", "male")),
)


@pytest.mark.parametrize(
    ("event", "flag", "expected"),
    [
        # an adult by her surname alone, as police logs write it
        (("Joint visit to home address of HIRST Pauline (MGM). HIRST co-operative. KAYDEN spoken "
          "to in his bedroom by DC and SW, HIRST remained downstairs with LACEY."), "seen_alone",
         "yes"),
        ("Kayden seen in the lounge, Hirst present throughout.", "seen_alone", "no"),
        # a surname the child shares with an adult could be his: not read as the adult's
        ("MAYHEW Kayden seen in the lounge. Spoken to alone.", "seen_alone", "yes"),
        # lower case is a word, not the surname
        ("Kayden seen at the town hall with his class.", "child_seen", "yes"),
        # the police role the entry binds to the child: the detained person, the injured party
        (("CUSTODY RECORD NT/24/871 MAYHEW, Kayden - AGE 15 - JUVENILE. 23:41 ARRIVAL - "
          "arrested 22:50. DP asked how he is feeling - 'just want to sleep'. 23:58 Tel to "
          "Pauline x2 - no reply, VM left."), "child_seen", "yes"),
        (("Custody. DP 15 yrs - juvenile. DP volunteered 'that's from Dean'. 22:10 Pauline "
          "contacted by phone - declined to attend."), "wishes_expressed", "yes"),
        (("CR 22/447 update. IA obtained from IP (Kayden M, 9) w/ CSC, TA present as supporter. "
          "IP happy to do ABE."), "child_seen", "yes"),
        # bound to an adult, the role is the adult's
        ("Custody. DP Dean MAYHEW booked in 22:00, intoxicated. Kayden at home with Pauline.",
         "child_seen", "not yes"),
        # the entry's own form fields are the agency's answer
        (("Contact type: Home visit - unannounced Child seen: Yes Child seen alone: No Who was "
          "present: Pauline"), "seen_alone", "no"),
        # a carer the child would not let go, or holding the child, was there
        (("Kayden very clingy, would not let Pauline leave the room or get down from her lap - "
          "examined on Pauline's knee."), "seen_alone", "no"),
        # another carer away is not the one who was with the child
        ("Kayden seen with Pauline; Dean waited in car.", "seen_alone", "no"),
        ("Kayden seen with Pauline. Pauline then left the room, Kayden asked about home.",
         "seen_alone", "yes"),
        # "not spoken to" in a sentence about another child or an adult is not about him
        (("Kayden seen alone in his bedroom. Did Three Houses with K. Lacey seen in lounge, "
          "appeared well, not spoken to on her own."), "wishes_sought", "yes"),
        (("IA obtained from Kayden at school, said he wants to stay at nan's. Susp Dean not "
          "spoken to."), "wishes_expressed", "yes"),
        ("Kayden seen with Pauline, not spoken to.", "wishes_sought", "no"),
        # a wish about a person or a home said as a refusal, and direct work's naming
        ("Custody record read: Kayden didnt want Pauline in interview.", "wishes_expressed",
         "yes"),
        ("Email rec'd from refuge worker: Kayden clear he doesn't want contact with Dean.",
         "wishes_expressed", "yes"),
        ("Call from SW - Kayden named Mr Bains as one of his 'good things'.", "wishes_expressed",
         "yes"),
        ("Kayden quiet in class, didn't want to go out at break, stayed in with TA.",
         "wishes_expressed", "not yes"),
        # the caller who brought the officers was with the child, whoever else had gone
        (("Female caller (Pauline HIRST) reports Dean banging on the door, drunk. PCs attended "
          "00:09. Dean had left. Kayden seen asleep in bedroom."), "seen_alone", "not yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_29(event, flag, expected):
    result = assess({"event": event, "agency": "Police"}, GRANDSON)[flag]
    _expect(result, expected)


# A girl with a younger brother, her mother and the mother's partner.
ERIN = SubjectNames(
    names=("Erin Walsh", "Erin", "EW"),
    others=("Cody Walsh", "Cody"),
    sex="female",
    adults=(
        ("Tanya Walsh", "female"),
        ("Tanya", "female"),
        ("Lee Carter", "male"),
        ("Lee", "male"),
    ),
)


@pytest.mark.parametrize(
    ("agency", "event", "flag", "expected"),
    [
        # a carer in one room and the child in another
        ("Health visiting", ("Tanya in the kitchen washing up for most of the visit; Erin built "
         "a tower in the lounge with HV."), "seen_alone", "yes"),
        ("Health visiting", "Tanya in the kitchen with Erin. Erin played in the kitchen.",
         "seen_alone", "not yes"),
        # a carer gone off the ward, or out before the check was over
        ("Hospital", ("Lee went off ward for a smoke at 21:10. Nurse sat with Erin and asked how "
         "she was feeling."), "seen_alone", "yes"),
        ("Midwifery", ("Erin weighed. Tanya there for the start of the check, went out before I "
         "had finished."), "seen_alone", "yes"),
        ("Voluntary sector", ("Present: Erin; Tanya for the first half hour - left 10:30 for "
         "work."), "seen_alone", "yes"),
        ("Police", "Tanya has a swollen left eye. Erin asleep, looked in on from the doorway.",
         "seen_alone", "not yes"),
        ("Health visiting", "Cody came in, asked Tanya for juice and left. Lee sat with Erin.",
         "seen_alone", "not yes"),
        # what the mother maintains is her account, not who was there
        ("Social care", ("Erin seen in her cot. Tanya not on the ward at the time. Tanya "
         "maintains Lee was looking after Erin that night."), "seen_alone", "yes"),
        # a carer who came only at the end of the contact
        ("Youth service", ("Worker chatted with Erin about her week. Tanya turned up at the end "
         "of the session to collect her."), "seen_alone", "yes"),
        ("Youth service", "Erin seen with Tanya. Lee arrived part way through.", "seen_alone",
         "no"),
        ("Youth service", "Erin talked with the worker - just me and her, others outside.",
         "seen_alone", "yes"),
        # a carer's own business meanwhile is not the contact
        ("Refuge", ("Erin was seen by the children's worker while her mother attended a group "
         "downstairs."), "child_seen", "yes"),
        # a carer's phone call is not the practitioner's
        ("School", ("Spoke to Erin with the DSL present - Tanya rang 11:40, on her way. Asked how "
         "she was feeling."), "child_seen", "yes"),
        # a child not seen has no time alone
        ("CAMHS", "Video appt - Erin kept her camera off. Tanya joined at the end.", "seen_alone",
         "not yes"),
        # papers and calls that came in pass on another's sighting
        ("GP", ("12/04/23 Letter scanned - school nurse: Erin attended drop-in alone, said she is "
         "fed up at home."), "child_seen", "not yes"),
        ("GP", "12.4.23 - 10.05. Correspondence in - CAMHS: Erin seen 03/04 with Tanya.",
         "child_seen", "not yes"),
        ("School", ("14/4/23 Phone call received from social care - Erin was seen by the duty "
         "worker last night at home."), "child_seen", "not yes"),
        ("Social care", ("Received contact record from the family centre: Erin upset at the "
         "end, clung to Tanya."), "child_seen", "not yes"),
        ("Police", ("MFH ref 23/0411 - RHI summary rec'd from charity. Erin told worker she was "
         "at a friend's."), "child_seen", "not yes"),
        # seen, but not apart from the carers
        ("IMR author", "Erin was not seen apart from the adults looking after her.",
         "child_seen", "yes"),
        ("IMR author", "Erin was not seen apart from the adults looking after her.",
         "seen_alone", "no"),
        # a carer by her first name's capital alone, busy on her own phone
        ("Early help", ("T on the phone to the council for most of the visit. Sat with Erin at "
         "the table, did her reading. While T was out in the hall Erin drew her family."),
         "child_seen", "yes"),
        ("Early help", ("T on the phone to the council for most of the visit. Sat with Erin at "
         "the table, did her reading. While T was out in the hall Erin drew her family."),
         "seen_alone", "yes"),
        # no carer came, or the carers were in a meeting of their own
        ("Hospital", "21:40 Arr by ambulance, UNACCOMPANIED. On arrival Erin alert, obs stable.",
         "seen_alone", "yes"),
        ("Hospital", ("While her mother and Lee were in the meeting Erin was in the ward "
         "playroom with the play specialist."), "seen_alone", "yes"),
        ("Hospital", ("While her mother and Lee were in the meeting Erin was in the ward "
         "playroom with the play specialist."), "child_seen", "yes"),
        ("Hospital", "Play session. Just Erin and me, other children on and off.", "seen_alone",
         "yes"),
        ("Leaving care", "Erin met the PA in a cafe of her choosing. They met on their own.",
         "seen_alone", "yes"),
        ("School", "Erin opened the door; Tanya at home but stayed upstairs and shouted down.",
         "seen_alone", "not no"),
        # but a teacher's initial after her title is not the family's Tanya
        ("School", "Miss T asked Erin about her picture; Erin said it was her nan's house.",
         "seen_alone", "yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_30(agency, event, flag, expected):
    result = assess({"event": event, "agency": agency}, ERIN)[flag]
    _expect(result, expected)


# Mechanisms from the sample's own chronology and the model's guesses, in our own wording.
@pytest.mark.parametrize(
    ("agency", "event", "flag", "expected"),
    [
        # where the child was held, then how they looked: the crew saw her
        ("ambulance", "Crew on scene. Erin on Tanya's lap, pale and sleepy.", "child_seen", "yes"),
        ("ambulance", "Crew on scene. Erin in the cot, crying loudly.", "child_seen", "yes"),
        # "children in the household": a household, not the house she was seen in
        (
            "probation",
            "Rang duty desk to check whether children in the household were known.",
            "child_seen",
            "not yes",
        ),
        # a question about what a service holds is not a question put to the child
        (
            "children's social care",
            "Health visitor asked whether Erin was already known to the team. Told no.",
            "wishes_sought",
            "not yes",
        ),
        (
            "children's social care",
            "Worker asked if the family were open to early help; they were not.",
            "wishes_sought",
            "not yes",
        ),
        # a carer who did not know of the contact was not in it
        (
            "school",
            "Mentor saw Erin in the library with her TA (Tanya not aware yet).",
            "seen_alone",
            "yes",
        ),
        ("school", "Erin seen in class. Lee has not been told.", "seen_alone", "yes"),
        (
            "health visiting",
            "Saw Erin with Tanya, who was not aware of the mark.",
            "seen_alone",
            "no",
        ),
        # still a question to her
        (
            "children's social care",
            "Erin seen at home. Asked whether she was happy at school - said 'yes mostly'.",
            "wishes_sought",
            "yes",
        ),
    ],
)
def test_structure_mechanisms_31(agency, event, flag, expected):
    result = assess({"event": event, "agency": agency}, ERIN)[flag]
    _expect(result, expected)


@pytest.mark.parametrize(
    ("agency", "event", "flag", "expected"),
    [
        # the carer came only after the child had been seen: alone for that earlier part
        (
            "early years",
            (
                "SENCO in to observe Erin this morning. EW found tidy up hard. Tanya came in at 1 "
                "for the review."
            ),
            "seen_alone",
            "yes",
        ),
        (
            "probation",
            "HV. Erin came to the door first and said 'Daddy is not allowed'. Lee then appeared.",
            "seen_alone",
            "yes",
        ),
        ("children's social care", "Erin seen at home. Tanya then came down.", "seen_alone", "yes"),
        # not an arrival: a look, a carer who brought her, a carer there before the child
        (
            "children's social care",
            "Erin seen in the lounge. Tanya appeared tired.",
            "seen_alone",
            "not yes",
        ),
        ("health visiting", "Visit. Tanya came in with Erin at 10.", "seen_alone", "not yes"),
        (
            "children's social care",
            "Tanya came in at 9 and Erin was seen.",
            "seen_alone",
            "not yes",
        ),
        (
            "children's social care",
            "Erin playing with Tanya. Lee came in at 10.30 from work.",
            "seen_alone",
            "no",
        ),
        # left out of the adults' meeting, seen elsewhere in the entry
        (
            "IMR author",
            (
                "Erin did not attend the discharge planning meeting. While Tanya was in the "
                "meeting Erin was in the ward playroom with the play specialist, who used feelings "
                "cards with her."
            ),
            "child_seen",
            "yes",
        ),
        (
            "IMR author",
            (
                "Erin did not attend the exclusion meeting. After Lee left, the head of year saw Erin "
                "on her own in her office and asked her about home."
            ),
            "wishes_sought",
            "yes",
        ),
        # the carer came at the end to take the child, or was there for the start only
        (
            "police",
            "Spoke to Erin and asked who we should call. Tanya attended 02:50 to take EW home.",
            "seen_alone",
            "yes",
        ),
        (
            "school",
            "DT s1 - went ahead. Tanya in for start only. EW engaged w/ puppets.",
            "seen_alone",
            "yes",
        ),
        (
            "therapy",
            "Session 1. Tanya (mum) stayed for the warm up as agreed. Erin chose a puppet.",
            "seen_alone",
            "yes",
        ),
        (
            "health",
            "Clinic. Erin seen with Tanya, who stayed for the whole appointment.",
            "seen_alone",
            "no",
        ),
        # carers abroad are not in the room
        ("police", "Erin found at the party. Her parents were abroad.", "seen_alone", "yes"),
        # news passed on: another agency's time alone with the child and its questions
        (
            "children's social care",
            "PPN1 received from police 13/06/23. Officer spoke with Erin alone in the police car.",
            "seen_alone",
            "not yes",
        ),
        (
            "children's social care",
            "PPN1 received from police 13/06/23. Officer spoke with Erin alone in the police car.",
            "child_seen",
            "not yes",
        ),
        (
            "children's social care",
            (
                "Referral 19/09/16 11:52 - Source: Little Acorns Day Nursery. Her key person settled "
                "her and asked if she was sore; EW nodded and said 'daddy smack'."
            ),
            "wishes_sought",
            "not yes",
        ),
        (
            "children's social care",
            "MASH contact. Referrer: DSL. Erin told her teacher that Lee shouts.",
            "wishes_expressed",
            "yes",
        ),
        # a plan of this agency's own after the news is no sighting either
        (
            "school",
            (
                "24/6/24 MASH notification received - police attended a party at Erin's home while "
                "her parents were away, Erin found intoxicated. HoY to check in with Erin today."
            ),
            "child_seen",
            "not yes",
        ),
        # the child's clause going on without its subject
        (
            "police",
            "Tanya detained overnight. Erin cared for by her aunt; not seen by police.",
            "child_seen",
            "no",
        ),
        ("police", "Erin seen with Tanya; not seen alone.", "child_seen", "yes"),
        # the arrival of someone at the start is not a stay for the start only
        (
            "contact centre",
            "Erin and Lee played football; Erin ran to Lee at the start.",
            "seen_alone",
            "not yes",
        ),
        # a carer staying in a room of her own is not in the child's
        (
            "police",
            (
                "VRI. Erin's mother remained in family room throughout. DC asked EW how she "
                "was feeling."
            ),
            "seen_alone",
            "not no",
        ),
        (
            "school",
            (
                "Panel w/ Tanya. Erin walked out; I caught up with her by the lockers - Tanya "
                "stayed in the meeting. She said it's pointless."
            ),
            "seen_alone",
            "not no",
        ),
        ("health", "Erin seen in clinic; Tanya stayed in the room throughout.", "seen_alone", "no"),
        # a sentence of its own saying the child was not seen, after news by telephone
        (
            "children's social care",
            (
                "EDT - 06.10 tel call from PC Hughes. Erin alone with Tanya "
                "overnight. PC reports Erin told officers she wants to stay with nana. Not seen by EDT."
            ),
            "child_seen",
            "not yes",
        ),
        (
            "children's social care",
            (
                "EDT - 06.10 tel call from PC Hughes. Erin alone with Tanya "
                "overnight. PC reports Erin told officers she wants to stay with nana. Not seen by EDT."
            ),
            "wishes_expressed",
            "yes",
        ),
        # news that opens with a written date, a handover, correspondence, a 'Tel from'
        (
            "school",
            "6th May - phone call from Bethan (CAMHS). She visited Erin at home on Friday.",
            "child_seen",
            "not yes",
        ),
        (
            "health visiting",
            "Midwifery handover recieved 14/03. Baby Erin seen at home d5 by MW.",
            "child_seen",
            "not yes",
        ),
        (
            "GP",
            "Correspondence: midwifery summary re: Erin. Day 5 home visit - examined.",
            "child_seen",
            "not yes",
        ),
        (
            "health visiting",
            "12/06/12 - Tel from Beth (SLT): home visit done today. Erin engaged well in play.",
            "child_seen",
            "not yes",
        ),
        # a question about how the child is getting on, put to the writer
        (
            "nursery",
            "Phone call from Amira (SW). Asked how Erin is settling. Told her: well.",
            "wishes_sought",
            "not yes",
        ),
        # a bare absence is still not seen, and so is a missed appointment
        ("school", "Erin did not attend the strategy meeting.", "child_seen", "no"),
        ("GP", "Erin did not attend her appointment. Letter to Tanya.", "child_seen", "no"),
    ],
)
def test_structure_mechanisms_32(agency, event, flag, expected):
    result = assess({"event": event, "agency": agency}, ERIN)[flag]
    _expect(result, expected)


def test_a_word_for_a_child_named_as_a_sibling_is_the_sibling(monkeypatch):
    """ "female infant (Cody)": the baby is the brother or sister, so however sure the model is,
    the entry is no sighting of the child; "the baby (Erin)" is still the child."""
    from chronology.flags import model

    assert mark_people("Delivery of female infant (Cody), 3.2 kg.", ERIN).text.count("SIB") == 2
    assert "SUBJ (SUBJ)" in mark_people("The baby (Erin) seen.", ERIN).text
    monkeypatch.setattr(model, "models", lambda: sure_of("yes"))
    got = assess({"event": "Delivery of female infant (Cody), 3.2 kg. Partner present."}, ERIN)
    assert got["child_seen"].value != "yes", got["child_seen"].evidence
    got = assess({"event": "Cody weighed at clinic, 3.2 kg."}, ERIN)
    assert got["child_seen"].value != "yes", got["child_seen"].evidence


def test_a_letter_heading_the_entry_is_not_a_sighting():
    """ "ED discharge letter: Erin, head injury ... Filed": a paper, not the child; a clinic
    letter that says the child was seen still is one."""
    got = assess({"event": "ED discharge letter: Erin, head injury 22/03/25. Filed."}, ERIN)
    assert got["child_seen"].value == "no", got["child_seen"].evidence
    got = assess({"event": "Clinic letter: Erin seen today with Tanya, weight 12kg."}, ERIN)
    assert got["child_seen"].value == "yes", got["child_seen"].evidence


def test_model_features_do_not_read_hearsay_or_a_workplace_as_talk():
    """ "said to be asleep" is nobody speaking; "at work" is a workplace, not direct work."""
    from chronology.flags.features import features

    assert not any("say" in f for f in features("SUBJ said to be asleep upstairs"))
    assert "SUBJ<F:say" in features("SUBJ said she was asleep")
    assert not any("talk" in f for f in features("ADULT was at work"))
    assert "F:talk>SUBJ" in features("PRO did direct work with SUBJ")


def test_model_guesses_give_way_to_the_agency_not_seen(monkeypatch):
    """An agency's "Seen: No" leaves the child's wishes "no" (not seen), whatever the model."""
    from chronology.flags import model

    monkeypatch.setattr(model, "models", lambda: sure_of("yes"))
    cells = {"event": "Erin's progress discussed.", "child_seen": "No"}
    got = assess(cells, ERIN)
    assert got["child_seen"].value == "no"
    for flag in ("wishes_sought", "wishes_expressed"):
        assert got[flag].value == "no", got[flag].evidence
        assert got[flag].evidence.startswith("child not seen"), got[flag].evidence


@pytest.mark.parametrize(
    ("agency", "event", "flag", "expected"),
    [
        # no carer there, said in a form's answer or outright
        (
            "nursery",
            "Erin cried 'ow' at nappy change. Parent present? No - dropped off by Lee at 8.",
            "seen_alone",
            "yes",
        ),
        (
            "speech and language therapy",
            "Erin assessed at nursery. Neither parent attended; her key person stayed with her.",
            "seen_alone",
            "yes",
        ),
        # not a carer's company: a volunteer appropriate adult, a neighbour, a carer's leave
        (
            "police",
            (
                "Erin held overnight. Tanya could not be reached and a volunteer appropriate adult "
                "attended."
            ),
            "seen_alone",
            "not no",
        ),
        (
            "police",
            "Erin brought to the front desk by a neighbour at 10pm.",
            "seen_alone",
            "not no",
        ),
        (
            "children's social care",
            "With Tanya's agreement, spoke to Erin in the kitchen with the interpreter only.",
            "seen_alone",
            "not no",
        ),
        # the carer somewhere else throughout, or there only at first
        (
            "bereavement service",
            "Session in Erin's bedroom. Tanya (mum) downstairs throughout. Erin chose the sad card.",
            "seen_alone",
            "not no",
        ),
        (
            "housing",
            (
                "Visit to Erin at the unit. Tanya was in the room at the start and spoke for her, but "
                "left after ten minutes. Asked Erin what she wanted."
            ),
            "seen_alone",
            "yes",
        ),
        (
            "CAMHS",
            "Crisis assessment in ED. Seen w/ Tanya then alone. Low mood.",
            "seen_alone",
            "yes",
        ),
        (
            "youth service",
            "Erin asked that mum not be told. Mother attended at end of session.",
            "seen_alone",
            "yes",
        ),
        # still not alone: the carer there the whole time, or leaving only at the end
        ("GP", "Erin seen with Tanya, who was present throughout.", "seen_alone", "no"),
        (
            "GP",
            "Tanya was in the room with Erin and left at the end with her.",
            "seen_alone",
            "not yes",
        ),
        # a phone as a thing, and the child's own message before a meeting, are not calls
        (
            "residential care",
            "Erin back 03:04, new phone?? Sat with her in the kitchen and asked where she had been.",
            "child_seen",
            "not no",
        ),
        (
            "school",
            (
                "Erin emailed me at 00:14: 'sorry to email so late'. Met Erin 08:15 in the pastoral "
                "room. Asked how she was feeling."
            ),
            "child_seen",
            "yes",
        ),
        # news received, in more of the ways a duty log heads it
        (
            "children's social care",
            "Contact rec'd (MASH) - written referral from CAMHS re Erin. Seen w/ mum then alone.",
            "child_seen",
            "not yes",
        ),
        (
            "children's social care",
            "Contact rec'd (MASH) - written referral from CAMHS re Erin. Seen w/ mum then alone.",
            "seen_alone",
            "not yes",
        ),
        (
            "health visiting",
            "Notification of discharge rec'd from NNU: Erin discharged home, feeding well.",
            "child_seen",
            "not yes",
        ),
        (
            "children's social care",
            "Read FC daily logs (emailed by TB). Erin cried at bedtime and said she misses mum.",
            "child_seen",
            "not yes",
        ),
        (
            "health visiting",
            "TC from PO re info sharing. Erin seen at clinic.",
            "child_seen",
            "not yes",
        ),
        (
            "children's social care",
            (
                "21/05 13:20 Contact from school (DSL). Erin fell asleep in class. Checks: DA incident "
                "02/05/13 police attended."
            ),
            "child_seen",
            "not yes",
        ),
        # a meeting about the child that she did not come to
        (
            "school",
            (
                "19/03 TAF meeting at school. Present: Tanya, EH worker, SENCO. EH shared Erin's three "
                "houses."
            ),
            "child_seen",
            "not yes",
        ),
        (
            "children's social care",
            (
                "Strategy discussion 07/03 (telephone). School info: Erin spoken to by DSL with TA "
                "present."
            ),
            "child_seen",
            "not yes",
        ),
        (
            "substance misuse",
            "17/03 Case supervision. Erin present at last HV.",
            "child_seen",
            "not yes",
        ),
        # an earlier missed appointment, or a form's "DNA: N", is not this one missed
        ("audiology", "Aud OPA attended with Tanya. Prev DNA 11/01.", "child_seen", "not no"),
        (
            "bereavement service",
            "12/03 | S4 | Home | Attendees: Erin | DNA: N",
            "child_seen",
            "yes",
        ),
        # a form's questions to the child with her answers quoted
        (
            "school",
            (
                "Pupil voice sheet\nHow do you feel about coming back? 'Bit nervous'\nWhat would help? "
                "'a time out card'"
            ),
            "wishes_sought",
            "yes",
        ),
        (
            "school",
            "Pupil voice sheet\nHow do you feel about coming back? 'Bit nervous'",
            "wishes_expressed",
            "yes",
        ),
        # no more questions after those asked is not "not asked"; none after words volunteered is
        (
            "school",
            (
                "Sat with Erin at lunch and asked why she was so tired. Erin said 'mum and Lee shout'. "
                "Did not ask any more questions."
            ),
            "wishes_sought",
            "yes",
        ),
        (
            "nursery",
            "Erin told KP 'Lee smacked me'. KP did not question further.",
            "wishes_sought",
            "no",
        ),
        # a urine screen not obtained, a door answered: not about the child's views
        (
            "substance misuse",
            "HV. SU seen. Erin (13) answered door. UDS not obtained.",
            "wishes_sought",
            "not no",
        ),
        (
            "substance misuse",
            "HV. SU seen. Erin (13) answered door. UDS not obtained.",
            "wishes_expressed",
            "not yes",
        ),
        # the writer asked by the child is not the child asked
        (
            "foster carer",
            "Erin quiet after school and asked me 'do I have to go?'.",
            "wishes_sought",
            "not yes",
        ),
    ],
)
def test_structure_mechanisms_33(agency, event, flag, expected):
    result = assess({"event": event, "agency": agency}, ERIN)[flag]
    _expect(result, expected)


@pytest.mark.parametrize(
    ("event", "flag", "expected"),
    [
        # a meeting that hears of a visit, even when only the time alone is told
        (
            (
                "15/03/2011 Strategy discussion (tel conf) attended by Named Nurse. DC Sandhu reported "
                "joint visit yesterday with SW - Erin seen with mum then spoken to on her own."
            ),
            "seen_alone",
            "not yes",
        ),
        (
            (
                "15/03/2011 Strategy discussion (tel conf) attended by Named Nurse. DC Sandhu reported "
                "joint visit yesterday with SW - Erin seen with mum then spoken to on her own."
            ),
            "child_seen",
            "not yes",
        ),
        # news at the head of the entry, then the writer's own later timed part
        (
            (
                "09:10 rang mum re Erin not in, no answer. 11:30 manager did doorstep check - Erin seen "
                "at the door in mum's arms."
            ),
            "child_seen",
            "yes",
        ),
        # the carer's own call is not the contact's
        (
            (
                "10:47 Erin came to reception desk on her own (mum outside on phone) and asked to see "
                "the Dr without her mum."
            ),
            "child_seen",
            "yes",
        ),
        ("Contact: Video | Attended: Y | Outcome: seen", "child_seen", "yes"),
        ("Planned contact - supervision - community venue. Attended.", "child_seen", "yes"),
        # more ways of heading news received
        (
            (
                "19/11 02:35 EDT. Call from PC Lyle: Erin found at bus station. Officer spoke with Erin "
                "before taking her in."
            ),
            "child_seen",
            "not yes",
        ),
        (
            (
                "Referral (MARF) rec'd from DSL: on 14/11 PE teacher spoke to Erin with another member "
                "of staff."
            ),
            "child_seen",
            "not yes",
        ),
        (
            "Info rec'd via MASH secure email: police attended home 12/2, Erin noted to have bruise.",
            "child_seen",
            "not yes",
        ),
        (
            "LAC health record updated from GP summary: Erin seen 21/01 with FC.",
            "child_seen",
            "not yes",
        ),
        (
            "Copy of 2yr progress check rec'd from children's centre. Erin seen at home 8/3 with mum.",
            "child_seen",
            "not yes",
        ),
        (
            "Letter recvd from Sexual Health: Erin attended drop-in 3/3, seen on her own.",
            "seen_alone",
            "not yes",
        ),
        (
            (
                "Phoned Rachel (counsellor) re Erin's first session yesterday. Erin attended but left "
                "early."
            ),
            "child_seen",
            "not yes",
        ),
    ],
)
def test_structure_mechanisms_34(event, flag, expected):
    result = assess({"event": event, "agency": "children's social care"}, ERIN)[flag]
    _expect(result, expected)


def test_a_notes_m_is_the_mother():
    """ "M: Kian 'doesn't want to know him'": the rules read M as the mother, not the child
    speaking (the model may still guess a wish relayed, which the brief counts)."""
    ruled = by_rules("HV. Asked M re Kian's views. M: Kian 'doesn't want to know him'.", BOY)
    assert ruled["wishes_expressed"].value != "yes", ruled["wishes_expressed"].evidence


@pytest.mark.parametrize(
    ("agency", "event", "flag", "expected"),
    [
        # a document or a referral received: whoever it says attended was the sender's own
        (
            "GP",
            "Document received from HV team: new birth visit completed 03/02, baby well.",
            "child_seen",
            "not yes",
        ),
        (
            "children's social care",
            (
                "22/11 16:02 Safeguarding referral from Ambulance Service: Erin alert and distressed "
                "when crew arrived."
            ),
            "child_seen",
            "not yes",
        ),
        # a police note's "Attended." is the officers', not an appointment's outcome
        ("police", "DA incident. Attended. Ms Walsh spoke to officers.", "child_seen", "not yes"),
        # a perception is no sighting, and no guess of one
        ("children's social care", "Erin was seen as a low risk.", "child_seen", ""),
        # the contact not done
        ("health visiting", "HV unable to complete the visit; mum not in.", "child_seen", "no"),
    ],
)
def test_structure_mechanisms_35(agency, event, flag, expected):
    result = assess({"event": event, "agency": agency}, ERIN)[flag]
    if expected:
        _expect(result, expected)
    else:
        assert result.value == "" and result.evidence, result


def test_a_purpose_is_not_a_sighting():
    """ "next time offer appt in town so can see K on her own" is what a plan is for; "went into
    the kitchen so SW could speak to Erin privately" happened."""
    plan = (
        "Tel to Erin's mobile - no ans, left VM. Next time offer appt in town so can see Erin on "
        "her own."
    )
    assert assess({"event": plan}, ERIN)["seen_alone"].value != "yes"
    done = "Visit. Mum went into the kitchen so SW could speak to Erin privately."
    assert assess({"event": done}, ERIN)["seen_alone"].value == "yes"


@pytest.mark.parametrize(
    ("agency", "event", "flag", "expected"),
    [
        # a note's fragment puts the carer elsewhere: off the ward, not reached, come later
        ("hospital", "14:30 Obs stable. Mum off ward (home). Erin eating. Talk with pt re diet.",
         "seen_alone", "yes"),
        ("police", "Erin (17) arr, conv to custody. AA req, mum NCR, vol AA arr 0110. Int w/ AA.",
         "seen_alone", "yes"),
        ("hospital", "BIB friends, Tanya arr. later. Obs stable, Erin mobilising. D/C home with mum.",
         "seen_alone", "yes"),
        # a call still to make leaves open whether she was in the room
        ("health visiting", "Home visit. Erin seen and weighed. Mum to be phoned re results.",
         "seen_alone", "not yes"),
        # there only once she came: "Mum came in at 1 ... Mum tearful"
        ("preschool", ("SENCO in to observe Erin this morning. Erin found tidy up hard. Mum came in "
         "at 1 for the review. Mum tearful, said dad 'loses it'."), "seen_alone", "yes"),
        # a parent at the nursery door at drop-off, then gone for the day
        ("nursery", ("KP raised concern at drop off re Erin's mum (visible mark). Mum said she "
         "walked into a door. Erin settled with KP, later said 'daddy shouting'."),
         "seen_alone", "yes"),
        # an owner's "s" without its apostrophe still puts the carer there
        ("hospital", "Triage 02:51. 9/12 F BIBA. Examined on mothers lap, smiling.",
         "seen_alone", "no"),
        # one carer away, the other kept with the child
        ("hospital", ("Erin brought in at 9pm. Her parents remained with her throughout; Lee "
         "held her for the X-ray while Tanya waited outside."), "seen_alone", "not yes"),
        # "L upper arm" is a side, not Lee
        ("nursery", ("KD reported bruise to Erin's L upper arm found at nappy change. Erin "
         "playing in sand tray at the time. No parent in setting."), "seen_alone", "yes"),
    ],
)  # fmt: skip
def test_structure_mechanisms_36(agency, event, flag, expected):
    _expect(assess({"event": event, "agency": agency}, ERIN)[flag], expected)


def test_a_side_is_not_an_initial():
    """ "bruise to E's L upper arm", "R ear": left and right, not Lee's initial."""
    marked = mark_people("Bruise to Erin's L upper arm; R ear referred. L said he was fine.", ERIN)
    assert marked.text == "Bruise to SUBJ's L upper arm; R ear referred. ADULT said ADULT was fine."


def test_a_practitioners_initial_and_surname():
    """ "EDT SW M DEVLIN attended" names the social worker Mark Devlin, not the mother ("M")."""
    staff = SubjectNames(names=("Erin",), others=(), adults=(("Tanya", "female"),),
                         professionals=("Mark Devlin",))  # fmt: skip
    assert mark_people("EDT SW M DEVLIN attended.", staff).text == "EDT PRO PRO attended."


def test_a_pronoun_prefers_the_one_whose_sex_is_known():
    """ "brought in by a neighbour ... officers took her": the girl, not the neighbour."""
    text = "When Erin was brought in by a neighbour, officers took her to a family room."
    assert mark_people(text, ERIN).text.endswith("PRO took SUBJ to a family room.")
