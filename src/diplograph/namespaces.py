"""The project's prefixes as plain strings, for code that must not import rdflib.

`diplograph query` and its writers only need the IRIs; importing rdflib for
its Namespace objects was a tenth of a second of every run. `vocab` builds
its Namespace objects from these and re-exports PREFIXES.
"""

from __future__ import annotations

# The project's prefixes, in the order query prologues and the SPARQL page print them.
PREFIXES: dict[str, str] = {
    "dg": "https://w3id.org/diplograph/ontology#",
    "dgr": "https://w3id.org/diplograph/id/",
    "dgt": "https://w3id.org/diplograph/topic/",
    "oa": "http://www.w3.org/ns/oa#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "owl": "http://www.w3.org/2002/07/owl#",
}

# Prefixes of the Turtle the build writes (graph/writer.py) and the exports write, in the writer's
# order. dgr: is left out on purpose: its IRIs hold '/', which a prefixed name would have to escape
# (dgr:meeting\/2021-...), so they read better in full. Here rather than in graph/writer.py, which
# imports rdflib and the converter: the exports need neither (a tenth of a second of each).
TURTLE_PREFIXES = {p: PREFIXES[p] for p in ("dg", "dgt", "oa", "skos", "dcterms", "xsd", "rdfs")}


def turtle_header() -> bytes:
    """The @prefix lines every written graph starts with."""
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(TURTLE_PREFIXES.items())).encode() + b"\n"
