"""`diplograph build` as a user meets it: awkward inputs, failures that must
leave the previous graph alone, help text, and parallel builds.

Every test runs the command in-process (CliRunner) inside tmp_path, so the
default annotations/ and build/ folders are the test's own.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, SKOS, Graph, Literal

from diplograph import pipeline
from diplograph.cli import cli
from diplograph.vocab import DG, DGR

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
TEXTS = Path(__file__).resolve().parents[1] / "texts"

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
MEETING_TEXT = ("On 3 May 2024, French Foreign Minister Zoé Dubé met German Foreign Minister Karl Lenz in "
                "Paris. Dubé said France didn’t support new sanctions.")
PREVIOUS = b"# the graph of yesterday's build\n<urn:x> <urn:y> <urn:z> .\n"


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def build(*args: str):
    return CliRunner().invoke(cli, ["build", *args])


def folder_with(tmp_path: Path, name: str, files: dict[str, bytes]) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for fname, data in files.items():
        (folder / fname).write_bytes(data)
    return folder


def no_traceback(result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception


def load(path: Path) -> Graph:
    g = Graph()
    g.parse(path, format="turtle")
    return g


def count(g: Graph, cls) -> int:
    return len(set(g.subjects(RDF.type, cls)))


# ----- help ---------------------------------------------------------------------------


def test_help_explains_the_options():
    result = build("--help")
    assert result.exit_code == 0
    for option in ("--seeds", "--annotations", "-o, --output", "--jobs", "--cache-dir", "--no-validate",
                   "--quiet"):
        assert option in result.output, option
    text = " ".join(result.output.split())
    assert "Folder of source texts" in text
    assert "Written only if the graph validates" in text
    assert "same for any number" in text  # --jobs does not change the output


# ----- awkward inputs --------------------------------------------------------------------


def test_text_without_a_meeting_gives_the_document_and_no_meeting(tmp_path):
    words = "Wheat prices in Kabul rose again this spring, and traders expect a poor harvest."
    seeds = folder_with(tmp_path, "docs", {"market.txt": words.encode()})
    out = tmp_path / "g.ttl"
    result = build("--seeds", str(seeds), "-o", str(out))
    assert result.exit_code == 0, result.output
    no_traceback(result)
    g = load(out)
    assert count(g, DG.Document) == 1
    assert count(g, DG.Meeting) == 0
    assert count(g, DG.Stance) == 0
    doc = DGR["doc/market"]
    assert g.value(doc, DG.sourceFile) == Literal("market.txt")
    assert str(g.value(doc, DG.text)) == words


@pytest.mark.parametrize("content", [b"", b"\n \n\t\n"], ids=["empty", "blank"])
def test_empty_file_gives_an_empty_result(tmp_path, content):
    seeds = folder_with(tmp_path, "docs", {"empty.txt": content})
    out = tmp_path / "g.ttl"
    result = build("--seeds", str(seeds), "-o", str(out))
    assert result.exit_code == 0, result.output
    no_traceback(result)
    g = load(out)
    assert count(g, DG.Meeting) == count(g, DG.Stance) == count(g, DG.Designation) == 0
    assert count(g, DG.Document) <= 1
    for doc in g.subjects(RDF.type, DG.Document):
        assert str(g.value(doc, DG.text)).strip() == ""


def test_empty_file_beside_a_real_text_does_not_stop_the_build(tmp_path):
    seeds = folder_with(tmp_path, "docs", {"a_empty.txt": b"", "b_paris.txt": MEETING_TEXT.encode()})
    out = tmp_path / "g.ttl"
    result = build("--seeds", str(seeds), "-o", str(out), "--no-validate")
    assert result.exit_code == 0, result.output
    assert count(load(out), DG.Meeting) == 1


def test_binary_file_is_a_one_line_error_naming_it(tmp_path):
    seeds = folder_with(tmp_path, "docs", {"photo.txt": PNG})
    out = tmp_path / "g.ttl"
    result = build("--seeds", str(seeds), "-o", str(out), "--no-validate")
    assert result.exit_code == 2, result.output
    no_traceback(result)
    errors = [line for line in result.stderr.splitlines() if line.startswith("diplograph:")]
    assert len(errors) == 1
    assert "photo.txt" in errors[0]
    assert "binary" in errors[0] or "not a text" in errors[0]
    assert not out.exists()


def test_file_that_is_not_a_text_by_its_suffix_is_skipped(tmp_path):
    seeds = folder_with(tmp_path, "docs", {"photo.png": PNG, "paris.txt": MEETING_TEXT.encode()})
    out = tmp_path / "g.ttl"
    result = build("--seeds", str(seeds), "-o", str(out), "--no-validate")
    assert result.exit_code == 0, result.output
    g = load(out)
    assert {str(g.value(d, DG.sourceFile)) for d in g.subjects(RDF.type, DG.Document)} == {"paris.txt"}


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_file_in_another_encoding_keeps_its_characters(tmp_path, encoding):
    seeds = folder_with(tmp_path, "docs", {"paris.txt": MEETING_TEXT.encode(encoding)})
    out = tmp_path / "g.ttl"
    result = build("--seeds", str(seeds), "-o", str(out))
    assert result.exit_code == 0, result.output
    no_traceback(result)
    g = load(out)
    assert str(g.value(DGR["doc/paris"], DG.text)) == MEETING_TEXT
    dube = DGR["person/zoe-dube"]
    assert (dube, RDF.type, DG.Person) in g
    assert str(g.value(dube, SKOS.prefLabel)) == "Zoé Dubé"
    assert count(g, DG.Meeting) == 1


ODD_TEXTS = {
    "dateline_only.txt": "ALMATY, 12 June (Reuters) -",
    "metadata_only.txt": " date 2024-01-01 ",
    "punctuation.txt": "....\n---\n!!!",
    "repetitive.txt": "The Ministers met. " * 2000,
    "pashto.txt": "د افغانستان د بهرنیو چارو وزیر په کابل کې وویل چې ...",
    "impossible_date.txt": "On 31 February 2024, the Foreign Ministers of China and Russia met in Moscow.",
    "self_reference.txt": "The Ministers urged the Ministers to urge the Ministers.\n\n\n\nThe Ministers.",
}


def test_odd_texts_build_a_valid_graph(tmp_path):
    seeds = folder_with(tmp_path, "docs", {k: v.encode() for k, v in ODD_TEXTS.items()})
    out = tmp_path / "g.ttl"
    result = build("--seeds", str(seeds), "-o", str(out))
    assert result.exit_code == 0, result.output
    no_traceback(result)
    g = load(out)
    assert count(g, DG.Document) == len(ODD_TEXTS)
    # an impossible date is no date: the meeting stays, undated
    for m in g.subjects(RDF.type, DG.Meeting):
        for value in g.objects(m, DG.date):
            assert not str(value).startswith("2024-02-31")


# ----- a build that fails leaves the previous graph alone -------------------------------------


def _previous(tmp_path: Path) -> Path:
    out = tmp_path / "build" / "diplograph.ttl"
    out.parent.mkdir()
    out.write_bytes(PREVIOUS)
    return out


def test_failed_build_on_a_binary_file_leaves_the_output_untouched(tmp_path):
    out = _previous(tmp_path)
    seeds = folder_with(tmp_path, "docs", {"a_paris.txt": MEETING_TEXT.encode(), "b_photo.txt": PNG})
    result = build("--seeds", str(seeds), "-o", str(out))
    assert result.exit_code == 2
    no_traceback(result)
    assert out.read_bytes() == PREVIOUS
    assert sorted(p.name for p in out.parent.iterdir()) == ["diplograph.ttl"]  # no temp file left


def test_failed_build_on_a_missing_folder_leaves_the_output_untouched(tmp_path):
    out = _previous(tmp_path)
    result = build("--seeds", str(tmp_path / "no-such-folder"), "-o", str(out))
    assert result.exit_code == 2
    no_traceback(result)
    assert "no-such-folder" in result.stderr
    assert out.read_bytes() == PREVIOUS


def test_seeds_that_is_a_file_is_an_error_and_leaves_the_output_untouched(tmp_path):
    out = _previous(tmp_path)
    lone = tmp_path / "one.txt"
    lone.write_text(MEETING_TEXT, encoding="utf-8")
    result = build("--seeds", str(lone), "-o", str(out))
    assert result.exit_code == 2
    no_traceback(result)
    assert out.read_bytes() == PREVIOUS


def test_graph_that_fails_validation_leaves_the_output_and_no_staged_file(tmp_path):
    """The Turtle is written beside the output while validation runs; a failure must remove it."""
    out = _previous(tmp_path)
    seeds = folder_with(tmp_path, "docs", {"paris.txt": MEETING_TEXT.encode()})
    notes = folder_with(tmp_path, "notes", {
        "bad.ttl": (ROOT / "tests" / "validation" / "shapes" / "invalid" / "ClaimAboutShape.ttl").read_bytes()})
    result = build("--seeds", str(seeds), "--annotations", str(notes), "-o", str(out), "--cache-dir",
                   str(tmp_path / "cache"))
    assert result.exit_code == 1
    no_traceback(result)
    assert "ClaimAboutShape" in result.stderr or "dg:about" in result.stderr
    assert out.read_bytes() == PREVIOUS
    assert sorted(p.name for p in out.parent.iterdir()) == ["diplograph.ttl"]


def test_default_output_is_build_graph_in_the_working_folder(tmp_path):
    seeds = folder_with(tmp_path, "docs", {"paris.txt": MEETING_TEXT.encode()})
    result = build("--seeds", str(seeds), "--no-validate", "-q")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "build" / "diplograph.ttl").is_file()
    assert result.output.strip() == ""  # --quiet


# ----- real corpora ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_turtle(tmp_path_factory) -> bytes:
    out = tmp_path_factory.mktemp("seeds") / "g.ttl"
    result = CliRunner().invoke(cli, ["build", "--seeds", str(SEEDS), "-o", str(out), "--jobs", "1",
                                      "--annotations", str(out.parent / "none")])
    assert result.exit_code == 0, result.output
    assert "validated: conforms" in result.stderr
    # the stages, in the order they ran, each with its seconds (issue 18: the next bottleneck in sight)
    stages = [line for line in result.stderr.splitlines() if line.startswith("stages: ")]
    assert len(stages) == 1
    assert re.fullmatch(r"stages: convert [\d.]+ s, merge [\d.]+ s, write [\d.]+ s, validate [\d.]+ s "
                        r"\(write and validate side by side\)", stages[0]), stages
    return out.read_bytes()


def test_seeds_build_validates_and_holds_the_five_documents(seeds_turtle):
    g = Graph().parse(data=seeds_turtle.decode("utf-8"), format="turtle")
    assert count(g, DG.Document) == 5
    assert count(g, DG.Meeting) >= 3


def test_jobs_2_gives_the_same_bytes_as_jobs_1(seeds_turtle, tmp_path):
    out = tmp_path / "j2.ttl"
    result = build("--seeds", str(SEEDS), "-o", str(out), "--jobs", "2", "--no-validate", "-q")
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == seeds_turtle


def test_cache_dir_gives_the_same_bytes(seeds_turtle, tmp_path):
    cache = tmp_path / "cache"
    for run in range(2):  # the first fills the cache, the second reads it
        out = tmp_path / "c.ttl"
        result = build("--seeds", str(SEEDS), "-o", str(out), "--cache-dir", str(cache),
                       "--no-validate", "-q")
        assert result.exit_code == 0, result.output
        assert out.read_bytes() == seeds_turtle
        # the second build reads the kept state: nothing to convert, no document's cache entry to read
        assert pipeline.last_stats.converted == (0 if run else 5)


def test_our_texts_build_and_validate(tmp_path):
    out = tmp_path / "g.ttl"
    result = build("--seeds", str(TEXTS), "-o", str(out))
    assert result.exit_code == 0, result.stderr


def test_participant_without_a_stated_state_does_not_stop_the_build(tmp_path):
    text = ("On 3 May 2024, the Foreign Ministers of France and Germany met in Paris. "
            "Minister Jean-François Crément attended the meeting.")
    seeds = folder_with(tmp_path, "docs", {"paris.txt": text.encode()})
    out = tmp_path / "g.ttl"
    result = build("--seeds", str(seeds), "-o", str(out))
    assert result.exit_code == 0, result.stderr


def test_a_corpus_copied_elsewhere_builds_the_same(seeds_turtle, tmp_path):
    # nothing depends on the folder's path or name, only on the files
    copy = tmp_path / "elsewhere"
    shutil.copytree(SEEDS, copy)
    out = tmp_path / "g.ttl"
    result = build("--seeds", str(copy), "-o", str(out), "--no-validate", "-q")
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == seeds_turtle
