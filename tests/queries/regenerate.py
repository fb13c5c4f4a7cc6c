"""Write the expected result of every saved report query, on the fixture graph and on the seed graph.

Run from the repository root, then READ the diff before committing: an
expectation is a reviewed answer, not a snapshot to accept blindly.

    .venv/bin/python tests/queries/regenerate.py            # both graphs
    .venv/bin/python tests/queries/regenerate.py fixture    # only the fixture graph

The files are SPARQL 1.1 JSON results, indented, one per query:
tests/queries/expected/{fixture,seed}/NAME.json. Check queries (check-*.rq)
have none: they must return no rows.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def expectation_text(rows) -> str:
    from diplograph.query.formats import to_json

    return json.dumps(json.loads(to_json(rows)), indent=1, ensure_ascii=False) + "\n"


def write_expectations(graph: Path, out_dir: Path) -> None:
    from diplograph.fileio import atomic_write_text
    from diplograph.query.engines import RdflibEngine
    from diplograph.query.saved import list_queries, run

    engine = RdflibEngine(graph)
    for query in list_queries(checks=False):
        rows = run(query, engine)
        atomic_write_text(out_dir / f"{query.name}.json", expectation_text(rows))
        print(f"{out_dir.name}/{query.name}.json: {len(rows.rows)} rows")


def build_seed_graph(target: Path) -> Path:
    from diplograph.build import build_graph

    graph = build_graph(ROOT / "seeds", None)
    graph.serialize(target, format="turtle")
    return target


def main(argv: list[str]) -> None:
    which = argv or ["fixture", "seed"]
    if "fixture" in which:
        write_expectations(HERE / "fixture.ttl", HERE / "expected" / "fixture")
    if "seed" in which:
        with tempfile.TemporaryDirectory() as tmp:
            graph = build_seed_graph(Path(tmp) / "seed.ttl")
            write_expectations(graph, HERE / "expected" / "seed")


if __name__ == "__main__":
    main(sys.argv[1:])
