"""Validate graphs and annotation files against the SHACL shapes in `shapes/`.

The library behind `diplograph validate`, `diplograph annotate add` and the
validation step of `diplograph build`:

- `load_shapes()` and `load_ontology()` read the data files;
- `parse_annotation_file()` (defined in `diplograph.annotations`) reads one
  analyst's file, Turtle or YAML, and turns every way it can be unusable into
  an `InputError` naming the file, line and column;
- `validate_graph()` runs pySHACL and returns a `Report` of readable rows.

pySHACL is run without inference (RDFS inference over the whole graph costs
minutes, not seconds). Instead the validator adds, cheaply, the one entailment
the shapes need: every instance of a subclass (dg:State) is also typed with its
superclasses (dg:Actor), so `sh:class dg:Actor` and `sh:targetClass dg:Actor`
see it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import rdflib
from rdflib import RDF, RDFS, SKOS, Literal, URIRef
from rdflib.namespace import SH

from . import rdfio, vocab
from .annotations import parse_annotation_file
from .errors import InputError
from .native_checks import evidence_offsets, ill_typed, quiet_rdflib, unknown_terms, without_native_shapes
from .paths import ontology_dir, shapes_dir
from .rdfio import locate_syntax_error
from .vocab import DG, SHAPES

# The report's short forms: the project's prefixes and the shapes' own.
PREFIXES = {**vocab.PREFIXES, "shapes": str(SHAPES)}

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

SEVERITIES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}
# The source_shape of a result of native_checks.ill_typed: a literal whose form is not of its type.
ILL_TYPED = "ill-typed-literal"

quiet_rdflib()



class Result(NamedTuple):
    """One problem found by one shape, in terms a person can act on.

    A tuple: an incremental build keeps tens of thousands of them from one build to the next.
    """

    severity: str
    focus: str
    focus_label: str | None
    path: str | None
    value: str | None
    message: str
    source_shape: str
    file: str | None = None

    def focus_text(self) -> str:
        short = compact(self.focus)
        return f"{self.focus_label!r} ({short})" if self.focus_label else short


@dataclass
class Report:
    """All results of one validation; conforms when no result is a Violation."""

    results: list[Result] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not any(r.severity == "Violation" for r in self.results)

    @property
    def violations(self) -> list[Result]:
        return [r for r in self.results if r.severity == "Violation"]

    @property
    def warnings(self) -> list[Result]:
        return [r for r in self.results if r.severity == "Warning"]

    def format_text(self) -> str:
        """Grouped by file, one line per problem: severity, focus, property, message."""
        lines: list[str] = []
        groups: dict[str, list[Result]] = {}
        for r in self.results:
            groups.setdefault(r.file or "(graph)", []).append(r)
        for name in sorted(groups):
            lines.append(name)
            for r in groups[name]:
                prop = r.path or "-"
                value = f" (value: {_shorten(r.value)})" if r.value is not None and r.path else ""
                lines.append(f"  {r.severity}: {r.focus_text()} {prop}: {r.message}{value}")
        n_v, n_w = len(self.violations), len(self.warnings)
        verdict = "conforms" if self.conforms else "does not conform"
        lines.append(f"{verdict}: {n_v} violation{'s' * (n_v != 1)}, {n_w} warning{'s' * (n_w != 1)}")
        return "\n".join(lines) + "\n"

    def to_json(self) -> dict:
        return {
            "conforms": self.conforms,
            "violations": len(self.violations),
            "warnings": len(self.warnings),
            "notes": list(self.notes),
            "results": [r._asdict() for r in self.results],
        }


def compact(iri: str) -> str:
    """A readable short form for reports: dgr:state/china, dg:holder (not Turtle syntax)."""
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(str(ns)) and len(str(ns)) > len(best):
            best, name = str(ns), prefix
    return f"{name}:{iri[len(best):]}" if best else iri


def _shorten(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


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


def _cached_shapes() -> tuple[rdflib.Graph, rdflib.Graph]:
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
    for sub, sup in graph.subject_objects(RDFS.subClassOf):
        if isinstance(sub, URIRef) and isinstance(sup, URIRef):
            parents.setdefault(sub, set()).add(sup)

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


def _label(graph: rdflib.Graph, node) -> str | None:
    for prop in (SKOS.prefLabel, RDFS.label):
        labels = sorted(str(o) for o in graph.objects(node, prop) if isinstance(o, Literal))
        if labels:
            return labels[0]
    return None


def _render_path(report: rdflib.Graph, path) -> str | None:
    if path is None:
        return None
    if isinstance(path, URIRef):
        return compact(str(path))
    inverse = report.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + compact(str(inverse))
    return str(path)


def _render_value(node) -> str | None:
    if node is None:
        return None
    if isinstance(node, URIRef):
        return compact(str(node))
    return str(node)


_IRI_IN_TEXT = re.compile(r"<?(https?://[^\s<>\"]+)>?")


def _readable_message(message: str) -> str:
    # pySHACL fills {?value} with a full IRI; shorten it like the rest of the row.
    return _IRI_IN_TEXT.sub(lambda m: compact(m.group(1)), message)


_PREPARED: dict[str, object] = {}


class _PreparedQueryGraph(rdflib.Graph):
    """A graph that parses each SPARQL text once.

    pySHACL runs a SPARQL-based constraint once per focus node, always with the
    same text, and rdflib parses the text on every call (about 70 ms each: 25 s
    for the seed graph's evidence). Reusing the prepared query brings the whole
    validation back to a couple of seconds without changing what is checked.
    """

    def query(self, query_object, *args, **kwargs):
        if isinstance(query_object, str):
            prepared = _PREPARED.get(query_object)
            if prepared is None:
                # imported here: rdflib's SPARQL engine takes longer to import than a build's
                # incremental validation, which never uses it
                from rdflib.plugins.sparql import prepareQuery

                prepared = _PREPARED[query_object] = prepareQuery(query_object)
            query_object = prepared
        return super().query(query_object, *args, **kwargs)


def validate_graph(
    data: rdflib.Graph,
    *,
    ontology: rdflib.Graph | None = None,
    focus_nodes: Iterable[URIRef] | None = None,
    files: Mapping[URIRef, str] | None = None,
    native: bool = True,
) -> Report:
    """Validate `data` (with the ontology merged in) against every shape.

    `ontology` defaults to `load_ontology()`. `focus_nodes`, when given, limits
    validation to those nodes (the rest of the graph is still there to resolve
    references). `files` maps a focus node to the file that states it, for the
    report; results whose focus is not in `files` are then dropped.
    `native=False` runs every shape through pySHACL, slowly (for tests that
    compare it with the fast path of native_checks).
    """
    if ontology is None:
        ontology = load_ontology()
    combined = _PreparedQueryGraph()
    for prefix, ns in PREFIXES.items():
        combined.bind(prefix, ns, override=True)
    combined += data
    combined += ontology
    add_superclass_types(combined)

    focus = sorted({n for n in focus_nodes if isinstance(n, URIRef)}) if focus_nodes is not None else None
    if focus is not None and not focus:
        return Report()
    focus_set = set(focus or ())
    import pyshacl  # here, not at the top: the fast validator and the CLI's start need none of it

    all_shapes, pyshacl_shapes = _cached_shapes()
    _, report_graph, _ = pyshacl.validate(
        combined,
        shacl_graph=pyshacl_shapes if native else all_shapes,
        inference="none",
        inplace=True,
        allow_warnings=True,
        focus_nodes=focus,
    )
    results: list[Result] = []
    for node in report_graph.objects(None, SH.result):
        focus_node = report_graph.value(node, SH.focusNode)
        if files is not None and focus_node not in files:
            continue
        messages = sorted(str(m) for m in report_graph.objects(node, SH.resultMessage))
        source = report_graph.value(node, SH.sourceShape)
        results.append(Result(
            severity=SEVERITIES.get(report_graph.value(node, SH.resultSeverity), "Violation"),
            focus=str(focus_node),
            focus_label=_label(combined, focus_node),
            path=_render_path(report_graph, report_graph.value(node, SH.resultPath)),
            value=_render_value(report_graph.value(node, SH.value)),
            message=_readable_message(messages[0]) if messages else "constraint not met",
            source_shape=compact(str(source)) if isinstance(source, URIRef) else "(anonymous shape)",
            file=files.get(focus_node) if files is not None else None,
        ))
    if native:
        for focus_node, severity, prop, value, message in evidence_offsets(combined, all_shapes,
                                                                           focus_set if focus else None):
            if files is not None and focus_node not in files:
                continue
            results.append(Result(
                severity=severity, focus=str(focus_node), focus_label=_label(combined, focus_node),
                path=compact(str(prop)), value=_render_value(value), message=_readable_message(message),
                source_shape="shapes:EvidenceOffsetsShape",
                file=files.get(focus_node) if files is not None else None,
            ))
    for focus_node, prop, value in unknown_terms(combined):
        if files is not None and focus_node not in files:
            continue
        if focus is not None and focus_node not in focus_set:
            continue
        term = value if prop == RDF.type else prop
        results.append(Result(
            severity="Violation",
            focus=str(focus_node),
            focus_label=_label(combined, focus_node),
            path=compact(str(prop)),
            value=_render_value(value),
            message=f"{compact(str(term))} is not a term of the diplograph ontology "
                    "(ontology/diplograph.ttl); check its spelling.",
            source_shape="check-unknown-terms",
            file=files.get(focus_node) if files is not None else None,
        ))
    literals = []
    for focus_node, prop, lexical, message in ill_typed(combined):
        if files is not None and focus_node not in files:
            continue
        if focus is not None and focus_node not in focus_set:
            continue
        literals.append(Result(
            severity="Violation", focus=str(focus_node), focus_label=_label(combined, focus_node),
            path=compact(str(prop)), value=lexical, message=message, source_shape=ILL_TYPED,
            file=files.get(focus_node) if files is not None else None,
        ))
    results = with_literal_problems(results, literals)
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    results.sort(key=lambda r: (r.file or "", order[r.severity], r.focus, r.path or "", r.message,
                                r.value or ""))
    # The same problem can be reached through two shapes' paths; keep one row.
    unique: list[Result] = []
    for r in results:
        if not unique or unique[-1] != r:
            unique.append(r)
    return Report(results=unique)


def with_literal_problems(results: list[Result], literals: list[Result]) -> list[Result]:
    """The results with those of the literal check (ILL_TYPED), and without what the shapes said of
    the same literals: a date that is no date is one problem, not also "not an xsd:date" and "outside
    1900-2100"."""
    if not literals:
        return results
    said = {(r.focus, r.path, r.value) for r in literals}
    return [r for r in results if (r.focus, r.path, r.value) not in said] + literals


def locate_literals(results: list[Result], paths: Iterable[Path]) -> list[Result]:
    """Results of the literal check with the line of each literal in the annotation file that holds it
    (the file the result names, else the first of `paths` whose text has the literal), in the
    message; a literal stated twice is placed at its first place, then its second."""
    texts: dict[str, str] = {}
    for path in paths:
        try:
            texts[str(path)] = Path(path).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
    used: dict[tuple[str, str], int] = {}
    out = []
    for r in results:
        if r.source_shape != ILL_TYPED or r.value is None or r.message.startswith("line "):
            out.append(r)
            continue
        names = [r.file] if r.file in texts else list(texts)
        for name in names:
            lines = [i for i, line in enumerate(texts[name].splitlines(), 1) if r.value in line]
            if lines:
                n = used.get((name, r.value), 0)
                used[(name, r.value)] = n + 1
                r = r._replace(file=name, message=f"line {lines[min(n, len(lines) - 1)]}: {r.message}")
                break
        out.append(r)
    return out


# --- annotation files -------------------------------------------------------


def subjects_by_file(graphs: Mapping[str, rdflib.Graph]) -> dict:
    """Map every subject (IRI or blank node) of each annotation graph to its file (first file wins)."""
    owner: dict = {}
    for name in sorted(graphs):
        for s in sorted(set(graphs[name].subjects())):
            owner.setdefault(s, name)
    return owner


def load_graph_file(path: Path) -> rdflib.Graph:
    """Read a built graph (Turtle); a syntax error is the user's input problem."""
    return rdfio.read_rdflib(path)


def validate_annotation_files(paths: Iterable[Path], graph_path: Path | None) -> tuple[Report, dict]:
    """Validate annotation files together with the ontology and the built graph.

    Only problems whose focus node is a subject in one of the files are
    reported, each attributed to that file; the built graph's own problems
    are the build's business. Returns the report and a dict of facts about the
    run (files, graph used) for the JSON output.
    """
    graphs: dict[str, rdflib.Graph] = {}
    for path in paths:
        graphs[str(path)] = parse_annotation_file(path)
    data = rdflib.Graph()
    notes: list[str] = []
    graph_used = None
    if graph_path is not None and Path(graph_path).is_file():
        data += load_graph_file(Path(graph_path))
        graph_used = str(graph_path)
    else:
        notes.append(f"no built graph at {graph_path}: validating against the ontology only, so references "
                     "to actors, meetings and documents the converter found cannot resolve. "
                     "Run `diplograph build` first.")
    for g in graphs.values():
        data += g
    owners = subjects_by_file(graphs)
    # Validating only the files' subjects keeps this fast on a large built
    # graph; pySHACL selects focus nodes by IRI, so a file with blank-node
    # subjects is checked against the whole graph and then filtered.
    focus = None if any(not isinstance(n, URIRef) for n in owners) else owners.keys()
    report = validate_graph(data, focus_nodes=focus, files=owners)
    report.results = locate_literals(report.results, paths)
    report.notes.extend(notes)
    return report, {"files": sorted(graphs), "graph": graph_used}
