"""Reading one source text: decode, repair, clean, and read its header.

The cleaned text is what the graph stores as `dg:text` and what every
evidence offset indexes, so cleaning happens once, here, and nothing later
changes the text.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from .. import paths
from ..errors import InputError

# Characters that carry no text: zero-width spaces and joiners, BOMs, soft hyphens.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Every space-like character becomes a plain space (NBSP, thin, ideographic ...).
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
# Debris of UTF-8 punctuation whose continuation bytes were lost: runs of 'â'
# (with C1 controls) that sit next to punctuation or space, never inside a word.
_DEBRIS = re.compile(r"(?:â[\x80-\x9f]*){2,}|(?<![A-Za-z])â[\x80-\x9f]*|â[\x80-\x9f]*(?![A-Za-z])")
_C1 = re.compile(r"[\x80-\x9f]")
_METADATA = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+")
_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
# "4 Apr", "September 13": a day and a month, either way round
# "13 September", "13th September", "Sept. 13"
# "11.06.2024": the day first, as European agencies write it (a year follows the second dot at once)
_DAY_DOT_MONTH = r"(?P<day3>\d{1,2})\.(?P<month3>\d{1,2})\.(?=\d{4})"
_DAY_MONTH = (r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Z][a-z]{2,8})\.?|"
              rf"(?P<month2>[A-Z][a-z]{{2,8}})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?|{_DAY_DOT_MONTH})")
# the year after a day and month: ", 2024", " 2024", or at once after "11.06."
_THEN_YEAR = r"(?:,?\s+|(?<=\.))(?P<year>\d{4})"
# "Samarkand, Uzbekistan, 4 Apr (ZXS) --" and "DUSHANBE -" and "KABUL, AFGHANISTAN –"
_DATELINE = re.compile(
    # "New Delhi [India], November 10 (ANI):": a wire's city, with its state in brackets
    r"(?P<place>[A-Z][A-Za-z'’.\- ]{1,40}?(?:/[A-Z][A-Za-z'’.\- ]{1,40}?)?(?:\s*\[[A-Z][A-Za-z ]{1,30}\])?"
    r"(?:,\s*[A-Z][A-Za-z'’.\- ]{1,40}?)?)"
    rf"(?:,\s*{_DAY_MONTH}{_THEN_YEAR}?)?"
    # "Vilnius, 11.06.2024 (LETA–BNS). Leaders ...": a code in brackets may end on a full stop
    r"\s*(?:\((?P<code>[A-Za-z][A-Za-z –/-]{1,20})\))?\s*(?:--|[-–—:]|(?<=\))\.)\s+")


# "Izmail, 22 August 2024" on a line of its own, as releases head their text: a place and a full date
_PLACE_DATE_LINE = re.compile(rf"\s*(?P<place>[A-Z][A-Za-z'’.\- ]{{1,40}}?),\s*{_DAY_MONTH}{_THEN_YEAR}\s*")

# The largest text one document may hold. The longest real statement or report of the genre is a few
# tens of kilobytes; a text of megabytes is a whole book, a log or a concatenation, which converts
# (at ~40 s a MB with the statistical parser) but is most likely a mistake. Refused above this, by name.
DEFAULT_MAX_TEXT_MB = 5.0
MAX_TEXT_ENV = "DIPLOGRAPH_MAX_TEXT_MB"


class TextTooLarge(InputError):
    """A text larger than the per-document limit (exit 2)."""


def max_text_mb() -> float:
    """The per-document limit in MB (10^6 bytes): DIPLOGRAPH_MAX_TEXT_MB, else 5; `build --max-text-mb`
    sets that variable, so the build's worker processes apply the same limit."""
    value = os.environ.get(MAX_TEXT_ENV, "").strip()
    if not value:
        return DEFAULT_MAX_TEXT_MB
    try:
        limit = float(value)
    except ValueError:
        raise InputError(f"{MAX_TEXT_ENV}={value!r} is not a number of MB") from None
    if not limit > 0:
        raise InputError(f"{MAX_TEXT_ENV}={value!r}: the limit must be more than 0 MB")
    return limit


