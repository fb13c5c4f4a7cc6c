"""Open-world entities: the names spaCy's NER finds that the lexicon's passes missed.

The lexicon knows the world's states and large cities and the region's
actors by hand; a statement names many more: persons introduced without a
title the lexicon lists, organizations, districts and border towns. Each
entity the statistical recognizer finds, where no lexicon mention stands,
becomes a mention of the actor or place it names: a known one when its
words are a known name, else one minted from its words (the same words give
the same node in every document).
"""

from __future__ import annotations

import re
from functools import cache

from . import nlp
from .lexicon import Entry, Lexicon
from .mentions import DocMentions, Mention, TitledPerson, fresh, short_form_mentions
from .parsed_stances import cue_words

# NER labels -> the kind of node minted for an unknown name
_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}
_LEADING = re.compile(r"^(?:the|The|THE)\s+")
# a possessive, or a joining word the recognizer ran on into ("Sendero Rojo and"), ends no name
_TRAILING = re.compile(r"(?:['’]s|['’]|\s+(?:and|or|of|the|for|in|with))$")
# a name with one of these is a document reference, a number or a date, not an actor
_NOT_A_NAME = re.compile(r"[\d/\\()\[\]@#|=+_]|\n|^(?:Yesterday|Today|Tomorrow|Tonight|Earlier|Later|Meanwhile)$")
# words around a name that make it a group, whatever the recognizer said ("the Boko Haram sect")
_GROUP_AFTER = re.compile(
    r"\s+(?:(?:terrorist|terror|militant|armed|extremist|jihadist|insurgent|rebel)\s+)?(?:group|groups|sect|militants?|"
    r"insurgents?|insurgency|fighters|outfit|network|movement|faction|terrorists?)\b", re.I)
_GROUP_BEFORE = re.compile(
    r"\b(?:terrorist|terror|militant|armed|extremist|jihadist|insurgent|rebel)\s+(?:group|organi[sz]ation|sect|"
    r"outfit|network|movement|faction)\s+$", re.I)
_TITLE_AFTER = re.compile(r"\s+(?:Minister|Secretary|Ministry|Ambassador|Envoy|Adviser|Advisor|Chief)\b")
_TITLE_BEFORE = re.compile(r"\b(?:Secretary|Minister|Ministry|Ministers|Department)\s+(?:of|for)\s+(?:the\s+)?$")
_PERSON_AFTER = re.compile(r"\s*,?\s*who\b")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|H\.\s?E|Excellency)\.?\s+$")
_ORG_WORD = re.compile(
    r"\b(?:Ministry|Council|Group|Union|Organi[sz]ation|Committee|Commission|Bank|Agency|Office|Party|Front|"
    r"Movement|Army|Forces?|Association|Institute|Centre|Center|Fund|Court|Assembly|Government|Mission)\b")
_TITLE_WORDS = {"Mr", "Mrs", "Ms", "Dr", "H.E.", "His", "Her", "Excellency", "Minister", "President",
                "Secretary", "Ambassador", "Envoy", "General", "Foreign", "Deputy", "Prime", "Special", "Emir",
                "Sheikh", "King", "Sultan", "Prince", "Crown", "Queen", "Mullah", "Maulvi", "Mawlawi", "Vice",
                "H.H.", "H.R.H.", "H.M.", "Highness", "Royal", "Sayyid", "Sheikha", "Princess", "Prof."}


@cache
def _title_after(lex_id: int, lexicon: Lexicon) -> re.Pattern:
    """', Chairperson of the Commission' after a name: a person's title in apposition."""
    titles = "|".join(re.escape(t["title"]) for t in sorted(lexicon.titles, key=lambda t: -len(t["title"])))
    return re.compile(rf",\s+(?:the\s+)?(?:(?:Acting|Deputy|Vice|First|Senior|Former)\s+)*(?:{titles})\b")


@cache
def _names(lex_id: int, lexicon: Lexicon) -> dict[str, str]:
    """Every label and alias of the lexicon, case-folded, to its key (the first by key on a tie)."""
    out: dict[str, str] = {}
    for key in sorted(lexicon.entries):
        e = lexicon.entries[key]
        for name in (e.label, *e.aliases):
            out.setdefault(name.casefold(), key)
    return out


