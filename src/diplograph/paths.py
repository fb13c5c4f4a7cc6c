"""Where the project's data files live.

The ontology, lexicons, shapes and saved queries are data at the top of the
repository. DIPLOGRAPH_HOME points elsewhere, for an installed copy that
keeps them in another folder.
"""

from __future__ import annotations

import os
from pathlib import Path


def home() -> Path:
    env = os.environ.get("DIPLOGRAPH_HOME")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2]


def ontology_dir() -> Path:
    return home() / "ontology"


def lexicon_dir() -> Path:
    return home() / "lexicon"


def shapes_dir() -> Path:
    return home() / "shapes"


def queries_dir() -> Path:
    return home() / "queries"


DEFAULT_GRAPH = Path("build/diplograph.ttl")
DEFAULT_SEEDS = Path("seeds")
DEFAULT_ANNOTATIONS = Path("annotations")
