"""The vocabulary every layer speaks: namespaces, prefixes, classes, stance types.

Ground floor: imports only `paths`, `namespaces` and rdflib's namespace objects, so every
package may import it. What the ontology states (its classes, the stance
types) is read from ontology/diplograph.ttl once per process and asked here;
no other module keeps a list of its own. A new stance type is a new
individual in the ontology's `dg:StanceType` enumeration (and a verb in the
lexicon), nothing in Python.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD  # noqa: F401 - others read them here

from . import paths
from .namespaces import PREFIXES

DG = Namespace(PREFIXES["dg"])
DGR = Namespace(PREFIXES["dgr"])
DGT = Namespace(PREFIXES["dgt"])
OA = Namespace(PREFIXES["oa"])
SHAPES = Namespace("https://w3id.org/diplograph/shapes#")


def prefixes(*names: str) -> dict[str, str]:
    """A subset of PREFIXES in the order the caller names it (a writer's order can show in its bytes)."""
    return {name: PREFIXES[name] for name in names}


# The converter's name for each kind of node (lexicon.Entry.kind) and its class.
# The kind is the converter's word, not the ontology's; the classes are checked
# against the ontology by tests/test_vocab.py.
CLASS_OF_KIND = {
    "state": DG.State, "person": DG.Person, "place": DG.Place, "series": DG.MeetingSeries,
    "igo": DG.IntergovernmentalOrganization, "government": DG.Government, "armed_group": DG.ArmedGroup,
    "grouping": DG.InformalGrouping, "organization": DG.Organization,
}
CLAIM_PROPERTY = {"date": DG.date, "location": DG.location, "chair": DG.chair}


def stance_types() -> tuple[str, ...]:
    """The local names of the `dg:StanceType` individuals, in the order of the ontology's owl:oneOf list."""
    return _stance_types(str(_ontology_file()))


def classes() -> frozenset[str]:
    """The IRIs of the classes the ontology declares in its own namespace."""
    return _classes(str(_ontology_file()))


def _ontology_file() -> Path:
    # asked each time, not once: DIPLOGRAPH_HOME may point at another copy of the data (tests do)
    return paths.ontology_dir() / "diplograph.ttl"


@cache
def _triples(path: str) -> tuple:
    import pyoxigraph as ox

    if not Path(path).is_file():
        return ()
    # Oxigraph reads the file in milliseconds; rdflib took a tenth of a second
    return tuple(ox.parse(path=path, format=ox.RdfFormat.TURTLE))


@cache
def _stance_types(path: str) -> tuple[str, ...]:
    triples = _triples(path)
    first = {t.subject: t.object for t in triples if t.predicate.value == str(RDF.first)}
    rest = {t.subject: t.object for t in triples if t.predicate.value == str(RDF.rest)}
    for t in triples:
        if t.predicate.value == str(OWL.equivalentClass) and t.subject.value == str(DG.StanceType):
            head = next((x.object for x in triples if x.subject == t.object and x.predicate.value == str(OWL.oneOf)),
                        None)
            out = []
            while head is not None and head in first:
                out.append(first[head].value.removeprefix(str(DG)))
                head = rest.get(head)
            return tuple(out)
    return ()


@cache
def _classes(path: str) -> frozenset[str]:
    return frozenset(t.subject.value for t in _triples(path)
                     if t.predicate.value == str(RDF.type) and t.object.value == str(OWL.Class)
                     and t.subject.value.startswith(str(DG)))


# The short forms of reports and messages: the project's prefixes and the shapes' own.
_SHORT_FORMS = {**PREFIXES, "shapes": str(SHAPES)}


def compact(iri: str) -> str:
    """A readable short form for reports: dgr:state/china, dg:holder (not Turtle syntax)."""
    best = ""
    for prefix, ns in _SHORT_FORMS.items():
        if iri.startswith(ns) and len(ns) > len(best):
            best, name = ns, prefix
    return f"{name}:{iri[len(best):]}" if best else iri