# courtesies before a name, several at once ("H.H. Sheikh", "H.E. Dr."): the name is what follows
_HONORIFIC_LEAD = re.compile(r"(?:(?:H\.\s?(?:E|H|M|R\.\s?H)\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.|His Excellency|"
                             r"Her Excellency|His (?:Royal )?Highness|Sheikh|Sheikha|Sayyid|Prince|Princess|"
                             r"Mullah|Mawlawi|Maulvi|Maulana)\s+)+"
                             r"(?=[A-Z])")


def _clean(text: str, start: int, end: int) -> tuple[int, int]:
    # a list's bullet or an opening quote is not part of a name
    while start < end and not (text[start].isalnum() or text[start] in "(["):
        start += 1
    hon = _HONORIFIC_LEAD.match(text, start, end)
    if hon:
        start = hon.end()     # "H.E. Saleumxay Kommasith": the name, not the courtesy
    span = text[start:end]
    lead = _LEADING.match(span)
    if lead:
        start += lead.end()
    trail = _TRAILING.search(text[start:end])
    if trail:
        end = start + trail.start()
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ".":
        end -= 1
    return start, end


_ORDINAL_LEAD = re.compile(r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|"
                           r"\d+(?:st|nd|rd|th))\s+(?=[A-Z])")


def _is_name(surface: str) -> bool:
    if not surface or _NOT_A_NAME.search(surface) or len(surface) < 2:
        return False
    words = surface.split()
    if not any(w[:1].isupper() for w in words):
        return False
    if len(words) > 1 and words[0].endswith("ing") and words[1] in ("the", "a", "an", "his", "her", "its"):
        return False    # "Briefing the Council": a participle opening a sentence, not a name
    if surface in ("Joint Statement", "Joint Communique", "Joint Communiqué", "Joint Declaration"):
        return False    # a document's heading, not a person
    if _INSTRUMENT.fullmatch(surface):
        return False    # "the Treaty", "the Confederation": a common noun capitalised, taking up a name before
    return not all(w.strip(".,") in _TITLE_WORDS for w in words)


_INSTRUMENT = re.compile(r"(?:The\s+)?(?:Treaty|Agreement|Convention|Accord|Accords|Charter|Protocol|Declaration|"
                         r"Resolution|Roadmap|Plan|Initiative|Framework|Memorandum|Communiqu[eé]|Statement|Constitution|"
                         r"Confederation|Federation|Heads of State|Heads of Government)")
_CAPITAL = re.compile(r"\b(?:the\s+)?(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:['’]s)?\s+capital(?:\s+city)?\b")


@cache
def _capitals(lex_id: int, lexicon: Lexicon) -> dict[str, str]:
    """A state's names and demonyms, case-folded, to its capital's key."""
    capital_of = {e.capital_of: k for k, e in sorted(lexicon.entries.items()) if e.capital_of}
    out: dict[str, str] = {}
    for key, e in lexicon.entries.items():
        if e.kind == "state" and key in capital_of:
            for name in (e.label, *e.aliases, *e.demonyms):
                out.setdefault(name.casefold(), capital_of[key])
    return out


def add_capital_descriptions(text: str, dm: DocMentions, lexicon: Lexicon) -> int:
    """'the Kazakh capital', 'Kenya's capital city': a mention of that state's capital, in place of the
    state the words name (the state is where, the capital is the place)."""
    table = _capitals(id(lexicon), lexicon)
    added = []
    for m in _CAPITAL.finditer(text):
        key = table.get(m.group("who").casefold())
        if key is None:
            continue
        entry = lexicon.entries[key]
        dm.drop(m.start(), m.end())
        added.append(Mention(m.start(), m.end(), m.group(0), key, "place", "description"))
        dm.entries.setdefault(key, entry)
    if added:
        dm.extend(added)
    return len(added)


_PAIR = re.compile(r"(?<![\w-])[A-Z][\w.]*(?:\s?[-–]\s?[A-Z][\w.]*)+(?![\w-])")
_PART = re.compile(r"[A-Z][\w.]*")


@cache
def _pair_words(lex_id: int, lexicon: Lexicon) -> tuple[dict[str, str], set[str]]:
    """Every state's names, demonyms and combining forms as written, to its key; and the combining
    forms apart (they name a state only as the first half of a pair)."""
    words: dict[str, str]
    words, combining = {}, set()
    for key, e in sorted(lexicon.entries.items()):
        if e.kind == "state":
            for w in (e.label, *e.aliases, *e.demonyms, *e.combining):
                words.setdefault(w, key)
            combining.update(e.combining)
    return words, combining


