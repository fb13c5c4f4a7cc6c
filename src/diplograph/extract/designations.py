"""Designations: which organizations a text names as terrorist, and who names them.

Two forms: an enumeration after "terrorist groups/organizations" ("namely",
"such as", "in particular", "like"), one designation per group named; and a
designating verb ("designated the group a terror organization in 2003",
"X is a listed terrorist organisation"). The authority is the holder of the
sentence (the meeting's participants, a speaker's state, a state named as
subject); a reporter's own wording has none.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from ..facts import DesignationFact, MeetingFact, Span
from .dates import MONTHS
from .holders import Holder
from .lexicon import Lexicon
from .mentions import DocMentions, Mention, fresh, mint, state_of
from .sentences import Sentence, trim_span
from .stances import StanceFinder

_GROUP_KINDS = {"armed_group", "organization"}
_TRIGGER = re.compile(
    r"\b(?:terrorist|terror)\s+(?:groups?|organi[sz]ations?|forces|outfits|entities|networks|"
    r"elements|movements)\b"
    r"(?:\s+(?:based|operating|active|present)?\s*(?:in|on|from)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
    r"(?P<tail>\s*,?\s*(?:namely|such as|like|including|in particular|particularly|especially|e\.g\.|"
    r"for example|notably)\b|\s*\(|\s*:)", re.I)
_AFFILIATES = re.compile(r"(?<=[\w)])\s*(?:['’]s\s+)?(?:affiliates|branches|offshoots|franchises|affiliated\s+groups)"
                         r"(?P<tail>\s*,?\s*(?:such as|including|like|namely|notably)\b)", re.I)
_LIST_END = re.compile(r"\b(?:etc\b\.?|based in|which|that|who|operating|active in|pose|continue|remain|remains)|"
                       r"[.;]\s|[.;]$|\"|”", re.I)


def _list_end(text: str, start: int, end: int) -> int:
    """Where a list of groups stops: at a word that ends it, or at a comma that opens the reporting
    clause ("such as A and B, Foreign Office spokesperson X said": X's office is no group)."""
    m = _LIST_END.search(text, start, end)
    stop = m.start() if m else end
    said = re.search(r",(?=[^,]{0,80}?\b(?:said|says|told|added|noted|stated|according\s+to)\b)", text[start:stop])
    return start + said.start() if said else stop


_DESIGNATE = re.compile(
    r"\b(?:designated|designates|designate|listed|lists|list|declared|declares|named|branded|brands|labell?ed|"
    r"recogni[sz]ed|recogni[sz]es|classified|classifies|considers|considered|regards|regarded|deems|deemed|"
    r"consider|regard|deem|described|describes|describing|termed|terms|proscribed|proscribes|proscribe|"
    r"blacklisted|blacklists|blacklist|outlawed|outlaws|banned|bans|"
    # "naming Zarqan as a terrorist group"
    # (not "listed by the Council as ...": who lists, not whom)
    r"naming|designating|listing|declaring|branding|labell?ing)\s+(?P<obj>(?!by\b)[^.;]{0,60}?)\s*"
    # "as the largest terrorist outfit operating from ..."
    r"(?:(?:as|to\s+be)\s+(?:an?\s+|the\s+(?:(?:most|main|major|greatest|biggest|largest|deadliest|principal|"
    r"primary|key|most\s+dangerous|most\s+active)\s+)?)?(?:(?:specially|designated|global|foreign|banned|"
    r"proscribed)\s+){0,3}"
    r"(?:terrorist|terror|extremist)s?(?:\s+and\s+extremist)?"
    r"(?:\s+(?:organi[sz]ations?|groups?|entit(?:y|ies)|outfits?))?|an?\s+(?:terrorist|terror|extremist)\s+"
    r"(?:organi[sz]ation|group|entity))"
    r"(?:\s+in\s+(?P<year>\d{4}))?", re.I)
_IS_LISTED = re.compile(
    r"(?P<obj>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})(?:\s*\([^()]{1,20}\))?(?:\s*,\s*which)?\s+(?:is|are|was|were|"
    # "X remained the most serious terrorist threat", "A and B were terrorist outfits"
    r"remains|remain|remained)\s+(?:(?:a|an|the)\s+)?(?:(?:most|main|major|greatest|biggest|serious|gravest|"
    r"principal|primary|key|largest|deadliest|active|dangerous|potent|significant|only)\s+){0,3}(?:listed|designated|"
    r"banned|proscribed|known)?\s*(?:terrorist|terror)\s+(?:organi[sz]ations?|groups?|outfits?|entit(?:y|ies)|"
    r"networks?|threats?)", re.I)
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|has been|have been|had been|remains|remain)\s+(?:officially\s+)?(?:designated|"
    r"re-?designated|listed|"
    r"banned|proscribed|recogni[sz]ed|outlawed|treated as|regarded as|considered|deemed|declared|labell?ed|branded|"
    r"classified|blacklisted|described as|termed)\s+(?:as\s+)?(?:an?\s+)?"
    r"(?:(?:foreign|global|specially|designated)\s+){0,3}(?:terror|terrorist|extremist)\s+"
    r"(?:organi[sz]ations?|groups?|entit(?:y|ies))", re.I)
# "the Boko Haram terrorist group", "Zarqan, a terrorist organization": a group named beside its label
_LABELLED = re.compile(
    r"(?P<pre>\s+|\s*,\s*(?:an?|the)\s+)(?:(?:(?-i:[a-z]\w*)|[\w.]+-(?:designated|listed|sanctioned|proscribed|"
    r"banned))\s+)?(?:terrorist|terror|extremist)\s+(?:group|organi[sz]ation|network|outfit|sect|movement|militia|"
    r"entity)\b", re.I)
# "al-Shabaab, an al-Qaeda affiliate designated as a terrorist group by the UN": the label in an apposition
# "Katibat X, listed by the Council as a terrorist group,": the participle alone, its author between
_APPOSED_DESIGNATED = re.compile(
    r",\s+(?:(?:an?|the)\s+[^,;.]{0,50}?\b)?(?:designated|listed|proscribed|banned|blacklisted)\s+"
    r"(?:by\s+(?:the\s+)?[A-Z][^,;.]{0,40}?\s+)?(?:as\s+)?(?:an?\s+)?"
    r"(?:(?:foreign|global|specially)\s+){0,2}(?:terrorist|terror)\s+(?:group|organi[sz]ation|entity|outfit)\b", re.I)
# "the TTP, a proscribed organisation,": banned as a group, the genre's word for a terrorist one
_APPOSED_BANNED = re.compile(r",\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:proscribed|banned|outlawed)\s+(?:militant\s+)?"
                             r"(?:organi[sz]ation|group|outfit|entity)\b", re.I)
# "the terrorist group Zarqan Brotherhood": the label, then the name
_LABEL_FIRST = re.compile(
    r"\b(?:terrorist|terror|extremist)\s+(?:group|organi[sz]ation|network|outfit|sect|militia|movement)\s+"
    r"(?=(?:the\s+)?[A-Z])")
