"""Helpers for the web tests: fetch a URL, start a server on a free port, the fixture's IRIs."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from diplograph.web.app import App
from diplograph.web.server import BackgroundServer

HERE = Path(__file__).parent
FIXTURE = HERE / "fixture.ttl"
QUERIES = HERE / "queries"
ARTIFACTS = HERE / "artifacts"

DGR = "https://w3id.org/diplograph/id/"
SAMARKAND = DGR + "meeting/2023-04-13-samarkand"
TALIBAN = DGR + "org/taliban"
NEWS_DOC = DGR + "doc/101_fixture_news"


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def fetch(url: str, data: bytes | None = None, headers: dict[str, str] | None = None,
          timeout: float = 30) -> Reply:
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return Reply(resp.status, {k.lower(): v for k, v in resp.headers.items()}, resp.read())
    except urllib.error.HTTPError as err:
        return Reply(err.code, {k.lower(): v for k, v in err.headers.items()}, err.read())


def start(graph: Path, **options) -> tuple[App, BackgroundServer]:
    app = App(graph, queries_dir=QUERIES, **options)
    server = BackgroundServer(app, "127.0.0.1", 0)
    server.__enter__()
    return app, server
