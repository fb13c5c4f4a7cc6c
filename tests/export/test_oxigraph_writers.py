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


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "nquads", "trig", "xml"])
def test_the_streamed_export_is_the_exports_bytes(fmt, seed_graph, tmp_path):
    from diplograph.export import export_to

    out = tmp_path / f"out.{fmt}"
    export_to(seed_graph, fmt, out)
    assert out.read_bytes() == export(seed_graph, fmt)
    assert [p.name for p in tmp_path.iterdir()] == [out.name]    # no temporary file left


def test_prefix_lines_are_dropped_however_the_writer_cuts_its_writes():
    import io

    text = b"@prefix a: <http://a/> .\n@prefix b: <http://b/> .\n<http://x> a:p b:o .\n<http://y> a:p b:o ."
    for size in (1, 3, 7, 8, 9, 1000):
        out = io.BytesIO()
        writer = rdf._AfterPrefixes(out, limit=2)
        for i in range(0, len(text), size):
            assert writer.write(text[i:i + size]) == len(text[i:i + size])
        writer.close()
        assert out.getvalue() == b"<http://x> a:p b:o .\n<http://y> a:p b:o .\n", size
    out = io.BytesIO()
    writer = rdf._AfterPrefixes(out, limit=1)
    writer.write(text)
    writer.close()
    assert out.getvalue().startswith(b"@prefix b:")


def test_a_triple_written_twice_is_exported_once(tmp_path):
    graph = tmp_path / "g.nt"
    iri_line = "<http://example.org/a> <http://example.org/p> <http://example.org/b> ."
    literal_line = '<http://example.org/a> <http://example.org/p> "x" .'
    graph.write_text("\n".join([iri_line, literal_line, iri_line]) + "\n", encoding="utf-8")
    assert export(graph, "ntriples").decode("utf-8").splitlines() == [literal_line, iri_line]


def _turtle_from_lines(path: Path) -> bytes:
    """Turtle as written before it was written from Oxigraph's objects: from the sorted N-Triples lines."""
    import io

    buf = io.BytesIO()
    rdf._write_turtle(rdf._oxigraph_lines(path), buf)
    return buf.getvalue()


def test_turtle_from_the_sorted_objects_is_the_turtle_of_the_sorted_lines(tmp_path, seed_graph):
    awkward = tmp_path / "g.nt"
    lines = ['<http://example.org/a> <http://example.org/p> "tab\\there \\"q\\" \\\\ back" .',
             '<http://example.org/a> <http://example.org/p> "Kabul"@en .',
             '<http://example.org/a> <http://example.org/p> "ünï ☃ \\u00e9"@fr-be .',
             '<http://example.org/a> <http://example.org/p> "7"^^<http://www.w3.org/2001/XMLSchema#integer> .',
             '<http://example.org/a> <http://example.org/p> "line\\nbreak" .',
             '<http://example.org/a%20b> <http://example.org/p> <http://example.org/é> .',
             '<http://example.org/A> <http://example.org/p> "upper before lower" .',
             '<http://example.org/a> <http://example.org/p> "Kabul"@en .']          # twice
    awkward.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for path in (FIXTURE, seed_graph, awkward):
        data = export(path, "turtle")
        assert data == _turtle_from_lines(path), path
    assert export(awkward, "turtle").count(b'"Kabul"@en') == 1


def _trig_from_lines(path: Path) -> bytes:
    """TriG as written before it was written graph by graph from Oxigraph's objects: the sorted
    N-Quads lines read back by Oxigraph's TriG writer."""
    import io

    import pyoxigraph as ox

    from diplograph.graph.writer import TURTLE_PREFIXES, turtle_header

    lines = rdf._oxigraph_lines(path)
    assert lines is not None
    home = rdf._homes(lines)
    ordered: list[bytes] = []
    named: dict[bytes, list[bytes]] = {}
    for line in lines:
        graph = home.get(line[:line.index(b" ")])
        (ordered if graph is None else named.setdefault(graph, [])).append(line)
    for name in sorted(named):
        ordered += named.pop(name)
    buf = io.BytesIO()
    buf.write(turtle_header())
    body = rdf._AfterPrefixes(buf)
    ox.serialize(rdf._parsed(rdf._quads(ordered, home), ox.RdfFormat.N_QUADS), body, ox.RdfFormat.TRIG,
                 prefixes=TURTLE_PREFIXES)
    body.close()
    return buf.getvalue()


def test_trig_graph_by_graph_is_the_trig_of_the_sorted_quads(tmp_path, seed_graph):
    dg, ex = "https://w3id.org/diplograph/ontology#", "http://example.org/"
    awkward = tmp_path / "g.nt"
    lines = [f'<{ex}d> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{dg}Document> .',
             f'<{ex}d> <{dg}text> "line\\nbreak\\n\\tand a tab, \\"quoted\\"" .',
             f'<{ex}e> <{dg}document> <{ex}d> .',
             f'<{ex}s> <{dg}evidence> <{ex}e> .',
             f'<{ex}s> <{dg}topic> <https://w3id.org/diplograph/topic/x> .',
             f'<{ex}s> <{ex}p> "ünï ☃"@fr-be .',
             f'<{ex}s> <{ex}p> "7"^^<http://www.w3.org/2001/XMLSchema#integer> .',
             f'<{ex}s> <{ex}p> "7"^^<http://www.w3.org/2001/XMLSchema#integer> .']     # twice
    awkward.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outside = tmp_path / "outside.nt"      # one triple outside any document's graph
    outside.write_text("\n".join([*lines, f'<{ex}m> <{ex}p> <{ex}s> .']) + "\n", encoding="utf-8")
    for path in (FIXTURE, seed_graph, awkward, outside):
        assert export(path, "trig") == _trig_from_lines(path), path
    data = export(awkward, "trig")
    assert data.count(b" {\n") == 1 and data.count(b'"7"') == 0 and data.count(b" 7 ") == 1
    assert len(Graph().parse(data=data, format="trig")) == 0   # no default graph: all in d's


def test_a_span_whose_document_is_a_literal_stays_in_the_default_graph(tmp_path):
    from rdflib import Dataset

    from diplograph.vocab import DG

    graph = tmp_path / "g.ttl"
    graph.write_text(f'@prefix dg: <{DG}> .\n@prefix ex: <http://example.org/> .\n'
                     f'ex:doc a dg:Document .\nex:span1 dg:document ex:doc .\nex:span2 dg:document "not an IRI" .\n',
                     encoding="utf-8")
    for fmt in ("nquads", "trig"):
        data = Dataset()
        data.parse(data=export(graph, fmt), format=fmt)     # valid: a literal names no graph
        homes = {str(s): str(getattr(c, "identifier", c)) for s, _, _, c in data.quads((None, None, None, None))}
        assert homes["http://example.org/span1"] == "http://example.org/doc"
        assert homes["http://example.org/span2"] != "not an IRI"
