"""A cold build in one pass with bounded memory (diplograph.build.bulk) against the build in memory.

The bulk build must write the same bytes as assemble.build, give the same
validation report as the validation of the whole graph, however small its
batches, and keep a state from which the next build goes on incrementally.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import mixed_corpus

from diplograph.build import assemble, buildstate, bulk
from diplograph.build.assemble import build
from diplograph.build.validate import validate_all, validate_build
from diplograph.graph import writer as rdf
from diplograph.graph.segments import segment_of

SHAPES = Path(__file__).resolve().parents[1] / "validation" / "shapes"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Seeds, our own texts and generated documents: meetings reported by several texts."""
    return mixed_corpus(tmp_path_factory.mktemp("corpus"), 24, 5)


@pytest.fixture(scope="module")
def full(corpus, lexicon):
    built = build(corpus, jobs=1, lexicon=lexicon)
    return built.turtle(), validate_all(built)


@pytest.mark.slow
@pytest.mark.parametrize("batch,meeting_lines,jobs", [(4, 40, 1), (7, 400, 2), (1000, 10**6, 1)])
def test_bulk_build_writes_and_reports_what_a_build_in_memory_does(corpus, full, tmp_path, lexicon, batch,
                                                                   meeting_lines, jobs):
    out = tmp_path / "g.ttl"
    done = []
    got = bulk.build(corpus, out, cache_dir=tmp_path / "cache", jobs=jobs, lexicon=lexicon, batch=batch,
                     meeting_lines=meeting_lines, on_batch=lambda n, total: done.append((n, total)))
    turtle, report = full
    assert out.read_bytes() == turtle
    assert got.report.results == report.results
    assert got.report.results        # the corpus has warnings: the comparison is not of two empty lists
    n = len(list(corpus.iterdir()))
    assert done[-1] == (n, n) and len(done) == -(-n // batch)
    assert got.counts() == build(corpus, jobs=1, lexicon=lexicon).counts()
    assert not list(buildstate.folder(tmp_path / "cache").glob(".bulk-*"))


@pytest.mark.slow
def test_the_next_build_goes_on_from_a_bulk_build(corpus, tmp_path, lexicon):
    names = sorted(p.name for p in corpus.iterdir())
    docs, cache, out = tmp_path / "docs", tmp_path / "cache", tmp_path / "g.ttl"
    docs.mkdir()
    for name in names[:-2]:
        shutil.copy(corpus / name, docs / name)
    bulk.build(docs, out, cache_dir=cache, lexicon=lexicon, batch=5)
    assert buildstate.load(cache, assemble.state_salt(lexicon, assemble.part_transform(lexicon))) is not None
    for name in names[-2:]:
        shutil.copy(corpus / name, docs / name)
    again = build(docs, jobs=1, cache_dir=cache, lexicon=lexicon)
    assert again.previous is not None and again.converted == 2
    full_build = build(docs, jobs=1, lexicon=lexicon)
    assert again.turtle() == full_build.turtle()
    assert validate_build(again).results == validate_all(full_build).results


@pytest.mark.slow
def test_annotations_are_checked_as_in_the_whole_graph(corpus, tmp_path, lexicon):
    """Analysts' nodes, and their lines about built nodes, broken in several ways."""
    notes = tmp_path / "notes"
    notes.mkdir()
    shutil.copy(SHAPES / "context.ttl", notes / "context.ttl")
    invalid = sorted((SHAPES / "invalid").glob("*.ttl"))
    for f in invalid[::3]:
        shutil.copy(f, notes / f.name)
    names = sorted(p.name for p in corpus.iterdir())
    stem = Path(names[0]).stem
    # an analyst's evidence quoting a built document, at offsets past its text
    (notes / "quote.ttl").write_text(f"""
@prefix dg: <https://w3id.org/diplograph/ontology#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
<https://example.org/note/1> a dg:Evidence, oa:TextQuoteSelector ;
    dg:document <{rdf.DGR}doc/{stem}> ; oa:start 0 ; oa:end 999999 ; oa:exact "x" .
""", encoding="utf-8")
    out = tmp_path / "g.ttl"
    got = bulk.build(corpus, out, notes, cache_dir=tmp_path / "cache", lexicon=lexicon, batch=6, meeting_lines=50)
    whole = build(corpus, notes, jobs=1, lexicon=lexicon)
    expected = validate_all(whole)
    assert not expected.conforms
    assert any("note/1" in r.focus for r in expected.violations)
    assert got.report.results == expected.results
    assert not out.exists()          # it does not conform: nothing written


@pytest.mark.slow
def test_a_document_part_describes_only_its_own_nodes(corpus, lexicon):
    """bulk.build writes each part's lines to its document's batch unread: that holds while a part
    says nothing about another home's nodes and points at nothing at home elsewhere but the
    actors' segment's nodes (the meetings' links are in the meetings' segments)."""
    import pyoxigraph as ox

    built = build(corpus, jobs=1, lexicon=lexicon)
    actors = {t.subject.value for t in ox.parse(built.by_id()[assemble.ACTORS].ntriples,
                                                  format=ox.RdfFormat.N_TRIPLES)}
    for seg in built.segments:
        if not seg.id.startswith("doc/"):
            continue
        for t in ox.parse(seg.ntriples, format=ox.RdfFormat.N_TRIPLES):
            assert segment_of(t.subject.value) == seg.id, t
            if isinstance(t.object, ox.NamedNode) and t.object.value.startswith(str(rdf.DGR)):
                assert segment_of(t.object.value) == seg.id or t.object.value in actors, t


@pytest.mark.slow
def test_the_command_builds_many_texts_in_one_pass(corpus, full, tmp_path, monkeypatch, lexicon):
    """Past STEP texts and with nothing kept to go on from, `diplograph build` takes the bulk path,
    with or without a cache folder; a next build with the cache folder is incremental."""
    from click.testing import CliRunner

    import diplograph.build as door
    from diplograph.cli import cli

    monkeypatch.setattr(door, "STEP", 5)      # the door chooses the way, not the command
    calls = []
    real = bulk.build
    monkeypatch.setattr(bulk, "build", lambda *a, **k: calls.append(k["cache_dir"]) or real(*a, **k))
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out" / "g.ttl"
    args = ["build", "--seeds", str(corpus), "--annotations", str(tmp_path / "none"), "-o", str(out)]
    res = CliRunner().invoke(cli, args)
    assert res.exit_code == 0, res.output
    assert out.read_bytes() == full[0]
    assert "holds the documents' parts" in res.output
    assert len(calls) == 1 and not calls[0].exists()          # the temporary parts are gone
    assert [p.name for p in out.parent.iterdir()] == ["g.ttl"]
    out.unlink()
    res = CliRunner().invoke(cli, [*args, "--cache-dir", str(tmp_path / "cache")])
    assert res.exit_code == 0, res.output
    assert out.read_bytes() == full[0] and len(calls) == 2
    res = CliRunner().invoke(cli, [*args, "--cache-dir", str(tmp_path / "cache")])
    assert res.exit_code == 0, res.output
    assert "0 new or changed document(s)" in res.output and len(calls) == 2
    assert out.read_bytes() == full[0]


@pytest.mark.slow
def test_without_validation_the_state_keeps_no_results(corpus, full, tmp_path, lexicon):
    out, cache = tmp_path / "g.ttl", tmp_path / "cache"
    got = bulk.build(corpus, out, cache_dir=cache, lexicon=lexicon, batch=9, validate=False)
    assert got.report is None and out.read_bytes() == full[0]
    kept = buildstate.load(cache, assemble.state_salt(lexicon, assemble.part_transform(lexicon)))
    assert kept is not None and kept.result_rows is None


@pytest.mark.slow
def test_a_build_in_memory_checked_in_batches_gives_the_whole_graph_report(corpus, full, tmp_path, lexicon,
                                                                            monkeypatch):
    """validate_all checks a graph past BATCHED_ABOVE triples in batches: of a build in memory, and
    of an incremental build whose kept state has no results (segments read from the last graph)."""
    from diplograph.build import validate as build_validation

    monkeypatch.setattr(build_validation, "BATCHED_ABOVE", 0)
    monkeypatch.setattr(bulk, "BATCH", 5)
    monkeypatch.setattr(bulk, "MEETING_LINES", 60)
    batched = validate_all(build(corpus, jobs=1, lexicon=lexicon))
    assert batched.results == full[1].results
    names = sorted(p.name for p in corpus.iterdir())
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    docs.mkdir()
    for name in names[:-3]:
        shutil.copy(corpus / name, docs / name)
    bulk.build(docs, tmp_path / "g.ttl", cache_dir=cache, lexicon=lexicon, validate=False)
    for name in names[-3:]:
        shutil.copy(corpus / name, docs / name)
    again = build(docs, jobs=1, cache_dir=cache, lexicon=lexicon)
    assert again.previous is not None and any(s.ntriples is None for s in again.segments)
    assert validate_build(again).results == full[1].results


@pytest.mark.slow
def test_a_few_known_texts_and_many_new_ones_are_built_in_one_pass(corpus, tmp_path, lexicon):
    names = sorted(p.name for p in corpus.iterdir())
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    docs.mkdir()
    for name in names[:3]:
        shutil.copy(corpus / name, docs / name)
    assert bulk.takes(sorted(docs.iterdir()), cache, lexicon, step=2)          # nothing kept: all new
    bulk.build(docs, tmp_path / "g.ttl", cache_dir=cache, lexicon=lexicon)
    assert not bulk.takes(sorted(docs.iterdir()), cache, lexicon, step=2)      # nothing new
    for name in names[3:]:
        shutil.copy(corpus / name, docs / name)
    assert bulk.takes(sorted(docs.iterdir()), cache, lexicon, step=2)          # many more than known
    for name in names[-4:]:
        (docs / name).unlink()
    bulk.build(docs, tmp_path / "g.ttl", cache_dir=cache, lexicon=lexicon)
    for name in names[-4:]:
        shutil.copy(corpus / name, docs / name)
    assert not bulk.takes(sorted(docs.iterdir()), cache, lexicon, step=2)      # a few more than many
