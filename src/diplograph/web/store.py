"""Load a built graph file into an in-memory pyoxigraph Store, read-only by convention."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError


def load_store(path: str | Path):
    """Parse an RDF file (format from its extension; Turtle by default) into a new Store."""
    import pyoxigraph as ox

    path = Path(path)
    if not path.is_file():
        raise InputError("graph file not found; run `make run` (or `diplograph build`) first, "
                         "or point --graph at a built graph", path=str(path))
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) or ox.RdfFormat.TURTLE
    store = ox.Store()
    try:
        if fmt.supports_datasets:
            store.bulk_load(path=str(path), format=fmt)
        else:
            store.bulk_load(path=str(path), format=fmt, to_graph=ox.DefaultGraph())
    except SyntaxError as exc:
        raise InputError(f"cannot parse the graph: {exc}; rebuild it with `diplograph build`",
                         path=str(path)) from None
    return store
