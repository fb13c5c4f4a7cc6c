"""Fixtures shared by the test modules that read the graph built from the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def seed_graph(tmp_path_factory) -> Path:
    """The seeds converted once per test session and written as Turtle."""
    from diplograph.convert import build_graph

    graph = build_graph(ROOT / "seeds", None)
    path = tmp_path_factory.mktemp("seed") / "diplograph.ttl"
    graph.serialize(path, format="turtle")
    return path
