"""Merged facts to RDF triples in the public data model, with readable, stable IRIs.

The graph is written in segments of N-Triples lines, no triple in two of them:

- a document's segment (`document_part`): the document node, its stances and
  designations, and every evidence span its facts cite (those of its
  meetings too). It depends on that one document (and the lexicon and
  ontology) only, so the pipeline computes it beside the conversion and
  caches it with the document's facts;
- a merged meeting's segment (`meeting_ntriples`): the meeting, its
  participations and claims, and the links from the stances and
  designations of its reports to it. It depends only on the documents that
  report the meeting;
- the actors' segment (`actors_ntriples`): the ontology's class tree and every
  actor the graph names, with all the names the documents use for it.

Because no triple is in two segments, an incremental build can replace the
segments whose sources changed and keep the rest, and the graph is still the
union of the segments. Every rdf:type comes with the superclasses the
ontology gives it, so the union is also closed under them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from urllib.parse import quote

from rdflib import RDFS, XSD, Graph, URIRef
from rdflib.namespace import DCTERMS, SKOS

from .. import vocab
from ..extract import world
from ..extract.lexicon import Entry, Lexicon, slug
from ..facts import DesignationFact, DocumentFacts, Span
from ..namespaces import TURTLE_PREFIXES, turtle_header  # noqa: F401 (the build reads them here)
from ..vocab import CLAIM_PROPERTY, CLASS_OF_KIND, DG, DGR, DGT, OA
from .merge import AUTHORITY, Merged, MergedActor, MergedMeeting, details
from .records import DocRecord, record

# The prefixes bound on a graph handed to rdflib (pySHACL, tests).
PREFIXES = tuple(vocab.prefixes("dg", "dgr", "dgt", "oa", "skos", "dcterms", "xsd", "rdfs").items())


def bind(g: Graph) -> Graph:
    for prefix, ns in PREFIXES:
        g.bind(prefix, ns)
    return g


def _date_type(value: str) -> str:
    if len(value) == 10 and not value.startswith("--"):
        return "date"
    if len(value) == 7 and not value.startswith("--"):
        return "gYearMonth"
    if len(value) == 4:
        return "gYear"
    return "gMonthDay"


# ----- N-Triples terms ----------------------------------------------------------

# Characters an N-Triples IRI cannot hold; a file name may (a space), so they are %-encoded.
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def iri(value: str) -> str:
    if _IRI_UNSAFE.search(value):
        value = _IRI_UNSAFE.sub(lambda m: quote(m.group(), safe=""), value)
    return f"<{value}>"


def string(value: str) -> str:
    return '"' + value.translate(_ESCAPES) + '"'


def english(value: str) -> str:
    return string(value) + "@en"


def typed(value: str, datatype: URIRef) -> str:
    return f"{string(value)}^^<{datatype}>"


def integer(value: int) -> str:
    return typed(str(int(value)), XSD.integer)


def date_term(value: str) -> str:
    return typed(value, XSD[_date_type(value)])


def dgr(key: str) -> str:
    return iri(DGR + key)


A = iri(str(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")))
T = {name: iri(DG[name]) for name in (
    "Evidence", "Document", "Meeting", "Participation", "Claim", "Stance", "Designation",
    "DesignatedOrganization", "Organization", "document", "text", "sourceFile", "sourceKind", "evidence",
    "locatedIn", "date", "location", "inSeries", "ordinal", "chair", "participant", "participation",
    "agent", "represents", "title", "about", "claimedProperty", "claimedValue", "stanceType", "holder",
    "addressee", "topic", "expressedAt", "designee", "authority", "designatedAs", "designationDate",
    "designatedAt", "isoAlpha2", "isoAlpha3", "holderInferred", "endDate",
    "Delisting", "delisted", "delistedBy", "delistingDate")}
SELECTOR, EXACT, START, END = (iri(OA[n]) for n in ("TextQuoteSelector", "exact", "start", "end"))
LABEL, SUBCLASS = iri(RDFS.label), iri(RDFS.subClassOf)
PREF, ALT = iri(SKOS.prefLabel), iri(SKOS.altLabel)
EXACT_MATCH = iri(SKOS.exactMatch)
TRUE = typed("true", XSD.boolean)
TITLE, PUBLISHER, DATE = iri(DCTERMS.title), iri(DCTERMS.publisher), iri(DCTERMS.date)


@cache
def _class_tree(path: str) -> tuple[tuple[str, str], ...]:
    """The ontology's subclass links between its own classes, so that a reader of
    the graph alone knows that a dg:Government is a dg:Organization."""
    import pyoxigraph as ox

    if not Path(path).exists():
        return ()
    # read by Oxigraph: rdflib took a tenth of a second, at every build
    return tuple(sorted({(t.subject.value, t.object.value) for t in ox.parse(path=path, format=ox.RdfFormat.TURTLE)
                         if t.predicate.value == str(RDFS.subClassOf)
                         and isinstance(t.subject, ox.NamedNode) and isinstance(t.object, ox.NamedNode)
                         and t.subject.value.startswith(str(DG)) and t.object.value.startswith(str(DG))}))


def ontology_path(lexicon: Lexicon) -> Path:
    return lexicon.home / "ontology" / "diplograph.ttl"


@cache
def _superclasses(path: str) -> dict[str, tuple[str, ...]]:
    """Class term -> the terms of all its superclasses (the transitive closure of the tree)."""
    parents: dict[str, set[str]] = {}
    for sub, sup in _class_tree(path):
        parents.setdefault(sub, set()).add(sup)
    out = {}
    for cls in parents:
        seen, todo = set(), [cls]
        while todo:
            for sup in parents.get(todo.pop(), ()):
                if sup not in seen:
                    seen.add(sup)
                    todo.append(sup)
        out[iri(cls)] = tuple(sorted(iri(s) for s in seen))
    return out


class _Writer:
    """Collects N-Triples lines; every rdf:type it writes comes with the class's superclasses."""

    def __init__(self, lexicon: Lexicon, actors: dict[str, MergedActor] | None = None) -> None:
        self.lex = lexicon
        self.actors = actors  # merged actors, in the actors' segment; None elsewhere
        # Outside the actors' segment the actors a segment names are only noted: the actors'
        # segment writes each once (written in every part, they were a fifth of all the lines).
        self.refs: set[str] | None = set() if actors is None else None
        self.up = _superclasses(str(ontology_path(lexicon)))
        self.lines: list[str] = []
        self.seen: set = set()   # evidence spans and reference actors already written

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"{s} {p} {o} .\n")

    def a(self, s: str, cls: str) -> None:
        self.add(s, A, cls)
        for sup in self.up.get(cls, ()):
            self.add(s, A, sup)

    def data(self) -> bytes:
        """The lines, each once (a segment's size is then its number of triples)."""
        return "".join(dict.fromkeys(self.lines)).encode("utf-8")

    def evidence(self, stem: str, start: int, end: int, quote: str) -> str:
        ev = evidence_iri(stem, start, end)
        if ev not in self.seen:
            self.seen.add(ev)
            self.a(ev, T["Evidence"])
            self.a(ev, SELECTOR)
            self.add(ev, T["document"], dgr(f"doc/{stem}"))
            self.add(ev, EXACT, string(quote))
            self.add(ev, START, integer(start))
            self.add(ev, END, integer(end))
        return ev

    def ensure(self, key: str) -> None:
        """A node the graph points at gets its reference entry (type, labels), unless merged actors
        describe it (outside the actors' segment: noted, for that segment to write)."""
        if self.refs is not None:
            self.refs.add(key)
            return
        assert self.actors is not None  # a writer without refs is the actors' segment's
        if key in self.actors:
            return
        if ("ref", key) in self.seen:
            return
        self.seen.add(("ref", key))
        entry = self.lex.entries.get(key)
        if entry is None:
            return
        n = dgr(key)
        self.a(n, iri(CLASS_OF_KIND.get(entry.kind, DG.Organization)))
        self.add(n, PREF, english(entry.label))
        self.add(n, LABEL, english(entry.label))
        self.codes(n, entry)

    def codes(self, n: str, entry: Entry | None) -> None:
        """A state's ISO 3166 codes and a city's GeoNames IRI, where the world's tables give them."""
        if entry is None or not entry.codes:
            return
        if "iso2" in entry.codes:
            self.add(n, T["isoAlpha2"], string(entry.codes["iso2"]))
            self.add(n, T["isoAlpha3"], string(entry.codes["iso3"]))
        if "geonames" in entry.codes:
            self.add(n, EXACT_MATCH, iri(world.geonames_iri(entry.codes["geonames"])))


