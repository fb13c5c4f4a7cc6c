"""Plain records of what one document says, each with the words it came from.

Extraction fills these; merging and RDF read them. No graph and no NLP here,
so both sides can be tested on their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    text: str


@dataclass
class ActorFact:
    key: str                       # IRI path under dgr:
    kind: str
    label: str
    surfaces: list[str]            # forms seen in this document
    reference: bool                # from the reference lexicon
    located_in: str | None = None


@dataclass
class ParticipationFact:
    agent: str
    represents: str | None
    title: str | None
    evidence: Span


@dataclass
class MeetingFact:
    local_id: str                  # m1, m2 ... within the document
    evidence: list[Span]
    date: str | None = None        # ISO date, or YYYY-MM when only the month is known
    end_date: str | None = None    # the last day, when the text gives a span of days (date is the first)
    date_evidence: Span | None = None
    city: str | None = None        # place key
    city_evidence: Span | None = None
    country: str | None = None     # state key
    series: str | None = None      # series key
    series_name: str | None = None  # a format the lexicon lacks, named as the text names it
    ordinal: int | None = None
    chair: str | None = None       # person key
    chair_evidence: Span | None = None
    states: list[str] = field(default_factory=list)        # participating states
    orgs: list[str] = field(default_factory=list)          # participating organizations
    guests: list[str] = field(default_factory=list)        # attended as guests or observers; not signatories
    participations: list[ParticipationFact] = field(default_factory=list)
    sideline_of: str | None = None # local id of the meeting this one was held beside
    label: str | None = None
    primary: bool = False          # the meeting the document is mainly about


@dataclass
class StanceFact:
    holders: list[str]
    type: str                      # local name of a dg:StanceType individual
    evidence: Span
    addressees: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    meeting: str | None = None     # local id
    holder_inferred: bool = False  # the text left the holder vague: the meeting's participants stand in


@dataclass
class DesignationFact:
    designee: str
    evidence: Span
    authorities: list[str] = field(default_factory=list)
    designated_as: str = "terrorism"
    date: str | None = None        # YYYY or YYYY-MM-DD
    meeting: str | None = None
    removed: bool = False          # a de-designation: the authority took the organization off its list


@dataclass
class DocumentFacts:
    name: str                      # file name
    stem: str
    text: str                      # cleaned text
    title: str | None
    publisher: str | None
    date: str | None
    kind: str                      # JointStatement | Readout | NewsReport
    actors: list[ActorFact] = field(default_factory=list)
    meetings: list[MeetingFact] = field(default_factory=list)
    stances: list[StanceFact] = field(default_factory=list)
    designations: list[DesignationFact] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    dropped: dict[str, int] = field(default_factory=dict)   # "component: reason" -> candidates dropped