_AS_DESIGNATED_BY = re.compile(r",?\s+as\s+(?:designated|listed)\s+(?:as\s+(?:terrorists?|terrorist\s+"
                               r"(?:organi[sz]ations|groups|entities))\s+)?by\s+")
_LABEL_FIRST_PLURAL = re.compile(r"\b(?:terrorist|terror)\s+(?:groups|organi[sz]ations|outfits|entities|networks|"
                                 r"movements|militias)\s+(?=(?:the\s+)?[A-Z])")
# "the terrorist Zarqan militia": the adjective alone, before a group some pass already knows
_TERRORIST_ADJ = re.compile(r"\bterrorist\s+(?:the\s+)?(?=[A-Z])")
# "named A, B and C as threats to ...", in a sentence about terrorism: each group in the list
_NAMED_AS = re.compile(r"\b(?:named|listed|identified|cited|singled out|mentioned)\s+(?P<list>[^.;]{3,250}?)\s+as\b")
# "removed X from its list of terrorist organizations", "X was taken off the list of banned groups",
# "delisted X": a de-designation, its own kind
_REMOVED = re.compile(
    r"\b(?:removed|removes|remove|removing|took|taken|taking|struck|striking|excluded|excludes|exclude|delisted|"
    r"de-listed|delists|de-lists)\b(?P<obj>[^.;]{0,80}?)\b(?:from|off)\s+(?:its|their|the|a|his|her)\s+"
    r"(?:\w+\s+){0,2}(?:list|register|registry|roster)\s+of\s+(?:\w+\s+){0,3}"
    r"(?:organi[sz]ations|groups|entities|movements)", re.I)
_LISTED_BEFORE = re.compile(
    r"\b(?:had been|has been|was|were)\s+(?:first\s+)?(?:included|placed|added|put|entered)\s+(?:in|on|to|into)\s+"
    r"(?:the|its|that|this)\s+(?:\w+\s+){0,2}(?:list|register)\b|\bhad been (?:banned|listed|designated|proscribed)\b|"
    r"\bon (?:the|its|that) list since\b", re.I)
# a listing asked for ("called for the designation of X"), or a removal only thought of or asked for: neither
# has happened, so the group is not listed, or is listed still
_ASKING = (r"call(?:s|ed|ing)?(?:\s+for)?|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|push(?:es|ed|ing)?\s+for|"
           r"seek(?:s|ing)?|sought|request(?:s|ed|ing)?|propos(?:e|es|ed|al)(?:\s+(?:for|of))?|asked")
_NOT_YET = re.compile(r"\b(?:consider|considers|considered|considering|plans?|planned|planning|intends?|intending|"
                      rf"may|might|could|would|should|whether|mulling|weighing|{_ASKING})\s+(?:to\s+)?(?:\w+\s+)?$",
                      re.I)
_PASSIVE_END = re.compile(r"\b(?:was|were|is|are|been|be|being|get|got|gets)\s+(?:\w+ly\s+)?$", re.I)
_DELISTED = re.compile(r"\b(?:delisted|de-listed|delists|de-lists|delisting|de-listing)\s+(?:of\s+)?(?:the\s+)?", re.I)
_BOTH_LABELLED = re.compile(
    r",\s*(?:both|all|each|all of them)\s+(?:(?:[\w.]+-)?(?:proscribed|banned|designated|listed|outlawed)\s+)?"
    r"(?:terrorist|terror)\s+(?:organi[sz]ations|groups|entities)(?:\s+in\s+(?:the\s+)?(?P<where>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}))?")
_BANNED = re.compile(r"\b(?:banned|outlawed|proscribed)\s+in\s+(?P<where>[A-Z][\w ]{2,30})")
# a sentence without one of these words designates nothing
_ANY = re.compile(r"terror|extremis|militant|banned|outlawed|proscribed|designat|sanctions\s+list|affiliates|"
                  r"offshoots|franchises", re.I)
_ACRONYM = re.compile(r"\b[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)?\b")


# the months by their full names only (not "Mar", "Sept"): dates' table without its abbreviations
_MONTH_NAMES = {name: n for name, n in MONTHS.items() if len(name) > 4 or name in ("may", "june", "july")}
_WHEN = re.compile(r"\s*(?:,\s*)?(?:since|in)\s+(?:(?P<month>[A-Z][a-z]+)(?:\s+(?P<year>\d{4}))?|(?P<only>\d{4}))\b")


def _since(text: str, pos: int, end: int) -> str | None:
    """'..., on which it has been since 2003': the year a listing told after the list began."""
    m = re.search(r"\bsince\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b", text[pos:end])
    return m.group(1) if m else None


def _when(text: str, pos: int, reference: str | None) -> str | None:
    """The date a designation was made, told right after it: 'in March 2016' (2016-03), 'since 2003',
    'in February' (in the year of the page's date, or the year before where that month is still to come)."""
    m = _WHEN.match(text, pos)
    if m is None:
        return None
    if m.group("only"):
        return m.group("only")
    month = _MONTH_NAMES.get((m.group("month") or "").lower())
    if month is None:
        return None
    if m.group("year"):
        return f"{m.group('year')}-{month:02d}"
    if reference and re.match(r"\d{4}-\d\d", reference):     # not a day with no year ("--12-19")
        year = int(reference[:4]) - (1 if month > int(reference[5:7]) else 0)
        return f"{year}-{month:02d}"
    return None


