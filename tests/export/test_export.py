"""Exports: every format re-imports as an isomorphic graph, the bytes are stable, TriG and N-Quads
put each document's facts in its own named graph, and a second parser (pyoxigraph) reads the Turtle.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from diplograph.cli import cli
from diplograph.errors import InputError
from diplograph.export import FORMATS, by_source, export, load_graph

# rdflib's own Dataset code warns about its deprecated parts
pytestmark = pytest.mark.filterwarnings("ignore:.*is deprecated:DeprecationWarning")
HERE = Path(__file__).resolve().parents[1]
ROOT = HERE.parent
FIXTURE = HERE / "queries" / "fixture.ttl"
DGR = "https://w3id.org/diplograph/id/"
RDF_FORMATS = sorted(name for name, f in FORMATS.items() if f.rdf)
RDFLIB_FORMAT = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig",
                 "jsonld": "json-ld", "xml": "xml"}


def reimport(data: bytes, fmt: str) -> Graph:
    """The exported bytes parsed back by rdflib; for quad formats, the union of all graphs."""
    if FORMATS[fmt].named_graphs:
        ds = Dataset()
        ds.parse(data=data, format=RDFLIB_FORMAT[fmt])
        union = Graph()
        for s, p, o, _g in ds.quads((None, None, None, None)):
            union.add((s, p, o))
        return union
    return Graph().parse(data=data, format=RDFLIB_FORMAT[fmt])


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_export_reimports_isomorphic_fixture(fmt):
    data = export(FIXTURE, fmt)
    assert isomorphic(reimport(data, fmt), Graph().parse(FIXTURE))


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_export_reimports_isomorphic_seed(fmt, seed_graph):
    data = export(seed_graph, fmt)
    assert isomorphic(reimport(data, fmt), Graph().parse(seed_graph))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_is_byte_identical_on_rerun(fmt):
    assert export(FIXTURE, fmt) == export(FIXTURE, fmt)


def test_export_does_not_depend_on_hash_seed():
    # set iteration order changes with PYTHONHASHSEED; only a fresh interpreter shows it
    code = ("import hashlib, sys; from pathlib import Path; from diplograph.export import export, FORMATS; "
            "print(' '.join(hashlib.sha256(export(Path(sys.argv[1]), f)).hexdigest() "
            "for f in sorted(FORMATS)))")
    digests = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code, str(FIXTURE)], env=env, capture_output=True,
                             text=True, timeout=120, check=True)
        digests.add(out.stdout)
    ours = " ".join(hashlib.sha256(export(FIXTURE, f)).hexdigest() for f in sorted(FORMATS)) + "\n"
    assert digests == {ours}


def test_every_format_but_the_rdf_ones_is_a_record_or_network_export():
    # the registry says which exports parse back into the graph; the others are tested in their own files
    assert set(FORMATS) - set(RDF_FORMATS) == {"plover", "plover-jsonl", "graphml"}


def test_line_formats_are_sorted():
    for fmt in ("ntriples", "nquads"):
        lines = export(FIXTURE, fmt).decode("utf-8").splitlines()
        assert lines == sorted(lines) and len(lines) == len(set(lines))


OX_FORMAT = {"turtle": "TURTLE", "ntriples": "N_TRIPLES", "nquads": "N_QUADS", "trig": "TRIG",
             "jsonld": "JSON_LD", "xml": "RDF_XML"}


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_export_parses_with_pyoxigraph_too(fmt):
    # a second, independent parser: the same triples (graph names aside)
    import pyoxigraph as ox

    data = export(FIXTURE, fmt)
    theirs = {str(q.triple) for q in ox.parse(data, format=getattr(ox.RdfFormat, OX_FORMAT[fmt]))}
    ours = {str(q.triple) for q in ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TURTLE)}
    assert theirs == ours and len(theirs) == len(Graph().parse(FIXTURE))


def test_turtle_export_of_seed_graph_parses_with_pyoxigraph(seed_graph):
    import pyoxigraph as ox

    data = export(seed_graph, "turtle")
    theirs = {str(q.triple) for q in ox.parse(data, format=ox.RdfFormat.TURTLE)}
    ours = {str(q.triple) for q in ox.parse(path=str(seed_graph), format=ox.RdfFormat.TURTLE)}
    assert theirs == ours


def test_trig_and_nquads_hold_the_same_named_graphs():
    graphs = {}
    for fmt in ("trig", "nquads"):
        ds = Dataset()
        ds.parse(data=export(FIXTURE, fmt), format=RDFLIB_FORMAT[fmt])
        graphs[fmt] = {str(g.identifier): len(g) for g in ds.graphs() if len(g)}
    assert graphs["trig"] == graphs["nquads"]
    assert {f"{DGR}doc/fx1_joint", f"{DGR}doc/fx2_news", f"{DGR}doc/fx3_dushanbe",
            f"{DGR}doc/fx4_sco"} <= set(graphs["trig"])


def test_named_graph_rule():
    ds = by_source(load_graph(FIXTURE))

    def graph_of(subject: str) -> set[str]:
        found = {str(c) for s, p, o, c in ds.quads((URIRef(DGR + subject), None, None, None))}
        assert found, subject
        return found

    default = {str(ds.default_graph.identifier)}
    # a document's own triples, and the facts only it backs, are in its graph
    assert graph_of("doc/fx2_news") == {f"{DGR}doc/fx2_news"}
    assert graph_of("stance/fx2_news/134-202") == {f"{DGR}doc/fx2_news"}
    assert graph_of("designation/fx2_news/taliban") == {f"{DGR}doc/fx2_news"}
    assert graph_of("claim/2023-04-13-samarkand/date/fx2_news") == {f"{DGR}doc/fx2_news"}
    assert graph_of("evidence/fx1_joint/0-136") == {f"{DGR}doc/fx1_joint"}
    assert graph_of("meeting/2021-07-14-dushanbe") == {f"{DGR}doc/fx4_sco"}
    # a meeting two documents report, and the actors, stay in the default graph
    assert graph_of("meeting/2023-04-13-samarkand") == default
    assert graph_of("state/china") == default
    # nothing is lost or doubled
    assert sum(1 for _ in ds.quads((None, None, None, None))) == len(Graph().parse(FIXTURE))


def test_export_command_writes_the_file_it_prints(tmp_path):
    out = tmp_path / "sub" / "g.nq"
    args = ["export", "--format", "nquads", "--graph", str(FIXTURE)]
    written = CliRunner().invoke(cli, [*args, "-o", str(out)])
    printed = CliRunner().invoke(cli, ["export", "--format", "nquads", "--graph", str(FIXTURE)])
    assert written.exit_code == 0 and printed.exit_code == 0
    assert out.read_bytes() == printed.stdout_bytes
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".tmp")]


def test_export_of_a_missing_graph_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="diplograph build"):
        export(tmp_path / "none.ttl", "turtle")
    result = CliRunner().invoke(cli, ["export", "--format", "yaml", "--graph", str(FIXTURE)])
    assert result.exit_code == 2


def test_the_cli_offers_exactly_the_registry_formats():
    from diplograph.commands.export import command

    option = next(p for p in command.params if p.name == "fmt")
    assert list(option.type.choices) == list(FORMATS)
    help_text = CliRunner().invoke(cli, ["export", "--help"]).output
    assert all(name in help_text for name in FORMATS)


def test_each_format_has_its_own_suffix_and_a_media_type():
    suffixes = [f.suffix for f in FORMATS.values()]
    assert len(set(suffixes)) == len(suffixes) and all(s.startswith(".") for s in suffixes)
    assert all("/" in f.media_type and f.help for f in FORMATS.values())


def test_a_registered_format_is_what_export_writes(monkeypatch):
    from diplograph.export import Format

    seen = []
    entry = Format("lines", ".txt", "text/plain", "line count", lambda path: seen.append(path) or b"3\n")
    monkeypatch.setitem(FORMATS, "lines", entry)
    assert export(FIXTURE, "lines") == b"3\n" and seen == [FIXTURE]
    with pytest.raises(InputError, match="unknown export format 'nope'"):
        export(FIXTURE, "nope")