def check_size(size: int, name: str) -> None:
    """Refuse a text of `size` bytes above the per-document limit, naming the file, its size and the limit."""
    limit = max_text_mb()
    if size > limit * 1_000_000:
        raise TextTooLarge(f"this text is {size / 1e6:,.1f} MB ({size:,} bytes), above the limit of "
                           f"{limit:g} MB for one document; split it into documents, or raise the limit "
                           f"with --max-text-mb or {MAX_TEXT_ENV}", path=name)


@dataclass
class SourceText:
    """One document after cleaning, with what its header says about it."""

    name: str                      # file name, e.g. 000_e747bdc18f26e6a7.txt
    stem: str
    text: str                      # cleaned text; evidence offsets index this
    title: str | None = None
    publisher: str | None = None
    date: str | None = None        # ISO date the text was published, if it says
    dateline_place: str | None = None
    dateline_day: tuple[int, int] | None = None   # (month, day) of a dateline without year
    dateline_end: int = 0          # offset where the dateline ends in `text`
    reference_date: str | None = None   # the dateline's date when the year is known: "on Saturday" counts from it
    notes: list[str] = field(default_factory=list)


@cache
def _boilerplate() -> list[re.Pattern]:
    data = paths.read_lexicon_yaml("boilerplate")
    return [re.compile(rf"^(?:{p})$", re.IGNORECASE) for p in data["line_patterns"]]


@cache
def _publishers() -> list[dict]:
    data = paths.read_lexicon_yaml("publishers")
    return data["publishers"]


def decode(raw: bytes, name: str) -> tuple[str, list[str]]:
    """Bytes to text. UTF-8 first; a BOM'd UTF-16; else a legacy 8-bit code page."""
    notes: list[str] = []
    if not raw.strip():
        return "", notes
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), ["decoded as UTF-16"]
    if b"\x00" in raw[:4096] or _looks_binary(raw[:4096]):
        raise InputError("this is not a text file (binary content); diplograph reads plain-text "
                         "statements and reports", path=name)
    try:
        return raw.decode("utf-8"), notes
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        notes.append(f"line {line}: not UTF-8; decoded as Windows-1252")
        return raw.decode("cp1252", errors="replace"), notes


def _looks_binary(head: bytes) -> bool:
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(head) // 20)


# A line of printable ASCII without '&' or '<' is one ftfy leaves as it is: nothing to decode,
# no entity, no control character.
_PLAIN_LINE = re.compile(r"[\t\x20-\x25\x27-\x3b\x3d-\x7e]*\n?")


def _fix_text(text: str) -> str:
    """ftfy.fix_text, line by line as ftfy itself works, passing over plain lines (most of a text)."""
    import ftfy

    config = ftfy.TextFixerConfig(normalization="NFC", uncurl_quotes=False, fix_line_breaks=True, explain=False)
    out, pos = [], 0
    while pos < len(text):
        cut = text.find("\n", pos) + 1 or len(text)
        if cut - pos > config.max_decode_length:
            return ftfy.fix_text(text, config)      # a giant line: let ftfy cut it its own way
        segment = text[pos:cut]
        pos = cut
        if _PLAIN_LINE.fullmatch(segment):
            out.append(segment)
            continue
        if config.unescape_html == "auto" and "<" in segment:
            config = config._replace(unescape_html=False)   # as ftfy does: markup seen, entities stay
        out.append(ftfy.fix_and_explain(segment, config)[0])
    return "".join(out)


