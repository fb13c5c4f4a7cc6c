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

import gc
import io
import itertools
import operator
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from .. import rdfio
from ..errors import InputError
from ..namespaces import PREFIXES as ALL_PREFIXES
from ..namespaces import TURTLE_PREFIXES, turtle_header

if TYPE_CHECKING:
    import pyoxigraph as ox
    import rdflib

# The writers print prefixes in this order (oxigraph's JSON-LD context, RDF/XML's xmlns).
PREFIXES = {p: ALL_PREFIXES[p] for p in ("dg", "dgr", "dgt", "oa", "skos", "dcterms", "prov", "owl", "rdfs", "xsd")}
DG = PREFIXES["dg"]


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
        if isinstance(doc, URIRef):     # a literal (a broken graph) names no graph: the span stays in the default
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
# Order without rdflib, and without holding the graph several times: Oxigraph reads the graph as
# it streams from the file and writes it at once as N-Triples, one triple a line. The lines, as
# bytes, are sorted in place (UTF-8 sorts as the code points do, so this is the order rdflib's text
# gave; the build writes each segment's Turtle in this order, so the sort finds long sorted runs) and each
# writer streams them, a block of lines at a time, into its syntax and straight into the output
# file: Oxigraph's Turtle, TriG and RDF/XML writers keep the order they are given. The one thing
# held is the list of lines (about 200 MB a million triples), never a graph of Python terms nor
# the output: issue 18 measured 159 s and 2.2 GB for rdflib's Turtle at 1M triples.
#
# (Oxigraph's own store would not do: it iterates its quads in the order of its index, which
# sorts terms by their internal encoding, not by their text.)

_BLOCK_LINES = 20_000


def _oxigraph_lines(graph_path: Path) -> list[bytes] | None:
    """The graph's triples as sorted N-Triples lines (each once, without its newline), read by
    Oxigraph; None when the graph holds blank nodes (Oxigraph labels them afresh at each read:
    the rdflib path gives them canonical labels) or is a dataset syntax (rdflib's path keeps
    today's reading of it)."""
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
    maybe_blank = b"_:" in data     # one scan of the text spares testing each line
    lines = data.splitlines()
    del data
    if maybe_blank and any(_blank(line) for line in lines):
        return None
    lines.sort()
    # a triple written twice in the file is read twice: each once, as the set of lines had it
    if any(map(bytes.__eq__, lines, itertools.islice(lines, 1, None))):
        lines = list(dict.fromkeys(lines))
    return lines


def _blank(line: bytes) -> bool:
    # a predicate is never blank; an object is, when its last token starts with _: (a literal
    # holding " _:" is taken for one too: it only costs the slower path)
    return line.startswith(b"_:") or line[:-2].rsplit(b" ", 1)[-1].startswith(b"_:")


def _blocks(lines: list[bytes]) -> Iterator[bytes]:
    """The lines as N-Triples (or N-Quads) text, a block of lines at a time."""
    for start in range(0, len(lines), _BLOCK_LINES):
        yield b"\n".join(lines[start:start + _BLOCK_LINES]) + b"\n"


def _parsed(blocks: Iterable[bytes], syntax: ox.RdfFormat) -> Iterator[Any]:
    """Blocks of N-Triples (or N-Quads) lines as Oxigraph triples (or quads), in their order.

    (Any: all triples or all quads by the syntax, which Oxigraph's serialize takes as either.)"""
    import pyoxigraph as ox

    for block in blocks:
        yield from ox.parse(block, format=syntax)


class _AfterPrefixes:
    """A binary writer passing on what Oxigraph writes after its @prefix lines (at most `limit` of
    them), which the build's sorted header replaces; it ends what it wrote with a newline."""

    def __init__(self, out: BinaryIO, limit: int | None = None) -> None:
        self.out, self.limit = out, limit
        self.head = b""
        self.skipping = True
        self.last = b"\n"

    def write(self, data: bytes) -> int:
        taken = len(data)
        if self.skipping:
            self.head += data
            while self.limit is None or self.limit > 0:
                if len(self.head) < 8 and b"@prefix ".startswith(self.head):
                    return taken            # too short to tell: wait for more
                if not self.head.startswith(b"@prefix "):
                    break
                end = self.head.find(b"\n")
                if end < 0:
                    return taken            # wait for the line's end
                self.head = self.head[end + 1:]
                if self.limit is not None:
                    self.limit -= 1
            self.skipping = False
            data, self.head = self.head, b""
        if data:
            self.out.write(data)
            self.last = bytes(data[-1:])
        return taken

    def flush(self) -> None:
        self.out.flush()

    def close(self) -> None:
        """Write what is held back and end the text with a newline."""
        self.skipping = False
        self.write(self.head)
        self.head = b""
        if self.last != b"\n":
            self.out.write(b"\n")
            self.last = b"\n"


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
        elif p == document and o.startswith(b"<"):
            spans.append((s, o))
        elif p == evidence:
            cited.append((s, o))
    return _spread(home, spans, cited)


