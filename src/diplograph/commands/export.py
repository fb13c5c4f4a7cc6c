"""`diplograph export`: write the graph as Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML."""

from __future__ import annotations

from pathlib import Path

import click

from ._engine_options import graph_option


@click.command("export")
@click.option("--format", "-f", "fmt", default="turtle",
              type=click.Choice(["turtle", "ntriples", "nquads", "trig", "jsonld", "xml"]), show_default=True,
              help="TriG and N-Quads put each source document's facts in a named graph of its own.")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Write to FILE (atomically; a FIFO or device in place), not stdout ('-': stdout).")
@graph_option
def command(fmt, output, graph):
    """Write the built graph in another RDF syntax (deterministic: same graph, same bytes)."""
    from ..export import export
    from ..fileio import atomic_write_bytes

    data = export(graph, fmt)
    if output and str(output) != "-":
        atomic_write_bytes(output, data)
        click.echo(f"wrote {output} ({fmt})", err=True)
    else:
        click.echo(data.decode("utf-8"), nl=False)
