"""`diplograph queries`: list the saved queries, or run each one and count its rows."""

from __future__ import annotations

import shlex
import textwrap
from pathlib import Path

import click

from ._engine_options import engine_options


@click.command("queries")
@click.option("--run-all", is_flag=True, help="Run every saved query (defaults) and print its row count.")
@click.option("--verbose", "-v", is_flag=True, help="Also print each query's description and parameters.")
@engine_options
def command(run_all: bool, verbose: bool, graph: Path, store: str | None, endpoint: str | None) -> None:
    """List the saved queries in queries/ with their summaries."""
    from ..query.saved import list_queries, run

    queries = list_queries()
    width = max((len(q.name) for q in queries), default=0)
    if not run_all:
        for q in queries:
            click.echo(f"{q.name.ljust(width)}  {q.summary}")
            if verbose:
                pad = " " * (width + 2)
                if q.description:
                    click.echo(textwrap.fill(q.description, 100, initial_indent=pad, subsequent_indent=pad))
                for k, v in q.params.items():
                    click.echo(f"{pad}--param {shlex.quote(f'{k}={v}')}")
        return
    from ..query.engines import open_engine

    engine = open_engine(graph, store, endpoint)
    try:
        for q in queries:
            n = len(run(q, engine).rows)
            # a check that returns rows is reported here; `diplograph validate` is the command that fails
            note = "  <- a check must return no rows: run `diplograph validate`" if q.is_check and n else ""
            click.echo(f"{q.name.ljust(width)}  {n:5d} row{'s' if n != 1 else ' '}{note}")
    finally:
        engine.close()