def add_state_pairs(text: str, dm: DocMentions, lexicon: Lexicon) -> int:
    """'the Indo-US dialogue', 'Sino-Brazilian talks', 'the Kenya-Uganda commission': a hyphened pair
    of states before a meeting's noun names the parties. Each half becomes a state mention (via
    'pair'), which the meeting finder counts as a party though a demonym alone would not be."""
    words, combining = _pair_words(id(lexicon), lexicon)
    nouns = "|".join(re.escape(n) for n in lexicon.yaml["meetings"]["meeting_nouns"])
    meeting_after = re.compile(rf"(?:\s+[\w+-]+){{0,4}}?\s+(?:{nouns})\b", re.I)
    added: list[Mention] = []
    for m in _PAIR.finditer(text):
        parts = list(_PART.finditer(m.group(0)))
        keys = [words.get(p.group(0)) for p in parts]
        if None in keys or len(set(keys)) < 2 or any(p.group(0) in combining for p in parts[-1:]):
            continue
        if not meeting_after.match(text, m.end()):
            continue
        for p, key in zip(parts, keys, strict=True):
            assert key is not None      # a pair with an unknown half is skipped above
            start, end = m.start() + p.start(), m.start() + p.end()
            dm.drop(start, end)
            added.append(Mention(start, end, p.group(0), key, "state", "pair"))
            dm.entries.setdefault(key, lexicon.entries[key])
    if added:
        dm.extend(added)
    return len(added)


# (a name's words stand on one line: "... Guns\n\nSergio Almeida Prado (Brazil)" names Sergio only)
_DELEGATE_NAME = r"(?P<name>[A-Z][\w'’.-]+(?:[^\S\n]+(?:[A-Z][\w'’.-]+|de|da|van|von|al|bin)){1,4})"
_ROLE_WORDS = r"(?:representative|delegate|ambassador|envoy|permanent representative)"
# "the Secretary of the Security Council of Russia, Vadim Obolensky,": an office of a state's body; the
# title is the office's, no representative's
_OFFICE_OF_STATE = re.compile(rf"\b[Tt]he\s+(?:[A-Z][\w-]*\s+){{1,3}}of\s+the\s+(?:[A-Z][\w-]*\s+){{1,4}}of\s+"
                              rf"(?:the\s+)?(?P<state>[A-Z][^,]{{2,40}}),\s+{_DELEGATE_NAME}\s*,")
# the UN's ways of naming who spoke for whom: "Hwang Joon-kook (Republic of Korea)", "The representative
# of Chile, Ana Soto, said", "The United Kingdom's representative, Barbara Woodward, said"
_DELEGATE_FORMS = [
    re.compile(rf"{_DELEGATE_NAME}\s+\((?:the\s+)?(?P<state>[A-Z][^()]{{2,60}})\)"),
    re.compile(rf"\b[Tt]he\s+{_ROLE_WORDS}\s+(?:of|for|from)\s+(?:the\s+)?(?P<state>[A-Z][^,]{{2,60}}),\s+"
               rf"{_DELEGATE_NAME}\s*,"),
    re.compile(rf"(?:\b[Tt]he\s+)?(?P<state>[A-Z][\w ]{{2,60}}?)['’]s?\s+{_ROLE_WORDS},?\s+{_DELEGATE_NAME}\s*[,(]"),
    _OFFICE_OF_STATE,
    # "his Omani counterpart Badr Albusaidi", "their Kenyan counterparts, Ana Mwangi and ..."
    re.compile(rf"\b(?:his|her|their|its)\s+(?P<state>[A-Z][\w-]+)\s+counterparts?,?\s+{_DELEGATE_NAME}"),
    # a list of ministers by their states: "the foreign ministers -- Ana Soto of Chile, Lee Min of Korea and
    # Juan Ruiz of Peru -- met"; each item between the list's marks
    re.compile(rf"(?:(?<=[-–—:(,])|\band\b)[^\S\n]+{_DELEGATE_NAME}\s+of\s+"
               rf"(?P<state>(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}?)(?=\s*(?:[,;)]|--|[—–]|\s+and\s|\.\s))"),
]


