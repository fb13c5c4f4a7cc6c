"""Stances from the dependency parse, for the positions the cue lists do not reach.

The cue-based finder (stances.py) reads the wording of the genre it was
written on. This component reads the parse: every verb whose lemma is a
stance verb (`lexicon/stance_verbs.yaml`), in any inflection or voice, that
heads a main clause, a coordinated clause, or a clause a reporting verb
governs ("said that the sides should ..."). For each:

- holder: the verb's subject (inherited along coordination), resolved to the
  actors it names; a collective or vague subject ("the group", "all", "we",
  "participants", "the Council") or none at all (a passive) is held by the
  meeting's participants as far as the text names them, or else by a node
  that stands for the participants of that meeting, marked as inferred;
- type: the verb's class, or its object noun's after a light verb
  ("expressed concern"), or its object's head after a verb of emphasis
  ("stressed the need for");
- addressee: the direct object of an urging verb, the object of "on" after
  "call", the subject of a passive ("X was urged to");
- evidence: the clause's own words, from the subject (when short) or the
  verb to the end of the verb's phrase, without the coordinated clauses that
  are stances of their own.

A verb inside words the cue-based finder already took is left to it.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from .. import paths
from ..facts import MeetingFact, Span, StanceFact
from . import nlp
from .cues import COPULAS, NEXT_MEETING, thing_needed
from .holders import Holder, HolderResolver
from .lexicon import Entry, Lexicon, inflect
from .mentions import DocMentions, fresh

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CALL_NOUNS = {"call", "calls", "demand", "demands", "appeal", "appeals", "need", "request", "requests"}
_MAIN_DEPS = {"ROOT", "conj", "ccomp", "xcomp", "advcl", "parataxis"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
_ASPECTUAL = {"continue", "remain", "agree", "decide", "vow", "pledge", "resolve"}


@dataclass
class Dropped:
    """A candidate the component did not keep, and why (for `explain` and the build's counts)."""

    start: int
    end: int
    reason: str


@dataclass
class VerbTable:
    verbs: dict[str, str]
    addressee: set[str]
    particle: dict[str, dict[str, str]]
    light: set[str]
    nouns: dict[str, str]
    emphasis: set[str]
    emphasis_nouns: dict[str, str]
    wishes: set[str]
    wish_forms: set[str]
    reporting: set[str]
    modals: set[str]
    collective: set[str]
    irregular: set[str]
    commissive: set[str] = dataclasses.field(default_factory=set)


@cache
def _table(lex_id: int, lexicon: Lexicon) -> VerbTable:
    d = paths.read_yaml(lexicon.home / "lexicon" / "stance_verbs.yaml") or {}
    return VerbTable(
        verbs={str(k): str(v) for k, v in (d.get("verbs") or {}).items()},
        addressee=set(d.get("addressee") or []),
        particle={str(k): {str(a): str(b) for a, b in v.items()} for k, v in (d.get("particle") or {}).items()},
        light=set(d.get("light_verbs") or []),
        nouns={str(k): str(v) for k, v in (d.get("nouns") or {}).items()},
        emphasis=set(d.get("emphasis") or []),
        emphasis_nouns={str(k): str(v) for k, v in (d.get("emphasis_nouns") or {}).items()},
        wishes=set(d.get("wishes") or []),
        wish_forms={f for w in d.get("wishes") or [] for f in inflect(w)},
        reporting=set(d.get("reporting") or []),
        modals=set(d.get("modals") or []),
        collective=set(d.get("collective_heads") or []),
        irregular=set(d.get("irregular_forms") or []),
        commissive=set(d.get("commissive") or []),
    )


def cue_words(lexicon: Lexicon) -> frozenset[str]:
    """The word forms that make a sentence worth parsing: every inflection of a stance, reporting,
    emphasis or light verb, the stance nouns, and the modals."""
    return _cue_words(id(lexicon), lexicon)


@cache
def _cue_words(lex_id: int, lexicon: Lexicon) -> frozenset[str]:
    t = _table(lex_id, lexicon)
    lemmas = set(t.verbs) | t.reporting | t.emphasis | t.light | set(t.particle) | t.wishes
    forms = t.irregular | set(t.nouns) | t.modals
    for lemma in lemmas:
        forms |= inflect(lemma)
    return frozenset(forms)




@dataclass
class Found:
    stances: list[StanceFact] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    inferred: list[str] = field(default_factory=list)   # keys of "participants of" nodes minted


def _object_head(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("dobj", "attr", "oprd"):
            return c
    for c in verb.children:
        if c.dep_ == "prep":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _repeated(obj: Token, table: VerbTable) -> str | None:
    noun = obj.lemma_.lower()
    if noun in table.emphasis_nouns and table.emphasis_nouns[noun] == "Demand" or noun in _CALL_NOUNS:
        return "Demand"
    kind = table.nouns.get(noun)
    # a repeated condemnation, concern or objection is that; "reaffirmed its support" stays a reaffirmation
    return kind if kind in ("Condemnation", "Concern", "Opposition") else None


def stance_type(verb: Token, table: VerbTable) -> str | None:
    """The type a verb token gives its clause, or None when it is not a stance verb here."""
    lemma = verb.lemma_.lower()
    parts = [c.lemma_.lower() for c in verb.children if c.dep_ in ("prt", "prep")]
    # "called for the causes to be addressed": the parser makes "for" the mark of the clause after it
    parts += [g.lemma_.lower() for c in verb.children if c.dep_ in ("advcl", "ccomp", "xcomp")
              for g in c.children if g.dep_ == "mark" and g.i == verb.i + 1]
    if lemma in table.particle:
        for p in parts:
            if p in table.particle[lemma]:
                if p in ("on", "upon") and _visit(verb):
                    return None
                return table.particle[lemma][p]
    obj = _object_head(verb)
    if lemma in table.light:
        # "expressed concern"; "serious concerns were expressed": the noun is the passive's subject
        nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + ([obj] if obj is not None else [])
        for noun in nouns:
            if noun.lemma_.lower() in table.nouns:
                return table.nouns[noun.lemma_.lower()]
    if lemma in table.emphasis:
        if obj is not None and obj.lemma_.lower() in table.emphasis_nouns:
            kind = table.emphasis_nouns[obj.lemma_.lower()]
            sent = obj.sent
            if kind == "Demand" and thing_needed(obj.doc.text, obj.idx, sent.end_char):
                return "Support"
            return kind
        if obj is not None and obj.lemma_.lower() in table.nouns:
            # "underscored Pakistan's strong commitment", "stressed their support": the noun's stance
            return table.nouns[obj.lemma_.lower()]
        if obj is not None:
            return "OtherStance"
        # "underlined that the education of girls was a right": the that-clause is the position, as after
        # a verb of saying ("stressed that X must" a demand)
        for c in verb.children:
            if c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                modal = any(a.lemma_.lower() in table.modals for a in c.children if a.dep_ == "aux")
                return "Demand" if modal else "OtherStance"
        return None
    if lemma == "ask" and verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj")
                                                          for c in verb.children):
        return None     # "Asked about the talks, the spokesperson said ...": a question put to him, no demand
    # (the tagger's lemma of "hopes" is at times "hop": the word's own forms count too)
    if lemma in table.wishes or verb.lower_ in table.wish_forms:
        # "Russia hopes the Afghan authorities will form ...", "wishes the parties to resume ...": a wish
        # for what another is to do asks it of them; "hopes to see progress" is a wish of one's own
        # (the parser makes "wishes the parties to resume" a clause with its own subject and "to")
        for c in verb.children:
            if c.dep_ == "ccomp" and any(g.dep_ == "nsubj" for g in c.children) and any(
                    a.lower_ in ("will", "would", "can", "could", "should", "shall", "to") for a in c.children
                    if a.dep_ == "aux"):
                return "Demand"
        if any(c.dep_ == "dobj" for c in verb.children) and any(c.dep_ in ("xcomp", "ccomp")
                                                                for c in verb.children):
            return "Demand"
        return None
    if lemma in table.verbs:
        t = table.verbs[lemma]
        if t == "Reaffirmation" and obj is not None:
            # "reiterated its strong condemnation", "reaffirmed the need for": a position repeated is
            # that position; "reaffirmed their commitment" stays a reaffirmation
            repeated = _repeated(obj, table)
            if repeated:
                return repeated
        if any(c.dep_ == "neg" for c in verb.children):
            return {"Support": "Opposition", "Welcome": "Opposition"}.get(t)
        return t
    if lemma in table.commissive:
        # "announced that the UAE would host a forum": what a speaker says his side will do is an undertaking
        for c in verb.children:
            if c.dep_ == "ccomp" and any(a.lower_ in ("will", "would", "shall") for a in c.children
                                         if a.dep_ in ("aux", "auxpass")):
                return "Commitment"
    if lemma in table.reporting:
        for c in verb.children:
            if c.dep_ == "ccomp" and any(a.lemma_.lower() in table.modals or
                                         (a.lemma_.lower() == "need" and a.dep_ in ("aux", "ROOT", "ccomp"))
                                         for a in c.children if a.dep_ in ("aux", "auxpass")):
                # "said the two countries should be partners rather than rivals": what a thing is to be
                # is a view (cues.states_a_view); "should be held responsible" still asks for an act
                return "OtherStance" if c.lemma_.lower() in COPULAS else "Demand"
        # "X said that the region was stolen from it": what a party asserts is a position of its own kind
        # (not the words before '"..., X said', where the clause is the quotation's; nor a report's or a
        # source's account of events)
        subject = _subject(verb)
        if subject is not None and subject.lemma_.lower() in _NOT_PARTIES:
            return None
        if any(c.dep_ == "advcl" and c.lemma_.lower() == "ask" and c.tag_ == "VBN" for c in verb.children):
            return None     # "Asked about the talks, the minister said they were useful": an answer, kept out
        for c in verb.children:
            if c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in ("VERB", "AUX") and any(
                    g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
                return _assured(c) or "OtherStance"
    return None


def _assured(clause: Token) -> str | None:
    """'said Afghanistan's soil will not be used against any country', 'would not allow any group to
    ...': the genre's assurance, that one's territory or one's leave will not serve another's harm, is
    an undertaking."""
    aux = {a.lower_ for a in clause.children if a.dep_ in ("aux", "auxpass")}
    negated = any(a.dep_ == "neg" for a in clause.children)
    if negated and aux & {"will", "would", "shall"} and clause.lemma_.lower() in ("use", "allow", "permit", "let"):
        return "Commitment"
    return None


# the subjects of a reporting verb that are no party to the talks: what they say is an account
_NOT_PARTIES = {"report", "media", "source", "analyst", "observer", "expert", "official", "diplomat", "witness",
                "resident", "agency", "newspaper", "outlet", "survey", "study", "data", "figure", "it"}


def _visit(verb: Token) -> bool:
    """'The minister also called on Prime Minister X.': calling on a person, with nothing asked of him
    (no infinitive, no "for"), is a visit, not a demand."""
    on = [c for c in verb.children if c.dep_ == "prep" and c.lemma_.lower() in ("on", "upon")]
    # the parse runs without the recognizer: a proper name is what the parser tags
    person = any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for c in on for t in c.subtree)
    # ("called on the Prime Minister, who underlined the need for ...": the relative clause is the host's)
    aside = {x.i for c in on for t in c.subtree if t.dep_ == "relcl" for x in t.subtree}
    asked = any(t.lower_ in ("to", "for") and t.i > verb.i and t.i not in aside
                for t in verb.subtree if t.dep_ in ("aux", "prep", "mark"))
    return person and not asked


def _subject(verb: Token) -> Token | None:
    """The verb's subject token, inherited from the verb it is coordinated with."""
    v = verb
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.head.tag_ in ("VB", "VBP", "VBZ") and \
            verb.head.dep_ in ("ccomp", "xcomp") and verb.head.head.tag_ == "VBD":
        # "demanded that Iran end X and called for Y": the parse joins "called" to the that-clause's
        # "end", but its past tense is the main verb's, not the complement's: it continues "demanded"
        v = verb.head.head
    for _ in range(4):
        for c in v.children:
            if c.dep_ in _SUBJECTS:
                return c
        # "..., she said, demanding that ...": a participle's clause has its main verb's subject
        if (v.dep_ in ("conj", "xcomp") or v.dep_ == "advcl" and v.tag_ == "VBG") and v.head is not v:
            v = v.head
        else:
            break
    return None


def _clause_verbs(sent: Doc, table: VerbTable) -> Iterator[tuple[Token, str]]:
    """The stance verbs of a sentence that head a position of their own."""
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "ADJ" and tok.lemma_.lower() in table.verbs):
            continue
        if tok.dep_ not in _MAIN_DEPS:
            continue
        contrast = tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas")
                                               for c in tok.children) and any(c.dep_ in _SUBJECTS for c in tok.children)
        if contrast:
            pass    # "..., while China's representative urged ...": a second speaker's own clause
        elif tok.dep_ in ("ccomp", "advcl", "parataxis") and tok.head.lemma_.lower() not in table.reporting | \
                table.verbs.keys() | table.emphasis | table.wishes:
            continue
        elif tok.dep_ == "xcomp" and tok.head.lemma_.lower() not in _ASPECTUAL | table.reporting:
            continue
        elif tok.dep_ == "advcl" and tok.head.lemma_.lower() not in table.reporting:
            continue
        t = stance_type(tok, table)
        if t is not None:
            yield tok, t


