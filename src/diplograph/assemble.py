"""From a folder of texts to one graph in an Oxigraph store, and that store to Turtle.

    texts -> (pipeline, cached) each document's part -> merge -> merged part
          -> parts loaded into a pyoxigraph Store (+ annotations)

A document's part (rdf.document_part) is made in the worker that converted
the document and cached with it, so a build that meets only known texts
reads their parts and writes just the merged part (meetings, actors,
claims) again: adding one document costs one conversion, the merge of the
small per-document records, and loading the triples. The graph equals the
one a full build makes, triple for triple, since the merge always runs over
every document (tests/test_pipeline.py).

Turtle is written by pyoxigraph from the triples in sorted order, so the
same graph gives the same bytes, whatever the order the triples were made
in (--jobs, cache or not).
"""

from __future__ import annotations

from pathlib import Path

from . import pipeline, rdf

# Prefixes of the written Turtle. dgr: is left out on purpose: its IRIs hold '/', which a prefixed
# name would have to escape (dgr:meeting\/2021-...), so they read better in full, as rdflib wrote them.
TURTLE_PREFIXES = {p: str(ns) for p, ns in rdf.PREFIXES if p != "dgr"}


def build_store(seeds_dir: Path, annotations_dir: Path | None = None, *, jobs: int = 1,
                cache_dir: Path | None = None, progress: bool = False, lexicon=None):
    """Convert every text in seeds_dir, merge, and return the graph as a pyoxigraph Store."""
    import pyoxigraph as ox

    from .convert import list_sources, load_lexicon
    from .merge import merge_documents

    lexicon = lexicon or load_lexicon()
    transform = pipeline.Transform(rdf.document_part, modules=("rdf",), salt=rdf.part_salt(lexicon))
    parts = pipeline.convert_many(list_sources(seeds_dir), lexicon, jobs=jobs, cache_dir=cache_dir,
                         progress=progress, transform=transform)
    merged = merge_documents([p.facts for p in parts], lexicon)
    store = ox.Store()
    data = b"".join([*(p.triples for p in parts), rdf.merged_ntriples(merged, parts, lexicon)])
    store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
    if annotations_dir is not None and Path(annotations_dir).is_dir():
        add_annotations(store, Path(annotations_dir))
    return store


def add_annotations(store, folder: Path) -> None:
    """Add every annotation file (Turtle or YAML) in `folder`; blank nodes get stable labels."""
    import pyoxigraph as ox
    from rdflib import BNode
    from rdflib.compare import to_canonical_graph

    from .store import to_oxigraph_term
    from .validate import parse_annotation_file

    for f in sorted(folder.glob("*")):
        if f.suffix.lower() not in (".ttl", ".yaml", ".yml"):
            continue
        g = parse_annotation_file(f)
        if any(isinstance(t, BNode) for triple in g for t in triple):
            g = to_canonical_graph(g)
        store.extend([ox.Quad(*(to_oxigraph_term(t) for t in triple), ox.DefaultGraph()) for triple in g])


def ntriples(store) -> bytes:
    """The store's triples as N-Triples, one per line, sorted."""
    import pyoxigraph as ox

    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    lines = data.splitlines()
    lines.sort()
    return b"\n".join(lines) + b"\n" if lines else b""


def turtle_bytes(store) -> bytes:
    """Turtle of the store's graph: subjects, then predicates and objects, in sorted order."""
    import pyoxigraph as ox

    triples = ox.parse(ntriples(store), format=ox.RdfFormat.N_TRIPLES)
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=TURTLE_PREFIXES)
    # The @prefix lines come in the writer's own order: sort them, whatever that order is.
    lines = data.split(b"\n")
    n = next((i for i, line in enumerate(lines) if not line.startswith(b"@prefix ")), len(lines))
    return b"\n".join([*sorted(lines[:n]), b"", *lines[n:]]) if n else data


def to_rdflib(store):
    """The store's graph as an rdflib Graph (for pySHACL and the callers of build_graph)."""
    from rdflib import Graph

    g = rdf.bind(Graph())
    g.parse(data=ntriples(store), format="nt")
    return g


def counts(store) -> dict[str, int]:
    """How many documents, meetings, stances, designations, claims, actors and triples."""
    dg = str(rdf.DG)
    kinds = {"documents": "Document", "meetings": "Meeting", "stances": "Stance",
             "designations": "Designation", "claims": "Claim"}
    out = {}
    for name, cls in kinds.items():
        out[name] = _count(store, f"?x a <{dg}{cls}>")
    actor_classes = ("State", "Person", "IntergovernmentalOrganization", "Government", "ArmedGroup",
                     "InformalGrouping", "Organization")
    values = " ".join(f"<{dg}{c}>" for c in actor_classes)
    out["actors"] = _count(store, f"VALUES ?c {{ {values} }} ?x a ?c")
    out["triples"] = len(store)
    return out


def _count(store, pattern: str) -> int:
    rows = list(store.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}"))
    return int(rows[0]["n"].value)
