"""Options shared by the commands that read a graph: --graph, --store, --endpoint."""

from __future__ import annotations

from pathlib import Path

import click

from ..paths import DEFAULT_GRAPH


def graph_option(f):
    return click.option("--graph", "graph", type=click.Path(path_type=Path), default=DEFAULT_GRAPH,
                        show_default=True, help="The built graph (Turtle).")(f)


def engine_options(f):
    f = click.option("--endpoint", metavar="URL", default=None,
                     help="Send the query to this SPARQL 1.1 query endpoint instead.")(f)
    f = click.option("--store", metavar="SPEC", default=None,
                     help="Where the query runs: oxigraph (in memory, the default), rdflib, "
                          "or oxigraph:DIR (an on-disk store, loaded from --graph when older).")(f)
    return graph_option(f)
