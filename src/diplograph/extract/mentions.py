"""Finding and resolving actor and place mentions in one cleaned text.

Three passes, each reading the lexicon: (1) every alias of a reference
actor, place or series; (2) titled persons ("Russian Foreign Minister
Sergei Lavrov", "Foreign Minister of Afghanistan Mohammad Haneef Atmar"),
resolved to a reference person where one fits and minted otherwise;
(3) short forms of persons already met in the text ("Wang", "Hina") and
organizations or places not in the lexicon. The result is a sorted list of
non-overlapping mentions and the registry of the actors they resolve to.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from operator import attrgetter

from ..facts import MeetingFact
from .lexicon import Entry, Lexicon, key_for
from .regex_trie import trie_pattern

_SEP = {" ": r"\s+", "-": r"[-–—‑ ]?", "–": r"[-–—‑ ]?", "'": r"['’]?", "’": r"['’]?", ".": r"\.?"}
# the letters of names in Latin script, with those of Turkish, Polish, Czech, Vietnamese... ("Aydınlı",
# "Łukasz", "Çelik"): Latin-1's and Latin Extended-A and -B's (which mix cases; a name rarely opens lower)
_UP = "A-ZÀ-ÖØ-ÞĀ-ɏ"
_LO = "a-zß-öø-ÿĀ-ɏ"
# Capitalised name token: "Sergei", "Amir-Abdollahian", "V.", "al-Adl", "O'Brien"
_NAME_TOKEN = (rf"(?:(?:[A-Z]\.){{1,3}}|[{_UP}][{_LO}'’]+(?:-[{_UP}{_LO}][{_LO}'’]+)*|"
               rf"(?:al|el|ul|bin|ibn|e)-[{_UP}][{_LO}]+)")
_PARTICLE = r"(?:bin|ibn|bint|ben|ould|wuld|van|von|der|de|da|dos)"
_PATRONYMIC_BEFORE = re.compile(rf"\b{_PARTICLE}\s+$")
# words of a ministry's portfolio, never the first of a name ("Minister of International Relations and
# Cooperation X": not a person called "Relations")
_PORTFOLIO_WORDS = (r"(?:Relations|Cooperation|Co-operation|Affairs|Development|Trade|Industry|Commerce|Security|"
                    r"Defen[cs]e|Finance|Planning|Energy|Culture|Education|Health|Interior|Justice|Economy|"
                    r"Investment|Integration|Communications|Transport|Agriculture|Mines|Petroleum|Environment)")
# "President Mohamed Salem Ould Cheikh": a city's name between a given name and more of a name
_INSIDE_NAME = re.compile(r".*?(?<![\w-])(?!(?:The|A|An|In|On|At|As|And|Of|For|To|With|From|By|New|North|South|East|"
                          r"West|Greater|Old)\b)[A-Z][a-z]+ $", re.S)
# "H.E. Dr. Salem bin Nasser ...": a city's name right after an honorific begins a person's name
_HONORIFIC_END = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|H\.\s?[EH]|HE|HH|HRH|Sheikh|Shaikh|Prince|Princess|Excellency|"
                            r"Highness)"
                            r"\.?\s+$")
# Myanmar's "U" and "Daw" open a name as part of it ("U Kyaw Lin Aung")
_NAME = rf"(?:(?:U|Daw)\s+(?=[{_UP}][{_LO}]))?{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_TOKEN}){{0,4}}"
_BODY_WORD = re.compile(r"\b(?:Commission|Council|Union|Committee|Organization|Organisation|Assembly|Ministry|"
                        r"Secretariat|Agency|Office|Mission|League|Community|Parliament|Government|Forum|Conference|Bank|Fund|"
                        r"Programme|Program|Court|Cooperation)\b")
_ORG_HEADS = ("Organization|Organisation|Ministry|Movement|Army|Front|Initiative|Corridor|Bank|Council|"
              "Group|Party|Network|Agency|Service|Fund|Committee|Commission|Union|Alliance|Brigade|"
              "Battalion|Emirate|Forum|Process|Programme|Program|Mission|Office|Secretariat|Institute|"
              "Center|Centre|Jamaat|Lashkar|Jaish|Tehreek|Tehrik")
# Words that open a state's formal name, never a person's ("the Kyrgyz Republic Jeenbek Kulubaev")
_STATE_WORDS = (r"(?:Republic|Federation|Kingdom|Emirates|States|Islamic|Democratic|Arab|People's|Sultanate|State|"
                r"Affairs|Foreign|Interim|Government|Administration|Authorities|Emirate|Cabinet|Ministry)")
_MONTH_WORDS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
                "Friday", "Saturday", "Sunday", "Sept", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
                "Aug", "Sep", "Oct", "Nov", "Dec", "Yesterday", "Today", "Tomorrow", "Tonight"}
_STOP_CAPS = {"The", "A", "An", "In", "On", "At", "As", "It", "He", "She", "They", "We", "This", "That",
              "These", "Those", "His", "Her", "Its", "Their", "Our", "And", "But", "Also", "First",
              "Second", "Third", "Fourth", "Fifth", "Sixth", "During", "After", "Before", "Under",
              "According", "Speaking", "Mr", "Mrs", "Ms", "Dr", "Other", "All", "Any", "Some",
              "Foreign", "Minister", "Ministers", "State", "Councilor", "Deputy", "Special", "President",
              "Representative", "Envoy", "Secretary", "Ambassador", "Leader", "Chairman", "Prime", "Vice",
              "Acting", "Assistant", "General", "Director", "Head", "Chief", "Spokesman", "Spokesperson",
              # a headline in title case goes on after the name: "Wang Yi Holds Talks With ..."
              "Holds", "Hold", "Meets", "Meet", "Talks", "Hosts", "Receives", "Says", "Urges", "Calls",
              "Discusses", "Visits", "Signs", "Welcomes", "Condemns", "With", "Over", "For", "To", "From",
              "Amid", "Ahead"}


@dataclass(order=True)
class Mention:
    start: int
    end: int
    surface: str = field(compare=False)
    key: str = field(compare=False)
    kind: str = field(compare=False)
    via: str = field(compare=False, default="alias")   # alias|demonym|title|short|ner|fuzzy


# the order Mention compares by (its start, then its end), as a fast sort key
_SPAN = attrgetter("start", "end")


@dataclass
class TitledPerson:
    """A person introduced with a title, with what the title says they represent."""

    mention: Mention
    title: str | None              # None where the text names no title ("his Omani counterpart X")
    title_start: int
    represents: str | None
    participant: bool = True   # false for a spokesman describing a meeting from afar


@dataclass
class DocMentions:
    mentions: list[Mention]
    titled: list[TitledPerson]
    entries: dict[str, Entry]          # every actor the text mentions, by key
    surfaces: dict[str, set[str]]      # key -> surface forms seen in this text
    _starts: list[int] | None = None
    retyped: dict[str, str] = field(default_factory=dict)   # old key -> the key the words gave it
    commentators: set[str] = field(default_factory=set)     # persons who comment from outside

    def _index(self) -> list[int]:
        if self._starts is None or len(self._starts) != len(self.mentions):
            self._starts = [m.start for m in self.mentions]
        return self._starts

    def extend(self, new: list[Mention]) -> None:
        """Add mentions another pass found (they must not overlap the ones here)."""
        self.mentions = sorted(self.mentions + list(new), key=_SPAN)
        self._starts = None

    def drop(self, start: int, end: int) -> None:
        """Remove the mentions inside text[start:end] (a longer reading of those words replaces them)."""
        self.mentions = [m for m in self.mentions if m.end <= start or m.start >= end]
        self._starts = None

    def forget(self, keys: Iterable[str]) -> None:
        """Drop the entries (and surfaces) of those `keys` no mention names any more."""
        named = {x.key for x in self.mentions}
        for key in [k for k in keys if k not in named]:
            self.entries.pop(key, None)
            self.surfaces.pop(key, None)

    def retype(self, key: str, entry: Entry) -> None:
        """Every mention of `key` names `entry` instead: the recognizer's label yields to what the
        words around a name say it is ('terrorist groups such as X': X is a group, not a person)."""
        self.mentions = [Mention(m.start, m.end, m.surface, entry.key, entry.kind, m.via) if m.key == key else m
                         for m in self.mentions]
        self.entries[entry.key] = entry
        self.retyped[key] = entry.key
        if key in self.surfaces:
            self.surfaces.setdefault(entry.key, set()).update(self.surfaces[key])
        self._starts = None

    def covering(self, pos: int) -> Mention | None:
        """The mention whose words include position `pos` (mentions do not overlap)."""
        i = bisect.bisect_right(self._index(), pos) - 1
        return self.mentions[i] if i >= 0 and pos < self.mentions[i].end else None

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any mention shares a character with text[start:end]."""
        i = bisect.bisect_left(self._index(), end)
        return i > 0 and self.mentions[i - 1].end > start

    def before(self, pos: int, most: int) -> list[Mention]:
        """The last `most` mentions that end by pos, in text order."""
        i = bisect.bisect_left(self._index(), pos)
        return [m for m in self.mentions[max(0, i - most):i] if m.end <= pos]

    def in_span(self, start: int, end: int, kinds: set[str] | None = None) -> list[Mention]:
        # by index, not over a slice: a slice would copy every mention after `start`
        mentions = self.mentions
        out = []
        for i in range(bisect.bisect_left(self._index(), start), len(mentions)):
            m = mentions[i]
            if m.start >= end:
                break
            if m.end <= end and (kinds is None or m.kind in kinds):
                out.append(m)
        return out

    def reporting(self, meeting: MeetingFact, after: int, kinds: set[str] | None = None) -> list[Mention]:
        """What the sentence that first reports `meeting` names, from `after` on (past a dateline,
        whose agency is no party): "The ASEAN Foreign Ministers' Retreat was held ..." names ASEAN."""
        return [x for e in meeting.evidence[:1] for x in self.in_span(max(e.start, after), e.end, kinds)]


