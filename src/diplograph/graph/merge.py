"""Merging what several documents say into one set of facts.

One real-world actor is one node: actors merge by key. One meeting reported
by several documents is one node: meetings merge when they share a series
and ordinal, or a city and a date (within a day), or a series and a
compatible date. Where sources disagree on a meeting's date, place or chair,
each source's value is kept as a claim and the settled value is the one most
sources give, ties going to the more authoritative kind of source.

Merging reads a small record of each document (`records.DocRecord`: its
actors and the where, when and who of its meetings), not the facts themselves: an
incremental build keeps the records of a whole corpus and merges them again
in a fraction of a second, and reads the full facts only of the meetings it
has to write again (`details`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..extract.dates import compatible, complete
from ..extract.lexicon import Lexicon
from ..facts import DocumentFacts, MeetingFact, ParticipationFact, Span
from .records import DocRecord, MeetingRecord, record

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
class MergeState:
    """Where merging stood after the documents `ids` (in merge order), to go on from there.

    Plain data, kept by an incremental build (buildstate). Merging is a pass
    over the documents in order of name: when the next build's documents are
    these followed by new ones, it starts from here and merges only the new
    ones. The clusters are kept as they stood before their values were settled
    (what later reports are matched against), with the settled values beside.
    """

    ids: tuple[str, ...]
    actors: dict[str, tuple]            # key -> (kind, label, aliases, reference, located_in), labels not removed
    clusters: list[tuple]               # (side, date, city, series, ordinal, states, orgs, reports as (doc, meeting))
    settled: list[tuple]                # (basis, date, city, chair, series, ordinal) of each cluster
    index: dict[tuple, list[int]]       # see _Clustering


@dataclass
class Merged:
    documents: list[DocRecord]
    actors: dict[str, MergedActor]
    meetings: list[MergedMeeting]
    state: MergeState | None = None     # to go on from, when the documents' ids were given
    resumed: bool = False               # whether merging went on from a kept state


def merge_documents(docs: list[DocumentFacts], lexicon: Lexicon) -> Merged:
    return merge_records([record(d) for d in docs], lexicon)


def merge_records(docs: list[DocRecord], lexicon: Lexicon, *, ids: list[str] | None = None,
                  since: MergeState | None = None) -> Merged:
    """Merge the documents' records.

    ids: one string per record that changes when the record does (its cache
    key): given, the result carries a MergeState. since: the state of an
    earlier merge; used when its documents are the first of these in order of
    name, so that only the others are merged (the result is the same).
    """
    order = sorted(range(len(docs)), key=lambda i: docs[i].name)
    docs = [docs[i] for i in order]
    kept_ids = tuple(ids[i] for i in order) if ids is not None else None
    start = (len(since.ids) if since is not None and kept_ids is not None and kept_ids[:len(since.ids)] == since.ids
             else 0)
    actors = _actors(docs, start, since, lexicon)
    clustering = _Clustering(docs, since if start else None)
    for di in range(start, len(docs)):
        clustering.add(di)
    clusters = clustering.clusters
    state = None
    if kept_ids is not None:
        # kept as they stand before settling: what the next documents are matched against
        unsettled = clustering.plain()
        kept_actors = {k: (m.kind, m.label, frozenset(m.aliases), m.reference, m.located_in)
                       for k, m in actors.items()}
        state = MergeState(kept_ids, kept_actors, unsettled, [], clustering.index)
    for i, c in enumerate(clusters):
        if i in clustering.touched:
            _settle(c)
        else:
            assert since is not None  # a cluster no new document touched comes from `since`
            c.basis, c.date, c.city, c.chair, c.series, c.ordinal = since.settled[i]
    if state is not None:
        state.settled = [(c.basis, c.date, c.city, c.chair, c.series, c.ordinal) for c in clusters]
    for m in actors.values():
        m.aliases.discard(m.label)
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
    return Merged(docs, actors, clusters, state, resumed=bool(start))


def _actors(docs: list[DocRecord], start: int, since: MergeState | None, lexicon: Lexicon) -> dict[str, MergedActor]:
    """The actors the documents from `start` on name, added to those of `since` (when start > 0)."""
    actors: dict[str, MergedActor] = {}
    if start:
        assert since is not None  # start > 0 only when going on from `since`
        actors = {k: MergedActor(k, kind, label, set(aliases), ref, located_in)
                  for k, (kind, label, aliases, ref, located_in) in since.actors.items()}
    # Most documents name the same actors in the same words: each distinct mention is taken once,
    # in order of first appearance (the first one gives an actor not in the lexicon its label).
    for key, kind, label, surfaces, located_in in dict.fromkeys(a for d in docs[start:] for a in d.actors):
        m = actors.get(key)
        if m is None:
            entry = lexicon.entries.get(key)
            m = actors[key] = MergedActor(key, entry.kind if entry else kind, entry.label if entry else label,
                                          set(entry.aliases) if entry else set(), reference=bool(entry),
                                          located_in=entry.located_in if entry else located_in)
        m.aliases.update(surfaces)
    return actors


class _Clustering:
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

    def __init__(self, docs: list[DocRecord], since: MergeState | None = None):
        self.docs = docs
        self.clusters: list[MergedMeeting] = []
        self.where: list[list[tuple[int, int]]] = []     # each cluster's reports as (document, meeting) positions
        self.touched: set[int] = set()                   # clusters that gained a report here
        # every key starts with "sideline or not": a report only joins its own kind
        self.index: dict[tuple, list[int]] = {}
        self._kept: list[tuple] = []
        if since is not None:
            self.index = since.index
            self._kept = since.clusters
            for side, date, city, series, ordinal, states, orgs, where in since.clusters:
                self.clusters.append(MergedMeeting(
                    "", [(docs[di], docs[di].meetings[mi]) for di, mi in where], date, city, series, ordinal,
                    states=set(states), orgs=set(orgs), side=side))
                self.where.append(list(where))

    def plain(self) -> list[tuple]:
        """The clusters as plain tuples, as they stand (for a MergeState)."""
        return [self._kept[i] if i < len(self._kept) and i not in self.touched else
                (c.side, c.date, c.city, c.series, c.ordinal, tuple(sorted(c.states)), tuple(sorted(c.orgs)),
                 tuple(self.where[i])) for i, c in enumerate(self.clusters)]

    def _register(self, i: int, before: tuple, after: tuple, side: bool) -> None:
        index = self.index
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

    def add(self, di: int) -> None:
        """Cluster the meetings of the document at position `di`."""
        d, index, clusters = self.docs[di], self.index, self.clusters
        for mi, mf in enumerate(d.meetings):
            side = bool(mf.sideline_of)
            months = None if side else _months(mf.date)
            candidates: set[int] = set()
            if not side and not mf.date:
                # without a date only the series and ordinal can match a cluster
                if mf.series and mf.ordinal:
                    candidates.update(index.get(("series-ordinal", side, mf.series, mf.ordinal), ()))
            elif not side and mf.date and mf.date.startswith("--"):  # (not side: mf.date is given here)
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
                assert mf.date is not None  # months come of a date
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
                self.where.append([])
                index.setdefault(("city", side, None), []).append(i)
            target = clusters[i]
            before = (target.city, target.series, _month(target.date), target.ordinal, target.date)
            target.reports.append((d, mf))
            self.where[i].append((di, mi))
            self.touched.add(i)
            _absorb(target, mf)
            self._register(i, before, (target.city, target.series, _month(target.date), target.ordinal,
                                       target.date), side)


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
    return _winner(values) if values else None


def _winner(values: list[tuple[str, DocRecord]]) -> str:
    """The value the (value, source) pairs give most, the stronger source on a tie (values not empty)."""
    if len(values) == 1:
        return values[0][0]
    counts = Counter(v for v, _ in values)
    if len(counts) == 1:
        return values[0][0]

    def rank(v: str) -> tuple[int, int, int]:
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
    c.ordinal = int(_winner(ords)) if ords else None
    for _d, m in c.reports:
        c.states.update(m.states)
        c.orgs.update(m.orgs)


def details(c: MergedMeeting, facts: dict[str, DocumentFacts]) -> Details:
    """Each report's full facts, the claims each source makes and the participations, by person.

    facts: the documents of the meeting's reports by stem (more may be given).
    """
    reports: list[tuple[DocumentFacts, MeetingFact]] = []
    for r, rm in c.reports:
        d = facts[r.stem]
        reports.append((d, next(f for f in d.meetings if f.local_id == rm.local_id)))
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
    # where the search for a free "-N" of each base starts: the numbers below were taken when last
    # looked at, and what is taken stays taken (counting from 2 each time was quadratic: 4 s at
    # 100,000 documents, where thousands of meetings share an "undated" base)
    next_n: dict[str, int] = {}
    for c in clusters:
        when = c.date if c.date and not c.date.startswith("--") else "undated"
        where = c.city.split("/", 1)[1] if c.city else (c.series.split("/", 1)[1] if c.series else "meeting")
        base = f"meeting/{when}-{where}"
        if c.side:
            base += "-" + "-".join(sorted(s.split("/", 1)[1] for s in c.states)) or "-side"
        iri, n = base, next_n.get(base, 2)
        if iri in used:
            iri = f"{base}-{n}"
            while iri in used:
                n += 1
                iri = f"{base}-{n}"
            next_n[base] = n + 1
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