def find_designations(text: str, sentences: list[Sentence], dm: DocMentions, lexicon: Lexicon,
                      meetings: list[MeetingFact], stances: StanceFinder, meeting_date: str | None,
                      ) -> list[DesignationFact]:
    out: dict[object, DesignationFact] = {}
    last_group: Mention | None = None
    g: Mention | None
    holders = _Holders(text, sentences, stances)
    for i, s in enumerate(sentences):
        if not _ANY.search(s.text) and not (_LISTED_BEFORE.search(s.text) and any(f.removed for f in out.values())):
            groups_here = [x for x in dm.in_span(s.start, s.end) if x.kind == "armed_group"]
            if groups_here:
                last_group = groups_here[-1]
            continue
        triggers = list(_TRIGGER.finditer(text, s.start, s.end))
        # "Al-Qaida affiliates such as A and B": a listed group's affiliates are named as it is
        triggers += [m for m in _AFFILIATES.finditer(text, s.start, s.end)
                     if any(x.kind == "armed_group" and x.end == m.start() and x.key in lexicon.entries
                            for x in dm.in_span(max(s.start, m.start() - 60), m.start()))]
        # each list's groups, read before the sentence's holder: a listed group's name the recognizer took
        # for a person's is a group's before anyone asks who "she" is ("groups such as A and B grew, she said")
        listed = []
        for m in triggers:
            list_end = _list_end(text, m.end(), s.end)
            listed.append((m, list_end, _groups_in(text, m.end(), list_end, dm, lexicon)))
        holder = holders.at(i)
        last_holder = holder if holder is not None and holder.actors else holders.last_before(i)
        for m, list_end, groups in listed:
            ev_start = _phrase_start(text, s.start, m.start())
            # "UN-listed terrorist entities, including X": the prefix names who listed them
            by = _prefix_authority(text, m.start(), m.end(), dm, lexicon)
            for g in groups:
                _add(out, g, Span(ev_start, list_end, text[ev_start:list_end].rstrip(" ,")), by or holder,
                     meetings, meeting_date, None, explicit=by is not None)
        for m in _DESIGNATE.finditer(text, s.start, s.end):
            if _ASKED_TO.search(text, max(s.start, m.start() - 120), m.start()):
                continue    # "called on the world to designate X as ...": asked for, not done
            obj_start, obj_end = m.span("obj")
            # what a state names terrorist is a group, whatever the recognizer called its name
            groups = _slot(dm, obj_start, obj_end, recognized=_RECOGNIZED | {"place"})
            # "designated the TTP's leader as ...": the leader, a person, not his group
            led = [g for g in groups if re.match(
                r"['’]s?\s+(?:\w+\s+)?(?:leader|chief|head|founder|spokes\w+|commander|emir|deputy|members?|"
                r"financier|operatives?)\b", text[g.end:g.end + 30])]
            if groups and len(led) == len(groups):
                continue
            if not groups:
                name = _NAME_AFTER.search(text, obj_start, obj_end)
                new = _group_after(text, name.start(), obj_end, dm) if name else None
                groups = [new] if new is not None else []
            if not groups and re.search(rf"\b(?:{lexicon.group_anaphora}|it|them)\b", m.group("obj"), re.I):
                # "said the Zarqan Front was behind the attack and described it as ..."
                groups = _taken_up(dm, s, m.start(), last_group)
            rel = re.search(r"(?:,\s*)?\b(which|whom|that)\s+(?P<who>[^,;]{0,40}?)\s*(?:has|have|had)?\s*$",
                            text[s.start:m.start()])
            if groups and rel and not rel.group("who").strip():
                # "Kazakhstan, which designated X ...": the designator stands before "which"
                whose = [x for x in dm.in_span(s.start, s.start + rel.start()) if x.kind in ("state", "igo")]
                subj = Holder([whose[-1].key]) if whose else _subject_before(text, s, m.start(), stances,
                                                                              last_holder)
            elif not groups and rel:
                # "the TTP, which Islamabad has designated a terrorist organisation"
                before = [x for x in dm.in_span(s.start, s.start + rel.start()) if x.kind in _GROUP_KINDS]
                groups = before[-1:]
                lst = _LIST_BEFORE.search(text, max(s.start, s.start + rel.start() - 200), s.start + rel.start())
                if groups and lst is not None:
                    # "the A (AB) and the C (CD), which X regards as terrorist organisations": the whole list
                    groups = _groups_in(text, lst.start(), s.start + rel.start(), dm, lexicon) or groups
                subj = stances.subject_holder(s.start + rel.start("who"), s.start + rel.end("who")) or last_holder
            else:
                subj = _subject_before(text, s, m.start(), stances, last_holder)
            for g in groups:
                _add(out, g, Span(m.start(), m.end(), m.group(0)), subj, meetings, meeting_date,
                     m.group("year") or _when(text, m.end(), meeting_date), explicit=True)
        for m in _DESIGNATION_OF.finditer(text, s.start, s.end):
            if _ASKED_FOR.search(text, max(s.start, m.start() - 40), m.start()):
                continue    # "called for the designation of X as ...": a call, no designation yet
            if any(r.end() > m.start() for r in _REVOKED.finditer(text, max(s.start, m.start() - 60),
                                                                          m.start("obj"))):
                continue    # "lifted the terrorist designation of X": the de-listing's, read below
            # the noun's object opens the slot: "of the Karam Front (TKF), a proxy of X" names X in passing
            name = _NAME_AFTER.match(text, m.start("obj"), m.end("obj"))
            obj_end = name.end() if name else m.end("obj")
            # "the US designation of X (XY), a proxy of Z, as a Foreign Terrorist Organization"
            later = re.match(r"[^.;]{0,80}?\bas\s+(?:an?\s+)?(?:\w+\s+){0,3}?(?:terrorist|terror)\b",
                             text[m.end():s.end], re.I)
            if re.search(r"terror|FTO|SDGT", m.group(0), re.I) or later:
                groups = _slot(dm, m.start("obj"), obj_end, recognized=_RECOGNIZED | {"place"})
                if not groups and name:
                    new_group = _group_after(text, m.start("obj"), obj_end, dm)
                    groups = [new_group] if new_group is not None else []
            else:
                # "the designation of X" alone: a group only where X is one already ("of envoys" is not)
                groups = [x for x in dm.in_span(m.start("obj"), obj_end) if x.kind == "armed_group"]
            by = _listed_by(text, m.start("by"), m.end("by"), dm, lexicon) if m.group("by") else None
            if by is None and m.group("pre"):
                by = _list_owner(m.group("pre"), m.start("pre"), dm, lexicon)
            if by is None:
                label = re.match(r"(?:\s+(?:organi[sz]ations?|groups?|entit(?:y|ies)|outfits?))?", text[m.end():s.end])
                by = _listed_by(text, m.end() + (label.end() if label else 0), s.end, dm, lexicon)
            for g in groups[:1]:
                _add(out, g, Span(m.start(), m.end(), m.group(0)), by, meetings, meeting_date, None,
                     explicit=by is not None)
        for m in _IS_LISTED.finditer(text, s.start, s.end):
            groups = _slot(dm, *m.span("obj"))
            # the pattern ignores case, so its "name" may open with "and the": the list starts before
            lead = re.match(r"(?:(?:and|the)\s+)+", m.group("obj"))
            obj_from = m.start("obj") + (lead.end() if lead else 0)
            the = re.search(r"\bthe\s+$", text[max(s.start, obj_from - 4):obj_from], re.I)
            obj_from -= len(the.group(0)) if the else 0
            lst = _LIST_BEFORE.search(text, max(s.start, obj_from - 200), obj_from)
            if groups and lst is not None and lst.start() < obj_from and re.search(
                    r"(?:,|\band)\s+(?:the\s+)?$", text[lst.start():m.start("obj") + (lead.end() if lead else 0)]):
                # "the A and the B were terrorist outfits": every group of the list
                groups = _groups_in(text, lst.start(), m.end("obj"), dm, lexicon) or groups
            if not groups:
                new = _group_before(text, m.end("obj"), m.start("obj"), dm)
                groups = [new] if new is not None else []
            by = _listed_by(text, m.end(), s.end, dm, lexicon)
            # "The representative of Pakistan said A and B were terrorist outfits": who said so
            keys = {g.key for g in groups}
            speaker = holder if holder and (holder.speaker or holder.actors and not keys & set(holder.actors)) \
                else None
            for g in groups:
                _add(out, g, Span(s.start, s.end, s.text), by or speaker, meetings, meeting_date, None,
                     explicit=True)
        for m in _PASSIVE.finditer(text, s.start, s.end):
            # "The Taliban ... have been designated as a terrorist organization by Russia since 2003"
            before = [x for x in dm.in_span(s.start, m.start()) if x.kind in _GROUP_KINDS]
            if not before:
                near = _group_before(text, m.start() - 1 if text[m.start() - 1:m.start()] == " " else m.start(),
                                     s.start, dm)
                if near is None and last_group is not None and re.search(
                        r"\b(?:the|this|that)\s+(?:group|organi[sz]ation|movement)\s+(?:\w+\s+)?$",
                        text[s.start:m.start()], re.I):
                    near = last_group   # "The group would be treated as a terrorist organisation"
                before = [near] if near is not None else []
            if not before:
                continue
            by = _listed_by(text, m.end(), s.end, dm, lexicon)
            year = _when(text, m.end(), meeting_date)
            later = re.search(r"\b(?:since|in)\s+(?:[A-Z][a-z]+\s+)?\d{4}\b", text[m.end():s.end]) if by else None
            if year is None and later is not None:
                # "... by a decision of Russia's Supreme Court in February 2003"
                year = _when(text, m.end() + later.start(), meeting_date)
            # the nearest group: "the Supreme Court suspended the ban on the Taliban, which had been
            # recognised as a terrorist organisation" is the Taliban's
            near_group = before[-1]
            _add(out, near_group, Span(near_group.start, m.end(), text[near_group.start:m.end()]), by, meetings,
                 meeting_date, year, explicit=True)
        for m in _AS_DESIGNATED_BY.finditer(text, s.start, s.end):
            # "to combat ISIL, the Al-Nusra Front and other entities associated with Al-Qaida, as designated
            # as terrorist by the UN Security Council": every group of the clause, by whom the phrase names
            stop = max((s.start + c.end() for c in re.finditer(r"[;:]", text[s.start:m.start()])), default=s.start)
            by = _listed_by(text, m.end() - 3, s.end, dm, lexicon)
            tail = re.match(r"[^.;,]*", text[m.end():s.end])
            end = m.end() + (tail.end() if tail else 0)
            for g in _slot(dm, stop, m.start()):
                _add(out, g, Span(g.start, end, text[g.start:end]), by, meetings, meeting_date, None,
                     explicit=by is not None)
        for m in _DESIGNATED_BY.finditer(text, s.start, s.end):
            by = _listed_by(text, m.start("by") - 3, m.end("by"), dm, lexicon)
            for g in _groups_in(text, m.end(), _list_end(text, m.end(), s.end), dm, lexicon):
                _add(out, g, Span(m.start(), g.end, text[m.start():g.end]), by or last_holder, meetings,
                     meeting_date, None, explicit=True)
        for m in _REVOKED.finditer(text, s.start, s.end):
            g = _group_after(text, m.end(), s.end, dm) if m.group("of") else None
            if g is None and not m.group("of") and last_group is not None:
                g = last_group     # "revoked that designation": of the group told before
            if g is None:
                continue
            end = max(m.end(), g.end if g.start > m.start() else m.end())    # the group's name, if after
            _delist(out, [g], Span(m.start(), end, text[m.start():end]), text, s, m.start(), stances, last_holder)
        for m in _REMOVED.finditer(text, s.start, s.end):
            # what is taken off a list of organizations is one, whatever the recognizer called the name
            groups = _slot(dm, *m.span("obj"), kinds=_GROUP_KINDS | {"government"},
                           recognized=_RECOGNIZED | {"place"})
            if not groups:
                name = _NAME_AFTER.search(text, *m.span("obj"))
                new = _group_after(text, name.start(), m.end("obj"), dm) if name else None
                groups = [new] if new is not None else []
            if not groups and _PASSIVE_END.search(text, s.start, m.start()):
                # "X was removed from the list ...": the group stands before the verb; in the active
                # voice the one before it is who removed it
                groups = [x for x in dm.in_span(s.start, m.start()) if x.kind in _GROUP_KINDS | {"government"}][-1:]
            if not groups and re.fullmatch(rf"\s*(?:{lexicon.group_anaphora}|it|them)\s*", m.group("obj"), re.I):
                # "removing the movement from its list": the group the text is about
                groups = _taken_up(dm, s, m.start(), last_group)
            if _NOT_YET.search(text, max(s.start, m.start() - 40), m.start()):
                # "was considering removing X from its list": X is on it still, by the list's owner
                subj = _subject_before(text, s, m.start(), stances, last_holder)
                for g in groups:
                    _add(out, g, Span(m.start(), m.end(), m.group(0)), subj, meetings, meeting_date,
                         _when(text, m.end(), meeting_date) or _since(text, m.end(), s.end), explicit=True)
                continue
            _delist(out, groups, Span(m.start(), m.end(), m.group(0)), text, s, m.start(), stances, last_holder)
        for m in _LISTED_BEFORE.finditer(text, s.start, s.end):
            # "X removed the Taliban from its list ... The movement had been included in the list in
            # 2003": the listing a de-listing ends, told beside it, was a designation of its own
            for fact in list(out.values()):
                if not fact.removed or fact.evidence.start < s.start - 600 or ("listed", fact.designee) in out:
                    continue
                stated = re.search(r"\b(?:19|20)\d\d\b", text[m.start():s.end])
                a, b = trim_span(text, s.start, s.end)
                out[("listed", fact.designee)] = DesignationFact(
                    designee=fact.designee, evidence=Span(a, b, text[a:b]), authorities=list(fact.authorities),
                    date=stated.group(0) if stated else None)
        for m in _NAMED_AS.finditer(text, s.start, s.end):
            if _DESIGNATE.match(text, m.start()):
                continue
            for g in [x for x in dm.in_span(*m.span("list")) if x.kind in _GROUP_KINDS]:
                _add(out, g, Span(m.start(), m.end(), m.group(0)),
                     holder if holder is not None and holder.actors else last_holder, meetings, meeting_date, None)
        for g, a, b in _labelled_groups(text, s, dm, lexicon):
            # "the US-designated terrorist group X": the prefix names who designated it
            by = _prefix_authority(text, a, b, dm, lexicon)
            _add(out, g, Span(a, b, text[a:b]), by or (holder if holder is not None and holder.actors else last_holder),
                 meetings, meeting_date, None, explicit=by is not None)
        for m in _ADDED_TO_LIST.finditer(text, s.start, s.end):
            # "Chile added X to its list of terrorist organizations in 2021", "X was added to the UN sanctions
            # list of terrorist entities": whose list, else who added
            if not _terror_list(m, s):
                continue    # "added 20 firms to its sanctions list": no terrorist listing
            groups = _slot(dm, *m.span("obj")) or [x for x in dm.in_span(s.start, m.start())
                                                     if x.kind in _GROUP_KINDS][-1:]
            by = _list_owner(m.group("list"), m.start("list"), dm, lexicon) or \
                _subject_before(text, s, m.start(), stances, last_holder)
            for g in groups:
                _add(out, g, Span(m.start(), m.end(), m.group(0)), by, meetings, meeting_date,
                     _when(text, m.end(), meeting_date), explicit=True)
        for m in _ON_LIST.finditer(text, s.start, s.end):
            # "X is on Peru's list of terrorist organizations", "X remains on the EU terrorist list"
            if not _terror_list(m, s):
                continue
            before = [x for x in dm.in_span(s.start, m.start()) if x.kind in _GROUP_KINDS][-1:]
            by = _list_owner(m.group("list"), m.start("list"), dm, lexicon)
            for g in before:
                _add(out, g, Span(g.start, m.end(), text[g.start:m.end()]), by, meetings, meeting_date,
                     _when(text, m.end(), meeting_date), explicit=True)
        for m in _LIST_APPOSED.finditer(text, s.start, s.end):
            before = [x for x in dm.in_span(s.start, m.start()) if x.kind in _GROUP_KINDS and x.end == m.start()]
            words = m.group("list") or m.group("sanctions")
            at = m.start("list") if m.group("list") else m.start("sanctions")
            by = _list_owner(words, at, dm, lexicon) or _named_council(words, at, stances)
            for g in before:
                _add(out, g, Span(g.start, m.end(), text[g.start:m.end()]), by, meetings, meeting_date,
                     _when(text, m.end(), meeting_date), explicit=True)
        for m in _PROSCRIBED.finditer(text, s.start, s.end):
            g = _group_after(text, m.end(), s.end, dm)
            if g is None:
                continue
            # "had proscribed the A and the B": each group of the list
            lst = _LIST_AFTER.match(text, g.start, s.end)
            groups = [g] + [x for x in (_groups_in(text, g.end, lst.end(), dm, lexicon) if lst else [])
                            if x.key != g.key]
            who = _subject_before(text, s, m.start(), stances, last_holder)
            for x in groups:
                _add(out, x, Span(m.start(), x.end, text[m.start():x.end]), who, meetings, meeting_date,
                     _when(text, x.end, meeting_date), explicit=True)
        for m in _BOTH_LABELLED.finditer(text, s.start, s.end):
            # "A and B (AB), both proscribed terrorist organisations in the UK": each of the list before
            lst = _LIST_BEFORE.search(text, max(s.start, m.start() - 200), m.start())
            if lst is None:
                continue
            where = [x for x in dm.in_span(*m.span("where")) if x.kind == "state"] if m.group("where") else []
            by = Holder([where[0].key]) if where else (holder if holder is not None and holder.actors else last_holder)
            for g in _groups_in(text, lst.start(), m.start(), dm, lexicon):
                _add(out, g, Span(lst.start(), m.end(), text[lst.start():m.end()]), by, meetings, meeting_date,
                     None, explicit=True)
        for m in _BANNED.finditer(text, s.start, s.end):
            where = [x for x in dm.in_span(*m.span("where")) if x.kind == "state"]
            before = [x for x in dm.in_span(s.start, m.start()) if x.kind in _GROUP_KINDS]
            if where and before:
                _add(out, before[-1], Span(before[-1].start, m.end(), text[before[-1].start:m.end()]),
                     Holder([where[0].key]), meetings, meeting_date, None, explicit=True)
        groups_here = [x for x in dm.in_span(s.start, s.end) if x.kind == "armed_group"]
        if groups_here:
            last_group = groups_here[-1]
    # a person names a group as terrorist for whom he speaks: the under-secretary-general for the UN,
    # a minister for his state (a person no text ties to anyone stays)
    serves = {tp.mention.key: tp.represents for tp in dm.titled if tp.represents}
    serves.update({p.agent: p.represents for m in meetings for p in m.participations if p.represents})
    for d in out.values():
        mapped = [serves.get(a, a) if a.startswith("person/") else a for a in d.authorities]
        d.authorities = list(dict.fromkeys(a for a in mapped if a != d.designee))
    return sorted(out.values(), key=lambda d: (d.evidence.start, d.designee))


