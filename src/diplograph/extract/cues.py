"""The stance finder's patterns, compiled once per lexicon from its data files.

Cue words and their types, reporting verbs, the verbs that open a
coordinated clause, collective subjects and list markers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from .lexicon import Lexicon, StanceCue
from .regex_trie import trie_pattern

# When and where the next meeting is held is the calendar, not a position: "agreed that the next round
# of the dialogue will be held in Muscat", "agreed to hold their next meeting in Cairo", "to meet again"
NEXT_MEETING = re.compile(
    r"\s*(?:(?:that\s+)?the\s+next\s+(?:round|meeting|session|summit)\b[^.;]{0,80}?\b(?:will|would|is to|shall)\s+"
    r"(?:be held|take place|be hosted|be convened)\b|"
    r"(?:(?:agreed|decided|resolved)\s+)?(?:to\s+)?(?:hold|convene|host)\s+(?:the|their|its|a)\s+(?:next|following|"
    r"\d+(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd))\s+(?:[\w-]+\s+){0,6}?(?:round|meeting|session|summit|talks|"
    r"consultations|dialogue)\b|(?:(?:agreed|decided)\s+)?(?:to\s+)?meet\s+again\b)", re.I)


# "stressed the need for a coordinated approach": a thing needed is backed, not demanded of anyone;
# "the need for the parties to comply" asks something of whoever it names, and "the need for focusing
# on ..." names an act to take, as "the need to focus" does
_NEED_FOR = re.compile(r"(?:need|necessity)\s+for\s+", re.I)
_ACT_OR_AGENT = re.compile(
    r"[^.;:]{0,140}?\b(?:[A-Z][\w'’-]+|countries|parties|sides|states|authorities|governments?|community|members|"
    r"nations|all|both|each|every\w*)\b[^.;:]{0,100}?\s+to\s+(?!the\b|a\b|an\b)[a-z]", )
_GERUND = re.compile(r"(?:the\s+)?[a-z]+ing\b(?!\s+of\b)")


# "should be partners rather than rivals", "must remain a zone of peace": a modal before a copula and what
# a thing is to be states a view; "should be held responsible", "must be respected" still ask for an act
COPULAS = ("be", "remain", "become", "stay")
_COPULA_AFTER_MODAL = re.compile(
    r"\s+(?:not\s+|also\s+|always\s+|only\s+)*(?:" + "|".join(COPULAS) + r")\s+"
    r"(?!(?:\w+ly\s+)?(?:\w+ed|held|made|done|taken|given|seen|built|kept|met|set|brought|put|left|won|bound|found|shown|known|drawn|understood|paid|sent|"
    r"spent|allowed|able|ready|willing|prepared)\b)(?:a|an|the|[a-z]+)\b", re.I)


def states_a_view(text: str, modal_end: int) -> bool:
    """Whether the modal ending at `modal_end` is followed by a copula and what a thing is to be."""
    return _COPULA_AFTER_MODAL.match(text, modal_end) is not None


def thing_needed(text: str, pos: int, end: int) -> bool:
    """Whether "need for" at `pos` (before `end`) names a thing needed rather than an act asked of
    someone: a Demand cue there is support for that thing."""
    m = _NEED_FOR.match(text, pos)
    if m is None:
        return False
    if _GERUND.match(text, m.end()):
        return False
    return _ACT_OR_AGENT.match(text[:end], m.end()) is None


class _Patterns:
    """The stance finder's compiled patterns: built once per lexicon, not once per document."""

    collective_rx: re.Pattern[str]
    other_rx: re.Pattern[str]
    pronoun_rx: re.Pattern[str]
    markers_rx: re.Pattern[str]
    cues: dict[str, StanceCue]
    cue_rx: re.Pattern[str]
    report_rx: re.Pattern[str]
    split_rx: re.Pattern[str]
    purpose_rx: re.Pattern[str]
    infinitive_nouns: set[str]
    verbs: set[str]


