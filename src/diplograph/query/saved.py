"""Saved queries: read their headers, bind their parameters, run them, format the rows.

A saved query is one `.rq` file in `queries/`, opening with a comment block:

    # Timeline of meetings
    #+ summary: Every meeting with its date, place, series, ordinal and chair
    #+ description: One row per meeting ...
    #+ params: meeting=all actor="Wang Yi"

A parameter `name` is the variable `?_name` in the query body. Its value is
always bound as a plain string literal by a VALUES clause placed at the start
of every WHERE group (the query's and each subquery's), so the query decides
how to match it (by IRI with STR(), by label, ...). The value is written as a strictly escaped
SPARQL string, so no value can change the query's structure. Prefixed names
(`dgr:state/china`) and `<IRI>` values are expanded to the full IRI first.
"""

from __future__ import annotations

import difflib
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..namespaces import PREFIXES
from ..paths import queries_dir
from .engines import Engine, Rows

_PARAM_VAR = re.compile(r"[?$]_([A-Za-z][A-Za-z0-9_]*)")
_IRI = re.compile(r'<[^<>"{}|^`\\\s]*>')


@dataclass
class SavedQuery:
    name: str
    path: Path
    text: str
    title: str = ""
    summary: str = ""
    description: str = ""
    params: dict[str, str] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)  # other `#+ key: value` fields, kept as read

    @property
    def is_check(self) -> bool:
        return self.name.startswith("check-")

    @property
    def is_saved(self) -> bool:
        """One of the project's saved queries (queries/), not a query file of one's own: only their
        answers are kept (query/kept.py)."""
        return self.path.resolve().parent == queries_dir().resolve()


def parse_header(text: str, path: Path) -> tuple[str, str, str, dict[str, str], dict[str, str]]:
    """Title, summary, description, parameter defaults and other `#+` fields from the opening comments."""
    title, summary, description, params, meta = "", "", [], {}, {}
    for lineno, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        if stripped.startswith("#+"):
            key, _, value = stripped[2:].partition(":")
            key, value = key.strip().lower(), value.strip()
            if key == "summary":
                summary = value
            elif key == "description":
                description.append(value)
            elif key == "params":
                params.update(_parse_params(value, path, lineno))
            elif key:
                meta[key] = value
        elif not title:
            title = stripped.lstrip("#").strip()
    return title, summary, " ".join(description), params, meta


def _parse_params(value: str, path: Path, lineno: int) -> dict[str, str]:
    try:
        words = shlex.split(value)
    except ValueError as exc:
        raise InputError(f"cannot read '#+ params:' ({exc})", path=str(path), line=lineno) from None
    out = {}
    for word in words:
        name, eq, default = word.partition("=")
        if not eq or not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", name):
            raise InputError(f"'#+ params:' wants name=default pairs, got {word!r}",
                             path=str(path), line=lineno)
        out[name] = default
    return out


def load_query(path: Path, name: str | None = None) -> SavedQuery:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read the query ({exc.strerror})", path=str(path)) from None
    title, summary, description, params, meta = parse_header(text, path)
    query = SavedQuery(name or path.stem, path, text, title, summary, description, params, meta)
    _check_params_declared(query)
    return query


def _check_params_declared(query: SavedQuery) -> None:
    body = _strip_comments(query.text)
    for lineno, line in enumerate(body.splitlines(), start=1):
        for match in _PARAM_VAR.finditer(line):
            if match.group(1) not in query.params:
                raise InputError(f"the query uses ?_{match.group(1)} but '#+ params:' gives it no default",
                                 path=str(query.path), line=lineno)


def list_queries(directory: Path | None = None, *, checks: bool = True) -> list[SavedQuery]:
    directory = Path(directory) if directory else queries_dir()
    found = [load_query(p) for p in sorted(directory.glob("*.rq"))]
    return [q for q in found if checks or not q.is_check]


