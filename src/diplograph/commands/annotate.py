"""`diplograph annotate`: add a validated annotation file; quote a document's words as evidence."""

from __future__ import annotations

import re
from pathlib import Path

import click

from ..errors import InputError, ValidationFailed
from ..paths import DEFAULT_ANNOTATIONS, DEFAULT_GRAPH


@click.group(name="annotate")
def command() -> None:
    """Add analysts' annotations (Turtle or YAML files) to annotations/, and quote their evidence."""


@command.command("add")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--annotations", "annotations_dir", type=click.Path(path_type=Path, file_okay=False),
              default=DEFAULT_ANNOTATIONS, show_default=True, help="Folder of annotation files.")
@click.option("--graph", "graph_path", type=click.Path(path_type=Path, dir_okay=False),
              default=DEFAULT_GRAPH, show_default=True, help="The built graph the file may refer to.")
def add(file: Path, annotations_dir: Path, graph_path: Path) -> None:
    """Copy FILE into the annotations folder, only if it validates.

    Nothing changes when it does not: exit 1 for violations, 2 for an
    unusable file. Run `diplograph build` afterwards to rebuild with it.
    """
    from ..fileio import atomic_write_bytes
    from ..validation import validate_annotation_files

    if not file.is_file():
        raise InputError("no such file", path=str(file))
    target = annotations_dir / file.name
    if target.exists() and target.resolve() == file.resolve():
        raise InputError("the file is already in the annotations folder; validate it with "
                         "`diplograph validate` instead.", path=str(file))
    data = file.read_bytes()
    if target.exists() and target.read_bytes() != data:
        raise InputError(f"{target} already exists with other content; rename your file or edit that one.",
                         path=str(file))
    report, _ = validate_annotation_files([file], graph_path)
    for note in report.notes:
        click.echo(f"diplograph: {note}", err=True)
    if report.results:
        click.echo(report.format_text(), nl=False)
    if not report.conforms:
        raise ValidationFailed(f"not added: {len(report.violations)} violation(s) to fix first "
                               f"({annotations_dir} is unchanged)", path=str(file))
    atomic_write_bytes(target, data)
    click.echo(f"added {target}; run `diplograph build` to rebuild the graph with it")


@command.command("quote")
@click.argument("document")
@click.argument("words")
@click.option("--occurrence", type=click.IntRange(min=1), default=1, show_default=True,
              help="Which occurrence of WORDS to quote when the text has several.")
@click.option("--inline", is_flag=True,
              help="Print the evidence as a [ ... ] blank node, to put right after dg:evidence.")
@click.option("--yaml", "as_yaml", is_flag=True, help="Print the evidence block of the YAML form.")
@click.option("--graph", "graph_path", type=click.Path(path_type=Path, dir_okay=False),
              default=DEFAULT_GRAPH, show_default=True, help="The built graph holding the documents.")
def quote(document: str, words: str, occurrence: int, inline: bool, as_yaml: bool, graph_path: Path) -> None:
    """Print a dg:Evidence node quoting WORDS from DOCUMENT, with its offsets.

    DOCUMENT is a source file name (000_e747bdc18f26e6a7.txt), its stem, or
    the document's IRI. Whitespace in WORDS matches any whitespace in the text.
    The output is Turtle to paste into an annotation file that declares the
    dg: and oa: prefixes; with --inline it can be substituted in place:
    `dg:evidence $(diplograph annotate quote --inline DOC "words")`.
    """
    from rdflib import Literal, URIRef

    from ..rdfio import read_rdflib
    from ..vocab import DG, DGR

    if not graph_path.is_file():
        raise InputError("no such graph; build it first with `diplograph build`.", path=str(graph_path))
    graph = read_rdflib(graph_path)
    stem = document[:-4] if document.endswith(".txt") else document
    doc = URIRef(document) if document.startswith("http") else URIRef(f"{DGR}doc/{stem}")
    text = graph.value(doc, DG.text)
    if text is None:
        known = sorted(str(o) for o in graph.objects(None, DG.sourceFile))
        raise InputError(f"no document {document!r} in the graph; known: {', '.join(known) or 'none'}",
                         path=str(graph_path))
    text = str(text)
    pattern = r"\s+".join(re.escape(part) for part in words.split())
    if not pattern:
        raise InputError("WORDS is empty; give the words to quote.")
    matches = list(re.finditer(pattern, text))
    if len(matches) < occurrence:
        raise InputError(f"the words occur {len(matches)} time(s) in {stem}, not {occurrence}; "
                         "copy them from the document's text exactly.")
    m = matches[occurrence - 1]
    if len(matches) > 1:
        click.echo(f"diplograph: the words occur {len(matches)} times in {stem}; quoting occurrence "
                   f"{occurrence} (choose another with --occurrence)", err=True)
    start, end = m.start(), m.end()
    stem = str(doc).rsplit("/", 1)[-1]
    parts = ["a dg:Evidence, oa:TextQuoteSelector", f"dg:document {doc.n3()}",
             f"oa:exact {Literal(m.group(0)).n3()}", f"oa:start {start} ; oa:end {end}"]
    if as_yaml:
        from ..annotations import evidence_yaml

        click.echo(evidence_yaml(stem, m.group(0), start, end))
    elif inline:
        click.echo("[ " + " ; ".join(parts) + " ]")
    else:
        evidence = URIRef(f"{DGR}evidence/{stem}/{start}-{end}")
        click.echo(f"{evidence.n3()} " + " ;\n    ".join(parts) + " .")