@cache
def _title_words(lex_id: int, lexicon: Lexicon) -> frozenset[str]:
    words = {w.lower() for t in lexicon.titles for w in t["title"].split()}
    return frozenset(words | {"ambassador", "special", "deputy", "acting", "vice", "first", "senior"})


def add_delegates(text: str, dm: DocMentions, lexicon: Lexicon) -> int:
    """Persons the text ties to the state they speak for by the forms of UN records; each becomes a
    titled person representing that state (minted where no pass found the name)."""
    added = 0
    known = {tp.mention.start for tp in dm.titled}
    for rx in _DELEGATE_FORMS:
        for m in rx.finditer(text):
            states = [x for x in dm.in_span(*m.span("state")) if x.kind == "state"]
            lead = len(m.group("state")) - len(m.group("state").lstrip())
            at = m.start("state") + lead + (4 if m.group("state").lstrip().startswith("the ") else 0)
            if len(states) != 1 or states[0].start not in (m.start("state") + lead, at):
                continue
            a, b = m.span("name")
            if m.group("name").split()[0].lower() in _title_words(id(lexicon), lexicon):
                continue        # "his Iranian counterpart, Foreign Minister X": the title path reads it
            person = next((x for x in dm.in_span(a, b) if x.kind == "person"), None)
            inside = dm.in_span(a, b)
            if person is None and len(inside) == 1 and inside[0].via == "ner" and \
                    (inside[0].start, inside[0].end) == (a, b):
                # the recognizer called the speaker a body: the form says a person speaks
                entry = fresh("person", inside[0].surface)
                dm.retype(inside[0].key, entry)
                person = Mention(a, b, inside[0].surface, entry.key, "person", "ner")
            if person is None and inside and all(x.via == "ner" for x in inside):
                # "Sergio Almeida Prado (Brazil)": the recognizer read part of the name as a place; the
                # form says the whole is a person
                dm.drop(a, b)
                dm.forget(x.key for x in inside)
            if person is None:
                if dm.overlaps(a, b):
                    continue
                entry = fresh("person", m.group("name"))
                person = Mention(a, b, m.group("name"), entry.key, "person", "delegate")
                dm.entries.setdefault(entry.key, entry)
                dm.extend([person])
            if person.start in known:
                continue
            known.add(person.start)
            # a counterpart's title is not said; a delegate in the UN's records is the state's representative
            title = None if "counterpart" in m.group(0) or rx in (_DELEGATE_FORMS[-1], _OFFICE_OF_STATE) \
                else "representative"
            dm.titled.append(TitledPerson(person, title, m.start(), states[0].key))
            added += 1
    return added


# "INGRID SOLBERG-MWANGI, who heads the Mission, said": the UN's meetings coverage names each speaker in
# capitals where the speaker first takes the floor, then an apposition or the state in brackets
_CAPITAL_NAME = re.compile(r"(?m)(?:^|(?<=\bwas )|(?<=\bwere )|(?<=\bby ))"
                           r"(?P<name>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]*){1,4})(?=\s*[,(])")


