"""Validation that scales: the SHACL shapes compiled to SPARQL and run on a pyoxigraph Store.

pySHACL walks the graph node by node in Python: fine for annotation files
and the seed graph, minutes at a million triples. Here each shape becomes a
few SPARQL queries that ask for the violating nodes all at once (every focus
node of a target class, every value of a path that breaks a constraint), and
Oxigraph answers them in seconds.

The verdicts are pySHACL's, as `diplograph.validation.shacl.validate_graph` reports
them (same focus nodes, paths, values, source shapes, severities and
messages), including the two things that function adds: the ontology merged
into the data, and the subclass closure (an instance of dg:State is a
dg:Actor). tests/validation/test_compiled.py holds both validators to that on every
shape fixture.

The constraint components compiled: targets (class, node, subjectsOf,
objectsOf), predicate and inverse/sequence/alternative paths, sh:minCount,
sh:maxCount, sh:class, sh:datatype, sh:nodeKind, sh:in, sh:hasValue,
sh:minLength, sh:maxLength, sh:pattern, sh:min/maxInclusive,
sh:min/maxExclusive, sh:lessThan, sh:or, sh:and, sh:not, sh:xone, sh:node
and SPARQL-based constraints (sh:sparql with sh:select). A shape that uses
anything else is reported by `compile_shapes` as unsupported, and
`validate_fast_report` refuses the graph (FeatureNotSupported); the front
door (`diplograph.validation.validate`) then runs pySHACL when the engine was
left to it, and says so in the report, so a new kind of constraint can make
validation slow but never wrong.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from ..errors import FeatureNotSupported
from ..paths import ontology_dir
from ..rdfio import to_oxigraph_quads
from ..vocab import compact
from .native import ILL_TYPED_CANDIDATES, ill_typed
from .report import ILL_TYPED, Report, Result, ordered, with_literal_problems
from .shapes import CONTRACT_SUBCLASSES, load_ontology, load_shapes

if TYPE_CHECKING:
    import pyoxigraph as ox
    import rdflib

# A term of the shapes graph as the reader passes it around: a URIRef, BNode or Literal (rdflib types
# a graph's values as Node only, which int() and str's methods do not take).
ShapeTerm = Any
# A term of a pyoxigraph solution: a NamedNode, BlankNode or Literal (no triple terms in this data).
OxTerm = Any

SH = "http://www.w3.org/ns/shacl#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF_FIRST = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first"
RDF_REST = "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest"
RDF_NIL = "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
RDFS_SUBCLASSOF = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
RDFS_CLASS = "http://www.w3.org/2000/01/rdf-schema#Class"
RDFS_LITERAL = "http://www.w3.org/2000/01/rdf-schema#Literal"
SKOS_PREFLABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD = "http://www.w3.org/2001/XMLSchema#"

# Datatypes whose lexical form Oxigraph checks when casting: a literal of one
# of these whose cast fails is ill-typed, as pySHACL (through rdflib) sees it.
CASTABLE = {XSD + t for t in ("integer", "decimal", "double", "float", "boolean", "date", "dateTime",
                              "time", "gYear", "gYearMonth", "gMonthDay", "gDay", "gMonth", "duration",
                              "dayTimeDuration", "yearMonthDuration")}

# The parameters that are not constraints (metadata, grouping, targets).
NON_CONSTRAINT = {SH + n for n in ("path", "message", "severity", "name", "description", "order", "group",
                                   "defaultValue", "targetClass", "targetNode", "targetSubjectsOf",
                                   "targetObjectsOf", "property", "deactivated", "declare", "prefixes")}
VALUE_PARAMS = {SH + n for n in ("class", "datatype", "nodeKind", "in", "minLength", "maxLength", "pattern",
                                 "flags", "minInclusive", "maxInclusive", "minExclusive", "maxExclusive",
                                 "or", "and", "not", "xone", "node")}
PROPERTY_PARAMS = {SH + n for n in ("minCount", "maxCount", "hasValue", "lessThan", "sparql")}
COMPARE = {SH + "minInclusive": ">=", SH + "maxInclusive": "<=", SH + "minExclusive": ">",
           SH + "maxExclusive": "<"}
SEVERITY_NAMES = {SH + "Violation": "Violation", SH + "Warning": "Warning", SH + "Info": "Info"}


class FastResult(NamedTuple):
    focus: str
    path: str | None
    source_shape: str
    severity: str
    message: str


@dataclass
class Check:
    """One compiled query and how to turn its rows into results."""

    shape: str                 # IRI (or blank id) of the source shape
    severity: str
    messages: list[str]
    sparql: str
    kind: str  # "value" (rows ?this ?value), "focus" (rows ?this), "node" (value = focus), "sparql"
    path: str | None = None    # rendered result path of the shape, if a property shape
    node_shape: bool = False


@dataclass
class Compiled:
    checks: list[Check] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)


class Unsupported(Exception):
    pass


# ----- reading the shapes graph (rdflib, small) -------------------------------

class _Shapes:
    def __init__(self, graph: rdflib.Graph, descendants: dict[str, set[str]]) -> None:
        from rdflib import URIRef

        self.g = graph
        self.URIRef = URIRef
        self.descendants = descendants
        self._fresh = itertools.count()

    def values(self, node: ShapeTerm, param: str) -> list[ShapeTerm]:
        return sorted(self.g.objects(node, self.URIRef(param)), key=str)

    def value(self, node: ShapeTerm, param: str) -> ShapeTerm | None:
        vals = self.values(node, param)
        return vals[0] if vals else None

    def items(self, head: ShapeTerm | None) -> list[ShapeTerm]:
        out: list[ShapeTerm] = []
        while head is not None and str(head) != RDF_NIL:
            first = self.g.value(head, self.URIRef(RDF_FIRST))
            if first is None:
                break
            out.append(first)
            head = self.g.value(head, self.URIRef(RDF_REST))
        return out

    def var(self, stem: str = "v") -> str:
        return f"?_{stem}{next(self._fresh)}"

    def term(self, node: ShapeTerm) -> str:
        from rdflib import BNode

        if isinstance(node, BNode):
            raise Unsupported("a blank node as a constraint value")
        return node.n3()

    def path(self, node: ShapeTerm) -> str:
        """The SPARQL property path of a SHACL path node."""
        from rdflib import BNode, URIRef

        if isinstance(node, URIRef):
            return f"<{node}>"
        if not isinstance(node, BNode):
            raise Unsupported(f"path {node!r}")
        if (node, URIRef(RDF_FIRST), None) in self.g:
            return "(" + "/".join(self.path(p) for p in self.items(node)) + ")"
        for param, op in (("inversePath", "^"), ("zeroOrMorePath", "*"), ("oneOrMorePath", "+"),
                          ("zeroOrOnePath", "?")):
            inner = self.value(node, SH + param)
            if inner is not None:
                return f"^{self.path(inner)}" if op == "^" else f"({self.path(inner)}){op}"
        alt = self.value(node, SH + "alternativePath")
        if alt is not None:
            return "(" + "|".join(self.path(p) for p in self.items(alt)) + ")"
        raise Unsupported("an unknown kind of path")

    def render_path(self, node: ShapeTerm | None) -> str | None:
        """The result path as diplograph.validate renders it."""
        from rdflib import URIRef


        if node is None:
            return None
        if isinstance(node, URIRef):
            return compact(str(node))
        inverse = self.value(node, SH + "inversePath")
        if inverse is not None:
            return "^" + compact(str(inverse))
        return "(path)"

    def classes(self, cls: ShapeTerm) -> str:
        return " ".join(f"<{c}>" for c in sorted(self.descendants.get(str(cls), {str(cls)})))

    # --- conditions: a SPARQL boolean expression true when `v` meets the constraint ---
    def value_condition(self, shape: ShapeTerm, v: str) -> str | None:
        """All value-level constraints of `shape` on the node in `v`, or None if it has none."""
        parts = []
        for param in sorted(VALUE_PARAMS):
            for val in self.values(shape, param):
                if param == SH + "flags":
                    continue
                parts.append(self.one_condition(shape, param, val, v))
        return " && ".join(f"({p})" for p in parts) if parts else None

    def one_condition(self, shape: ShapeTerm, param: str, val: ShapeTerm, v: str) -> str:
        if param == SH + "class":
            t = self.var("t")
            return f"EXISTS {{ {v} <{RDF_TYPE}> {t} . VALUES {t} {{ {self.classes(val)} }} }}"
        if param == SH + "datatype":
            dt = str(val)
            if dt == RDFS_LITERAL:
                return f"isLiteral({v})"
            if dt == RDF_LANGSTRING:
                return f"(isLiteral({v}) && LANG({v}) != \"\")"
            cond = f"isLiteral({v}) && DATATYPE({v}) = <{dt}>"
            if dt in CASTABLE:
                cond += f" && COALESCE(isLiteral(<{dt}>(STR({v}))), false)"
            return cond
        if param == SH + "nodeKind":
            kind = str(val)[len(SH):]
            return {"IRI": f"isIRI({v})", "Literal": f"isLiteral({v})", "BlankNode": f"isBlank({v})",
                    "BlankNodeOrIRI": f"!isLiteral({v})", "BlankNodeOrLiteral": f"!isIRI({v})",
                    "IRIOrLiteral": f"!isBlank({v})"}[kind]
        if param == SH + "in":
            members = self.items(val)
            if not members:
                return "false"
            return " || ".join(f"sameTerm({v}, {self.term(m)})" for m in members)
        if param in (SH + "minLength", SH + "maxLength"):
            op = ">=" if param == SH + "minLength" else "<="
            return f"!isBlank({v}) && STRLEN(STR({v})) {op} {int(val)}"
        if param == SH + "pattern":
            flags = self.value(shape, SH + "flags")
            extra = f", {flags.n3()}" if flags is not None else ""
            return f"!isBlank({v}) && COALESCE(REGEX(STR({v}), {val.n3()}{extra}), false)"
        if param in COMPARE:
            return f"COALESCE({v} {COMPARE[param]} {self.term(val)}, false)"
        if param == SH + "node":
            return self.conforms(val, v)
        if param in (SH + "or", SH + "and", SH + "xone"):
            members = [self.conforms(m, v) for m in self.items(val)]
            if not members:
                return "true" if param == SH + "and" else "false"
            if param == SH + "xone":
                return "(" + " + ".join(f"IF({m}, 1, 0)" for m in members) + ") = 1"
            joiner = " || " if param == SH + "or" else " && "
            return joiner.join(f"({m})" for m in members)
        if param == SH + "not":
            return f"!({self.conforms(val, v)})"
        raise Unsupported(f"sh:{param[len(SH):]}")

    def conforms(self, shape: ShapeTerm, v: str) -> str:
        """True when the node in `v` conforms to `shape` (used inside sh:node, sh:or, ...)."""
        self.check_supported(shape)
        if self.is_deactivated(shape):
            return "true"
        parts = []
        path = self.value(shape, SH + "path")
        if path is None:
            cond = self.value_condition(shape, v)
            if cond:
                parts.append(cond)
            if self.values(shape, SH + "hasValue"):
                parts += [f"sameTerm({v}, {self.term(x)})" for x in self.values(shape, SH + "hasValue")]
        else:
            parts += self.property_conditions(shape, v, self.path(path))
        for prop in self.values(shape, SH + "property"):
            self.check_supported(prop)
            if not self.is_deactivated(prop):
                parts += self.property_conditions(prop, v, self.path(self.value(prop, SH + "path")))
        return " && ".join(f"({p})" for p in parts) if parts else "true"

    def property_conditions(self, shape: ShapeTerm, focus: str, path: str) -> list[str]:
        parts = []
        x, y = self.var("x"), self.var("y")
        min_count = self.value(shape, SH + "minCount")
        if min_count is not None and int(min_count) > 0:
            if int(min_count) > 1:
                raise Unsupported("sh:minCount above 1 inside a nested shape")
            parts.append(f"EXISTS {{ {focus} {path} {x} }}")
        max_count = self.value(shape, SH + "maxCount")
        if max_count is not None:
            if int(max_count) == 0:
                parts.append(f"NOT EXISTS {{ {focus} {path} {x} }}")
            elif int(max_count) == 1:
                parts.append(f"NOT EXISTS {{ {focus} {path} {x} . {focus} {path} {y} . "
                             f"FILTER (!sameTerm({x}, {y})) }}")
            else:
                raise Unsupported("sh:maxCount above 1 inside a nested shape")
        for hv in self.values(shape, SH + "hasValue"):
            parts.append(f"EXISTS {{ {focus} {path} {x} . FILTER (sameTerm({x}, {self.term(hv)})) }}")
        if self.values(shape, SH + "lessThan") or self.values(shape, SH + "sparql"):
            raise Unsupported("sh:lessThan or sh:sparql inside a nested shape")
        cond = self.value_condition(shape, x)
        if cond:
            parts.append(f"NOT EXISTS {{ {focus} {path} {x} . FILTER (!({cond})) }}")
        return parts

    def is_deactivated(self, shape: ShapeTerm) -> bool:
        d = self.value(shape, SH + "deactivated")
        return d is not None and str(d).lower() == "true"

    def check_supported(self, shape: ShapeTerm) -> None:
        for pred in set(self.g.predicates(shape)):
            p = str(pred)
            if p.startswith(SH) and p not in NON_CONSTRAINT | VALUE_PARAMS | PROPERTY_PARAMS:
                raise Unsupported(f"sh:{p[len(SH):]}")


# ----- compiling ----------------------------------------------------------------

def class_descendants(pairs: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """For each class, itself and every class below it (subclass pairs: (sub, super))."""
    children: dict[str, set[str]] = {}
    for sub, sup in pairs:
        children.setdefault(sup, set()).add(sub)
    out: dict[str, set[str]] = {}

    def walk(cls: str) -> set[str]:
        if cls not in out:
            out[cls] = {cls}
            for c in children.get(cls, ()):
                out[cls] |= walk(c)
        return out[cls]

    for cls in list(children):
        walk(cls)
    return out


def _focus_pattern(S: _Shapes, shape: ShapeTerm) -> str | None:
    """A SPARQL group binding ?this to each focus node of `shape`, or None without targets."""
    branches = []
    classes = list(S.values(shape, SH + "targetClass"))
    if (shape, S.URIRef(RDF_TYPE), S.URIRef(RDFS_CLASS)) in S.g:  # implicit class target
        classes.append(shape)
    for cls in classes:
        names = S.classes(cls)
        if " " not in names:
            branches.append(f"?this <{RDF_TYPE}> {names} .")
        else:
            t = S.var("tc")
            branches.append(f"?this <{RDF_TYPE}> {t} . VALUES {t} {{ {names} }}")
    nodes = S.values(shape, SH + "targetNode")
    if nodes:
        branches.append("VALUES ?this { " + " ".join(S.term(n) for n in nodes) + " }")
    for p in S.values(shape, SH + "targetSubjectsOf"):
        branches.append(f"?this <{p}> {S.var('o')} .")
    for p in S.values(shape, SH + "targetObjectsOf"):
        branches.append(f"{S.var('s')} <{p}> ?this .")
    if not branches:
        return None
    # Inline, not a DISTINCT sub-select: Oxigraph then joins from the most selective pattern,
    # and the outer queries are DISTINCT anyway.
    if len(branches) == 1:
        return branches[0] if branches[0].endswith((".", "}")) else branches[0] + " ."
    return " UNION ".join(f"{{ {b} }}" for b in branches)


def _meta(S: _Shapes, shape: ShapeTerm) -> tuple[str, str, list[str]]:
    sev = S.value(shape, SH + "severity")
    messages = [str(m) for m in S.values(shape, SH + "message")]
    return str(shape), SEVERITY_NAMES.get(str(sev), "Violation") if sev is not None else "Violation", messages


_PATH_VAR = re.compile(r"([\s{}()])[$?]PATH", flags=re.M)


def _sparql_checks(S: _Shapes, shape: ShapeTerm, focus: str, path_node: ShapeTerm | None,
                   node_shape: bool) -> list[Check]:
    name, severity, messages = _meta(S, shape)
    checks = []
    for constraint in S.values(shape, SH + "sparql"):
        if S.is_deactivated(constraint):
            continue
        select = S.value(constraint, SH + "select")
        if select is None:
            raise Unsupported("sh:sparql without sh:select")
        text = str(select)
        if path_node is not None:
            text = _PATH_VAR.sub(lambda m: m.group(1) + S.path(path_node), text)
        text = re.sub(r"\$this\b", "?this", text)
        # Bind ?this to the focus nodes inside the query's outer group, as pySHACL pre-binds $this.
        brace = text.index("{", text.upper().index("WHERE"))
        text = text[: brace + 1] + f"\n {focus}\n" + text[brace + 1:]
        prefixes = []
        for decl_holder in S.values(constraint, SH + "prefixes"):
            for decl in S.values(decl_holder, SH + "declare"):
                prefixes.append(f"PREFIX {S.value(decl, SH + 'prefix')}: <{S.value(decl, SH + 'namespace')}>")
        extra = [str(m) for m in S.values(constraint, SH + "message")]
        checks.append(Check(name, severity, messages + extra, "\n".join(sorted(set(prefixes))) + "\n" + text,
                            "sparql", S.render_path(path_node), node_shape))
    return checks


def _property_checks(S: _Shapes, shape: ShapeTerm, focus: str) -> list[Check]:
    """Checks of a property shape whose focus nodes `focus` binds to ?this."""
    S.check_supported(shape)
    if S.is_deactivated(shape):
        return []
    name, severity, messages = _meta(S, shape)
    path_node = S.value(shape, SH + "path")
    path = S.path(path_node)
    rendered = S.render_path(path_node)
    checks = []
    cond = S.value_condition(shape, "?value")
    if cond:
        checks.append(Check(name, severity, messages,
                            f"SELECT DISTINCT ?this ?value WHERE {{ {focus} ?this {path} ?value . "
                            f"FILTER (!({cond})) }}", "value", rendered))
    lo, hi = S.value(shape, SH + "minCount"), S.value(shape, SH + "maxCount")
    # The common counts (at least one, at most one) without grouping: much faster on large graphs.
    if lo is not None and int(lo) == 1:
        checks.append(Check(name, severity, messages,
                            f"SELECT DISTINCT ?this WHERE {{ {focus} FILTER NOT EXISTS {{ ?this {path} ?value }} }}",
                            "focus", rendered))
    elif lo is not None and int(lo) > 1:
        checks.append(Check(name, severity, messages,
                            f"SELECT ?this WHERE {{ {focus} OPTIONAL {{ ?this {path} ?value }} }} "
                            f"GROUP BY ?this HAVING (COUNT(DISTINCT ?value) < {int(lo)})", "focus", rendered))
    if hi is not None and int(hi) == 0:
        checks.append(Check(name, severity, messages,
                            f"SELECT DISTINCT ?this WHERE {{ {focus} ?this {path} ?value }}", "focus", rendered))
    elif hi is not None and int(hi) == 1:
        checks.append(Check(name, severity, messages,
                            f"SELECT DISTINCT ?this WHERE {{ {focus} ?this {path} ?value . ?this {path} ?other . "
                            f"FILTER (!sameTerm(?value, ?other)) }}", "focus", rendered))
    elif hi is not None:
        checks.append(Check(name, severity, messages,
                            f"SELECT ?this WHERE {{ {focus} ?this {path} ?value }} "
                            f"GROUP BY ?this HAVING (COUNT(DISTINCT ?value) > {int(hi)})", "focus", rendered))
    for hv in S.values(shape, SH + "hasValue"):
        checks.append(Check(name, severity, messages,
                            f"SELECT DISTINCT ?this WHERE {{ {focus} FILTER NOT EXISTS {{ ?this {path} ?value . "
                            f"FILTER (sameTerm(?value, {S.term(hv)})) }} }}", "focus", rendered))
    for other in S.values(shape, SH + "lessThan"):
        checks.append(Check(name, severity, messages,
                            f"SELECT DISTINCT ?this ?value WHERE {{ {focus} ?this {path} ?value . "
                            f"?this <{other}> ?other . FILTER (!COALESCE(?value < ?other, false)) }}",
                            "value", rendered))
    checks += _sparql_checks(S, shape, focus, path_node, node_shape=False)
    if S.values(shape, SH + "property"):
        raise Unsupported("sh:property inside a property shape")
    return checks


def _node_checks(S: _Shapes, shape: ShapeTerm, focus: str) -> list[Check]:
    S.check_supported(shape)
    if S.is_deactivated(shape):
        return []
    name, severity, messages = _meta(S, shape)
    checks = []
    cond = S.value_condition(shape, "?this")
    hv = S.values(shape, SH + "hasValue")
    if hv:
        extra = " && ".join(f"sameTerm(?this, {S.term(x)})" for x in hv)
        cond = f"({cond}) && {extra}" if cond else extra
    if cond:
        checks.append(Check(name, severity, messages,
                            f"SELECT DISTINCT ?this WHERE {{ {focus} FILTER (!({cond})) }}",
                            "node", None, True))
    for p in (SH + "minCount", SH + "maxCount", SH + "lessThan"):
        if S.values(shape, p):
            raise Unsupported(f"sh:{p[len(SH):]} on a node shape")
    checks += _sparql_checks(S, shape, focus, None, node_shape=True)
    for prop in S.values(shape, SH + "property"):
        checks += _property_checks(S, prop, focus)
    return checks


def compile_shapes(shapes: rdflib.Graph, descendants: dict[str, set[str]]) -> Compiled:
    """Every targeted shape of the rdflib shapes graph as SPARQL checks."""
    from rdflib import URIRef

    S = _Shapes(shapes, descendants)
    targeted = set()
    for param in ("targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf"):
        targeted |= set(shapes.subjects(URIRef(SH + param), None))
    for s in shapes.subjects(URIRef(RDF_TYPE), URIRef(SH + "NodeShape")):
        if (s, URIRef(RDF_TYPE), URIRef(RDFS_CLASS)) in shapes:
            targeted.add(s)
    out = Compiled()
    for shape in sorted(targeted, key=str):
        focus = _focus_pattern(S, shape)
        try:
            if S.value(shape, SH + "path") is not None:
                out.checks += _property_checks(S, shape, focus)  # type: ignore[arg-type]
            else:
                out.checks += _node_checks(S, shape, focus)  # type: ignore[arg-type]
        except Unsupported as exc:
            out.unsupported.append(f"{shape}: {exc}")
    return out


# ----- running ------------------------------------------------------------------

def _plain(term: OxTerm) -> str:
    """A pyoxigraph term as str() of the equal rdflib term gives it (IRI, blank id, lexical form)."""
    return term.value


def _render_value(term: OxTerm) -> str:
    import pyoxigraph as ox


    return compact(term.value) if isinstance(term, ox.NamedNode) else term.value


_IRI_IN_TEXT = re.compile(r"<?(https?://[^\s<>\"]+)>?")


def _readable(message: str) -> str:

    return _IRI_IN_TEXT.sub(lambda m: compact(m.group(1)), message)


def _substitute(message: str, bindings: dict[str, str]) -> str:
    # As pySHACL fills {?var} and {$var} in the messages of SPARQL-based constraints.
    for var, val in bindings.items():
        message = re.sub(f"{{[?$]{var}}}", val, message)
    return message


def _ontology_quads() -> list:
    """ontology/*.ttl as pyoxigraph quads in the default graph (what load_ontology reads)."""
    import pyoxigraph as ox

    quads: list = []
    for path in sorted(ontology_dir().glob("*.ttl")) if ontology_dir().is_dir() else ():
        try:
            quads.extend(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
        except SyntaxError:
            load_ontology()    # which names the file, line and column
            raise
    return [ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads]


def _subclass_pairs(store: ox.Store) -> set[tuple[str, str]]:
    """The subclass links of the store (the ontology added to it) and of the data-model contract."""

    pairs = {(str(a), str(b)) for a, b in CONTRACT_SUBCLASSES.items()}
    q = f"SELECT ?a ?b WHERE {{ ?a <{RDFS_SUBCLASSOF}> ?b FILTER (isIRI(?a) && isIRI(?b)) }}"
    for sol in cast("ox.QuerySolutions", store.query(q)):   # a SELECT's
        pairs.add((sol["a"].value, sol["b"].value))
    return pairs


def _labels(store: ox.Store, nodes: list[OxTerm]) -> dict[str, str]:
    """The label diplograph.validate shows for each focus node: first prefLabel, else first rdfs:label."""
    import pyoxigraph as ox

    preds = [ox.NamedNode(SKOS_PREFLABEL), ox.NamedNode(RDFS_LABEL)]
    out: dict[str, str] = {}
    for node in nodes:
        if isinstance(node, ox.Literal):
            continue
        for pred in preds:
            quads = store.quads_for_pattern(node, pred, None, ox.DefaultGraph())
            labels = sorted(q.object.value for q in quads if isinstance(q.object, ox.Literal))
            if labels:
                out[node.value] = labels[0]
                break
    return out


def validate_fast_report(data: ox.Store | rdflib.Graph, *, ontology: rdflib.Graph | None = None,
                         shapes: rdflib.Graph | None = None) -> Report:
    """Validate `data` (a pyoxigraph Store or an rdflib Graph) against every shape.

    Returns a `diplograph.validate.Report` whose results equal those of
    `validate_graph(data, ontology=ontology)`. `ontology` defaults to
    `load_ontology()`, `shapes` to `load_shapes()` (both rdflib graphs). A
    Store is left as it was found: ontology triples it lacks are added for
    the run and removed after.
    """
    import pyoxigraph as ox


    if shapes is None:
        shapes = load_shapes()
    if isinstance(data, ox.Store):
        store = data
    else:
        store = ox.Store()
        store.extend(to_oxigraph_quads(data))
    # Read by Oxigraph when not given: rdflib took longer to parse the ontology than a small
    # graph takes to validate.
    quads = to_oxigraph_quads(ontology) if ontology is not None else _ontology_quads()
    added = [q for q in quads if q not in store]
    store.extend(added)
    try:
        compiled = compile_shapes(shapes, class_descendants(_subclass_pairs(store)))
        if compiled.unsupported:
            # said, not hidden: the front door may then choose pySHACL, and says so in the report
            raise FeatureNotSupported("the compiled validator cannot check " + "; ".join(compiled.unsupported))
        raw: list[tuple] = []  # (check, focus term, value term or None, path str or None, bindings)
        for check in compiled.checks:
            solutions = cast("ox.QuerySolutions", store.query(check.sparql))   # a SELECT's
            names = [v.value for v in solutions.variables]
            for sol in solutions:
                this = sol["this"]
                if check.kind == "value":
                    raw.append((check, this, sol["value"], check.path, {}))
                elif check.kind == "focus":
                    raw.append((check, this, None, check.path, {}))
                elif check.kind == "node":
                    raw.append((check, this, this, None, {}))
                else:
                    raw.append(_sparql_row(check, sol, names))
        candidates = cast("ox.QuerySolutions", store.query(ILL_TYPED_CANDIDATES))   # a SELECT's
        literals = ill_typed((sol["s"], sol["p"], sol["o"]) for sol in candidates)
        labels = _labels(store, list({r[1] for r in raw} | {row[0] for row in literals}))
    finally:
        for q in added:
            store.remove(q)
    results = []
    for check, this, value, path, bindings in raw:
        messages = sorted(_substitute(m, bindings) if check.kind == "sparql" else m for m in check.messages)
        results.append(Result(
            severity=check.severity, focus=_plain(this), focus_label=labels.get(this.value),
            path=path, value=_render_value(value) if value is not None else None,
            message=_readable(messages[0]) if messages else "constraint not met",
            source_shape=compact(check.shape) if "://" in check.shape else "(anonymous shape)",
        ))
    found = [Result(severity="Violation", focus=_plain(s), focus_label=labels.get(s.value), path=compact(p.value),
                    value=lexical, message=message, source_shape=ILL_TYPED)
             for s, p, lexical, message in literals]
    return Report(results=ordered(with_literal_problems(results, found)))


def _sparql_row(check: Check, sol: ox.QuerySolution, names: list[str]) -> tuple:
    """A row of a SPARQL-based constraint, read as pySHACL reads it."""
    import pyoxigraph as ox


    bound = {}
    for name in names:
        term = sol[name]
        if term is not None:
            bound[name] = term
    this = bound.pop("this")
    p = bound.pop("path", None)
    value = bound.pop("value", None)
    bound.pop("failure", None)
    if value is None and check.node_shape:
        value = this
    path = compact(p.value) if isinstance(p, ox.NamedNode) else check.path
    subs = {k: _plain(t) for k, t in bound.items()}
    subs["this"] = _plain(this)
    if p is not None:
        subs["path"] = _plain(p)
    if value is not None:
        subs["value"] = _plain(value)
    return check, this, value, path, subs


def validate_fast(data: ox.Store | rdflib.Graph, *, ontology: rdflib.Graph | None = None,
                  shapes: rdflib.Graph | None = None) -> list[FastResult]:
    """(focus, path, source_shape, severity, message) for each problem, as validate_graph reports it."""
    report = validate_fast_report(data, ontology=ontology, shapes=shapes)
    return [FastResult(r.focus, r.path, r.source_shape, r.severity, r.message) for r in report.results]
