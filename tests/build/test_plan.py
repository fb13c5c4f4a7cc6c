"""The build's one door, build(plan): it chooses full, bulk or incremental itself, and each gives the same bytes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import diplograph.build as door
from diplograph.build import Plan, build
from diplograph.build.assemble import Build
from diplograph.build.bulk import BulkBuild
from diplograph.errors import InputError

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def texts(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(path, folder / path.name)
    return folder


def test_the_door_chooses_the_way_and_every_way_writes_the_same_graph(texts, tmp_path, monkeypatch):
    said: list[str] = []
    full = build(Plan(texts, tmp_path / "full.ttl", say=said.append))
    assert isinstance(full.built, Build) and full.report is not None and full.report.conforms
    assert said[0] == f"converting 3 document(s) from {texts} ..."

    # more new texts than a step holds, and nothing kept: one pass in batches
    monkeypatch.setattr(door, "STEP", 2)
    cache = tmp_path / "cache"
    bulk = build(Plan(texts, tmp_path / "bulk.ttl", cache_dir=cache))
    assert isinstance(bulk.built, BulkBuild)
    # the same texts again, with what the bulk build kept: incremental, nothing converted
    again = build(Plan(texts, tmp_path / "again.ttl", cache_dir=cache))
    assert isinstance(again.built, Build) and again.built.previous is not None and again.built.converted == 0

    written = {name: (tmp_path / f"{name}.ttl").read_bytes() for name in ("full", "bulk", "again")}
    assert written["bulk"] == written["full"] == written["again"]


def test_an_empty_folder_is_refused_unless_allowed(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="holds no text files"):
        build(Plan(empty, tmp_path / "g.ttl"))
    assert not (tmp_path / "g.ttl").exists()
    warned: list[str] = []
    done = build(Plan(empty, tmp_path / "g.ttl", allow_empty=True, warn=warned.append))
    assert done.documents == 0 and (tmp_path / "g.ttl").is_file()
    assert warned and "the graph will be empty" in warned[0]
