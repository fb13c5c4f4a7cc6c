"""Load a built graph file into an in-memory pyoxigraph Store, read-only by convention."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError


def load_store(path: str | Path):
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
