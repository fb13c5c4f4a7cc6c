"""Incremental builds through the kept state (diplograph.build.buildstate, build_validation).

Each test changes a corpus the way a user does (adds a text, edits one,
removes one) between builds with a cache folder, and holds the incremental
build to a full build from scratch: the same Turtle, byte for byte, and the
same validation report, while the incremental build converts and writes
only what changed.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from conftest import mixed_corpus

from diplograph.build import assemble, buildstate
from diplograph.build.assemble import build
from diplograph.build.validate import validate_all, validate_build
from diplograph.graph import writer as rdf

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Seeds, our own texts and a few generated documents: meetings reported by several texts."""
    return mixed_corpus(tmp_path_factory.mktemp("corpus"), 14, 11)


def _build_and_keep(folder: Path, cache: Path, out: Path, lexicon):
    """What `diplograph build --cache-dir` does: build, validate, write, keep the state."""
    built = build(folder, jobs=1, cache_dir=cache, lexicon=lexicon)
    report = validate_build(built)
    buildstate.write_graph(built, out)
    buildstate.save(built, out, report.results)
    return built, report


def _full(folder: Path, lexicon):
    built = build(folder, jobs=1, lexicon=lexicon)
    return built.turtle(), validate_all(built)


def _copy(src: Path, dst: Path, names) -> None:
    dst.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(src / name, dst / name)


@pytest.mark.slow
def test_add_edit_remove_each_give_the_full_build(corpus, tmp_path, lexicon):
    names = sorted(p.name for p in corpus.iterdir())
    docs, cache, out = tmp_path / "docs", tmp_path / "cache", tmp_path / "g.ttl"
    _copy(corpus, docs, names[:-3])
    first, _ = _build_and_keep(docs, cache, out, lexicon)
    assert first.previous is None

    steps = [
        ("add", lambda: _copy(corpus, docs, [names[-1]])),
        ("add two", lambda: _copy(corpus, docs, names[-3:-1])),
        ("edit", lambda: (docs / names[0]).write_text(
            (corpus / names[0]).read_text(encoding="utf-8") + "\nThe ministers agreed to meet again.\n",
            encoding="utf-8")),
        ("remove", lambda: (docs / names[5]).unlink()),
        # the records keep texts no longer there: a text edited back, or added again, must not
        # bring back the segment of its other version
        ("edit back", lambda: shutil.copy(corpus / names[0], docs / names[0])),
        ("add again", lambda: _copy(corpus, docs, [names[5]])),
    ]
    for what, change in steps:
        change()
        built, report = _build_and_keep(docs, cache, out, lexicon)
        assert built.previous is not None, what
        reused = [s for s in built.segments if s.turtle is None]
        assert len(reused) > len(built.segments) // 2, what   # most of the graph was copied, not written
        assert built.converted <= 2, what
        turtle, full_report = _full(docs, lexicon)
        assert out.read_bytes() == turtle, what
        assert report.results == full_report.results, what
        assert any(r.severity == "Warning" for r in report.results), what   # the comparison compares something


@pytest.mark.slow
def test_a_violation_in_an_added_document_is_found(corpus, tmp_path, lexicon, monkeypatch):
    names = sorted(p.name for p in corpus.iterdir())
    docs, cache, out = tmp_path / "docs", tmp_path / "cache", tmp_path / "g.ttl"
    _copy(corpus, docs, names[:-1])
    _build_and_keep(docs, cache, out, lexicon)
    _copy(corpus, docs, names[-1:])
    bad_stem = Path(names[-1]).stem

    real = rdf.document_part

    def broken(doc, lex):
        part = real(doc, lex)
        if doc.stem == bad_stem:
            # an evidence node whose offsets lie past the end of the text
            ev = rdf.dgr(f"evidence/{doc.stem}/999990-999999")
            extra = (f"{ev} {rdf.A} {rdf.T['Evidence']} .\n{ev} {rdf.T['document']} {rdf.dgr('doc/' + doc.stem)} .\n"
                     f"{ev} {rdf.START} {rdf.integer(999990)} .\n{ev} {rdf.END} {rdf.integer(999999)} .\n").encode()
            part.triples += extra
            part.turtle = rdf.turtle_body(part.triples)
        return part

    # under the real one's name, so that the other documents' cache entries still count
    broken.__module__, broken.__qualname__ = real.__module__, real.__qualname__
    monkeypatch.setattr(rdf, "document_part", broken)
    built = build(docs, jobs=1, cache_dir=cache, lexicon=lexicon)
    assert built.previous is not None and built.converted == 1
    report = validate_build(built)
    assert not report.conforms
    bad = [r for r in report.violations if "999990-999999" in r.focus]
    assert bad, report.format_text()
    assert report.results == validate_all(built).results


