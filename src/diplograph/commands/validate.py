"""`diplograph validate`: check annotation files (or a built graph) against the shapes."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import InputError, ValidationFailed
from ..paths import DEFAULT_GRAPH
from ..validation.front import ENGINES


@click.command(name="validate")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--graph", "graph_path", type=click.Path(path_type=Path, dir_okay=False),
              default=DEFAULT_GRAPH, show_default=True,
              help="The built graph that annotations may refer to.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text for people, json for tools.")
@click.option("--engine", type=click.Choice(ENGINES), default="auto", show_default=True,
              help="Who checks the built graph: auto (the compiled shapes on Oxigraph, pySHACL only for a "
                   "shape they cannot check, said on stderr), pyshacl (the reference, slow on large graphs) or "
                   "compiled. Annotation FILES are always checked by pySHACL.")
def command(files: tuple[Path, ...], graph_path: Path, fmt: str, engine: str) -> None:
    """Validate annotation FILES together with the ontology and the built graph.

    With no FILES, validate the built graph itself. Exit 0 when it conforms
    (warnings allowed), 1 on violations, 2 on unusable input.
    """
    from ..rdfio import read_oxigraph, read_rdflib
    from ..validation import validate, validate_annotation_files

    if files:
        report, facts = validate_annotation_files(files, graph_path)
    else:
        if not graph_path.is_file():
            raise InputError("no such graph; give annotation files to validate, or build the graph "
                             "first with `diplograph build`.", path=str(graph_path))
        # The compiled engine reads the graph with Oxigraph, pySHACL with rdflib: each its fastest
        # way. At a million triples rdflib + pySHACL took 199 s and 2.1 GB, the compiled shapes 12 s
        # with the same results (issue 18), so auto takes them at every size.
        graph = read_rdflib(graph_path) if engine == "pyshacl" else read_oxigraph(graph_path)
        report = validate(graph, engine=engine, fast_above=0)
        facts = {"files": [], "graph": str(graph_path)}
    for note in report.notes:
        click.echo(f"diplograph: {note}", err=True)
    if fmt == "json":
        click.echo(json.dumps({**facts, **report.to_json()}, indent=2, ensure_ascii=False))
    else:
        click.echo(report.format_text(), nl=False)
    if not report.conforms:
        n = len(report.violations)
        raise ValidationFailed(f"{n} violation{'s' * (n != 1)} of the shapes (listed above)")
