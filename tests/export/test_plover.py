"""PLOVER export: read back (JSON lines and TSV), every record checked against the graph by SPARQL."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.export.plover import TSV_COLUMNS, write_plover
from diplograph.paths import ontology_dir

HERE = Path(__file__).resolve().parents[1]
FIXTURE = HERE / "queries" / "fixture.ttl"
PREFIXES = """PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def read_jsonl(graph_path: Path) -> list[dict]:
    return [json.loads(line) for line in write_plover(graph_path, "jsonl").decode("utf-8").splitlines()]


def graph_with_ontology(graph_path: Path):
    """The graph and the ontology in one Oxigraph store: the records are checked by SPARQL against it."""
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(graph_path), format=ox.RdfFormat.TURTLE)
    store.load(path=str(ontology_dir() / "diplograph.ttl"), format=ox.RdfFormat.TURTLE)
    return store


def column(store, sparql: str, **bindings) -> list[str]:
    """The first variable's values, sorted; each keyword names a variable bound to an IRI."""
    for name, iri in bindings.items():
        sparql = sparql.replace(f"?{name} ", f"<{iri}> ")
    return sorted(str(row[0].value) for row in store.query(PREFIXES + sparql))


@pytest.fixture(scope="module")
def seed(seed_graph):
    return seed_graph, read_jsonl(seed_graph), graph_with_ontology(seed_graph)


def test_one_record_per_stance_and_designation(seed):
    _path, recs, g = seed
    facts = column(g, "SELECT ?f WHERE { { ?f a dg:Stance } UNION { ?f a dg:Designation } }")
    assert sorted(r["id"] for r in recs) == facts
    assert len(recs) > 100


def test_records_agree_with_the_graph(seed):
    _path, recs, g = seed
    texts = {str(r[0].value): str(r[1].value) for r in g.query(PREFIXES + "SELECT ?d ?t WHERE { ?d dg:text ?t }")}
    for rec in recs:
        fact = rec["id"]
        if rec["record_type"] == "stance":
            holders = column(g, "SELECT ?a WHERE { ?f dg:holder ?a }", f=fact)
            addressees = column(g, "SELECT ?a WHERE { ?f dg:addressee ?a }", f=fact)
            meeting = column(g, "SELECT ?m WHERE { ?f dg:expressedAt ?m }", f=fact)
            plover = column(g, """SELECT ?n WHERE { ?f dg:stanceType/skos:closeMatch ?c .
                                   FILTER(STRSTARTS(STR(?c), "https://w3id.org/diplograph/plover/"))
                                   BIND(STRAFTER(STR(?c), "/plover/") AS ?n) }""", f=fact)
            assert rec["event"] == plover, fact
        else:
            holders = column(g, "SELECT ?a WHERE { ?f dg:authority ?a }", f=fact)
            addressees = column(g, "SELECT ?a WHERE { ?f dg:designee ?a }", f=fact)
            meeting = column(g, "SELECT ?m WHERE { ?f dg:designatedAt ?m }", f=fact)
            assert rec["event"] == ["ACCUSE"] and rec["mode"] == ["allege"]
        assert [a["identifier_id"] for a in rec["actor"]] == holders, fact
        assert [a["identifier_id"] for a in rec["recipient"]] == addressees, fact
        assert rec["link"] == (meeting[0] if meeting else None)
        if meeting and rec["date_source"] == "meeting":
            assert [rec["date"]] == column(g, "SELECT ?d WHERE { ?m dg:date ?d }", m=meeting[0])
        # the quote is the document's words at the offsets given
        info = rec["text_info"]
        assert texts[info["document"]][info["start"]:info["end"]] == rec["event_text"][0], fact
        for ent in rec["actor"] + rec["recipient"]:
            if ent["kind"] == "State":
                assert [ent["code"]] == column(g, "SELECT ?c WHERE { ?s dg:isoAlpha3 ?c }", s=ent["identifier_id"])


def test_stance_types_map_to_plover_categories_and_cameo(seed):
    _path, recs, _g = seed
    by_type = {}
    for rec in recs:
        by_type.setdefault(rec["stance_type"], rec)
    assert by_type["Demand"]["event"] == ["REQUEST"] and by_type["Demand"]["quad_code"] == 3
    assert by_type["Demand"]["cameo_code"] == ["02", "10"]
    assert by_type["Support"]["event"] == ["SUPPORT"] and by_type["Support"]["event_scale"] == 5.0
    # CAMEO 012 has no PLOVER category: the record says no event was coded, and keeps the CAMEO code
    concern = by_type["Concern"]
    assert concern["has_event"] is False and concern["event"] == [] and concern["cameo_code"] == ["012"]


def test_a_person_takes_the_code_of_the_state_they_represented(seed):
    _path, recs, _g = seed
    people = {(e["identifier_text"], e["code"], e["sector"]) for r in recs for e in r["actor"]
              if e["kind"] == "Person"}
    assert ("Wang Yi", "CHN", "GOV") in people


def test_location_has_city_country_and_geonames_id(seed):
    _path, recs, _g = seed
    samarkand = [r["event_loc"] for r in recs if r["event_loc"] and r["event_loc"]["city"] == "Samarkand"]
    assert samarkand
    assert samarkand[0]["country"] == "Uzbekistan" and samarkand[0]["country_code"] == "UZB"
    assert isinstance(samarkand[0]["geonameid"], int)


def test_tsv_reads_back_as_the_jsonl_records(seed):
    path, recs, _g = seed
    rows = list(csv.DictReader(io.StringIO(write_plover(path, "tsv").decode("utf-8")), delimiter="\t",
                               quoting=csv.QUOTE_NONE))
    assert list(rows[0]) == TSV_COLUMNS
    assert [r["id"] for r in rows] == [r["id"] for r in recs]
    for row, rec in zip(rows, recs, strict=True):
        assert row["actor_id"].split("; ") == [a["identifier_id"] for a in rec["actor"]]
        assert row["event"] == "; ".join(rec["event"])
        assert row["date"] == (rec["date"] or "")
        assert int(row["start"]) == rec["text_info"]["start"]


def test_cli_writes_plover_tsv_and_jsonl_the_same_on_rerun(tmp_path):
    runner = CliRunner()
    out = tmp_path / "events.tsv"
    result = runner.invoke(cli, ["export", "--format", "plover", "--graph", str(FIXTURE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    first = out.read_bytes()
    assert first.split(b"\n", 1)[0].split(b"\t")[:3] == [b"id", b"record_type", b"date"]
    runner.invoke(cli, ["export", "--format", "plover", "--graph", str(FIXTURE), "-o", str(out)])
    assert out.read_bytes() == first
    result = runner.invoke(cli, ["export", "--format", "plover-jsonl", "--graph", str(FIXTURE)])
    lines = result.output.splitlines()
    assert len(lines) == len(first.decode().splitlines()) - 1
    assert all(json.loads(line)["id"].startswith("https://w3id.org/diplograph/id/") for line in lines)


def test_missing_graph_is_a_user_error(tmp_path):
    result = CliRunner().invoke(cli, ["export", "--format", "plover", "--graph", str(tmp_path / "none.ttl")])
    assert result.exit_code == 2
    assert "no graph at" in result.output
