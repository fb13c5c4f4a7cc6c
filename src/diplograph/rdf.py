"""Merged facts to RDF triples in the public data model, with readable, stable IRIs."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, SKOS

from .facts import DocumentFacts, Span
from .lexicon import Lexicon, slug
from .merge import AUTHORITY, Merged

DG = Namespace("https://w3id.org/diplograph/ontology#")
DGR = Namespace("https://w3id.org/diplograph/id/")
DGT = Namespace("https://w3id.org/diplograph/topic/")
OA = Namespace("http://www.w3.org/ns/oa#")

CLASS_OF_KIND = {
    "state": DG.State, "person": DG.Person, "place": DG.Place, "series": DG.MeetingSeries,
    "igo": DG.IntergovernmentalOrganization, "government": DG.Government, "armed_group": DG.ArmedGroup,
    "grouping": DG.InformalGrouping, "organization": DG.Organization,
}
CLAIM_PROPERTY = {"date": DG.date, "location": DG.location, "chair": DG.chair}


def bind(g: Graph) -> Graph:
    for prefix, ns in (("dg", DG), ("dgr", DGR), ("dgt", DGT), ("oa", OA), ("skos", SKOS),
                       ("dcterms", DCTERMS), ("xsd", XSD), ("rdfs", RDFS)):
        g.bind(prefix, ns)
    return g


def node(key: str) -> URIRef:
    return DGR[key]


def date_literal(value: str) -> Literal:
    if len(value) == 10 and not value.startswith("--"):
        return Literal(value, datatype=XSD.date)
    if len(value) == 7 and not value.startswith("--"):
        return Literal(value, datatype=XSD.gYearMonth)
    if len(value) == 4:
        return Literal(value, datatype=XSD.gYear)
    return Literal(value, datatype=XSD.gMonthDay)


class _Writer:
    def __init__(self, merged: Merged, lexicon: Lexicon):
        self.m = merged
        self.lex = lexicon
        self.g = bind(Graph())

    def evidence(self, doc: DocumentFacts, span: Span) -> URIRef:
        ev = DGR[f"evidence/{doc.stem}/{span.start}-{span.end}"]
        g = self.g
        if (ev, RDF.type, DG.Evidence) not in g:
            g.add((ev, RDF.type, DG.Evidence))
            g.add((ev, RDF.type, OA.TextQuoteSelector))
            g.add((ev, DG.document, DGR[f"doc/{doc.stem}"]))
            g.add((ev, OA.exact, Literal(doc.text[span.start:span.end])))
            g.add((ev, OA.start, Literal(span.start, datatype=XSD.integer)))
            g.add((ev, OA.end, Literal(span.end, datatype=XSD.integer)))
        return ev

    def cite(self, subject: URIRef, doc: DocumentFacts, span: Span) -> None:
        self.g.add((subject, DG.evidence, self.evidence(doc, span)))

    def documents(self) -> None:
        g = self.g
        for d in self.m.documents:
            doc = DGR[f"doc/{d.stem}"]
            g.add((doc, RDF.type, DG.Document))
            g.add((doc, DG.sourceFile, Literal(d.name)))
            g.add((doc, DG.text, Literal(d.text)))
            g.add((doc, RDFS.label, Literal(d.title or d.name)))
            g.add((doc, DG.sourceKind, DG[d.kind]))
            if d.title:
                g.add((doc, DCTERMS.title, Literal(d.title)))
            if d.publisher:
                g.add((doc, DCTERMS.publisher, Literal(d.publisher)))
            if d.date:
                g.add((doc, DCTERMS.date, date_literal(d.date)))

    def actors(self) -> None:
        g = self.g
        for key, a in sorted(self.m.actors.items()):
            n = node(key)
            g.add((n, RDF.type, CLASS_OF_KIND.get(a.kind, DG.Organization)))
            g.add((n, SKOS.prefLabel, Literal(a.label, lang="en")))
            g.add((n, RDFS.label, Literal(a.label, lang="en")))
            for alias in sorted(a.aliases):
                if alias.strip() and alias != a.label:
                    g.add((n, SKOS.altLabel, Literal(alias, lang="en")))
            if a.kind == "place" and a.located_in:
                g.add((n, DG.locatedIn, node(a.located_in)))
                if a.located_in not in self.m.actors:
                    self._reference(a.located_in)

    def _reference(self, key: str) -> None:
        entry = self.lex.entries.get(key)
        if entry is None:
            return
        n = node(key)
        self.g.add((n, RDF.type, CLASS_OF_KIND.get(entry.kind, DG.Organization)))
        self.g.add((n, SKOS.prefLabel, Literal(entry.label, lang="en")))
        self.g.add((n, RDFS.label, Literal(entry.label, lang="en")))

    def meetings(self) -> None:
        g = self.g
        for c in self.m.meetings:
            mt = DGR[c.iri]
            g.add((mt, RDF.type, DG.Meeting))
            g.add((mt, RDFS.label, Literal(c.label, lang="en")))
            if c.date and len(c.date) == 10 and not c.date.startswith("--"):
                g.add((mt, DG.date, Literal(c.date, datatype=XSD.date)))
            if c.city:
                g.add((mt, DG.location, node(c.city)))
            if c.series:
                g.add((mt, DG.inSeries, node(c.series)))
                self._ensure(c.series)
            if c.ordinal:
                g.add((mt, DG.ordinal, Literal(c.ordinal, datatype=XSD.integer)))
            if c.chair:
                g.add((mt, DG.chair, node(c.chair)))
            for key in sorted(c.states | c.orgs):
                g.add((mt, DG.participant, node(key)))
                self._ensure(key)
            for d, mf in c.reports:
                for span in mf.evidence:
                    self.cite(mt, d, span)
            local = c.iri.split("/", 1)[1]
            for agent, reports in sorted(c.participations.items()):
                g.add((mt, DG.participant, node(agent)))
                self._ensure(agent)
                if not any(p.represents for _, p in reports):
                    continue    # a participation says whom the person represents; the text does not
                part = DGR[f"participation/{local}/{agent.split('/', 1)[1]}"]
                g.add((mt, DG.participation, part))
                g.add((part, RDF.type, DG.Participation))
                g.add((part, DG.agent, node(agent)))
                self._ensure(agent)
                best = max(reports, key=lambda r: (_authority(r[0]), len(r[1].title or ""), -len(r[0].name)))
                rep = next((p.represents for _, p in reports if p.represents), None)
                if best[1].represents:
                    rep = best[1].represents
                if rep:
                    g.add((part, DG.represents, node(rep)))
                    self._ensure(rep)
                if best[1].title:
                    g.add((part, DG.title, Literal(best[1].title)))
                for d, p in reports:
                    self.cite(part, d, p.evidence)
            for claim in c.claims:
                cl = DGR[f"claim/{local}/{claim.prop}/{claim.doc}"]
                doc = next(d for d, _ in c.reports if d.stem == claim.doc)
                g.add((cl, RDF.type, DG.Claim))
                g.add((cl, DG.about, mt))
                g.add((cl, DG.claimedProperty, CLAIM_PROPERTY[claim.prop]))
                value = date_literal(claim.value) if claim.prop == "date" else node(claim.value)
                g.add((cl, DG.claimedValue, value))
                self.cite(cl, doc, claim.evidence)

    def _ensure(self, key: str) -> None:
        if key not in self.m.actors:
            self._reference(key)

    def stances(self) -> None:
        g = self.g
        for d in self.m.documents:
            for s in d.stances:
                if not s.holders:
                    continue    # a position nobody holds is not a stance
                st = DGR[f"stance/{d.stem}/{s.evidence.start}-{s.evidence.end}"]
                g.add((st, RDF.type, DG.Stance))
                g.add((st, DG.stanceType, DG[s.type]))
                for h in s.holders:
                    g.add((st, DG.holder, node(h)))
                    self._ensure(h)
                for a in s.addressees:
                    g.add((st, DG.addressee, node(a)))
                    self._ensure(a)
                for t in s.topics:
                    g.add((st, DG.topic, DGT[t]))
                if s.meeting and (d.stem, s.meeting) in self.m.meeting_of:
                    g.add((st, DG.expressedAt, DGR[self.m.meeting_of[(d.stem, s.meeting)].iri]))
                self.cite(st, d, s.evidence)

    def designations(self) -> None:
        g = self.g
        for d in self.m.documents:
            for x in d.designations:
                ds = DGR[f"designation/{d.stem}/{slug(x.designee.split('/', 1)[1])}"]
                g.add((ds, RDF.type, DG.Designation))
                g.add((ds, DG.designee, node(x.designee)))
                g.add((node(x.designee), RDF.type, DG.DesignatedOrganization))
                self._ensure(x.designee)
                for a in x.authorities:
                    g.add((ds, DG.authority, node(a)))
                    self._ensure(a)
                g.add((ds, DG.designatedAs, DGT[x.designated_as]))
                if x.date and (len(x.date) == 4 or (len(x.date) == 10 and not x.date.startswith("--"))):
                    g.add((ds, DG.designationDate, date_literal(x.date)))
                if x.meeting and (d.stem, x.meeting) in self.m.meeting_of:
                    g.add((ds, DG.designatedAt, DGR[self.m.meeting_of[(d.stem, x.meeting)].iri]))
                self.cite(ds, d, x.evidence)


def _authority(d: DocumentFacts) -> int:
    return AUTHORITY.get(d.kind, 0)


@cache
def _class_tree(path: str) -> tuple[tuple[URIRef, URIRef], ...]:
    """The ontology's subclass links between its own classes, so that a reader of
    the graph alone knows that a dg:Government is a dg:Organization."""
    onto = Graph()
    if Path(path).exists():
        onto.parse(path, format="turtle")
    return tuple(sorted((s, o) for s, o in onto.subject_objects(RDFS.subClassOf)
                        if isinstance(s, URIRef) and isinstance(o, URIRef)
                        and str(s).startswith(str(DG)) and str(o).startswith(str(DG))))


def _materialise_superclasses(g: Graph, tree: tuple[tuple[URIRef, URIRef], ...]) -> None:
    """Type every node with its classes' superclasses too (a dg:Government is a dg:Organization and a
    dg:Actor), so a plain `?x a dg:Actor` finds every actor without a reasoner."""
    parents: dict[URIRef, set[URIRef]] = {}
    for sub, sup in tree:
        parents.setdefault(sub, set()).add(sup)

    def closure(cls: URIRef) -> set[URIRef]:
        seen, todo = set(), [cls]
        while todo:
            for sup in parents.get(todo.pop(), ()):
                if sup not in seen:
                    seen.add(sup)
                    todo.append(sup)
        return seen

    for node, cls in list(g.subject_objects(RDF.type)):
        if isinstance(cls, URIRef) and cls in parents:
            for sup in closure(cls):
                g.add((node, RDF.type, sup))


def to_graph(merged: Merged, lexicon: Lexicon) -> Graph:
    w = _Writer(merged, lexicon)
    tree = _class_tree(str(lexicon.home / "ontology" / "diplograph.ttl"))
    for sub, sup in tree:
        w.g.add((sub, RDFS.subClassOf, sup))
    w.documents()
    w.actors()
    w.meetings()
    w.stances()
    w.designations()
    _materialise_superclasses(w.g, tree)
    return w.g
