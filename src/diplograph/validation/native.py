"""Checks the validator runs in Python instead of through pySHACL, for speed.

pySHACL evaluates a SPARQL-based constraint once per focus node; for
shapes:EvidenceOffsetsShape that is two rdflib queries per evidence span, most
of the validation time of a large graph (7 of 13 s for 200 documents). The
shape stays in shapes/evidence.ttl as the definition (other SHACL engines run
it as written); here the same test is a loop over the evidence nodes, with the
shape's own sh:message texts. tests/validation/test_shapes.py checks that both ways give
the same report on every fixture and on the seed graph.

The unknown-terms check has no shape at all (SHACL cannot target "every
property"); queries/check-unknown-terms.rq is its SPARQL form.

Nor has the check of typed literals (`literal_problem`): a date such as
"2023-13-45"^^xsd:date, wherever it stands, is a violation that says what is
wrong with it ("month 13"). SHACL's sh:datatype only says that a value is
not of its type, and only where a shape looks; the range shapes then
misread it ("lies outside 1900-2100"). Both validators (validate.py,
fastvalidate.py) run it, so `diplograph validate`, `annotate add` and
`build` report each such literal once, in the same words.
"""

from __future__ import annotations

import calendar
import itertools
import logging
import re
from collections.abc import Iterable, Iterator

import rdflib
from rdflib import RDF, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from ..vocab import DG, OA, SHAPES

# Shapes evaluated here; the validator removes them from what pySHACL sees.
NATIVE_SHAPES = (SHAPES.EvidenceOffsetsShape,)


def without_native_shapes(shapes: rdflib.Graph) -> rdflib.Graph:
    """A copy of the shapes graph without NATIVE_SHAPES (and their constraint nodes)."""
    out = rdflib.Graph()
    out += shapes
    for shape in NATIVE_SHAPES:
        for triple in list(shapes.cbd(shape)):
            out.remove(triple)
    return out


def _messages(shapes: rdflib.Graph, shape: URIRef) -> dict[str, str]:
    """The shape's sh:message per constraint, keyed by the variable that tells them apart."""
    found = {}
    for constraint in shapes.objects(shape, SH.sparql):
        message = str(shapes.value(constraint, SH.message))
        found["outside" if "{?length}" in message else "mismatch"] = message
    return found


def _fill(template: str, values: dict[str, object]) -> str:
    return re.sub(r"\{\?(\w+)\}", lambda m: str(values.get(m.group(1), m.group(0))), template)


def _int(term: Node | None) -> int | None:
    # SPARQL compares numbers only; a string offset is left to the datatype shapes.
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def evidence_offsets(graph: rdflib.Graph, shapes: rdflib.Graph,
                     focus: set | None = None) -> Iterator[tuple]:
    """(focus, severity, path, value, message) for every evidence span that breaks EvidenceOffsetsShape."""
    messages = _messages(shapes, SHAPES.EvidenceOffsetsShape)
    if not messages:
        return
    for ev in sorted(set(graph.subjects(RDF.type, DG.Evidence))):  # type: ignore[type-var]
        if focus is not None and ev not in focus:
            continue
        docs = list(graph.objects(ev, DG.document))
        starts = list(graph.objects(ev, OA.start))
        ends = list(graph.objects(ev, OA.end))
        texts = [t for d in docs for t in graph.objects(d, DG.text)]
        exacts = list(graph.objects(ev, OA.exact))
        for start_term, end_term, text in itertools.product(starts, ends, texts):
            start, end = _int(start_term), _int(end_term)
            if not isinstance(text, Literal):
                continue
            length = len(str(text))
            # SPARQL's `a || b` is true when either side is, even if the other
            # is an error (a non-numeric offset); `&&` needs both.
            if "outside" in messages and ((start is not None and start < 0) or (end is not None and end > length)):
                yield ev, "Violation", OA.end, end_term, _fill(
                    messages["outside"], {"start": start_term, "end": end_term, "length": length})
            if start is None or end is None:
                continue
            if "mismatch" in messages and 0 <= start < end <= length:
                found = str(text)[start:end]
                for exact in exacts:
                    if len(str(exact)) > 0 and found != str(exact):
                        yield ev, "Violation", OA.exact, exact, _fill(
                            messages["mismatch"], {"start": start_term, "end": end_term, "found": found})


