"""Adding many texts to a kept build in steps, so that memory stays bounded.

A build holds in memory the part (facts, N-Triples, Turtle) of every text it
converts: about 0.35 MB a document, 3.7 GB for 10,000 new ones. A first build
of many texts, or one whose new texts outnumber the known, goes through
diplograph.bulk instead (bulk.takes). With a cache folder, `build_in_steps`
converts at most STEP new texts at a time, in order of name. Each step is an
incremental build of its own (assemble.build with new_at_most): merged,
validated and kept in the cache folder (buildstate), its Turtle written
there, not to the output. The next step adds the next texts to it. The last
step is the build the caller writes and validates as usual.

The result is the build a single pass would give, byte for byte and in its
validation report: each step is an incremental build, and those equal full
builds (tests/build/test_build_state.py). Texts taken in order of name come after
the texts before them, so each step's merging goes on from the last step's
(merge.MergeState) instead of merging everything again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..extract.lexicon import Lexicon, load_lexicon
from . import buildstate
from .assemble import Build, build
from .validate import validate_build

# New texts converted per step: about 1.5 GB at the peak of a step.
STEP = 5000


def build_in_steps(seeds_dir: Path, annotations_dir: Path | None = None, *, jobs: int = 1, cache_dir: Path,
                   progress: bool = False, lexicon: Lexicon | None = None, step: int = STEP,
                   on_step: Callable[[int, int], None] | None = None, validate: bool = True) -> Build:
    """assemble.build of seeds_dir with the cache folder cache_dir, converting at most `step` new
    texts at a time. on_step(done, left) is called after each step but the last. validate=False
    skips the steps' validation too (`diplograph build --no-validate`)."""

    lexicon = lexicon or load_lexicon()
    done = 0
    while True:
        built = build(seeds_dir, annotations_dir, jobs=jobs, cache_dir=cache_dir, progress=progress,
                      lexicon=lexicon, new_at_most=step)
        if not built.pending:
            return built
        # A step's graph goes into the cache folder, never to the output. A violation found here
        # is kept in the results, and the last step's validation reports it if it still stands.
        report = validate_build(built) if validate else None
        scratch = buildstate.folder(cache_dir) / ".step.ttl"
        buildstate.write_graph(built, scratch)
        buildstate.save(built, scratch, report.results if report is not None else None)
        scratch.unlink()
        done += built.converted
        if on_step is not None:
            on_step(done, built.pending)
        del built, report