_RECOGNIZED = {"person", "organization"}   # a place the recognizer found stays a place
_PARTICLE = r"(?:al|el|ul|ut|ud|ad|an|ar|as|at|ash|wal|e)"
_NAME_RUN = (rf"(?:[A-Z][\w'’]+|{_PARTICLE}-[A-Z][\w'’]+)"
             # a single capital after a hyphen ends a name too ("ISIL-K")
             rf"(?:[\s-]+(?:[A-Z][\w'’]+|(?<=-)[A-Z](?![\w'’])|{_PARTICLE}-[A-Z][\w'’]+|of|al|ul|ut|e|bin|wal|del|de|la|du|des|da|do)){{0,5}}")
# words of a designation's label, never of the group's name ("a Specially Designated Global Terrorist group")
_LABEL_WORDS = {"Designated", "Specially", "Global", "Terrorist", "Terror", "Foreign", "Listed", "Organization",
                "Organisation", "Group", "Entity", "Entities", "Sanctioned"}
_NOT_FIRST = {"The", "And", "In", "Both", "All", "Other", "These", "Those", "Such", "Its", "Their", "A", "An",
              "They", "It", "We", "He", "She", "This", "That", "Any", "Some", "Several", "Many", "Particular"}
_NAME_BEFORE = re.compile(rf"(?<![\w-])(?P<name>{_NAME_RUN})$")
_NAME_AFTER = re.compile(rf"(?:the\s+)?(?P<name>{_NAME_RUN})(?![\w-])")
# "Shining Path and other terrorist groups", "A, B and other extremist organizations"
_AND_OTHER = re.compile(r"\band\s+(?:all\s+)?other\s+(?:\w+\s+)?(?:terrorist|terror|extremist)\s+(?:groups|"
                        r"organi[sz]ations|outfits|entities|networks|movements|forces|elements|militias)\b", re.I)
