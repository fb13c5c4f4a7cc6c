"""Measure how diplograph's cost grows with the corpus, and print each target of issue 6.

    python benchmarks/run.py                         # 100 and 1,000 documents, a few minutes
    python benchmarks/run.py --sizes 1000,10000,100000

For each size it generates a corpus (benchmarks/generate_corpus.py, seeded),
then measures, each stage in its own process so that peak memory is that
stage's: conversion in documents per second with 1 and 2 processes; the full
build (conversion, merge, RDF, Turtle) cold and from the cache; adding one
document to the built corpus; and, on the built graph, load, Turtle export,
validation and every saved query, once with the default engine (rdflib and
pySHACL) and once with the Oxigraph store (pyoxigraph and
diplograph.validation.compiled), side by side with the ratio. On the graph of
the largest size (`--commands`) it times the commands a user runs, each as a
whole process, next to the engine inside (benchmarks/commands.py: a warm-up,
several runs, the median; `--commands-reference` adds the rdflib and pySHACL
path the commands took before issue 18, run once beside them). Once per run it also
measures entity resolution as the actor lexicon grows (synthetic extra
actors) and `diplograph query` from a cold start on the seed graph.

It writes benchmarks/results.md (Markdown tables, the targets with PASS or
FAIL), benchmarks/results.json (every figure) and benchmarks/growth.png
(time against corpus size, log-log).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

QUERY_REPEATS = 5
# conversion-only runs convert this many documents at a time (memory)
CONVERT_BATCH = 10_000
# A query or stage slower than this is timed once, not QUERY_REPEATS times.
SLOW = 2.0


# ----- stages: each runs in a fresh process and returns a dict ----------------

STAGES = {}


def stage(fn):
    STAGES[fn.__name__.removeprefix("stage_")] = fn
    return fn


def peak_mb() -> float:
    """Peak resident memory of this process and of its finished children, in MB (Linux: KB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, kids) / 1024, 1)


def _lexicon():
    from diplograph.extract.convert import load_lexicon

    return load_lexicon()


def _docs(corpus: str, limit: int | None = None) -> list[Path]:
    paths = sorted(Path(corpus).glob("*.txt"))
    return paths[:limit] if limit else paths


@stage
def stage_convert(p: dict) -> dict:
    from diplograph import pipeline

    t0 = time.perf_counter()
    lex = _lexicon()
    lex_s = time.perf_counter() - t0
    paths = _docs(p["corpus"], p.get("limit"))
    dt = 0.0
    # in batches, each batch's facts let go before the next: 100,000 documents' facts do not fit
    for i in range(0, len(paths), CONVERT_BATCH):
        t0 = time.perf_counter()
        pipeline.convert_many(paths[i:i + CONVERT_BATCH], lex, jobs=p["jobs"], cache_dir=p.get("cache_dir"))
        dt += time.perf_counter() - t0
    return {"docs": len(paths), "seconds": dt, "docs_per_s": len(paths) / dt, "lexicon_s": lex_s,
            "words": sum(len(x.read_text(encoding="utf-8").split()) for x in paths[:500])
            / min(500, len(paths))}


