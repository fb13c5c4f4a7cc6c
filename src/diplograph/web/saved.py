"""The saved queries (queries/*.rq) for the /queries form, through `diplograph.query.saved`.

The queries module owns reading headers and binding parameters; the web form
only lists, binds and hands the bound text to the worker pool (which applies
the time limit and the row cap). A broken query file is reported on the page
instead of taking the page down.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DiplographError

if TYPE_CHECKING:
    from ..query.saved import SavedQuery


def saved_queries(directory: Path | None = None) -> tuple[list, str | None]:
    """The report queries (checks left out) and a message if some could not be read."""
    from ..paths import queries_dir
    from ..query.saved import list_queries, load_query

    directory = Path(directory) if directory else queries_dir()
    try:
        return list_queries(directory, checks=False), None
    except DiplographError:
        # One bad file: keep the others, name the bad ones.
        good, bad = [], []
        for path in sorted(directory.glob("*.rq")):
            try:
                q = load_query(path)
            except DiplographError as exc:
                bad.append(str(exc))
                continue
            if not q.is_check:
                good.append(q)
        return good, "Some saved queries cannot be read: " + "; ".join(bad)


def bind(query: SavedQuery, values: dict[str, str]) -> str:
    from ..query.saved import bind as bind_params

    return bind_params(query, values)
