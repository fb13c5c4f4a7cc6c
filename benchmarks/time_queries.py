"""Time the saved queries alone, on one built graph, with one engine.

    python benchmarks/time_queries.py --graph g.ttl                      # Oxigraph, every query
    python benchmarks/time_queries.py --graph g.ttl --engine rdflib --timeout 30
    python benchmarks/time_queries.py --graph g.ttl --queries old/ --names conflicts,urged

benchmarks/run.py times the queries only inside a whole run (generate, convert,
build, validate, ...); this loads the graph once and times each query as
run.py does: the query bound with its default parameters, `Engine.select`
(rows converted to rdflib terms), median of QUERY_REPEATS runs (one run when the
first took over SLOW seconds), each query in a forked child so that one can be
stopped at --timeout. --queries times another folder of .rq files on the same
graph (the queries before a change, say). Prints one line per query.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import in_child, time_select  # noqa: E402


def main() -> None:
    from diplograph.query import saved as Q
    from diplograph.query.engines import OxigraphEngine, RdflibEngine

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--graph", type=Path, required=True, help="a built graph (Turtle)")
    ap.add_argument("--engine", choices=("oxigraph", "rdflib"), default="oxigraph")
    ap.add_argument("--queries", type=Path, default=None, help="folder of .rq files (default: queries/)")
    ap.add_argument("--names", default="", help="only these queries, comma-separated")
    ap.add_argument("--timeout", type=float, default=30, help="seconds allowed to one query")
    args = ap.parse_args()

    t0 = time.perf_counter()
    engine = RdflibEngine(args.graph) if args.engine == "rdflib" else OxigraphEngine(args.graph)
    triples = engine.triples()
    print(f"# {args.engine}: {triples:,} triples loaded in {time.perf_counter() - t0:.1f} s", flush=True)

    wanted = set(filter(None, args.names.split(",")))
    for query in Q.list_queries(args.queries):
        if wanted and query.name not in wanted:
            continue
        result = in_child(lambda text: time_select(engine, text), Q.bind(query), timeout=args.timeout)
        if "timeout" in result:
            print(f"{query.name:28s} > {args.timeout:g} s (timeout)", flush=True)
        elif "error" in result:
            print(f"{query.name:28s} error: {result['error']}", flush=True)
        else:
            print(f"{query.name:28s} {result['median_s'] * 1000:10.1f} ms  runs {result['runs']}"
                  f"  rows {result['rows']}", flush=True)


if __name__ == "__main__":
    main()
