"""Checks the validator runs in Python instead of through pySHACL, for speed.

pySHACL evaluates a SPARQL-based constraint once per focus node; for
shapes:EvidenceOffsetsShape that is two rdflib queries per evidence span, most
of the validation time of a large graph (7 of 13 s for 200 documents). The
shape stays in shapes/evidence.ttl as the definition (other SHACL engines run
it as written); here the same test is a loop over the evidence nodes, with the
shape's own sh:message texts. tests/test_shapes.py checks that both ways give
the same report on every fixture and on the seed graph.

The unknown-terms check has no shape at all (SHACL cannot target "every
property"); queries/check-unknown-terms.rq is its SPARQL form.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import rdflib
from rdflib import RDF, Literal, Namespace, URIRef
from rdflib.namespace import SH

DG = Namespace("https://w3id.org/diplograph/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
SHAPES = Namespace("https://w3id.org/diplograph/shapes#")

# Shapes evaluated here; the validator removes them from what pySHACL sees.
NATIVE_SHAPES = (SHAPES.EvidenceOffsetsShape,)


def without_native_shapes(shapes: rdflib.Graph) -> rdflib.Graph:
    """A copy of the shapes graph without NATIVE_SHAPES (and their constraint nodes)."""
    out = rdflib.Graph()
    out += shapes
    for shape in NATIVE_SHAPES:
        for triple in list(shapes.cbd(shape)):
            out.remove(triple)
    return out


def _messages(shapes: rdflib.Graph, shape: URIRef) -> dict[str, str]:
    """The shape's sh:message per constraint, keyed by the variable that tells them apart."""
    found = {}
    for constraint in shapes.objects(shape, SH.sparql):
        message = str(shapes.value(constraint, SH.message))
        found["outside" if "{?length}" in message else "mismatch"] = message
    return found


def _fill(template: str, values: dict[str, object]) -> str:
    return re.sub(r"\{\?(\w+)\}", lambda m: str(values.get(m.group(1), m.group(0))), template)


def _int(term) -> int | None:
    # SPARQL compares numbers only; a string offset is left to the datatype shapes.
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def evidence_offsets(graph: rdflib.Graph, shapes: rdflib.Graph,
                     focus: set | None = None) -> Iterator[tuple[URIRef, str, URIRef, object, str]]:
    """(focus, severity, path, value, message) for every evidence span that breaks EvidenceOffsetsShape."""
    messages = _messages(shapes, SHAPES.EvidenceOffsetsShape)
    if not messages:
        return
    for ev in sorted(set(graph.subjects(RDF.type, DG.Evidence))):
        if focus is not None and ev not in focus:
            continue
        docs = list(graph.objects(ev, DG.document))
        starts = list(graph.objects(ev, OA.start))
        ends = list(graph.objects(ev, OA.end))
        texts = [t for d in docs for t in graph.objects(d, DG.text)]
        exacts = list(graph.objects(ev, OA.exact))
        for start_term, end_term, text in itertools.product(starts, ends, texts):
            start, end = _int(start_term), _int(end_term)
            if not isinstance(text, Literal):
                continue
            length = len(str(text))
            # SPARQL's `a || b` is true when either side is, even if the other
            # is an error (a non-numeric offset); `&&` needs both.
            if "outside" in messages and ((start is not None and start < 0) or (end is not None and end > length)):
                yield ev, "Violation", OA.end, end_term, _fill(
                    messages["outside"], {"start": start_term, "end": end_term, "length": length})
            if start is None or end is None:
                continue
            if "mismatch" in messages and 0 <= start < end <= length:
                found = str(text)[start:end]
                for exact in exacts:
                    if len(str(exact)) > 0 and found != str(exact):
                        yield ev, "Violation", OA.exact, exact, _fill(
                            messages["mismatch"], {"start": start_term, "end": end_term, "found": found})


def unknown_terms(graph: rdflib.Graph) -> list[tuple]:
    """Triples that use a dg: property or class the ontology does not declare.

    The same check as queries/check-unknown-terms.rq, done with sets: the
    query costs seconds on rdflib, this a few milliseconds. It needs the
    ontology in `graph` (it declares dg:Stance) and finds nothing without it.
    """
    if (DG.Stance, RDF.type, None) not in graph:
        return []
    ns = str(DG)
    used = {p for p in graph.predicates(unique=True) if str(p).startswith(ns)}
    used |= {c for c in graph.objects(None, RDF.type) if isinstance(c, URIRef) and str(c).startswith(ns)}
    unknown = sorted(t for t in used if (t, RDF.type, None) not in graph)
    rows = []
    for term in unknown:
        rows += [(s, term, o) for s, o in graph.subject_objects(term)]
        rows += [(s, RDF.type, term) for s in graph.subjects(RDF.type, term)]
    return rows
