"""Figures in docs/web.md and docs/queries.md agree with the code (issue 17, item 15).

docs/web.md said the seed graph has 2,679 triples when it had 2,912. Such figures are now dropped or
checked here: a triple count, the options and defaults of `diplograph serve`, the tables of saved
queries (names, summaries, parameters), and every `$ diplograph query ...` example with its output,
run again on the seed graph.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.query.saved import list_queries

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "docs" / "web.md", ROOT / "docs" / "queries.md"]


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_a_triple_count_in_the_docs_is_the_seed_graphs(doc, seed_graph):
    from rdflib import Graph

    figures = re.findall(r"\b(\d[\d,]*) triples\b", doc.read_text(encoding="utf-8"))
    if figures:
        real = len(Graph().parse(seed_graph))
        assert {int(f.replace(",", "")) for f in figures} == {real}, f"{doc.name}: the seed graph has {real}"


def test_serve_options_in_docs_web_are_the_commands():
    from diplograph.commands.serve import command

    table = {}
    for line in (ROOT / "docs" / "web.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| `(--[a-z-]+)[^`]*` \| `?([^|`]*)`? \|", line)
        if m:
            table[m.group(1)] = m.group(2).strip()
    options = {p.opts[0]: p for p in command.params if p.opts[0].startswith("--")}
    assert set(table) == set(options) - {"--help"}
    for name, shown in table.items():
        default = options[name].default
        if default is None:
            continue
        if isinstance(default, float) and default.is_integer():
            default = int(default)
        assert shown == str(default), f"docs/web.md: {name} defaults to {default}, not {shown}"


def test_the_saved_query_table_of_docs_queries_is_the_queries():
    queries = {q.name: q for q in list_queries() if not q.is_check}
    rows = {}
    section = (ROOT / "docs" / "queries.md").read_text(encoding="utf-8").split("## The saved queries", 1)[1]
    for line in section.split("\n## ", 1)[0].splitlines():
        m = re.match(r"\| `([a-z][a-z-]+)` \|\s*(.*?)\s*\|\s*(.*?)\s*\|$", line)
        if m:
            rows[m.group(1)] = (m.group(2).strip(), m.group(3).replace("`", "").strip())
    assert set(rows) == set(queries)
    for name, (summary, params) in rows.items():
        assert summary == queries[name].summary, name
        assert dict(p.split("=", 1) for p in shlex.split(params)) == queries[name].params, name


def console_examples(text: str) -> list[tuple[list[str], list[str]]]:
    """(arguments, printed lines) of each `$ diplograph query ...` line followed by its output."""
    examples = []
    for block in re.findall(r"```console\n(.*?)```", text, re.S):
        lines = block.splitlines()
        for i, line in enumerate(lines):
            if line.startswith("$ diplograph query "):
                command = line[2:].split("#")[0]
                output = []
                for after in lines[i + 1:]:
                    if after.startswith("$ "):
                        break
                    output.append(after)
                if output:
                    examples.append((shlex.split(command)[1:], output))
    return examples


def test_query_examples_in_docs_queries_print_what_they_show(seed_graph):
    examples = console_examples((ROOT / "docs" / "queries.md").read_text(encoding="utf-8"))
    assert examples
    for args, shown in examples:
        result = CliRunner().invoke(cli, [*args, "--graph", str(seed_graph)])
        assert result.exit_code == (2 if shown[0].startswith("diplograph:") else 0), result.output
        assert result.output.rstrip("\n").splitlines() == shown, " ".join(args)
