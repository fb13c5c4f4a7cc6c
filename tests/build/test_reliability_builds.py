"""Builds that race, are killed, or are given nothing (issue 17, items 1, 3 and 7).

The races run real `diplograph build` processes on one file system, a few
rounds each, every process bounded in time.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph import fileio
from diplograph.cli import cli

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
DIPLOGRAPH = [sys.executable, "-c", "from diplograph.cli import main; main()"]
TIMEOUT = 120


def seeds_folder(tmp_path: Path, name: str, n: int) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for f in sorted(SEEDS.glob("*.txt"))[:n]:
        shutil.copy(f, folder / f.name)
    return folder


def start(*args: str, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen([*DIPLOGRAPH, "build", *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def finish(proc: subprocess.Popen) -> tuple[int, str, str]:
    stdout, stderr = proc.communicate(timeout=TIMEOUT)
    return proc.returncode, stdout, stderr


def documents_in(graph: Path) -> int:
    return len(re.findall(rb"\ba dg:Document\b", graph.read_bytes()))


def wrote(stdout: str) -> int | None:
    m = re.search(r"wrote .* (\d+) documents", stdout)
    return int(m.group(1)) if m else None


# ----- item 1: two builds of one output ------------------------------------------------------


@pytest.mark.slow
def test_two_builds_of_one_output_never_mix(tmp_path):
    five, two = seeds_folder(tmp_path, "five", 5), seeds_folder(tmp_path, "two", 2)
    out = tmp_path / "build" / "g.ttl"
    none = str(tmp_path / "no-annotations")
    for _ in range(2):
        procs = {n: start("--seeds", str(folder), "--annotations", none, "-o", str(out), cwd=tmp_path)
                 for n, folder in ((5, five), (2, two))}
        done = {n: finish(p) for n, p in procs.items()}
        succeeded = []
        for n, (rc, stdout, stderr) in done.items():
            assert "Traceback" not in stderr, stderr
            assert rc in (0, 2), stderr
            if rc == 2:
                assert "another build is writing" in stderr and "process" in stderr, stderr
            else:
                assert wrote(stdout) == n, stdout       # it reports the graph it wrote, never the other's
                succeeded.append(n)
        assert succeeded
        if len(succeeded) == 1:
            assert documents_in(out) == succeeded[0]
        else:
            assert documents_in(out) in succeeded
        assert sorted(p.name for p in out.parent.iterdir()) == ["g.ttl"]   # no staged file, no lock left


@pytest.mark.slow
def test_two_builds_of_one_cache_folder_never_mix(tmp_path):
    five, two = seeds_folder(tmp_path, "five", 5), seeds_folder(tmp_path, "two", 2)
    cache = tmp_path / "cache"
    none = str(tmp_path / "no-annotations")
    procs = {n: start("--seeds", str(folder), "--annotations", none, "-o", str(tmp_path / f"g{n}.ttl"),
                      "--cache-dir", str(cache), cwd=tmp_path)
             for n, folder in ((5, five), (2, two))}
    done = {n: finish(p) for n, p in procs.items()}
    for n, (rc, stdout, stderr) in done.items():
        assert "Traceback" not in stderr, stderr
        assert rc in (0, 2), stderr
        if rc == 2:
            assert "another build is using the cache folder" in stderr, stderr
        else:
            assert wrote(stdout) == n
            assert documents_in(tmp_path / f"g{n}.ttl") == n
    assert not (cache / ".lock").exists()


def test_a_build_refuses_while_another_holds_the_output(tmp_path):
    out = tmp_path / "g.ttl"
    out.write_bytes(b"# yesterday\n")
    with fileio.exclusive(fileio.lock_path(out), "another build is writing it"):
        result = CliRunner().invoke(cli, ["build", "--seeds", str(SEEDS), "--annotations", str(tmp_path / "x"),
                                          "-o", str(out)])
    assert result.exit_code == 2
    assert "another build is writing" in result.stderr and f"process {os.getpid()}" in result.stderr
    assert out.read_bytes() == b"# yesterday\n"
    assert "wrote" not in result.stdout


# ----- item 7: what a killed build leaves ------------------------------------------------------


def test_leftovers_of_an_interrupted_build_are_removed_and_named(tmp_path):
    out = tmp_path / "g.ttl"
    stale = [tmp_path / ".g.ttl.staged", tmp_path / ".g.ttl.k2j4h1.staged", tmp_path / ".g.ttl.abc123.tmp"]
    for p in stale:
        p.write_bytes(b"x" * 1000)
    parts = tmp_path / ".g.ttl.parts-abcd"
    parts.mkdir()
    (parts / "p").write_bytes(b"y" * 10)
    others = [tmp_path / ".other.ttl.staged", tmp_path / "g.ttl.staged"]
    for p in others:
        p.write_bytes(b"not ours")
    result = CliRunner().invoke(cli, ["build", "--seeds", str(SEEDS), "--annotations", str(tmp_path / "x"),
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    for p in [*stale, parts]:
        assert not p.exists()
        assert f"removed {p}" in result.stderr
    assert "interrupted" in result.stderr
    assert all(p.exists() for p in others)


@pytest.mark.slow
def test_a_build_killed_while_it_writes_leaves_what_the_next_removes(tmp_path):
    out = tmp_path / "g.ttl"
    cache = tmp_path / "cache"
    proc = start("--seeds", str(SEEDS), "--annotations", str(tmp_path / "x"), "-o", str(out),
                 "--cache-dir", str(cache), cwd=tmp_path)
    deadline = time.monotonic() + TIMEOUT
    seen: list[Path] = []
    while proc.poll() is None and time.monotonic() < deadline and not seen:
        seen = fileio.leftovers(out)
        time.sleep(0.005)
    if not seen:
        proc.wait(TIMEOUT)
        proc.communicate()
        pytest.skip("the build ended before its staged file was seen")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(TIMEOUT)
    proc.communicate()
    left = fileio.leftovers(out)
    if not left:
        pytest.skip("killed after the staged file was renamed")
    result = CliRunner().invoke(cli, ["build", "--seeds", str(SEEDS), "--annotations", str(tmp_path / "x"),
                                      "-o", str(out), "--cache-dir", str(cache)])
    assert result.exit_code == 0, result.output
    assert fileio.leftovers(out) == []
    assert all(f"removed {p}" in result.stderr for p in left)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".g.ttl")) == []


# ----- item 3: a folder with no texts ----------------------------------------------------------


def test_a_folder_with_no_texts_leaves_the_graph_alone(tmp_path):
    out = tmp_path / "g.ttl"
    out.write_bytes(b"# the good graph of yesterday\n")
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.pdf").write_bytes(b"%PDF-1.4")
    result = CliRunner().invoke(cli, ["build", "--seeds", str(empty), "--annotations", str(tmp_path / "x"),
                                      "-o", str(out)])
    assert result.exit_code == 2
    assert "holds no text files" in result.stderr and "--allow-empty" in result.stderr
    assert "Traceback" not in result.output
    assert out.read_bytes() == b"# the good graph of yesterday\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty", "g.ttl"]


def test_allow_empty_writes_an_empty_graph(tmp_path):
    out = tmp_path / "g.ttl"
    out.write_bytes(b"# the good graph of yesterday\n")
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(cli, ["build", "--seeds", str(empty), "--annotations", str(tmp_path / "x"),
                                      "-o", str(out), "--allow-empty"])
    assert result.exit_code == 0, result.output
    assert "warning" in result.stderr and "0 documents" in result.stdout
    assert out.read_bytes() != b"# the good graph of yesterday\n"


# ----- item 5: a symbolic link that loops in the texts folder -----------------------------------


@pytest.mark.parametrize("links", [{"loop.txt": "loop.txt"}, {"a.txt": "b.txt", "b.txt": "a.txt"}],
                         ids=["self", "pair"])
def test_a_link_that_loops_among_the_texts_is_named(tmp_path, links):
    seeds = seeds_folder(tmp_path, "docs", 2)
    for name, to in links.items():
        (seeds / name).symlink_to(to)
    out = tmp_path / "g.ttl"
    out.write_bytes(b"# yesterday\n")
    for extra in ([], ["--cache-dir", str(tmp_path / "cache")]):
        result = CliRunner().invoke(cli, ["build", "--seeds", str(seeds), "--annotations", str(tmp_path / "x"),
                                          "-o", str(out), *extra])
        assert result.exit_code == 2, result.output
        assert "Traceback" not in result.output and "OSError" not in result.output
        assert "a symbolic link that loops" in result.stderr
        assert all(name in result.stderr for name in links)
        assert out.read_bytes() == b"# yesterday\n"
