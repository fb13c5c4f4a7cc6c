"""Warnings of a validation, summarised for `diplograph build`: grouped by shape, a count and one example each.

A build used to say only "15 warning(s)". The full list is what `diplograph
validate` prints; a build shows enough to know what kind of thing is missing
and where to look: one line per shape and property, how many results it gave,
and the first of them (its focus node, message and value).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import shorten
from .report import Result


def group_warnings(results: Iterable[Result]) -> list[tuple[tuple[str, str | None], list[Result]]]:
    """Non-violations grouped by (shape, property path), largest group first, then by shape name."""
    groups: dict[tuple[str, str | None], list[Result]] = {}
    for r in results:
        if r.severity == "Violation":
            continue
        groups.setdefault((r.source_shape, r.path), []).append(r)
    return sorted(groups.items(), key=lambda item: (-len(item[1]), item[0][0], item[0][1] or ""))


def format_warnings(results: Iterable[Result], graph: object = None) -> str:
    """One block per group: "N x SHAPE PATH: message", then "e.g. focus (value)"; "" when there is none.

    `graph`: the file written, named in the closing line that says how to list every result."""
    groups = group_warnings(results)
    if not groups:
        return ""
    lines = []
    for (shape, path), members in groups:
        first = members[0]
        where = f" {path}" if path else ""
        severity = "" if first.severity == "Warning" else f" ({first.severity.lower()})"
        lines.append(f"  {len(members)} x {shape}{where}{severity}: {first.message}")
        value = f" (value: {shorten(first.value)})" if first.value is not None and first.path else ""
        file = f" in {first.file}" if first.file else ""
        lines.append(f"      e.g. {first.focus_text()}{value}{file}")
    target = f" {graph}" if graph is not None else ""
    lines.append(f"  `diplograph validate{target}` lists every one.")
    return "\n".join(lines) + "\n"
