"""The rows of a query as people and tools read them: a table, CSV, TSV, SPARQL JSON or XML results.

Imports `errors` and the engines' Rows; the commands and the tests of the
saved queries read rows through it. The table, CSV and TSV writers take rows
of rdflib terms or of pyoxigraph's (an engine's raw rows) and write the same
text for both; they import neither library to tell them apart, since an
rdflib term is a str and a pyoxigraph term is not.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..namespaces import PREFIXES
from ..rdfio import RDF_LANGSTRING, XSD_STRING
from .engines import Rows, json_term_to_rdflib

if TYPE_CHECKING:
    from rdflib.query import Result
    from rdflib.term import Node


FORMATS = ("table", "csv", "tsv", "json", "xml")


def _parts(term: Any) -> tuple[str, str, str | None, str | None]:
    """(kind, text, language, datatype) of an rdflib or a pyoxigraph term; kind is "iri", "bnode" or
    "literal", datatype None for a plain string."""
    if isinstance(term, str):           # rdflib's terms are strings
        kind = type(term).__name__
        if kind == "URIRef":
            return "iri", str(term), None, None
        if kind == "BNode":
            return "bnode", str(term), None, None
        dt = getattr(term, "datatype", None)
        return "literal", str(term), getattr(term, "language", None), None if dt is None else str(dt)
    kind = type(term).__name__
    if kind == "NamedNode":
        return "iri", term.value, None, None
    if kind == "BlankNode":
        return "bnode", term.value, None, None
    if kind == "Literal":
        dt = term.datatype.value
        return "literal", term.value, term.language, None if dt in (XSD_STRING, RDF_LANGSTRING) else dt
    raise TypeError(f"unexpected term {term!r}")


def rdflib_rows(rows: Rows) -> Rows:
    """Rows of rdflib terms, whichever kind they came as."""
    from ..rdfio import to_rdflib

    return Rows(rows.vars, [tuple(t if t is None or isinstance(t, str) else to_rdflib(t) for t in row)
                            for row in rows.rows])


def _rdflib_result(rows: Rows) -> Result:
    from rdflib import Variable
    from rdflib.query import Result

    rows = rdflib_rows(rows)

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

    def cell(term: Any) -> str:
        if term is None:
            return ""
        kind, text, _, _ = _parts(term)
        return f"_:{text}" if kind == "bnode" else text

    out = io.StringIO()
    writer = csv.writer(out, delimiter=",")
    writer.writerow(rows.vars)
    writer.writerows([cell(t) for t in row] for row in rows.rows)
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


def tsv_term(term: Node | Any | None) -> str:
    """One term in the SPARQL 1.1 TSV syntax: N-Triples forms, with tabs and newlines escaped."""
    if term is None:
        return ""
    kind, text, language, datatype = _parts(term)
    if kind == "literal":
        for raw, esc in (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t")):
            text = text.replace(raw, esc)
        if language:
            return f'"{text}"@{language}'
        if datatype is not None:
            return f'"{text}"^^<{datatype}>'
        return f'"{text}"'
    if kind == "bnode":
        return f"_:{text}"
    return f"<{text}>"


def to_tsv(rows: Rows) -> str:
    lines = ["\t".join(f"?{v}" for v in rows.vars)]
    lines += ["\t".join(tsv_term(t) for t in row) for row in rows.rows]
    return "\n".join(lines) + "\n"


def short(term: Node | Any | None) -> str:
    """A term as a person reads it: prefixed IRIs, literal values without quotes."""
    if term is None:
        return ""
    kind, text, _, _ = _parts(term)
    if kind == "iri":
        for prefix, ns in PREFIXES.items():
            if text.startswith(ns) and len(text) > len(ns):
                return f"{prefix}:{text[len(ns):]}"
        return f"<{text}>"
    if kind == "literal":
        return " ".join(text.split())
    return f"_:{text}"


def to_table(rows: Rows, max_width: int = 60) -> str:
    """Columns aligned for a terminal; long cells cut to `max_width` (0: no limit)."""
    def cut(s: str) -> str:
        return s if not max_width or len(s) <= max_width else s[: max_width - 1] + "…"

    # names, dates and types repeat down a column: each distinct term is written once (a 78,000-row
    # answer spent 0.65 s here, term by term)
    shown: dict[Any, str] = {}

    def cell(term: Any) -> str:
        try:
            return shown[term]
        except KeyError:
            shown[term] = text = cut(short(term))
            return text

    header = list(rows.vars)
    body = [[cell(t) for t in row] for row in rows.rows]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(header)]
    # one format for every line, each cell padded to its column's width as str.ljust pads it
    layout = "  ".join(f"{{:<{w}}}" for w in widths)

    def line(cells: list[str]) -> str:
        return layout.format(*cells).rstrip()
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
