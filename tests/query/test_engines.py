"""Engines: every saved query gives the same rows on rdflib, on a pyoxigraph store (in memory and
on disk), and through a real SPARQL server (`oxigraph serve` on 127.0.0.1) after `diplograph push`.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.errors import InputError
from diplograph.paths import queries_dir
from diplograph.query.engines import (
    STAMP_NAME,
    EndpointEngine,
    OxigraphEngine,
    RdflibEngine,
    graph_store_target,
    open_engine,
    push,
)
from diplograph.query.saved import find_query, run

HERE = Path(__file__).resolve().parents[1]
ROOT = HERE.parent
FIXTURE = HERE / "queries" / "fixture.ttl"
QUERY_NAMES = sorted(p.stem for p in queries_dir().glob("*.rq"))
OXIGRAPH = Path(sys.executable).parent / "oxigraph"
START_TIMEOUT = 20.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OxigraphServer:
    """`oxigraph serve` on 127.0.0.1 with a temporary location; stopped by `stop()`."""

    def __init__(self, location: Path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = open(location.parent / f"oxigraph-{self.port}.log", "wb")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [str(OXIGRAPH), "serve", "--location", str(location), "--bind", f"127.0.0.1:{self.port}"],
            stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if self.proc.poll() is not None:
                self.stop()
                raise RuntimeError(f"oxigraph serve exited with {self.proc.returncode}")
            try:
                with urllib.request.urlopen(f"{self.base}/query?query=ASK%7B%7D", timeout=2):
                    break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("oxigraph serve did not answer in time") from None
                time.sleep(0.1)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.log.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not OXIGRAPH.exists():
        pytest.skip(f"no oxigraph server at {OXIGRAPH} (pip install oxigraph)")
    srv = OxigraphServer(tmp_path_factory.mktemp("oxigraph") / "data")
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="module")
def seed_server(tmp_path_factory, seed_graph):
    if not OXIGRAPH.exists():
        pytest.skip(f"no oxigraph server at {OXIGRAPH} (pip install oxigraph)")
    srv = OxigraphServer(tmp_path_factory.mktemp("oxigraph-seed") / "data")
    try:
        push(seed_graph, f"{srv.base}/store")
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="module")
def fixture_engines(tmp_path_factory, server):
    args = ["push", "--graph-store", f"{server.base}/store", "--graph", str(FIXTURE)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    disk = tmp_path_factory.mktemp("store") / "ox"
    engines = [RdflibEngine(FIXTURE), OxigraphEngine(FIXTURE), OxigraphEngine(FIXTURE, disk),
               EndpointEngine(f"{server.base}/query")]
    yield engines
    for engine in engines:
        engine.close()


@pytest.fixture(scope="module")
def seed_engines(tmp_path_factory, seed_graph, seed_server):
    disk = tmp_path_factory.mktemp("seed-store") / "ox"
    engines = [RdflibEngine(seed_graph), OxigraphEngine(seed_graph, disk),
               EndpointEngine(f"{seed_server.base}/query")]
    yield engines
    for engine in engines:
        engine.close()


def assert_same_rows(name, engines):
    query = find_query(name)
    reference = run(query, engines[0])
    for engine in engines[1:]:
        rows = run(query, engine)
        assert rows.vars == reference.vars, f"{name}: columns differ on {engine.name}"
        assert rows.rows == reference.rows, f"{name}: rows differ between rdflib and {engine.name}"
    if query.is_check:
        assert reference.rows == [], f"check {name} returned rows"
    return reference


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_saved_query_gives_same_rows_on_every_engine_fixture(name, fixture_engines):
    assert_same_rows(name, fixture_engines)


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_saved_query_gives_same_rows_on_every_engine_seed(name, seed_engines):
    assert_same_rows(name, seed_engines)


def test_the_engines_are_not_trivially_empty(fixture_engines):
    rows = assert_same_rows("timeline", fixture_engines)
    assert len(rows.rows) == 3


# --- the on-disk store --------------------------------------------------------------------------

def test_disk_store_is_loaded_once_and_reloaded_when_the_graph_changes(tmp_path):
    import pyoxigraph as ox

    graph = tmp_path / "g.ttl"
    graph.write_bytes(FIXTURE.read_bytes())
    directory = tmp_path / "store"
    engine = OxigraphEngine(graph, directory)
    n = engine.triples()
    assert n > 0 and (directory / STAMP_NAME).is_file()
    extra = ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.Literal("marker"))
    engine.store.add(extra)
    engine.close()

    again = OxigraphEngine(graph, directory)  # unchanged file: the store is reused as it is
    other_reader = OxigraphEngine(graph, directory)  # read-only: two readers share the folder
    assert again.triples() == n + 1 == other_reader.triples()
    again.close()
    other_reader.close()

    graph.write_bytes(FIXTURE.read_bytes() + b"\n<urn:x:a> <urn:x:b> <urn:x:c> .\n")
    reloaded = OxigraphEngine(graph, directory)  # changed file: loaded afresh
    assert reloaded.triples() == n + 1
    assert not list(reloaded.store.quads_for_pattern(ox.NamedNode("urn:x:s"), None, None))
    reloaded.close()


def test_store_option_on_the_command_line(tmp_path):
    directory = tmp_path / "ox"
    args = ["query", "timeline", "--graph", str(FIXTURE), "--format", "csv"]
    first = CliRunner().invoke(cli, [*args, "--store", f"oxigraph:{directory}"])
    plain = CliRunner().invoke(cli, [*args, "--store", "rdflib"])
    assert first.exit_code == 0, first.output
    assert first.output == plain.output and "2023-04-13" in first.output
    assert (directory / STAMP_NAME).is_file()


def test_unknown_store_and_both_options_are_input_errors():
    with pytest.raises(InputError, match="unknown store"):
        open_engine(FIXTURE, "sqlite:x")
    with pytest.raises(InputError, match="not both"):
        open_engine(FIXTURE, "rdflib", "http://127.0.0.1:1/query")


# --- endpoint and Graph Store Protocol ----------------------------------------------------------

def test_graph_store_target_defaults_to_the_default_graph():
    assert graph_store_target("http://h:7878/store") == "http://h:7878/store?default"
    assert graph_store_target("http://h/ds/data", "urn:g") == "http://h/ds/data?graph=urn%3Ag"
    assert graph_store_target("http://h/store?graph=urn:x") == "http://h/store?graph=urn:x"
    with pytest.raises(InputError, match="http"):
        graph_store_target("ftp://h/store")


def test_push_put_replaces_and_post_adds(tmp_path, server):
    # a server of its own would cost a second; this test restores the fixture graph when done
    small = tmp_path / "small.ttl"
    small.write_text("<urn:x:a> <urn:x:b> <urn:x:c> .\n", encoding="utf-8")
    store, endpoint = f"{server.base}/store", EndpointEngine(f"{server.base}/query")
    try:
        push(small, store, method="PUT")
        assert endpoint.triples() == 1
        push(FIXTURE, store, method="POST", syntax="ntriples")
        assert endpoint.triples() == 1 + len(RdflibEngine(FIXTURE).graph)
    finally:
        push(FIXTURE, store, method="PUT")
    assert endpoint.triples() == len(RdflibEngine(FIXTURE).graph)


def test_endpoint_query_through_the_command_line(server, fixture_engines):
    result = CliRunner().invoke(cli, ["query", "conflicts", "--endpoint", f"{server.base}/query",
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"2023-04-14"' in result.output


def test_syntax_error_is_reported_before_reaching_the_endpoint(tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("# Bad\n#+ summary: s\nSELECT ?x WHERE { ?x }\n", encoding="utf-8")
    # the port is closed: a syntax check that went to the server would fail differently
    result = CliRunner().invoke(cli, ["query", str(bad), "--endpoint", f"http://127.0.0.1:{free_port()}/query"])
    assert result.exit_code == 2 and "syntax error" in result.output


def test_unreachable_server_is_an_input_error():
    url = f"http://127.0.0.1:{free_port()}/store"
    result = CliRunner().invoke(cli, ["push", "--graph-store", url, "--graph", str(FIXTURE)])
    assert result.exit_code == 2 and "cannot reach" in result.output
    result = CliRunner().invoke(cli, ["query", "timeline", "--endpoint", url])
    assert result.exit_code == 2 and "cannot reach" in result.output


def test_http_error_from_the_server_is_an_input_error(server):
    # /store does not answer SPARQL queries: the server's refusal is shown, not a traceback
    result = CliRunner().invoke(cli, ["query", "timeline", "--endpoint", f"{server.base}/nowhere"])
    assert result.exit_code == 2 and "HTTP 4" in result.output


def test_summary_through_the_endpoint_matches_rdflib(server, fixture_engines):
    remote = CliRunner().invoke(cli, ["summary", "--endpoint", f"{server.base}/query"])
    local = CliRunner().invoke(cli, ["summary", "--graph", str(FIXTURE), "--store", "rdflib"])
    assert remote.exit_code == 0 and local.exit_code == 0
    assert remote.output == local.output