# "Ms. BRANDT said": the UN's coverage names a speaker it introduced before by courtesy and surname in capitals
_COURTESY_CAPITALS = re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+(?P<name>[A-Z][A-Z'’-]+)\b")


def _courtesy_surnames(text: str, dm: DocMentions, start: int) -> list[Mention]:
    """'Ms. BRANDT' after 'Helga Brandt': that person, in place of whatever the recognizer took the
    capitals for."""
    persons = {w.casefold(): key for w, key in _surname_owners(dm)[0].items()}
    found = []
    for m in _COURTESY_CAPITALS.finditer(text, start):
        key = persons.get(m.group("name").casefold())
        covering = dm.in_span(m.start("name"), m.end("name"))
        if key is None or len(m.group("name")) < 3 or any(x.kind == "person" for x in covering):
            continue
        dm.drop(m.start("name"), m.end("name"))
        found.append(Mention(m.start("name"), m.end("name"), m.group("name"), key, "person", "capitals"))
    if found:
        dm.extend(found)
        dm.forget([k for k, e in dm.entries.items() if e.kind != "person"])
    return found


_LABEL_OFFICES = {"minister", "ambassador", "president", "secretary", "envoy", "mr", "ms", "mrs", "dr", "chairman",
                  "chair", "spokesperson", "spokesman", "spokeswoman", "deputy", "foreign"}


def add_capital_names(text: str, dm: DocMentions, dateline_end: int = 0) -> int:
    """Speakers named in capitals as the UN's records name them; minted as persons where no pass found
    the name (a dateline's "NEW YORK," is no one). The number added."""
    courtesy = _courtesy_surnames(text, dm, dateline_end)
    added = list(courtesy)
    for m in _CAPITAL_NAME.finditer(text, dateline_end):
        a, b = m.span("name")
        words = m.group("name").split()
        if dm.overlaps(a, b) or any(len(w.strip("'’.-")) < 2 for w in words) or \
                re.match(r"\s*,\s*\d", text[b:b + 6]):
            continue    # a known name, an initial, or a place before its date
        # "MINISTER NIKOS ANDREOU (Greece):": a transcript's label opens on the speaker's office
        while len(words) > 2 and words[0].casefold() in _LABEL_OFFICES:
            a = text.index(words[1], a + len(words[0]))
            words = words[1:]
        entry = fresh("person", " ".join(w.capitalize() if w.isupper() else w for w in words))
        dm.entries.setdefault(entry.key, entry)
        added.append(Mention(a, b, text[a:b], entry.key, "person", "capitals"))
    if len(added) > len(courtesy):
        dm.extend(added[len(courtesy):])
    return len(added)


# "Lake Chad", "the South China Sea", "the Gulf of Guinea": a state's name inside a place's
_FEATURE_BEFORE = re.compile(r"\b(?:Lake|River|Mount|Gulf\s+of|Sea\s+of|Bay\s+of|Strait\s+of|Straits\s+of)\s+$")
_FEATURE_AFTER = re.compile(r"\s+(?:Sea|Lake|Basin|River|Gulf|Valley|Ocean|Strait|Peninsula|Delta|Desert)\b")
_FEATURE_SPAN = re.compile(r"(?:(?:[A-Z][a-z]+\s+){0,2})$")


def drop_feature_names(text: str, dm: DocMentions) -> int:
    """A state named inside a geographic feature's name is no mention of the state ("the Lake Chad
    Basin Commission", "the South China Sea"); the words are left to the recognizer. The number dropped."""
    inside = {id(m) for m in dm.mentions if m.kind == "state" and (
        _FEATURE_BEFORE.search(text[max(0, m.start - 12):m.start]) or _FEATURE_AFTER.match(text, m.end))}
    dropped = len(inside)
    if dropped:
        dm.mentions = [m for m in dm.mentions if id(m) not in inside]
        dm.extend([])
        dm.forget([k for k, e in dm.entries.items() if e.kind == "state"])
    return dropped


# capitalized words (or capitals) joined by "and"/"of"/"for" right before a known name
_LONGER_BEFORE = re.compile(r"(?:\b(?:[A-Z][a-z]+|[A-Z]{2,})\s+(?:(?:and|of|for|AND|OF|FOR)\s+)?)+$")
_NOT_NAME_WORDS = {"The", "A", "An", "In", "On", "At", "As", "By", "For", "Of", "And", "To", "With", "From", "This",
                   "That", "Its", "Their", "His", "Her", "UN", "U.N.", "THE", "AND", "OF", "FOR"}
_BODY_KINDS = {"igo", "organization", "government"}
_BODY_HEAD = re.compile(r"(Council|Committee|Commission|Assembly|Secretariat|Conference|Forum)")


def claim_longer_names(text: str, dm: DocMentions) -> int:
    """A known body's name inside a longer proper name names another body: "the Peace and Security
    Council" is not the "Security Council" the lexicon knows. The longer name is minted instead; the
    number of mentions replaced."""
    replaced: list[tuple[Mention, Mention | None]] = []
    for m in [x for x in dm.mentions if x.kind in _BODY_KINDS]:
        line_start = text.rfind("\n", 0, m.start) + 1
        before = _LONGER_BEFORE.search(text[max(line_start, m.start - 60):m.start])
        if before is None:
            continue
        words = before.group(0).split()
        while words and words[0] in _NOT_NAME_WORDS:
            words.pop(0)
        if not words or words[-1] in _NOT_NAME_WORDS - {"and", "of", "for", "AND", "OF", "FOR"} and len(words) == 1:
            continue
        if words[-1] in ("and", "of", "for", "AND", "OF", "FOR") and len(words) < 2:
            continue
        start = m.start - len(" ".join(words)) - 1
        if start < 0 or text[start:m.start].split() != words:
            continue
        # "the African Union Peace and Security Council": a parent body's name begins the longer one
        inner = [x for x in dm.in_span(start, m.start) if x is not m]
        if any(x.kind not in ("igo", "organization") or x.start < start or x.end > m.start for x in inner) or \
                (dm.overlaps(start, start + 1) and not (inner and inner[0].start == start)):
            continue
        surface = text[start:m.end]
        entry = fresh("organization", surface)
        replaced.append((m, Mention(start, m.end, surface, entry.key, "organization", "longer")))
        replaced.extend((x, None) for x in inner)
        dm.entries.setdefault(entry.key, entry)
        dm.surfaces.setdefault(entry.key, set()).add(surface)
    if replaced:
        gone = {(old.start, old.end) for old, _ in replaced}
        dm.mentions = [x for x in dm.mentions if (x.start, x.end) not in gone]
        dm.extend([new for _, new in replaced if new is not None])
        dm.forget(old.key for old, _ in replaced)
    return len(replaced)


_DATELINE_TOWN = re.compile(r"\s*([A-Z][A-Z'’.-]{2,}(?:[ -][A-Z][A-Z'’.-]{2,})?)\b")


def add_dateline_place(text: str, dm: DocMentions, lexicon: Lexicon, dateline_end: int) -> None:
    """'LIMA -', 'DOHA, Sept 9': a dateline's city in capitals, which case-sensitive short names miss."""
    if dateline_end <= 0 or dm.in_span(0, dateline_end, {"place"}):
        return
    names = _names(id(lexicon), lexicon)
    for m in re.finditer(r"[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+)?", text[:dateline_end]):
        key = names.get(m.group(0).casefold())
        if key is not None and lexicon.entries[key].kind == "place" and not dm.overlaps(m.start(), m.end()):
            dm.extend([Mention(m.start(), m.end(), m.group(0), key, "place", "dateline")])
            dm.entries.setdefault(key, lexicon.entries[key])
            return
    # "TERMEZ, Uzbekistan -": a town no table lists, in capitals, and the state it lies in
    line_start = text.rfind("\n", 0, dateline_end - 1) + 1
    town = _DATELINE_TOWN.match(text, line_start, dateline_end)
    if town is None or dm.overlaps(town.start(1), town.end(1)):
        return
    state = next((x for x in dm.in_span(town.end(1), dateline_end) if x.kind == "state"), None)
    if state is None or not re.fullmatch(r"\s*,\s*", text[town.end(1):state.start]):
        return    # capitals alone may be a headline's word or an agency's name; a state after a comma is not
    entry = fresh("place", town.group(1).title())
    entry.located_in = state.key
    dm.extend([Mention(town.start(1), town.end(1), town.group(1), entry.key, "place", "dateline")])
    dm.entries.setdefault(entry.key, entry)
    dm.surfaces.setdefault(entry.key, set()).add(town.group(1))


def add_ner_mentions(text: str, dm: DocMentions, lexicon: Lexicon) -> int:
    """Add what the recognizer finds to `dm`, in place; the number of mentions added."""
    verbs = cue_words(lexicon)
    ents = [ent for ps in nlp.parse(text, verbs) for ent in ps.ents]
    names = _names(id(lexicon), lexicon)
    added: list[Mention] = []
    # a surname alone names the first person named in full with it (lexicon's persons first)
    by_surname: dict[str, Mention] = {}
    # and the words after any space of a full name ("Al Rawahi" of "Khalid bin Salim Al Rawahi") name
    # the persons so named, in text order: one table, not a scan of every mention per name
    by_tail: dict[str, list[Mention]] = {}

    def index_person(m: Mention) -> None:
        by_surname.setdefault(m.surface.split()[-1], m)
        for i, c in enumerate(m.surface):
            if c == " ":
                by_tail.setdefault(m.surface[i + 1:], []).append(m)

    for m in dm.mentions:
        if m.kind == "person":
            index_person(m)

    def free(s: int, e: int) -> bool:
        # the recognizer's names come in text order: only the last one added can overlap a new one
        return not dm.overlaps(s, e) and not (added and added[-1].end > s and added[-1].start < e)

    # a name the text calls a group once ("the Xyz sect", "militant group Xyz") is a group everywhere
    groups = {text[a:b] for a, b in (_clean(text, *ent[:2]) for ent in ents)
              if _GROUP_AFTER.match(text, b) or _GROUP_BEFORE.search(text[max(0, a - 40):a])}
    entry: Entry | None
    for ent_start, ent_end, label in ents:
        kind = _KIND.get(label)
        if kind is None:
            continue
        s, e = _clean(text, ent_start, ent_end)
        lead = _ORDINAL_LEAD.match(text, s, e)
        if lead:
            s = lead.end()  # "the Fourth Korea-Central Asia meeting": a meeting's number, not part of a name
        surface = text[s:e]
        if surface.lower() in verbs:
            continue    # "Underlined the importance ...": a list item's opening verb, capitalized
        if not free(s, e) or not _is_name(surface) or _TITLE_AFTER.match(text, e) or \
                _TITLE_BEFORE.search(text[max(0, s - 25):s]):
            continue    # "Trade Minister X", "Secretary of State": a portfolio is part of a title, not an actor
        key = names.get(surface.casefold())
        tail = None
        if key is None and kind in ("person", "organization") and len(surface.split()) in (2, 3) \
                and not _ORG_WORD.search(surface):
            # "Al Rawahi said", after "Khalid bin Salim Al Rawahi": the end of a full name named before
            tail = next((x for x in by_tail.get(surface, ()) if x.end <= s), None)
        if tail is not None:
            key, entry = tail.key, dm.entries.get(tail.key)
            if entry is None:
                continue
        elif key is not None:
            entry = lexicon.entries[key]
            kind = entry.kind
        else:
            if kind == "person" and surface in groups:
                kind = "organization"
            elif kind == "place" and _ORG_WORD.search(surface):
                kind = "organization"   # "the Lake Chad Basin Commission": a body, whatever its place words
            elif kind == "organization" and not _ORG_WORD.search(surface) and (
                    _PERSON_AFTER.match(text, e) or _HONORIFIC_BEFORE.search(text[max(0, s - 20):s])
                    or _title_after(id(lexicon), lexicon).match(text, e)):
                # "led by Amara Tobenna-Diallo, who ...": a relative "who" follows only a person
                kind = "person"
            head = _BODY_HEAD.fullmatch(surface)
            if head and kind in ("organization", "place", "government"):
                # "the Council" after "the UN Security Council": the body named before, by its head word
                # the first such body: the one the text is about ("The Arab League Council ... called on
                # the UN Security Council ... The Council expressed"), also where its name stands before
                # the head word ("the Arab League Council")
                body = min((x for x in (*dm.mentions, *added) if x.end <= s and x.kind in _BODY_KINDS
                            and (x.surface.split()[-1] == head.group(1)
                                 or text.startswith(" " + head.group(1), x.end))), key=lambda x: x.end,
                           default=None)
                if body is None:
                    continue    # a bare "Council" names no body the text has named: no new actor
                key, entry = body.key, dm.entries.get(body.key)
                if entry is None:
                    continue
            elif len(surface.split()) == 1 and (kind == "person" or kind == "organization" and surface in by_surname
                                                 and not _ORG_WORD.search(surface)):
                # "Azizullah said": a surname alone, whatever label the recognizer gave it
                # a surname alone: the person named in full before, else not enough to mint a person
                full = by_surname.get(surface)
                if full is None:
                    continue
                key, entry = full.key, dm.entries.get(full.key)
                if entry is None:
                    continue
            else:
                # a fresh entry, not the process-wide registry of minted names: what a name is here must
                # not depend on which documents this process read before (a worker reads a different set)
                entry = fresh(kind, surface)
                key = entry.key
        m = Mention(s, e, surface, key, entry.kind, "ner")
        added.append(m)
        if entry.kind == "person":
            index_person(m)
        dm.entries.setdefault(key, entry)
        dm.surfaces.setdefault(key, set()).add(surface)
    if added:
        dm.extend(added)
    return len(added)


_ABBR_AFTER = re.compile(r"\s*\((?P<abbr>[A-Z][A-Za-z-]{1,9})\)")


def add_surnames(text: str, dm: DocMentions) -> int:
    """'Vidal said ...' after 'her Chilean counterpart Tomas Vidal': the last word of a person's name
    found by the recognizer or a delegate's form is that person further on, as the lexicon's persons'
    short forms are (a surname two persons share names neither). The number of mentions added."""
    forms, first_at = _surname_owners(dm)
    added = short_form_mentions(text, forms, dm, first_at)
    if added:
        dm.extend(added)
    return len(added)


def _surname_owners(dm: DocMentions) -> tuple[dict[str, str], dict[str, int]]:
    """Each surname (the last word of a person's name of two words or more) that one person alone
    bears, with that person, and where a name ending in it first ends."""
    owners: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}
    for m in dm.mentions:
        if m.kind != "person":
            continue
        toks = m.surface.split()
        if len(toks) >= 2 and len(toks[-1]) > 2 and toks[-1][0].isupper() and not toks[-1].endswith("."):
            owners.setdefault(toks[-1], set()).add(m.key)
            first_at[toks[-1]] = min(first_at.get(toks[-1], m.end), m.end)
    return {w: next(iter(keys)) for w, keys in owners.items() if len(keys) == 1}, first_at


# the organs a body meets as: "the GCC Ministerial Council", "the Ministerial Council of the GCC"
_ORGAN = re.compile(r"(?:Ministerial\s+Council|Supreme\s+Council|Council\s+of\s+(?:Foreign\s+)?Ministers|"
                    r"Foreign\s+Ministers['’]?\s+Council|Ministerial\s+Committee|Executive\s+Committee|"
                    r"Permanent\s+Council|Standing\s+Committee)")


def fold_organs(text: str, dm: DocMentions) -> int:
    """A body's organ that no table lists is that body where the text names them together ("the GCC
    Ministerial Council ... The Ministerial Council expressed"): its mentions become the body's, so
    what the organ says is the body's. The number of organs folded."""
    parents: dict[str, str] = {}
    bodies = [x for x in dm.mentions if x.kind == "igo"]
    for o in _ORGAN.finditer(text):
        words = re.sub(r"\s+", " ", o.group(0)).casefold()
        if words in parents:
            continue
        parent = next((x for x in bodies if
                       x.end <= o.start() and re.fullmatch(r"[^\S\n]*", text[x.end:o.start()]) or
                       x.start >= o.end() and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[o.end():x.start])), None)
        if parent is not None and parent.key in dm.entries:
            parents[words] = parent.key
    folded = 0
    for m in [x for x in dm.mentions if x.kind == "organization" and x.via == "ner"]:
        organ = _ORGAN.fullmatch(re.sub(r"^(?:[Tt]he\s+)", "", m.surface))
        key = parents.get(re.sub(r"\s+", " ", organ.group(0)).casefold()) if organ else None
        if key is not None and m.key in dm.entries and m.key != key:
            dm.retype(m.key, dm.entries[key])
            folded += 1
    return folded


