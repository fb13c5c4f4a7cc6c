"""Dates as the text states them, resolved against the document's own date.

A date is ISO 'YYYY-MM-DD' when complete, 'YYYY-MM' when only the month is
known, or '--MM-DD' when the year is missing (completed later, when the
meeting is merged with another source that gives it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
          "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
          "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
          "dec": 12}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6}
_M = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_W = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_TO = r"\s*(?:-|–|—|to|and|until|till)\s*"
_PATTERNS = [
    # a span, dated by its first day: "29-30 September 2025", "from 27 to 28 June", "May 1-2, 2023"
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{_TO}(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_M}"
               rf"(?:,?\s+(?P<year>\d{{4}}))?\b", re.I),
    re.compile(rf"\b{_M}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{_TO}(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b"
               rf"(?:,?\s+(?P<year>\d{{4}}))?", re.I),
    re.compile(rf"\b(?:{_W},?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_M}(?:,?\s+(?P<year>\d{{4}}))?\b",
               re.I),
    re.compile(rf"\b(?:{_W},?\s+)?{_M}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?", re.I),
    re.compile(rf"\b(?:in\s+){_M}\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(rf"\b(?:on\s+|last\s+|this\s+)?{_W}(?:'s)?\b", re.I),
    re.compile(r"\b(?P<iso>\d{4}-\d{2}-\d{2})\b"),
    re.compile(r"\b(?P<today>today|yesterday|this morning|this afternoon|this evening|tonight)\b", re.I),
    # "on the 5th" (of this month): a day of the page's month, not "the 5th meeting"
    re.compile(r"\bon\s+the\s+(?P<nth>\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+(?:this|the)\s+month)?"
               r"(?=\s*[,.;]|\s+(?:in|at|when|and|during|with|after|before)\b)", re.I),
]
# The latest year a text of this kind could be from; a weekday with a month
# and day and no year is read as the latest such year up to it.
LATEST_YEAR = date.today().year


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str          # YYYY-MM-DD | YYYY-MM | --MM-DD
    text: str
    last: str | None = None   # a span's last day ("29-30 September 2025": value the 29th, last the 30th)


def find_dates(text: str, start: int, end: int, doc_date: str | None,
               anchor: str | None = None) -> list[DateMention]:
    """Every date expression in text[start:end], resolved as far as the text allows.

    `anchor` is a complete date to resolve a bare weekday against when the
    document has no date of its own (the meeting's date, told earlier)."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    ref = _parse_iso(doc_date) or _parse_iso(anchor)
    for rx in _PATTERNS:
        for m in rx.finditer(text, start, end):
            if any(m.start() < e and m.end() > s for s, e in taken):
                continue
            value = _resolve(m, ref)
            rel = _YEAR_AFTER.match(text, m.end())
            if value and rel and ref and len(value) == 10 and not m.groupdict().get("year"):
                # "on March 31 last year": the year is told in words, counted from the page's
                shift = _YEAR_SHIFT.get(rel.group(1).lower().split()[-1], 0)
                value = _iso(ref.year + shift, int(value[5:7]), int(value[8:10]))
            if value:
                taken.append(m.span())
                found.append(DateMention(m.start(), m.end(), value, m.group(0), _last_day(m, value)))
    return _spans(text, sorted(found, key=lambda d: d.start))


_YEAR_SHIFT = {"last": -1, "previous": -1, "next": 1, "following": 1}
_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(last|this|next|the\s+previous|the\s+following|previous|following)\s+year\b",
                         re.I)
_SPAN_JOIN = re.compile(r"\s*(?:to|until|till|through|and|[-–—])\s*(?:the\s+)?")


