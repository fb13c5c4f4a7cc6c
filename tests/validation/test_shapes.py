"""The SHACL shapes: every shape has a valid and an invalid fixture.

Fixtures are annotations validated on top of tests/validation/shapes/context.ttl, a tiny
built graph. tests/validation/shapes/manifest.ttl, in the form of the W3C SHACL test
suite, states the report each fixture must give: conforms or not, and for an
invalid fixture (named after the shape it breaks) the focus node, result
path, source shape and severity; every result it causes must come from that
shape.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

import pytest
import rdflib
from rdflib import RDF, RDFS, BNode, Namespace
from rdflib.namespace import SH

from diplograph.validation.shacl import validate_graph
from diplograph.validation.shapes import add_superclass_types, load_ontology, load_shapes
from diplograph.vocab import SHAPES, compact

HERE = Path(__file__).parent / "shapes"
BASE = "https://w3id.org/diplograph/id/"
VALID = sorted((HERE / "valid").glob("*.ttl"))
INVALID = sorted((HERE / "invalid").glob("*.ttl"))
REPO = Path(__file__).resolve().parents[2]
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
SHT = Namespace("http://www.w3.org/ns/shacl-test#")

# Parameters that make a shape check something by itself (not only group others).
CONSTRAINT_PARAMS = {SH.minCount, SH.maxCount, SH["class"], SH.datatype, SH.nodeKind, SH["in"], SH["or"],
                     SH.node, SH.sparql, SH.minLength, SH.minInclusive, SH.maxInclusive, SH.minExclusive,
                     SH.lessThan, SH.hasValue}


def context() -> rdflib.Graph:
    return rdflib.Graph().parse(HERE / "context.ttl", format="turtle")


def validate_fixture(path: Path):
    data = context()
    data.parse(path, format="turtle")
    return validate_graph(data, ontology=rdflib.Graph())


def checking_shapes() -> set[str]:
    """Named shapes that check something themselves and can be a result's source shape."""
    g = load_shapes()
    used_as_node = set(g.objects(None, SH.node))
    names = set()
    for s in set(g.subjects(RDF.type, SH.NodeShape)) | set(g.subjects(RDF.type, SH.PropertyShape)):
        if str(s).startswith(str(SHAPES)) and s not in used_as_node:
            if any(p in CONSTRAINT_PARAMS for p in g.predicates(s)):
                names.add(compact(str(s)))
    return names


def test_context_conforms_without_results():
    report = validate_graph(context(), ontology=rdflib.Graph())
    assert report.results == [], report.format_text()


class Case(NamedTuple):
    """One entry of shapes/manifest.ttl: a fixture and the report it must give."""

    name: str
    label: str
    path: Path
    conforms: bool
    expected: list[tuple[object, str, str, str]]      # (focus, path, source shape, severity)


def manifest() -> list[Case]:
    """The cases of the manifest, in its order (mf:entries)."""
    g = rdflib.Graph().parse(HERE / "manifest.ttl", format="turtle")
    root = g.value(None, RDF.type, MF.Manifest)
    cases = []
    for entry in rdflib.collection.Collection(g, g.value(root, MF.entries)):
        action, result = g.value(entry, MF.action), g.value(entry, MF.result)
        expected = []
        for r in g.objects(result, SH.result):
            path = g.value(r, SH.resultPath)
            inverse = g.value(path, SH.inversePath) if isinstance(path, BNode) else None
            shown = "-" if path is None else "^" + compact(str(inverse)) if inverse is not None else compact(str(path))
            expected.append((g.value(r, SH.focusNode), shown, compact(str(g.value(r, SH.sourceShape))),
                             str(g.value(r, SH.resultSeverity)).rsplit("#", 1)[1]))
        cases.append(Case(str(entry).rsplit("#", 1)[1], str(g.value(entry, RDFS.label)),
                          HERE / str(g.value(action, SHT.dataGraph)), g.value(result, SH.conforms).toPython(),
                          expected))
    return cases


CASES = manifest()


