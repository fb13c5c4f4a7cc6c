"""A transcript's turns: who has the floor where.

A briefing or a press conference is written as turns, each opening on a label ("Official
Spokesperson X:", "Question (Name, Outlet):"). "We" and "I" in an official's turn are that official,
whoever the question before it named last.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from .lexicon import Lexicon
from .mentions import DocMentions

# a label of at most a dozen words at a line's start, before a colon
# (a dot only after a courtesy or an initial: "Ms. Ilse Brandvold:", "Shri A. K. Rao:")
_LABEL = re.compile(r"^[ \t]*(?P<label>(?:[^\n:.!?]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\bMrs)\.){1,100}?)"
                    r"[ \t]*:[ \t]+(?=\S)", re.M)

# "A:", "Official Spokesperson:", "MODERATOR:": a turn whose label names no person still ends the one before
_ROLE = re.compile(r"(?:A|Answer|(?:[A-Z][\w'’.-]*|of|the|and|for)(?:[ ,]+(?:[A-Z][\w'’.-]*|of|the|and|for)){0,7})")


@dataclass(frozen=True)
class Turn:
    start: int          # the label's start
    body: int           # where the words spoken begin
    end: int            # the next turn's start, or the text's end
    speaker: str | None  # the person the label names
    question: bool


@cache
def _question_rx(lex_id: int, lexicon: Lexicon) -> re.Pattern[str]:
    words = lexicon.yaml["collectives"].get("question_labels", [])
    return re.compile(r"(?:" + "|".join(re.escape(str(w)) for w in words) + r")\d*\b", re.I)


def find_turns(text: str, dm: DocMentions, lexicon: Lexicon) -> list[Turn]:
    """The text's turns, in order; none unless at least two labels name a person or a question (a
    dateline "Beijing:" or a heading "Note:" alone makes no transcript)."""
    question = _question_rx(id(lexicon), lexicon)
    labels = []
    for m in _LABEL.finditer(text):
        label = m.group("label")
        if len(label.split()) > 12:
            continue
        asks = question.match(label) is not None
        persons = dm.in_span(m.start("label"), m.end("label"), {"person"})
        if asks or persons or _ROLE.fullmatch(label):
            speaker = persons[-1].key if persons else None if asks else _holder_of_office(label, m.start(), dm)
            labels.append((m.start("label"), m.end(), speaker, asks))
    if sum(1 for *_, speaker, asks in labels if speaker or asks) < 2:
        return []
    ends = [at for at, *_ in labels[1:]] + [len(text)]
    # a question is a paragraph; an answer may run on over several before the next label
    sep = "\n\n" if "\n\n" in text else "\n"
    turns = []
    for (at, body, speaker, asks), end in zip(labels, ends, strict=True):
        if asks:
            para = text.find(sep, body, end)
            end = end if para < 0 else para
        turns.append(Turn(at, body, end, speaker, asks))
    return turns


def _holder_of_office(label: str, pos: int, dm: DocMentions) -> str | None:
    """'Spokesperson:' after 'the Weekly Press Briefing by the Spokesperson, Ms. X': the person the text
    last gave the office the label names (by its last word), before the label."""
    words = label.lower().split()
    if not words or words[-1] in ("a", "answer", "moderator", "chair"):
        return None
    held = [tp for tp in dm.titled if tp.title and tp.mention.start < pos
            and tp.title.lower().split()[-1] == words[-1]]
    return max(held, key=lambda tp: tp.mention.start).mention.key if held else None


def turn_at(turns: list[Turn], pos: int) -> Turn | None:
    """The turn whose spoken words hold pos."""
    i = bisect.bisect_right([t.start for t in turns], pos) - 1
    return turns[i] if i >= 0 and turns[i].body <= pos < turns[i].end else None
