"""Meetings one document reports: when, where, which series, who attended.

A sentence reports a meeting when it has a meeting word ("meeting",
"talks", "conference") or verb ("met", "attended", "presided over") and
something that places it (a date, a city, a series, an ordinal). The first
such sentence opens the document's primary meeting; a later one opens
another meeting only when it names another date, place or ordinal, or
a side meeting ("on the sidelines of").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache
from types import SimpleNamespace

from ..facts import MeetingFact, ParticipationFact, Span
from .dates import DateMention, compatible, find_dates
from .lexicon import NUMBER_WORDS, Lexicon
from .mentions import DocMentions, Mention, TitledPerson
from .regex_trie import trie_pattern
from .sentences import Sentence

_GUEST = re.compile(r"\bas (guests?|observers?)\b|\bguest countr", re.I)
_ACTORS = {"state", "igo", "government", "armed_group", "organization", "grouping"}


def _spaced(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


def _any_of(words: Iterable[object]) -> str:
    """A trie-shaped alternation of the lower-cased words (the patterns are compiled with re.I)."""
    return trie_pattern({str(w).lower() for w in words}, re.escape)


@cache
def _patterns(lex_id: int, lexicon: Lexicon) -> SimpleNamespace:
    """The meeting finder's patterns, compiled once per lexicon rather than once per document."""
    data = lexicon.yaml["meetings"]
    return SimpleNamespace(
        nouns=re.compile(r"\b(" + _any_of(data["meeting_nouns"]) + r")\b", re.I),
        verbs=re.compile(r"\b(" + _any_of(data["meeting_verbs"]) + r")\b", re.I),
        alone=re.compile(r"\b(" + "|".join(r"\s+".join(r"[\w'’-]+" if w == "*" else re.escape(w) for w in p.split())
                                          for p in data["meeting_alone_verbs"]) + r")\b", re.I),
        sideline=re.compile(_any_of(data["sideline_cues"]), re.I),
        attend=re.compile(r"\b(" + _any_of(data["attendance_cues"]) + r")", re.I),
        reported=re.compile(r"\b(?:" + trie_pattern({str(w) for w in data["position_speech_verbs"]}, _spaced)
                            + r")\b(?:\s+that)?\s+(?!by\b)"),
        ordinal_rx=re.compile(
            r"\b(?P<ord>" + _any_of(data["ordinals"]) + r"|\d{1,5}(?:st|nd|rd|th))\s+"
            # "the 30th ASEAN Regional Forum (ARF) Ministerial Meeting": a name's letters in brackets too
            r"(?:(?:[\w'’+]+|\([A-Z][A-Za-z+]{1,8}\))[- ]){0,6}(?:round|meeting|session|informal|ministerial|"
            r"conference|consultations?|summit|dialogue|edition)", re.I))


_TITLE_OF = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}(?:of|for)\s+(?:the\s+)?")
# "the representatives of the other countries of the region, namely Cameroon, Chad and Benin"
_NAMELY = re.compile(r"\brepresentatives\s+of\b[^.;]{0,60}?\b(?:namely|including|:)\s+"
                     r"(?:[A-Z][\w'’ -]*(?:,\s*|\s+and\s+))*(?:the\s+)?$")
_BEFORE_THIS = re.compile(r"\b(?:[Bb]efore|[Pp]rior to) (?:this|that|the) (?:visit|trip|meeting|talks)\b")
_PLANNED = re.compile(r"\b(?:is|are) (?:expected|due|scheduled|set) to\b|\bwill (?:visit|travel|attend|meet)\b|"
                      r"\bplans? to (?:visit|travel|attend|meet)\b|\blater this (?:week|month|year)\b|"
                      # "invited Saqib to visit Iran": a visit asked for, not made
                      r"\binvit(?:ed|es)\s+(?:[\w'’-]+\s+){1,5}?to\s+(?:visit|attend|come)\b")
# "President X's envoy, Foreign Minister Y": X sends, Y attends
_SENT_BY = re.compile(r"['’]s?\s+(?:special\s+|personal\s+)?(?:envoy|emissary|representative|messenger)\b", re.I)
_ABSENT = re.compile(
    r"\b(?:did not|didn't|would not|will not|declined to|refused to)\s+(?:attend|take part|participate|join)|"
    r"\b(?:was|were) (?:absent|not present|not represented)|\bboycotted|\bstayed away", re.I)


# told anywhere in the text, of the meeting it reports: "had declined the invitation", "skipped the talks"
_STAYED_AWAY = re.compile(
    r"\b(?:declined|turned down|rejected)\s+(?:the|an|its|their)\s+invitations?\b|\bskip(?:s|ped)?\s+(?:the\s+)?"
    r"(?:meet|meeting|talks|summit|dialogue|conference|session|gathering)\b|\b(?:did not|didn't|would not|"
    r"will not|could not)\s+(?:attend|travel|come)\b|\bstayed away\b|\bboycotted\s+(?:the\s+)?(?:meeting|"
    r"talks|summit|dialogue|conference|session)\b|\b(?:was|were) (?:absent|not represented)\b", re.I)


# a ministry's masthead: "Ministry of Foreign Affairs – Government of Pakistan", "Ministry of External
# Affairs, Government of India", "Norwegian Ministry of Foreign Affairs"
_MASTHEAD = re.compile(r"^[ \t]*(?:[A-Z][\w-]+\s+){0,2}(?:Ministry|Department)\s+of\s+(?:Foreign|External)\s+Affairs\b"
                       r"[^\n]{0,80}$", re.M)
# "the Foreign Secretary held talks", "our Minister met": the issuing ministry's official, left unnamed
_OWN_OFFICIAL = re.compile(r"\b(?:[Tt]he|[Oo]ur)\s+(?:(?:Foreign|External\s+Affairs|Deputy\s+Foreign)\s+)?"
                           r"(?:Minister|Secretary)\b(?!\s+(?:of\b|for\b|[A-Z]))")


_REMOTE = re.compile(r"\b(?:virtual|video\s*-?\s*conferenc\w*|video\s+link|online|"
                     r"(?:tele)?phone\s+(?:call|conversation)|by\s+(?:tele)?phone)\b", re.I)


_ACTED_ON = re.compile(r"\b(?:described|condemned|denounced|accused|critici[sz]ed|urged|called on|called upon|granted|"
                       r"warned|blamed|praised|thanked|commended|designated|labelled|labeled|branded)\b")
_TAKES_PART = re.compile(r"(?:['’]s?)?\s+(?:\w+\s+){0,3}?(?:attended|joined|took part|participated|also met)\b")


# "ahead of a third meeting of envoys in Doha later this month": another meeting's place, still to come
_AHEAD_OF = re.compile(r"\b(?:ahead of|in the run-up to|in preparation for|in advance of)\s+(?:an?|the|their|its)\b")


# what ends a clause: a list's commas do not, where the clause says who came as guests
_CLAUSE_MARKS = (";", ",", " while ", " but ", " whereas ")
_GUEST_CLAUSE_MARKS = (";", " while ", " whereas ", " but ", ", and ", ", with ", " with ")


def _clause_start(text: str, pos: int, marks: tuple[str, ...] = _CLAUSE_MARKS) -> int:
    """Where the clause that ends at pos begins: past the last of `marks` before it."""
    return max((i + len(w) for w in marks if (i := text.rfind(w, 0, pos)) >= 0), default=0)


def _guest_spans(s: Sentence) -> list[tuple[int, int]]:
    """The clauses that say who came as guests or observers: "A and B sent envoys, while C and D attended
    as guests" makes guests of C and D alone."""
    spans = []
    for g in _GUEST.finditer(s.text):
        ends = [i for i in (s.text.find(w, g.end()) for w in _GUEST_CLAUSE_MARKS) if i >= 0]
        spans.append((s.start + _clause_start(s.text, g.start(), _GUEST_CLAUSE_MARKS),
                      s.start + min(ends, default=len(s.text))))
    return spans


# "a separate four-nation meeting with", "held bilateral talks with": a meeting apart from the main one
_SEPARATE = re.compile(r"\b(?:separate|bilateral|side)\s+(?:[\w-]+\s+)?(?:meetings?|talks|consultations|"
                       r"discussions)\b", re.I)
_WITH = re.compile(r"\b(?:(?:(?:separate|bilateral|side)\s+(?:[\w-]+\s+)?)?(?:meetings?|talks|consultations|"
                   r"discussions|(?:tele)?phone\s+(?:calls?|conversations?|talks)|video\s+(?:calls?|conferences?))"
                   r"\s+with|met(?:\s+with)?|spoke\s+(?:by\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone)\s+with|"
                   r"(?:spoke|talked)\s+with\b(?=[^.;]{0,60}\bby\s+(?:tele)?phone))\b", re.I)
