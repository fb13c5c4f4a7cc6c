"""From a folder of texts to the graph's segments, and from them to Turtle and a store.

    texts -> (pipeline, cached) each document's part -> merge of the records
          -> segments: actors, one per document, one per merged meeting, annotations
          -> Turtle (the segments' Turtle, concatenated) and, when asked, a pyoxigraph Store

No triple is in two segments (graph/writer.py), so the graph is their union and each
segment can be written, loaded or checked alone. A segment's key says what
its content depends on: a document's is its cache key, a meeting's is made
of its IRI, its label and the keys of the documents that report it. With a
cache folder, a build keeps its segments' keys and the Turtle it wrote
(`buildstate`); the next build writes again only the segments whose key
changed and copies the others' Turtle from the last graph, so adding one
document to a built corpus converts one document, merges its small record
(or the records of all, when it does not sort last: merge.MergeState), and
writes a handful of segments. The bytes are those a full build
writes (tests/build/test_build_state.py).
"""

from __future__ import annotations

import errno
import hashlib
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

from .. import pipeline, rdfio
from ..annotations import parse_annotation_file
from ..errors import InputError
from ..extract.convert import list_sources
from ..extract.lexicon import Lexicon, load_lexicon
from ..graph import writer
from ..graph.merge import MergeState, merge_records
from ..graph.segments import ACTORS, ANNOTATIONS, COUNTED, Segment, make_segment, segment_hash
from . import buildstate

if TYPE_CHECKING:
    import pyoxigraph as ox
    import rdflib

