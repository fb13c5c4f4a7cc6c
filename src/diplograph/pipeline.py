"""Converting many documents: one process or several, with a per-document cache.

Documents are independent, so `convert_many` hands them to N worker processes
in chunks and gives the results back in input order: the merged graph is the
same, byte for byte, whatever N is.

With a cache folder, each document's facts are stored under a key made of the
raw bytes of the text, its file name, the lexicon's version and the
converter's own code. A build that meets a key it has seen loads the facts
instead of converting again, so adding one document to a built corpus
converts one document. Entries are written atomically, by the process that
converted the document; one that cannot be read is converted again and
rewritten.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import pickle
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .extract.components import version as components_version
from .extract.convert import convert_file
from .fileio import atomic_write_bytes

# Bump when the layout of cache entries changes.
CACHE_FORMAT = "2"
# Modules whose code decides what a document converts to; a change in any of
# them invalidates the cache even when the texts and lexicons are unchanged.
_CONVERTER_MODULES = ("facts", "extract")
# Below this many documents to convert, worker processes cost more than they save.
MIN_PARALLEL = 4
PROGRESS_MIN = 20


@dataclass(frozen=True)
class Transform:
    """A per-document step after conversion: `function(facts, lexicon)`, a module-level function.

    modules: the package modules whose code decides its result (their source is part of the cache key);
    salt: anything else its result depends on (e.g. a hash of a data file).
    """

    function: Callable
    modules: tuple[str, ...] = ()
    salt: str = ""


@dataclass
class Stats:
    """What the last call of convert_many did (read by benchmarks and tests)."""

    documents: int = 0
    converted: int = 0
    cached: int = 0
    jobs: int = 1


last_stats = Stats()


def convert_many(paths: Sequence[Path], lexicon: object, *, jobs: int = 1, cache_dir: Path | None = None,
                 progress: bool = False, converter: Callable | None = None,
                 transform: Transform | None = None) -> list:
    """Convert each file to its DocumentFacts; results in the order of `paths`.

    jobs: number of processes (1 converts here; 0 or less means one per core).
    cache_dir: folder of cached facts; None converts everything.
    converter: the per-document function, `diplograph.extract.convert.convert_file`
    unless given (tests pass a stand-in); it must be a module-level function.
    transform: what to make of each document's facts, in the worker that
    converted it (so that only its result crosses back, and is cached); the
    results are then its results.
    """
    global last_stats
    if converter is None:
        converter = convert_file
    paths = [Path(p) for p in paths]
    if jobs is None or jobs <= 0:
        jobs = os.cpu_count() or 1
    results: list = [None] * len(paths)
    todo: list[int] = []
    keys: list[str | None] = [None] * len(paths)

    if cache_dir is not None:
        cache_dir = Path(cache_dir)
        salt = _salt(lexicon, converter, transform)
        with _gc_paused():
            for i, path in enumerate(paths):
                key = keys[i] = cache_key(path, salt)
                hit = _load(cache_dir, key)
                if hit is None:
                    todo.append(i)
                else:
                    results[i] = hit
    else:
        todo = list(range(len(paths)))

    todo_paths = [paths[i] for i in todo]
    workers = min(jobs, len(todo_paths)) if len(todo_paths) >= MIN_PARALLEL else 1
    bar = _progress_bar(len(todo_paths)) if progress and len(todo_paths) >= PROGRESS_MIN else None
    try:
        if workers <= 1:
            for i, path in zip(todo, todo_paths, strict=True):
                results[i] = _convert_one(path, lexicon, converter, transform)
                if cache_dir is not None:
                    its_key = keys[i]
                    assert its_key is not None  # with a cache_dir every text has its key
                    _store(cache_dir, its_key, results[i])
                if bar is not None:
                    bar.update(1)
        else:
            todo_keys = [keys[i] for i in todo]
            converted = _convert_parallel(todo_paths, todo_keys, lexicon, converter, transform, cache_dir,
                                          workers, bar)
            for i, facts in zip(todo, converted, strict=True):
                results[i] = facts
    finally:
        if bar is not None:
            bar.close()
    last_stats = Stats(documents=len(paths), converted=len(todo), cached=len(paths) - len(todo), jobs=workers)
    return results


# ----- running the converter ------------------------------------------------

_worker_state: dict = {}


def _init_worker(lexicon: object, converter: Callable, transform: Transform | None, cache_dir: Path | None,
                 parent: int | None = None) -> None:
    end_with_parent(parent)
    _worker_state.update(lexicon=lexicon, converter=converter, transform=transform, cache_dir=cache_dir,
                         parent=parent)
    # What the worker inherited (the lexicon, the parent's heap) stays as it is: the collector no
    # longer walks it, and its pages are not copied by the walk.
    gc.freeze()


def end_with_parent(parent: int | None) -> None:
    """In a worker: be killed when the build that started it dies, even by SIGKILL, rather than go on
    converting for nobody (PR_SET_PDEATHSIG on Linux; elsewhere `_convert_chunk` checks between
    documents that the parent is still there)."""
    if parent is None:
        return
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)    # 1: PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:    # the parent died before the line above took effect
        os._exit(1)


def _convert_one(path: Path, lexicon: object, converter: Callable, transform: Transform | None) -> Any:
    try:
        facts = converter(path, lexicon)
        return facts if transform is None else transform.function(facts, lexicon)
    except Exception as exc:
        # a converter's bug keeps its traceback (errors.py), which then names the text that set it off,
        # so that `diplograph explain` can be run on it and the text sent with the report
        exc.add_note(f"while converting {path}")
        raise


def _convert_chunk(tasks: list[tuple[Path, str | None]]) -> list[bytes]:
    """In a worker: convert each path, cache it under its key (if any), return each result pickled.

    The result is pickled once, here: the same bytes go to the cache file and back to the parent,
    which only has to unpickle them.
    """
    s = _worker_state
    out = []
    for path, key in tasks:
        if s.get("parent") is not None and os.getppid() != s["parent"]:
            os._exit(1)    # orphaned: the build that wants these results is gone
        data = pickle.dumps(_convert_one(path, s["lexicon"], s["converter"], s["transform"]),
                            protocol=pickle.HIGHEST_PROTOCOL)
        if key is not None:
            atomic_write_bytes(_entry(s["cache_dir"], key), data)
        out.append(data)
    return out


def _chunk_sizes(total: int, workers: int, most: int = 32) -> list[int]:
    """Chunks that shrink as the work runs out: large at first (fewer round trips), one
    document at the end (no worker waits long for the others to finish)."""
    sizes = []
    left = total
    while left > 0:
        size = max(1, min(most, left // (workers * 4)))
        sizes.append(size)
        left -= size
    return sizes


def _convert_parallel(paths: list[Path], keys: list[str | None], lexicon: object, converter: Callable,
                      transform: Transform | None, cache_dir: Path | None, workers: int, bar: Any) -> list:
    """The result of each path in order, converted (and cached, with a cache_dir) in `workers` processes."""
    # Fork hands the lexicon to each worker once, without pickling it; where
    # fork is missing the lexicon must pickle.
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods and sys.platform != "darwin" else None)
    tasks = list(zip(paths, keys, strict=True))  # keys are None without a cache_dir
    results: list = []
    with _gc_paused(), ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                                           initargs=(lexicon, converter, transform, cache_dir, os.getpid())) as pool:
        futures: list[Future[list[bytes]] | None] = []
        start = 0
        for size in _chunk_sizes(len(tasks), workers):
            futures.append(pool.submit(_convert_chunk, tasks[start:start + size]))
            start += size
        for n, future in enumerate(futures):
            assert future is not None  # each is let go only once its results are taken
            blobs = future.result()
            futures[n] = None  # its results are ours now
            results.extend(pickle.loads(b) for b in blobs)
            if bar is not None:
                bar.update(len(blobs))
    return results


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No garbage collection inside: unpickling makes many objects and no cycles, and the collector,
    walking every object made so far at each pass, cost the parent more than the unpickling itself.

    On the way out, what was made inside (the results, long-lived) moves to the oldest generation,
    where the next full collection will meet it; left in the youngest, the first collection after
    would walk all of it at once (about 0.1 s for 1,000 documents' facts).
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:  # nobody else's frozen objects to thaw
            gc.freeze()
            gc.unfreeze()
        if was:
            gc.enable()


def _progress_bar(total: int) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="converting", file=sys.stderr, leave=False)


# ----- the cache --------------------------------------------------------------

_code_version_memo: dict[tuple[str, ...], str] = {}


def code_version(modules: tuple[str, ...] = _CONVERTER_MODULES) -> str:
    """A hash of the source files of `modules` (the converter's unless given; empty where none is found)."""
    if modules not in _code_version_memo:
        h = hashlib.sha256()
        root = Path(__file__).resolve().parent
        files: list[Path] = []
        for name in modules:
            if (root / f"{name}.py").is_file():
                files.append(root / f"{name}.py")
            elif (root / name).is_dir():
                files.extend(sorted((root / name).rglob("*.py")))
        for f in files:
            h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
        _code_version_memo[modules] = h.hexdigest()
    return _code_version_memo[modules]


def _salt(lexicon: object, converter: Callable, transform: Transform | None = None) -> bytes:
    version = getattr(lexicon, "version", None)
    if version is None:
        # Without a version the cache cannot tell lexicons apart: refuse to guess.
        raise TypeError("convert_many(cache_dir=...) needs a lexicon with a `version` attribute")
    conv = f"{getattr(converter, '__module__', '')}.{getattr(converter, '__qualname__', '')}"
    parts = [CACHE_FORMAT, str(version), code_version(), conv]
    if conv == "diplograph.extract.convert.convert_file":
        # the converter's list of components and the spaCy model it parses with
        parts.append(components_version())
    if transform is not None:
        f = transform.function
        parts += [f"{f.__module__}.{f.__qualname__}", code_version(transform.modules), transform.salt]
    return "\0".join(parts).encode()


def salt(lexicon: object, *, converter: Callable | None = None, transform: Transform | None = None) -> bytes:
    """What every cache key depends on besides the text: lexicon, converter and transform versions."""
    if converter is None:
        converter = convert_file
    return _salt(lexicon, converter, transform)


def keys(paths: Sequence[Path], lexicon: object, *, converter: Callable | None = None,
         transform: Transform | None = None) -> list[str]:
    """The cache key of each file, as convert_many(cache_dir=...) files them."""
    s = salt(lexicon, converter=converter, transform=transform)
    return [cache_key(Path(p), s) for p in paths]


def load(cache_dir: Path, key: str) -> Any:
    """The cached result filed under `key`, or None."""
    return _load(Path(cache_dir), key)


def cache_key(path: Path, salt: bytes) -> str:
    """sha256 of the file's raw bytes, its name and the salt (lexicon and code versions)."""
    h = hashlib.sha256(salt)
    h.update(b"\0" + Path(path).name.encode("utf-8") + b"\0")
    h.update(Path(path).read_bytes())
    return h.hexdigest()


def _entry(cache_dir: Path, key: str) -> Path:
    return cache_dir / key[:2] / f"{key}.pickle"


def _load(cache_dir: Path, key: str) -> Any:
    entry = _entry(cache_dir, key)
    try:
        data = entry.read_bytes()
    except OSError:
        return None
    try:
        return pickle.loads(data)
    except Exception:
        # A damaged or stale entry (e.g. from an older DocumentFacts) is a miss.
        return None


def _store(cache_dir: Path, key: str, facts: object) -> None:
    atomic_write_bytes(_entry(cache_dir, key), pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL))
