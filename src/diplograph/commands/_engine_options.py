"""Options shared by the commands that read a graph: --graph, --store, --endpoint."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from ..paths import DEFAULT_GRAPH

F = TypeVar("F", bound=Callable[..., Any])


def graph_option(f: F) -> F:
    return click.option("--graph", "graph", type=click.Path(path_type=Path), default=DEFAULT_GRAPH,
                        show_default=True, help="The built graph (Turtle).")(f)


def engine_options(f: F) -> F:
    f = click.option("--endpoint", metavar="URL", default=None,
                     help="Send the query to this SPARQL 1.1 query endpoint instead.")(f)
    f = click.option("--store", metavar="SPEC", default=None,
                     help="Where the query runs: oxigraph (in memory, the default), rdflib, "
                          "or oxigraph:DIR (an on-disk store, loaded from --graph when older).")(f)
    return graph_option(f)
