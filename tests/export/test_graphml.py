"""GraphML export of the co-attendance network: networkx reads it, and it agrees with the saved query
and with the Network page's figures."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.export.graphml import write_graphml
from diplograph.query.engines import open_engine
from diplograph.query.saved import find_query, run

FIXTURE = Path(__file__).resolve().parents[1] / "queries" / "fixture.ttl"


@pytest.fixture(scope="module")
def seed_network(seed_graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("graphml") / "network.graphml"
    path.write_bytes(write_graphml(seed_graph))
    return nx.read_graphml(path)


def test_networkx_reads_the_edges_of_the_saved_query(seed_graph, seed_network):
    engine = open_engine(seed_graph)
    rows = run(find_query("co-attendance"), engine, {"kind": "all"}).rows
    assert rows
    assert seed_network.number_of_edges() == len(rows)
    for actor1, actor2, meetings, first, last in rows:
        edge = seed_network.edges[str(actor1), str(actor2)]
        assert edge["weight"] == int(meetings)
        assert (edge["first"], edge["last"]) == (str(first), str(last))


def test_nodes_carry_iri_kind_and_meeting_count(seed_network):
    china = seed_network.nodes["China"]
    assert china["iri"] == "https://w3id.org/diplograph/id/state/china"
    assert china["kind"] == "State"
    assert china["meetings"] >= 3
    assert {d["kind"] for _n, d in seed_network.nodes(data=True)} >= {"State", "Person"}


def test_weights_match_the_network_page(seed_graph, seed_network):
    import pyoxigraph as ox

    from diplograph.web.data import GraphData

    store = ox.Store()
    store.load(path=str(seed_graph), format=ox.RdfFormat.TURTLE)
    page = GraphData(store).co_attendance(None)
    by_iri = {d["iri"]: n for n, d in seed_network.nodes(data=True)}
    assert len(page["edges"]) == seed_network.number_of_edges()
    for a, b, count in page["edges"]:
        assert seed_network.edges[by_iri[a], by_iri[b]]["weight"] == count


def test_cli_graphml_is_stable_and_parses(tmp_path):
    out = tmp_path / "net.graphml"
    runner = CliRunner()
    for _ in range(2):
        result = runner.invoke(cli, ["export", "--format", "graphml", "--graph", str(FIXTURE), "-o", str(out)])
        assert result.exit_code == 0, result.output
        data = out.read_bytes()
    assert data == write_graphml(FIXTURE)
    graph = nx.read_graphml(out)
    assert graph.number_of_nodes() > 0 and not graph.is_directed()
