"""`diplograph annotate add` copies only valid files; `annotate quote` makes evidence that validates."""

from __future__ import annotations

import re

import pytest
from cli_support import GOOD_STANCE, HEADER, REPO, make_project, run, snapshot


@pytest.fixture
def project(tmp_path, monkeypatch):
    return make_project(tmp_path, monkeypatch)


def test_add_copies_a_valid_file(project):
    (project / "stance.ttl").write_text(GOOD_STANCE, encoding="utf-8")
    result = run("annotate", "add", "stance.ttl")
    assert result.exit_code == 0, result.output
    assert (project / "annotations" / "stance.ttl").read_bytes() == (project / "stance.ttl").read_bytes()
    assert sorted(p.name for p in (project / "annotations").iterdir()) == ["stance.ttl"]
    assert "added annotations/stance.ttl" in result.stdout


def test_add_to_another_folder(project):
    (project / "stance.ttl").write_text(GOOD_STANCE, encoding="utf-8")
    result = run("annotate", "add", "stance.ttl", "--annotations", "mine")
    assert result.exit_code == 0, result.output
    assert (project / "mine" / "stance.ttl").is_file()
    assert list((project / "annotations").iterdir()) == []


@pytest.mark.parametrize("text, code", [
    (GOOD_STANCE.replace("<state/china>", "<state/atlantis>"), 1),   # holder exists nowhere
    (GOOD_STANCE.replace("dg:Demand", "dg:Threat"), 1),               # not one of the ten types
    (GOOD_STANCE.replace(" ;\n    dg:evidence", "\n    dg:evidence"), 2),  # syntax error
    ("", 2),                                                           # empty
], ids=["missing-holder", "bad-type", "syntax", "empty"])
def test_add_refuses_an_invalid_file_and_changes_nothing(project, text, code):
    (project / "stance.ttl").write_text(text, encoding="utf-8")
    before = snapshot(project)
    result = run("annotate", "add", "stance.ttl")
    assert result.exit_code == code, result.output
    assert snapshot(project) == before
    assert not (project / "annotations" / "stance.ttl").exists()
    if code == 1:
        assert "not added" in result.stderr and "Violation:" in result.stdout


def test_add_does_not_overwrite_another_annotation(project):
    (project / "annotations" / "stance.ttl").write_text(GOOD_STANCE, encoding="utf-8")
    other = GOOD_STANCE.replace("stance/analyst/1", "stance/analyst/2")
    (project / "stance.ttl").write_text(other, encoding="utf-8")
    before = snapshot(project)
    result = run("annotate", "add", "stance.ttl")
    assert result.exit_code == 2
    assert "already exists" in result.stderr
    assert snapshot(project) == before


def test_add_missing_file(project):
    result = run("annotate", "add", "nowhere.ttl")
    assert result.exit_code == 2
    assert "nowhere.ttl: no such file" in result.stderr


def test_quote_gives_evidence_that_validates(project):
    result = run("annotate", "quote", "test", "They urged the Afghan\n  Interim Government")
    assert result.exit_code == 0, result.output
    evidence = result.stdout
    assert "oa:start 50 ; oa:end 90 ." in evidence
    stance = GOOD_STANCE.replace("<evidence/test/0-49>", "<https://w3id.org/diplograph/id/evidence/test/50-90>")
    (project / "quoted.ttl").write_text(stance + "\n" + evidence, encoding="utf-8")
    checked = run("validate", "quoted.ttl")
    assert checked.exit_code == 0, checked.output


def test_quote_of_words_not_in_the_document(project):
    result = run("annotate", "quote", "test.txt", "They demanded")
    assert result.exit_code == 2
    assert "occur 0 time(s)" in result.stderr


def test_quote_of_an_unknown_document(project):
    result = run("annotate", "quote", "000_nothing", "They urged")
    assert result.exit_code == 2
    assert "no document '000_nothing'" in result.stderr and "test.txt" in result.stderr


def test_quoted_offsets_that_are_wrong_are_refused(project):
    text = HEADER + """
<evidence/test/wrong> a dg:Evidence ; dg:document <doc/test> ;
    oa:exact "They urged" ; oa:start 51 ; oa:end 61 .
"""
    (project / "wrong.ttl").write_text(text, encoding="utf-8")
    result = run("annotate", "add", "wrong.ttl")
    assert result.exit_code == 1
    assert "oa:exact does not match the document's text at 51-61" in result.stdout
    assert list((project / "annotations").iterdir()) == []


def test_inline_quote_goes_right_after_dg_evidence(project):
    result = run("annotate", "quote", "--inline", "test", "terrorist groups such as ETIM")
    assert result.exit_code == 0, result.output
    inline = result.stdout.strip()
    assert inline.startswith("[ a dg:Evidence") and inline.endswith("]")
    stance = GOOD_STANCE.replace("<evidence/test/0-49>", inline)
    (project / "inline.ttl").write_text(stance, encoding="utf-8")
    checked = run("annotate", "add", "inline.ttl")
    assert checked.exit_code == 0, checked.output
    assert (project / "annotations" / "inline.ttl").is_file()


def test_inline_quote_with_wrong_words_is_caught_by_validation(project):
    # A blank-node evidence node is checked like any other: here the quote was edited by hand.
    inline = run("annotate", "quote", "--inline", "test", "terrorist groups").stdout.strip()
    edited = inline.replace('"terrorist groups"', '"terror groups"')
    stance = GOOD_STANCE.replace("<evidence/test/0-49>", edited)
    (project / "edited.ttl").write_text(stance, encoding="utf-8")
    result = run("validate", "edited.ttl")
    assert result.exit_code == 1
    assert "oa:exact does not match" in result.stdout and "edited.ttl" in result.stdout