def test_the_manifest_lists_every_fixture_once():
    listed = sorted(c.path for c in CASES)
    assert listed == sorted(VALID + INVALID)
    assert all(c.label for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fixture_gives_the_report_of_the_manifest(case):
    first = case.path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith(("# Valid: ", "# Invalid: ")), "a fixture starts with a comment saying what it is"
    report = validate_fixture(case.path)
    assert report.conforms == case.conforms, report.format_text()
    if not case.expected:
        assert report.results == [], report.format_text()
        return
    shape = case.expected[0][2]
    assert shape == f"shapes:{case.path.stem}", "an invalid fixture is named after the shape it breaks"
    # every result the fixture causes comes from the shape it breaks
    assert {r.source_shape for r in report.results} == {e[2] for e in case.expected}, report.format_text()
    for focus, path, shape, severity in case.expected:
        hits = [r for r in report.results
                if (r.path or "-") == path and r.source_shape == shape and r.severity == severity
                and (r.focus == str(focus) if not isinstance(focus, BNode) else not r.focus.startswith("http"))]
        assert hits, report.format_text()


def test_every_shape_has_a_valid_and_an_invalid_fixture():
    shapes = checking_shapes()
    invalid = {e[2] for c in CASES for e in c.expected}
    covered_by_valid = set()
    for path in VALID:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# Shapes: "):
                covered_by_valid |= set(line.split()[2:])
    assert shapes - invalid == set(), "shapes without an invalid fixture"
    assert shapes - covered_by_valid == set(), "shapes no valid fixture lists"
    assert invalid - shapes == set(), "invalid fixtures named after no shape"


def test_every_constraint_has_a_message():
    g = load_shapes()
    for shape in checking_shapes():
        node = rdflib.URIRef(str(SHAPES) + shape.split(":", 1)[1])
        has_message = (g.value(node, SH.message) is not None
                       or all(g.value(c, SH.message) is not None for c in g.objects(node, SH.sparql)))
        assert has_message, f"{shape} has no sh:message"


def test_subclass_instances_count_as_actors():
    # dgr:state/china is typed dg:State only; the validator types it dg:Actor too.
    g = context()
    add_superclass_types(g)
    china = rdflib.URIRef(BASE + "state/china")
    aig = rdflib.URIRef(BASE + "org/afghan-interim-government")
    actor = rdflib.URIRef("https://w3id.org/diplograph/ontology#Actor")
    assert (china, RDF.type, actor) in g
    assert (aig, RDF.type, actor) in g  # Government -> Organization -> Actor


def test_validate_graph_does_not_change_its_input():
    g = context()
    before = len(g)
    validate_graph(g, ontology=rdflib.Graph())
    assert len(g) == before


def test_focus_nodes_limit_the_report():
    data = context()
    data.parse(HERE / "invalid" / "StanceHolderShape.ttl")
    data.parse(HERE / "invalid" / "ClaimEvidenceShape.ttl")
    claim = rdflib.URIRef(BASE + "claim/x")
    report = validate_graph(data, ontology=rdflib.Graph(), focus_nodes=[claim], files={claim: "c.ttl"})
    assert {r.source_shape for r in report.results} == {"shapes:ClaimEvidenceShape"}
    assert {r.file for r in report.results} == {"c.ttl"}


def test_stance_types_match_the_ontology():
    ontology = load_ontology_or_skip()
    dg = rdflib.Namespace("https://w3id.org/diplograph/ontology#")
    declared = set(ontology.subjects(RDF.type, dg.StanceType))
    if not declared:
        pytest.skip("ontology does not declare dg:StanceType individuals yet")
    shapes = load_shapes()
    listed = set(rdflib.collection.Collection(
        shapes, shapes.value(rdflib.URIRef(str(SHAPES) + "StanceTypeShape"), SH["in"])))
    assert listed == declared


def load_ontology_or_skip() -> rdflib.Graph:
    try:
        graph = load_ontology()
    except Exception as exc:  # the ontology is being written in parallel
        pytest.skip(f"ontology not loadable yet: {exc}")
    if len(graph) == 0:
        pytest.skip("ontology not written yet")
    return graph


def test_seed_graph_conforms():
    from diplograph.build import build_graph

    graph = build_graph(REPO / "seeds")
    report = validate_graph(graph)
    assert report.conforms, report.format_text()
    # Nothing is typed with a blank node where the contract wants an IRI.
    assert not any(isinstance(s, BNode) for s in graph.subjects(RDF.type, None))


# --- queries/check-*.rq: the same checks for any SPARQL engine ---------------

CHECKS = sorted((REPO / "queries").glob("check-*.rq"))
# check query -> invalid fixtures it must flag (with the entity it must name)
CHECK_CASES = {
    "check-evidence-offsets": [("EvidenceOffsetsShape", "evidence/bad")],
    "check-dangling-references": [("StanceExpressedAtShape", "stance/analyst/1"),
                                  ("ClaimAboutShape", "claim/x"),
                                  ("StanceAddresseeShape", "stance/analyst/1")],
    "check-stance-types": [("StanceTypeShape", "stance/analyst/1")],
    "check-meeting-dates": [("MeetingDateShape", "meeting/2023-04-13-samarkand"),
                            ("MeetingDateRangeShape", "meeting/2024-01-02-samarkand")],
    "check-unknown-terms": [],  # needs the ontology: test_unknown_terms_are_found_by_query_and_validator
    "check-required-links": [("StanceHolderShape", "stance/analyst/1"),
                             ("ParticipationAgentShape", "participation/2023-04-13-samarkand/sergey-lavrov"),
                             ("EvidenceEndShape", "evidence/bad")],
}


def run_check(query: Path, graph: rdflib.Graph) -> list[tuple[str, str, str]]:
    rows = [(str(r.entity), str(r.property), str(r.value)) for r in graph.query(query.read_text("utf-8"))]
    import pyoxigraph as ox

    store = ox.Store()
    store.load(graph.serialize(format="nt").encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    ox_rows = [(s["entity"].value, s["property"].value, s["value"].value)
               for s in store.query(query.read_text("utf-8"))]
    assert sorted(rows) == sorted(ox_rows), "rdflib and Oxigraph disagree"
    return rows


@pytest.mark.parametrize("query", CHECKS, ids=[q.stem for q in CHECKS])
def test_check_query_header_and_columns(query):
    text = query.read_text("utf-8")
    header = [line for line in text.splitlines() if line.startswith("#+ ")]
    # `#+ kept:` may say that the default engine keeps the check's answer (query/kept.py)
    assert {line.split(":", 1)[0] for line in header} - {"#+ kept"} == {"#+ summary", "#+ description",
                                                                        "#+ params"}
    assert re.search(r"SELECT (DISTINCT )?\?entity \?property \?value\b", text)
    assert query.stem in CHECK_CASES, "every check query needs a case below"


@pytest.mark.parametrize("query", CHECKS, ids=[q.stem for q in CHECKS])
def test_check_query_passes_on_valid_data(query):
    data = context()
    for path in VALID:
        data.parse(path, format="turtle")
    assert run_check(query, data) == []


@pytest.mark.parametrize("name, fixture, entity",
                         [(q, f, e) for q, cases in sorted(CHECK_CASES.items()) for f, e in cases])
def test_check_query_flags_invalid_data(name, fixture, entity):
    data = context()
    data.parse(HERE / "invalid" / f"{fixture}.ttl", format="turtle")
    rows = run_check(REPO / "queries" / f"{name}.rq", data)
    assert [r for r in rows if r[0] == BASE + entity and r[2]], rows


MISSPELT = """@base <https://w3id.org/diplograph/id/> .
@prefix dg: <https://w3id.org/diplograph/ontology#> .
<stance/analyst/1> a dg:Stanse ; dg:holdr <state/china> .
"""


@pytest.mark.slow
def test_unknown_terms_are_found_by_query_and_validator():
    ontology = load_ontology_or_skip()
    if (rdflib.URIRef("https://w3id.org/diplograph/ontology#Stance"), RDF.type, None) not in ontology:
        pytest.skip("ontology does not declare dg:Stance yet")
    data = context()
    assert run_check(REPO / "queries" / "check-unknown-terms.rq", data + ontology) == []
    assert validate_graph(data, ontology=ontology).results == []

    data.parse(data=MISSPELT, format="turtle")
    rows = run_check(REPO / "queries" / "check-unknown-terms.rq", data + ontology)
    stance = BASE + "stance/analyst/1"
    assert sorted((r[0], r[1].rsplit("#", 1)[-1]) for r in rows) == [(stance, "holdr"), (stance, "type")]
    found = [(r.focus, r.path, r.source_shape) for r in validate_graph(data, ontology=ontology).results
             if r.source_shape == "check-unknown-terms"]
    assert sorted(found) == [(stance, "dg:holdr", "check-unknown-terms"),
                             (stance, "rdf:type", "check-unknown-terms")]


def test_unknown_terms_check_is_inert_without_the_ontology():
    data = context()
    data.parse(data=MISSPELT, format="turtle")
    assert run_check(REPO / "queries" / "check-unknown-terms.rq", data) == []
    assert not [r for r in validate_graph(data, ontology=rdflib.Graph()).results
                if r.source_shape == "check-unknown-terms"]


# --- the native fast path gives the same report as pySHACL ---------------------

@pytest.mark.parametrize("path", VALID + INVALID, ids=[f"{p.parent.name}-{p.stem}" for p in VALID + INVALID])
def test_native_checks_match_pyshacl_on_fixture(path):
    data = context()
    data.parse(path, format="turtle")
    fast = validate_graph(data, ontology=rdflib.Graph())
    slow = validate_graph(data, ontology=rdflib.Graph(), native=False)
    assert fast.results == slow.results


def test_native_checks_match_pyshacl_on_awkward_offsets():
    data = context()
    data.parse(data="""@base <https://w3id.org/diplograph/id/> .
@prefix dg: <https://w3id.org/diplograph/ontology#> . @prefix oa: <http://www.w3.org/ns/oa#> .
<evidence/a> a dg:Evidence ; dg:document <doc/test> ; oa:exact "On" ; oa:start -1 ; oa:end 1 .
<evidence/b> a dg:Evidence ; dg:document <doc/test> ; oa:exact "On 13", "On 14" ; oa:start 0 ; oa:end 5 .
<evidence/c> a dg:Evidence ; dg:document <doc/test> ; oa:exact "x" ; oa:start "0" ; oa:end 999 .
<evidence/d> a dg:Evidence ; dg:document <doc/test> ; oa:exact "ETIM." ; oa:start 131 ; oa:end 136 .
<evidence/e> a dg:Evidence ; dg:document <doc/test>, <doc/none> ; oa:exact "On" ; oa:start 0 ; oa:end 2 .
""", format="turtle")
    fast = validate_graph(data, ontology=rdflib.Graph())
    slow = validate_graph(data, ontology=rdflib.Graph(), native=False)
    assert fast.results == slow.results
    assert {r.focus.rsplit("/", 1)[-1] for r in fast.results if r.source_shape == "shapes:EvidenceOffsetsShape"} \
        == {"a", "b", "c"}


def test_native_checks_match_pyshacl_on_seed_graph():
    from diplograph.build import build_graph

    graph = build_graph(REPO / "seeds")
    # Break three quotes so that the offsets check has something to report.
    oa = rdflib.Namespace("http://www.w3.org/ns/oa#")
    for ev in sorted(graph.subjects(oa.start, None))[:3]:
        graph.set((ev, oa.start, rdflib.Literal(int(graph.value(ev, oa.start)) + 1)))
    fast = validate_graph(graph)
    assert len([r for r in fast.results if r.source_shape == "shapes:EvidenceOffsetsShape"]) == 3
    assert fast.results == validate_graph(graph, native=False).results
