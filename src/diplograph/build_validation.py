"""Validating a build: the whole graph, or, after a build with a cache, only what changed.

A full validation loads every segment into a store and runs the shapes on
it (pySHACL on small graphs, the compiled shapes on Oxigraph past
FAST_ABOVE triples: the same verdicts, tests/test_fastvalidate.py).

After an incremental build the shapes run only on the nodes of the segments
that changed (new, or with another key), in a store of those segments and
the ones they point into (the actors' segment, the annotations, and the
segments of the documents that report a changed meeting), and only the
results on the changed segments' nodes are taken. That is enough
because of how the segments are cut (rdf.py): a node's triples lie in its
own segment and, for a stance or designation, in the segment of the meeting
it was expressed at; what a shape looks at beyond a node (the class of a
value, the text an evidence quotes) lies in the actors' segment or in the
segment of the document the node comes from. The analysts' annotations may
point anywhere, so their nodes are checked again at every build, with the
segments of every node they name. The last build's results for every other
node stand. Whenever that reasoning does not hold (no results kept,
annotations changed or holding blank nodes, an actor lost a type), the whole
graph is validated. tests/test_build_validation.py holds both ways to the same report.
"""

from __future__ import annotations

from .assemble import ACTORS, ANNOTATIONS, Build
from .rdf import DGR

# pySHACL is the reference and fine for small graphs; past this many triples the compiled
# shapes on Oxigraph give the same report in a fraction of the time (benchmarks/results.md).
FAST_ABOVE = 50_000


def validate_build(build: Build):
    """The validation report of the build's graph (a diplograph.validate.Report)."""
    plan = _changes(build)
    if plan is None:
        return validate_all(build)
    changed, removed = plan
    from .fastvalidate import ordered, validate_fast_report
    from .validate import Report

    prev = build.previous
    if not changed and not removed:
        return Report(results=list(prev.results))
    segments = build.by_id()
    context = set(changed) | {ACTORS, ANNOTATIONS}
    for sid in changed:
        context.update(f"doc/{stem}" for stem in segments[sid].docs)
    focus = set()
    for sid in changed:
        focus |= _subjects(build.ntriples(segments[sid]))
    if ANNOTATIONS in segments:
        # An analyst's triples may point at a node that changed or went: their nodes are checked
        # again, with the segments of every node they name.
        subjects, named = _annotated(build.ntriples(segments[ANNOTATIONS]))
        if subjects is None:
            return validate_all(build)
        focus |= subjects
        context |= {sid for sid in map(_segment_of, named) if sid in segments}
    gone = set(focus)
    for sid in [*changed, *removed]:
        if sid in prev.segments:
            gone |= _turtle_subjects(prev.turtle_of(sid))
    # The whole small store is checked (faster than naming thousands of focus nodes in each
    # query); results on its other nodes, whose context it may lack, are dropped.
    report = validate_fast_report(build.store(context))
    kept = [r for r in prev.results if r.focus not in gone]
    new = [r for r in report.results if r.focus in focus]
    return Report(results=ordered(kept + new), notes=report.notes)


def validate_all(build: Build):
    store = build.store()
    if len(store) > FAST_ABOVE:
        from .fastvalidate import validate_fast_report

        return validate_fast_report(store)
    from .assemble import to_rdflib
    from .validate import validate_graph

    return validate_graph(to_rdflib(store))


def _changes(build: Build) -> tuple[list[str], list[str]] | None:
    """The ids of the segments that changed and of those removed, or None when all must be checked."""
    from .buildstate import actor_types

    prev = build.previous
    if prev is None or prev.result_rows is None:
        return None
    segments = build.by_id()
    new = segments.get(ANNOTATIONS)
    if prev.key(ANNOTATIONS) != (new.key if new else None):
        return None    # an analyst's triples may point anywhere
    if not prev.actor_types <= actor_types(build.ntriples(segments[ACTORS])):
        return None    # a node that lost a type may fail a check of any node pointing at it
    changed = [s.id for s in build.segments if prev.key(s.id) != s.key]
    removed = [sid for sid in prev.segments if sid not in segments]
    return changed, removed


def _segment_of(iri: str) -> str:
    """The id of the segment that describes the generated node `iri` (see the IRIs in rdf.py)."""
    path = iri[len(DGR):] if iri.startswith(DGR) else ""
    head, _, rest = path.partition("/")
    if head == "doc":
        return path
    if head in ("evidence", "stance", "designation"):
        return "doc/" + rest.split("/", 1)[0]
    if head == "meeting":
        return path
    if head in ("participation", "claim"):
        return "meeting/" + rest.split("/", 1)[0]
    return ACTORS


def _annotated(ntriples: bytes) -> tuple[set[str] | None, set[str]]:
    """The IRIs the annotations describe, and every IRI they name; (None, ...) with blank nodes,
    whose labels a store need not keep, so that their results cannot be matched up."""
    subjects, named = set(), set()
    for line in ntriples.splitlines():
        if line.startswith(b"_:") or b" _:" in line:
            return None, named
        s, _, rest = line.partition(b" ")
        subjects.add(s[1:-1].decode("utf-8"))
        named.add(s[1:-1].decode("utf-8"))
        obj = rest.partition(b" ")[2]
        if obj.startswith(b"<"):
            named.add(obj[1:obj.index(b">")].decode("utf-8"))
    return subjects, named


def _subjects(ntriples: bytes) -> set[str]:
    out = set()
    for line in ntriples.splitlines():
        if line.startswith(b"<"):
            out.add(line[1:line.index(b">")].decode("utf-8"))
    return out


def _turtle_subjects(turtle: bytes) -> set[str]:
    import pyoxigraph as ox

    from . import rdf

    return {t.subject.value for t in ox.parse(rdf.turtle_header() + turtle, format=ox.RdfFormat.TURTLE)
            if isinstance(t.subject, ox.NamedNode)}
