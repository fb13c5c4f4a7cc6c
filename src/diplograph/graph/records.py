"""The record of a document that merging reads: its actors, and the where, when and who of its meetings.

A record is small and made of plain tuples, so a whole corpus's records load
in a blink and an incremental build merges them again without reading the
documents' facts (merge.py). It is made with each document's cached part,
so this module, not the merging, decides what the part holds.
"""

from __future__ import annotations

from typing import NamedTuple

from ..facts import DocumentFacts


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
    dropped: tuple[tuple[str, int], ...] = ()   # "component: reason" -> candidates the converter dropped


def record(doc: DocumentFacts) -> DocRecord:
    actors = tuple((a.key, a.kind, a.label, tuple(a.surfaces), a.located_in) for a in doc.actors)
    meetings = tuple(MeetingRecord(m.local_id, m.sideline_of, m.date, m.city, m.series, m.ordinal, m.chair,
                                   tuple(m.states), tuple(m.orgs),
                                   tuple((p.agent, p.represents) for p in m.participations))
                     for m in doc.meetings)
    designees = tuple(sorted({x.designee for x in doc.designations if not x.removed}))
    return DocRecord(doc.name, doc.stem, doc.kind, actors, meetings, designees, tuple(sorted(doc.dropped.items())))