# "Separately, X held talks with Y", "X also met Y": another meeting than the one just told
_SEPARATELY = re.compile(r"^\s*(?:Separately|In a separate meeting|Later|Earlier|Meanwhile)\b|\balso\s+(?:held|had)\s+"
                         r"(?:talks|a meeting|meetings|a bilateral|bilateral|separate)\b|\balso\s+met\b")
_LIST_STOP = re.compile(r"\s+(?:on|about|regarding|over|to|in|at|for|focus\w*|that|which|where|during|after|before|"
                        r"who)\b|,\s+(?!and\b|the\b)[a-z]|[;.]")
_UNDER_WAY = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+)?(?:gathering|meeting|convening|holding|hosting|being held|"
                        r"taking place|under way|underway)\b|\b(?:meets|convenes|gathers)\s+(?:today|this)\b")
_SPEAKS = re.compile(r"\s*,?\s*(?:also\s+|further\s+)?(?:said|says|stated|stressed|told|noted|emphasi[sz]ed|underlined|"
                     r"underscored|urged|called|briefed|warned|added|highlighted|pointed out)\b")
_ADDRESSED = re.compile(r"\b(?:urged|urges|called on|calls on|called upon|calls upon|demanded that|demands that|"
                        r"asked|pressed|told|warned|condemned|criticized|criticised)\s+(?:the\s+)?$", re.I)
_PLAN = re.compile(r"\b(?:agreed|decided|plans?|planned|intends?|intended|proposed|resolved)\s+to\s+(?:hold|convene|"
                   r"host|meet)\b|\b(?:the\s+)?next\s+(?:meeting|round|session|summit|consultations?)\b|"
                   # "looked forward to the 57th Meeting to be held in Vientiane in July": still to come
                   r"\blook(?:s|ed|ing)? forward to\b|\bto be (?:held|hosted|convened)\b|"
                   # "invited the minister to attend a conference in Ashgabat": an invitation's event lies ahead
                   r"\binvit(?:ed|es|ing|ation)\b[^.;]{0,60}?\bto\s+(?:attend|visit|participate|take part|join)\b|"
                   # "Our leaders will take these issues forward at the summit in C next year"
                   r"\b(?:will|shall)\s+(?:\w+\s+){0,6}?(?:at|in|during)\s+(?:the|a|its|their)\s+(?:[\w'-]+\s+){0,4}?"
                   r"(?:summit|meeting|session|conference|ministerial)\b",
                   re.I)
_DEMONYM_ROLE = re.compile(
    r"(?:(?:\s*,\s*|\s+and\s+|\s+)[A-Z][\w-]+)*\s+(?:(?:foreign|special|deputy|defen[cs]e|prime|senior|top|acting|"
    r"chief|vice|trade|finance|security|national)\s+)*(?:envoys?|ministers?|delegations?|delegates?|representatives?|"
    r"officials?|counterparts?|leaders?|presidents?|diplomats?|side|sides|negotiators?|heads? of state|"
    r"premiers?|chancellors?|secretar(?:y|ies)|government)\b")
_TOPIC_IN = re.compile(r"\b(?:situation|developments|events|crisis|security|conflict|war)\s+in\s+(the\s+)?$")
_FEATURE = re.compile(r"\b(?:Sea|Ocean|Gulf|Strait|Straits|Peninsula|Basin|River|Lake|Valley|Desert|Delta|Region)$|"
                      # "in West Africa", "in Southeast Asia", "in the Middle East": a region, no venue
                      r"^(?:(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Southeast|"
                      r"Southwest|Northeast|Northwest|Sub-Saharan|Middle|Far)\s+[A-Z]\w+|Sahel|Balkans|Caucasus|"
                      r"Maghreb|Levant|Horn of Africa)$")
_ADOPTION = re.compile(r"adopted|voted|agreed unanimously|mandate", re.I)


def _after_apposition(text: str, pos: int, end: int) -> int:
    """Past ', the Under-Secretary-General for Political Affairs,' after a name: where its verb starts."""
    m = re.match(r"\s*,[^,;.]{3,160},", text[pos:end])
    return pos + m.end() if m else pos


# "extended the mandate until 15 July 2028", "by the end of March": a term's end, not the meeting's day
_DEADLINE = re.compile(r"\b(?:until|till|through|no\s+later\s+than|expires?\s+on|extended\s+to|ends?\s+on|"
                       r"deadline\s+of)\s+(?:the\s+end\s+of\s+)?$", re.I)
# a meeting "wrapped up" or "closed" on a day, told with how many days it lasted
_CLOSING = r"\b(?:concluded|wrapped up|ended|closed|wound up|rounded off)\b"
_SPAN_DAYS = r"\b(?P<{}>two|three|four|five|[2-5])-day\b"
_CLOSED_ON = re.compile(rf"{_CLOSING}[^.;]{{0,160}}?{_SPAN_DAYS.format('n')}|"
                        rf"{_SPAN_DAYS.format('n2')}[^.;]{{0,160}}?{_CLOSING}", re.I)
_BUILDING_WORDS = (r"(?:Guesthouse|Guest\s+House|Palace|House|Hall|Centre|Center|Hotel|Building|Headquarters|"
                   r"Complex|Residence|Mansion|Pavilion|Auditorium|Villa)")
_BUILDING = re.compile(rf"\b{_BUILDING_WORDS}$")
# "at Hyderabad House": a city's name opening a building's
_BUILDING_AFTER = re.compile(rf"\s+{_BUILDING_WORDS}\b")
_NOT_SET = re.compile(r"\b[Nn]o\s+(?:date|venue|dates)\s+(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:yet\s+)?"
                      r"(?:set|fixed|announced|agreed|decided)\b|\b(?:date|venue)\s+(?:has|had|is|was)\s+(?:yet|still)\s+"
                      r"(?:to\s+be\s+)?(?:set|fixed|announced|agreed|decided)\b")
# "a joint statement issued on Thursday after the talks": the statement's day, not the meeting's
_ISSUED_ON = re.compile(r"\b(?:issued|released|published|posted|circulated|dated)\s+(?:late\s+|early\s+)?(?:on\s+)?$")


# "It was the committee's 12th meeting", "This was the first such visit": the meeting just told
_IT_WAS = re.compile(r"\s*(?:It|This|That)\s+(?:was|is|marked)\s+(?:also\s+)?(?:the|their|its)\b")
# "since the ceasefire took effect in November 2024", "since 2021": when a period began, not a meeting's day
_SINCE = re.compile(r"\bsince\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,5}?(?:took\s+effect|came\s+into\s+"
                    r"(?:force|effect)|began|started|was\s+signed|were\s+signed|was\s+launched|broke\s+out|erupted|"
                    r"was\s+founded|was\s+established|was\s+set\s+up)\s+(?:in|on)\s+$|\bsince\s+$", re.I)


def _other_day(text: str, d: DateMention, start: int) -> bool:
    """Whether the words before a date (from `start`, the clause's first character) make it a term's end,
    a statement's day of issue or a period's start rather than a meeting's day."""
    lo = max(start, d.start - 30)
    return bool(_DEADLINE.search(text, lo, d.start) or _ISSUED_ON.search(text, lo, d.start) or
                _SINCE.search(text, max(start, d.start - 80), d.start))
# "X hosted", "X received his counterpart", "X welcomed her Chilean guest": X is the host
_HOST_VERB = re.compile(r"\s*,?\s+(?:who\s+)?(?:hosted|played host|received|welcomed\s+(?:his|her|their)\s+"
                        r"(?:\w+\s+)?(?:counterpart|guest|visitor))\b")
# "The foreign ministers of A, B and C", "Representatives from A and B": a sentence's subject
_ROLES_OF = (r"(?:[Mm]inisters|[Rr]epresentatives|[Ee]nvoys|[Ll]eaders|[Dd]elegations|[Hh]eads\s+of\s+"
             r"(?:[Dd]elegations?|[Ss]tate)|[Ss]pecial\s+[Rr]epresentatives|[Ss]ecretaries|[Dd]elegates|"
             # "The chiefs of defence staff of A, B and C", "Senior officials from A and B"
             r"[Cc]hiefs(?:\s+of\s+(?:[Dd]efen[cs]e\s+|[Gg]eneral\s+)?[Ss]taff)?|[Oo]fficials|[Dd]iplomats)"
             r"\s+(?:of|from)\s+")
_MINISTERS_OF = re.compile(r"\s*(?:(?:The|All|Both)\s+)?(?:[A-Za-z-]+\s+){0,2}?" + _ROLES_OF)


# "We, the G7 Foreign Ministers of A, B, ...", "attended by the ministers of A, B and C": inside a sentence
_MINISTERS_OF_INSIDE = re.compile(r"(?:\b[Ww]e,\s+|\b(?:attended|joined)\s+by\s+|\bwith\s+the\s+participation\s+of\s+|"
                                  r"\bbrought\s+together\s+)(?:the\s+)?(?:[\w-]+\s+){0,3}?" + _ROLES_OF)


