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
`--reference` adds the path the commands took before issue 18 (rdflib and
pySHACL), run once: minutes at a million triples. `--corpus` adds a cold
`diplograph build` of that folder (one process, no cache, run once) with
the stages it reports (convert, merge, write, validate), so that the next
bottleneck is in sight. `--before SRC` runs every command a second time with
another checkout's code (PYTHONPATH=SRC, the same interpreter and packages):
its runs alternate with this code's, so both meet the same load.

It prints a Markdown table and, with --out, writes it there.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIPLOGRAPH = str(Path(sys.executable).with_name("diplograph"))


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
        env = None if src is None else {**os.environ, "PYTHONPATH": src}
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


def cold_build(corpus: Path, graph: Path) -> list[tuple[str, str, str, str]]:
    """A cold `diplograph build` of the corpus as one process (run in the project folder, as the
    graph was built), the stages it reports, and whether it wrote the bytes of `graph`."""
    import filecmp

    with tempfile.TemporaryDirectory(prefix="diplograph-cold-") as scratch:
        out = Path(scratch) / "g.ttl"
        seconds, mb, stderr = run_logged([DIPLOGRAPH, "build", "--seeds", str(corpus), "-o", str(out)])
        same = filecmp.cmp(out, graph, shallow=False)
    texts = sum(1 for p in corpus.iterdir() if p.is_file())
    rows = [(f"`build` cold, 1 process ({texts:,} texts: {texts / seconds:.1f} texts/s; "
             f"{'the same bytes as' if same else 'NOT the bytes of'} {graph.name})", fmt_s(seconds),
             f"{mb:.0f} MB", "-")]
    rows += [(f"&nbsp;&nbsp;stage: {name}", fmt_s(stage), "-", "-") for name, stage in stage_rows(stderr)]
    return rows


def timed_command(args: list[str], runs: int, warm_up: bool = True) -> tuple[float, float]:
    if warm_up:
        run_process(args)
    figures = [run_process(args) for _ in range(runs)]
    return statistics.median(t for t, _ in figures), max(m for _, m in figures)


def timed_pair(args: list[str], runs: int, before: str, warm_up: bool = True,
               before_args: list[str] | None = None) -> tuple[tuple[float, float], ...]:
    """timed_command for this code and for the code at `before` (with `before_args`, by default the
    same), their runs alternating."""
    own = str(ROOT / "src")
    arguments = {before: before_args or args, own: args}
    if warm_up:
        run_process(arguments[before], before)
        run_process(args, own)
    figures: dict[str, list[tuple[float, float]]] = {before: [], own: []}
    for _ in range(runs):
        for src in (before, own):
            figures[src].append(run_process(arguments[src], src))
    return tuple((statistics.median(t for t, _ in figures[src]), max(m for _, m in figures[src]))
                 for src in (before, own))