def _timed_convert_many():
    """Wrap pipeline.convert_many so a build reports its conversion time apart."""
    from diplograph import pipeline
    from diplograph.extract import convert

    spent = {"s": 0.0}
    original = pipeline.convert_many

    def timed(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent["s"] += time.perf_counter() - t0

    pipeline.convert_many = timed
    if hasattr(convert, "convert_many"):
        convert.convert_many = timed
    return spent


@stage
def stage_build(p: dict) -> dict:
    """What `diplograph build --cache-dir` does: build, validate (when asked), write, keep the state.
    Many texts and no kept state: in one pass, in batches (diplograph.build.bulk), as the command does."""
    from diplograph.build import buildstate, bulk
    from diplograph.build.steps import build_in_steps
    from diplograph.build.validate import validate_build
    from diplograph.extract.convert import list_sources, load_lexicon

    spent = _timed_convert_many()
    out = Path(p["out"])
    lexicon = load_lexicon()
    if bulk.takes(list_sources(Path(p["corpus"])), Path(p["cache_dir"]), lexicon):
        t0 = time.perf_counter()
        done = bulk.build(Path(p["corpus"]), out, cache_dir=Path(p["cache_dir"]), jobs=p["jobs"], lexicon=lexicon,
                          validate=p.get("validate", False))
        total = time.perf_counter() - t0
        t = done.timings
        return {"build_s": t["convert"] + t["merge and meetings"], "validate_s": t.get("validate", 0.0),
                "write_s": t["write"], "save_s": t["keep state"], "total_s": total, "convert_s": spent["s"],
                "triples": done.counts()["triples"], "bytes": out.stat().st_size, "converted": done.converted,
                "steps": 1, "bulk": True, "timings": t, "incremental": False,
                "violations": None if done.report is None else len(done.report.violations),
                "results": None if done.report is None else len(done.report.results)}
    t0 = time.perf_counter()
    steps = []
    built = build_in_steps(Path(p["corpus"]), None, jobs=p["jobs"], cache_dir=Path(p["cache_dir"]),
                           on_step=lambda done, left: steps.append(done))
    t1 = time.perf_counter()
    timing = {}

    def check():
        t = time.perf_counter()
        report = validate_build(built)
        timing["validate_s"] = time.perf_counter() - t
        return report

    # validation and writing overlap, as in the command
    report = buildstate.write_checked(built, out, check if p.get("validate") else None)
    t3 = time.perf_counter()
    buildstate.save(built, out, None if report is None else report.results)
    t4 = time.perf_counter()
    counts = built.counts()
    return {"build_s": t1 - t0, "validate_s": timing.get("validate_s", 0.0), "write_s": t3 - t1,
            "save_s": t4 - t3, "total_s": t4 - t0,
            "convert_s": spent["s"], "triples": counts["triples"], "bytes": out.stat().st_size,
            "converted": built.converted + (steps[-1] if steps else 0), "steps": len(steps) + 1,
            "incremental": built.previous is not None,
            "violations": None if report is None else len(report.violations)}


@stage
def stage_engine(p: dict) -> dict:
    """Load the Turtle, export it, run every saved query (median of several runs)."""
    from diplograph.query import saved as Q
    from diplograph.query.engines import OxigraphEngine, RdflibEngine
    from diplograph.vocab import PREFIXES

    ttl = Path(p["ttl"])
    disk = Path(p["directory"]) if p.get("directory") else None
    if disk is not None:
        shutil.rmtree(disk, ignore_errors=True)
    t0 = time.perf_counter()
    if p["engine"] == "rdflib":
        eng = RdflibEngine(ttl)
        triples = len(eng.graph)
    else:
        # on disk (a folder) when the graph would not fit in memory
        eng = OxigraphEngine(ttl, disk)
        triples = len(eng.store)
    load_s = time.perf_counter() - t0
    load_mb = peak_mb()

    t0 = time.perf_counter()
    if p["engine"] == "rdflib":
        exported = len(eng.graph.serialize(format="turtle").encode("utf-8"))
    else:
        from pyoxigraph import DefaultGraph, RdfFormat

        if disk is None:
            exported = len(eng.store.dump(format=RdfFormat.TURTLE, from_graph=DefaultGraph(),
                                          prefixes=dict(PREFIXES)))
        else:
            # a graph this large is exported to a file, not held as bytes
            target = disk.with_name(disk.name + "-export.ttl")
            eng.store.dump(str(target), format=RdfFormat.TURTLE, from_graph=DefaultGraph(),
                           prefixes=dict(PREFIXES))
            exported = target.stat().st_size
            target.unlink()
    export_s = time.perf_counter() - t0
    if disk is not None:
        # each query's child opens the store itself, read-only (a database open across a fork is unsafe)
        eng.store.flush()
        eng._store = None
        import gc

        gc.collect()

    def timed(text: str) -> dict:
        engine = eng if disk is None else OxigraphEngine(ttl, disk)
        if disk is not None:
            len(engine.store)
        return time_select(engine, text, p.get("repeats", QUERY_REPEATS))

    out = {}
    for q in Q.list_queries():
        # Each query in a forked child (the loaded graph is shared), so that one slow query
        # can be stopped at its timeout without losing the others.
        out[q.name] = in_child(timed, Q.bind(q), timeout=p.get("query_timeout", 60))
    if disk is not None:
        shutil.rmtree(disk, ignore_errors=True)
    return {"triples": triples, "load_s": load_s, "load_peak_mb": load_mb, "export_s": export_s,
            "export_bytes": exported, "queries": out, "on_disk": disk is not None}


def time_select(engine, text: str, repeats: int = QUERY_REPEATS) -> dict:
    """Median seconds of `engine.select(text)` over `repeats` runs (one run when the first took over SLOW)."""
    times, rows = [], 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        rows = len(engine.select(text).rows)
        times.append(time.perf_counter() - t0)
        if times[0] > SLOW:
            break
    return {"median_s": statistics.median(times), "runs": len(times), "rows": rows}


def _child(conn, fn, arg) -> None:
    try:
        result = fn(arg)
        result["peak_mb"] = peak_mb()
        conn.send(result)
    except BaseException as exc:  # reported to the parent, which carries on
        conn.send({"error": repr(exc)[:300]})
    finally:
        conn.close()


def in_child(fn, arg, *, timeout: float) -> dict:
    """fn(arg) in a forked process; {"timeout": timeout} if it takes longer."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, fn, arg))
    proc.start()
    child.close()
    if parent.poll(timeout):
        result = parent.recv()
        proc.join()
        return result
    proc.kill()
    proc.join()
    return {"timeout": timeout}


@stage
def stage_validate(p: dict) -> dict:
    """Full validation of the built graph: pySHACL (rdflib) or the compiled shapes (Oxigraph)."""
    ttl = Path(p["ttl"])
    if p["engine"] == "rdflib":
        import rdflib

        from diplograph.validation.shacl import validate_graph

        g = rdflib.Graph()
        g.parse(ttl, format="turtle")
        t0 = time.perf_counter()
        report = validate_graph(g)
        dt = time.perf_counter() - t0
        results = report.results
    else:
        from pyoxigraph import RdfFormat, Store

        from diplograph.validation.compiled import validate_fast_report

        store = Store()
        store.bulk_load(path=str(ttl), format=RdfFormat.TURTLE)
        t0 = time.perf_counter()
        results = validate_fast_report(store).results
        dt = time.perf_counter() - t0
    return {"seconds": dt, "results": len(results),
            "violations": sum(1 for r in results if r.severity == "Violation")}


def _synthetic_actors(n: int, seed: int = 0) -> str:
    """Turtle for n invented people and armed groups, unlike any real name."""
    import random

    import yaml

    genre = yaml.safe_load((HERE / "genre.yaml").read_text(encoding="utf-8"))
    rng = random.Random(f"lexicon:{seed}")
    given, parts, ends = genre["given_names"], genre["surname_parts"], [e for e in genre["surname_ends"] if e]
    seen: set[str] = set()
    lines = ["", "# Synthetic actors added by benchmarks/run.py", ""]
    states = ["afghanistan", "china", "russia", "pakistan", "iran", "uzbekistan", "tajikistan", "india"]
    while len(seen) < n:
        surname = rng.choice(parts) + rng.choice(parts).lower() + rng.choice(ends)
        if rng.random() < 0.85:
            name = f"{rng.choice(given)} {surname}"
            if name in seen:
                continue
            slug = name.lower().replace(" ", "-")
            lines.append(f'<https://w3id.org/diplograph/id/person/{slug}> a dg:Person, dg:Actor ; '
                         f'skos:prefLabel "{name}"@en ; rdfs:label "{name}"@en ; '
                         f'dg:affiliation <https://w3id.org/diplograph/id/state/{rng.choice(states)}> .')
        else:
            name = f"{surname} {rng.choice(['Front', 'Brigade', 'Movement', 'Battalion'])}"
            if name in seen:
                continue
            slug = name.lower().replace(" ", "-")
            lines.append(f'<https://w3id.org/diplograph/id/org/{slug}> a dg:ArmedGroup, dg:Organization, '
                         f'dg:Actor ; skos:prefLabel "{name}"@en ; rdfs:label "{name}"@en .')
        seen.add(name)
    return "\n".join(lines) + "\n"


@stage
def stage_lexicon(p: dict) -> dict:
    """Entity resolution as the actor lexicon grows: load time and conversion time per document."""
    home = Path(p["home"])
    if home.exists():
        shutil.rmtree(home)
    for folder in ("ontology", "lexicon"):
        if (ROOT / folder).is_dir():
            shutil.copytree(ROOT / folder, home / folder)
    actors = home / "ontology" / "actors.ttl"
    with open(actors, "a", encoding="utf-8") as fh:
        fh.write(_synthetic_actors(p["extra"]))
    os.environ["DIPLOGRAPH_HOME"] = str(home)
    from diplograph.extract.convert import convert_file, load_lexicon

    t0 = time.perf_counter()
    lex = load_lexicon(home)
    load_s = time.perf_counter() - t0
    paths = _docs(p["corpus"], p["sample"])
    t0 = time.perf_counter()
    for path in paths:
        convert_file(path, lex)
    dt = time.perf_counter() - t0
    entries = getattr(lex, "entries", None)
    return {"extra": p["extra"], "entries": len(entries) if entries is not None else None, "load_s": load_s,
            "ms_per_doc": 1000 * dt / len(paths), "docs": len(paths)}


STAGE_NAMES = list(STAGES)


def run_stage(name: str, params: dict, timeout: float | None = None) -> dict:
    """Run one stage in a new process; its dict gains wall_s and peak_mb (or timeout / error)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--stage", name, "--params", json.dumps(params)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, cwd=ROOT)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the stage's own process group, workers included
        proc.communicate()
        return {"timeout": timeout}
    if proc.returncode != 0:
        tail = " | ".join(err.strip().splitlines()[-3:])
        return {"error": f"exit {proc.returncode}: {tail}"}
    result = json.loads(out.strip().splitlines()[-1])
    result["wall_s"] = time.perf_counter() - t0
    return result


def stage_main(name: str, params: str) -> int:
    result = STAGES[name](json.loads(params))
    result["peak_mb"] = peak_mb()
    print(json.dumps(result))
    return 0


# ----- the measurements of one run --------------------------------------------

def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def corpus_for(work: Path, size: int, seed: int) -> Path:
    """A folder of `size` generated documents (reused when already complete)."""
    from generate_corpus import generate, load_pools

    folder = work / f"corpus-{seed}-{size}"
    if len(list(folder.glob("*.txt"))) != size:
        if folder.exists():
            shutil.rmtree(folder)
        generate(folder, size, seed=seed, pools=load_pools(seed=seed))
    return folder


def measure_size(work: Path, size: int, args) -> dict:
    from generate_corpus import generate, load_pools

    res: dict = {"docs": size}
    log(f"size {size}: generating the corpus")
    corpus = corpus_for(work, size, args.seed)
    limit1 = min(size, args.j1_limit) if args.j1_limit else size
    for jobs in ([] if args.builds_only else args.jobs):
        log(f"size {size}: converting with {jobs} process(es)")
        limit = limit1 if jobs == 1 else (min(size, args.convert_limit) if args.convert_limit else None)
        res[f"convert_j{jobs}"] = run_stage("convert", {"corpus": str(corpus), "jobs": jobs, "limit": limit},
                                            args.timeout)
    cache = work / f"cache-{args.seed}-{size}"
    shutil.rmtree(cache, ignore_errors=True)
    ttl = work / f"graph-{args.seed}-{size}.ttl"
    jobs = max(args.jobs)
    # The builds read a folder of hard links to the corpus, made before the first build: a link
    # made later changes the text's ctime, and the build then (rightly) reads the text again.
    plus = work / f"corpus-{args.seed}-{size}-plus1"
    shutil.rmtree(plus, ignore_errors=True)
    plus.mkdir()
    for f in corpus.glob("*.txt"):
        os.link(f, plus / f.name)
    log(f"size {size}: full build (cold cache, {jobs} processes)")
    res["build_cold"] = run_stage("build", {"corpus": str(plus), "jobs": jobs, "cache_dir": str(cache),
                                            "out": str(ttl), "validate": True}, args.timeout)
    log(f"size {size}: full build (warm cache)")
    scratch = work / f"graph-{args.seed}-{size}-scratch.ttl"
    res["build_warm"] = run_stage("build", {"corpus": str(plus), "jobs": jobs, "cache_dir": str(cache),
                                            "out": str(scratch), "validate": True}, args.timeout)
    # One more document beside the built ones.
    generate(plus, 1, seed=args.seed, start=size, pools=load_pools(seed=args.seed))
    log(f"size {size}: adding one document")
    res["add_one"] = run_stage("build", {"corpus": str(plus), "jobs": jobs, "cache_dir": str(cache),
                                         "out": str(scratch), "validate": True}, args.timeout)
    shutil.rmtree(plus, ignore_errors=True)
    scratch.unlink(missing_ok=True)
    if not ttl.exists() or args.builds_only:
        shutil.rmtree(cache, ignore_errors=True)
        return res
    if size in args.commands_sizes:
        log(f"size {size}: the commands, each as a whole process (benchmarks/commands.py)")
        res["commands"] = measure_commands(ttl, args)
    triples = val(res, "build_cold", "triples") or 0
    if args.store_limit and triples > args.store_limit:
        # an in-memory store of the whole graph: ~0.6 GB a million triples in Oxigraph, twice that in rdflib
        why = (f"{triples:,} triples: a store of the whole graph in memory would need about "
               f"{triples * 600 / 1e9:.0f} GB (Oxigraph) to {triples * 1200 / 1e9:.0f} GB (rdflib); "
               f"over --store-limit {args.store_limit:,}")
        log(f"size {size}: rdflib, pySHACL and in-memory stores not run ({why})")
        for k in ("engine_rdflib", "validate_rdflib"):
            res[k] = {"skipped": why}
        # the build's own validation, in batches, is the full validation at this size
        res["validate_oxigraph"] = {"in_build": True, "seconds": val(res, "build_cold", "validate_s"),
                                    "peak_mb": val(res, "build_cold", "peak_mb"),
                                    "results": val(res, "build_cold", "results"),
                                    "violations": val(res, "build_cold", "violations")}
        log(f"size {size}: oxigraph on disk: load, export, queries")
        res["engine_oxigraph"] = run_stage("engine", {"ttl": str(ttl), "engine": "oxigraph",
                                                      "directory": str(work / f"store-{args.seed}-{size}"),
                                                      "query_timeout": args.query_timeout}, args.timeout)
        if not args.keep:
            shutil.rmtree(cache, ignore_errors=True)
        return res
    for engine in ("rdflib", "oxigraph"):
        log(f"size {size}: {engine}: load, export, queries")
        res[f"engine_{engine}"] = run_stage("engine", {"ttl": str(ttl), "engine": engine,
                                                       "query_timeout": args.query_timeout}, args.timeout)
        log(f"size {size}: {engine}: validation")
        timeout = args.shacl_timeout if engine == "rdflib" else args.timeout
        res[f"validate_{engine}"] = run_stage("validate", {"ttl": str(ttl), "engine": engine}, timeout)
    if not args.keep:
        shutil.rmtree(cache, ignore_errors=True)
    return res


def measure_commands(ttl: Path, args) -> dict:
    """benchmarks/commands.py on the built graph: its table (command figures, peak memory, engine
    figures), in its own process so that the timings are of processes started from a quiet one."""
    table = ttl.with_name(ttl.stem + "-commands.md")
    cmd = [sys.executable, str(HERE / "commands.py"), "--graph", str(ttl), "--runs", str(args.command_runs),
           "--out", str(table)]
    if args.commands_reference:
        cmd += ["--reference", "all"]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=args.timeout)
    except subprocess.TimeoutExpired:
        return {"timeout": args.timeout}
    if proc.returncode != 0 or not table.exists():
        return {"error": proc.stderr.strip()[-300:]}
    return {"table": table.read_text(encoding="utf-8")}


