"""From one text file to the facts it states.

    text -> mentions -> meetings, stances, designations -> DocumentFacts

(From a folder to a graph: diplograph.build.)

`convert_file` is pure and per document, so documents convert in parallel
and cache by content (see pipeline.py).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from functools import cache
from pathlib import Path

from .. import paths
from ..errors import InputError
from ..facts import ActorFact, DocumentFacts
from . import components
from .lexicon import Lexicon, load_lexicon
from .mentions import DocMentions, mint
from .text import SourceText, read_document

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}

__all__ = ["load_lexicon", "convert_file", "convert_text", "list_sources"]


@cache
def _kinds() -> list[dict]:
    data = paths.read_lexicon_yaml("source_kinds")
    return data["kinds"]


def source_kind(text: str) -> str:
    for kind in _kinds():
        hits = sum(len(re.findall(c, text)) for c in kind["cues"])
        if hits >= kind["min_hits"]:
            return kind["kind"]
    return "NewsReport"


def convert_file(path: Path, lexicon: Lexicon) -> DocumentFacts:
    return convert_text(read_document(Path(path)), lexicon)


def convert_text(src: SourceText, lexicon: Lexicon) -> DocumentFacts:
    text = src.text
    kind = source_kind(text)
    facts = DocumentFacts(name=src.name, stem=src.stem, text=text, title=src.title,
                          publisher=src.publisher, date=src.date, kind=kind, notes=list(src.notes))
    if not text.strip():
        facts.notes.append("empty text: nothing to convert")
        return facts
    doc = components.run(src, lexicon, kind)
    dm, meetings = doc.mentions, doc.meetings
    assert dm is not None   # the components always find the mentions
    facts.dropped = dict(sorted(Counter(f"{c}: {d.reason}" for c, d in doc.dropped).items()))
    if src.publisher:
        pub = next((e for e in lexicon.entries.values()
                    if e.label == src.publisher or src.publisher in e.aliases), None)
        if pub:
            dm.entries.setdefault(pub.key, pub)
    for m in meetings:
        if m.series is None and m.series_name:
            # a format the reference data lacks: minted from its name in the text
            entry = mint("series", m.series_name)
            m.series = entry.key
            dm.entries.setdefault(entry.key, entry)
            dm.surfaces.setdefault(entry.key, set()).add(m.series_name)
    facts.meetings = meetings
    facts.stances = doc.stances
    facts.designations = doc.designations
    _only_known_actors(facts, dm, lexicon)
    used = {k for k in dm.entries}
    for key in sorted(used):
        entry = dm.entries[key]
        facts.actors.append(ActorFact(key=key, kind=entry.kind, label=entry.label,
                                      surfaces=sorted(dm.surfaces.get(key, set())),
                                      reference=entry.reference, located_in=entry.located_in))
    if not meetings:
        facts.notes.append("no meeting found in this text")
    return facts


def _only_known_actors(facts: DocumentFacts, dm: DocMentions, lexicon: Lexicon) -> None:
    """Every actor a fact names must be in the document's registry, or the graph would point at a
    node it never describes. A reference actor is registered; any other key (a rule's slip) is
    dropped from the fact, with a note, rather than written as a dangling IRI. (Names minted while
    reading other documents are not consulted: what one text gives must not depend on which texts
    the same process read before it.)"""
    def known(key: str | None) -> bool:
        if key is None or key in dm.entries:
            return True
        entry = lexicon.entries.get(key)
        if entry is not None:
            dm.entries[key] = entry
            return True
        facts.notes.append(f"dropped a reference to {key}: no such actor in this text or the lexicon")
        return False

    def actor(key: str) -> bool:
        # a place or a meeting series named where an actor belongs (a rule's slip) is no holder
        entry = dm.entries.get(key) or lexicon.entries.get(key)
        if entry is not None and entry.kind in ("place", "series"):
            facts.notes.append(f"dropped {key} where an actor belongs: it is a {entry.kind}")
            return False
        return True

    for s in facts.stances:
        s.holders = [k for k in s.holders if known(k) and actor(k)]
        s.addressees = [k for k in s.addressees if known(k) and actor(k)]
    for d in facts.designations:
        d.authorities = [k for k in d.authorities if known(k) and actor(k)]
    facts.designations = [d for d in facts.designations if known(d.designee)]
    for m in facts.meetings:
        m.states = [k for k in m.states if known(k)]
        m.orgs = [k for k in m.orgs if known(k)]
        m.participations = [p for p in m.participations if known(p.agent)]
        for p in m.participations:
            if not known(p.represents):
                p.represents = None
        if not known(m.chair):
            m.chair = None


# The last listing, with the folder's signature: `diplograph build` lists the folder, and then the
# build (each step of it) again; making 100,000 Paths took a second each time. Adding, removing or
# renaming an entry changes the folder's mtime.
_listed: dict = {}


def list_sources(folder: Path) -> list[Path]:
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError("not a folder of texts; give --seeds DIR", path=str(folder))
    st = folder.stat()
    sig = (str(folder), "" if folder.is_absolute() else os.getcwd(), st.st_ino, st.st_mtime_ns, st.st_ctime_ns)
    if _listed.get("sig") == sig:
        return list(_listed["paths"])
    paths = _list_sources(folder)
    _listed.update(sig=sig, paths=tuple(paths))
    return paths


def _list_sources(folder: Path) -> list[Path]:
    # scandir knows each entry's type without a stat, and names sort faster than Paths: this
    # listing was a tenth of adding one text to a corpus of 10,000
    with os.scandir(folder) as entries:
        names = sorted(e.name for e in entries
                       if e.is_file() and not e.name.startswith(".") and e.name.lower() != "readme.md"
                       and os.path.splitext(e.name)[1].lower() in TEXT_SUFFIXES)
    return [folder / name for name in names]