def _alias_token(ch: str) -> str:
    return _SEP.get(ch, re.escape(ch))


def _alias_pattern(alias: str) -> str:
    return "".join(map(_alias_token, alias))


def _case_sensitive(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(alias) <= 4 or (bool(letters) and all(c.isupper() for c in letters))


@cache
def _matchers(lex_id: int, lexicon: Lexicon) -> tuple[
        re.Pattern[str] | None, dict[str, set[str]], re.Pattern[str] | None, dict[str, set[str]],
        re.Pattern[str] | None, dict[str, set[str]]]:
    """Two alternations over all aliases (case-sensitive and not) and a demonym one."""
    cs: dict[str, set[str]]
    ci: dict[str, set[str]]
    demonyms: dict[str, set[str]]
    cs, ci, demonyms = {}, {}, {}
    for entry in lexicon.entries.values():
        for alias in {entry.label, *entry.aliases}:
            alias = alias.strip()
            if len(alias) < 2:
                continue
            target = cs if _case_sensitive(alias) else ci
            target.setdefault(alias if target is cs else alias.casefold(), set()).add(entry.key)
        for dem in entry.demonyms:
            demonyms.setdefault(dem, set()).add(entry.key)

    def alternation(aliases: dict[str, set[str]], flags: int) -> re.Pattern[str]:
        body = trie_pattern(aliases, _alias_token)
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w]|-\w)", flags)

    return (alternation(cs, 0) if cs else None, cs,
            alternation(ci, re.IGNORECASE) if ci else None, ci,
            alternation(demonyms, 0) if demonyms else None, demonyms)


@lru_cache(maxsize=65536)
def _norm_alias(s: str) -> str:
    s = re.sub(r"[–—‑]", "-", s)
    s = s.replace("’", "'")
    return re.sub(r"\s+", " ", s)


def _squeeze(s: str) -> str:
    return re.sub(r"[-' .]", "", _norm_alias(s))


_SQUEEZED: dict[int, dict[str, set[str]]] = {}


