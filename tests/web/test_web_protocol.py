"""The /sparql endpoint speaks the SPARQL 1.1 Protocol to ordinary clients, and only reads."""

from __future__ import annotations

import csv
import io
import json
import urllib.parse

import pyoxigraph as ox
import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, JSONLD, N3, RDFXML, TSV, TURTLE, XML, SPARQLWrapper
from web_support import FIXTURE, NEWS_DOC, SAMARKAND, fetch, start

DG = "https://w3id.org/diplograph/ontology#"
SELECT_MEETINGS = f"""PREFIX dg: <{DG}>
SELECT ?m ?date WHERE {{ ?m a dg:Meeting ; dg:date ?date }} ORDER BY ?date"""
CONSTRUCT_MEETINGS = f"""PREFIX dg: <{DG}>
CONSTRUCT {{ ?m dg:date ?date }} WHERE {{ ?m a dg:Meeting ; dg:date ?date }}"""


@pytest.fixture(scope="module")
def expected_meetings():
    g = rdflib.Graph().parse(FIXTURE)
    return [(str(r.m), str(r.date)) for r in g.query(SELECT_MEETINGS)]


def wrapper(base: str, query: str, fmt: str) -> SPARQLWrapper:
    sw = SPARQLWrapper(base + "/sparql")
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    return sw


def test_select_json_through_sparqlwrapper(base, expected_meetings):
    data = wrapper(base, SELECT_MEETINGS, JSON).queryAndConvert()
    assert data["head"]["vars"] == ["m", "date"]
    rows = [(b["m"]["value"], b["date"]["value"]) for b in data["results"]["bindings"]]
    assert rows == expected_meetings
    assert data["results"]["bindings"][0]["date"]["datatype"].endswith("#date")


def test_select_xml_through_sparqlwrapper(base, expected_meetings):
    doc = wrapper(base, SELECT_MEETINGS, XML).queryAndConvert()
    ns = "http://www.w3.org/2005/sparql-results#"
    uris = [n.firstChild.data for n in doc.getElementsByTagNameNS(ns, "uri")]
    assert uris == [m for m, _ in expected_meetings]


def test_select_csv_and_tsv(base, expected_meetings):
    text = wrapper(base, SELECT_MEETINGS, CSV).queryAndConvert().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["m", "date"]
    assert [tuple(r) for r in rows[1:]] == expected_meetings
    tsv = wrapper(base, SELECT_MEETINGS, TSV).queryAndConvert().decode("utf-8").splitlines()
    assert tsv[0] == "?m\t?date"
    first_m, first_d = expected_meetings[0]
    assert tsv[1] == f'<{first_m}>\t"{first_d}"^^<http://www.w3.org/2001/XMLSchema#date>'


def test_ask_in_json_and_xml(base):
    assert wrapper(base, f"ASK {{ <{SAMARKAND}> ?p ?o }}", JSON).queryAndConvert()["boolean"] is True
    xml = fetch(base + "/sparql?" + urllib.parse.urlencode({"query": "ASK { <urn:nothing> ?p ?o }"}),
                headers={"Accept": "application/sparql-results+xml"})
    assert xml.status == 200 and "<boolean>false</boolean>" in xml.text


@pytest.mark.parametrize("fmt,rdflib_format", [(TURTLE, "turtle"), (N3, "turtle"), (RDFXML, "xml"),
                                               (JSONLD, "json-ld")])
def test_construct_formats(base, expected_meetings, fmt, rdflib_format):
    sw = wrapper(base, CONSTRUCT_MEETINGS, fmt)
    raw = sw.query().response.read()
    g = rdflib.Graph().parse(data=raw, format=rdflib_format)
    assert sorted((str(s), str(o)) for s, _, o in g) == sorted(expected_meetings)


def test_construct_ntriples_by_accept_and_format_parameter(base, expected_meetings):
    q = urllib.parse.urlencode({"query": CONSTRUCT_MEETINGS})
    by_accept = fetch(f"{base}/sparql?{q}", headers={"Accept": "application/n-triples"})
    assert by_accept.headers["content-type"].startswith("application/n-triples")
    g = rdflib.Graph().parse(data=by_accept.text, format="nt")
    assert len(g) == len(expected_meetings)
    by_param = fetch(f"{base}/sparql?{q}&format=jsonld", headers={"Accept": "text/turtle"})
    assert by_param.headers["content-type"].startswith("application/ld+json")
    assert len(json.loads(by_param.text)) == len(expected_meetings)


