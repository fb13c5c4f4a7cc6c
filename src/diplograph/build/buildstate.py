"""What a build with a cache folder keeps for the next one: `CACHE/graph/`.

- `graph.ttl`: the graph it wrote (a hard link to the output where the file
  system allows, else a copy);
- `state.pickle`: each text's size, times, inode and cache key (a text
  whose size, times and inode are unchanged is not read again); each segment's key, size and
  place in graph.ttl; the validation results;
- `merge-*.pickle`: where merging stood (merge.MergeState), so that texts
  whose names sort after the others are merged alone;
- `records-*.pickle` and `journal-*.pickle`: each document's merge record,
  keyed by its cache key. A build that adds a few documents writes only a
  journal of the new records; once the journal or the records of texts no
  longer there grow past a tenth of the corpus, the records are written
  afresh. Records of texts removed or changed are only left unread.

All of it is plain tuples, which load in a fraction of the time objects take.

The next build reads the records instead of the documents' cached facts,
and copies the Turtle of every segment whose key is unchanged out of
graph.ttl. A state that does not match (another lexicon or converter, a
graph.ttl changed since) is ignored, and that build starts afresh from the
per-document cache. Both files are written atomically, after the output.
"""

from __future__ import annotations

import mmap
import os
import pickle
import secrets
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .. import fileio
from ..fileio import FileRange, atomic_write_bytes, atomic_write_chunks, remove_all
from ..graph import writer
from ..graph.records import DocRecord, MeetingRecord
from ..graph.segments import ACTORS, Segment
from ..validation import Report, Result

if TYPE_CHECKING:
    from ..graph.merge import MergeState
    from .assemble import Build

STATE_FORMAT = "3"


@dataclass
class State:
    salt: str
    records: str                                # file of the records (cache key -> (plain record, refs))
    journal: str | None                         # file of the records added since, or None
    segments: dict[str, tuple]                  # id -> (key, triples, counts, docs) of the Segment
    spans: dict[str, tuple[int, int]]           # id -> (offset, length) in graph.ttl
    graph_stat: tuple[int, int]                 # size, mtime_ns of graph.ttl when written
    result_rows: list | None = None             # the validation results, as tuples (None: not validated)
    actor_types: frozenset = frozenset()        # the rdf:type lines of the actors' segment
    files: dict[str, tuple] = field(default_factory=dict)   # text name -> size, mtime_ns, inode, ctime_ns, key
    merging: str | None = None                  # file of the merge.MergeState, or None
    format: str = STATE_FORMAT
    folder: Path | None = field(default=None, compare=False)
    _map: mmap.mmap | bytes | None = field(default=None, compare=False, repr=False)
    _docs: dict = field(default_factory=dict, compare=False, repr=False)
    _base: frozenset = field(default=frozenset(), compare=False, repr=False)

    def merge_state(self) -> MergeState | None:
        """Where the last build's merging stood, or None when it cannot be read."""
        if not self.merging or self.folder is None:
            return None
        try:
            return pickle.loads((self.folder / self.merging).read_bytes())
        except Exception:
            return None    # then everything is merged again, which gives the same result

    def knows(self, key: str) -> bool:
        return key in self._docs

    def document(self, key: str) -> tuple:
        """(DocRecord, refs) of the document with this cache key."""
        rec, refs = self._docs[key]
        return _record(rec), refs

    @property
    def results(self) -> list[Result] | None:
        return None if self.result_rows is None else list(map(Result._make, self.result_rows))

    def key(self, sid: str) -> str | None:
        """The key the segment `sid` had, or None when there was none."""
        row = self.segments.get(sid)
        return row[0] if row else None

    def segment(self, sid: str) -> Segment:
        """The segment `sid` as the last build wrote it, its bytes to be read from graph.ttl."""

        key, triples, counts, docs = self.segments[sid]
        return Segment(sid, key, triples, dict(counts), None, None, docs)

    def graph_file(self) -> Path:
        assert self.folder is not None  # set when the state is loaded or saved
        return self.folder / "graph.ttl"

    def data(self) -> mmap.mmap | bytes:
        if self._map is None:
            with open(self.graph_file(), "rb") as fh:
                self._map = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) if self.graph_stat[0] else b""
        return self._map

    def close(self) -> None:
        """Release the mapping of graph.ttl (the state can still be read; it maps the file again)."""
        if self._map is not None and not isinstance(self._map, bytes):
            self._map.close()
        self._map = None

    def turtle_of(self, sid: str) -> bytes:
        off, n = self.spans[sid]
        return bytes(self.data()[off:off + n])

    def __getstate__(self) -> dict:
        d = dict(self.__dict__)
        d.update(folder=None, _map=None, _docs={}, _base=frozenset())
        return d


def _plain(rec: DocRecord, memo: dict) -> tuple:
    """A record as plain tuples, its parts shared with equal ones of other records through `memo`.

    Most documents name the same actors in the same words: pickle writes a shared tuple once,
    and a corpus's records then load in a quarter of the time.
    """
    def shared(t: tuple) -> tuple:
        return memo.setdefault(t, t)

    return (rec.name, rec.stem, rec.kind, tuple(map(shared, rec.actors)),
            tuple(map(shared, map(tuple, rec.meetings))), shared(rec.designees))


