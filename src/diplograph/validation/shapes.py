"""The shapes and the ontology the engines check against, read from shapes/ and ontology/.

Imports the ground floor and `native` (which shapes it checks itself).
"""

from __future__ import annotations

from pathlib import Path

import rdflib
from rdflib import RDF, RDFS, URIRef

from ..errors import InputError
from ..paths import ontology_dir, shapes_dir
from ..rdfio import locate_syntax_error
from ..vocab import DG
from .native import without_native_shapes

# The class hierarchy of the public contract (data-model.md). The ontology
# states it too; this copy keeps validation right while the ontology is absent.
CONTRACT_SUBCLASSES = {
    DG.State: DG.Actor,
    DG.Person: DG.Actor,
    DG.Organization: DG.Actor,
    DG.IntergovernmentalOrganization: DG.Organization,
    DG.Government: DG.Organization,
    DG.ArmedGroup: DG.Organization,
    DG.DesignatedOrganization: DG.Organization,
}


def _parse_dir(folder: Path, kind: str) -> rdflib.Graph:
    graph = rdflib.Graph()
    if not folder.is_dir():
        return graph
    for path in sorted(folder.glob("*.ttl")):
        try:
            graph.parse(path, format="turtle")
        except SyntaxError as exc:
            line, column, why = locate_syntax_error(exc, "")
            raise InputError(f"the {kind} file is not valid Turtle: {why}", path=str(path), line=line,
                             column=column) from None
    return graph


def load_shapes() -> rdflib.Graph:
    """Every shapes/*.ttl, merged into one shapes graph."""
    graph = _parse_dir(shapes_dir(), "shapes")
    if len(graph) == 0:
        raise InputError(f"no SHACL shapes found in {shapes_dir()}; is DIPLOGRAPH_HOME right?")
    return graph


def load_ontology() -> rdflib.Graph:
    """ontology/*.ttl (classes, topic scheme, reference actors); empty if absent."""
    return _parse_dir(ontology_dir(), "ontology")


_SHAPES_CACHE: dict[tuple, tuple[rdflib.Graph, rdflib.Graph]] = {}


def cached_shapes() -> tuple[rdflib.Graph, rdflib.Graph]:
    """The shapes graph, and the same without the shapes native_checks evaluates."""
    # Keyed on the files' names and mtimes so that an edited shape is re-read.
    folder = shapes_dir()
    key = tuple((p.name, p.stat().st_mtime_ns) for p in sorted(folder.glob("*.ttl"))) + (str(folder),)
    if key not in _SHAPES_CACHE:
        _SHAPES_CACHE.clear()
        shapes = load_shapes()
        _SHAPES_CACHE[key] = (shapes, without_native_shapes(shapes))
    return _SHAPES_CACHE[key]


def add_superclass_types(graph: rdflib.Graph) -> None:
    """Type every instance with all superclasses of its classes (in place).

    Uses the rdfs:subClassOf triples present in `graph` plus the contract's
    hierarchy; a few hundred additions on the seed graph, no general inference.
    """
    parents: dict[URIRef, set[URIRef]] = {}
    for sub, sup in CONTRACT_SUBCLASSES.items():
        parents.setdefault(sub, set()).add(sup)
    for child, parent in graph.subject_objects(RDFS.subClassOf):
        if isinstance(child, URIRef) and isinstance(parent, URIRef):
            parents.setdefault(child, set()).add(parent)

    closure: dict[URIRef, set[URIRef]] = {}

    def ancestors(cls: URIRef) -> set[URIRef]:
        if cls not in closure:
            closure[cls] = set()  # guards against cycles
            found: set[URIRef] = set()
            for sup in parents.get(cls, ()):
                found.add(sup)
                found |= ancestors(sup)
            closure[cls] = found
        return closure[cls]

    additions = []
    for node, cls in graph.subject_objects(RDF.type):
        if isinstance(cls, URIRef) and cls in parents:
            for sup in ancestors(cls):
                additions.append((node, RDF.type, sup))
    for triple in additions:
        graph.add(triple)
