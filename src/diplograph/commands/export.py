"""`diplograph export`: write the graph as Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML, as PLOVER
event records, or its co-attendance network as GraphML."""

from __future__ import annotations

from pathlib import Path

import click

from ._engine_options import graph_option


@click.command("export")
@click.option("--format", "-f", "fmt", default="turtle",
              type=click.Choice(["turtle", "ntriples", "nquads", "trig", "jsonld", "xml", "plover", "plover-jsonl",
                                 "graphml"]), show_default=True,
              help="TriG and N-Quads put each source document's facts in a named graph of its own; plover "
                   "(TSV) and plover-jsonl write event records, graphml the co-attendance network.")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Write to FILE (atomically; a FIFO or device in place), not stdout ('-': stdout).")
@graph_option
def command(fmt, output, graph):
    """Write the built graph in another RDF syntax (deterministic: same graph, same bytes)."""
    from ..export import export
    from ..fileio import atomic_write_bytes

    if fmt in ("plover", "plover-jsonl"):
        from ..plover import write_plover

        data = write_plover(graph, "jsonl" if fmt == "plover-jsonl" else "tsv")
    elif fmt == "graphml":
        from ..graphml import write_graphml

        data = write_graphml(graph)
    else:
        data = export(graph, fmt)
    if output and str(output) != "-":
        atomic_write_bytes(output, data)
        click.echo(f"wrote {output} ({fmt})", err=True)
    else:
        click.echo(data.decode("utf-8"), nl=False)