def _span_tokens(verb: Token, others: set[int]) -> list[int]:
    """Token indices of the verb's phrase: its subtree up to the first coordinated clause that is a
    stance of its own, without its subject."""
    later = [c.left_edge.i for c in verb.children if c.i in others and c.i > verb.i]
    cut = min(later, default=verb.right_edge.i + 1)
    keep = []
    stack = [verb]
    while stack:
        t = stack.pop()
        keep.append(t.i)
        for c in t.children:
            if c.i in others or t is verb and (c.dep_ in _SUBJECTS or c.dep_ == "mark"):
                continue    # the subject is added apart; "while", "that" introduce, they say nothing
            stack.append(c)
    keep = [i for i in keep if i < cut]
    doc = verb.doc
    while len(keep) > 1 and (doc[max(keep)].dep_ in ("cc", "punct") or doc[max(keep)].is_space):
        keep.remove(max(keep))
    return sorted(keep)


def find_parsed_stances(text: str, dm: DocMentions, lexicon: Lexicon, meetings: list[MeetingFact],
                        kind: str, dateline_end: int, taken: list[Span], doc_stem: str) -> Found:
    table = _table(id(lexicon), lexicon)
    resolver = HolderResolver(text, dm, lexicon, meetings, kind, dateline_end)
    primary = resolver.primary
    out = Found()
    covered = _Spans((s.start, s.end) for s in taken)
    inside_taken = covered.covers

    for ps in nlp.parse(text, cue_words(lexicon)):
        doc = ps.doc
        if doc is None or ps.offset + len(ps.text) <= dateline_end:
            continue
        found = list(_clause_verbs(doc, table))
        verbs = {v.i for v, _ in found}
        for verb, stype in found:
            if inside_taken(ps.start(verb)):
                out.dropped.append(Dropped(ps.start(verb), ps.end(verb), "already a stance of the cue finder"))
                continue
            subj = _subject(verb)
            passive = subj is not None and subj.dep_ == "nsubjpass"
            idx = _span_tokens(verb, verbs - {verb.i})
            start_tok = min(idx)
            # the subject belongs to the words when near, or when only an aside stands between ("The host,
            # for his part, called for ...")
            aside = subj is not None and subj.i < verb.i and re.fullmatch(
                r"\s*,[^,]{1,40},\s*", doc[subj.right_edge.i + 1:verb.i].text_with_ws if
                subj.right_edge.i + 1 < verb.i else "")
            if subj is not None and not passive and subj.i < verb.i and (
                    verb.i - subj.left_edge.i <= 6 or aside and verb.i - subj.left_edge.i <= 14):
                start_tok = min(start_tok, subj.left_edge.i)
            first, last = doc[start_tok], doc[max(idx)]
            while last.i > first.i and (last.is_punct or last.is_space):
                last = doc[last.i - 1]
            a, b = ps.span(first, last)
            if covered.overlaps(a, b):
                out.dropped.append(Dropped(a, b, "overlaps a stance of the cue finder"))
                continue
            if b - a < 12 or len(text[a:b].split()) < 3:
                out.dropped.append(Dropped(a, b, "too short to be a position"))
                continue
            if NEXT_MEETING.search(text, a, b):
                out.dropped.append(Dropped(a, b, "where and when the next round meets: a plan, not a position"))
                continue
            if subj is not None and not passive and _generic(subj):
                # "No country has recognized ...", "Every state must ...": a claim about the world
                out.dropped.append(Dropped(a, b, f"a generic subject ({subj.text!r}) is nobody's position"))
                continue
            holder = _holder(resolver, ps, table, subj, passive, verb)
            addressees = _addressees(dm, ps, table, verb, subj, passive, resolver)
            actors = [x for x in holder.actors if x] if holder else []
            inferred = not actors
            office = _office(subj, text, ps, dm, lexicon) if not actors and subj is not None and not passive \
                else None
            if office:
                # "The Secretary-General deeply regrets ...": the body whose chief speaks
                actors, inferred = office, False
            elif not actors and subj is not None and not passive and _ACRONYM.fullmatch(subj.text) and \
                    _unplaced(ps.span(subj, subj), dm, resolver.dateline_end):
                # "The E3 urged Iran ...": a body by its initials, which no pass knew: minted, not dropped
                entry = fresh("organization", subj.text)
                dm.entries.setdefault(entry.key, entry)
                dm.surfaces.setdefault(entry.key, set()).add(subj.text)
                actors, inferred = [entry.key], False
            elif not actors and subj is not None and not passive and subj.pos_ == "PROPN" and \
                    not _is_title(subj, text, ps, lexicon):
                # "Mr. Beisenov thanked ...": a name the converter could not place holds it, not the meeting
                out.dropped.append(Dropped(a, b, f"the subject {subj.text!r} names an actor nobody introduced"))
                continue
            if not actors:
                # "X's participation underscored Pakistan's strong commitment": whose the stance noun is, as the
                # text says, before any holder the meeting would lend it
                obj = _object_head(verb)
                owner = next((c for c in obj.children if c.dep_ == "poss"), None) if obj is not None else None
                if owner is not None and obj is not None and obj.lemma_.lower() in table.nouns:
                    actors = [x.key for x in dm.in_span(ps.start(owner), ps.end(owner)) if x.kind == "state"]
                    inferred = not actors
            if not actors and subj is not None and _partial(subj) and primary is not None:
                # "Several speakers welcomed ...": some of the participants, not all of them
                actors = [_participants_node(dm, doc_stem, primary)]
            elif not actors:
                actors = vague_holders(resolver, dm, primary, doc_stem, out, at=a)
            if not actors:
                out.dropped.append(Dropped(a, b, "no holder: the text names no actor and reports no meeting"))
                continue
            span = Span(a, b, text[a:b])
            out.stances.append(StanceFact(
                holders=list(dict.fromkeys(actors)), type=stype, evidence=span,
                addressees=[x for x in addressees if x not in actors],
                topics=lexicon.topics_in(span.text),
                meeting=primary.local_id if primary is not None and (
                    inferred or (holder is not None and holder.collective)) else None,
                holder_inferred=inferred))
    return out


