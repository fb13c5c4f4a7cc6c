"""Reading annotation files: Turtle, or a YAML form for people who do not write Turtle.

`parse_annotation_file()` turns one file into triples, or into an InputError
naming the file, line and column for every way the file can be unusable.

The YAML form gives the same triples as Turtle.
A file holds up to five lists; each item becomes the nodes the Turtle
examples of annotations/README.md spell out:

    stances:         id?, holder, type, addressee?, topic?, expressed_at?, evidence
    participations:  meeting, agent, represents, title?, evidence
    designations:    id?, designee, authority?, designated_as?, date?, designated_at?, evidence
    aliases:         actor, alt_labels
    actors:          id, type, label, alt_labels?

References are written `kind/slug` (`state/china`, `meeting/2023-04-13-samarkand`)
or as full IRIs; stance types and actor types by their local name (`Demand`,
`State`); topics by theirs (`counter-terrorism`). `evidence` is one mapping or
a list of them: document (file stem), exact, start, end, as printed by
`diplograph annotate quote --yaml`. Mistakes of form (an unknown key, a name
where a reference belongs) raise InputError with the file and line; whether
the references exist is for the shapes to say.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NoReturn

import rdflib
import yaml
from rdflib import RDF, RDFS, SKOS, XSD, Literal, URIRef

from .errors import InputError, shorten
from .rdfio import locate_syntax_error
from .vocab import DG, DGR, DGT, OA, compact

# Limits for analysts' files: a document's whole text is a few thousand
# characters, so a literal a hundred times longer is a mistake (a pasted file).
MAX_FILE_BYTES = 5_000_000
MAX_LITERAL_CHARS = 200_000


_REF = re.compile(r"[a-z]+(?:/[A-Za-z0-9_.\-]+)+")
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_\-]*")
ACTOR_TYPES = ("State", "Person", "Organization", "IntergovernmentalOrganization", "Government",
               "ArmedGroup", "Place", "MeetingSeries")

SECTIONS = {
    "stances": ({"holder", "type", "evidence"}, {"id", "addressee", "topic", "expressed_at"}),
    "participations": ({"meeting", "agent", "represents", "evidence"}, {"title"}),
    "designations": ({"designee", "evidence"}, {"id", "authority", "designated_as", "date", "designated_at"}),
    "aliases": ({"actor", "alt_labels"}, set()),
    "actors": ({"id", "type", "label"}, {"alt_labels"}),
}
EVIDENCE_KEYS = {"document", "exact", "start", "end"}


class _Reader:
    """Turns composed YAML nodes into triples, keeping line numbers for errors."""

    def __init__(self, name: str, stem: str):
        self.name = name
        self.stem = re.sub(r"[^A-Za-z0-9_.\-]+", "-", stem)
        self.graph = rdflib.Graph()

    def fail(self, node: yaml.Node, message: str) -> NoReturn:
        raise InputError(message, path=self.name, line=node.start_mark.line + 1,
                         column=node.start_mark.column + 1)

    def mapping(self, node: yaml.Node, required: set[str], optional: set[str], what: str) -> dict:
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, f"{what} must be a mapping of key: value lines")
        out: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key is None or key not in required | optional:
                allowed = ", ".join(sorted(required | optional))
                self.fail(key_node, f"unknown key {key!r} in {what}; allowed: {allowed}")
            if key in out:
                self.fail(key_node, f"key {key!r} given twice in {what}")
            out[key] = value_node
        missing = sorted(required - set(out))
        if missing:
            self.fail(node, f"{what} lacks {', '.join(missing)}")
        return out

    def scalar(self, node: yaml.Node, key: str) -> str:
        if not isinstance(node, yaml.ScalarNode) or node.value == "":
            self.fail(node, f"{key} must be a single non-empty value")
        return node.value

    def many(self, node: yaml.Node, key: str) -> list[yaml.Node]:
        if isinstance(node, yaml.SequenceNode):
            if not node.value:
                self.fail(node, f"{key} is an empty list")
            return list(node.value)
        return [node]

    def ref(self, node: yaml.Node, key: str) -> URIRef:
        value = self.scalar(node, key)
        if value.startswith(("https://", "http://")):
            return URIRef(value)
        if not _REF.fullmatch(value):
            self.fail(node, f"{key}: {value!r} is not a reference to a node; write kind/slug such as "
                            "state/china or person/sergey-lavrov (see docs/graph-shape.md)")
        return DGR[value]

    def name_in(self, node: yaml.Node, key: str, namespace: rdflib.Namespace) -> URIRef:
        value = self.scalar(node, key)
        if value.startswith(("https://", "http://")):
            return URIRef(value)
        if not _NAME.fullmatch(value):
            self.fail(node, f"{key}: {value!r} is not a name such as Demand or counter-terrorism")
        return namespace[value]

    def literal(self, node: yaml.Node, key: str) -> Literal:
        return Literal(self.scalar(node, key))

    def evidence(self, subject: URIRef, node: yaml.Node) -> None:
        g = self.graph
        for item in self.many(node, "evidence"):
            fields = self.mapping(item, EVIDENCE_KEYS, set(), "evidence")
            doc = self.scalar(fields["document"], "document")
            doc = doc[:-4] if doc.endswith(".txt") else doc
            if not re.fullmatch(r"[A-Za-z0-9_.\-]+", doc):
                self.fail(fields["document"], f"document: {doc!r} is not a document's file stem "
                                              "(e.g. 000_e747bdc18f26e6a7)")
            offsets = []
            for key in ("start", "end"):
                value = self.scalar(fields[key], key)
                if not value.isdigit():
                    self.fail(fields[key], f"{key} must be a whole number of characters, not {value!r}")
                offsets.append(int(value))
            start, end = offsets
            ev = DGR[f"evidence/{doc}/{start}-{end}"]
            g.add((ev, RDF.type, DG.Evidence))
            g.add((ev, RDF.type, OA.TextQuoteSelector))
            g.add((ev, DG.document, DGR[f"doc/{doc}"]))
            g.add((ev, OA.exact, Literal(self.scalar(fields["exact"], "exact"))))
            g.add((ev, OA.start, Literal(start)))
            g.add((ev, OA.end, Literal(end)))
            g.add((subject, DG.evidence, ev))

    # --- sections ---------------------------------------------------------

    def stances(self, i: int, f: dict) -> None:
        g = self.graph
        s = self.ref(f["id"], "id") if "id" in f else DGR[f"stance/analyst/{self.stem}-{i}"]
        g.add((s, RDF.type, DG.Stance))
        for n in self.many(f["holder"], "holder"):
            g.add((s, DG.holder, self.ref(n, "holder")))
        g.add((s, DG.stanceType, self.name_in(f["type"], "type", DG)))
        for n in self.many(f["addressee"], "addressee") if "addressee" in f else []:
            g.add((s, DG.addressee, self.ref(n, "addressee")))
        for n in self.many(f["topic"], "topic") if "topic" in f else []:
            g.add((s, DG.topic, self.name_in(n, "topic", DGT)))
        if "expressed_at" in f:
            g.add((s, DG.expressedAt, self.ref(f["expressed_at"], "expressed_at")))
        self.evidence(s, f["evidence"])

    def participations(self, i: int, f: dict) -> None:
        g = self.graph
        meeting = self.ref(f["meeting"], "meeting")
        agent = self.ref(f["agent"], "agent")
        represents = self.ref(f["represents"], "represents")
        local = str(meeting).rsplit("/", 1)[-1]
        p = DGR[f"participation/{local}/{str(agent).rsplit('/', 1)[-1]}"]
        g.add((p, RDF.type, DG.Participation))
        g.add((p, DG.agent, agent))
        g.add((p, DG.represents, represents))
        if "title" in f:
            g.add((p, DG.title, self.literal(f["title"], "title")))
        g.add((meeting, DG.participation, p))
        g.add((meeting, DG.participant, agent))
        g.add((meeting, DG.participant, represents))
        self.evidence(p, f["evidence"])

    def designations(self, i: int, f: dict) -> None:
        g = self.graph
        d = self.ref(f["id"], "id") if "id" in f else DGR[f"designation/analyst/{self.stem}-{i}"]
        g.add((d, RDF.type, DG.Designation))
        designee = self.ref(f["designee"], "designee")
        g.add((d, DG.designee, designee))
        g.add((designee, RDF.type, DG.DesignatedOrganization))
        for n in self.many(f["authority"], "authority") if "authority" in f else []:
            g.add((d, DG.authority, self.ref(n, "authority")))
        if "designated_as" in f:
            g.add((d, DG.designatedAs, self.name_in(f["designated_as"], "designated_as", DGT)))
        if "date" in f:
            value = self.scalar(f["date"], "date")
            if re.fullmatch(r"\d{4}", value):
                g.add((d, DG.designationDate, Literal(value, datatype=XSD.gYear)))
            elif re.fullmatch(r"\d{4}-\d{2}", value):
                g.add((d, DG.designationDate, Literal(value, datatype=XSD.gYearMonth)))
            elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                g.add((d, DG.designationDate, Literal(value, datatype=XSD.date)))
            else:
                self.fail(f["date"], f"date: {value!r} is neither a year (2003), a month (2016-03) nor a date "
                                     f"(2003-09-01)")
        if "designated_at" in f:
            g.add((d, DG.designatedAt, self.ref(f["designated_at"], "designated_at")))
        self.evidence(d, f["evidence"])

    def aliases(self, i: int, f: dict) -> None:
        actor = self.ref(f["actor"], "actor")
        for n in self.many(f["alt_labels"], "alt_labels"):
            self.graph.add((actor, SKOS.altLabel, Literal(self.scalar(n, "alt_labels"), lang="en")))

    def actors(self, i: int, f: dict) -> None:
        g = self.graph
        actor = self.ref(f["id"], "id")
        kind = self.scalar(f["type"], "type")
        if kind not in ACTOR_TYPES:
            self.fail(f["type"], f"type: {kind!r} is not one of {', '.join(ACTOR_TYPES)}")
        g.add((actor, RDF.type, DG[kind]))
        label = Literal(self.scalar(f["label"], "label"), lang="en")
        g.add((actor, SKOS.prefLabel, label))
        g.add((actor, RDFS.label, label))
        for n in self.many(f["alt_labels"], "alt_labels") if "alt_labels" in f else []:
            g.add((actor, SKOS.altLabel, Literal(self.scalar(n, "alt_labels"), lang="en")))


def yaml_to_graph(text: str, name: str) -> rdflib.Graph:
    """Parse the YAML form; raise InputError naming file, line and column on any mistake."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise InputError(f"not valid YAML: {exc.problem or exc.context}", path=name,
                         line=mark.line + 1 if mark else None,
                         column=mark.column + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise InputError(f"not valid YAML: {exc}", path=name) from None
    reader = _Reader(name, Path(name).stem)
    if root is None:
        raise InputError("the file is empty; write at least one item.", path=name)
    if not isinstance(root, yaml.MappingNode):
        reader.fail(root, f"the file must be a mapping with any of: {', '.join(SECTIONS)} "
                          "(see annotations/README.md)")
    for key_node, value_node in root.value:
        section = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if section is None or section not in SECTIONS:
            reader.fail(key_node, f"unknown section {section!r}; use {', '.join(SECTIONS)}")
        if not isinstance(value_node, yaml.SequenceNode):
            reader.fail(value_node, f"{section} must be a list of items, each starting with '- '")
        required, optional = SECTIONS[section]
        for i, item in enumerate(value_node.value, start=1):
            fields = reader.mapping(item, required, optional, f"{section} item {i}")
            getattr(reader, section)(i, fields)
    return reader.graph


