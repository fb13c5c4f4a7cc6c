"""diplograph.open(): saved queries and SPARQL as typed DataFrames, from a file, a store folder or an endpoint."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

import diplograph
from diplograph.errors import InputError
from diplograph.query.engines import OxigraphEngine, RdflibEngine
from diplograph.query.saved import find_query, run

FIXTURE = Path(__file__).resolve().parents[1] / "queries" / "fixture.ttl"


def cli_rows(name: str, **params):
    """The rows `diplograph query NAME --store rdflib` prints, as Python strings (None when unbound)."""
    rows = run(find_query(name), RdflibEngine(FIXTURE), params)
    return [[None if t is None else str(t) for t in row] for row in rows.rows]


def test_saved_query_gives_typed_columns_with_the_cli_rows():
    with diplograph.open(FIXTURE) as g:
        df = g.query("timeline")
    assert list(df.columns) == ["date", "place", "series", "ordinal", "chair", "meeting"]
    assert str(df["date"].dtype).startswith("datetime64")
    assert str(df["ordinal"].dtype) == "Int64"
    assert str(df["place"].dtype) == "string"
    expected = cli_rows("timeline")
    assert len(df) == len(expected)
    assert [d.strftime("%Y-%m-%d") if not pd.isna(d) else None for d in df["date"]] == [r[0] for r in expected]
    assert [None if pd.isna(v) else v for v in df["meeting"]] == [r[5] for r in expected]


def test_parameters_are_keywords():
    g = diplograph.open(FIXTURE)
    df = g.query("actor-stances", actor="China")
    assert len(df) == len(cli_rows("actor-stances", actor="China")) > 0
    with pytest.raises(InputError, match="has no parameter colour"):
        g.query("actor-stances", colour="red")


def test_sparql_declares_the_prefixes_and_types_counts_floats_booleans():
    g = diplograph.open(FIXTURE)
    df = g.sparql("""SELECT (COUNT(?m) AS ?n) (1.5 AS ?x) (true AS ?b) ("2023-04-13"^^xsd:date AS ?d)
                     WHERE { ?m a dg:Meeting }""")
    assert [str(df[c].dtype) for c in df.columns][:3] == ["Int64", "Float64", "boolean"]
    assert int(df["n"][0]) > 0 and float(df["x"][0]) == 1.5 and bool(df["b"][0]) is True
    assert df["d"][0] == pd.Timestamp("2023-04-13")
    # a query that declares a prefix itself keeps its own
    own = g.sparql("PREFIX dg: <https://w3id.org/diplograph/ontology#>\nSELECT ?m WHERE { ?m a dg:Meeting }")
    assert len(own) == int(df["n"][0])


def test_unbound_values_are_missing_not_empty_strings():
    df = diplograph.open(FIXTURE).sparql(
        "SELECT ?m ?o WHERE { ?m a dg:Meeting OPTIONAL { ?m dg:ordinal ?o } } ORDER BY ?m")
    assert df["o"].isna().any() and str(df["o"].dtype) == "Int64"


def test_a_syntax_error_is_a_user_error():
    with pytest.raises(InputError, match="syntax"):
        diplograph.open(FIXTURE).sparql("SELECT ?x WHERE { ?x a }")


def test_store_folder_gives_the_same_frame(tmp_path):
    folder = tmp_path / "store"
    engine = OxigraphEngine(FIXTURE, folder)
    engine.triples()  # loads the folder, as `diplograph query --store oxigraph:DIR` does
    engine.close()
    with diplograph.open(FIXTURE) as from_file, diplograph.open(folder) as from_store:
        assert "oxigraph:" in repr(from_store)
        pd.testing.assert_frame_equal(from_file.query("timeline"), from_store.query("timeline"))


def test_endpoint_url_gives_the_same_frame():
    from diplograph.web.app import App
    from diplograph.web.server import BackgroundServer, app_quiet

    app_quiet.set()
    app = App(FIXTURE)
    with BackgroundServer(app, "127.0.0.1", 0) as server:
        remote = diplograph.open(server.url + "/sparql").query("stances-by-type")
    app.close()
    local = diplograph.open(FIXTURE).query("stances-by-type")
    pd.testing.assert_frame_equal(remote, local)


def test_nothing_at_the_path_says_what_to_give(tmp_path):
    with pytest.raises(InputError, match="no graph at"):
        diplograph.open(tmp_path / "missing.ttl")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="not an Oxigraph store"):
        diplograph.open(tmp_path / "empty")


def test_without_pandas_the_message_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(InputError, match=r"diplograph\[pandas\]"):
        diplograph.open(FIXTURE).query("timeline")
