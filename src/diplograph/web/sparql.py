"""The SPARQL 1.1 Protocol, read-only: checks, content negotiation, execution.

`check_read_only` refuses updates and federated queries before anything
runs; `execute` runs one query on a pyoxigraph Store, caps the result at
max_rows and serializes it in the format the client asked for (Accept header
or a `format` / `output` parameter). It runs inside a worker process (see
`worker.py`) so that a slow query can be stopped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..rdfio import to_tuple
from ..vocab import PREFIXES
from .results import SERIALIZERS, Table

if TYPE_CHECKING:
    import pyoxigraph as ox

# media type -> format key, per kind of result; the first is the default.
RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/ld+json": "jsonld",
    "application/x-json+ld": "jsonld",
    "application/json": "jsonld",
    "application/rdf+xml": "rdfxml",
    "application/xml": "rdfxml",
}
RESULT_CONTENT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
}
GRAPH_CONTENT_TYPES = {
    "turtle": "text/turtle; charset=utf-8",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
# Values accepted in ?format= (or ?output=), as SPARQLWrapper and Virtuoso-style clients send them.
FORMAT_ALIASES = {
    "json": "json", "srj": "json", "xml": "xml", "srx": "xml", "csv": "csv", "tsv": "tsv",
    "turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt", "n-triples": "nt",
    "jsonld": "jsonld", "json-ld": "jsonld", "rdfxml": "rdfxml", "rdf": "rdfxml", "rdf+xml": "rdfxml",
    "n3": "turtle",  # Turtle is N3 (SPARQLWrapper asks for n3)
}

UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}

_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\s]*>'
    r"|#[^\n]*",
    re.S,
)
_FIRST_WORD = re.compile(r"^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<>|BASE\s*<>)\s*)*([A-Za-z]+)", re.I)
_SERVICE = re.compile(r"(?<![?$\w:])SERVICE(?![\w:-])", re.I)


class Refused(Exception):
    """A request this endpoint will not run; carries the HTTP status."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def _skeleton(query: str) -> str:
    """The query with strings, IRIs and comments blanked, so keywords can be found safely."""

    def blank(m: re.Match) -> str:
        text = m.group(0)
        if text.startswith("#"):
            return " "
        return "<>" if text.startswith("<") else '""'

    return _TOKENS.sub(blank, query)


def check_read_only(query: str) -> None:
    """Raise Refused for an update or a federated query; the web endpoint only reads."""
    skeleton = _skeleton(query)
    m = _FIRST_WORD.match(skeleton)
    if m and m.group(1).upper() in UPDATE_WORDS:
        raise Refused(403, f"This endpoint is read-only: {m.group(1).upper()} (a SPARQL update) is "
                           "not accepted. Change the graph with `diplograph build` instead.")
    if _SERVICE.search(skeleton):
        raise Refused(403, "Federated queries (SERVICE) are disabled: "
                           "this endpoint only reads its own graph.")


def parse_accept(header: str | None) -> list[tuple[str, float, int]]:
    items = []
    for i, part in enumerate((header or "").split(",")):
        bits = [b.strip() for b in part.split(";")]
        if not bits[0]:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.lower().startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        items.append((bits[0].lower(), q, i))
    return items


def _format_names(fmt: str) -> list[str]:
    """A ?format= value split into names: clients send one, or media types joined by commas."""
    return [part.split(";")[0].strip().lower() for part in fmt.split(",") if part.strip()]


def known_format(fmt: str) -> bool:
    """True when `fmt` (a ?format= or ?output= value) names a format of some kind of result."""
    return any(f in FORMAT_ALIASES or f in RESULT_TYPES or f in GRAPH_TYPES for f in _format_names(fmt))


def not_acceptable(fmt: str, kind: str | None = None) -> Refused:
    what = {"table": "a SELECT or ASK result", "graph": "a CONSTRUCT or DESCRIBE result"}.get(kind or "")
    head = f"format={fmt!r} cannot be written for {what}" if what else f"format={fmt!r} is not a format this " \
           "endpoint writes"
    return Refused(406, f"{head}: SELECT and ASK give json, xml, csv or tsv; CONSTRUCT and DESCRIBE give "
                        "turtle, nt, jsonld or rdfxml; html gives the query page.")


