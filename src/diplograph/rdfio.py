"""Reading graph files and moving terms between rdflib and pyoxigraph.

Ground floor: imports only `errors` (and rdflib, pyoxigraph inside the
functions that need them, so that importing this module stays cheap).
Every command that reads a built graph reads it here, so a missing file or a
syntax error reads the same whichever command met it. Writing files
atomically is `fileio`'s job.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError

if TYPE_CHECKING:
    from pyoxigraph import RdfFormat

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

_RDFLIB_FORMATS = {".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld", ".rdf": "xml",
                   ".xml": "xml"}


def require_graph(path: Path | str) -> Path:
    """The path of a built graph, or the user's error if there is no file there."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"no graph at {path}: run `diplograph build` first, or pass --graph FILE")
    return path


def rdflib_format(path: Path | str) -> str:
    """rdflib's name for the syntax of a graph file, by its suffix (Turtle by default)."""
    return _RDFLIB_FORMATS.get(Path(path).suffix.lower(), "turtle")


def oxigraph_format(path: Path | str) -> RdfFormat:
    """pyoxigraph's RdfFormat of a graph file, by its suffix (Turtle by default)."""
    from pyoxigraph import RdfFormat

    return {".nt": RdfFormat.N_TRIPLES, ".nq": RdfFormat.N_QUADS, ".trig": RdfFormat.TRIG,
            ".rdf": RdfFormat.RDF_XML, ".xml": RdfFormat.RDF_XML}.get(Path(path).suffix.lower(), RdfFormat.TURTLE)


def locate_syntax_error(exc: SyntaxError, text: str) -> tuple[int | None, int | None, str]:
    """Line and column (1-based) of an rdflib Turtle error, and its reason."""
    why = getattr(exc, "_why", None) or str(exc).splitlines()[0]
    index = getattr(exc, "_i", None)
    argstr = getattr(exc, "_str", None)
    if index is None or argstr is None:
        return None, None, why
    source = argstr.decode("utf-8", errors="replace") if isinstance(argstr, bytes) else str(argstr)
    index = max(0, min(index, len(source)))
    line = source.count("\n", 0, index) + 1
    column = index - (source.rfind("\n", 0, index) + 1) + 1
    return line, column, why


def read_rdflib(path: Path | str, *, graph: Any = None) -> Any:
    """A built graph file parsed by rdflib (into `graph` when given); a missing file or a syntax
    error is the user's InputError, located where rdflib says."""
    from rdflib import Graph

    path = require_graph(path)
    graph = Graph() if graph is None else graph
    try:
        graph.parse(path, format=rdflib_format(path))
    except SyntaxError as exc:
        line, column, why = locate_syntax_error(exc, "")
        raise InputError(f"cannot parse the graph: {why}; rebuild it with `diplograph build`",
                         path=str(path), line=line, column=column) from None
    except Exception as exc:  # rdflib's other parsers raise several types of their own
        raise InputError(f"cannot parse the graph: {exc}", path=str(path)) from None
    return graph


def read_oxigraph(path: Path | str, store: Any = None) -> Any:
    """A built graph file loaded into a pyoxigraph Store (a new one in memory unless given)."""
    import pyoxigraph as ox

    path = require_graph(path)
    fmt = oxigraph_format(path)
    store = ox.Store() if store is None else store
    try:
        if fmt.supports_datasets:
            store.bulk_load(path=str(path), format=fmt)
        else:
            store.bulk_load(path=str(path), format=fmt, to_graph=ox.DefaultGraph())
    except SyntaxError as exc:
        raise InputError(f"cannot parse the graph: {exc}; rebuild it with `diplograph build`",
                         path=str(path)) from None
    return store


# ----- terms --------------------------------------------------------------------------

def to_rdflib(term: Any) -> Any:
    """A pyoxigraph term as the equal rdflib term (None stays None: an unbound variable)."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value) if dt == XSD_STRING else Literal(term.value, datatype=URIRef(dt))
    raise TypeError(f"unexpected term {term!r}")


def to_oxigraph(term: Any) -> Any:
    """An rdflib term as the equal pyoxigraph term (IRIs, blank nodes, plain, typed and tagged literals)."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    raise TypeError(f"unexpected term {term!r}")


def to_oxigraph_quads(graph: Any) -> list:
    """An rdflib graph's triples as pyoxigraph quads in the default graph."""
    import pyoxigraph as ox

    return [ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.DefaultGraph()) for s, p, o in graph]


# A term that crosses a process boundary (the web server's query workers) as a plain tuple:
# ("uri", iri) | ("bnode", id) | ("literal", lexical, datatype, lang) | None (unbound).

def to_tuple(term: Any) -> tuple | None:
    """A pyoxigraph term as a picklable tuple."""
    if term is None:
        return None
    kind = type(term).__name__
    if kind == "NamedNode":
        return ("uri", term.value)
    if kind == "BlankNode":
        return ("bnode", term.value)
    if kind == "Literal":
        return ("literal", term.value, term.datatype.value, term.language)
    # RDF-star quoted triples are rare here; keep their N-Triples text.
    return ("literal", str(term), XSD_STRING, None)


def from_tuple(value: tuple) -> Any:
    """A tuple of to_tuple's as the pyoxigraph term (IRIs and literals: what a query may be given)."""
    import pyoxigraph as ox

    if value[0] == "uri":
        return ox.NamedNode(value[1])
    if value[0] == "literal":
        if len(value) > 3 and value[3]:
            return ox.Literal(value[1], language=value[3])
        if len(value) > 2 and value[2]:
            return ox.Literal(value[1], datatype=ox.NamedNode(value[2]))
        return ox.Literal(value[1])
    raise ValueError(f"unsupported substitution {value!r}")


# ----- whole graphs ---------------------------------------------------------------------

def sorted_ntriples(store: Any) -> bytes:
    """A pyoxigraph store's default graph as N-Triples, one triple a line, sorted."""
    import pyoxigraph as ox

    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    lines = data.splitlines()
    lines.sort()
    return b"\n".join(lines) + b"\n" if lines else b""


def store_to_rdflib(store: Any, prefixes: Any = ()) -> Any:
    """A pyoxigraph store's default graph as an rdflib Graph (for pySHACL), with `prefixes` bound."""
    from rdflib import Graph

    g = Graph()
    for prefix, ns in prefixes:
        g.bind(prefix, ns)
    g.parse(data=sorted_ntriples(store), format="nt")
    return g