_ACRONYM = re.compile(r"[A-Z][A-Z0-9+&]{1,6}")


def _unplaced(span: tuple[int, int], dm: DocMentions, dateline_end: int) -> bool:
    """Words no pass placed, outside the dateline ("DOHA, Dec 5 -" is where, not who)."""
    return span[0] >= dateline_end and not dm.overlaps(*span)


def _subject_words(subj: Token, text: str, ps: nlp.ParsedSentence) -> str:
    a, b = ps.span(subj.left_edge, subj.right_edge)
    return text[a:b]


def _is_title(subj: Token, text: str, ps: nlp.ParsedSentence, lexicon: Lexicon) -> bool:
    """'The Deputy Secretary and the Vice Ministers': offices, not names; the meeting's people hold it."""
    words = _subject_words(subj, text, ps).lower()
    return any(re.search(rf"\b{re.escape(t['title'].lower())}s?\b", words) for t in lexicon.titles) or \
        bool(re.search(r"\b(?:secretary|ministers?|ambassadors?|envoys?|delegates?)\b", words))


def _office(subj: Token, text: str, ps: nlp.ParsedSentence, dm: DocMentions, lexicon: Lexicon) -> list[str]:
    """'The Secretary-General' no one named: the intergovernmental body the text speaks of first."""
    if not re.fullmatch(r"(?:the\s+)?secretary[- ]general", _subject_words(subj, text, ps).strip().lower()):
        return []
    bodies = [m.key for m in dm.mentions if m.kind == "igo"]
    # an organ ("the Security Council") has no secretary-general of its own: the organization it is of
    whole = [k for k in bodies if not _ORGAN.search(dm.entries[k].label if k in dm.entries else k)]
    if whole:
        return whole[:1]
    if bodies and "org/united-nations" in lexicon.entries and any(
            re.search(r"security council|general assembly|united nations|\bun\b", k.replace("-", " ")) for k in bodies):
        return ["org/united-nations"]
    return bodies[:1]


