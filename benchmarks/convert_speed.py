"""How fast the converter reads documents: documents per second and peak memory.

    python benchmarks/convert_speed.py              # 1,000 generated documents, 1 process
    python benchmarks/convert_speed.py --size 5000 --jobs 2

Generates the corpus with benchmarks/generate_corpus.py (seeded, about 500
words a document) in a temporary folder, converts every document with
`diplograph.pipeline.convert_many` (no cache) and prints documents per
second, per core, and the peak resident memory of the process and its
workers. For the whole picture (build, validation, queries, both engines)
run benchmarks/run.py.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _cpu_seconds() -> tuple[float, float]:
    """CPU seconds of this process and of its finished children (the workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1000, help="documents to generate and convert")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=1, help="worker processes")
    args = ap.parse_args(argv)

    from generate_corpus import generate

    from diplograph.convert import load_lexicon
    from diplograph.pipeline import convert_many

    with tempfile.TemporaryDirectory(prefix="diplograph-speed-") as tmp:
        paths = generate(Path(tmp), args.size, seed=args.seed)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths) / len(paths)
        t0 = time.perf_counter()
        lexicon = load_lexicon()
        lex_s = time.perf_counter() - t0
        t0, (own0, kids0) = time.perf_counter(), _cpu_seconds()
        facts = convert_many(paths, lexicon, jobs=args.jobs)
        dt, (own1, kids1) = time.perf_counter() - t0, _cpu_seconds()
    own_cpu, cpu = own1 - own0, own1 - own0 + kids1 - kids0
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rate = len(facts) / dt
    print(f"documents:          {len(facts):,} (mean {words:.0f} words)")
    print(f"lexicon loaded in:  {lex_s:.2f} s")
    print(f"conversion:         {dt:.2f} s with {args.jobs} process(es)")
    print(f"documents/second:   {rate:.0f} ({rate / args.jobs:.0f} per core)")
    # wall-clock rates suffer when other work shares the cores; CPU time says what the converter costs
    print(f"per CPU-second:     {len(facts) / cpu:.0f} documents (CPU time of this process and its workers)")
    if args.jobs > 1:
        # what the parent spends (starting workers, unpickling results) is taken from the workers' cores
        print(f"parent CPU:         {own_cpu:.2f} s ({own_cpu / cpu:.1%} of the total)")
    print(f"peak memory:        {own:.0f} MB (this process), {kids:.0f} MB (largest worker)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
