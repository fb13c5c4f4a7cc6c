"""The validation front door (diplograph.validation.validate): one door, engines behind it, nothing hidden."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph

from diplograph import validation
from diplograph.cli import cli
from diplograph.errors import FeatureNotSupported, InputError
from diplograph.validation import Scope, front, validate

SHAPES = Path(__file__).resolve().parent / "shapes"
CONTEXT = SHAPES / "context.ttl"
BROKEN = SHAPES / "invalid" / "StanceHolderShape.ttl"


def _graph(*paths: Path) -> Graph:
    g = Graph()
    for p in paths:
        g.parse(p, format="turtle")
    return g


def _store(graph: Graph) -> ox.Store:
    store = ox.Store()
    store.load(graph.serialize(format="nt").encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
    return store


def test_both_engines_give_the_same_report_through_the_door():
    data = _graph(CONTEXT, BROKEN)
    by_pyshacl = validate(data, engine="pyshacl")
    by_compiled = validate(_store(data), engine="compiled")
    assert not by_pyshacl.conforms
    assert by_pyshacl.results == by_compiled.results


def test_a_scope_keeps_only_the_results_on_its_nodes():
    data = _graph(CONTEXT, BROKEN)
    everything = validate(data, engine="compiled")
    one = everything.violations[0].focus
    for engine in ("pyshacl", "compiled"):
        scoped = validate(data, Scope(focus=frozenset({one})), engine=engine)
        assert scoped.results and {r.focus for r in scoped.results} == {one}


def test_an_unknown_engine_is_the_users_error():
    with pytest.raises(InputError, match="unknown validation engine 'fast'"):
        validate(Graph(), engine="fast")


def test_an_engine_that_cannot_check_a_shape_says_so(monkeypatch):
    def cannot(*args, **kwargs):
        raise FeatureNotSupported("the compiled validator cannot check shapes:X (sh:qualifiedValueShape)")

    monkeypatch.setattr(front, "validate_fast_report", cannot)
    data = _graph(CONTEXT, BROKEN)
    with pytest.raises(FeatureNotSupported) as err:
        validate(data, engine="compiled")
    assert err.value.exit_code == 3
    # left to choose, the door takes pySHACL and says so in the report instead of falling back silently
    monkeypatch.setattr(front, "FAST_ABOVE", 0)
    report = validate(data, engine="auto")
    assert not report.conforms
    assert any("sh:qualifiedValueShape" in n and "pySHACL checked the graph instead" in n for n in report.notes)


def test_the_compiled_engine_does_not_pretend_to_attribute_files():
    with pytest.raises(FeatureNotSupported, match="annotation files"):
        validate(Graph(), Scope(files={}), engine="compiled")


def test_validate_command_takes_the_same_door_with_each_engine(tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_bytes(CONTEXT.read_bytes() + b"\n" + BROKEN.read_bytes())
    outputs = {}
    for engine in ("pyshacl", "compiled", "auto"):
        result = CliRunner().invoke(cli, ["validate", "--graph", str(graph), "--engine", engine])
        assert result.exit_code == 1, result.output
        assert "violation" in result.stderr
        outputs[engine] = result.stdout
    assert outputs["pyshacl"] == outputs["compiled"] == outputs["auto"]


def test_the_package_exports_its_door():
    assert validation.validate is validate and "compiled" in validation.ENGINES


def test_validate_command_checks_the_whole_graph_with_the_compiled_shapes_by_default(seed_graph, monkeypatch):
    calls = []
    real = front.validate_fast_report

    def spy(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(front, "validate_fast_report", spy)
    default = CliRunner().invoke(cli, ["validate", "--graph", str(seed_graph), "--format", "json"])
    assert calls and isinstance(calls[0], ox.Store), "the default took pySHACL on the seeds"
    reference = CliRunner().invoke(cli, ["validate", "--graph", str(seed_graph), "--format", "json",
                                         "--engine", "pyshacl"])
    assert len(calls) == 1
    assert default.exit_code == reference.exit_code, default.output
    assert default.stdout == reference.stdout