def find_query(name: str, directory: Path | None = None) -> SavedQuery:
    """A saved query by name, or a .rq file by path."""
    directory = Path(directory) if directory else queries_dir()
    candidate = Path(name)
    if candidate.suffix == ".rq" and candidate.is_file():
        return load_query(candidate)
    saved = directory / f"{name}.rq"
    if re.fullmatch(r"[A-Za-z0-9_.-]+", name) and saved.is_file():
        return load_query(saved)
    if candidate.suffix == ".rq":
        raise InputError(f"no query file at {name}")
    names = sorted(p.stem for p in directory.glob("*.rq"))
    close = difflib.get_close_matches(name, names, n=3)
    hint = f" Did you mean {', '.join(close)}?" if close else ""
    raise InputError(f"unknown query {name!r}.{hint} `diplograph queries` lists the {len(names)} saved ones")


# --- binding parameters -------------------------------------------------------------------------

def parse_assignments(pairs: list[str] | tuple[str, ...]) -> dict[str, str]:
    """`k=v` strings from the command line as a dict."""
    out = {}
    for pair in pairs:
        name, eq, value = pair.partition("=")
        if not eq or not name:
            raise InputError(f"--param wants name=value, got {pair!r}")
        out[name.strip()] = value
    return out


def resolve_params(query: SavedQuery, values: dict[str, str]) -> dict[str, str]:
    unknown = sorted(set(values) - set(query.params))
    if unknown:
        known = ", ".join(f"{k} (default {v!r})" for k, v in query.params.items()) or "none"
        raise InputError(f"query {query.name} has no parameter {', '.join(unknown)}; its parameters: {known}")
    return {name: values.get(name, default) for name, default in query.params.items()}


def expand_value(value: str) -> str:
    """A parameter value with `<IRI>` and known prefixed names written out as full IRIs."""
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        return value[1:-1]
    prefix, colon, local = value.partition(":")
    if colon and prefix in PREFIXES and not local.startswith("//"):
        return PREFIXES[prefix] + local
    return value


def sparql_string(value: str) -> str:
    """`value` as a SPARQL string literal; refuses what could escape from it."""
    if "\\" in value:
        raise InputError(f"parameter values may not contain a backslash: {value!r}")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
        raise InputError(f"parameter values may not contain control characters: {value!r}")
    return '"' + value.replace('"', '\\"') + '"'


def _skip(text: str, i: int) -> tuple[str, int]:
    """What starts at `i` ("comment", "iri", "string" or "code") and where it ends."""
    c = text[i]
    if c == "#":
        end = text.find("\n", i)
        return "comment", len(text) if end < 0 else end
    if c == "<":
        m = _IRI.match(text, i)
        if m:
            return "iri", m.end()
    if c in "\"'":
        quote = c * 3 if text.startswith(c * 3, i) else c
        j = i + len(quote)
        while j < len(text) and not text.startswith(quote, j):
            j += 2 if text[j] == "\\" else 1
        return "string", min(j + len(quote), len(text))
    return "code", i + 1


def _strip_comments(text: str) -> str:
    """The query with its comments blanked out (lines keep their numbers)."""
    out, i = [], 0
    while i < len(text):
        kind, end = _skip(text, i)
        out.append(" " * (end - i) if kind == "comment" else text[i:end])
        i = end
    return "".join(out)


def where_group_starts(text: str) -> list[int]:
    """Indexes just after each `{` that opens a WHERE clause: the query's and every subquery's.

    A query written without the WHERE keyword gets its first `{`. Comments,
    strings and IRIs are skipped (an IRI such as `<...ontology#>` holds a `#`
    that is not a comment).
    """
    starts, first, last_word, i = [], None, "", 0
    while i < len(text):
        kind, end = _skip(text, i)
        if kind == "code":
            c = text[i]
            if c == "{":
                if first is None:
                    first = i + 1
                if last_word == "WHERE":
                    starts.append(i + 1)
                last_word = "{"
            elif c.isalpha():
                j = i
                while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                    j += 1
                last_word = text[i:j].upper()
                end = j
            elif not c.isspace():
                last_word = c
        i = end
    if first is None:
        raise InputError("the query has no group pattern { ... }")
    return starts or [first]


