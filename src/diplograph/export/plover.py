"""Event-data records: every stance and designation as a PLOVER record (JSON lines or TSV).

Researchers who read GDELT, ICEWS or POLECAT expect one row per event with
the PLOVER field names (`id`, `date`, `actor`, `recipient`, `event`, `mode`,
`context`, `event_loc`, ...). This module reads the built graph and the
ontology's `skos:closeMatch` links (stance type -> PLOVER category and CAMEO
code) and writes those records; `docs/plover.md` says which field comes from
where. The graph stays the source of truth: nothing here guesses a value the
graph does not hold, apart from the fixed code tables below, which come from
the PLOVER manual (draft 2.0).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..paths import ontology_dir
from .rdf import load_graph

if TYPE_CHECKING:
    import rdflib
    from rdflib import URIRef

# A term of the graph read (a URIRef, BNode or Literal): rdflib types a graph's values as Node
# only, which int() refuses.
Term = Any

DG = "https://w3id.org/diplograph/ontology#"
DGT = "https://w3id.org/diplograph/topic/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
OA = "http://www.w3.org/ns/oa#"
PLOVER_NS = "https://w3id.org/diplograph/plover/"
CAMEO_NS = "https://w3id.org/diplograph/cameo/"
CODEBOOK = "plover-2.0-draft"
FORMATS = ("jsonl", "tsv")

# Quad categories as numbered by event-data convention: 1 verbal cooperation, 2 material
# cooperation, 3 verbal conflict, 4 material conflict (the manual's "Quad category" lines).
QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
        "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4, "SANCTION": 4,
        "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}
# The manual's conflict-cooperation scores, by category or "CATEGORY:mode" where a mode has its own.
SCALE: dict[str, float] = {"AGREE": 2.5, "SUPPORT": 5.0, "REQUEST": 0.0, "REJECT": -2.0, "ACCUSE:disapprove": -2.0,
         "ACCUSE:allege": -3.5}
# Modes the graph can justify: a condemnation is ACCUSE "disapprove" (the manual's gloss is
# "express disapproval; condemn"); naming a group terrorist is ACCUSE "allege".
MODE_OF_TYPE = {"Condemnation": "disapprove"}
# A designation has no stance type and so no closeMatch: these are its codes. CAMEO 112
# ("Accuse") translates to ACCUSE in the PLOVER repository's CAMEO2PLOVER table.
DESIGNATION = {"event": "ACCUSE", "mode": "allege", "cameo": "112"}
# Topic of the dgt: scheme -> PLOVER context (the manual's "General contexts" table). Topics
# without a close context are left out rather than forced into one.
CONTEXT_OF_TOPIC = {
    "counter-terrorism": "terrorism", "terrorism": "terrorism", "human-rights": "human_rights",
    "womens-rights": "gender", "inclusive-government": "political_institutions", "sanctions": "economic",
    "frozen-assets": "economic", "humanitarian-aid": "human_security", "military-bases": "military",
    "sovereignty": "territory", "border-security": "territory", "narcotics": "illegal_drugs",
    "refugees": "migration", "connectivity": "economic", "economic-development": "economic",
    "political-settlement": "political_institutions", "regional-cooperation": "diplomatic",
    "foreign-policy": "diplomatic", "recognition": "diplomatic", "geopolitics": "diplomatic",
}
# The manual's codes for actors that are not states (its "International non-state actor names"
# and "Sector Codes" tables), by diplograph class.
CODE_OF_CLASS = {"IntergovernmentalOrganization": "IGO"}
SECTOR_OF_CLASS = {"State": "GOV", "Government": "GOV", "ArmedGroup": "REB"}

TSV_COLUMNS = ["id", "record_type", "date", "date_source", "enddate", "actor", "actor_code", "actor_sector",
               "actor_kind", "actor_id", "recipient", "recipient_code", "recipient_sector", "recipient_kind",
               "recipient_id", "has_event", "event", "mode", "context", "quad_code", "event_scale", "cameo_code",
               "stance_type", "topic", "city", "country", "country_code", "geonameid", "event_text", "document",
               "start", "end", "link"]


def _u(ns: str, local: str) -> URIRef:
    from rdflib import URIRef

    return URIRef(ns + local)


def _local(iri: object) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]


class _Reader:
    """Reads what a record needs from an rdflib graph, and the closeMatch codes from the ontology."""

    def __init__(self, graph: rdflib.Graph, ontology: rdflib.Graph) -> None:
        from rdflib import RDF

        self.g = graph
        self.type = RDF.type
        self.codes: dict[str, tuple[list[str], list[str]]] = {}  # stance type -> (PLOVER, CAMEO)
        match = _u(SKOS, "closeMatch")
        for source in (ontology, graph):
            for st, obj in source.subject_objects(match):
                plover, cameo = self.codes.setdefault(_local(st), ([], []))
                target = str(obj)
                if target.startswith(PLOVER_NS):
                    name = target[len(PLOVER_NS):]
                    plover.append(name)
                elif target.startswith(CAMEO_NS):
                    cameo.append(target[len(CAMEO_NS):])
        for plover, cameo in self.codes.values():
            plover[:] = sorted(set(plover))
            cameo[:] = sorted(set(cameo))

    def one(self, s: Term, ns: str, local: str) -> Term | None:
        values = sorted(self.g.objects(s, _u(ns, local)), key=str)
        return values[0] if values else None

    def all(self, s: Term, ns: str, local: str) -> list[Term]:
        return sorted(self.g.objects(s, _u(ns, local)), key=str)

    def label(self, node: Term) -> str:
        value = self.one(node, SKOS, "prefLabel")
        return str(value) if value is not None else _local(node)

    def kind(self, node: Term) -> str:
        """The most specific diplograph class of an actor."""
        classes = {_local(c) for c in self.g.objects(node, self.type) if str(c).startswith(DG)}
        for name in ("State", "Person", "IntergovernmentalOrganization", "Government", "ArmedGroup",
                     "DesignatedOrganization", "Organization", "Actor"):
            if name in classes:
                return "Organization" if name == "DesignatedOrganization" else name
        return ""

    def acts_for(self, node: Term, meeting: Term | None) -> Term | None:
        """Whom an actor stands for: itself if a state, else whom it represented at the meeting, else
        its affiliation (reference data)."""
        if self.kind(node) == "State":
            return node
        if meeting is not None:
            for part in self.all(meeting, DG, "participation"):
                if self.one(part, DG, "agent") == node:
                    rep = self.one(part, DG, "represents")
                    if rep is not None:
                        return rep
        return self.one(node, DG, "affiliation")

    def entity(self, node: Term, meeting: Term | None) -> dict:
        """A PLOVER entity object: code, sector, identifier_id and identifier_text (plus `kind`)."""
        kind = self.kind(node)
        principal = self.acts_for(node, meeting)
        principal_kind = self.kind(principal) if principal is not None else ""
        iso = self.one(principal, DG, "isoAlpha3") if principal_kind == "State" else None
        code = str(iso) if iso is not None else CODE_OF_CLASS.get(kind) or CODE_OF_CLASS.get(principal_kind)
        sector = SECTOR_OF_CLASS.get(kind)
        if kind == "Person":
            sector = SECTOR_OF_CLASS.get(principal_kind)
        out = {"code": code, "sector": sector, "identifier_id": str(node), "identifier_text": self.label(node),
               "kind": kind}
        office = self.one(node, DG, "office")
        if office is not None:
            out["office"] = str(office)
        return out

    def location(self, meeting: Term | None) -> dict | None:
        """The PLOVER location object of a meeting's city."""
        place = self.one(meeting, DG, "location") if meeting is not None else None
        if place is None:
            return None
        loc = {"resolved_place": self.label(place), "city": self.label(place), "feature_class": "P",
               "resolution": 4}
        for same in self.all(place, SKOS, "exactMatch"):
            if "geonames.org/" in str(same):
                digits = str(same).rstrip("/").rsplit("/", 1)[-1]
                if digits.isdigit():
                    loc["geonameid"] = int(digits)
        state = self.one(place, DG, "locatedIn")
        if state is not None:
            loc["country"] = self.label(state)
            code = self.one(state, DG, "isoAlpha3")
            if code is not None:
                loc["country_code"] = str(code)
        return loc

    def evidence(self, fact: Term) -> list[dict]:
        """The fact's quotes, each with its document, in document then offset order."""
        out = []
        for ev in self.all(fact, DG, "evidence"):
            doc = self.one(ev, DG, "document")
            start, end = self.one(ev, OA, "start"), self.one(ev, OA, "end")
            out.append({"quote": str(self.one(ev, OA, "exact") or ""), "doc": doc,
                        "start": int(start) if start is not None else None,
                        "end": int(end) if end is not None else None})
        out.sort(key=lambda e: (str(e["doc"]), e["start"] if e["start"] is not None else -1))
        return out

    def date(self, meeting: Term | None, evidence: list[dict]) -> tuple[str | None, str | None, str]:
        """(date, end date, where the date came from): the meeting's, else the first document's."""
        if meeting is not None:
            date = self.one(meeting, DG, "date")
            if date is not None:
                end = self.one(meeting, DG, "endDate")
                return str(date), str(end) if end is not None else None, "meeting"
        for ev in evidence:
            date = self.one(ev["doc"], DCTERMS, "date") if ev["doc"] is not None else None
            if date is not None:
                return str(date), None, "document"
        return None, None, "none"

    def cite(self, evidence: list[dict]) -> dict | None:
        from rdflib import Literal

        if not evidence or evidence[0]["doc"] is None:
            return None
        doc = evidence[0]["doc"]
        cite = {"corpus": "diplograph", "citation": str(self.one(doc, DG, "sourceFile") or _local(doc)),
                "coder": "diplograph", "codebook": CODEBOOK}
        title, publisher = self.one(doc, DCTERMS, "title"), self.one(doc, DCTERMS, "publisher")
        if title is not None:
            cite["title"] = str(title)
        if publisher is not None:
            cite["publication"] = str(publisher) if isinstance(publisher, Literal) else self.label(publisher)
        return cite