def measure_lexicon(work: Path, args) -> list[dict]:
    corpus = corpus_for(work, args.lexicon_sample, args.seed)
    rows = []
    for extra in args.lexicon_sizes:
        log(f"lexicon: {extra} extra actors")
        params = {"home": str(work / f"home-{extra}"), "extra": extra, "corpus": str(corpus),
                  "sample": args.lexicon_sample}
        rows.append(run_stage("lexicon", params, args.timeout))
        shutil.rmtree(work / f"home-{extra}", ignore_errors=True)
    return rows


def measure_cold_query(work: Path, args) -> dict:
    """`diplograph query timeline` on the seed graph, from a cold start of the command."""
    seeds_ttl = work / "seeds.ttl"
    params = {"corpus": str(ROOT / "seeds"), "jobs": 1, "cache_dir": str(work / "cache-seeds"),
              "out": str(seeds_ttl)}
    built = run_stage("build", params, args.timeout)
    if "error" in built or not seeds_ttl.exists():
        return {"error": built.get("error", "no seed graph")}
    exe = Path(sys.executable).parent / "diplograph"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "diplograph.cli"]
    out = {}
    for store in ("oxigraph", "rdflib"):
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            proc = subprocess.run([*cmd, "query", "timeline", "--graph", str(seeds_ttl), "--store", store],
                                  capture_output=True, text=True, cwd=ROOT)
            times.append(time.perf_counter() - t0)
            if proc.returncode != 0:
                return {"error": proc.stderr.strip()[-300:]}
        out[store] = statistics.median(times)
    return out