def readme_examples() -> list[tuple[str, str]]:
    """(suffix, text) of every Turtle and YAML example in annotations/README.md."""
    readme = (REPO / "annotations" / "README.md").read_text(encoding="utf-8")
    return [(".ttl" if kind == "turtle" else ".yaml", text)
            for kind, text in re.findall(r"```(turtle|yaml)\n(.*?)```", readme, re.S)]


@pytest.fixture(scope="module")
def seed_graph_file(tmp_path_factory):
    from diplograph.build import build_graph

    graph = build_graph(REPO / "seeds")
    path = tmp_path_factory.mktemp("build") / "diplograph.ttl"
    graph.serialize(path, format="turtle")
    return path


@pytest.mark.parametrize("index", range(len(readme_examples())))
def test_readme_example_validates_against_the_seed_graph(tmp_path, monkeypatch, seed_graph_file, index):
    monkeypatch.chdir(tmp_path)
    suffix, text = readme_examples()[index]
    (tmp_path / f"example{suffix}").write_text(text, encoding="utf-8")
    result = run("validate", f"example{suffix}", "--graph", str(seed_graph_file))
    assert result.exit_code == 0, result.output
    assert "conforms: 0 violations, 0 warnings" in result.stdout


def test_build_refuses_an_invalid_annotation_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "annotations").mkdir()
    bad = GOOD_STANCE.replace("<state/china>", "<state/atlantis>")
    (tmp_path / "annotations" / "bad.ttl").write_text(bad, encoding="utf-8")
    (tmp_path / "build").mkdir()
    (tmp_path / "build" / "diplograph.ttl").write_text("# the previous graph\n", encoding="utf-8")
    before = snapshot(tmp_path)
    result = run("build", "--seeds", str(REPO / "seeds"), "--annotations", "annotations",
                 "-o", "build/diplograph.ttl", "--quiet")
    assert result.exit_code == 1, result.output
    assert "dgr:stance/analyst/1 dg:holder" in result.stderr
    assert snapshot(tmp_path) == before


def test_readme_yaml_example_equals_the_turtle_examples(tmp_path):
    from rdflib import Graph
    from rdflib.compare import isomorphic

    from diplograph.annotations import parse_annotation_file

    examples = readme_examples()
    (yaml_text,) = [text for suffix, text in examples if suffix == ".yaml"]
    turtle = Graph()
    for i, (suffix, text) in enumerate(examples[:3]):
        assert suffix == ".ttl"
        (tmp_path / f"{i}.ttl").write_text(text, encoding="utf-8")
        turtle += parse_annotation_file(tmp_path / f"{i}.ttl")
    (tmp_path / "all.yaml").write_text(yaml_text, encoding="utf-8")
    assert isomorphic(parse_annotation_file(tmp_path / "all.yaml"), turtle)


def _sh_commands(markdown: str):
    """The first ```sh block of a page, as (command line, heredoc body or None) pairs."""
    block = re.search(r"```sh\n(.*?)```", markdown, re.S).group(1)
    lines = iter(block.splitlines())
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        heredoc = None
        if line.endswith("<<EOF"):
            body = []
            for inner in lines:
                if inner == "EOF":
                    break
                body.append(inner)
            heredoc = "\n".join(body) + "\n"
        yield line, heredoc


@pytest.mark.slow
def test_docs_walkthrough_works_as_written(tmp_path, monkeypatch, seed_graph_file):
    """docs/annotations.md's shell session, run in-process: each `diplograph` line must succeed."""
    import shlex
    import shutil

    (tmp_path / "build").mkdir()
    shutil.copy(seed_graph_file, tmp_path / "build" / "diplograph.ttl")
    (tmp_path / "seeds").symlink_to(REPO / "seeds")
    monkeypatch.chdir(tmp_path)

    def substitute(match: re.Match) -> str:
        result = run(*shlex.split(match.group(1))[1:])
        assert result.exit_code == 0, result.output
        return result.stdout.strip()

    ran = []
    for line, heredoc in _sh_commands((REPO / "docs" / "annotations.md").read_text(encoding="utf-8")):
        words = shlex.split(line.split("<<")[0])
        if words[0] == ".":
            continue  # activating the virtualenv
        if words[:2] == ["mkdir", "-p"]:
            (tmp_path / words[2]).mkdir(parents=True, exist_ok=True)
        elif words[0] == "cat":
            text = re.sub(r"\$\((diplograph [^)]*)\)", substitute, heredoc)
            (tmp_path / words[-1]).write_text(text, encoding="utf-8")
        else:
            assert words[0] == "diplograph", line
            result = run(*words[1:])
            assert result.exit_code == 0, (line, result.output)
            ran.append(words[1])
    assert ran == ["query", "query", "annotate", "validate", "annotate", "build", "query", "query"]
    assert (tmp_path / "annotations" / "norov-joint-statement.ttl").is_file()
    assert "stance/analyst/norov-joint-statement" in (tmp_path / "build" / "diplograph.ttl").read_text(
        encoding="utf-8")


def test_quote_of_repeated_words_says_which_occurrence(project):
    first = run("annotate", "quote", "test", "the")
    assert first.exit_code == 0
    assert "occur 2 times" in first.stderr and "oa:start 18 ;" in first.stdout  # "the Ministers"
    second = run("annotate", "quote", "test", "the", "--occurrence", "2")
    assert "oa:start 61 ;" in second.stdout  # "the Afghan"
    assert run("annotate", "quote", "test", "the", "--occurrence", "3").exit_code == 2
