"""Merging what several documents say into one set of facts.

One real-world actor is one node: actors merge by key. One meeting reported
by several documents is one node: meetings merge when they share a series
and ordinal, or a city and a date (within a day), or a series and a
compatible date. Where sources disagree on a meeting's date, place or chair,
each source's value is kept as a claim and the settled value is the one most
sources give, ties going to the more authoritative kind of source.

Merging reads a small record of each document (`DocRecord`: its actors and
the where, when and who of its meetings), not the facts themselves: an
incremental build keeps the records of a whole corpus and merges them again
in a fraction of a second, and reads the full facts only of the meetings it
has to write again (`details`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from .extract.dates import compatible, complete
from .facts import DocumentFacts, MeetingFact, ParticipationFact, Span
from .lexicon import Lexicon

AUTHORITY = {"JointStatement": 3, "Readout": 2, "NewsReport": 1}


class MeetingRecord(NamedTuple):
    """What merging reads of one MeetingFact."""

    local_id: str
    sideline_of: str | None
    date: str | None
    city: str | None
    series: str | None
    ordinal: int | None
    chair: str | None
    states: tuple[str, ...]
    orgs: tuple[str, ...]
    agents: tuple[tuple[str, str | None], ...]   # (participant, whom it represents)


class DocRecord(NamedTuple):
    """What merging reads of one document (plain tuples: a corpus's records load in a blink)."""

    name: str
    stem: str
    kind: str
    actors: tuple[tuple[str, str, str, tuple[str, ...], str | None], ...]  # key, kind, label, surfaces, located_in
    meetings: tuple[MeetingRecord, ...]
    designees: tuple[str, ...]           # the organizations it says are designated


def record(doc: DocumentFacts) -> DocRecord:
    actors = tuple((a.key, a.kind, a.label, tuple(a.surfaces), a.located_in) for a in doc.actors)
    meetings = tuple(MeetingRecord(m.local_id, m.sideline_of, m.date, m.city, m.series, m.ordinal, m.chair,
                                   tuple(m.states), tuple(m.orgs),
                                   tuple((p.agent, p.represents) for p in m.participations))
                     for m in doc.meetings)
    designees = tuple(sorted({x.designee for x in doc.designations}))
    return DocRecord(doc.name, doc.stem, doc.kind, actors, meetings, designees)


@dataclass
class MergedActor:
    key: str
    kind: str
    label: str
    aliases: set[str] = field(default_factory=set)
    reference: bool = False
    located_in: str | None = None


@dataclass
class Claim:
    prop: str             # date | location | chair
    value: str            # ISO date or actor key
    doc: str              # document stem
    evidence: Span


@dataclass
class MergedMeeting:
    iri: str                                   # path under dgr:
    reports: list[tuple[DocRecord, MeetingRecord]] = field(default_factory=list)
    date: str | None = None
    city: str | None = None
    series: str | None = None
    ordinal: int | None = None
    chair: str | None = None
    states: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)
    basis: str | None = None                   # the full date most reports give: completes partial ones
    label: str = ""
    side: bool = False                         # held on the sidelines of another meeting


@dataclass
class Details:
    """What one merged meeting's sources say in full: read from their facts, for writing it out."""

    reports: list[tuple[DocumentFacts, MeetingFact]]
    claims: list[Claim]
    participations: dict[str, list[tuple[DocumentFacts, ParticipationFact]]]


@dataclass
class Merged:
    documents: list[DocRecord]
    actors: dict[str, MergedActor]
    meetings: list[MergedMeeting]


def merge_documents(docs: list[DocumentFacts], lexicon: Lexicon) -> Merged:
    return merge_records([record(d) for d in docs], lexicon)


def merge_records(docs: list[DocRecord], lexicon: Lexicon) -> Merged:
    docs = sorted(docs, key=lambda d: d.name)
    actors: dict[str, MergedActor] = {}
    for d in docs:
        for key, kind, label, surfaces, located_in in d.actors:
            m = actors.get(key)
            if m is None:
                entry = lexicon.entries.get(key)
                m = actors[key] = MergedActor(key, entry.kind if entry else kind, entry.label if entry else label,
                                              set(entry.aliases) if entry else set(), reference=bool(entry),
                                              located_in=entry.located_in if entry else located_in)
            m.aliases.update(surfaces)
    for m in actors.values():
        m.aliases.discard(m.label)
    clusters = _cluster(docs)
    for c in clusters:
        _settle(c)
    _name(clusters, actors)
    # every actor a meeting points to must exist as a node
    for c in clusters:
        agents = [a for _, m in c.reports for a, _ in m.agents]
        for key in [c.city, c.chair, *c.states, *c.orgs, *agents]:
            if key and key not in actors:
                entry = lexicon.entries.get(key)
                if entry:
                    actors[key] = MergedActor(key, entry.kind, entry.label, set(entry.aliases), True,
                                              entry.located_in)
    return Merged(docs, actors, clusters)


