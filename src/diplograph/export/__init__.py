"""Exports: the built graph written for other tools, one format per registry entry.

Owns the formats (`registry.FORMATS`: name, suffix, media type, help,
writer) and their writers. May import the ground floor (`errors`, `vocab`,
`rdfio`) and `query/` (the GraphML network is a saved query's rows); the
commands and the web pages import it. A new format is an entry
in registry.py, its writer and a test (tests/export/).

Exports are deterministic (the same graph gives the same bytes) and the RDF
ones parse back into a graph isomorphic to the built one.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .rdf import by_source, load_graph, source_graph_of
from .registry import FORMATS, Format

__all__ = ["FORMATS", "Format", "by_source", "export", "export_to", "load_graph", "source_graph_of"]


def _format(fmt: str) -> Format:
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}: use {', '.join(FORMATS)}")
    return FORMATS[fmt]


def export(graph_path: Path, fmt: str) -> bytes:
    """The graph at `graph_path` in format `fmt` (a name of FORMATS), as bytes."""
    return _format(fmt).writer(graph_path)


def export_to(graph_path: Path, fmt: str, output: Path | str) -> None:
    """Write export(graph_path, fmt) to `output` (a file, atomically; '-' or a special file in place),
    streamed where the format can be: the export is never held whole in memory."""
    from ..fileio import atomic_open, atomic_write_bytes

    entry = _format(fmt)
    if entry.stream is None:
        atomic_write_bytes(Path(output), entry.writer(graph_path))
        return
    with atomic_open(Path(output)) as out:
        entry.stream(graph_path, out)