@pytest.mark.slow
def test_state_is_not_used_when_the_kept_graph_was_changed(corpus, tmp_path, lexicon):
    docs, cache, out = tmp_path / "docs", tmp_path / "cache", tmp_path / "g.ttl"
    _copy(corpus, docs, sorted(p.name for p in corpus.iterdir())[:8])
    _build_and_keep(docs, cache, out, lexicon)
    assert build(docs, cache_dir=cache, lexicon=lexicon).previous is not None
    kept = buildstate.folder(cache) / "graph.ttl"
    data = kept.read_bytes()
    os.unlink(kept)
    kept.write_bytes(data + b"# edited by hand\n")
    again = build(docs, cache_dir=cache, lexicon=lexicon)
    assert again.previous is None
    assert again.turtle() == _full(docs, lexicon)[0]


def test_segments_share_no_triple(corpus, lexicon):
    built = build(corpus, jobs=1, lexicon=lexicon)
    store = built.store()
    assert len(store) == sum(s.triples for s in built.segments)
    assert built.counts()["triples"] == len(store)
    ids = [s.id for s in built.segments]
    assert len(ids) == len(set(ids))
    assert ids[0] == assemble.ACTORS


@pytest.mark.slow
def test_counts_agree_with_the_graph(corpus, lexicon):
    built = build(corpus, jobs=1, lexicon=lexicon)
    store = built.store()
    dg = str(rdf.DG)
    for name, cls in (("documents", "Document"), ("meetings", "Meeting"), ("stances", "Stance"),
                      ("claims", "Claim"), ("designations", "Designation")):
        rows = list(store.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a <{dg}{cls}> }}"))
        assert int(rows[0]["n"].value) == built.counts()[name], name


def test_annotations_pointing_at_a_renamed_document_fail_as_in_a_full_build(corpus, tmp_path, lexicon):
    """An analyst's evidence names a document; when that text is renamed the node is gone, and the
    incremental validation must see it as the full one does."""
    names = sorted(p.name for p in corpus.iterdir())[:6]
    docs, cache, out = tmp_path / "docs", tmp_path / "cache", tmp_path / "g.ttl"
    _copy(corpus, docs, names)
    notes = tmp_path / "notes"
    notes.mkdir()
    stem = Path(names[0]).stem
    from diplograph.extract.convert import convert_file

    quote = convert_file(docs / names[0], lexicon).text[:5]
    (notes / "note.ttl").write_text(f"""
@prefix dg: <https://w3id.org/diplograph/ontology#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
<https://w3id.org/diplograph/id/evidence/{stem}/0-5> a dg:Evidence, oa:TextQuoteSelector ;
    dg:document <https://w3id.org/diplograph/id/doc/{stem}> ; oa:start 0 ; oa:end 5 ; oa:exact "{quote}" .
""", encoding="utf-8")
    built = build(docs, notes, jobs=1, cache_dir=cache, lexicon=lexicon)
    report = validate_build(built)
    assert not [r for r in report.violations if stem in r.focus]
    buildstate.write_graph(built, out)
    buildstate.save(built, out, report.results)

    (docs / names[0]).rename(docs / ("renamed_" + names[0]))
    again = build(docs, notes, jobs=1, cache_dir=cache, lexicon=lexicon)
    assert again.previous is not None
    incremental = validate_build(again)
    full = validate_all(build(docs, notes, jobs=1, lexicon=lexicon))
    assert not full.conforms
    assert incremental.results == full.results


