"""Answers of the slowest saved queries, kept inside the default engine's store of a large graph.

At a million triples a few saved queries cost more than a second however
they are written: `check-evidence-offsets` reads every quote and, per span,
its document's text; `check-required-links` takes every link of nine
properties away from every node of seven classes; `stance-matrix` groups
170,000 rows. What costs is the work itself, not the way to it, so it is
done once: when query/cache.py loads a graph into its store, it runs every
saved query whose header says `#+ kept: yes` and keeps the rows in the named
graph KEPT_GRAPH of that store. A later run of the same query text reads the
rows back in order (`reader`), a few lookups per row.

Why the answer is always the query's: the rows kept are the rows Oxigraph
gave for that text on that graph. They are found by the SHA-256 of the query
text as run, so a query edited since (or run with other parameters) finds
none and runs as usual; the store is named after the graph's content and the
kept queries' files (cache.py), so a changed graph or a changed kept query
loads a new store. Queries name the default graph only, so the rows never
show up in another query's answer, on this engine or any other.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import queries_dir

if TYPE_CHECKING:
    import pyoxigraph as ox

KEPT_GRAPH = "urn:diplograph:kept"
# + the query's SHA-256: the answer, which says its column names (_VARIABLES: space-separated, in
# order); as a predicate, it links each of its rows to the row's place in it, from 0 (one quad a row
# for both: each quad written costs 9 us at the load)
_ANSWER = "urn:diplograph:answer:"
_VARIABLES = "urn:diplograph:variables"
_COLUMN = "urn:diplograph:column:"     # + a column's name: row -> that cell's term
# a change to how rows are kept changes the name of every store (cache.py)
LAYOUT = "2"


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


def keep(store: ox.Store, texts: Iterable[str]) -> int:
    """Run each query on `store` and keep its rows in KEPT_GRAPH; the number of quads written."""
    import pyoxigraph as ox

    graph = ox.NamedNode(KEPT_GRAPH)
    quads: list[ox.Quad] = []
    for text in texts:
        digest = key(text)
        result = store.query(text)
        assert isinstance(result, ox.QuerySolutions), "only SELECT queries are kept"
        names = [v.value for v in result.variables]
        columns = [ox.NamedNode(_COLUMN + name) for name in names]
        answer = ox.NamedNode(_ANSWER + digest)
        quads.append(ox.Quad(answer, ox.NamedNode(_VARIABLES), ox.Literal(" ".join(names)), graph))
        for i, solution in enumerate(result):
            row = ox.NamedNode(f"{_ANSWER}{digest}/{i}")
            quads.append(ox.Quad(row, answer, ox.Literal(i), graph))
            quads.extend(ox.Quad(row, column, term, graph)
                         for column, term in zip(columns, solution, strict=True) if term is not None)
    store.bulk_extend(quads)
    return len(quads)


def reader(store: ox.Store, sparql: str) -> str | None:
    """The query that reads the kept answer of `sparql` back, row for row and in order; None when
    the store keeps none for this very text."""
    import pyoxigraph as ox

    answer = _ANSWER + key(sparql)
    found = list(store.quads_for_pattern(ox.NamedNode(answer), ox.NamedNode(_VARIABLES), None,
                                         ox.NamedNode(KEPT_GRAPH)))
    if not found or not isinstance(found[0].object, ox.Literal):
        return None
    names = found[0].object.value.split()
    if {"kept__row", "kept__index"} & set(names):
        return None
    # Each column read for the whole answer in a sub-select of its own and joined by the row (a hash
    # join): 0.3 s for 32,817 rows of four columns, where looking each cell up row by row took 0.8 s.
    # OPTIONAL keeps the cells the query left unbound.
    columns = "\n".join(f"  OPTIONAL {{ SELECT ?kept__row ?{name} {{ ?kept__row <{_COLUMN}{name}> ?{name} }} }}"
                        for name in names)
    return (f"SELECT {' '.join('?' + n for n in names)}\nFROM <{KEPT_GRAPH}>\nWHERE {{\n"
            f"  {{ SELECT ?kept__row ?kept__index {{ ?kept__row <{answer}> ?kept__index }} }}\n"
            f"{columns}\n}}\nORDER BY ?kept__index\n")


def quads(store: ox.Store) -> int:
    """How many quads KEPT_GRAPH holds (the store's triples are the others)."""
    import pyoxigraph as ox

    rows = store.query(f"SELECT (COUNT(*) AS ?n) FROM <{KEPT_GRAPH}> WHERE {{ ?s ?p ?o }}")
    assert isinstance(rows, ox.QuerySolutions)
    n = next(iter(rows))[0]
    assert isinstance(n, ox.Literal)
    return int(n.value)
