"""A misspelt parameter value says that nothing has that name and suggests the nearest (issue 17, item 11).

`actor=Talibn` gave 0 rows and exit 0, as if the Taliban held no stance. A value the user gives that
names nothing of its kind (actor, topic, meeting, stance type, class, series) is now an input error
(exit 2) naming the closest names; a value that names something with no rows still gives 0 rows.
"""

from __future__ import annotations

import builtins
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.errors import InputError
from diplograph.query.engines import RdflibEngine
from diplograph.query.saved import find_query, nearest, run

FIXTURE = Path(__file__).resolve().parents[1] / "queries" / "fixture.ttl"


def query(*args: str):
    return CliRunner().invoke(cli, ["query", *args, "--graph", str(FIXTURE)])


def test_a_misspelt_actor_is_an_input_error_with_the_nearest_name():
    result = query("actor-stances", "--param", "actor=Talibn")
    assert result.exit_code == 2, result.output
    assert "no actor in the graph is called 'Talibn'" in result.output
    assert "did you mean 'Taliban'" in result.output
    assert "diplograph query aliases --param actor=all" in result.output


def test_an_actor_with_no_rows_still_gives_zero_rows():
    result = query("actor-stances", "--param", "actor=taliban")  # named, but holds no stance here
    assert result.exit_code == 0 and "(0 rows)" in result.output


@pytest.mark.parametrize("name, param, value, kind, suggestion", [
    ("topic-stances", "topic", "counter-terrorsm", "topic", "counter-terrorism"),
    ("meeting-stances", "meeting", "Samarknd", "meeting", "Samarkand"),
    ("attendees", "meeting", "2023-04-31", "meeting", None),
    ("urged", "type", "Demnd", "stance type", "Demand"),
    ("co-attendance", "kind", "Stat", "class", "State"),
    ("urged", "addressee", "Afghan Interim Govt", "actor", "Afghan Interim Government"),
    ("designation-gaps", "side", "Chna", "actor", "China"),
])
def test_each_kind_of_value_is_checked(name, param, value, kind, suggestion):
    with pytest.raises(InputError) as err:
        run(find_query(name), RdflibEngine(FIXTURE), {param: value})
    message = str(err.value)
    assert f"no {kind} in the graph is called {value!r}" in message
    if suggestion:
        assert f"'{suggestion}'" in message.split("did you mean", 1)[1]


@pytest.mark.parametrize("name, values", [
    ("attendees", {"meeting": "all"}), ("meeting-stances", {"meeting": "LAST"}),
    ("position-changes", {"meeting1": "first", "meeting2": "last", "series": "all"}),
    ("urged", {"addressee": "all", "type": "all"}), ("actor-stances", {"actor": "dgr:state/china"}),
    ("meeting-stances", {"meeting": "2021-07-14-dushanbe"}),
])
def test_words_of_the_query_and_real_names_pass(name, values, tmp_path):
    run(find_query(name), RdflibEngine(FIXTURE), values)  # no error, whatever the rows
    empty = tmp_path / "empty.ttl"
    empty.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    if all(v.lower() in ("all", "first", "last") for v in values.values()):
        assert run(find_query(name), RdflibEngine(empty), values).rows == []


def test_defaults_are_not_checked(tmp_path):
    """A graph without the default's actor answers 0 rows: `queries --run-all` must run on any graph."""
    empty = tmp_path / "empty.ttl"
    empty.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    assert run(find_query("actor-stances"), RdflibEngine(empty)).rows == []
    result = CliRunner().invoke(cli, ["queries", "--run-all", "--graph", str(empty)])
    assert result.exit_code == 0, result.output


def test_nearest_without_rapidfuzz_falls_back_to_difflib(monkeypatch):
    real_import = builtins.__import__

    def no_rapidfuzz(name, *args, **kwargs):
        if name.startswith("rapidfuzz"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    names = ["Taliban", "China", "Tehreek-e-Taliban Pakistan", "Iran"]
    with_rapidfuzz = nearest("Talibn", names)
    monkeypatch.setattr(builtins, "__import__", no_rapidfuzz)
    assert nearest("Talibn", names)[0] == "Taliban" == with_rapidfuzz[0]
    assert nearest("zzzzzz", names) == []


def test_the_web_form_says_a_value_names_nothing():
    from diplograph.web.app import App

    app = App(FIXTURE, workers=1)
    try:
        wrong = app.handle("GET", "/queries", {"name": "actor-stances", "p_actor": "Talibn", "run": "1"}, {}, b"")
        empty = app.handle("GET", "/queries", {"name": "actor-stances", "p_actor": "taliban", "run": "1"}, {}, b"")
    finally:
        app.close()
    assert wrong.status == 200
    text = wrong.body.decode("utf-8")
    assert "no actor in the graph is called &#39;Talibn&#39;" in text and "&#39;Taliban&#39;" in text
    assert "no actor in the graph" not in empty.body.decode("utf-8")
