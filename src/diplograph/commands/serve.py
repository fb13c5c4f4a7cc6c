"""`diplograph serve`: the SPARQL endpoint and the pages, on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import click

from ..errors import InputError
from ..paths import DEFAULT_GRAPH


@click.command(name="serve")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="TCP port (0 picks a free one).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. The default only answers this machine; 0.0.0.0 opens it to the network.")
@click.option("--graph", "graph", default=str(DEFAULT_GRAPH), show_default=True,
              type=click.Path(dir_okay=False, path_type=Path),
              help="The built graph (Turtle, N-Triples, ...).")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0.1, 3600),
              help="Seconds a SPARQL query may run before it is stopped.")
@click.option("--max-rows", default=10000, show_default=True, type=click.IntRange(1, 10_000_000),
              help="Most rows (or triples) one query returns; more are cut with a message.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Queries that may run longer than a second at once; more such are paused until one "
                   "ends. Each query runs in its own process, which holds a copy of the graph (shares it "
                   "with --store oxigraph:DIR).")
@click.option("--max-queries", default=None, type=click.IntRange(2, 256),
              help="Queries running or paused at once, each in its own process  [default: 2 x workers + 2].")
@click.option("--queue", "queue", default=32, show_default=True, type=click.IntRange(0, 10_000),
              help="Requests that may wait for a process past --max-queries; more get 503 with Retry-After.")
@click.option("--idle-timeout", default=15.0, show_default=True, type=click.FloatRange(0.1, 3600),
              help="Seconds a connection may stay silent before the server closes it.")
@click.option("--store", "store", default=None, metavar="oxigraph:DIR",
              help="Keep the graph in an on-disk Oxigraph store (loaded from --graph when stale) that the "
                   "server and its workers open read-only, instead of one copy in memory each.")
def command(port: int, host: str, graph: Path, timeout: float, max_rows: int, workers: int,
            max_queries: int | None, queue: int, idle_timeout: float, store: str | None) -> None:
    """Serve a SPARQL endpoint and pages to read the graph in a browser."""
    from ..web.app import App
    from ..web.server import make_server

    if not graph.is_file():
        raise InputError("no graph here; run `make run` (or `diplograph build`) first, or pass --graph FILE",
                         path=str(graph))
    store_dir = None
    if store and store not in ("oxigraph", "oxigraph:memory"):
        if not store.startswith("oxigraph:") or not store.split(":", 1)[1]:
            raise InputError(f"--store {store!r}: the server reads oxigraph:DIR (or keeps the graph in memory)")
        from ..query.engines import OxigraphEngine

        store_dir = Path(store.split(":", 1)[1])
        click.echo(f"Preparing the Oxigraph store in {store_dir} ...", err=True)
        engine = OxigraphEngine(graph, store_dir)
        engine.store  # noqa: B018 (opening loads or refreshes it from the graph file)
        engine.close()
        del engine
    click.echo(f"Loading {graph} ...", err=True)
    app = App(graph, timeout=timeout, max_rows=max_rows, workers=workers, store_dir=store_dir,
              max_queries=max_queries, queue=queue)
    try:
        httpd = make_server(app, host, port, idle_timeout=idle_timeout)
    except OSError as exc:
        app.close()
        import errno

        hint = "choose another --port" if exc.errno in (errno.EADDRINUSE, errno.EACCES) else "check --host"
        raise InputError(f"cannot listen on {host}:{port} ({exc.strerror or exc}); {hint}") from None
    # an AF_INET(6) server's address: the host as a str and the port
    bound_host, bound_port = cast("tuple[str, int]", httpd.server_address[:2])
    shown = "127.0.0.1" if bound_host in ("0.0.0.0", "") else bound_host
    click.echo(f"diplograph is serving {graph} ({app.triples} triples)")
    click.echo(f"  pages:  http://{shown}:{bound_port}/")
    click.echo(f"  SPARQL: http://{shown}:{bound_port}/sparql")
    if bound_host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"  warning: listening on {bound_host}, reachable from other machines", err=True)
    click.echo("Press Ctrl-C to stop.", err=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        click.echo("Stopped.", err=True)
    finally:
        httpd.server_close()
        app.close()