_LIST_AFTER = re.compile(rf"(?:(?:the\s+)?{_NAME_RUN}(?:\s+in\s+the\s+{_NAME_RUN})?(?:\s*\([^()]{{1,20}}\))?"
                         rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)?)+")
_LIST_BEFORE = re.compile(rf"(?:(?:the\s+)?{_NAME_RUN}(?:\s*\([^()]{{1,20}}\))?\s*(?:,\s*|\s+and\s+)?)+$")
# "attacks by Shining Path terrorists": the group named as the word's modifier
_TERRORISTS = re.compile(r"\s+terrorists\b")
# "the terrorist threat posed by X and Y", "terrorist threats from X": the groups after "by"
_THREAT_BY = re.compile(r"\bterrorist\s+threats?\s+(?:\w+\s+)?(?:posed\s+by|from)\s+|"
                        r"\bterrorists\s+(?:of|from|belonging\s+to|linked\s+to|affiliated\s+with)\s+(?:the\s+)?", re.I)
# "X remains the most serious terrorist threat", "X poses a terrorist threat to ..."
_IS_THREAT = re.compile(r"\s+(?:remains?|is|was|poses?|posed|constitutes?|represents?)\s+(?:\w+\s+){0,3}?"
                        r"terrorist\s+threats?\b", re.I)