def _cluster(docs: list[DocRecord]) -> list[MergedMeeting]:
    """Each report joins the first cluster (in order of creation) it is `_same` as, or starts one.

    `_same` holds only when the cluster shares the report's city (a sideline
    report: even when both have none) or its series, and, unless series and
    ordinal agree, a date within a day of the report's. So only the clusters
    indexed under those are tried, oldest first: the same choice as trying
    every cluster, without the cost growing with the square of the corpus.
    A cluster is indexed again under its new city, series, month or ordinal
    when a report fills them in (`_absorb`); an entry left under an old one
    is only tried for nothing.
    """
    clusters: list[MergedMeeting] = []
    # every key starts with "sideline or not": a report only joins its own kind
    index: dict[tuple, list[int]] = {}

    def register(i: int, before: tuple, after: tuple, side: bool) -> None:
        (city0, series0, month0, ord0, date0), (city, series, month, ordinal, date) = before, after
        if city != city0:
            index.setdefault(("city", side, city), []).append(i)
        if series and series != series0:
            index.setdefault(("series", side, series), []).append(i)
        if city and (city, month) != (city0, month0):
            index.setdefault(("city-month", side, city, month), []).append(i)
        if series and (series, month) != (series0, month0):
            index.setdefault(("series-month", side, series, month), []).append(i)
        if series and ordinal and (series, ordinal) != (series0, ord0):
            index.setdefault(("series-ordinal", side, series, ordinal), []).append(i)
        # what `compatible` compares a day-and-month date with (the month of a full date)
        moy, moy0 = date[-5:-3] if date else None, date0[-5:-3] if date0 else None
        if city and moy and (city, moy) != (city0, moy0):
            index.setdefault(("city-moy", side, city, moy), []).append(i)
        if series and moy and (series, moy) != (series0, moy0):
            index.setdefault(("series-moy", side, series, moy), []).append(i)
        if date and date.startswith("--") and (city, series, date) != (city0, series0, date0):
            index.setdefault(("partial", side, city, moy), []).append(i)
            if series:
                index.setdefault(("partial", side, series, moy), []).append(i)

    for d in docs:
        for mf in d.meetings:
            side = bool(mf.sideline_of)
            months = None if side else _months(mf.date)
            candidates: set[int] = set()
            if not side and not mf.date:
                # without a date only the series and ordinal can match a cluster
                if mf.series and mf.ordinal:
                    candidates.update(index.get(("series-ordinal", side, mf.series, mf.ordinal), ()))
            elif not side and mf.date.startswith("--"):
                # a day and month only: `compatible` needs the cluster's date to name the same month
                moy = mf.date[-5:-3]
                if mf.city:
                    candidates.update(index.get(("city-moy", side, mf.city, moy), ()))
                if mf.series:
                    candidates.update(index.get(("series-moy", side, mf.series, moy), ()))
                    if mf.ordinal:
                        candidates.update(index.get(("series-ordinal", side, mf.series, mf.ordinal), ()))
            elif months is None:
                if mf.city or side:
                    candidates.update(index.get(("city", side, mf.city), ()))
                if mf.series:
                    candidates.update(index.get(("series", side, mf.series), ()))
            else:
                for month in months:
                    if mf.city:
                        candidates.update(index.get(("city-month", side, mf.city, month), ()))
                    if mf.series:
                        candidates.update(index.get(("series-month", side, mf.series, month), ()))
                # clusters known only by day and month, which `compatible` compares by month
                moy = mf.date[-5:-3]
                if mf.city:
                    candidates.update(index.get(("partial", side, mf.city, moy), ()))
                if mf.series:
                    candidates.update(index.get(("partial", side, mf.series, moy), ()))
                if mf.series and mf.ordinal:
                    candidates.update(index.get(("series-ordinal", side, mf.series, mf.ordinal), ()))
            i = next((i for i in sorted(candidates) if _same(clusters[i], mf)), None)
            if i is None:
                i = len(clusters)
                clusters.append(MergedMeeting(iri="", side=side))
                index.setdefault(("city", side, None), []).append(i)
            target = clusters[i]
            before = (target.city, target.series, _month(target.date), target.ordinal, target.date)
            target.reports.append((d, mf))
            _absorb(target, mf)
            register(i, before, (target.city, target.series, _month(target.date), target.ordinal, target.date),
                     side)
    return clusters


def _month(date: str | None) -> str | None:
    """The month a cluster is indexed under: its date's, or None (no date, or only a day and month)."""
    return date[:7] if date and len(date) >= 7 and not date.startswith("--") else None


def _months(date: str | None) -> tuple[str, ...] | None:
    """The months of the dated clusters a report dated `date` could join (None: any cluster of its
    city or series, for a report without a year and month)."""
    if not date or len(date) < 7 or date.startswith("--"):
        return None
    if len(date) == 7:
        return (date,)
    y, m = int(date[:4]), int(date[5:7])
    before = f"{y - 1:04d}-12" if m == 1 else f"{y:04d}-{m - 1:02d}"
    after = f"{y + 1:04d}-01" if m == 12 else f"{y:04d}-{m + 1:02d}"
    return (date[:7], before, after)


