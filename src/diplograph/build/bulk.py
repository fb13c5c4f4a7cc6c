"""A cold build of a large corpus in one pass, its memory bounded by a batch of texts.

assemble.build holds every converted document's part in memory (about 0.35
MB a document) and validates the whole graph in one store. Building in steps
(steps.py) bounds that, but each step is an incremental build that reads the
whole kept state again and checks what the new texts' meetings reach, so the
steps grow with the corpus: at 35,000 documents a step of 5,000 took 140 s.
A build with no kept state to go on from comes here instead:

1. The texts are converted BATCH at a time, in order of name (pipeline, with
   the cache folder). Of each document's part only what merging and the
   meetings' segments read stays in memory: its record, its links to its
   meetings and the facts of its meetings. Its Turtle goes to a spool of the
   documents, its N-Triples to its batch's file of lines.
2. The records are merged once; the actors' and the meetings' segments are made.
3. It is validated in batches (below), and if it conforms, written: the
   prefixes, the actors' Turtle, the documents' spool, the meetings' Turtle,
   the annotations; the bytes assemble.build gives (tests/build/test_bulk.py).
4. The state is kept (buildstate) as after any build, so that the next build
   is incremental.

**Validation in batches.** Every line of the graph has a home: the segment
that describes its subject (build_validation._segment_of: a stance's home is
its document, a participation's its meeting). A subject no built segment
describes, an analyst's own node, is at home in the annotations. The batches
are the documents of each batch of conversion, runs of meetings, the actors'
segment and the annotations; each line goes to the batch of its home. A
batch is checked in a store of its lines, the actors' segment (the class
tree, every actor and topic), the rdf:type lines of every node its lines
point at in another batch, and the annotations whole when any of its lines
points into them; only the results on nodes at home in the batch are kept.
That is the whole graph's report because no shape reads, of a node at home
elsewhere, more than its classes (a shape's further reach, the meeting of a
participation, the text an evidence quotes, stays within a home): the same
reasoning as incremental validation's (build_validation), held by
tests/build/test_bulk.py against the validation of the whole graph. With
several jobs, batches are checked in parallel.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import multiprocessing
import os
import shutil
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import overload

from .. import fileio, pipeline, validation
from ..extract.lexicon import Lexicon, load_lexicon
from ..fileio import FileRange, atomic_write_chunks
from ..graph import writer
from ..graph.merge import merge_records
from ..graph.segments import ACTORS, ANNOTATIONS, COUNTED, Segment, make_segment, segment_hash, segment_of
from ..validation import Report, Result
from ..validation.report import ordered
from . import assemble, buildstate

# Texts converted, and documents validated, per batch: about 1.1 million triples of generated
# statements, a store of about 0.6 GB.
BATCH = 2500
# Meeting-home lines per batch of meetings.
MEETING_LINES = 1_000_000

_TYPE = b"> <" + writer.A.encode()[1:-1] + b"> <"


@dataclass
class BulkBuild:
    """What build() did: the validation report (None when not validated), what the graph holds,
    how many texts were converted, and how long each stage took."""

    report: object
    totals: dict[str, int]
    converted: int
    timings: dict[str, float] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return dict(self.totals)


def takes(sources: list[Path], cache_dir: Path | None, lexicon: Lexicon, step: int) -> bool:
    """Whether a build of these texts runs here, in one pass: when more than `step` (steps.STEP) of
    them are texts the kept state does not know, and more than it knows. Adding a few thousand
    texts to a large corpus is left to the incremental build in steps; adding 100,000 to a handful
    is not (the known texts' parts come from the cache all the same)."""
    known = _known_names(cache_dir, lexicon) or frozenset()
    new = sum(1 for path in sources if path.name not in known)
    return new > step and new > len(known)


def _known_names(cache_dir: Path | None, lexicon: Lexicon) -> frozenset | None:
    """The names of the texts of the state kept in cache_dir, or None when there is none to use."""
    if cache_dir is None:
        return None
    state = buildstate.load(Path(cache_dir), assemble.state_salt(lexicon, assemble.part_transform(lexicon)))
    if state is None:
        return None
    state.close()
    return frozenset(state.files)


def build(seeds_dir: Path, output: Path, annotations_dir: Path | None = None, *, cache_dir: Path, jobs: int = 1,
          progress: bool = False, lexicon: Lexicon | None = None, batch: int = BATCH,
          meeting_lines: int = MEETING_LINES, validate: bool = True,
          on_batch: Callable[[int, int], None] | None = None) -> BulkBuild:
    """Build seeds_dir from scratch into `output` (written only if it conforms, or validate=False),
    and keep the state in cache_dir. on_batch(converted, total) is called after each batch."""
    import secrets

    lexicon = lexicon or load_lexicon()
    cache_dir = Path(cache_dir)
    transform = assemble.part_transform(lexicon)
    sources = assemble.list_texts(seeds_dir)
    assemble._unique_stems(sources)
    times: dict[str, float] = {}
    t0 = time.perf_counter()
    partial, files = assemble._keys(sources, lexicon, transform, {})
    assemble._hash_texts(list(range(len(sources))), sources, partial, files, lexicon, transform)
    keys = assemble._known(partial)
    work = buildstate.folder(cache_dir) / f".bulk-{secrets.token_hex(6)}"
    work.mkdir(parents=True)
    try:
        lines = _Lines(work, meeting_lines)
        docs_ttl = work / "documents.ttl"
        records, refs_of, light, links = [], {}, {}, {}
        rows: dict[str, tuple] = {}
        turtle_sizes: dict[str, int] = {}
        with open(docs_ttl, "wb") as spool:
            for start in range(0, len(sources), batch):
                paths = sources[start:start + batch]
                parts = pipeline.convert_many(paths, lexicon, jobs=jobs, cache_dir=cache_dir, progress=progress,
                                              transform=transform)
                nts, ids = [], []
                for i, part in enumerate(parts, start):
                    rec = part.record
                    records.append(rec)
                    refs_of[keys[i]] = tuple(part.refs)
                    if part.facts.meetings:
                        # what the meetings' segments read of a report (merge.details, writer.meeting_ntriples)
                        light[rec.stem] = dataclasses.replace(part.facts, actors=[])
                    if part.links:
                        links[rec.stem] = part.links
                    seg = make_segment(f"doc/{rec.stem}", keys[i], part.triples, part.turtle)
                    rows[seg.id] = buildstate.segment_row(seg)
                    turtle_sizes[seg.id] = len(part.turtle)
                    spool.write(part.turtle)
                    nts.append(part.triples)
                    ids.append(seg.id)
                if validate:
                    lines.add_documents(ids, b"".join(nts))
                del parts, nts
                if on_batch is not None:
                    on_batch(min(start + batch, len(sources)), len(sources))
        times["convert"] = time.perf_counter() - t0

        t = time.perf_counter()
        merged = merge_records(records, lexicon, ids=keys)
        del records
        # merging orders documents by name, as the texts were listed and converted
        assert [r.name for r in merged.documents] == [p.name for p in sources]
        key_of = {rec.stem: key for rec, key in zip(merged.documents, keys, strict=True)}
        refs = set().union(*refs_of.values())
        actors_nt = writer.actors_ntriples(merged, sorted(refs), lexicon)
        actors = make_segment(ACTORS, "", actors_nt)
        actors.key = segment_hash(hashlib.sha256(actors_nt).hexdigest())
        lines.set_actors(actors_nt)
        meetings_ttl = work / "meetings.ttl"
        meeting_rows = {}
        with open(meetings_ttl, "wb") as spool:
            for c in merged.meetings:
                stems = tuple(dict.fromkeys(r.stem for r, _ in c.reports))
                key = segment_hash(c.iri, c.label, *(f"{key_of[r.stem]}:{m.local_id}" for r, m in c.reports))
                nt = writer.meeting_ntriples(c, {s: light[s] for s in stems}, {s: links.get(s, ()) for s in stems},
                                          lexicon)
                seg = make_segment(c.iri, key, nt, docs=stems)
                meeting_rows[seg.id] = buildstate.segment_row(seg)
                _, ttl = _made(seg)
                turtle_sizes[seg.id] = len(ttl)
                spool.write(ttl)
                if validate:
                    lines.add_meeting(seg.id, nt)
        del light, links
        annotations = None
        if annotations_dir is not None and Path(annotations_dir).is_dir():
            nt = assemble.annotation_ntriples(Path(annotations_dir))
            if nt:
                annotations = make_segment(ANNOTATIONS, segment_hash(hashlib.sha256(nt).hexdigest()), nt)
        times["merge and meetings"] = time.perf_counter() - t

        report = None
        if validate:
            t = time.perf_counter()
            if annotations is not None:
                lines.set_annotations(_made(annotations)[0])
            lines.flush()
            report = lines.validate(jobs)
            times["validate"] = time.perf_counter() - t
            if not report.conforms:
                return BulkBuild(report, _totals([actors, annotations], rows, meeting_rows), len(sources), times)

        t = time.perf_counter()
        segments = [actors]
        chunks: list[bytes | FileRange] = [writer.turtle_header(), _made(actors)[1],
                                           FileRange(docs_ttl, 0, docs_ttl.stat().st_size),
                                           FileRange(meetings_ttl, 0, meetings_ttl.stat().st_size)]
        if annotations is not None:
            segments.append(annotations)
            chunks.append(_made(annotations)[1])
        where = fileio.target(output)
        if where.regular:
            assert where.path is not None  # a regular target has its path
            atomic_write_chunks(output, chunks)
            graph = where.path
        else:
            # standard output or a special file: written in place, from a regular copy the state keeps
            graph = work / "graph.ttl"
            fileio.write_plain(graph, chunks)
            fileio.write_direct(where, [FileRange(graph, 0, graph.stat().st_size)], name=str(output))
        times["write"] = time.perf_counter() - t

        t = time.perf_counter()
        order = [ACTORS, *(f"doc/{rec.stem}" for rec in merged.documents), *meeting_rows]
        turtle_sizes[ACTORS] = len(_made(actors)[1])
        all_rows = {ACTORS: buildstate.segment_row(actors), **rows, **meeting_rows}
        if annotations is not None:
            order.append(ANNOTATIONS)
            turtle_sizes[ANNOTATIONS] = len(_made(annotations)[1])
            all_rows[ANNOTATIONS] = buildstate.segment_row(annotations)
        spans, off = {}, len(writer.turtle_header())
        for sid in order:
            spans[sid] = (off, turtle_sizes[sid])
            off += turtle_sizes[sid]
        kept = assemble.Build([], cache_dir, None, key_of, converted=len(sources),
                              salt=assemble.state_salt(lexicon, transform), records=merged.documents,
                              refs_of=refs_of, files=files, merge_state=merged.state)
        buildstate.keep(kept, graph, all_rows, spans, None if report is None else report.results,
                        buildstate.actor_types(actors_nt))
        times["keep state"] = time.perf_counter() - t
        return BulkBuild(report, _totals(segments, rows, meeting_rows), len(sources), times)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def validate_in_batches(built: assemble.Build, *, jobs: int = 1, batch: int | None = None,
                        meeting_lines: int | None = None) -> Report:
    """The validation report of an assemble.Build's whole graph, checked in batches as above:
    for a graph too large for one store (build_validation.validate_all calls it past
    BATCHED_ABOVE triples). A segment copied from the last graph is read from its Turtle there."""
    import secrets
    import tempfile

    import pyoxigraph as ox

    batch, meeting_lines = batch or BATCH, meeting_lines or MEETING_LINES

    def ntriples(seg: Segment) -> bytes:
        if seg.ntriples is not None:
            return seg.ntriples
        assert built.previous is not None  # a segment without its N-Triples is copied from the last build
        data = writer.turtle_header() + built.previous.turtle_of(seg.id)
        out = ox.serialize(ox.parse(data, format=ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_TRIPLES)
        assert out is not None  # with no output given, serialize returns the bytes
        return out

    if built.cache_dir is not None:
        work = buildstate.folder(built.cache_dir) / f".batches-{secrets.token_hex(6)}"
        work.mkdir(parents=True)
    else:
        work = Path(tempfile.mkdtemp(prefix="diplograph-batches-"))
    try:
        lines = _Lines(work, meeting_lines)
        by_kind: dict[str, list] = {}
        for seg in built.segments:
            by_kind.setdefault(seg.id.split("/", 1)[0], []).append(seg)
        docs = by_kind.get("doc", [])
        for start in range(0, len(docs), batch):
            chosen = docs[start:start + batch]
            lines.add_documents([seg.id for seg in chosen], b"".join(ntriples(seg) for seg in chosen))
        lines.set_actors(ntriples(by_kind[ACTORS][0]))
        for seg in by_kind.get("meeting", []):
            lines.add_meeting(seg.id, ntriples(seg))
        if ANNOTATIONS in by_kind:
            lines.set_annotations(ntriples(by_kind[ANNOTATIONS][0]))
        lines.flush()
        return lines.validate(jobs)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _made(seg: Segment) -> tuple[bytes, bytes]:
    """The N-Triples and the Turtle of a segment made in this build (make_segment gives it both)."""
    assert seg.ntriples is not None and seg.turtle is not None
    return seg.ntriples, seg.turtle


def _totals(segments: Iterable[Segment | None], *row_maps: dict[str, tuple]) -> dict[str, int]:
    out = {name: 0 for name in COUNTED}
    out["triples"] = 0
    for s in segments:
        if s is None:
            continue
        for k, v in s.counts.items():
            out[k] += v
        out["triples"] += s.triples
    for rows in row_maps:
        for _key, triples, counts, _docs in rows.values():
            for k, v in counts:
                out[k] += v
            out["triples"] += triples
    return out


class _Lines:
    """The graph's lines by the batch of their home, in files under `work`, and what each batch
    needs besides: the rdf:type lines of the nodes its lines point at in other batches."""

    def __init__(self, work: Path, meeting_lines: int):
        self.work = work
        self.batch_of: dict[str, str] = {}          # id of a document's or meeting's segment -> batch
        self.meeting_lines = meeting_lines          # meeting-home lines per batch of meetings
        self.doc_batches = self.meeting_batches = 0  # how many of each are open
        self.in_meeting_batch = 0                   # meeting-home lines in the last batch of meetings
        self.actor_subjects: frozenset = frozenset()
        self.annotation_subjects: frozenset = frozenset()
        self.actors = b""
        self.annotations = b""
        self.pending: dict[str, list[bytes]] = {}
        self.pending_size = 0
        # home batch (None: not known yet) -> node -> the batches whose lines point at it
        self.wants: dict[str | None, dict[bytes, set[str]]] = {}
        self.actors_annotated = False               # an analyst's lines about an actor or class

    def write(self, batch: str, ntriples: bytes) -> None:
        with open(self.work / f"{batch}.nt", "ab") as fh:
            fh.write(ntriples)

    def add_documents(self, ids: list[str], ntriples: bytes) -> None:
        """The next batch of documents: their segments' ids and N-Triples. Written unread: a
        document's part holds only lines about its own nodes (writer.document_part; tests/build/test_bulk.py)."""
        batch = f"d{self.doc_batches}"
        self.doc_batches += 1
        for sid in ids:
            self.batch_of[sid] = batch
        self.write(batch, ntriples)

    def add_meeting(self, sid: str, ntriples: bytes) -> None:
        """The next meeting's segment, in the current batch of meetings until that holds
        meeting_lines lines at home in meetings."""
        if not self.meeting_batches or self.in_meeting_batch > self.meeting_lines:
            self.meeting_batches, self.in_meeting_batch = self.meeting_batches + 1, 0
        self.batch_of[sid] = f"m{self.meeting_batches - 1}"
        self.in_meeting_batch += self.route(ntriples)

    def set_actors(self, ntriples: bytes) -> None:
        self.actors = ntriples
        self.actor_subjects = frozenset(map(_subject, ntriples.splitlines()))

    def set_annotations(self, ntriples: bytes) -> None:
        self.annotations = ntriples
        self.annotation_subjects = frozenset(_subject(line) for line in ntriples.splitlines())
        self.route(ntriples)

    @overload
    def home(self, node: bytes, default: str) -> str: ...
    @overload
    def home(self, node: bytes, default: None) -> str | None: ...

    def home(self, node: bytes, default: str | None) -> str | None:
        """The batch of the node's home; `default` for a node no built segment describes."""
        if node.startswith(b"_:"):
            return ANNOTATIONS
        found = self.batch_of.get(segment_of(node.decode("utf-8")))
        if found:
            return found
        if node in self.actor_subjects:
            return ACTORS
        if node in self.annotation_subjects:
            return ANNOTATIONS
        return default

    def route(self, ntriples: bytes) -> int:
        """Send each line to its home's batch; note the nodes it points at. Returns how many lines
        are at home in a meeting."""
        n = 0
        for line in ntriples.splitlines():
            subject = _subject(line)
            batch = self.home(subject, ANNOTATIONS)
            if batch.startswith("m"):
                n += 1
            elif batch == ACTORS:
                self.actors_annotated = True
            if batch != ANNOTATIONS:
                self.pending.setdefault(batch, []).append(line)
                self.pending_size += 1
            obj = _object(line)
            if obj is not None:
                # where it lives, when that is known already (a meeting later in order is not)
                home = self.home(obj, None)
                if home != batch and home != ACTORS:
                    self.wants.setdefault(home, {}).setdefault(obj, set()).add(batch)
            elif b" _:" in line[len(subject) + 2:]:
                self.wants.setdefault(ANNOTATIONS, {}).setdefault(b"_:", set()).add(batch)
        if self.pending_size > 500_000:
            self.flush()
        return n

    def flush(self) -> None:
        for batch, got in self.pending.items():
            self.write(batch, b"\n".join(got) + b"\n")
        self.pending = {}
        self.pending_size = 0

    def batches(self) -> list[str]:
        return [*(f"d{k}" for k in range(self.doc_batches)), *(f"m{k}" for k in range(self.meeting_batches)),
                ACTORS] + ([ANNOTATIONS] if self.annotations else [])

    def contexts(self) -> tuple[dict[str, list[bytes]], set[str]]:
        """For each batch, the type lines of the nodes at home elsewhere that its lines point at;
        and the batches that point into the annotations (which get them whole)."""
        by_home: dict[str, dict[bytes, set[str]]] = {}
        with_annotations = set(self.batches()) if self.actors_annotated else set()
        for known, nodes in self.wants.items():
            for node, batches in nodes.items():
                home = known or self.home(node, None)
                if home is None or home == ACTORS:
                    continue     # described nowhere (a class, a datatype) or in every store
                askers = batches - {home}
                if not askers:
                    continue
                if home == ANNOTATIONS:
                    with_annotations |= askers
                else:
                    by_home.setdefault(home, {}).setdefault(node, set()).update(askers)
        self.wants = {}
        extra: dict[str, list[bytes]] = {}
        for home, nodes in by_home.items():
            for line in (self.work / f"{home}.nt").read_bytes().splitlines():
                if _TYPE in line:
                    wanting = nodes.get(_subject(line))
                    for b in wanting or ():
                        extra.setdefault(b, []).append(line)
        return extra, with_annotations

    def validate(self, jobs: int) -> Report:
        """The report of the whole graph, from the batches' reports."""
        extra, with_annotations = self.contexts()
        for batch, got in extra.items():
            with open(self.work / f"{batch}.ctx.nt", "wb") as fh:
                fh.write(b"\n".join(got) + b"\n")
        del extra
        tasks = self.batches()
        _shared["lines"] = self
        _shared["with_annotations"] = with_annotations
        results: list[Result] = []
        notes: list[str] = []
        try:
            if jobs > 1 and len(tasks) > 1:
                gc.collect()
                gc.freeze()      # the children would copy every page the collector touches
                ctx = multiprocessing.get_context("fork")
                # the workers end with the build, even one killed by SIGKILL
                with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=pipeline.end_with_parent,
                                         initargs=(os.getpid(),)) as pool:
                    outcomes = list(pool.map(_check_batch, tasks))
                gc.unfreeze()
            else:
                outcomes = [_check_batch(t) for t in tasks]
        finally:
            _shared.clear()
        for found, said in outcomes:
            results.extend(found)
            notes.extend(n for n in said if n not in notes)
        return Report(results=ordered(results), notes=notes)


_shared: dict = {}


def _check_batch(batch: str) -> tuple[list[Result], list[str]]:
    import pyoxigraph as ox

    lines: _Lines = _shared["lines"]
    store = ox.Store()
    data = [lines.actors]
    for name in (f"{batch}.nt", f"{batch}.ctx.nt"):
        path = lines.work / name
        if path.exists():
            data.append(path.read_bytes())
    if batch == ANNOTATIONS or batch in _shared["with_annotations"]:
        data.append(lines.annotations)
    if batch == ANNOTATIONS:
        data.append(_named_homes(lines))
    store.load(b"".join(d if d.endswith(b"\n") or not d else d + b"\n" for d in data),
               format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
    del data
    report = validation.validate(store, engine="compiled")
    # a node no home describes (none is expected) is reported once, with the actors
    mine = [r for r in report.results
            if (ANNOTATIONS if ":" not in r.focus else lines.home(r.focus.encode(), ACTORS)) == batch]
    return mine, list(report.notes)


def _named_homes(lines: _Lines) -> bytes:
    """Every line at home in a document or meeting the annotations name: an analyst's node may be
    checked against any of them (the text its evidence quotes, the meeting it joins)."""
    named: dict[str, set[str]] = {}     # batch -> the ids of the named segments in it
    for line in lines.annotations.splitlines():
        for node in (_subject(line), _object(line)):
            if node is None or node.startswith(b"_:"):
                continue
            sid = segment_of(node.decode("utf-8"))
            if sid in lines.batch_of:
                named.setdefault(lines.batch_of[sid], set()).add(sid)
    out = []
    for batch, homes in named.items():
        for line in (lines.work / f"{batch}.nt").read_bytes().splitlines():
            subject = _subject(line)
            if not subject.startswith(b"_:") and segment_of(subject.decode("utf-8")) in homes:
                out.append(line)
    return b"\n".join(out) + b"\n" if out else b""


def _subject(line: bytes) -> bytes:
    if line.startswith(b"<"):
        return line[1:line.index(b">")]
    return line[:line.index(b" ")]


def _object(line: bytes) -> bytes | None:
    end = line.rstrip()
    if end.endswith(b"> .") or end.endswith(b">."):
        return end[end.rindex(b"<", 0, len(end) - 2) + 1:end.rindex(b">")]
    return None