_ORGAN = re.compile(r"\b(?:Council|Committee|Commission|Assembly|Mission|Office|Court)\b", re.I)


class _Spans:
    """Character spans (of the cue finder's stances), asked which cover a position or overlap a span
    without going over all of them: a long text has thousands."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        # the furthest end among the spans up to each one: spans may nest or overlap
        self.reach, far = [], -1
        for _, b in self.spans:
            far = max(far, b)
            self.reach.append(far)

    def overlaps(self, a: int, b: int) -> bool:
        """Whether some span shares a character with [a, b)."""
        i = bisect.bisect_left(self.starts, b) - 1
        while i >= 0 and self.reach[i] > a:
            if self.spans[i][1] > a:
                return True
            i -= 1
        return False

    def covers(self, pos: int) -> bool:
        return self.overlaps(pos, pos + 1)


def introduced_holder(resolver: HolderResolver, text: str, pos: int) -> list[str]:
    """The actors of the line that introduced the list `pos` lies in ('The Council:'), if any."""
    holder = resolver.introduced(pos)
    return [a for a in holder.actors if a] if holder is not None else []


def vague_holders(resolver: HolderResolver, dm: DocMentions, primary: MeetingFact | None, doc_stem: str,
                  found: Found | None = None, at: int | None = None) -> list[str]:
    """Who holds a position the text gives no holder for: the body whose line introduced a list of
    positions, else the meeting's participants as far as the text names them, else a node standing
    for them; nobody when the text reports no meeting."""
    if at is not None:
        introduced = introduced_holder(resolver, resolver.text, at)
        if introduced:
            return introduced
    if primary is None:
        return []
    actors = list(resolver.meeting_holder().actors)
    if actors:
        return actors
    key = _participants_node(dm, doc_stem, primary)
    if found is not None:
        found.inferred.append(key)
    return [key]


def fill_vague_holders(stances: list[StanceFact], text: str, dm: DocMentions, lexicon: Lexicon,
                       meetings: list[MeetingFact], kind: str, dateline_end: int, doc_stem: str) -> None:
    """Stances another finder kept without a holder ("The resolution reaffirmed ..."): held by the
    meeting's participants, marked inferred, instead of being dropped when written."""
    if all(s.holders for s in stances):
        return
    resolver = HolderResolver(text, dm, lexicon, meetings, kind, dateline_end)
    primary = resolver.primary
    for s in stances:
        if not s.holders:
            s.holders = vague_holders(resolver, dm, primary, doc_stem, at=s.evidence.start)
            s.holder_inferred = bool(s.holders)
            if s.holders and s.meeting is None and primary is not None:
                s.meeting = primary.local_id
            s.addressees = [a for a in s.addressees if a not in s.holders]