def repair(text: str) -> str:
    """Fix mojibake with ftfy, then what it leaves: lost-byte debris, odd spaces."""
    text = _fix_text(text)
    text = text.translate(_INVISIBLE)
    text = _DEBRIS.sub(" ", text)
    text = _C1.sub("", text)
    text = _SPACES.sub(" ", text)
    # collapse runs of spaces, and trailing spaces before line ends
    text = re.sub(r" {2,}", " ", text)
    text = re.sub(r" +\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return unicodedata.normalize("NFC", text)


def drop_boilerplate(text: str) -> str:
    patterns = _boilerplate()
    kept = [line for line in text.split("\n")
            if not (line.strip() and any(p.match(line.strip()) for p in patterns))]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def read_document(path: Path) -> SourceText:
    """Read and clean one text file; raise InputError when it cannot be a text."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            check_size(os.fstat(fh.fileno()).st_size, str(path))    # before reading a giant file
            raw = fh.read()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=str(path)) from None
    check_size(len(raw), str(path))     # a FIFO or a device has no size until read
    text, notes = decode(raw, str(path))
    return clean_text(text, name=path.name, notes=notes)


def clean_text(text: str, *, name: str = "text.txt", notes: list[str] | None = None) -> SourceText:
    text = repair(text)
    doc = SourceText(name=name, stem=Path(name).stem, text="", notes=list(notes or []))
    meta = _METADATA.match(text)
    if meta:
        doc.date = meta.group(1)
        text = text[meta.end():]
    text = drop_boilerplate(text)
    if doc.date is None:
        _read_date_line(doc, text)
    text = _read_dateline(doc, text)
    _read_title(doc, text)
    if doc.date is None:
        _read_title_date(doc, text)
    _read_publisher(doc, text)
    doc.text = text
    return doc


def _find_dateline(text: str) -> re.Match | None:
    """The dateline: on the first line, or on one of the next few after a headline and a byline
    ("MOSCOW (AP) - ..."), where only a place in capitals or an agency code counts."""
    pos = 0
    for n, line in enumerate(text.split("\n")[:10]):
        m = _DATELINE.match(text, pos, pos + len(line)) or _PLACE_DATE_LINE.fullmatch(text, pos, pos + len(line))
        pos += len(line) + 1
        if not m or len(m.group("place")) > 60 or len(m.group("place").split()) > 6:
            continue
        place = m.group("place").strip()
        # A dateline is a place in capitals or a place followed by a dash; a
        # sentence that happens to contain a dash is not one.
        code = m.groupdict().get("code")
        rest = text[m.end():pos - 1]
        if n == 0 and not code and not m.group("day") and not m.group("day3") and 0 < len(rest.split()) < 7 \
                and not rest.rstrip().endswith("."):
            continue    # "IRNA - Islamic Republic News Agency": a masthead, no sentence follows its dash
        # "Tehran, IRNA - ...": the place, then the agency's code in capitals
        agency = place.count(",") == 1 and re.fullmatch(r"[A-Z]{2,6}", place.split(",")[1].strip()) is not None
        if n == 0 and (place.isupper() or code or m.group("day") or m.group("day2") or m.group("day3") or "," in place
                       or "/" in place):
            return m
        town = place.split(",")[0].strip()     # "TERMEZ, Uzbekistan -": the town in capitals, then its state
        if n > 0 and ((town.isupper() and len(town) > 2) or code or agency or m.re is _PLACE_DATE_LINE):
            return m
    return None


# "ANI | Updated: Nov 10, 2021 21:07 IST": a wire's source and time stamp share the line
_DATE_LINE = re.compile(r"\s*(?:[A-Z][^|\n]{0,40}\|\s*){0,3}"
                        r"(?:(?:Date|Dated|Published|Posted|Released|Updated|Last\s+updated)(?:\s+on)?\s*:?\s*)?"
                        r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                        # a UN record heads its text "18 NOVEMBER 2024", in capitals
                        r"(?:(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-zA-Z]{2,8})\.?|(?P<month2>[A-Z][a-zA-Z]{2,8})\.?\s+"
                        rf"(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?|{_DAY_DOT_MONTH}){_THEN_YEAR}"
                        # "Updated: 2024-08-15 22:41"; "Published on: 15/12/2024 - 21:48", day first where it is
                        # plainly a day (above 12)
                        r"|(?P<iyear>\d{4})-(?P<imonth>\d{2})-(?P<iday>\d{2})|(?P<sday>1[3-9]|2\d|3[01])/(?P<smonth>0?[1-9]|1[0-2])"
                        r"/(?P<syear>\d{4}))"
                        # "December 19, 2024 4:12 PM GMT+4 Updated": a zone with its offset, a word after it
                        r"(?:,?\s+(?:[-–—]\s+)?(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
                        r"(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?)?(?:\s+(?:Updated|Published|Posted))?)?"
                        # "Modified: 16/12/2024 - 09:02" after it, on the same line
                        r"(?:\s+[A-Z][a-z]+:\s*[\d/:. -]+)?\s*")


def _month_day(m: re.Match) -> tuple[int, int] | None:
    """(month, day) of a match of _DAY_MONTH, None where its month is no month's name."""
    day, month = m.group("day") or m.group("day2"), m.group("month") or m.group("month2")
    if day and month and month[:3].lower() in _MONTHS:
        return _MONTHS[month[:3].lower()], int(day)
    if m.group("day3") and 1 <= int(m.group("month3")) <= 12:
        return int(m.group("month3")), int(m.group("day3"))
    return None


def _read_date_line(doc: SourceText, text: str) -> None:
    """'21 July 2025' alone on one of a release's first lines: the text's date."""
    pos = 0
    for line in text.split("\n")[:10]:
        m = _DATE_LINE.fullmatch(text, pos, pos + len(line))
        pos += len(line) + 1
        if m and m.group("iyear"):
            doc.date = iso(int(m.group("iyear")), int(m.group("imonth")), int(m.group("iday")))
        elif m and m.group("syear"):
            doc.date = iso(int(m.group("syear")), int(m.group("smonth")), int(m.group("sday")))
        if doc.date:
            return
        day = _month_day(m) if m else None
        if day:
            assert m is not None    # a day is only read from a match
            doc.date = iso(int(m.group("year")), *day)
            if doc.date:
                return


def _read_dateline(doc: SourceText, text: str) -> str:
    m = _find_dateline(text)
    if m is None:
        return text
    place = re.sub(r"\s*\[[^\]]*\]", "", m.group("place")).strip()
    doc.dateline_place = place
    doc.dateline_end = m.end()
    doc.dateline_day = _month_day(m)
    if doc.dateline_day:
        if m.group("year"):
            # "Tehran, 13 September 2023 (TDI):": the dateline's own full date
            doc.reference_date = iso(int(m.group("year")), *doc.dateline_day) or doc.reference_date
            if not doc.date:
                doc.date = doc.reference_date
        elif doc.date:
            # the dateline's day, in the year of the metadata date (or the year before, across New Year)
            year = int(doc.date[:4])
            cand = iso(year, *doc.dateline_day)
            if cand and cand > doc.date:
                cand = iso(year - 1, *doc.dateline_day) or cand
            doc.reference_date = cand
    if m.groupdict().get("code"):
        code = m.group("code").strip()
        for pub in _publishers():
            if code in pub.get("code", []):
                doc.publisher = pub["name"]
    return text


# "... Regular Press Conference on March 3, 2027", "Joint Statement (4 May 2026)": a full date ending the heading
_TITLE_DATE = re.compile(rf"(?:\bon\s+|,\s*|\(|[-–—|]\s*){_DAY_MONTH},?\s+(?P<year>\d{{4}})\)?\s*$")


def _read_title_date(doc: SourceText, text: str) -> None:
    """A heading that ends with a full date dates the text, as a date line of its own would: the title,
    or a heading line under a masthead ("Transcript of the Weekly Press Briefing ..., 9 January 2025")."""
    heads = [doc.title] if doc.title else []
    heads += [ln for ln in text.split("\n")[:8] if 0 < len(ln) < 250 and not ln.rstrip().endswith(".")]
    m = next((x for x in (_TITLE_DATE.search(h) for h in heads) if x), None)
    day = _month_day(m) if m else None
    if m and day:
        doc.date = iso(int(m.group("year")), *day)
        doc.reference_date = doc.reference_date or doc.date


def _read_title(doc: SourceText, text: str) -> None:
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    if len(blocks) > 2 and _DATE_LINE.fullmatch(blocks[0]):
        blocks = blocks[1:]     # "LETA | Politics | 11.06.2024 17:26" above the headline
    if len(blocks) > 1:
        first = blocks[0]
        if "\n" not in first and len(first) < 150 and not first.endswith((".", "”", '"')):
            doc.title = first


def _read_publisher(doc: SourceText, text: str) -> None:
    if doc.publisher:
        return
    for pub in _publishers():
        if any(re.search(sig, text) for sig in pub.get("signature", [])):
            doc.publisher = pub["name"]
            return


def iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
