"""Validating a build: the whole graph, or, after a build with a cache, only what changed.

A full validation loads every segment into a store and runs the shapes on
it (pySHACL on small graphs, the compiled shapes on Oxigraph past
FAST_ABOVE triples: the same verdicts, tests/test_fastvalidate.py).

After an incremental build the shapes run only on the nodes of the segments
that changed (new, or with another key; of a changed meeting or actors'
segment, only the nodes whose lines changed, see `_touched`), in a store of
those segments and what these nodes reach of the ones they point into (the
actors' segment, the annotations, and the segments of the documents that
report a changed meeting), and only the results on those nodes are taken.
That is enough
because of how the segments are cut (rdf.py): a node's triples lie in its
own segment and, for a stance or designation, in the segment of the meeting
it was expressed at; what a shape looks at beyond a node (the class of a
value, the text an evidence quotes) lies in the actors' segment or in the
segment of the document the node comes from. The analysts' annotations may
point anywhere, so their nodes are checked again at every build, with the
segments of every node they name. The last build's results for every other
node stand. Whenever that reasoning does not hold (no results kept,
annotations changed or holding blank nodes, an actor lost a type), the whole
graph is validated. tests/test_build_state.py holds both ways to the same report.
"""

from __future__ import annotations

from .assemble import ACTORS, ANNOTATIONS, Build
from .rdf import DGR

# pySHACL is the reference and fine for small graphs; past this many triples the compiled
# shapes on Oxigraph give the same report in a fraction of the time (benchmarks/results.md).
FAST_ABOVE = 50_000
# Past this many triples one store of the whole graph needs several GB (about 0.6 GB a million
# triples): the graph is checked in batches instead (diplograph.bulk), with the same report.
BATCHED_ABOVE = 5_000_000


def validate_build(build: Build):
    """The validation report of the build's graph (a diplograph.validate.Report)."""
    plan = _changes(build)
    if plan is None:
        return validate_all(build)
    changed, removed = plan
    import pyoxigraph as ox

    from .fastvalidate import ordered_with, validate_fast_report
    from .validate import Report

    prev = build.previous
    if not changed and not removed:
        return Report(results=list(prev.results))
    segments = build.by_id()
    focus: set[str] = set()      # the nodes checked again
    gone: set[str] = set()       # the nodes whose last results no longer stand
    whole = []                   # the N-Triples of the segments the store holds in full
    context = set()              # segments of which the store holds what the focus nodes reach
    for sid in changed:
        nt = segments[sid].ntriples
        checked, dropped = _touched(sid, nt, prev.turtle_of(sid) if sid in prev.segments else None)
        focus |= checked
        gone |= dropped
        whole.append(nt)
        context.update(f"doc/{stem}" for stem in segments[sid].docs)
    for sid in removed:
        gone |= _turtle_subjects(prev.turtle_of(sid))
    if ANNOTATIONS in segments:
        # An analyst's triples may point at a node that changed or went: their nodes are checked
        # again, with the segments of every node they name.
        subjects, named = _annotated(segments[ANNOTATIONS].ntriples)
        if subjects is None:
            return validate_all(build)
        focus |= subjects
        context |= {sid for sid in map(_segment_of, named) if sid in segments}
        if ANNOTATIONS not in changed:
            whole.append(segments[ANNOTATIONS].ntriples)
    gone |= focus
    context = sorted(context - set(changed) - {ANNOTATIONS} | ({ACTORS} - set(changed)))
    store = ox.Store()
    store.load(b"".join(whole), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
    store.extend(_reachable(build.store(context), store, focus))
    # The whole small store is checked (faster than naming the focus nodes in each query);
    # results on its other nodes, whose context it may lack, are dropped.
    report = validate_fast_report(store)
    # the kept results are those of the last report, in its order; none is about a focus node
    kept = [r for r in prev.results if r.focus not in gone]
    new = [r for r in report.results if r.focus in focus]
    return Report(results=ordered_with(kept, new), notes=report.notes)


def _touched(sid: str, ntriples: bytes, before: bytes | None) -> tuple[set[str], set[str]]:
    """The nodes of a changed segment to check again, and those whose last results no longer stand.

    A changed meeting segment also holds the links to the meeting from every stance and
    designation its reports make: a meeting reported a hundred times links a hundred documents'
    stances. Of those, only the ones whose lines changed are checked again. That is exact because
    no shape reads more of the node at the end of such a link than its class, and a meeting is
    always a dg:Meeting (tests/test_build_state.py holds the shapes to that). Every node the
    segment describes itself (the meeting, its participations and claims) is checked again.
    Likewise only the actors whose lines changed are checked again: what a shape reads of a
    linked actor is its classes (an actor that lost one makes the whole graph checked, see
    `_changes`) or that it exists.
    """
    import pyoxigraph as ox

    from . import rdf

    now = set(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))
    subjects = {t.subject.value for t in now}
    if before is None or not (sid.startswith("meeting/") or sid == ACTORS):
        old = set() if before is None else _turtle_subjects(before)
        return subjects, subjects | old
    then = set(ox.parse(rdf.turtle_header() + before, format=ox.RdfFormat.TURTLE))
    checked = {s for s in subjects if _segment_of(s) == sid}
    for t in now ^ then:
        checked.add(t.subject.value)
        if isinstance(t.object, ox.NamedNode) and t.object.value.startswith(DGR):
            checked.add(t.object.value)
    return checked, checked | ({t.subject.value for t in then} - subjects)


def _reachable(pool, store, focus: set[str]) -> list:
    """The quads of `pool` about the focus nodes, about the nodes the store's lines on the focus
    nodes name, and about the nodes those name, and so on; and every rdfs:subClassOf link."""
    import pyoxigraph as ox

    todo = set(focus)
    for node in focus:
        for q in store.quads_for_pattern(ox.NamedNode(node), None, None):
            if isinstance(q.object, ox.NamedNode):
                todo.add(q.object.value)
    out = list(pool.quads_for_pattern(None, ox.NamedNode(_SUBCLASS), None))
    seen: set[str] = set()
    while todo:
        node = todo.pop()
        seen.add(node)
        for q in pool.quads_for_pattern(ox.NamedNode(node), None, None):
            out.append(q)
            if isinstance(q.object, ox.NamedNode) and q.object.value not in seen:
                todo.add(q.object.value)
    return out


_SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"


def validate_all(build: Build, jobs: int = 1):
    if sum(s.triples for s in build.segments) > BATCHED_ABOVE:
        from .bulk import validate_in_batches

        return validate_in_batches(build, jobs=jobs)
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
    if not prev.actor_types <= actor_types(segments[ACTORS].ntriples):
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


def _turtle_subjects(turtle: bytes) -> set[str]:
    import pyoxigraph as ox

    from . import rdf

    return {t.subject.value for t in ox.parse(rdf.turtle_header() + turtle, format=ox.RdfFormat.TURTLE)
            if isinstance(t.subject, ox.NamedNode)}