def negotiate(kind: str, accept: str | None, fmt: str | None) -> str:
    """Choose a format key for a result of `kind` ("table" or "graph").

    An explicit `fmt` that cannot serve this kind of result raises Refused (406); an Accept header
    with nothing this endpoint writes gets the default (JSON results, Turtle)."""
    table = kind == "table"
    if fmt:
        for name in _format_names(fmt):
            key = FORMAT_ALIASES.get(name)
            if key is None:
                key = (RESULT_TYPES if table else GRAPH_TYPES).get(name)
            if key == "json" and not table:
                key = "jsonld"
            if key == "xml" and not table:
                key = "rdfxml"
            if key in (RESULT_CONTENT_TYPES if table else GRAPH_CONTENT_TYPES):
                return key
        raise not_acceptable(fmt, kind)
    types = RESULT_TYPES if table else GRAPH_TYPES
    default = "json" if table else "turtle"
    best: tuple[float, int, str] | None = None
    for mime, q, order in parse_accept(accept):
        if q <= 0:
            continue
        if mime in types:
            key = types[mime]
        elif mime in ("*/*", "application/*") or (mime == "text/*" and not table):
            key = default
        elif mime == "text/*":
            key = "csv"
        else:
            continue
        cand = (-q, order, key)
        if best is None or cand < best:
            best = cand
    return best[2] if best else default


@dataclass
class Outcome:
    """What a query gave: an HTTP status, a body, and for pages the table itself."""

    status: int = 200
    content_type: str = "text/plain; charset=utf-8"
    body: bytes = b""
    message: str | None = None
    truncated: bool = False
    table: Table | None = field(default=None)
    retry_after: int | None = None  # seconds, for a 503 that a later retry may not get


def execute(store: ox.Store, query: str, *, accept: str | None = None, fmt: str | None = None,
            max_rows: int = 10000, substitutions: dict | None = None, want: str = "body") -> Outcome:
    """Run `query` on `store`; want="body" serializes, want="table" returns rows for a page."""
    import pyoxigraph as ox

    try:
        check_read_only(query)
    except Refused as exc:
        return Outcome(status=exc.status, body=str(exc).encode(), message=str(exc))
    subs = None
    if substitutions:
        subs = {ox.Variable(k): v for k, v in substitutions.items()}
    try:
        result = store.query(query, substitutions=subs)
        if isinstance(result, ox.QueryBoolean):
            table = Table(boolean=bool(result))
            kind = "table"
        elif isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            table = Table(variables=variables, max_rows=max_rows)
            for solution in result:
                if len(table.rows) >= max_rows:
                    table.truncated = True
                    break
                table.rows.append([to_tuple(solution[v]) for v in variables])
            kind = "table"
        else:
            triples: list[ox.Triple] = []
            truncated = False
            for triple in result:
                if len(triples) >= max_rows:
                    truncated = True
                    break
                triples.append(triple)
            kind = "graph"
    except SyntaxError as exc:
        msg = f"Malformed query: {exc}"
        return Outcome(status=400, body=msg.encode(), message=msg)
    except (OSError, ValueError, RuntimeError) as exc:
        msg = f"Query failed: {exc}"
        return Outcome(status=400, body=msg.encode(), message=msg)

    if kind == "graph":
        if want == "table":
            table = Table(variables=["subject", "predicate", "object"], max_rows=max_rows,
                          truncated=truncated,
                          rows=[[to_tuple(t.subject), to_tuple(t.predicate),
                                 to_tuple(t.object)] for t in triples])
            return Outcome(table=table, truncated=truncated, message=table.message())
        try:
            key = negotiate("graph", accept, fmt)
        except Refused as exc:
            return Outcome(status=exc.status, body=str(exc).encode(), message=str(exc))
        rdf_format = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
                      "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}[key]
        prefixes = PREFIXES if key in ("turtle", "rdfxml") else None
        body = ox.serialize(triples, format=rdf_format, prefixes=prefixes)
        assert body is not None  # with no output given, serialize returns the bytes
        message = None
        if truncated:
            message = f"Only the first {max_rows} triples are returned (server option --max-rows)."
        return Outcome(content_type=GRAPH_CONTENT_TYPES[key], body=body, truncated=truncated,
                       message=message)

    if want == "table":
        return Outcome(table=table, truncated=table.truncated, message=table.message())
    try:
        key = negotiate("table", accept, fmt)
    except Refused as exc:
        return Outcome(status=exc.status, body=str(exc).encode(), message=str(exc))
    return Outcome(content_type=RESULT_CONTENT_TYPES[key], body=SERIALIZERS[key](table),
                   truncated=table.truncated, message=table.message())