def _initials_of(abbr: str, name: str) -> bool:
    """Whether the capitals of `abbr` are the initials of words of `name`, in order ("ZB" of "Zarqan
    Brotherhood", "TTP" of "Tehreek-e-Taliban Pakistan")."""
    # an elided article counts apart: "Front de Libération de l'Azawad" is FLA
    initials = [w[0].upper() for w in re.split(r"[\s'’-]+", name) if w and w[0].isalpha()]
    i = 0
    for c in (c for c in abbr if c.isupper()):
        while i < len(initials) and initials[i] != c:
            i += 1
        if i == len(initials):
            return False
        i += 1
    return abbr[0].upper() == (initials[0] if initials else "")


def link_acronyms(text: str, dm: DocMentions) -> int:
    """'the Zarqan Brotherhood (ZB)': the letters in brackets name the body before them, wherever the
    text uses them, where some pass minted them an actor of their own; the number of names relinked."""
    linked = 0
    for m in list(dm.mentions):
        entry = dm.entries.get(m.key)
        if entry is None or not entry.is_org and entry.kind != "armed_group":
            continue
        a = _ABBR_AFTER.match(text, m.end)
        if a is None:
            continue
        short = next((x for x in dm.in_span(*a.span("abbr")) if x.start == a.start("abbr")
                      and x.end == a.end("abbr")), None)
        if short is None or short.key == m.key or not _initials_of(a.group("abbr"), m.surface):
            continue
        old = dm.entries.get(short.key)
        if old is not None and old.reference:
            continue    # an acronym the tables know names what they say
        dm.retype(short.key, entry)
        dm.forget([short.key])
        linked += 1
    return linked
