"""The web application: routes a request to a page or to the SPARQL endpoint.

`App.handle` takes a method, path, parameters, headers and body and returns
a `Response`; `server.py` wires it to the standard library's HTTP server.
Pages are rendered by Jinja2 with autoescaping on, so every text from a
document or an annotation reaches the browser as characters, never markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import jinja2

from ..errors import DiplographError
from . import svg, yasgui
from .data import ACTOR_KINDS, STANCE_TYPES, GraphData, local_name
from .sparql import PREFIXES, Outcome, check_read_only, known_format, not_acceptable
from .store import load_store
from .worker import QueryPool

if TYPE_CHECKING:
    import pyoxigraph as ox

    from ..query.saved import SavedQuery

HERE = Path(__file__).parent
STATIC = HERE / "static"
DG = PREFIXES["dg"]

PAGE_ROWS = 500  # most stances one page lists; the filters narrow the rest

SECURITY_HEADERS = {
    # No script at all, styles only from /static, forms only back to this server.
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self' data:; "
                               "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


@dataclass
class Response:
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class App:
    """Holds the graph (in-process for pages), the query workers, and the templates."""

    def __init__(self, graph_path: str | Path, *, timeout: float = 10.0, max_rows: int = 10000,
                 workers: int = 2, queries_dir: Path | None = None, store_dir: Path | None = None,
                 max_queries: int | None = None, queue: int = 32):
        """`store_dir`: an on-disk Oxigraph store already loaded from `graph_path`, opened read-only."""
        self.graph_path = Path(graph_path)
        self.timeout = timeout
        self.max_rows = max_rows
        self.queries_dir = queries_dir
        source = f"oxigraph:{store_dir}" if store_dir else str(self.graph_path)
        self.store = load_store(source)
        self.data = GraphData(self.store, load_vocabulary())
        self.triples = len(self.store)
        self.pool = QueryPool(source, size=workers, timeout=timeout, max_rows=max_rows, max_procs=max_queries,
                              max_waiting=queue)
        self.pool.start()
        self.env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")),
                                      autoescape=True, undefined=jinja2.StrictUndefined,
                                      trim_blocks=True, lstrip_blocks=True)
        self.env.globals.update(label=self.data.label, kind=self.data.kind, link=self.link, url=url,
                                short_date=svg.short_date, local_name=local_name, short_iri=short_iri,
                                stance_types=STANCE_TYPES, app=self)

    def close(self) -> None:
        self.pool.close()

    # --- helpers for templates -------------------------------------------------------------------

    def link(self, iri: str | None) -> str | None:
        """The page that shows a resource, or None when it has no page."""
        if not iri:
            return None
        kind = self.data.kind(iri)
        if kind == "meeting":
            return url("/meeting", iri=iri)
        if kind in ACTOR_KINDS:
            return url("/actor", iri=iri)
        if kind == "document":
            return url("/doc", iri=iri)
        if kind == "topic":
            return url("/stances", topic=iri)
        if kind == "stancetype":
            return url("/stances", type=iri)
        if kind is not None or iri.startswith((PREFIXES["dgr"], PREFIXES["dgt"])):
            return url("/node", iri=iri)
        return None  # vocabulary IRIs (rdf:type, skos:prefLabel, ...) have no page here

    def render(self, template: str, status: int = 200, **context: Any) -> Response:
        html = self.env.get_template(template).render(**context)
        return Response(status, "text/html; charset=utf-8", html.encode("utf-8"), dict(SECURITY_HEADERS))

    def error(self, status: int, title: str, message: str) -> Response:
        return self.render("error.html", status, title=title, message=message, page="")

    # --- routing ---------------------------------------------------------------------------------

    def handle(self, method: str, path: str, params: dict[str, str], headers: dict[str, str],
               body: bytes) -> Response:
        if path == "/sparql":
            return self.sparql(method, params, headers, body)
        if method not in ("GET", "HEAD"):
            return self.error(405, "Method not allowed", f"{method} is not accepted on {path}.")
        if path.startswith("/static/yasgui/"):
            return Response(*yasgui.asset(path[len("/static/yasgui/"):]))
        if path.startswith("/static/"):
            return self.static(path[len("/static/"):])
        route = ROUTES.get(path)
        if route is None:
            return self.error(404, "Not found", f"There is no page at {path}.")
        try:
            return route(self, params)
        except DiplographError as exc:
            return self.error(400, "Cannot do that", str(exc))

    def static(self, name: str) -> Response:
        if not re.fullmatch(r"[A-Za-z0-9_-]+\.(css|svg|ico)", name) or not (STATIC / name).is_file():
            return self.error(404, "Not found", "No such file.")
        ctype = {"css": "text/css; charset=utf-8", "svg": "image/svg+xml",
                 "ico": "image/x-icon"}[name.rsplit(".", 1)[1]]
        return Response(200, ctype, (STATIC / name).read_bytes(),
                        {"Cache-Control": "max-age=300", **SECURITY_HEADERS})

    def need_iri(self, params: dict[str, str]) -> str | Response:
        iri = params.get("iri", "").strip()
        if not iri:
            return self.error(400, "Missing parameter",
                              "This page needs ?iri=… naming a resource of the graph.")
        import pyoxigraph as ox

        try:
            ox.NamedNode(iri)
        except ValueError as exc:
            return self.error(400, "Not an IRI", f"{iri!r} is not a valid IRI ({exc}).")
        return iri

    # --- SPARQL endpoint -------------------------------------------------------------------------

    def sparql(self, method: str, params: dict[str, str], headers: dict[str, str], body: bytes) -> Response:
        ctype = headers.get("content-type", "").split(";")[0].strip().lower()
        query = None
        if method in ("GET", "HEAD"):
            query = params.get("query")
        elif method == "POST":
            if ctype == "application/sparql-query":
                query = body.decode("utf-8", errors="replace")
            elif ctype == "application/sparql-update":
                return plain(403, "This endpoint is read-only: SPARQL updates are not accepted.")
            elif ctype in ("application/x-www-form-urlencoded", ""):
                query = params.get("query")
            else:
                return plain(415, f"Unsupported content type {ctype!r}: send application/sparql-query "
                                  "or application/x-www-form-urlencoded.")
        else:
            return plain(405, f"{method} is not accepted on /sparql; use GET or POST.")
        if "update" in params:
            return plain(403, "This endpoint is read-only: SPARQL updates are not accepted.")
        fmt = params.get("format") or params.get("output")
        if fmt and fmt != "html" and not known_format(fmt):
            return plain(406, str(not_acceptable(fmt)))
        accept = headers.get("accept", "")
        wants_html = fmt == "html" or (not fmt and _prefers_html(accept))
        if query is None:
            if method in ("GET", "HEAD") and (wants_html or "text/html" in accept):
                return self.render("sparql.html", page="sparql", query=default_query(), outcome=None)
            return plain(400, "Missing query: pass the SPARQL query as ?query=… (GET or form POST) "
                              "or as an application/sparql-query body.")
        if wants_html:
            outcome = self.pool.run(query, want="table")
            status = outcome.status
            response = self.render("sparql.html", status, page="sparql", query=query, outcome=outcome)
            if outcome.retry_after:
                response.headers["Retry-After"] = str(outcome.retry_after)
            return response
        outcome = self.pool.run(query, accept=accept, fmt=fmt)
        return from_outcome(outcome)

    # --- pages -----------------------------------------------------------------------------------

    def page_timeline(self, params: dict[str, str]) -> Response:
        meetings = self.data.meetings()
        rows = [{"iri": m.iri, "date": m.one("date"), "series": m.one("inSeries"),
                 "series_label": self.data.label(m.one("inSeries")) if m.one("inSeries") else "",
                 "text": self.data.label(m.one("location")) if m.one("location") else self.data.label(m.iri)}
                for m in meetings]
        drawing = svg.timeline(rows)
        return self.render("timeline.html", page="timeline", meetings=meetings, drawing=drawing,
                           undated=[m for m in meetings if not m.one("date")])

    def page_meeting(self, params: dict[str, str]) -> Response:
        iri = self.need_iri(params)
        if isinstance(iri, Response):
            return iri
        info = self.data.meeting(iri)
        if info is None:
            return self.error(404, "No such meeting", f"The graph has no meeting {iri}.")
        return self.render("meeting.html", page="timeline", m=info["node"], **info)

    def page_actor(self, params: dict[str, str]) -> Response:
        iri = self.need_iri(params)
        if isinstance(iri, Response):
            return iri
        info = self.data.actor(iri)
        if info is None:
            return self.error(404, "No such actor", f"The graph says nothing about {iri}.")
        return self.render("actor.html", page="actors", a=info)

    def page_actors(self, params: dict[str, str]) -> Response:
        return self.render("actors.html", page="actors", actors=self.data.actors())

    def page_stances(self, params: dict[str, str]) -> Response:
        filters = {}
        for key in ("holder", "addressee", "topic", "type", "meeting"):
            value = params.get(key, "").strip()
            if value:
                if key == "type" and ":" not in value:
                    value = DG + value
                try:
                    import pyoxigraph as ox

                    ox.NamedNode(value)
                except ValueError:
                    return self.error(400, "Not an IRI", f"{key}={value!r} is not a valid IRI.")
                filters[key] = value
        stances = self.data.stances(holder=filters.get("holder"), addressee=filters.get("addressee"),
                                    topic=filters.get("topic"), stance_type=filters.get("type"),
                                    meeting=filters.get("meeting"), limit=PAGE_ROWS + 1)
        capped = len(stances) > PAGE_ROWS
        choices = self.stance_choices()
        return self.render("stances.html", page="stances", stances=stances[:PAGE_ROWS], filters=filters,
                           choices=choices, capped=capped)

    def stance_choices(self) -> dict[str, list[str]]:
        rows = self.data.bound_rows("""SELECT DISTINCT ?p ?o WHERE { ?s a dg:Stance ; ?p ?o .
                 VALUES ?p { dg:holder dg:addressee dg:topic dg:stanceType dg:expressedAt } }""")
        out: dict[str, set[str]] = {"holder": set(), "addressee": set(), "topic": set(), "type": set(),
                                    "meeting": set()}
        key = {"holder": "holder", "addressee": "addressee", "topic": "topic", "stanceType": "type",
               "expressedAt": "meeting"}
        for r in rows:
            out[key[local_name(r["p"])]].add(r["o"])
        dates = self.data.meeting_dates()
        return {k: sorted(v, key=(lambda i: (dates.get(i, "9999"), i)) if k == "meeting"
                          else (lambda i: self.data.label(i).lower())) for k, v in out.items()}

    def page_matrix(self, params: dict[str, str]) -> Response:
        return self.render("matrix.html", page="matrix", matrix=self.data.matrix())

    def page_network(self, params: dict[str, str]) -> Response:
        kind = params.get("kind", "")
        if kind not in ("", "state", "person", "organization"):
            kind = ""
        net = self.data.co_attendance(kind or None)
        drawing = svg.circle(net["nodes"], net["edges"])
        return self.render("network.html", page="network", net=net, drawing=drawing, kind_filter=kind)

    def page_conflicts(self, params: dict[str, str]) -> Response:
        return self.render("conflicts.html", page="conflicts", conflicts=self.data.conflicts())

    def page_doc(self, params: dict[str, str]) -> Response:
        iri = self.need_iri(params)
        if isinstance(iri, Response):
            return iri
        doc = self.data.document(iri)
        if doc is None:
            return self.error(404, "No such document", f"The graph has no document {iri}.")
        text = doc.get("text") or ""
        start, end = _int(params.get("start")), _int(params.get("end"))
        note = None
        if start is not None and end is not None and 0 <= start <= end <= len(text):
            parts = (text[:start], text[start:end], text[end:])
        else:
            parts = (text, None, "")
            if params.get("start") or params.get("end"):
                note = (f"The requested span {params.get('start')}–{params.get('end')} is outside this "
                        f"document's text ({len(text)} characters); the whole text is shown.")
        return self.render("doc.html", page="", iri=iri, doc=doc, parts=parts, note=note,
                           start=start, end=end)

    def page_node(self, params: dict[str, str]) -> Response:
        iri = self.need_iri(params)
        if isinstance(iri, Response):
            return iri
        info = self.data.node(iri)
        if not info["out"] and not info["in"]:
            return self.error(404, "Unknown resource", f"The graph says nothing about {iri}.")
        return self.render("node.html", page="", n=info)

    def page_queries(self, params: dict[str, str]) -> Response:
        from .saved import saved_queries

        queries, problem = saved_queries(self.queries_dir)
        chosen = next((q for q in queries if q.name == params.get("name")), None)
        values, outcome, bound_error = {}, None, None
        if chosen is not None:
            values = {k: params.get(f"p_{k}", default) for k, default in chosen.params.items()}
            if params.get("run"):
                from .saved import bind

                try:
                    text = bind(chosen, values)
                except DiplographError as exc:
                    bound_error = str(exc)
                else:
                    outcome = self.pool.run(text, want="table")
                    if outcome.status == 200 and outcome.table is not None and not outcome.table.rows:
                        bound_error = self.names_nothing(chosen, values)
        downloads = {}
        if chosen is not None:
            bound = {f"p_{k}": v for k, v in values.items()}
            downloads = {fmt: url("/queries/download", name=chosen.name, format=fmt, **bound)
                         for fmt in ("csv", "json", "tsv")}
        return self.render("queries.html", page="queries", queries=queries, chosen=chosen, values=values,
                           outcome=outcome, problem=problem, bound_error=bound_error, downloads=downloads)

    def names_nothing(self, query: SavedQuery, values: dict[str, str]) -> str | None:
        """For a saved query that found no rows: what a value the user changed names nothing, if one does."""
        from ..query.engines import OxigraphEngine
        from ..query.saved import check_values

        given = {k: v for k, v in values.items() if v != query.params.get(k)}
        try:
            check_values(query, OxigraphEngine.of_store(self.store), given)
        except DiplographError as exc:
            return str(exc)
        return None

    def page_query_download(self, params: dict[str, str]) -> Response:
        from .saved import bind, saved_queries

        queries, _ = saved_queries(self.queries_dir)
        chosen = next((q for q in queries if q.name == params.get("name")), None)
        if chosen is None:
            return self.error(404, "Unknown query", f"There is no saved query named {params.get('name')!r}.")
        fmt = params.get("format", "csv")
        if fmt not in ("csv", "json", "tsv", "xml"):
            return self.error(400, "Unknown format", "Download as csv, json, tsv or xml.")
        values = {k: params.get(f"p_{k}", default) for k, default in chosen.params.items()}
        try:
            text = bind(chosen, values)
        except DiplographError as exc:
            return self.error(400, "Cannot bind the parameters", str(exc))
        outcome = self.pool.run(text, fmt=fmt)
        resp = from_outcome(outcome)
        if resp.status == 200:
            resp.headers["Content-Disposition"] = f'attachment; filename="{chosen.name}.{fmt}"'
        return resp


ROUTES = {
    "/": App.page_timeline,
    "/meeting": App.page_meeting,
    "/actor": App.page_actor,
    "/actors": App.page_actors,
    "/stances": App.page_stances,
    "/matrix": App.page_matrix,
    "/network": App.page_network,
    "/conflicts": App.page_conflicts,
    "/doc": App.page_doc,
    "/node": App.page_node,
    "/queries": App.page_queries,
    "/queries/download": App.page_query_download,
    "/editor": yasgui.editor_page,
}


def load_vocabulary() -> ox.Store:
    """The ontology and topic scheme (labels of topics and stance types), if the data folder has them."""
    import pyoxigraph as ox

    from ..paths import ontology_dir

    vocab = ox.Store()
    for name in ("diplograph.ttl", "topics.ttl"):
        path = ontology_dir() / name
        if path.is_file():
            try:
                vocab.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
            except (SyntaxError, OSError):
                continue  # labels are a nicety; the graph itself is what the pages show
    return vocab


def url(path: str, **params: object) -> str:
    clean = {k: v for k, v in params.items() if v is not None and v != ""}
    return path + ("?" + urlencode(clean) if clean else "")


def short_iri(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def plain(status: int, message: str) -> Response:
    return Response(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"),
                    {"X-Content-Type-Options": "nosniff"})


def from_outcome(outcome: Outcome) -> Response:
    if outcome.status != 200:
        response = plain(outcome.status, outcome.message or outcome.body.decode("utf-8", "replace"))
        if outcome.retry_after:
            response.headers["Retry-After"] = str(outcome.retry_after)
        return response
    headers = {"X-Content-Type-Options": "nosniff", "Vary": "Accept"}
    if outcome.truncated:
        headers["X-Diplograph-Truncated"] = "true"
        headers["Warning"] = f'199 diplograph "{outcome.message}"'
    return Response(200, outcome.content_type, outcome.body, headers)


def default_query() -> str:
    return (f"PREFIX dg: <{PREFIXES['dg']}>\n"
            f"PREFIX skos: <{PREFIXES['skos']}>\n\n"
            "SELECT ?meeting ?date ?place WHERE {\n"
            "  ?meeting a dg:Meeting ; dg:date ?date .\n"
            "  OPTIONAL { ?meeting dg:location/skos:prefLabel ?place }\n"
            "} ORDER BY ?date\n")


def _prefers_html(accept: str) -> bool:
    """True when a browser asks: text/html is the first choice of the Accept header."""
    from .sparql import parse_accept

    items = sorted(parse_accept(accept), key=lambda item: (-item[1], item[2]))
    return bool(items) and items[0][0] in ("text/html", "application/xhtml+xml")


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


__all__ = ["App", "Response", "check_read_only"]
