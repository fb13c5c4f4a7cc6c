"""`uncited`: the passages of a document that no fact cites (how to find a stance the converter missed)."""

from __future__ import annotations

import pytest

from diplograph.errors import InputError
from diplograph.query.engines import OxigraphEngine, RdflibEngine
from diplograph.query.saved import find_query, run

TEXT = "Alpha beta. Gamma delta, and epsilon. Zeta eta theta. Iota."
#       0         1         2         3         4         5
#       0123456789012345678901234567890123456789012345678901234567890


def graph(tmp_path, spans: list[tuple[int, int]]):
    lines = ["@prefix dg: <https://w3id.org/diplograph/ontology#> .", "@prefix oa: <http://www.w3.org/ns/oa#> .",
             "@prefix r: <https://w3id.org/diplograph/id/> .",
             f'r:doc_a a dg:Document ; dg:sourceFile "a.txt" ; dg:text "{TEXT}" .',
             'r:doc_b a dg:Document ; dg:sourceFile "b.txt" ; dg:text "Nothing cited here." .']
    for i, (start, end) in enumerate(spans):
        lines += [f"r:ev{i} a dg:Evidence ; dg:document r:doc_a ; oa:start {start} ; oa:end {end} ; "
                  f'oa:exact "{TEXT[start:end]}" .', f"r:fact{i} a dg:Stance ; dg:evidence r:ev{i} ."]
    lines.append('r:ev_orphan a dg:Evidence ; dg:document r:doc_a ; oa:start 0 ; oa:end 60 ; oa:exact "x" .')
    path = tmp_path / "g.ttl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_stretches_between_cited_spans(tmp_path):
    # "Gamma delta" and an overlapping "delta, and epsilon." and "Zeta eta theta." are cited
    path = graph(tmp_path, [(12, 23), (18, 37), (38, 53)])
    query = find_query("uncited")
    answers = []
    for engine in (RdflibEngine(path), OxigraphEngine(path)):
        rows = run(query, engine, {"doc": "a"})
        answers.append([(int(s), int(e), str(p)) for _d, s, e, p in rows.rows])
    assert answers[0] == answers[1]
    # before the first span, and after the last; the space between two spans has no word; the evidence
    # no fact cites (ev_orphan) does not count
    assert answers[0] == [(0, 12, "Alpha beta. "), (53, 59, " Iota.")]


def test_first_all_and_a_misspelt_document(tmp_path):
    path = graph(tmp_path, [(0, 11)])
    engine = RdflibEngine(path)
    query = find_query("uncited")
    assert run(query, engine).rows == run(query, engine, {"doc": "a.txt"}).rows  # first: a.txt
    # b.txt has no cited span: all of it is listed
    every = [(str(r[0]), str(r[3])) for r in run(query, engine, {"doc": "all"}).rows]
    assert ("b.txt", "Nothing cited here.") in every and {d for d, _ in every} == {"a.txt", "b.txt"}
    with pytest.raises(InputError, match="no document in the graph is called 'c.txt'"):
        run(query, engine, {"doc": "c.txt"})
