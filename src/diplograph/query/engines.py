"""Where a SPARQL query runs: the engines behind `diplograph query` and `push`.

Three engines answer the same SELECT queries and return the same rows:

- ``rdflib``: an rdflib Graph parsed from the built Turtle file (pure Python);
- ``oxigraph``: a pyoxigraph Store, in memory (kept on disk beside a large
  graph and reused while the file is unchanged: query/cache.py), or on disk with
  ``oxigraph:DIR`` (loaded from the Turtle file when the folder is empty or
  older than the file, then reused);
- an endpoint: any SPARQL 1.1 query endpoint reached over HTTP.

Every engine returns `Rows`: variable names and tuples of rdflib terms (None
when unbound), with plain literals for xsd:string so that rows from different
engines compare equal. Oxigraph's rows can come as its own terms instead
(`select(..., raw=True)`): the table, CSV and TSV writers read either kind,
and a command that only prints rows then never imports rdflib (a tenth of a
second of every `diplograph query`) nor builds an rdflib term per cell.
rdflib, pyoxigraph and urllib are imported inside functions, which keeps
`diplograph query` quick to start.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ..errors import InputError
from ..fileio import atomic_write_text
from ..rdfio import (
    RDF_LANGSTRING,
    XSD_STRING,
    oxigraph_format,
    rdflib_format,
    read_oxigraph,
    read_rdflib,
    require_graph,
    to_rdflib,
)
from . import kept
from .cache import open_cached

if TYPE_CHECKING:
    import urllib.request

    import pyoxigraph as ox
    import rdflib
    from rdflib.query import ResultRow
    from rdflib.term import Identifier, Node

HTTP_TIMEOUT = 60.0
STAMP_NAME = "diplograph-source.json"


@dataclass
class Rows:
    """The answer to a SELECT query: column names and rows of rdflib terms (or None); pyoxigraph's
    terms when asked for raw rows."""

    vars: list[str]
    rows: list[tuple[Any, ...]]


class Engine:
    """Runs SELECT queries. Subclasses set `name` and implement `select`."""

    name = "engine"

    def select(self, sparql: str, *, source: str = "query", raw: bool = False, keep: bool = False) -> Rows:
        """The rows of a SELECT query; `raw` lets an engine give its own terms (only Oxigraph does);
        `keep` lets it keep the answer for the next run of the same text (only the default store
        beside a large graph does: query/kept.py)."""
        raise NotImplementedError

    def select_csv(self, sparql: str, *, source: str = "query", keep: bool = False) -> str | None:
        """The rows as SPARQL CSV results written by the engine itself, or None where it cannot
        (the caller then writes them from `select`)."""
        return None

    def triples(self) -> int | None:
        """How many triples the engine holds, where it can tell cheaply."""
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
        return int(rows[0][0]) if rows and rows[0][0] is not None else None

    def close(self) -> None:
        """Release files or connections."""


def _plain(term: Node) -> Node:
    """rdflib term with xsd:string literals made plain, the RDF 1.1 equivalent form."""
    from rdflib import Literal

    if isinstance(term, Literal) and term.datatype is not None and str(term.datatype) == XSD_STRING:
        return Literal(str(term))
    return term


class RdflibEngine(Engine):
    """An rdflib Graph parsed from a Turtle file."""

    name = "rdflib"

    def __init__(self, graph_path: Path):
        self.path = require_graph(graph_path)
        self._graph: rdflib.Graph | None = None

    @property
    def graph(self) -> rdflib.Graph:
        if self._graph is None:
            self._graph = read_rdflib(self.path)
        return self._graph

    def select(self, sparql: str, *, source: str = "query", raw: bool = False, keep: bool = False) -> Rows:
        graph = self.graph
        try:
            result = graph.query(sparql)
        except Exception as exc:
            if type(exc).__name__ in {"ParseException", "ParseSyntaxException"}:
                raise InputError(f"SPARQL syntax error: {exc}", path=source) from None
            raise
        if result.type != "SELECT":
            raise InputError("only SELECT queries can be run as saved queries", path=source)
        assert result.vars is not None  # a SELECT's
        names = [str(v) for v in result.vars]
        rows = [tuple(_plain(t) for t in cast("ResultRow", row)) for row in result]
        return Rows(names, rows)

    def triples(self) -> int:
        return len(self.graph)


class OxigraphEngine(Engine):
    """A pyoxigraph Store: in memory, or on disk in `directory`."""

    def __init__(self, graph_path: Path, directory: Path | None = None):
        self.path: Path | None = require_graph(graph_path)   # None in of_store's, which never opens one
        self.directory = Path(directory) if directory else None
        self.name = f"oxigraph:{self.directory}" if self.directory else "oxigraph"
        self._store: ox.Store | None = None
        self._read_only = False
        self._answers: Path | None = None     # the answers kept beside the store (query/kept.py)

    @classmethod
    def of_store(cls, store: ox.Store) -> OxigraphEngine:
        """An engine over a Store that is open already (the web server's); close() leaves it open."""
        engine = cls.__new__(cls)
        engine.path, engine.directory, engine.name = None, None, "oxigraph"
        engine._store, engine._read_only, engine._answers = store, True, None
        return engine

    @property
    def store(self) -> ox.Store:
        if self._store is None:
            self._store = self._open()
        return self._store

    def _open(self) -> ox.Store:
        from pyoxigraph import Store

        assert self.path is not None  # of_store's engine has its store open already
        if self.directory is None:
            # a large graph is parsed once into a store beside it, then opened read-only (query/cache.py)
            cached = open_cached(self.path)
            if cached is not None:
                self._read_only = True
                store, self._answers = cached
                return store
            store = Store()
            read_oxigraph(self.path, store)
            return store
        if self.directory.exists() and not self.directory.is_dir():
            raise InputError("--store oxigraph:DIR needs a folder, not a file", path=str(self.directory))
        self.directory.mkdir(parents=True, exist_ok=True)
        if self._fresh():
            # loaded already: open it read-only, so several readers (a CLI, a web server) can share it
            try:
                store = Store.read_only(str(self.directory))
                self._read_only = True
                return store
            except OSError:
                pass
        try:
            store = Store(str(self.directory))
        except OSError as exc:
            raise InputError(f"cannot open the Oxigraph store ({exc}); is another process using it?",
                             path=str(self.directory)) from None
        if not self._fresh():
            store.clear()
            read_oxigraph(self.path, store)
            store.flush()
            self._write_stamp()
        return store

    def _stamp(self) -> dict:
        assert self.path is not None  # of_store's engine has its store open already
        st = self.path.stat()
        return {"source": str(self.path.resolve()), "mtime_ns": st.st_mtime_ns, "size": st.st_size}

    def _fresh(self) -> bool:
        """True when the store was loaded from this very file, unchanged since."""
        assert self.directory is not None  # only a store on disk has a stamp
        stamp = self.directory / STAMP_NAME
        if not stamp.is_file():
            return False
        try:
            return json.loads(stamp.read_text(encoding="utf-8")) == self._stamp()
        except ValueError:
            return False

    def _write_stamp(self) -> None:
        assert self.directory is not None  # only a store on disk has a stamp
        atomic_write_text(self.directory / STAMP_NAME, json.dumps(self._stamp(), sort_keys=True) + "\n")

    def select(self, sparql: str, *, source: str = "query", raw: bool = False, keep: bool = False) -> Rows:
        result = self._query(sparql, source, keep)
        names = [v.value for v in result.variables]
        columns = range(len(names))
        if raw:
            # a solution iterates over its values in the order of the variables, unbound as None
            return Rows(names, [tuple(sol) for sol in result])
        # Answers repeat the same names, dates and counts: each distinct term is converted once.
        # (An rdflib Literal parses its value, several microseconds a term; a 90,000-row answer
        # spent seconds here, more than Oxigraph took to compute it.)
        converted: dict = {}

        def convert(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> Any:
            try:
                return converted[term]
            except KeyError:
                converted[term] = value = to_rdflib(term)
                return value

        rows = [tuple(convert(sol[i]) for i in columns) for sol in result]
        return Rows(names, rows)

    def select_csv(self, sparql: str, *, source: str = "query", keep: bool = False) -> str | None:
        # Oxigraph writes the CSV of formats.to_csv byte for byte (tests/query/test_raw_rows.py) and
        # never makes a Python object of a row: at 78,000 rows the objects and the writer took a
        # second, longer than the query.
        import pyoxigraph as ox

        result = self._query(sparql, source, keep)
        data = result.serialize(format=ox.QueryResultsFormat.CSV)
        assert data is not None  # with no output given, serialize returns the bytes
        return data.decode("utf-8")

    def _query(self, sparql: str, source: str, keep: bool = False) -> ox.QuerySolutions:
        import pyoxigraph as ox

        store = self.store      # opening it finds the answers kept beside it
        if self._answers is not None:
            # the rows this very text gave on its first run on this store, read back in order
            answer = kept.answer(self._answers, sparql)
            if answer is not None:
                return answer
        try:
            result = store.query(sparql)
        except SyntaxError as exc:
            raise InputError(f"SPARQL syntax error: {exc}", path=source) from None
        if not isinstance(result, ox.QuerySolutions):
            raise InputError("only SELECT queries can be run as saved queries", path=source)
        if keep and self._answers is not None:
            return kept.keep(self._answers, sparql, result)
        return result

    def triples(self) -> int:
        return len(self.store)

    def close(self) -> None:
        if self._store is not None and self.directory is not None and not self._read_only:
            self._store.flush()
        self._store = None


def json_term_to_rdflib(obj: dict) -> Identifier:
    """One binding of the SPARQL 1.1 JSON results format as an rdflib term."""
    from rdflib import BNode, Literal, URIRef

    kind = obj.get("type")
    value = obj.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):
        lang = obj.get("xml:lang")
        if lang:
            return Literal(value, lang=lang)
        dt = obj.get("datatype")
        if dt and dt not in (XSD_STRING, RDF_LANGSTRING):
            return Literal(value, datatype=URIRef(dt))
        return Literal(value)
    raise InputError(f"the endpoint answered with an unknown term type {kind!r}")


def _http(request: urllib.request.Request, url: str, what: str) -> bytes:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(request, timeout=HTTP_TIMEOUT) as resp:
            return resp.read()
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", "replace").strip().splitlines()
        detail = f": {body[0][:300]}" if body else ""
        raise InputError(f"{what} failed: HTTP {exc.code} {exc.reason}{detail}", path=url) from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(f"cannot reach {url} ({reason}); is the server running?") from None


class EndpointEngine(Engine):
    """Any SPARQL 1.1 query endpoint (Oxigraph's /query, Fuseki's /ds/sparql, ...)."""

    def __init__(self, url: str):
        _check_http_url(url, "--endpoint")
        self.url = url
        self.name = f"endpoint:{url}"

    def select(self, sparql: str, *, source: str = "query", raw: bool = False, keep: bool = False) -> Rows:
        import urllib.request

        request = urllib.request.Request(
            self.url, data=sparql.encode("utf-8"), method="POST",
            headers={"Content-Type": "application/sparql-query; charset=utf-8",
                     "Accept": "application/sparql-results+json"})
        body = _http(request, self.url, f"query {source}")
        try:
            data = json.loads(body.decode("utf-8"))
            names = list(data["head"]["vars"])
            bindings = data["results"]["bindings"]
        except (ValueError, KeyError, TypeError):
            raise InputError("the endpoint did not answer with SPARQL JSON results", path=self.url) from None
        rows = [tuple(json_term_to_rdflib(b[n]) if n in b else None for n in names) for b in bindings]
        return Rows(names, rows)


def _check_http_url(url: str, option: str) -> None:
    import urllib.parse

    parsed = urllib.parse.urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise InputError(f"{option} needs an http:// or https:// URL, not {url!r}")


DEFAULT_STORE = "oxigraph"
STORE_CHOICES = "rdflib, oxigraph (in memory) or oxigraph:DIR (on disk)"


def open_engine(graph: Path, store: str | None = None, endpoint: str | None = None) -> Engine:
    """The engine a command asked for: `--endpoint URL`, else `--store SPEC`, else the default."""
    if endpoint:
        if store:
            raise InputError("give either --store or --endpoint, not both")
        return EndpointEngine(endpoint)
    spec = store or os.environ.get("DIPLOGRAPH_STORE") or DEFAULT_STORE
    if spec == "rdflib":
        return RdflibEngine(graph)
    if spec in ("oxigraph", "oxigraph:memory"):
        return OxigraphEngine(graph)
    if spec.startswith("oxigraph:"):
        directory = spec.split(":", 1)[1]
        if not directory:
            raise InputError("--store oxigraph:DIR needs a folder after the colon")
        return OxigraphEngine(graph, Path(directory))
    raise InputError(f"unknown store {spec!r}: use {STORE_CHOICES}")


def graph_store_target(url: str, graph_iri: str | None = None) -> str:
    """The Graph Store Protocol URL for the default graph (or a named graph) at `url`."""
    import urllib.parse

    _check_http_url(url, "--graph-store")
    parsed = urllib.parse.urlparse(url)
    if parsed.query:  # the user already chose ?default or ?graph=...
        return url
    query = urllib.parse.urlencode({"graph": graph_iri}) if graph_iri else "default"
    return urllib.parse.urlunparse(parsed._replace(query=query))


def push(graph: Path, url: str, *, method: str = "PUT", syntax: str = "turtle",
         graph_iri: str | None = None) -> str:
    """Send the graph to a SPARQL 1.1 Graph Store Protocol endpoint.

    PUT replaces the target graph, POST adds to it. Returns the URL used.
    """
    path = require_graph(graph)
    method = method.upper()
    if method not in ("PUT", "POST"):
        raise InputError(f"--method must be PUT or POST, not {method!r}")
    target = graph_store_target(url, graph_iri)
    if syntax == "turtle" and rdflib_format(path) == "turtle":
        data, ctype = path.read_bytes(), "text/turtle; charset=utf-8"
    elif syntax in ("turtle", "ntriples"):
        from pyoxigraph import RdfFormat, parse, serialize

        try:
            triples = [q.triple for q in parse(path=str(path), format=oxigraph_format(path))]
        except SyntaxError as exc:
            raise InputError(f"cannot parse the graph: {exc}", path=str(path)) from None
        fmt = RdfFormat.TURTLE if syntax == "turtle" else RdfFormat.N_TRIPLES
        serialized = serialize(triples, format=fmt)
        assert serialized is not None  # with no output given, serialize returns the bytes
        data = serialized
        ctype = "text/turtle; charset=utf-8" if syntax == "turtle" else "application/n-triples"
    else:
        raise InputError(f"unknown syntax {syntax!r}: use turtle or ntriples")
    import urllib.request

    request = urllib.request.Request(target, data=data, method=method, headers={"Content-Type": ctype})
    _http(request, target, f"{method} of {path}")
    return target