@cache
def _patterns(lex_id: int, lexicon: Lexicon) -> _Patterns:
    p = _Patterns()
    coll = lexicon.yaml["collectives"]
    p.collective_rx = re.compile(_phrase_rx(coll["meeting_collectives"], anchored=True).pattern + "|" +
                                 coll["meeting_collective_pattern"], re.I)
    p.other_rx = _phrase_rx(coll["other_participants"], anchored=True)
    p.pronoun_rx = _phrase_rx(coll["pronouns"], anchored=True)
    p.markers_rx = re.compile(
        r"^(?:" + "|".join(re.escape(m) for m in sorted(coll["list_markers"], key=len, reverse=True))
        + r")\b\s*(?:,|:|-|is to|is that|is)?\s*"
        # a bullet, "1." or "(a)" opens an item as the words "First," do
        r"|^(?:[•·▪●◦*–—-]|\(?\d{1,2}[.)]|\([a-z]\))\s+", re.I)
    cues = sorted(lexicon.stance_cues, key=lambda c: -len(c.phrase))
    p.cues = {c.phrase.lower(): c for c in cues}
    p.cue_rx = re.compile(r"(?<![\w-])(" + _alternation(c.phrase for c in cues) + r")(?![\w-])", re.I)
    p.report_rx = re.compile(r"(?<![\w-])(" + _alternation(lexicon.reporting_verbs) + r")(?![\w-])", re.I)
    verbs = lexicon.verb_forms | {c.phrase.lower() for c in cues if " " not in c.phrase} | {
        r.lower() for r in lexicon.reporting_verbs if " " not in r}
    adv = "|".join(sorted(lexicon.adverbs | {"especially", "particularly", "also"}))
    # a phrase that opens with a verb opens a clause too: ", pointed out that ...", ", called on ..."
    phrases = {x for x in [*(c.phrase for c in cues if c.phrase.split()[0].lower() in verbs),
                           *lexicon.reporting_verbs] if " " in x}
    verb_alt = _alternation([*phrases, *verbs])
    # where a coordinated clause starts: ", and [adv] VERB", "; ", ", VERB", " and to VERB"
    p.split_rx = re.compile(
        rf"(?:;\s*(?:and\s+)?|,\s*(?:and\s+|as well as\s+)?(?:(?:{adv})\s+)*(?=(?:to\s+)?(?:{verb_alt})(?![\w-]))"
        rf"|\s+and\s+(?:(?:{adv})\s+)*(?=(?:to\s+)?(?:{verb_alt})(?![\w-]))"
        rf"|,?\s+and\s+(?=(?:it|they|he|she|we)\s+(?:(?:{adv})\s+)*(?:{verb_alt})(?![\w-]))"
        rf"|,\s*with a view to\s+"
        # ", while calling on X to ...": a participle after "while" holds a position of its own
        rf"|,\s*(?:while|whilst)\s+(?=(?:{_alternation(c.phrase for c in cues)})(?![\w-]))"
        rf"|,?\s+but\s+(?=(?:would|will|should|must|could|can|did|does|do|also)\b))", re.I)
    # "call on X to form a government to protect ...": a second infinitive after a noun, a further aim
    p.purpose_rx = re.compile(rf"(?<=[A-Za-z])\s+to\s+(?=(?:{verb_alt})(?![\w-]))", re.I)
    p.infinitive_nouns = {w.lower() for w in lexicon.yaml["verbs"].get("infinitive_nouns", [])}
    p.verbs = verbs
    return p


@lru_cache(maxsize=8192)
def _norm(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.lower().replace("’", "'"))


def _flex_token(ch: str) -> str:
    return r"\s+" if ch == " " else "['’]" if ch == "'" else re.escape(ch)


def _flex(phrase: str) -> str:
    return "".join(map(_flex_token, phrase))


def _alternation(phrases: Iterable[str]) -> str:
    """Any of the phrases, longest first, case-folded (the patterns are compiled with re.I)."""
    return trie_pattern({p.lower() for p in phrases}, _flex_token)


def _phrase_rx(phrases: list[str], anchored: bool) -> re.Pattern:
    body = "|".join(_flex(p.lower()) for p in sorted(phrases, key=len, reverse=True))
    return re.compile((r"^(?:" if anchored else r"(?:") + body + r")\b", re.I)


def _inside_quote(text: str, start: int, pos: int) -> bool:
    seg = text[start:pos]
    return seg.count("“") > seg.count("”")