def evidence_iri(stem: str, start: int, end: int) -> str:
    return dgr(f"evidence/{stem}/{start}-{end}")


# ----- one document's segment ---------------------------------------------------


@dataclass
class DocumentPart:
    """What a build keeps of one converted document (the pipeline caches it)."""

    facts: DocumentFacts                   # without text, stances, designations: what writing its meetings reads
    record: DocRecord                      # what merging reads
    links: list[tuple[str, str, str]]      # (subject, predicate, meeting local id), resolved after merging
    refs: list[str]                        # the actors its stances and designations name
    triples: bytes                         # N-Triples of everything this document alone decides
    turtle: bytes                          # the same as Turtle, without @prefix lines (turtle_body)


def document_part(doc: DocumentFacts, lexicon: Lexicon) -> DocumentPart:
    w = _Writer(lexicon)
    _document(w, doc)
    links = _stances(w, doc) + _designations(w, doc)
    # The spans its meetings' facts cite, which the meetings' segments point at. A participation
    # the merged meeting does not write (nobody said whom the person represents) leaves its
    # span uncited: evidence that the person attended, kept with its document.
    for m in doc.meetings:
        for span in [*m.evidence, m.date_evidence, m.city_evidence, m.chair_evidence,
                     *(p.evidence for p in m.participations)]:
            if span is not None:
                w.evidence(doc.stem, span.start, span.end, doc.text[span.start:span.end])
    light = replace(doc, text="", stances=[], designations=[])
    triples = w.data()
    assert w.refs is not None  # a writer without actors notes the actors named
    return DocumentPart(light, record(doc), links, sorted(w.refs), triples, turtle_body(triples))