def _lookup(table: dict[str, set[str]], surface: str, fold: bool) -> set[str]:
    probe = _norm_alias(surface)
    probe = probe.casefold() if fold else probe
    if probe in table:
        return table[probe]
    index = _SQUEEZED.get(id(table))
    if index is None:
        index = {}
        for alias, keys in table.items():
            index.setdefault(_squeeze(alias), set()).update(keys)
        _SQUEEZED[id(table)] = index
    return index.get(re.sub(r"[-' .]", "", probe), set())


def find_mentions(text: str, lexicon: Lexicon) -> DocMentions:
    cs_re, cs, ci_re, ci, dem_re, dem = _matchers(id(lexicon), lexicon)
    found: list[Mention] = []
    entries: dict[str, Entry] = {}

    def take(m: re.Match[str], table: dict[str, set[str]], fold: bool, via: str) -> None:
        keys = _lookup(table, m.group(0), fold)
        if not keys:
            return
        key = _prefer(sorted(keys), lexicon, text, m.start())
        entry = lexicon.entries[key]
        found.append(Mention(m.start(), m.end(), m.group(0), key, entry.kind, via))

    for rx, table, fold in ((cs_re, cs, False), (ci_re, ci, True)):
        if rx is not None:
            for hit in rx.finditer(text):
                take(hit, table, fold, "alias")
    if dem_re is not None:
        for hit in dem_re.finditer(text):
            take(hit, dem, False, "demonym")
    # "Karim bin Salem Al Qasimi": a city's name after "bin" is a father's name, part of a person's
    # "Ambassador Hedi Ben Salem, ...": a city's name that ends a name a title opens is the name's
    titled_name = _titled_name_before(id(lexicon), lexicon)
    found = [m for m in found if m.kind != "place" or not (
        _PATRONYMIC_BEFORE.search(text, max(0, m.start - 6), m.start) or
        _HONORIFIC_END.search(text, max(0, m.start - 16), m.start) and _NAME_GOES_ON.match(text, m.end) or
        _INSIDE_NAME.fullmatch(
            text, max(0, m.start - 30), m.start) and _NAME_GOES_ON.match(text, m.end)
        or titled_name.search(text, max(0, m.start - 60), m.start))]
    mentions = _resolve_overlaps(found)
    titled = _titled_persons(text, lexicon, mentions)
    mentions = _replace_with_titled(mentions, [tp.mention for tp in titled])
    mentions = _short_forms(text, lexicon, sorted(mentions, key=_SPAN))
    mentions = _unknown_orgs(text, sorted(mentions, key=_SPAN))
    mentions = _unknown_places(text, lexicon, sorted(mentions, key=_SPAN))
    mentions.sort(key=_SPAN)
    surfaces: dict[str, set[str]] = {}
    for m in mentions:
        if m.key in lexicon.entries:
            entries[m.key] = lexicon.entries[m.key]
        if m.via != "demonym":
            surfaces.setdefault(m.key, set()).add(m.surface)
    for m in mentions:
        if m.key not in entries:
            entries[m.key] = _minted.get(m.key) or Entry(key=m.key, kind=m.kind, label=m.surface,
                                                         reference=False)
    return DocMentions(mentions, titled, entries, surfaces)


class _Sorted:
    """Mentions sorted by start that do not overlap (so their ends are sorted too): what lies at or
    near a position is found by bisection, never by a scan of the whole text's mentions."""

    __slots__ = ("items", "starts", "ends")

    def __init__(self, items: list[Mention]):
        self.items = items
        self.starts = [m.start for m in items]
        self.ends = [m.end for m in items]

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """The mentions sharing a character with text[start:end], in order."""
        return self.items[bisect.bisect_right(self.ends, start):bisect.bisect_left(self.starts, end)]

    def starting_in(self, lo: int, hi: int) -> list[Mention]:
        """The mentions whose start lies in [lo, hi], in order."""
        return self.items[bisect.bisect_left(self.starts, lo):bisect.bisect_right(self.starts, hi)]

    def ending_by(self, pos: int) -> int:
        """How many mentions end at or before `pos` (they are the first ones)."""
        return bisect.bisect_right(self.ends, pos)


def _replace_with_titled(mentions: list[Mention], persons: list[Mention]) -> list[Mention]:
    """Each titled person, in turn, replaces the mentions it overlaps (including titled persons before
    it): a mention stays when it overlaps no titled person, a titled person when no later one overlaps
    it. The longest person bounds how far back an overlapping one can start."""
    if not persons:
        return list(mentions)
    order = sorted(range(len(persons)), key=lambda i: persons[i].start)
    starts = [persons[i].start for i in order]
    reach = max(p.end - p.start for p in persons)

    def overlapping(start: int, end: int) -> Iterator[int]:
        for j in range(bisect.bisect_left(starts, start - reach), bisect.bisect_left(starts, end)):
            i = order[j]
            if persons[i].end > start:
                yield i

    kept = [m for m in mentions if next(overlapping(m.start, m.end), None) is None]
    kept += [p for n, p in enumerate(persons) if all(i <= n for i in overlapping(p.start, p.end))]
    return kept


# Actors minted from text, keyed by IRI path; pure function of their name.
_minted: dict[str, Entry] = {}


def fresh(kind: str, name: str) -> Entry:
    """A node one text names and no reference lists, made afresh for that text: unlike `mint`, what a
    name is here does not depend on the texts this process read before (a worker reads another set)."""
    return Entry(key=key_for(kind, name), kind=kind, label=name, reference=False)


def mint(kind: str, name: str) -> Entry:
    key = key_for(kind, name)
    entry = _minted.get(key)
    if entry is None:
        entry = Entry(key=key, kind=kind, label=name, reference=False)
        _minted[key] = entry
    return entry


def _prefer(keys: list[str], lexicon: Lexicon, text: str, pos: int) -> str:
    """Several actors share a surface form: prefer a state, then a person, then the rest."""
    if len(keys) == 1:
        return keys[0]
    order = ["state", "person", "armed_group", "government", "igo", "series", "grouping", "organization",
             "place"]
    return min(keys, key=lambda k: (order.index(lexicon.entries[k].kind)
                                    if lexicon.entries[k].kind in order else 99, k))