# The modules whose code decides what a document's cached part holds (writer.document_part, and the
# merge record in it: records.record). Merging itself is not among them: changing it leaves the parts.
PART_MODULES = ("graph/writer", "graph/records")
@dataclass
class Build:
    """The segments of one build, in the order they are written, and what they came from."""

    segments: list[Segment]
    cache_dir: Path | None = None
    previous: buildstate.State | None = None     # the last build's state, when one was usable
    doc_keys: dict[str, str] = field(default_factory=dict)       # stem -> cache key
    converted: int = 0
    salt: str = ""
    records: list = field(default_factory=list)                  # merge records, in document order
    refs_of: dict[str, tuple[str, ...]] = field(default_factory=dict)   # cache key -> actors its part names
    files: dict[str, tuple] = field(default_factory=dict)   # text name -> size, mtime_ns, inode, ctime_ns, key
    merge_state: MergeState | None = None        # for the next build to go on from
    pending: int = 0                 # new texts left out, for a later step (new_at_most)
    # stage -> seconds: convert, merge (merging and cutting the segments); write_checked adds write, validate
    timings: dict[str, float] = field(default_factory=dict)

    def by_id(self) -> dict[str, Segment]:
        return {s.id: s for s in self.segments}

    def turtle(self) -> bytes:
        """The whole graph as Turtle: the prefixes, then each segment's Turtle."""
        return writer.turtle_header() + b"".join(self._turtle(s) for s in self.segments)

    def _turtle(self, s: Segment) -> bytes:
        if s.turtle is not None:
            return s.turtle
        assert self.previous is not None  # a segment without its Turtle is copied from the last build
        return self.previous.turtle_of(s.id)

    def store(self, ids: Collection[str] | None = None) -> ox.Store:
        """A pyoxigraph Store of the segments with these ids (all by default).

        A segment copied from the last graph is read from its Turtle there: parsing it is faster
        than reading a document's cached part for its N-Triples.
        """
        import pyoxigraph as ox

        store = ox.Store()
        chunks, turtle = [], []
        for s in self.segments:
            if ids is not None and s.id not in ids:
                continue
            if s.ntriples is not None:
                chunks.append(s.ntriples)
            else:
                turtle.append(self._turtle(s))
        store.load(b"".join(chunks), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
        if turtle:
            store.load(writer.turtle_header() + b"".join(turtle), format=ox.RdfFormat.TURTLE,
                       to_graph=ox.DefaultGraph())
        return store

    def counts(self) -> dict[str, int]:
        """How many documents, meetings, stances, designations, claims, actors and triples."""
        out = {name: sum(s.counts.get(name, 0) for s in self.segments) for name in COUNTED}
        out["triples"] = sum(s.triples for s in self.segments)
        return out


def build(seeds_dir: Path, annotations_dir: Path | None = None, *, jobs: int = 1, cache_dir: Path | None = None,
          progress: bool = False, lexicon: Lexicon | None = None, new_at_most: int | None = None) -> Build:
    """Convert every text in seeds_dir (each only once, with a cache folder), merge, make the segments.

    new_at_most: with a cache folder, convert at most this many texts the kept state does not
    know (the first in order of name) and leave the others out of this build (Build.pending
    counts them); steps.build_in_steps builds a large corpus so, in bounded memory.
    """
    lexicon = lexicon or load_lexicon()
    transform = part_transform(lexicon)
    sources = list_texts(seeds_dir)
    _unique_stems(sources)
    previous, pending = None, 0
    if cache_dir is not None:
        cache_dir = Path(cache_dir)
        salt = state_salt(lexicon, transform)
        previous = buildstate.load(cache_dir, salt)
        partial, files = _keys(sources, lexicon, transform, previous.files if previous is not None else {})
        todo = [i for i, k in enumerate(partial) if k is None or previous is None or not previous.knows(k)]
        if new_at_most is not None and len(todo) > new_at_most:
            # the texts left for a later step (steps.py) are left out of this build altogether
            pending = len(todo) - new_at_most
            later = set(todo[new_at_most:])
            keep = [i for i in range(len(sources)) if i not in later]
            place = {old: new for new, old in enumerate(keep)}
            todo = [place[i] for i in todo[:new_at_most]]
            sources, partial = [sources[i] for i in keep], [partial[i] for i in keep]
            files = {path.name: files[path.name] for path in sources}
        # only now the texts of names the state does not know are read and hashed: those left for a
        # later step are not read at every step
        _hash_texts([i for i in todo if partial[i] is None], sources, partial, files, lexicon, transform)
        keys = _known(partial)
    else:
        keys, files, salt = [""] * len(sources), {}, ""
        todo = list(range(len(sources)))
    started = time.perf_counter()
    new = pipeline.convert_many([sources[i] for i in todo], lexicon, jobs=jobs, cache_dir=cache_dir,
                                progress=progress, transform=transform)
    converted_at = time.perf_counter()
    parts = {keys[i]: part for i, part in zip(todo, new, strict=True)} if cache_dir is not None else {}
    if cache_dir is None:
        # without a cache the keys only need to tell documents apart
        keys = [f"{i}:{p.record.stem}" for i, p in enumerate(new)]
        parts = dict(zip(keys, new, strict=True))

    def part_of(key: str) -> writer.DocumentPart:
        if key not in parts:
            assert cache_dir is not None  # without a cache folder every part is made in this build
            parts[key] = pipeline.load(cache_dir, key) or pipeline.convert_many(
                [sources[keys.index(key)]], lexicon, cache_dir=cache_dir, transform=transform)[0]
        return parts[key]

    records, refs_of = [], {}
    for key in keys:
        if key in parts:
            records.append(parts[key].record)
            refs_of[key] = tuple(parts[key].refs)
        else:
            assert previous is not None  # a part not made in this build is known to the last one
            rec, refs_of[key] = previous.document(key)
            records.append(rec)
    if cache_dir is None:
        merged = merge_records(records, lexicon)
    else:
        # the records of the documents merged last time are merged again only if new texts come
        # before them in order of name
        merged = merge_records(records, lexicon, ids=keys, since=previous.merge_state() if previous else None)
    key_of = {rec.stem: key for rec, key in zip(records, keys, strict=True)}
    refs = set().union(*refs_of.values())
    result = Build([], cache_dir, previous, key_of, converted=len(todo), salt=salt,
                   records=merged.documents, refs_of=refs_of, files=files, merge_state=merged.state,
                   pending=pending)

    actors_nt = writer.actors_ntriples(merged, sorted(refs), lexicon)
    segments = [make_segment(ACTORS, "", actors_nt)]
    segments[0].key = segment_hash(hashlib.sha256(actors_nt).hexdigest())
    for rec in merged.documents:
        key = key_of[rec.stem]
        sid = f"doc/{rec.stem}"
        if key not in parts and previous is not None and previous.key(sid) == key:
            segments.append(previous.segment(sid))
        else:
            # new, or known to the records but not as this segment (a text edited back, or removed
            # and added again): from its cached part
            p = part_of(key)
            segments.append(make_segment(sid, key, p.triples, p.turtle))
    for c in merged.meetings:
        stems = tuple(dict.fromkeys(r.stem for r, _ in c.reports))
        key = segment_hash(c.iri, c.label, *(f"{key_of[r.stem]}:{m.local_id}" for r, m in c.reports))
        if previous is not None and previous.key(c.iri) == key:
            segments.append(previous.segment(c.iri))
            continue
        facts = {stem: part_of(key_of[stem]).facts for stem in stems}
        links = {stem: part_of(key_of[stem]).links for stem in stems}
        segments.append(make_segment(c.iri, key, writer.meeting_ntriples(c, facts, links, lexicon), docs=stems))
    if annotations_dir is not None and Path(annotations_dir).is_dir():
        nt = annotation_ntriples(Path(annotations_dir))
        if nt:
            segments.append(make_segment(ANNOTATIONS, segment_hash(hashlib.sha256(nt).hexdigest()), nt))
    result.segments = segments
    result.timings = {"convert": converted_at - started, "merge": time.perf_counter() - converted_at}
    return result


def part_transform(lexicon: Lexicon) -> pipeline.Transform:
    """What the pipeline makes of each converted document: its part (writer.document_part)."""
    return pipeline.Transform(writer.document_part, modules=PART_MODULES, salt=writer.part_salt(lexicon))


def state_salt(lexicon: Lexicon, transform: pipeline.Transform) -> str:
    """What a kept state (buildstate) is valid for: the parts' salt and the code that merges them."""
    return segment_hash(pipeline.salt(lexicon, transform=transform).hex(),
                        pipeline.code_version(("graph/merge", "build/assemble")))


def list_texts(folder: Path) -> list[Path]:
    """The texts of `folder` (convert.list_sources); an entry whose kind cannot be told, such as a
    symbolic link that loops, is refused by name (InputError, exit 2) instead of an OSError."""
    import os

    try:
        return list_sources(folder)
    except OSError as exc:
        bad = []
        with os.scandir(folder) as entries:
            for entry in entries:
                try:
                    entry.is_file()
                except OSError as err:
                    bad.append((entry.path, err))
        if not bad:
            bad = [(exc.filename or str(folder), exc)]
        path, why = bad[0]
        what = ("a symbolic link that loops" if why.errno == errno.ELOOP
                else f"cannot be looked at ({why.strerror or why})")
        more = f"; {len(bad) - 1} more such: " + ", ".join(p for p, _ in bad[1:]) if len(bad) > 1 else ""
        raise InputError(f"{what} in the texts folder; remove it or point it at a text file{more}. "
                         "Nothing was built.", path=str(path)) from None


def _unique_stems(sources: list[Path]) -> None:
    """Two texts whose names differ only in their suffix would be one document node: refuse them."""
    seen: dict[str, Path] = {}
    for path in sources:
        other = seen.setdefault(path.stem, path)
        if other is not path:
            raise InputError(f"two texts make the same document {path.stem!r}: {other.name} and {path.name}; "
                             "rename one", path=str(path))


def _keys(sources: list[Path], lexicon: Lexicon, transform: pipeline.Transform,
          known: dict[str, tuple]) -> tuple[list[str | None], dict[str, tuple]]:
    """Each text's cache key, and (size, mtime_ns, inode, ctime_ns, key) by name for the next build;
    None for a text whose name the last build did not see (new, whatever its key: the key covers
    the name), which the caller hashes when it takes the text.

    A text whose size, times and inode are those the last build saw keeps its key unread, as
    git trusts them: hashing every text of a large corpus took longer than the rest of adding
    one document.
    """
    keys: list[str | None] = []
    files = {}
    todo = []
    for i, path in enumerate(sources):
        st = path.stat()
        # the inode and the change time too: a file moved or copied over keeps size and mtime
        # (cp -p, tar, rsync -a), but not both of those
        sig = (st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns)
        seen = known.get(path.name)
        if seen is not None and tuple(seen[:4]) == sig:
            keys.append(seen[4])
        else:
            keys.append(None)
            if seen is not None:
                todo.append(i)
        files[path.name] = (*sig, keys[-1])
    _hash_texts(todo, sources, keys, files, lexicon, transform)
    return keys, files


def _known(keys: list[str | None]) -> list[str]:
    """The texts' keys once the unknown ones are hashed (_hash_texts): every one a str."""
    return cast("list[str]", keys)


def _hash_texts(indices: list[int], sources: list[Path], keys: list, files: dict, lexicon: Lexicon,
                transform: pipeline.Transform) -> None:
    """Read and hash the texts at these indices: their cache keys into `keys` and `files`."""
    for i, key in zip(indices, pipeline.keys([sources[i] for i in indices], lexicon, transform=transform),
                      strict=True):
        keys[i] = key
        files[sources[i].name] = (*files[sources[i].name][:4], key)


def build_store(seeds_dir: Path, annotations_dir: Path | None = None, *, jobs: int = 1,
                cache_dir: Path | None = None, progress: bool = False, lexicon: Lexicon | None = None) -> ox.Store:
    """Convert every text in seeds_dir, merge, and return the graph as a pyoxigraph Store."""
    return build(seeds_dir, annotations_dir, jobs=jobs, cache_dir=cache_dir, progress=progress,
                 lexicon=lexicon).store()


def annotation_files(folder: Path | None) -> list[Path]:
    """The annotation files (Turtle or YAML) of `folder`, in the order a build reads them."""
    if folder is None or not Path(folder).is_dir():
        return []
    return [f for f in sorted(Path(folder).glob("*")) if f.suffix.lower() in (".ttl", ".yaml", ".yml")]


def annotation_ntriples(folder: Path) -> bytes:
    """Every annotation file (Turtle or YAML) in `folder` as N-Triples, sorted; blank nodes get stable labels."""
    from rdflib import BNode, Graph
    from rdflib.compare import to_canonical_graph

    g = Graph()
    for f in annotation_files(folder):
        g += parse_annotation_file(f)
    if any(isinstance(t, BNode) for triple in g for t in triple):
        g = to_canonical_graph(g)
    lines = sorted(set(g.serialize(format="nt", encoding="utf-8").splitlines()))
    return b"".join(line + b"\n" for line in lines if line.strip())


ntriples = rdfio.sorted_ntriples


def turtle_bytes(store: ox.Store) -> bytes:
    """Turtle of a whole store, in sorted order (for graphs that were not built in segments)."""
    return writer.turtle_header() + writer.turtle_body(ntriples(store))


def to_rdflib(store: ox.Store) -> rdflib.Graph:
    """The store's graph as an rdflib Graph (for pySHACL and the callers of build_graph)."""
    return rdfio.store_to_rdflib(store, writer.PREFIXES)
