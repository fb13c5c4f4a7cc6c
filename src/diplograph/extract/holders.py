"""Who holds a position: the subject of a clause resolved to actors.

A speaker and the state they represent; the meeting's participants jointly
("The Ministers", "the three sides"); a state, a capital or a ministry
standing for its state; a title standing for the person who bore it earlier
("the SCO Secretary-General"); whoever held the floor before, for pronouns
and numbered proposals.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

from ..facts import MeetingFact
from .cues import _patterns
from .lexicon import NUMBER_WORDS, Lexicon
from .mentions import DocMentions, Mention, state_of
from .turns import Turn, find_turns, turn_at

_ACTOR_KINDS = {"state", "person", "igo", "government", "armed_group", "organization", "grouping", "series"}
# "China's representative", "Pakistan's ambassador": the possessor speaks
_ROLE = re.compile(r"\s+(?:\w+\s+)?(?:representative|ambassador|envoy|delegate|delegation|foreign minister|minister|"
                   r"president|government|side|leader|spokes\w+|foreign ministry|ministry|foreign office|embassy|"
                   r"mission|permanent representative|officials|diplomats|authorities|leaders|negotiators|delegates|"
                   r"ministers)\b",
                   re.I)
# "The speaker for the Russian Federation", "the envoy from Qatar": the state behind a role
_ROLE_OF = re.compile(r"\b(?:representative|speaker|delegate|delegation|envoy|ambassador|minister|spokes\w+)\s+"
                      r"(?:for|from)\s+(?:the\s+)?$", re.I)


# "It was stressed (at the meeting) that ...", "It has also been noted": an impersonal passive
_IMPERSONAL = re.compile(r"it\s+(?:was|is|has\s+been|had\s+been)(?:\s+(?:also|further|again|repeatedly|"
                         r"particularly|especially))?(?:\s+been)?")
_WHO_END = re.compile(r",?\s*\bwho\s*$")
# a relative clause, or a participle's phrase in apposition (", speaking as penholder on the file,"):
# neither is the subject, and the "as" inside one subordinates nothing
_RELATIVE = re.compile(r",\s*(?:who|which|whose|whom|speaking|acting|serving|writing|representing)\b[^,]*(?:,|$)")
_SUBORDINATE = re.compile(r"\b(?:after|before|when|while|that|which|because|since|although|though|whereas|"
                          r"during which|as)\s+", re.I)
_PARTICULAR = re.compile(r",?\s*\b(particularly|especially|in particular|notably|including)\b", re.I)
_MEETING_NOUN = re.compile(r"\b(talks|meeting|conference|consultations|session|summit|round|forum)\b")
_PREPOSITION_END = re.compile(r"\b(in|on|at|from|to|with|about|for|against|by|among|into|over)\s+(the\s+)?$", re.I)


@dataclass
class Holder:
    actors: list[str]
    collective: bool = False          # the meeting's participants jointly
    speaker: str | None = None        # a person speaking


# a line that ends in a colon and introduces a list; its last clause names who holds the items
_INTRODUCER = re.compile(r"(?m)^[ \t]*(?:[^\n:]{0,120},[ \t]*)?(?P<who>(?:[Tt]he\s+)?[A-Z][\w’' +-]{1,60}?|"
                         r"the\s+[\w’' +-]{1,60}?)[ \t]*:[ \t]*$")
_MEMBERS_OF = re.compile(r"(?:the\s+)?(?:members|member states|member countries|members states)\s+of\s+")
# the head nouns of bodies that act as one, taken up by "the Council", "the Commission"
_BODY_NOUNS = {"Council", "Commission", "Committee", "Assembly", "Conference", "Union", "Organization",
               "Organisation", "Forum", "Court", "Board", "Secretariat", "Parliament", "Cabinet", "Government",
               "Ministry", "Mission", "Agency", "Bank", "Fund", "League", "Alliance", "Community", "Group"}


_ON_STATE = re.compile(r"\b(?:consultations|meeting|talks|conference|dialogue|format|group|forum|session|"
                       r"summit|briefing)\s+on\s+(?:the\s+(?:situation|issue|question)\s+(?:in|of)\s+)?", re.I)
_HEAD_REF = re.compile(r"(?:the|The)\s+(?:(?P<dem>[A-Z][\w'’-]+)\s+)?(?:top\s+|foreign\s+)?"
                       r"(?P<head>minister|envoy|ambassador|diplomat|president|representative|secretary)"
                       r"(?:\s+(?:also|further|then|later|again))?")
# a first verb of meeting someone: the words after it are its object, not the subject of what follows
_MET_SOMEONE = re.compile(r"\s(?:met|received|hosted|visited|telephoned|held talks with|spoke with|talked with|"
                          r"called on)\s")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“A-Z])|\n\s*\n")


_QUESTION_PUT = re.compile(r"\s+(?:about|whether|if|what|how|why|when|to\s+comment|for\s+(?:a|his|her|their)\s+"
                           r"(?:comment|reaction|view))\b", re.I)
_SHARED_INTEREST = re.compile(r"\bof\s+(?:common|mutual|shared|bilateral|regional|international|global|"
                              r"particular|special)\s+(?:interest\s+and\s+)?$", re.I)
# "the host", "the hosting side", "the visiting minister", "the guest": a side of a visit, described
_HOST_GUEST = re.compile(r"(?:the\s+)?(?:(?P<host>hosts?|host\s+(?:side|country|minister)|hosting\s+side)|"
                         r"visiting\s+(?:\w+\s+)?(?:minister|delegation|side|envoy|official|president|guest)|"
                         r"guests?|guest\s+(?:side|minister))")
# "the communiqué said": a document the text has introduced, "a joint communiqué" or "the ministry's statement"
_THE_DOCUMENT = re.compile(r"the\s+(?:communiqu[eé]|statement|declaration|readout|document)")
_DOCUMENT_NOUN = re.compile(r"\b(?P<joint>(?:joint|final|closing)\s+)?(?:press\s+)?(?:communiqu[eé]|statement|"
                            r"declaration|readout)\b", re.I)
# "... adopted the following decision:", "issued the following communiqué:"
_ADOPTED_FOLLOWING = re.compile(r"\b(?:adopted|issued|agreed)\s+the\s+following\s+(?:decision|communiqu[ée]|"
                                r"press\s+statement|statement|declaration|conclusions)\b", re.I)


class HolderResolver:
    """Reads subjects in one document; StanceFinder and the designation finder build on it."""

    def __init__(self, text: str, mentions: DocMentions, lexicon: Lexicon, meetings: list[MeetingFact],
                 kind: str, dateline_end: int = 0):
        self.text = text
        self.dm = mentions
        self.lex = lexicon
        self.meetings = meetings
        self.primary = next((m for m in meetings if m.primary), meetings[0] if meetings else None)
        self.kind = kind
        self.dateline_end = dateline_end
        pats = _patterns(id(lexicon), lexicon)
        self.collective_rx, self.other_rx, self.markers_rx = pats.collective_rx, pats.other_rx, pats.markers_rx
        self.pronoun_rx = pats.pronoun_rx
        self.purpose_rx, self.infinitive_nouns = pats.purpose_rx, pats.infinitive_nouns
        self.cues, self.cue_rx, self.report_rx = pats.cues, pats.cue_rx, pats.report_rx
        self.split_rx, self.verbs = pats.split_rx, pats.verbs
        self.last_holder: Holder | None = None
        self.last_holder_at = 0       # where the sentence that named the last holder ends
        self.quoted_speakers: set[str] = set()
        self.in_list_item = False

    def meeting_holder(self, count: int | None = None) -> Holder:
        if self.primary is None:
            return Holder([], collective=True)
        body = self._adopting_body
        if body is not None:
            return Holder([body], collective=True)
        actors = [a for a in self.primary.states if a not in self.primary.guests]
        # "the Moscow format consultations on Afghanistan", which an Afghan delegation attended: the
        # state the meeting is about is talked to, not among those who speak jointly
        about = self._meeting_about(self.primary)
        if about and len([a for a in actors if a not in about]) >= 2:
            actors = [a for a in actors if a not in about]
        # a state's talks with a government no table counts as a state (the Islamic Emirate): both are sides
        governments = [o for o in self.primary.orgs if o not in self.primary.guests and
                       getattr(self.dm.entries.get(o), "kind", None) == "government"]
        if len(actors) == 1 and governments:
            actors += governments
        # the bodies whose meeting this is: taking part, or named where the text reports the meeting
        bodies = list(self.primary.orgs) or list(dict.fromkeys(
            x.key for x in self.dm.reporting(self.primary, self.dateline_end, {"igo", "organization"})))
        for body in bodies:
            entry = self.dm.entries.get(body) or self.lex.entries.get(body)
            if entry is not None and entry.member_states and actors and set(actors) < set(entry.member_states) \
                    and 2 * len(actors) < len(entry.member_states):
                # two of ASEAN's ten named at its retreat (the chair, and one represented by an official):
                # the body speaks, not the few the text happened to name (lexicon/memberships.yaml); where
                # most of its members are named, they are the ones the text reports speaking
                return Holder([body], collective=True)
        if len(actors) < 2:
            # "We reaffirmed ..." in an ASEAN chair's statement naming only the chair's state: the body
            # speaks (taking part, or named where the text reports the meeting), not the one member the
            # text happened to name
            actors = bodies or actors
        if count and len(actors) == count + 1 and self.primary.country in actors:
            # "Both sides reaffirmed ..." at the Ethiopia-Somalia talks Türkiye hosted in Ankara: the two
            # parties, not their host
            actors = [a for a in actors if a != self.primary.country]
        if count and len(actors) != count and self.primary.series:
            # "the four envoys" of a format with four members, while the host also spoke: the members
            entry = self.lex.entries.get(self.primary.series)
            members = entry.member_states if entry else []
            if len(members) == count and set(members) <= set(actors):
                actors = [a for a in actors if a in members]
        return Holder(list(actors), collective=True)

    def _meeting_about(self, meeting: MeetingFact) -> set[str]:
        """The states a meeting is about: named after 'on' beside its noun in the sentences that tell
        it ('the sixth meeting of the Moscow format consultations on Afghanistan'), or in its format's
        name ('the Contact Group on Afghanistan')."""
        about: set[str] = set()
        for ev in meeting.evidence:
            for m in _ON_STATE.finditer(self.text, ev.start, ev.end):
                about.update(x.key for x in self.dm.in_span(m.end(), m.end() + 40, {"state"})
                             if x.start == m.end())
        entry = self.lex.entries.get(meeting.series) if meeting.series else None
        if entry is not None:
            for key in meeting.states:
                e = self.lex.entries.get(key)
                if e is not None and re.search(rf"\bon\s+{re.escape(e.label)}\b", entry.label):
                    about.add(key)
        return about

    def introduced(self, pos: int, contiguous: bool = False) -> Holder | None:
        """'The Council:' or 'In light of shared objectives, the participants:' on a line of its own,
        then list items with no subject ('1. Takes note of ...', '• Underlined ...'): the items are the
        positions of whoever the line names. contiguous: only while every line between the introducing
        line and `pos` is a list item."""
        last = None
        for m in _INTRODUCER.finditer(self.text, max(0, pos - 4000), pos):
            last = m
        if last is None:
            return None
        if contiguous:
            lines = [ln for ln in self.text[last.end():pos].split("\n") if ln.strip()]
            if any(not self.markers_rx.match(ln.strip()) for ln in lines[:-1] if ln):
                return None
        holder = self.subject_holder(last.start("who"), last.end("who"))
        if (holder is None or not any(holder.actors)) and self.primary is not None and self.primary.states:
            # "The Council:" where the text names no council before: the meeting's, as the parse reads it
            holder = self.meeting_holder()
        return holder if holder is not None and any(holder.actors) else None

    def pair_before(self, pos: int) -> Holder | None:
        """'both sides': the two of the last bilateral meeting the text told before `pos` ('In talks
        with China's envoy, both sides ...'); None where that is the main meeting."""
        pairs = [m for m in self.meetings if len(m.states) == 2 and m.evidence and m.evidence[0].start < pos]
        if not pairs:
            return None
        last = max(pairs, key=lambda m: max(e.start for e in m.evidence if e.start < pos))
        if last is self.primary:
            return None
        # the two of the bilateral told last, even where the main meeting was a bilateral too
        return Holder(list(last.states), collective=True)

    def person_holder(self, key: str) -> Holder:
        actors = [key]
        state = self._represents(key)
        if state:
            actors.append(state)
        return Holder(actors, speaker=key)

    def subject_holder(self, start: int, end: int) -> Holder | None:
        """Who the words text[start:end], a clause's subject, name."""
        if end <= self.dateline_end:
            return None                   # the parse took the dateline's city for the subject
        if start < self.dateline_end < end:
            start = self.dateline_end     # "DOHA, Dec 5 (Reuters) - Gulf leaders ...": not the agency
        # "... shared by Foreign Minister Rashid Meredov who said ...": the speaker is who "who" refers to
        rel = _WHO_END.search(self.text[start:end])
        if rel:
            named = [m for m in self.dm.in_span(start, start + rel.start())
                     if not self.text[m.end:start + rel.start()].strip()]
            if named and named[-1].kind == "person":
                return self.person_holder(named[-1].key)
        # a parenthetical relative clause (", who arrived on Sunday as foreign minister,") is not the subject
        words = self.text[start:end]
        masked = _RELATIVE.sub(lambda m: " " * len(m.group(0)), words)
        hidden = [(start + m.start(), start + m.end()) for m in re.finditer(r" {4,}", masked)] if masked != words \
            else []
        # the subject follows the last subordinating word ("after the talks, ... when X said")
        sub = next(reversed([*_SUBORDINATE.finditer(masked)]), None)
        if sub and not self.collective_rx.match(self.text[start:end].strip().lower()):
            start += sub.end()
        acted = _MET_SOMEONE.search(self.text, start, end)
        if acted and not any(a <= acted.start() < b for a, b in hidden) and acted.start() > start:
            end = acted.start()     # "X later received Y and praised ...": X, not Y, praised
        particular = _PARTICULAR.search(self.text[start:end])
        if particular:
            end = start + particular.start()
        subject = self.text[start:end]
        for a, b in hidden:      # the parenthetical's words are not the subject's
            if a >= start and b <= end:
                subject = subject[:a - start] + " " * (b - a) + subject[b - start:]
        subject = subject.strip()
        low = subject.lower()
        if not subject:
            return None
        if low == "the government":
            # "... the Colombian government and the ELN met ... while the government undertook to": the
            # state whose government the text named last
            named = [m for m in self.dm.in_span(max(0, start - 3000), start, {"state"})
                     if re.match(r"(?:['’]s?)?\s+government\b", self.text[m.end:m.end + 14], re.I)]
            if named:
                return Holder([named[-1].key])
        if _IMPERSONAL.fullmatch(low) and re.match(r"\s*[a-z]+(?:ed|en)\b", self.text[end:end + 30]) \
                and self.primary is not None:
            return self.meeting_holder()    # "It was stressed at the meeting that ...": no one, so all
        noun = _MEETING_NOUN.search(low)
        verb = next((w for w in re.finditer(r"[\w'-]+", low) if w.group(0) in self.verbs), None)
        body_name = self.dm.covering(start + len(self.text[start:end]) - len(self.text[start:end].lstrip())
                                 + noun.start()) if noun else None
        if body_name is not None and body_name.kind in ("igo", "organization", "government"):
            noun = None     # "the Pacific Islands Forum": a body's name, not a meeting that speaks
        if noun and (verb is None or noun.start() < verb.start()) and \
                not re.search(r"\b(after|before|at|during|on the sidelines of)\b", low) and \
                not re.search(r"\b(?:in|to|from|for|with|by)\s+(?:the\s+|this\s+|that\s+|its\s+|their\s+)?"
                              r"(?:[\w-]+\s+)?$", low[:noun.start()]) and \
                not any(m.kind == "person" and m.start < start + noun.start() for m in self.dm.in_span(start, end)):
            # "The sixth round of Moscow Format talks concluded with calls on ...": the meeting speaks;
            # not "Envoys of A and B met ... for the fifth meeting": there the envoys do; nor "X's
            # participation in the event": the noun there is no subject's head
            return self.meeting_holder()
        acc = re.match(r"according to\s+", low)
        if self.other_rx.match(low):
            base = self.meeting_holder()
            quoted = {self._represents(k) for k in self.quoted_speakers}
            return Holder([a for a in base.actors if a not in quoted], collective=True)
        # a possessive ("China's efforts") or a prepositional phrase ("in Afghanistan") is not the subject
        # a demonym speaks when a role follows it: "the Uzbek Foreign Ministry", "the Chinese side"
        mentions = [m for m in self.dm.in_span(start, end)
                    if (m.via != "demonym" or acc or _ROLE.match(self.text, m.end))
                    and not any(a <= m.start < b for a, b in hidden)
                    and (not re.match(r"['’]s\b", self.text[m.end:m.end + 2]) or _ROLE.match(self.text, m.end + 2))
                    and (not _PREPOSITION_END.search(self.text[max(start, m.start - 10):m.start])
                         or _ROLE_OF.search(self.text[max(start, m.start - 40):m.start]))
                    and not self._after_verb(start, m.start)]
        behalf = re.search(r"\b(?:on behalf of|speaking (?:also )?for)\s+(?:the\s+)?", self.text[start:end])
        if behalf:
            # "X (Sierra Leone), speaking on behalf of Algeria, Guyana and Sierra Leone, condemned": the
            # states he speaks for hold the position, jointly
            listed = [m.key for m in self.dm.in_span(start + behalf.end(), end) if m.kind == "state"]
            if re.search(r"\balso\b", self.text[start:start + behalf.end()]):
                # "The speaker for Guyana, also speaking for Algeria and Sierra Leone": his own state too
                listed = [m.key for m in self.dm.in_span(start, start + behalf.start()) if m.kind == "state"] + listed
            if len(listed) > 1:
                return Holder(list(dict.fromkeys(listed)), collective=True)
        persons = [m for m in mentions if m.kind == "person"]
        if len(persons) > 1 and all(re.fullmatch(r",?\s+and\s+(?:[\w'’.-]+\s+){0,5}", self.text[a.end:b.start])
                                    for a, b in zip(persons, persons[1:], strict=False)):
            # "Jordan's Foreign Minister A and Iraq's Foreign Minister B agreed": their states, jointly
            sides = [self._represents(p.key) or p.key for p in persons]
            return Holder(list(dict.fromkeys(sides)), collective=True)
        if persons:
            return self.person_holder(persons[0].key)
        # "The representative of China said": the title there is China's, not the last representative's
        said_for = {self._actor_key(m) for m in mentions if m.kind != "person"} - {None}
        titled = self._titled_reference(start, end)
        if titled and (not said_for or self._represents(titled) in said_for):
            return self.person_holder(titled)
        led = self._leader_reference(start, end)
        if led:
            return self.person_holder(led)
        members = _MEMBERS_OF.match(low)
        if members:
            # "The members of the Security Council": the body speaks, as one
            body = [x for x in self.dm.in_span(start, end) if x.kind in ("igo", "organization", "grouping")]
            if body:
                return Holder([body[0].key])
        side = self._host_or_guest(low)
        if side is not None:
            return side
        named_before = self.named_before(start, subject)
        if named_before is not None:
            return Holder([named_before])
        if self.collective_rx.match(low) and not re.match(r"^(it|we)\b", low):
            # "The guarantor states of the Astana process - Iran, Russia and Turkey - have reaffirmed": the
            # states the subject itself lists, not every state at the meeting (a list "including" some is
            # only part of them)
            listed = list(dict.fromkeys(m.key for m in self.dm.in_span(start, end, {"state"})
                                        if not any(a <= m.start < b for a, b in hidden)))
            if len(listed) >= 2 and not re.search(r"\b(?:including|such as|among them|except|other than|"
                                                  r"with|and their|on|about|in)\b", low):
                return Holder(listed, collective=True)
            pair = self.pair_before(start) if re.match(r"^(?:both|the two)\b", low) else None
            return pair or self.meeting_holder(_count(low))
        actors = []
        for m in mentions:
            k = self._actor_key(m)
            if not k:
                continue
            entry = self.dm.entries.get(k)
            # "The E3 participants expressed concern": a grouping of fixed membership speaks as its states;
            # "The GCC side reiterated" at a meeting every GCC state attended: so does a body
            fixed = entry.member_states if entry is not None and (entry.kind == "grouping" or (
                self.primary is not None and entry.members_all_among(self.primary.states))) else []
            for actor in fixed or [k]:
                if actor not in actors:
                    actors.append(actor)
        if len(actors) == 1 and self.turns:
            # "Spokesperson: Pakistan rejects these allegations": a state's position the speaker voices
            turn = turn_at(self.turns, end - 1)
            own = self._represents(turn.speaker) if turn is not None and turn.speaker else None
            if turn is not None and turn.speaker and not turn.question and own in (None, actors[0]) and \
                    getattr(self.dm.entries.get(actors[0]), "kind", None) == "state":
                return Holder([turn.speaker, actors[0]], speaker=turn.speaker)
        if actors and not re.match(r"^(the\s+)?(statement|policies|report|resolution)\b", low):
            return Holder(actors)
        if re.fullmatch(r"we(?:\s+(?:have|also|both|jointly|today|further))*", low) and re.match(
                r"\s*(?:have\s+|also\s+|both\s+|jointly\s+|today\s+)*(?:agreed|decided|signed|reached)\b",
                self.text[end:end + 40]) and self.primary is not None and len(self.primary.states) >= 2:
            return self.meeting_holder()    # "We also agreed today to ...": said for both sides of the talks
        turn = turn_at(self.turns, start) if re.match(r"(?:i|we)\b", low) else None
        if turn is not None and turn.speaker is not None:
            return self.person_holder(turn.speaker)     # "Spokesperson X: ... We reject ...": X
        if re.fullmatch(r"i(?:\s+(?:am|was|remain|remained|feel|felt|have been|had been|also|still|very|truly|"
                        r"most|so|deeply|particularly))*", low):
            return self.first_person(start)     # "I am deeply concerned", "I also"
        if re.fullmatch(r"(?:he|she)", low):
            # whoever held the floor last, unless another person was named since: "The Council also heard
            # from X, who spoke from Kabul. She said ..." is X's
            speaker = self.last_holder.speaker if self.last_holder is not None else None
            others = [m for m in self.dm.in_span(self.last_holder_at, start, {"person"}) if m.key != speaker]
            # a "he" is a person, or a state's delegate ("The representative of X said ... He urged"); where
            # the last holder was a group ("The TTP, a banned group, has attacked ..., X told his
            # counterpart. He urged ..."), the person named last
            group = speaker is None and self.last_holder is not None and not any(
                getattr(self.dm.entries.get(a) or self.lex.entries.get(a), "kind", None) in
                ("state", "igo", "government") for a in self.last_holder.actors)
            if self.last_holder is None or others or group:
                ant = self.antecedent(start)
                if ant is not None:
                    return ant
        if _THE_DOCUMENT.fullmatch(low) and self._joint_document_before(start):
            return self.meeting_holder()    # "a joint communiqué was issued ... The communiqué noted"
        if self.pronoun_rx.match(low) and self.last_holder:
            return self.last_holder
        if self.collective_rx.match(low):
            return self.meeting_holder()
        if re.search(r"\binternational\s+(objections|criticism|condemnation|outcry|pressure|concern)", low + " " +
                     self.text[end:end + 60].lower()):
            key = self._grouping(self.lex.yaml["collectives"].get("international_reaction_holder", ""))
            if key:
                return Holder([key])
        return None

    @cached_property
    def turns(self) -> list[Turn]:
        return find_turns(self.text, self.dm, self.lex)

    def _joint_document_before(self, pos: int) -> bool:
        """Whether the last document the text introduced before pos is the meeting's own: a joint or
        final statement, communiqué or declaration, rather than one side's."""
        told = list(_DOCUMENT_NOUN.finditer(self.text, max(0, pos - 3000), pos))
        return bool(told) and told[-1].group("joint") is not None

    def _host_or_guest(self, low: str) -> Holder | None:
        """'The host', 'the visiting minister', 'the guest': the one side of a two-sided meeting the words
        describe, by its state (and its one participant, where the text names one)."""
        m = _HOST_GUEST.fullmatch(low)
        meeting = self.primary
        if m is None or meeting is None or meeting.country not in meeting.states or len(meeting.states) != 2:
            return None
        state = meeting.country if m.group("host") else next(s for s in meeting.states if s != meeting.country)
        people = [p.agent for p in meeting.participations if p.represents == state]
        return self.person_holder(people[0]) if len(people) == 1 else Holder([state])

    @cached_property
    def _adopting_body(self) -> str | None:
        """'The Peace and Security Council ..., at its 1201st meeting, adopted the following decision:
        Council, 1. Reiterates ...': the items of a body's decision are the body's, not its guests'."""
        m = _ADOPTED_FOLLOWING.search(self.text)
        if m is None:
            return None
        start = max(self.text.rfind("\n", 0, m.start()), self.text.rfind(". ", 0, m.start())) + 1
        bodies = [x for x in self.dm.in_span(max(start, self.dateline_end), m.start())
                  if x.kind in ("igo", "organization")]
        return self.actor_key(bodies[0]) if bodies else None

    def antecedent(self, pos: int) -> Holder | None:
        """'He', 'she' where no one has spoken yet: the first person named in the nearest sentence
        before that names one, as a readout's subject ("X met Y on Monday. She invited ...") is X."""
        lo = max(0, pos - 2000)
        bounds = [lo, *(m.end() for m in _SENTENCE_END.finditer(self.text, lo, pos))]
        end = pos
        for start in reversed(bounds):
            if start >= end:
                continue
            persons = self.dm.in_span(max(start, self.dateline_end), end, {"person"})
            if persons:
                return self.person_holder(persons[0].key)
            end = start
        return None

    def first_person(self, pos: int) -> Holder | None:
        """'I' in remarks, a transcript or a quotation: the person named speaking before, not whoever held
        the floor last ("The United Nations remains committed ... I urge Member States")."""
        speaker = next(iter(reversed(self.dm.in_span(max(0, pos - 3000), pos, {"person"}))), None)
        return self.person_holder(speaker.key) if speaker is not None else None

    def named_before(self, start: int, subject: str) -> str | None:
        """'The Council', 'the Commission': a definite description that takes up an organization named
        before in full ("the Peace and Security Council ... The Council reiterates"), the nearest one
        whose name ends in the same noun."""
        m = re.fullmatch(r"(?:[Tt]he\s+)?([A-Z][a-z]+)", subject)
        if not m or m.group(1) not in _BODY_NOUNS:
            return None     # "The Ministers" are people, not a body named before
        mentions, starts = self._by_head().get(m.group(1), ((), []))
        for i in range(bisect.bisect_left(starts, start) - 1, -1, -1):
            if mentions[i].end <= start:
                return mentions[i].key
        return None

    def _by_head(self) -> dict[str, tuple[list[Mention], list[int]]]:
        """The organizations named in full, by the last word of their name ('Council'), in text order
        with their starts: what `named_before` looks up instead of going back over the whole text."""
        sig = (id(self.dm.mentions), len(self.dm.mentions), len(self.dm.entries))
        if getattr(self, "_heads_sig", None) != sig:
            heads: dict[str, tuple[list[Mention], list[int]]] = {}
            for x in self.dm.mentions:
                if x.kind in ("igo", "organization", "government", "grouping"):
                    entry = self.dm.entries.get(x.key)
                    names = [x.surface] + ([entry.label] if entry else [])
                    for head in {n.split()[-1] for n in names if len(n.split()) > 1}:
                        ms, starts = heads.setdefault(head, ([], []))
                        ms.append(x)
                        starts.append(x.start)
            self._heads, self._heads_sig = heads, sig
        return self._heads

    def _narrative_subject(self, start: int, end: int) -> bool:
        """'The policies have raised ...', 'Girls currently cannot ...': a reporter's own sentence about
        things, not an actor speaking; it borrows no holder from the sentence before."""
        words = self.text[start:end].strip()
        # "Mr. Azizi thanked ..." where no Azizi was introduced: someone unknown, not the last speaker
        return bool(re.match(r"^(the|a|an|girls|women|many|most|some|several|other|numerous|few|mr\.?|mrs\.?|ms\.?|"
                             r"dr\.?)\s+\w+", words, re.I)) and not \
            self.collective_rx.match(words.lower()) and not self.dm.in_span(start, end) and \
            not self.in_list_item

    def _grouping(self, label: str) -> str | None:
        for e in self.lex.entries.values():
            if e.kind == "grouping" and (e.label.lower() == label or label in (a.lower() for a in e.aliases)):
                return e.key
        return None

    def actor_key(self, m: Mention) -> str | None:
        """The actor a mention stands for as a holder or addressee (a place names none)."""
        return self._actor_key(m)

    def _actor_key(self, m: Mention) -> str | None:
        entry = self.dm.entries.get(m.key)
        if m.kind == "place" and entry and entry.capital_of:
            return entry.capital_of       # "Moscow worked for years ..." speaks for Russia
        if m.kind == "government":
            return state_of(m.key, self.lex)   # a foreign ministry speaks for its state
        if m.kind in _ACTOR_KINDS and m.kind != "series":
            return m.key
        return None

    def _represents(self, key: str) -> str | None:
        known = self._represented()
        if key in known:
            return known[key]
        entry = self.dm.entries.get(key)
        return entry.affiliation if entry else None

    def _represented(self) -> dict[str, str]:
        """Whom each person represents, as the meetings' participations say, else their titles (the
        first that says): one table, not a pass over every participation and title per question."""
        sig = (len(self.dm.titled), sum(len(m.participations) for m in self.meetings))
        if getattr(self, "_represented_sig", None) != sig:
            table: dict[str, str] = {}
            for tp in self.dm.titled:
                if tp.represents:
                    table.setdefault(tp.mention.key, tp.represents)
            for m in reversed(self.meetings):     # participations win over titles, the first meeting first
                for p in reversed(m.participations):
                    if p.represents:
                        table[p.agent] = p.represents
            self._represented_table, self._represented_sig = table, sig
        return self._represented_table

    def _is_participant(self, key: str | None) -> bool:
        if not key:
            return False
        return any(p.agent == key for m in self.meetings for p in m.participations)

    def _titled_reference(self, start: int, end: int) -> str | None:
        """'the SCO Secretary-General' after 'SCO Secretary-General Vladimir Norov': the same person."""
        words = self.text[start:end]
        low = words.lower()
        found = [tp for title, (tps, starts) in self._titled_by_title().items() if title in low and re.search(
                     rf"(?:\b(?:the|his|her|its|their)\b|[A-Z][\w-]*['’]s\s)[^,;]{{0,30}}\b{re.escape(title)}\b",
                     words, re.I)
                 for tp in tps[max(0, bisect.bisect_left(starts, start) - 50):bisect.bisect_left(starts, start)]]
        if not found:
            return self._head_reference(start, end)
        # "its foreign minister": the one who speaks for an actor named just before
        sentence_start = max(self.text.rfind(". ", 0, start), self.text.rfind("\n", 0, start), 0)
        near = {m.key for m in self.dm.in_span(sentence_start, start)}
        for tp in sorted(found, key=lambda t: -t.mention.start):
            if tp.represents in near:
                return tp.mention.key
        return max(found, key=lambda t: (len(t.title), t.mention.start)).mention.key

    def _head_reference(self, start: int, end: int) -> str | None:
        """'The Turkish minister', 'the envoy': the last person before whose title ends in that word, of
        the state the demonym names where one is given."""
        # "The Tongan minister, for his part,": the aside is not part of the reference
        words = re.sub(r",?\s*for (?:his|her|its|their) part,?\s*$", "", self.text[start:end].strip())
        m = _HEAD_REF.fullmatch(words.strip().rstrip(","))
        if m is None:
            return None
        state = None
        if m.group("dem"):
            at = start + len(self.text[start:end]) - len(self.text[start:end].lstrip()) + m.start("dem")
            named = self.dm.in_span(at, at + len(m.group("dem")), {"state"})
            if not named:
                return None
            state = named[0].key
        head = m.group("head").lower()
        for tp in sorted(self.dm.titled, key=lambda t: -t.mention.start):
            if tp.mention.start >= start or not tp.title:
                continue
            if tp.title.lower().split()[-1].rstrip("s") == head and (state is None or tp.represents == state):
                return tp.mention.key
        if state is not None and self.primary is not None:
            # "his Sudanese counterpart Ali Yousif", then "The Sudanese minister": the one person the
            # meeting has for that state, though the text gave him no title
            people = {p.agent for p in self.primary.participations if p.represents == state}
            if len(people) == 1:
                return people.pop()
        return None

    def _titled_by_title(self) -> dict[str, tuple[list, list[int]]]:
        """The titled persons by their title (lower case), in text order, with their starts."""
        if getattr(self, "_titled_sig", None) != len(self.dm.titled):
            table: dict[str, tuple[list, list[int]]] = {}
            same = self.lex.yaml["titles"].get("same_office") or {}
            for tp in sorted(self.dm.titled, key=lambda t: t.mention.start):
                if not tp.title:
                    continue    # a counterpart named without title: no "the minister" refers to him
                # "Deputy Prime Minister and Foreign Minister X": "the Deputy Prime Minister" is X too
                names = [tp.title.lower(), *tp.title.lower().split(" and ")]
                for title in dict.fromkeys([*names, *(same[n] for n in names if n in same)]):
                    tps, starts = table.setdefault(title, ([], []))
                    tps.append(tp)
                    starts.append(tp.mention.start)
            self._titled_table, self._titled_sig = table, len(self.dm.titled)
        return self._titled_table

    def _mentions_before(self, pos: int, most: int = 400) -> list[Mention]:
        """The mentions that end by pos, nearest last: at most `most` of them (a pronoun or a
        description refers back a few sentences, not across a whole book)."""
        return self.dm.before(pos, most)

    def _leader_reference(self, start: int, end: int) -> str | None:
        """'the Taliban leader': the person named earlier who speaks for the Taliban."""
        m = re.search(r"\b(?:the|its|their)\s+(?P<org>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:leader|chief|head|"
                      r"envoy|delegation head|representative)\b", self.text[start:end])
        if not m:
            return None
        a, b = start + m.start("org"), start + m.end("org")
        orgs = {x.key for x in self.dm.in_span(a, b)} | {x.key for x in [self.dm.covering(a)] if x is not None}
        for x in reversed(self._mentions_before(start)):
            if x.kind == "person" and self._represents(x.key) in orgs:
                return x.key
        return None

    def _after_verb(self, start: int, pos: int) -> bool:
        """'Fighting ETIM': a mention right after a verb is its object, not the subject."""
        prev = re.search(r"([\w'-]+)\s+(?:the\s+)?$", self.text[start:pos])
        if prev and prev.group(1).lower() in self.verbs:
            return True
        # "China issued the Concept Paper of the Global Security Initiative": past the subject's own verb
        first = next(iter(self.dm.in_span(start, pos)), None)
        return first is not None and any(
            w.group(0).lower() in self.verbs for w in re.finditer(r"[\w'-]+", self.text[first.end:pos]))

    def _last_org_before(self, pos: int) -> str | None:
        """What 'it' refers to: the sentence's first organization (its topic, not an object in a
        prepositional phrase), else the last one before."""
        start = max(self.text.rfind(". ", 0, pos), self.text.rfind("\n", 0, pos), 0)
        kinds = ("government", "armed_group", "igo", "organization")
        here = [m for m in self.dm.in_span(start, pos) if m.kind in kinds]
        if here:
            return here[0].key
        for m in reversed(self._mentions_before(pos)):
            if m.kind in kinds:
                return m.key
        return None

    def find_cue(self, start: int, end: int) -> re.Match | None:
        return self._first_word(self.cue_rx, start, end)

    def find_report(self, start: int, end: int) -> re.Match | None:
        return self._first_word(self.report_rx, start, end)

    def _first_word(self, rx: re.Pattern, start: int, end: int) -> re.Match | None:
        """The first match that is a word of the sentence, not part of a name ("United States")."""
        for m in rx.finditer(self.text, start, end):
            if m.group(0)[0].isupper() and self.dm.covering(m.start()) is not None:
                continue
            if self._courtesy_call(m):
                continue
            if m.group(0).lower() == "asked" and _QUESTION_PUT.match(self.text, m.end()) and re.search(
                    r"(?:^|[.;:\n]\s*|\b[Ww]hen\s+|,\s*)$", self.text[max(0, m.start() - 8):m.start()]):
                continue    # "Asked about the talks, X said": a question put to the speaker, not a demand
            if _SHARED_INTEREST.search(self.text, max(0, m.start() - 30), m.start()) and \
                    m.group(0).lower().startswith("concern"):
                continue    # "issues of common concern": a readout's formula for the agenda, no worry
            return m
        return None

    def _courtesy_call(self, m: re.Match) -> bool:
        """'The minister also called on acting Prime Minister X, who welcomed ...': calling on a person,
        with nothing he is called on to do, is a visit, not a demand."""
        if not re.fullmatch(r"(?:called|calls|call|calling)\s+(?:on|upon)", m.group(0).lower()):
            return False
        after = self.text[m.end():m.end() + 160]
        stop = re.search(r"[.;]|,\s*(?:who|which|where)\b", after)
        clause = after[:stop.start()] if stop else after
        people = self.dm.in_span(m.end(), m.end() + 60, {"person"})
        return bool(people) and not re.search(r"\b(?:to|for)\s+\w+", clause)


def _count(phrase: str) -> int | None:
    """'the four envoys' -> 4."""
    if re.match(r"^both\b", phrase):
        return 2
    m = re.match(r"^(?:the|all|both)\s+(\w+)\s", phrase)
    if not m:
        return None
    word = m.group(1)
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)