def _resolve_overlaps(found: list[Mention]) -> list[Mention]:
    """Keep the longest mention where several overlap; ties go to the earliest."""
    kept: list[Mention] = []
    taken = bytearray(max((m.end for m in found), default=0))
    for m in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        if taken.find(1, m.start, m.end) < 0:
            kept.append(m)
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    return sorted(kept, key=_SPAN)


@cache
def _title_regex(lex_id: int, lexicon: Lexicon) -> re.Pattern:
    titles = _folded_titles(lex_id, lexicon)
    hon = "|".join(re.escape(h) for h in sorted(lexicon.honorifics, key=len, reverse=True))
    portfolios = "|".join(_alias_pattern(p) for p in sorted(lexicon.yaml["titles"].get("portfolios", []),
                                                            key=len, reverse=True)) or "(?!)"
    # [of COUNTRY] after the title; then optional comma; then honorific and name
    return re.compile(
        rf"(?P<title>(?:(?:[Aa]cting|[Ii]nterim|[Cc]aretaker|[Dd]eputy|First|Former|Vice|Senior|"
        rf"Assistant to(?: the)?)\s+){{0,2}}(?i:{titles})"
        # "Deputy Prime Minister and Foreign Minister X": two offices, one person
        rf"(?:\s+and\s+(?:(?:[Aa]cting|Deputy|First|Vice|Senior)\s+)?(?=[A-Z])(?i:{titles}))?"
        rf"(?:\s+for\s+(?:[A-Z][\w'’-]+\s+)?(?:{portfolios}))?)"
        rf"(?P<of>\s+(?:of|to)\s+(?:the\s+)?(?P<ofname>[A-Z][\w'’-]+"
        rf"(?:\s+(?:(?:of|and(?=\s+[A-Z][a-z]+\b(?!['’])))\s+(?:the\s+)?)?[A-Z][\w'’-]+){{0,4}}?))?"
        # "Special Envoy of Turkmenistan for Afghanistan, X": the portfolio may follow the state
        # (not where a second title follows: "..., Ambassador X" is that title's, and the first serves it)
        rf"(?:\s+for\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+)?(?:{portfolios})(?!,?\s*(?i:{titles})\b))?"
        # one line break may fall between title and name (a wrapped line), a blank line may not
        rf",?(?=\s)[^\S\n]*\n?[^\S\n]*(?:(?P<hon>(?:{hon})(?:\s+(?:{hon}))*)\s+)?(?!{_STATE_WORDS}\b)"
        # a body's name is no person's: "Secretary-General of the Collective Security Treaty Organization,
        # X" reads the body whole, then the name (the lazy "of" would stop short of the body's head)
        # nor a second title's: "permanent representative, Ambassador X" is the Ambassador's match
        rf"(?!{_PORTFOLIO_WORDS}\b)(?!(?:[A-Z][\w'’.-]*\s+){{0,4}}{_BODY_WORD.pattern})(?!(?i:{titles})\s)"
        rf"(?P<name>{_NAME})")


# "senior Iranian dignitaries, including ...", "The Iranian delegation, headed by ...", "The Pakistani
# delegation also included ...": the group's state is each titled member's
_GROUP_INCLUDING = re.compile(r"\b(?P<dem>[A-Z][\w'’-]+)\s+(?:[a-z]+\s+){0,2}(?:officials|dignitaries|leaders|"
                              r"ministers|delegation|delegates|diplomats|team),?\s+(?:also\s+)?(?:including|"
                              r"among them|such as|included|includes|comprised|comprising|(?:was\s+)?(?:led|headed)"
                              r"\s+by)\s+$")
# "Representing Russia was Presidential Envoy X"
_REPRESENTING = re.compile(r"\bRepresenting\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
                           r"(?:was|were|is|are)\s+$")
_FIRST_TITLE_OF = re.compile(r"\b(?:Representative|Envoy|Ambassador|Minister|Secretary|Adviser|Advisor)\s+of\s+"
                             r"(?:the\s+)?(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
                             r"(?:\s+(?:for|on)\s+[A-Z][\w'’ -]{0,40})?,\s*$")
# "Lebanon's permanent representative to the League, Ambassador X": the possessor serves the second title
# "Pakistan's Special Representative for Afghanistan, Ambassador X": so does a capitalised title's
_POSSESSOR_TITLE = re.compile(r"\b(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})['’]s\s+(?:[A-Za-z]+\s+){0,2}"
                              r"(?:[Rr]epresentative|[Ee]nvoy|[Aa]mbassador|[Dd]elegate)"
                              r"(?:\s+(?:to|for|on)\s+(?:the\s+)?[A-Z][\w'’ -]{0,40})?,\s*$")


def _state_before(rx: re.Pattern[str], text: str, index: _Sorted, pos: int, group: str) -> str | None:
    """The state named where `rx`'s `group` starts, `rx` matching the words right before `pos`."""
    hit = rx.search(text, max(0, pos - 90), pos)
    if hit is None:
        return None
    return next((x.key for x in index.starting_in(hit.start(group), hit.start(group) + 1) if x.kind == "state"),
                None)


_NAME_THEN_COMMA = re.compile(rf"(?P<last>{_NAME_TOKEN}),\s+(?:the\s+)?$")


def _names_then_titles(text: str, title_start: int, name_end: int, appositive: re.Pattern) -> bool:
    """Whether a title stands between two names that each have a title after them: a list written
    "A, Minister of X, B, Minister of Y" rather than "Minister of X, A, and Minister of Y, B"."""
    before = _NAME_THEN_COMMA.search(text, max(0, title_start - 40), title_start)
    if before is None or before.group("last") in _STOP_CAPS or before.group("last") in _MONTH_WORDS:
        return False
    return appositive.match(text, name_end) is not None


@cache
def _folded_titles(lex_id: int, lexicon: Lexicon) -> str:
    """The lexicon's titles, case-folded, as one pattern (built once for every pattern that reads titles
    in any case)."""
    return trie_pattern({t["title"].casefold() for t in lexicon.titles}, _alias_token)