def _same(c: MergedMeeting, m: MeetingRecord) -> bool:
    if bool(m.sideline_of) != c.side:
        return False
    if c.series and m.series and c.series != m.series:
        return False    # two formats can meet in one city on one day
    if m.sideline_of:
        states = set(m.states)
        return bool(c.city == m.city and compatible(c.date, m.date) and states == c.states)
    if c.series and m.series == c.series and c.ordinal and m.ordinal:
        return c.ordinal == m.ordinal
    if c.city and m.city and c.city == m.city and c.date and m.date and compatible(c.date, m.date):
        return not (c.ordinal and m.ordinal and c.ordinal != m.ordinal)
    if c.series and m.series == c.series and c.date and m.date and compatible(c.date, m.date, days=1):
        return not (c.ordinal and m.ordinal and c.ordinal != m.ordinal) and (
            not (c.city and m.city) or c.city == m.city)
    return False


def _absorb(c: MergedMeeting, m: MeetingRecord) -> None:
    # fill what is missing so later reports can match on it; settled later by vote
    if m.date and (not c.date or len(m.date) > len(c.date) or c.date.startswith("--")):
        c.date = m.date
    c.city = c.city or m.city
    c.series = c.series or m.series
    c.ordinal = c.ordinal or m.ordinal
    c.states.update(m.states)
    c.orgs.update(m.orgs)


def _vote(values: list[tuple[str, DocRecord]]) -> str | None:
    if not values:
        return None
    counts = Counter(v for v, _ in values)

    def rank(v):
        auth = max(AUTHORITY.get(d.kind, 0) for x, d in values if x == v)
        return (counts[v], auth, -min(i for i, (x, _) in enumerate(values) if x == v))

    return max(counts, key=rank)


def _settle(c: MergedMeeting) -> None:
    full = [(m.date, d) for d, m in c.reports if m.date and len(m.date) == 10 and not m.date.startswith("--")]
    c.basis = _vote(full)
    dates = [(v, d) for v, d in ((complete(m.date, c.basis), d) for d, m in c.reports) if v]
    c.date = _vote([(v, d) for v, d in dates if len(v) == 10 and not v.startswith("--")]) or (
        dates[0][0] if dates else None)
    c.city = _vote([(m.city, d) for d, m in c.reports if m.city])
    c.chair = _vote([(m.chair, d) for d, m in c.reports if m.chair])
    c.series = next((m.series for _, m in c.reports if m.series), None)
    ords = [(str(m.ordinal), d) for d, m in c.reports if m.ordinal]
    c.ordinal = int(_vote(ords)) if ords else None
    for _d, m in c.reports:
        c.states.update(m.states)
        c.orgs.update(m.orgs)


def details(c: MergedMeeting, facts: dict[str, DocumentFacts]) -> Details:
    """Each report's full facts, the claims each source makes and the participations, by person.

    facts: the documents of the meeting's reports by stem (more may be given).
    """
    reports = []
    for r, m in c.reports:
        d = facts[r.stem]
        reports.append((d, next(f for f in d.meetings if f.local_id == m.local_id)))
    claims = []
    for d, m in reports:
        value = complete(m.date, c.basis)
        if value:
            claims.append(Claim("date", value, d.stem, m.date_evidence or m.evidence[0]))
    for d, m in reports:
        if m.city:
            claims.append(Claim("location", m.city, d.stem, m.city_evidence or m.evidence[0]))
        if m.chair:
            claims.append(Claim("chair", m.chair, d.stem, m.chair_evidence or m.evidence[0]))
    participations: dict[str, list[tuple[DocumentFacts, ParticipationFact]]] = {}
    for d, m in reports:
        for p in m.participations:
            participations.setdefault(p.agent, []).append((d, p))
    return Details(reports, claims, participations)


def _name(clusters: list[MergedMeeting], actors: dict[str, MergedActor]) -> None:
    used: set[str] = set()
    for c in clusters:
        when = c.date if c.date and not c.date.startswith("--") else "undated"
        where = c.city.split("/", 1)[1] if c.city else (c.series.split("/", 1)[1] if c.series else "meeting")
        base = f"meeting/{when}-{where}"
        if c.side:
            base += "-" + "-".join(sorted(s.split("/", 1)[1] for s in c.states)) or "-side"
        iri, n = base, 2
        while iri in used:
            iri, n = f"{base}-{n}", n + 1
        used.add(iri)
        c.iri = iri
        place = actors[c.city].label if c.city in actors else None
        series = actors[c.series].label if c.series in actors else None
        parts = []
        if c.ordinal and series:
            parts.append(f"{_ordinal_word(c.ordinal)} {series}")
        elif series:
            parts.append(series)
        else:
            parts.append("Side meeting" if c.side else "Meeting")
        tail = ", ".join(x for x in (place, c.date if c.date and not c.date.startswith("--") else None) if x)
        c.label = parts[0] + (f" ({tail})" if tail else "")


def _ordinal_word(n: int) -> str:
    words = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"]
    return words[n - 1] if 0 < n <= len(words) else f"{n}th"


__all__ = ["merge_documents", "merge_records", "record", "details", "Merged", "MergedMeeting", "MergedActor",
           "Claim", "Details", "DocRecord", "MeetingRecord"]
