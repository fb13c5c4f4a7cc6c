"""`diplograph build`: texts -> graph -> validated Turtle file."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from ..build.steps import STEP
from ..errors import ValidationFailed
from ..paths import DEFAULT_ANNOTATIONS, DEFAULT_GRAPH, DEFAULT_SEEDS


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

    from .. import fileio
    from ..build import buildstate
    from ..extract.text import MAX_TEXT_ENV
    from ..extract.text import max_text_mb as _max_text_mb

    if max_text_mb is not None:
        os.environ[MAX_TEXT_ENV] = repr(max_text_mb)     # the worker processes inherit it
    _max_text_mb()                                       # a bad DIPLOGRAPH_MAX_TEXT_MB: exit 2 now

    t0 = time.perf_counter()
    where = fileio.target(output)
    with ExitStack() as held:
        if where.regular:
            assert where.path is not None  # a regular target has its path
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
    from ..build import Plan, build
    from ..build.assemble import annotation_files
    from ..validation.report import locate_literals
    from ..validation.warnings_report import format_warnings

    annotations_dir = annotations if annotations.is_dir() else None

    def say(message: str) -> None:
        if not quiet:
            click.echo(message, err=True)

    done = build(Plan(seeds, output, annotations_dir, jobs=jobs, cache_dir=cache_dir, validate=not no_validate,
                      allow_empty=allow_empty, progress=not quiet and sys.stderr.isatty(), say=say,
                      warn=lambda message: click.echo(message, err=True)))
    built, report = done.built, done.report
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


def _print_dropped(built: object) -> None:
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
