"""Validating a build: the whole graph, or, after a build with a cache, only what changed.

A full validation loads every segment into a store and hands it to the
validation front door (diplograph.validation.validate), which picks the
engine by its size.

After an incremental build the shapes run only on the nodes of the segments
that changed (new, or with another key; of a changed meeting or actors'
segment, only the nodes whose lines changed, see `_touched`), in a store of
those segments and what these nodes reach of the ones they point into (the
actors' segment, the annotations, and the segments of the documents that
report a changed meeting), and only the results on those nodes are taken.
That is enough
because of how the segments are cut (graph/writer.py): a node's triples lie in its
own segment and, for a stance or designation, in the segment of the meeting
it was expressed at; what a shape looks at beyond a node (the class of a
value, the text an evidence quotes) lies in the actors' segment or in the
segment of the document the node comes from. The analysts' annotations may
point anywhere, so their nodes are checked again at every build, with the
segments of every node they name. The last build's results for every other
node stand. Whenever that reasoning does not hold (no results kept,
annotations changed or holding blank nodes, an actor lost a type), the whole
graph is validated. tests/build/test_build_state.py holds both ways to the same report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..graph import writer
from ..graph.segments import ACTORS, ANNOTATIONS, segment_of
from ..validation import Report, Scope, validate
from ..validation.report import ordered_with
from ..vocab import DGR
from .assemble import Build
from .buildstate import actor_types
from .bulk import validate_in_batches

if TYPE_CHECKING:
    import pyoxigraph as ox

# Past this many triples one store of the whole graph needs several GB (about 0.6 GB a million
# triples): the graph is checked in batches instead (diplograph.bulk), with the same report.
BATCHED_ABOVE = 5_000_000


def validate_build(build: Build) -> Report:
    """The validation report of the build's graph (a diplograph.validation.Report)."""
    plan = _changes(build)
    if plan is None:
        return validate_all(build)
    changed, removed = plan
    import pyoxigraph as ox

    prev = build.previous
    last = prev.results if prev is not None else None
    assert prev is not None and last is not None  # _changes made a plan: the last build's results are kept
    if not changed and not removed:
        return Report(results=list(last))
    segments = build.by_id()
    focus: set[str] = set()      # the nodes checked again
    gone: set[str] = set()       # the nodes whose last results no longer stand
    whole: list[bytes] = []      # the N-Triples of the segments the store holds in full
    context: set[str] = set()    # segments of which the store holds what the focus nodes reach
    for sid in changed:
        nt = segments[sid].ntriples
        assert nt is not None  # a segment that changed was made in this build
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
        annotations_nt = segments[ANNOTATIONS].ntriples
        assert annotations_nt is not None  # the annotations' segment is made at every build
        subjects, named = _annotated(annotations_nt)
        if subjects is None:
            return validate_all(build)
        focus |= subjects
        context |= {sid for sid in map(segment_of, named) if sid in segments}
        if ANNOTATIONS not in changed:
            whole.append(annotations_nt)
    gone |= focus
    around = sorted(context - set(changed) - {ANNOTATIONS} | ({ACTORS} - set(changed)))
    store = ox.Store()
    store.load(b"".join(whole), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
    store.extend(_reachable(build.store(around), store, focus))
    report = validate(store, Scope(focus=frozenset(focus)), engine="compiled")
    # the kept results are those of the last report, in its order; none is about a focus node
    kept = [r for r in last if r.focus not in gone]
    return Report(results=ordered_with(kept, report.results), notes=report.notes)


def _touched(sid: str, ntriples: bytes, before: bytes | None) -> tuple[set[str], set[str]]:
    """The nodes of a changed segment to check again, and those whose last results no longer stand.

    A changed meeting segment also holds the links to the meeting from every stance and
    designation its reports make: a meeting reported a hundred times links a hundred documents'
    stances. Of those, only the ones whose lines changed are checked again. That is exact because
    no shape reads more of the node at the end of such a link than its class, and a meeting is
    always a dg:Meeting (tests/build/test_build_state.py holds the shapes to that). Every node the
    segment describes itself (the meeting, its participations and claims) is checked again.
    Likewise only the actors whose lines changed are checked again: what a shape reads of a
    linked actor is its classes (an actor that lost one makes the whole graph checked, see
    `_changes`) or that it exists.
    """
    import pyoxigraph as ox


    now = set(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))
    subjects = {t.subject.value for t in now}
    if before is None or not (sid.startswith("meeting/") or sid == ACTORS):
        old = set() if before is None else _turtle_subjects(before)
        return subjects, subjects | old
    then = set(ox.parse(writer.turtle_header() + before, format=ox.RdfFormat.TURTLE))
    checked = {s for s in subjects if segment_of(s) == sid}
    for t in now ^ then:
        checked.add(t.subject.value)
        if isinstance(t.object, ox.NamedNode) and t.object.value.startswith(DGR):
            checked.add(t.object.value)
    return checked, checked | ({t.subject.value for t in then} - subjects)


def _reachable(pool: ox.Store, store: ox.Store, focus: set[str]) -> list[ox.Quad]:
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


def validate_all(build: Build, jobs: int = 1) -> Report:
    if sum(s.triples for s in build.segments) > BATCHED_ABOVE:
        return validate_in_batches(build, jobs=jobs)
    return validate(build.store())


def _changes(build: Build) -> tuple[list[str], list[str]] | None:
    """The ids of the segments that changed and of those removed, or None when all must be checked."""
    prev = build.previous
    if prev is None or prev.result_rows is None:
        return None
    segments = build.by_id()
    new = segments.get(ANNOTATIONS)
    if prev.key(ANNOTATIONS) != (new.key if new else None):
        return None    # an analyst's triples may point anywhere
    actors_nt = segments[ACTORS].ntriples
    assert actors_nt is not None  # the actors' segment is made at every build
    if not prev.actor_types <= actor_types(actors_nt):
        return None    # a node that lost a type may fail a check of any node pointing at it
    changed = [s.id for s in build.segments if prev.key(s.id) != s.key]
    removed = [sid for sid in prev.segments if sid not in segments]
    return changed, removed


def _annotated(ntriples: bytes) -> tuple[set[str] | None, set[str]]:
    """The IRIs the annotations describe, and every IRI they name; (None, ...) with blank nodes,
    whose labels a store need not keep, so that their results cannot be matched up."""
    subjects: set[str] = set()
    named: set[str] = set()
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


    return {t.subject.value for t in ox.parse(writer.turtle_header() + turtle, format=ox.RdfFormat.TURTLE)
            if isinstance(t.subject, ox.NamedNode)}
