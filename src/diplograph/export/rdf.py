"""The RDF syntaxes: Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML, each a writer of the registry.

Exports are deterministic (the same graph gives the same bytes) and parse
back into a graph isomorphic to the built one.

Named graphs (TriG, N-Quads): each source document's facts go into a named
graph named after the document's IRI (`dgr:doc/{stem}`), so a graph tool can
keep or drop one source. The rule, applied to every triple by its subject:

1. a `dg:Document`'s own triples go into its graph;
2. an evidence span (anything with `dg:document D`) goes into D's graph;
3. a node whose every `dg:evidence` lies in one document D (a stance, a
   designation, a claim, a participation, a meeting only one text reports)
   goes into D's graph;
4. everything else stays in the default graph: actors, places, series, topics,
   the ontology, and the nodes several documents back (a merged meeting),
   whose evidence spans are still in each document's graph.

The union of all graphs is the built graph, triple for triple.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .. import rdfio, vocab
from ..errors import InputError
from ..graph.writer import TURTLE_PREFIXES, turtle_body, turtle_header
from ..vocab import DG

if TYPE_CHECKING:
    import pyoxigraph as ox
    import rdflib

# The writers print prefixes in this order (oxigraph's JSON-LD context, RDF/XML's xmlns).
PREFIXES = vocab.prefixes("dg", "dgr", "dgt", "oa", "skos", "dcterms", "prov", "owl", "rdfs", "xsd")


def load_graph(path: Path) -> rdflib.Graph:
    """The built graph, parsed by rdflib, with blank nodes (if any) given stable labels."""
    from rdflib import BNode
    from rdflib.compare import to_canonical_graph

    graph = rdfio.read_rdflib(path)
    if any(isinstance(t, BNode) for triple in graph for t in triple):
        graph = to_canonical_graph(graph)
    return _with_prefixes(graph)


def _with_prefixes(graph: rdflib.Graph) -> rdflib.Graph:
    from rdflib import Graph

    out = Graph(bind_namespaces="core")
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, ns, override=True, replace=True)
    # rdflib's memory store hands triples out in insertion order: adding them
    # sorted makes the serializers that do not sort (JSON-LD, RDF/XML) stable.
    for triple in sorted(graph, key=lambda t: tuple(x.n3() for x in t)):
        out.add(triple)
    return out


def source_graph_of(graph: rdflib.Graph) -> dict:
    """Each subject that belongs in a document's named graph, mapped to that document's IRI."""
    from rdflib import RDF, URIRef

    document, evidence = URIRef(DG + "document"), URIRef(DG + "evidence")
    home = {d: d for d in graph.subjects(RDF.type, URIRef(DG + "Document"))}
    for span, doc in graph.subject_objects(document):
        home.setdefault(span, doc)
    docs_of: dict = {}
    for node, span in graph.subject_objects(evidence):
        docs_of.setdefault(node, set()).add(home.get(span))
    for node, docs in docs_of.items():
        if len(docs) == 1 and None not in docs and node not in home:
            home[node] = next(iter(docs))
    return home


def by_source(graph: rdflib.Graph) -> rdflib.Dataset:
    """An rdflib Dataset holding `graph` split into per-document named graphs (see the module doc)."""
    from rdflib import Dataset

    home = source_graph_of(graph)
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True, replace=True)
    default = ds.default_graph
    for s, p, o in graph:
        target = home.get(s)
        if target is None:
            default.add((s, p, o))
        else:
            ds.graph(target).add((s, p, o))
    return ds


def _sorted_lines(data: bytes) -> bytes:
    lines = sorted({line for line in data.decode("utf-8").splitlines() if line.strip()})
    return ("\n".join(lines) + "\n").encode("utf-8")


def _turtle_body(graph: rdflib.Graph) -> tuple[list[str], str]:
    """rdflib's (sorted) Turtle for one graph, split into its prefix lines and its body."""
    text = graph.serialize(format="turtle")
    prefixes: list[str] = []
    body: list[str] = []
    for line in text.splitlines():
        (prefixes if line.startswith("@prefix") else body).append(line)
    return prefixes, "\n".join(body).strip()


