"""Sentences and clauses, as character spans of the cleaned text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words after which a full stop does not end a sentence.
_ABBREV = {"mr", "mrs", "ms", "dr", "st", "no", "sept", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
           "sep", "oct", "nov", "dec", "gen", "lt", "col", "gov", "sen", "rep", "u.s", "u.n", "etc.,",
           "h.e", "vs", "e.g", "i.e", "approx", "jr", "sr", "inc", "ltd", "co",
           # honorifics of the genre: "H.H. Sheikh", "H.R.H. Prince", "H.M. King", "Prof.", "Rt. Hon."
           "h.h", "h.r.h", "h.m", "h.e.", "prof", "amb", "hon", "rt", "capt", "maj", "adm", "brig", "gen.", "messrs"}
_BOUNDARY = re.compile(r"[.!?][\"”’)\]]*(?=\s+[\"“‘(]?[A-Z0-9])|\n+")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


_LIST_MARKER = re.compile(r"[-–—•*]|\(?[0-9ivx]{1,3}[.)]\s|[a-z][.)]\s")


def unwrap(text: str) -> str:
    """The text with the line breaks of hard wrapping turned into spaces (same length, same offsets).

    A text copied from a PDF, an e-mail or a fixed-width page breaks its lines every 60-80 characters
    inside sentences. A line break there is not a sentence boundary. Such a text is recognised by its
    lines: most of them long, of similar length, and ending inside a sentence. In it, a single line break
    after a line that does not end a sentence, and before one that does not open a list item, is a space.
    Texts with one paragraph per line are returned unchanged.
    """
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 4:
        return text
    open_ended = [ln for ln in lines if 35 <= len(ln.rstrip()) <= 100 and not re.search(r"[.!?:;\"”]\s*$", ln)]
    if len(open_ended) < 0.4 * len(lines):
        return text
    out = list(text)
    for m in re.finditer(r"(?<!\n)\n(?!\n)", text):
        # the text before the break, without its trailing spaces, is text[:cut] (never copied: a copy
        # of everything before each line break made long texts cost the square of their length)
        cut = m.start()
        while cut > 0 and text[cut - 1] in " \t":
            cut -= 1
        after = text[m.end():m.end() + 8].lstrip(" \t")
        if not cut or text[cut - 1] in ".!?:;" or not after or _LIST_MARKER.match(after):
            continue
        if cut - (text.rfind("\n", 0, cut) + 1) < 25:
            continue    # a short line is a heading or a list item, not a wrapped sentence
        out[m.start()] = " "
    return "".join(out)


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    start = 0
    original, text = text, unwrap(text)
    for m in _BOUNDARY.finditer(text):
        if m.group(0)[0] == ".":
            word = re.search(r"([\w.]+)\.$", text[max(0, m.start() - 12):m.start() + 1])
            if word:
                w = word.group(1).lower()
                # "Mr.", "Sept.", and an initial like "V." do not end a sentence
                if w in _ABBREV or (len(w) == 1 and w.isalpha()):
                    continue
        end = m.end() if m.group(0)[0] != "\n" else m.start()
        _emit(original, start, end, out)
        start = m.end()
    _emit(original, start, len(text), out)
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
