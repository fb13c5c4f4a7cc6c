"""Small pure parts of the web package: negotiation, the read-only check, layouts."""

from __future__ import annotations

import pytest

from diplograph.web import svg
from diplograph.web.results import Table, to_csv, to_tsv
from diplograph.web.sparql import Refused, check_read_only, negotiate


@pytest.mark.parametrize("accept,kind,expected", [
    ("text/csv;q=0.5, application/sparql-results+xml", "table", "xml"),
    ("application/sparql-results+json;q=0.1, text/tab-separated-values;q=0.9", "table", "tsv"),
    ("*/*", "table", "json"),
    ("", "graph", "turtle"),
    ("application/ld+json;q=0.2, application/n-triples;q=0.8", "graph", "nt"),
    ("application/sparql-results+json", "graph", "turtle"),
    ("image/png", "table", "json"),
])
def test_negotiate_follows_q_values(accept, kind, expected):
    assert negotiate(kind, accept, None) == expected


def test_format_parameter_overrides_accept():
    assert negotiate("table", "text/csv", "json") == "json"
    assert negotiate("graph", "text/turtle", "xml") == "rdfxml"
    # an explicit format the endpoint cannot write is refused (406), not silently replaced
    for kind, fmt in (("table", "nonsense"), ("table", "yaml"), ("graph", "csv")):
        with pytest.raises(Refused) as err:
            negotiate(kind, "text/csv", fmt)
        assert err.value.status == 406 and fmt in str(err.value)


@pytest.mark.parametrize("query", [
    "PREFIX ex: <http://example.org/#> INSERT DATA { ex:a ex:b ex:c }",
    "BASE <http://example.org/>\n  with <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "# comment\nCOPY DEFAULT TO <urn:g>",
    "SELECT * WHERE { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } }",
])
def test_updates_and_service_are_refused(query):
    with pytest.raises(Refused) as err:
        check_read_only(query)
    assert err.value.status == 403


@pytest.mark.parametrize("query", [
    "SELECT ?service WHERE { ?service ?p 'DELETE DATA' }",
    "PREFIX service: <urn:x#> SELECT * WHERE { ?s service:load ?o }",
    "ASK { <http://example.org/insert#drop> ?p ?o } # INSERT",
])
def test_reads_that_mention_update_words_pass(query):
    check_read_only(query)


def test_csv_and_tsv_of_an_ask_and_of_unbound_values():
    assert to_csv(Table(boolean=True)).decode() == "_askResult\r\ntrue\r\n"
    table = Table(variables=["a", "b"], rows=[[("literal", 'say "hi"\n', None, "en"), None]])
    assert to_tsv(table).decode() == '?a\t?b\n"say \\"hi\\"\\n"@en\t\n'


def test_timeline_layout_is_deterministic_and_ordered_in_time():
    meetings = [{"iri": f"urn:m{i}", "date": d, "series": s, "series_label": s, "text": f"m{i}"}
                for i, (d, s) in enumerate([("2023-04-13", "a"), ("2021-09-16", "a"), ("2022-03-31", "b"),
                                            ("2003", "b"), (None, "a")])]
    first, second = svg.timeline(meetings), svg.timeline(list(reversed(meetings)))
    assert first == second
    xs = {p["iri"]: p["x"] for p in first["points"]}
    assert xs["urn:m3"] < xs["urn:m1"] < xs["urn:m2"] < xs["urn:m0"]
    assert "urn:m4" not in xs  # undated: listed, not drawn
    assert [lane["label"] for lane in first["lanes"]] == ["b", "a"]


def test_circle_layout_places_every_node_once():
    drawing = svg.circle(["a", "b", "c"], [("a", "b", 2), ("b", "c", 1), ("a", "z", 1)])
    assert [n["iri"] for n in drawing["nodes"]] == ["a", "b", "c"]
    assert len(drawing["edges"]) == 2  # the edge to an unknown node is dropped
    assert drawing["edges"][0]["width"] > drawing["edges"][1]["width"]