def _shared_row(row: tuple, memo: dict) -> tuple:
    """A validation result's row with its strings shared with equal ones (messages, shapes, paths)."""
    return tuple(memo.setdefault(x, x) if isinstance(x, str) else x for x in row)


def _record(t: tuple) -> DocRecord:
    return DocRecord(t[0], t[1], t[2], t[3], tuple(map(MeetingRecord._make, t[4])), t[5])


def folder(cache_dir: Path) -> Path:
    return Path(cache_dir) / "graph"


# The lock a build holds on its cache folder (fileio.exclusive), inside it.
LOCK = ".lock"


def remove_stale(cache_dir: Path) -> list[tuple[Path, int]]:
    """Remove what a killed build left in cache_dir (a large build's `.bulk-*` work folder, a step's
    graph, temporary files of the state and of the documents' cache entries); return each path
    and its size. Only while holding the cache folder's lock: then no other build writes them."""
    cache_dir = Path(cache_dir)
    where = folder(cache_dir)
    found = []
    if where.is_dir():
        found += sorted(p for p in where.iterdir() if p.name.startswith((".bulk-", ".step.ttl"))
                        or (p.name.startswith(".") and p.name.endswith(".tmp")))
    if cache_dir.is_dir():
        found += sorted(cache_dir.glob("??/.*.tmp"))
    return remove_all(found)


# The state last loaded, with the signature of its files: `diplograph build` asks whether a state
# is kept (bulk.takes) before the build loads it, and loading it twice cost a second at 100,000 texts.
_last: dict = {}


def load(cache_dir: Path, salt: str) -> State | None:
    """The state the last build left in cache_dir, or None when there is none it can use."""
    where = folder(cache_dir)
    try:
        sig = tuple((x.st_size, x.st_mtime_ns, x.st_ino) for x in
                    ((where / "state.pickle").stat(), (where / "graph.ttl").stat()))
    except OSError:
        return None
    hit = _last.get((where, salt))
    if hit is not None and hit[0] == sig:
        return hit[1]
    state = _load(where, salt)
    _last.clear()
    if state is not None:
        _last[(where, salt)] = (sig, state)
    return state


def _load(where: Path, salt: str) -> State | None:
    try:
        state = pickle.loads((where / "state.pickle").read_bytes())
        st = (where / "graph.ttl").stat()
    except Exception:
        return None
    if not isinstance(state, State) or state.format != STATE_FORMAT or state.salt != salt:
        return None
    if (st.st_size, st.st_mtime_ns) != tuple(state.graph_stat):
        return None    # graph.ttl changed since: its Turtle cannot be trusted
    try:
        base = pickle.loads((where / state.records).read_bytes())
        journal = pickle.loads((where / state.journal).read_bytes()) if state.journal else {}
    except Exception:
        return None
    state.folder = where
    state._base = frozenset(base)
    base.update(journal)
    state._docs = base
    return state


def write_graph(build: Build, output: Path) -> None:
    """Write the build's Turtle to `output`: new segments' bytes, the others copied from the last graph."""
    atomic_write_chunks(output, _chunks(build))


def write_checked(build: Build, output: Path, check: Callable[[], Report | None] | None = None,
                  after: Callable[[Path, Report | None], object] | None = None) -> Report | None:
    """Write the graph to `output` if `check()` (a callable returning a validation Report, or None to
    skip it) finds it conforms; return the report (None without a check).

    The Turtle is written to a staged file of this build's own while the check runs (most of it is
    a copy the kernel does): beside `output` when that is a regular file, renamed into place only if
    the graph conforms, so that on a failure `output` is left as it was; in the temporary folder
    when `output` is standard output (`-`) or a special file (a FIFO, /dev/null), copied into it
    once the graph conforms (fileio.target). after(graph, report), when given, is called once the
    graph is written, with a regular file that holds it (the output, or the staged copy before it
    is removed): `save` keeps it for the next build. The seconds the write and the check took (side
    by side) go into build.timings.
    """

    where = fileio.target(output)
    beside = where.path if where.regular else None
    staged = fileio.staged_beside(beside) if beside is not None else fileio.staged_elsewhere()
    report = None
    timings = build.timings

    def write() -> None:
        started = time.perf_counter()
        fileio.write_plain(staged, _chunks(build))
        timings["write"] = time.perf_counter() - started

    try:
        with ThreadPoolExecutor(max_workers=1) as pool:
            writing = pool.submit(write)
            try:
                started = time.perf_counter()
                report = check() if check is not None else None
                if check is not None:
                    timings["validate"] = time.perf_counter() - started
            finally:
                writing.result()
        if report is None or report.conforms:
            if beside is not None:
                fileio.publish(staged, beside)
                graph = beside
            else:
                fileio.write_direct(where, [FileRange(staged, 0, staged.stat().st_size)], name=str(output))
                graph = staged
            if after is not None:
                after(graph, report)
    finally:
        # a graph that does not conform, a failed write, an interrupted check: nothing half-done stays
        staged.unlink(missing_ok=True)
    return report


