"""The pages on the graph the converter builds from seeds/: every page answers, every quote is exact."""

from __future__ import annotations

import html
import re
import urllib.parse

import pytest
import rdflib
from web_support import fetch

from diplograph.build import build_graph
from diplograph.paths import home
from diplograph.web.app import App
from diplograph.web.server import BackgroundServer, app_quiet

DG = rdflib.Namespace("https://w3id.org/diplograph/ontology#")
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    seeds = home() / "seeds"
    graph = build_graph(seeds, home() / "annotations")
    path = tmp_path_factory.mktemp("seed") / "diplograph.ttl"
    graph.serialize(path, format="turtle")
    app_quiet.set()
    app = App(path, timeout=20, workers=1)  # the project's own saved queries
    srv = BackgroundServer(app, "127.0.0.1", 0).__enter__()
    yield srv.url, graph
    srv.stop()
    app.close()


def get(base: str, path: str, **params) -> str:
    reply = fetch(base + path + ("?" + urllib.parse.urlencode(params) if params else ""))
    assert reply.status == 200, (path, params, reply.text[:300])
    return reply.text


def test_every_meeting_page_quotes_its_sources_exactly(seeded):
    base, graph = seeded
    meetings = sorted(graph.subjects(rdflib.RDF.type, DG.Meeting))
    assert meetings
    exact = {(str(graph.value(e, DG.document)), int(graph.value(e, OA.start)), int(graph.value(e, OA.end))):
             str(graph.value(e, OA.exact)) for e in graph.subjects(rdflib.RDF.type, DG.Evidence)}
    for m in meetings:
        text = get(base, "/meeting", iri=str(m))
        links = {html.unescape(h) for h in re.findall(r'href="(/doc\?[^"#]*start=[^"#]*)', text)}
        assert links, f"{m} cites nothing"
        for href in sorted(links)[:8]:
            params = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(href).query))
            doc = get(base, "/doc", **params)
            marked = html.unescape(re.search(r'<mark id="q">(.*?)</mark>', doc, re.S).group(1))
            assert marked == exact[(params["iri"], int(params["start"]), int(params["end"]))]


def test_every_actor_page_answers_and_shows_stances_addressed_to_it(seeded):
    base, graph = seeded
    addressed = {}
    for stance, actor in graph.subject_objects(DG.addressee):
        ev = graph.value(stance, DG.evidence)
        addressed.setdefault(actor, str(graph.value(ev, OA.exact)))
    assert addressed
    for actor, quote in sorted(addressed.items()):
        text = get(base, "/actor", iri=str(actor))
        assert quote in html.unescape(text)


def test_overview_pages_answer(seeded):
    base, _ = seeded
    for path in ("/", "/actors", "/stances", "/matrix", "/network", "/conflicts", "/queries"):
        assert "<nav>" in get(base, path)


def test_project_saved_queries_run_from_the_form(seeded):
    base, _ = seeded
    listing = get(base, "/queries")
    names = re.findall(r'<option value="([^"]+)"', listing)
    assert names, "no saved query listed"
    for name in names:
        text = get(base, "/queries", name=name, run="1")
        assert 'class="results"' in text or "Answer:" in text, f"{name} did not give a table"
