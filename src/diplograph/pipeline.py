"""Converting many documents: one process or several, with a per-document cache.

Placeholder until the scale work lands: converts sequentially, no cache.
"""

from __future__ import annotations

from pathlib import Path


def convert_many(paths: list[Path], lexicon, *, jobs: int = 1, cache_dir: Path | None = None,
                 progress: bool = False) -> list:
    from .convert import convert_file

    return [convert_file(p, lexicon) for p in sorted(paths)]