_PARTIAL = {"several", "some", "many", "few", "most", "other", "number", "majority", "certain", "various"}


def _generic(subj: Token) -> bool:
    return any(c.dep_ == "det" and c.lemma_.lower() in ("no", "every", "each", "any") for c in subj.children) or \
        subj.lemma_.lower() in ("nobody", "everyone", "everybody", "anyone", "none")


def _partial(subj: Token) -> bool:
    """A subject that names some of the participants, not all ("several speakers", "a number of members")."""
    words = {t.lemma_.lower() for t in subj.subtree}
    return bool(words & _PARTIAL)


def _holder(resolver: HolderResolver, ps: nlp.ParsedSentence, table: VerbTable, subj: Token | None, passive: bool,
            verb: Token) -> Holder | None:
    if passive or subj is None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return resolver.subject_holder(*ps.span(agent, agent.right_edge))
        return None
    a, b = ps.span(subj.left_edge, subj.right_edge)
    if subj.lower_ in ("i", "me"):
        return resolver.first_person(a)
    holder = resolver.subject_holder(a, b)
    if holder is not None and holder.actors:
        return holder
    if subj.lower_ in ("he", "she"):
        return resolver.antecedent(a)
    if subj.lemma_.lower() in table.collective or subj.pos_ == "PRON":
        # "The two leaders reaffirmed ..." after a bilateral beside a larger meeting: those two
        pair = resolver.pair_before(a) if re.match(r"(?:both|the two)\b", resolver.text[a:b], re.I) else None
        return pair or resolver.meeting_holder()
    return holder