def _spans(text: str, found: list[DateMention]) -> list[DateMention]:
    """'from 29 September to 1 October', 'between 3 and 5 May': one span, dated by its first day, the
    other its last."""
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        if prev is not None and prev.last is None and len(prev.value) == len(d.value) == 10 and \
                prev.value < d.value and _SPAN_JOIN.fullmatch(text, prev.end, d.start) and \
                re.search(r"\b(?:from|between)\s+(?:the\s+)?$", text[max(0, prev.start - 14):prev.start]):
            out[-1] = DateMention(prev.start, d.end, prev.value, text[prev.start:d.end], d.value)
            continue
        out.append(d)
    return out


def _last_day(m: re.Match, first: str) -> str | None:
    """The last day of a span whose first day resolved to `first` (same month and year)."""
    day2 = m.groupdict().get("day2")
    if not day2 or len(first) != 10:
        return None
    last = _iso(int(first[:4]), int(first[5:7]), int(day2)) if not first.startswith("--") else None
    return last if last and last > first else None


def _parse_iso(value: str | None) -> date | None:
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _resolve(m: re.Match, ref: date | None) -> str | None:
    g = m.groupdict()
    if g.get("today"):
        if not ref:
            return None
        return (ref - timedelta(days=1 if g["today"].lower() == "yesterday" else 0)).isoformat()
    if g.get("iso"):
        return g["iso"] if _parse_iso(g["iso"]) else None
    if g.get("nth"):
        if not ref:
            return None
        # the latest such day on or before the page's date: this month's, else last month's
        this = _safe(ref.year, ref.month, int(g["nth"]))
        if this and this <= ref:
            return this.isoformat()
        last = date(ref.year, ref.month, 1) - timedelta(days=1)
        before = _safe(last.year, last.month, int(g["nth"]))
        return before.isoformat() if before else None
    month = MONTHS.get((g.get("month") or "").lower().rstrip("."))
    day = int(g["day"]) if g.get("day") else None
    year = int(g["year"]) if g.get("year") else None
    weekday = WEEKDAYS.get((g.get("weekday") or "").lower())
    if month and day:
        if year:
            return _iso(year, month, day)
        if ref:
            # the nearest such day not long after the document's date
            safe = [_safe(ref.year + k, month, day) for k in (-1, 0, 1)]
            cands = [c for c in safe if c and c <= ref + timedelta(days=31)]
            if cands:
                return max(cands).isoformat()
        if weekday is not None:
            for y in range(LATEST_YEAR, LATEST_YEAR - 12, -1):
                d = _safe(y, month, day)
                if d and d.weekday() == weekday:
                    return d.isoformat()
        return f"--{month:02d}-{day:02d}"
    if month and year:
        return f"{year:04d}-{month:02d}"
    if weekday is not None and ref:
        # the last such weekday on or before the reference date
        back = (ref.weekday() - weekday) % 7
        return (ref - timedelta(days=back)).isoformat()
    return None


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _iso(y: int, m: int, d: int) -> str | None:
    v = _safe(y, m, d)
    return v.isoformat() if v else None


def complete(value: str | None, settled: str | None) -> str | None:
    """Fill a yearless '--MM-DD' from a settled date of the same meeting."""
    if value and value.startswith("--") and settled and len(settled) == 10:
        y = int(settled[:4])
        safe = [_safe(y + k, int(value[2:4]), int(value[5:7])) for k in (-1, 0, 1)]
        ref = date.fromisoformat(settled)
        cands = [c for c in safe if c]
        if cands:
            return min(cands, key=lambda c: abs((c - ref).days)).isoformat()
    return value


def compatible(a: str | None, b: str | None, days: int = 1) -> bool:
    """Two dates could name the same meeting (equal up to a day, or one is partial)."""
    if not a or not b:
        return True
    if len(a) == 10 and len(b) == 10 and not a.startswith("--") and not b.startswith("--"):
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= days
    if a.startswith("--") or b.startswith("--"):
        return a[-5:] == b[-5:] or abs(int(a[-2:]) - int(b[-2:])) <= days and a[-5:-3] == b[-5:-3]
    return a[:7] == b[:7]

