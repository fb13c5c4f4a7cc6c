"""The analyst notebook under docs/ runs on the seeds: every cell, a table and a plot per question.

Refresh the outputs stored in the notebook (after `make run`) with
`.venv/bin/python tests/test_notebook_docs.py --write`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "docs" / "notebooks" / "analyst-questions.ipynb"


def execute():
    """The notebook run top to bottom by a fresh Python kernel (nbclient), which inherits the
    environment: DIPLOGRAPH_GRAPH names the graph it opens."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    return nb


def outputs_by_question(nb) -> dict[str, set[str]]:
    """For each '## N.' section, the kinds of output (mime types) its code cells produced."""
    found: dict[str, set[str]] = {}
    current = None
    for cell in nb.cells:
        if cell.cell_type == "markdown" and cell.source.startswith("## "):
            current = cell.source.splitlines()[0]
            found[current] = set()
        elif cell.cell_type == "code" and current is not None:
            for out in cell.outputs:
                assert out.output_type != "error", (current, out)
                found[current].update(out.get("data", {}))
    return found


def test_each_question_gets_a_table_and_a_plot(seed_graph, monkeypatch):
    pytest.importorskip("matplotlib")
    monkeypatch.setenv("DIPLOGRAPH_GRAPH", str(seed_graph))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # another backend would draw nowhere: plots belong in cells
    nb = execute()
    questions = outputs_by_question(nb)
    assert len(questions) == 3
    for title, kinds in questions.items():
        assert "text/html" in kinds, f"{title}: no table"
        assert "image/png" in kinds, f"{title}: no plot"


def test_the_stored_notebook_has_its_answers():
    """What a reader sees on the page was produced by the code beside it (the stored outputs are
    not cleared, nor left from an earlier version of a cell)."""
    import nbformat

    nb = nbformat.read(NOTEBOOK, as_version=4)
    for title, kinds in outputs_by_question(nb).items():
        assert {"text/html", "image/png"} <= kinds, title
    counts = [c.execution_count for c in nb.cells if c.cell_type == "code"]
    assert counts == list(range(1, len(counts) + 1)), "re-run the notebook top to bottom: see the module doc"


if __name__ == "__main__" and "--write" in sys.argv:
    import nbformat

    os.environ["DIPLOGRAPH_GRAPH"] = str(ROOT / "build" / "diplograph.ttl")
    os.environ.pop("MPLBACKEND", None)
    nbformat.write(execute(), NOTEBOOK)
    print(f"wrote {NOTEBOOK}")
