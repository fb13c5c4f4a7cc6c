"""Load a built graph file into an in-memory pyoxigraph Store, read-only by convention."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from ..rdfio import read_oxigraph

if TYPE_CHECKING:
    import pyoxigraph as ox


def load_store(path: str | Path) -> ox.Store:
    """Parse an RDF file (format from its extension; Turtle by default) into a new Store.

    `oxigraph:DIR` opens an on-disk Oxigraph store read-only instead: several processes
    (the server and its query workers) then share one copy of the graph on disk.
    """
    import pyoxigraph as ox

    if isinstance(path, str) and path.startswith("oxigraph:"):
        directory = path.split(":", 1)[1]
        try:
            return ox.Store.read_only(directory)
        except OSError as exc:
            raise InputError(f"cannot open the Oxigraph store read-only ({exc})", path=directory) from None
    return read_oxigraph(path)
