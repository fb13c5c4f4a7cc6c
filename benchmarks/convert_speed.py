"""How fast the converter reads documents: documents per second and peak memory.

    python benchmarks/convert_speed.py              # 1,000 generated documents, 1 process
    python benchmarks/convert_speed.py --size 5000 --jobs 2
    python benchmarks/convert_speed.py --texts ../shared/eval/dev2/docs   # real texts of the genre

With --texts, the documents are that folder's texts (real statements read by
the statistical parser cost far more than generated ones), converted in this
process after the lexicon and the spaCy model are loaded (their load times
printed apart), and the command a user runs, `diplograph build --no-validate`
on the same folder, is timed beside it as a whole process.

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
    ap.add_argument("--texts", type=Path, help="a folder of real texts to convert instead of a generated corpus")
    args = ap.parse_args(argv)
    if args.texts:
        return _real_texts(args.texts, args.jobs)

    from generate_corpus import generate

    from diplograph.extract.convert import load_lexicon
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


def _real_texts(folder: Path, jobs: int) -> int:
    import subprocess

    from diplograph.extract import nlp
    from diplograph.extract.convert import list_sources, load_lexicon
    from diplograph.pipeline import convert_many

    paths = list_sources(folder)
    words = sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in paths)
    t0 = time.perf_counter()
    lexicon = load_lexicon()
    lex_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    nlp.load()
    model_s = time.perf_counter() - t0
    convert_many(paths[:1], lexicon)        # the alias patterns are compiled on first use
    t0, (own0, kids0) = time.perf_counter(), _cpu_seconds()
    facts = convert_many(paths, lexicon, jobs=jobs)
    dt, (own1, kids1) = time.perf_counter() - t0, _cpu_seconds()
    cpu = own1 - own0 + kids1 - kids0
    with tempfile.TemporaryDirectory(prefix="diplograph-speed-") as tmp:
        exe = Path(sys.executable).with_name("diplograph")
        t1 = time.perf_counter()
        subprocess.run([str(exe), "build", "--seeds", str(folder), "--no-validate", "--quiet", "-o",
                        str(Path(tmp) / "g.ttl"), "--jobs", str(jobs)], check=True, capture_output=True)
        cmd_s = time.perf_counter() - t1
    print(f"texts:              {len(facts):,} from {folder} (mean {words / len(facts):.0f} words)")
    print(f"lexicon loaded in:  {lex_s:.2f} s; spaCy model loaded in {model_s:.2f} s")
    print(f"conversion:         {dt:.2f} s with {jobs} process(es): {len(facts) / dt:.1f} documents/s, "
          f"{words / dt:.0f} words/s")
    print(f"per CPU-second:     {len(facts) / cpu:.1f} documents ({words / cpu:.0f} words)")
    print(f"the command:        diplograph build --no-validate: {cmd_s:.2f} s wall-clock "
          f"({len(facts) / cmd_s:.1f} documents/s, loading included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