@cache
def _titled_name_before(lex_id: int, lexicon: Lexicon) -> re.Pattern:
    """A title then one to three words of a name, ending right where a city's name begins."""
    titles = _folded_titles(lex_id, lexicon)
    return re.compile(rf"\b(?i:{titles})\s+(?!(?:of|to|for|in|at)\b){_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}}\s$")


def _titled_persons(text: str, lexicon: Lexicon, mentions: list[Mention]) -> list[TitledPerson]:
    out: list[TitledPerson] = []
    rx = _title_regex(id(lexicon), lexicon)
    appositive = _appositive_regex(id(lexicon), lexicon)
    title_info = {t["title"].casefold(): t for t in lexicon.titles}
    index = _Sorted(mentions)
    for m in rx.finditer(text):
        name_start, name_end = m.span("name")
        name = m.group("name")
        # a name never swallows the next word's article or a known non-name
        tokens = name.split()
        # "Foreign Minister X Y Chairs the Forum": a title-case headline's verb is no part of the name
        while tokens and (tokens[-1] in _STOP_CAPS or tokens[-1] in _MONTH_WORDS or (
                len(tokens) > 1 and tokens[-1].lower() in lexicon.headline_verbs)):
            tokens.pop()
        if not tokens or tokens[0] in _STOP_CAPS or tokens[0] in _MONTH_WORDS:
            continue
        if re.search(r"['’]s$", tokens[-1]):
            tokens[-1] = tokens[-1][:-2]    # "President X Y's envoy": the possessive is not the name's
        name = " ".join(tokens)
        name_end = name_start + len(name)
        if "," in text[m.end("title"):name_start] and _names_then_titles(text, m.start(), name_end, appositive):
            continue    # "A, Minister of X, B, Minister of Y": each title follows its name, this one is A's
        if _BODY_WORD.search(name):
            continue    # "Chairperson of the African Union Commission": a body's name, not a person's
        # A known actor where the name should be (a state after "Foreign Minister of") is not a person.
        overlapping = index.overlapping(name_start, name_end)
        if overlapping and all(x.kind != "person" for x in overlapping):
            if overlapping[0].start <= name_start:
                continue
            name = text[name_start:overlapping[0].start].strip().rstrip(",")
            if not name:
                continue
            name_end = name_start + len(name)
        # "Minister Ratna" after "Foreign Minister Ratna Kusumawardhani": where a given name is what a title
        # goes with (Indonesia, Thailand), a single name may be the first one
        full = next((tp for tp in out if tp.mention.surface.endswith(" " + name) or (
            " " not in name and tp.mention.surface.startswith(name + " "))), None)
        # "Ambassador Quispe Mamani" after "Ambassador Hugo Quispe Mamani": the same person, by his surnames
        entry = _resolve_person(full.mention.surface if full else name, lexicon)
        person = Mention(name_start, name_end, name, entry.key, "person", "title")
        if entry.key not in lexicon.entries:
            _minted.setdefault(entry.key, entry)
        title = re.sub(r"\s+", " ", m.group("title"))
        assistant = re.search(r"\b(Assistant|Adviser|Advisor|Aide|Deputy)\s+to\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+)?$",
                              text[max(0, m.start() - 40):m.start()])
        if assistant:
            # "Assistant to Iranian Foreign Minister X": X assists the minister; the title as written
            a0 = max(0, m.start() - 40) + assistant.start()
            title = re.sub(r"\s+", " ", text[a0:m.end("title")])
        represents = _represents(text, m, lexicon, index, entry)
        # "Foreign Minister Wang Yi of China": the state after the name
        after_of = re.match(r"\s+of\s+(?:the\s+)?", text[name_end:name_end + 12])
        if after_of and not m.group("ofname"):
            at = name_end + after_of.end()
            nxt = [x for x in index.starting_in(at, at) if x.kind in _REPRESENTABLE]
            if nxt:
                represents = state_of(nxt[0].key, lexicon)
        if represents is None:
            # "Special Representative of Pakistan for Afghanistan Affairs, Ambassador X": the first
            # title's state serves the second, in apposition; "senior Iranian dignitaries, including
            # Foreign Minister X": the group's state is his
            represents = _state_before(_FIRST_TITLE_OF, text, index, m.start(), "of") or \
                _state_before(_GROUP_INCLUDING, text, index, m.start(), "dem") or \
                _state_before(_REPRESENTING, text, index, m.start(), "of") or \
                _state_before(_POSSESSOR_TITLE, text, index, m.start(), "of")
        if represents is None and out and re.fullmatch(r",?\s+and\s+", text[out[-1].mention.end:m.start()]):
            # "Nigeria's Minister of Foreign Affairs A and National Security Adviser B": the possessor
            # before the first title serves the second too
            represents = out[-1].represents
        info = title_info.get(title.casefold(), {})
        if represents is None and info.get("serves") in lexicon.entries:
            represents = info["serves"]
        participant = info.get("participant", True)
        # "Foreign Ministry spokesperson X": within the title's own line, not a heading above it
        if re.search(r"spokes(man|woman|person)", text[max(0, m.start() - 40, text.rfind("\n", 0, m.start()) + 1):
                                                      m.start()], re.I):
            participant = False
        out.append(TitledPerson(person, title, m.start(), represents, participant))
    out += _appositive_titles(text, lexicon, index, out)
    return out


_OF_THE_SG = re.compile(r"(?:UN\s+|United Nations\s+)?Secretary[- ]General\b")
_REPRESENTABLE = {"state", "igo", "government", "armed_group", "organization"}


@cache
def _appositive_regex(lex_id: int, lexicon: Lexicon) -> re.Pattern:
    # in any case: news writes the title after the name in lower case ("X, Turkey's foreign minister,")
    titles = _folded_titles(lex_id, lexicon)
    return re.compile(rf",\s+(?:the\s+|a\s+)?(?P<pre>(?:[A-Z][\w'’.-]*(?:['’]s)?\s+){{0,3}}?)"
                      rf"(?P<title>(?:(?i:acting|deputy|first|former|interim|caretaker)\s+){{0,2}}"
                      rf"(?i:{titles})(?![\w-]))"
                      rf"(?:\s+(?:of|to|for)\s+(?:the\s+)?)?")


