"""Time the commands a user runs, each as a whole process, next to the engine inside it (issue 18).

    python benchmarks/commands.py --graph build/g.ttl            # a built graph
    python benchmarks/commands.py --graph G --runs 5 --reference all   # and the path before, once
    python benchmarks/commands.py --graph G --corpus DIR          # and a cold build of DIR, once
    python benchmarks/commands.py --graph G --before ../main/src   # and another checkout's code beside it

Each command runs as `diplograph ...` in a process of its own: one warm-up,
then --runs runs, the median wall time and the largest peak resident memory
(/usr/bin/time reads it). The engine figure is the same work done
inside this process on a graph already read (a saved query on a loaded
store, the compiled validator on a loaded store, Oxigraph parse + write).
`--reference` adds the path the commands took before issue 18, run once, and
how many times faster the command is than it: `validate --engine pyshacl`,
the rdflib exports, and for each saved query both `query --store rdflib`
(rdflib parses the graph, then its SPARQL engine runs the query: timed as the
parse once, then each query in a child forked from the parsing process,
stopped after --rdflib-timeout s) and the default engine before the store
beside the graph (Oxigraph parsing the Turtle in memory at every run). Minutes
at a million triples. A saved query runs as a user types it, `diplograph query
NAME --graph G`, printing the table it prints by default (earlier rounds
timed `-f csv`, which Oxigraph writes itself; the table is made in Python).
A saved query's figure is its median after a warm-up:
its first run on the store, which computes and keeps its answer
(query/kept.py), is shown apart. `--corpus` adds a cold
`diplograph build` of that folder (one process, no cache, run once) with
the stages it reports (convert, merge, write, validate), so that the next
bottleneck is in sight. `--before SRC` runs every command a second time with
another checkout's code (PYTHONPATH=SRC, the same interpreter and packages):
its runs alternate with this code's, so both meet the same load.

The commands run as an installed package runs, with their modules' bytecode
cached (under a folder of this run's own, PYTHONPYCACHEPREFIX), also where
the environment says PYTHONDONTWRITEBYTECODE: compiling the project's modules
at every start cost a query command 40-60 ms.

It prints a Markdown table and, with --out, writes it there.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DIPLOGRAPH = str(Path(sys.executable).with_name("diplograph"))
BYTECODE = str(Path(tempfile.gettempdir()) / "diplograph-commands-bytecode")


def run_process(args: list[str], src: str | None = None) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one process (with PYTHONPATH=src when given)."""
    elapsed, mb, _ = run_logged(args, src)
    return elapsed, mb


def run_logged(args: list[str], src: str | None = None) -> tuple[float, float, str]:
    """Wall seconds, peak resident MB and standard error of one process.

    The peak is read by /usr/bin/time: a child forked from this process counts this process's
    memory (the loaded store) in its own peak until it execs, so os.wait4's figure overstates it.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        start = time.perf_counter()
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = BYTECODE
        if src is not None:
            env["PYTHONPATH"] = src
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss.name, *args], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, cwd=ROOT, env=env)
        elapsed = time.perf_counter() - start
        if proc.returncode not in (0, 1):      # 1: a graph that does not conform is still a finished check
            raise SystemExit(f"{' '.join(args)} exited {proc.returncode}: {proc.stderr.decode()[-2000:]}")
        peak_kb = float(rss.read().split()[-1])
    return elapsed, peak_kb / 1024, proc.stderr.decode("utf-8", "replace")


def stage_rows(stderr: str) -> list[tuple[str, float]]:
    """The stages a build reports on its line 'stages: convert 1.0 s, merge 0.2 s, ...'."""
    for line in stderr.splitlines():
        if line.startswith("stages: "):
            found = re.findall(r"([a-z][a-z ]*?) ([\d.]+) s", line[len("stages: "):].split(" (")[0])
            return [(name.strip(), float(seconds)) for name, seconds in found]
    return []


@dataclass
class Row:
    """One line of the table: a command's figures, beside the code before and the path before."""

    label: str
    now: str
    memory: str = "-"
    engine: str = "-"
    before: str = "-"
    first: str = "-"            # a saved query's first run on the store: computes and keeps its answer
    reference: str = "-"        # the rdflib or pySHACL path
    in_memory: str = "-"        # a saved query on the default engine before the store beside the graph
    seconds: float = 0.0        # `now` as a number, for the ratios
    first_s: float | None = None

    def cells(self, with_before: bool) -> list[str]:
        cells = [self.label, *([self.before] if with_before else []), self.now, self.first, self.memory,
                 self.engine, self.reference]
        return [*cells, self.in_memory]


