"""The saved queries' answers, kept beside the store the default engine loads beside a large graph on
each text's first run (query/kept.py), read back as the rows and the CSV of the query itself, in
order: on the fixture, the seeds, the damaged seeds (where every check finds something) and terms of
every kind. An edited query, other parameters or a changed graph never read an old answer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from diplograph.query import cache, kept
from diplograph.query.engines import OxigraphEngine, RdflibEngine
from diplograph.query.saved import bind, find_query, list_queries, load_query, run, run_csv
from tests.query.test_query_rewrites import FIXTURE, damaged

SAVED = sorted(q.name for q in list_queries())
# the slowest at a million triples, checked on rdflib too (every query's rows on rdflib: test_queries.py)
SLOWEST = ["check-evidence-offsets", "designation-gaps", "stance-matrix", "topic-stances", "urged"]


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


def _kept(engine: OxigraphEngine) -> list[str]:
    assert engine._answers is not None
    return sorted(p.stem for p in engine._answers.glob("*.tsv")) if engine._answers.is_dir() else []


def test_no_saved_query_asks_for_what_changes_from_run_to_run():
    # a kept answer is right only for a query whose rows depend on the graph and its text alone
    from diplograph.query.saved import _strip_comments

    changing = re.compile(r"\b(NOW|RAND|UUID|STRUUID|BNODE)\s*\(", re.IGNORECASE)
    assert changing.search("SELECT (BNODE() AS ?b) WHERE {}")
    assert [q.name for q in list_queries() if changing.search(_strip_comments(q.text))] == []


def test_loading_the_store_keeps_no_answer(graphs, large, tmp_path):
    stored = OxigraphEngine(_copy(graphs["seeds"], tmp_path))
    assert stored.triples() > 0
    assert _kept(stored) == []


# the damaged seeds take as long again as the seeds: with the slow tests (CI runs both)
@pytest.mark.parametrize("graph", ["fixture", "seeds", pytest.param("damaged", marks=pytest.mark.slow)])
def test_a_kept_answer_is_the_rows_and_the_csv_of_the_query(graph, graphs, large, tmp_path):
    path = _copy(graphs[graph], tmp_path)
    in_memory = OxigraphEngine(graphs[graph])       # not large: loaded in memory, nothing kept
    stored = OxigraphEngine(path)
    assert stored.store is not None and stored._answers is not None and in_memory._answers is None
    found = 0
    for name in SAVED:
        query = find_query(name)
        text = bind(query)
        assert kept.answer(stored._answers, text) is None, name
        first = run(query, stored)                   # computed, and kept
        assert kept.answer(stored._answers, text) is not None, name
        again = run(query, stored)                   # read back
        expected = run(query, in_memory)
        assert first.vars == again.vars == expected.vars, name
        assert first.rows == again.rows == expected.rows, name
        assert run_csv(query, stored) == run_csv(query, in_memory), name
        if name in SLOWEST:
            assert again.rows == run(query, RdflibEngine(path)).rows, name
        found += len(again.rows)
    assert len(_kept(stored)) == len(SAVED)
    if graph == "damaged":
        assert found > 10, "the damaged seeds give the checks something to find"


def test_other_values_are_kept_apart_from_the_defaults(graphs, large, tmp_path):
    stored = OxigraphEngine(_copy(graphs["seeds"], tmp_path))
    in_memory = OxigraphEngine(graphs["seeds"])
    query = find_query("urged")
    run(query, stored)
    for values in ({"addressee": "all", "type": "all"}, {"addressee": "all", "type": "Demand"}):
        text = bind(query, values)
        assert kept.answer(stored._answers, text) is None      # not the defaults' answer
        expected = run(query, in_memory, values).rows
        assert expected and run(query, stored, values).rows == expected
        assert kept.answer(stored._answers, text) is not None
        assert run(query, stored, values).rows == expected
    assert run(query, stored).rows == run(query, in_memory).rows
    assert len(_kept(stored)) == 3


def test_a_changed_graph_starts_with_no_answers(graphs, large, tmp_path):
    path = _copy(graphs["seeds"], tmp_path)
    query = find_query("timeline")
    first = run(query, OxigraphEngine(path))
    before = first.rows
    assert run(query, OxigraphEngine(path)).rows == before        # now from the kept answer
    # one meeting fewer: the graph without the triples about the first meeting of the timeline
    meeting = str(before[0][first.vars.index("meeting")])
    kept_lines = [line for line in _ntriples(path) if not line.startswith(f"<{meeting}> ")]
    path.write_text("".join(kept_lines), encoding="utf-8")
    engine = OxigraphEngine(path)
    after = run(query, engine).rows
    assert after == run(query, OxigraphEngine(path, tmp_path / "fresh")).rows
    assert len(after) == len(before) - 1 and before[0] not in after
    assert run(query, OxigraphEngine(path)).rows == after


def _ntriples(path: Path) -> list[str]:
    import pyoxigraph as ox

    data = ox.serialize(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_TRIPLES)
    assert data is not None
    return data.decode("utf-8").splitlines(keepends=True)


def test_another_oxigraph_starts_with_no_answers(graphs, large, tmp_path, monkeypatch):
    import pyoxigraph as ox

    path = _copy(graphs["seeds"], tmp_path)
    query = find_query("timeline")
    first = OxigraphEngine(path)
    rows = run(query, first).rows
    assert len(_kept(first)) == 1
    monkeypatch.setattr(ox, "__version__", "99.0.0", raising=False)
    upgraded = OxigraphEngine(path)
    assert upgraded.store is not None and upgraded._answers != first._answers
    assert _kept(upgraded) == []
    assert run(query, upgraded).rows == rows


def test_an_edited_query_runs_instead_of_reading_the_old_answer(graphs, large, tmp_path):
    stored = OxigraphEngine(_copy(graphs["damaged"], tmp_path))
    text = bind(find_query("check-evidence-offsets"))
    rows = stored.select(text, keep=True).rows
    edited = text.replace("ORDER BY ?entity ?property", "ORDER BY DESC(?entity) ?property")
    assert edited != text and kept.answer(stored._answers, edited) is None
    assert rows and stored.select(edited).rows == list(reversed(rows))


def test_a_query_file_of_ones_own_is_not_kept(graphs, large, tmp_path):
    own = tmp_path / "mine.rq"
    own.write_text(find_query("timeline").text, encoding="utf-8")
    query = load_query(own)
    assert not query.is_saved and find_query("timeline").is_saved
    stored = OxigraphEngine(_copy(graphs["seeds"], tmp_path))
    assert run(query, stored).rows and run_csv(query, stored)
    assert _kept(stored) == []


def test_an_answer_that_cannot_be_written_is_still_given(graphs, large, tmp_path, monkeypatch):
    def refuse(path, data):
        raise PermissionError(13, "read-only", str(path))

    monkeypatch.setattr(kept, "atomic_write_bytes", refuse)
    stored = OxigraphEngine(_copy(graphs["seeds"], tmp_path))
    query = find_query("stance-matrix")
    assert run(query, stored).rows == run(query, OxigraphEngine(graphs["seeds"])).rows
    assert _kept(stored) == []


def test_the_store_holds_the_graph_alone(graphs, large, tmp_path):
    path = _copy(graphs["seeds"], tmp_path)
    stored, reference = OxigraphEngine(path), RdflibEngine(path)
    run(find_query("stance-matrix"), stored)
    assert stored.triples() == reference.triples()
    assert list(stored.store.named_graphs()) == []


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
    result = store.query(text)
    assert isinstance(result, ox.QuerySolutions)
    given = [tuple(s) for s in kept.keep(tmp_path / "answers", text, result)]
    answer = kept.answer(tmp_path / "answers", text)
    assert answer is not None
    expected = [tuple(s) for s in store.query(text)]
    assert [v.value for v in answer.variables] == ["s", "o", "none"]
    assert [tuple(s) for s in answer] == given == expected and len(expected) == 10
    assert kept.answer(tmp_path / "answers", text + " ") is None
