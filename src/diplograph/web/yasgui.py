"""The SPARQL editor page: YASGUI (@zazuko/yasgui) served from node_modules, wired to /sparql.

`make` installs the package pinned in package.json with npm; this module
serves its built bundle (`/static/yasgui/yasgui.min.js`, `.css`) and our
set-up script, and renders `/editor` with the endpoint, the project's
prefixes, completion lists from the ontology, and every saved query as a
ready example. Nothing is fetched from elsewhere at run time: the page's
Content-Security-Policy allows scripts, styles and connections to this
server only, and the set-up script swaps YASGUI's completers that ask a
web service (Linked Open Vocabularies) for ones that read the ontology.

Where the files are missing (no npm on the machine, `make` not run), the
page is the plain text box of `/sparql?format=html`, saying why.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DiplographError
from ..paths import home
from ..query.saved import bind, load_query
from .sparql import PREFIXES

if TYPE_CHECKING:
    from .app import App, Response

HERE = Path(__file__).parent
PACKAGE = "@zazuko/yasgui"
# Scripts, styles and requests from this server only; CodeMirror sets inline styles on elements.
EDITOR_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
              "font-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; "
              "frame-ancestors 'none'")
_TYPES = {"js": "text/javascript; charset=utf-8", "css": "text/css; charset=utf-8"}


def assets_dir() -> Path:
    """Where npm puts YASGUI's built files."""
    return home() / "node_modules" / PACKAGE / "build"


def _assets() -> dict[str, Path]:
    """The files `/static/yasgui/` serves, by name."""
    build = assets_dir()
    return {"yasgui.min.js": build / "yasgui.min.js", "yasgui.min.css": build / "yasgui.min.css",
            "yasgui-setup.js": HERE / "static" / "yasgui-setup.js"}


def missing() -> str | None:
    """Why the editor cannot be served (a sentence naming the fix), or None when it can."""
    for name in ("yasgui.min.js", "yasgui.min.css"):
        path = _assets()[name]
        if not path.is_file():
            return (f"The SPARQL editor (YASGUI) is not installed: {path} is missing. "
                    "Run `make` on a machine with npm (it runs `npm ci`), or `npm ci` in the project folder; "
                    "until then, this is the plain query box.")
    return None


def asset(name: str) -> tuple[int, str, bytes, dict[str, str]]:
    """(status, content type, body, headers) for `/static/yasgui/NAME`."""
    path = _assets().get(name)
    if path is None or not path.is_file():
        return 404, "text/plain; charset=utf-8", b"No such file.\n", {"X-Content-Type-Options": "nosniff"}
    return 200, _TYPES[name.rsplit(".", 1)[1]], path.read_bytes(), {
        "Cache-Control": "max-age=300", "X-Content-Type-Options": "nosniff"}


@lru_cache(maxsize=4)
def _vocabulary(ontology: str) -> tuple[list[str], list[str]]:
    """(properties, classes) declared in the ontology file, sorted."""
    import rdflib
    from rdflib.namespace import OWL, RDF

    graph = rdflib.Graph()
    if Path(ontology).is_file():
        graph.parse(ontology, format="turtle")
    props = {str(p) for kind in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
             for p in graph.subjects(RDF.type, kind) if isinstance(p, rdflib.URIRef)}
    classes = {str(c) for c in graph.subjects(RDF.type, OWL.Class) if isinstance(c, rdflib.URIRef)}
    props.add(str(RDF.type))
    return sorted(props), sorted(classes)


def examples(queries_dir: Path | None) -> tuple[list[dict[str, str]], str | None]:
    """Every saved query (reports and checks) with its parameters bound to their defaults."""
    from ..paths import queries_dir as default_dir
    directory = Path(queries_dir) if queries_dir else default_dir()
    found, bad = [], []
    for path in sorted(directory.glob("*.rq")):
        try:
            query = load_query(path)
            found.append({"name": query.name, "summary": query.summary, "query": bind(query, {})})
        except DiplographError as exc:
            bad.append(str(exc))
    return found, ("Some saved queries cannot be read: " + "; ".join(bad)) if bad else None


def start_query() -> str:
    """The first tab's query: the project's prefixes and a question the seeds answer."""
    head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(PREFIXES.items()) if p in
                   ("dg", "dgr", "dgt", "skos", "rdfs", "xsd", "oa"))
    return head + ("\nSELECT ?meeting ?date ?place WHERE {\n"
                   "  ?meeting a dg:Meeting ; dg:date ?date .\n"
                   "  OPTIONAL { ?meeting dg:location/skos:prefLabel ?place }\n"
                   "} ORDER BY ?date\n")


def editor_page(app: App, params: dict[str, str]) -> Response:
    """`/editor`: YASGUI, or the plain query box saying why not."""
    from ..paths import ontology_dir

    reason = missing()
    if reason:
        return app.render("sparql.html", page="sparql", query=start_query(), outcome=None, editor_note=reason)
    queries, broken = examples(app.queries_dir)
    props, classes = _vocabulary(str(ontology_dir() / "diplograph.ttl"))
    config = {"endpointPath": "/sparql", "start": start_query(), "prefixes": dict(sorted(PREFIXES.items())),
              "properties": props, "classes": classes, "examples": queries}
    # `</` cannot end the JSON block early: every "<" is written as \u003c
    blob = json.dumps(config, ensure_ascii=False).replace("<", "\\u003c")
    response = app.render("editor.html", page="sparql", config=blob, examples=queries, broken=broken)
    response.headers["Content-Security-Policy"] = EDITOR_CSP
    return response