# ----- reporting --------------------------------------------------------------

def fmt_s(x) -> str:
    if x is None:
        return "–"
    if x >= 100:
        return f"{x:.0f} s"
    if x >= 1:
        return f"{x:.2f} s"
    return f"{x * 1000:.0f} ms" if x >= 0.01 else f"{x * 1000:.1f} ms"


def val(d: dict | None, *keys):
    for k in keys:
        if not isinstance(d, dict) or k not in d:
            return None
        d = d[k]
    return d


def cell_time(stage_result: dict | None, *keys) -> str:
    if isinstance(stage_result, dict) and "skipped" in stage_result:
        return "not run"
    if isinstance(stage_result, dict) and "timeout" in stage_result:
        return f"> {stage_result['timeout']:.0f} s (timeout)"
    if isinstance(stage_result, dict) and "error" in stage_result:
        return "error"
    return fmt_s(val(stage_result, *keys))


def ratio(slow, fast) -> str:
    if slow is None or fast is None or fast <= 0:
        return "–"
    return f"{slow / fast:.1f}×"


def timeout_or(stage_result: dict | None, *keys):
    """A time, or for a timed-out stage its timeout (a lower bound)."""
    if isinstance(stage_result, dict) and "timeout" in stage_result:
        return stage_result["timeout"]
    return val(stage_result, *keys)