def outer_group_start(text: str) -> int:
    """Index just after the `{` that opens the query's outer group pattern."""
    return where_group_starts(text)[0]


def bind(query: SavedQuery, values: dict[str, str] | None = None) -> str:
    """The query text with its parameters bound by a VALUES clause.

    The clause opens every WHERE group, the query's and each subquery's, so a
    parameter is a constant that a subquery can filter on too.
    """
    params = resolve_params(query, values or {})
    if not params:
        return query.text
    names = " ".join(f"?_{k}" for k in params)
    terms = " ".join(sparql_string(expand_value(v)) for v in params.values())
    clause = f"\n  VALUES ({names}) {{ ({terms}) }}\n"
    text = query.text
    for at in reversed(where_group_starts(text)):
        text = text[:at] + clause + text[at:]
    return text


def check_syntax(text: str, source: str) -> None:
    """Raise InputError naming the line of a SPARQL syntax error (checked by pyoxigraph), or if
    the query is not a SELECT query."""
    from pyoxigraph import QuerySolutions, Store

    try:
        result = Store().query(text)
    except SyntaxError as exc:
        _raise_with_line(text, source, str(exc))
    if not isinstance(result, QuerySolutions):
        raise InputError("only SELECT queries can be saved queries (this one is ASK, CONSTRUCT or DESCRIBE)",
                         path=source)


def _raise_with_line(text: str, source: str, fallback: str) -> None:
    """pyoxigraph's parser reports where it gave up, often the end of the query; rdflib's parser
    names the line and column of the construct that fails, so ask it for the message."""
    try:
        from rdflib.plugins.sparql import prepareQuery

        prepareQuery(text)
    except Exception as exc:  # pyparsing's ParseException and its kin
        line, col = getattr(exc, "lineno", None), getattr(exc, "col", None)
        if line is not None:
            msg = getattr(exc, "msg", "") or str(exc)
            found = str(exc).split("(at char")[0].strip()
            raise InputError(f"SPARQL syntax error: {found or msg}", path=source, line=line,
                             column=col) from None
    raise InputError(f"SPARQL syntax error: {fallback}", path=source) from None


def run(query: SavedQuery, engine: Engine, values: dict[str, str] | None = None, *, raw: bool = False) -> Rows:
    """The query's rows; when none came and a value the user gave names nothing, an InputError saying so.
    `raw`: the engine's own terms where it has them (engines.Rows)."""
    # checked as written, so that an error's line number is the file's
    check_syntax(query.text, str(query.path))
    text = bind(query, values)
    rows = engine.select(text, source=str(query.path), raw=raw, keep=query.is_saved)
    if not rows.rows and values:
        check_values(query, engine, values)
    return rows


def run_csv(query: SavedQuery, engine: Engine, values: dict[str, str] | None = None) -> str | None:
    """The query's rows as SPARQL CSV results written by the engine, None where it cannot (then
    `run` and formats.to_csv); checked as `run` checks."""
    check_syntax(query.text, str(query.path))
    text = engine.select_csv(bind(query, values), source=str(query.path), keep=query.is_saved)
    if text is not None and values and text.count("\n") <= 1:    # the header alone: no rows
        check_values(query, engine, values)
    return text


# --- values that name nothing -------------------------------------------------------------------

# What a parameter names, by its name; a parameter not listed here is not checked.
PARAM_KINDS = {"actor": "actor", "addressee": "actor", "side": "actor", "other": "actor",
               "topic": "topic", "meeting": "meeting", "meeting1": "meeting", "meeting2": "meeting",
               "type": "stance type", "series": "meeting series", "kind": "class", "doc": "document"}