def _trig(ds: rdflib.Dataset) -> bytes:
    """TriG with the default graph first, then the named graphs sorted by name.

    Each graph's block is rdflib's sorted Turtle, so the bytes do not depend on
    the order the store hands graphs out in.
    """
    from rdflib import Graph

    def as_graph(context: rdflib.Graph) -> rdflib.Graph:
        g = Graph(bind_namespaces="core")
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns, override=True, replace=True)
        for triple in context:
            g.add(triple)
        return g

    named = sorted((c for c in ds.graphs() if c.identifier != ds.default_graph.identifier),
                   key=lambda c: str(c.identifier))
    prefixes: set[str] = set()
    blocks = []
    for context in [ds.default_graph, *named]:
        if len(context) == 0:
            continue
        pre, body = _turtle_body(as_graph(context))
        prefixes.update(pre)
        inner = body  # not indented: a long literal's lines are part of its value
        if context.identifier == ds.default_graph.identifier:
            blocks.append("{\n" + inner + "\n}")
        else:
            blocks.append(f"<{context.identifier}> {{\n{inner}\n}}")
    return ("\n".join(sorted(prefixes)) + "\n\n" + "\n\n".join(blocks) + "\n").encode("utf-8")


def _oxigraph_serialize(graph: rdflib.Graph, fmt: str) -> bytes:
    """JSON-LD or RDF/XML by pyoxigraph, which writes triples in the order given: sorted here.

    (rdflib's JSON-LD and RDF/XML writers order subjects by set iteration,
    which changes from run to run.)
    """
    import pyoxigraph as ox

    ordered = sorted(graph, key=lambda t: tuple(x.n3() for x in t))
    triples = [ox.Triple(rdfio.to_oxigraph(s), rdfio.to_oxigraph(p), rdfio.to_oxigraph(o)) for s, p, o in ordered]
    rdf_format = ox.RdfFormat.JSON_LD if fmt == "jsonld" else ox.RdfFormat.RDF_XML
    data = ox.serialize(triples, format=rdf_format, prefixes=PREFIXES)
    assert data is not None     # without an output file the bytes are returned
    if fmt == "jsonld":  # indent it, keeping its order, for people who open the file
        import json

        data = (json.dumps(json.loads(data), indent=1, ensure_ascii=False) + "\n").encode("utf-8")
    return data


# ----- the writers: Oxigraph reads and writes, rdflib where it must -----------------------
#
# Order without rdflib: the graph is read by Oxigraph as it streams from the file and written at
# once as N-Triples, one triple a line; the lines, as bytes, are sorted (UTF-8 sorts as the code
# points do, so this is the order rdflib's text gave) and each writer streams them into its syntax
# in that order. The one thing held is the list of lines (about 150 MB a million triples), never
# a graph of Python terms: issue 18 measured 159 s and 2.2 GB for rdflib's Turtle at 1M triples.

def _oxigraph_lines(graph_path: Path) -> list[bytes] | None:
    """The graph's triples as sorted N-Triples lines, read by Oxigraph; None when the graph
    holds blank nodes (Oxigraph labels them afresh at each read: the rdflib path gives them
    canonical labels) or is a dataset syntax (rdflib's path keeps today's reading of it)."""
    import pyoxigraph as ox

    path = rdfio.require_graph(graph_path)
    fmt = rdfio.oxigraph_format(path)
    if fmt.supports_datasets:
        return None
    try:
        data = ox.serialize(ox.parse(path=str(path), format=fmt), format=ox.RdfFormat.N_TRIPLES)
    except SyntaxError as exc:
        raise InputError(f"cannot parse the graph: {exc}; rebuild it with `diplograph build`",
                         path=str(path)) from None
    assert data is not None
    lines = sorted(set(data.splitlines()))
    if any(_blank(line) for line in lines):
        return None
    return lines


def _blank(line: bytes) -> bool:
    # a predicate is never blank; an object is, when its last token starts with _: (a literal
    # holding " _:" is taken for one too: it only costs the slower path)
    return line.startswith(b"_:") or line[:-2].rsplit(b" ", 1)[-1].startswith(b"_:")


def _joined(lines: list[bytes]) -> bytes:
    return b"\n".join(lines) + b"\n" if lines else b""


