"""Shared set-up for the validate/annotate CLI tests: a project folder in tmp_path.

The folder holds a built graph (tests/validation/shapes/context.ttl), an empty
annotations/ and a DIPLOGRAPH_HOME whose shapes are the repository's, so the
tests do not depend on the ontology being written elsewhere.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from diplograph.cli import cli

REPO = Path(__file__).resolve().parents[1]
CONTEXT = Path(__file__).parent / "validation" / "shapes" / "context.ttl"

HEADER = """@base <https://w3id.org/diplograph/id/> .
@prefix dg:   <https://w3id.org/diplograph/ontology#> .
@prefix dgt:  <https://w3id.org/diplograph/topic/> .
@prefix oa:   <http://www.w3.org/ns/oa#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
"""

GOOD_STANCE = HEADER + """
<stance/analyst/1> a dg:Stance ;
    dg:holder <state/china> ;
    dg:stanceType dg:Demand ;
    dg:topic dgt:counter-terrorism ;
    dg:evidence <evidence/test/0-49> .
"""


def make_project(tmp_path: Path, monkeypatch, *, built: bool = True) -> Path:
    home = tmp_path / "home"
    (home / "ontology").mkdir(parents=True)
    shutil.copytree(REPO / "shapes", home / "shapes")
    project = tmp_path / "project"
    (project / "annotations").mkdir(parents=True)
    if built:
        (project / "build").mkdir()
        shutil.copy(CONTEXT, project / "build" / "diplograph.ttl")
    monkeypatch.setenv("DIPLOGRAPH_HOME", str(home))
    monkeypatch.chdir(project)
    return project


def snapshot(project: Path) -> dict[str, bytes]:
    """Every file under annotations/ and build/, with its bytes."""
    files = {}
    for folder in ("annotations", "build"):
        for path in sorted((project / folder).rglob("*")) if (project / folder).exists() else []:
            if path.is_file():
                files[str(path.relative_to(project))] = path.read_bytes()
    return files


def run(*args: str):
    return CliRunner().invoke(cli, list(args))
