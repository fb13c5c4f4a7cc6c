"""Sentences and clauses, as character spans of the cleaned text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words after which a full stop does not end a sentence.
_ABBREV = {"mr", "mrs", "ms", "dr", "st", "no", "sept", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
           "sep", "oct", "nov", "dec", "gen", "lt", "col", "gov", "sen", "rep", "u.s", "u.n", "etc.,",
           "h.e", "vs", "e.g", "i.e", "approx", "jr", "sr", "inc", "ltd", "co"}
_BOUNDARY = re.compile(r"[.!?][\"”’)\]]*(?=\s+[\"“‘(]?[A-Z0-9])|\n+")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0)[0] == ".":
            word = re.search(r"([\w.]+)\.$", text[max(0, m.start() - 12):m.start() + 1])
            if word:
                w = word.group(1).lower()
                # "Mr.", "Sept.", and an initial like "V." do not end a sentence
                if w in _ABBREV or (len(w) == 1 and w.isalpha()):
                    continue
        end = m.end() if m.group(0)[0] != "\n" else m.start()
        _emit(text, start, end, out)
        start = m.end()
    _emit(text, start, len(text), out)
    return out


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces, joining words and punctuation from both ends of a span."""
    lead = re.compile(r"(?:[\s,;:.\-–—]+|(?:and|or|but|that|to|as well as|while|also|then|which)\b\s*)",
                      re.I)
    trail = re.compile(r"(?:[\s,;:\-–—]+|\b(?:and|or|but|as well as)\s*)$", re.I)
    changed = True
    while changed and start < end:
        changed = False
        m = lead.match(text, start, end)
        if m and m.end() > start:
            start, changed = m.end(), True
        m = trail.search(text, start, end)
        if m and m.start() < end and m.end() == end:
            end, changed = m.start(), True
    return start, end
