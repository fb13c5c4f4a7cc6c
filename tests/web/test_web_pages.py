"""The pages: every fact shows its words, every text is escaped, drawings are drawn."""

from __future__ import annotations

import html
import re
import urllib.parse

import markupsafe
import pytest
import rdflib
from web_support import DGR, FIXTURE, NEWS_DOC, QUERIES, SAMARKAND, TALIBAN, fetch

DG = rdflib.Namespace("https://w3id.org/diplograph/ontology#")
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    return rdflib.Graph().parse(FIXTURE)


def page(base: str, path: str, **params) -> str:
    reply = fetch(base + path + ("?" + urllib.parse.urlencode(params) if params else ""))
    assert reply.status == 200, (path, params, reply.text[:500])
    assert reply.headers["content-type"].startswith("text/html")
    return reply.text


def doc_links(text: str) -> list[dict[str, str]]:
    """Every link to /doc on a page, as its query parameters."""
    hrefs = re.findall(r'href="(/doc\?[^"#]*)', text)
    return [dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(html.unescape(h)).query)) for h in hrefs]


@pytest.mark.parametrize("path", ["/", "/actors", "/stances", "/matrix", "/network", "/conflicts", "/queries",
                                  "/sparql?format=html"])
def test_every_page_answers(base, path):
    reply = fetch(base + path, headers={"Accept": "text/html"})
    assert reply.status == 200
    assert "<nav>" in reply.text
    assert "script-src" not in reply.headers["content-security-policy"]  # no script allowed at all
    assert "default-src 'none'" in reply.headers["content-security-policy"]


def test_document_with_script_is_served_escaped(base):
    text = page(base, "/doc", iri=NEWS_DOC)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; was removed" in text
    assert "<script>" not in text


def test_timeline_is_a_drawing_with_a_link_per_meeting(base, graph):
    text = page(base, "/")
    svg = text[text.index("<svg"):text.index("</svg>")]
    meetings = sorted(str(m) for m in graph.subjects(rdflib.RDF.type, DG.Meeting))
    linked = sorted(urllib.parse.unquote(h) for h in re.findall(r'<a href="/meeting\?iri=([^"]+)"', svg))
    assert linked == meetings
    assert svg.count("<circle") == len(meetings)
    # Drawn on a time axis: the earlier meeting sits further left.
    xs = [float(x) for x in re.findall(r'<circle class="dot[^"]*" cx="([\d.]+)"', svg)]
    assert xs == sorted(xs) and xs[0] < xs[-1]


def test_meeting_page_shows_participants_stances_and_sources(base, graph):
    text = page(base, "/meeting", iri=SAMARKAND)
    assert "State Councilor and Foreign Minister" in text  # a title
    assert "Qin Gang" in text and "Russia" in text  # a person and whom they represent
    for stance in graph.subjects(DG.expressedAt, rdflib.URIRef(SAMARKAND)):
        for ev in graph.objects(stance, DG.evidence):
            assert str(graph.value(ev, OA.exact)) in html.unescape(text)
    assert "2023-04-14" in text  # the dissenting source's claim is listed


def test_every_quote_link_highlights_exactly_its_words(base, graph):
    text = page(base, "/meeting", iri=SAMARKAND)
    links = doc_links(text)
    assert links, "the meeting page cites no document"
    checked = 0
    for params in links:
        if "start" not in params:
            continue
        target = page(base, "/doc", **params)
        marked = re.search(r'<mark id="q">(.*?)</mark>', target, re.S).group(1)
        ev = DGR + "evidence/" + params["iri"].rsplit("/", 1)[1] + f"/{params['start']}-{params['end']}"
        assert html.unescape(marked) == str(graph.value(rdflib.URIRef(ev), OA.exact))
        checked += 1
    assert checked >= 3


def test_actor_page_shows_aliases_and_stances_received_with_words(base):
    text = page(base, "/actor", iri=TALIBAN)
    assert "Afghan Taliban" in text  # alias
    assert "urged the Taliban to form an inclusive government" in text
    assert "inclusive government" in text and "Demand" in text
    assert any(p.get("start") for p in doc_links(text))


def test_actor_page_shows_designations_made(base):
    text = page(base, "/actor", iri=DGR + "state/china")
    assert "East Turkistan Islamic Movement" in text
    assert "terrorist organization" in text


