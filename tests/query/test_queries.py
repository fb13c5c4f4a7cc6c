"""Saved queries: headers, parameters, errors, result formats, and expected answers.

Every report query in queries/ has a reviewed expected result on the small
fixture graph (tests/queries/fixture.ttl) and on the seed graph (built from
seeds/ by the converter); a query without one fails. Check queries
(check-*.rq) must return no rows on either graph.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.errors import InputError
from diplograph.paths import queries_dir
from diplograph.query.engines import RdflibEngine, Rows
from diplograph.query.formats import format_rows, parse_json_results, to_tsv
from diplograph.query.saved import (
    bind,
    find_query,
    list_queries,
    load_query,
    outer_group_start,
    run,
    sparql_string,
)

HERE = Path(__file__).resolve().parents[1]
FIXTURE = HERE / "queries" / "fixture.ttl"
EXPECTED = HERE / "queries" / "expected"
ROOT = HERE.parent
QUERY_NAMES = sorted(p.stem for p in queries_dir().glob("*.rq"))
REPORTS = [n for n in QUERY_NAMES if not n.startswith("check-")]


@pytest.fixture(scope="module")
def fixture_engine():
    return RdflibEngine(FIXTURE)


def invoke(*args):
    return CliRunner().invoke(cli, list(args))


def expected_rows(graph_name: str, query_name: str) -> Rows:
    path = EXPECTED / graph_name / f"{query_name}.json"
    assert path.is_file(), (f"no expected result for query {query_name} on the {graph_name} graph: "
                            f"run tests/queries/regenerate.py {graph_name}, review {path}, commit it")
    return parse_json_results(path.read_text(encoding="utf-8"))


# --- every saved query, on both graphs ----------------------------------------------------------

def test_there_are_saved_queries_for_the_questions_of_issue_5():
    required = {"timeline", "attendees", "actor-stances", "topic-stances", "urged", "stance-matrix",
                "position-changes", "designations", "designation-gaps", "co-attendance", "provenance",
                "conflicts", "aliases"}
    assert required <= set(QUERY_NAMES)


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_every_saved_query_has_a_header(name):
    query = find_query(name)
    assert query.title, f"{name}.rq: the first comment line should be a title"
    assert query.summary, f"{name}.rq: add '#+ summary: ...'"


def assert_expected_rows(name: str, graph_name: str, engine) -> None:
    """A check query returns no rows; a report query returns its reviewed expectation."""
    rows = run(find_query(name), engine)
    if name.startswith("check-"):
        assert rows.rows == [], f"check {name} returned rows on the {graph_name} graph"
        return
    expected = expected_rows(graph_name, name)
    assert rows.vars == expected.vars
    assert rows.rows == expected.rows


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_query_on_fixture_graph_gives_expected_rows(name, fixture_engine):
    assert_expected_rows(name, "fixture", fixture_engine)


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_query_on_seed_graph_gives_expected_rows(name, seed_graph):
    assert_expected_rows(name, "seed", RdflibEngine(seed_graph))


def test_no_expectation_file_is_left_without_its_query():
    for graph_dir in (EXPECTED / "fixture", EXPECTED / "seed"):
        for path in graph_dir.glob("*.json"):
            assert path.stem in REPORTS, f"{path} has no query queries/{path.stem}.rq"


# --- what the answers say (on the seed graph) ----------------------------------------------------

def _column(rows: Rows, var: str) -> list[str]:
    i = rows.vars.index(var)
    return [str(r[i]) if r[i] is not None else "" for r in rows.rows]


def test_seed_timeline_has_samarkand_2023_and_dushanbe_2021(seed_graph):
    rows = run(find_query("timeline"), RdflibEngine(seed_graph))
    pairs = set(zip(_column(rows, "date"), _column(rows, "place"), strict=True))
    assert ("2023-04-13", "Samarkand") in pairs
    assert any(d.startswith("2021-") and p == "Dushanbe" for d, p in pairs)
    dated = [d for d in _column(rows, "date") if d]
    assert dated == sorted(dated)


def test_seed_conflicts_show_the_disputed_samarkand_date(seed_graph):
    rows = run(find_query("conflicts"), RdflibEngine(seed_graph))
    dates = {v for p, v in zip(_column(rows, "property"), _column(rows, "value"), strict=True) if p == "date"}
    # the joint statement says 13 April, the Chinese readout 14 April
    assert {"2023-04-13", "2023-04-14"} <= dates


# --- parameters ---------------------------------------------------------------------------------

def test_actor_parameter_matches_any_name_or_the_iri(fixture_engine):
    query = find_query("actor-stances")
    by_label = run(query, fixture_engine, {"actor": "china"})
    by_alias = run(query, fixture_engine, {"actor": "People's Republic of China"})
    by_iri = run(query, fixture_engine, {"actor": "dgr:state/china"})
    by_full_iri = run(query, fixture_engine, {"actor": "<https://w3id.org/diplograph/id/state/china>"})
    assert by_label.rows and by_label.rows == by_alias.rows == by_iri.rows == by_full_iri.rows
    assert set(_column(run(query, fixture_engine, {"actor": "Pakistan"}), "actor")) == {"Pakistan"}


def test_attendees_of_one_meeting_by_date_or_place(fixture_engine):
    query = find_query("attendees")
    everyone = run(query, fixture_engine)
    by_date = run(query, fixture_engine, {"meeting": "2023-04-13"})
    by_place = run(query, fixture_engine, {"meeting": "Samarkand"})
    assert by_date.rows == by_place.rows
    assert 0 < len(by_date.rows) < len(everyone.rows)
    assert set(_column(by_date, "person")) == {"Qin Gang", "Sergey Lavrov"}


def test_position_changes_between_chosen_meetings(fixture_engine):
    query = find_query("position-changes")
    rows = run(query, fixture_engine, {"meeting1": "2023-04-13-samarkand", "meeting2": "2021-09-16"})
    said = set(zip(_column(rows, "saidAt"), _column(rows, "actor"), _column(rows, "topic"), strict=True))
    assert ("2023-04-13-samarkand", "China", "sanctions") in said
    assert ("2021-09-16-dushanbe", "China", "humanitarian aid") in said
    # China reaffirmed sovereignty at both meetings: not a change
    assert ("2023-04-13-samarkand", "China", "sovereignty") not in said


def _cells(rows: Rows) -> set[tuple]:
    return {tuple(None if x is None else str(x) for x in r) for r in rows.rows}


def test_aliases_lists_a_document_under_the_names_it_used_not_under_every_substring(fixture_engine):
    query = find_query("aliases")
    lavrov = _cells(run(query, fixture_engine, {"actor": "Sergey Lavrov"}))
    # "Lavrov" occurs in two texts, but only inside "Sergei Lavrov" and "Sergey Lavrov"
    assert lavrov == {("Sergey Lavrov", "Lavrov", "alternative", None),
                      ("Sergey Lavrov", "Sergei Lavrov", "alternative", "fx2_news.txt"),
                      ("Sergey Lavrov", "Sergey Lavrov", "preferred", "fx3_dushanbe.txt")}
    # "DUSHANBE" holds "US": no text calls the United States "US"
    us = _cells(run(query, fixture_engine, {"actor": "dgr:state/united-states"}))
    assert ("United States", "US", "alternative", None) in us
    assert ("United States", "United States", "preferred", "fx3_dushanbe.txt") in us


def test_aliases_default_is_one_actor_and_all_lifts_it(fixture_engine):
    query = find_query("aliases")
    default = run(query, fixture_engine)
    assert set(_column(default, "actor")) == {"Taliban"}
    assert default.rows == run(query, fixture_engine, {"actor": "taliban"}).rows
    assert {"Taliban", "Sergey Lavrov", "China"} <= set(_column(run(query, fixture_engine, {"actor": "all"}), "actor"))


SHARED_NAME = """@prefix dg: <https://w3id.org/diplograph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@base <https://w3id.org/diplograph/id/> .
<person/chen-a> a dg:Person ; skos:prefLabel "Chen Ara"@en ; skos:altLabel "Chen"@en .
<person/chen-b> a dg:Person ; skos:prefLabel "Chen Bolat"@en ; skos:altLabel "Chen"@en .
<doc/one> a dg:Document ; dg:sourceFile "one.txt" ; dg:text "Chen Ara arrived. Chen said ..." ;
    dg:mentions <person/chen-a> ; dg:usesName "Chen Ara"@en, "Chen"@en .