def _serialize(ntriples: bytes, rdf_format: ox.RdfFormat, syntax: ox.RdfFormat | None = None) -> bytes:
    import pyoxigraph as ox

    data = ox.serialize(ox.parse(ntriples, format=syntax or ox.RdfFormat.N_TRIPLES), format=rdf_format,
                        prefixes=PREFIXES)
    assert data is not None     # without an output file the bytes are returned
    return data


def _homes(lines: list[bytes]) -> dict[bytes, bytes]:
    """source_graph_of on N-Triples lines: each subject (as written) -> its document's IRI (as written)."""
    rdf_type = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    document_class, document, evidence = (f"<{DG}{name}>".encode() for name in ("Document", "document", "evidence"))
    home: dict[bytes, bytes] = {}
    spans: list[tuple[bytes, bytes]] = []
    cited: list[tuple[bytes, bytes]] = []
    for line in lines:
        s, p, o = line[:-2].split(b" ", 2)
        if p == rdf_type and o == document_class:
            home[s] = s
        elif p == document:
            spans.append((s, o))
        elif p == evidence:
            cited.append((s, o))
    for span, doc in spans:
        home.setdefault(span, doc)
    docs_of: dict[bytes, set] = {}
    for node, span in cited:
        docs_of.setdefault(node, set()).add(home.get(span))
    for node, docs in docs_of.items():
        if len(docs) == 1 and None not in docs and node not in home:
            home[node] = next(iter(docs))
    return home


def _quad_lines(lines: list[bytes]) -> list[bytes]:
    """Each triple in its document's graph (module doc), as rdflib's N-Quads writes it: the
    default graph's lines end in two spaces and a dot."""
    home = _homes(lines)
    out = []
    for line in lines:
        graph = home.get(line[:line.index(b" ")])
        out.append(line[:-1] + (b" ." if graph is None else graph + b" ."))
    out.sort()
    return out


def turtle(graph_path: Path) -> bytes:
    lines = _oxigraph_lines(graph_path)
    if lines is None:
        return load_graph(graph_path).serialize(format="turtle").encode("utf-8")
    # the build's own Turtle (graph/writer.py): its prefixes, subjects in sorted order
    return turtle_header() + turtle_body(_joined(lines))


def ntriples(graph_path: Path) -> bytes:
    lines = _oxigraph_lines(graph_path)
    if lines is None:
        return _sorted_lines(load_graph(graph_path).serialize(format="nt").encode("utf-8"))
    return _joined(lines)


def nquads(graph_path: Path) -> bytes:
    lines = _oxigraph_lines(graph_path)
    if lines is None:
        return _sorted_lines(by_source(load_graph(graph_path)).serialize(format="nquads").encode("utf-8"))
    return _joined(_quad_lines(lines))


def trig(graph_path: Path) -> bytes:
    """TriG: the default graph first, then the named graphs sorted by name, each graph's triples sorted."""
    import pyoxigraph as ox

    lines = _oxigraph_lines(graph_path)
    if lines is None:
        return _trig(by_source(load_graph(graph_path)))
    quads = _quad_lines(lines)
    # a quad line ends in "<graph> ." or, in the default graph, "  ."; the default graph first
    quads.sort(key=lambda q: (not q.endswith(b"  ."), q[q.rindex(b"<"):] if not q.endswith(b"  .") else b"", q))
    data = ox.serialize(ox.parse(_joined(quads), format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.TRIG,
                        prefixes=TURTLE_PREFIXES)
    assert data is not None
    # Oxigraph writes its @prefix lines in an order of its own: the build's sorted header instead
    body = data.split(b"\n")
    while body and body[0].startswith(b"@prefix "):
        body.pop(0)
    return turtle_header() + b"\n".join(body)


def jsonld(graph_path: Path) -> bytes:
    return _oxigraph_serialize(load_graph(graph_path), "jsonld")


def rdfxml(graph_path: Path) -> bytes:
    import pyoxigraph as ox

    lines = _oxigraph_lines(graph_path)
    if lines is None:
        return _oxigraph_serialize(load_graph(graph_path), "xml")
    return _serialize(_joined(lines), ox.RdfFormat.RDF_XML)
