"""Write a synthetic corpus of joint statements, readouts and news reports.

    python benchmarks/generate_corpus.py --size 1000 --seed 7 -o build/corpus-1000

Each document is about 500 words of the genre diplograph reads: a meeting on
Afghanistan with a date, a city, a participant list with titles, stance
sentences of many shapes (urged, called on, expressed concern, reaffirmed,
welcomed, condemned, opposed, supported, reported speech, numbered proposals),
enumerations of terrorist groups and designations. Document i depends only on
the seed and i, so the corpus of 1,000 is the first 1,000 of the corpus of
10,000 and adding a document to a corpus changes no other file.

Actors come from ontology/actors.ttl (read with rdflib) when it exists, plus
fictional people that no lexicon knows; benchmarks/genre.yaml holds the rest
of the vocabulary and a fallback list of actors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
GENRE_FILE = HERE / "genre.yaml"
DEFAULT_ACTORS = HERE.parent / "ontology" / "actors.ttl"
DG = "https://w3id.org/diplograph/ontology#"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NUMBER_WORDS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


@dataclass
class State:
    name: str
    adjective: str
    capital: str
    cities: list[str] = field(default_factory=list)


@dataclass
class Person:
    name: str
    state: State | None = None
    org: str | None = None


@dataclass
class Pools:
    """Everything a document can mention, with the genre's vocabulary."""

    states: list[State]
    organizations: list[tuple[str, str]]
    governments: list[str]
    groups: list[tuple[str, str]]
    series: list[str]
    persons: list[Person]
    places: list[tuple[str, State]]
    genre: dict


def _label(graph, node) -> str | None:
    from rdflib.namespace import RDFS, SKOS

    for pred in (SKOS.prefLabel, RDFS.label):
        for value in graph.objects(node, pred):
            return str(value)
    return None


def load_pools(actors_ttl: Path | None = DEFAULT_ACTORS, *, fictional_people: int = 400,
               seed: int = 0) -> Pools:
    """Read the reference actors (or the fallback list) and invent people."""
    genre = yaml.safe_load(GENRE_FILE.read_text(encoding="utf-8"))
    fb = genre["fallback"]
    states = {name: State(name, adj, cap, list(cities)) for name, adj, cap, cities in fb["states"]}
    organizations = [tuple(o) for o in fb["organizations"]]
    governments = list(fb["governments"])
    groups = [tuple(g) for g in fb["armed_groups"]]
    series = list(fb["series"])
    persons: list[Person] = []
    places: list[tuple[str, State]] = []

    if actors_ttl is not None and Path(actors_ttl).exists():
        _merge_reference(Path(actors_ttl), states, organizations, governments, groups, series,
                         persons, places)

    state_list = [states[k] for k in sorted(states)]
    for st in state_list:
        for city in [st.capital, *st.cities]:
            if city and (city, st) not in places:
                places.append((city, st))
    places = sorted(set((c, s.name) for c, s in places))
    by_name = {s.name: s for s in state_list}
    place_list = [(c, by_name[s]) for c, s in places]

    rng = random.Random(f"people:{seed}")
    seen = {p.name for p in persons}
    while fictional_people > 0:
        name = (rng.choice(genre["given_names"]) + " "
                + rng.choice(genre["surname_parts"]) + rng.choice(genre["surname_ends"]).strip())
        if name in seen:
            continue
        seen.add(name)
        if rng.random() < 0.85:
            persons.append(Person(name, state=rng.choice(state_list)))
        else:
            persons.append(Person(name, org=rng.choice(organizations)[0]))
        fictional_people -= 1
    return Pools(state_list, organizations, governments, groups, series, persons, place_list, genre)


