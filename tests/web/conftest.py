"""Shared fixtures for the web tests: a server on 127.0.0.1 with a free port, in a thread."""

from __future__ import annotations

import pytest
from web_support import FIXTURE, start

from diplograph.web.server import app_quiet


@pytest.fixture(scope="session")
def server():
    app_quiet.set()
    app, srv = start(FIXTURE, timeout=20, max_rows=1000)
    yield srv
    srv.stop()
    app.close()


@pytest.fixture(scope="session")
def base(server) -> str:
    return server.url
