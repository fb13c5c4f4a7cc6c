"""`diplograph serve` as a command: clear errors, safe defaults."""

from __future__ import annotations

from click.testing import CliRunner

from diplograph.cli import cli


def test_serve_without_a_graph_says_what_to_do(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--graph", str(tmp_path / "missing.ttl")])
    assert result.exit_code == 2
    assert "missing.ttl" in result.output and "diplograph build" in result.output


def test_serve_binds_localhost_by_default():
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    assert "127.0.0.1" in result.output
    for option in ("--port", "--host", "--graph", "--timeout", "--max-rows"):
        assert option in result.output


def test_serve_with_an_unparsable_graph_is_a_user_error(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix : <urn:x#> .\n:a :b \n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["serve", "--graph", str(bad)])
    assert result.exit_code == 2
    assert "bad.ttl" in result.output and "cannot parse" in result.output


def test_server_reads_an_on_disk_oxigraph_store(tmp_path):
    import json
    import urllib.parse

    from web_support import FIXTURE, QUERIES, SAMARKAND, fetch

    from diplograph.query.engines import OxigraphEngine
    from diplograph.web.app import App
    from diplograph.web.server import BackgroundServer

    engine = OxigraphEngine(FIXTURE, tmp_path / "ox")
    expected = engine.triples()
    engine.close()
    app = App(FIXTURE, store_dir=tmp_path / "ox", workers=2, queries_dir=QUERIES)
    try:
        with BackgroundServer(app) as srv:
            q = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
            data = json.loads(fetch(f"{srv.url}/sparql?{q}").text)
            assert int(data["results"]["bindings"][0]["n"]["value"]) == expected
            page = fetch(f"{srv.url}/meeting?" + urllib.parse.urlencode({"iri": SAMARKAND}))
            assert page.status == 200 and "Qin Gang" in page.text
    finally:
        app.close()
