"""Oxigraph's raw rows (its own terms, not rdflib's) are written as a table, CSV and TSV in the very
text the rdflib terms of the same rows give, and Oxigraph's own CSV writer writes the CSV of
formats.to_csv, for every saved query on the fixture and the seeds and for awkward values; and
`diplograph query` prints them without importing rdflib."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from diplograph.paths import queries_dir
from diplograph.query.engines import OxigraphEngine, Rows
from diplograph.query.formats import format_rows, rdflib_rows
from diplograph.query.saved import bind, find_query, run

FIXTURE = Path(__file__).resolve().parents[1] / "queries" / "fixture.ttl"
NAMES = sorted(p.stem for p in queries_dir().glob("*.rq"))


@pytest.mark.parametrize("graph", ["fixture", "seeds"])
def test_raw_rows_are_written_as_their_rdflib_terms_are(graph, seed_graph):
    engine = OxigraphEngine(FIXTURE if graph == "fixture" else seed_graph)
    written = 0
    for name in NAMES:
        raw = run(find_query(name), engine, raw=True)
        converted = run(find_query(name), engine)
        assert rdflib_rows(raw).rows == converted.rows, name
        for fmt in ("table", "csv", "tsv", "json"):
            assert format_rows(raw, fmt, max_width=30) == format_rows(converted, fmt, max_width=30), (name, fmt)
        assert engine.select_csv(bind(find_query(name))) == format_rows(converted, "csv"), name
        written += len(raw.rows)
    assert written


def test_oxigraph_writes_awkward_values_in_csv_as_formats_does(tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_text(
        '@prefix ex: <https://example.org/> .\n'
        'ex:a ex:p "plain", "with, comma", "with \\"quotes\\"", "two\\nlines", "cr\\r", "tab\\tx", "", " padded ",'
        ' "Kabul"@en, "ünï cödé ☃", "7"^^<http://www.w3.org/2001/XMLSchema#integer>, "x,y"@fr, _:b, ex:b .\n',
        encoding="utf-8")
    engine = OxigraphEngine(graph)
    sparql = ("SELECT ?o ?none ?s WHERE { ?s <https://example.org/p> ?o OPTIONAL { ?o <https://example.org/q> ?none } }"
              " ORDER BY ?o")
    rows = engine.select(sparql)
    assert len(rows.rows) == 14
    assert engine.select_csv(sparql) == format_rows(rows, "csv") == format_rows(engine.select(sparql, raw=True), "csv")


def test_the_csv_of_no_rows_still_checks_the_values_given(seed_graph):
    from diplograph.errors import InputError
    from diplograph.query.saved import run_csv

    engine = OxigraphEngine(seed_graph)
    with pytest.raises(InputError, match="no actor in the graph is called 'Nobody Atall'"):
        run_csv(find_query("actor-stances"), engine, {"actor": "Nobody Atall"})
    assert run_csv(find_query("actor-stances"), engine, {"actor": "China"}).count("\n") > 1


def test_awkward_terms_are_written_alike():
    import pyoxigraph as ox

    from diplograph.rdfio import to_rdflib

    terms = [ox.NamedNode("https://w3id.org/diplograph/id/state/china"), ox.NamedNode("https://x.org/a%20b"),
             ox.BlankNode("b0"), ox.Literal("Kabul", language="en"), ox.Literal("a\tb\n\"c\"\\"),
             ox.Literal("2023-04-13", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
             ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), None]
    raw = Rows([f"v{i}" for i in range(len(terms))], [tuple(terms)])
    converted = Rows(raw.vars, [tuple(to_rdflib(t) for t in terms)])
    for fmt in ("table", "csv", "tsv", "json", "xml"):
        assert format_rows(raw, fmt) == format_rows(converted, fmt), fmt


def test_a_query_printed_as_text_never_imports_rdflib(seed_graph):
    code = ("import sys; from diplograph.cli import main\n"
            "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            "print('rdflib' in sys.modules, file=sys.stderr)")
    for fmt in ("table", "csv"):
        proc = subprocess.run([sys.executable, "-c", code, "query", "timeline", "--graph", str(seed_graph),
                               "-f", fmt], capture_output=True, text=True, check=True)
        assert "2023" in proc.stdout
        assert proc.stderr.strip().splitlines()[-1] == "False", proc.stderr
