"""The default engine's store kept on disk, so a user's second query does not parse the graph again.

At a million triples `diplograph query` spent 3.8 s of every run parsing
the Turtle into a store in memory (issue 18). A graph file of CACHE_ABOVE
bytes or more is instead loaded once into an Oxigraph store in a folder
beside it, `.NAME.oxigraph/SHA256.LAYOUT-VERSION/store/` (NAME the graph file's
name, SHA256 its content's hash, LAYOUT that of the saved queries' answers
kept beside the store in `answers/`, query/kept.py, VERSION pyoxigraph's), and
every later query opens that store read-only.

Invalidation: the folder is named by the content's hash, so a changed file
never finds an old store, nor the answers kept for it. Hashing 75 MB costs a fraction of a second, so
`stamp.json` beside the stores records the size, mtime and inode the hash
was taken at; while they match, the hash is not taken again (a build
writes the graph by renaming a new file into place: a new inode). The file
is hashed through the descriptor it was stat'ed with, and the store is
loaded from the path only if the path still names that file after the load.

Races: a store is loaded into a fresh `loading-*` folder and renamed into
place, so a reader sees a whole store or none; of two processes loading the
same graph, the second rename fails, and it opens the winner's store. When
a new store is in place, the stores of earlier contents of the same file
are removed. A folder that cannot be written (a read-only checkout) leaves
the engine loading the graph in memory, as before.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, BinaryIO

from ..fileio import atomic_write_text
from ..rdfio import read_oxigraph
from . import kept

# Below this the graph loads in memory faster than an on-disk store opens (the seeds: 0.2 MB).
CACHE_ABOVE = 4_000_000
STAMP = "stamp.json"
LOADING = "loading-"


def cache_folder(graph: Path) -> Path:
    return graph.parent / f".{graph.name}.oxigraph"


def open_cached(graph: Path) -> tuple[Any, Path] | None:
    """A read-only pyoxigraph Store holding `graph`, loaded on first use, and the folder of the
    answers kept beside it (query/kept.py); None when the graph is small or its folder cannot hold
    the store (the caller loads it in memory then)."""
    import pyoxigraph as ox

    if graph.stat().st_size < CACHE_ABOVE:
        return None
    root = cache_folder(graph)
    try:
        root.mkdir(exist_ok=True)
        with open(graph, "rb") as f:
            seen = os.fstat(f.fileno())
            digest = _digest(f, seen, root)
        # another Oxigraph may store otherwise or answer otherwise (a fixed bug, the order of ties):
        # its store and its kept answers are its own
        target = root / f"{digest}.{kept.LAYOUT}-{getattr(ox, '__version__', '0')}"
        if not target.is_dir() and not _load(graph, seen, root, target):
            return None
        return ox.Store.read_only(str(target / "store")), target / "answers"
    except OSError:
        return None


def _key(st: os.stat_result) -> dict:
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "inode": st.st_ino}


def _digest(f: BinaryIO, seen: os.stat_result, root: Path) -> str:
    stamp = root / STAMP
    try:
        known = json.loads(stamp.read_text(encoding="utf-8"))
        if known.get("file") == _key(seen):
            return str(known["sha256"])
    except (OSError, ValueError, KeyError, AttributeError):
        pass
    sha = hashlib.sha256()
    for chunk in iter(lambda: f.read(1 << 20), b""):
        sha.update(chunk)
    digest = sha.hexdigest()
    atomic_write_text(stamp, json.dumps({"file": _key(seen), "sha256": digest}, sort_keys=True) + "\n")
    return digest


def _load(graph: Path, seen: os.stat_result, root: Path, target: Path) -> bool:
    """Load the graph into `target` through a temporary folder; False when the file changed meanwhile."""
    import pyoxigraph as ox

    loading = Path(tempfile.mkdtemp(prefix=LOADING, dir=root))
    try:
        store = ox.Store(str(loading / "store"))
        read_oxigraph(graph, store)
        # compacted once here, the largest saved queries ran in 5.3 s rather than 8.2 s at 1.1M triples
        store.optimize()
        store.flush()
        del store       # closes the database before its folder moves
        now = graph.stat()
        if _key(now) != _key(seen):
            return False
        try:
            loading.rename(target)
        except OSError:
            if not target.is_dir():
                raise
            # another process put the same store in place first: its copy is as good
    finally:
        shutil.rmtree(loading, ignore_errors=True)
    for old in root.iterdir():
        if old.is_dir() and old != target and not old.name.startswith(LOADING):
            shutil.rmtree(old, ignore_errors=True)
    return True
