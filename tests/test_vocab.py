"""The vocabulary read from the ontology (diplograph.vocab) and the term conversions (diplograph.rdfio)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef

from diplograph import rdfio, vocab
from diplograph.errors import InputError


def test_stance_types_are_the_ontology_enumeration_in_its_order():
    assert vocab.stance_types() == ("Support", "Opposition", "Demand", "Concern", "Reaffirmation",
                                    "Appreciation", "Condemnation", "Commitment", "Welcome", "OtherStance")


def test_every_class_a_kind_maps_to_is_declared_by_the_ontology():
    declared = vocab.classes()
    assert str(vocab.DG.Stance) in declared
    missing = [kind for kind, cls in vocab.CLASS_OF_KIND.items() if str(cls) not in declared]
    assert missing == []


def test_the_plain_prefixes_are_the_namespaces_rdflib_knows():
    from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

    from diplograph.namespaces import PREFIXES

    known = {"skos": SKOS, "rdfs": RDFS, "rdf": RDF, "xsd": XSD, "dcterms": DCTERMS, "prov": PROV, "owl": OWL,
             "dg": vocab.DG, "dgr": vocab.DGR, "dgt": vocab.DGT, "oa": vocab.OA}
    assert PREFIXES == {name: str(ns) for name, ns in known.items()}
    assert list(PREFIXES)[:4] == ["dg", "dgr", "dgt", "oa"]


def test_prefix_subsets_keep_the_callers_order():
    assert list(vocab.prefixes("xsd", "dg")) == ["xsd", "dg"]
    assert vocab.prefixes("dg")["dg"] == str(vocab.DG)


@pytest.mark.parametrize("term", [URIRef("https://w3id.org/diplograph/id/state/china"), BNode("b0"),
                                  Literal("Kabul", lang="en"), Literal("2023-04-13", datatype=vocab.DG.x),
                                  Literal("plain")])
def test_terms_cross_between_rdflib_and_oxigraph_unchanged(term):
    assert rdfio.to_rdflib(rdfio.to_oxigraph(term)) == term


def test_a_term_crosses_a_process_boundary_as_a_tuple():
    lit = ox.Literal("Kabul", language="en")
    assert rdfio.to_tuple(lit) == ("literal", "Kabul", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString", "en")
    assert rdfio.from_tuple(("uri", "https://x/y")) == ox.NamedNode("https://x/y")
    assert rdfio.from_tuple(rdfio.to_tuple(lit)) == lit


def test_a_graph_with_a_syntax_error_names_its_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix dg: <https://w3id.org/diplograph/ontology#> .\n\ndg:a dg:b .\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        rdfio.read_rdflib(bad)
    assert err.value.line == 3 and "bad.ttl:3" in str(err.value)
    with pytest.raises(InputError, match="cannot parse the graph"):
        rdfio.read_oxigraph(bad)


def test_a_missing_graph_says_how_to_make_one(tmp_path):
    with pytest.raises(InputError, match="run `diplograph build` first"):
        rdfio.read_oxigraph(tmp_path / "none.ttl")
