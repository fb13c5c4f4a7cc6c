"""A real browser (Debian's chromium, driven by Playwright) clicks its way to an answer.

Screenshots go to tests/web/artifacts/ (ignored by git; CI keeps them as artefacts).
Nothing is downloaded: Playwright drives /usr/bin/chromium (or $DIPLOGRAPH_CHROMIUM).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from web_support import ARTIFACTS, NEWS_DOC

CHROMIUM = os.environ.get("DIPLOGRAPH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).is_file(),
                                reason=f"no chromium at {CHROMIUM}: install Debian's chromium "
                                       "(apt-get install chromium) to run the browser tests")


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser, base):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=base,
                                  java_script_enabled=True)
    context.set_default_timeout(10_000)
    p = context.new_page()
    dialogs: list[str] = []
    p.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    p.dialogs = dialogs
    yield p
    context.close()


def shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 5000
    return path


def test_click_from_timeline_to_meeting_actor_and_quote(page):
    page.goto("/")
    assert page.locator("svg.timeline circle").count() == 2
    shot(page, "01-timeline")

    page.locator("svg.timeline a.meeting-point", has_text="Samarkand").locator("circle").click()
    page.wait_for_url("**/meeting?**")
    assert "Second informal meeting" in page.locator("h1").inner_text()
    assert page.get_by_text("State Councilor and Foreign Minister").first.is_visible()
    shot(page, "02-meeting")

    page.locator("table.stances").get_by_role("link", name="Taliban").first.click()
    page.wait_for_url("**/actor?**")
    assert page.locator("h1").inner_text() == "Taliban"
    shot(page, "03-actor")

    quote = page.locator("a.quote", has_text="urged the Taliban to form an inclusive government").first
    words = quote.inner_text().strip("“”")
    quote.click()
    page.wait_for_url("**/doc?**")
    mark = page.locator("mark#q")
    assert mark.inner_text() == words
    assert mark.is_visible()
    shot(page, "04-quote")
    assert page.dialogs == []


def test_saved_query_from_the_form(page):
    page.goto("/queries")
    page.select_option("#query-name", "demands-to")
    page.get_by_role("button", name="Choose").click()
    page.fill("#p-addressee", "Taliban")
    page.get_by_role("button", name="Run").click()
    page.wait_for_selector("table.results")
    assert page.locator("table.results tbody tr").count() >= 2
    assert page.locator("table.results").get_by_text("inclusive government").first.is_visible()
    assert page.get_by_role("link", name="CSV").is_visible()
    shot(page, "05-saved-query")


def test_script_in_a_document_shows_as_text_and_never_runs(page):
    page.goto("/doc?iri=" + NEWS_DOC)
    assert "<script>alert(1)</script>" in page.locator("pre.doc").inner_text()
    page.wait_for_timeout(200)
    assert page.dialogs == []
    shot(page, "06-escaped-document")


@pytest.mark.parametrize("path,name", [("/matrix", "07-matrix"), ("/network", "08-network"),
                                       ("/conflicts", "09-conflicts"), ("/stances", "10-stances")])
def test_overview_pages_render(page, path, name):
    page.goto(path)
    assert page.locator("h1").is_visible()
    shot(page, name)