def unknown_terms(graph: rdflib.Graph) -> list[tuple]:
    """Triples that use a dg: property or class the ontology does not declare.

    The same check as queries/check-unknown-terms.rq, done with sets: the
    query costs seconds on rdflib, this a few milliseconds. It needs the
    ontology in `graph` (it declares dg:Stance) and finds nothing without it.
    """
    if (DG.Stance, RDF.type, None) not in graph:
        return []
    ns = str(DG)
    used = {p for p in graph.predicates(unique=True) if str(p).startswith(ns)}
    used |= {c for c in graph.objects(None, RDF.type) if isinstance(c, URIRef) and str(c).startswith(ns)}
    unknown = sorted(t for t in used if (t, RDF.type, None) not in graph)  # type: ignore[type-var]
    rows = []
    for term in unknown:
        rows += [(s, term, o) for s, o in graph.subject_objects(term)]
        rows += [(s, RDF.type, term) for s in graph.subjects(RDF.type, term)]
    return rows


# ----- typed literals ---------------------------------------------------------------------------

XSD = "http://www.w3.org/2001/XMLSchema#"
_TZ = r"(?:Z|[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00))?"
_YMD = re.compile(r"(-?\d{4,})-(\d\d)-(\d\d)(T.*)?" + r"(" + _TZ + r")$")
_TIME = re.compile(r"T(\d\d):(\d\d):(\d\d)(?:\.\d+)?" + _TZ + r"$")
_YEAR = re.compile(r"-?\d{4,}" + _TZ + r"$")
_YEAR_MONTH = re.compile(r"(-?\d{4,})-(\d\d)" + _TZ + r"$")
_INTEGER = re.compile(r"[+-]?\d+$")
_DECIMAL = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)$")
INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                              "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong")}
DATES = {XSD + t for t in ("date", "dateTime", "gYear", "gYearMonth")}
CHECKED = DATES | INTEGERS | {XSD + "decimal", XSD + "boolean"}
_WHAT = {XSD + "date": "date", XSD + "dateTime": "date and time", XSD + "gYear": "year",
         XSD + "gYearMonth": "year and month", XSD + "decimal": "decimal number", XSD + "boolean": "boolean"}


def _month_day(year: str, month: str, day: str | None) -> str | None:
    m = int(month)
    if not 1 <= m <= 12:
        return f"month {m} (months run from 01 to 12)"
    if day is None:
        return None
    d = int(day)
    if d < 1:
        return f"day {d} (days start at 01)"
    y = int(year)
    # the year in the proleptic Gregorian calendar XSD uses (no year 0 in Python: any leap year will do)
    last = calendar.monthrange(y if 1 <= y <= 9999 else 2000 if y % 4 == 0 else 2001, m)[1]
    if d > last:
        name = calendar.month_name[m]
        if m == 2 and d == 29:
            return f"day 29 is past the end of February in {y}, which is not a leap year"
        return f"day {d} is past the end of {name}"
    return None