"""


def test_aliases_lists_a_shared_name_only_under_the_actor_the_document_names(tmp_path):
    from diplograph.query.engines import OxigraphEngine

    path = tmp_path / "shared.ttl"
    path.write_text(SHARED_NAME, encoding="utf-8")
    query = find_query("aliases")
    for engine in (RdflibEngine(path), OxigraphEngine(path)):
        rows = _cells(run(query, engine, {"actor": "all"}))
        assert ("Chen Ara", "Chen", "alternative", "one.txt") in rows
        assert ("Chen Bolat", "Chen", "alternative", None) in rows
        assert not any(r[0] == "Chen Bolat" and r[3] for r in rows)


def test_co_attendance_defaults_to_pairs_of_states(fixture_engine):
    query = find_query("co-attendance")
    default = run(query, fixture_engine)
    assert default.rows == run(query, fixture_engine, {"kind": "state"}).rows
    states = {str(r[0]) for r in fixture_engine.select(
        "SELECT ?l WHERE { ?s a <https://w3id.org/diplograph/ontology#State> ; "
        "<http://www.w3.org/2004/02/skos/core#prefLabel> ?l }").rows}
    met = set(_column(default, "actor1")) | set(_column(default, "actor2"))
    assert {"China", "Russia", "Pakistan", "Iran"} <= met <= states
    everyone = run(query, fixture_engine, {"kind": "all"})
    pairs = set(zip(_column(everyone, "actor1"), _column(everyone, "actor2"), strict=True))
    assert ("Qin Gang", "Sergey Lavrov") in pairs
    assert len(everyone.rows) > len(default.rows)


def test_corroboration_defaults_to_meetings(fixture_engine):
    query = find_query("corroboration")
    default = run(query, fixture_engine)
    assert default.rows and set(_column(default, "kind")) == {"Meeting"}
    assert default.rows == run(query, fixture_engine, {"kind": "meeting"}).rows
    everything = run(query, fixture_engine, {"kind": "all"})
    assert set(_column(everything, "kind")) == {"Meeting", "Participation", "Stance", "Designation"}


def test_urged_defaults_to_the_afghan_interim_government_and_takes_any_addressee(fixture_engine):
    query = find_query("urged")
    default = run(query, fixture_engine)
    assert default.rows and set(_column(default, "addressee")) == {"Afghan Interim Government"}
    for value in ("afghan authorities", "dgr:org/afghan-interim-government"):
        assert run(query, fixture_engine, {"addressee": value}).rows == default.rows
    assert set(_column(run(query, fixture_engine, {"addressee": "US"}), "addressee")) == {"United States"}
    everyone = run(query, fixture_engine, {"addressee": "all"})
    assert {"Afghan Interim Government", "Taliban", "United States"} <= set(_column(everyone, "addressee"))


@pytest.mark.parametrize("name, param, rows", [("co-attendance", "kind", 25), ("corroboration", "kind", 19),
                                               ("urged", "addressee", 3), ("aliases", "actor", 42)])
def test_all_still_gives_the_whole_answer(name, param, rows, fixture_engine):
    # the counts of the fixture's whole answers when `all` was the default (aliases: 44 by substring search,
    # less "Lavrov" in two texts, "Qureshi", "US", "Norov" in one each and "Afghanistan" in the series name;
    # urged: its 3 demands, one row each since issue 17 -- 8 rows of holder x stance before)
    assert len(run(find_query(name), fixture_engine, {param: "all"}).rows) == rows


def test_a_value_cannot_break_out_of_its_string(fixture_engine):
    query = find_query("actor-stances")
    hostile = 'x" ) } } SELECT * WHERE { ?s ?p ?o } #'
    text = bind(query, {"actor": hostile})
    assert sparql_string(hostile) in text
    # the value stays one string: it names no actor, which is what the query reports (issue 17, item 11)
    with pytest.raises(InputError, match="no actor in the graph is called"):
        run(query, fixture_engine, {"actor": hostile})
    with pytest.raises(InputError, match="backslash"):
        bind(query, {"actor": 'a\\" } #'})
    with pytest.raises(InputError, match="control"):
        bind(query, {"actor": "a\nb"})


def test_values_clause_goes_inside_the_outer_group_not_into_an_iri():
    text = ('PREFIX dg: <https://w3id.org/diplograph/ontology#>\n'
            '# a { in a comment\nSELECT ?x WHERE { ?x ?p "{" }')
    at = outer_group_start(text)
    assert text[at - 1] == "{" and text[:at].endswith("WHERE {")


def test_unknown_parameter_is_an_input_error(fixture_engine):
    with pytest.raises(InputError, match="no parameter colour"):
        run(find_query("timeline"), fixture_engine, {"colour": "red"})
    result = invoke("query", "attendees", "--graph", str(FIXTURE), "--param", "meting=x")
    assert result.exit_code == 2
    assert "no parameter meting" in result.output and "meeting (default 'all')" in result.output


def test_unknown_query_is_an_input_error_with_a_suggestion():
    result = invoke("query", "timelines", "--graph", str(FIXTURE))
    assert result.exit_code == 2
    assert "unknown query 'timelines'" in result.output and "timeline" in result.output


def test_syntax_error_names_the_file_and_line(tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("# Broken\n#+ params: who=x\nSELECT ?x WHERE { ?x ?y ?_who . FILTER(?x = ) }\n# end\n",
                   encoding="utf-8")
    result = invoke("query", str(bad), "--graph", str(FIXTURE))
    assert result.exit_code == 2
    # the line of the file, not of the text with the parameters bound
    assert "bad.rq:3:" in result.output and "syntax error" in result.output


def test_only_select_queries_run(tmp_path):
    ask = tmp_path / "ask.rq"
    ask.write_text("# Ask\nASK { ?s ?p ?o }\n", encoding="utf-8")
    result = invoke("query", str(ask), "--graph", str(FIXTURE))
    assert result.exit_code == 2 and "only SELECT" in result.output


def test_parameter_without_default_is_reported(tmp_path):
    bad = tmp_path / "undeclared.rq"
    bad.write_text("# Undeclared\n#+ summary: s\nSELECT ?x WHERE { ?x ?p ?_who }\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"\?_who"):
        load_query(bad)


def test_missing_graph_says_to_build(tmp_path):
    result = invoke("query", "timeline", "--graph", str(tmp_path / "none.ttl"))
    assert result.exit_code == 2 and "diplograph build" in result.output


# --- formats ------------------------------------------------------------------------------------

def test_json_follows_sparql_results_json(fixture_engine):
    rows = run(find_query("timeline"), fixture_engine)
    data = json.loads(format_rows(rows, "json"))
    assert data["head"]["vars"] == rows.vars
    first = data["results"]["bindings"][0]
    assert first["date"] == {"type": "literal", "value": "2021-07-14",
                             "datatype": "http://www.w3.org/2001/XMLSchema#date"}
    assert first["meeting"]["type"] == "uri"
    assert "ordinal" not in first  # unbound: left out
    assert parse_json_results(format_rows(rows, "json")).rows == rows.rows


def test_csv_follows_sparql_results_csv(fixture_engine):
    rows = run(find_query("timeline"), fixture_engine)
    text = format_rows(rows, "csv")
    assert text.startswith("date,place,series,ordinal,chair,meeting\r\n")
    table = list(csv.reader(io.StringIO(text)))
    assert table[1][0] == "2021-07-14" and table[1][3] == ""
    assert table[1][5].startswith("https://w3id.org/diplograph/id/meeting/")


def test_csv_is_the_bytes_rdflibs_serializer_wrote():
    from rdflib import BNode, Literal, URIRef

    from diplograph.query.engines import Rows
    from diplograph.query.formats import _rdflib_result, to_csv

    xsd = "http://www.w3.org/2001/XMLSchema#"
    rows = Rows(["a", "b", "c"], [
        (URIRef("https://example.org/x"), Literal('said "no", then\nleft'), None),
        (BNode("b0"), Literal("3", datatype=URIRef(xsd + "integer")), Literal("oui", lang="fr")),
        (None, Literal("2021-07-14", datatype=URIRef(xsd + "date")), Literal(" spaced ")),
    ])
    for case in (rows, Rows(["only"], [])):
        out = io.StringIO()
        _rdflib_result(case).serialize(destination=out, format="csv")
        assert to_csv(case) == out.getvalue()
    assert list(csv.reader(io.StringIO(to_csv(rows))))[2] == ["_:b0", "3", "oui"]


def test_tsv_agrees_with_pyoxigraph_serializer(fixture_engine):
    import pyoxigraph as ox

    rows = run(find_query("provenance"), fixture_engine)
    ours = to_tsv(rows)
    parsed = ox.parse_query_results(ours.encode("utf-8"), format=ox.QueryResultsFormat.TSV)
    theirs = [[sol[v] for v in parsed.variables] for sol in parsed]
    assert len(theirs) == len(rows.rows)
    assert ours.splitlines()[0] == "\t".join(f"?{v}" for v in rows.vars)
    from diplograph.rdfio import to_rdflib as ox_to_rdflib

    assert [tuple(ox_to_rdflib(t) for t in r) for r in theirs] == rows.rows


def test_table_is_aligned_and_counts_rows(fixture_engine):
    rows = run(find_query("timeline"), fixture_engine)
    text = format_rows(rows, "table", max_width=20)
    lines = text.splitlines()
    assert lines[0].split() == rows.vars
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert lines[-1] == f"({len(rows.rows)} rows)"
    assert "dgr:meeting/" in text  # IRIs shortened with the project's prefixes
    assert all(len(cell) <= 20 for line in lines[2:-1] for cell in re.split(r"\s{2,}", line.strip()))


def test_table_cells_are_padded_cut_and_shortened_exactly():
    # the same term twice is written once and reused (formats.to_table): both cells must read alike
    from rdflib import Literal, URIRef

    kabul = Literal("Kābul  city\nfar")
    iri = URIRef("https://w3id.org/diplograph/id/meeting/one")
    rows = Rows(["place", "meeting", "n"], [(kabul, iri, Literal(7)), (None, iri, Literal(12345)),
                                            (kabul, URIRef("http://example.org/x"), None)])
    assert format_rows(rows, "table", max_width=20) == (
        "place           meeting               n\n"
        "--------------  --------------------  -----\n"
        "Kābul city far  dgr:meeting/one       7\n"
        "                dgr:meeting/one       12345\n"
        "Kābul city far  <http://example.org…\n"
        "(3 rows)\n")


# --- commands -----------------------------------------------------------------------------------

def test_queries_lists_every_saved_query_with_its_summary():
    result = invoke("queries")
    assert result.exit_code == 0
    for query in list_queries():
        lines = result.output.splitlines()
        assert any(line.startswith(query.name) and query.summary in line for line in lines)


def test_queries_run_all_prints_a_row_count_per_query():
    result = invoke("queries", "--run-all", "--graph", str(FIXTURE))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == len(QUERY_NAMES)
    assert any(line.startswith("timeline") and line.split()[1] == "3" for line in lines)


def test_query_command_writes_csv_to_a_file(tmp_path):
    out = tmp_path / "timeline.csv"
    result = invoke("query", "timeline", "--graph", str(FIXTURE), "--format", "csv", "-o", str(out))
    assert result.exit_code == 0
    assert out.read_bytes().count(b"\r\n") == 4  # header and three meetings, CRLF as the spec says


def test_summary_counts(tmp_path):
    result = invoke("summary", "--graph", str(FIXTURE))
    assert result.exit_code == 0, result.output
    counts = dict(line.rsplit(None, 1) for line in result.output.splitlines())
    assert counts["documents"] == "4" and counts["meetings"] == "3" and counts["designations"] == "3"
    from rdflib import Graph

    assert counts["triples"] == str(len(Graph().parse(FIXTURE)))


def test_summary_says_unknown_where_the_engine_cannot_count_its_triples(monkeypatch):
    from diplograph.query import engines

    opened = engines.open_engine

    def counting_nothing(*args, **kwargs):
        engine = opened(*args, **kwargs)
        engine.triples = lambda: None       # as an endpoint whose count comes back empty
        return engine

    monkeypatch.setattr(engines, "open_engine", counting_nothing)
    result = invoke("summary", "--graph", str(FIXTURE))
    assert result.exit_code == 0, result.output
    assert "None" not in result.output
    assert dict(line.rsplit(None, 1) for line in result.output.splitlines())["triples"] == "unknown"


UNDATED = """@prefix dg: <https://w3id.org/diplograph/ontology#> .
@prefix place: <https://w3id.org/diplograph/id/place/> .
@prefix state: <https://w3id.org/diplograph/id/state/> .
@prefix meeting: <https://w3id.org/diplograph/id/meeting/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
place:ankara a dg:Place ; skos:prefLabel "Ankara" .
place:doha a dg:Place ; skos:prefLabel "Doha" .
state:turkey a dg:State, dg:Actor ; skos:prefLabel "Turkey" .
state:qatar a dg:State, dg:Actor ; skos:prefLabel "Qatar" .
meeting:a a dg:Meeting ; dg:location place:ankara ; dg:date "2022-05-01"^^xsd:date ;
    dg:participant state:turkey, state:qatar .
