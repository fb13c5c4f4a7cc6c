"""`diplograph query NAME`: run one saved query (or a .rq file) and print its rows."""

from __future__ import annotations

from pathlib import Path

import click

from ._engine_options import engine_options


@click.command("query")
@click.argument("name")
@click.option("--param", "-p", "params", multiple=True, metavar="K=V", help="Set a parameter (repeatable).")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml"]),
              default="table", show_default=True, help="table for a terminal; the others as SPARQL 1.1.")
@click.option("--max-width", type=click.IntRange(min=0), default=60, show_default=True,
              help="Cut table cells to this many characters (0: no limit).")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Write to FILE, not stdout ('-': stdout; a FIFO or device is written in place).")
@engine_options
def command(name: str, params: tuple[str, ...], fmt: str, max_width: int, output: Path | None, graph: Path,
            store: str | None, endpoint: str | None) -> None:
    """Run the saved query NAME (see `diplograph queries`) or the query in a .rq file."""
    from ..fileio import atomic_write_text
    from ..query.engines import open_engine
    from ..query.formats import format_rows
    from ..query.saved import find_query, parse_assignments, run, run_csv

    query = find_query(name)
    values = parse_assignments(params)
    engine = open_engine(graph, store, endpoint)
    try:
        text = run_csv(query, engine, values) if fmt == "csv" else None
        if text is None:
            # the writers of text formats read Oxigraph's terms as they come (query/formats.py)
            rows = run(query, engine, values, raw=fmt in ("table", "csv", "tsv"))
            text = format_rows(rows, fmt, max_width=max_width)
    finally:
        engine.close()
    if output and str(output) != "-":
        atomic_write_text(output, text)
    else:
        click.echo(text, nl=False)
