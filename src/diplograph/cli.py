"""The `diplograph` command: one entry point, one subcommand per job.

Subcommands live in `diplograph.commands.<name>` and are imported only when
called, so that `diplograph query` starts fast.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from . import __version__
from .errors import DiplographError

# name -> (module under diplograph.commands, one-line help shown by --help)
COMMANDS: dict[str, tuple[str, str]] = {
    "build": ("build", "Convert a folder of texts into the graph, validate it, write Turtle."),
    "validate": ("validate", "Check annotation files (or a graph) against the SHACL shapes."),
    "annotate": ("annotate", "Add a validated annotation file to annotations/."),
    "query": ("query", "Run a saved query (or a .rq file) and print a table, CSV, TSV or JSON."),
    "queries": ("queries", "List the saved queries with their summaries."),
    "export": ("export", "Write the graph in another format (RDF syntaxes and more: see export --help)."),
    "push": ("push", "Load the graph into a SPARQL server through the Graph Store Protocol."),
    "serve": ("serve", "Serve a SPARQL endpoint and pages to read the graph in a browser."),
    "summary": ("summary", "Print what a built graph holds: documents, meetings, actors, stances."),
    "explain": ("explain", "Show what the converter finds in each sentence of a text, and why not."),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(name for name, (mod, _) in COMMANDS.items() if _module_exists(mod))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS or not _module_exists(COMMANDS[name][0]):
            return None
        module = importlib.import_module(f"diplograph.commands.{COMMANDS[name][0]}")
        return module.command

    def invoke(self, ctx: click.Context) -> Any:
        # A user's mistake becomes one line on stderr and its exit code;
        # anything else is a bug and keeps its traceback.
        try:
            return super().invoke(ctx)
        except DiplographError as exc:
            click.echo(f"diplograph: {exc}", err=True)
            raise click.exceptions.Exit(exc.exit_code) from None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][1]) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def _module_exists(mod: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(f"diplograph.commands.{mod}") is not None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="diplograph")
def cli() -> None:
    """diplograph: a knowledge graph of diplomatic meetings.

    Build the graph from a folder of joint statements and news readouts,
    validate it and analysts' annotations against SHACL shapes, run saved
    SPARQL queries, and export the graph for other RDF tools.
    """


def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv, prog_name="diplograph")


if __name__ == "__main__":
    main()
