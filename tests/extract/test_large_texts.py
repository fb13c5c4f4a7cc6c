"""Large texts: a per-document size limit, and conversion work linear in the text's size (issue 17, item 4).

Nothing here measures time: the work is counted as the Python lines run (deterministic), on texts of
two sizes, and as the mentions a lookup touches.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.errors import DiplographError
from diplograph.extract.lexicon import load_lexicon
from diplograph.extract.mentions import DocMentions, Mention, find_mentions
from diplograph.extract.text import TextTooLarge, read_document

TEXTS = Path(__file__).resolve().parents[1] / "texts"


def _folder(tmp_path: Path, size: int = 3000) -> Path:
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "big.txt").write_text("The ministers met in Almaty. " * (size // 29 + 1), encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def _limit_restored(monkeypatch):
    # `build --max-text-mb` sets the variable for its workers; undo it for the next tests in this process
    # (setenv records the variable's absence and restores it; delenv of an absent variable records nothing)
    monkeypatch.setenv("DIPLOGRAPH_MAX_TEXT_MB", "5")


def test_build_refuses_a_text_above_the_limit_given_as_option(tmp_path):
    folder = _folder(tmp_path)
    out = tmp_path / "g.ttl"
    res = CliRunner().invoke(cli, ["build", "--seeds", str(folder), "-o", str(out), "--no-validate", "--quiet",
                                   "--max-text-mb", "0.001"])
    assert res.exit_code == 2, res.output
    assert "big.txt" in res.output and "0.001 MB" in res.output and "3,016 bytes" in res.output
    assert not out.exists()


def test_the_limit_comes_from_the_environment_for_every_reader(tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    monkeypatch.setenv("DIPLOGRAPH_MAX_TEXT_MB", "0.002")
    with pytest.raises(TextTooLarge) as err:
        read_document(folder / "big.txt")
    assert isinstance(err.value, DiplographError) and err.value.exit_code == 2
    assert "big.txt" in str(err.value) and "above the limit of 0.002 MB" in str(err.value)
    res = CliRunner().invoke(cli, ["explain", str(folder / "big.txt")])
    assert res.exit_code == 2 and "above the limit" in res.output
    monkeypatch.setenv("DIPLOGRAPH_MAX_TEXT_MB", "0.01")
    assert read_document(folder / "big.txt").text.startswith("The ministers")


def test_a_bad_limit_is_refused(tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    monkeypatch.setenv("DIPLOGRAPH_MAX_TEXT_MB", "lots")
    res = CliRunner().invoke(cli, ["build", "--seeds", str(folder), "-o", str(tmp_path / "g.ttl"), "--quiet"])
    assert res.exit_code == 2 and "DIPLOGRAPH_MAX_TEXT_MB" in res.output


def _lines_run(fn, *args) -> int:
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        fn(*args)
    finally:
        sys.settrace(None)
    return count


def test_finding_mentions_is_linear_in_the_text():
    lexicon = load_lexicon()
    body = "\n\n".join(read_document(p).text for p in sorted(TEXTS.glob("*.txt")))
    find_mentions(body, lexicon)        # patterns compiled, caches filled
    small = _lines_run(find_mentions, "\n\n".join([body] * 2), lexicon)
    large = _lines_run(find_mentions, "\n\n".join([body] * 8), lexicon)
    # four times the text: four times the work (a scan of every mention per title was 10x here)
    assert large < 4.6 * small, (small, large)


class _Counting(list):
    touched = 0

    def __getitem__(self, i):
        item = super().__getitem__(i)
        type(self).touched += len(item) if isinstance(i, slice) else 1
        return item


def test_in_span_touches_only_the_mentions_it_returns():
    mentions = _Counting(Mention(i * 10, i * 10 + 5, "X", "state/x", "state") for i in range(10_000))
    dm = DocMentions(mentions, [], {}, {})
    _Counting.touched = 0
    for i in range(0, 10_000, 100):
        assert len(dm.in_span(i * 10, i * 10 + 25)) == 3
    assert _Counting.touched < 100 * 5     # a slice of the rest of the list copied up to 10,000 each


def test_adding_the_recognizers_names_is_linear_in_the_text():
    from diplograph.extract import nlp
    from diplograph.extract.components import PIPELINE, Doc
    from diplograph.extract.parsed_stances import cue_words
    from diplograph.extract.text import clean_text

    lexicon = load_lexicon()
    body = "\n\n".join(read_document(p).text for p in sorted(TEXTS.glob("*.txt")))
    names = [name for name, _ in PIPELINE]
    upto_ner, ner = PIPELINE[:names.index("ner")], PIPELINE[names.index("ner")][1]

    def work(copies: int) -> int:
        doc = Doc(src=clean_text("\n\n".join([body] * copies), name="big.txt"), lexicon=lexicon, kind="NewsReport")
        for _, fn in upto_ner:
            fn(doc)
        nlp.parse(doc.text, cue_words(lexicon))       # parsed before counting: the parser is not ours
        return _lines_run(ner, doc)

    small, large = work(2), work(8)
    # four times the text: four times the work (every name checked against every mention was 10x here)
    assert large < 4.6 * small, (small, large)
