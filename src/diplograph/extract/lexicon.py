"""The converter's knowledge, read from data files.

Reference actors and places (`ontology/actors.ttl`), topics
(`ontology/topics.ttl`) and the cue lists under `lexicon/` (titles, stance
cues, collective subjects, meeting words, verbs). Nothing here names a
person or a group: the names are all in the data.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .. import __version__, paths, vocab
from ..errors import InputError
from . import world

# the vocabulary as plain strings: the lexicon reads actors.ttl line by line, without rdflib's terms
DG, DGR, DGT = str(vocab.DG), str(vocab.DGR), str(vocab.DGT)
SKOS = str(vocab.SKOS)
RDFS_LABEL = str(vocab.RDFS.label)
RDF_TYPE = str(vocab.RDF.type)

# class local name -> the kind the converter uses (vocab's table, read the other way)
KIND_OF_CLASS = {str(cls)[len(DG):]: kind for kind, cls in vocab.CLASS_OF_KIND.items()}
# When a node has several classes, the most specific kind wins.
KIND_RANK = ["state", "person", "place", "series", "igo", "government", "armed_group", "grouping",
             "organization"]
ORG_KINDS = {"igo", "government", "armed_group", "grouping", "organization"}
# IRI path prefix for each kind (docs/graph-shape.md)
IRI_PREFIX = {"state": "state", "person": "person", "place": "place", "series": "series"}


# letters with no decomposition to a base letter, spelled as their languages romanize them ("Aydınlı" ->
# "aydinli", not "ayd-nl")
_SPELLED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                          "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
                          "ħ": "h", "Ħ": "H"})


# numbers in words, as the genre counts sides, envoys and a meeting's days ("the four envoys", "two-day")
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12}


def slug(text: str) -> str:
    text = world.without_accents(text.translate(_SPELLED)).lower()
    text = re.sub(r"['’]", "", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def key_for(kind: str, name: str) -> str:
    """The IRI path of a node the converter mints: 'person/wang-yi'."""
    return f"{IRI_PREFIX.get(kind, 'org')}/{slug(name)}"


@dataclass
class Entry:
    key: str                        # IRI path under dgr:, e.g. 'state/china'
    kind: str
    label: str
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    short_names: list[str] = field(default_factory=list)
    combining: list[str] = field(default_factory=list)   # "Sino" in "Sino-Indian": only before a hyphen
    affiliation: str | None = None  # key of the state/org a person usually represents
    office: str | None = None
    located_in: str | None = None
    capital_of: str | None = None
    member_states: list[str] = field(default_factory=list)
    reference: bool = True          # from actors.ttl or the world's tables, not minted from a text
    codes: dict[str, str] = field(default_factory=dict)   # iso2, iso3 (states); geonames (cities)

    @property
    def is_org(self) -> bool:
        return self.kind in ORG_KINDS

    def members_all_among(self, states: Iterable[str]) -> bool:
        """Whether the fixed membership is known (lexicon/memberships.yaml) and every member is among
        `states`: only then can a body's voice be its members'."""
        return bool(self.member_states) and set(self.member_states) <= set(states)


_WORD = re.compile(r"[^\W_]+")


@dataclass
class Topic:
    key: str                        # local name under dgt:
    label: str
    cues: list[re.Pattern]
    # a cue can only match where its first word does: a cheap test before the pattern runs
    first_words: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()


@dataclass
class StanceCue:
    phrase: str
    type: str
    addressee: str                  # after | subject | none


def _backshifted(phrase: str) -> list[str]:
    """A cue and its reported forms: "will not allow" is also "would not allow", "won't allow" and
    "wouldn't allow", as speech is reported in the past ("X said Y would not allow ...")."""
    forms = [phrase]
    m = re.match(r"(will|would)(\s+not)?\s+(.+)", phrase, re.I)
    if m:
        rest = m.group(3)
        for modal in ("will", "would"):
            forms.append(f"{modal} not {rest}" if m.group(2) else f"{modal} {rest}")
        if m.group(2):
            forms += [f"won't {rest}", f"wouldn't {rest}", f"will never {rest}", f"would never {rest}"]
    return list(dict.fromkeys(forms))


class Lexicon:
    """Everything the converter reads from data, loaded once."""

    def __init__(self, home: Path | None = None):
        self.home = Path(home) if home else paths.home()
        self.entries: dict[str, Entry] = {}
        self.topics: list[Topic] = []
        self._load_actors()
        world.add_world(self.entries, self._yaml("states"), Entry, key_for)
        self._load_topics()
        self.yaml = {name: self._yaml(name) for name in (
            "titles", "stance_cues", "collectives", "meetings", "verbs")}
        self._load_memberships()
        self.version = self._version()

    # -- loading -------------------------------------------------------
    def _files(self) -> list[Path]:
        files = [self.home / "ontology" / "actors.ttl", self.home / "ontology" / "topics.ttl"]
        files += sorted((self.home / "lexicon").glob("*.yaml"))
        return [f for f in files if f.exists()]

    def _version(self) -> str:
        h = hashlib.sha256(__version__.encode())
        h.update(world.versions().encode())
        for f in self._files():
            h.update(f.name.encode())
            h.update(f.read_bytes())
        return h.hexdigest()[:16]

    def _yaml(self, name: str) -> dict:
        return paths.read_yaml(self.home / "lexicon" / f"{name}.yaml") or {}

    def _graph(self, name: str) -> list[tuple[str, str, str]]:
        """The file's triples as (subject, predicate, object) strings: IRIs and literals' lexical forms."""
        import pyoxigraph as ox

        path = self.home / "ontology" / name
        if not path.exists():
            return []
        # pyoxigraph rather than rdflib: a tenth of the time, and every build and conversion starts here
        return [(t.subject.value, t.predicate.value, t.object.value)
                for t in ox.parse(path=path, format=ox.RdfFormat.TURTLE)]

    def _load_actors(self) -> None:
        g = self._graph("actors.ttl")
        by_node: dict[str, dict] = {}
        for s, p, o_str in g:
            if not s.startswith(DGR):
                continue
            rec = by_node.setdefault(s, {"types": [], "alt": [], "pref": None, "label": None,
                                         "demonym": [], "short": [], "members": []})
            if p == RDF_TYPE and o_str.startswith(DG):
                rec["types"].append(o_str[len(DG):])
            elif p == SKOS + "prefLabel":
                rec["pref"] = o_str
            elif p == RDFS_LABEL:
                rec["label"] = o_str
            elif p == SKOS + "altLabel":
                rec["alt"].append(o_str)
            elif p == DG + "demonym":
                rec["demonym"].append(o_str)
            elif p == DG + "shortName":
                rec["short"].append(o_str)
            elif p == DG + "affiliation":
                rec["affiliation"] = o_str[len(DGR):]
            elif p == DG + "office":
                rec["office"] = o_str
            elif p == DG + "locatedIn":
                rec["located_in"] = o_str[len(DGR):]
            elif p == DG + "capitalOf":
                rec["capital_of"] = o_str[len(DGR):]
            elif p == DG + "memberState":
                rec["members"].append(o_str[len(DGR):])
        for iri, rec in sorted(by_node.items()):
            kinds = [KIND_OF_CLASS[t] for t in rec["types"] if t in KIND_OF_CLASS]
            if not kinds:
                continue
            kind = min(kinds, key=KIND_RANK.index)
            label = rec["pref"] or rec["label"]
            if not label:
                continue
            key = iri[len(DGR):]
            self.entries[key] = Entry(
                key=key, kind=kind, label=label, aliases=sorted(set(rec["alt"])),
                demonyms=sorted(set(rec["demonym"])), short_names=sorted(set(rec["short"])),
                affiliation=rec.get("affiliation"), office=rec.get("office"),
                located_in=rec.get("located_in"), capital_of=rec.get("capital_of"),
                member_states=sorted(rec["members"]))

    def _load_memberships(self) -> None:
        """lexicon/memberships.yaml: the fixed membership of bodies and groupings, on their entries."""
        path = self.home / "lexicon" / "memberships.yaml"
        if not path.exists():
            return
        for key, members in (self._yaml("memberships") or {}).items():
            entry = self.entries.get(key)
            unknown = [m for m in members if m not in self.entries]
            if entry is None or unknown:
                raise InputError(f"{path}: {key}: names no actor the lexicon knows: {', '.join(unknown) or key}")
            entry.member_states = sorted(members)

    def _load_topics(self) -> None:
        g = self._graph("topics.ttl")
        concepts: dict[str, dict] = {}
        for s, p, o in g:
            if not s.startswith(DGT) or s.endswith("/scheme"):
                continue
            rec = concepts.setdefault(s, {"label": None, "cues": []})
            if p == SKOS + "prefLabel":
                rec["label"] = o
                rec["cues"].append(o)
            elif p in (SKOS + "altLabel", SKOS + "hiddenLabel"):
                rec["cues"].append(o)
        for iri, rec in sorted(concepts.items()):
            if not rec["label"]:
                continue
            parts, first_words, prefixes = [], set(), set()
            for cue in sorted(set(rec["cues"])):
                cue = cue.strip().lower()
                if not cue:
                    continue
                head = _WORD.match(cue)
                if head is None:
                    first_words.add("")     # no word to test on: always run the pattern
                elif cue.endswith("*") and head.end() == len(cue) - 1:
                    prefixes.add(head.group(0))
                else:
                    first_words.add(head.group(0))
                body = re.escape(cue.rstrip("*")).replace(r"\ ", r"\s+")
                parts.append(rf"\b{body}" + ("" if cue.endswith("*") else r"\b"))
            # one pattern per topic: a text is scanned once for each topic, not once per word
            pats = [re.compile("|".join(parts), re.I)] if parts else []
            self.topics.append(Topic(key=iri[len(DGT):], label=rec["label"], cues=pats,
                                     first_words=frozenset(first_words), prefixes=tuple(sorted(prefixes))))

    # -- derived views -------------------------------------------------
    @cached_property
    def stance_cues(self) -> list[StanceCue]:
        cues = []
        seen: set[str] = set()
        for group in self.yaml["stance_cues"]["cues"]:
            for phrase in group["phrases"]:
                for form in _backshifted(str(phrase)):
                    if form.lower() not in seen:
                        seen.add(form.lower())
                        cues.append(StanceCue(form, group["type"], group.get("addressee", "none")))
        return cues

    @cached_property
    def reporting_verbs(self) -> list[str]:
        return [str(v) for v in self.yaml["stance_cues"].get("reporting_verbs", [])]

    @cached_property
    def verb_forms(self) -> set[str]:
        data = self.yaml["verbs"]
        forms = set(data.get("irregular", []))
        for v in data["base"]:
            forms |= inflect(v)
        return forms

    @cached_property
    def group_anaphora(self) -> str:
        """An alternation of the words that take up the group named before ('the group', 'the movement'),
        for patterns compiled case-insensitively; the words' spaces match any run of spaces."""
        words = sorted((str(w) for w in self.yaml["collectives"].get("group_anaphora", [])), key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)

    @cached_property
    def headline_verbs(self) -> set[str]:
        """Third-person forms that end no name in a title-case headline ("X Chairs the Forum")."""
        forms = set()
        for v in [*self.yaml["verbs"].get("headline", []), *self.yaml["verbs"]["base"]]:
            forms |= {f for f in inflect(str(v)) if f.endswith("s") and f != v}
        return forms

    @cached_property
    def adverbs(self) -> set[str]:
        return set(self.yaml["verbs"].get("adverbs", []))

    @cached_property
    def titles(self) -> list[dict]:
        return sorted(self.yaml["titles"]["titles"], key=lambda t: -len(t["title"]))

    @cached_property
    def honorifics(self) -> list[str]:
        return list(self.yaml["titles"].get("honorifics", []))

    def entry(self, key: str) -> Entry | None:
        return self.entries.get(key)

    @cached_property
    def _topic_index(self) -> tuple[dict[str, set[int]], dict[str, set[int]], list[int], set[int]]:
        """First words and prefixes of the topics' cues, each to the topics it can start."""
        words: dict[str, set[int]] = {}
        prefixes: dict[str, set[int]] = {}
        always = set()
        for i, t in enumerate(self.topics):
            for w in t.first_words:
                if w:
                    words.setdefault(w, set()).add(i)
                else:
                    always.add(i)
            for p in t.prefixes:
                prefixes.setdefault(p, set()).add(i)
        return words, prefixes, sorted({len(p) for p in prefixes}), always

    def topics_in(self, text: str) -> list[str]:
        by_word, by_prefix, lengths, candidates = self._topic_index
        candidates = set(candidates)
        for w in set(_WORD.findall(text.lower())):
            candidates |= by_word.get(w, set())
            for n in lengths:
                if n > len(w):
                    break
                candidates |= by_prefix.get(w[:n], set())
        return [t.key for i, t in enumerate(self.topics) if i in candidates and any(p.search(text) for p in t.cues)]


def inflect(verb: str) -> set[str]:
    """A regular verb's forms: base, -s, -ed, -ing (spelling rules of English)."""
    forms = {verb}
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(verb + "es")
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms.add(verb[:-1] + "ies")
    else:
        forms.add(verb + "s")
    if verb.endswith("e"):
        forms |= {verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms |= {verb[:-1] + "ied", verb + "ing"}
    else:
        forms |= {verb + "ed", verb + "ing"}
        if re.fullmatch(r".*[^aeiou][aeiou][bdgklmnprt]", verb) and len(verb) <= 5:
            forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


_LEXICON: Lexicon | None = None


def load_lexicon(home: Path | None = None) -> Lexicon:
    """The lexicon of this installation, loaded once per process."""
    global _LEXICON
    if home is not None:
        return Lexicon(home)
    if _LEXICON is None:
        _LEXICON = Lexicon()
    return _LEXICON
