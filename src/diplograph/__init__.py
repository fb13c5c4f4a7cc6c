"""diplograph: a knowledge graph of diplomatic meetings, built from source texts."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from .notebook import DiploGraph

__version__ = "0.1.0"


def open(source: "str | Path" = "build/diplograph.ttl", *,  # noqa: A001 - the notebook API's one entry
         store: str | None = None) -> "DiploGraph":
    """Open a graph file, an Oxigraph store folder or a SPARQL endpoint URL for questions answered as
    pandas DataFrames; see diplograph.notebook."""
    from .notebook import open as _open

    return _open(source, store=store)