def literal_problem(lexical: str, datatype: str) -> str | None:
    """What is wrong with the lexical form of a literal of this datatype (an IRI string), or None
    when nothing is, or when the datatype is not one of CHECKED."""
    if datatype in (XSD + "date", XSD + "dateTime"):
        m = _YMD.match(lexical)
        if m is None or (datatype == XSD + "date") != (m.group(4) is None):
            return "not of the form " + ("YYYY-MM-DD" if datatype == XSD + "date" else "YYYY-MM-DDThh:mm:ss")
        if int(m.group(1)) == 0:
            return "year 0000 (years start at 0001)"
        wrong = _month_day(m.group(1), m.group(2), m.group(3))
        if wrong or datatype == XSD + "date":
            return wrong
        t = _TIME.match(m.group(4) + m.group(5))
        if t is None:
            return "not of the form YYYY-MM-DDThh:mm:ss"
        h, mi, sec = map(int, t.groups())
        if (h, mi, sec) != (24, 0, 0) and (h > 23 or mi > 59 or sec > 59):
            return f"{h:02}:{mi:02}:{sec:02} is not a time of day"
        return None
    if datatype == XSD + "gYear":
        return None if _YEAR.match(lexical) else "not of the form YYYY"
    if datatype == XSD + "gYearMonth":
        m = _YEAR_MONTH.match(lexical)
        return _month_day(m.group(1), m.group(2), None) if m else "not of the form YYYY-MM"
    if datatype in INTEGERS:
        if not _INTEGER.match(lexical):
            return "it holds other characters than digits and a sign"
        n = int(lexical)
        local = datatype[len(XSD):]
        if (local == "nonNegativeInteger" or local.startswith("unsigned")) and n < 0 or \
                local == "positiveInteger" and n < 1 or local == "nonPositiveInteger" and n > 0 or \
                local == "negativeInteger" and n > -1:
            return f"{n} is not a {local}"
        return None
    if datatype == XSD + "decimal":
        return None if _DECIMAL.match(lexical) else "it holds other characters than digits, a point and a sign"
    if datatype == XSD + "boolean":
        return None if lexical in ("true", "false", "1", "0") else "not true, false, 1 or 0"
    return None


def describe_literal(lexical: str, datatype: str, problem: str) -> str:
    """The message for an ill-typed literal: the literal as written, and what is wrong with it."""
    local = datatype[len(XSD):] if datatype.startswith(XSD) else f"<{datatype}>"
    what = _WHAT.get(datatype, "whole number" if datatype in INTEGERS else local)
    return f'"{lexical}"^^xsd:{local} is not a valid {what}: {problem}.'


def ill_typed(triples: Iterable[tuple]) -> list[tuple]:
    """(subject, predicate, lexical form, message) of every triple whose object is a literal (rdflib's
    or pyoxigraph's) of a CHECKED datatype with a lexical form that is not of that type."""
    rows = []
    for s, p, o in triples:
        dt = getattr(o, "datatype", None)
        if dt is None:
            continue
        if isinstance(o, Literal):
            lexical, dt = str(o), str(dt)
        else:    # pyoxigraph
            lexical, dt = o.value, dt.value
        if dt in CHECKED:
            problem = literal_problem(lexical, dt)
            if problem is not None:
                rows.append((s, p, lexical, describe_literal(lexical, dt, problem)))
    return rows


# Oxigraph: every literal of a date type, and of the others only those whose form is not a number
# or a boolean, to be checked in Python (offsets are most of a graph's numbers; a regular expression
# in the store passes them over far faster than Python would).
ILL_TYPED_CANDIDATES = """
SELECT ?s ?p ?o WHERE {{
  ?s ?p ?o .
  FILTER(isLITERAL(?o))
  BIND(DATATYPE(?o) AS ?dt)
  FILTER(?dt IN ({dates})
         || (?dt IN ({integers}) && !REGEX(STR(?o), "^[+-]?[0-9]+$"))
         || (?dt IN ({integers}) && REGEX(STR(?o), "^-"))
         || (?dt = <{xsd}decimal> && !REGEX(STR(?o), "^[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)$"))
         || (?dt = <{xsd}boolean> && !(STR(?o) IN ("true", "false", "1", "0"))))
}}""".format(
        dates=", ".join(f"<{d}>" for d in sorted(DATES)),
        integers=", ".join(f"<{d}>" for d in sorted(INTEGERS)),
        xsd=XSD,
    )


class _IllTypedNoise(logging.Filter):
    """rdflib logs a traceback for every literal it cannot convert; the validators report it instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Failed to convert Literal lexical form to value")


def quiet_rdflib() -> None:
    """Keep rdflib's traceback for an ill-typed literal off stderr (once per process)."""
    log = logging.getLogger("rdflib.term")
    if not any(isinstance(f, _IllTypedNoise) for f in log.filters):
        log.addFilter(_IllTypedNoise())
