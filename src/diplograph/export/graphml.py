"""The co-attendance network as GraphML, for Gephi, Cytoscape or networkx.

Nodes are the actors that attended meetings; an undirected edge joins two
that attended the same meeting, weighted by how many meetings they shared,
with the first and last of them. The edges are the rows of the saved query
`co-attendance` (the question the Network page answers), so the file and the
query never disagree; a second query gives each node its IRI, class and
number of meetings.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..errors import InputError
from ..query.engines import Engine, open_engine
from ..query.saved import find_query, run

KINDS = ("all", "State", "Person", "Organization")
_NODES = """PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?node ?label (GROUP_CONCAT(DISTINCT STRAFTER(STR(?class), "#"); separator=" ") AS ?classes)
       (COUNT(DISTINCT ?meeting) AS ?meetings)
WHERE { ?meeting a dg:Meeting ; dg:participant ?node . ?node skos:prefLabel ?label .
        OPTIONAL { ?node a ?class FILTER(STRSTARTS(STR(?class), STR(dg:))) } }
GROUP BY ?node ?label"""
# The class a node is shown as: the most specific of the ones it has.
_KIND_ORDER = ("State", "Person", "IntergovernmentalOrganization", "Government", "ArmedGroup", "Organization")
_KEYS = [("label", "node", "string"), ("iri", "node", "string"), ("kind", "node", "string"),
         ("meetings", "node", "int"), ("weight", "edge", "int"), ("first", "edge", "string"),
         ("last", "edge", "string")]


def _kind(classes: str) -> str:
    have = set(classes.split())
    return next((k for k in _KIND_ORDER if k in have), "Actor")


def network(engine: Engine, kind: str = "all") -> tuple[list[dict], list[dict]]:
    """(nodes, edges) of the co-attendance network on `engine`, for participants of class `kind`."""

    if kind.lower() not in {k.lower() for k in KINDS}:
        raise InputError(f"unknown kind {kind!r} for the network: use {', '.join(KINDS)}")
    rows = run(find_query("co-attendance"), engine, {"kind": kind})
    edges = []
    for actor1, actor2, meetings, first, last in rows.rows:
        edges.append({"source": str(actor1), "target": str(actor2), "weight": int(meetings),
                      "first": str(first) if first is not None else "",
                      "last": str(last) if last is not None else ""})
    by_label: dict[str, dict] = {}
    for node, label, classes, meetings in sorted(engine.select(_NODES, source="the network's nodes").rows,
                                                 key=lambda r: str(r[0])):
        node_kind = _kind(str(classes or ""))
        if kind != "all" and kind.lower() not in {c.lower() for c in str(classes or "").split()}:
            continue
        # prefLabels are unique per node (tests/test_reference_data.py), the query's rows name nodes by them
        by_label.setdefault(str(label), {"id": str(label), "label": str(label), "iri": str(node),
                                         "kind": node_kind, "meetings": int(meetings)})
    nodes = sorted(by_label.values(), key=lambda n: (n["kind"], n["label"].lower()))
    return nodes, edges


def to_graphml(nodes: list[dict], edges: list[dict]) -> bytes:
    """GraphML 1.0 text: sorted, so the same graph gives the same bytes."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
           'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">']
    for name, domain, kind in _KEYS:
        out.append(f'  <key id="{name}" for="{domain}" attr.name="{name}" attr.type="{kind}"/>')
    out.append('  <graph id="co-attendance" edgedefault="undirected">')
    for node in nodes:
        out.append(f"    <node id={quoteattr(node['id'])}>")
        for name in ("label", "iri", "kind", "meetings"):
            out.append(f'      <data key="{name}">{escape(str(node[name]))}</data>')
        out.append("    </node>")
    for i, edge in enumerate(edges):
        out.append(f'    <edge id="e{i}" source={quoteattr(edge["source"])} target={quoteattr(edge["target"])}>')
        for name in ("weight", "first", "last"):
            out.append(f'      <data key="{name}">{escape(str(edge[name]))}</data>')
        out.append("    </edge>")
    out += ["  </graph>", "</graphml>"]
    return ("\n".join(out) + "\n").encode("utf-8")


def write_graphml(graph_path: Path, kind: str = "all") -> bytes:
    """The co-attendance network of the graph at `graph_path` as GraphML bytes."""

    engine = open_engine(Path(graph_path))
    try:
        nodes, edges = network(engine, kind)
    finally:
        engine.close()
    return to_graphml(nodes, edges)
