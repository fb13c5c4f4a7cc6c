"""Saved queries give one row per fact (issue 17, item 10).

`urged` gave one row per holder x topic of each stance (104 rows for 18 stances on the seeds), and
`designations` one per authority with the same quote. Now each gives one row per stance or
designation, the holders, topics and authorities listed in one cell, sorted, and the same on rdflib
and on Oxigraph however the graph's triples are ordered; `urged` has a stance-type column.
"""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

import pytest

from diplograph.errors import InputError
from diplograph.query.engines import OxigraphEngine, RdflibEngine, Rows
from diplograph.query.saved import find_query, run

HERE = Path(__file__).resolve().parents[1]
FIXTURE = HERE / "queries" / "fixture.ttl"
ONE_ROW = {"urged": ("stance", {"addressee": "all", "type": "all"}),
           "designations": ("designation", {})}
# the other queries of stances, one row per stance too (the same rule; they repeated rows the same way)
STANCE_QUERIES = {"actor-stances": ({"actor": "China"}, {"actor": "https://w3id.org/diplograph/id/state_s0"},
                                    "actor"),
                  "topic-stances": ({"topic": "counter-terrorism"}, {"topic": "t0"}, "holder"),
                  "meeting-stances": ({"meeting": "2023-04-13"}, {"meeting": "last"}, "holder")}


def column(rows: Rows, var: str) -> list[str | None]:
    i = rows.vars.index(var)
    return [None if r[i] is None else str(r[i]) for r in rows.rows]


def distinct_facts(engine, name: str) -> int:
    pattern = {"stance": "?s a dg:Stance ; dg:addressee ?a", "designation": "?s a dg:Designation"}[ONE_ROW[name][0]]
    rows = engine.select("PREFIX dg: <https://w3id.org/diplograph/ontology#>\n"
                         f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {pattern} }}")
    return int(rows.rows[0][0])


@pytest.mark.parametrize("name", sorted(ONE_ROW))
@pytest.mark.parametrize("graph", ["fixture", "seed"])
def test_one_row_per_fact(name, graph, seed_graph):
    engine = RdflibEngine(FIXTURE if graph == "fixture" else seed_graph)
    key, params = ONE_ROW[name]
    rows = run(find_query(name), engine, params)
    facts = column(rows, key)
    assert len(facts) == len(set(facts)) == distinct_facts(engine, name)


@pytest.mark.parametrize("name", sorted(STANCE_QUERIES))
@pytest.mark.parametrize("graph", ["fixture", "seed"])
def test_one_row_per_stance_in_the_other_stance_queries(name, graph, seed_graph):
    rows = run(find_query(name), RdflibEngine(FIXTURE if graph == "fixture" else seed_graph),
               STANCE_QUERIES[name][0])
    stances = column(rows, "stance")
    assert stances and len(stances) == len(set(stances))


def test_meeting_stances_list_the_holders_in_one_cell():
    rows = run(find_query("meeting-stances"), RdflibEngine(FIXTURE), {"meeting": "2023-04-13"})
    cells = dict(zip(column(rows, "stance"), column(rows, "holder"), strict=True))
    assert cells["https://w3id.org/diplograph/id/stance/fx1_joint/207-306"] == "China; Iran; Pakistan; Russia"


def test_urged_lists_holders_and_topics_in_one_cell_with_the_stance_type():
    rows = run(find_query("urged"), RdflibEngine(FIXTURE), {"addressee": "all"})
    assert rows.vars[:4] == ["addressee", "type", "urgedBy", "topic"]
    by_addressee = dict(zip(column(rows, "addressee"), column(rows, "urgedBy"), strict=True))
    assert by_addressee["Afghan Interim Government"] == "China; Iran; Pakistan; Russia"
    assert by_addressee["Taliban"] == "China; Pakistan; Russia"
    assert set(column(rows, "type")) == {"Demand"}


def test_urged_type_parameter():
    engine = RdflibEngine(FIXTURE)
    query = find_query("urged")
    demands = run(query, engine, {"addressee": "all"})
    every = run(query, engine, {"addressee": "all", "type": "all"})
    assert set(column(demands, "type")) == {"Demand"}
    assert len(every.rows) >= len(demands.rows)
    for spelled in ("demand", "dg:Demand", "https://w3id.org/diplograph/ontology#Demand"):
        assert run(query, engine, {"addressee": "all", "type": spelled}).rows == demands.rows


def test_designations_list_their_authorities_in_one_cell():
    rows = run(find_query("designations"), RdflibEngine(FIXTURE))
    cells = dict(zip(column(rows, "organization"), column(rows, "authority"), strict=True))
    assert cells["Tehreek-e-Taliban Pakistan"] == "China; Iran; Pakistan; Russia"
    assert cells["Taliban"] == "Russia"


PREFIXES = """@prefix dg: <https://w3id.org/diplograph/ontology#> .
@prefix dgt: <https://w3id.org/diplograph/topic/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix r: <https://w3id.org/diplograph/id/> .
"""
TYPES = ["Demand", "Concern", "Support"]