def engine_time(fn, runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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


def commands_but_queries(a: argparse.Namespace, add, rows: list, store, g: str) -> None:
    """validate and every export, beside their engines (and the path before issue 18 with --reference all)."""
    import pyoxigraph as ox

    from diplograph.validation.compiled import validate_fast_report

    validate_engine = engine_time(lambda: validate_fast_report(store), 1)
    add("`validate` (default: compiled shapes)", ["validate", "--graph", g], validate_engine)
    if a.reference == "all":
        add("`validate --engine pyshacl` (before)", ["validate", "--graph", g, "--engine", "pyshacl"], None,
            warm_up=False, runs=1)

    def parse_and_write(fmt):
        return lambda: ox.serialize(ox.parse(path=g, format=ox.RdfFormat.TURTLE), format=fmt)

    for name, fmt in (("turtle", ox.RdfFormat.TURTLE), ("ntriples", ox.RdfFormat.N_TRIPLES),
                      ("nquads", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG), ("xml", ox.RdfFormat.RDF_XML)):
        add(f"`export --format {name}`", ["export", "--format", name, "-o", "/dev/null", "--graph", g],
            engine_time(parse_and_write(fmt), 1))
    if a.reference == "all":
        code = ("import sys; from diplograph.export import rdf; p = sys.argv[1];"
                "rdf.load_graph(p).serialize(format='turtle') if sys.argv[2] == 'turtle' else "
                "rdf._sorted_lines(rdf.by_source(rdf.load_graph(p)).serialize(format='nquads').encode())")
        for name in ("turtle", "nquads"):
            seconds, mb = run_process([sys.executable, "-c", code, g, name])
            rows.append((f"`export --format {name}` (before: rdflib)", fmt_s(seconds), f"{mb:.0f} MB", "-"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--graph", type=Path, required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--queries", default="", help="comma-separated saved queries (default: all)")
    ap.add_argument("--reference", choices=["none", "queries", "all"], default="none",
                    help="also time the path before issue 18: for the first query (parsed in memory each "
                         "time), or for every command (rdflib and pySHACL, once each: minutes at 1M triples)")
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

    graph = a.graph.resolve()
    g = str(graph)
    store = read_oxigraph(graph)
    triples = len(store)
    rows: list[tuple[str, ...]] = []   # command, [before,] command figure, memory, engine figure
    before = str(a.before.resolve()) if a.before else None
    # The code before reads the graph through a link in a folder of its own: each code keeps the store
    # beside the graph under a name of its own and removes the stores it does not know, so sharing
    # one folder would have every run of one load the store again after a run of the other.
    scratch = tempfile.TemporaryDirectory(prefix="diplograph-before-", dir=graph.parent)
    g_before = str(_link(graph, Path(scratch.name)))

    def add(label: str, args: list[str], engine: float | None, warm_up: bool = True, runs: int = a.runs):
        shown = fmt_s(engine) if engine is not None else "-"
        if before is None:
            seconds, mb = timed_command([DIPLOGRAPH, *args], runs, warm_up)
            rows.append((label, fmt_s(seconds), f"{mb:.0f} MB", shown))
        else:
            before_args = [DIPLOGRAPH, *(g_before if arg == g else arg for arg in args)]
            (old, old_mb), (seconds, mb) = timed_pair([DIPLOGRAPH, *args], runs, before, warm_up, before_args)
            rows.append((label, fmt_s(old), fmt_s(seconds), f"{old_mb:.0f} MB → {mb:.0f} MB", shown))
        print(rows[-1], file=sys.stderr)

    if a.corpus is not None:
        rows += cold_build(a.corpus.resolve(), graph)
        print(*rows, sep="\n", file=sys.stderr)

    if not a.queries_only:
        commands_but_queries(a, add, rows, store, g)

    names = [n for n in a.queries.split(",") if n] or [q.name for q in list_queries()]
    shutil.rmtree(cache.cache_folder(graph), ignore_errors=True)
    first, _ = run_process([DIPLOGRAPH, "query", names[0], "--graph", g, "-f", "csv"])
    label = f"`query {names[0]}`, the first (loads the store)"
    if before is None:
        rows.append((label, fmt_s(first), "-", "-"))
    else:
        shutil.rmtree(cache.cache_folder(Path(g_before)), ignore_errors=True)
        old, _ = run_process([DIPLOGRAPH, "query", names[0], "--graph", g_before, "-f", "csv"], before)
        rows.append((label, fmt_s(old), fmt_s(first), "-", "-"))
    for name in names:
        sparql = bind(find_query(name))
        engine = engine_time(lambda sparql=sparql: list(store.query(sparql)), 1)
        add(f"`query {name}`", ["query", name, "--graph", g, "-f", "csv"], engine)
        if a.reference != "none" and name == names[0]:
            # before: the default engine parsed the Turtle into memory at every run
            no_cache = ("import sys; from diplograph.query import cache; cache.CACHE_ABOVE = float('inf');"
                        "from diplograph.cli import cli; cli()")
            seconds, mb = timed_command([sys.executable, "-c", no_cache, "query", name, "--graph", g, "-f", "csv"],
                                        a.runs, warm_up=False)
            rows.append((f"`query {name}` (before: parsed in memory each time)", fmt_s(seconds), f"{mb:.0f} MB", "-"))

    lines = [f"Graph: {graph.name}, {triples:,} triples, {graph.stat().st_size / 1e6:.1f} MB of Turtle; "
             f"median of {a.runs} runs after a warm-up, whole processes; engine: in this process on a "
             f"loaded store; load average {os.getloadavg()[0]:.2f} at the end.", ""]
    if before is None:
        lines += ["| command | command | peak memory | engine |", "|---|---:|---:|---:|"]
    else:
        lines += [f"Before: the code in {before}, its runs alternating with this code's.", "",
                  "| command | before | now | peak memory | engine |", "|---|---:|---:|---:|---:|"]
    width = 4 if before is None else 5
    # rows timed once, for this code only, say "-" where the code before would stand
    lines += ["| " + " | ".join(row if len(row) == width else (row[0], "-", *row[1:])) + " |" for row in rows]
    text = "\n".join(lines) + "\n"
    scratch.cleanup()
    print(text)
    if a.out:
        a.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
