"""The synthetic corpus of benchmarks/generate_corpus.py: seeded, varied, of the genre."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import generate_corpus as gc  # noqa: E402


def _texts(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


def test_same_seed_gives_the_same_bytes(tmp_path):
    gc.generate(tmp_path / "a", 30, seed=5)
    gc.generate(tmp_path / "b", 30, seed=5)
    gc.generate(tmp_path / "c", 30, seed=6)
    a, b, c = _texts(tmp_path / "a"), _texts(tmp_path / "b"), _texts(tmp_path / "c")
    assert a == b
    assert len(a) == 30
    assert set(a.values()).isdisjoint(c.values())


def test_a_smaller_corpus_is_a_prefix_of_a_larger_one(tmp_path):
    gc.generate(tmp_path / "small", 10, seed=1)
    gc.generate(tmp_path / "large", 25, seed=1)
    small, large = _texts(tmp_path / "small"), _texts(tmp_path / "large")
    assert all(large[name] == text for name, text in small.items())
    gc.generate(tmp_path / "next", 1, seed=1, start=25)
    extra = _texts(tmp_path / "next")
    assert len(extra) == 1 and not set(extra) & set(large)


def test_documents_are_about_five_hundred_words(tmp_path):
    texts = _texts_of(tmp_path, 60)
    words = [len(t.split()) for t in texts.values()]
    assert all(380 <= w <= 1000 for w in words), words
    assert 430 <= sum(words) / len(words) <= 700


def _texts_of(folder: Path, n: int) -> dict[str, str]:
    gc.generate(folder / "x", n, seed=2)
    return _texts(folder / "x")


def test_sentence_shapes_and_kinds_vary(tmp_path):
    texts = list(_texts_of(tmp_path, 120).values())
    joined = "\n".join(texts)
    for cue in ["urged", "called on", "concern", "reaffirmed", "welcomed", "condemned", "opposed",
                "support", "said that", "namely", "-point proposal", "designated", "Joint Statement",
                "attended", "local time", "Skip to main content", " date 20"]:
        assert cue in joined, cue
    # No single sentence shape dominates: many distinct sentence openings.
    openings = {" ".join(s.split()[:3]) for t in texts for s in re.split(r"(?<=[.:])\s+", t) if s}
    assert len(openings) > 600
    # Documents differ from each other in their sentences, not only in names.
    first_body = {t.split("\n\n")[2][:40] for t in texts if t.count("\n\n") > 3}
    assert len(first_body) > 60


def test_fallback_actors_when_the_lexicon_is_absent(tmp_path):
    pools = gc.load_pools(tmp_path / "missing.ttl", fictional_people=50)
    assert len(pools.states) >= 10 and len(pools.groups) >= 5
    assert len(pools.persons) == 50
    name, text = gc.document(0, pools, seed=0)
    assert re.fullmatch(r"000000_[0-9a-f]{16}\.txt", name)
    assert len(text.split()) > 300


def test_reference_actors_are_read_from_turtle(tmp_path):
    ttl = tmp_path / "actors.ttl"
    ttl.write_text("""
@prefix dg: <https://w3id.org/diplograph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@base <https://w3id.org/diplograph/id/> .
<state/freedonia> a dg:State ; skos:prefLabel "Freedonia"@en .
<place/fredville> a dg:Place ; skos:prefLabel "Fredville"@en ; dg:locatedIn <state/freedonia> .
<person/rufus-firefly> a dg:Person ; skos:prefLabel "Rufus Firefly"@en ; dg:nationality <state/freedonia> .
<org/sylvanian-front> a dg:ArmedGroup ; skos:prefLabel "Sylvanian Front"@en .
""", encoding="utf-8")
    pools = gc.load_pools(ttl, fictional_people=0)
    assert any(s.name == "Freedonia" for s in pools.states)
    assert ("Fredville", next(s for s in pools.states if s.name == "Freedonia")) in pools.places
    assert any(p.name == "Rufus Firefly" and p.state.name == "Freedonia" for p in pools.persons)
    assert ("Sylvanian Front", "") in pools.groups


def test_command_line_writes_the_folder(tmp_path, capsys):
    assert gc.main(["--size", "7", "--seed", "4", "-o", str(tmp_path / "out")]) == 0
    assert len(list((tmp_path / "out").glob("*.txt"))) == 7
    assert "wrote 7 documents" in capsys.readouterr().err