def test_texts_swapped_with_the_same_size_and_time_are_read_again(tmp_path, lexicon):
    docs, cache, out = tmp_path / "docs", tmp_path / "cache", tmp_path / "g.ttl"
    docs.mkdir()
    a = "On 3 May 2024 the Foreign Ministers of France and Germany met in Paris.\n"
    b = "On 4 May 2024 the Foreign Ministers of Italy and Austria met in Rome.".ljust(len(a) - 1) + "\n"
    (docs / "a.txt").write_text(a, encoding="utf-8")
    (docs / "b.txt").write_text(b, encoding="utf-8")
    for f in ("a.txt", "b.txt"):
        os.utime(docs / f, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    _build_and_keep(docs, cache, out, lexicon)
    (docs / "a.txt").rename(docs / "tmp.txt")
    (docs / "b.txt").rename(docs / "a.txt")
    (docs / "tmp.txt").rename(docs / "b.txt")
    _build_and_keep(docs, cache, out, lexicon)
    assert out.read_bytes() == _full(docs, lexicon)[0]


def test_two_texts_with_one_stem_are_refused(tmp_path, lexicon):
    from diplograph.errors import InputError

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("On 3 May 2024 the ministers met in Paris.", encoding="utf-8")
    (docs / "a.md").write_text("On 4 May 2024 the ministers met in Rome.", encoding="utf-8")
    with pytest.raises(InputError, match="a.md"):
        build(docs, lexicon=lexicon)


def test_an_interrupted_check_leaves_no_staged_file(corpus, tmp_path, lexicon):
    out = tmp_path / "g.ttl"
    out.write_bytes(b"# yesterday\n")
    built = build(corpus, jobs=1, lexicon=lexicon)

    def interrupted():
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        buildstate.write_checked(built, out, interrupted)
    assert out.read_bytes() == b"# yesterday\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.ttl"]


def test_the_part_key_covers_the_code_that_makes_a_part():
    """A change to the code that makes a cached part must change its key; merging is not part of it."""
    from diplograph.graph import merge, records

    made_by = {rdf.document_part.__module__, records.record.__module__, rdf.record.__module__}
    # a module's path under the package, as pipeline.code_version reads it: "graph/writer"
    assert {m.split(".", 1)[1].replace(".", "/") for m in made_by} <= set(assemble.PART_MODULES)
    assert merge.__name__.split(".", 1)[1].replace(".", "/") not in assemble.PART_MODULES


@pytest.mark.slow
def test_a_text_naming_only_known_actors_is_checked_with_the_actors_it_names(corpus, tmp_path, lexicon):
    # The actors' segment is then unchanged, and incremental validation loads only the actors the
    # changed segments name (build_validation._reachable): their types must still be there.
    names = sorted(p.name for p in corpus.iterdir())
    docs, cache, out = tmp_path / "docs", tmp_path / "cache", tmp_path / "g.ttl"
    _copy(corpus, docs, names)
    first, _ = _build_and_keep(docs, cache, out, lexicon)
    source = next(n for n in names if n.startswith("0"))     # a generated report of a shared meeting
    shutil.copy(corpus / source, docs / ("zz-copy-of-" + source))
    built, report = _build_and_keep(docs, cache, out, lexicon)
    assert built.converted == 1
    assert built.by_id()[assemble.ACTORS].key == first.by_id()[assemble.ACTORS].key
    turtle, full_report = _full(docs, lexicon)
    assert out.read_bytes() == turtle
    assert report.results == full_report.results


def test_reachable_quads_follow_the_links_from_the_focus_nodes():
    import pyoxigraph as ox

    from diplograph.build.validate import _reachable

    def node(x):
        return ox.NamedNode(f"{rdf.DGR}{x}")

    def quad(s, p, o):
        return ox.Quad(s, ox.NamedNode(p), o, ox.DefaultGraph())

    a, dg = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", str(rdf.DG)
    sub = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
    pool, store = ox.Store(), ox.Store()
    pool.extend([
        quad(ox.NamedNode(dg + "State"), sub, ox.NamedNode(dg + "Actor")),
        quad(node("person/x"), a, ox.NamedNode(dg + "Person")),
        quad(node("person/x"), dg + "affiliation", node("state/y")),
        quad(node("state/y"), a, ox.NamedNode(dg + "State")),
        quad(node("state/z"), a, ox.NamedNode(dg + "State")),
        quad(node("stance/d/2"), a, ox.NamedNode(dg + "Stance")),     # in the store, but not a focus node
        quad(node("stance/d/2"), dg + "holder", node("state/z")),
    ])
    store.extend([quad(node("stance/d/1"), dg + "holder", node("person/x")),
                  quad(node("stance/d/2"), dg + "expressedAt", node("meeting/m"))])
    got = set(_reachable(pool, store, {f"{rdf.DGR}stance/d/1"}))
    assert got == set(pool) - {q for q in pool if q.subject in (node("state/z"), node("stance/d/2"))}


