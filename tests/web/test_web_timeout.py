"""A query that runs too long is stopped with a message, and the server keeps answering."""

from __future__ import annotations

import threading
import time
import urllib.parse

import pytest
from web_support import fetch, start

# Four-way cross join over every triple: far more rows than any machine counts in a second.
LONG = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }"
SHORT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
TRIPLES = 400


@pytest.fixture(scope="module")
def slow_server(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "big.nt"
    lines = (f"<urn:s{i}> <urn:p{i % 7}> \"{i}\" .\n" for i in range(TRIPLES))
    path.write_text("".join(lines), encoding="utf-8")
    app, srv = start(path, timeout=1.0, workers=2)
    yield srv
    srv.stop()
    app.close()


def sparql(base: str, query: str):
    return fetch(base + "/sparql?" + urllib.parse.urlencode({"query": query}), headers={"Accept": "text/csv"})


def test_long_query_is_stopped_and_the_next_is_answered(slow_server):
    base = slow_server.url
    long_reply = {}
    runner = threading.Thread(target=lambda: long_reply.update(r=sparql(base, LONG)))
    runner.start()
    pool = slow_server.app.pool
    for _ in range(500):  # until the long query holds a worker
        if pool.counts()["busy"] >= 1:
            break
        time.sleep(0.01)
    assert pool.counts()["busy"] >= 1
    # While the long query runs, pages and other queries are still answered.
    assert fetch(base + "/").status == 200
    during = sparql(base, SHORT)
    runner.join(30)
    assert not runner.is_alive()
    assert long_reply["r"].status == 503
    assert "stopped 1 s after it arrived" in long_reply["r"].text and "--timeout" in long_reply["r"].text
    assert during.status == 200 and during.text.splitlines()[1] == str(TRIPLES)
    after = sparql(base, SHORT)
    assert after.status == 200 and after.text.splitlines()[1] == str(TRIPLES)


def test_pool_recovers_after_repeated_timeouts(slow_server):
    base = slow_server.url
    for _ in range(2):
        assert sparql(base, LONG).status == 503
    answers = [sparql(base, SHORT) for _ in range(3)]
    assert [a.status for a in answers] == [200, 200, 200]


def test_timeout_shows_as_a_message_on_the_query_page(slow_server):
    reply = fetch(slow_server.url + "/sparql?" + urllib.parse.urlencode({"query": LONG, "format": "html"}))
    assert reply.status == 503
    assert "stopped 1 s after it arrived" in reply.text and "<nav>" in reply.text
