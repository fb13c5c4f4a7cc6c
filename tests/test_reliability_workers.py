"""A parallel build killed with SIGKILL takes its workers with it (issue 17, item 6).

Real processes: a parent that converts with two workers (a converter that
sleeps, so the workers are surely busy) is killed; its workers must be gone
within a few seconds, not left converting for nobody.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")

PARENT = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from diplograph import pipeline

    def slow(path, lexicon):
        time.sleep(60)
        return path.name

    print("started", flush=True)
    pipeline.convert_many([Path(f"/nowhere/{i}.txt") for i in range(8)], None, jobs=2, converter=slow)
""")


def children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"     # a zombie has ended
    except OSError:
        return False


def test_workers_end_when_the_build_is_killed():
    parent = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True)
    workers: list[int] = []
    try:
        assert parent.stdout.readline().strip() == "started"
        deadline = time.monotonic() + 30
        while len(workers) < 2 and time.monotonic() < deadline:
            workers = children(parent.pid)
            time.sleep(0.05)
        assert len(workers) >= 2, "the workers did not start"
        time.sleep(0.5)          # past their initializer, into the sleeping converter
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(10)
        deadline = time.monotonic() + 5
        while any(map(alive, workers)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(map(alive, workers)), "the workers outlived the killed build"
    finally:
        for pid in [parent.pid, *workers]:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        parent.wait(10)


def _broken_converter(path, lexicon):
    raise ValueError("a converter bug")


def test_a_converter_bug_names_the_text_that_set_it_off(tmp_path):
    # a bug keeps its traceback (errors.py), and the traceback says which text to run `explain` on
    from diplograph import pipeline

    text = tmp_path / "the-text.txt"
    text.write_text("Ministers met in Lima on Monday.", encoding="utf-8")
    with pytest.raises(ValueError) as caught:
        pipeline.convert_many([text], None, converter=_broken_converter)
    assert any(str(text) in note for note in getattr(caught.value, "__notes__", []))
