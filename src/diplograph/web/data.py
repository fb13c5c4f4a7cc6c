"""What each page shows, read from the graph as plain Python records.

The graph is read-only while the server runs, so labels and node kinds are
read once at start. Page queries are fixed SPARQL written here; the user's
values (an IRI from the address bar) reach them only as pyoxigraph
substitutions, never pasted into query text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from ..vocab import stance_types
from .sparql import PREFIXES

if TYPE_CHECKING:
    import pyoxigraph as ox

DG = PREFIXES["dg"]
PROLOGUE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

# The ontology's stance types, demands first: "who urged whom" is the question readers ask most.
STANCE_TYPES = sorted(stance_types(), key=lambda t: t != "Demand")

# rdf:type (local name in dg:) -> the kind of page that shows it, most specific first.
KIND_ORDER = [("Meeting", "meeting"), ("Person", "person"), ("State", "state"),
              ("IntergovernmentalOrganization", "organization"), ("Government", "organization"),
              ("ArmedGroup", "organization"), ("DesignatedOrganization", "organization"),
              ("Organization", "organization"), ("Actor", "actor"), ("Document", "document"),
              ("Place", "place"), ("MeetingSeries", "series"), ("Stance", "stance"),
              ("Designation", "designation"), ("Participation", "participation"), ("Claim", "claim"),
              ("Evidence", "evidence"), ("StanceType", "stancetype")]
ACTOR_KINDS = {"person", "state", "organization", "actor"}


def local_name(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri.rstrip(sep):
            return iri.rstrip(sep).rsplit(sep, 1)[1]
    return iri


@dataclass
class Evidence:
    iri: str
    document: str
    exact: str
    start: int | None
    end: int | None


@dataclass
class Node:
    """One resource with its values per property (property local names in dg:, else full IRIs)."""

    iri: str
    values: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    evidence: list[Evidence] = field(default_factory=list)

    def one(self, prop: str) -> str | None:
        vals = self.values.get(prop)
        return vals[0] if vals else None

    def all(self, prop: str) -> list[str]:
        return sorted(self.values.get(prop, []))


class GraphData:
    """Read access to the graph for the pages."""

    def __init__(self, store: ox.Store, vocabulary: ox.Store | None = None) -> None:
        """`vocabulary`: an optional Store with the ontology and topic scheme, read only for the
        labels and kinds that the graph itself does not carry (a built graph may leave out the TBox)."""
        self.store = store
        self._dates: dict[str, str] | None = None
        self.labels: dict[str, str] = {}
        self.kinds: dict[str, str] = {}
        if vocabulary is not None:
            self.labels = self._read_labels(vocabulary)
            self.kinds = self._read_kinds(vocabulary)
        self.labels.update(self._read_labels(store))
        self.kinds.update(self._read_kinds(store))
        # A node's use tells its kind when no type says it.
        for prop, kind in (("topic", "topic"), ("designatedAs", "topic"), ("stanceType", "stancetype")):
            for r in self.bound_rows(f"SELECT DISTINCT ?o WHERE {{ ?s dg:{prop} ?o }}"):
                self.kinds.setdefault(r["o"], kind)

    # --- low level -------------------------------------------------------------------------------

    def rows(self, query: str, **subs: str) -> list[dict[str, str | None]]:
        """The query's solutions: each variable's value, None where it is unbound."""
        import pyoxigraph as ox

        for name, value in subs.items():
            # NamedNode() refuses anything that is not a valid IRI (no '>', spaces, quotes), so
            # its N-Triples form can stand in for the variable without changing the query's shape.
            def as_iri(_m: re.Match[str], v: str = value) -> str:
                return str(ox.NamedNode(v))

            query = re.sub(rf"\?{name}\b", as_iri, query)
        result = _select(self.store, PROLOGUE + query)
        names = [v.value for v in result.variables]
        out = []
        for sol in result:
            row: dict[str, str | None] = {}
            for n in names:
                term = sol[n]
                row[n] = None if term is None else term.value
            out.append(row)
        return out

    def bound_rows(self, query: str, **subs: str) -> list[dict[str, str]]:
        """rows() of a query that binds every variable it selects (no OPTIONAL one)."""
        return cast("list[dict[str, str]]", self.rows(query, **subs))

    def _read_labels(self, store: ox.Store) -> dict[str, str]:
        # Preference: skos:prefLabel (English first), rdfs:label, dcterms:title, file name.
        import pyoxigraph as ox

        ranked: dict[str, tuple[int, str]] = {}
        q = """SELECT ?s ?p ?l WHERE {
                 VALUES ?p { skos:prefLabel rdfs:label dcterms:title dg:sourceFile }
                 ?s ?p ?l }"""
        rank = {PREFIXES["skos"] + "prefLabel": 0, PREFIXES["rdfs"] + "label": 1,
                "http://purl.org/dc/terms/title": 2, DG + "sourceFile": 3}
        for sol in _select(store, PROLOGUE + q):
            s, p, lit = sol["s"], sol["p"], sol["l"]
            if not isinstance(s, ox.NamedNode):
                continue
            lang = getattr(lit, "language", None)
            key = (rank[p.value] * 2 + (0 if lang in (None, "en") else 1), lit.value)
            if s.value not in ranked or key < ranked[s.value]:
                ranked[s.value] = key
        return {s: v[1] for s, v in ranked.items()}

    def _read_kinds(self, store: ox.Store) -> dict[str, str]:
        types: dict[str, set[str]] = defaultdict(set)
        q = PROLOGUE + """SELECT ?s ?t WHERE { ?s a ?t
                 FILTER(STRSTARTS(STR(?t), STR(dg:)) || ?t = skos:Concept) }"""
        for sol in _select(store, q):
            types[sol["s"].value].add(local_name(sol["t"].value))
        kinds = {}
        for s, ts in types.items():
            for t, kind in KIND_ORDER + [("Concept", "topic")]:
                if t in ts:
                    kinds[s] = kind
                    break
        return kinds

    def label(self, iri: str | None) -> str:
        if not iri:
            return ""
        return self.labels.get(iri) or local_name(iri).replace("-", " ")

    def kind(self, iri: str | None) -> str | None:
        return self.kinds.get(iri or "")

    def exists(self, iri: str) -> bool:
        import pyoxigraph as ox

        try:
            node = ox.NamedNode(iri)
        except ValueError:
            return False
        return next(iter(self.store.quads_for_pattern(node, None, None)), None) is not None

    def nodes(self, where: str, props: list[str], limit: int | None = None, **subs: str) -> dict[str, Node]:
        """Every ?n matching `where` (the first `limit` by IRI), with the dg: properties and evidence."""
        values = " ".join(f"dg:{p}" for p in props)
        cap = f"ORDER BY ?n LIMIT {int(limit)}" if limit else ""
        q = f"""SELECT ?n ?p ?o WHERE {{ {{ SELECT DISTINCT ?n WHERE {{ {where} }} {cap} }}
                  VALUES ?p {{ {values} }} OPTIONAL {{ ?n ?p ?o }} }}"""
        out: dict[str, Node] = {}
        for r in self.rows(q, **subs):
            n, p, o = r["n"], r["p"], r["o"]
            assert n is not None and p is not None  # bound in every solution; ?o is optional
            node = out.setdefault(n, Node(n))
            if o is not None:
                node.values[local_name(p)].append(o)
        self.attach_evidence(out.values())
        return out

    def attach_evidence(self, nodes: Iterable[Node]) -> None:
        nodes = list(nodes)
        if not nodes:
            return
        by_iri = {n.iri: n for n in nodes}
        values = " ".join(f"<{iri}>" for iri in by_iri)
        q = f"""SELECT ?n ?e ?d ?exact ?start ?end WHERE {{
                  VALUES ?n {{ {values} }}
                  ?n dg:evidence ?e .
                  OPTIONAL {{ ?e dg:document ?d }} OPTIONAL {{ ?e oa:exact ?exact }}
                  OPTIONAL {{ ?e oa:start ?start }} OPTIONAL {{ ?e oa:end ?end }} }}"""
        seen = set()
        for r in self.rows(q):
            fact, span = r["n"], r["e"]
            assert fact is not None and span is not None  # bound in every solution
            if (fact, span) in seen:
                continue
            seen.add((fact, span))
            by_iri[fact].evidence.append(Evidence(
                span, r["d"] or "", r["exact"] or "", _int(r["start"]), _int(r["end"])))
        for n in nodes:
            n.evidence.sort(key=lambda e: (e.document, e.start or 0, e.iri))

    # --- meetings --------------------------------------------------------------------------------

    MEETING_PROPS = ["date", "location", "inSeries", "ordinal", "chair", "participant", "participation"]

    def meetings(self) -> list[Node]:
        found = self.nodes("?n a dg:Meeting", self.MEETING_PROPS)
        return sorted(found.values(), key=lambda m: (m.one("date") or "9999", m.iri))

    def meeting(self, iri: str) -> dict | None:
        found = self.nodes("VALUES ?n { ?iri } ?n a dg:Meeting", self.MEETING_PROPS, iri=iri)
        if iri not in found:
            return None
        m = found[iri]
        parts = self.nodes("?iri dg:participation ?n", ["agent", "represents", "title"], iri=iri)
        participations = sorted(parts.values(), key=lambda p: (self.label(p.one("represents")),
                                                               self.label(p.one("agent"))))
        agents = {a for p in participations for a in p.all("agent")}
        others = sorted((a for a in m.all("participant") if a not in agents), key=self.label)
        stances = self.stances(meeting=iri)
        designations = self.designations(meeting=iri)
        claims = self.claims(about=iri)
        # Every source and its quotes, across all facts on this page.
        facts = [m, *participations, *stances, *designations, *claims]
        sources: dict[str, list[Evidence]] = defaultdict(list)
        for f in facts:
            for e in f.evidence:
                if e not in sources[e.document]:
                    sources[e.document].append(e)
        for evs in sources.values():
            evs.sort(key=lambda e: (e.start or 0, e.end or 0))
        return {"node": m, "participations": participations, "others": others, "stances": stances,
                "designations": designations, "claims": claims,
                "sources": dict(sorted(sources.items(), key=lambda kv: self.label(kv[0])))}

    def meeting_dates(self) -> dict[str, str]:
        # The graph does not change while the server runs: read once.
        if self._dates is None:
            q = "SELECT ?m ?d WHERE { ?m a dg:Meeting ; dg:date ?d }"
            self._dates = {r["m"]: r["d"] for r in self.bound_rows(q)}
        return self._dates

    # --- stances, designations, claims ------------------------------------------------------------

    def stances(self, *, meeting: str | None = None, holder: str | None = None,
                addressee: str | None = None, topic: str | None = None,
                stance_type: str | None = None, limit: int | None = None) -> list[Node]:
        where = ["?n a dg:Stance"]
        subs: dict[str, str] = {}
        for var, prop, value in (("meeting", "expressedAt", meeting), ("holder", "holder", holder),
                                 ("addressee", "addressee", addressee), ("topic", "topic", topic),
                                 ("stype", "stanceType", stance_type)):
            if value:
                where.append(f"?n dg:{prop} ?{var}")
                subs[var] = value
        found = self.nodes(" . ".join(where),
                           ["holder", "stanceType", "addressee", "topic", "expressedAt"], limit=limit, **subs)
        dates = self.meeting_dates()
        return sorted(found.values(), key=lambda s: (dates.get(s.one("expressedAt") or "", "9999"),
                                                     s.one("expressedAt") or "", s.iri))

    def designations(self, *, meeting: str | None = None, designee: str | None = None,
                     authority: str | None = None) -> list[Node]:
        where = ["?n a dg:Designation"]
        subs: dict[str, str] = {}
        for var, prop, value in (("meeting", "designatedAt", meeting), ("designee", "designee", designee),
                                 ("authority", "authority", authority)):
            if value:
                where.append(f"?n dg:{prop} ?{var}")
                subs[var] = value
        found = self.nodes(" . ".join(where), ["designee", "authority", "designatedAs", "designationDate",
                                               "designatedAt"], None, **subs)
        return sorted(found.values(), key=lambda d: (self.label(d.one("designee")), d.iri))

    def claims(self, *, about: str | None = None) -> list[Node]:
        where = "?n a dg:Claim" + (" ; dg:about ?about" if about else "")
        found = self.nodes(where, ["about", "claimedProperty", "claimedValue"], None,
                           **({"about": about} if about else {}))
        return sorted(found.values(), key=lambda c: (c.one("about") or "", c.one("claimedProperty") or "",
                                                     c.one("claimedValue") or "", c.iri))

    def conflicts(self) -> list[dict]:
        """Claims about one node and property that disagree, grouped by value."""
        groups: dict[tuple[str, str], dict[str, list[Node]]] = defaultdict(lambda: defaultdict(list))
        for c in self.claims():
            key = (c.one("about") or "", c.one("claimedProperty") or "")
            groups[key][c.one("claimedValue") or ""].append(c)
        out = []
        for (about, prop), by_value in sorted(groups.items()):
            if len(by_value) < 2:
                continue
            settled = [r["v"] for r in self.rows("SELECT ?v WHERE { ?about ?prop ?v }",
                                                  about=about, prop=prop)]
            out.append({"about": about, "property": prop, "settled": settled,
                        "values": sorted(by_value.items())})
        return out

    # --- actors ----------------------------------------------------------------------------------

    def actors(self) -> list[dict]:
        counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        patterns = {"meetings": "?x dg:participant ?a", "held": "?x dg:holder ?a",
                    "received": "?x dg:addressee ?a",
                    "designations": "{ ?x dg:designee ?a } UNION { ?x dg:authority ?a }"}
        for key, pattern in patterns.items():
            q = f"SELECT ?a (COUNT(DISTINCT ?x) AS ?c) WHERE {{ {pattern} }} GROUP BY ?a"
            for r in self.bound_rows(q):
                counts[r["a"]][key] = int(r["c"])
        actors = {s for s, k in self.kinds.items() if k in ACTOR_KINDS} | set(counts)
        keys = ("meetings", "held", "received", "designations")
        return sorted(({"iri": a, "kind": self.kind(a) or "actor", **{k: counts[a].get(k, 0) for k in keys}}
                       for a in actors),
                      key=lambda r: (r["kind"], self.label(r["iri"]).lower()))

    def actor(self, iri: str) -> dict | None:
        if not self.exists(iri):
            return None
        aliases = sorted({r["l"] for r in self.bound_rows("SELECT ?l WHERE { ?iri skos:altLabel ?l }", iri=iri)})
        types = sorted({local_name(r["t"]) for r in self.bound_rows("SELECT ?t WHERE { ?iri a ?t }", iri=iri)})
        found = self.nodes("?n dg:participant ?iri", self.MEETING_PROPS, iri=iri)
        meetings = sorted(found.values(), key=lambda m: (m.one("date") or "9999", m.iri))
        parts = self.nodes("{ ?n dg:agent ?iri } UNION { ?n dg:represents ?iri }",
                           ["agent", "represents", "title"], iri=iri)
        part_meeting = {r["p"]: r["m"] for r in self.bound_rows(
            "SELECT ?p ?m WHERE { ?m dg:participation ?p "
            "{ ?p dg:agent ?iri } UNION { ?p dg:represents ?iri } }",
            iri=iri)}
        dates = self.meeting_dates()
        participations = sorted(parts.values(), key=lambda p: (dates.get(part_meeting.get(p.iri, ""), "9999"),
                                                               p.iri))
        chaired = sorted(r["m"] for r in self.bound_rows("SELECT ?m WHERE { ?m dg:chair ?iri }", iri=iri))
        return {"iri": iri, "aliases": aliases, "types": types, "meetings": meetings,
                "participations": participations, "part_meeting": part_meeting, "chaired": chaired,
                "held": self.stances(holder=iri), "received": self.stances(addressee=iri),
                "designations_made": self.designations(authority=iri),
                "designations_received": self.designations(designee=iri)}

    # --- overviews -------------------------------------------------------------------------------

    def matrix(self) -> dict:
        cells: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
        q = """SELECT ?h ?t ?st (COUNT(DISTINCT ?s) AS ?c) WHERE {
                 ?s a dg:Stance ; dg:holder ?h ; dg:topic ?t ; dg:stanceType ?st } GROUP BY ?h ?t ?st"""
        for r in self.bound_rows(q):
            cells[(r["h"], r["t"])][local_name(r["st"])] += int(r["c"])
        holders = sorted({h for h, _ in cells}, key=lambda a: self.label(a).lower())
        topics = sorted({t for _, t in cells}, key=lambda t: self.label(t).lower())
        out = {}
        for key, by_type in cells.items():
            ranked = sorted(by_type.items(), key=lambda kv: (-kv[1], _type_rank(kv[0])))
            total = sum(by_type.values())
            bars, x = [], 0.0
            for name, n in ranked:
                bars.append({"type": name, "x": round(x, 2), "width": round(100 * n / total, 2)})
                x += 100 * n / total
            out[key] = {"dominant": ranked[0][0], "counts": ranked, "total": total, "bars": bars}
        return {"holders": holders, "topics": topics, "cells": out}

    def co_attendance(self, kind: str | None = None) -> dict:
        q = """SELECT ?a ?b (COUNT(DISTINCT ?m) AS ?c) WHERE {
                 ?m dg:participant ?a, ?b FILTER(STR(?a) < STR(?b)) } GROUP BY ?a ?b"""
        edges = []
        for r in self.bound_rows(q):
            if kind and (self.kind(r["a"]) != kind or self.kind(r["b"]) != kind):
                continue
            edges.append((r["a"], r["b"], int(r["c"])))
        counts: dict[str, int] = defaultdict(int)
        for r in self.bound_rows("SELECT ?a (COUNT(DISTINCT ?m) AS ?c) WHERE { ?m dg:participant ?a } GROUP BY ?a"):
            if not kind or self.kind(r["a"]) == kind:
                counts[r["a"]] = int(r["c"])
        edges.sort(key=lambda e: (-e[2], self.label(e[0]), self.label(e[1])))
        return {"nodes": sorted(counts, key=lambda a: (self.kind(a) or "", self.label(a).lower())),
                "meetings": dict(counts), "edges": edges}

    def document(self, iri: str) -> dict | None:
        rows = self.rows("""SELECT ?text ?file ?title ?publisher ?date ?kind WHERE { ?iri a dg:Document .
                 OPTIONAL { ?iri dg:text ?text } OPTIONAL { ?iri dg:sourceFile ?file }
                 OPTIONAL { ?iri dcterms:title ?title } OPTIONAL { ?iri dcterms:publisher ?publisher }
                 OPTIONAL { ?iri dcterms:date ?date } OPTIONAL { ?iri dg:sourceKind ?kind } } LIMIT 1""",
                         iri=iri)
        if not rows:
            return None
        doc: dict[str, Any] = rows[0]     # the values read, and the spans the facts cite
        cited = self.rows("""SELECT ?e ?start ?end ?fact ?ftype WHERE { ?e dg:document ?iri ;
                 oa:start ?start ; oa:end ?end . ?fact dg:evidence ?e . OPTIONAL { ?fact a ?ftype
                 FILTER(STRSTARTS(STR(?ftype), STR(dg:))) } }""", iri=iri)
        spans: dict[tuple[int, int], set[str]] = defaultdict(set)
        for r in cited:
            start, end, fact = r["start"], r["end"], r["fact"]
            assert start is not None and end is not None and fact is not None  # bound; ?ftype is optional
            spans[(int(start), int(end))].add(fact)
        doc["spans"] = sorted((k, sorted(v)) for k, v in spans.items())
        return doc

    def describe(self, iri: str) -> str:
        """A few words saying what a fact is, for the list of facts a document supports."""
        kind = self.kind(iri)
        if kind in ("meeting", "document") or kind in ACTOR_KINDS:
            return self.label(iri)
        props = ["holder", "stanceType", "addressee", "agent", "represents", "title", "designee",
                 "authority", "about", "claimedProperty", "claimedValue"]
        n = self.nodes("VALUES ?n { ?iri } ?n ?p ?o", props, iri=iri).get(iri)
        if n is None:
            return self.label(iri)

        def names(prop: str) -> str:
            return ", ".join(self.label(v) for v in n.all(prop))

        if kind == "stance":
            text = f"{names('stanceType')} by {names('holder')}"
            return text + (f" to {names('addressee')}" if n.all("addressee") else "")
        if kind == "participation":
            return f"{names('agent')}, {n.one('title') or 'attending'}" + (
                f", for {names('represents')}" if n.all("represents") else "")
        if kind == "designation":
            return f"{names('designee')} named by {names('authority')}"
        if kind == "claim":
            value = n.one("claimedValue") or ""
            shown = self.label(value) if self.kind(value) else value
            return f"{local_name(n.one('claimedProperty') or '')} = {shown}"
        return self.label(iri)

    def node(self, iri: str) -> dict:
        """Every triple about a resource, for kinds of node without a page of their own."""
        import pyoxigraph as ox

        node = str(ox.NamedNode(iri))
        out_rows, in_rows = [], []
        for sol in _select(self.store, f"SELECT ?p ?o WHERE {{ {node} ?p ?o }} ORDER BY ?p ?o LIMIT 500"):
            out_rows.append({"p": sol["p"].value, "o": sol["o"].value,
                             "iri": isinstance(sol["o"], ox.NamedNode)})
        for sol in _select(self.store, f"SELECT ?s ?p WHERE {{ ?s ?p {node} }} ORDER BY ?p ?s LIMIT 500"):
            in_rows.append({"s": sol["s"].value, "p": sol["p"].value})
        return {"iri": iri, "out": out_rows, "in": in_rows}


def _select(store: ox.Store, query: str) -> ox.QuerySolutions:
    """The solutions of a SELECT query (store.query answers every query form)."""
    return cast("ox.QuerySolutions", store.query(query))


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _type_rank(name: str) -> int:
    return STANCE_TYPES.index(name) if name in STANCE_TYPES else len(STANCE_TYPES)