def _record(r: _Reader, fact: Term, *, kind: str, actors: list, recipients: list, meeting: Term | None,
            plover: list[str],
            cameo: list[str], mode: list[str], topics: list, stance_type: str | None, extra: dict) -> dict:
    evidence = r.evidence(fact)
    date, enddate, date_source = r.date(meeting, evidence)
    contexts = sorted({CONTEXT_OF_TOPIC[_local(t)] for t in topics if _local(t) in CONTEXT_OF_TOPIC})
    event = plover[0] if plover else None
    scale_key = f"{event}:{mode[0]}" if event and mode else (event or "")
    record = {
        "id": str(fact),
        "record_type": kind,
        "has_event": bool(plover),
        "date": date,
        "enddate": enddate,
        "date_source": date_source,
        "actor": [r.entity(a, meeting) for a in actors],
        "recipient": [r.entity(a, meeting) for a in recipients],
        "event": plover,
        "mode": mode,
        "context": contexts,
        "quad_code": QUAD.get(event) if event else None,
        "event_scale": SCALE.get(scale_key, SCALE.get(event or "")) if event else None,
        "cameo_code": cameo,
        "stance_type": stance_type,
        "topic": [r.label(t) for t in topics],
        "event_loc": r.location(meeting),
        "event_text": [e["quote"] for e in evidence],
        "text_info": ({"start": evidence[0]["start"], "end": evidence[0]["end"],
                       "document": str(evidence[0]["doc"])} if evidence else None),
        "cite_info": r.cite(evidence),
        "link": str(meeting) if meeting is not None else None,
    }
    record.update(extra)
    return record