def targets(results: dict, sizes: list[int]) -> list[tuple[str, str, bool | None]]:
    rows: list[tuple[str, str, bool | None]] = []
    if not sizes:
        return rows
    largest = max(sizes)
    r = results["sizes"][str(largest)]
    j1 = val(r, "convert_j1", "docs_per_s")
    j2 = val(r, "convert_j2", "docs_per_s")
    if j1 is not None:
        rows.append(("Conversion ≥ 100 documents/s per core (500-word documents)",
                     f"{j1:.0f} docs/s with 1 process", j1 >= 100))
    if j1 and j2:
        rows.append(("`--jobs 2` close to twice one process (≥ 1.8×)", f"{j2:.0f} docs/s, {j2 / j1:.2f}×",
                     j2 / j1 >= 1.8))
    # The query, validation and export targets are set at about a million triples: judged at the
    # measured size nearest to that (a larger size is in the tables, and shows how the cost grows).
    near = min(sizes, key=lambda s: abs(math.log((val(results["sizes"][str(s)], "engine_oxigraph", "triples")
                                                  or 1) / 1e6)))
    # the target for adding a document is set at 10,000 documents; larger sizes are in the table
    add_at = 10_000 if "10000" in results["sizes"] else largest
    r_add, r = results["sizes"][str(add_at)], results["sizes"][str(near)]
    triples = val(r, "engine_oxigraph", "triples")
    at = f" (at {triples:,} triples, {near:,} documents)" if triples else ""
    ox_q = val(r, "engine_oxigraph", "queries") or {}
    rd_q = val(r, "engine_rdflib", "queries") or {}
    if ox_q:
        qt = {k: timeout_or(v, "median_s") for k, v in ox_q.items()}
        qt = {k: v for k, v in qt.items() if v is not None}
        worst = max(qt, key=qt.get)
        slow = [k for k, v in sorted(qt.items()) if v >= 1]
        rows.append((f"Every saved query < 1 s median on Oxigraph{at}",
                     f"slowest {worst}: {cell_time(ox_q[worst], 'median_s')}"
                     + (f"; over 1 s: {', '.join(slow)}" if slow else ""), not slow))
        ratios = {}
        for k, v in ox_q.items():
            a, b = timeout_or(rd_q.get(k), "median_s"), val(v, "median_s")
            if a is not None and b:
                ratios[k] = a / b
        if ratios:
            low = min(ratios, key=ratios.get)
            under = [k for k, x in sorted(ratios.items()) if x < 10]
            rows.append((f"Each query ≥ 10× faster than rdflib{at}",
                         f"smallest ratio {ratios[low]:.1f}× ({low})"
                         + (f"; under 10×: {', '.join(under)}" if under else ""), not under))
    v_ox = r.get("validate_oxigraph", {})
    v_rd = r.get("validate_rdflib", {})
    if "seconds" in v_ox:
        rows.append((f"Full validation < 30 s, < 2 GB peak{at}",
                     f"{fmt_s(v_ox['seconds'])}, {v_ox['peak_mb']:.0f} MB peak (process incl. load)",
                     v_ox["seconds"] < 30 and v_ox["peak_mb"] < 2048))
        slow = timeout_or(v_rd, "seconds")
        if slow is not None:
            lower = " (pySHACL timed out: lower bound)" if "timeout" in v_rd else ""
            rows.append((f"Validation ≥ 10× faster than pySHACL{at}", f"{slow / v_ox['seconds']:.0f}×{lower}",
                         slow / v_ox["seconds"] >= 10))
    e_ox, e_rd = val(r, "engine_oxigraph", "export_s"), val(r, "engine_rdflib", "export_s")
    if e_ox is not None:
        rows.append((f"Turtle export < 5 s{at}", fmt_s(e_ox), e_ox < 5))
        if e_rd:
            rows.append((f"Export ≥ 10× faster than rdflib{at}", f"{e_rd / e_ox:.0f}×", e_rd / e_ox >= 10))
    add = val(r_add, "add_one", "total_s")
    if add is not None:
        rows.append((f"Adding one document to a {add_at:,}-document build < 2 s "
                     "(build, validate, write Turtle, keep the state)",
                     f"{fmt_s(add)} (build {fmt_s(val(r_add, 'add_one', 'build_s'))}, validate "
                     f"{fmt_s(val(r_add, 'add_one', 'validate_s'))} while writing, both "
                     f"{fmt_s(val(r_add, 'add_one', 'write_s'))}; {val(r_add, 'add_one', 'converted')} converted)",
                     add < 2))
    cold = results.get("cold_query", {})
    if "oxigraph" in cold:
        rows.append(("`diplograph query` on the seed graph < 1 s from a cold start",
                     f"{fmt_s(cold['oxigraph'])} (Oxigraph), {fmt_s(cold.get('rdflib'))} (rdflib)",
                     cold["oxigraph"] < 1))
    if triples and triples < 900_000:
        rows = [(t, m + ("" if "triples" not in t else " — below the 1M-triple size of the target"), ok)
                for t, m, ok in rows]
    return rows


