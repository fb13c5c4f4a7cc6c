"""The saved queries rewritten for speed on Oxigraph's store on disk (issue 18) give the rows of their
plain forms (tests/query/reference/: each query as it was before, a link looked up per node), row for
row and in order, on rdflib and on Oxigraph: on the fixture, the seeds, and the seeds damaged so that
every check finds something and the reports meet the awkward cases (no label, two labels, no type,
two types, a link to nothing, a literal for a node, no text, offsets outside it, a wrong quote).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, SKOS, Graph, Literal, Namespace, URIRef

from diplograph.paths import queries_dir
from diplograph.query.engines import OxigraphEngine, RdflibEngine
from diplograph.query.saved import bind, find_query

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
REFERENCE = HERE / "reference"
FIXTURE = HERE.parent / "queries" / "fixture.ttl"
NAMES = sorted(p.stem for p in REFERENCE.glob("*.rq"))
DG = Namespace("https://w3id.org/diplograph/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
NEEDS_ONTOLOGY = {"check-unknown-terms"}
PARAMS = {"topic-stances": [{}, {"topic": "sanctions"}, {"topic": "humanitarian aid"}],
          "designation-gaps": [{}, {"side": "United States"}, {"other": "European Union"}],
          "urged": [{}, {"addressee": "all", "type": "all"}, {"addressee": "Taliban", "type": "Concern"}],
          "actor-stances": [{}, {"actor": "China"}, {"actor": "Wang Yi"}],
          "attendees": [{}, {"meeting": "all"}, {"meeting": "Samarkand"}],
          "co-attendance": [{}, {"kind": "all"}, {"kind": "Person"}],
          "uncited": [{}, {"doc": "all"}, {"doc": "004_4f8ed06a1bdb220a"}],
          "provenance": [{}, {"node": "meeting/2023-04-13-samarkand"},
                         {"node": "<https://w3id.org/diplograph/id/meeting/2023-04-13-samarkand>"},
                         {"node": "https://w3id.org/diplograph/id/meeting/2023-04-13-samarkand"},
                         {"node": "stance/000_e747bdc18f26e6a7/1201-1310"}, {"node": "nothing/at/all"}]}


def damaged(seed_graph: Path, out: Path) -> Path:
    """The seeds with one of each fault the checks look for, and the oddities a report must take."""
    g = Graph().parse(seed_graph)
    stances = sorted(g.subjects(RDF.type, DG.Stance))
    spans = sorted(g.subjects(RDF.type, DG.Evidence))
    designations = sorted(g.subjects(RDF.type, DG.Designation))
    holders = sorted(set(g.objects(None, DG.holder)))
    topics = sorted(set(g.objects(None, DG.topic)))
    documents = sorted(g.subjects(RDF.type, DG.Document))
    g.remove((stances[0], DG.stanceType, None))                       # no type
    g.add((stances[1], DG.stanceType, DG.Support))                    # a second type
    g.set((stances[2], DG.stanceType, DG.Nonsense))                   # not one of the ten
    g.remove((stances[3], DG.holder, None))                           # no holder
    g.add((stances[4], DG.addressee, URIRef("https://w3id.org/diplograph/id/state/nowhere")))
    g.add((stances[5], DG.holder, Literal("France")))                 # a literal for a node
    g.remove((spans[0], OA.end, None))                                # no end
    g.set((spans[1], OA.start, Literal(10 ** 6)))                     # outside the text
    g.set((spans[2], OA.exact, Literal("not what the text says")))    # a wrong quote
    g.set((spans[3], OA.exact, Literal("")))                          # an empty quote
    g.add((holders[0], SKOS.prefLabel, Literal("A second name")))     # two labels
    g.remove((holders[1], SKOS.prefLabel, None))                      # none
    g.remove((topics[0], SKOS.prefLabel, None))
    g.remove((designations[0], DG.authority, None))                   # no authority
    g.remove((documents[-1], DG.text, None))                          # no text to check quotes against
    g.serialize(out, format="turtle")
    return out


def with_ontology(graph: Path, out: Path) -> Path:
    """The graph with the ontology in it and a misspelt property and class, for check-unknown-terms."""
    g = Graph().parse(graph).parse(ROOT / "ontology" / "diplograph.ttl")
    stance = sorted(g.subjects(RDF.type, DG.Stance))[0]
    g.add((stance, DG.holdr, Literal("China")))
    g.add((stance, RDF.type, DG.Stanse))
    g.serialize(out, format="turtle")
    return out


@pytest.fixture(scope="module")
def graphs(seed_graph, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("damaged")
    hurt = damaged(seed_graph, out / "g.ttl")
    return {"fixture": FIXTURE, "seeds": seed_graph, "damaged": hurt,
            "damaged with the ontology": with_ontology(hurt, out / "with-ontology.ttl")}


def test_every_reference_is_a_saved_query():
    assert NAMES and all((queries_dir() / f"{name}.rq").is_file() for name in NAMES)


# every graph on both engines; the damaged seeds, and the seeds on rdflib (its plain forms of urged and
# uncited take ten seconds each there), with the slow tests (CI runs both)
_CASES = [pytest.param(graph, engine, marks=pytest.mark.slow) if graph == "damaged" or (
    graph, engine) == ("seeds", "rdflib") else (graph, engine)
    for graph in ("fixture", "seeds", "damaged") for engine in ("rdflib", "oxigraph")]


@pytest.mark.parametrize("graph, engine", _CASES)
@pytest.mark.parametrize("name", NAMES)
def test_a_rewritten_query_gives_the_rows_of_its_plain_form(name, graph, engine, graphs):
    # the unknown terms are only known beside the ontology
    path = graphs[f"{graph} with the ontology" if graph == "damaged" and name in NEEDS_ONTOLOGY else graph]
    engines = [RdflibEngine(path) if engine == "rdflib" else OxigraphEngine(path)]
    found = 0
    for values in PARAMS.get(name, [{}]):
        for engine in engines:
            ours = engine.select(bind(find_query(name), values))
            plain = engine.select(bind(find_query(str(REFERENCE / f"{name}.rq")), values))
            assert ours.vars == plain.vars
            assert ours.rows == plain.rows, (engine.name, values)
            found += len(ours.rows)
    if graph == "damaged":
        assert found, "the damaged graph gives every rewritten query something to find"