def _addressees(dm: DocMentions, ps: nlp.ParsedSentence, table: VerbTable, verb: Token, subj: Token | None,
                passive: bool, resolver: HolderResolver) -> list[str]:
    lemma = verb.lemma_.lower()
    spans = []
    if passive and subj is not None and table.verbs.get(lemma) == "Demand":
        spans.append(subj)
    elif lemma in table.addressee:
        spans += [c for c in verb.children if c.dep_ == "dobj"]
    for c in verb.children:
        if c.dep_ == "prep" and c.lemma_.lower() in ("on", "upon") and table.particle.get(lemma, {}).get(
                c.lemma_.lower()) == "Demand":
            spans += [p for p in c.children if p.dep_ == "pobj"]
    keys = []
    for s in spans:
        for m in dm.in_span(*ps.span(s.left_edge, s.right_edge)):
            k = resolver.actor_key(m)
            if k and k not in keys:
                keys.append(k)
    return keys


def _participants_node(dm: DocMentions, stem: str, meeting: MeetingFact) -> str:
    """A node for "the participants of meeting M", where the text names none of them."""
    key = f"org/participants-of-{stem}-{meeting.local_id}".lower()
    if key not in dm.entries:
        label = f"participants of {meeting.label or 'the meeting'} ({stem}, {meeting.local_id})"
        dm.entries[key] = Entry(key=key, kind="grouping", label=label, reference=False)
    return key


