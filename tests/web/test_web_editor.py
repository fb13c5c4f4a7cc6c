"""The SPARQL editor (YASGUI from node_modules): a browser types a query, runs it and sees the rows;
the saved queries open as tabs; nothing is fetched from another server; without the npm files the
page is the plain query box and says why."""

from __future__ import annotations

import json
import urllib.parse
from pathlib import Path

import pytest
from test_web_browser import CHROMIUM, browser, page, shot  # noqa: F401  (fixtures shared with the browser tests)
from web_support import fetch

from diplograph.web import yasgui

needs_yasgui = pytest.mark.skipif(yasgui.missing() is not None,
                                  reason=f"{yasgui.missing()} (the browser tests of the editor need it)")
needs_browser = pytest.mark.skipif(not Path(CHROMIUM).is_file(),
                                   reason=f"no chromium at {CHROMIUM}: apt-get install chromium")
TYPED = ("SELECT ?place WHERE { ?m <https://w3id.org/diplograph/ontology#location> ?l . "
         "?l <http://www.w3.org/2004/02/skos/core#prefLabel> ?place } ORDER BY ?place")


def endpoint_values(base: str, query: str, var: str) -> list[str]:
    reply = fetch(base + "/sparql?" + urllib.parse.urlencode({"query": query}),
                  headers={"Accept": "application/sparql-results+json"})
    return [b[var]["value"] for b in json.loads(reply.text)["results"]["bindings"]]


def watch(page_) -> tuple[list[str], list[str]]:
    """Every URL the page requests, and every console error (a CSP refusal is one)."""
    urls: list[str] = []
    errors: list[str] = []
    page_.on("request", lambda r: urls.append(r.url))
    page_.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    return urls, errors


def open_editor(page_) -> None:
    page_.goto("/editor")
    page_.locator(".yasqe .CodeMirror").first.wait_for()


def replace_query(page_, text: str) -> None:
    page_.locator(".yasqe .CodeMirror:visible").click()
    page_.keyboard.press("Control+A")
    page_.keyboard.press("Delete")
    page_.keyboard.type(text)


def result_cells(page_) -> list[str]:
    page_.locator(".yasr:visible table tbody tr").first.wait_for()
    return [c.strip() for c in page_.locator(".yasr:visible table tbody td").all_inner_texts()]


@needs_browser
@needs_yasgui
def test_typed_query_runs_and_shows_the_rows(page, base):  # noqa: F811
    urls, errors = watch(page)
    open_editor(page)
    replace_query(page, TYPED)
    page.locator(".yasqe_queryButton:visible").click()
    cells = result_cells(page)
    places = endpoint_values(base, TYPED, "place")
    assert places and "Samarkand" in places
    for place in places:  # the table shows literals in Turtle form: "Samarkand"@en
        assert any(place in cell for cell in cells), (place, cells)
    shot(page, "10-editor-typed-query")
    assert all(u.startswith(base) or u.startswith("data:") for u in urls), [u for u in urls if base not in u]
    assert not [e for e in errors if "Content Security Policy" in e], errors


@needs_browser
@needs_yasgui
def test_a_saved_query_opens_in_a_tab_of_its_own_and_runs(page, base):  # noqa: F811
    open_editor(page)
    page.locator("#dg-examples button", has_text="meeting-count").click()
    page.wait_for_function("window.diplographYasgui.getTab().getName() === 'meeting-count'")
    shown = page.evaluate("window.diplographYasgui.getTab().getYasqe().getValue()")
    assert "COUNT(?m) AS ?meetings" in shown
    assert page.locator(".CodeMirror:visible").inner_text().count("COUNT(?m)") == 1
    page.locator(".yasqe_queryButton:visible").click()
    cells = result_cells(page)
    count = endpoint_values(base, "PREFIX dg: <https://w3id.org/diplograph/ontology#>\n"
                                  "SELECT (COUNT(?m) AS ?meetings) WHERE { ?m a dg:Meeting }", "meetings")
    assert any(count[0] in cell for cell in cells), (count, cells)


@needs_browser
@needs_yasgui
def test_prefix_completion_offers_the_project_prefixes(page):  # noqa: F811
    open_editor(page)
    replace_query(page, "PREFIX dg")
    hints = page.locator(".CodeMirror-hints li")
    hints.first.wait_for()
    offered = hints.all_inner_texts()
    assert any("dg: <https://w3id.org/diplograph/ontology#>" in h for h in offered), offered


def test_editor_page_without_the_npm_files_is_the_plain_box_saying_why(base, monkeypatch, tmp_path):
    monkeypatch.setattr(yasgui, "assets_dir", lambda: tmp_path / "no-node-modules")
    reply = fetch(base + "/editor", headers={"Accept": "text/html"})
    assert reply.status == 200
    assert '<textarea name="query"' in reply.text
    assert "YASGUI" in reply.text and "npm" in reply.text and str(tmp_path) in reply.text
    assert "script-src" not in reply.headers["content-security-policy"]
    assert fetch(base + "/static/yasgui/yasgui.min.js").status == 404


@needs_yasgui
def test_editor_page_allows_scripts_from_this_server_only(base):
    reply = fetch(base + "/editor", headers={"Accept": "text/html"})
    csp = reply.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "connect-src 'self'" in csp and "default-src 'none'" in csp
    assert '<script src="/static/yasgui/yasgui.min.js">' in reply.text
    config = reply.text.split('id="dg-yasgui-config">', 1)[1].split("</script>", 1)[0]
    data = json.loads(config)
    assert {e["name"] for e in data["examples"]} == {"demands-to", "meeting-count"}
    assert "https://w3id.org/diplograph/ontology#holder" in data["properties"]
    assert data["prefixes"]["dg"] == "https://w3id.org/diplograph/ontology#"
    js = fetch(base + "/static/yasgui/yasgui.min.js")
    assert js.status == 200 and js.headers["content-type"].startswith("text/javascript")
    assert fetch(base + "/static/yasgui/package.json").status == 404


def test_nav_links_to_the_editor(base):
    reply = fetch(base + "/", headers={"Accept": "text/html"})
    assert 'href="/editor"' in reply.text


@needs_browser
@needs_yasgui
def test_property_completion_comes_from_the_ontology(page, base):  # noqa: F811
    urls, _errors = watch(page)
    open_editor(page)
    replace_query(page, "PREFIX dg: <https://w3id.org/diplograph/ontology#> SELECT * WHERE { ?s dg:hol")
    page.keyboard.press("Control+Space")
    hints = page.locator(".CodeMirror-hints li")
    hints.first.wait_for()
    assert "dg:holder" in hints.all_inner_texts()
    assert all(u.startswith(base) or u.startswith("data:") for u in urls)  # not Linked Open Vocabularies
