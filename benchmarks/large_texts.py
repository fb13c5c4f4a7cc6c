"""Time and memory of converting one large text, against its size: is the cost linear?

    python benchmarks/large_texts.py                     # 0.1, 0.5, 1, 2 and 5 MB
    python benchmarks/large_texts.py --sizes 0.1 1 2     # chosen sizes
    python benchmarks/large_texts.py --max 50            # and 10, 20, 50 MB (raises the limit)

Each text is the genre's generated documents (benchmarks/generate_corpus.py, seeded) joined into one
file of the given size. For each size it runs `diplograph build --no-validate --quiet` in a fresh
process on a folder holding that one text, and prints its wall-clock seconds, seconds per MB and
peak resident memory (getrusage of the child); then, unless --no-in-process, the conversion alone
(`convert_text`, lexicon and spaCy model already loaded) in a fresh process too. Seconds per MB
should stay flat as the size grows; the statistical parser makes it about 40 s a MB.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

DEFAULT_SIZES = [0.1, 0.5, 1.0, 2.0, 5.0]
LARGE_SIZES = [10.0, 20.0, 50.0]

_IN_PROCESS = """
import json, resource, sys, time
from diplograph.extract.convert import convert_text, load_lexicon
from diplograph.extract import nlp
from diplograph.extract.text import read_document
lexicon = load_lexicon(); nlp.load()
src = read_document(sys.argv[1])
t0 = time.perf_counter(); facts = convert_text(src, lexicon); dt = time.perf_counter() - t0
print(json.dumps({"seconds": dt, "stances": len(facts.stances), "meetings": len(facts.meetings),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def large_text(megabytes: float, seed: int = 0) -> str:
    """Generated documents of the genre, joined by blank lines, until the text holds `megabytes` MB."""
    from generate_corpus import document, load_pools

    pools = load_pools(seed=seed)
    parts, size, i = [], 0, 0
    while size < megabytes * 1e6:
        _, text = document(i, pools, seed)
        parts.append(text)
        size += len(text.encode()) + 2
        i += 1
    return "\n\n".join(parts)


def _child(cmd: list[str], env: dict) -> tuple[float, float, subprocess.CompletedProcess]:
    """Run cmd; its wall-clock seconds and its own peak resident memory in MB (wait4's rusage)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        dt = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        done = subprocess.CompletedProcess(cmd, proc.returncode, out.read(), err.read())
    return dt, usage.ru_maxrss / 1024, done     # Linux reports KB


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=None, help="sizes in MB")
    ap.add_argument("--max", type=float, default=None, help="also 10, 20, 50 MB up to this size")
    ap.add_argument("--no-in-process", action="store_true", help="only the build command")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    sizes = sorted(args.sizes or DEFAULT_SIZES + [s for s in LARGE_SIZES if args.max and s <= args.max])
    exe = Path(sys.executable).with_name("diplograph")
    env = dict(os.environ, DIPLOGRAPH_MAX_TEXT_MB=str(max(sizes) * 1.1 + 1))
    print(f"{'MB':>6} {'build s':>9} {'s/MB':>7} {'peak MB':>8} | {'convert s':>9} {'s/MB':>7} {'peak MB':>8}"
          f" {'stances':>8}", flush=True)
    for mb in sizes:
        with tempfile.TemporaryDirectory(prefix="diplograph-large-") as tmp:
            folder = Path(tmp) / "texts"
            folder.mkdir()
            path = folder / "large.txt"
            path.write_text(large_text(mb, args.seed), encoding="utf-8")
            real_mb = path.stat().st_size / 1e6
            dt, peak, done = _child([str(exe), "build", "--seeds", str(folder), "--no-validate", "--quiet",
                                     "-o", str(Path(tmp) / "g.ttl")], env)
            if done.returncode != 0:
                print(f"{real_mb:6.2f} build failed (exit {done.returncode}): {done.stderr.strip()[-300:]}")
                continue
            row = f"{real_mb:6.2f} {dt:9.1f} {dt / real_mb:7.1f} {peak:8.0f} |"
            if not args.no_in_process:
                _, _, conv = _child([sys.executable, "-c", _IN_PROCESS, str(path)], env)
                r = json.loads(conv.stdout.strip().splitlines()[-1])
                row += f" {r['seconds']:9.1f} {r['seconds'] / real_mb:7.1f} {r['rss_mb']:8.0f} {r['stances']:8,}"
            print(row, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
