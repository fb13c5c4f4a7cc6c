"""Parallel and incremental conversion (diplograph.pipeline).

The first tests use a stand-in converter, so that they pin the pipeline's own
behaviour (order, cache keys, what gets converted again); the last ones run
the real converter and compare whole builds byte for byte.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from diplograph import pipeline

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))


@dataclass
class FakeLexicon:
    version: str
    log: Path  # each conversion appends a line here, from whichever process ran it


@dataclass(frozen=True)
class FakeFacts:
    name: str
    digest: str
    words: int
    pid: int


def fake_convert(path: Path, lexicon: FakeLexicon) -> FakeFacts:
    data = Path(path).read_bytes()
    with open(lexicon.log, "a", encoding="utf-8") as fh:
        fh.write(f"{Path(path).name}\n")
    return FakeFacts(Path(path).name, hashlib.sha256(data + lexicon.version.encode()).hexdigest(),
                     len(data.split()), os.getpid())


def conversions(lexicon: FakeLexicon) -> list[str]:
    return lexicon.log.read_text().split() if lexicon.log.exists() else []


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    paths = []
    for i in range(30):
        p = folder / f"{i:03d}_doc.txt"
        p.write_text(f"Document {i}. " + "The Ministers urged restraint. " * (i + 1), encoding="utf-8")
        paths.append(p)
    return paths


def test_results_follow_input_order_with_two_jobs(corpus, tmp_path):
    lex = FakeLexicon("v1", tmp_path / "log")
    shuffled = corpus[::-1][:10] + corpus[:20]
    one = pipeline.convert_many(shuffled, lex, jobs=1, converter=fake_convert)
    two = pipeline.convert_many(shuffled, lex, jobs=2, converter=fake_convert)
    assert [f.name for f in two] == [p.name for p in shuffled]
    assert [(f.name, f.digest, f.words) for f in one] == [(f.name, f.digest, f.words) for f in two]
    assert pipeline.last_stats.jobs == 2


def test_two_jobs_use_other_processes(corpus, tmp_path):
    lex = FakeLexicon("v1", tmp_path / "log")
    facts = pipeline.convert_many(corpus, lex, jobs=2, converter=fake_convert)
    assert os.getpid() not in {f.pid for f in facts}


def test_cache_converts_only_the_added_document(corpus, tmp_path):
    cache = tmp_path / "cache"
    lex = FakeLexicon("v1", tmp_path / "log")
    first = pipeline.convert_many(corpus[:29], lex, jobs=1, cache_dir=cache, converter=fake_convert)
    assert len(conversions(lex)) == 29
    lex.log.unlink()
    second = pipeline.convert_many(corpus, lex, jobs=2, cache_dir=cache, converter=fake_convert)
    assert conversions(lex) == [corpus[29].name]
    assert pipeline.last_stats.converted == 1 and pipeline.last_stats.cached == 29
    full = pipeline.convert_many(corpus, lex, jobs=1, converter=fake_convert)
    key = [(f.name, f.digest, f.words) for f in full]
    assert [(f.name, f.digest, f.words) for f in second] == key
    assert [(f.name, f.digest) for f in first] == [k[:2] for k in key[:29]]


def test_workers_write_the_cache_and_send_back_what_they_cached(corpus, tmp_path):
    """With two jobs the workers pickle each result once, file it in the cache and send the same bytes back."""
    cache = tmp_path / "cache"
    lex = FakeLexicon("v1", tmp_path / "log")
    facts = pipeline.convert_many(corpus, lex, jobs=2, cache_dir=cache, converter=fake_convert)
    keys = pipeline.keys(corpus, lex, converter=fake_convert)
    assert [pipeline.load(cache, k) for k in keys] == facts
    assert {f.pid for f in facts} - {os.getpid()} == {f.pid for f in facts}
    assert sorted(p.name for p in cache.rglob("*") if p.is_file()) == sorted(f"{k}.pickle" for k in keys)
    assert all(e.parent.name == e.name[:2] for e in cache.rglob("*.pickle"))
    lex.log.unlink()
    assert pipeline.convert_many(corpus, lex, jobs=2, cache_dir=cache, converter=fake_convert) == facts
    assert conversions(lex) == [] and pipeline.last_stats.cached == len(corpus)


@pytest.mark.parametrize("total", [4, 5, 31, 100, 1000, 10_007])
def test_chunks_cover_every_document_and_shrink_to_one(total):
    sizes = pipeline._chunk_sizes(total, 2)
    assert sum(sizes) == total and min(sizes) == 1 and max(sizes) <= 32
    assert sizes == sorted(sizes, reverse=True)


def test_cache_misses_when_text_name_or_lexicon_change(corpus, tmp_path):
    cache = tmp_path / "cache"
    lex = FakeLexicon("v1", tmp_path / "log")
    pipeline.convert_many(corpus[:5], lex, cache_dir=cache, converter=fake_convert)
    lex.log.unlink()
    corpus[0].write_text("Changed text.", encoding="utf-8")
    renamed = corpus[1].with_name("renamed.txt")
    corpus[1].rename(renamed)
    pipeline.convert_many([corpus[0], renamed, *corpus[2:5]], lex, cache_dir=cache, converter=fake_convert)
    assert sorted(conversions(lex)) == sorted([corpus[0].name, "renamed.txt"])
    lex.log.unlink()
    newer = FakeLexicon("v2", lex.log)
    facts = pipeline.convert_many(corpus[2:5], newer, cache_dir=cache, converter=fake_convert)
    assert len(conversions(newer)) == 3
    assert facts[0].digest == hashlib.sha256(corpus[2].read_bytes() + b"v2").hexdigest()


def test_damaged_cache_entry_is_converted_again(corpus, tmp_path):
    cache = tmp_path / "cache"
    lex = FakeLexicon("v1", tmp_path / "log")
    pipeline.convert_many(corpus[:3], lex, cache_dir=cache, converter=fake_convert)
    entries = sorted(cache.rglob("*.pickle"))
    assert len(entries) == 3
    entries[0].write_bytes(b"not a pickle")
    lex.log.unlink()
    facts = pipeline.convert_many(corpus[:3], lex, cache_dir=cache, converter=fake_convert)
    assert len(conversions(lex)) == 1
    assert [f.name for f in facts] == [p.name for p in corpus[:3]]


def test_cache_needs_a_lexicon_version(corpus, tmp_path):
    @dataclass
    class NoVersion:
        log: Path

    with pytest.raises(TypeError, match="version"):
        pipeline.convert_many(corpus[:2], NoVersion(tmp_path / "log"), cache_dir=tmp_path / "c",
                              converter=fake_convert)


def test_progress_bar_goes_to_stderr(corpus, tmp_path, capsys):
    lex = FakeLexicon("v1", tmp_path / "log")
    pipeline.convert_many(corpus, lex, progress=True, converter=fake_convert)
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "converting" in captured.err


# ----- with the real converter ------------------------------------------------

needs_converter = pytest.mark.skipif(importlib.util.find_spec("diplograph.extract.convert") is None,
                                     reason="diplograph.extract.convert is not written yet")


def _turtle(graph) -> bytes:
    return graph.serialize(format="turtle").encode("utf-8")


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    from generate_corpus import generate

    folder = tmp_path_factory.mktemp("generated")
    generate(folder, 50, seed=3)
    return folder


@needs_converter
def test_jobs_two_gives_the_same_turtle_on_the_seeds():
    from diplograph.build import build_graph

    seeds = ROOT / "seeds"
    assert _turtle(build_graph(seeds, jobs=2)) == _turtle(build_graph(seeds, jobs=1))


@pytest.mark.slow
@needs_converter
def test_jobs_two_gives_the_same_turtle_on_a_generated_corpus(generated):
    from diplograph.build import build_graph

    one = _turtle(build_graph(generated, jobs=1))
    assert len(one) > 10_000
    assert _turtle(build_graph(generated, jobs=2)) == one


@pytest.mark.slow
@needs_converter
def test_incremental_build_equals_full_rebuild(generated, tmp_path):
    from diplograph.build import build_graph

    folder = tmp_path / "docs"
    folder.mkdir()
    files = sorted(generated.glob("*.txt"))
    for f in files[:-1]:
        (folder / f.name).write_bytes(f.read_bytes())
    cache = tmp_path / "cache"
    build_graph(folder, jobs=2, cache_dir=cache)
    (folder / files[-1].name).write_bytes(files[-1].read_bytes())
    incremental = _turtle(build_graph(folder, jobs=1, cache_dir=cache))
    assert pipeline.last_stats.converted == 1
    assert pipeline.last_stats.cached == len(files) - 1
    assert incremental == _turtle(build_graph(folder, jobs=1))


@pytest.mark.slow
@needs_converter
def test_added_document_that_joins_a_known_meeting_gives_the_full_rebuild(generated, tmp_path):
    """The new text reports a meeting other texts already report: the merged meeting (its claims,
    participations, evidence, label) must come out as a full build makes it, not as a second node."""
    from diplograph.build.assemble import build_store, turtle_bytes
    from diplograph.extract.convert import convert_file, load_lexicon
    from diplograph.graph.merge import merge_documents

    lexicon = load_lexicon()
    files = sorted(generated.glob("*.txt"))
    merged = merge_documents([convert_file(f, lexicon) for f in files], lexicon)
    shared = next(c for c in merged.meetings if len({d.name for d, _ in c.reports}) >= 2)
    newcomer = max(d.name for d, _ in shared.reports)  # the last of its reporters, added last
    folder = tmp_path / "docs"
    folder.mkdir()
    for f in files:
        if f.name != newcomer:
            (folder / f.name).write_bytes(f.read_bytes())
    cache = tmp_path / "cache"
    before = turtle_bytes(build_store(folder, jobs=2, cache_dir=cache, lexicon=lexicon))
    (folder / newcomer).write_bytes((generated / newcomer).read_bytes())
    incremental = turtle_bytes(build_store(folder, jobs=1, cache_dir=cache, lexicon=lexicon))
    assert pipeline.last_stats.converted == 1
    assert incremental != before
    assert incremental == turtle_bytes(build_store(folder, jobs=1, lexicon=lexicon))
    # the meeting holds the newcomer's report: its evidence is cited by the one merged node
    assert f"evidence/{Path(newcomer).stem}/".encode() in incremental
    meeting = f"<https://w3id.org/diplograph/id/{shared.iri}>".encode()
    assert meeting in incremental


def test_turtle_does_not_depend_on_the_order_triples_were_added():
    import pyoxigraph as ox

    from diplograph.build.assemble import turtle_bytes

    lines = [b'<https://w3id.org/diplograph/id/b> <http://www.w3.org/2000/01/rdf-schema#label> "b" .',
             b'<https://w3id.org/diplograph/id/a> <https://w3id.org/diplograph/ontology#date> '
             b'"2021-07-14"^^<http://www.w3.org/2001/XMLSchema#date> .',
             b'<https://w3id.org/diplograph/id/a> <http://www.w3.org/2000/01/rdf-schema#label> "a" .']
    outputs = set()
    for order in (lines, lines[::-1], lines[1:] + lines[:1]):
        store = ox.Store()
        store.load(b"\n".join(order) + b"\n", format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
        outputs.add(turtle_bytes(store))
    assert len(outputs) == 1
    text = outputs.pop().decode()
    assert text.startswith("@prefix dcterms:") and '"2021-07-14"^^xsd:date' in text
    assert text.index("/id/a>") < text.index("/id/b>")


@pytest.mark.slow
@needs_converter
def test_indexed_clustering_chooses_as_trying_every_cluster(generated):
    from diplograph.extract.convert import convert_file, load_lexicon
    from diplograph.graph import merge

    lexicon = load_lexicon()
    docs = sorted((convert_file(f, lexicon) for f in sorted(generated.glob("*.txt"))), key=lambda d: d.name)
    naive: list = []
    for d in docs:
        for mf in d.meetings:
            target = next((c for c in naive if merge._same(c, mf)), None)
            if target is None:
                target = merge.MergedMeeting(iri="")
                naive.append(target)
            target.reports.append((d, mf))
            merge._absorb(target, mf)
    clustering = merge._Clustering(docs)
    for i in range(len(docs)):
        clustering.add(i)
    indexed = clustering.clusters
    assert any(len(c.reports) > 1 for c in indexed)
    assert [[(d.name, m.local_id) for d, m in c.reports] for c in indexed] == \
        [[(d.name, m.local_id) for d, m in c.reports] for c in naive]


def _merged_view(merged):
    meetings = [(c.iri, c.label, c.date, c.city, c.chair, c.series, c.ordinal, c.basis, sorted(c.states),
                 sorted(c.orgs), c.side, [(d.name, m.local_id) for d, m in c.reports]) for c in merged.meetings]
    actors = [(k, a.kind, a.label, sorted(a.aliases), a.reference, a.located_in) for k, a in merged.actors.items()]
    return meetings, actors


@pytest.mark.slow
@needs_converter
def test_merging_resumed_from_a_kept_state_equals_merging_all(generated):
    import pickle

    from diplograph.extract.convert import convert_file, load_lexicon
    from diplograph.graph import merge
    from diplograph.graph.records import record

    lexicon = load_lexicon()
    records = [record(convert_file(f, lexicon)) for f in sorted(generated.glob("*.txt"))]
    ids = [f"key-{r.name}" for r in records]
    full = merge.merge_records(records, lexicon, ids=ids)
    assert full.state is not None and not full.resumed
    shuffled = list(range(len(records)))
    random.Random(3).shuffle(shuffled)    # merging sorts by name: the order records come in must not matter
    for cut in (1, len(records) // 3, len(records) - 1):
        first = merge.merge_records(records[:cut], lexicon, ids=ids[:cut])
        kept = pickle.loads(pickle.dumps(first.state))     # as an incremental build keeps it
        resumed = merge.merge_records([records[i] for i in shuffled], lexicon, ids=[ids[i] for i in shuffled],
                                      since=kept)
        assert resumed.resumed, cut
        assert _merged_view(resumed) == _merged_view(full), cut
        assert resumed.state == full.state, cut     # and it can go on again
    # a kept state whose documents are not the first ones is not used
    changed = [*ids[:-2], "another key", ids[-1]]
    other = merge.merge_records(records, lexicon, ids=changed, since=full.state)
    assert not other.resumed and _merged_view(other) == _merged_view(full)


def test_meetings_sharing_a_base_name_take_the_first_free_number():
    from types import SimpleNamespace

    from diplograph.graph.merge import _name

    def meeting(city):
        return SimpleNamespace(date=None, city=city, series=None, side=False, states=(), ordinal=None)

    clusters = [meeting(c) for c in ("city/kabul", "city/kabul", "city/kabul-2", "city/kabul", "city/doha",
                                     "city/kabul")]
    _name(clusters, {})
    assert [c.iri for c in clusters] == ["meeting/undated-kabul", "meeting/undated-kabul-2",
                                         "meeting/undated-kabul-2-2", "meeting/undated-kabul-3",
                                         "meeting/undated-doha", "meeting/undated-kabul-4"]
    assert clusters[0].label == "Meeting"
