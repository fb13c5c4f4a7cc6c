"""Query processes, so that a slow query can be stopped and cannot starve the others.

pyoxigraph evaluates a query in native code that a Python thread cannot
interrupt. Each worker is a separate process holding its own copy of the
graph (or opening the on-disk store read-only); the server sends it one query
at a time through a pipe. A query is stopped at its deadline, counted from its
arrival: its process is killed and a new one started in the background. Only
`--workers` queries may run past a short quick phase at once; others that
overrun it are paused until one of those ends, so a cheap query always finds a
processor (see QueryPool).
"""

from __future__ import annotations

import math
import multiprocessing
import os
import signal
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..rdfio import from_tuple
from .sparql import Outcome, execute

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

_SIGSTOP = getattr(signal, "SIGSTOP", None)  # pausing a long query; without it (Windows) it runs on


def _worker_main(conn: Connection, graph_path: str) -> None:
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
            subs = {k: from_tuple(v) for k, v in subs.items()}
        try:
            outcome = execute(store, substitutions=subs, **request)
        except Exception as exc:  # a bug in one query must not take the worker down silently
            outcome = Outcome(status=500, body=f"Internal error: {exc}".encode(), message=str(exc))
        conn.send(outcome)


@dataclass(eq=False)
class _Worker:
    process: BaseProcess
    conn: Connection

    @property
    def pid(self) -> int:
        pid = self.process.pid
        assert pid is not None  # a worker's process is started before it is one
        return pid


def _busy(message: str, retry_after: float) -> Outcome:
    return Outcome(status=503, body=message.encode(), message=message,
                   retry_after=max(1, math.ceil(retry_after)))