def _unknown_appositive_names(text: str, lexicon: Lexicon, index: _Sorted,
                              rx: re.Pattern) -> list[Mention]:
    """'Zabihullah Mujahid, the Taliban spokesman': a name the lexicon lacks, known by the title after it."""
    out = []
    for m in re.finditer(rf"(?<![\w-])(?P<name>{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_TOKEN}){{1,3}})(?=,)",
                         text):
        tokens = m.group("name").split()
        if any(t in _STOP_CAPS or t in _MONTH_WORDS for t in tokens):
            continue
        if index.overlapping(m.start(), m.end()):
            continue
        # the title may follow a demonym or an organization: ", the Taliban spokesman", ", Qatar's envoy"
        if not rx.match(text, m.end()):
            continue
        start, name = m.start(), m.group("name")
        while tokens and tokens[0] in lexicon.honorifics:
            start = text.index(tokens[1], start + len(tokens[0])) if len(tokens) > 1 else m.end()
            tokens.pop(0)
        if len(tokens) < 2:
            continue    # "H.E. Dr. Smith,": a surname alone after the courtesies names no one new
        name = text[start:m.end()]
        entry = _resolve_person(name, lexicon)
        if entry.key not in lexicon.entries:
            _minted.setdefault(entry.key, entry)
        out.append(Mention(start, m.end(), name, entry.key, "person", "title"))
    return out


def _appositive_titles(text: str, lexicon: Lexicon, index: _Sorted,
                       titled: list[TitledPerson]) -> list[TitledPerson]:
    """'Hossein Amir-Abdollahian, Minister of Foreign Affairs of the Islamic Republic of Iran': a known
    person followed by a title in apposition, and whom that title names."""
    out: list[TitledPerson] = []
    rx = _appositive_regex(id(lexicon), lexicon)
    # the names found here are persons: only the known mentions can be whom a title represents
    mentions = index.items + _unknown_appositive_names(text, lexicon, index, rx)
    taken = {tp.mention.start for tp in titled}
    title_starts = sorted({tp.title_start for tp in titled})
    for p in mentions:
        if p.kind != "person" or p.start in taken:
            continue
        m = rx.match(text, p.end)
        if not m or bisect.bisect_left(title_starts, m.start("title")) < bisect.bisect_left(title_starts,
                                                                                         m.end() + 2):
            continue    # that title introduces the next person in a list
        title = re.sub(r"\s+", " ", m.group("title"))
        represents = None
        rest_start = m.end()
        # "Deputy Prime Minister and Minister of Foreign Affairs of the Lao PDR": the state after both titles
        of = re.match(r"(?:\s+and(?:\s+[A-Z][\w-]*){1,3}(?:\s+of(?:\s+[A-Z][\w-]*){1,2})?)?"
                      r"\s+(?:of|for)\s+(?:the\s+)?", text[m.end("title"):m.end("title") + 80])
        before = [x for x in index.starting_in(m.start("pre") - 4, m.start("title"))
                  if x.end <= m.start("title") and (x.kind in _REPRESENTABLE or _capital_of(x, lexicon))]
        if of and before and of.group(0).split()[-1] == "for" and not of.group(0).lstrip().startswith("and"):
            # "X, Tehran's envoy for Afghanistan": sent by the possessor, for the state after "for"
            of = None
        if of:
            rest_start = m.end("title") + of.end()
            nxt = [x for x in index.starting_in(rest_start, rest_start + 2) if x.kind in _REPRESENTABLE]
            if nxt:
                represents = state_of(nxt[0].key, lexicon)
            elif _OF_THE_SG.match(text, rest_start) and "org/united-nations" in lexicon.entries:
                represents = "org/united-nations"
        if represents is None and not of:
            # "X, Minister of State, United Arab Emirates,": the state in apposition to the title
            comma = re.match(r"\s*,\s+(?:the\s+)?", text[m.end("title"):m.end("title") + 12])
            if comma:
                at = m.end("title") + comma.end()
                nxt = [x for x in index.starting_in(at, at + 1) if x.kind == "state"]
                if nxt and re.match(r"\s*(?:[,;.]|and\b|$)", text[nxt[0].end:nxt[0].end + 5]):
                    represents = nxt[0].key
        if represents is None:
            entry = lexicon.entries.get(p.key) or _minted.get(p.key)
            represents = (_capital_of(before[-1], lexicon) or before[-1].key) if before else \
                (entry.affiliation if entry else None)
        participant = not re.search(r"spokes(man|woman|person)", title, re.I)
        out.append(TitledPerson(p, title, m.start("title"), represents, participant))
    return out


def _capital_of(x: Mention, lexicon: Lexicon) -> str | None:
    """The state whose capital a place mention names, as "Tehran's envoy" names Iran's."""
    if x.kind != "place":
        return None
    entry = lexicon.entries.get(x.key)
    return entry.capital_of if entry is not None else None


def _represents(text: str, m: re.Match[str], lexicon: Lexicon, index: _Sorted, entry: Entry) -> str | None:
    """Whom the title says the person speaks for: 'Russian', 'of Afghanistan', 'SCO', 'Taliban'."""
    # "Saudi Ambassador to China X": sent to China, speaking for Saudi Arabia
    sent_to = bool(m.group("of")) and m.group("of").split()[0] == "to"
    x: Mention | None
    if m.group("ofname") and not sent_to:
        for x in index.starting_in(m.start("ofname"), m.end("ofname")):
            if x.end <= m.end("ofname") + 1 and x.kind != "person":
                return state_of(x.key, lexicon)
        if _OF_THE_SG.match(m.group("ofname")) and "org/united-nations" in lexicon.entries:
            return "org/united-nations"     # "Special Representative of the Secretary-General": the UN's
    # "Russian Foreign Minister", "Kazakhstan's Deputy Foreign Minister"
    x = _possessor(text, index, m.start())
    if x is not None:
        if x.kind in ("state", "igo", "armed_group", "government", "organization", "series"):
            return state_of(x.key, lexicon)
    if entry.affiliation:
        return entry.affiliation
    # "their American counterparts, Secretary of State X and Defence Secretary Y", "his Iranian
    # counterpart, Ambassador Z": the demonym before 'counterpart' is whom those named after it serve
    before = text[max(0, m.start() - 160):m.start()]
    c = next(reversed(list(_COUNTERPART.finditer(before))), None)
    if c is not None and (c.group(1) or _COUNTERPART_GAP.fullmatch(before, c.end())):
        x = _possessor(text, index, m.start() - len(before) + c.start())
        if x is not None and x.kind in ("state", "igo", "government"):
            return state_of(x.key, lexicon)
    return None


