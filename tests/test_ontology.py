"""The OWL check: the ontology, topics and reference actors are consistent
OWL 2 DL for HermiT, and every term of the public contract is declared.

owlready2 does not read Turtle, so the Turtle files are parsed with rdflib and
handed to a fresh owlready2 World as N-Triples. HermiT's command line prints
some Java errors without failing, so each reasoner test also checks that an
expected inference came back (the reasoner really ran).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

import pytest
import rdflib
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS

from diplograph.paths import home, ontology_dir

# the ontology extra (pip install -e '.[ontology]'; `make` installs it): no command needs owlready2
owlready2 = pytest.importorskip("owlready2", reason="the reasoner check needs the `ontology` extra")

DG = rdflib.Namespace("https://w3id.org/diplograph/ontology#")
DGR = "https://w3id.org/diplograph/id/"
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
ONTOLOGY_FILES = ("diplograph.ttl", "topics.ttl", "actors.ttl")

# The contract's dg: terms, kept here so the test runs without ../shared.
CONTRACT_TERMS = """
Actor State Person Organization IntergovernmentalOrganization Government ArmedGroup
DesignatedOrganization Place locatedIn
Meeting MeetingSeries date location inSeries ordinal chair participation Participation agent
represents title participant
Stance holder stanceType addressee topic expressedAt StanceType
Support Opposition Demand Concern Reaffirmation Appreciation Condemnation Commitment Welcome OtherStance
Designation designee authority designatedAs designationDate designatedAt
Evidence evidence document Document sourceFile text
Claim about claimedProperty claimedValue
""".split()
CONTRACT_OA_TERMS = ("exact", "start", "end")
# Terms this ontology adds beyond the contract.
EXTENSION_TERMS = """
InformalGrouping SourceKind JointStatement Readout NewsReport sourceKind
demonym capitalOf affiliation office shortName memberState mentions usesName
isoAlpha2 isoAlpha3 holderInferred endDate
Delisting delisted delistedBy delistingDate
""".split()

DECLARATION_TYPES = {
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    OWL.NamedIndividual,
}

NEEDS_JAVA = pytest.mark.skipif(
    shutil.which(owlready2.JAVA_EXE) is None and shutil.which("java") is None,
    reason="HermiT needs Java (apt-get install default-jre-headless)",
)


def _graph(extra_turtle: str = "") -> rdflib.Graph:
    graph = rdflib.Graph()
    for name in ONTOLOGY_FILES:
        graph.parse(ontology_dir() / name, format="turtle")
    if extra_turtle:
        graph.parse(data=extra_turtle, format="turtle")
    return graph


@pytest.fixture(scope="module")
def tbox() -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(ontology_dir() / "diplograph.ttl", format="turtle")
    return graph


def _reason(graph: rdflib.Graph) -> owlready2.World:
    """Load the graph into a fresh World and run HermiT on it."""
    world = owlready2.World()
    with tempfile.NamedTemporaryFile(suffix=".nt") as handle:
        handle.write(graph.serialize(format="nt", encoding="utf-8"))
        handle.flush()
        onto = world.get_ontology(Path(handle.name).as_uri()).load(format="ntriples")
    with onto:
        # xsd:date and xsd:gYear are outside the OWL 2 datatype map.
        owlready2.sync_reasoner_hermit(
            world, infer_property_values=False, debug=0, ignore_unsupported_datatypes=True
        )
    return world


def _unsatisfiable(world: owlready2.World) -> list[str]:
    """Named classes equivalent to owl:Nothing, without owl:Nothing itself."""
    return sorted(c.iri for c in world.inconsistent_classes() if c.iri != str(OWL.Nothing))


_PROBE = f"""
@prefix dg: <{DG}> .
@prefix dgt: <https://w3id.org/diplograph/topic/> .
<{DGR}designation/probe/etim> a dg:Designation ;
    dg:designee <{DGR}org/east-turkistan-islamic-movement> ;
    dg:authority <{DGR}state/china> ;
    dg:designatedAs dgt:terrorism .
