"""Reference data checks: the actors, places and series of ontology/actors.ttl
and the topic scheme of ontology/topics.ttl are well-formed lexicons."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from diplograph.paths import ontology_dir

DG = rdflib.Namespace("https://w3id.org/diplograph/ontology#")
DGR = "https://w3id.org/diplograph/id/"
DGT = rdflib.Namespace("https://w3id.org/diplograph/topic/")
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"

# The IRI pattern of each reference class (docs/graph-shape.md).
PATTERN_OF_CLASS = {
    DG.State: "state",
    DG.Person: "person",
    DG.Organization: "org",
    DG.IntergovernmentalOrganization: "org",
    DG.Government: "org",
    DG.ArmedGroup: "org",
    DG.InformalGrouping: "org",
    DG.Place: "place",
    DG.MeetingSeries: "series",
}


@pytest.fixture(scope="module")
def actors() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_dir() / "actors.ttl", format="turtle")


@pytest.fixture(scope="module")
def topics() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_dir() / "topics.ttl", format="turtle")


@pytest.fixture(scope="module")
def tbox() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_dir() / "diplograph.ttl", format="turtle")


def _nodes(graph: rdflib.Graph) -> set[rdflib.URIRef]:
    return {s for s in graph.subjects(RDF.type, None) if isinstance(s, rdflib.URIRef)}


def _of_class(graph: rdflib.Graph, cls: rdflib.URIRef) -> set[rdflib.URIRef]:
    return set(graph.subjects(RDF.type, cls))


def _labels(graph: rdflib.Graph, node: rdflib.URIRef) -> list[rdflib.Literal]:
    return list(graph.objects(node, SKOS.prefLabel)) + list(graph.objects(node, SKOS.altLabel))


def _resolve(graph: rdflib.Graph, surface: str) -> set[str]:
    folded = surface.casefold()
    return {
        str(node)[len(DGR) :]
        for node in _nodes(graph)
        if any(str(label).casefold() == folded for label in _labels(graph, node))
    }


def test_every_node_has_one_english_preflabel_equal_to_its_rdfs_label(actors):
    problems = []
    for node in sorted(_nodes(actors)):
        prefs = list(actors.objects(node, SKOS.prefLabel))
        labels = list(actors.objects(node, RDFS.label))
        if len(prefs) != 1 or labels != prefs:
            problems.append(f"{node}: prefLabel {prefs} rdfs:label {labels}")
        elif prefs[0].language != "en":
            problems.append(f"{node}: prefLabel without @en")
        for alt in actors.objects(node, SKOS.altLabel):
            if alt.language != "en":
                problems.append(f"{node}: altLabel {alt!r} without @en")
    assert problems == []


def test_no_label_names_two_nodes_and_no_node_repeats_a_label(actors):
    owners: dict[str, set[str]] = defaultdict(set)
    repeated = []
    for node in _nodes(actors):
        folded = [str(label).casefold() for label in _labels(actors, node)]
        if len(folded) != len(set(folded)):
            repeated.append(str(node))
        for label in folded:
            owners[label].add(str(node))
    shared = {label: sorted(nodes) for label, nodes in owners.items() if len(nodes) > 1}
    assert shared == {}
    assert repeated == []


def test_short_names_are_not_labels(actors):
    labels = {str(label).casefold() for node in _nodes(actors) for label in _labels(actors, node)}
    clashes = [str(s) for s in actors.objects(None, DG.shortName) if str(s).casefold() in labels]
    assert clashes == []


def test_iris_follow_the_slug_pattern_of_their_class(actors):
    problems = []
    for node in sorted(_nodes(actors)):
        kinds = {PATTERN_OF_CLASS[t] for t in actors.objects(node, RDF.type) if t in PATTERN_OF_CLASS}
        if len(kinds) != 1:
            problems.append(f"{node}: types map to IRI patterns {kinds}")
            continue
        (kind,) = kinds
        if not re.fullmatch(re.escape(DGR + kind + "/") + SLUG, str(node)):
            problems.append(f"{node}: expected {DGR}{kind}/<slug>")
    assert problems == []


def test_every_class_used_is_declared_in_the_ontology(actors, tbox):
    used = set(actors.objects(None, RDF.type))
    declared = set(tbox.subjects(RDF.type, OWL.Class))
    assert used - declared == set()
    predicates = {p for p in actors.predicates() if str(p).startswith(str(DG))}
    declared_props = {
        p
        for kind in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
        for p in tbox.subjects(RDF.type, kind)
    }
    assert predicates - declared_props == set()


def test_every_referenced_node_is_declared(actors):
    nodes = _nodes(actors)
    dangling = sorted(
        str(o) for o in actors.objects() if isinstance(o, rdflib.URIRef) and str(o).startswith(DGR)
    )
    assert [o for o in dangling if rdflib.URIRef(o) not in nodes] == []


def test_every_place_is_located_in_a_declared_state_and_capitals_are_unique(actors):
    states = _of_class(actors, DG.State)
    problems = []
    for place in sorted(_of_class(actors, DG.Place)):
        located = list(actors.objects(place, DG.locatedIn))
        if len(located) != 1 or located[0] not in states:
            problems.append(f"{place}: dg:locatedIn {located}")
        for state in actors.objects(place, DG.capitalOf):
            if state not in located:
                problems.append(f"{place}: capital of {state} but located in {located}")
    capitals = defaultdict(list)
    for place, state in actors.subject_objects(DG.capitalOf):
        capitals[state].append(place)
    problems += [
        f"{state}: several capitals {places}" for state, places in capitals.items() if len(places) > 1
    ]
    assert problems == []


def test_states_have_demonyms_and_carry_no_capital_as_a_label(actors):
    capital_names = {
        str(label).casefold()
        for place in actors.subjects(DG.capitalOf, None)
        for label in _labels(actors, place)
    }
    problems = []
    for state in sorted(_of_class(actors, DG.State)):
        if actors.value(state, DG.demonym) is None:
            problems.append(f"{state}: no dg:demonym")
        problems += [
            f"{state}: capital {label} as label"
            for label in _labels(actors, state)
            if str(label).casefold() in capital_names
        ]
    assert problems == []


def test_persons_have_one_affiliation_and_an_office(actors):
    represented = _of_class(actors, DG.State) | _of_class(actors, DG.Organization)
    problems = []
    for person in sorted(_of_class(actors, DG.Person)):
        affiliations = list(actors.objects(person, DG.affiliation))
        if len(affiliations) != 1 or affiliations[0] not in represented:
            problems.append(f"{person}: dg:affiliation {affiliations}")
        if actors.value(person, DG.office) is None:
            problems.append(f"{person}: no dg:office")
    assert problems == []


def test_series_member_states_are_declared_states(actors):
    states = _of_class(actors, DG.State)
    members = list(actors.subject_objects(DG.memberState))
    assert members
    assert [(s, o) for s, o in members if o not in states] == []
    assert all(s in _of_class(actors, DG.MeetingSeries) for s, _ in members)


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Atta", "org/taliban"),
        ("ISIS-KP", "org/islamic-state-khorasan-province"),
        ("Eastern Turkistan Islamic Movement", "org/east-turkistan-islamic-movement"),
        ("Sergei Lavrov", "person/sergey-lavrov"),
        ("Russian Federation", "state/russia"),
        ("U.S.", "state/united-states"),
        ("Nur-Sultan", "place/astana"),
        ("Organisation for Islamic Cooperation", "organisation-of-islamic-cooperation"),
        ("Afghan ruling authorities", "org/afghan-interim-government"),
        ("Moscow Format", "series/moscow-format"),
        ("NATO countries", "org/nato"),
    ],
)
def test_known_surface_forms_resolve_to_one_node(actors, surface, expected):
    resolved = _resolve(actors, surface)
    assert len(resolved) == 1
    assert next(iter(resolved)).endswith(expected)


def test_contract_example_iris_exist(actors):
    for local in (
        "state/china",
        "person/sergey-lavrov",
        "person/qin-gang",
        "org/shanghai-cooperation-organization",
        "org/taliban",
        "org/afghan-interim-government",
        "org/east-turkistan-islamic-movement",
        "place/samarkand",
        "series/moscow-format",
        "series/china-russia-pakistan-iran-informal-meeting-on-afghanistan",
    ):
        assert rdflib.URIRef(DGR + local) in _nodes(actors), local


def test_every_topic_is_in_the_scheme_with_a_label_and_definition(topics):
    scheme = rdflib.URIRef("https://w3id.org/diplograph/topic/scheme")
    assert (scheme, RDF.type, SKOS.ConceptScheme) in topics
    concepts = set(topics.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) >= 20
    problems = []
    for concept in sorted(concepts):
        if not re.fullmatch(re.escape(str(DGT)) + SLUG, str(concept)):
            problems.append(f"{concept}: not dgt:<slug>")
        if (concept, SKOS.inScheme, scheme) not in topics:
            problems.append(f"{concept}: not in dgt:scheme")
        if len(list(topics.objects(concept, SKOS.prefLabel))) != 1:
            problems.append(f"{concept}: needs exactly one prefLabel")
        if topics.value(concept, SKOS.definition) is None:
            problems.append(f"{concept}: no skos:definition")
        for related in (SKOS.broader, SKOS.narrower, SKOS.related):
            problems += [
                f"{concept}: {related} {o} unknown"
                for o in topics.objects(concept, related)
                if o not in concepts
            ]
    assert problems == []


def test_topic_signal_words_are_lowercase_and_do_not_repeat_labels(topics):
    problems = []
    for concept in sorted(set(topics.subjects(RDF.type, SKOS.Concept))):
        visible = {str(label).casefold() for label in _labels(topics, concept)}
        for hidden in topics.objects(concept, SKOS.hiddenLabel):
            text = str(hidden)
            if text != text.lower() or not text.strip():
                problems.append(f"{concept}: hiddenLabel {text!r} is not lowercase")
            if text.casefold() in visible:
                problems.append(f"{concept}: hiddenLabel {text!r} repeats a pref/altLabel (SKOS S13)")
            if "*" in text[:-1]:
                problems.append(f"{concept}: '*' only allowed at the end: {text!r}")
    assert problems == []


def test_topics_named_by_the_contract_exist(topics):
    for slug in (
        "counter-terrorism",
        "terrorism",
        "inclusive-government",
        "womens-rights",
        "human-rights",
        "sanctions",
        "frozen-assets",
        "humanitarian-aid",
        "military-bases",
        "sovereignty",
        "border-security",
        "narcotics",
        "refugees",
        "connectivity",
    ):
        assert (DGT[slug], RDF.type, SKOS.Concept) in topics, slug
    assert (DGT["womens-rights"], SKOS.broader, DGT["human-rights"]) in topics
