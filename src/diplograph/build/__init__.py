"""The build: from a folder of texts to a validated graph file, through one door, `build(plan)`.

Owns how a build runs: which texts are new (the state kept in a cache
folder), converting them (through `pipeline`), merging and cutting the graph
into segments (`graph`), validating what changed (`validation`) and writing
the Turtle only when it conforms. Three ways, chosen here and nowhere else:

- full (`assemble.build`): everything in memory, for a corpus without a kept state;
- incremental (`steps.build_in_steps`): with a cache folder, only new or
  changed texts are converted, and many new ones are added in steps of STEP;
- bulk (`bulk.build`): a first build of more than STEP texts, in one pass
  and in bounded memory, validated in batches.

Each gives the same bytes for the same texts (tests/build/). May import
everything below it: the ground floor, the converter, `graph`, `validation`;
the commands import it, and nothing here imports a command.

    assemble.py   texts -> segments -> Turtle or a store (the full and incremental core)
    buildstate.py what a build keeps in its cache folder for the next one
    steps.py      many new texts added to a kept build in steps
    bulk.py       a first build of many texts in one pass, in bounded memory
    validate.py   what of a build to validate: the whole graph, or what changed
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import fileio
from ..errors import InputError
from ..extract.lexicon import load_lexicon
from ..graph import writer
from ..rdfio import store_to_rdflib
from ..validation import Report
from . import assemble, buildstate, bulk
from .assemble import Build, build_store, list_texts
from .steps import STEP, build_in_steps
from .validate import validate_build

__all__ = ["STEP", "Outcome", "Plan", "build", "build_graph", "build_store", "stages"]


def _quiet(message: str) -> None:
    """The default of Plan.say: a library caller is told nothing."""


@dataclass
class Plan:
    """What to build: the texts, the analysts' annotations, where the graph goes, and how."""

    seeds: Path
    output: Path
    annotations: Path | None = None
    jobs: int = 1
    cache_dir: Path | None = None
    validate: bool = True
    allow_empty: bool = False
    progress: bool = False
    lexicon: Any = None
    say: Callable[[str], None] = _quiet     # progress and notes for the user, one line each (the CLI: stderr)
    warn: Callable[[str], None] = _quiet    # what the user must hear even when quiet


@dataclass
class Outcome:
    """What a build did: the build (its counts, what it converted) and the validation report."""

    built: Any                  # an assemble.Build, or a bulk.BulkBuild
    report: Report | None       # None when not validated
    documents: int = 0


def build(plan: Plan) -> Outcome:
    """Build the graph of plan.seeds into plan.output, written only if it conforms (or is not validated).

    A graph that does not conform is not written; the report says why (Outcome.report.conforms).
    """
    sources = list_texts(plan.seeds)
    if not sources:
        # an empty folder (a wrong --seeds, a mount not there) must not replace a good graph
        if not plan.allow_empty:
            raise InputError(f"{plan.seeds} holds no text files (.txt, .text, .md); nothing was written and "
                             f"{plan.output} is as it was. Give --allow-empty to write an empty graph.")
        plan.warn(f"diplograph: warning: {plan.seeds} holds no text files (.txt, .text, .md); the graph will be "
                 "empty (--allow-empty)")
    plan.say(f"converting {len(sources)} document(s) from {plan.seeds} ...")
    lexicon = plan.lexicon or load_lexicon()
    if len(sources) > STEP and bulk.takes(sources, plan.cache_dir, lexicon, STEP):
        # many texts and little built to go on from: in one pass, in bounded memory
        done = _bulk(plan, lexicon)
        plan.say(stages(done.timings))
        return Outcome(done, done.report, len(sources))  # type: ignore[arg-type]
    if plan.cache_dir is None:
        built = _full(plan, lexicon)
    else:
        built = build_in_steps(plan.seeds, plan.annotations, jobs=plan.jobs, cache_dir=plan.cache_dir,
                               progress=plan.progress, lexicon=lexicon, validate=plan.validate,
                               on_step=lambda done, left: plan.say(
                                   f"{done} new document(s) converted and kept in {plan.cache_dir}; {left} to go"))
    if built.previous is not None:
        plan.say(f"{built.converted} new or changed document(s); the rest from {plan.cache_dir}")

    def keep(graph: Path, report: Report | None) -> None:
        if plan.cache_dir is not None:
            buildstate.save(built, graph, None if report is None else report.results)

    report = buildstate.write_checked(built, plan.output, (lambda: validate_build(built)) if plan.validate else None,
                                      after=keep)
    plan.say(stages(built.timings, side_by_side=True))     # write_checked validates while it writes
    return Outcome(built, report, len(sources))


def stages(timings: dict[str, float], *, side_by_side: bool = False) -> str:
    """One line for the user: how long each stage of the build took, in the order they ran
    (side_by_side: the write and the validation ran at the same time)."""
    line = "stages: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in timings.items())
    if side_by_side and "write" in timings and "validate" in timings:
        line += " (write and validate side by side)"
    return line


def _full(plan: Plan, lexicon: Any) -> Build:
    return assemble.build(plan.seeds, plan.annotations, jobs=plan.jobs, progress=plan.progress, lexicon=lexicon)


def _bulk(plan: Plan, lexicon: Any) -> bulk.BulkBuild:
    """A cold build of many texts in one pass: converted, merged and validated in batches, in
    bounded memory. Without a cache folder the documents' parts go to a temporary folder beside
    the output, removed after."""
    scratch = None
    cache_dir = plan.cache_dir
    if cache_dir is None:
        where = fileio.target(plan.output)
        # beside a regular output (where the next build of it finds it if this one is killed); in the
        # temporary folder for stdout or a special file (nothing is written beside /dev/null)
        beside = where.path if where.regular else None
        if beside is not None:
            beside.parent.mkdir(parents=True, exist_ok=True)
        cache_dir = scratch = Path(tempfile.mkdtemp(prefix=f".{beside.name}.parts-" if beside else ".diplograph-parts-",
                                                    dir=beside.parent if beside else None))
        plan.say(f"diplograph: note: {scratch} holds the documents' parts (about 0.13 MB each) until the build ends; "
                 "give --cache-dir to keep them for the next build")
    try:
        return bulk.build(plan.seeds, plan.output, plan.annotations, cache_dir=cache_dir,
                          jobs=plan.jobs, progress=plan.progress, lexicon=lexicon, validate=plan.validate,
                          on_batch=lambda done, total: plan.say(f"{done} of {total} document(s) converted"))
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def build_graph(seeds_dir: Path, annotations_dir: Path | None = None, *, jobs: int = 1,
                cache_dir: Path | None = None, progress: bool = False, lexicon: Any = None) -> Any:
    """Convert every text in seeds_dir, merge, and return the rdflib graph (annotations added).

    For large corpora use `build_store`, the same graph in a pyoxigraph Store, without the cost
    of rdflib's objects.
    """
    return store_to_rdflib(build_store(seeds_dir, annotations_dir, jobs=jobs, cache_dir=cache_dir,
                                       progress=progress, lexicon=lexicon), writer.PREFIXES)
