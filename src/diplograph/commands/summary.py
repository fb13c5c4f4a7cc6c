"""`diplograph summary`: what a built graph holds, in counts."""

from __future__ import annotations

from pathlib import Path

import click

from ..vocab import DG
from ._engine_options import engine_options

# "actors" counts every node of an actor class of the data model: the graph need not state dg:Actor.
COUNTS = f"""
PREFIX dg: <{DG}>
""" + """SELECT ?what (COUNT(DISTINCT ?x) AS ?n) WHERE {
  VALUES (?what ?class) {
    ("documents" dg:Document) ("meetings" dg:Meeting) ("meeting series" dg:MeetingSeries)
    ("actors" dg:Actor) ("actors" dg:State) ("actors" dg:Person) ("actors" dg:Organization)
    ("actors" dg:IntergovernmentalOrganization) ("actors" dg:Government) ("actors" dg:ArmedGroup)
    ("actors" dg:DesignatedOrganization) ("actors" dg:InformalGrouping)
    ("states" dg:State) ("persons" dg:Person) ("places" dg:Place) ("participations" dg:Participation)
    ("stances" dg:Stance) ("designations" dg:Designation) ("claims" dg:Claim) ("evidence spans" dg:Evidence)
  }
  OPTIONAL { ?x a ?class }
}
GROUP BY ?what
"""
ORDER = ["documents", "meetings", "meeting series", "actors", "states", "persons", "places", "participations",
         "stances", "designations", "claims", "evidence spans"]


@click.command("summary")
@engine_options
def command(graph: Path, store: str | None, endpoint: str | None) -> None:
    """Print counts: documents, meetings, actors, stances, designations, triples."""
    from ..query.engines import open_engine

    engine = open_engine(graph, store, endpoint)
    try:
        counts: dict[str, int | None] = {str(w): int(n) for w, n in engine.select(COUNTS, source="summary").rows}
        counts["triples"] = engine.triples()
    finally:
        engine.close()
    for key in ORDER + ["triples"]:
        n = counts.get(key, 0)
        # an endpoint that does not answer a count leaves the number unknown, not "None"
        click.echo(f"{key:16} {'unknown' if n is None else n}")