def random_graph(rng: random.Random) -> str:
    """Stances and designations with several holders, topics, addressees and authorities, in random order."""
    names = [f"{rng.choice('ABCDEFGHZ')}{rng.choice('aeiou')}{i}" for i in range(8)]
    lines = [f'r:state_s{i} a dg:State ; skos:prefLabel "{n}"@en .' for i, n in enumerate(names)]
    lines += [f'dgt:t{i} skos:prefLabel "{rng.choice("xyzw")}topic{i}"@en .' for i in range(5)]
    lines += ['r:doc_d a dg:Document ; dg:sourceFile "d.txt" .',
              'r:meeting_m a dg:Meeting ; dg:date "2023-04-13"^^xsd:date .']
    for k in range(rng.randint(1, 6)):
        lines += [f"r:stance_{k} a dg:Stance ; dg:stanceType dg:{rng.choice(TYPES)} ; dg:evidence r:ev_s{k} .",
                  f'r:ev_s{k} oa:exact "quote {k}" ; dg:document r:doc_d .']
        if rng.random() < 0.7:
            lines.append(f"r:stance_{k} dg:expressedAt r:meeting_m .")
        for rel, pool in (("holder", range(8)), ("addressee", range(8)), ("topic", range(6))):
            for i in rng.sample(list(pool), rng.randint(1 if rel != "topic" else 0, 3)):
                target = f"dgt:t{i}" if rel == "topic" else f"r:state_s{i}"
                lines.append(f"r:stance_{k} dg:{rel} {target} .")
    for k in range(rng.randint(0, 4)):
        lines += [f"r:designation_{k} a dg:Designation ; dg:designee r:state_s{rng.randrange(8)} ; "
                  f"dg:evidence r:ev_d{k} ; dg:designatedAs dgt:t{rng.randrange(5)} .",
                  f'r:ev_d{k} oa:exact "named {k}" ; dg:document r:doc_d .']
        for i in rng.sample(range(8), rng.randint(0, 4)):
            lines.append(f"r:designation_{k} dg:authority r:state_s{i} .")
    rng.shuffle(lines)
    return PREFIXES + "\n".join(lines) + "\n"


@pytest.mark.slow
def test_aggregated_cells_agree_across_engines_on_random_graphs(tmp_path):
    rng = random.Random(17)
    for n in range(6):
        path = tmp_path / f"g{n}.ttl"
        path.write_text(random_graph(rng), encoding="utf-8")
        engines = (RdflibEngine(path), OxigraphEngine(path))
        cases = [(name, key, params, "urgedBy" if name == "urged" else "authority")
                 for name, (key, params) in ONE_ROW.items()]
        cases += [(name, "stance", params, cell) for name, (_, params, cell) in STANCE_QUERIES.items()]
        for name, key, params, cell_column in cases:
            answers = []
            for engine in engines:
                try:
                    answers.append(run(find_query(name), engine, params))
                except InputError as exc:  # the value names nothing here: so on both engines
                    answers.append(str(exc))
            if isinstance(answers[0], str):
                assert answers[0] == answers[1]
                continue
            assert answers[0].rows == answers[1].rows, f"{name} differs on graph {n}:\n{path.read_text()}"
            facts = column(answers[0], key)
            assert len(facts) == len(set(facts))
            for cell in column(answers[0], cell_column):
                if cell:
                    items = cell.split("; ")
                    assert items == sorted(set(items))  # sorted, each name once
        engines[1].close()


def test_the_web_download_gives_one_row_per_fact():
    from diplograph.web.app import App

    app = App(FIXTURE, workers=1)
    try:
        reply = app.handle("GET", "/queries/download",
                           {"name": "urged", "format": "csv", "p_addressee": "all", "p_type": "all"}, {}, b"")
    finally:
        app.close()
    assert reply.status == 200
    table = list(csv.DictReader(io.StringIO(reply.body.decode("utf-8"))))
    stances = [r["stance"] for r in table]
    assert stances and len(stances) == len(set(stances))
    assert "China; Iran; Pakistan; Russia" in {r["urgedBy"] for r in table}


def test_nothing_to_aggregate_gives_no_row_on_either_engine(tmp_path):
    """rdflib makes one group of unbound keys out of no rows; joined on, it matched every evidence span."""
    no_designation = tmp_path / "none.ttl"
    no_designation.write_text(PREFIXES + 'r:ev_1 oa:exact "q" ; dg:document r:doc_d .\n'
                              'r:x a dg:Stance ; dg:stanceType dg:Demand ; dg:evidence r:ev_1 .\n'
                              'r:doc_d dg:sourceFile "d.txt" .\n', encoding="utf-8")
    for engine in (RdflibEngine(FIXTURE), OxigraphEngine(FIXTURE)):
        assert run(find_query("urged"), engine, {"addressee": "all", "type": "Concern"}).rows == []
    for engine in (RdflibEngine(no_designation), OxigraphEngine(no_designation)):
        assert run(find_query("designations"), engine).rows == []
