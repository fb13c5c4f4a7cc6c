"""`-o` onto what is not a regular file (issue 17, item 0).

A FIFO and a device node are written in place, never replaced by a regular
file renamed over them; a symbolic link is followed to the file it names and
stays a link; `-o -` is standard output for query, export and build. The
device is a `mknod` copy of /dev/null in tmp_path, never the real one.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def null_device(tmp_path) -> Path:
    """A character device with /dev/null's numbers, made in tmp_path."""
    node = tmp_path / "devices" / "null"
    node.parent.mkdir()
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("mknod needs root (CAP_MKNOD)")
    return node


def only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def read_fifo(fifo: Path) -> tuple[threading.Thread, list[bytes]]:
    got: list[bytes] = []

    def reader():
        with open(fifo, "rb") as fh:
            got.append(fh.read())

    t = threading.Thread(target=reader, daemon=True)
    t.start()
    return t, got


@pytest.mark.parametrize("command", [
    ["query", "timeline", "--format", "csv"],
    ["export", "--format", "ntriples"],
])
def test_a_device_stays_a_device(command, null_device, seed_graph):
    result = run(*command, "--graph", str(seed_graph), "-o", str(null_device))
    assert result.exit_code == 0, result.output
    st = os.stat(null_device)
    assert stat.S_ISCHR(st.st_mode) and st.st_rdev == os.makedev(1, 3)
    assert only(null_device.parent) == ["null"]       # no temporary file left beside it


def test_a_build_onto_a_device_keeps_it_a_device(null_device, tmp_path):
    result = run("build", "--seeds", str(SEEDS), "--annotations", str(tmp_path / "none"),
                 "-o", str(null_device), "--cache-dir", str(tmp_path / "cache"))
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.stat(null_device).st_mode)
    assert only(null_device.parent) == ["null"]
    # the state kept for the next build holds the graph as a regular file of its own
    kept = tmp_path / "cache" / "graph" / "graph.ttl"
    assert stat.S_ISREG(os.stat(kept).st_mode) and kept.stat().st_size > 100_000
    again = run("build", "--seeds", str(SEEDS), "--annotations", str(tmp_path / "none"),
                "-o", str(null_device), "--cache-dir", str(tmp_path / "cache"))
    assert again.exit_code == 0, again.output
    assert stat.S_ISCHR(os.stat(null_device).st_mode)


@pytest.mark.parametrize("command", [
    ["query", "timeline", "--format", "csv"],
    ["export", "--format", "turtle"],
])
def test_a_fifo_is_written_through(command, tmp_path, seed_graph):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    t, got = read_fifo(fifo)
    result = run(*command, "--graph", str(seed_graph), "-o", str(fifo))
    t.join(10)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert got and len(got[0]) > 100
    assert only(tmp_path) == ["pipe"]


def test_a_build_into_a_fifo(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    t, got = read_fifo(fifo)
    result = run("build", "--seeds", str(SEEDS), "--annotations", str(tmp_path / "none"), "-o", str(fifo))
    t.join(10)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert got and got[0].startswith(b"@prefix") and b"dg:Meeting" in got[0]
    assert only(tmp_path) == ["pipe"]


def test_a_symbolic_link_is_followed(tmp_path, seed_graph):
    (tmp_path / "real").mkdir()
    real = tmp_path / "real" / "rows.csv"
    real.write_text("old\n")
    link = tmp_path / "rows.csv"
    link.symlink_to(real)
    result = run("query", "timeline", "--format", "csv", "--graph", str(seed_graph), "-o", str(link))
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text().startswith("date,")
    assert only(tmp_path / "real") == ["rows.csv"]


def test_a_dangling_link_makes_the_file_it_names(tmp_path, seed_graph):
    link = tmp_path / "out.nt"
    link.symlink_to(tmp_path / "made.nt")
    result = run("export", "--format", "ntriples", "--graph", str(seed_graph), "-o", str(link))
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and (tmp_path / "made.nt").stat().st_size > 1000


def test_a_link_that_loops_is_refused_by_name(tmp_path, seed_graph):
    loop = tmp_path / "loop.csv"
    loop.symlink_to(loop)
    result = run("query", "timeline", "--graph", str(seed_graph), "-o", str(loop))
    assert result.exit_code == 2
    assert "loop.csv" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("command", [
    ["query", "timeline", "--format", "csv"],
    ["export", "--format", "ntriples"],
])
def test_dash_is_standard_output(command, tmp_path, seed_graph):
    result = run(*command, "--graph", str(seed_graph), "-o", "-")
    assert result.exit_code == 0, result.output
    assert len(result.stdout) > 100
    assert not (tmp_path / "-").exists()


def test_a_build_to_standard_output(tmp_path):
    result = run("build", "--seeds", str(SEEDS), "--annotations", str(tmp_path / "none"), "-o", "-")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("@prefix")          # the graph alone: the summary is on stderr
    assert "wrote the graph to stdout" in result.stderr
    assert not (tmp_path / "-").exists()
