"""A literal that is not of its type, wherever it stands (issue 17, item 2).

"2023-13-45"^^xsd:date on a stance passed `diplograph validate`, was stored
by `annotate add` and written by `build`; on a meeting it was caught with an
rdflib traceback and "lies outside 1900-2100" for 2023-04-31. Now each is one
violation naming the file, line, literal and what is wrong, in all three
commands, and the two validators (pySHACL and the compiled shapes) agree.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import GOOD_STANCE, HEADER, make_project, run, snapshot

ROOT = Path(__file__).resolve().parents[2]

BAD_STANCE = GOOD_STANCE.replace("    dg:evidence", '    dg:date "2023-13-45"^^xsd:date ;\n    dg:evidence')
BAD_MEETING = HEADER + """
<stance/analyst/1> a dg:Stance ;
    dg:holder <state/china> ;
    dg:stanceType dg:Demand ;
    dg:topic dgt:counter-terrorism ;
    dg:expressedAt <meeting/analyst/m> ;
    dg:evidence <evidence/test/0-49> .

<meeting/analyst/m> a dg:Meeting ;
    dg:date "2023-04-31"^^xsd:date ;
    dg:evidence <evidence/test/0-49> .
"""
BAD_YAML = """designations:
  - designee: org/east-turkistan-islamic-movement
    authority: state/china
    date: 2023-02-29
    evidence:
      document: test
      exact: "x"
      start: 0
      end: 1
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    return make_project(tmp_path, monkeypatch)


@pytest.mark.parametrize("lexical, datatype, said", [
    ("2023-13-45", "date", "month 13"),
    ("2023-04-31", "date", "day 31 is past the end of April"),
    ("2023-02-29", "date", "day 29 is past the end of February in 2023"),
    ("2023-00-10", "date", "month 0"),
    ("13 April 2023", "date", "not of the form YYYY-MM-DD"),
    ("2023-04-13T24:30:00", "dateTime", "24:30:00 is not a time of day"),
    ("2023-13", "gYearMonth", "month 13"),
    ("20x3", "gYear", "not of the form YYYY"),
    ("12a", "integer", "other characters"),
    ("-3", "nonNegativeInteger", "-3 is not a nonNegativeInteger"),
    ("yes", "boolean", "not true, false, 1 or 0"),
])
def test_what_is_wrong_is_said(lexical, datatype, said):
    from diplograph.validation.native import XSD, literal_problem

    assert said in literal_problem(lexical, XSD + datatype)


@pytest.mark.parametrize("lexical, datatype", [
    ("2024-02-29", "date"), ("2023-04-30", "date"), ("2023-04-13Z", "date"), ("2023-04-13+05:30", "date"),
    ("2023-04-13T24:00:00", "dateTime"), ("2023-04-13T12:05:59.5Z", "dateTime"), ("2003", "gYear"),
    ("-12", "integer"), ("+7", "integer"), ("1.5", "decimal"), ("true", "boolean"),
])
def test_good_literals_pass(lexical, datatype):
    from diplograph.validation.native import XSD, literal_problem

    assert literal_problem(lexical, XSD + datatype) is None


def problem_lines(output: str, literal: str) -> list[str]:
    return [line for line in output.splitlines() if literal in line and "Violation" in line]


@pytest.mark.parametrize("name, text, literal, said", [
    ("stance.ttl", BAD_STANCE, "2023-13-45", "month 13"),
    ("meeting.ttl", BAD_MEETING, "2023-04-31", "day 31 is past the end of April"),
    ("designation.yaml", BAD_YAML, "2023-02-29", "day 29 is past the end of February in 2023"),
])
def test_validate_names_file_line_literal_and_what_is_wrong(project, name, text, literal, said):
    (project / name).write_text(text, encoding="utf-8")
    result = run("validate", name)
    assert result.exit_code == 1, result.output
    lines = problem_lines(result.stdout, literal)
    assert len(lines) == 1, result.stdout        # once, not also as "not an xsd:date"
    assert result.stdout.splitlines()[0] == name
    line = next(i for i, t in enumerate(text.splitlines(), 1) if literal in t)
    assert f"line {line}:" in lines[0] and literal in lines[0] and said in lines[0]
    assert "1900-2100" not in result.stdout      # a date past its month is not a year out of range


def test_no_traceback_on_stderr(project):
    (project / "meeting.ttl").write_text(BAD_MEETING + BAD_STANCE.split("\n", 6)[-1], encoding="utf-8")
    env = {**os.environ, "DIPLOGRAPH_HOME": os.environ["DIPLOGRAPH_HOME"]}
    proc = subprocess.run([sys.executable, "-c", "from diplograph.cli import main; main()", "validate",
                           "meeting.ttl"], cwd=project, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "Failed to convert" not in proc.stderr, proc.stderr
    assert "2023-04-31" in proc.stdout


def test_annotate_add_refuses_it(project):
    (project / "stance.ttl").write_text(BAD_STANCE, encoding="utf-8")
    before = snapshot(project)
    result = run("annotate", "add", "stance.ttl")
    assert result.exit_code == 1
    assert snapshot(project) == before
    lines = problem_lines(result.stdout, "2023-13-45")
    assert len(lines) == 1 and "month 13" in lines[0] and "line " in lines[0]


def test_build_refuses_it_naming_the_file_and_line(tmp_path):
    from click.testing import CliRunner

    from diplograph.cli import cli

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "stance.ttl").write_text(BAD_STANCE.replace("<state/china>", "<state/russia>"), encoding="utf-8")
    out = tmp_path / "g.ttl"
    out.write_bytes(b"# yesterday\n")
    for extra in ([], ["--cache-dir", str(tmp_path / "cache")]):
        result = CliRunner().invoke(cli, ["build", "--seeds", str(ROOT / "seeds"), "--annotations", str(notes),
                                          "-o", str(out), *extra])
        assert result.exit_code == 1, result.output
        lines = problem_lines(result.stderr, "2023-13-45")
        assert len(lines) == 1, result.stderr
        assert "month 13" in lines[0] and "line 12:" in lines[0]
        assert str(notes / "stance.ttl") in result.stderr
        assert "Traceback" not in result.stderr
        assert out.read_bytes() == b"# yesterday\n"


def test_both_validators_report_the_same(project):
    import rdflib

    from diplograph.validation.compiled import validate_fast_report
    from diplograph.validation.report import ILL_TYPED
    from diplograph.validation.shacl import validate_graph

    graph = rdflib.Graph()
    graph.parse(project / "build" / "diplograph.ttl")
    graph.parse(data=BAD_MEETING, format="turtle")
    graph.parse(data=BAD_STANCE, format="turtle")
    slow = validate_graph(graph)
    fast = validate_fast_report(graph)
    mine = [r for r in slow.results if r.source_shape == ILL_TYPED]
    assert {r.value for r in mine} == {"2023-13-45", "2023-04-31"}
    assert mine == [r for r in fast.results if r.source_shape == ILL_TYPED]
    for report in (slow, fast):
        assert not [r for r in report.results if r.value in ("2023-13-45", "2023-04-31")
                    and r.source_shape != ILL_TYPED]
