"""Answers of the slowest saved queries, kept beside the default engine's store of a large graph.

At a million triples a few saved queries cost more than a second however
they are written: `check-evidence-offsets` reads every quote and, per span,
its document's text; `check-required-links` takes every link of nine
properties away from every node of seven classes; `stance-matrix` groups
170,000 rows; `designations` joins 12,680 designations' links;
`designation-gaps` for all sides makes 78,000 rows. What costs is
the work itself, not the way to it, so it is done once: when query/cache.py
loads a graph into its store, it runs every saved query whose header says
`#+ kept: yes` (its parameters at their defaults) and keeps its answer beside
the store, as a file of SPARQL TSV results. A later run of the same query
text reads that file (`answer`) instead of querying the store.

As a file rather than as triples in a named graph of the store: written in
the time the query takes (the 476,000 quads of four of the answers took 4.3 s
more at the load, and the larger store cost every other command 20 ms to
open), and read back in 0.13 s for 78,099 rows, where the quads took 0.6 s.

Why the answer is always the query's: the rows kept are the rows Oxigraph
gave for that text on that graph, and TSV results write every term as it is
(IRI, datatype, language tag). They are found by the SHA-256 of the query
text as run, so a query edited since (or run with other parameters) finds
none and runs as usual; the store's folder is named after the graph's
content and the kept queries' files (cache.py), so a changed graph or a
changed kept query loads a new store with new answers.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import queries_dir

if TYPE_CHECKING:
    import pyoxigraph as ox

# a change to how answers are kept changes the name of every store (cache.py)
LAYOUT = "3"


def key(sparql: str) -> str:
    return hashlib.sha256(sparql.encode("utf-8")).hexdigest()


def kept_files() -> list[tuple[Path, str]]:
    """The saved queries whose header says `#+ kept: yes`, and their texts as the files hold them.

    Read line by line up to the end of the header, not parsed as saved.load_query would: every
    query command asks (cache.py), and parsing the 26 queries took 60 ms of it."""
    found = []
    for path in sorted(queries_dir().glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        for line in text.splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                break
            name, _, value = line[2:].partition(":")
            if line.startswith("#+") and name.strip().lower() == "kept" and value.strip().lower() == "yes":
                found.append((path, text))
                break
    return found


def kept_texts(files: list[tuple[Path, str]]) -> list[str]:
    """The texts of these kept queries as they run, their parameters bound to their defaults."""
    from .saved import bind, load_query

    return [bind(load_query(path)) for path, _ in files]


def version(files: list[tuple[Path, str]]) -> str:
    """A short name for the layout and these queries' texts, part of the store's name (cache.py)."""
    digest = hashlib.sha256(LAYOUT.encode())
    for path, text in files:
        digest.update(f"{path.name}\n{key(text)}\n".encode())
    return digest.hexdigest()[:12]


def keep(store: ox.Store, texts: list[str], folder: Path) -> None:
    """Run each query on `store` and keep its answer in `folder`."""
    import pyoxigraph as ox

    folder.mkdir(parents=True, exist_ok=True)
    for text in texts:
        result = store.query(text)
        assert isinstance(result, ox.QuerySolutions), "only SELECT queries are kept"
        result.serialize(str(folder / f"{key(text)}.tsv"), format=ox.QueryResultsFormat.TSV)


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