def records(graph: rdflib.Graph, ontology: rdflib.Graph | None = None) -> list[dict]:
    """One PLOVER record per dg:Stance and dg:Designation of an rdflib graph, sorted by id."""
    from rdflib import RDF

    if ontology is None:
        ontology = load_ontology()
    r = _Reader(graph, ontology)
    out = []
    for stance in set(graph.subjects(RDF.type, _u(DG, "Stance"))):
        st = r.one(stance, DG, "stanceType")
        name = _local(st) if st is not None else None
        plover, cameo = r.codes.get(name, ([], [])) if name else ([], [])
        mode = [MODE_OF_TYPE[name]] if name in MODE_OF_TYPE and plover else []
        out.append(_record(r, stance, kind="stance", actors=r.all(stance, DG, "holder"),
                           recipients=r.all(stance, DG, "addressee"), meeting=r.one(stance, DG, "expressedAt"),
                           plover=list(plover), cameo=list(cameo), mode=mode, topics=r.all(stance, DG, "topic"),
                           stance_type=name, extra={}))
    for designation in set(graph.subjects(RDF.type, _u(DG, "Designation"))):
        stated = r.one(designation, DG, "designationDate")
        out.append(_record(r, designation, kind="designation", actors=r.all(designation, DG, "authority"),
                           recipients=r.all(designation, DG, "designee"),
                           meeting=r.one(designation, DG, "designatedAt"), plover=[DESIGNATION["event"]],
                           cameo=[DESIGNATION["cameo"]], mode=[DESIGNATION["mode"]],
                           topics=r.all(designation, DG, "designatedAs"), stance_type=None,
                           extra={"designation_date": str(stated) if stated is not None else None}))
    out.sort(key=lambda rec: rec["id"])
    return out


