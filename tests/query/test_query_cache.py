"""The default engine keeps a large graph as a store beside it (query/cache.py): loaded once,
refreshed when the file changes, safe when two processes load it at once, same rows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.query import cache
from diplograph.query.engines import OxigraphEngine, RdflibEngine
from diplograph.query.saved import find_query, run

FIXTURE = Path(__file__).resolve().parents[1] / "queries" / "fixture.ttl"
EXTRA = b"\n<urn:x:a> <urn:x:b> <urn:x:c> .\n"


@pytest.fixture
def graph(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "CACHE_ABOVE", 0)
    path = tmp_path / "g.ttl"
    path.write_bytes(FIXTURE.read_bytes())
    return path


def _stores(graph: Path) -> list[str]:
    return sorted(p.name for p in cache.cache_folder(graph).iterdir() if p.is_dir())


def test_the_second_query_opens_the_store_instead_of_parsing(graph, monkeypatch):
    first = OxigraphEngine(graph)
    n = first.triples()
    first.close()
    assert len(_stores(graph)) == 1

    def no_parse(*args, **kwargs):
        raise AssertionError("the graph was parsed again")

    monkeypatch.setattr(cache, "read_oxigraph", no_parse)
    monkeypatch.setattr("diplograph.query.engines.read_oxigraph", no_parse)
    second = OxigraphEngine(graph)
    assert second.triples() == n and second._read_only
    second.close()


def test_a_changed_graph_gets_a_new_store_and_the_old_one_goes(graph):
    OxigraphEngine(graph).triples()
    before = _stores(graph)
    stat = graph.stat()
    graph.write_bytes(FIXTURE.read_bytes() + EXTRA)
    os.utime(graph, ns=(stat.st_atime_ns, stat.st_mtime_ns))   # same mtime: the size still tells
    engine = OxigraphEngine(graph)
    rows = engine.select("SELECT ?o WHERE { <urn:x:a> <urn:x:b> ?o }").rows
    engine.close()
    assert len(rows) == 1
    after = _stores(graph)
    assert len(after) == 1 and after != before


def test_the_cached_store_gives_the_same_rows_as_rdflib(graph):
    for name in ("timeline", "stance-matrix"):
        query = find_query(name)
        assert run(query, OxigraphEngine(graph)).rows == run(query, RdflibEngine(graph)).rows


def test_query_command_uses_the_store_and_prints_the_same(graph):
    runner = CliRunner()
    cold = runner.invoke(cli, ["query", "timeline", "--graph", str(graph), "-f", "csv"])
    warm = runner.invoke(cli, ["query", "timeline", "--graph", str(graph), "-f", "csv"])
    in_rdflib = runner.invoke(cli, ["query", "timeline", "--graph", str(graph), "-f", "csv", "--store", "rdflib"])
    assert cold.exit_code == warm.exit_code == 0, cold.output
    assert cold.stdout == warm.stdout == in_rdflib.stdout
    assert len(_stores(graph)) == 1


def test_two_processes_loading_at_once_both_answer(graph):
    code = ("import sys; from pathlib import Path; from diplograph.query import cache; cache.CACHE_ABOVE = 0;"
            "from diplograph.query.engines import OxigraphEngine; print(OxigraphEngine(Path(sys.argv[1])).triples())")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(graph)], stdout=subprocess.PIPE, text=True)
             for _ in range(2)]
    counts = [p.communicate(timeout=120)[0].strip() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert counts[0] == counts[1] == str(OxigraphEngine(graph).triples())
    assert len(_stores(graph)) == 1
    assert not [p for p in cache.cache_folder(graph).iterdir() if p.name.startswith(cache.LOADING)]


def test_a_small_graph_stays_in_memory(tmp_path):
    path = tmp_path / "g.ttl"
    path.write_bytes(FIXTURE.read_bytes())
    assert OxigraphEngine(path).triples() > 0
    assert not cache.cache_folder(path).exists()


def test_a_folder_that_cannot_be_written_falls_back_to_memory(graph, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise PermissionError("read-only")

    monkeypatch.setattr(Path, "mkdir", refuse)
    engine = OxigraphEngine(graph)
    assert engine.triples() > 0 and not engine._read_only
