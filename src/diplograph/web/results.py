"""SPARQL results as plain data, and their four standard serializations.

A worker process turns each pyoxigraph term into a small tuple (so that it
crosses a process boundary and can be capped at --max-rows), and these
functions write the capped table as SPARQL 1.1 Query Results JSON, XML, CSV
or TSV. pyoxigraph's own serializer cannot stop after N rows, hence our own.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from ..rdfio import XSD_STRING

# A term is ("uri", iri) | ("bnode", id) | ("literal", lexical, datatype, lang) | None (unbound).
Term = tuple | None


@dataclass
class Table:
    """The rows of a SELECT (capped), or the answer of an ASK."""

    variables: list[str] = field(default_factory=list)
    rows: list[list[Term]] = field(default_factory=list)
    boolean: bool | None = None
    truncated: bool = False
    max_rows: int | None = None

    def message(self) -> str | None:
        if self.truncated:
            return (f"Only the first {self.max_rows} rows are shown: the result was capped "
                    f"(server option --max-rows).")
        return None


def term_text(term: Term) -> str:
    """The plain value of a term, as CSV and tables show it."""
    if term is None:
        return ""
    return term[1]


def term_ntriples(term: Term) -> str:
    """A term in N-Triples/Turtle syntax, as TSV results require."""
    if term is None:
        return ""
    if term[0] == "uri":
        return f"<{term[1]}>"
    if term[0] == "bnode":
        return f"_:{term[1]}"
    value = (term[1].replace("\\", "\\\\").replace('"', '\\"')
             .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))
    if term[3]:
        return f'"{value}"@{term[3]}'
    if term[2] and term[2] != XSD_STRING:
        return f'"{value}"^^<{term[2]}>'
    return f'"{value}"'


def to_json(table: Table) -> bytes:
    head: dict = {"vars": table.variables} if table.boolean is None else {}
    doc: dict = {"head": head}
    if table.boolean is not None:
        doc["boolean"] = table.boolean
    else:
        bindings = []
        for row in table.rows:
            binding = {}
            for var, term in zip(table.variables, row, strict=True):
                if term is None:
                    continue
                if term[0] == "uri":
                    binding[var] = {"type": "uri", "value": term[1]}
                elif term[0] == "bnode":
                    binding[var] = {"type": "bnode", "value": term[1]}
                else:
                    lit = {"type": "literal", "value": term[1]}
                    if term[3]:
                        lit["xml:lang"] = term[3]
                    elif term[2] and term[2] != XSD_STRING:
                        lit["datatype"] = term[2]
                    binding[var] = lit
            bindings.append(binding)
        doc["results"] = {"bindings": bindings}
    if table.truncated:
        # Clients ignore keys they do not know; people reading the JSON see why rows are missing.
        doc["diplograph"] = {"truncated": True, "maxRows": table.max_rows, "message": table.message()}
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def to_xml(table: Table) -> bytes:
    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    if table.boolean is None:
        out += [f"<variable name={quoteattr(v)}/>" for v in table.variables]
    out.append("</head>")
    if table.boolean is not None:
        out.append(f"<boolean>{'true' if table.boolean else 'false'}</boolean>")
    else:
        out.append("<results>")
        for row in table.rows:
            out.append("<result>")
            for var, term in zip(table.variables, row, strict=True):
                if term is None:
                    continue
                if term[0] == "uri":
                    inner = f"<uri>{escape(term[1])}</uri>"
                elif term[0] == "bnode":
                    inner = f"<bnode>{escape(term[1])}</bnode>"
                elif term[3]:
                    inner = f"<literal xml:lang={quoteattr(term[3])}>{escape(term[1])}</literal>"
                elif term[2] and term[2] != XSD_STRING:
                    inner = f"<literal datatype={quoteattr(term[2])}>{escape(term[1])}</literal>"
                else:
                    inner = f"<literal>{escape(term[1])}</literal>"
                out.append(f"<binding name={quoteattr(var)}>{inner}</binding>")
            out.append("</result>")
        out.append("</results>")
    out.append("</sparql>")
    return ("\n".join(out) + "\n").encode("utf-8")


def to_csv(table: Table) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if table.boolean is not None:
        writer.writerow(["_askResult"])
        writer.writerow(["true" if table.boolean else "false"])
    else:
        writer.writerow(table.variables)
        for row in table.rows:
            writer.writerow([term_text(t) for t in row])
    return buf.getvalue().encode("utf-8")


def to_tsv(table: Table) -> bytes:
    if table.boolean is not None:
        return f"?_askResult\n{'true' if table.boolean else 'false'}\n".encode()
    lines = ["\t".join(f"?{v}" for v in table.variables)]
    lines += ["\t".join(term_ntriples(t) for t in row) for row in table.rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


SERIALIZERS = {"json": to_json, "xml": to_xml, "csv": to_csv, "tsv": to_tsv}