def cold_build(corpus: Path, graph: Path) -> list[Row]:
    """A cold `diplograph build` of the corpus as one process (run in the project folder, as the
    graph was built), the stages it reports, and whether it wrote the bytes of `graph`."""
    import filecmp

    with tempfile.TemporaryDirectory(prefix="diplograph-cold-") as scratch:
        out = Path(scratch) / "g.ttl"
        seconds, mb, stderr = run_logged([DIPLOGRAPH, "build", "--seeds", str(corpus), "-o", str(out)])
        same = filecmp.cmp(out, graph, shallow=False)
    texts = sum(1 for p in corpus.iterdir() if p.is_file())
    rows = [Row(f"`build` cold, 1 process ({texts:,} texts: {texts / seconds:.1f} texts/s; "
                f"{'the same bytes as' if same else 'NOT the bytes of'} {graph.name})", fmt_s(seconds),
                f"{mb:.0f} MB")]
    rows += [Row(f"&nbsp;&nbsp;stage: {name}", fmt_s(stage)) for name, stage in stage_rows(stderr)]
    return rows


@dataclass
class Timed:
    seconds: float              # the median of the runs
    mb: float                   # the largest peak
    first: float | None         # the warm-up


def timed_command(args: list[str], runs: int, warm_up: bool = True) -> Timed:
    first = run_process(args)[0] if warm_up else None
    figures = [run_process(args) for _ in range(runs)]
    return Timed(statistics.median(t for t, _ in figures), max(m for _, m in figures), first)


def timed_pair(args: list[str], runs: int, before: str, warm_up: bool = True,
               before_args: list[str] | None = None) -> tuple[Timed, Timed]:
    """timed_command for the code at `before` (with `before_args`, by default the same) and for this
    code, their runs alternating."""
    own = str(ROOT / "src")
    arguments = {before: before_args or args, own: args}
    first = {src: run_process(arguments[src], src)[0] if warm_up else None for src in (before, own)}
    figures: dict[str, list[tuple[float, float]]] = {before: [], own: []}
    for _ in range(runs):
        for src in (before, own):
            figures[src].append(run_process(arguments[src], src))
    old, new = (Timed(statistics.median(t for t, _ in figures[src]), max(m for _, m in figures[src]), first[src])
                for src in (before, own))
    return old, new


