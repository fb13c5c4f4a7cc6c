"""The rows of a query as people and tools read them: a table, CSV, TSV, SPARQL JSON or XML results.

Imports `errors` and the engines' Rows; the commands and the tests of the
saved queries read rows through it.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from ..errors import InputError
from ..vocab import PREFIXES
from .engines import Rows, json_term_to_rdflib

if TYPE_CHECKING:
    from rdflib.query import Result
    from rdflib.term import Node

FORMATS = ("table", "csv", "tsv", "json", "xml")


def _rdflib_result(rows: Rows) -> Result:
    from rdflib import Variable
    from rdflib.query import Result

    result = Result("SELECT")
    result.vars = [Variable(v) for v in rows.vars]
    result.bindings = [{Variable(v): t for v, t in zip(rows.vars, row, strict=True) if t is not None}
                       for row in rows.rows]
    return result


def to_csv(rows: Rows) -> str:
    """SPARQL 1.1 CSV results, as rdflib's serializer writes them: lexical forms, blank nodes as
    _:id, CRLF line ends. Written here: rdflib's serializer imports its SPARQL parser, a third of
    a second of every `diplograph query -f csv`."""
    import csv

    from rdflib import BNode

    out = io.StringIO()
    writer = csv.writer(out, delimiter=",")
    writer.writerow(rows.vars)
    writer.writerows(["" if t is None else f"_:{t}" if isinstance(t, BNode) else t for t in row]
                     for row in rows.rows)
    return out.getvalue()


def to_json(rows: Rows) -> str:
    """SPARQL 1.1 JSON results (rdflib's serializer)."""
    out = io.BytesIO()
    _rdflib_result(rows).serialize(destination=out, format="json", encoding="utf-8")
    return out.getvalue().decode("utf-8") + "\n"


def to_xml(rows: Rows) -> str:
    """SPARQL Query Results XML (rdflib's serializer)."""
    out = io.BytesIO()
    _rdflib_result(rows).serialize(destination=out, format="xml", encoding="utf-8")
    return out.getvalue().decode("utf-8") + "\n"


def tsv_term(term: Node | None) -> str:
    """One term in the SPARQL 1.1 TSV syntax: N-Triples forms, with tabs and newlines escaped."""
    from rdflib import BNode, Literal

    if term is None:
        return ""
    if isinstance(term, Literal):
        text = str(term)
        for raw, esc in (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t")):
            text = text.replace(raw, esc)
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype is not None:
            return f'"{text}"^^<{term.datatype}>'
        return f'"{text}"'
    if isinstance(term, BNode):
        return f"_:{term}"
    return f"<{term}>"


def to_tsv(rows: Rows) -> str:
    lines = ["\t".join(f"?{v}" for v in rows.vars)]
    lines += ["\t".join(tsv_term(t) for t in row) for row in rows.rows]
    return "\n".join(lines) + "\n"


def short(term: Node | None) -> str:
    """A term as a person reads it: prefixed IRIs, literal values without quotes."""
    from rdflib import Literal, URIRef

    if term is None:
        return ""
    if isinstance(term, URIRef):
        iri = str(term)
        for prefix, ns in PREFIXES.items():
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{prefix}:{iri[len(ns):]}"
        return f"<{iri}>"
    if isinstance(term, Literal):
        return " ".join(str(term).split())
    return f"_:{term}"


def to_table(rows: Rows, max_width: int = 60) -> str:
    """Columns aligned for a terminal; long cells cut to `max_width` (0: no limit)."""
    def cut(s: str) -> str:
        return s if not max_width or len(s) <= max_width else s[: max_width - 1] + "…"

    header = list(rows.vars)
    body = [[cut(short(t)) for t in row] for row in rows.rows]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(header)]
    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()
    out = [line(header), line(["-" * w for w in widths])] + [line(r) for r in body]
    out.append(f"({len(body)} row{'s' if len(body) != 1 else ''})")
    return "\n".join(out) + "\n"


def format_rows(rows: Rows, fmt: str, *, max_width: int = 60) -> str:
    if fmt == "table":
        return to_table(rows, max_width)
    if fmt == "csv":
        return to_csv(rows)
    if fmt == "tsv":
        return to_tsv(rows)
    if fmt == "json":
        return to_json(rows)
    if fmt == "xml":
        return to_xml(rows)
    raise InputError(f"unknown format {fmt!r}: use {', '.join(FORMATS)}")


def parse_json_results(text: str) -> Rows:
    """Rows from SPARQL 1.1 JSON results (the expectation files of the tests use this format)."""
    import json

    data = json.loads(text)
    names = list(data["head"]["vars"])
    rows = [tuple(json_term_to_rdflib(b[n]) if n in b else None for n in names)
            for b in data["results"]["bindings"]]
    return Rows(names, rows)