def _spread(home: dict, spans: list[tuple[Any, Any]], cited: list[tuple[Any, Any]]) -> dict:
    """`home` (each document -> itself) with each span's document and each node citing spans of
    one document only: source_graph_of's rule, on lines (_homes) or on objects (_object_homes)."""
    for span, doc in spans:
        home.setdefault(span, doc)
    docs_of: dict[Any, set] = {}
    for node, span in cited:
        docs_of.setdefault(node, set()).add(home.get(span))
    for node, docs in docs_of.items():
        if len(docs) == 1 and None not in docs and node not in home:
            home[node] = next(iter(docs))
    return home


def _quads(lines: list[bytes], home: dict[bytes, bytes]) -> Iterator[bytes]:
    """Each triple in its document's graph (module doc), as rdflib's N-Quads wrote it (the default
    graph's lines end in two spaces and a dot), a block of quads at a time.

    In the order of the triples: "S P O " never begins another triple's "S P O " (a term's text
    shows where it ends), so two quads compare as their triples do, whatever graph follows.
    """
    for start in range(0, len(lines), _BLOCK_LINES):
        out = []
        for line in lines[start:start + _BLOCK_LINES]:
            graph = home.get(line[:line.index(b" ")])
            out.append(line[:-1] + (b" .\n" if graph is None else graph + b" .\n"))
        yield b"".join(out)


def _write_turtle(lines: list[bytes], out: BinaryIO) -> None:
    """The build's own Turtle (graph/writer.py's turtle_header and turtle_body), streamed."""
    import pyoxigraph as ox

    out.write(turtle_header())
    if not lines:
        return
    body = _AfterPrefixes(out, limit=len(TURTLE_PREFIXES))
    ox.serialize(_parsed(_blocks(lines), ox.RdfFormat.N_TRIPLES), cast(BinaryIO, body), ox.RdfFormat.TURTLE,
                 prefixes=TURTLE_PREFIXES)
    body.close()


def _with_rdflib(out: BinaryIO, data: bytes) -> None:
    out.write(data)


def _oxigraph_triples(graph_path: Path) -> list[Any] | None:
    """The graph's triples as Oxigraph's objects, each once, in the order of their N-Triples text
    (the order of _oxigraph_lines); None where _oxigraph_lines gives None.

    For Turtle: the lines made a Python object of every triple twice (reading the graph, then
    reading the sorted lines back for the writer), 1.7 s of a 5.3 s export at 1.17M triples. An
    object's str() is its N-Triples line without the final " .", so the objects read once are
    sorted by it and handed to the writer as they are. They hold more than the lines (about 900 MB
    at its peak there, against 520 MB), so only Turtle and RDF/XML, which need no line's text after
    the sort, take this path.
    """
    import pyoxigraph as ox

    path = rdfio.require_graph(graph_path)
    fmt = rdfio.oxigraph_format(path)
    if fmt.supports_datasets:
        return None
    # The collector is paused while the objects pile up: Oxigraph's objects are tracked, and its
    # passes over the growing list cost 0.9 s at 1.17M triples, for nothing (they hold no cycles).
    collecting = gc.isenabled()
    gc.disable()
    try:
        try:
            # quads of the default graph: their text is their triple's, and the writer takes them as triples
            triples = list(ox.parse(path=str(path), format=fmt))
        except SyntaxError as exc:
            raise InputError(f"cannot parse the graph: {exc}; rebuild it with `diplograph build`",
                             path=str(path)) from None
        if any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples):
            return None
        # sorted in place by their text: no list of the keys, of their order or of the sorted
        # objects beside the one the sort holds for itself (about 80 MB less at the peak)
        triples.sort(key=str)
        # a triple written twice in the file is read twice: each once, as the set of lines had it
        # (two terms are equal exactly when their N-Triples texts are)
        if any(map(operator.eq, triples, itertools.islice(triples, 1, None))):
            triples = [t for n, t in enumerate(triples) if n == 0 or t != triples[n - 1]]
        return triples
    finally:
        if collecting:
            gc.enable()


def write_turtle(graph_path: Path, out: BinaryIO) -> None:
    triples = _oxigraph_triples(graph_path)
    if triples is None:
        return _with_rdflib(out, load_graph(graph_path).serialize(format="turtle").encode("utf-8"))
    out.write(turtle_header())
    _write_turtle_body(triples, out)


def write_ntriples(graph_path: Path, out: BinaryIO) -> None:
    lines = _oxigraph_lines(graph_path)
    if lines is None:
        return _with_rdflib(out, _sorted_lines(load_graph(graph_path).serialize(format="nt").encode("utf-8")))
    for block in _blocks(lines):
        out.write(block)