class QueryPool:
    """Query processes started on demand, with a bounded queue and deadlines from arrival.

    - Every query may run until `timeout` seconds after it arrived, waiting included; then its
      process is killed and replaced, and the reply is a 503 that says so.
    - A query runs in its own process as soon as it arrives, while fewer than `max_procs` are in use
      (one idle process is kept started ahead, so a query does not wait for one to load the graph).
      More requests wait, at most `max_waiting` of them; past that the answer is an immediate 503
      with Retry-After.
    - Only `size` queries (--workers) may run longer than `quick` seconds at once: a query still
      running after `quick` seconds when `size` others already are is paused (SIGSTOP) until one of
      them ends, or until its deadline. So expensive queries take at most `size` processors, and a
      cheap query that arrives behind any number of them (up to `max_procs`) is answered at once.
    """

    def __init__(self, graph_path: str | Path, size: int = 2, timeout: float = 10.0,
                 max_rows: int = 10000, *, max_procs: int | None = None, max_waiting: int = 32,
                 quick: float = 1.0):
        """`graph_path`: a graph file, or `oxigraph:DIR` for an on-disk store every worker opens read-only."""
        self.graph_path = str(graph_path)
        self.size = max(1, size)
        self.timeout = timeout
        self.max_rows = max_rows
        self.max_procs = max(self.size + 1, max_procs or 2 * self.size + 2)
        self.max_waiting = max(0, max_waiting)
        self.quick = quick
        self._ctx = multiprocessing.get_context("spawn")
        self._cond = threading.Condition()
        self._idle: list[_Worker] = []
        self._all: set[_Worker] = set()
        self._procs = 0      # processes started, starting or running a query
        self._starting = 0   # of those, still loading the graph
        self._waiting = 0    # requests waiting for a process
        self._long = 0       # queries past `quick` seconds, running (not paused)
        self._failure: str | None = None
        self._closed = False

    # --- state, for tests and the log -----------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with self._cond:
            return {"processes": self._procs, "idle": len(self._idle), "starting": self._starting,
                    "busy": self._procs - len(self._idle) - self._starting, "waiting": self._waiting,
                    "long": self._long}

    # --- processes ------------------------------------------------------------------------------

    def start(self) -> None:
        """Start `size` + 1 workers and wait until each has loaded the graph."""
        workers = []
        with self._cond:
            self._procs += self.size + 1
        for _ in range(self.size + 1):
            workers.append(self._spawn())
        for w in workers:
            try:
                self._await_ready(w)
            except RuntimeError:
                for other in workers:
                    self._kill(other)
                raise
            with self._cond:
                self._idle.append(w)
                self._cond.notify_all()

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker_main, args=(child, self.graph_path), daemon=True,
                                 name="diplograph-query-worker")
        proc.start()
        child.close()
        w = _Worker(proc, parent)
        with self._cond:
            self._all.add(w)
        return w

    def _await_ready(self, w: _Worker) -> None:
        if not w.conn.poll(120):
            raise RuntimeError("a query worker did not start within 120 s")
        try:
            status, detail = w.conn.recv()
        except (EOFError, OSError):
            status, detail = "failed", "it exited while loading the graph"
        if status != "ready":
            raise RuntimeError(f"a query worker could not load the graph: {detail}")

    def _start_one(self) -> None:
        """Start one worker in the background (already counted in _procs and _starting)."""
        w = None
        try:
            w = self._spawn()
            self._await_ready(w)
        except (RuntimeError, OSError) as exc:
            if w is not None:
                self._kill(w, counted=False)
            with self._cond:
                self._starting -= 1
                self._procs -= 1
                self._failure = str(exc)
                self._cond.notify_all()
            return
        with self._cond:
            self._starting -= 1
            self._failure = None
            if self._closed:
                self._procs -= 1
            else:
                self._idle.append(w)
            self._cond.notify_all()
        if self._closed:
            self._kill(w, counted=False)

    def _top_up(self) -> None:
        """With the lock held: start workers so that every waiting request, and one more, will have one."""
        missing = self._waiting + 1 - len(self._idle) - self._starting
        while missing > 0 and self._procs < self.max_procs and not self._closed:
            self._procs += 1
            self._starting += 1
            missing -= 1
            threading.Thread(target=self._start_one, daemon=True, name="diplograph-worker-start").start()

    def _kill(self, w: _Worker, *, counted: bool = True) -> None:
        """End a worker's process; `counted`: it was one of _procs, whose place is then free."""
        with self._cond:
            self._all.discard(w)
        if w.process.is_alive():
            w.process.kill()
        w.process.join(5)
        w.conn.close()
        if counted:
            with self._cond:
                self._procs -= 1
                self._top_up()
                self._cond.notify_all()

    def _release(self, w: _Worker) -> None:
        with self._cond:
            self._idle.append(w)
            self._cond.notify_all()

    def _acquire(self, deadline: float) -> _Worker | Outcome:
        with self._cond:
            if self._idle:
                w = self._idle.pop()
                self._top_up()
                return w
            if self._waiting >= self.max_waiting and self._procs >= self.max_procs:
                return _busy(f"The server is busy: {self._procs} queries are running and {self._waiting} "
                             "are waiting, the most it takes. Try again in a moment.", self.quick)
            self._waiting += 1
            try:
                self._top_up()
                while not self._idle:
                    if self._failure and not self._starting:
                        msg = f"No query worker could start: {self._failure}"
                        return Outcome(status=500, body=msg.encode(), message=msg)
                    left = deadline - time.monotonic()
                    if left <= 0:
                        return _busy(f"The server is busy: no query worker became free within "
                                     f"{self.timeout:g} s (the time limit, option --timeout). "
                                     "Try again in a moment.", self.timeout)
                    self._cond.wait(left)
                return self._idle.pop()
            finally:
                self._waiting -= 1
                self._top_up()

    def _await_long_slot(self, w: _Worker, deadline: float) -> str:
        """Make this query one of the `size` long ones, pausing its process until a place is free.

        "long" when it is one now, "ready" when its answer came after all, "late" when the deadline
        passed first (the process is still paused)."""
        with self._cond:
            if self._long < self.size:
                self._long += 1
                return "long"
        paused = False
        if _SIGSTOP is not None:
            try:
                os.kill(w.pid, _SIGSTOP)
                paused = True
            except OSError:
                pass
        if w.conn.poll(0):  # it answered just before it was paused
            self._resume(w, paused)
            return "ready"
        with self._cond:
            while self._long >= self.size:
                left = deadline - time.monotonic()
                if left <= 0 or self._closed:
                    return "late"
                self._cond.wait(left)
            self._long += 1
        self._resume(w, paused)
        return "long"

    @staticmethod
    def _resume(w: _Worker, paused: bool) -> None:
        if paused:
            try:
                os.kill(w.pid, signal.SIGCONT)
            except OSError:
                pass

    def _end_long(self) -> None:
        with self._cond:
            self._long -= 1
            self._cond.notify_all()

    def run(self, query: str, *, accept: str | None = None, fmt: str | None = None,
            substitutions: dict | None = None, want: str = "body",
            timeout: float | None = None, arrived: float | None = None) -> Outcome:
        """Run one query in a worker; it is stopped `timeout` seconds after it arrived."""
        timeout = self.timeout if timeout is None else timeout
        arrived = time.monotonic() if arrived is None else arrived
        deadline = arrived + timeout
        got = self._acquire(deadline)
        if isinstance(got, Outcome):
            return got
        w = got
        request = {"query": query, "accept": accept, "fmt": fmt, "max_rows": self.max_rows,
                   "substitutions": substitutions, "want": want}
        long = False
        try:
            w.conn.send(request)
            if w.conn.poll(max(0.0, min(self.quick, deadline - time.monotonic()))):
                return self._answer(w)
            if time.monotonic() < deadline:
                slot = self._await_long_slot(w, deadline)
                long = slot == "long"
                if slot == "ready" or (long and w.conn.poll(max(0.0, deadline - time.monotonic()))):
                    return self._answer(w)
        except (EOFError, OSError):
            self._kill(w)
            msg = "The query worker stopped unexpectedly; the query was not answered. Try again."
            return Outcome(status=500, body=msg.encode(), message=msg)
        finally:
            if long:
                self._end_long()
        self._kill(w)
        msg = (f"The query was stopped {timeout:g} s after it arrived (the server's time limit, option "
               "--timeout). Narrow it down with more specific patterns or a LIMIT.")
        return Outcome(status=503, body=msg.encode(), message=msg)

    def _answer(self, w: _Worker) -> Outcome:
        outcome = w.conn.recv()
        self._release(w)
        return outcome

    def close(self) -> None:
        with self._cond:
            self._closed = True
            workers = list(self._all)
            self._idle.clear()
            self._cond.notify_all()
        for w in workers:
            try:
                w.conn.send(None)
            except (OSError, BrokenPipeError):
                pass
        for w in workers:
            if _SIGSTOP is not None and w.process.is_alive():
                try:
                    os.kill(w.pid, signal.SIGCONT)  # a paused worker cannot read its stop
                except OSError:
                    pass
            w.process.join(1)
            self._kill(w, counted=False)
