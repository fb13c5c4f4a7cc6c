"""Merging what several documents say into one set of facts.

One real-world actor is one node: actors merge by key. One meeting reported
by several documents is one node: meetings merge when they share a series
and ordinal, or a city and a date (within a day), or a series and a
compatible date. Where sources disagree on a meeting's date, place or chair,
each source's value is kept as a claim and the settled value is the one most
sources give, ties going to the more authoritative kind of source.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .extract.dates import compatible, complete
from .facts import DocumentFacts, MeetingFact, ParticipationFact, Span
from .lexicon import Lexicon

AUTHORITY = {"JointStatement": 3, "Readout": 2, "NewsReport": 1}


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
    reports: list[tuple[DocumentFacts, MeetingFact]] = field(default_factory=list)
    date: str | None = None
    city: str | None = None
    series: str | None = None
    ordinal: int | None = None
    chair: str | None = None
    states: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)
    claims: list[Claim] = field(default_factory=list)
    participations: dict[str, list[tuple[DocumentFacts, ParticipationFact]]] = field(default_factory=dict)
    label: str = ""

    def sideline(self) -> bool:
        # A report joins only a cluster of its own kind (`_same`), so the first report says it for all.
        return bool(self.reports and self.reports[0][1].sideline_of)


@dataclass
class Merged:
    documents: list[DocumentFacts]
    actors: dict[str, MergedActor]
    meetings: list[MergedMeeting]
    meeting_of: dict[tuple[str, str], MergedMeeting]   # (doc stem, local id) -> meeting


def merge_documents(docs: list[DocumentFacts], lexicon: Lexicon) -> Merged:
    docs = sorted(docs, key=lambda d: d.name)
    actors: dict[str, MergedActor] = {}
    for d in docs:
        for a in d.actors:
            entry = lexicon.entries.get(a.key)
            label = entry.label if entry else a.label
            m = actors.setdefault(a.key, MergedActor(a.key, entry.kind if entry else a.kind, label,
                                                     reference=bool(entry),
                                                     located_in=entry.located_in if entry else a.located_in))
            m.aliases |= {s for s in a.surfaces if s != m.label}
            if entry:
                m.aliases |= set(entry.aliases)
    clusters = _cluster(docs)
    for c in clusters:
        _settle(c)
    _name(clusters, actors)
    meeting_of = {(d.stem, mf.local_id): c for c in clusters for d, mf in c.reports}
    # every actor a meeting points to must exist as a node
    for c in clusters:
        for key in [c.city, c.chair, *c.states, *c.orgs, *c.participations]:
            if key and key not in actors:
                entry = lexicon.entries.get(key)
                if entry:
                    actors[key] = MergedActor(key, entry.kind, entry.label, set(entry.aliases), True,
                                              entry.located_in)
    return Merged(docs, actors, clusters, meeting_of)


def _cluster(docs: list[DocumentFacts]) -> list[MergedMeeting]:
    """Each report joins the first cluster (in order of creation) it is `_same` as, or starts one.

    `_same` holds only when the cluster shares the report's city (a sideline
    report: even when both have none) or its series, so only the clusters
    indexed under those are tried, oldest first: the same choice as trying
    every cluster, without the cost growing with the square of the corpus.
    A cluster's city and series are set at most once (`_absorb`), and it is
    indexed again when they are.
    """
    clusters: list[MergedMeeting] = []
    # keyed by (sideline or not, city) and (sideline or not, series): a report only joins its own kind
    by_city: dict[tuple[bool, str | None], list[int]] = {}
    by_series: dict[tuple[bool, str], list[int]] = {}
    for d in docs:
        for mf in d.meetings:
            side = bool(mf.sideline_of)
            candidates = set(by_city.get((side, mf.city), ())) if (mf.city or side) else set()
            if mf.series:
                candidates.update(by_series.get((side, mf.series), ()))
            i = next((i for i in sorted(candidates) if _same(clusters[i], mf)), None)
            if i is None:
                i = len(clusters)
                clusters.append(MergedMeeting(iri=""))
                by_city.setdefault((side, None), []).append(i)
            target = clusters[i]
            city, series = target.city, target.series
            target.reports.append((d, mf))
            _absorb(target, mf)
            if target.city != city:
                by_city.setdefault((side, target.city), []).append(i)
            if target.series and target.series != series:
                by_series.setdefault((side, target.series), []).append(i)
    return clusters


def _same(c: MergedMeeting, m: MeetingFact) -> bool:
    if bool(m.sideline_of) != c.sideline():
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


def _absorb(c: MergedMeeting, m: MeetingFact) -> None:
    # fill what is missing so later reports can match on it; settled later by vote
    if m.date and (not c.date or len(m.date) > len(c.date) or c.date.startswith("--")):
        c.date = m.date
    c.city = c.city or m.city
    c.series = c.series or m.series
    c.ordinal = c.ordinal or m.ordinal
    c.states |= set(m.states)
    c.orgs |= set(m.orgs)


def _vote(values: list[tuple[str, DocumentFacts]]) -> str | None:
    if not values:
        return None
    counts = Counter(v for v, _ in values)

    def rank(v):
        auth = max(AUTHORITY.get(d.kind, 0) for x, d in values if x == v)
        return (counts[v], auth, -min(i for i, (x, _) in enumerate(values) if x == v))

    return max(counts, key=rank)


def _settle(c: MergedMeeting) -> None:
    full = [(m.date, d) for d, m in c.reports if m.date and len(m.date) == 10 and not m.date.startswith("--")]
    settled_date = _vote(full)
    dates = []
    for d, m in c.reports:
        value = complete(m.date, settled_date)
        if value:
            dates.append((value, d))
            c.claims.append(Claim("date", value, d.stem, m.date_evidence or m.evidence[0]))
    c.date = _vote([(v, d) for v, d in dates if len(v) == 10 and not v.startswith("--")]) or (
        dates[0][0] if dates else None)
    cities = [(m.city, d) for d, m in c.reports if m.city]
    for d, m in c.reports:
        if m.city:
            c.claims.append(Claim("location", m.city, d.stem, m.city_evidence or m.evidence[0]))
        if m.chair:
            c.claims.append(Claim("chair", m.chair, d.stem, m.chair_evidence or m.evidence[0]))
    c.city = _vote(cities)
    c.chair = _vote([(m.chair, d) for d, m in c.reports if m.chair])
    c.series = next((m.series for _, m in c.reports if m.series), None)
    ords = [(str(m.ordinal), d) for d, m in c.reports if m.ordinal]
    c.ordinal = int(_vote(ords)) if ords else None
    for d, m in c.reports:
        for p in m.participations:
            c.participations.setdefault(p.agent, []).append((d, p))
    for _d, m in c.reports:
        c.states |= set(m.states)
        c.orgs |= set(m.orgs)


def _name(clusters: list[MergedMeeting], actors: dict[str, MergedActor]) -> None:
    used: set[str] = set()
    for c in clusters:
        when = c.date if c.date and not c.date.startswith("--") else "undated"
        where = c.city.split("/", 1)[1] if c.city else (c.series.split("/", 1)[1] if c.series else "meeting")
        base = f"meeting/{when}-{where}"
        if c.sideline():
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
            parts.append("Side meeting" if c.sideline() else "Meeting")
        tail = ", ".join(x for x in (place, c.date if c.date and not c.date.startswith("--") else None) if x)
        c.label = parts[0] + (f" ({tail})" if tail else "")


def _ordinal_word(n: int) -> str:
    words = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"]
    return words[n - 1] if 0 < n <= len(words) else f"{n}th"


__all__ = ["merge_documents", "Merged", "MergedMeeting", "MergedActor", "Claim"]
