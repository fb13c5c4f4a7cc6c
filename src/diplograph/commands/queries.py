"""`diplograph queries`: list the saved queries, or run each one and count its rows."""

from __future__ import annotations

import click

from ._engine_options import engine_options


@click.command("queries")
@click.option("--run-all", is_flag=True, help="Run every saved query (defaults) and print its row count.")
@click.option("--verbose", "-v", is_flag=True, help="Also print each query's description and parameters.")
@engine_options
def command(run_all, verbose, graph, store, endpoint):
    """List the saved queries in queries/ with their summaries."""
    from ..queries import list_queries, run

    queries = list_queries()
    width = max((len(q.name) for q in queries), default=0)
    if not run_all:
        for q in queries:
            click.echo(f"{q.name.ljust(width)}  {q.summary}")
            if verbose:
                if q.description:
                    click.echo(f"{'':{width}}  {q.description}")
                for k, v in q.params.items():
                    click.echo(f"{'':{width}}  --param {k}={v}")
        return
    from ..store import open_engine

    engine = open_engine(graph, store, endpoint)
    failed = []
    try:
        for q in queries:
            rows = run(q, engine)
            n = len(rows.rows)
            note = ""
            if q.is_check and n:
                failed.append(q.name)
                note = "  <- a check must return no rows"
            click.echo(f"{q.name.ljust(width)}  {n:5d} row{'s' if n != 1 else ' '}{note}")
    finally:
        engine.close()
    if failed:
        from ..errors import ValidationFailed

        raise ValidationFailed(f"check queries returned rows: {', '.join(failed)}")
