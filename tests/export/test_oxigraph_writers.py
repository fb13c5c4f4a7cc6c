"""The RDF exports written by Oxigraph (issue 18) give the bytes rdflib's writers gave, where the
syntax allows it, and fall back to rdflib only where Oxigraph would lose determinism."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from diplograph.export import export, rdf

FIXTURE = Path(__file__).resolve().parents[1] / "queries" / "fixture.ttl"

# what the writers were before Oxigraph wrote them: rdflib read the graph and wrote (or sorted) it
REFERENCE = {
    "ntriples": lambda p: rdf._sorted_lines(rdf.load_graph(p).serialize(format="nt").encode("utf-8")),
    "nquads": lambda p: rdf._sorted_lines(rdf.by_source(rdf.load_graph(p)).serialize(format="nquads").encode()),
    "xml": lambda p: rdf._oxigraph_serialize(rdf.load_graph(p), "xml"),
}


@pytest.mark.parametrize("fmt", sorted(REFERENCE))
def test_oxigraph_writes_the_bytes_rdflib_wrote_on_the_fixture(fmt):
    assert export(FIXTURE, fmt) == REFERENCE[fmt](FIXTURE)


@pytest.mark.parametrize("fmt", sorted(REFERENCE))
def test_oxigraph_writes_the_bytes_rdflib_wrote_on_the_seeds(fmt, seed_graph):
    assert export(seed_graph, fmt) == REFERENCE[fmt](seed_graph)


def test_turtle_export_is_the_builds_own_turtle(seed_graph):
    from diplograph.graph.writer import turtle_body, turtle_header

    data = export(seed_graph, "turtle")
    assert data == turtle_header() + turtle_body(export(seed_graph, "ntriples"))
    assert isomorphic(Graph().parse(data=data, format="turtle"), Graph().parse(seed_graph))


def test_trig_keeps_the_default_graph_first_and_named_graphs_sorted():
    text = export(FIXTURE, "trig").decode("utf-8")
    opened = [line[:-2] for line in text.splitlines() if line.endswith(" {")]
    assert opened == sorted(opened) and len(opened) >= 2
    first_block = text.index(" {\n")
    assert "a dg:Meeting" in text[:first_block]     # a merged meeting stays in the default graph


def test_a_graph_with_blank_nodes_takes_rdflibs_canonical_labels(tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_text('@prefix ex: <http://example.org/> .\nex:a ex:p [ ex:q "x _:y" ] .\n', encoding="utf-8")
    assert rdf._oxigraph_lines(graph) is None
    once = {fmt: export(graph, fmt) for fmt in ("turtle", "ntriples", "nquads", "trig", "xml")}
    assert once == {fmt: export(graph, fmt) for fmt in once}
    assert b"_:" in once["ntriples"]


def test_a_syntax_error_is_the_users_error(tmp_path):
    from diplograph.errors import InputError

    graph = tmp_path / "g.ttl"
    graph.write_text("<http://example.org/a> <http://example.org/p> .\n", encoding="utf-8")
    with pytest.raises(InputError, match="cannot parse the graph"):
        export(graph, "ntriples")
