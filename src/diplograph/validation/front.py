"""The front door: `validate(graph, scope)`, with the engine chosen inside.

Every caller validates through here: `diplograph build` (the whole graph, the
nodes an incremental build changed, or each batch of a bulk build),
`diplograph validate` (a built graph, or analysts' files) and `diplograph
annotate`. Three engines stand behind it, with the same verdicts
(tests/validation/):

- `pyshacl`: pySHACL on an rdflib graph, the reference (validation.shacl);
- `compiled`: the shapes compiled to SPARQL and run by Oxigraph, for large
  graphs (validation.compiled);
- both add the checks written in Python (validation.native).

`auto` takes pySHACL up to FAST_ABOVE triples and the compiled shapes past
it. An engine asked for by name that cannot do what is asked raises
FeatureNotSupported (exit 3); `auto` then takes pySHACL and says so in the
report's notes, never silently.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import FeatureNotSupported, InputError
from ..rdfio import store_to_rdflib
from .compiled import validate_fast_report
from .report import Report
from .shacl import validate_graph

# pySHACL is the reference and fine for small graphs; past this many triples the compiled
# shapes on Oxigraph give the same report in a fraction of the time (benchmarks/results.md).
FAST_ABOVE = 50_000
ENGINES = ("auto", "pyshacl", "compiled")


@dataclass(frozen=True)
class Scope:
    """Whose results count. `focus`: only the results on these nodes (IRIs), the rest of the
    graph being there to resolve references; None for every node. `files`: the file that states
    each focus node (rdflib terms of analysts' files), named in each result; results on nodes of
    no file are dropped."""

    focus: frozenset[str] | None = None
    files: Mapping[Any, str] | None = None


WHOLE = Scope()


def validate(graph: Any, scope: Scope = WHOLE, *, engine: str = "auto", ontology: Any = None,
             fast_above: int | None = None) -> Report:
    """The report of `graph` (an rdflib Graph or a pyoxigraph Store) against every shape, for `scope`.

    `ontology` (an rdflib graph) defaults to ontology/*.ttl. `fast_above` moves auto's threshold
    (FAST_ABOVE triples); 0 takes the compiled shapes wherever they compile.
    """
    if engine not in ENGINES:
        raise InputError(f"unknown validation engine {engine!r}: use {', '.join(ENGINES)}")
    if engine == "auto":
        threshold = FAST_ABOVE if fast_above is None else fast_above
        if scope.files is not None or len(graph) <= threshold:
            return _pyshacl(graph, scope, ontology)
        try:
            return _compiled(graph, scope, ontology)
        except FeatureNotSupported as exc:
            report = _pyshacl(graph, scope, ontology)
            report.notes.append(f"{exc}: pySHACL checked the graph instead (slower, same verdicts)")
            return report
    if engine == "pyshacl":
        return _pyshacl(graph, scope, ontology)
    return _compiled(graph, scope, ontology)


def _pyshacl(graph: Any, scope: Scope, ontology: Any) -> Report:
    from rdflib import Graph, URIRef

    data = graph if isinstance(graph, Graph) else store_to_rdflib(graph)
    focus = None if scope.focus is None else [URIRef(n) for n in sorted(scope.focus)]
    return validate_graph(data, ontology=ontology, focus_nodes=focus, files=scope.files)


def _compiled(graph: Any, scope: Scope, ontology: Any) -> Report:
    if scope.files is not None:
        raise FeatureNotSupported("the compiled validator does not attribute results to annotation files; "
                                  "use the pyshacl engine")
    report = validate_fast_report(graph, ontology=ontology)
    if scope.focus is not None:
        # the whole store is checked (faster than naming the focus nodes in each query);
        # results on its other nodes, whose context it may lack, are dropped
        report.results = [r for r in report.results if r.focus in scope.focus]
    return report
