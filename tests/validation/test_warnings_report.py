"""`diplograph build` shows its warnings grouped by shape: a count and one example each (issue 17, item 13)."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.validation import Result
from diplograph.validation.warnings_report import format_warnings, group_warnings

ROOT = Path(__file__).resolve().parents[2]
SEED = "000_e747bdc18f26e6a7"


def _warning(shape: str, path: str, focus: str, message: str = "m", value: str | None = None) -> Result:
    return Result("Warning", focus, None, path, value, message, shape)


def test_warnings_are_grouped_by_shape_and_path_largest_first():
    results = [_warning("shapes:A", "dg:topic", f"https://w3id.org/diplograph/id/stance/{i}", "no topic")
               for i in range(3)]
    results += [_warning("shapes:B", "dg:date", "https://w3id.org/diplograph/id/meeting/x", "odd date", "2023"),
                Result("Violation", "urn:v", None, "dg:holder", None, "not shown", "shapes:C")]
    groups = group_warnings(results)
    assert [(key, len(members)) for key, members in groups] == [(("shapes:A", "dg:topic"), 3),
                                                                 (("shapes:B", "dg:date"), 1)]
    text = format_warnings(results, "out.ttl")
    lines = text.splitlines()
    assert lines[0] == "  3 x shapes:A dg:topic: no topic"
    assert lines[1] == "      e.g. dgr:stance/0"  # one example, not all three
    assert lines[2] == "  1 x shapes:B dg:date: odd date"
    assert "(value: 2023)" in lines[3]
    assert lines[-1] == "  `diplograph validate out.ttl` lists every one."
    assert "not shown" not in text
    assert format_warnings([]) == ""


def test_build_prints_its_warnings_grouped_unless_quiet(tmp_path):
    seeds, annotations, out = tmp_path / "seeds", tmp_path / "annotations", tmp_path / "graph.ttl"
    seeds.mkdir()
    annotations.mkdir()
    shutil.copy(ROOT / "seeds" / f"{SEED}.txt", seeds)
    runner = CliRunner()
    args = ["build", "--seeds", str(seeds), "--annotations", str(annotations), "-o", str(out)]
    first = runner.invoke(cli, args)
    assert first.exit_code == 0, first.output
    quote = runner.invoke(cli, ["annotate", "quote", "--inline", "--graph", str(out), SEED,
                                "cancel all restrictive measures on women and ethnic minorities"])
    assert quote.exit_code == 0, quote.output
    # a stance with no dg:topic: the shapes warn about it, without a violation
    (annotations / "no-topic.ttl").write_text(
        "@base <https://w3id.org/diplograph/id/> .\n"
        "@prefix dg: <https://w3id.org/diplograph/ontology#> .\n"
        "@prefix oa: <http://www.w3.org/ns/oa#> .\n"
        "<stance/analyst/no-topic> a dg:Stance ; dg:holder <state/china> ; dg:stanceType dg:Demand ;\n"
        f"    dg:evidence {quote.output.strip()} .\n", encoding="utf-8")
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("validated: conforms, "))
    total = int(lines[head].split(", ")[1].split()[0])
    groups = [line for line in lines[head + 1:] if " x shapes:" in line]
    assert groups and sum(int(line.split()[0]) for line in groups) == total
    topic = next(line for line in groups if "dg:topic" in line)
    example = lines[lines.index(topic) + 1]
    assert example.strip().startswith("e.g. dgr:stance/")
    assert f"`diplograph validate {out}` lists every one." in result.output
    quiet = runner.invoke(cli, args + ["--quiet"])
    assert quiet.exit_code == 0 and " x shapes:" not in quiet.output and "warning" not in quiet.output
