"""Answers of the saved queries, kept beside the default engine's store of a large graph.

At a million triples most saved queries cost between a fifth of a second and
more than a second however they are written: `topic-stances` and `urged`
join a row per stance and evidence span to holders, types, dates and quotes;
`check-evidence-offsets` reads every quote and its document's text;
`stance-matrix` groups 170,000 rows; `designation-gaps` makes 78,000. The
store beside a large graph (query/cache.py) never changes once loaded, and a
saved query's answer depends on nothing but the store and its text, so each
is computed once: the first run of a saved query's text on that store keeps
its rows beside the store, as a file of SPARQL TSV results, and every later
run of the same text reads that file (`answer`) instead of querying.

Kept on a query's first run, not when the store is loaded: keeping the
answers of five queries at the load made the first query after a change of
the graph take 17 s instead of 9 s, and a user who runs one query should not
pay for the others. Only the saved queries of queries/ are kept (saved.py
asks for it): a query file of one's own may ask for NOW() or RAND(), whose
answer is not the store's alone.

As a file rather than as triples in a named graph of the store: written in
the time the query takes (the 476,000 quads of four of the answers took 4.3 s
more at the load, and the larger store cost every other command 20 ms to
open), and read back in 0.13 s for 78,099 rows, where the quads took 0.6 s.

Why the answer is always the query's: the rows kept are the rows Oxigraph
gave for that text on that graph, and TSV results write every term as it is
(IRI, datatype, language tag). They are found by the SHA-256 of the query
text as run, so an edited query, or other parameters, finds no answer until
it has run once; the store's folder is named after the graph's content
(cache.py), so a changed graph starts with no answers.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from ..fileio import atomic_write_bytes

if TYPE_CHECKING:
    import pyoxigraph as ox

# a change to how answers are kept changes the name of every store (cache.py)
LAYOUT = "4"


def key(sparql: str) -> str:
    return hashlib.sha256(sparql.encode("utf-8")).hexdigest()


def keep(folder: Path, sparql: str, result: ox.QuerySolutions) -> ox.QuerySolutions:
    """Keep `result`, the rows `sparql` gave, in `folder`, and give them back to be read as the
    query's answer. A folder that cannot be written keeps nothing: the rows are still given."""
    import pyoxigraph as ox

    data = result.serialize(format=ox.QueryResultsFormat.TSV)
    assert data is not None  # with no output given, serialize returns the bytes
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # renamed into place whole: a process reading it at the same moment finds all of it or none
        atomic_write_bytes(folder / f"{key(sparql)}.tsv", data)
    except OSError:
        pass
    solutions = ox.parse_query_results(data, format=ox.QueryResultsFormat.TSV)
    assert isinstance(solutions, ox.QuerySolutions)
    return solutions


def answer(folder: Path, sparql: str) -> ox.QuerySolutions | None:
    """The kept answer of `sparql`, its rows in their order; None when `folder` keeps none for
    this very text."""
    import pyoxigraph as ox

    path = folder / f"{key(sparql)}.tsv"
    if not path.is_file():
        return None
    result = ox.parse_query_results(path=str(path), format=ox.QueryResultsFormat.TSV)
    assert isinstance(result, ox.QuerySolutions)
    return result
