"""The workbench without a browser: decisions, case.yaml edits, the token and the CSRF check."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chronology.entries import Chronology, ChronologyEntry
from chronology.flags import FlagValue
from chronology.records import Origin
from pipeline.decisions import FlagOverride, apply_decisions, load_decisions, save_override
from pipeline.errors import InputError
from pipeline.workbench import create_app
from pipeline.workbench.case_edit import RefusedEdit, apply_name_action

SAMPLE_CASE = Path(__file__).resolve().parents[1] / "samples" / "review" / "case.yaml"
TOKEN = "t0ken-for-tests"


def _entry(row: int) -> ChronologyEntry:
    seen = FlagValue("yes", "inferred", "seen in the kitchen")
    return ChronologyEntry(
        date=None,
        agency="Police",
        source="Police: log",
        event="Visit",
        action="",
        child_seen=seen,
        seen_alone=FlagValue("", "", ""),
        wishes_sought=FlagValue("", "", ""),
        wishes_expressed=FlagValue("", "", ""),
        origin=Origin("police.docx", 2, row),
        seq=row,
    )


def test_an_override_is_kept_readable_and_replaces_the_flag(tmp_path):
    save_override(
        tmp_path,
        FlagOverride("police.docx, table 2, row 5", "child_seen", "no", "He was asleep upstairs"),
    )
    save_override(
        tmp_path,
        FlagOverride(
            "police.docx, table 2, row 5", "child_seen", "no", "Asleep upstairs; only Mother seen"
        ),
    )
    text = (tmp_path / "decisions.yaml").read_text(encoding="utf-8")
    assert "entry: police.docx, table 2, row 5" in text and text.count("entry:") == 1
    chronology = Chronology(entries=(_entry(4), _entry(5)))
    decided, problems = apply_decisions(chronology, load_decisions(tmp_path))
    assert problems == []
    untouched, changed = decided.entries
    assert untouched.child_seen.value == "yes"
    assert changed.child_seen == FlagValue(
        "no", "set by the author", "set by the author: Asleep upstairs; only Mother seen"
    )
    assert "set by the author" in changed.action


def test_an_override_saved_from_the_anonymised_outputs_finds_its_entry(tmp_path):
    """The outputs show an IMR's file name anonymised; an override names the entry that way."""
    shown = "police the police station.docx, table 2, row 5"
    save_override(tmp_path, FlagOverride(shown, "child_seen", "no", "Only Mother was seen"))
    chronology = Chronology(entries=(_entry(4), _entry(5)))
    decided, problems = apply_decisions(
        chronology, load_decisions(tmp_path), {"police.docx": "police the police station.docx"}
    )
    assert problems == []
    assert [e.child_seen.value for e in decided.entries] == ["yes", "no"]
    _, stale = apply_decisions(chronology, load_decisions(tmp_path))
    assert [p.severity for p in stale] == ["warning"]


def test_an_override_for_a_row_that_is_gone_is_a_warning(tmp_path):
    save_override(tmp_path, FlagOverride("gp.docx, table 1, row 9", "seen_alone", "yes", "x"))
    _, problems = apply_decisions(Chronology(entries=(_entry(4),)), load_decisions(tmp_path))
    assert [p.severity for p in problems] == ["warning"]
    assert "gp.docx, table 1, row 9" in problems[0].place


@pytest.mark.parametrize(
    "body, says",
    [
        ("flags: [{entry: 'a.docx, table 1, row 2', flag: seen, value: 'no', reason: r}]", "flag"),
        (
            "flags: [{entry: 'a.docx, table 1, row 2', flag: child_seen, value: maybe, reason: r}]",
            "value",
        ),
        ("flags: [{entry: 'a.docx, table 1, row 2', flag: child_seen, value: 'no'}]", "reason"),
        ("flags: {entry: x}", "list"),
    ],
)
def test_a_bad_decisions_file_is_named_with_what_to_do(tmp_path, body, says):
    (tmp_path / "decisions.yaml").write_text(body, encoding="utf-8")
    with pytest.raises(InputError, match=says) as raised:
        load_decisions(tmp_path)
    assert "decisions.yaml" in str(raised.value) and "\n" not in str(raised.value)


@pytest.fixture
def case_file(tmp_path) -> Path:
    target = tmp_path / "case.yaml"
    shutil.copy(SAMPLE_CASE, target)
    return target


