"""Where the project's data files live.

The ontology, lexicons, shapes and saved queries are data at the top of the
repository. DIPLOGRAPH_HOME points elsewhere, for an installed copy that
keeps them in another folder.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


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


def read_lexicon_yaml(name: str) -> Any:
    """A lexicon file, lexicon/NAME.yaml, parsed (None when empty)."""
    return read_yaml(lexicon_dir() / f"{name}.yaml")


def read_yaml(path: Path) -> Any:
    """A YAML data file, parsed with libyaml's loader where PyYAML has it (several times faster)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader


DEFAULT_GRAPH = Path("build/diplograph.ttl")
DEFAULT_SEEDS = Path("seeds")
DEFAULT_ANNOTATIONS = Path("annotations")
