"""The workbench in a real browser: Debian's chromium, headless, driven by Playwright.

The sample review is built once per session (with one name the case does not list added to
the author's text, so the review list has something to confirm); the tests then drive the
pages as a reviewer would, and rebuild from the browser.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import threading
import zipfile
from pathlib import Path

import pytest

playwright = pytest.importorskip("playwright.sync_api")

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TOKEN = "browser-test-token"
NEIGHBOUR = "Marjorie Bellweather"
# screenshots for docs/ only when asked: SCR_SCREENSHOTS=docs pytest tests/test_workbench_browser.py
SHOTS = Path(os.environ.get("SCR_SCREENSHOTS", "")) if os.environ.get("SCR_SCREENSHOTS") else None

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is needed"),
]


@pytest.fixture(scope="session")
def built_review(tmp_path_factory) -> Path:
    from pipeline.build import SAMPLE, run_build

    folder = tmp_path_factory.mktemp("workbench") / "review"
    shutil.copytree(SAMPLE, folder, ignore=shutil.ignore_patterns("out", "private"))
    with (folder / "text" / "circumstances.md").open("a", encoding="utf-8") as text:
        text.write(
            f"\nA neighbour, {NEIGHBOUR}, told the police she had heard shouting on "
            "several evenings.\n"
        )
    assert run_build(folder, pdf=False).status == 0
    return folder


@pytest.fixture(scope="session")
def server(built_review):
    from werkzeug.serving import make_server

    from pipeline.workbench import create_app

    httpd = make_server("127.0.0.1", 0, create_app(built_review, TOKEN), threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join()


@pytest.fixture(scope="session")
def browser():
    with playwright.sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def test_a_request_without_the_token_is_refused(page, server):
    response = page.goto(f"{server}/")
    assert response.status == 403
    assert page.goto(f"{server}/?token=not-the-token").status == 403
    assert page.goto(f"{server}/chronology").status == 403


def test_a_cross_site_form_post_is_refused(page, server, built_review):
    page.goto(f"{server}/?token={TOKEN}")  # the reviewer is signed in in this browser
    before = (built_review / "case.yaml").read_text(encoding="utf-8")
    page.goto("about:blank")  # another site: a page outside the workbench posts a form to it
    page.set_content(f"""<form method="post" action="{server}/names/decide">
        <input name="name" value="{NEIGHBOUR}"><input name="action" value="keep">
        <button>go</button></form>""")
    with page.expect_response(f"{server}/names/decide") as answer:
        page.click("button")
    assert answer.value.status == 403
    assert (built_review / "case.yaml").read_text(encoding="utf-8") == before


def test_review_end_to_end_override_confirm_rebuild(page, server, built_review):
    page.goto(f"{server}/?token={TOKEN}")
    assert page.locator("h1").inner_text() == "Review NSCB-SCR-2026-01"
    assert "Child A" in page.locator(".facts").inner_text()
    assert "Northshire Police (police.docx)" in page.locator("#main").inner_text()
    _shot(page, "workbench-dashboard.png")

    page.get_by_role("link", name="Chronology").click()
    page.get_by_label("Agency").select_option("Northshire Police")
    page.get_by_role("button", name="Filter").click()
    agencies = page.locator("tr.entry").evaluate_all("rows => rows.map(r => r.dataset.agency)")
    assert agencies and set(agencies) == {"Northshire Police"}
    first = page.locator("tr.entry").first
    origin = first.locator(".origin").text_content()
    first.locator("summary").click()
    first.get_by_label("Flag").select_option("child_seen")
    first.get_by_label("Value").select_option("no")
    first.get_by_label("Reason").fill("Officers saw Mother only; the child was asleep upstairs")
    first.get_by_role("button", name="Save the override").click()
    assert "set by the author" in page.locator(".flash").inner_text()
    assert page.locator("tr.entry").first.locator("td.flag").first.inner_text() == (
        "No set by the author"
    )
    page.locator("tr.entry").first.locator("summary").click()
    _shot(page, "workbench-chronology.png")
    assert origin in (built_review / "decisions.yaml").read_text(encoding="utf-8")

    page.get_by_role("link", name="Names to confirm").click()
    section = page.locator("section.name", has_text=NEIGHBOUR)
    section.get_by_label("A person: add to case.yaml as").check()
    section.get_by_label(f"pseudonym for {NEIGHBOUR}").fill("Neighbour 1")
    section.get_by_role("button", name="Write to case.yaml").click()
    assert "case.yaml updated" in page.locator(".flash").inner_text()
    assert "pseudonym: Neighbour 1" in (built_review / "case.yaml").read_text(encoding="utf-8")

    page.get_by_role("link", name="Genogram and pack").click()
    page.get_by_role("button", name="Rebuild the review and the pack").click()
    assert page.locator("#build-state").inner_text() == "running"
    state = page.locator("#build-state")  # the page follows the build, then reloads
    playwright.expect(state).to_have_text(re.compile("^(done|failed)$"), timeout=300_000)
    assert page.locator("#build-state").inner_text() == "done", page.locator("#main").inner_text()
    assert page.locator("#verification").inner_text().startswith("Verified clean")
    _shot(page, "workbench-pack.png")

    _assert_rebuilt_pack(built_review, origin)


def _shot(page, name: str) -> None:
    if SHOTS is not None:
        page.screenshot(path=str(SHOTS / name))


def _assert_rebuilt_pack(folder: Path, origin: str) -> None:
    from pipeline.stages import verify_stage

    with (folder / "out" / "integrated-chronology.csv").open(encoding="utf-8-sig") as handle:
        row = next(r for r in csv.DictReader(handle) if r["origin"] == origin)
    assert row["child_seen"].lower() == "no"
    assert "set by the author" in row["flag_source"] and "asleep upstairs" in row["action"]
    zips = list((folder / "out").glob("*-pack.zip"))
    with zipfile.ZipFile(zips[0]) as pack:
        report = next(n for n in pack.namelist() if n.endswith("overview-report.docx"))
        with pack.open(report) as docx, zipfile.ZipFile(docx) as word:
            body = word.read("word/document.xml").decode("utf-8")
    assert "Neighbour 1" in body and "Bellweather" not in body
    assert verify_stage(folder / "case.yaml", zips).leaks == ()


LABELLED = """() => [...document.querySelectorAll('input:not([type=hidden]), select, button')]
  .filter(e => e.tagName === 'BUTTON' ? !e.textContent.trim()
    : !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
  .map(e => e.outerHTML.slice(0, 80))"""


@pytest.mark.parametrize("path", ["/", "/chronology", "/names", "/pack"])
def test_every_page_has_one_heading_labelled_controls_and_a_skip_link(page, server, path):
    page.goto(f"{server}/?token={TOKEN}")
    page.goto(f"{server}{path}")
    assert page.locator("h1").count() == 1
    assert page.evaluate(LABELLED) == []
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the content"
    page.keyboard.press("Enter")
    # the jump is a same-page navigation: wait for it rather than read the URL at once (a
    # loaded CI machine read it before the fragment was set); it times out if it never comes
    page.wait_for_function("location.hash === '#main'", timeout=10_000)
    assert page.url.endswith("#main")