def _chunks(build: Build) -> Iterator[bytes | FileRange]:

    yield writer.turtle_header()
    prev = build.previous
    run: list[int] | None = None    # a stretch of segments that lie together in the last graph: copied as one range
    for s in build.segments:
        if s.turtle is None:
            assert prev is not None  # a segment without its Turtle is copied from the last graph
            off, n = prev.spans[s.id]
            if run is not None and run[1] == off:
                run[1] = off + n
                continue
            if run is not None:
                yield FileRange(prev.graph_file(), run[0], run[1] - run[0])
            run = [off, off + n]
            continue
        if run is not None:
            assert prev is not None  # (as above)
            yield FileRange(prev.graph_file(), run[0], run[1] - run[0])
            run = None
        yield s.turtle
    if run is not None:
        assert prev is not None  # (as above)
        yield FileRange(prev.graph_file(), run[0], run[1] - run[0])


def save(build: Build, output: Path, results: list[Result] | None) -> None:
    """Keep what the next build needs, after `output` was written from `build`."""

    spans, off = {}, len(writer.turtle_header())
    prev = build.previous
    for s in build.segments:
        if s.turtle is not None:
            n = len(s.turtle)
        else:
            assert prev is not None  # a segment without its Turtle is copied from the last graph
            n = prev.spans[s.id][1]
        spans[s.id] = (off, n)
        off += n
    actors = next(s for s in build.segments if s.id == ACTORS)
    assert actors.ntriples is not None  # the actors' segment is made at every build
    # a segment copied from the last graph keeps its row
    kept = prev.segments if prev is not None else {}
    segments = {s.id: kept[s.id] if s.turtle is None else segment_row(s) for s in build.segments}
    keep(build, output, segments, spans, results, actor_types(actors.ntriples))


def segment_row(s: Segment) -> tuple:
    """What the state keeps of a segment: its key, size, counts and the documents of a meeting."""
    return (s.key, s.triples, tuple(sorted(s.counts.items())), s.docs)


def keep(build: Build, output: Path, segments: dict, spans: dict, results: list[Result] | None,
         types: frozenset) -> None:
    """Write the state: `build` gives the salt, cache folder, records, files and merge state (and
    the last state, when there was one); segments are rows (segment_row), spans their places in
    `output`; types the actors' segment's rdf:type lines (actor_types)."""
    assert build.cache_dir is not None  # a state is kept in a cache folder
    where = folder(build.cache_dir)
    where.mkdir(parents=True, exist_ok=True)
    prev = build.previous
    graph = where / "graph.ttl"
    if not (graph.exists() and os.path.samefile(output, graph)):
        tmp = where / ".graph.ttl.tmp"
        tmp.unlink(missing_ok=True)
        try:
            os.link(output, tmp)
        except OSError:
            atomic_write_bytes(tmp, Path(output).read_bytes())
        os.replace(tmp, graph)
    st = graph.stat()
    records, journal = _save_records(where, build)
    memo: dict = {}
    rows = None if results is None else [_shared_row(r, memo) for r in results]
    merging = None
    if build.merge_state is not None:
        merging = f"merge-{secrets.token_hex(8)}.pickle"
        atomic_write_bytes(where / merging, pickle.dumps(build.merge_state, protocol=pickle.HIGHEST_PROTOCOL))
    state = State(build.salt, records, journal, segments, spans, (st.st_size, st.st_mtime_ns), rows,
                  types, build.files, merging)
    atomic_write_bytes(where / "state.pickle", pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
    if prev is not None:
        prev.close()
    # the files no state names any more
    for f in where.glob("*.pickle"):
        if f.name.startswith(("records-", "journal-", "merge-")) and f.name not in (records, journal, merging):
            f.unlink(missing_ok=True)


def _save_records(where: Path, build: Build) -> tuple[str, str | None]:
    """Write the records the next build needs; the names of the records and journal files."""
    prev = build.previous
    current = {build.doc_keys[rec.stem]: rec for rec in build.records}
    if prev is not None and prev.folder == where:
        memo: dict = {}
        added = {k: (_plain(rec, memo), build.refs_of[k]) for k, rec in current.items() if k not in prev._base}
        stale = len(prev._base) - (len(current) - len(added))
        limit = max(200, len(current) // 10)
        if len(added) <= limit and stale <= limit:
            if not added:
                return prev.records, prev.journal
            name = f"journal-{secrets.token_hex(8)}.pickle"
            atomic_write_bytes(where / name, pickle.dumps(added, protocol=pickle.HIGHEST_PROTOCOL))
            return prev.records, name
    name = f"records-{secrets.token_hex(8)}.pickle"
    memo = {}
    data = {k: (_plain(rec, memo), memo.setdefault(build.refs_of[k], build.refs_of[k])) for k, rec in current.items()}
    atomic_write_bytes(where / name, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
    return name, None


def actor_types(ntriples: bytes) -> frozenset:
    """The rdf:type lines of the actors' segment."""

    a = b" " + writer.A.encode() + b" "
    return frozenset(line for line in ntriples.splitlines() if a in line)
