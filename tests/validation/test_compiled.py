"""The fast validator (SHACL compiled to SPARQL on Oxigraph) gives pySHACL's verdicts.

Every valid and invalid shape fixture, a graph of awkward values written
here, and the graph built from the seeds are validated both ways; the
reports must be equal row for row (focus, label, path, value, message,
source shape, severity).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from diplograph.validation.compiled import class_descendants, compile_shapes, validate_fast, validate_fast_report
from diplograph.validation.shacl import validate_graph
from diplograph.validation.shapes import load_ontology, load_shapes

ROOT = Path(__file__).resolve().parents[2]
SHAPES_DIR = Path(__file__).parent / "shapes"
FIXTURES = sorted((SHAPES_DIR / "valid").glob("*.ttl")) + sorted((SHAPES_DIR / "invalid").glob("*.ttl"))

# Values that sit on the edges of each constraint: ill-typed literals, strings
# where dates belong, blank nodes, language tags, offsets out of order, a
# participation in two meetings, a class reached only through rdfs:subClassOf.
AWKWARD = """
@prefix dg: <https://w3id.org/diplograph/ontology#> .
@prefix dgt: <https://w3id.org/diplograph/topic/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@base <https://w3id.org/diplograph/id/> .

dg:Envoy rdfs:subClassOf dg:Person .
<person/envoy> a dg:Envoy ; skos:prefLabel "An Envoy"@en, "Another name"@en .
<meeting/odd> a dg:Meeting ;
    dg:date "2023-13-45"^^xsd:date, "1850-01-01"^^xsd:date ;
    dg:ordinal "two", 0 ;
    dg:chair <person/envoy>, "Somebody" ;
    dg:location [ a dg:Place ] ;
    dg:participant <state/nowhere> ;
    dg:participation <participation/odd/envoy> ;
    dg:evidence <evidence/odd/5-2> .
<meeting/other> a dg:Meeting ; dg:date "not a date" ; dg:participation <participation/odd/envoy> ;
    dg:evidence <evidence/odd/5-2> .
<participation/odd/envoy> a dg:Participation ; dg:agent <person/envoy> ; dg:represents <org/unknown> ;
    dg:title "" ; dg:evidence <evidence/odd/5-2> .
<evidence/odd/5-2> a dg:Evidence ; dg:document <doc/odd> ; oa:exact "" ;
    oa:start "5"^^xsd:integer ; oa:end "2"^^xsd:integer .
<evidence/odd/lang> a dg:Evidence ; dg:document <doc/odd> ; oa:exact "text"@en ;
    oa:start 7 ; oa:end -3 .
<evidence/odd/far> a dg:Evidence ; dg:document <doc/odd> ; oa:exact "nothing" ; oa:start 0 ; oa:end 900 .
<doc/odd> a dg:Document ; dg:sourceFile "odd.txt", "again.txt" ; dg:text "Short text." ;
    dcterms:date "2023"^^xsd:gYear ;
    dg:mentions <person/envoy>, <org/unknown>, <state/china>, "Envoy", [ a dg:Actor ] ;
    dg:usesName "", "An Envoy"@en, 3, <person/envoy>, [ ] .
<stance/odd> a dg:Stance ; dg:holder [ skos:prefLabel "anonymous" ] ;
    dg:stanceType dg:Demand, "Demand" ; dg:topic dgt:unlisted, dgt:counter-terrorism ;
    dg:evidence <evidence/odd/far> .
<designation/odd> a dg:Designation ; dg:designee <org/etim> ;
    dg:designationDate "1850"^^xsd:gYear, "2003-01-01"^^xsd:date ;
    dg:designatedAs dgt:unlisted ; dg:evidence <evidence/odd/far> .
<claim/odd> a dg:Claim ; dg:about <meeting/missing> ; dg:claimedProperty "dg:date" ;
    dg:evidence <evidence/odd/far> .
"""


def _both(data: rdflib.Graph, ontology: rdflib.Graph):
    slow = validate_graph(data, ontology=ontology).results
    fast = validate_fast_report(data, ontology=ontology).results
    return slow, fast


def _context() -> rdflib.Graph:
    return rdflib.Graph().parse(SHAPES_DIR / "context.ttl", format="turtle")


def test_every_shape_compiles():
    compiled = compile_shapes(load_shapes(), {})
    assert compiled.unsupported == []
    shapes = {c.shape.rsplit("#", 1)[-1] for c in compiled.checks}
    assert {"StanceHolderShape", "EvidenceOffsetsShape", "ParticipationMeetingShape"} <= shapes


@pytest.mark.skipif(not FIXTURES, reason="no shape fixtures yet")
@pytest.mark.parametrize("path", FIXTURES, ids=[f"{p.parent.name}/{p.stem}" for p in FIXTURES])
def test_fast_and_pyshacl_agree_on_fixture(path):
    data = _context()
    data.parse(path, format="turtle")
    slow, fast = _both(data, rdflib.Graph())
    assert fast == slow
    if path.parent.name == "invalid":
        assert fast, "an invalid fixture must give at least one result"


def test_fast_and_pyshacl_agree_on_awkward_values():
    data = _context()
    data.parse(data=AWKWARD, format="turtle")
    slow, fast = _both(data, rdflib.Graph())
    assert len(slow) > 25
    assert fast == slow
    shapes = {r.source_shape for r in fast}
    assert {"shapes:MeetingDateShape", "shapes:EvidenceStartShape", "shapes:ParticipationMeetingShape",
            "shapes:DesignationDateRangeShape", "shapes:EvidenceOffsetsShape", "shapes:DocumentMentionsShape",
            "shapes:DocumentUsesNameShape"} <= shapes


@pytest.mark.skipif(importlib.util.find_spec("diplograph.extract.convert") is None, reason="no converter yet")
def test_fast_and_pyshacl_agree_on_the_seed_graph():
    from diplograph.build import build_graph

    graph = build_graph(ROOT / "seeds")
    slow, fast = _both(graph, load_ontology())
    assert fast == slow


def test_store_is_left_as_it_was():
    store = ox.Store()
    data = _context()
    data.parse(data=AWKWARD, format="turtle")
    store.load(data.serialize(format="nt").encode(), format=ox.RdfFormat.N_TRIPLES)
    before = len(store)
    ontology = rdflib.Graph().parse(data="""
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <https://example.org/A> rdfs:subClassOf <https://example.org/B> .""", format="turtle")
    results = validate_fast(store, ontology=ontology)
    assert len(store) == before
    assert results and all(len(r) == 5 for r in results)
    focus, path, shape, severity, message = results[0]
    assert severity in {"Violation", "Warning"} and shape.startswith("shapes:") and message


def test_subclass_closure_reaches_every_ancestor():
    d = class_descendants([("a", "b"), ("b", "c"), ("d", "c")])
    assert d["c"] == {"a", "b", "c", "d"}
    assert d["b"] == {"a", "b"}


def test_ordered_with_puts_new_results_where_ordered_puts_them():
    import random

    from diplograph.validation.report import Result, ordered, ordered_with

    rng = random.Random(5)

    def result(focus):
        return Result(rng.choice(["Violation", "Warning"]), focus, None, rng.choice([None, "dg:holder", "dg:topic"]),
                      None, rng.choice(["a", "b"]), "shapes:S", rng.choice([None, "x.ttl"]))

    kept = ordered([result(f"n{rng.randrange(50)}") for _ in range(300)])
    new = [result(f"m{rng.randrange(50)}") for _ in range(40)] + [result("n7")]   # n7: also a kept focus
    new = [r for r in new if r not in kept]
    assert ordered_with(kept, new) == ordered(kept + new)