_COUNTERPART = re.compile(r"\bcounterpart(s?)\b(?=[^.;:()]*$)")
_COUNTERPART_GAP = re.compile(r"\s*,?\s*(?:the\s+)?")

_POSSESSIVE_GAP = re.compile(r"[\s'’s]*")
_GOVERNMENTS = re.compile(r"\s+(?:[a-z]+\s+)?(?i:government|administration|cabinet)['’]s\s+$")


def _possessor(text: str, index: _Sorted, pos: int) -> Mention | None:
    """The last mention ending right before `pos`, or before "'s " there. Going back from `pos`, once
    the gap holds a character neither space, quote nor 's', no earlier mention can qualify."""
    found = _possessor_at(text, index, pos)
    gov = _GOVERNMENTS.search(text, max(0, pos - 40), pos) if found is None else None
    if gov is not None:
        # "the Yemeni Government's Foreign Minister": the government's state, where no name the tables
        # know covers the government ("the Afghan interim government's" is one already)
        found = _possessor_at(text, index, gov.start())
    return found


def _possessor_at(text: str, index: _Sorted, pos: int) -> Mention | None:
    for i in range(index.ending_by(pos) - 1, -1, -1):
        x = index.items[i]
        # "Iranian Foreign Minister", "Iran's envoy"; not "a visit to Iran, Ambassador X"
        if pos - x.end <= 2 and not text[x.end:pos].strip() or re.fullmatch(r"['’]s\s+", text[x.end:pos]):
            return x
        if not _POSSESSIVE_GAP.fullmatch(text, x.end, pos):
            return None
    return None


def state_of(key: str, lexicon: Lexicon) -> str:
    """The state an actor speaks for: a ministry's state, else the actor itself."""
    return _state_of(id(lexicon), lexicon, key)


@cache
def _state_of(lex_id: int, lexicon: Lexicon, key: str) -> str:
    entry = lexicon.entries.get(key)
    # A foreign ministry speaks for its state.
    if entry and entry.kind == "government":
        if entry.affiliation:
            return entry.affiliation
        if re.search(r"\b(Ministry|Foreign|Department|Office|Embassy|Mission)\b", entry.label):
            for e in lexicon.entries.values():
                if e.kind == "state" and any(re.search(rf"\b{re.escape(n)}\b", entry.label)
                                             for n in (e.label, *e.demonyms)):
                    return e.key
    return key


@cache
def _person_index(lex_id: int, lexicon: Lexicon) -> tuple[dict[str, Entry], dict[tuple[str, str], Entry]]:
    """Every form of every reference person, and their (first, last) name tokens."""
    full: dict[str, Entry] = {}
    ends: dict[tuple[str, str], Entry] = {}
    for e in sorted(lexicon.entries.values(), key=lambda e: e.key):
        if e.kind != "person":
            continue
        for a in (e.label, *e.aliases, *e.short_names):
            full.setdefault(_norm_alias(a).casefold(), e)
        for a in (e.label, *e.aliases):
            ft = _norm_alias(a).casefold().split()
            if len(ft) >= 2:
                ends.setdefault((ft[0], ft[-1]), e)
    return full, ends


def _resolve_person(name: str, lexicon: Lexicon) -> Entry:
    folded = _norm_alias(name).casefold()
    tokens = folded.split()
    full, ends = _person_index(id(lexicon), lexicon)
    if folded in full:
        return full[folded]
    # Same first and last token as a known person: a transliteration ("Shah Masood Qureshi").
    if len(tokens) >= 2 and (tokens[0], tokens[-1]) in ends:
        return ends[(tokens[0], tokens[-1])]
    return mint("person", name)


_NOT_NAME_TOKENS = "|".join(sorted(_STOP_CAPS | _MONTH_WORDS))
_NAME_GOES_ON = re.compile(rf"\s+(?:{_PARTICLE}\s+)?(?!(?:{_STATE_WORDS}|{_NOT_NAME_TOKENS})\b)[{_UP}][{_LO}]")


_TWO_LETTER_WORDS = {"Al", "El", "Ul", "Da", "De", "Di", "Do", "Du", "La", "Le", "Ba", "Bo", "Of", "In", "On", "At",
                     "To", "As", "An", "Is", "It", "No", "Mr", "Ms", "Dr", "He", "We", "Us", "Me", "My", "So", "Or",
                     "If", "By", "Up", "Go", "Oh", "Am"}