def test_a_person_is_added_with_the_comments_and_layout_kept(case_file):
    before = case_file.read_text(encoding="utf-8")
    backup = apply_name_action(case_file, "Marjorie Bellweather", "person", pseudonym="Neighbour 1")
    after = case_file.read_text(encoding="utf-8")
    assert backup.read_text(encoding="utf-8") == before
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert added == [
        "  - id: named-1",
        "    name: Marjorie Bellweather",
        "    sex: unknown",
        "    pseudonym: Neighbour 1",
        "    role: named in the IMRs; added from the review list",
    ]
    assert [line for line in before.splitlines() if line not in after.splitlines()] == []


@pytest.mark.parametrize(
    "action, extra, expect",
    [
        ("alias", {"person": "mother"}, "aliases: [Chan, Chantelle Ashworth, Chanty]"),
        ("redact", {}, "Chanty"),
        ("keep", {}, "keep:"),
    ],
)
def test_alias_keep_and_redact_are_written(case_file, action, extra, expect):
    apply_name_action(case_file, "Chanty", action, **extra)
    text = case_file.read_text(encoding="utf-8")
    assert expect in text
    if action in ("keep", "redact"):
        section = text.split("anonymisation:", 1)[1]
        assert "Chanty" in section.split(f"{action}:", 1)[1].splitlines()[0]


def test_a_bad_edit_is_refused_with_the_checks_message_and_nothing_changes(case_file):
    from pipeline.check import check_review

    before = case_file.read_text(encoding="utf-8")
    with pytest.raises(RefusedEdit) as refused:  # the same id twice: the loader refuses it
        apply_name_action(case_file, "child-a", "person", pseudonym="Child A")
    assert case_file.read_text(encoding="utf-8") == before
    assert not case_file.with_name("case.yaml.bak").exists()
    broken = case_file.parent / "broken"
    broken.mkdir()
    text = before.replace(
        "  - {kind: parent, parent: pgm, child: father, type: birth}",
        "  - {kind: parent, parent: pgm, child: father, type: birth}\n"
        "  - {kind: parent, parent: nobody, child: father, type: birth}",
    )
    (broken / "case.yaml").write_text(text, encoding="utf-8")
    check_messages = {p.message for p in check_review(broken).errors}
    with pytest.raises(RefusedEdit) as second:
        from pipeline.workbench.case_edit import _replace_checked

        _replace_checked(case_file, text)
    assert any(message in str(second.value) for message in check_messages)
    assert str(refused.value)


def test_alias_for_a_person_not_in_the_case_is_refused(case_file):
    with pytest.raises(RefusedEdit, match="no person with id 'ghost'"):
        apply_name_action(case_file, "Chanty", "alias", person="ghost")


@pytest.fixture
def client(tmp_path):
    folder = tmp_path / "review"
    folder.mkdir()
    shutil.copy(SAMPLE_CASE, folder / "case.yaml")
    (folder / "private").mkdir()
    (folder / "private" / "review.csv").write_text(
        "text,replaced_by,context,where,confidence\nMarjorie,Person 1,said Marjorie,text 1,0.9\n"
    )
    (folder / "out").mkdir()
    (folder / "out" / "timeline.svg").write_text("<svg/>")
    return create_app(folder, TOKEN).test_client()


def _login(client) -> str:
    first = client.get(f"/?token={TOKEN}")
    assert first.status_code == 302
    page = client.get("/names").get_data(as_text=True)
    return page.split('name="csrf" value="', 1)[1].split('"', 1)[0]


@pytest.mark.parametrize(
    "path", ["/", "/chronology", "/names", "/pack", "/out/timeline.svg", "/build/status"]
)
def test_every_page_needs_the_token(client, path):
    assert client.get(path).status_code == 403
    assert client.get(f"{path}?token=wrong").status_code == 403


def test_the_token_once_then_a_cookie(client):
    _login(client)
    assert client.get("/").status_code == 200
    assert "Marjorie" in client.get("/names").get_data(as_text=True)


def test_a_form_without_the_csrf_field_or_from_another_site_is_refused(client, tmp_path):
    csrf = _login(client)
    form = {"name": "Marjorie", "action": "keep"}
    assert client.post("/names/decide", data=form).status_code == 403
    assert client.post("/names/decide", data={**form, "csrf": "guess"}).status_code == 403
    assert (
        client.post(
            "/names/decide", data={**form, "csrf": csrf}, headers={"Origin": "http://evil.example"}
        ).status_code
        == 403
    )
    assert "Marjorie" not in (tmp_path / "review" / "case.yaml").read_text(encoding="utf-8")
    assert client.post("/names/decide", data={**form, "csrf": csrf}).status_code == 302
    assert "Marjorie" in (tmp_path / "review" / "case.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "path",
    [
        "/out/../case.yaml",
        "/out/..%2fcase.yaml",
        "/out/../private/review.csv",
        "/out/%2e%2e/private/key.yaml",
        "/static/../../case_loader.py",
    ],
)
def test_nothing_outside_out_is_served(client, path):
    _login(client)
    assert client.get(path).status_code == 404