def write_nquads(graph_path: Path, out: BinaryIO) -> None:
    lines = _oxigraph_lines(graph_path)
    if lines is None:
        return _with_rdflib(out, _sorted_lines(
            by_source(load_graph(graph_path)).serialize(format="nquads").encode("utf-8")))
    for block in _quads(lines, _homes(lines)):
        out.write(block)


def _object_homes(triples: list[Any]) -> dict[Any, Any]:
    """_homes on Oxigraph's triples: each subject -> its document's node."""
    import pyoxigraph as ox

    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    document_class, document, evidence = (ox.NamedNode(f"{DG}{name}") for name in ("Document", "document", "evidence"))
    home: dict[Any, Any] = {}
    spans: list[tuple[Any, Any]] = []
    cited: list[tuple[Any, Any]] = []
    for t in triples:
        p = t.predicate
        if p == rdf_type and t.object == document_class:
            home[t.subject] = t.subject
        elif p == document and isinstance(t.object, ox.NamedNode):
            spans.append((t.subject, t.object))
        elif p == evidence:
            cited.append((t.subject, t.object))
    return _spread(home, spans, cited)


def write_trig(graph_path: Path, out: BinaryIO) -> None:
    """TriG: the default graph first, then the named graphs sorted by name, each graph's triples sorted.

    From Oxigraph's objects, as Turtle is (_oxigraph_triples), and each graph written by Oxigraph's
    Turtle writer: its TriG writer writes a named graph as `NAME {`, the graph's Turtle with a tab
    before each line, and `}` (the Turtle writer escapes a line break inside a literal, so every
    line break is one between statements). The TriG writer needed a quad per triple: reading each
    triple again from an N-Quads line cost 4.3 s of 7.7 s at 1.17M triples, making a quad of each
    object as long.
    """
    import pyoxigraph as ox

    triples = _oxigraph_triples(graph_path)
    if triples is None:
        return _with_rdflib(out, _trig(by_source(load_graph(graph_path))))
    collecting = gc.isenabled()
    gc.disable()            # as in _oxigraph_triples: the lists and the map hold no cycles
    try:
        home = _object_homes(triples)
        # each graph's triples, in the order of the triples (references to them, not copies)
        default: list[Any] = []
        named: dict[Any, list[Any]] = {}
        for t in triples:
            graph = home.get(t.subject)
            (default if graph is None else named.setdefault(graph, [])).append(t)
        del triples, home
    finally:
        if collecting:
            gc.enable()
    out.write(turtle_header())
    _write_turtle_body(default, out)
    # by the graph's name as written, "<IRI>", as the sorted N-Quads lines had them
    for name in sorted(named, key=str):
        graph = named.pop(name)
        first = ox.serialize([ox.Quad(graph[0].subject, graph[0].predicate, graph[0].object, name)],
                             format=ox.RdfFormat.TRIG, prefixes=TURTLE_PREFIXES)
        assert first is not None
        opening = first[:first.index(b" {\n")].rsplit(b"\n", 1)[-1]   # after the @prefix lines
        body = io.BytesIO()
        _write_turtle_body(graph, body)
        out.write(opening + b" {\n\t" + body.getvalue()[:-1].replace(b"\n", b"\n\t") + b"\n}\n")


def _write_turtle_body(triples: list[Any], out: BinaryIO) -> None:
    """Oxigraph's Turtle of the triples, without its @prefix lines (turtle_header's)."""
    import pyoxigraph as ox

    if not triples:
        return
    body = _AfterPrefixes(out, limit=len(TURTLE_PREFIXES))
    ox.serialize(triples, cast(BinaryIO, body), ox.RdfFormat.TURTLE, prefixes=TURTLE_PREFIXES)
    body.close()


def write_rdfxml(graph_path: Path, out: BinaryIO) -> None:
    import pyoxigraph as ox

    triples = _oxigraph_triples(graph_path)
    if triples is None:
        return _with_rdflib(out, _oxigraph_serialize(load_graph(graph_path), "xml"))
    ox.serialize(triples, out, ox.RdfFormat.RDF_XML, prefixes=PREFIXES)


def write_jsonld(graph_path: Path, out: BinaryIO) -> None:
    out.write(_oxigraph_serialize(load_graph(graph_path), "jsonld"))


def _in_memory(stream: Callable[[Path, BinaryIO], None]) -> Callable[[Path], bytes]:
    """The bytes a streaming writer writes, for the callers that want them whole."""
    def writer(graph_path: Path) -> bytes:
        buf = io.BytesIO()
        stream(graph_path, buf)
        return buf.getvalue()

    writer.__name__ = stream.__name__.removeprefix("write_")
    writer.__doc__ = stream.__doc__
    return writer


turtle = _in_memory(write_turtle)
ntriples = _in_memory(write_ntriples)
nquads = _in_memory(write_nquads)
trig = _in_memory(write_trig)
jsonld = _in_memory(write_jsonld)
rdfxml = _in_memory(write_rdfxml)