# "groups designated by the UN Security Council, including X and Y": the list, with who designated them
_DESIGNATED_BY = re.compile(r"\b(?:groups?|organi[sz]ations?|entities|outfits)\s+(?:designated|listed|sanctioned|"
                            r"proscribed)\s+(?:as\s+terrorists?\s+)?by\s+(?P<by>(?:the\s+)?[^,;.]{2,60}?),?\s+"
                            r"(?:including|such as|namely|like|notably)\s+", re.I)
# "the US designation of X as a Specially Designated Global Terrorist", "the terrorist designation of X by
# Japan": a designation told as a noun; who made it stands before the noun or after "by"
_DESIGNATION_OF = re.compile(
    r"\b(?:(?P<pre>(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?))(?:['’]s)?\s+)?(?:(?P<terr>terrorist|terror|FTO|SDGT)\s+)?"
    r"designation\s+of\s+(?:the\s+)?(?P<obj>(?-i:[A-Z])[^.;,]{1,60}?)(?:\s+(?P<by>by\s+(?:the\s+)?(?-i:[A-Z])[^.;,]{1,40}?))?"
    r"(?:\s+as\s+(?:an?\s+)?(?:(?:specially|designated|global|foreign)\s+){0,3}(?:terrorist|terror)\b|"
    r"(?<=\S)(?=\s*[,.;]|\s+(?:and|as|in|on|last|this)\b))", re.I)
# "called on the international community to designate X as ...", "X should designate": a designation
# asked for or planned (not "continues to list X as ...", nor a body's "decided to list X as ...")
_ASKED_TO = re.compile(rf"\b(?:(?:{_ASKING}|plans?|planned|intends?|want(?:s|ed)?)\b[^.;]{{0,80}}?\bto|"
                       r"should|must|shall)\s+(?:also\s+|formally\s+|jointly\s+)?$", re.I)
_ASKED_FOR = re.compile(rf"\b(?:{_ASKING})\s+(?:the\s+)?(?:\w+\s+){{0,2}}$", re.I)
# "lifted the terrorist designation of X", "revoked that designation": a de-designation
_REVOKED = re.compile(r"\b(?:lifted|lifts|revoked|revokes|rescinded|rescinds|withdrew|withdraws|cancell?ed|"
                      r"removed|removes)\s+(?:the|its|their|that|this|his|her)\s+(?:\w+\s+){0,2}?designation"
                      r"(?P<of>\s+of\s+)?", re.I)
# "Chile proscribed the Zarqan Brotherhood in 2020"
_PROSCRIBED = re.compile(r"\b(?:proscribed|outlawed|banned|proscribes|outlaws|bans)\s+(?=(?:the\s+)?[A-Z])")


def _taken_up(dm: DocMentions, s: Sentence, pos: int, last_group: Mention | None) -> list[Mention]:
    """The group 'it', 'the movement' takes up: the last named earlier in the sentence, else in the text."""
    earlier = [x for x in dm.in_span(s.start, pos) if x.kind in _GROUP_KINDS]
    return earlier[-1:] or ([last_group] if last_group else [])


def _terror_list(m: re.Match, s: Sentence) -> bool:
    """Whether the list a _LIST match names is a terrorist list: a sanctions list only in a sentence
    about terror or the Council's regimes against it."""
    return "sanction" not in m.group("list").lower() or _TERROR_REGIME.search(s.text) is not None


def _slot(dm: DocMentions, start: int, end: int, kinds: set[str] = _GROUP_KINDS,
          recognized: set[str] = _RECOGNIZED) -> list[Mention]:
    """The groups named in text[start:end], words that the sentence says name groups ('terrorist groups
    such as ...'): a name only the recognizer found is a group there, whatever label it gave."""
    out = []
    for x in dm.in_span(start, end):
        if x.kind in kinds:
            out.append(x)
        elif x.kind in recognized and (x.via == "ner" or x.via == "short" and not getattr(
                dm.entries.get(x.key), "reference", True) and not any(tp.mention.key == x.key for tp in dm.titled)):
            # "Ansar Allah, also known as the Houthis, ...", then "designated Ansar Allah as ...": the
            # recognizer's person, whose short form ("Allah") is all the later mention kept
            entry = fresh("armed_group", dm.entries[x.key].label if x.via == "short" else x.surface)
            dm.retype(x.key, entry)
            out.append(Mention(x.start, x.end, x.surface, entry.key, "armed_group", "ner"))
    return out


def _new_group(text: str, start: int, end: int, dm: DocMentions) -> Mention | None:
    """A name no pass found, at a group's place in the sentence: minted as a group."""
    name = text[start:end]
    while name.split() and name.split()[0] in _NOT_FIRST:
        first = name.split()[0]
        start += name.index(first) + len(first)
        name = text[start:end].lstrip()
        start = end - len(name)
    if len(name) < 3 or dm.overlaps(start, end) or any(w in _LABEL_WORDS for w in name.split()):
        return None
    entry = fresh("armed_group", name)
    dm.entries.setdefault(entry.key, entry)
    dm.surfaces.setdefault(entry.key, set()).add(name)
    m = Mention(start, end, name, entry.key, "armed_group", "ner")
    dm.extend([m])
    return m


def _group_before(text: str, pos: int, floor: int, dm: DocMentions) -> Mention | None:
    """The group named right before `pos` ('the Zarqan Brotherhood terrorist group')."""
    x = next(iter(_slot(dm, max(floor, pos - 80), pos)[-1:]), None)
    # "Jaish-e-Mohammed (JeM), a UN-designated terrorist entity": its short form may stand between
    if x is not None and re.fullmatch(r"\)?\s*(?:\([^()]{1,20}\))?\s*,?\s*", text[x.end:pos]):
        return x
    if dm.covering(pos - 1) is not None:
        return None     # a state or a demonym ("Afghan terrorists") is not a group
    m = _NAME_BEFORE.search(text, max(floor, pos - 80), pos)
    return _new_group(text, m.start("name"), m.end("name"), dm) if m else None


def _group_after(text: str, pos: int, end: int, dm: DocMentions) -> Mention | None:
    """The group named right after `pos` ('proscribed the Zarqan Brotherhood')."""
    m = _NAME_AFTER.match(text, pos, end)
    if not m:
        return None
    x = next(iter(_slot(dm, m.start("name"), m.end("name"))), None)
    if x is not None:
        return x if x.start == m.start("name") else None
    if dm.covering(m.start("name")) is not None:
        return None
    return _new_group(text, m.start("name"), m.end("name"), dm)


def _delist(out: dict, groups: list[Mention], span: Span, text: str, s: Sentence, verb: int,
            stances: StanceFinder, last_holder: Holder | None) -> None:
    """Record each group's removal from a list, by the subject of the verb at `verb`."""
    body = max(s.start, stances.dateline_end)    # "ASTANA - Chile removed ...": not the dateline
    subj = _subject_before(text, Sentence(body, s.end, text[body:s.end]), verb, stances, last_holder)
    for g in groups:
        out[("removed", g.key)] = DesignationFact(
            designee=g.key, evidence=span, authorities=[a for a in (subj.actors if subj else []) if a != g.key],
            removed=True)