def test_describe_returns_turtle(base):
    reply = fetch(base + "/sparql?" + urllib.parse.urlencode({"query": f"DESCRIBE <{SAMARKAND}>"}))
    assert reply.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=reply.text, format="turtle")
    assert (rdflib.URIRef(SAMARKAND), rdflib.URIRef(DG + "date"), None) in g


def test_post_form_and_post_body(base, expected_meetings):
    form = fetch(base + "/sparql", data=urllib.parse.urlencode({"query": SELECT_MEETINGS}).encode(),
                 headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"})
    assert form.status == 200 and form.text.splitlines()[0] == "m,date"
    body = fetch(base + "/sparql", data=SELECT_MEETINGS.encode(),
                 headers={"Content-Type": "application/sparql-query",
                          "Accept": "application/sparql-results+json"})
    assert len(json.loads(body.text)["results"]["bindings"]) == len(expected_meetings)


def test_rdflib_sparqlstore_reads_the_endpoint(base, expected_meetings):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    g = rdflib.Graph(store=SPARQLStore(base + "/sparql", returnFormat="json"))
    rows = [(str(r.m), str(r.date)) for r in g.query(SELECT_MEETINGS)]
    assert rows == expected_meetings


def test_malformed_query_is_400_with_the_parsers_message(base):
    bad = "SELECT ?x WHERE { ?x ?y }"
    with pytest.raises(SyntaxError) as parser_error:
        ox.Store().query(bad)
    reply = fetch(base + "/sparql?" + urllib.parse.urlencode({"query": bad}))
    assert reply.status == 400
    assert str(parser_error.value) in reply.text


def test_missing_query_is_400(base):
    reply = fetch(base + "/sparql", headers={"Accept": "application/sparql-results+json"})
    assert reply.status == 400 and "query" in reply.text


@pytest.mark.parametrize("update", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "PREFIX x: <urn:x#>\n# a comment\nDELETE WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "CLEAR ALL",
    "DROP GRAPH <urn:g>",
])
def test_updates_are_refused(base, update):
    reply = fetch(base + "/sparql?" + urllib.parse.urlencode({"query": update}))
    assert reply.status == 403
    assert "read-only" in reply.text
    assert fetch(base + "/sparql", data=update.encode(),
                 headers={"Content-Type": "application/sparql-update"}).status == 403
    assert fetch(base + "/sparql", data=urllib.parse.urlencode({"update": update}).encode(),
                 headers={"Content-Type": "application/x-www-form-urlencoded"}).status == 403


def test_graph_is_unchanged_after_refused_updates(base):
    fetch(base + "/sparql", data=b"DELETE WHERE { ?s ?p ?o }",
          headers={"Content-Type": "application/sparql-update"})
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    reply = fetch(base + "/sparql?" + urllib.parse.urlencode({"query": count}),
                  headers={"Accept": "text/csv"})
    assert int(reply.text.splitlines()[1]) == len(rdflib.Graph().parse(FIXTURE))


def test_federated_query_is_refused(base):
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"
    reply = fetch(base + "/sparql?" + urllib.parse.urlencode({"query": q}))
    assert reply.status == 403 and "SERVICE" in reply.text


def test_keywords_inside_strings_and_iris_are_not_mistaken_for_updates(base):
    q = ('SELECT ?s WHERE { ?s ?p "INSERT DATA { }" . ?s <urn:service#delete> ?o } # DELETE\n')
    reply = fetch(base + "/sparql?" + urllib.parse.urlencode({"query": q}), headers={"Accept": "text/csv"})
    assert reply.status == 200 and reply.text.startswith("s")


def test_literal_with_markup_comes_back_intact(base):
    q = f'SELECT ?t WHERE {{ <{NEWS_DOC}> <{DG}text> ?t }}'
    data = json.loads(fetch(base + "/sparql?" + urllib.parse.urlencode({"query": q})).text)
    assert "<script>alert(1)</script>" in data["results"]["bindings"][0]["t"]["value"]


def test_results_are_capped_with_a_message():
    app, srv = start(FIXTURE, max_rows=3, workers=1)
    try:
        q = urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"})
        reply = fetch(f"{srv.url}/sparql?{q}")
        data = json.loads(reply.text)
        assert len(data["results"]["bindings"]) == 3
        assert reply.headers["x-diplograph-truncated"] == "true"
        assert "first 3 rows" in data["diplograph"]["message"]
        page = fetch(f"{srv.url}/sparql?{q}&format=html")
        assert "first 3 rows" in page.text
    finally:
        srv.stop()
        app.close()