# "The Kazakh Side expressed ...", "2. The Mongolian delegation noted ...": a side speaking
_SIDE_SPEAKS = re.compile(r"\s*(?:\d{1,2}[.)]\s*)?[Tt]he\s+([A-Z][\w'’-]+)\s+(?:[Ss]ide|[Dd]elegation)\s+"
                          r"(?!(?:of|to|at|in|for)\b)")

# offices only a state's own government holds (not an envoy's, an ambassador's or a body's)
_NATIONAL_OFFICE = re.compile(r"\b(?:[Mm]inister|[Pp]resident|[Pp]remier|[Ff]oreign [Ss]ecretary|[Cc]hancellor|[Kk]ing|"
                              r"[Ee]mir|[Ss]ultan|[Cc]rown [Pp]rince)\b")


class MeetingFinder:
    def __init__(self, text: str, sentences: list[Sentence], mentions: DocMentions, lexicon: Lexicon,
                 doc_date: str | None, dateline_end: int = 0):
        self.text = text
        self.sentences = sentences
        self.dm = mentions
        self.lex = lexicon
        self.doc_date = doc_date
        self.dateline_end = dateline_end
        data = lexicon.yaml["meetings"]
        pats = _patterns(id(lexicon), lexicon)
        self.nouns, self.verbs, self.alone, self.sideline, self.attend, self.ordinal_rx = (
            pats.nouns, pats.verbs, pats.alone, pats.sideline, pats.attend, pats.ordinal_rx)
        self.reported = pats.reported
        self.ordinals = {str(k).lower(): int(v) for k, v in data["ordinals"].items()}
        self.topic_states = set(data.get("topic_states", []))
        self.meetings: list[MeetingFact] = []
        self.sentence_meeting: dict[int, str] = {}   # sentence index -> meeting local id
        self._side_host: list[str] = []

    # -- the pass over sentences -------------------------------------------
    def run(self) -> list[MeetingFact]:
        for i, s in enumerate(self.sentences):
            self._sentence(i, s)
        self._fill_from_lede()
        self._city_from_dateline()
        self._sidelines_follow()
        self._participants()
        self._speaking_states()
        self._named_sides()
        self._ministers_of_states()
        self._lede_pair()
        self._host_serves_venue()
        self._home_officials()
        self._sides_speak()
        self._absentees()
        self._issuer_takes_part()
        for m in self.meetings:
            self._other_side(m)
        self._placed_elsewhere()
        for m in self.meetings:
            m.states = sorted(set(m.states))
            m.orgs = sorted(set(m.orgs) - set(m.states))
            self._series_by_members(m)
        if self.meetings:
            self.meetings[0].primary = True
        return self.meetings

    def _dateline_city(self) -> Mention | None:
        """The dateline's city: the last place the dateline names that is no geographic feature."""
        if not self.dateline_end:
            return None
        return next((p for p in reversed(self.dm.in_span(0, self.dateline_end, {"place"}))
                     if not _FEATURE.search(p.surface)), None)

    def _main(self) -> MeetingFact | None:
        """The first meeting told that is no side meeting of another."""
        return next((m for m in self.meetings if not m.sideline_of), None)

    def _sentence(self, i: int, s: Sentence) -> None:
        noun = self.nouns.search(s.text)
        verb = self.verbs.search(s.text)
        ordinal = self._ordinal(s)
        # "met", and "leaders meeting in Doha on Tuesday demanded": the participle tells the meeting too
        met = bool(re.search(r"\bmet\b|\b(?:leaders|ministers|envoys|delegates|officials|representatives|chiefs|heads|"
                             r"diplomats|negotiators|mediators|counterparts|delegations|commanders|lawmakers)\s+"
                             r"(?:meeting|gathered|gathering)\s+(?:in|at)\s+(?:the\s+)?[A-Z]|"
                             # "Leaders of A and B, meeting in Vilnius on Tuesday, described ...", "Meeting in
                             # Niamey on Friday, the ministers said ..."
                             r"(?:[,–—-]\s+|^)(?:[Mm]eeting|[Gg]athered|[Gg]athering)\s+(?:in|at)\s+(?:the\s+)?[A-Z]"
                             r"[^,]{0,60},|"
                             r"\b(?:discussed|conferred|signed)\b[^.;]{0,80}?\bwith\s+(?:\w+\s+){0,4}?[A-Z]|"
                             # "X spoke by phone with Y on Monday": a call
                             r"\b(?:spoke|talked)\s+(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\s+with\b|"
                             # "Chile and Peru signed a memorandum on water sharing in Lima on Friday"
                             r"\b(?:signed|inked)\s+(?:an?|the|two|three|several)\s+(?:[\w-]+\s+){0,3}?(?:agreements?|"
                             r"memorand(?:um|a)|accords?|treaty|treaties|deals?|declarations?|protocols?|MoUs?)\b",
                             s.text)
                  or self.alone.search(s.text) or self._received_someone(s))
        # "It was attended by ...", "Representatives of X attended as guests": the meeting just opened
        attending = bool(self.meetings and re.search(
            # "The minister hosted his counterparts from A, B and C": the host's guests attended too
            r"\b(was attended|were attended|attended|took part|participated|were present|was present|joined|"
            # "Also present were the ambassadors of A and B", "Participants included A, B and C"
            r"[Pp]resent were|also present|[Pp]articipants (?:included|were)|"
            r"[Pp]articipating (?:states|countries|nations|delegations) (?:were|included)|"
            # "Attending the meeting were ..." (opening the sentence: not "parties attending the meeting
            # said"), "Also in attendance were ...", "A and B were represented by their deputy ministers",
            # "A, B and C sent delegations"
            r"Attending|in attendance|(?<!not )(?:were|was) represented\b|sent (?:\w+ )?(?:delegations?|envoys?|"
            r"representatives|ministers)|"
            r"hosted\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:counterparts?|delegations?|guests|ministers)|"
            # "X was accompanied by Ambassador Y", "Secretary-General Z addressed the meeting"
            r"(?:was|were)\s+accompanied\s+by|^Representing\s+(?:the\s+)?(?=[A-Z])|addressed\s+the\s+(?:\w+\s+)?(?:meeting|session|conference|"
            r"gathering|summit|talks|forum|ministers|participants))\b",
            s.text))
        during = bool(noun and re.search(r"\b(during|at|in)\s+(a|an|the)\b[^.;]{0,80}?" + noun.group(1), s.text, re.I))
        # "The Security Council unanimously adopted a resolution on Friday": a body's act is its meeting
        adoption = verb is not None and _ADOPTION.search(verb.group(0)) is not None and any(
            m.kind == "igo" and m.end <= s.start + verb.start()
            for m in self.dm.in_span(s.start, s.start + verb.start()))
        # "On the sidelines, A and B agreed ...": the margins of the meeting told before are a meeting's
        margins = bool(self.meetings and re.search(r"\b[Oo]n the (?:sidelines|margins)\b", s.text))
        if not ((noun and (verb or ordinal)) or met or attending or during or adoption or margins):
            return
        body = max(s.start, self.dateline_end)
        # "... and agreed to hold their next meeting in Chisinau": the plan's place and date are not this one's
        plan = _PLAN.search(self.text, body, s.end)
        end = plan.start() if plan else s.end
        if plan and not (self.verbs.search(self.text[body:end]) or re.search(r"\bmet\b", self.text[body:end])):
            return
        mentions = self.dm.in_span(body, end)
        anchor = next((m.date for m in self.meetings if m.date and len(m.date) == 10), None)
        # "..., said the withdrawal would take effect on January 29": a day in the words reported is what
        # was said, not when ("said on Sunday" still dates the saying)
        said = self.reported.search(self.text, body, end)
        # (where the meeting itself is told inside the words, "X said that since the first meeting in
        # September 2021", its day is there too)
        told_from = said.end() + 12 if said and noun and s.start + noun.start() < said.start() else end
        dates = [d for d in find_dates(self.text, body, end, self.doc_date, anchor)
                 if not _other_day(self.text, d, body) and d.start < told_from]
        # "X, who arrived in Muscat on Monday, held talks with Y on Tuesday": the day of the relative clause
        # is another event's, where the sentence tells one outside it
        aside = [(s.start + r.start(), s.start + r.end())
                 for r in re.finditer(r",\s+(?:who|which)\b[^,;]*,", s.text)]
        outside = [d for d in dates if not any(a <= d.start < b for a, b in aside)]
        if aside and outside:
            dates = outside
        if not dates and self.doc_date and len(self.doc_date) == 10 and noun:
            # "the executive committee is gathering for an emergency meeting": told as it happens, on
            # the day the text is dated
            now = _UNDER_WAY.search(s.text)
            if now:
                dates = [DateMention(s.start + now.start(), s.start + now.end(), self.doc_date, now.group(0))]
        closing = _CLOSED_ON.search(s.text)
        if dates and closing and len(dates[0].value) == 10 and not dates[0].last:
            # "wrapped up the two-day meeting on Monday": the day it closed is its last; it is dated by its first
            n = (closing.group("n") or closing.group("n2")).lower()
            span = int(n) if n.isdigit() else NUMBER_WORDS[n]
            first = dt.date.fromisoformat(dates[0].value)
            if 1 < span < 6:
                d = dates[0]
                dates[0] = DateMention(d.start, d.end, (first - dt.timedelta(days=span - 1)).isoformat(), d.text,
                                       last=d.value)
        if self.meetings and (_SEPARATE.search(s.text) or _SEPARATELY.search(s.text) or self.sideline.search(
                s.text) or re.search(
                r"\bon the (?:sidelines|margins)\b", s.text, re.I)) and self._side_meetings(i, s, mentions):
            return
        city = self._city(s, mentions)
        # a series names this meeting only where the sentence says it was held or attended
        series = next((m for m in mentions if m.kind == "series"), None) if (verb or attending) else None
        sideline = bool(self.sideline.search(s.text))
        definite = attending or bool(noun and verb and re.search(
            r"\b([Tt]he|[Tt]his|[Tt]hat|[A-Z][a-z]+day's)\s+([\w-]+\s+)?" + re.escape(noun.group(1)), s.text))
        # a text's opening sentences may report its meeting with no date or place ("The Security
        # Council met today ...")
        lede = not self.meetings and i < 3 and bool(noun and verb or met or adoption) and any(
            m.kind in ("igo", "state", "person", "government", "series") for m in mentions)
        if not (dates or city or series or ordinal or sideline or (definite and self.meetings) or lede):
            return
        if (re.search(r"\b(several|many|numerous) rounds\b|\bpreceding\b|\bahead of\b", s.text, re.I)
                or _BEFORE_THIS.search(s.text)) and not dates:
            return      # "Before this visit, X held a meeting with Y": an earlier meeting, undated

        if re.search(r"\b(?:next|upcoming|following)\s+(?:\w+\s+)?(?:meeting|round|session|summit|conference)\b.{0,60}"
                     r"\b(?:will|would|is to|is expected to|shall)\b", s.text, re.I):
            return      # "The next round of the dialogue will be held in Kabul": not held yet
        if (_PLANNED.search(s.text) or re.search(r"\bnext (?:week|month)\b", s.text)) and not re.search(
                r"\b(?:met|held|attended|took place|was|were|had|hosted|convened|gathered|discussed)\b", s.text):
            return      # "The Foreign Minister will attend a ministerial meeting in Jeddah next week"
        if _NOT_SET.search(s.text):
            return      # "No date was set for a fourth meeting": none held, none even planned
        date = dates[0] if dates else None
        target = self._target(date.value if date else None, city, ordinal, sideline, s)
        if target is None and self.meetings and _IT_WAS.match(s.text):
            # "It was the committee's 12th meeting since ...": the meeting the sentence before told
            told = self.sentence_meeting.get(i - 1)
            target = next((m for m in self.meetings if m.local_id == told), None) or self._main()
        if target is None and _ABSENT.search(s.text) and not met:
            return      # "X, which ... in April 2019, did not take part in the meeting": no meeting of its own
        if target is None:
            target = MeetingFact(local_id=f"m{len(self.meetings) + 1}", evidence=[])
            if sideline and self.meetings:
                base = self.meetings[0]
                target.sideline_of = base.local_id
                target.date, target.date_evidence = base.date, base.date_evidence
                target.city, target.city_evidence = base.city, base.city_evidence
                target.country = base.country
            self.meetings.append(target)
        target.evidence.append(Span(s.start, s.end, s.text))
        self.sentence_meeting[i] = target.local_id
        if date and not target.date:
            target.date, target.date_evidence = date.value, Span(date.start, date.end, date.text)
            target.end_date = date.last
        elif date and target.date and len(date.value) > len(target.date):
            target.date, target.date_evidence = date.value, Span(date.start, date.end, date.text)
            target.end_date = date.last
        if city and not target.city:
            target.city = city.key
            target.city_evidence = Span(city.start, city.end, city.surface)
            entry = self.dm.entries.get(city.key)
            target.country = entry.located_in if entry else None
        if series and not target.series:
            target.series = series.key
        if ordinal and not target.ordinal:
            target.ordinal = ordinal
            if not target.series:
                target.series_name = self._series_phrase(s)
        self._states_and_orgs(target, s, mentions, city)
        self._chair(target, s, mentions)

    def _side_meetings(self, i: int, s: Sentence, mentions: list[Mention]) -> bool:
        """'X also held bilateral talks with the Chinese and Iranian envoys', 'a separate meeting with
        A, B and C': meetings apart from the main one, one per counterpart where the talks were
        bilateral. False where the sentence does not say who met whom."""
        w = _WITH.search(s.text)
        if not w:
            return self._side_pair(i, s, mentions)
        cut = s.start + w.end()
        host: list[str] = []
        for m in mentions:
            if m.end > cut:
                break
            if m.kind == "state" and m.via != "demonym":
                if re.search(r"\b(?:to|in|into|from|at|of)\s+(?:the\s+)?$",
                             self.text[max(s.start, m.start - 12):m.start]):
                    continue    # "during his visit to Iran, X also held meetings": where, not who
                host.append(m.key)
            elif m.kind == "person":
                rep = self._title_says(m.key) or getattr(self.dm.entries.get(m.key), "affiliation", None)
                if rep:
                    host.append(rep)
        # the counterparts are the list right after "with", up to what the talks were about
        stop = _LIST_STOP.search(self.text, cut, s.end)
        list_end = stop.start() if stop else s.end
        others: list[str] = []
        for m in mentions:
            if m.start < cut or m.start >= list_end:
                continue
            key = m.key if m.kind == "state" else self._title_says(m.key) if m.kind == "person" else None
            if key and key not in others and key not in host:
                others.append(key)
        # "The envoy also held bilateral talks with ...": the same side as the last side meeting's
        host = list(dict.fromkeys(host))[:1] or self._side_host[:1]
        self._side_host = host
        others = [o for o in others if o not in host]
        if not others:
            return False
        groups = [[*host, o] for o in others] if re.search(r"\bbilateral\b", w.group(0), re.I) else [[*host, *others]]
        base = self._main() or self.meetings[0]
        # "Separately, on Monday, X held a virtual meeting with Y": apart from the main meeting, and nowhere
        remote = _REMOTE.search(s.text) is not None
        for states in groups:
            side = next((m for m in self.meetings if m.sideline_of and set(m.states) == set(states)), None)
            if side is None:
                side = MeetingFact(local_id=f"m{len(self.meetings) + 1}", evidence=[])
                side.states = list(states)
                self.meetings.append(side)
                if remote:
                    own = find_dates(self.text, s.start, s.end, self.doc_date, base.date)
                    if own:
                        side.date, side.date_evidence = own[0].value, Span(own[0].start, own[0].end, own[0].text)
                else:
                    side.sideline_of = base.local_id
                    side.date, side.date_evidence = base.date, base.date_evidence
                    side.city, side.city_evidence = base.city, base.city_evidence
                    side.country = base.country
            side.evidence.append(Span(s.start, s.end, s.text))
            self.sentence_meeting.setdefault(i, side.local_id)
        return True

    def _side_pair(self, i: int, s: Sentence, mentions: list[Mention]) -> bool:
        """'On the sidelines, Jordanian Foreign Minister A and Iraqi Foreign Minister B agreed to ...':
        the persons of two or more states the sentence names met apart."""
        states: list[str] = []
        for m in mentions:
            if m.kind == "person":
                rep = self._title_says(m.key)
                if rep and rep not in states:
                    states.append(rep)
        if len(states) < 2 or any(m.kind == "person" and self._title_says(m.key) is None for m in mentions):
            return False
        base = self._main() or self.meetings[0]
        side = MeetingFact(local_id=f"m{len(self.meetings) + 1}", evidence=[Span(s.start, s.end, s.text)],
                           sideline_of=base.local_id, date=base.date, date_evidence=base.date_evidence,
                           city=base.city, city_evidence=base.city_evidence, country=base.country,
                           states=states)
        self.meetings.append(side)
        self.sentence_meeting.setdefault(i, side.local_id)
        return True

    def _received_someone(self, s: Sentence) -> bool:
        """'The minister received the Ambassador of Portugal, X', 'received Deputy Minister Y': a host
        receiving a titled or named person met him."""
        for r in re.finditer(r"\b(?:received|receives|welcomed)\s+(?:the\s+)?(?:visiting\s+)?", s.text):
            at = s.start + r.end()
            if any(tp.title_start in (at, at + 1) or tp.mention.start == at for tp in self.dm.titled) or any(
                    m.kind == "person" and m.start == at for m in self.dm.in_span(at, at + 1)):
                return True
            # "received the Portuguese Ambassador, X": a demonym before the title
            dem = re.match(r"[A-Z][\w'’-]+\s+", self.text[at:at + 40])
            if dem and any(tp.title_start == at + dem.end() for tp in self.dm.titled):
                return True
            # "received Peru's foreign minister", "received the Chilean delegation": a state's envoy, unnamed
            if re.match(r"(?:[A-Z][\w'’-]+(?:['’]s)?\s+)(?:\w+\s+)?(?:minister|envoy|ambassador|delegation|"
                        r"counterpart|president|prime minister|representative)\b", self.text[at:at + 60]) and \
                    self.dm.in_span(at, at + 30, {"state"}):
                return True
        return False

    def _title_says(self, key: str) -> str | None:
        """Whom the first of the person's titles that says so has him represent."""
        return next((tp.represents for tp in self.dm.titled if tp.mention.key == key and tp.represents), None)

    def _target(self, date: str | None, city: Mention | None, ordinal: int | None, sideline: bool,
                s: Sentence) -> MeetingFact | None:
        if not self.meetings:
            return None
        if sideline:
            return next((m for m in self.meetings if m.sideline_of), None)
        for m in self.meetings:
            if m.sideline_of:
                continue
            if ordinal and m.ordinal and ordinal != m.ordinal:
                continue
            if date and m.date and not compatible(date, m.date, days=0):
                continue
            if city and m.city and city.key != m.city:
                continue
            return m
        return None

    def _city(self, s: Sentence, mentions: list[Mention]) -> Mention | None:
        # "During the talks, X said Beijing supported a government in Kabul": a place in the reported
        # words is what was said, not where
        # and "urged the Council not to hold talks in Doha", "ahead of a meeting in Doha": what was asked for,
        # or is still to come
        cuts = [x.start() for x in (self.reported.search(s.text), _AHEAD_OF.search(s.text), _ACTED_ON.search(s.text))
                if x is not None]
        cut = s.start + min(cuts) if cuts else s.end
        # "at the Diaoyutai State Guesthouse", "Itamaraty Palace": a building is where in the city, not the city
        named = [m for m in mentions if m.kind == "place" and m.start < cut]
        places = [m for m in named if not _BUILDING.search(m.surface) and not _BUILDING_AFTER.match(self.text, m.end)]
        building = len(places) < len(named)
        for m in places:
            # "Moscow hosted the third meeting", "Tehran was the venue"
            if re.match(r"\s+(hosted|was the venue|played host|welcomed)\b", self.text[m.end:m.end + 20]):
                return m
        # "MOSCOW (AP) - Russia hosted ...": the dateline's city, when it lies in the state that hosted
        for m in mentions:
            if m.kind == "state" and re.match(r"\s+(hosted|played host)\b", self.text[m.end:m.end + 20]):
                for p in self.dm.in_span(0, self.dateline_end, {"place"}):
                    entry = self.dm.entries.get(p.key)
                    if entry is not None and entry.located_in == m.key:
                        return p
        # "BEIJING, March 4 -- X held talks here": "here" is the dateline's city
        if re.search(r"\b(?:held|met|talks|meeting|arrived)\b[^.;]{0,40}\bhere\b", s.text):
            here = self._dateline_city()
            if here is not None:
                return here
        # "in Samarkand", "at the port city Tianjin", "visited Dushanbe", "capital of Dushanbe", "the southern
        # town of Naqoura"
        for m in places:
            before = self.text[max(s.start, m.start - 40):m.start].lower()
            if _TOPIC_IN.search(before) or _FEATURE.search(m.surface):
                continue    # "on the situation in the Black Sea": what the meeting is about, not where
            if re.search(r"\b(in|at|visited|to|reached|city|capital|capital of)\s+(the\s+)?$", before) or \
                    re.search(r"(city|capital|town|village|port|resort)( of)?\s+$", before):
                entry = self.dm.entries.get(m.key)
                if before.rstrip().endswith("at") and self.dateline_end and (entry is None or not entry.located_in):
                    continue    # "at the ministry's palace": a building in the dateline's city, not a town
                return m
        if building and self.dateline_end:
            # "talks at the Itamaraty Palace", under the dateline "BRASILIA (AP) -": the building is there
            dl = [p for p in self.dm.in_span(0, self.dateline_end, {"place"}) if not _FEATURE.search(p.surface)]
            if dl:
                return dl[-1]
        return None

    def _city_from_dateline(self) -> None:
        """'MOSCOW - ...', 'Tehran, 13 September (TDI):': where the text names no other venue, the
        dateline's city is where its meetings were held."""
        if not self.meetings:
            return
        targets = self.meetings
        if any(m.city for m in self.meetings):
            main = self.meetings[0]
            if not self.dateline_end and not main.city:
                self._city_from_heading()
            if main.city or not self.dateline_end or _REMOTE.search(" ".join(e.text for e in main.evidence)):
                return
            # "The previous meeting was held in Bagan": an earlier meeting's place is not this one's,
            # which nothing else places
            targets = [main, *(m for m in self.meetings if m.sideline_of == main.local_id and not m.city)]
        # the dateline closes the span (a headline above it may name a region): its last city
        place = self._dateline_city()
        if place is None:
            if targets is self.meetings:
                self._city_from_heading()
            return
        entry = self.dm.entries.get(place.key)
        for m in targets:
            m.city, m.city_evidence = place.key, Span(place.start, place.end, place.surface)
            m.country = entry.located_in if entry else None

    def _city_from_heading(self) -> None:
        """A communiqué's heading gives its place on a line of its own, "Addis Ababa, Ethiopia": where
        the text names no other venue, its meetings' (the main one's) city."""
        pos = 0
        for line in self.text.split("\n")[:8]:
            here = [x for x in self.dm.in_span(pos, pos + len(line)) if x.kind in ("place", "state")]
            if len(here) == 2 and here[0].kind == "place" and here[1].kind == "state" and re.fullmatch(
                    r"\s*,\s*", self.text[here[0].end:here[1].start]) and not (
                    self.text[pos:here[0].start].strip() or self.text[here[1].end:pos + len(line)].strip()):
                main = self.meetings[0]
                main.city, main.city_evidence = here[0].key, Span(here[0].start, here[0].end, here[0].surface)
                main.country = here[1].key
                return
            pos += len(line) + 1

    def _series_phrase(self, s: Sentence) -> str | None:
        """'the third meeting of the Central Asian foreign ministers on Afghanistan': the format's name,
        when the lexicon has none for it (an ordinal counts meetings of a series)."""
        m = self.ordinal_rx.search(s.text)
        if not m:
            return None
        rest = s.text[m.end("ord"):].strip()
        rest = re.split(r"\s+(?:in|at|was|were|held|on\s+\w+day|on\s+\d)\b|[,;.(]", rest)[0].strip()
        # "the fourth round of the X Dialogue": the round counts meetings of X; X is the name
        rest = re.sub(r"^(?:round|session|edition)\s+of\s+(?:the\s+)?", "", rest, flags=re.I)
        words = rest.split()
        if len(words) < 3 or len(words) > 14:
            return None
        return rest[0].upper() + rest[1:]

    def _ordinal(self, s: Sentence) -> int | None:
        if re.search(r"\bbetween\b", s.text):
            return None
        m = self.ordinal_rx.search(s.text)
        if not m:
            return None
        word = m.group("ord").lower()
        # "the 52nd ... Meeting", "its 469th meeting": a numeral ordinal counts meetings of any series
        return int(word[:-2]) if word[:-2].isdigit() else self.ordinals.get(word)

    def _states_and_orgs(self, meeting: MeetingFact, s: Sentence, mentions: list[Mention],
                         city: Mention | None) -> None:
        host = meeting.country
        guest_spans = _guest_spans(s)
        # "Algeria and Morocco did not attend": the subject of a denied attendance stays out
        absent = [(s.start + _clause_start(s.text, a.start()), s.start + a.start()) for a in _ABSENT.finditer(s.text)]
        # "Leaders of A and B, meeting in Vilnius, described Russia as ...": past what they did to
        # someone, a state is what the meeting spoke of
        acted = _ACTED_ON.search(s.text)
        spoken_of = s.start + acted.end() if acted else s.end
        for m in mentions:
            if m.kind not in _ACTORS:
                continue
            if m.start >= spoken_of and m.kind == "state" and not _TAKES_PART.match(self.text, m.end, s.end):
                continue
            if m.via == "demonym":
                # "the Chinese, Russian and Pakistani envoys met": adjectives of the people who met
                if m.kind == "state" and _DEMONYM_ROLE.match(self.text, m.end, s.end):
                    meeting.states.append(m.key)
                continue
            if m.via == "pair":
                meeting.states.append(m.key)     # "the Sino-Indian talks": its parties, by construction
                continue
            if any(a <= m.start < b for a, b in absent):
                continue
            before = self.text[max(s.start, m.start - 14):m.start].lower()
            entry = self.dm.entries.get(m.key)
            if m.kind == "grouping" and entry is not None and entry.member_states and not re.search(
                    r"\b(?:on|about|with|against|to|urged|called on)\s+(?:the\s+)?$", before):
                # "G7 foreign ministers met", "the Quad's foreign ministers": a grouping of fixed membership
                # and no organs of its own meets as its states (lexicon/memberships.yaml), as it speaks
                meeting.states.extend(k for k in entry.member_states if k not in meeting.states)
                continue
            after = self.text[m.end:m.end + 14].lower()
            if m.kind == "state":
                listed = re.search(r"(\band\s+|,\s*)$", before) or re.match(r"\s+(and|held|met|attended)\b",
                                                                              self.text[m.end:m.end + 10])
                if m.key in self.topic_states and not listed:
                    continue    # Afghanistan is the topic of these meetings; a party only when listed as one
                # "Afghanistan's Taliban Foreign Minister attended": the group there is the party
                own = re.match(r"['’]s?\s+", self.text[m.end:m.end + 3])
                if own and any(x.start == m.end + own.end() and x.kind in ("armed_group", "government")
                               for x in mentions):
                    continue
                # the host country in apposition to the city ("in Samarkand, the Republic of Uzbekistan")
                # is where, not who; named elsewhere in the sentence, the host takes part
                if m.key == host and city is not None and re.fullmatch(
                        r"\s*,\s*(?:the\s+)?", self.text[city.end:m.start]):
                    continue
                if m.key == host and city is None and meeting.city and re.search(
                        r",\s*(?:the\s+)?$", before):
                    continue
                # the one the meeting addresses: "demanded that Iran stop", "urged Eritrea to"
                if _ADDRESSED.search(before + " ") or _ADDRESSED.search(
                        self.text[max(s.start, m.start - 30):m.start]):
                    continue
                # a place, not a party: "in Uzbekistan", "on Afghanistan", "visit to China"
                # "Special Representatives for X", "a meeting on X": what it is about; but "political
                # consultations with Chile": the other party
                talks_with = re.search(r"\b(?:talks|consultations|meetings?|dialogue|negotiations|discussions|summit)"
                                       r"\s+with\s+(?:the\s+)?$", self.text[max(s.start, m.start - 40):m.start])
                # "paid a state visit to Peru", "visited Peru": the host of a visit is a party to it
                visit_to = re.search(r"\b(?:visits?\s+to|trip\s+to|visited)\s+(?:the\s+)?$",
                                     self.text[max(s.start, m.start - 30):m.start])
                if not talks_with and not visit_to and re.search(
                        r"\b(in|on|to|for|about|regarding|over|bordering|against|with)\s+(the\s+)?$", before):
                    continue
                if re.search(r"\b(situation|territory|capital|soil|border|borders|issue|people|states|countries|"
                             r"neighbou?rs|neighbou?ring countries)\s+of\s+(the\s+)?$", before):
                    continue
                if re.search(r"\b(links?|ties|relations|trade|routes?|roads?|rail(?:way)?s?|corridors?|connectivity|"
                             r"borders?|cooperation|transit)\s+(?:\w+\s+){0,3}between\b[^.;]{0,60}$",
                             self.text[max(s.start, m.start - 90):m.start], re.I):
                    continue    # "rail links between Central Asia and Pakistan": a topic, not a party
                if re.match(r"^(['’]s\s+)?(capital|city|territory|soil|border|forces|troops|military|army)\b",
                            after.strip()):
                    continue
                meeting.states.append(m.key)
                if any(a <= m.start < b for a, b in guest_spans):
                    meeting.guests.append(m.key)
            elif m.kind in ("igo", "government", "armed_group", "organization"):
                # an organization attends when the sentence says so: "attended by ... the UN, the EU",
                # "the delegation of the Interim Government", "A Taliban delegation ... held talks"
                attend = re.search(r"\b(attended|participat\w+|took part|brought together|were present|"
                                   r"was present|joined|held (?:an? )?(?:\w+ )?(?:meeting|talks)|met)\b", s.text)
                delegation = re.match(r"\s+delegation", self.text[m.end:m.end + 12]) or re.search(
                    r"(delegations?|representatives|envoys?)\s+(of|from)\s+(the\s+)?$", before)
                # the Taliban urged at a meeting are addressed, not present; a ministry quoted is a source
                reported = re.match(r"\s+(said|says|stated|reported)\b", self.text[m.end:m.end + 10]) or re.search(
                    r"\b(urged|urges|called on|calls on|asked|pressed|told|warned|condemned|criticized|on|with|"
                    r"to|according to|by)\s+(the\s+)?$", before)
                # "met to consider the threat posed by ISIL and Al-Qaida": a group after the verb is the topic
                # unless its delegation is named
                topic = m.kind == "armed_group" and attend is not None and m.start > s.start + attend.start() and \
                    not re.search(r"\b(?:attended|joined)\s+by\s+(?:the\s+)?$",
                                  self.text[max(s.start, m.start - 30):m.start])
                if delegation or (attend and m.start > s.start + attend.start() and not reported and not topic) or (
                        attend and m.end <= s.start + attend.start() and re.match(
                            r"^[^,;]*$", self.text[m.end:s.start + attend.start()]) and m.kind != "government"):
                    meeting.orgs.append(m.key)

    def _chair(self, meeting: MeetingFact, s: Sentence, mentions: list[Mention]) -> None:
        m = re.search(r"\b(presided over|chaired|co-chaired|was chaired by|chaired by|hosted by)\b", s.text)
        if not m:
            return
        pos = s.start + m.start()
        persons = [x for x in mentions if x.kind == "person"]
        if "by" in m.group(1):
            cand = [x for x in persons if x.start > pos]
            chosen = cand[0] if cand else None
        else:
            cand = [x for x in persons if x.end <= pos]
            chosen = cand[-1] if cand else None
        if chosen and not meeting.chair:
            meeting.chair = chosen.key
            meeting.chair_evidence = Span(s.start, s.end, s.text)

    def _fill_from_lede(self) -> None:
        """A meeting with no date takes the first date of the text's lede ("agreed on Sept 16")."""
        if not self.meetings or self.meetings[0].date:
            return
        m = self.meetings[0]
        # a UN record's heading: the body, "9812TH MEETING (AM)", then the date, each on a line
        heading = 3 if m.ordinal is not None and m.evidence and m.evidence[0].end <= self.sentences[
            min(2, len(self.sentences) - 1)].end else 2
        # past a headline, a deck and a byline ("Yusuf Kara | 07.10.2025"), lines with no sentence's end:
        # the lede's first two sentences ("Foreign ministers of ... on Monday called for ...")
        # (the first runs on from the dateline: "SEOUL, June 14 (Yonhap) -- The ... agreed Friday to ...")
        body = [s for s in self.sentences[:10] if s.end > self.dateline_end and
                re.search(r"[.!?][\"”’)]*\s*$", s.text)][:2]
        # a page's "date 2027-05-04" line is when it was posted: the day of last resort
        page = re.match(r"\s*date\s+\d{4}-\d\d-\d\d\b", self.text)
        floor = page.end() if page else 0
        found: list[DateMention] = []
        for s in dict.fromkeys([*self.sentences[:heading], *body]):
            # the day the sentence tells before the dateline's own ("QUITO, Feb 15 - The talks ...")
            parts = [(max(s.start, self.dateline_end, floor), s.end),
                     (max(s.start, floor), min(s.end, self.dateline_end))]
            # (a day with no year, "DUBAI, Dec 19 (Reuters)" on a page with no date, tells no day)
            found = [d for a, b in parts if a < b for d in find_dates(self.text, a, b, self.doc_date)
                     if not _other_day(self.text, d, a) and not d.value.startswith("-")]
            if found:
                break
        if not found and page:
            found = find_dates(self.text, 0, page.end(), self.doc_date)
        if found:
            d = found[0]
            m.date, m.date_evidence = d.value, Span(d.start, d.end, d.text)

    def _sidelines_follow(self) -> None:
        """A side meeting told before its main meeting was dated or placed (the lede's day, the dateline's
        city, read once every sentence is): held on the main meeting's day, in its city."""
        by_id = {m.local_id: m for m in self.meetings}
        for m in self.meetings:
            base = by_id.get(m.sideline_of) if m.sideline_of else None
            if base is None:
                continue
            if not m.date and base.date:
                m.date, m.date_evidence, m.end_date = base.date, base.date_evidence, base.end_date
            if not m.city and base.city:
                m.city, m.city_evidence, m.country = base.city, base.city_evidence, base.country

    def _series_by_members(self, m: MeetingFact) -> None:
        if m.series or len(m.states) < 3:
            return
        for e in self.lex.entries.values():
            if e.kind == "series" and e.member_states and set(e.member_states) == set(m.states):
                # the same members make the same format only where the text speaks of a format
                if re.search(r"informal|format|troika|trilateral|quadrilateral|neighbo|dialogue|mechanism",
                             " ".join(sp.text for sp in m.evidence), re.I):
                    m.series = e.key
                    return

    # -- people -----------------------------------------------------------
    def _issuer_takes_part(self) -> None:
        """'Separately, the Foreign Secretary held a virtual meeting with ...' on a ministry's own page
        ("Ministry of Foreign Affairs - Government of Pakistan"): the official the text leaves unnamed
        is the ministry's, so its state takes part."""
        issuer = None
        for line in _MASTHEAD.finditer(self.text, 0, min(len(self.text), 400)):
            states = self.dm.in_span(line.start(), line.end(), {"state"})
            if states:
                issuer = states[0].key
                break
        if issuer is None:
            return
        for m in self.meetings:
            if issuer not in m.states and any(_OWN_OFFICIAL.search(e.text) for e in m.evidence):
                m.states.append(issuer)

    def _absentees(self) -> None:
        """'Pakistan and China had declined the invitation', 'X said he would not travel to Delhi': a
        state the text says stayed away from the meeting it reports is no participant of it, wherever
        the text says so, nor is its delegate."""
        primary = self.meetings[0] if self.meetings else None
        if primary is None:
            return
        away: set[str] = set()
        for i, s in enumerate(self.sentences):
            if self.sentence_meeting.get(i) not in (None, primary.local_id):
                continue
            for a in _STAYED_AWAY.finditer(s.text):
                begin = s.start + _clause_start(s.text, a.start())
                for m in self.dm.in_span(max(begin, self.dateline_end), s.start + a.start()):
                    state = m.key if m.kind == "state" and m.via != "demonym" else \
                        self._delegate_of(m.key, primary) if m.kind == "person" else None
                    if state:
                        away.add(state)
        away.discard(primary.country or "")
        if away:
            primary.states = [x for x in primary.states if x not in away]
            primary.participations = [p for p in primary.participations if p.represents not in away]

    def _delegate_of(self, person: str, meeting: MeetingFact) -> str | None:
        return next((p.represents for p in meeting.participations if p.agent == person), None)

    def _participants(self) -> None:
        if not self.meetings:
            return
        titled_at = {tp.mention.start: tp for tp in self.dm.titled}
        known_titles: dict[str, tuple[str | None, str | None]] = {}
        tp: TitledPerson | None
        for tp in self.dm.titled:
            known_titles.setdefault(tp.mention.key, (tp.title, tp.represents))
        primary = self._main() or self.meetings[0]
        paragraph_meeting: str | None = None
        for i, s in enumerate(self.sentences):
            local = self.sentence_meeting.get(i)
            if i and re.search(r"\n[^\S\n]*\n", self.text[self.sentences[i - 1].end:s.start]):
                paragraph_meeting = None
            if local is None and paragraph_meeting is not None and paragraph_meeting != primary.local_id:
                # "Separately, A held talks with B. ... B said ...": the paragraph goes on about its meeting
                local = paragraph_meeting
            elif local is not None:
                paragraph_meeting = local
            persons = self.dm.in_span(s.start, s.end, {"person"})
            if not persons:
                continue
            if local is None:
                if re.search(r"\b(preceding|before the|ahead of)\b", s.text) or _PLANNED.search(s.text) or \
                        _BEFORE_THIS.search(s.text):
                    continue    # "X is expected to visit Kabul later this month": not at this meeting
                # "Nadim has said ...": who the text already placed at another of its meetings is not
                # placed at the main one by speaking in a sentence that tells no meeting
                placed = {p.agent for m in self.meetings if m is not primary for p in m.participations}
                persons = [p for p in persons if p.key not in placed]
                if not persons:
                    continue
                if not self.attend.search(s.text):
                    # "Ana Lopez, Under-Secretary-General for X, said ...": an official introduced by title
                    # who speaks in a text about one meeting speaks at it
                    speaking = [p for p in persons if p.start in titled_at and titled_at[p.start].participant
                                and _SPEAKS.match(self.text, _after_apposition(self.text, p.end, s.end))]
                    if not speaking or len([m for m in self.meetings if not m.sideline_of]) != 1:
                        continue
                    persons = speaking
                meeting = primary
            else:
                meeting = next(m for m in self.meetings if m.local_id == local)
                said = re.search(r"\b(said|stressed|noted|recalled|added)\b", s.text)
                noun = self.nouns.search(s.text)
                if meeting is not primary and said and noun and said.start() < noun.start() and \
                        not _PLANNED.search(s.text):
                    # "Qin Gang said that since the first meeting ...": he speaks at this one, of that one
                    meeting = primary
            for p in persons:
                tp = titled_at.get(p.start)
                if tp is not None and not tp.participant:
                    continue
                if _SENT_BY.match(self.text, p.end):
                    continue    # "talks with President X's envoy, Y": Y attended, X sent him
                sender = next((x for x in reversed(persons) if x.end < p.start
                               and (by := _SENT_BY.match(self.text, x.end))
                               and not self.text[by.end():p.start].count(".")), None)
                if tp is None and p.key in known_titles and not self._is_participant_key(p.key):
                    continue
                title, represents = (tp.title, tp.represents) if tp else known_titles.get(
                    p.key, (None, None))
                if represents is None:
                    represents = self._title_says(p.key)    # another of his titles says whom he serves
                entry = self.dm.entries.get(p.key)
                led = re.search(r"(?:delegation|team|mission)\s+(?:was\s+)?(?:led|headed)\s+by\s+(?:\w+\s+)?$",
                                self.text[max(s.start, (tp.title_start if tp else p.start) - 60):
                                          tp.title_start if tp else p.start])
                if led and (tp is None or represents is None):
                    # "A Taliban delegation led by Mullah Baradar": he speaks for the Taliban here
                    lead_at = max(s.start, (tp.title_start if tp else p.start) - 60) + led.start()
                    whose = [x for x in self.dm.in_span(max(s.start, lead_at - 40), lead_at)
                             if x.kind in _ACTORS or x.via == "demonym"]
                    if whose:
                        represents = whose[-1].key
                if represents is None and entry is not None:
                    represents = entry.affiliation
                if represents is None and tp is None:
                    # "attended by Britain's Oliver Pennick, Germany's Helga Brandt": the state before the name
                    own = re.search(r"['’]s?\s+$", self.text[max(s.start, p.start - 4):p.start])
                    whose = [x for x in self.dm.in_span(max(s.start, p.start - 40), p.start, {"state"})
                             if own and x.end == p.start - len(own.group(0))]
                    if whose:
                        represents = whose[-1].key
                if represents is None and tp is not None:
                    # "X, Chairperson of the African Union Commission": a body the recognizer found after
                    # the lexicon's pass read the title
                    of = _TITLE_OF.match(self.text, p.end)
                    body = [x for x in self.dm.in_span(of.end(), of.end() + 80) if x.start == of.end()
                            and x.kind in _ACTORS] if of else []
                    if body:
                        represents = body[0].key
                if represents is None and sender is not None:
                    # the envoy speaks for whom the sender leads
                    represents = (titled_at[sender.start].represents if sender.start in titled_at
                                  else known_titles.get(sender.key, (None, None))[1])
                self._add_participation(meeting, p, title, represents, s)

    def _other_side(self, meeting: MeetingFact) -> None:
        """'Foreign Secretary A and Defence Secretary B co-chaired the dialogue in Abuja with Nigeria's
        Minister C': in a meeting of two states, a titled participant the text gives no state to, while
        every participant it does give one to serves the same state, serves the other."""
        states = set(meeting.states)
        given = {self._side_of(p.represents, states) for p in meeting.participations if p.represents}
        if len(states) == 2:
            if len(given) != 1 or not given <= states:
                return
            other = next(iter(states - given))
            for p in meeting.participations:
                if p.represents is None and p.title:
                    p.represents = other
            return
        # "The foreign ministers of A, B and C met ... Foreign Minister X chaired, while B's Y and C's Z
        # led their delegations": one state no one stands for, one titled person who stands for no one
        left = states - given
        unplaced = [p for p in meeting.participations if p.represents is None and p.title]
        if len(states) > 2 and len(left) == 1 and len(unplaced) == 1:
            unplaced[0].represents = next(iter(left))

    def _placed_elsewhere(self) -> None:
        """'On the sidelines, Kang and Tanabe held a bilateral meeting': a participant of a side meeting the
        text gives no state to serves the state another of its meetings found him serving."""
        serves: dict[str, str] = {}
        for m in self.meetings:
            for p in m.participations:
                if p.represents:
                    serves.setdefault(p.agent, p.represents)
        for m in self.meetings:
            for p in m.participations:
                if p.represents is None and p.agent in serves:
                    p.represents = serves[p.agent]
                    entry = self.dm.entries.get(p.represents) or self.lex.entries.get(p.represents)
                    if entry is not None and entry.kind == "state" and p.represents not in m.states:
                        m.states.append(p.represents)

    def _side_of(self, key: str, states: set[str]) -> str:
        """The state of `states` a government speaks for by its name ("the Afghan Interim Government":
        Afghanistan's side), else the key itself."""
        entry = self.dm.entries.get(key) or self.lex.entries.get(key)
        if key in states or entry is None or entry.kind != "government":
            return key
        for state in states:
            e = self.lex.entries.get(state)
            if e is not None and any(re.search(rf"\b{re.escape(n)}\b", entry.label) for n in (e.label, *e.demonyms)):
                return state
        return key

    def _speaking_states(self) -> None:
        """'The representative of China said ...': a state whose delegate speaks at the meeting took part."""
        primary = self._main()
        if primary is None:
            return
        role = r"(?:representative|delegate|speaker|ambassador|envoy|delegation)s?"
        for s in self.sentences:
            if not self.attend.search(s.text):
                continue
            guest_spans = _guest_spans(s)
            for m in self.dm.in_span(s.start, s.end, {"state"}):
                before = self.text[max(s.start, m.start - 30):m.start]
                after = self.text[m.end:m.end + 30]
                # lower case: "the representative of China"; "Special Representative for Afghanistan" is a title
                if re.search(rf"\b{role}\s+(?:of|for|from)\s+(?:the\s+)?$", before) or \
                        re.search(r"\bPermanent Representatives?\s+of\s+(?:the\s+)?$", before) or \
                        re.match(rf"(?:['’]s)?\s+(?:(?!and\b|or\b)\w+\s+)?{role}\b", after) or \
                        _NAMELY.search(self.text, max(s.start, m.start - 160), m.start):
                    if m.key not in primary.states:
                        primary.states.append(m.key)
                        if any(a <= m.start < b for a, b in guest_spans):
                            primary.guests.append(m.key)    # "a delegation of X ... attended as guests"

    def _sides_speak(self) -> None:
        """'3. The Kazakh Side expressed support for ...': where the text named fewer than two sides of
        its main meeting (a joint statement whose title above the dateline names them), a side that
        speaks as 'the X Side' or 'the X delegation' is one."""
        main = self._main()
        if main is None or len(main.states) >= 2:
            return
        for s in self.sentences:
            if s.end <= self.dateline_end:
                continue
            m = _SIDE_SPEAKS.match(s.text)
            if m is None:
                continue
            named = self.dm.in_span(s.start + m.start(1), s.start + m.end(1), {"state"})
            if named and named[0].key not in main.states:
                main.states.append(named[0].key)

    def _home_officials(self) -> None:
        """'ISLAMABAD (APP) - Deputy Prime Minister and Foreign Minister X held a telephone conversation
        with Afghanistan's acting Foreign Minister Y': a home agency names its own government's ministers
        without their state; a minister the text gives no state serves the state whose capital is the
        dateline's, where no other participant serves it already."""
        main = self._main()
        place = self._dateline_city()
        if main is None or place is None:
            return
        entry = self.dm.entries.get(place.key) or self.lex.entries.get(place.key)
        home = entry.capital_of if entry is not None else None
        if home is None or any(p.represents == home for p in main.participations):
            return
        unplaced = [p for p in main.participations
                    if p.represents is None and p.title and _NATIONAL_OFFICE.search(p.title)]
        if len(unplaced) == 1:
            unplaced[0].represents = home
            if home not in main.states:
                main.states.append(home)

    def _host_serves_venue(self) -> None:
        """'The meeting was held in New Delhi, hosted by External Affairs Minister X': a host the text
        gives no state to serves the state the meeting was held in, which took part."""
        titled_at = {tp.mention.start: tp for tp in self.dm.titled}
        for meeting in self.meetings:
            if meeting.sideline_of or not meeting.country:
                continue
            unplaced = {p.agent: p for p in meeting.participations if p.represents is None}
            named: dict[str, list[Mention]] = {}
            for x in self.dm.mentions:      # one pass over the mentions, not one per participant
                if x.key in unplaced:
                    named.setdefault(x.key, []).append(x)
            for agent, p in unplaced.items():
                for m in named.get(agent, []):
                    tp = titled_at.get(m.start)
                    at = tp.title_start if tp is not None else m.start
                    if re.search(r"\bhosted\s+by\s+(?:the\s+)?$", self.text[max(0, at - 20):at]) or \
                            _HOST_VERB.match(self.text, m.end, m.end + 50):
                        p.represents = meeting.country
                        if meeting.country not in meeting.states:
                            meeting.states.append(meeting.country)
                        break

    def _ministers_of_states(self) -> None:
        """'The foreign ministers of A, B and C discussed ...': the states whose ministers are a sentence's
        subject took part in the meeting the text tells (not in a paragraph told of another meeting, not
        in a plan)."""
        primary = self._main()
        if primary is None:
            return
        for i, s in enumerate(self.sentences):
            told = self.sentence_meeting.get(i)
            if told is not None and told != primary.local_id or _PLANNED.search(s.text):
                continue
            body = max(s.start, self.dateline_end)
            heads = [(h, 2) for h in [_MINISTERS_OF.match(self.text, body, s.end)] if h is not None]
            # "We, the G7 Foreign Ministers of A, B, ... and G", "attended by the ministers of A, B and C":
            # inside a sentence, a list of three or more after an attending word or an opening "We,"
            heads += [(h, 3) for h in _MINISTERS_OF_INSIDE.finditer(self.text, body, s.end)]
            for head, least in heads:
                states = []
                pos = head.end()
                for m in self.dm.in_span(pos, s.end):
                    if m.kind != "state" or not re.fullmatch(r"(?:\s*,\s*|\s+)?(?:and\s+)?(?:the\s+)?",
                                                              self.text[pos:m.start]):
                        break
                    states.append(m.key)
                    pos = m.end
                if len(states) >= least:
                    primary.states.extend(k for k in states if k not in primary.states)

    def _lede_pair(self) -> None:
        """'Pakistan and Tajikistan on Monday agreed to ...', then 'The talks in Islamabad were led by
        Foreign Secretary X and Tajik Deputy Foreign Minister Y': the states that open the text's first
        sentence as its subject are the sides of the meeting it goes on to tell, where that meeting names
        fewer than two and none the lede does not."""
        primary = self._main()
        body = [s for s in self.sentences[:6] if s.end > self.dateline_end]
        if primary is None or len(primary.states) >= 2 or not body:
            return
        first = body[0]
        pos, states = max(first.start, self.dateline_end), []
        for m in self.dm.in_span(pos, first.end):
            if not re.fullmatch(r"\s*(?:,\s*|\s+and\s+)?(?:[Tt]he\s+)?", self.text[pos:m.start]) or \
                    m.kind != "state":
                break
            states.append(m.key)
            pos = m.end
        if len(states) >= 2 and set(primary.states) <= set(states) and re.match(
                r"\s+(?:(?:on|last|this)\s+\w+\s+|have\s+|had\s+|also\s+|jointly\s+)?[a-z]+ed\b",
                self.text[pos:pos + 40]):
            primary.states.extend(k for k in states if k not in primary.states)

    def _named_sides(self) -> None:
        """'The Pakistani side announced ...', 'the Chinese side': a side of the talks is a party to them,
        wherever the text names it (not in a paragraph told of a side meeting)."""
        primary = self._main()
        if primary is None:
            return
        # "Separately, X held a phone call with her Chinese counterpart. ... The Chinese side said": the
        # side of that call, not of the main talks
        elsewhere = {k for m in self.meetings if m is not primary for k in m.states}
        for i, s in enumerate(self.sentences):
            told = self.sentence_meeting.get(i)
            if told is not None and told != primary.local_id:
                continue
            for m in self.dm.in_span(max(s.start, self.dateline_end), s.end, {"state"}):
                if m.key in elsewhere:
                    continue
                if re.match(r"\s+side\b", self.text[m.end:m.end + 8]) and re.search(
                        r"\b[Tt]he\s+$", self.text[max(s.start, m.start - 5):m.start]) and \
                        m.key not in primary.states:
                    primary.states.append(m.key)

    def _is_participant_key(self, key: str) -> bool:
        # every titled person's answer at once: one pass over the titled, not one per question
        sig = (id(self.dm.titled), len(self.dm.titled))
        if getattr(self, "_participant_sig", None) != sig:
            self._participant: dict[str, bool] = {}
            for tp in self.dm.titled:
                k = tp.mention.key
                self._participant[k] = self._participant.get(k, True) and tp.participant
            self._participant_sig = sig
        return self._participant.get(key, True)

    def _add_participation(self, meeting: MeetingFact, p: Mention, title: str | None, represents: str | None,
                           s: Sentence) -> None:
        if p.key in self.dm.commentators:
            return      # "X, a political analyst in Kabul": comments on the meeting from outside it
        for part in meeting.participations:
            if part.agent == p.key:
                if not part.title and title:
                    part.title = title
                if not part.represents and represents:
                    part.represents = represents
                return
        meeting.participations.append(ParticipationFact(p.key, represents, title, Span(s.start, s.end, s.text)))
        if represents:
            entry = self.dm.entries.get(represents) or self.lex.entries.get(represents)
            kind = entry.kind if entry else "state"
            if kind == "state":
                meeting.states.append(represents)
            else:
                meeting.orgs.append(represents)