def check_cue_stances(stances: list[StanceFact], origin: dict[int, str], text: str, dm: DocMentions,
                      lexicon: Lexicon, meetings: list[MeetingFact], kind: str, dateline_end: int,
                      doc_stem: str) -> int:
    """Correct the cue finder's stances where the parse of their sentence says otherwise; the number
    of stances changed.

    - "Uruguay was urged to ratify ...": the passive's subject is the addressee, not the holder;
      the holder is the agent ("by X"), else the meeting's participants (inferred);
    - "reiterated their call for ...", "reaffirmed the need to ...": a demand repeated is a demand;
    - "The participants agreed that X should ...": the holder is the subject of the sentence's main
      verb, when that subject names actors or the participants, not whoever spoke before.
    """
    table = _table(id(lexicon), lexicon)
    resolver = HolderResolver(text, dm, lexicon, meetings, kind, dateline_end)
    primary = resolver.primary
    parsed = [ps for ps in nlp.parse(text, cue_words(lexicon)) if ps.doc is not None]
    offsets = [ps.offset for ps in parsed]
    changed = 0
    for s in stances:
        if origin.get(id(s)) != "cue_stances":
            continue
        i = bisect.bisect_right(offsets, s.evidence.start) - 1
        ps = parsed[i] if i >= 0 and s.evidence.start < parsed[i].offset + len(parsed[i].text) else None
        if ps is None:
            continue
        assert ps.doc is not None   # `parsed` holds the parsed sentences only
        tokens = [t for t in ps.doc if s.evidence.start <= ps.start(t) < s.evidence.end]
        cut = next((t for t in tokens if t.lower_ in ("while", "whereas") and t.i > tokens[0].i + 2
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.head.children)), None)
        if cut is not None:
            # "... said her country would help, while China's representative urged ...": another
            # speaker's position begins; it is not part of this one (the parsed finder reads it)
            end = ps.start(cut)
            while end > s.evidence.start and text[end - 1] in " ,;":
                end -= 1
            s.evidence = Span(s.evidence.start, end, text[s.evidence.start:end])
            tokens = [t for t in tokens if ps.start(t) < end]
            changed += 1
        verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX") and t.dep_ in _MAIN_DEPS]
        if not verbs:
            continue
        verb = verbs[0]
        lemma = verb.lemma_.lower()
        subj = _subject(verb)
        # "X was committed to Y and urged Z to ...", "X would not be allowed ... and requested that":
        # the passive subject of the verb before is not this active verb's
        if subj is not None and subj.dep_ == "nsubjpass" and subj.head is not verb and (
                verb.tag_ != "VBN" or any(c.dep_ == "dobj" for c in verb.children)):
            subj = None
        if subj is not None and subj.dep_ == "nsubjpass" and table.verbs.get(lemma) == "Demand":
            keys = [resolver.actor_key(m) for m in dm.in_span(*ps.span(subj.left_edge, subj.right_edge))]
            named = [k for k in keys if k]
            if named and set(named) & set(s.holders):
                agent = _holder(resolver, ps, table, subj, True, verb)
                holders = [x for x in agent.actors if x] if agent else []
                s.addressees = list(dict.fromkeys(named))
                s.holders = holders or vague_holders(resolver, dm, primary, doc_stem)
                s.holder_inferred = not holders
                s.holders = [h for h in s.holders if h not in s.addressees] or s.holders
                changed += 1
                continue
        if subj is not None and subj.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in verb.children) \
                and (lemma in table.light or lemma in table.verbs) and not s.holder_inferred:
            # "Concern was expressed over ...": nobody named holds it; not whoever spoke before
            vague = vague_holders(resolver, dm, primary, doc_stem)
            if vague and set(vague) != set(s.holders):
                s.holders, s.holder_inferred = vague, True
                changed += 1
        if table.verbs.get(lemma) == "Reaffirmation" and s.type == "Reaffirmation":
            obj = _object_head(verb)
            repeated = _repeated(obj, table) if obj is not None else None
            if repeated:
                s.type = repeated
                changed += 1
        root = ps.doc[0].sent.root if len(ps.doc) else None
        if root is not None and root.lemma_.lower() in table.reporting | {"agree", "decide"} and \
                root.i <= verb.i and s.type == "Demand":
            rs = _subject(root)
            speaker = any(k.startswith("person/") for k in s.holders)   # the cue finder's speaker stands
            # "the four countries": a count the cue finder weighs against the format's members
            counted = rs is not None and any(t.like_num for t in rs.subtree)
            if rs is not None and rs.dep_ == "nsubj" and not speaker and not counted and not _partial(rs):
                holder = _holder(resolver, ps, table, rs, False, root)
                if holder is not None and holder.actors and set(holder.actors) != set(s.holders):
                    s.holders = [x for x in holder.actors if x not in s.addressees] or s.holders
                    changed += 1
    return changed