def _merge_reference(path, states, organizations, governments, groups, series, persons, places) -> None:
    """Add the actors of ontology/actors.ttl to the pools (read with rdflib)."""
    from rdflib import Graph, Namespace
    from rdflib.namespace import RDF, SKOS

    dg = Namespace(DG)
    g = Graph()
    g.parse(path, format="turtle")
    state_nodes = {}
    for node in sorted(g.subjects(RDF.type, dg.State)):
        name = _label(g, node)
        if not name:
            continue
        if name not in states:
            states[name] = State(name, "", "", [])
        st = states[name]
        st.adjective = st.adjective or min((str(d) for d in g.objects(node, dg.demonym)), default="")
        state_nodes[node] = st
    for node in sorted(g.subjects(RDF.type, dg.Place)):
        name = _label(g, node)
        st = next((state_nodes[o] for o in g.objects(node, dg.locatedIn) if o in state_nodes), None)
        if (node, dg.capitalOf, None) in g and st is not None and not st.capital:
            st.capital = name
        elif name and st is not None and name not in st.cities and name != st.capital:
            st.cities.append(name)
    for st in states.values():
        if not st.capital:
            st.capital = st.cities.pop(0) if st.cities else st.name
    known_orgs = {o[0] for o in organizations}
    for node in sorted(g.subjects(RDF.type, dg.IntergovernmentalOrganization)):
        name = _label(g, node)
        if name and name not in known_orgs:
            acronyms = sorted(str(a) for a in g.objects(node, SKOS.altLabel) if str(a).isupper())
            organizations.append((name, acronyms[0] if acronyms else ""))
    for node in sorted(g.subjects(RDF.type, dg.Government)):
        name = _label(g, node)
        if name and name not in governments:
            governments.append(name)
    known_groups = {x[0] for x in groups}
    for node in sorted(g.subjects(RDF.type, dg.ArmedGroup)):
        name = _label(g, node)
        if name and name not in known_groups:
            acronyms = sorted(str(a) for a in g.objects(node, SKOS.altLabel) if str(a).isupper())
            groups.append((name, acronyms[0] if acronyms else ""))
    for node in sorted(g.subjects(RDF.type, dg.MeetingSeries)):
        name = _label(g, node)
        if name and name not in series:
            series.append(name)
    for node in sorted(g.subjects(RDF.type, dg.Person)):
        name = _label(g, node)
        if not name:
            continue
        # Whatever property ties the person to a state (nationality, represents...).
        st = next((state_nodes[o] for _, o in g.predicate_objects(node) if o in state_nodes), None)
        persons.append(Person(name, state=st))


