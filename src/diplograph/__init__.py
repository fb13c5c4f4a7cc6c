"""diplograph: a knowledge graph of diplomatic meetings, built from source texts."""

__version__ = "0.1.0"


def open(source="build/diplograph.ttl", *, store=None):  # noqa: A001 - the notebook API's one entry
    """Open a graph file, an Oxigraph store folder or a SPARQL endpoint URL for questions answered as
    pandas DataFrames; see diplograph.notebook."""
    from .notebook import open as _open

    return _open(source, store=store)
