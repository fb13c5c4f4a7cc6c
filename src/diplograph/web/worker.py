"""A small pool of query processes, so that a slow query can be stopped.

pyoxigraph evaluates a query in native code that a Python thread cannot
interrupt. Each worker is a separate process holding its own copy of the
graph; the server sends it one query at a time through a pipe and waits at
most `timeout` seconds. A worker that overruns is killed and replaced in the
background, while the other workers keep answering.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
from dataclasses import dataclass
from pathlib import Path

from .sparql import Outcome, execute


def _worker_main(conn, graph_path: str) -> None:
    import signal

    from .store import load_store

    # Ctrl-C reaches the whole process group; the server, not the worker, decides when workers end.
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    try:
        store = load_store(graph_path)
    except Exception as exc:  # reported to the parent, which owns the error handling
        conn.send(("failed", str(exc)))
        return
    conn.send(("ready", None))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        subs = request.pop("substitutions", None)
        if subs:
            subs = {k: _to_term(v) for k, v in subs.items()}
        try:
            outcome = execute(store, substitutions=subs, **request)
        except Exception as exc:  # a bug in one query must not take the worker down silently
            outcome = Outcome(status=500, body=f"Internal error: {exc}".encode(), message=str(exc))
        conn.send(outcome)


def _to_term(value: tuple):
    import pyoxigraph as ox

    if value[0] == "uri":
        return ox.NamedNode(value[1])
    if value[0] == "literal":
        if len(value) > 3 and value[3]:
            return ox.Literal(value[1], language=value[3])
        if len(value) > 2 and value[2]:
            return ox.Literal(value[1], datatype=ox.NamedNode(value[2]))
        return ox.Literal(value[1])
    raise ValueError(f"unsupported substitution {value!r}")


@dataclass(eq=False)
class _Worker:
    process: multiprocessing.Process
    conn: object


class QueryPool:
    """N worker processes sharing a queue of idle workers."""

    def __init__(self, graph_path: str | Path, size: int = 2, timeout: float = 10.0,
                 max_rows: int = 10000):
        """`graph_path`: a graph file, or `oxigraph:DIR` for an on-disk store every worker opens read-only."""
        self.graph_path = str(graph_path)
        self.size = max(1, size)
        self.timeout = timeout
        self.max_rows = max_rows
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False

    def start(self) -> None:
        """Start every worker and wait until each has loaded the graph."""
        workers = [self._spawn() for _ in range(self.size)]
        for w in workers:
            self._await_ready(w)

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker_main, args=(child, self.graph_path), daemon=True,
                                 name="diplograph-query-worker")
        proc.start()
        child.close()
        w = _Worker(proc, parent)
        with self._lock:
            self._all.add(w)
        return w

    def _await_ready(self, w: _Worker) -> None:
        if not w.conn.poll(120):
            self._kill(w)
            raise RuntimeError("a query worker did not start within 120 s")
        status, detail = w.conn.recv()
        if status != "ready":
            self._kill(w)
            raise RuntimeError(f"a query worker could not load the graph: {detail}")
        self._idle.put(w)

    def _replace(self) -> None:
        def run():
            if self._closed:
                return
            try:
                self._await_ready(self._spawn())
            except RuntimeError:
                pass

        threading.Thread(target=run, daemon=True, name="diplograph-worker-respawn").start()

    def _kill(self, w: _Worker) -> None:
        with self._lock:
            self._all.discard(w)
        if w.process.is_alive():
            w.process.kill()
        w.process.join(5)
        w.conn.close()

    def run(self, query: str, *, accept: str | None = None, fmt: str | None = None,
            substitutions: dict | None = None, want: str = "body",
            timeout: float | None = None) -> Outcome:
        """Run one query in a worker; a query still running after the deadline is stopped."""
        timeout = self.timeout if timeout is None else timeout
        # Every busy worker frees itself within `timeout` (or is replaced), so a queued request waits
        # for that plus the time a replacement takes to load the graph.
        wait = timeout + 60
        try:
            w = self._idle.get(timeout=wait)
        except queue.Empty:
            msg = (f"The server is busy: no query worker became free within {wait:g} s. "
                   "Try again in a moment.")
            return Outcome(status=503, body=msg.encode(), message=msg)
        request = {"query": query, "accept": accept, "fmt": fmt, "max_rows": self.max_rows,
                   "substitutions": substitutions, "want": want}
        try:
            w.conn.send(request)
            if w.conn.poll(timeout):
                outcome = w.conn.recv()
                self._idle.put(w)
                return outcome
        except (EOFError, OSError, BrokenPipeError):
            self._kill(w)
            self._replace()
            msg = "The query worker stopped unexpectedly; the query was not answered. Try again."
            return Outcome(status=500, body=msg.encode(), message=msg)
        self._kill(w)
        self._replace()
        msg = (f"The query was stopped after {timeout:g} s (the server's time limit, option --timeout). "
               "Narrow it down with more specific patterns or a LIMIT.")
        return Outcome(status=503, body=msg.encode(), message=msg)

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for w in workers:
            try:
                w.conn.send(None)
            except (OSError, BrokenPipeError):
                pass
        for w in workers:
            w.process.join(1)
            self._kill(w)