class Writer:
    """Composes one document from the pools with its own random generator."""

    def __init__(self, pools: Pools, rng: random.Random):
        self.p = pools
        self.g = pools.genre
        self.r = rng

    # ----- small parts -------------------------------------------------
    def adj(self, st: State) -> str:
        return st.adjective or f"{st.name}'s"

    def person_for(self, st: State) -> Person:
        own = [p for p in self.p.persons if p.state is st]
        if own and self.r.random() < 0.9:
            return self.r.choice(own)
        return Person(self.fresh_name(), state=st)

    def fresh_name(self) -> str:
        g = self.g
        return (self.r.choice(g["given_names"]) + " " + self.r.choice(g["surname_parts"])
                + self.r.choice(g["surname_ends"]).strip())

    def join(self, items: list[str]) -> str:
        if len(items) == 1:
            return items[0]
        sep = ", "
        last = self.r.choice([" and ", ", and "]) if len(items) > 2 else " and "
        return sep.join(items[:-1]) + last + items[-1]

    def topic(self) -> str:
        key = self.r.choice(sorted(self.g["topics"]))
        return self.r.choice(self.g["topics"][key])

    def date_long(self, d: dt.date) -> str:
        return self.r.choice([f"{d.day} {MONTHS[d.month - 1]} {d.year}",
                              f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
                              f"{d.day} {MONTHS[d.month - 1]}, {d.year}"])

    def date_short(self, d: dt.date) -> str:
        m = MONTHS[d.month - 1]
        return self.r.choice([f"{d.day} {m[:3]}", f"{m[:3]}. {d.day}", f"{m} {d.day}",
                              f"{'Sept' if d.month == 9 else m[:3]} {d.day}"])

    def group_ref(self, name: str, acro: str) -> str:
        if not acro:
            return name
        return self.r.choice([f"{name} ({acro})", f"the {name} ({acro})", acro, name])

    # ----- document context ---------------------------------------------
    def setup(self, index: int) -> None:
        r = self.r
        self.kind = r.choice(["joint", "joint", "readout", "readout", "news", "news", "news"])
        self.date = dt.date(2019, 1, 1) + dt.timedelta(days=r.randrange(0, 7 * 365))
        self.city, self.host = r.choice(self.p.places)
        k = r.choice([2, 3, 3, 4, 4, 5, 6, 8])
        others = [s for s in self.p.states if s is not self.host and s.name != "Afghanistan"]
        self.members = r.sample(others, min(k - 1, len(others)))
        if self.host.name != "Afghanistan" and r.random() < 0.7:
            self.members.insert(r.randrange(len(self.members) + 1), self.host)
        self.delegates = []
        for st in self.members:
            title = r.choice(self.g["titles"])[0]
            self.delegates.append((self.person_for(st), title, st))
        if r.random() < 0.35:
            org, acro = r.choice(self.p.organizations)
            who = next((p for p in self.p.persons if p.org == org), None)
            who = who or Person(self.fresh_name(), org=org)
            self.delegates.append((who, r.choice(self.g["org_titles"]), None))
            self.org = (org, acro)
        else:
            self.org = None
        self.series = r.choice(self.p.series)
        self.ordinal = r.randrange(1, 9)
        self.government = r.choice(self.p.governments)
        self.agency = r.choice(self.g["agencies"])

    def collective(self) -> str:
        n = len(self.members)
        choices = ["The Ministers", "The sides", "The participants", "The foreign ministers",
                   "The parties", "All parties attending"]
        if 1 < n <= 10:
            choices.append(f"The {NUMBER_WORDS[n]} countries")
        if n == 2:
            choices.append("Both sides")
        return self.r.choice(choices)

    def speaker(self) -> tuple[str, str]:
        """A delegate named in one of several ways, and a short form for later."""
        person, title, st = self.r.choice(self.delegates)
        last = person.name.split()[-1]
        if st is None:
            return self.r.choice([f"{title} {person.name}", person.name]), last
        form = self.r.choice([f"{self.adj(st)} {title} {person.name}", person.name,
                              f"{title} of {st.name} {person.name}",
                              f"{person.name}, the {title} of {st.name},"])
        return form, self.r.choice([last, person.name])

    def holder(self) -> str:
        r = self.r.random()
        if r < 0.45:
            return self.collective()
        if r < 0.75:
            return self.speaker()[0].rstrip(",")
        sts = self.r.sample(self.members, min(len(self.members), self.r.choice([1, 2, 2, 3])))
        return self.join([s.name for s in sts])

    def addressee(self) -> str:
        r = self.r.random()
        if r < 0.5:
            return self.r.choice([f"the {self.government}", "the Taliban", "the Afghan authorities",
                                  "the de facto authorities in Kabul"])
        if r < 0.75:
            return "the international community"
        st = self.r.choice(self.p.states)
        the = "the " if st.name.startswith("United") else ""
        return self.r.choice([f"{the}{st.name}", f"the {self.adj(st)} side"])

    # ----- sentences ------------------------------------------------------
    def stance_sentence(self) -> str:
        r = self.r
        op = r.choice(self.g["openers"])
        h = self.holder()
        a = self.addressee()
        act = r.choice(self.g["actions"])
        t = self.topic()
        shape = r.randrange(16)
        if shape == 0:
            s = f"{h} urged {a} to {act}"
        elif shape == 1:
            s = f"{h} called on {a} to {act} and to pay due attention to {t}"
        elif shape == 2:
            s = f"{h} expressed {r.choice(['deep', 'serious', 'grave', 'growing'])} concern " \
                f"{r.choice(['over', 'about', 'regarding', 'at'])} {t}"
        elif shape == 3:
            s = f"{h} reaffirmed {r.choice(['their', 'its', 'the'])} " \
                f"{r.choice(['commitment to', 'support for', 'respect for'])} {t}"
        elif shape == 4:
            what = r.choice(['the progress made on', 'the recent steps towards', 'efforts on'])
            s = f"{h} welcomed {what} {t}"
        elif shape == 5:
            place = r.choice(self.p.places)[0]
            s = f"{h} {r.choice(['strongly ', 'firmly ', ''])}condemned the " \
                f"{r.choice(['terrorist attack', 'suicide bombing', 'attack'])} in {place} " \
                f"{r.choice(['last month', 'earlier this year', 'on ' + self.date_short(self.date)])}, " \
                f"which killed {r.randrange(3, 80)} people"
        elif shape == 6:
            s = f"{h} {r.choice(['firmly opposed', 'voiced opposition to', 'rejected'])} {t}"
        elif shape == 7:
            s = f"{h} {r.choice(['supported', 'expressed support for', 'backed'])} {t}"
        elif shape == 8:
            s = f"{r.choice(['Deep', 'Serious'])} concern was expressed {r.choice(['over', 'about'])} {t}"
        elif shape == 9:
            s = f"{h} {r.choice(['committed to', 'pledged to continue', 'undertook to support'])} {t}"
        elif shape == 10:
            st = r.choice(self.members)
            s = f"{h} {r.choice(['appreciated', 'noted with appreciation', 'commended'])} the efforts " \
                f"of {st.name} in {t}"
        elif shape == 11:
            s = f"{h} asked {a}, as a matter of priority, to {act}"
        elif shape == 12:
            s = f"It is necessary for {a} to {act}, {h[0].lower() + h[1:]} stressed"
        elif shape == 13:
            s = f"{h} agreed that {t} {r.choice(['is', 'remains'])} " \
                f"{r.choice(['essential', 'a shared priority', 'key to lasting peace'])}"
        elif shape == 14:
            s = f"{h} underlined the importance of {t}, and {r.choice(['encouraged', 'invited'])} " \
                f"{a} to {act}"
        else:
            s = f"{h} {r.choice(['emphasized', 'stressed', 'noted'])} that {a} should {act}"
        s = s[0].upper() + s[1:]
        if op and s.split(" ", 1)[0] in ("The", "All", "Both", "It", "Deep", "Serious"):
            s = s[0].lower() + s[1:]
        return op + s + "."

    def reported_speech(self) -> str:
        r = self.r
        who, short = self.speaker()
        a = self.addressee()
        act = r.choice(self.g["actions"])
        t = self.topic()
        clause = r.choice([f"{a} should {act}", f"the international community must pay more attention to {t}",
                           f"{r.choice(self.members).name} is ready to work with all parties on {t}",
                           f"{t} remains a priority", f"there is no alternative to dialogue on {t}"])
        shape = r.randrange(6)
        if shape == 0:
            return f"{who} said that {clause}."
        if shape == 1:
            return f"\u201c{clause[0].upper() + clause[1:]},\u201d {short} said."
        if shape == 2:
            return f"According to {short}, {clause}."
        if shape == 3:
            return f"{who} noted that {clause}, adding that {t} {r.choice(['matters', 'cannot wait'])}."
        if shape == 4:
            return f"{short} told reporters after the talks that {clause}."
        where = r.choice(['via videolink', 'at a press conference', 'at the opening session'])
        return f"Speaking {where}, {who.rstrip(',')} {r.choice(['urged', 'called on'])} {a} to {act}."

    def proposal(self) -> str:
        r = self.r
        who, short = self.speaker()
        k = r.randrange(3, 7)
        style = r.randrange(3)
        head = f"{who.rstrip(',')} put forward a {NUMBER_WORDS[k]}-point proposal on {self.topic()}:"
        if r.random() < 0.5:
            head = f"{short} {r.choice(['outlined', 'proposed'])} {NUMBER_WORDS[k]} points:"
        paras = [head]
        words = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth"]
        for i in range(k):
            marker = [f"{words[i]},", f"{words[i]}ly," if i < 3 else f"{words[i]},", f"{i + 1}."][style]
            paras.append(f"{marker} {r.choice(['urge', 'encourage', 'support', 'help'])} "
                         f"{self.addressee()} to {r.choice(self.g['actions'])}. "
                         f"{r.choice(['We should', 'The countries should', 'All sides need to'])} "
                         f"{r.choice(['give priority to', 'work together on', 'keep in close touch on'])} "
                         f"{self.topic()}.")
        return "\n\n".join(paras)

    def enumeration(self) -> str:
        r = self.r
        gs = r.sample(self.p.groups, min(len(self.p.groups), r.randrange(2, 7)))
        items = [self.group_ref(n, a) for n, a in gs]
        lst = self.join(items) if r.random() < 0.6 else ", ".join(items) + " etc."
        h = self.holder()
        shape = r.randrange(4)
        if shape == 0:
            return (f"{h} pointed out that all terrorist groups, namely {lst} based in Afghanistan "
                    f"continue to pose a serious threat to regional and global security.")
        if shape == 1:
            return f"{h} condemned terrorist organizations such as {lst}, and vowed to fight them together."
        if shape == 2:
            return (f"The presence of terrorist groups on Afghan soil, including {lst}, was described as a "
                    f"threat to neighbouring states.")
        return f"{h} listed {lst} among the groups whose activities must be stopped."

    def designation(self) -> str:
        r = self.r
        name, acro = r.choice(self.p.groups)
        st = r.choice(self.p.states)
        year = r.randrange(1999, 2024)
        shape = r.randrange(3)
        if shape == 0:
            return (f"{st.capital} designated {self.group_ref(name, acro)} a terror organization in {year} "
                    f"and never took it off the list.")
        if shape == 1:
            return f"{st.name} has listed the {name} as a terrorist organisation since {year}."
        return f"The {name} was declared a terrorist group by {st.name} in {year}."

    def filler(self) -> str:
        r = self.r
        st = r.choice(self.members)
        return r.choice([
            f"{st.name} is among the countries that kept their embassies in Kabul open.",
            f"The talks lasted {r.randrange(2, 7)} hours and ended with a joint press conference.",
            f"Trade between {st.name} and Afghanistan rose by {r.randrange(5, 60)} percent last year.",
            f"The next meeting is expected to take place in {r.choice(self.p.places)[0]} next year.",
            f"Observers noted that the format has met {NUMBER_WORDS[r.randrange(2, 9)]} times since 2017.",
            f"Officials said the delegations also discussed {self.topic()} on the sidelines.",
            f"The {self.adj(st)} delegation arrived a day earlier for bilateral consultations.",
        ])

    def participants(self) -> str:
        r = self.r
        parts = []
        for person, title, st in self.delegates:
            if st is None:
                parts.append(r.choice([f"{title} of the {self.org[0]} {person.name}",
                                       f"{person.name}, {title} of the {self.org[0]}"]))
            else:
                parts.append(r.choice([f"{self.adj(st)} {title} {person.name}",
                                       f"{title} of {st.name} {person.name}",
                                       f"{person.name}, {title} of {st.name}"]))
        shape = r.randrange(4)
        if shape == 0:
            return f"{self.join(parts)} attended the {r.choice(['event', 'meeting', 'talks'])}."
        if shape == 1:
            return f"The meeting was attended by {self.join(parts)}."
        if shape == 2:
            return "Participants:\n" + "\n".join(f"- {p}" for p in parts)
        return f"Among those present were {self.join(parts)}."

    # ----- document kinds -------------------------------------------------
    def opening(self) -> list[str]:
        r = self.r
        d = self.date
        ordw = self.g["ordinals"][self.ordinal - 1]
        loc = f"{self.city}, {self.host.name}"
        if self.kind == "joint":
            names = self.join([s.name for s in self.members]) if self.members else "the region"
            title = r.choice([f"Joint Statement of the {ordw.capitalize()} {self.series}",
                              f"Joint Statement on Afghanistan by the Foreign Ministers of {names}",
                              f"{self.city} Declaration"])
            first = (f"On {self.date_long(d)}, the Foreign Ministers of {names} held the {ordw} "
                     f"{self.series} in {loc}.")
            return [title, first]
        if self.kind == "readout":
            chair, title, st = self.delegates[0]
            who = f"{self.adj(st)} {title} {chair.name}" if st else f"{title} {chair.name}"
            verb = r.choice(["presided over", "chaired", "hosted"])
            dateline = r.choice([f"{loc}, {self.date_short(d)} ({self.agency}) -- ",
                                 f" date {d.isoformat()} {self.city.upper()} - ",
                                 f"{self.city.upper()}, {self.date_short(d)} ({self.agency}) \u2014 "])
            when = r.choice([f"On {d.day} {MONTHS[d.month - 1]} local time", "On Thursday",
                             f"On {self.date_long(d)}", f"{self.r.choice(self.g['weekdays'])}"])
            return [f"{dateline}{when}, {who} {verb} the {ordw} {self.series} in {self.city}."]
        head = r.sample(self.g["boilerplate_head"], r.randrange(0, 3))
        names = [s.name for s in self.members[:3]] or [self.host.name]
        headline = r.choice([f"{', '.join(names)} FMs discuss Afghanistan in {self.city}",
                             f"Regional diplomats meet on Afghan security in {self.city}",
                             f"{names[0]} calls for action on Afghanistan at {self.city} talks"])
        dateline = r.choice([f"{self.city.upper()} ({self.agency}) \u2014 ",
                             f" date {d.isoformat()} {self.city.upper()} - ", ""])
        lead = (f"{dateline}The top diplomats from {self.join(names)} met "
                f"{r.choice(['on ' + r.choice(self.g['weekdays']), 'on ' + self.date_long(d), 'this week'])} "
                f"in {self.city} for {r.choice(['the', 'a'])} {self.series}, the "
                f"{r.choice(self.g['publishers'])} said.")
        return [*head, headline, lead]

    def closing(self) -> list[str]:
        r = self.r
        if self.kind == "joint":
            return [f"{self.city}, {self.date_long(self.date)}"]
        if self.kind == "news":
            return r.sample(self.g["boilerplate_tail"], r.randrange(0, 3))
        return []

    def document(self, index: int) -> str:
        self.setup(index)
        r = self.r
        paras = self.opening()
        body_start = len(paras)
        paras.append(self.participants())
        target = r.randrange(420, 620)
        makers = [self.stance_sentence] * 6 + [self.reported_speech] * 3 + [self.filler] * 2 + \
                 [self.enumeration, self.designation]
        used_proposal = False
        while sum(len(p.split()) for p in paras) < target:
            if not used_proposal and r.random() < 0.08:
                paras.append(self.proposal())
                used_proposal = True
                continue
            n = r.randrange(1, 4)
            para = " ".join(r.choice(makers)() for _ in range(n))
            if self.kind == "joint" and r.random() < 0.3:
                para = f"{len(paras) - body_start + 1}. {para}"
            paras.append(para)
        paras.extend(self.closing())
        text = "\n\n".join(paras) + "\n"
        if r.random() < 0.1:  # the encoding debris real pages carry
            text = text.replace("\u2019", "\u00e2\u20ac\u2122").replace(" the ", " the\u00a0", 3)
        return text