meeting:b a dg:Meeting ; dg:location place:ankara ; dg:date "2022"^^xsd:gYear ;
    dg:participant state:turkey, state:qatar .
meeting:c a dg:Meeting ; dg:location place:ankara ; dg:participant state:turkey, state:qatar .
meeting:d a dg:Meeting ; dg:location place:doha .
"""


@pytest.mark.parametrize("name", ["meetings-by-place", "co-attendance"])
def test_first_and_last_dates_agree_across_engines_with_undated_meetings(name, tmp_path):
    from diplograph.query.engines import OxigraphEngine

    path = tmp_path / "undated.ttl"
    path.write_text(UNDATED, encoding="utf-8")
    query = find_query(name)
    answers = [[tuple(None if x is None else str(x) for x in r) for r in run(query, engine).rows]
               for engine in (RdflibEngine(path), OxigraphEngine(path))]
    assert answers[0] == answers[1]
    # an undated meeting does not blank the group's dates; dates of mixed precision compare as text
    first = next(r for r in answers[0] if "Ankara" in r or "Qatar" in r)
    assert first[-2:] == ("2022", "2022-05-01")
    if name == "meetings-by-place":
        doha = next(r for r in answers[0] if "Doha" in r)
        assert doha[-2:] == (None, None)           # no dated meeting: no dates
