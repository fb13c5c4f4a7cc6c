"""The export formats: one entry each, and the only list of them.

An entry names the format as the user types it (`diplograph export
--format NAME`), the file suffix and media type it is written with, one
line of help, and its writer: a function from the built graph's path to the
bytes of the export. A format may also have a streaming writer (`stream`:
the graph's path and a binary file to write the same bytes into), which
`export_to()` uses to write a large graph without holding the export in
memory. The CLI's choices and help, `export()` and `export_to()` read this
table and nothing else.

Adding a format is one entry here, its writer (a function in a module of
this package, say `plover.py`) and a test; a writer must be deterministic
(the same graph gives the same bytes) and raise InputError for what the user
can fix.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from . import graphml, plover, rdf


@dataclass(frozen=True)
class Format:
    name: str                           # what --format takes
    suffix: str                         # of the file it is written to
    media_type: str
    help: str                           # one line, for --help
    writer: Callable[[Path], bytes]     # the built graph's path -> the export's bytes
    named_graphs: bool = False          # one named graph per source document (a dataset syntax)
    rdf: bool = True                    # an RDF syntax (parses back into the graph); else records or a network
    stream: Callable[[Path, BinaryIO], None] | None = None    # writes the writer's bytes into a file


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("turtle", ".ttl", "text/turtle", "Turtle, as the build writes it", rdf.turtle, stream=rdf.write_turtle),
    Format("ntriples", ".nt", "application/n-triples", "N-Triples, one triple a line, sorted", rdf.ntriples,
           stream=rdf.write_ntriples),
    Format("nquads", ".nq", "application/n-quads", "N-Quads, each document's facts in a named graph of its own",
           rdf.nquads, named_graphs=True, stream=rdf.write_nquads),
    Format("trig", ".trig", "application/trig", "TriG, each document's facts in a named graph of its own",
           rdf.trig, named_graphs=True, stream=rdf.write_trig),
    Format("jsonld", ".jsonld", "application/ld+json", "JSON-LD, indented", rdf.jsonld),
    Format("xml", ".rdf", "application/rdf+xml", "RDF/XML", rdf.rdfxml, stream=rdf.write_rdfxml),
    Format("plover", ".tsv", "text/tab-separated-values",
           "PLOVER event records, one per stance and designation, as TSV (docs/plover.md)", plover.tsv,
           rdf=False),
    Format("plover-jsonl", ".jsonl", "application/x-ndjson", "the same PLOVER records as JSON lines", plover.jsonl,
           rdf=False),
    Format("graphml", ".graphml", "application/graphml+xml",
           "the co-attendance network (who met whom, how often, first and last date) for Gephi or networkx",
           graphml.write_graphml, rdf=False),
)}
