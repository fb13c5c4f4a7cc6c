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

from .. import rdfio, vocab
from ..vocab import DG

# The writers print prefixes in this order (oxigraph's JSON-LD context, RDF/XML's xmlns).
PREFIXES = vocab.prefixes("dg", "dgr", "dgt", "oa", "skos", "dcterms", "prov", "owl", "rdfs", "xsd")


def load_graph(path: Path):
    """The built graph, parsed by rdflib, with blank nodes (if any) given stable labels."""
    from rdflib import BNode
    from rdflib.compare import to_canonical_graph

    graph = rdfio.read_rdflib(path)
    if any(isinstance(t, BNode) for triple in graph for t in triple):
        graph = to_canonical_graph(graph)
    return _with_prefixes(graph)


def _with_prefixes(graph):
    from rdflib import Graph

    out = Graph(bind_namespaces="core")
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, ns, override=True, replace=True)
    # rdflib's memory store hands triples out in insertion order: adding them
    # sorted makes the serializers that do not sort (JSON-LD, RDF/XML) stable.
    for triple in sorted(graph, key=lambda t: tuple(x.n3() for x in t)):
        out.add(triple)
    return out


def source_graph_of(graph) -> dict:
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


def by_source(graph):
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


def _turtle_body(graph) -> tuple[list[str], str]:
    """rdflib's (sorted) Turtle for one graph, split into its prefix lines and its body."""
    text = graph.serialize(format="turtle")
    prefixes: list[str] = []
    body: list[str] = []
    for line in text.splitlines():
        (prefixes if line.startswith("@prefix") else body).append(line)
    return prefixes, "\n".join(body).strip()


def _trig(ds) -> bytes:
    """TriG with the default graph first, then the named graphs sorted by name.

    Each graph's block is rdflib's sorted Turtle, so the bytes do not depend on
    the order the store hands graphs out in.
    """
    from rdflib import Graph

    def as_graph(context):
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


def _oxigraph_serialize(graph, fmt: str) -> bytes:
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


def turtle(graph_path: Path) -> bytes:
    return load_graph(graph_path).serialize(format="turtle").encode("utf-8")


def ntriples(graph_path: Path) -> bytes:
    return _sorted_lines(load_graph(graph_path).serialize(format="nt").encode("utf-8"))


def nquads(graph_path: Path) -> bytes:
    return _sorted_lines(by_source(load_graph(graph_path)).serialize(format="nquads").encode("utf-8"))


def trig(graph_path: Path) -> bytes:
    return _trig(by_source(load_graph(graph_path)))


def jsonld(graph_path: Path) -> bytes:
    return _oxigraph_serialize(load_graph(graph_path), "jsonld")


def rdfxml(graph_path: Path) -> bytes:
    return _oxigraph_serialize(load_graph(graph_path), "xml")
