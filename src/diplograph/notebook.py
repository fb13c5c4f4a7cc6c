"""The Python API for analysts: open a graph, ask a saved query or any SELECT, get a pandas DataFrame.

    import diplograph
    g = diplograph.open("build/diplograph.ttl")   # a graph file, an Oxigraph store folder, or an endpoint URL
    g.query("urged", actor="Taliban")             # a saved query with its parameters
    g.sparql("SELECT ?s WHERE { ?s a dg:Meeting }")  # any SELECT; the project's prefixes are declared

The engines are those of `diplograph query` (src/diplograph/store.py), so a
DataFrame holds the rows the command prints. Columns are typed from the RDF
datatypes of their values: integers as pandas' nullable Int64, decimals and
doubles as Float64, booleans as boolean, xsd:date and xsd:dateTime as
datetime64, everything else (IRIs, names, quotes, years) as string. pandas is
an optional dependency (`pip install diplograph[pandas]`), imported when a
DataFrame is first made.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from .errors import InputError
from .query.engines import STAMP_NAME, EndpointEngine, Engine, OxigraphEngine, Rows, open_engine
from .query.saved import check_syntax, find_query, list_queries, run
from .vocab import PREFIXES

if TYPE_CHECKING:
    import pandas as pd

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                               "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedInt",
                               "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOATS = {XSD + "decimal", XSD + "double", XSD + "float"}
_DATES = {XSD + "date", XSD + "dateTime"}


def _pandas() -> ModuleType:
    try:
        import pandas
    except ImportError:
        raise InputError("diplograph.open needs pandas: pip install 'diplograph[pandas]'") from None
    return pandas


def _column_kind(terms: list) -> str:
    """'int', 'float', 'bool', 'date' or 'string': the one datatype every bound value of a column shares."""
    from rdflib import Literal

    kinds = set()
    for term in terms:
        if term is None:
            continue
        dt = str(term.datatype) if isinstance(term, Literal) and term.datatype is not None else ""
        if dt in _INTEGERS:
            kinds.add("int")
        elif dt in _FLOATS:
            kinds.add("float")
        elif dt == XSD + "boolean":
            kinds.add("bool")
        elif dt in _DATES:
            kinds.add("date")
        else:
            kinds.add("string")
    if kinds == {"int", "float"}:
        return "float"
    return kinds.pop() if len(kinds) == 1 else "string"


def to_dataframe(rows: Rows) -> pd.DataFrame:
    """A DataFrame of `rows`, one column per variable, typed as the module doc says."""
    pd = _pandas()
    data = {}
    for i, name in enumerate(rows.vars):
        terms = [row[i] for row in rows.rows]
        lexical = [None if t is None else str(t) for t in terms]
        kind = _column_kind(terms)
        if kind == "int":
            data[name] = pd.array([None if v is None else int(v) for v in lexical], dtype="Int64")
        elif kind == "float":
            data[name] = pd.array([None if v is None else float(v) for v in lexical], dtype="Float64")
        elif kind == "bool":
            data[name] = pd.array([None if v is None else v in ("true", "1") for v in lexical], dtype="boolean")
        elif kind == "date":
            # an ill-typed date (a query's "none" for a missing value) becomes NaT, not an error
            data[name] = pd.to_datetime(pd.Series(lexical, dtype="object"), errors="coerce", format="ISO8601")
        else:
            data[name] = pd.array(lexical, dtype="string")
    return pd.DataFrame(data, columns=list(rows.vars))


class DiploGraph:
    """A graph opened for questions; each answer is a pandas DataFrame."""

    def __init__(self, engine: Engine, source: str):
        self.engine = engine
        self.source = source

    def __repr__(self) -> str:
        return f"<diplograph {self.engine.name} {self.source}>"

    def __enter__(self) -> DiploGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.close()

    def queries(self) -> pd.DataFrame:
        """The saved queries: name, summary and parameters with their defaults."""
        pd = _pandas()
        saved = list_queries(checks=True)
        return pd.DataFrame({"name": pd.array([q.name for q in saved], dtype="string"),
                             "summary": pd.array([q.summary for q in saved], dtype="string"),
                             "params": pd.array([" ".join(f"{k}={v}" for k, v in q.params.items())
                                                 for q in saved], dtype="string")})

    def rows(self, name: str, **params: object) -> Rows:
        """A saved query's rows as rdflib terms (what `query` turns into a DataFrame)."""
        return run(find_query(name), self.engine, {k: str(v) for k, v in params.items()})

    def query(self, name: str, **params: object) -> pd.DataFrame:
        """The saved query `name` (see `queries()`), its parameters given as keywords, as a DataFrame."""
        return to_dataframe(self.rows(name, **params))

    def sparql(self, text: str) -> pd.DataFrame:
        """Any SELECT query as a DataFrame; the prefixes of the saved queries (dg:, dgr:, skos:, ...) are
        declared unless the text declares them itself."""
        declared = {line.split()[1].rstrip(":") for line in text.splitlines()
                    if line.strip().upper().startswith("PREFIX") and len(line.split()) > 1}
        head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if p not in declared)
        full = head + text
        check_syntax(full, "the query")
        return to_dataframe(self.engine.select(full, source="the query"))


def _store_folder(path: Path) -> Engine:
    """An Oxigraph store folder opened read-only, as `diplograph query --store oxigraph:DIR` leaves it."""
    from pyoxigraph import Store

    try:
        store = Store.read_only(str(path))
    except OSError as exc:
        raise InputError(f"not an Oxigraph store folder ({exc})", path=str(path)) from None
    engine = OxigraphEngine.of_store(store)
    engine.name = f"oxigraph:{path}"
    return engine


def open(source: str | Path = "build/diplograph.ttl", *, store: str | None = None) -> DiploGraph:  # noqa: A001
    """Open a graph for questions.

    `source`: a graph file (Turtle, N-Triples, ...), queried in memory by
    Oxigraph (`store="rdflib"` or `store="oxigraph:DIR"` as with the CLI's
    --store); an Oxigraph store folder (`diplograph query --store
    oxigraph:DIR` makes one); or the http(s) URL of a SPARQL endpoint, such as
    `diplograph serve`'s http://127.0.0.1:8000/sparql.
    """
    text = str(source)
    if text.startswith(("http://", "https://")):
        if store:
            raise InputError("give either an endpoint URL or a store, not both")
        return DiploGraph(EndpointEngine(text), text)
    path = Path(source)
    if path.is_dir():
        if not (path / STAMP_NAME).is_file() and not any(path.iterdir()):
            raise InputError("the folder is empty: not an Oxigraph store", path=str(path))
        return DiploGraph(_store_folder(path), text)
    if not path.is_file():
        raise InputError(f"no graph at {path}: run `diplograph build` first, or give a store folder or "
                         "an endpoint URL")
    return DiploGraph(open_engine(path, store), text)
