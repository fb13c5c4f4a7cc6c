"""The reference engine: pySHACL on an rdflib graph, with the checks of `native`.

pySHACL is run without inference (RDFS inference over the whole graph costs
minutes, not seconds). Instead the validator adds, cheaply, the one entailment
the shapes need: every instance of a subclass (dg:State) is also typed with its
superclasses (dg:Actor), so `sh:class dg:Actor` and `sh:targetClass dg:Actor`
see it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import rdflib
from rdflib import RDF, RDFS, SKOS, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from .. import vocab
from ..vocab import SHAPES, compact
from .native import evidence_offsets, ill_typed, quiet_rdflib, unknown_terms
from .report import ILL_TYPED, Report, Result, ordered, with_literal_problems
from .shapes import add_superclass_types, cached_shapes, load_ontology

# Bound on the graph pySHACL reads, for its messages' short forms.
PREFIXES = {**vocab.prefixes("dg", "dgr", "dgt", "oa"), "shapes": str(SHAPES),
            **vocab.prefixes("skos", "rdfs", "rdf", "xsd", "dcterms", "prov", "owl")}
SEVERITIES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}

quiet_rdflib()



def _label(graph: rdflib.Graph, node: Node) -> str | None:
    for prop in (SKOS.prefLabel, RDFS.label):
        labels = sorted(str(o) for o in graph.objects(node, prop) if isinstance(o, Literal))
        if labels:
            return labels[0]
    return None


def _render_path(report: rdflib.Graph, path: Node | None) -> str | None:
    if path is None:
        return None
    if isinstance(path, URIRef):
        return compact(str(path))
    inverse = report.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + compact(str(inverse))
    return str(path)


def _render_value(node: Node | None) -> str | None:
    if node is None:
        return None
    if isinstance(node, URIRef):
        return compact(str(node))
    return str(node)


_IRI_IN_TEXT = re.compile(r"<?(https?://[^\s<>\"]+)>?")


def _readable_message(message: str) -> str:
    # pySHACL fills {?value} with a full IRI; shorten it like the rest of the row.
    return _IRI_IN_TEXT.sub(lambda m: compact(m.group(1)), message)


_PREPARED: dict[str, object] = {}


class _PreparedQueryGraph(rdflib.Graph):
    """A graph that parses each SPARQL text once.

    pySHACL runs a SPARQL-based constraint once per focus node, always with the
    same text, and rdflib parses the text on every call (about 70 ms each: 25 s
    for the seed graph's evidence). Reusing the prepared query brings the whole
    validation back to a couple of seconds without changing what is checked.
    """

    def query(self, query_object: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(query_object, str):
            prepared = _PREPARED.get(query_object)
            if prepared is None:
                # imported here: rdflib's SPARQL engine takes longer to import than a build's
                # incremental validation, which never uses it
                from rdflib.plugins.sparql import prepareQuery

                prepared = _PREPARED[query_object] = prepareQuery(query_object)
            query_object = prepared
        return super().query(query_object, *args, **kwargs)


def validate_graph(
    data: rdflib.Graph,
    *,
    ontology: rdflib.Graph | None = None,
    focus_nodes: Iterable[URIRef] | None = None,
    files: Mapping[URIRef, str] | None = None,
    native: bool = True,
) -> Report:
    """Validate `data` (with the ontology merged in) against every shape.

    `ontology` defaults to `load_ontology()`. `focus_nodes`, when given, limits
    validation to those nodes (the rest of the graph is still there to resolve
    references). `files` maps a focus node to the file that states it, for the
    report; results whose focus is not in `files` are then dropped.
    `native=False` runs every shape through pySHACL, slowly (for tests that
    compare it with the fast path of native_checks).
    """
    if ontology is None:
        ontology = load_ontology()
    combined = _PreparedQueryGraph()
    for prefix, ns in PREFIXES.items():
        combined.bind(prefix, ns, override=True)
    combined += data
    combined += ontology
    add_superclass_types(combined)

    focus = sorted({n for n in focus_nodes if isinstance(n, URIRef)}) if focus_nodes is not None else None
    if focus is not None and not focus:
        return Report()
    focus_set = set(focus or ())
    import pyshacl  # here, not at the top: the fast validator and the CLI's start need none of it

    all_shapes, pyshacl_shapes = cached_shapes()
    _, report_graph, _ = pyshacl.validate(
        combined,
        shacl_graph=pyshacl_shapes if native else all_shapes,
        inference="none",
        inplace=True,
        allow_warnings=True,
        focus_nodes=focus,  # type: ignore[arg-type]
    )
    results: list[Result] = []
    for node in report_graph.objects(None, SH.result):
        focus_node = report_graph.value(node, SH.focusNode)
        if files is not None and focus_node not in files:
            continue
        messages = sorted(str(m) for m in report_graph.objects(node, SH.resultMessage))
        source = report_graph.value(node, SH.sourceShape)
        results.append(Result(
            severity=SEVERITIES.get(report_graph.value(node, SH.resultSeverity), "Violation"),
            focus=str(focus_node),
            focus_label=_label(combined, focus_node),
            path=_render_path(report_graph, report_graph.value(node, SH.resultPath)),
            value=_render_value(report_graph.value(node, SH.value)),
            message=_readable_message(messages[0]) if messages else "constraint not met",
            source_shape=compact(str(source)) if isinstance(source, URIRef) else "(anonymous shape)",
            file=files.get(focus_node) if files is not None else None,
        ))
    if native:
        for focus_node, severity, prop, value, message in evidence_offsets(combined, all_shapes,
                                                                           focus_set if focus else None):
            if files is not None and focus_node not in files:
                continue
            results.append(Result(
                severity=severity, focus=str(focus_node), focus_label=_label(combined, focus_node),
                path=compact(str(prop)), value=_render_value(value), message=_readable_message(message),
                source_shape="shapes:EvidenceOffsetsShape",
                file=files.get(focus_node) if files is not None else None,
            ))
    for focus_node, prop, value in unknown_terms(combined):
        if files is not None and focus_node not in files:
            continue
        if focus is not None and focus_node not in focus_set:
            continue
        term = value if prop == RDF.type else prop
        results.append(Result(
            severity="Violation",
            focus=str(focus_node),
            focus_label=_label(combined, focus_node),
            path=compact(str(prop)),
            value=_render_value(value),
            message=f"{compact(str(term))} is not a term of the diplograph ontology "
                    "(ontology/diplograph.ttl); check its spelling.",
            source_shape="check-unknown-terms",
            file=files.get(focus_node) if files is not None else None,
        ))
    literals = []
    for focus_node, prop, lexical, message in ill_typed(combined):
        if files is not None and focus_node not in files:
            continue
        if focus is not None and focus_node not in focus_set:
            continue
        literals.append(Result(
            severity="Violation", focus=str(focus_node), focus_label=_label(combined, focus_node),
            path=compact(str(prop)), value=lexical, message=message, source_shape=ILL_TYPED,
            file=files.get(focus_node) if files is not None else None,
        ))
    # the same problem can be reached through two shapes' paths: ordered() keeps one row
    return Report(results=ordered(with_literal_problems(results, literals)))


