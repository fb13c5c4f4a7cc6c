"""`diplograph export`: write the graph in one of the formats of diplograph.export.registry."""

from __future__ import annotations

from pathlib import Path

import click

from ..export import FORMATS, export_to
from ._engine_options import graph_option


@click.command("export")
@click.option("--format", "-f", "fmt", default="turtle", type=click.Choice(list(FORMATS)), show_default=True,
              help="; ".join(f"{f.name}: {f.help} ({f.suffix})" for f in FORMATS.values()) + ".")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Write to FILE (atomically; a FIFO or device in place), not stdout ('-': stdout).")
@graph_option
def command(fmt: str, output: Path | None, graph: Path) -> None:
    """Write the built graph in another format (deterministic: same graph, same bytes)."""
    if output and str(output) != "-":
        export_to(graph, fmt, output)
        click.echo(f"wrote {output} ({fmt})", err=True)
    else:
        export_to(graph, fmt, "-")
