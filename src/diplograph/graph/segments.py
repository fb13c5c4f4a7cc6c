"""The graph in segments: what each holds, its key, and the segment of any generated IRI.

No triple is in two segments (writer.py), so the graph is their union and
each segment can be written, loaded or checked alone: a document's segment
(`doc/STEM`), a merged meeting's (its IRI), the actors' (`actors`) and the
analysts' annotations (`annotations`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..vocab import CLASS_OF_KIND, DG, DGR
from . import writer

# Bump when what a segment holds, or how its key is made, changes.
SEGMENT_FORMAT = "1"
ACTORS, ANNOTATIONS = "actors", "annotations"
# Classes counted in the summary a build prints; each one's nodes live in one kind of segment.
COUNTED = {"documents": ("Document",), "meetings": ("Meeting",), "stances": ("Stance",),
           "designations": ("Designation",), "claims": ("Claim",),
           "actors": tuple(c.removeprefix(DG) for k, c in CLASS_OF_KIND.items() if k not in ("place", "series"))}
_TYPE_OF = {writer.iri(DG[c]).encode(): name for name, classes in COUNTED.items() for c in classes}
_A = writer.A.encode()


@dataclass
class Segment:
    """One piece of the graph. ntriples and turtle are None when it is copied from the last build;
    a segment made in this build has both."""

    id: str                        # "actors", "doc/STEM", "meeting/...", "annotations"
    key: str                       # equal keys, equal content
    triples: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    ntriples: bytes | None = None
    turtle: bytes | None = None
    docs: tuple[str, ...] = ()     # a meeting's: the stems of the documents that report it


def make_segment(id: str, key: str, ntriples: bytes, turtle: bytes | None = None,
                 docs: Iterable[str] = ()) -> Segment:
    lines = ntriples.splitlines()
    counts: dict[str, set] = {}
    for line in lines:
        s, p, o = line.split(b" ", 2)
        if p == _A:
            kind = _TYPE_OF.get(o[:-2])
            if kind:
                counts.setdefault(kind, set()).add(s)
    return Segment(id, key, len(lines), {k: len(v) for k, v in counts.items()}, ntriples,
                   writer.turtle_body(ntriples) if turtle is None else turtle, tuple(docs))


def segment_hash(*parts: str) -> str:
    return hashlib.sha256("\0".join([SEGMENT_FORMAT, *parts]).encode()).hexdigest()


def segment_of(iri: str) -> str:
    """The id of the segment that describes the generated node `iri` (see the IRIs in writer.py)."""
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