def document(index: int, pools: Pools, seed: int = 0) -> tuple[str, str]:
    """The file name and text of document `index`; depends only on seed and index."""
    rng = random.Random(f"doc:{seed}:{index}")
    text = Writer(pools, rng).document(index)
    digest = hashlib.sha256(f"{seed}:{index}".encode()).hexdigest()[:16]
    return f"{index:06d}_{digest}.txt", text


def generate(out_dir: Path, size: int, *, seed: int = 0, start: int = 0, pools: Pools | None = None,
             actors_ttl: Path | None = DEFAULT_ACTORS) -> list[Path]:
    """Write documents start..start+size-1 into out_dir; returns their paths."""
    pools = pools or load_pools(actors_ttl, seed=seed)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + size):
        name, text = document(i, pools, seed)
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1000, help="number of documents (100 to 100,000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--start", type=int, default=0, help="index of the first document")
    ap.add_argument("--actors", type=Path, default=DEFAULT_ACTORS, help="reference actors (Turtle)")
    ap.add_argument("-o", "--out", type=Path, required=True, help="folder to write into")
    args = ap.parse_args(argv)
    paths = generate(args.out, args.size, seed=args.seed, start=args.start, actors_ttl=args.actors)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths[:200])
    print(f"wrote {len(paths)} documents to {args.out} (mean {words // max(1, min(200, len(paths)))} words)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
