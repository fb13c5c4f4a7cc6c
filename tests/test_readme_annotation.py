"""The README's annotation walk-through adds a stance the converter misses, and runs as written (issue 17, item 12).

It used to add "cancel all restrictive measures on women and ethnic minorities", which the converter
already finds: following it made a second node for the same position. The walk-through's words must
be in no converted stance (and among the passages `uncited` lists), the script must run in bash as
pasted, and after it exactly one stance cites those words.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli

ROOT = Path(__file__).resolve().parents[1]
VENV = Path(sys.executable).parents[1]


def walkthrough() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Adding an annotation", 1)[1].split("\n## ", 1)[0]
    return re.search(r"```sh\n(.*?)```", section, re.S).group(1)


def quoted() -> tuple[str, str]:
    """The document and the words the walk-through quotes for its stance."""
    m = re.search(r'annotate quote --inline (\S+) "([^"]+)"', walkthrough())
    return m.group(1), m.group(2)


def stances_citing(graph: Path, words: str) -> list[str]:
    from diplograph.query.engines import OxigraphEngine

    engine = OxigraphEngine(graph)
    try:
        rows = engine.select(
            "PREFIX dg: <https://w3id.org/diplograph/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#> "
            "SELECT ?s ?q WHERE { ?s a dg:Stance ; dg:evidence/oa:exact ?q }").rows
    finally:
        engine.close()
    return sorted(str(s) for s, q in rows if words in str(q) or str(q) in words)


@pytest.mark.slow
def test_the_walkthrough_adds_a_stance_the_converter_misses(tmp_path, seed_graph):
    doc, words = quoted()
    assert stances_citing(seed_graph, words) == [], \
        "the converter already finds the README's stance: following the walk-through makes a duplicate"
    uncited = CliRunner().invoke(cli, ["query", "uncited", "--graph", str(seed_graph), "--param", f"doc={doc}",
                                       "--format", "csv"])
    assert uncited.exit_code == 0, uncited.output
    passages = [row["passage"] for row in csv.DictReader(io.StringIO(uncited.output))]
    assert any(words[:40] in " ".join(p.split()) for p in passages), "step 0 does not show the missed words"

    # the script as pasted, in a copy of the project with the graph `make run` writes
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "annotations").mkdir()
    (tmp_path / "build").mkdir()
    shutil.copy(seed_graph, tmp_path / "build" / "diplograph.ttl")
    (tmp_path / ".venv").symlink_to(VENV)
    (tmp_path / "walk.sh").write_text(walkthrough(), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}
    done = subprocess.run(["bash", "-e", "walk.sh"], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "conforms: 0 violations" in done.stdout + done.stderr
    assert "stance/analyst/" in done.stdout
    added = list((tmp_path / "annotations").glob("*.ttl"))
    assert len(added) == 1
    assert len(stances_citing(tmp_path / "build" / "diplograph.ttl", words)) == 1  # one node, no duplicate