def test_shapes_read_only_the_class_of_a_linked_meeting():
    """build_validation._touched checks again only the stances and designations whose lines in a
    changed meeting segment changed: that holds while their shapes read nothing of the meeting
    but its class. A shape that reads more makes this test fail; then widen _touched."""
    from rdflib import Namespace, URIRef
    from rdflib.namespace import SH

    from diplograph.validation.shapes import load_shapes

    dg = Namespace(str(rdf.DG))
    shapes = load_shapes()
    allowed = {SH.path, SH["class"], SH.minCount, SH.maxCount, SH.message, SH.severity, SH.name,
               URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")}
    links = [dg.expressedAt, dg.designatedAt]
    for link in links:
        shapes_on_it = list(shapes.subjects(SH.path, link))
        assert shapes_on_it, link
        for shape in shapes_on_it:
            assert set(shapes.predicates(shape, None)) <= allowed, shape
    for path in shapes.objects(None, SH.path):
        if not isinstance(path, URIRef):      # a complex path may pass through a link
            assert not set(shapes.objects(path, None)) & set(links), path
    for text in shapes.objects(None, SH.select):
        assert "expressedAt" not in text and "designatedAt" not in text


@pytest.mark.slow
def test_a_build_in_steps_is_the_build_in_one_pass(corpus, tmp_path, lexicon):
    from diplograph.build.steps import build_in_steps

    names = sorted(p.name for p in corpus.iterdir())
    docs, cache, out = tmp_path / "docs", tmp_path / "cache", tmp_path / "g.ttl"
    _copy(corpus, docs, names[9:])
    steps = []
    built = build_in_steps(docs, jobs=1, cache_dir=cache, lexicon=lexicon, step=5,
                           on_step=lambda done, left: steps.append((done, left)))
    n = len(names) - 9
    assert steps == [(5 * k, n - 5 * k) for k in range(1, (n - 1) // 5 + 1)]
    assert built.converted == n - 5 * len(steps) and built.pending == 0
    report = validate_build(built)
    buildstate.write_graph(built, out)
    buildstate.save(built, out, report.results)
    turtle, full_report = _full(docs, lexicon)
    assert out.read_bytes() == turtle
    assert report.results == full_report.results
    # nine more texts, all before the known ones in order of name (merging cannot go on from the
    # last step's), in two steps, and one text removed
    _copy(corpus, docs, names[:9])
    (docs / names[-1]).unlink()
    steps.clear()
    built = build_in_steps(docs, jobs=1, cache_dir=cache, lexicon=lexicon, step=5,
                           on_step=lambda done, left: steps.append((done, left)))
    assert steps == [(5, 4)] and built.converted == 4
    report = validate_build(built)
    buildstate.write_graph(built, out)
    turtle, full_report = _full(docs, lexicon)
    assert out.read_bytes() == turtle
    assert report.results == full_report.results
    assert not list((cache / "graph").glob(".step*"))


@pytest.mark.slow
def test_steps_without_validation_keep_no_results(corpus, tmp_path, lexicon):
    from diplograph.build.steps import build_in_steps

    cache = tmp_path / "cache"
    built = build_in_steps(corpus, jobs=1, cache_dir=cache, lexicon=lexicon, step=10, validate=False)
    kept = buildstate.load(cache, built.salt)
    assert kept is not None and kept.result_rows is None    # the last step kept, unvalidated
    assert built.turtle() == _full(corpus, lexicon)[0]
