"""The converter as an ordered list of named components over one document.

Each component is a function `(doc) -> None` that reads what the components
before it left on the `Doc` and adds its own part (spaCy's `Language.pipeline`
is the model). The list is data: its names and the source of the modules
they live in make the converter's version (`version()`), which the build's
cache key includes, and `diplograph explain` prints what each one added and,
for the candidates it dropped, why.

    sentences      the converter's sentence boundaries (wrapped lines joined)
    lexicon        every alias, demonym and titled person of the lexicon
    features       "Lake Chad", "the South China Sea": no mention of the state inside
    longer_names   "the Peace and Security Council": a longer name, not the known body inside it
    capitals       "the Kenyan capital" as the capital city
    state_pairs    "the Sino-Indian talks": each state of a hyphened pair before a meeting noun
    dateline       the dateline's city, in capitals
    ner            persons, organizations and places spaCy's NER finds
    delegates      "X (Chile)", "the representative of Chile, X,": whom a UN speaker speaks for
    commentators   "X, a political analyst in Kabul,": persons who comment from outside any meeting
    meetings       meetings, their dates, places, ordinals, participants
    cue_stances    stances from the genre's cue phrases
    parse_checks   the cue stances corrected where the parse says otherwise (passives, repeated calls)
    parsed_stances stances from the dependency parse (stance verbs by lemma)
    commentary     a commentator's words are no party's stance
    vague_holders  stances with no named holder, held by the meeting's participants
    body_speaks_for_members  a council's position, where all its participating states are named with
                   their delegates, held by those states
    speakers_attend a person holding a position in a text about one meeting took part in it
    designations   organizations named as terrorist, by whom
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..facts import DesignationFact, MeetingFact, ParticipationFact, StanceFact
from . import nlp
from .designations import find_designations
from .entities import (
    add_capital_descriptions,
    add_capital_names,
    add_dateline_place,
    add_delegates,
    add_ner_mentions,
    add_state_pairs,
    add_surnames,
    claim_longer_names,
    drop_feature_names,
    fold_organs,
    link_acronyms,
)
from .lexicon import Lexicon
from .meetings import MeetingFinder
from .mentions import DocMentions, find_commentators, find_mentions
from .parsed_stances import Dropped, check_cue_stances, fill_vague_holders, find_parsed_stances
from .sentences import Sentence, split_sentences
from .stances import StanceFinder
from .text import SourceText


@dataclass
class Doc:
    """One document as the components see it: the text and everything found so far."""

    src: SourceText
    lexicon: Lexicon
    kind: str
    sentences: list[Sentence] = field(default_factory=list)
    mentions: DocMentions | None = None
    meetings: list[MeetingFact] = field(default_factory=list)
    stances: list[StanceFact] = field(default_factory=list)
    designations: list[DesignationFact] = field(default_factory=list)
    dropped: list[tuple[str, Dropped]] = field(default_factory=list)   # (component, candidate)
    added: Counter = field(default_factory=Counter)                     # component -> facts added
    origin: dict[int, str] = field(default_factory=dict)                # id(stance) -> component

    @property
    def text(self) -> str:
        return self.src.text


def _sentences(doc: Doc) -> None:
    doc.sentences = split_sentences(doc.text)


def _lexicon(doc: Doc) -> None:
    doc.mentions = find_mentions(doc.text, doc.lexicon)
    doc.added["lexicon"] += len(doc.mentions.mentions)


def _features(doc: Doc) -> None:
    assert doc.mentions is not None     # found by the lexicon component, which runs before
    doc.added["features"] -= drop_feature_names(doc.text, doc.mentions)


def _longer_names(doc: Doc) -> None:
    assert doc.mentions is not None     # found by the lexicon component, which runs before
    doc.added["longer_names"] += claim_longer_names(doc.text, doc.mentions)


def _capitals(doc: Doc) -> None:
    assert doc.mentions is not None     # found by the lexicon component, which runs before
    doc.added["capitals"] += add_capital_descriptions(doc.text, doc.mentions, doc.lexicon)


def _state_pairs(doc: Doc) -> None:
    assert doc.mentions is not None     # found by the lexicon component, which runs before
    doc.added["state_pairs"] += add_state_pairs(doc.text, doc.mentions, doc.lexicon)


def _dateline(doc: Doc) -> None:
    assert doc.mentions is not None     # found by the lexicon component, which runs before
    before = len(doc.mentions.mentions)
    add_dateline_place(doc.text, doc.mentions, doc.lexicon, doc.src.dateline_end)
    doc.added["dateline"] += len(doc.mentions.mentions) - before


def _ner(doc: Doc) -> None:
    assert doc.mentions is not None     # found by the lexicon component, which runs before
    doc.added["ner"] += add_ner_mentions(doc.text, doc.mentions, doc.lexicon)
    link_acronyms(doc.text, doc.mentions)
    fold_organs(doc.text, doc.mentions)


def _delegates(doc: Doc) -> None:
    assert doc.mentions is not None     # found by the lexicon component, which runs before
    doc.added["delegates"] += add_delegates(doc.text, doc.mentions, doc.lexicon)
    doc.added["delegates"] += add_capital_names(doc.text, doc.mentions, doc.src.dateline_end)
    doc.added["delegates"] += add_surnames(doc.text, doc.mentions)


def _commentators(doc: Doc) -> None:
    assert doc.mentions is not None     # found by the lexicon component, which runs before
    doc.mentions.commentators = find_commentators(doc.text, doc.mentions, doc.lexicon)


def _meetings(doc: Doc) -> None:
    assert doc.mentions is not None     # found by the lexicon component, which runs before
    doc.meetings = MeetingFinder(doc.text, doc.sentences, doc.mentions, doc.lexicon,
                                 doc.src.reference_date or doc.src.date, doc.src.dateline_end).run()
    doc.added["meetings"] += len(doc.meetings)


def _stance_finder(doc: Doc) -> StanceFinder:
    assert doc.mentions is not None     # found by the lexicon component, which runs before
    return StanceFinder(doc.text, doc.sentences, doc.mentions, doc.lexicon, doc.meetings, doc.kind,
                        doc.src.dateline_end)


def _cue_stances(doc: Doc) -> None:
    found = _stance_finder(doc).run()
    doc.origin.update((id(s), "cue_stances") for s in found)
    doc.stances += found
    doc.added["cue_stances"] += len(found)


def _parse_checks(doc: Doc) -> None:
    assert doc.mentions is not None     # found by the lexicon component, which runs before
    doc.added["parse_checks"] += check_cue_stances(doc.stances, doc.origin, doc.text, doc.mentions, doc.lexicon,
                                                   doc.meetings, doc.kind, doc.src.dateline_end, doc.src.stem)


def _parsed_stances(doc: Doc) -> None:
    assert doc.mentions is not None     # found by the lexicon component, which runs before
    found = find_parsed_stances(doc.text, doc.mentions, doc.lexicon, doc.meetings, doc.kind,
                                doc.src.dateline_end, [s.evidence for s in doc.stances], doc.src.stem)
    doc.origin.update((id(s), "parsed_stances") for s in found.stances)
    doc.stances += found.stances
    doc.added["parsed_stances"] += len(found.stances)
    doc.dropped += [("parsed_stances", d) for d in found.dropped]


def _drop_stances(doc: Doc, component: str, reason: str, drop: Callable[[StanceFact], bool]) -> None:
    """Take the stances `drop` names out of the document, each recorded as dropped (for `explain`)."""
    kept = []
    for s in doc.stances:
        if drop(s):
            doc.dropped.append((component, Dropped(s.evidence.start, s.evidence.end, reason)))
        else:
            kept.append(s)
    doc.stances = kept


def _headline(doc: Doc) -> None:
    """A headline sums up the positions the body states in full ("X Must Not Become a Haven, Speakers
    Tell Council"): its words are no position's evidence, which the body's own sentence is."""
    title = doc.src.title
    at = doc.text.find(title) if title else -1
    if not title or at < 0 or at > 300:
        return
    end = at + len(title)
    _drop_stances(doc, "headline", "in the headline", lambda s: s.evidence.start < end)


# "Thank you, Rohit.", "Good evening, and welcome to this special briefing.": the formulas a briefing or
# a press conference opens and closes with, which take no position
_COURTESY = re.compile(r"^(?:[^:\n]{1,80}:\s*)?(?:thank you|thanks)\b.{0,50}$|"
                       # "Thank you for joining us in Muscat for this fourth meeting ...": to the audience
                       r"^(?:thank you|thanks)\s+(?:all\s+|everyone\s+)?(?:for|to)\s+(?:(?:your|their)\s+)?"
                       r"(?:joining|being|coming|attending|participating|presence|attention|inviting|having)\b|"
                       r"\bwelcome\s+(?:you\s+)?(?:all\s+)?to\s+(?:this|the|our|"
                       r"today['’]s)\s+(?:\w+\s+){0,2}(?:briefing|press conference|press briefing|conference|session|"
                       r"event|programme|program|media)\b", re.I | re.S)


# "Takes note of the briefing by ...", "Recalls its earlier communiqués on ...": a communiqué's procedure,
# which records what the body heard or decided before, not a position it takes now
_PROCEDURE = re.compile(r"^(?:(?:the\s+)?council\s+(?:also\s+|further\s+)?)?(?:takes?|took|taking)\s+note\s+of\s+"
                        r"(?:the\s+)?(?:\w+\s+){0,2}(?:statements?|briefings?|reports?|presentations?|remarks|"
                        r"information)\b|"
                        r"^(?:(?:the\s+)?council\s+(?:also\s+|further\s+)?)?recall(?:s|ed|ing)?\s+(?:its|their|the)\s+"
                        r"(?:\w+\s+){0,2}(?:pronouncements|decisions|communiqu[ée]s|resolutions|statements|"
                        r"provisions|conclusions)\b", re.I)


def _courtesies(doc: Doc) -> None:
    """A courtesy of a transcript ("Thank you, Rohit.", "welcome to this special briefing") is no
    position of whoever says it; nor is a communiqué's procedure ("Takes note of the statement by ...",
    "Recalls its earlier pronouncements")."""
    _drop_stances(doc, "courtesies", "a courtesy", lambda s: _COURTESY.search(s.evidence.text.strip()) is not None)
    _drop_stances(doc, "courtesies", "procedure", lambda s: _PROCEDURE.search(s.evidence.text.strip()) is not None)


def _commentary(doc: Doc) -> None:
    """What an analyst or an expert the text quotes says is their reading of the meeting, no party's
    position ("'Trade and security go together,' said X, a political analyst in Kabul")."""
    outside = doc.mentions.commentators if doc.mentions is not None else set()
    _drop_stances(doc, "commentary", "a commentator's words",
                  lambda s: bool(s.holders) and all(h in outside for h in s.holders))


def _vague_holders(doc: Doc) -> None:
    assert doc.mentions is not None     # found by the lexicon component, which runs before
    before = sum(1 for s in doc.stances if s.holders)
    fill_vague_holders(doc.stances, doc.text, doc.mentions, doc.lexicon, doc.meetings, doc.kind,
                       doc.src.dateline_end, doc.src.stem)
    doc.added["vague_holders"] += sum(1 for s in doc.stances if s.holders) - before


def _body_speaks_for_members(doc: Doc) -> None:
    """'The Council condemned ...' at a ministerial council whose every participating state the text
    names with its minister: the body's position is those states' joint one, as where the text says
    'the ministers'. Where the states are not all named with their delegates (a council that heard a
    few guests), the body itself stays the holder."""
    primary = next((m for m in doc.meetings if m.primary), None)
    if primary is None or len(primary.states) < 2 or doc.mentions is None:
        return
    # the body's own officers (its secretary-general) are not delegates of its members
    delegates = [p for p in primary.participations if p.agent.startswith("person/")
                 and (p.represents is None or p.represents not in [*primary.orgs, primary.series])]
    if len(delegates) < len(primary.states):
        return
    bodies = {"igo", "organization", "series", "grouping"}
    # the bodies whose meeting this is: taking part, or named where the text reports the meeting
    own = {*primary.orgs, primary.series} | {x.key for x in doc.mentions.reporting(primary, doc.src.dateline_end)}
    for st in doc.stances:
        if len(st.holders) != 1 or st.meeting not in (None, primary.local_id):
            continue
        entry = doc.mentions.entries.get(st.holders[0]) or doc.lexicon.entries.get(st.holders[0])
        if entry is None or entry.kind not in bodies or st.holders[0] not in own:
            continue
        if not entry.members_all_among(primary.states):
            # three of the Arab League's 22 named: the few who spoke, not all who hold it; and where the
            # membership is not known (lexicon/memberships.yaml), no one can say that all of it spoke
            continue
        st.holders = list(primary.states)
        st.addressees = [a for a in st.addressees if a not in st.holders]
        st.meeting = primary.local_id
        doc.added["body_speaks_for_members"] += 1


def _speakers_attend(doc: Doc) -> None:
    """A person who holds a position in a text about one meeting took part in it ('Wang Yi said
    China supports ...' in the readout of his talks), with the state the text gave him."""
    mains = [m for m in doc.meetings if not m.sideline_of]
    if len(mains) != 1 or doc.mentions is None:
        return
    main = mains[0]
    titled = {tp.mention.key: tp for tp in doc.mentions.titled}
    have = {p.agent for m in doc.meetings for p in m.participations}
    for s in doc.stances:
        # (what someone merely asserts, "X said on Monday that she would not travel to Quito", is no sign
        # that X sat at the table)
        if s.meeting not in (None, main.local_id) or s.type == "OtherStance":
            continue
        for key in s.holders:
            entry = doc.mentions.entries.get(key)
            tp = titled.get(key)
            if entry is None or entry.kind != "person" or key in have or (tp is not None and not tp.participant):
                continue
            represents = next((h for h in s.holders if h != key), None) or (tp.represents if tp else None)
            main.participations.append(ParticipationFact(key, represents, tp.title if tp else None, s.evidence))
            have.add(key)
            # the state a speaker spoke for took part too, as where the meeting finder adds a delegate
            kind = (doc.mentions.entries.get(represents) or doc.lexicon.entries.get(represents)) if represents else None
            if kind is not None and kind.kind == "state" and represents not in main.states and \
                    represents != main.country:
                assert represents is not None   # `kind` is only found for a state it names
                main.states.append(represents)
            doc.added["speakers_attend"] += 1


def _designations(doc: Doc) -> None:
    assert doc.mentions is not None     # found by the lexicon component, which runs before
    primary_date = next((m.date for m in doc.meetings if m.primary), None)
    doc.designations = find_designations(doc.text, doc.sentences, doc.mentions, doc.lexicon, doc.meetings,
                                         _stance_finder(doc), primary_date)
    doc.added["designations"] += len(doc.designations)
    retyped = doc.mentions.retyped if doc.mentions is not None else {}
    if retyped:
        # "terrorist groups such as X": what the recognizer took for a person is a group, named as
        # one, not someone who attended; the facts found before follow the name's new key
        for m in doc.meetings:
            m.participations = [p for p in m.participations if p.agent not in retyped]
        for st in doc.stances:
            st.holders = [retyped.get(h, h) for h in st.holders]
            st.addressees = [retyped.get(a, a) for a in st.addressees]


Component = Callable[[Doc], None]

# The converter: its order is the order of the flow (each reads what the ones before it found).
PIPELINE: list[tuple[str, Component]] = [
    ("sentences", _sentences),
    ("lexicon", _lexicon),
    ("features", _features),
    ("longer_names", _longer_names),
    ("capitals", _capitals),
    ("state_pairs", _state_pairs),
    ("dateline", _dateline),
    ("ner", _ner),
    ("delegates", _delegates),
    ("commentators", _commentators),
    ("meetings", _meetings),
    ("cue_stances", _cue_stances),
    ("parse_checks", _parse_checks),
    ("parsed_stances", _parsed_stances),
    ("headline", _headline),
    ("courtesies", _courtesies),
    ("commentary", _commentary),
    ("vague_holders", _vague_holders),
    ("body_speaks_for_members", _body_speaks_for_members),
    ("speakers_attend", _speakers_attend),
    ("designations", _designations),
]


def run(src: SourceText, lexicon: Lexicon, kind: str, pipeline: list[tuple[str, Component]] | None = None) -> Doc:
    doc = Doc(src=src, lexicon=lexicon, kind=kind)
    for _, component in pipeline or PIPELINE:
        component(doc)
    return doc


def version(pipeline: list[tuple[str, Component]] | None = None) -> str:
    """The converter's version: its components' names, in order, with the source of their modules,
    and the spaCy model they parse with."""
    h = hashlib.sha256()
    modules = set()
    for name, component in pipeline or PIPELINE:
        h.update(name.encode() + b"\0")
        modules.add(component.__module__)
    here = Path(__file__).parent
    for path in sorted(here.glob("*.py")):
        h.update(path.name.encode() + path.read_bytes())
    h.update(nlp.version().encode())
    return h.hexdigest()[:16]
