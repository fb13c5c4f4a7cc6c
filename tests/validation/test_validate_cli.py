"""`diplograph validate FILE...`: reports for people and tools, exit codes, bad inputs."""

from __future__ import annotations

import json

import pytest
from cli_support import GOOD_STANCE, HEADER, make_project, run, snapshot


@pytest.fixture
def project(tmp_path, monkeypatch):
    return make_project(tmp_path, monkeypatch)


def write(project, name, text):
    path = project / name
    path.write_text(text, encoding="utf-8")
    return name


def test_valid_annotation_conforms(project):
    name = write(project, "ok.ttl", GOOD_STANCE)
    result = run("validate", name)
    assert result.exit_code == 0, result.output
    assert "conforms: 0 violations, 0 warnings" in result.stdout


def test_holder_that_exists_nowhere_is_a_violation(project):
    name = write(project, "ghost.ttl", GOOD_STANCE.replace("<state/china>", "<state/atlantis>"))
    result = run("validate", name)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "ghost.ttl"
    problem = [line for line in lines if "dg:holder" in line]
    assert len(problem) == 1
    assert "Violation: dgr:stance/analyst/1 dg:holder:" in problem[0]
    assert "must exist in the graph" in problem[0] and "dgr:state/atlantis" in problem[0]


def test_reference_to_an_actor_of_the_built_graph_resolves(project):
    # state/china exists only in build/diplograph.ttl; without it the holder would not resolve.
    name = write(project, "ok.ttl", GOOD_STANCE)
    assert run("validate", name).exit_code == 0
    (project / "build" / "diplograph.ttl").unlink()
    result = run("validate", name)
    assert result.exit_code == 1
    assert "no built graph" in result.stderr
    assert "dg:holder" in result.stdout


def test_literal_where_an_iri_belongs(project):
    name = write(project, "literal.ttl", GOOD_STANCE.replace("<state/china>", '"China"'))
    result = run("validate", name)
    assert result.exit_code == 1
    assert "dg:holder" in result.stdout and "(value: China)" in result.stdout


def test_focus_is_shown_by_its_label(project):
    name = write(project, "alias.ttl", HEADER + '<state/china> skos:prefLabel "PRC"@en .\n')
    result = run("validate", name)
    assert result.exit_code == 1
    assert "'China' (dgr:state/china) skos:prefLabel" in result.stdout or \
        "'PRC' (dgr:state/china) skos:prefLabel" in result.stdout


def test_report_is_grouped_by_file(project):
    a = write(project, "a.ttl", GOOD_STANCE.replace("dg:Demand", "dg:Threat"))
    b = write(project, "b.ttl", HEADER + "<stance/analyst/2> a dg:Stance ; dg:stanceType dg:Demand ;\n"
                                "    dg:topic dgt:counter-terrorism ; dg:evidence <evidence/test/0-49> .\n")
    result = run("validate", a, b)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines.index("a.ttl") < lines.index("b.ttl")
    between = lines[lines.index("a.ttl") + 1: lines.index("b.ttl")]
    assert between and all("stance/analyst/1" in line and "dg:stanceType" in line for line in between)
    after = lines[lines.index("b.ttl") + 1: -1]
    assert after and all("stance/analyst/2" in line and "dg:holder" in line for line in after)