def write_markdown(results: dict, path: Path) -> None:
    sizes = results["size_list"]
    L = ["# diplograph benchmark results", "",
         f"Generated by `benchmarks/run.py` on {results['date']} (UTC): {results['machine']}. "
         f"Sizes measured: {', '.join(f'{s:,}' for s in sizes)} documents (seed {results['seed']}). "
         "Every stage ran in its own process; peak memory is that process's maximum resident set "
         "(including its worker processes). Query times are medians of "
         f"{QUERY_REPEATS} runs (one run when the first took over {SLOW:.0f} s); a query still running at "
         "its timeout is shown as \"> N s (timeout)\" and its ratio is then a lower bound.", "",
         *([f"Note: {results['note']}.", ""] if results.get("note") else []),
         *[line for n in results.get("notes", []) for line in (f"Note: {n}.", "")],
         "## Conversion and build", "",
         "| documents | triples | Turtle | convert, 1 process | convert, 2 processes | speed-up | "
         "build (cold) | build (cached) | add one document | build peak memory |",
         "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for s in sizes:
        r = results["sizes"][str(s)]
        j1, j2 = val(r, "convert_j1", "docs_per_s"), val(r, "convert_j2", "docs_per_s")
        tb = val(r, "build_cold", "bytes")
        L.append(" | ".join([
            f"| {s:,}", f"{val(r, 'build_cold', 'triples') or 0:,}", f"{tb / 1e6:.1f} MB" if tb else "–",
            f"{j1:.0f} docs/s" if j1 else cell_time(r.get("convert_j1")),
            f"{j2:.0f} docs/s" if j2 else cell_time(r.get("convert_j2")),
            f"{j2 / j1:.2f}×" if j1 and j2 else "–",
            cell_time(r.get("build_cold"), "total_s") + (
                f" ({val(r, 'build_cold', 'steps')} steps)" if (val(r, "build_cold", "steps") or 1) > 1 else
                " (one pass)" if val(r, "build_cold", "bulk") else ""),
            cell_time(r.get("build_warm"), "total_s"),
            cell_time(r.get("add_one"), "total_s"),
            f"{val(r, 'build_cold', 'peak_mb') or 0:.0f} MB |"]))
    L += ["", "Each build is what `diplograph build --cache-dir` does, in-process: build, validate, write "
          "Turtle, keep the state for the next build. \"build (cold)\" starts with an empty cache; "
          "\"build (cached)\" runs again on the same texts; \"add one document\" runs on the corpus "
          "plus one new text, after the cold build (one conversion; merging goes on from the kept state, "
          "as the new text's name sorts last; only the changed segments written and validated). A cold "
          "build of more than 5,000 texts runs in one pass in bounded memory (`diplograph.build.bulk`, "
          "\"one pass\": converted 2,500 at a time, merged once, validated in batches); a figure "
          "marked \"steps\" was measured when such builds ran as incremental builds of 5,000 new "
          "texts each (`diplograph.build.steps`).", ""]
    L += ["## Default engine (rdflib, pySHACL) and Oxigraph, side by side", ""]
    for s in sizes:
        r = results["sizes"][str(s)]
        rd, ox = r.get("engine_rdflib", {}), r.get("engine_oxigraph", {})
        vr, vo = r.get("validate_rdflib", {}), r.get("validate_oxigraph", {})
        triples = val(ox, 'triples') or val(rd, 'triples') or val(r, 'build_cold', 'triples') or 0
        L += [f"### {s:,} documents, {triples:,} triples", ""]
        if "skipped" in ox:
            L += [f"Not run: {ox['skipped']}. The build, its incremental validation and the Turtle it writes "
                  "do not need such a store (see above).", ""]
            continue
        if "skipped" in rd:
            L += [f"rdflib and pySHACL not run: {rd['skipped']}. Oxigraph's store is on disk (a folder, "
                  "loaded with `bulk_load`), each query run in a process that opens it read-only; the "
                  "validation is the bulk build's own, in batches, in the build's process "
                  "(`diplograph.build.bulk`).", ""]
        where = " (on disk)" if ox.get("on_disk") else ""
        L += [f"| stage | rdflib / pySHACL | Oxigraph{where} | ratio |", "|---|---:|---:|---:|"]
        L.append(f"| load Turtle | {cell_time(rd, 'load_s')} | {cell_time(ox, 'load_s')} | "
                 f"{ratio(val(rd, 'load_s'), val(ox, 'load_s'))} |")
        L.append(f"| export Turtle | {cell_time(rd, 'export_s')} | {cell_time(ox, 'export_s')} | "
                 f"{ratio(val(rd, 'export_s'), val(ox, 'export_s'))} |")
        L.append(f"| validate (all shapes) | {cell_time(vr, 'seconds')} | {cell_time(vo, 'seconds')} | "
                 f"{ratio(timeout_or(vr, 'seconds'), val(vo, 'seconds'))} |")
        for q in sorted(set(val(ox, "queries") or {}) | set(val(rd, "queries") or {})):
            qa, qb = val(rd, "queries", q), val(ox, "queries", q)
            L.append(f"| query `{q}` | {cell_time(qa, 'median_s')} | {cell_time(qb, 'median_s')} | "
                     f"{ratio(timeout_or(qa, 'median_s'), val(qb, 'median_s'))} |")
        L.append(f"| peak memory: load, export, queries | {val(rd, 'peak_mb') or 0:.0f} MB | "
                 f"{val(ox, 'peak_mb') or 0:.0f} MB | {ratio(val(rd, 'peak_mb'), val(ox, 'peak_mb'))} |")
        L.append(f"| peak memory: load and validate | {val(vr, 'peak_mb') or 0:.0f} MB | "
                 f"{val(vo, 'peak_mb') or 0:.0f} MB | {ratio(val(vr, 'peak_mb'), val(vo, 'peak_mb'))} |")
        if "results" in vr or "results" in vo:
            L.append(f"| validation results (violations) | {val(vr, 'results')} ({val(vr, 'violations')}) | "
                     f"{val(vo, 'results')} ({val(vo, 'violations')}) | |")
        L.append("")
    timed = [s for s in sizes if "commands" in results["sizes"][str(s)]]
    if timed:
        L += ["## The commands a user runs, each as a whole process", "",
              "`diplograph ...` in a process of its own, as a user types it (benchmarks/commands.py): one "
              "warm-up, then the median of several runs and the largest peak memory, beside the same work "
              "done by the engine inside one process on a graph already loaded. The first query after a "
              "change of the graph loads the store beside it; a saved query's figure is after its own "
              "first run on that store, which computes and keeps its answer (shown as \"first run\" where "
              "measured). What each round of issue 18 changed, and tried: "
              "[results-commands.md](results-commands.md).", ""]
        for s in timed:
            c = results["sizes"][str(s)]["commands"]
            L += [f"### {s:,} documents", "", c["table"].strip() if "table" in c else cell_time(c), ""]
    lex = results.get("lexicon") or []
    if lex:
        L += ["## Entity resolution as the actor lexicon grows", "",
              f"Synthetic people and armed groups appended to `ontology/actors.ttl`; conversion of the same "
              f"{lex[0].get('docs', '?')} documents with each lexicon (one process).", "",
              "| extra actors | lexicon entries | load lexicon | conversion per document | peak memory |",
              "|---:|---:|---:|---:|---:|"]
        for x in lex:
            if "error" in x or "timeout" in x:
                L.append(f"| {x.get('extra', '?')} | {cell_time(x)} | | | |")
                continue
            L.append(f"| {x['extra']:,} | {x['entries'] if x['entries'] is not None else '–'} | "
                     f"{fmt_s(x['load_s'])} | {x['ms_per_doc']:.1f} ms | {x['peak_mb']:.0f} MB |")
        L.append("")
    L += ["## Targets of issue 6", "", "| target | measured | verdict |", "|---|---|---|"]
    for t, m, ok in results["targets"]:
        L.append(f"| {t} | {m} | {'PASS' if ok else 'FAIL'} |")
    L += ["", "![time against corpus size](growth.png)", ""]
    path.write_text("\n".join(L), encoding="utf-8")


def plot(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = results["size_list"]
    series = {
        "convert, 1 process": ("convert_j1", "seconds"),
        "convert, 2 processes": ("convert_j2", "seconds"),
        "build (cold, 2 processes)": ("build_cold", "total_s"),
        "add one document": ("add_one", "total_s"),
        "rdflib: load Turtle": ("engine_rdflib", "load_s"),
        "Oxigraph: load Turtle": ("engine_oxigraph", "load_s"),
        "rdflib: export Turtle": ("engine_rdflib", "export_s"),
        "Oxigraph: export Turtle": ("engine_oxigraph", "export_s"),
        "pySHACL: validate": ("validate_rdflib", "seconds"),
        "fastvalidate: validate": ("validate_oxigraph", "seconds"),
    }
    fig, ax = plt.subplots(figsize=(9, 6))
    for label, keys in series.items():
        xs, ys = [], []
        for s in sizes:
            r = results["sizes"][str(s)]
            if keys[0].startswith("convert_"):
                y = val(r, *keys)
                n = val(r, keys[0], "docs")
                if y is not None and n and n != s:
                    y = y * s / n  # timed on a sample: scaled to the corpus
            else:
                y = val(r, *keys)
            if y:
                xs.append(s)
                ys.append(y)
        if xs:
            style = "--" if label.startswith(("rdflib", "pySHACL")) else "-"
            ax.plot(xs, ys, style, marker="o", label=label)
    for engine, style in (("rdflib", "--"), ("oxigraph", "-")):
        xs, ys = [], []
        for s in sizes:
            q = val(results["sizes"][str(s)], f"engine_{engine}", "queries") or {}
            times = [timeout_or(v, "median_s") for v in q.values()]
            times = [t for t in times if t is not None]
            if times:
                xs.append(s)
                ys.append(statistics.median(times))
        if xs:
            ax.plot(xs, ys, style, marker="s", label=f"{'rdflib' if engine == 'rdflib' else 'Oxigraph'}: "
                                                     "median over the saved queries")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("corpus size (documents)")
    ax.set_ylabel("time (s)")
    on_disk = [f"{s:,}" for s in sizes if val(results["sizes"][str(s)], "engine_oxigraph", "on_disk")]
    ax.set_title("diplograph: time against corpus size"
                 + (f"\n(Oxigraph's store on disk at {', '.join(on_disk)} documents)" if on_disk else ""))
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8, loc="upper left")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def print_summary(results: dict) -> None:
    for s in results["size_list"]:
        r = results["sizes"][str(s)]
        print(f"\n== {s:,} documents, {val(r, 'build_cold', 'triples') or 0:,} triples")
        for j in (1, 2):
            x = r.get(f"convert_j{j}", {})
            if "docs_per_s" in x:
                print(f"conversion, {j} process(es): {x['docs_per_s']:.0f} docs/s "
                      f"({x['docs_per_s'] / j:.0f} per core), peak {x['peak_mb']:.0f} MB")
        print(f"build cold {cell_time(r.get('build_cold'), 'total_s')}, "
              f"cached {cell_time(r.get('build_warm'), 'total_s')}, "
              f"add one {cell_time(r.get('add_one'), 'total_s')}")
        rd, ox = r.get("engine_rdflib", {}), r.get("engine_oxigraph", {})
        print(f"{'':28}{'rdflib/pySHACL':>18}{'Oxigraph':>14}{'ratio':>9}")
        rows = [("load", val(rd, "load_s"), val(ox, "load_s")),
                ("export", val(rd, "export_s"), val(ox, "export_s")),
                ("validate", timeout_or(r.get("validate_rdflib"), "seconds"),
                 val(r.get("validate_oxigraph"), "seconds"))]
        for q in sorted(val(ox, "queries") or {}):
            rows.append((f"query {q}", timeout_or(val(rd, "queries", q), "median_s"),
                         timeout_or(val(ox, "queries", q), "median_s")))
        for name, a, b in rows:
            print(f"{name:28}{fmt_s(a):>18}{fmt_s(b):>14}{ratio(a, b):>9}")
        print(f"{'peak memory (MB)':28}{val(rd, 'peak_mb') or 0:>18.0f}{val(ox, 'peak_mb') or 0:>14.0f}")
    if results.get("lexicon"):
        print("\nentity resolution as the lexicon grows:")
        for x in results["lexicon"]:
            if "ms_per_doc" in x:
                print(f"  +{x['extra']:>7,} actors: load {fmt_s(x['load_s'])}, "
                      f"{x['ms_per_doc']:.1f} ms per document")
    print("\ntargets:")
    for t, m, ok in results["targets"]:
        print(f"  {'PASS' if ok else 'FAIL'}  {t}: {m}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000", help="corpus sizes in documents, comma-separated")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", default="1,2", help="process counts to time conversion with")
    ap.add_argument("--j1-limit", type=int, default=5000,
                    help="time one-process conversion on at most this many documents (0: all)")
    ap.add_argument("--lexicon-sizes", default="0,1000,10000", help="synthetic actors added to the lexicon")
    ap.add_argument("--lexicon-sample", type=int, default=100, help="documents converted per lexicon size")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds allowed to any one stage")
    ap.add_argument("--shacl-timeout", type=float, default=600, help="seconds allowed to pySHACL")
    ap.add_argument("--query-timeout", type=float, default=60, help="seconds allowed to one saved query")
    ap.add_argument("--convert-limit", type=int, default=0,
                    help="time conversion with several processes on at most this many documents (0: all)")
    ap.add_argument("--store-limit", type=int, default=20_000_000,
                    help="do not load graphs of more triples than this into a whole-graph store (engines, "
                         "full validation): their memory would exceed this machine's (0: no limit)")
    ap.add_argument("--builds-only", action="store_true",
                    help="measure only the builds (cold, cached, add one) of these sizes, and keep every other "
                         "figure of the earlier results.json (implies --merge)")
    ap.add_argument("--merge", action="store_true",
                    help="keep the sizes of an earlier results.json that this run does not measure")
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "bench", help="scratch folder")
    ap.add_argument("--out", type=Path, default=HERE, help="where results.md, results.json, growth.png go")
    ap.add_argument("--keep", action="store_true", help="keep the caches of the scratch folder")
    ap.add_argument("--commands", choices=["none", "largest", "all"], default="largest",
                    help="time the commands a user runs, each as a whole process, on the graph of the largest "
                         "size (default), of every size, or not at all")
    ap.add_argument("--command-runs", type=int, default=3, help="timed runs of each command, after a warm-up")
    ap.add_argument("--commands-reference", action="store_true",
                    help="and the rdflib/pySHACL path beside them, once each (minutes at a million triples)")
    ap.add_argument("--commands-from", type=Path, metavar="TABLE",
                    help="measure nothing: put this table of benchmarks/commands.py (its --out) into the "
                         "results of the one size given, beside its other figures (implies --merge)")
    ap.add_argument("--stage", choices=STAGE_NAMES, help=argparse.SUPPRESS)
    ap.add_argument("--params", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.stage:
        return stage_main(args.stage, args.params)
    sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())
    args.jobs = sorted({int(j) for j in args.jobs.split(",")})
    args.lexicon_sizes = [int(x) for x in args.lexicon_sizes.split(",") if x.strip()]
    args.commands_sizes = {"none": set(), "all": set(sizes), "largest": set(sizes[-1:])}[args.commands]
    args.work.mkdir(parents=True, exist_ok=True)

    import pyoxigraph
    import pyshacl
    import rdflib

    results: dict = {
        "date": time.strftime("%Y-%m-%d %H:%M", time.gmtime()), "seed": args.seed, "size_list": sizes,
        "machine": f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}, "
                   f"rdflib {rdflib.__version__}, pySHACL {pyshacl.__version__}, "
                   f"pyoxigraph {getattr(pyoxigraph, '__version__', '?')}",
        "sizes": {},
    }
    previous = args.out / "results.json"
    args.merge = args.merge or args.builds_only or args.commands_from is not None
    if args.merge and previous.exists():
        old = json.loads(previous.read_text(encoding="utf-8"))
        results["sizes"] = old.get("sizes", {})
        results["lexicon"] = old.get("lexicon")
        results["cold_query"] = old.get("cold_query", {})
        results["notes"] = old.get("notes", [])
        results["date"] = old.get("date", results["date"])
    requested = sizes
    sizes = sorted(set(sizes) | {int(x) for x in results["sizes"]})
    if args.commands_from is not None:
        if len(requested) != 1:
            ap.error("--commands-from takes the one size its graph was built from (--sizes N)")
        size = requested[0]
        results["sizes"].setdefault(str(size), {})["commands"] = {
            "table": args.commands_from.read_text(encoding="utf-8")}
        said = f"the commands at {size:,} documents timed"
        results["notes"] = [n for n in results.get("notes", []) if not n.startswith(said)]
        results["notes"].append(
            f"{said} by benchmarks/commands.py on "
            f"{time.strftime('%Y-%m-%d', time.gmtime(args.commands_from.stat().st_mtime))}, as its table says")
        _save(results, args, sizes)
        return 0
    # The quick measurements first, so that a run stopped during a large size keeps them.
    if args.lexicon_sizes:
        results["lexicon"] = measure_lexicon(args.work, args)
    log("cold start of `diplograph query`")
    results["cold_query"] = measure_cold_query(args.work, args)
    _save(results, args, sizes)
    for size in requested:
        if args.builds_only:
            results["sizes"].setdefault(str(size), {}).update(measure_size(args.work, size, args))
            results.setdefault("notes", []).append(
                f"builds at {size:,} documents re-measured on {time.strftime('%Y-%m-%d %H:%M', time.gmtime())}")
        else:
            results["sizes"][str(size)] = measure_size(args.work, size, args)
            if args.merge:
                # the notes on this size's earlier figures no longer apply
                results["notes"] = [n for n in results.get("notes", []) if f" {size:,} documents" not in n]
                results["notes"].append(f"every figure at {size:,} documents measured on "
                                        f"{time.strftime('%Y-%m-%d %H:%M', time.gmtime())}")
        _save(results, args, sizes)  # keep what is measured even if a later size is stopped
    print_summary(results)
    return 0


def _save(results: dict, args, sizes: list[int]) -> None:
    measured = [s for s in sizes if str(s) in results["sizes"]]
    results["size_list"] = measured
    results["targets"] = targets(results, measured)
    args.out.mkdir(parents=True, exist_ok=True)
    text = json.dumps(results, indent=1, sort_keys=True) + "\n"
    (args.out / "results.json").write_text(text, encoding="utf-8")
    write_markdown(results, args.out / "results.md")
    try:
        plot(results, args.out / "growth.png")
    except ImportError:
        log("matplotlib is missing: no plot (pip install matplotlib)")


if __name__ == "__main__":
    sys.exit(main())