# "its list of terrorist organizations", "Peru's list of banned groups", "the EU terrorist list"
_LIST = (r"(?P<list>(?:its|their|his|her|the|a|an|[A-Z][\w.'’-]*(?:['’]s)?)\s+(?:[\w.'’-]+\s+){0,3}?"
         r"(?:(?:list|register|registry)\s+of\s+(?:[\w-]+\s+){0,2}?(?:terrorist|terror|extremist|banned)\s+"
         r"(?:organi[sz]ations|groups|entities|movements|outfits)|(?:terrorist|terror)\s+(?:list|register)|"
         # "the 1267 Committee added X to its sanctions list": a sanctions list, where the text is about terror
         r"sanctions\s+list))")
# a sanctions list is a terrorist list where the sentence names terror or the Council's regimes against it
_TERROR_REGIME = re.compile(r"terror|ISIL|Da['’]?esh|Al-Qa|1267|1988|2253", re.I)
_ADDED_TO_LIST = re.compile(r"\b(?:added|adds|adding|included|includes|including|placed|places|put|entered|"
                            r"enters)\s+(?P<obj>[^.;]{0,60}?)\s*\b(?:to|on|in|into)\s+" + _LIST, re.I)
# "X is on Peru's list of ...", and in apposition: "The Taliban, still on Russia's list of ...,"
_ON_LIST = re.compile(r"(?:\b(?:is|are|was|were|remains?|remained|stays?|stayed)\s+(?:still\s+)?|,\s+(?:still|also)\s+)"
                      r"on\s+" + _LIST, re.I)
# "X, a group on the Council's sanctions list", "X, an entity listed on the EU terrorist list": the list in
# apposition to the group's name; a sanctions list counts here, where the noun before it is a group's
_LIST_APPOSED = re.compile(r",\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?(?:group|organi[sz]ation|entity|movement|"
                           r"outfit|faction|network)\s+(?:that\s+is\s+|which\s+is\s+)?(?:on|in|listed\s+on|"
                           r"included\s+(?:on|in))\s+(?:" + _LIST +
                           r"|(?P<sanctions>(?:the|its|[A-Z][\w.'’-]*(?:['’]s)?)\s+(?:[\w.'’-]+\s+){0,2}?sanctions"
                           r"\s+list))", re.I)
_PREFIX_AUTHORITY = re.compile(r"\b([\w.]+)-(?:designated|listed|sanctioned|proscribed|banned)\b")


def _named_council(words: str, at: int, stances: StanceFinder) -> Holder | None:
    """'the Council's list': the body named before with that head word ("the Security Council")."""
    m = re.match(r"(?:the\s+)?([A-Z][a-z]+)['’]s\b", words)
    key = stances.named_before(at, m.group(1)) if m else None
    return Holder([key]) if key else None


def _list_owner(words: str, at: int, dm: DocMentions, lexicon: Lexicon) -> Holder | None:
    """Whose list the words name: 'Peru's list', 'the UN sanctions list', 'the EU terrorist list'."""
    owners = [x for x in dm.in_span(at, at + len(words)) if x.kind in ("state", "igo", "government")]
    return _authority(owners[0], lexicon) if owners else None


def _prefix_authority(text: str, a: int, b: int, dm: DocMentions, lexicon: Lexicon) -> Holder | None:
    """'the US-designated terrorist group', 'UN-listed terrorist entities': the state or body before
    the hyphen designated the group."""
    m = _PREFIX_AUTHORITY.search(text, max(0, a - 30), b)
    if m is None or not (m.end() + 1 >= a or text[m.end():a].strip() == ""):
        return None
    return _list_owner(m.group(1), m.start(1), dm, lexicon)


def _labelled_groups(text: str, s: Sentence, dm: DocMentions, lexicon: Lexicon) -> list[tuple[Mention, int, int]]:
    """Groups the sentence calls terrorist in apposition: each with its evidence span."""
    out = []
    for rx in (_LABELLED, _APPOSED_DESIGNATED, _APPOSED_BANNED):
        for m in rx.finditer(text, s.start, s.end):
            x = _group_before(text, m.start(), s.start, dm)
            if x is not None:
                out.append((x, x.start, m.end()))
    for m in _LABEL_FIRST.finditer(text, s.start, s.end):
        x = _group_after(text, m.end(), s.end, dm)
        if x is not None:
            out.append((x, m.start(), x.end))
    for m in _LABEL_FIRST_PLURAL.finditer(text, s.start, s.end):
        # "perpetrated by the terrorist groups A (AB) and the B": each group of the list
        lst = _LIST_AFTER.match(text, m.end(), s.end)
        if lst:
            for x in _groups_in(text, lst.start(), lst.end(), dm, lexicon):
                out.append((x, m.start(), x.end))
    for m in _TERRORIST_ADJ.finditer(text, s.start, s.end):
        x = dm.covering(m.end())
        if x is not None and x.start == m.end() and x.kind in _GROUP_KINDS:
            out.append((x, m.start(), x.end))
    for m in _TERRORISTS.finditer(text, s.start, s.end):
        x = _group_before(text, m.start(), s.start, dm)
        if x is not None:
            out.append((x, x.start, m.end()))
    for m in _THREAT_BY.finditer(text, s.start, s.end):
        for x in _groups_in(text, m.end(), _list_end(text, m.end(), s.end), dm, lexicon):
            out.append((x, m.start(), x.end))
    for m in _IS_THREAT.finditer(text, s.start, s.end):
        x = _group_before(text, m.start(), s.start, dm)
        if x is not None:
            out.append((x, x.start, m.end()))
    for m in _AND_OTHER.finditer(text, s.start, s.end):
        lst = _LIST_BEFORE.search(text, max(s.start, m.start() - 200), m.start())
        if lst:
            for x in _groups_in(text, lst.start(), m.start(), dm, lexicon):
                out.append((x, lst.start(), m.end()))
    return out


_SAID_AFTER = re.compile(r",\s*((?:he|she|they|it)|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s+$")