def test_stances_can_be_filtered_to_answer_who_urged_whom(base):
    text = page(base, "/stances", addressee=TALIBAN, type="Demand",
                topic="https://w3id.org/diplograph/topic/inclusive-government")
    assert "1 stance." in text
    assert "urged the Taliban to form an inclusive government" in text
    assert "respect the rights of women" not in text
    assert "13 Apr 2023" in text and "Pakistan" in text


def test_matrix_colours_cells_by_stance_type(base):
    text = page(base, "/matrix")
    assert re.search(r'<td class="cell st-Demand">', text)
    assert re.search(r'<td class="cell st-Concern">', text)


def test_network_draws_co_attendance(base):
    text = page(base, "/network")
    svg = text[text.index("<svg"):text.index("</svg>")]
    assert svg.count('<line class="edge"') >= 6
    assert "Sergey Lavrov" in svg
    states_only = page(base, "/network", kind="state")
    assert "Sergey Lavrov" not in states_only[states_only.index("<svg"):states_only.index("</svg>")]


def test_conflicts_shows_each_value_beside_the_other(base):
    text = page(base, "/conflicts")
    block = text[text.index('class="side-by-side"'):]
    assert block.index("2023-04-13") < block.index("2023-04-14")
    assert "met on 14 April" in block and "On 13 April 2023" in block
    assert "settled value" in block


def test_saved_query_form_runs_with_a_parameter_and_downloads(base, graph):
    from diplograph.query.saved import bind, load_query

    text = page(base, "/queries", name="demands-to", p_addressee="Taliban", run="1")
    assert "urged the Taliban to form an inclusive government" in text
    expected = len(graph.query(bind(load_query(QUERIES / "demands-to.rq"), {"addressee": "Taliban"})))
    assert expected > 1 and f"{expected} rows" in text
    other = page(base, "/queries", name="demands-to", p_addressee="United States", run="1")
    assert "humanitarian assistance" in other and "inclusive government" not in other
    csv_reply = fetch(base + "/queries/download?" + urllib.parse.urlencode(
        {"name": "demands-to", "format": "csv", "p_addressee": "Taliban"}))
    assert csv_reply.status == 200 and csv_reply.text.startswith("holder,topic,meeting,date,quote")
    assert "attachment" in csv_reply.headers["content-disposition"]
    json_reply = fetch(base + "/queries/download?name=meeting-count&format=json")
    assert '"meetings"' in json_reply.text


def test_unknown_and_invalid_iris_get_clear_errors(base):
    missing = fetch(base + "/meeting?" + urllib.parse.urlencode({"iri": DGR + "meeting/none"}))
    assert missing.status == 404 and "No such meeting" in missing.text
    invalid = fetch(base + "/actor?" + urllib.parse.urlencode({"iri": "<script>alert(1)</script>"}))
    assert invalid.status == 400
    assert "<script>alert(1)" not in invalid.text and "&lt;script&gt;" in invalid.text
    assert fetch(base + "/nothing-here").status == 404
    assert fetch(base + "/static/../app.py").status == 404


def test_doc_span_outside_the_text_says_so(base):
    text = page(base, "/doc", iri=NEWS_DOC, start="5", end="999999")
    assert "outside this document" in text and "<mark" not in text


def test_long_stance_lists_are_capped_with_a_message(base, monkeypatch):
    import diplograph.web.app as app_module

    monkeypatch.setattr(app_module, "PAGE_ROWS", 2)
    text = page(base, "/stances")
    assert "Only the first 2 stances are listed" in text
    assert text.count('<tr>\n<td class="nowrap">') == 2


def test_a_browser_asking_the_endpoint_gets_a_page(base):
    query = "SELECT ?m WHERE { ?m a <https://w3id.org/diplograph/ontology#Meeting> }"
    q = urllib.parse.urlencode({"query": query})
    reply = fetch(f"{base}/sparql?{q}", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert reply.headers["content-type"].startswith("text/html")
    assert 'class="results"' in reply.text and "Samarkand" in reply.text


def test_timeline_table_links_each_meeting_to_its_sources(base, graph):
    text = page(base, "/")
    table = text[text.index("<h2>All meetings</h2>"):]
    for m in graph.subjects(rdflib.RDF.type, DG.Meeting):
        for ev in graph.objects(m, DG.evidence):
            quote = str(graph.value(ev, OA.exact))
            assert f'title="“{markupsafe.escape(quote)}' in table
    assert all(p.get("start") for p in doc_links(table))