def part_salt(lexicon: Lexicon) -> str:
    """What a document's part depends on besides its facts: the ontology's class tree."""
    path = ontology_path(lexicon)
    return hashlib.sha256(path.read_bytes() if path.exists() else b"").hexdigest()


# Which actors a text names, and with which words, so that a query reads the names a text used instead of
# searching every text for every name. Places and series are left out: no query asks for them.
MENTIONS, USES_NAME = iri(DG.mentions), iri(DG.usesName)
_NOT_ACTORS = {DG.Place, DG.MeetingSeries}


def _document(w: _Writer, d: DocumentFacts) -> None:
    doc = dgr(f"doc/{d.stem}")
    w.a(doc, T["Document"])
    w.add(doc, T["sourceFile"], string(d.name))
    w.add(doc, T["text"], string(d.text))
    w.add(doc, LABEL, string(d.title or d.name))
    w.add(doc, T["sourceKind"], iri(DG[d.kind]))
    if d.title:
        w.add(doc, TITLE, string(d.title))
    if d.publisher:
        w.add(doc, PUBLISHER, string(d.publisher))
    if d.date:
        w.add(doc, DATE, date_term(d.date))
    names = set()
    for a in d.actors:
        surfaces = [s for s in a.surfaces if s.strip()]
        if surfaces and CLASS_OF_KIND.get(a.kind) not in _NOT_ACTORS:
            w.add(doc, MENTIONS, dgr(a.key))
            names.update(surfaces)
    # Written as the merged part writes an actor's labels (@en), so that a name joins its label as the same term.
    for name in sorted(names):
        w.add(doc, USES_NAME, english(name))


def _cite(w: _Writer, subject: str, d: DocumentFacts, span: Span) -> None:
    w.add(subject, T["evidence"], w.evidence(d.stem, span.start, span.end, d.text[span.start:span.end]))