def load_ontology() -> rdflib.Graph:
    from rdflib import Graph

    ontology = Graph()
    path = ontology_dir() / "diplograph.ttl"
    if path.is_file():
        ontology.parse(path, format="turtle")
    return ontology


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    # one record per line: the TSV has no quoting, so the few characters that would split it are escaped
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def tsv_row(rec: dict) -> list[str]:
    """A record flattened to the TSV columns; a list field (several holders) joined by '; '."""
    def join(values: Iterable[object]) -> str:
        texts = ["" if v is None else str(v) for v in values]
        return "; ".join(texts) if any(texts) else ""

    row = {k: rec.get(k) for k in TSV_COLUMNS}
    for side in ("actor", "recipient"):
        ents = rec[side]
        row[side] = join(e["identifier_text"] for e in ents)
        for field, key in (("code", "code"), ("sector", "sector"), ("kind", "kind"), ("id", "identifier_id")):
            row[f"{side}_{field}"] = join(e[key] for e in ents)
    for key in ("event", "mode", "context", "cameo_code", "topic"):
        row[key] = join(rec[key])
    loc = rec["event_loc"] or {}
    row.update(city=loc.get("city"), country=loc.get("country"), country_code=loc.get("country_code"),
               geonameid=loc.get("geonameid"))
    row["event_text"] = rec["event_text"][0] if rec["event_text"] else None
    info = rec["text_info"] or {}
    row.update(document=info.get("document"), start=info.get("start"), end=info.get("end"))
    return [_cell(row[k]) for k in TSV_COLUMNS]


def serialize(recs: list[dict], fmt: str) -> bytes:
    if fmt == "jsonl":
        lines = [json.dumps(rec, ensure_ascii=False, sort_keys=False) for rec in recs]
    elif fmt == "tsv":
        lines = ["\t".join(TSV_COLUMNS)] + ["\t".join(tsv_row(rec)) for rec in recs]
    else:
        raise InputError(f"unknown PLOVER format {fmt!r}: use {', '.join(FORMATS)}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_plover(graph_path: Path, fmt: str = "tsv") -> bytes:
    """The graph at `graph_path` as PLOVER records, `fmt` 'tsv' or 'jsonl', as bytes."""

    if fmt not in FORMATS:
        raise InputError(f"unknown PLOVER format {fmt!r}: use {', '.join(FORMATS)}")
    return serialize(records(load_graph(graph_path)), fmt)


def tsv(graph_path: Path) -> bytes:
    """The export registry's writer: PLOVER records as TSV."""
    return write_plover(graph_path, "tsv")


def jsonl(graph_path: Path) -> bytes:
    """The export registry's writer: PLOVER records as JSON lines."""
    return write_plover(graph_path, "jsonl")
