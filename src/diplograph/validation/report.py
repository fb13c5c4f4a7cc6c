"""What every engine returns: a Report of readable Results, in one order.

Imports only the ground floor (`errors`, `vocab`): the engines, the build
and the commands all read and print reports through this module.
"""

from __future__ import annotations

from bisect import insort_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ..errors import shorten
from ..vocab import compact

# The source_shape of a result of native.ill_typed: a literal whose form is not of its type.
ILL_TYPED = "ill-typed-literal"


class Result(NamedTuple):
    """One problem found by one shape, in terms a person can act on.

    A tuple: an incremental build keeps tens of thousands of them from one build to the next.
    """

    severity: str
    focus: str
    focus_label: str | None
    path: str | None
    value: str | None
    message: str
    source_shape: str
    file: str | None = None

    def focus_text(self) -> str:
        short = compact(self.focus)
        return f"{self.focus_label!r} ({short})" if self.focus_label else short


@dataclass
class Report:
    """All results of one validation; conforms when no result is a Violation."""

    results: list[Result] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not any(r.severity == "Violation" for r in self.results)

    @property
    def violations(self) -> list[Result]:
        return [r for r in self.results if r.severity == "Violation"]

    @property
    def warnings(self) -> list[Result]:
        return [r for r in self.results if r.severity == "Warning"]

    def format_text(self) -> str:
        """Grouped by file, one line per problem: severity, focus, property, message."""
        lines: list[str] = []
        groups: dict[str, list[Result]] = {}
        for r in self.results:
            groups.setdefault(r.file or "(graph)", []).append(r)
        for name in sorted(groups):
            lines.append(name)
            for r in groups[name]:
                prop = r.path or "-"
                value = f" (value: {shorten(r.value)})" if r.value is not None and r.path else ""
                lines.append(f"  {r.severity}: {r.focus_text()} {prop}: {r.message}{value}")
        n_v, n_w = len(self.violations), len(self.warnings)
        verdict = "conforms" if self.conforms else "does not conform"
        lines.append(f"{verdict}: {n_v} violation{'s' * (n_v != 1)}, {n_w} warning{'s' * (n_w != 1)}")
        return "\n".join(lines) + "\n"

    def to_json(self) -> dict:
        return {
            "conforms": self.conforms,
            "violations": len(self.violations),
            "warnings": len(self.warnings),
            "notes": list(self.notes),
            "results": [r._asdict() for r in self.results],
        }


def with_literal_problems(results: list[Result], literals: list[Result]) -> list[Result]:
    """The results with those of the literal check (ILL_TYPED), and without what the shapes said of
    the same literals: a date that is no date is one problem, not also "not an xsd:date" and "outside
    1900-2100"."""
    if not literals:
        return results
    said = {(r.focus, r.path, r.value) for r in literals}
    return [r for r in results if (r.focus, r.path, r.value) not in said] + literals


def locate_literals(results: list[Result], paths: Iterable[Path]) -> list[Result]:
    """Results of the literal check with the line of each literal in the annotation file that holds it
    (the file the result names, else the first of `paths` whose text has the literal), in the
    message; a literal stated twice is placed at its first place, then its second."""
    texts: dict[str, str] = {}
    for path in paths:
        try:
            texts[str(path)] = Path(path).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
    used: dict[tuple[str, str], int] = {}
    out = []
    for r in results:
        if r.source_shape != ILL_TYPED or r.value is None or r.message.startswith("line "):
            out.append(r)
            continue
        names = [r.file] if r.file in texts else list(texts)
        for name in names:
            lines = [i for i, line in enumerate(texts[name].splitlines(), 1) if r.value in line]
            if lines:
                n = used.get((name, r.value), 0)
                used[(name, r.value)] = n + 1
                r = r._replace(file=name, message=f"line {lines[min(n, len(lines) - 1)]}: {r.message}")
                break
        out.append(r)
    return out


_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


def _order_key(r: Result) -> tuple:
    return (r.file or "", _SEVERITY_ORDER[r.severity], r.focus, r.path or "", r.message, r.value or "")


def ordered(results: list) -> list:
    """Results sorted as reports list them (file, severity, focus, path, message, value), each once."""
    unique: list = []
    for r in sorted(results, key=_order_key):
        if not unique or unique[-1] != r:
            unique.append(r)
    return unique


def ordered_with(kept: list, new: list) -> list:
    """ordered(kept + new), for `kept` already ordered and sharing no result with `new`: each new
    result is put in its place, without sorting tens of thousands of kept ones again."""
    out = list(kept)
    for r in ordered(new):
        insort_right(out, r, key=_order_key)
    return out