def engine_time(fn: Callable[[], object], runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def all_rows(store: Any, sparql: str) -> list:
    """Every row of the query: Oxigraph computes them as they are read."""
    return list(store.query(sparql))


def _link(graph: Path, folder: Path) -> Path:
    """The graph under `folder`: a hard link where the file system allows, else a copy."""
    path = folder / graph.name
    try:
        os.link(graph, path)
    except OSError:
        shutil.copyfile(graph, path)
    return path


def fmt_s(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def versus(reference: float, seconds: float, mb: float | None = None) -> str:
    """A reference time, its memory, and how many times the command's time it is."""
    memory = f", {mb:.0f} MB" if mb is not None else ""
    return f"{fmt_s(reference)}{memory} ({times(reference / seconds)})"


def times(ratio: float) -> str:
    """A ratio as the table shows it: with a decimal below 100, so that 9.7 is not read as 10."""
    return f"{ratio:.1f}x" if ratio < 100 else f"{ratio:.0f}x"


def commands_but_queries(a: argparse.Namespace, add: Callable[..., Row], store: Any, g: str) -> None:
    """validate and every export, beside their engines (and the path before issue 18 with --reference all)."""
    import pyoxigraph as ox

    from diplograph.validation.compiled import validate_fast_report

    validate_engine = engine_time(lambda: validate_fast_report(store), 1)
    row = add("`validate` (default: compiled shapes)", ["validate", "--graph", g], validate_engine)
    if a.reference == "all":
        seconds, mb = run_process([DIPLOGRAPH, "validate", "--graph", g, "--engine", "pyshacl"])
        row.reference = "pySHACL: " + versus(seconds, row.seconds, mb)

    def parse_and_write(fmt: ox.RdfFormat) -> Callable[[], object]:
        return lambda: ox.serialize(ox.parse(path=g, format=ox.RdfFormat.TURTLE), format=fmt)

    for name, fmt in (("turtle", ox.RdfFormat.TURTLE), ("ntriples", ox.RdfFormat.N_TRIPLES),
                      ("nquads", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG), ("xml", ox.RdfFormat.RDF_XML)):
        row = add(f"`export --format {name}`", ["export", "--format", name, "-o", "/dev/null", "--graph", g],
                  engine_time(parse_and_write(fmt), 1))
        if a.reference == "all" and name in ("turtle", "nquads"):
            code = ("import sys; from diplograph.export import rdf; p = sys.argv[1];"
                    "rdf.load_graph(p).serialize(format='turtle') if sys.argv[2] == 'turtle' else "
                    "rdf._sorted_lines(rdf.by_source(rdf.load_graph(p)).serialize(format='nquads').encode())")
            seconds, mb = run_process([sys.executable, "-c", code, g, name])
            row.reference = "rdflib: " + versus(seconds, row.seconds, mb)


def rdflib_worker(graph: str, names: list[str], timeout: float) -> None:
    """The rdflib path of `diplograph query NAME --store rdflib`, for every query at the cost of one
    parse: the graph parsed once, as that command parses it at every run, then each saved query
    run by `saved.run` (the command's own function) in a child forked from this process, stopped
    after `timeout` seconds. One JSON line per query on stdout."""
    from diplograph.query.engines import RdflibEngine
    from diplograph.query.saved import find_query, run

    start = time.perf_counter()
    engine = RdflibEngine(Path(graph))
    triples = len(engine.graph)
    print(json.dumps({"parse": time.perf_counter() - start, "triples": triples}), flush=True)
    for name in names:
        query = find_query(name)
        read, write = os.pipe()
        start = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            rows = run(query, engine)
            os.write(write, json.dumps({"rows": len(rows.rows)}).encode())
            os._exit(0)
        os.close(write)
        while True:
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done or time.perf_counter() - start > timeout:
                break
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        if not done:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        with os.fdopen(read, "rb") as answer:
            found = json.loads(answer.read() or b"{}")
        print(json.dumps({"name": name, "query": seconds if done else None, "rows": found.get("rows")}),
              flush=True)


def rdflib_queries(g: str, names: list[str], timeout: float) -> tuple[float, float, dict[str, dict]]:
    """rdflib_worker in a process of its own: the parse's seconds, the peak memory and each query's line."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss.name, sys.executable, __file__,
                               "--rdflib-worker", "--graph", g, "--queries", ",".join(names),
                               "--rdflib-timeout", str(timeout)], capture_output=True, text=True, cwd=ROOT)
        if proc.returncode != 0:
            raise SystemExit(f"the rdflib worker exited {proc.returncode}: {proc.stderr[-2000:]}")
        peak_mb = float(rss.read().split()[-1]) / 1024
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    return lines[0]["parse"], peak_mb, {line["name"]: line for line in lines[1:]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--graph", type=Path, required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--queries", default="", help="comma-separated saved queries (default: all)")
    ap.add_argument("--reference", choices=["none", "queries", "all"], default="none",
                    help="also time the path before issue 18: for every saved query (rdflib, and Oxigraph "
                         "parsing in memory each time), or for every command (with pySHACL and the rdflib "
                         "exports: minutes at 1M triples)")
    ap.add_argument("--rdflib-timeout", type=float, default=60.0,
                    help="seconds a saved query may take on rdflib after the parse (the reference)")
    ap.add_argument("--rdflib-worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help="also time a cold build of this folder of texts, once")
    ap.add_argument("--before", type=Path, help="another checkout's src folder: every command also runs with "
                                                "its code, the runs alternating with this code's")
    ap.add_argument("--queries-only", action="store_true", help="time the saved queries alone, not validate "
                                                                   "and the exports")
    ap.add_argument("--out", type=Path)
    a = ap.parse_args()

    from diplograph.query import cache
    from diplograph.query.saved import bind, find_query, list_queries
    from diplograph.rdfio import read_oxigraph

    names = [n for n in a.queries.split(",") if n] or [q.name for q in list_queries()]
    if a.rdflib_worker:
        rdflib_worker(str(a.graph), names, a.rdflib_timeout)
        return
    graph = a.graph.resolve()
    g = str(graph)
    store = read_oxigraph(graph)
    triples = len(store)
    rows: list[Row] = []
    before = str(a.before.resolve()) if a.before else None
    # The code before reads the graph through a link in a folder of its own: each code keeps the store
    # beside the graph under a name of its own and removes the stores it does not know, so sharing
    # one folder would have every run of one load the store again after a run of the other.
    scratch = tempfile.TemporaryDirectory(prefix="diplograph-before-", dir=graph.parent)
    g_before = str(_link(graph, Path(scratch.name)))

    def add(label: str, args: list[str], engine: float | None, warm_up: bool = True, runs: int = a.runs) -> Row:
        shown = fmt_s(engine) if engine is not None else "-"
        if before is None:
            timed = timed_command([DIPLOGRAPH, *args], runs, warm_up)
            row = Row(label, fmt_s(timed.seconds), f"{timed.mb:.0f} MB", shown)
        else:
            before_args = [DIPLOGRAPH, *(g_before if arg == g else arg for arg in args)]
            old, timed = timed_pair([DIPLOGRAPH, *args], runs, before, warm_up, before_args)
            row = Row(label, fmt_s(timed.seconds), f"{old.mb:.0f} MB → {timed.mb:.0f} MB", shown, fmt_s(old.seconds))
        row.seconds, row.first_s = timed.seconds, timed.first
        rows.append(row)
        print(row, file=sys.stderr)
        return row

    if a.corpus is not None:
        rows += cold_build(a.corpus.resolve(), graph)
        print(*rows, sep="\n", file=sys.stderr)

    if not a.queries_only:
        commands_but_queries(a, add, store, g)

    shutil.rmtree(cache.cache_folder(graph), ignore_errors=True)
    first, _ = run_process([DIPLOGRAPH, "query", names[0], "--graph", g])
    loading = Row(f"`query {names[0]}`, the first after a change of the graph (loads the store)", fmt_s(first))
    if before is not None:
        shutil.rmtree(cache.cache_folder(Path(g_before)), ignore_errors=True)
        old, _ = run_process([DIPLOGRAPH, "query", names[0], "--graph", g_before], before)
        loading.before = fmt_s(old)
    rows.append(loading)
    query_rows: dict[str, Row] = {}
    engine_rows: dict[str, int] = {}
    for name in names:
        sparql = bind(find_query(name))
        engine_rows[name] = len(list(store.query(sparql)))
        engine = engine_time(functools.partial(all_rows, store, sparql), 1)
        row = query_rows[name] = add(f"`query {name}`", ["query", name, "--graph", g], engine)
        row.first = fmt_s(row.first_s) if row.first_s is not None else "-"
    if a.reference != "none":
        # before: the default engine parsed the Turtle into memory at every run
        no_cache = ("import sys; from diplograph.query import cache; cache.CACHE_ABOVE = float('inf');"
                    "from diplograph.cli import cli; cli()")
        for name, row in query_rows.items():
            seconds, mb = run_process([sys.executable, "-c", no_cache, "query", name, "--graph", g])
            row.in_memory = versus(seconds, row.seconds, mb)
            print(name, row.in_memory, file=sys.stderr)
        parse, peak, found = rdflib_queries(g, names, a.rdflib_timeout)
        rows.append(Row(f"rdflib's parse of the graph (part of each query's rdflib figure; the worker's "
                        f"peak: {peak:.0f} MB)", fmt_s(parse)))
        for name, row in query_rows.items():
            line = found.get(name, {})
            if line.get("query") is None:
                stopped = parse + a.rdflib_timeout
                row.reference = f"> {fmt_s(stopped)} (stopped; > {times(stopped / row.seconds)})"
            else:
                row.reference = versus(parse + line["query"], row.seconds)
                if line["rows"] != engine_rows[name]:
                    row.reference += f"; {line['rows']} rows, not {engine_rows[name]}"

    lines = [f"Graph: {graph.name}, {triples:,} triples, {graph.stat().st_size / 1e6:.1f} MB of Turtle; "
             f"median of {a.runs} runs after a warm-up, whole processes; engine: in this process on a "
             f"loaded store; load average {os.getloadavg()[0]:.2f} at the end.", ""]
    head = ["command", *(["before"] if before else []), "now", "first run", "peak memory", "engine",
            "rdflib / pySHACL path (x the command)", "parsed in memory each time (x)"]
    if before:
        lines += [f"Before: the code in {before}, its runs alternating with this code's.", ""]
    lines += ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    lines += ["| " + " | ".join(row.cells(before is not None)) + " |" for row in rows]
    text = "\n".join(lines) + "\n"
    scratch.cleanup()
    print(text)
    if a.out:
        a.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