"""


@NEEDS_JAVA
def test_ontology_topics_and_actors_are_consistent_with_no_unsatisfiable_class():
    world = _reason(_graph(_PROBE))
    assert _unsatisfiable(world) == []
    # The reasoner ran: the defined class picked up the designee.
    etim = world[f"{DGR}org/east-turkistan-islamic-movement"]
    designated = world[str(DG.DesignatedOrganization)]
    assert etim is not None and designated is not None
    assert designated in etim.is_a


@NEEDS_JAVA
def test_a_class_below_two_disjoint_classes_is_reported_unsatisfiable():
    bad = f"""
    @prefix dg: <{DG}> .
    @prefix owl: <http://www.w3.org/2002/07/owl#> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    dg:PersonState a owl:Class ; rdfs:subClassOf dg:Person, dg:State .
    """
    world = _reason(_graph(bad))
    assert _unsatisfiable(world) == [str(DG.PersonState)]


@NEEDS_JAVA
def test_an_individual_that_is_both_person_and_state_is_inconsistent():
    clash = f"""
    @prefix dg: <{DG}> .
    <{DGR}person/clash> a dg:Person, dg:State .
    """
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        _reason(_graph(clash))


@NEEDS_JAVA
def test_a_second_value_of_a_functional_property_is_inconsistent():
    clash = f"""
    @prefix dg: <{DG}> .
    <{DGR}evidence/x/0-1> a dg:Evidence ; dg:document <{DGR}doc/a>, <{DGR}doc/b> .
    <{DGR}doc/a> a dg:Document . <{DGR}doc/b> a dg:Document .
    <{DGR}doc/a> <http://www.w3.org/2002/07/owl#differentFrom> <{DGR}doc/b> .
    """
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        _reason(_graph(clash))


@pytest.mark.slow
@NEEDS_JAVA
def test_the_graph_built_from_the_seeds_is_consistent_with_the_ontology(tmp_path):
    from click.testing import CliRunner

    from diplograph.cli import cli

    out = tmp_path / "seeds.ttl"
    result = CliRunner().invoke(cli, ["build", "--seeds", str(home() / "seeds"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    graph = _graph()
    graph.parse(out, format="turtle")
    world = _reason(graph)  # raises OwlReadyInconsistentOntologyError if not
    assert _unsatisfiable(world) == []
    # Every designee is a designated organization (asserted by the converter, entailed by the TBox).
    designated = world[str(DG.DesignatedOrganization)]
    designees = set(graph.objects(None, DG.designee))
    assert designees
    assert all(designated in world[str(d)].is_a for d in designees)


def _declared_with_label_and_comment(graph: rdflib.Graph, term: rdflib.URIRef) -> list[str]:
    problems = []
    if not set(graph.objects(term, RDF.type)) & DECLARATION_TYPES:
        problems.append(f"{term} is not declared (owl:Class, owl:*Property or owl:NamedIndividual)")
    if graph.value(term, RDFS.label) is None:
        problems.append(f"{term} has no rdfs:label")
    if graph.value(term, RDFS.comment) is None:
        problems.append(f"{term} has no rdfs:comment")
    return problems


def test_every_contract_and_extension_term_is_declared_with_label_and_comment(tbox):
    terms = [DG[t] for t in CONTRACT_TERMS + EXTENSION_TERMS] + [OA[t] for t in CONTRACT_OA_TERMS]
    problems = [p for term in terms for p in _declared_with_label_and_comment(tbox, term)]
    assert problems == []


def test_every_dg_term_in_the_ontology_has_label_and_comment_and_is_listed(tbox):
    terms = {s for s in tbox.subjects() if isinstance(s, rdflib.URIRef) and s.startswith(str(DG))}
    problems = [p for term in sorted(terms) for p in _declared_with_label_and_comment(tbox, term)]
    assert problems == []
    # A new term is either in the contract or a named extension.
    assert {str(t)[len(str(DG)) :] for t in terms} == set(CONTRACT_TERMS) | set(EXTENSION_TERMS)


def test_every_dg_term_in_the_data_model_page_is_declared(tbox):
    page = home().parent / "shared" / "design" / "data-model.md"
    if not page.exists():
        pytest.skip(f"{page} not found: the public contract lives beside the repository")
    mentioned = set(re.findall(r"\bdg:([A-Za-z][A-Za-z0-9]*)", page.read_text(encoding="utf-8")))
    assert mentioned, "no dg: term found in data-model.md"
    problems = [p for name in sorted(mentioned) for p in _declared_with_label_and_comment(tbox, DG[name])]
    assert problems == []
    # The explicit list above must not fall behind the page.
    assert mentioned <= set(CONTRACT_TERMS)


def test_the_ten_stance_types_are_distinct_and_map_to_event_codes(tbox):
    skos_close = rdflib.URIRef("http://www.w3.org/2004/02/skos/core#closeMatch")
    types = set(tbox.subjects(RDF.type, DG.StanceType))
    assert len(types) == 10
    for stance_type in types:
        matches = list(tbox.objects(stance_type, skos_close))
        assert any("/cameo/" in str(m) for m in matches), stance_type
        for match in matches:
            assert tbox.value(match, RDFS.label) is not None, match
    distinct = [
        set(Collection(tbox, members))
        for node in tbox.subjects(RDF.type, OWL.AllDifferent)
        for members in tbox.objects(node, OWL.distinctMembers)
    ]
    assert types in distinct


def test_no_iri_is_both_an_annotation_and_a_data_or_object_property():
    graph = _graph()
    annotation = set(graph.subjects(RDF.type, OWL.AnnotationProperty))
    objects = set(graph.subjects(RDF.type, OWL.ObjectProperty))
    data = set(graph.subjects(RDF.type, OWL.DatatypeProperty))
    assert annotation & (objects | data) == set()
    assert objects & data == set()


def test_ontology_header_has_version_and_fixed_dates(tbox):
    onto = rdflib.URIRef("https://w3id.org/diplograph/ontology")
    assert (onto, RDF.type, OWL.Ontology) in tbox
    assert tbox.value(onto, OWL.versionIRI) == rdflib.URIRef("https://w3id.org/diplograph/ontology/0.1.0")
    dcterms = rdflib.Namespace("http://purl.org/dc/terms/")
    for prop in (dcterms.title, dcterms.description, dcterms.created, dcterms.modified):
        assert tbox.value(onto, prop) is not None, prop