def _stances(w: _Writer, d: DocumentFacts) -> list[tuple[str, str, str]]:
    links = []
    for s in d.stances:
        if not s.holders:
            continue    # a position nobody holds is not a stance
        st = dgr(f"stance/{d.stem}/{s.evidence.start}-{s.evidence.end}")
        w.a(st, T["Stance"])
        w.add(st, T["stanceType"], iri(DG[s.type]))
        for h in s.holders:
            w.add(st, T["holder"], dgr(h))
            w.ensure(h)
        for a in s.addressees:
            w.add(st, T["addressee"], dgr(a))
            w.ensure(a)
        for t in s.topics:
            w.add(st, T["topic"], iri(DGT[t]))
        if s.holder_inferred:
            w.add(st, T["holderInferred"], TRUE)
        if s.meeting:
            links.append((st, T["expressedAt"], s.meeting))
        _cite(w, st, d, s.evidence)
    return links


def _designations(w: _Writer, d: DocumentFacts) -> list[tuple[str, str, str]]:
    links = []
    for x in d.designations:
        if x.removed:
            _delisting(w, d, x)
            continue
        ds = dgr(f"designation/{d.stem}/{slug(x.designee.split('/', 1)[1])}")
        w.a(ds, T["Designation"])
        w.add(ds, T["designee"], dgr(x.designee))
        w.ensure(x.designee)    # the actors' segment types it a dg:DesignatedOrganization
        for a in x.authorities:
            w.add(ds, T["authority"], dgr(a))
            w.ensure(a)
        w.add(ds, T["designatedAs"], iri(DGT[x.designated_as]))
        if x.date and len(x.date) in (4, 7, 10) and not x.date.startswith("--"):
            w.add(ds, T["designationDate"], date_term(x.date))
        if x.meeting:
            links.append((ds, T["designatedAt"], x.meeting))
        _cite(w, ds, d, x.evidence)
    return links


def _delisting(w: _Writer, d: DocumentFacts, x: DesignationFact) -> None:
    """A de-designation: the authority took the organization off its list (its own kind, so that no
    query of designations counts it as one)."""
    ds = dgr(f"delisting/{d.stem}/{slug(x.designee.split('/', 1)[1])}")
    w.a(ds, T["Delisting"])
    w.add(ds, T["delisted"], dgr(x.designee))
    w.ensure(x.designee)
    for a in x.authorities:
        w.add(ds, T["delistedBy"], dgr(a))
        w.ensure(a)
    if x.date and (len(x.date) == 4 or (len(x.date) == 10 and not x.date.startswith("--"))):
        w.add(ds, T["delistingDate"], date_term(x.date))
    _cite(w, ds, d, x.evidence)


# ----- the actors' segment -------------------------------------------------------


def actors_ntriples(merged: Merged, refs: Iterable[str], lexicon: Lexicon) -> bytes:
    """The class tree, every merged actor, and the reference entry of every other actor named.

    refs: the actors the documents' segments name (DocumentPart.refs, all documents).
    """
    w = _Writer(lexicon, merged.actors)
    onto = str(ontology_path(lexicon))
    for sub, sup in _class_tree(onto):
        w.add(iri(sub), SUBCLASS, iri(sup))
    _actors(w, merged)
    for c in merged.meetings:
        for key in meeting_refs(c):
            w.ensure(key)
    for key in refs:
        w.ensure(key)
    for key in sorted({x for d in merged.documents for x in d.designees}):
        w.a(dgr(key), T["DesignatedOrganization"])
    return w.data()


def meeting_refs(c: MergedMeeting) -> list[str]:
    """The actors a meeting's segment names, from the merge records alone."""
    keys = [c.series] if c.series else []
    keys += sorted(c.states | c.orgs)
    for _, m in c.reports:
        for agent, rep in m.agents:
            keys.append(agent)
            if rep:
                keys.append(rep)
    return keys


def _actors(w: _Writer, merged: Merged) -> None:
    for key, a in sorted(merged.actors.items()):
        n = dgr(key)
        w.a(n, iri(CLASS_OF_KIND.get(a.kind, DG.Organization)))
        w.add(n, PREF, english(a.label))
        w.add(n, LABEL, english(a.label))
        for alias in sorted(a.aliases):
            if alias.strip() and alias != a.label:
                w.add(n, ALT, english(alias))
        w.codes(n, w.lex.entries.get(key))
        if a.kind == "place" and a.located_in:
            w.add(n, T["locatedIn"], dgr(a.located_in))
            w.ensure(a.located_in)


# ----- a merged meeting's segment -----------------------------------------------


