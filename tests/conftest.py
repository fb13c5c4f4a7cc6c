"""Fixtures shared by the test modules that read the graph built from the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def seed_graph(tmp_path_factory) -> Path:
    """The seeds converted once per test session and written as Turtle."""
    from diplograph.build import build_graph

    graph = build_graph(ROOT / "seeds", None)
    path = tmp_path_factory.mktemp("seed") / "diplograph.ttl"
    graph.serialize(path, format="turtle")
    return path


@pytest.fixture(scope="module")
def lexicon():
    from diplograph.extract.convert import load_lexicon

    return load_lexicon()


def mixed_corpus(folder: Path, size: int, seed: int) -> Path:
    """`size` generated documents (meetings reported by several texts), the seeds and tests/texts."""
    import shutil
    import sys

    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root / "benchmarks"))
    from generate_corpus import generate

    generate(folder, size, seed=seed)
    for f in [*sorted((root / "seeds").glob("*.txt")), *sorted((root / "tests" / "texts").glob("*.txt"))]:
        shutil.copy(f, folder / f.name)
    return folder
