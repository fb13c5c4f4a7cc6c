"""Stances: who takes which position, addressed to whom, on what.

Each sentence is read in three steps: its subject gives the holder (a
speaker, a state, the meeting's participants jointly, or whoever held the
floor before); the sentence is cut into clauses at coordinated verbs; each
clause with a stance cue, or continuing one, becomes a stance whose evidence
is the clause's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import cast

from ..facts import MeetingFact, Span, StanceFact
from .cues import NEXT_MEETING, _inside_quote, _norm, states_a_view, thing_needed
from .holders import _ROLE, Holder, HolderResolver
from .lexicon import Lexicon, StanceCue
from .mentions import DocMentions
from .sentences import Sentence, trim_span

# a list item that opens on a verb in the past or the third person ("Underlined", "Takes note")
# an item that opens on its verb: "Underlined ...", "- strongly condemned ...", "- took a firm stand ..."
_VERB_FIRST = re.compile(r"(?:[A-Za-z]+ly\s+)?(?P<verb>[A-Za-z][a-z]+)\b")

# Cues too weak to override the type a clause inherits ("urged X to ..., and help ...").
_WEAK = {"help", "helps", "helped", "helping", "assist", "assists", "assisted", "assisting", "facilitate",
         "facilitating", "respecting", "should", "must", "need to", "needs to", "shall", "has to", "have to",
         "guide", "guided", "establish a", "to establish", "step up", "in support of", "the need to",
         "the need for", "concern", "concerns"}
# "help X do A and B": the verbs after a causative head share it
_CAUSATIVE = {"help", "helps", "helped", "helping", "assist", "assists", "assisted", "assisting", "enable"}
# words after which a verb is a verb ("to prevent and contain"), not a noun ("government building and")
_BEFORE_VERB = {"to", "should", "must", "will", "would", "can", "could", "shall", "may", "also", "jointly", "not",
                "and", "or", "further", "firmly", "resolutely", "actively", "effectively", "to further"}
_DENIAL = re.compile(r"\b(?:baseless|unfounded|groundless)\b", re.I)
_LEAD = re.compile(r"(?:In|During|At|After|Speaking|Under|On|Over|Together with|Opening|Closing|Addressing|"
                   r"Briefing|Welcoming|Chairing|Introducing|Presenting|Concluding)\b.{0,150}?,\s*"
                   r"(?=(?:the|a|an|all|both|we|they|it|he|she|[A-Z])\b|[A-Z])")
_LOGISTICS = re.compile(r"\s+(?:take place|(?:be held|be convened|convene|be hosted)(?=\s+(?:in|on|at|next|later|"
                        r"before|after|this|every|annually)\b))", re.I)
# "A fresh round is expected next month", "is expected to take place", "is expected to visit": when
# or where, not a position
_WHEN = re.compile(r"\s*(?:to\s+)?(?:next|later|soon|shortly|early|by|in|on|at|this|within|to take place|"
                   r"take place|be held|to be held|to convene|convene|to meet|meet|to resume|resume|"
                   # "X is expected to visit Kabul", "to travel to": a journey planned, not a position
                   r"visit|travel|arrive|attend|host|hold|sign|lead|pay)\b", re.I)
_QUOTE_RX = re.compile(r"[\"“](?P<body>[^\"“”\n]{20,3000}?)[\"”],?\s+(?P<who>[A-Z][^,.\n\"“”]{1,60}?)\s+"
                       r"(?:said|added|stated|noted|stressed|told)\b")
# "X, for his part,", "The minister, in turn,": an aside between a subject and its verb
_ASIDE = re.compile(r",\s*(?:for\s+(?:his|her|its|their|our)\s+part|on\s+(?:his|her|its|their)\s+part|in\s+turn|"
                    r"meanwhile|however|in\s+response|in\s+return|in\s+(?:his|her|their)\s+remarks)\s*$", re.I)
_TRAILING_SPEAKER = re.compile(r",\s*(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}(?:[A-Z][\w'’.-]*|[a-z]+\s+ministry|"
                               r"spokes\w+)\s+(?:said|says|told|added|stated|noted)\b")
_SPECIFIC = re.compile(r"\b(in particular|particularly|especially|notably|such as|including)\b", re.I)


@dataclass
class _Clause:
    start: int
    end: int
    cue: StanceCue | None = None
    cue_start: int = 0
    cue_end: int = 0


# verbs whose object does what the infinitive after it says ("allow any group to use")
_OBJECT_CONTROL = re.compile(r"\b(?:allow|allows|allowed|allowing|permit|permits|permitted|permitting|enable|enables|"
                             r"enabled|enabling|let|force|forced|compel|compelled|help|helps|helped|helping)\s+"
                             r"(?:[\w'-]+\s+){0,3}[\w'-]+\W*$")


# Who said the words of a one-sentence quote or report, named after them, the first that matches:
_ATTRIBUTIONS = [
    # '"...," X said.', '"...," X was quoted as saying.'
    re.compile(r"^[\"“].+[,.]?[\"”],?\s+(?P<who>[^,]{2,60}?)\s+(said|added|stated|noted|stressed|"
               r"was quoted as saying|told reporters)\.?$", re.S),
    # '"We urge all parties ...," said X.', '"...," according to X.': the speaker after the verb
    re.compile(r"^[\"“].+[,.]?[\"”],?\s+(?:said|added|stated|noted|according to)\s+(?P<who>[^,]{2,60}?)"
               r"(?:,[^,]{0,80})?\.?$", re.S),
    # "Japan remained committed to aid for the Afghan people, he added.": reported, not quoted; the speaker
    # at the end holds it, not the state the words are about (", she said, demanding ..." too)
    re.compile(r"^.{12,},\s+(?P<who>he|she|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
               r"(?:said|added|stated|noted|stressed|told\s+(?:reporters|journalists|the\s+press|a\s+news\s+"
               r"conference|the\s+media))(?:\.?$|,\s+[a-z]+ing\b)", re.S),
]


# a quotation that opens on a third party's past act: '"Both sides have reaffirmed ..."'
_QUOTED_SIDES = re.compile(r"\s*[\"“](?P<subj>[A-Z][^,\"”]{2,40}?)\s+(?:have\s+|has\s+|had\s+)?(?:also\s+)?"
                           r"[a-z]+ed\b")
_NEED = re.compile(r"\b(?:need|necessity)\b", re.I)
_CLAUSE_JOIN = re.compile(r"(?:,\s*(?:and|while|but|whereas)|;)\s+(?=(?:the|[A-Z])\b)")
_AND_THEN = re.compile(r"\band\s+(?:\w+ly\s+)?$")
# a finite verb in the past, after the subject's first word: "X's delegate described ..."
_FIRST_VERB = re.compile(r"(?<=\S)\s+[a-z]+ed\b")


class StanceFinder(HolderResolver):
    def __init__(self, text: str, sentences: list[Sentence], mentions: DocMentions, lexicon: Lexicon,
                 meetings: list[MeetingFact], kind: str, dateline_end: int = 0):
        super().__init__(text, mentions, lexicon, meetings, kind, dateline_end)
        self.sentences = sentences
        self.forced_bounds: list[int] = []   # clause starts a sentence's leading phrase imposes
        self._quotes: list[tuple[int, int, int, int]] | None = None

    # -- the pass -----------------------------------------------------------
    def run(self) -> list[StanceFact]:
        out: list[StanceFact] = []
        self.in_list_item = False
        prev_end = 0
        for s in self.sentences:
            if "\n" in self.text[prev_end:s.start] or prev_end == 0:
                # a paragraph opening with "First," ... belongs to a numbered list
                self.in_list_item = bool(self.markers_rx.match(s.text))
            prev_end = s.end
            out.extend(self._sentence(s))
        return out

    def _sentence(self, s: Sentence) -> list[StanceFact]:
        start = max(s.start, self.dateline_end)
        if start >= s.end:
            return []
        marker = self.markers_rx.match(s.text)
        listed = bool(marker)
        if marker:
            start += marker.end()
        # a leading adverbial ("In his opening remarks at the meeting, ") is not the subject
        lead = _LEAD.match(self.text[start:s.end])
        quoted_speaker = self._quoted_speaker(s)
        self.forced_bounds = []
        if lead and not quoted_speaker:
            if self.find_cue(start, start + lead.end()):
                # "On the premise of truly respecting X, the four countries should ...": a position of its own
                self.forced_bounds = [start + lead.end()]
                word = re.match(r"\w+(?:\s+the\s+\w+\s+of)?\s*", lead.group(0))
                assert word is not None     # a lead opens on a word
                start += len(word.group(0))
            else:
                start += lead.end()
        cue = self.find_cue(start, s.end)
        if cue is not None and (_LOGISTICS.match(self.text, cue.end()) or NEXT_MEETING.match(
                self.text, cue.end()) or (
                cue.group(1).lower() in ("expected", "is expected to") and _WHEN.match(self.text, cue.end()))):
            return []       # "The next meeting is expected to take place in Paris": a plan, not a position
        report = self.find_report(start, s.end)
        first = min((x for x in (cue, report) if x), key=lambda x: x.start(), default=None)
        holder = None
        subject_is_holder = True
        if re.search(r"\b(consensus|consensuses|joint statement|declaration|communiqu[eé])\b", s.text, re.I) \
                and cue is None:
            # "Qin Gang introduced ... the consensuses reached": the items that follow are the meeting's
            self.last_holder = self.meeting_holder()
            return []
        # "• Underlined the importance of ..." under "the participants:": a verb opens the item, and
        # the introducing line's subject holds it, not a name further on in the item
        verb_first = _VERB_FIRST.match(self.text, start)
        introduced = self.introduced(s.start, contiguous=True) if listed and verb_first and (
            re.fullmatch(r"[A-Za-z]+(?:ed|es|s)", verb_first.group("verb")) or verb_first.group("verb").lower() in
            self.lex.verb_forms) and not self.dm.in_span(start, start + 1) else None
        told = _QUOTED_SIDES.match(self.text, start, s.end) if quoted_speaker else None
        if told is not None and self.collective_rx.match(told.group("subj").lower()):
            # '"Both sides have reaffirmed their respect for ...," the mediator said': the sides the speaker
            # reports on hold it, not the speaker
            holder = self.subject_holder(told.start("subj"), told.end("subj")) or quoted_speaker
            subject_is_holder = False
        elif quoted_speaker:
            holder = quoted_speaker
        elif introduced is not None:
            holder, subject_is_holder = introduced, False
        elif first is not None and cue is not None and first is cue and self.cues.get(
                _norm(cue.group(1))) is not None and self.cues[_norm(cue.group(1))].addressee == "subject":
            # "China, Russia ... should unite": the subject is urged, the speaker is who held the floor
            subject_is_holder = False
            holder = self.last_holder or (self.meeting_holder() if self.kind == "JointStatement" else None)
            if holder is None:
                holder = self.subject_holder(start, first.start())
                subject_is_holder = holder is not None
        elif first is not None:
            joined = [j for j in _CLAUSE_JOIN.finditer(self.text, start, first.start())]
            # "The two sides reviewed relations, and the Emirati side expressed support ...": the last
            # clause's subject holds its verb
            holder = self.subject_holder(joined[-1].end(), first.start()) if joined else None
            if holder is None:
                holder = self.subject_holder(start, first.start())
            verb = _FIRST_VERB.search(self.text, start, first.start()) if holder is None and _AND_THEN.search(
                self.text, start, first.start()) else None
            if verb is not None:
                # "Panama's delegate described the adoption as ... and called on ...": the sentence's
                # subject, before its first verb, holds the clause that follows "and" too
                holder = self.subject_holder(start, verb.start())
            if holder is not None and holder.collective and self.in_list_item and self.last_holder \
                    and self.last_holder.speaker:
                # "the four countries should ..." inside a speaker's numbered proposal: still the speaker
                holder, subject_is_holder = self.last_holder, False
            if re.match(r"^according to\b", self.text[start:first.start()].strip(), re.I):
                holder = self.subject_holder(start, first.start())
        acc = re.match(r"According to ([^,]+),\s*", self.text[start:s.end])
        if acc:
            # "According to Wang, regional countries expect ...": a person as the source holds the words;
            # "According to a statement from the Omani Foreign Ministry, Al Busaidi called for ...": a
            # document does not, where the subject after it names an actor
            holder = self.subject_holder(start + acc.start(1), start + acc.end(1))
            after = self.subject_holder(start + acc.end(), first.start()) if first is not None and \
                first.start() > start + acc.end() and (holder is None or not holder.speaker) else None
            if after is not None and any(after.actors):
                holder = after
            start += acc.end()
            subject_is_holder = False
        if holder is None:
            subject_is_holder = False
            if first is not None and first.start() == start or listed:
                holder = self.last_holder
            elif first is not None and self.kind == "JointStatement":
                holder = self.meeting_holder()
        if holder is None and cue is not None and self.cues.get(_norm(cue.group(1))) and \
                self.cues[_norm(cue.group(1))].type == "Concern":
            where = re.match(r"\s+(?:in|among|within)\s+", self.text[cue.end():s.end])
            if where:
                ms = [m for m in self.dm.in_span(cue.end(), cue.end() + where.end() + 40) if self._actor_key(m)]
                if ms:
                    holder = Holder([cast(str, self._actor_key(ms[0]))])    # each of ms has a key
        if holder is None and first is not None and not self._narrative_subject(start, first.start()):
            holder = self.last_holder
        if holder is not None and first is not None:
            self.last_holder, self.last_holder_at = holder, s.end
            if holder.speaker:
                self.quoted_speakers.add(holder.speaker)
        if cue is None or holder is None:
            return []
        clause_start = start
        if subject_is_holder and first is not None:
            words = self.text[start:first.start()].split()
            clause_start = start if 0 < len(words) <= 4 and not re.match(r"(it|they|we|he|she)\b",
                                                                          words[0], re.I) else first.start()
            if not self.dm.in_span(start, first.start()) and not holder.collective:
                clause_start = start    # a holder inferred, not named: keep the subject's words
            elif len(words) > 4 and self.dm.in_span(start, first.start()):
                # the position starts at the subject's verb: "X repeated his country's call for ..."
                last = max((m.end for m in self.dm.in_span(start, first.start())), default=start)
                verb = next((v for v in re.finditer(r"[\w'-]+", self.text[last:first.start()])
                             if v.group(0).lower() in self.verbs), None)
                if verb is not None:
                    clause_start = last + verb.start()
        return self._clauses(s, clause_start, holder)

    def _quoted_speaker(self, s: Sentence) -> Holder | None:
        if self._quotes is None:
            # a quotation of several sentences, attributed at its end: '"... . ...," Mr Norov added.'
            self._quotes = [(q.start(), q.end("body"), q.start("who"), q.end("who"))
                            for q in _QUOTE_RX.finditer(self.text)]
        for a, b, wa, wb in self._quotes:
            if a <= s.start < b:
                return self.subject_holder(wa, wb)
        m = next((hit for rx in _ATTRIBUTIONS if (hit := rx.match(s.text))), None)
        if not m:
            return None
        a, b = s.start + m.start("who"), s.start + m.end("who")
        return self.subject_holder(a, b)

    def _clauses(self, s: Sentence, start: int, holder: Holder) -> list[StanceFact]:
        m: re.Match[str] | None     # a split, then a clause's cue
        bounds = [start]
        forced = [b for b in self.forced_bounds if start < b < s.end]
        forced = sorted(forced + [start + m.start() + 1 for m in re.finditer(
            r",\s+with\s+[^,]{2,50}?\s+(?:saying|stating|adding|noting|insisting)\b", self.text[start:s.end])])
        splits = sorted([*((m, False) for m in self.split_rx.finditer(self.text, start, s.end)),
                         *((m, True) for m in self.purpose_rx.finditer(self.text, start, s.end))],
                        key=lambda x: x[0].start())
        for m, purpose in splits:
            if forced and m.start() >= forced[0]:
                bounds.append(forced.pop(0))
            if m.start() - bounds[-1] <= 12 or _inside_quote(self.text, s.start, m.start()):
                continue
            if purpose:
                if self._further_aim(bounds[-1], m):
                    bounds.append(m.end())
                continue
            # the clause so far: its first cue, and the cue the split word may be
            head = self.find_cue(bounds[-1], m.start())
            head_cue = self.cues.get(_norm(head.group(1))) if head else None
            if head is None and _ASIDE.search(self.text, bounds[-1], m.start()):
                continue    # "Zadran, for his part, thanked ...": the subject and an aside, not a clause
            nxt = self.find_cue(m.end(), min(s.end, m.end() + 25))
            strong_next = bool(nxt and nxt.start() == m.end() and _norm(nxt.group(1)) not in _WEAK)
            new_subject = re.match(r"(?:it|they|he|she|we)\s", self.text[m.end():m.end() + 5])
            # "... and said", "... and urged": a reporting verb or a strong cue opens a clause of its own
            opens = self.report_rx.match(self.text, m.end()) or (
                (cm := self.cue_rx.match(self.text, m.end())) and _norm(cm.group(1)) not in _WEAK)
            if m.group(0).lstrip().startswith("and") and not new_subject and not opens and len(
                    self.text[head.start() if head else bounds[-1]:m.start()].split()) < 6:
                continue    # "should speak out and send a signal": too short to stand alone
            before = re.search(r"(?:^|([\w'-]+)\s+)([\w'-]+)\W*$", self.text[bounds[-1]:m.start()])
            if m.group(0).lstrip().startswith("and") and before and before.group(2).lower() in self.verbs and (
                    before.group(1) is None or before.group(1).lower() in _BEFORE_VERB or
                    _norm(before.group(1)) in self.cues):
                continue    # "prevent and contain threats": two verbs, one object (not "government building and")
            if m.group(0) == " and " and not opens and head and head_cue and head_cue.type == "Commitment" and \
                    re.search(r"\bto\s+\w+", self.text[head.start():m.start()]):
                continue    # "is willing to promote X and help Y": one undertaking
            if re.match(r"\w+ed(?:\s+(?:and|or)\s+|,\s*)\w+", self.text[m.end():m.end() + 40]) and \
                    m.group(0).startswith(","):
                continue    # "an independent, united and peaceful state": adjectives in a row, not a clause
            if re.search(r",\s*(?:including|such as|in particular|particularly|especially|notably|namely)\s[^,;]*$",
                         self.text[bounds[-1]:m.start()]) and m.group(0).startswith(","):
                continue    # "terrorist groups, including ISIS and Al-Qaeda, continue to ...": the subject goes on
            if re.match(r"\w+(?:ed|en)\s+by\b", self.text[m.end():m.end() + 40]):
                continue    # "initiatives, proposed by the leaders": a reduced relative clause, not a new position
            if re.match(r"\w+ing\s+of\b", self.text[m.end():m.end() + 40]):
                continue    # "the revival and strengthening of the economy": a noun, not a new clause
            if re.fullmatch(r"\s+and\s+", m.group(0)) and self.text.startswith("to ", m.end()) and \
                    re.search(r"\bto\s+\w+", self.text[bounds[-1]:m.start()]):
                continue    # "the need to maintain stability and to prevent a crisis": two aims of one position
            if head and _norm(head.group(1)) in _CAUSATIVE and re.search(r"\band\b", m.group(0)) and \
                    not strong_next:
                continue    # "help Afghanistan enhance its capacity and integrate into ...": one aid
            if m.group(0).lstrip().startswith("and") and head and head_cue and head_cue.addressee == "after" and \
                    head_cue.type == "Demand" and re.search(r"\b(?:to|will|would|should|must)\s+\w+",
                                                            self.text[head.end():m.start()]) and \
                    not re.match(r"\w+ing\b", self.text[m.end():]) and not strong_next:
                continue    # "called on X to take action and prevent ...": one demand
            if (re.match(r",\s*to\s", m.group(0) + self.text[m.end():m.end() + 3]) or
                    re.match(r"to\s", self.text[m.end():m.end() + 3])) and head and head_cue and \
                    head_cue.addressee == "after" and not re.search(r"\bto\b", self.text[head.end():m.start()]):
                continue    # "urge X, especially Y, to shoulder ...": one demand
            bounds.append(m.end())
        bounds = sorted(set(bounds + forced + [s.end]))
        # a piece of fewer than three words belongs to the clause before it
        merged = [bounds[0]]
        for b in bounds[1:-1]:
            if len(self.text[b:bounds[bounds.index(b) + 1]].split()) < 3:
                continue
            merged.append(b)
        bounds = merged + [bounds[-1]]
        clauses = []
        for a, b in zip(bounds, bounds[1:], strict=False):
            a, b = trim_span(self.text, a, b)
            if b - a < 8:
                continue
            c = _Clause(a, b)
            m = self.find_cue(a, b)
            if m:
                c.cue = self.cues.get(_norm(m.group(1)))
                c.cue_start, c.cue_end = m.start(), m.end()
            clauses.append(c)
        out: list[StanceFact] = []
        prev: _Clause | None = None
        prev_addressees: list[str] = []
        sentence_holder = holder
        for c in clauses:
            holder = sentence_holder
            aside = re.match(r"with\s+(?P<who>[^,]{2,50}?)\s+(?:saying|stating|adding|noting|insisting)\b",
                             self.text[c.start:c.end])
            if aside:
                # "..., with its foreign minister saying that ...": the minister speaks this clause
                who = self.subject_holder(c.start + aside.start("who"), c.start + aside.end("who"))
                if who is not None:
                    holder = who
            inherited = prev.cue if prev else None
            if c.cue is None and prev is not None and re.match(r"\w+ing\b", self.text[c.start:c.end]) and not (
                    re.search(r"\b(?:to|will|would|should|must|shall|can)\s+\w+", self.text[prev.start:prev.end])
                    or re.match(r"\w+ing\b", self.text[prev.start:prev.end])):
                continue    # "raised objections, increasing the country's isolation": a consequence, not a position
            cue = c.cue
            if cue is not None and cue.addressee == "subject" and cue.phrase.lower() in ("should", "must") and \
                    states_a_view(self.text, c.cue_end):
                cue = StanceCue(cue.phrase, "OtherStance", "none")
            if cue is not None and cue.addressee == "subject":
                # "should support", "should also facilitate": the verb after the modal says what kind
                # (no space after the modal, "should, in any case, support": nothing to skip, no verb next)
                verb = re.match(r"\s*(?:(?:not only|also|further|jointly|actively|firmly|truly)\s+)*",
                                self.text[c.cue_end:c.end])
                gap = verb.end() if verb else 0
                after = self.find_cue(c.cue_end + gap, min(c.end, c.cue_end + gap + 30))
                if after is not None and after.start() == c.cue_end + gap:
                    spoken = self.cues.get(_norm(after.group(1)))
                    if spoken is not None and spoken.addressee != "subject":
                        cue = StanceCue(cue.phrase, spoken.type, cue.addressee)
            if cue is None and inherited is not None and self.report_rx.match(self.text, c.start):
                # "..., who welcomed the visit and said X attached great importance to ...": a new report
                # says what it says; it does not continue the welcome before it
                cue = StanceCue(inherited.phrase, "OtherStance", "none")
            if cue is None or (inherited and c.cue and c.cue.phrase.lower() in _WEAK
                               and (inherited.type == "Commitment" or
                                    inherited.type == "Demand" and inherited.addressee == "after")
                               and c.cue_start - c.start < 3):
                cue = inherited
                addressees = prev_addressees
            else:
                addressees = self._addressees(c, cue)
                if not addressees and inherited and cue is not None and inherited.addressee != "none" and (
                        cue.addressee == "after" and cue.type == inherited.type and c.cue_start - c.start < 3
                        or cue.addressee == "subject" and not self.dm.in_span(c.start, c.cue_start)):
                    # "NATO countries should bear ..., should create ...": the same addressee goes on
                    addressees = prev_addressees
            if cue is not None and cue.type == "Concern":
                denial = _DENIAL.search(self.text, c.cue_end, c.end)
                if denial:
                    # "any concerns regarding terrorism are baseless": the concern is denied, not held
                    cue = self.cues.get(_norm(denial.group(0)), cue)
            if cue is not None and cue.type == "Demand" and cue.addressee == "none":
                need = _NEED.search(self.text, c.cue_start, c.cue_end + 2)
                if need is not None and thing_needed(self.text, need.start(), c.end):
                    cue = StanceCue(cue.phrase, "Support", "none")
            if cue is None:
                continue
            a, b = self._evidence_bounds(c)
            if b - a < 8:
                continue
            span = Span(a, b, self.text[a:b])
            holders = list(dict.fromkeys(holder.actors))
            stance_type = cue.type
            meeting = self.primary.local_id if self.primary and (
                holder.collective or self._is_participant(holder.speaker)) else None
            out.append(StanceFact(holders=holders, type=stance_type, evidence=span,
                                  addressees=[x for x in addressees if x not in holders or stance_type
                                              == "Demand" and holder.collective],
                                  topics=self.lex.topics_in(span.text), meeting=meeting))
            prev = _Clause(c.start, c.end, cue)
            prev_addressees = addressees
        return out


    def _further_aim(self, start: int, m: re.Match) -> bool:
        """'called on X to form a government to protect the rights of ...': the second infinitive, after
        a noun, is a demand of its own; not 'efforts to', 'continue to', 'in order to'."""
        head = self.find_cue(start, m.start())
        cue = self.cues.get(_norm(head.group(1))) if head else None
        if cue is None or cue.type != "Demand" or cue.addressee != "after":
            return False
        assert head is not None     # a cue is only found with its words
        if not re.search(r"\bto\s+\w+", self.text[head.end():m.start()]) or self.find_cue(head.end(), m.start()):
            return False    # no first infinitive, or one that takes its own ("to support X to combat ...")
        if _OBJECT_CONTROL.search(self.text, head.end(), m.start()):
            return False    # "not to allow any group to use ...": the infinitive completes "allow", no aim
        before = re.search(r"([\w'-]+)\W*$", self.text[head.end():m.start()])
        word = before.group(1).lower() if before else ""
        return bool(word) and word not in self.verbs and word not in self.infinitive_nouns and \
            word not in _BEFORE_VERB and not word.endswith("ing")

    def _evidence_bounds(self, c: _Clause) -> tuple[int, int]:
        a, b = c.start, c.end
        # after a reporting verb + "that", the position is what follows
        m = re.match(r"(?:[\w\s]{0,40}?)\b(?:said|stressed|emphasized|noted|underscored|pointed out|stated|"
                     r"added|believed?)\s+that,?\s+", self.text[a:b], re.I)
        if m and b - (a + m.end()) > 20:
            a += m.end()
        # a trailing attribution (", the Russian Foreign Ministry said.") names the source, not the position
        tail = re.search(r",\s+(?:the\s+|a\s+)?[A-Z][^,;:]{1,60}?\s+(?:said|says|added|stated|reported|noted)\.?\s*$",
                         self.text[a:b])
        if tail and tail.start() > 20:
            b = a + tail.start()
        return trim_span(self.text, a, b)

    def _addressees(self, c: _Clause, cue: StanceCue | None) -> list[str]:
        if cue is None or cue.addressee == "none":
            return []
        # a demonym names an addressee only with a role after it: "the Afghan side", "the Afghan authorities"
        clause_mentions = [m for m in self.dm.in_span(c.start, c.end)
                           if m.via != "demonym" or _ROLE.match(self.text, m.end)]
        specific = _SPECIFIC.search(self.text, c.cue_end, c.end)
        if cue.addressee == "after":
            window_end = c.end
            stop = re.search(r"\b(to|that|in|for|on|with|from)\b", self.text[c.cue_end:c.end])
            if stop:
                window_end = c.cue_end + stop.start()
            # "Oman supports dialogue, Al Hinai told reporters": the speaker after the words is no addressee
            told = _TRAILING_SPEAKER.search(self.text, c.cue_end, window_end)
            if told:
                window_end = told.start()
            if specific and cue.type == "Support":
                ms = [m for m in clause_mentions if m.start >= specific.end()]
                ms = [m for m in ms if self._actor_key(m)]
                if ms:
                    return list(dict.fromkeys(cast(str, self._actor_key(m)) for m in ms))  # each has a key
            # a possessive is not the addressee ("respecting Afghanistan's sovereignty"), except for praise or
            # blame right after the cue: "appreciated Pakistan's efforts" is addressed to Pakistan
            ms = [m for m in clause_mentions if c.cue_end <= m.start < window_end + 1
                  and (not re.match(r"['’]s\b", self.text[m.end:m.end + 2])
                       or cue.type in ("Appreciation", "Condemnation", "OtherStance")
                       and re.fullmatch(r"\s+(?:the\s+)?", self.text[c.cue_end:m.start]))
                  and self._actor_key(m)]
            # the first actor named, and those coordinated with it ("the United States and the West")
            chain = ms[:1]
            for m in ms[1:]:
                if re.fullmatch(r"\s*(?:,|and|or|, and)\s*(?:the\s+)?", self.text[chain[-1].end:m.start]):
                    chain.append(m)
                else:
                    break
            keys = [self._actor_key(m) for m in chain]
            if not keys and re.match(r"\s*(it|them)\b", self.text[c.cue_end:c.end]):
                k = self._last_org_before(c.start)
                return [k] if k else []
            # "urged all parties, in particular A and B, to": the examples of the addressee, not of an object
            # after it ("hopes that X will act against all terrorist forces, including Y")
            if keys and specific and specific.start() < window_end and not re.search(
                    r"\b(?:against|of|on|about|over|towards?|at|by)\b", self.text[c.cue_end:specific.start()]):
                keys = keys[:1] + [self._actor_key(m) for m in clause_mentions
                                   if m.start > specific.end() and self._actor_key(m)]
            return list(dict.fromkeys(cast("list[str]", keys)))   # each of ms has a key
        # the subject of "should" / "must"
        ms = [m for m in clause_mentions if m.end <= c.cue_start]
        keys = [self._actor_key(m) for m in ms[-3:]]
        return list(dict.fromkeys(k for k in keys if k))













