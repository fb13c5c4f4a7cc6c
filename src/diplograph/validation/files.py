"""Analysts' annotation files, validated together with the ontology and the built graph.

Above the engines: reads the files through `annotations`, hands the graph to
the front door with the files' subjects as its scope.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import rdflib
from rdflib import URIRef

from .. import rdfio
from ..annotations import parse_annotation_file
from .front import Scope, validate
from .report import Report, locate_literals


def subjects_by_file(graphs: Mapping[str, rdflib.Graph]) -> dict:
    """Map every subject (IRI or blank node) of each annotation graph to its file (first file wins)."""
    owner: dict = {}
    for name in sorted(graphs):
        for s in sorted(set(graphs[name].subjects())):  # type: ignore[type-var]
            owner.setdefault(s, name)
    return owner


def validate_annotation_files(paths: Iterable[Path], graph_path: Path | None) -> tuple[Report, dict]:
    """Validate annotation files together with the ontology and the built graph.

    Only problems whose focus node is a subject in one of the files are
    reported, each attributed to that file; the built graph's own problems
    are the build's business. Returns the report and a dict of facts about the
    run (files, graph used) for the JSON output.
    """
    graphs: dict[str, rdflib.Graph] = {}
    for path in paths:
        graphs[str(path)] = parse_annotation_file(path)
    data = rdflib.Graph()
    notes: list[str] = []
    graph_used = None
    if graph_path is not None and Path(graph_path).is_file():
        rdfio.read_rdflib(Path(graph_path), graph=data)
        graph_used = str(graph_path)
    else:
        notes.append(f"no built graph at {graph_path}: validating against the ontology only, so references "
                     "to actors, meetings and documents the converter found cannot resolve. "
                     "Run `diplograph build` first.")
    for g in graphs.values():
        data += g
    owners = subjects_by_file(graphs)
    # Validating only the files' subjects keeps this fast on a large built
    # graph; pySHACL selects focus nodes by IRI, so a file with blank-node
    # subjects is checked against the whole graph and then filtered.
    focus = None if any(not isinstance(n, URIRef) for n in owners) else frozenset(map(str, owners))
    report = validate(data, Scope(focus=focus, files=owners), engine="pyshacl")
    report.results = locate_literals(report.results, paths)
    report.notes.extend(notes)
    return report, {"files": sorted(graphs), "graph": graph_used}