def test_json_format_for_tools(project):
    name = write(project, "ghost.ttl", GOOD_STANCE.replace("<state/china>", "<state/atlantis>"))
    result = run("validate", name, "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["conforms"] is False and data["violations"] == 1
    (row,) = data["results"]
    assert row["file"] == "ghost.ttl"
    assert row["focus"] == "https://w3id.org/diplograph/id/stance/analyst/1"
    assert row["path"] == "dg:holder" and row["source_shape"] == "shapes:StanceHolderShape"
    assert row["severity"] == "Violation" and row["value"] == "dgr:state/atlantis"


def test_warning_alone_conforms(project):
    name = write(project, "notopic.ttl", GOOD_STANCE.replace("    dg:topic dgt:counter-terrorism ;\n", ""))
    result = run("validate", name)
    assert result.exit_code == 0
    assert "Warning: dgr:stance/analyst/1 dg:topic:" in result.stdout


def test_problems_of_the_built_graph_are_not_the_files_business(project):
    built = project / "build" / "diplograph.ttl"
    built.write_text(built.read_text() + "\n<https://w3id.org/diplograph/id/stance/broken> a "
                     "<https://w3id.org/diplograph/ontology#Stance> .\n")
    name = write(project, "ok.ttl", GOOD_STANCE)
    assert run("validate", name).exit_code == 0
    # Without FILES the built graph itself is validated, and the broken stance shows.
    whole = run("validate")
    assert whole.exit_code == 1
    assert "dgr:stance/broken" in whole.stdout


BAD_INPUTS = {
    # name: (file name, bytes, exit code, words the one-line message must hold)
    "malformed_turtle": ("bad.ttl", (HEADER + "<stance/x> a dg:Stance ;\n    dg:holder <state/china>\n"
                                     "<stance/y> a dg:Stance .\n").encode(), 2,
                         ["bad.ttl:9:1:", "not valid Turtle"]),
    "unknown_prefix": ("prefix.ttl", (HEADER + "<stance/x> a foo:Stance .\n").encode(), 2,
                       ["prefix.ttl:7:", 'Prefix "foo:" not bound', "@prefix"]),
    "literal_as_subject": ("subject.ttl", (HEADER + '"China" dg:holder <state/china> .\n').encode(), 2,
                           ["subject.ttl:7:", "used as a subject"]),
    "literal_as_class": ("class.ttl", (HEADER + '<stance/x> a "Stance" .\n').encode(), 2,
                         ["class.ttl:7:", "needs a class IRI"]),
    "empty_file": ("empty.ttl", b"", 2, ["empty.ttl", "empty"]),
    "only_comments": ("comments.ttl", (HEADER + "# nothing yet\n").encode(), 2, ["holds no triples"]),
    "png_bytes": ("image.ttl", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", 2, ["not an RDF text file"]),
    "plain_prose": ("notes.ttl", b"China and Russia urged the Taliban to act.\n", 2,
                    ["notes.ttl:1:", "not valid Turtle"]),
    "latin1_text": ("latin.ttl", HEADER.encode() + b'<state/china> skos:altLabel "Chin\xe9" .\n', 2,
                    ["not UTF-8"]),
    "huge_literal": ("huge.ttl", (HEADER + '<state/china> skos:altLabel "' + "x" * 300_000 + '" .\n')
                     .encode(), 2, ["huge.ttl:7", "over the limit"]),
    "wrong_extension": ("stance.txt", GOOD_STANCE.encode(), 2, ["stance.txt", ".ttl"]),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_gets_its_message_and_exit_code(project, case):
    name, data, code, words = BAD_INPUTS[case]
    (project / name).write_bytes(data)
    before = snapshot(project)
    result = run("validate", name)
    assert result.exit_code == code, result.output
    message = result.stderr.strip()
    assert message.startswith("diplograph: ") and "\n" not in message, message
    for word in words:
        assert word in message
    assert snapshot(project) == before


def test_missing_file(project):
    result = run("validate", "nowhere.ttl")
    assert result.exit_code == 2
    assert "nowhere.ttl: no such file" in result.stderr


def test_unparsable_built_graph_is_unusable_input(project):
    (project / "build" / "diplograph.ttl").write_text("this is not turtle")
    name = write(project, "ok.ttl", GOOD_STANCE)
    result = run("validate", name)
    assert result.exit_code == 2
    assert "build/diplograph.ttl:1:" in result.stderr


# --- the YAML form ------------------------------------------------------------

YAML_STANCE = """\
stances:
  - id: stance/analyst/1
    holder: state/china
    type: Demand
    addressee: org/afghan-interim-government
    topic: [counter-terrorism]
    expressed_at: meeting/2023-04-13-samarkand
    evidence:
      document: test
      exact: "They urged the Afghan Interim Government"
      start: 50
      end: 90
aliases:
  - actor: state/china
    alt_labels: ["PRC", "People's Republic of China"]
participations:
  - meeting: meeting/2023-04-13-samarkand
    agent: person/sergey-lavrov
    represents: state/russia
    title: Minister of Foreign Affairs
    evidence:
      document: test.txt
      exact: "On 13 April 2023, the Ministers met in Samarkand."
      start: 0
      end: 49
designations:
  - designee: org/etim
    authority: [state/china, state/russia]
    designated_as: terrorism
    date: "2003"
    evidence:
      document: test
      exact: "terrorist groups such as ETIM"
      start: 106
      end: 135
actors:
  - id: person/example-envoy
    type: Person
    label: Example Envoy
"""

YAML_AS_TURTLE = HEADER + """@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<stance/analyst/1> a dg:Stance ; dg:holder <state/china> ; dg:stanceType dg:Demand ;
    dg:addressee <org/afghan-interim-government> ; dg:topic dgt:counter-terrorism ;
    dg:expressedAt <meeting/2023-04-13-samarkand> ; dg:evidence <evidence/test/50-90> .
<evidence/test/50-90> a dg:Evidence, oa:TextQuoteSelector ; dg:document <doc/test> ;
    oa:exact "They urged the Afghan Interim Government" ; oa:start 50 ; oa:end 90 .
<state/china> skos:altLabel "PRC"@en, "People's Republic of China"@en .
<meeting/2023-04-13-samarkand> dg:participation <participation/2023-04-13-samarkand/sergey-lavrov> ;
    dg:participant <person/sergey-lavrov>, <state/russia> .
<participation/2023-04-13-samarkand/sergey-lavrov> a dg:Participation ; dg:agent <person/sergey-lavrov> ;
    dg:represents <state/russia> ; dg:title "Minister of Foreign Affairs" ; dg:evidence <evidence/test/0-49> .
<evidence/test/0-49> a dg:Evidence, oa:TextQuoteSelector ; dg:document <doc/test> ;
    oa:exact "On 13 April 2023, the Ministers met in Samarkand." ; oa:start 0 ; oa:end 49 .
<designation/analyst/form-1> a dg:Designation ; dg:designee <org/etim> ;
    dg:authority <state/china>, <state/russia> ; dg:designatedAs dgt:terrorism ;
    dg:designationDate "2003"^^xsd:gYear ; dg:evidence <evidence/test/106-135> .
<org/etim> a dg:DesignatedOrganization .
<evidence/test/106-135> a dg:Evidence, oa:TextQuoteSelector ; dg:document <doc/test> ;
    oa:exact "terrorist groups such as ETIM" ; oa:start 106 ; oa:end 135 .
<person/example-envoy> a dg:Person ; skos:prefLabel "Example Envoy"@en ; rdfs:label "Example Envoy"@en .
"""


def test_yaml_form_gives_the_same_triples_as_turtle(project):
    from rdflib.compare import isomorphic

    from diplograph.annotations import parse_annotation_file

    write(project, "form.yaml", YAML_STANCE)
    write(project, "form.ttl", YAML_AS_TURTLE)
    from_yaml = parse_annotation_file(project / "form.yaml")
    assert isomorphic(from_yaml, parse_annotation_file(project / "form.ttl"))


def test_yaml_form_validates(project):
    name = write(project, "form.yaml", YAML_STANCE)
    result = run("validate", name)
    assert result.exit_code == 0, result.output
    assert "conforms: 0 violations, 0 warnings" in result.stdout


def test_yaml_problem_is_attributed_to_the_yaml_file(project):
    name = write(project, "form.yaml", YAML_STANCE.replace("holder: state/china", "holder: state/atlantis"))
    result = run("validate", name)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == "form.yaml"
    assert "Violation: dgr:stance/analyst/1 dg:holder:" in result.stdout


YAML_MISTAKES = {
    # name: (replace this, with that, words of the message)
    "name_for_reference": ("holder: state/china", "holder: China", ["form.yaml:3:13:", "not a reference"]),
    "unknown_key": ("    type: Demand", "    typ: Demand", ["form.yaml:4:5:", "unknown key 'typ'"]),
    "missing_key": ("    type: Demand\n", "", ["form.yaml:2:5:", "lacks type"]),
    "syntax": ("topic: [counter-terrorism]", "topic: [counter-terrorism", ["form.yaml:", "not valid YAML"]),
    "bad_offset": ("start: 50", "start: fifty", ["form.yaml:11:14:", "whole number"]),
    "bad_date": ('date: "2003"', "date: last year", ["form.yaml:", "neither a year"]),
    "unknown_section": ("aliases:", "alias:", ["form.yaml:13:1:", "unknown section 'alias'"]),
}


@pytest.mark.parametrize("case", sorted(YAML_MISTAKES))
def test_yaml_mistakes_name_file_and_line(project, case):
    old, new, words = YAML_MISTAKES[case]
    assert old in YAML_STANCE
    name = write(project, "form.yaml", YAML_STANCE.replace(old, new, 1))
    before = snapshot(project)
    result = run("validate", name)
    assert result.exit_code == 2, result.output
    for word in words:
        assert word in result.stderr
    assert snapshot(project) == before


def test_yaml_that_is_not_a_mapping(project):
    name = write(project, "list.yaml", "- just\n- a list\n")
    result = run("validate", name)
    assert result.exit_code == 2
    assert "list.yaml:1:1: the file must be a mapping" in result.stderr


def test_quote_prints_the_yaml_evidence_block(project):
    result = run("annotate", "quote", "--yaml", "test", "They urged the Afghan Interim Government")
    assert result.exit_code == 0
    block = result.stdout
    assert block.startswith("evidence:\n  document: test\n")
    assert '  exact: "They urged the Afghan Interim Government"' in block
    assert "  start: 50\n  end: 90" in block


def test_misspelt_property_is_a_violation(project, tmp_path):
    import shutil

    from cli_support import REPO

    if not (REPO / "ontology" / "diplograph.ttl").is_file():
        pytest.skip("ontology not written yet")
    shutil.copytree(REPO / "ontology", tmp_path / "home" / "ontology", dirs_exist_ok=True)
    name = write(project, "typo.ttl", GOOD_STANCE.replace("dg:holder <state/china> ;",
                                                          "dg:holder <state/china> ; dg:adressee <state/russia> ;"))
    result = run("validate", name)
    assert result.exit_code == 1, result.output
    assert "dg:adressee is not a term of the diplograph ontology" in result.stdout


def test_a_yaml_designation_dated_by_month_is_a_year_and_month(project):
    name = write(project, "month.yaml", YAML_STANCE.replace('date: "2003"', 'date: "2016-03"', 1))
    result = run("validate", name)
    assert result.exit_code == 0, result.output + result.stderr
