"""`diplograph explain FILE`: what the converter finds in each sentence, and why not where it finds nothing."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import click


@click.command("explain")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--all", "show_all", is_flag=True, help="Print every sentence, also those where nothing was found.")
@click.option("--summary", is_flag=True, help="Print only the counts of candidates each component dropped, and why.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per sentence instead of text.")
def command(paths: tuple[Path, ...], show_all: bool, summary: bool, as_json: bool) -> None:
    """Show, sentence by sentence, what the converter finds in a text.

    For each sentence: the actors and places it names, the meeting it reports,
    each stance (type, holders, addressees, topics, the words it cites, the
    component that found it) and designation; and, for each stance or
    reporting verb that gave no stance, why not. PATHS are text files or
    folders of them. With --summary, the counts of dropped candidates by
    component and reason, over all the texts.
    """
    from ..extract.convert import list_sources, source_kind
    from ..extract.explain import explain
    from ..extract.lexicon import load_lexicon
    from ..extract.text import read_document

    files: list[Path] = []
    for p in paths:
        files += list_sources(p) if p.is_dir() else [p]
    lexicon = load_lexicon()
    totals: Counter = Counter()
    for path in files:
        src = read_document(path)
        reports, dropped = explain(src, lexicon, source_kind(src.text))
        totals.update(dropped)
        if summary:
            continue
        if as_json:
            for r in reports:
                click.echo(json.dumps({"file": str(path), **r.__dict__}, ensure_ascii=False))
            continue
        click.echo(f"== {path}")
        for r in reports:
            if not (show_all or r.meetings or r.stances or r.designations or r.why_not):
                continue
            click.echo(f"[{r.index}] {r.start}-{r.end} {_short(r.text)}")
            if r.entities:
                click.echo("    names:    " + "; ".join(f"{s} ({k})" for s, k, _ in r.entities))
            for m in r.meetings:
                click.echo(f"    meeting:  {m}")
            for s in r.stances:
                who = ", ".join(s["holders"]) + (" (inferred)" if s["inferred"] else "")
                to = f" -> {', '.join(s['addressees'])}" if s["addressees"] else ""
                click.echo(f"    stance:   {s['type']} by {who}{to} [{s['by']}] {_short(s['words'], 90)}")
            for d in r.designations:
                click.echo(f"    designation: {d['designee']} by {', '.join(d['authorities']) or 'no authority'}")
            for w in r.why_not:
                click.echo(f"    no stance: {w}")
    if summary or len(files) > 1:
        click.echo("dropped candidates, by component and reason:")
        for (component, reason), n in sorted(totals.items(), key=lambda x: (-x[1], x[0])):
            click.echo(f"  {n:6d}  {component}: {reason}")
        if not totals:
            click.echo("  none")


def _short(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"