# Per kind: the SPARQL listing its nodes with the names a value may give, and the query listing them all.
_NAMES = {
    "actor": ("SELECT ?node ?name WHERE { ?node skos:prefLabel|skos:altLabel ?name }",
              "diplograph query aliases --param actor=all"),
    "topic": ("SELECT DISTINCT ?node ?name WHERE { { ?s dg:topic ?node } UNION { ?s dg:designatedAs ?node } "
              "OPTIONAL { ?node skos:prefLabel ?name } }", "diplograph query stance-matrix"),
    "meeting": ("SELECT ?node ?name WHERE { ?node a dg:Meeting . OPTIONAL { { ?node dg:date ?name } UNION "
                "{ ?node dg:location/skos:prefLabel ?name } } }", "diplograph query timeline"),
    "meeting series": ("SELECT ?node ?name WHERE { ?node a dg:MeetingSeries . "
                       "OPTIONAL { ?node skos:prefLabel|skos:altLabel ?name } }", "diplograph query timeline"),
    "stance type": ("SELECT DISTINCT ?node ?name WHERE { ?s dg:stanceType ?node }",
                    "diplograph query stances-by-type"),
    "class": ("SELECT DISTINCT ?node ?name WHERE { ?s a ?node }", "diplograph summary"),
    "document": ("SELECT ?node ?name WHERE { ?node a dg:Document ; dg:sourceFile ?name }",
                 "diplograph query documents"),
}


def _special_words(query: SavedQuery, name: str) -> set[str]:
    """The words the query gives a meaning of its own for this parameter (all, first, last)."""
    pattern = re.compile(r'(?:LCASE\(\s*)?[?$]_' + re.escape(name) + r'\s*\)?\s*=\s*"([A-Za-z]+)"')
    return {m.group(1).lower() for m in pattern.finditer(_strip_comments(query.text))}


def _names_of(engine: Engine, kind: str) -> dict[str, str]:
    """Every way a value may name a node of `kind` (lower case) -> the name to show for it."""
    sparql = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items()) + _NAMES[kind][0]
    out: dict[str, str] = {}
    for node, name in engine.select(sparql, source=f"the {kind}s").rows:
        iri = str(node)
        local = re.split(r"[/#]", iri)[-1]
        shown = str(name) if name is not None else local
        for key in (iri, local, shown):
            out.setdefault(key.lower(), shown)
    if kind == "stance type":
        from ..vocab import stance_types  # reads the ontology with rdflib: only when a value names nothing

        for t in stance_types():
            out.setdefault(t.lower(), t)
            out.setdefault((PREFIXES["dg"] + t).lower(), t)
    return out


def nearest(value: str, names: list[str], n: int = 3) -> list[str]:
    """The names closest to `value` (rapidfuzz when installed, else difflib), closest first."""
    lowered: dict[str, str] = {}
    for name in names:
        lowered.setdefault(name.lower(), name)
    try:
        from rapidfuzz import fuzz, process
    except ImportError:
        close = difflib.get_close_matches(value.lower(), list(lowered), n=n, cutoff=0.6)
    else:
        # a misspelling first (edit distance), else a part of a longer name ("Informl" of a series' name)
        found = (process.extract(value.lower(), list(lowered), scorer=fuzz.ratio, limit=n, score_cutoff=70)
                 or process.extract(value.lower(), list(lowered), scorer=fuzz.WRatio, limit=n, score_cutoff=85))
        close = [match for match, _score, _i in found]
    return [lowered[c] for c in close]


def check_values(query: SavedQuery, engine: Engine, values: dict[str, str]) -> None:
    """Raise InputError for the first value given in `values` that names no node of its parameter's kind."""
    for name, value in values.items():
        kind = PARAM_KINDS.get(name)
        if kind is None or name not in query.params:
            continue
        given = expand_value(value)
        if given.lower() in _special_words(query, name):
            continue
        names = _names_of(engine, kind)
        if given.lower() in names or given.lower().rsplit("/", 1)[-1] in names:
            continue
        close = nearest(given, sorted(set(names.values())))
        quoted = [repr(c) for c in close]
        either = ", ".join(quoted[:-1]) + " or " + quoted[-1] if len(quoted) > 1 else "".join(quoted)
        hint = f"; did you mean {either}?" if close else "."
        raise InputError(f"query {query.name}: no {kind} in the graph is called {value!r}{hint} "
                         f"`{_NAMES[kind][1]}` lists them")
