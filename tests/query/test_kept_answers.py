"""The answers of the saved queries marked `#+ kept: yes`, kept beside the store the default engine
loads beside a large graph (query/kept.py), read back as the rows and the CSV of the query itself, in
order: on the fixture, the seeds, the damaged seeds (where every check finds something) and terms of
every kind. An edited query, or other parameters, never read an old answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.query import cache, kept
from diplograph.query.engines import OxigraphEngine, RdflibEngine
from diplograph.query.saved import bind, find_query, list_queries, run, run_csv
from tests.query.test_query_rewrites import FIXTURE, damaged

KEPT = sorted(q.name for q in list_queries() if q.meta.get("kept") == "yes")


@pytest.fixture(scope="module")
def graphs(seed_graph, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("kept")
    return {"fixture": FIXTURE, "seeds": seed_graph, "damaged": damaged(seed_graph, out / "damaged.ttl")}


@pytest.fixture
def large(monkeypatch):
    """Every graph counts as large: the default engine loads it into a store beside it, answers kept."""
    monkeypatch.setattr(cache, "CACHE_ABOVE", 0)


def _copy(graph: Path, folder: Path) -> Path:
    path = folder / "g.ttl"
    path.write_bytes(graph.read_bytes())
    return path


def test_the_slowest_checks_and_the_matrix_are_kept():
    assert {"check-evidence-offsets", "check-required-links", "stance-matrix", "designation-gaps",
            "designations"} <= set(KEPT)
    assert [path.stem for path, _ in kept.kept_files()] == KEPT


# the damaged seeds take as long again as the seeds on rdflib: with the slow tests (CI runs both)
@pytest.mark.parametrize("graph", ["fixture", "seeds", pytest.param("damaged", marks=pytest.mark.slow)])
def test_a_kept_answer_is_the_rows_and_the_csv_of_the_query(graph, graphs, large, tmp_path):
    path = _copy(graphs[graph], tmp_path)
    in_memory = OxigraphEngine(graphs[graph])       # not large: loaded in memory, nothing kept
    stored = OxigraphEngine(path)
    assert stored.store is not None and stored._answers is not None and in_memory._answers is None
    found = 0
    for name in KEPT:
        query = find_query(name)
        assert kept.answer(stored._answers, bind(query)) is not None, name
        ours = run(query, stored)
        assert ours.vars == run(query, in_memory).vars
        assert ours.rows == run(query, in_memory).rows == run(query, RdflibEngine(path)).rows, name
        assert run_csv(query, stored) == run_csv(query, in_memory), name
        found += len(ours.rows)
    # other values than the defaults: no answer kept, the query runs
    for values in ({"side": "United States"}, {"other": "European Union", "side": "all"}):
        text = bind(find_query("designation-gaps"), values)
        assert kept.answer(stored._answers, text) is None
        assert stored.select(text).rows == in_memory.select(text).rows
    if graph == "damaged":
        assert found > 10, "the damaged seeds give the kept checks something to find"


def test_an_edited_query_runs_instead_of_reading_the_old_answer(graphs, large, tmp_path):
    stored = OxigraphEngine(_copy(graphs["damaged"], tmp_path))
    text = bind(find_query("check-evidence-offsets"))
    edited = text.replace("ORDER BY ?entity ?property", "ORDER BY DESC(?entity) ?property")
    assert stored.store is not None and stored._answers is not None
    assert kept.answer(stored._answers, edited) is None
    rows = stored.select(edited).rows
    assert rows and rows == list(reversed(stored.select(text).rows))


def test_the_store_holds_the_graph_alone(graphs, large, tmp_path):
    path = _copy(graphs["seeds"], tmp_path)
    stored, reference = OxigraphEngine(path), RdflibEngine(path)
    assert stored.triples() == reference.triples()
    assert list(stored.store.named_graphs()) == []


def test_a_changed_kept_query_loads_a_new_store(graphs, large, tmp_path, monkeypatch):
    path = _copy(graphs["fixture"], tmp_path)
    OxigraphEngine(path).triples()
    before = sorted(p.name for p in cache.cache_folder(path).iterdir() if p.is_dir())
    files = kept.kept_files()
    texts = kept.kept_texts(files)
    monkeypatch.setattr(kept, "kept_files", lambda: [(p, t + "\n# edited") for p, t in files])
    monkeypatch.setattr(kept, "kept_texts", lambda files: [t + "\n# edited" for t in texts])
    engine = OxigraphEngine(path)
    assert engine.triples() > 0
    after = sorted(p.name for p in cache.cache_folder(path).iterdir() if p.is_dir())
    assert len(before) == len(after) == 1 and before != after
    assert engine.store is not None and engine._answers is not None
    assert kept.answer(engine._answers, texts[0] + "\n# edited") is not None


def test_an_answer_keeps_every_kind_of_term_as_it_is(tmp_path):
    import pyoxigraph as ox

    store = ox.Store()
    store.load('''@prefix ex: <http://example.org/> .
ex:a ex:p "tab\\there, line\\nbreak, \\"quoted\\", back\\\\slash" , "Kabul"@en , "Kābul"@fa-latn ,
    "7"^^<http://www.w3.org/2001/XMLSchema#integer> , "2021-07-14"^^<http://www.w3.org/2001/XMLSchema#date> ,
    "x"^^ex:odd , <http://example.org/b%20c> , "" .
ex:lonely ex:q ex:a .'''.encode(), format=ox.RdfFormat.TURTLE)
    text = ("SELECT ?s ?o ?none WHERE { { ?s ?p ?o } UNION { ?s <http://example.org/q> ?x } "
            "OPTIONAL { ?s <http://example.org/nothing> ?none } } ORDER BY ?s STR(?o)")
    kept.keep(store, [text], tmp_path / "answers")
    answer = kept.answer(tmp_path / "answers", text)
    assert answer is not None
    expected = [tuple(s) for s in store.query(text)]
    assert [v.value for v in answer.variables] == ["s", "o", "none"]
    assert [tuple(s) for s in answer] == expected and len(expected) == 10
    assert kept.answer(tmp_path / "answers", text + " ") is None