def test_another_host_name_is_refused(client):
    assert client.get(f"/?token={TOKEN}", headers={"Host": "evil.example"}).status_code == 403


def test_three_thousand_entries_are_paged(client, tmp_path):
    from chronology.outputs import CSV_COLUMNS

    out = tmp_path / "review" / "out" / "integrated-chronology.csv"
    with out.open("w", encoding="utf-8", newline="") as handle:
        import csv

        writer = csv.DictWriter(handle, CSV_COLUMNS)
        writer.writeheader()
        for number in range(3000):
            writer.writerow(
                {
                    "date": f"{1 + number % 28:02d}/03/2024",
                    "agency": f"A{number % 20}",
                    "event": f"Visit {number}",
                    "child_seen": "Yes*" if number % 2 else "",
                    "origin": f"a{number % 20}.docx, table 2, row {number}",
                }
            )
    _login(client)
    page = client.get("/chronology").get_data(as_text=True)
    assert "3000 entries; 3000 match" in page and "Page 1 of 60" in page
    assert page.count('<tr class="entry"') == 50
    only = client.get(
        "/chronology?agency=A3&flag=child_seen&value=yes&start=2024-03-10&end=2024-03-20"
    ).get_data(as_text=True)
    rows = only.count('<tr class="entry"')
    assert 0 < rows <= 50 and 'data-agency="A4"' not in only


def test_the_childs_words_and_section_note_are_shown_with_their_entry(client, tmp_path):
    import csv

    from chronology.outputs import CSV_COLUMNS

    out = tmp_path / "review" / "out" / "integrated-chronology.csv"
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, CSV_COLUMNS)
        writer.writeheader()
        writer.writerow(
            {
                "date": "04/03/2024",
                "agency": "School",
                "event": "Spoke with Child in the library",
                "childs_words": "I don't want to go home tonight",
                "section_note": "Year 2 (Autumn term)",
                "origin": "school.docx, table 2, row 3",
            }
        )
        writer.writerow(
            {"date": "05/03/2024", "agency": "GP", "event": "Letter sent", "origin": "gp.docx"}
        )
    _login(client)
    page = client.get("/chronology").get_data(as_text=True)
    assert "The child's words:</span> I don&#39;t want to go home tonight" in page
    assert page.count('class="childs-words"') == 1
    assert '<p class="section-note">Year 2 (Autumn term)</p>' in page


def test_scr_serve_prints_a_tokened_local_address(tmp_path):
    import http.cookiejar  # noqa: F401 - the cookie jar of HTTPCookieProcessor
    import os
    import signal
    import subprocess
    import sys
    import urllib.error
    import urllib.request

    folder = tmp_path / "review"
    folder.mkdir()
    shutil.copy(SAMPLE_CASE, folder / "case.yaml")
    scr = Path(sys.executable).with_name("scr")
    server = subprocess.Popen(
        [str(scr), "serve", str(folder), "--no-browser"], stdout=subprocess.PIPE, text=True
    )
    try:
        line = server.stdout.readline()
        url = line.split(" at ", 1)[1].strip()
        assert url.startswith("http://127.0.0.1:") and "?token=" in url
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(url.split("?", 1)[0], timeout=10)
        assert refused.value.code == 403
        refused.value.close()
        browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
        with browser.open(url, timeout=30) as answer:  # the token, then its cookie
            assert "NSCB-SCR-2026-01" in answer.read().decode("utf-8")
    finally:
        os.kill(server.pid, signal.SIGINT)
        server.wait(timeout=30)
        server.stdout.close()


def test_a_browser_build_waits_its_turn_behind_the_command_lines(tmp_path):
    from pipeline.build import SAMPLE
    from pipeline.folder import ReviewFolder, exclusive
    from pipeline.workbench.rebuild import BuildJob

    folder = tmp_path / "review"
    shutil.copytree(SAMPLE, folder, ignore=shutil.ignore_patterns("out", "private"))
    job = BuildJob()
    with exclusive(ReviewFolder(folder)):  # `scr build` is running on this folder
        assert job.start(folder)
        job.wait(timeout=120)
    assert job.state == "failed", job.steps
    assert "already running" in job.error
    assert not (folder / "out" / "pack").exists()