def evidence_yaml(document: str, exact: str, start: int, end: int) -> str:
    """The evidence block `annotate quote --yaml` prints."""
    quoted = yaml.safe_dump(exact, default_style='"', allow_unicode=True, width=1_000_000).strip()
    return (f"evidence:\n  document: {document}\n  exact: {quoted}\n"
            f"  start: {start}\n  end: {end}")


# --- any annotation file ----------------------------------------------------


def parse_annotation_file(path: str | Path) -> rdflib.Graph:
    """Read one annotation file: Turtle (`.ttl`) or the YAML form (`.yaml`, `.yml`).

    Raises InputError (exit 2) naming the file, and where known the line and
    column, for anything that is not usable RDF: a missing or empty file,
    binary or non-UTF-8 bytes, a syntax error, an unknown prefix, a literal
    over MAX_LITERAL_CHARS, a file over MAX_FILE_BYTES.
    """
    path = Path(path)
    name = str(path)
    if not path.is_file():
        raise InputError("no such file", path=name)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(f"the file is {size} bytes; annotation files are limited to {MAX_FILE_BYTES} "
                         "bytes. Split it, or check that it is the file you meant.", path=name)
    raw = path.read_bytes()
    if b"\x00" in raw or raw.startswith(b"\x89PNG") or raw.startswith(b"%PDF"):
        raise InputError("this is not an RDF text file (it holds binary data). Annotations are "
                         "Turtle (.ttl) or YAML (.yaml) text files.", path=name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError("the file is not UTF-8 text; save it as UTF-8.", path=name, line=line) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError("the file is empty; write at least one triple.", path=name)

    suffix = path.suffix.lower()
    if suffix == ".ttl":
        graph = _parse_turtle(text, name)
    elif suffix in (".yaml", ".yml"):
        graph = yaml_to_graph(text, name)
    else:
        raise InputError(f"unknown annotation file type {suffix or '(none)'!r}: annotations are Turtle "
                         "(*.ttl) or the YAML form (*.yaml) of annotations/README.md.", path=name)
    if len(graph) == 0:
        raise InputError("the file holds no triples (only comments or prefixes); "
                         "write at least one triple.", path=name)
    for s, p, o in graph:
        if isinstance(s, Literal):
            raise InputError(f"the literal {shorten(str(s), 40)!r} is used as a subject; a subject must be "
                             "an IRI such as <stance/...>.", path=name, line=_line_of(text, str(s)))
        if p == RDF.type and isinstance(o, Literal):
            raise InputError(f"rdf:type (a) needs a class IRI such as dg:Stance, not the literal "
                             f"{shorten(str(o), 40)!r}.", path=name, line=_line_of(text, str(o)))
        for term in (s, o):
            if isinstance(term, Literal) and len(term) > MAX_LITERAL_CHARS:
                at = _line_of(text, str(term)[:40])
                raise InputError(f"a literal of {len(term)} characters (object of {compact(str(p))}) is over "
                                 f"the limit of {MAX_LITERAL_CHARS}; quote a shorter span.",
                                 path=name, line=at)
    return graph


def _line_of(text: str, needle: str) -> int | None:
    i = text.find(needle)
    return text.count("\n", 0, i) + 1 if i >= 0 else None


def _parse_turtle(text: str, name: str) -> rdflib.Graph:
    graph = rdflib.Graph()
    try:
        graph.parse(data=text, format="turtle", publicID=Path(name).resolve().as_uri())
    except SyntaxError as exc:
        line, column, why = locate_syntax_error(exc, text)
        hint = ""
        if "not bound" in why.lower() or "prefix" in why.lower():
            hint = " Declare it with @prefix at the top of the file (see annotations/README.md)."
        raise InputError(f"not valid Turtle: {why}.{hint}", path=name, line=line, column=column) from None
    except (ValueError, TypeError) as exc:
        raise InputError(f"not valid Turtle: {exc}", path=name) from None
    return graph
