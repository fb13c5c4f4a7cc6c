"""What the converter found in each sentence of a text, and why it found nothing where it did not.

`diplograph explain FILE` prints this; it runs the same components as the
build (extract/components.py), so what it shows is what the graph gets.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..facts import MeetingFact, StanceFact
from . import components, nlp
from .lexicon import Lexicon
from .parsed_stances import _MAIN_DEPS, VerbTable, _table, cue_words, stance_type
from .text import SourceText


@dataclass
class SentenceReport:
    index: int
    start: int
    end: int
    text: str
    entities: list[tuple[str, str, str]] = field(default_factory=list)      # (surface, kind, key)
    meetings: list[str] = field(default_factory=list)
    stances: list[dict] = field(default_factory=list)
    designations: list[dict] = field(default_factory=list)
    why_not: list[str] = field(default_factory=list)


def explain(src: SourceText, lexicon: Lexicon, kind: str) -> tuple[list[SentenceReport], Counter]:
    """Each sentence's findings, and the counts of candidates dropped, by (component, reason)."""
    doc = components.run(src, lexicon, kind)
    table = _table(id(lexicon), lexicon)
    parses = {ps.offset: ps for ps in nlp.parse(doc.text, cue_words(lexicon))}
    meeting_of: dict[tuple[int, int], list[MeetingFact]] = {}
    for m in doc.meetings:
        for ev in m.evidence:
            meeting_of.setdefault((ev.start, ev.end), []).append(m)
    out = []
    assert doc.mentions is not None     # the components always find the mentions
    for i, s in enumerate(doc.sentences):
        rep = SentenceReport(i + 1, s.start, s.end, s.text)
        rep.entities = [(m.surface, m.kind, m.key) for m in doc.mentions.in_span(s.start, s.end)]
        for m in doc.meetings:
            if any(ev.start < s.end and s.start < ev.end for ev in m.evidence):
                bits = [m.local_id, m.date or "no date", m.city or "no city"]
                if m.ordinal:
                    bits.append(f"ordinal {m.ordinal}")
                if m.states:
                    bits.append("states " + ", ".join(m.states))
                rep.meetings.append("; ".join(bits))
        inside = [x for x in doc.stances if s.start <= x.evidence.start < s.end]
        for x in inside:
            rep.stances.append({"type": x.type, "holders": x.holders, "addressees": x.addressees,
                                "topics": x.topics, "inferred": x.holder_inferred,
                                "by": doc.origin.get(id(x), "?"), "words": x.evidence.text})
        for d in doc.designations:
            if s.start <= d.evidence.start < s.end:
                rep.designations.append({"designee": d.designee, "authorities": d.authorities})
        ps = parses.get(s.start)
        if ps is not None and ps.doc is not None:
            rep.why_not = _why_not(ps, table, doc, inside)
        out.append(rep)
    dropped = Counter((c, d.reason) for c, d in doc.dropped)
    return out, dropped


def _why_not(ps: nlp.ParsedSentence, table: VerbTable, doc: components.Doc, found: list[StanceFact]) -> list[str]:
    """For each stance or reporting verb of the sentence that gave no stance: the reason."""
    reasons = []
    assert ps.doc is not None   # asked only of a parsed sentence
    for tok in ps.doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX") or lemma not in (table.verbs.keys() | table.reporting | table.emphasis
                                                              | table.light | table.particle.keys()):
            continue
        a = ps.start(tok)
        if any(x.evidence.start <= a < x.evidence.end for x in found):
            continue
        dropped = [d for c, d in doc.dropped if d.start <= a < d.end]
        if dropped:
            # the last component's word on it: a courtesy or a headline, dropped after the finders ran
            reasons.append(f"{tok.text!r}: dropped: {dropped[-1].reason}")
        elif any(x.evidence.start <= a < x.evidence.end for x in doc.stances):
            continue
        elif tok.dep_ not in _MAIN_DEPS:
            reasons.append(f"{tok.text!r}: not the verb of a main or reported clause (it is {tok.dep_})")
        elif stance_type(tok, table) is None:
            reasons.append(f"{tok.text!r}: its object names no position (a reporting verb with no demand, "
                           f"or a light verb whose noun is not a stance noun)")
        else:
            reasons.append(f"{tok.text!r}: a clause the parse does not attach to a speaker's report "
                           f"({tok.dep_} of {tok.head.text!r})")
    return reasons