class _Holders:
    """Each sentence's holder, worked out only for the sentences that need it.

    Most sentences designate nothing, so reading every subject up front would
    be wasted; a sentence's holder depends on the sentences before it only
    through "it"/"they", and those are resolved by walking back on demand.
    """

    def __init__(self, text: str, sentences: list[Sentence], stances: StanceFinder):
        self.text, self.sentences, self.stances = text, sentences, stances
        self._memo: dict[int, Holder | None] = {}

    def at(self, i: int) -> Holder | None:
        if i not in self._memo:
            self._memo[i] = self._read(i)
        return self._memo[i]

    def last_before(self, i: int) -> Holder | None:
        """The holder of the nearest sentence before i that names one."""
        for j in range(i - 1, -1, -1):
            h = self.at(j)
            if h is not None and h.actors:
                return h
        return None

    def _read(self, i: int) -> Holder | None:
        s, stances = self.sentences[i], self.stances
        # the subject ends at the first cue or reporting verb ("X stressed that groups ... and urged ...")
        cue = min((c for c in (stances.find_cue(s.start, s.end), stances.find_report(s.start, s.end)) if c),
                  key=lambda c: c.start(), default=None)
        if not cue:
            return None
        # "... continued to expand in Africa, she said": the speaker comes after the reported words
        tail = _SAID_AFTER.search(self.text, s.start, cue.start())
        h = stances.subject_holder(tail.start(1), tail.end(1)) if tail else stances.subject_holder(s.start, cue.start())
        if h is None and stances.kind == "JointStatement":
            return stances.meeting_holder()
        if h is None and re.match(r"\s*(it|they)\b", self.text[s.start:cue.start()], re.I):
            return self.last_before(i)
        return h


def _listed_by(text: str, pos: int, end: int, dm: DocMentions, lexicon: Lexicon) -> Holder | None:
    """'... listed by the UN Security Council', '... by Russia': who designates, named after the verb."""
    # "by a decision of Russia's Supreme Court": the state whose court or government decided
    m = re.match(r"\s*,?\s*(?:(?:listed|designated|recogni[sz]ed|proscribed)\s+)?by\s+(?:the\s+)?"
                 r"(?:(?:a\s+|the\s+)?(?:decision|decree|order|ruling|resolution)\s+of\s+(?:the\s+)?)?", text[pos:end])
    if not m:
        return None
    # "by the United States": the name's mention may hold the article the pattern read
    named = [x for x in dm.in_span(pos + m.start(), min(end, pos + m.end() + 60))
             if x.kind in ("state", "igo", "government", "organization") and x.start <= pos + m.end() < x.end]
    return _authority(named[0], lexicon) if named else None


def _authority(x: Mention, lexicon: Lexicon) -> Holder:
    """Who designates, as the mention names it: a ministry or government stands for its state."""
    return Holder([state_of(x.key, lexicon) if x.kind == "government" else x.key])


def _subject_before(text: str, s: Sentence, pos: int, stances: StanceFinder, last: Holder | None) -> Holder | None:
    """The subject of a designating verb: 'it designated' refers back to the last state named."""
    clause_start = max(text.rfind(",", s.start, pos), text.rfind(";", s.start, pos), s.start)
    words = text[clause_start:pos].strip(" ,;")
    words = re.sub(r"^(even though|although|though|while|and|but|since)\s+", "", words, flags=re.I)
    if re.fullmatch(r"(it|they)(\s+\w+)?", words, re.I):
        # the subject of the sentence: its words before the first verb ("Moscow worked ...")
        verb = next((m for m in re.finditer(r"[\w'-]+", text[s.start:pos])
                     if m.group(0).lower() in stances.verbs), None)
        end = s.start + verb.start() if verb else pos
        return stances.subject_holder(s.start, end) or last
    start = clause_start + (len(text[clause_start:pos]) - len(text[clause_start:pos].lstrip(" ,;")))
    return stances.subject_holder(start, pos) or last


def _phrase_start(text: str, floor: int, pos: int) -> int:
    """Back up to the start of the noun phrase before a trigger ("all terrorist groups")."""
    m = re.search(r"(?:\b(?:all|any|the|such|other|these|those|several|many)\s+)+$", text[floor:pos], re.I)
    return floor + m.start() if m else pos


def _groups_in(text: str, start: int, end: int, dm: DocMentions, lexicon: Lexicon) -> list[Mention]:
    found = _slot(dm, start, end, _GROUP_KINDS | {"government"})
    # a named group the lexicon lacks, in the list ("... and Katibat Imam al-Bukhari")
    for m in re.finditer(r"(?<![\w-])(?:[A-Z][\w'’]+|(?:al|el|ul|e|wal|wa)-[A-Z][\w'’]+)"
                         r"(?:[\s-]+(?:[A-Z][\w'’]+|(?:al|el|ul|e|wal|wa)-[A-Z][\w'’]+|of|al|ul|e)){1,5}(?![\w-])",
                         text[start:end]):
        s, e = start + m.start(), start + m.end()
        words = m.group(0).split()
        if dm.overlaps(s, e) or any(x.start < e and x.end > s for x in found) or words[0] in ("The", "And", "In"):
            continue
        entry = mint("armed_group", m.group(0))
        found.append(Mention(s, e, m.group(0), entry.key, "armed_group", "ner"))
    # Names the lexicon does not know, read as new groups; a near-miss of a known
    # name ("Deash") resolves to it.
    for m in _ACRONYM.finditer(text, start, end):
        if dm.covering(m.start()) is not None:
            continue
        word = m.group(0)
        if word in ("The", "And", "Its", "Their", "Al", "In", "Particular"):
            continue
        if text[m.start() - 1:m.start()] == "(" and any(re.fullmatch(
                r"\s*(?:group|organi[sz]ation|movement|militia|network)?\s*\(", text[x.end:m.start()], re.I)
                for x in found):
            # "Ansar al-Karam (AAK)", "the Islamic State group (IS)": the letters in brackets are the name
            # before them
            continue
        near = _fuzzy(word, lexicon)
        if near:
            found.append(Mention(m.start(), m.end(), word, near, "armed_group", "fuzzy"))
        elif word.isupper() and len(word) >= 2:
            entry = mint("armed_group", word)
            found.append(Mention(m.start(), m.end(), word, entry.key, "armed_group", "ner"))
    for x in found:
        if x.via in ("fuzzy", "ner"):
            dm.surfaces.setdefault(x.key, set()).add(x.surface)
            if x.key not in dm.entries:
                dm.entries[x.key] = lexicon.entries.get(x.key) or mint("armed_group", x.surface)
    found.sort()
    return found


def _fuzzy(word: str, lexicon: Lexicon) -> str | None:
    if len(word) < 5:
        return None
    w = word.lower()
    for e in lexicon.entries.values():
        if e.kind != "armed_group":
            continue
        for alias in (e.label, *e.aliases):
            a = alias.lower()
            # one edit, an adjacent transposition counting as one ("Deash" for "Daesh")
            if abs(len(a) - len(w)) <= 1 and OSA.distance(a, w, score_cutoff=1) <= 1:
                return e.key
    return None


def _add(out: dict[object, DesignationFact], group: Mention, span: Span, holder: Holder | None,
         meetings: list[MeetingFact], meeting_date: str | None, year: str | None, explicit: bool = False) -> None:
    if group.key in out and not explicit:
        return
    authorities = list(holder.actors) if holder else []
    if holder and holder.speaker:
        authorities = [a for a in authorities if a != holder.speaker] or authorities
    primary = next((m for m in meetings if m.primary), None)
    at_meeting = bool(holder and holder.collective and primary)
    date = year or (meeting_date if at_meeting else None)
    out[group.key] = DesignationFact(designee=group.key, evidence=span, authorities=authorities,
                                     date=date, meeting=primary.local_id if at_meeting and primary else None)