def meeting_ntriples(c: MergedMeeting, facts: dict[str, DocumentFacts],
                     links: dict[str, list[tuple[str, str, str]]], lexicon: Lexicon) -> bytes:
    """The meeting, its participations and claims, and the links of its reports' stances to it.

    facts, links: the light facts and the links of (at least) the documents that report it, by stem.
    """
    w = _Writer(lexicon)
    full = details(c, facts)
    mt = dgr(c.iri)
    w.a(mt, T["Meeting"])
    w.add(mt, LABEL, english(c.label))
    if c.date and len(c.date) == 10 and not c.date.startswith("--"):
        w.add(mt, T["date"], typed(c.date, XSD.date))
        # a meeting of several days: the last, as the report that gives the settled first day says
        end = next((mf.end_date for _, mf in full.reports if mf.end_date and mf.date == c.date), None)
        if end:
            w.add(mt, T["endDate"], typed(end, XSD.date))
    if c.city:
        w.add(mt, T["location"], dgr(c.city))
    if c.series:
        w.add(mt, T["inSeries"], dgr(c.series))
    if c.ordinal:
        w.add(mt, T["ordinal"], integer(c.ordinal))
    if c.chair:
        w.add(mt, T["chair"], dgr(c.chair))
    participants = set(c.states | c.orgs) | set(full.participations)
    for key in sorted(participants):
        w.add(mt, T["participant"], dgr(key))
    # a span two reports share is one line: the writer keeps each line once
    for d, mf in full.reports:
        for span in mf.evidence:
            w.add(mt, T["evidence"], evidence_iri(d.stem, span.start, span.end))
    local = c.iri.split("/", 1)[1]
    for agent, reports in sorted(full.participations.items()):
        part = dgr(f"participation/{local}/{agent.split('/', 1)[1]}")
        w.add(mt, T["participation"], part)
        w.a(part, T["Participation"])
        w.add(part, T["agent"], dgr(agent))
        best = max(reports, key=lambda r: (_authority(r[0]), len(r[1].title or ""), -len(r[0].name)))
        rep = next((p.represents for _, p in reports if p.represents), None)
        if best[1].represents:
            rep = best[1].represents
        if rep:
            w.add(part, T["represents"], dgr(rep))
        if best[1].title:
            w.add(part, T["title"], string(best[1].title))
        for d, p in reports:
            w.add(part, T["evidence"], evidence_iri(d.stem, p.evidence.start, p.evidence.end))
    for claim in full.claims:
        cl = dgr(f"claim/{local}/{claim.prop}/{claim.doc}")
        w.a(cl, T["Claim"])
        w.add(cl, T["about"], mt)
        w.add(cl, T["claimedProperty"], iri(CLAIM_PROPERTY[claim.prop]))
        value = date_term(claim.value) if claim.prop == "date" else dgr(claim.value)
        w.add(cl, T["claimedValue"], value)
        w.add(cl, T["evidence"], evidence_iri(claim.doc, claim.evidence.start, claim.evidence.end))
    mine = {(r.stem, m.local_id) for r, m in c.reports}
    for stem in dict.fromkeys(r.stem for r, _ in c.reports):
        for subject, prop, local_id in links.get(stem, ()):
            if (stem, local_id) in mine:
                w.add(subject, prop, mt)
    return w.data()


def _authority(d: DocumentFacts) -> int:
    return AUTHORITY.get(d.kind, 0)


# ----- Turtle -----------------------------------------------------------------------

def turtle_body(ntriples: bytes) -> bytes:
    """A segment's triples as Turtle under turtle_header(): sorted, so the same triples give the
    same bytes whatever order they were made in."""
    import pyoxigraph as ox

    lines = ntriples.splitlines()
    if not lines:
        return b""
    lines.sort()
    data = ox.serialize(ox.parse(b"\n".join(lines), format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.TURTLE,
                        prefixes=TURTLE_PREFIXES)
    assert data is not None  # with no output given, serialize returns the bytes
    # the writer puts its own @prefix lines first: the header has them all once
    n = len(TURTLE_PREFIXES)
    cut = 0
    for _ in range(n):
        if not data.startswith(b"@prefix ", cut):
            break
        cut = data.index(b"\n", cut) + 1
    body = data[cut:]
    return body if body.endswith(b"\n") else body + b"\n"
