"""`diplograph build`: texts -> graph -> validated Turtle file."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from ..errors import InputError, ValidationFailed
from ..paths import DEFAULT_ANNOTATIONS, DEFAULT_GRAPH, DEFAULT_SEEDS
from ..steps import STEP


@click.command(name="build")
@click.option("--seeds", "seeds", type=click.Path(path_type=Path), default=DEFAULT_SEEDS, show_default=True,
              help="Folder of source texts, one document each (.txt, .text, .md or no extension).")
@click.option("--annotations", type=click.Path(path_type=Path), default=DEFAULT_ANNOTATIONS,
              show_default=True, help="Folder of analysts' annotation files (Turtle or YAML) to add.")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=DEFAULT_GRAPH, show_default=True,
              help="Where to write the graph (Turtle). Written only if the graph validates; '-' for "
                   "stdout; a FIFO or device is written in place, a symbolic link followed.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes for conversion; the output is the same for any number.")
@click.option("--cache-dir", type=click.Path(path_type=Path), default=None,
              help="Keep each document's facts and the last graph's segments here, so a rebuild converts, "
                   "writes and validates only what new or changed texts touch; many new texts are added "
                   f"in steps of {STEP:,}. A first build of more than {STEP:,} texts, with or without it, "
                   "runs in one pass in bounded memory.")
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation (for benchmarks; not for real use).")
@click.option("--allow-empty", is_flag=True,
              help="Write an empty graph when SEEDS holds no texts (without it the build refuses, exit 2).")
@click.option("--max-text-mb", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Refuse a text larger than this many MB (exit 2); default 5, or DIPLOGRAPH_MAX_TEXT_MB.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def command(seeds: Path, annotations: Path, output: Path, jobs: int, cache_dir: Path | None,
            no_validate: bool, allow_empty: bool, max_text_mb: float | None, quiet: bool) -> None:
    """Convert every text in SEEDS into the graph, validate it against the
    SHACL shapes, and write it as Turtle.

    Each meeting, participation, stance, designation and claim cites the
    exact words it came from. On a validation failure the problems are
    printed, nothing is written, and the exit status is 1; the previous
    graph file is left as it was.

    A build holds a lock on its output and on --cache-dir while it runs: a
    second build of the same output or cache refuses at once (exit 2). What
    a killed build left beside the output is removed, and said so.
    """
    import os
    from contextlib import ExitStack

    from .. import buildstate, fileio
    from ..text import MAX_TEXT_ENV
    from ..text import max_text_mb as _max_text_mb

    if max_text_mb is not None:
        os.environ[MAX_TEXT_ENV] = repr(max_text_mb)     # the worker processes inherit it
    _max_text_mb()                                       # a bad DIPLOGRAPH_MAX_TEXT_MB: exit 2 now

    t0 = time.perf_counter()
    where = fileio.target(output)
    with ExitStack() as held:
        if where.regular:
            held.enter_context(fileio.exclusive(
                fileio.lock_path(where.path),
                f"another build is writing {output}; wait for it to end, or give another -o"))
            for path, size in fileio.remove_stale(where.path):
                if not quiet:
                    click.echo(f"diplograph: removed {path} ({_size(size)}), left by a build that was "
                               "interrupted", err=True)
        if cache_dir is not None:
            held.enter_context(fileio.exclusive(
                Path(cache_dir) / buildstate.LOCK,
                f"another build is using the cache folder {cache_dir}; wait for it to end, or give "
                "another --cache-dir"))
            for path, size in buildstate.remove_stale(cache_dir):
                if not quiet:
                    click.echo(f"diplograph: removed {path} ({_size(size)}), left by a build that was "
                               "interrupted", err=True)
        _build(seeds, annotations, output, jobs, cache_dir, no_validate, allow_empty, quiet, t0)


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def _build(seeds: Path, annotations: Path, output: Path, jobs: int, cache_dir: Path | None,
           no_validate: bool, allow_empty: bool, quiet: bool, t0: float) -> None:
    from .. import buildstate, bulk
    from ..assemble import annotation_files, build, list_texts
    from ..build_validation import validate_build
    from ..convert import load_lexicon
    from ..steps import build_in_steps
    from ..validate import locate_literals
    from ..warnings_report import format_warnings

    sources = list_texts(seeds)
    n_docs = len(sources)
    if n_docs == 0:
        # an empty folder (a wrong --seeds, a mount not there) must not replace a good graph
        if not allow_empty:
            raise InputError(f"{seeds} holds no text files (.txt, .text, .md); nothing was written and "
                             f"{output} is as it was. Give --allow-empty to write an empty graph.")
        click.echo(f"diplograph: warning: {seeds} holds no text files (.txt, .text, .md); the graph will be "
                   "empty (--allow-empty)", err=True)
    if not quiet:
        click.echo(f"converting {n_docs} document(s) from {seeds} ...", err=True)
    annotations_dir = annotations if annotations.is_dir() else None
    progress = not quiet and sys.stderr.isatty()
    lexicon = load_lexicon()
    if n_docs > STEP and bulk.takes(sources, cache_dir, lexicon, STEP):
        # many texts and little built to go on from: in one pass, in bounded memory
        built, report = _bulk(seeds, annotations_dir, output, jobs, cache_dir, progress, no_validate, quiet, lexicon)
    else:
        if cache_dir is None:
            built = build(seeds, annotations_dir, jobs=jobs, progress=progress, lexicon=lexicon)
        else:
            def step(done: int, left: int) -> None:
                if not quiet:
                    click.echo(f"{done} new document(s) converted and kept in {cache_dir}; {left} to go",
                               err=True)

            built = build_in_steps(seeds, annotations_dir, jobs=jobs, cache_dir=cache_dir, progress=progress,
                                   lexicon=lexicon, on_step=step, validate=not no_validate)
        if not quiet and built.previous is not None:
            click.echo(f"{built.converted} new or changed document(s); the rest from {cache_dir}", err=True)

        def keep(graph: Path, report) -> None:
            if cache_dir is not None:
                buildstate.save(built, graph, None if report is None else report.results)

        report = buildstate.write_checked(built, output, None if no_validate else (lambda: validate_build(built)),
                                          after=keep)
    if report is not None:
        # a literal that is not of its type, in an analyst's file: name the file and line
        report.results = locate_literals(report.results, annotation_files(annotations_dir))
        if not report.conforms:
            click.echo(report.format_text(), err=True)
            raise ValidationFailed(f"the graph does not conform to the shapes; {output} was not written")
        warnings = [r for r in report.results if r.severity != "Violation"]
        if warnings and not quiet:
            click.echo(f"validated: conforms, {len(warnings)} warning(s)", err=True)
            click.echo(format_warnings(warnings, output), err=True, nl=False)
        elif not quiet:
            click.echo("validated: conforms", err=True)
    if not quiet:
        _print_dropped(built)
        c = built.counts()
        # with `-o -` the graph is on standard output: the summary goes to stderr
        click.echo(f"wrote {'the graph to stdout' if str(output) == '-' else output} in "
                   f"{time.perf_counter() - t0:.1f} s: " + ", ".join(f"{v} {k}" for k, v in c.items()),
                   err=str(output) == "-")


def _print_dropped(built) -> None:
    """How many candidate facts each converter component dropped, and why (the texts converted now)."""
    from collections import Counter

    totals: Counter = Counter()
    for r in getattr(built, "records", None) or []:
        totals.update(dict(getattr(r, "dropped", ()) or ()))
    if not totals:
        return
    click.echo("the converter dropped candidate facts (diplograph explain FILE says where):", err=True)
    for reason, n in sorted(totals.items(), key=lambda x: (-x[1], x[0])):
        click.echo(f"  {n:6d}  {reason}", err=True)


def _bulk(seeds: Path, annotations_dir: Path | None, output: Path, jobs: int, cache_dir: Path | None,
          progress: bool, no_validate: bool, quiet: bool, lexicon):
    """A cold build of many texts in one pass (diplograph.bulk): converted, merged and validated
    in batches, in bounded memory. Without --cache-dir the documents' parts go to a temporary
    folder beside the output, removed after."""
    import shutil
    import tempfile

    from .. import bulk
    from ..fileio import target

    scratch = None
    if cache_dir is None:
        where = target(output)
        # beside a regular output (where the next build of it finds it if this one is killed); in the
        # temporary folder for stdout or a special file (nothing is written beside /dev/null)
        if where.regular:
            where.path.parent.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix=f".{where.path.name}.parts-" if where.regular else ".diplograph-parts-",
                                        dir=where.path.parent if where.regular else None))
        if not quiet:
            click.echo(f"diplograph: note: {scratch} holds the documents' parts (about 0.13 MB each) until "
                       "the build ends; give --cache-dir to keep them for the next build", err=True)

    def batch(done: int, total: int) -> None:
        if not quiet:
            click.echo(f"{done} of {total} document(s) converted", err=True)

    try:
        done = bulk.build(seeds, output, annotations_dir, cache_dir=cache_dir or scratch, jobs=jobs,
                          progress=progress, lexicon=lexicon, validate=not no_validate, on_batch=batch)
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    return done, done.report