def _short_forms(text: str, lexicon: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """'Wang', 'Hina', 'Mr Norov': a short form of a person the text has already named,
    or a reference person's short name right after a title."""
    persons = {m.key for m in mentions if m.kind == "person"}
    forms: dict[str, str] = {}
    for key in sorted(persons):
        entry = lexicon.entries.get(key) or _minted.get(key)
        if not entry:
            continue
        names = [entry.label, *entry.aliases]
        for n in names:
            # "Li Wen": a Chinese surname of two letters is a short form too ("Li said"), not a particle
            toks = [t for t in re.split(r"\s+", n) if not t.endswith(".") and (
                len(t) > 2 or len(t) == 2 and t.istitle() and t.isalpha() and t not in _TWO_LETTER_WORDS)]
            while toks and (toks[0] in lexicon.honorifics or toks[0] in _STOP_CAPS):
                toks.pop(0)     # "Sheikh X Y": the courtesy is no one's short name
            if len(toks) >= 2:
                forms.setdefault(toks[-1], key)
                forms.setdefault(toks[0], key)
        for s in entry.short_names:
            forms.setdefault(s, key)
    for p in mentions:
        if p.kind == "person" and p.via == "title":
            toks = p.surface.split()
            if toks:
                forms.setdefault(toks[-1], p.key)
    taken = DocMentions(mentions, [], {}, {})     # sorted, not overlapping: a bisection answers
    return sorted([*mentions, *short_form_mentions(text, forms, taken)], key=_SPAN)


def short_form_mentions(text: str, forms: dict[str, str], taken: DocMentions,
                        named_at: dict[str, int] | None = None) -> list[Mention]:
    """Where each short form ('Wang', 'Vidal') stands for the person keyed to it: not inside a mention
    already taken, not opening a longer name ("Abdullah bin Zayed"), and, given where each form's
    full name is first told, not before it."""
    if not forms:
        return []
    rx = re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                    + r")(?![\w]|-\w)")
    out = []
    for m in rx.finditer(text):
        if named_at is not None and m.start() < named_at[m.group(1)]:
            continue
        if taken.overlaps(m.start(), m.end()) or _NAME_GOES_ON.match(text, m.end()):
            continue
        out.append(Mention(m.start(), m.end(), m.group(1), forms[m.group(1)], "person", "short"))
    return out


class _Covered:
    """The characters some mention covers, and the mentions by where they start: whether a span
    overlaps any mention costs the span's length, not the number of mentions."""

    def __init__(self, size: int, mentions: list[Mention]):
        self.covered = bytearray(size)
        self.at: dict[int, list[Mention]] = {}
        for m in mentions:
            self.add(m)

    def add(self, m: Mention) -> None:
        self.covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        self.at.setdefault(m.start, []).append(m)

    def overlaps(self, start: int, end: int) -> bool:
        return self.covered.find(1, start, end) >= 0


_ORG_RX = re.compile(
    rf"(?<![\w-])((?:[A-Z][\w'’-]+\s+){{0,5}}(?:{_ORG_HEADS})\b(?:\s+(?:of|for)\s+(?:the\s+)?"
    rf"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}})?)(?:\s+\((?P<abbr>[A-Z][A-Za-z-]{{1,9}})\))?")


def _unknown_orgs(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    seen = _Covered(len(text), out)

    def add(x: Mention) -> None:
        out.append(x)
        seen.add(x)

    for m in _ORG_RX.finditer(text):
        s, e = m.span(1)
        name = m.group(1)
        words = name.split()
        while words and words[0] in _STOP_CAPS - {"State"}:
            s += len(words[0]) + 1
            words.pop(0)
        if len(words) < 2:
            continue
        name = " ".join(words)
        if seen.overlaps(s, e):
            continue
        if m.group("abbr"):
            a0, a1 = m.span("abbr")
            known = next((x for x in seen.at.get(a0, ()) if x.end == a1 and x.via == "alias"), None)
            if known is not None:
                # "The Organization for Islamic Cooperation (OIC)": a known acronym names the long form too
                add(Mention(s, s + len(name), name, known.key, known.kind, "alias"))
                continue
        entry = mint("organization", name)
        add(Mention(s, s + len(name), name, entry.key, "organization", "ner"))
        if m.group("abbr"):
            a0, a1 = m.span("abbr")
            if not seen.overlaps(a0, a1):
                add(Mention(a0, a1, m.group("abbr"), entry.key, "organization", "ner"))
    return sorted(out, key=_SPAN)


_PLACE_RX = re.compile(
    r"\b(?:city of|capital of|port city|city|capital,?)\s+(?:of\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")


_IN_CITY_RX = re.compile(r"\b(?:in|at)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+(?:the\s+)?")


def _unknown_places(text: str, lexicon: Lexicon, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    seen = _Covered(len(text), out)
    # "met in Cholpon-Ata, Kyrgyzstan": a city the lexicon lacks, placed by the state after it
    for m in _IN_CITY_RX.finditer(text):
        s, e = m.span("name")
        if seen.overlaps(s, e) or m.group("name") in _MONTH_WORDS | _STOP_CAPS:
            continue
        state = next((x for x in seen.at.get(m.end(), ()) if x.kind == "state"), None)
        if state is None:
            continue
        entry = mint("place", m.group("name"))
        entry.located_in = entry.located_in or state.key
        out.append(Mention(s, e, m.group("name"), entry.key, "place", "ner"))
        seen.add(out[-1])
    for m in _PLACE_RX.finditer(text):
        s, e = m.span(1)
        name = m.group(1)
        if name in _MONTH_WORDS or name in _STOP_CAPS:
            continue
        if seen.overlaps(s, e):
            continue
        entry = mint("place", name)
        out.append(Mention(s, e, name, entry.key, "place", "ner"))
        seen.add(out[-1])
    return sorted(out, key=_SPAN)


@cache
def _commentator_rx(lex_id: int, lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The lexicon's commentators' roles after a name (", a political analyst") and before one ("security
    expert "), compiled once per lexicon rather than once per text."""
    words = lexicon.yaml["titles"].get("commentators", [])
    if not words:
        return None
    role = "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"
    return (re.compile(rf",\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{role}\b"),
            re.compile(rf"\b{role}\s+(?:[a-z]+\s+)?$"))


def find_commentators(text: str, dm: DocMentions, lexicon: Lexicon) -> set[str]:
    """The persons a text introduces as commenting from outside ("X, a political analyst in Kabul,",
    "security expert Y"): no participant of any meeting, and what they say is no party's position. A
    person the text also gives a title (a minister who once was a professor) is not one."""
    rx = _commentator_rx(id(lexicon), lexicon)
    if rx is None:
        return set()
    after, before = rx
    titled = {tp.mention.key for tp in dm.titled}
    out = set()
    for m in dm.mentions:
        if m.kind != "person" or m.key in titled:
            continue
        if after.match(text, m.end) or before.search(text, max(0, m.start - 40), m.start):
            out.add(m.key)
    return out
