"""`diplograph push --graph-store URL`: load the graph into a SPARQL server (Graph Store Protocol)."""

from __future__ import annotations

from pathlib import Path

import click

from ._engine_options import graph_option


@click.command("push")
@click.option("--graph-store", "url", required=True, metavar="URL",
              help="Graph Store Protocol URL (Oxigraph: http://HOST:7878/store, Fuseki: .../ds/data).")
@click.option("--method", type=click.Choice(["PUT", "POST"], case_sensitive=False), default="PUT",
              show_default=True, help="PUT replaces the target graph; POST adds to it.")
@click.option("--syntax", type=click.Choice(["turtle", "ntriples"]), default="turtle", show_default=True,
              help="What to send.")
@click.option("--named-graph", metavar="IRI", default=None,
              help="Load into this named graph instead of the default graph.")
@graph_option
def command(url: str, method: str, syntax: str, named_graph: str | None, graph: Path) -> None:
    """Send the built graph to a SPARQL 1.1 Graph Store Protocol endpoint."""
    from ..query.engines import push

    target = push(graph, url, method=method.upper(), syntax=syntax, graph_iri=named_graph)
    click.echo(f"pushed {graph} to {target} ({method.upper()})", err=True)
