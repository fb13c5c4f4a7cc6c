"""The HTTP server: the standard library's ThreadingHTTPServer in front of `App`.

One thread per request; SPARQL from users runs in worker processes (see
worker.py), so a slow query never blocks the pages.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast
from urllib.parse import parse_qsl, urlsplit

from .app import App, Response

MAX_BODY = 1_000_000  # bytes; a SPARQL query larger than this is refused


IDLE_TIMEOUT = 15.0  # seconds a connection may stay silent (before or between requests) before it is closed
BACKLOG = 128  # connections the kernel completes before the server accepts them (the standard library: 5)
HANGUPS = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)


def _handler_for(app: App, idle_timeout: float = IDLE_TIMEOUT) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "diplograph"
        sys_version = ""
        protocol_version = "HTTP/1.1"
        timeout = idle_timeout  # socket timeout: a silent connection ends with TimeoutError, then is closed

        def handle(self) -> None:
            try:
                super().handle()
            except HANGUPS:  # the client hung up before its answer was written: nothing to report
                self.close_connection = True
            except TimeoutError:
                self.close_connection = True

        def _serve(self, method: str) -> None:
            parts = urlsplit(self.path)
            params = dict(parse_qsl(parts.query, keep_blank_values=True))
            headers = {k.lower(): v for k, v in self.headers.items()}
            body = b""
            if method == "POST":
                try:
                    length = int(self.headers.get("Content-Length") or 0)
                except ValueError:
                    length = -1
                if length < 0 or length > MAX_BODY:
                    self.close_connection = True  # the unread body must not be taken for the next request
                    self._send(Response(413, "text/plain; charset=utf-8",
                                        f"Request body too large (limit {MAX_BODY} bytes).\n".encode()))
                    self._drain(length)
                    return
                body = self.rfile.read(length)
                if headers.get("content-type", "").split(";")[0].strip().lower() in (
                        "application/x-www-form-urlencoded", ""):
                    form = dict(parse_qsl(body.decode("utf-8", errors="replace"), keep_blank_values=True))
                    params = {**params, **form}
            try:
                response = app.handle(method, parts.path, params, headers, body)
            except Exception as exc:  # a bug on one page must not bring the server down
                self.log_error("error on %s: %r", self.path, exc)
                response = Response(500, "text/plain; charset=utf-8",
                                    f"Internal error: {type(exc).__name__}. See the server log.\n".encode())
            self._send(response, head=method == "HEAD")

        def _drain(self, length: int) -> None:
            """Read and drop what the client still sends of a refused body (a bounded amount, briefly):
            closing with unread data resets the connection, and the client, still writing, never reads
            the 413 it was sent."""
            left = min(length, 8 * MAX_BODY) if length > 0 else 8 * MAX_BODY
            try:
                self.connection.settimeout(2)
                while left > 0:
                    chunk = self.rfile.read1(min(left, 65536))
                    if not chunk:
                        break
                    left -= len(chunk)
            except OSError:
                pass

        def _send(self, response: Response, head: bool = False) -> None:
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            for k, v in response.headers.items():
                self.send_header(k, v)
            self.end_headers()
            if not head:
                self.wfile.write(response.body)

        def do_GET(self) -> None:  # noqa: N802 (the standard library's naming)
            self._serve("GET")

        def do_HEAD(self) -> None:  # noqa: N802
            self._serve("HEAD")

        def do_POST(self) -> None:  # noqa: N802
            self._serve("POST")

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            if app_quiet.is_set():
                return
            super().log_message(format, *args)

    return Handler


app_quiet = threading.Event()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = BACKLOG

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if isinstance(sys.exc_info()[1], HANGUPS + (TimeoutError,)):
            return  # a client that went away is not a server error
        super().handle_error(request, client_address)


def make_server(app: App, host: str = "127.0.0.1", port: int = 8000,
                idle_timeout: float = IDLE_TIMEOUT) -> ThreadingHTTPServer:
    return _Server((host, port), _handler_for(app, idle_timeout))


class BackgroundServer:
    """A server running in a thread: for tests and for embedding. `with BackgroundServer(...) as s:`."""

    def __init__(self, app: App, host: str = "127.0.0.1", port: int = 0):
        self.app = app
        self.httpd = make_server(app, host, port)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True, name="diplograph-http")

    @property
    def url(self) -> str:
        # an AF_INET(6) server's address: the host as a str and the port
        host, port = cast("tuple[str, int]", self.httpd.server_address[:2])
        return f"http://{host}:{port}"

    def __enter__(self) -> BackgroundServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)
