"""Coordinates for the drawings (timeline, co-attendance network); templates draw the SVG.

Layouts are deterministic: the same graph gives the same picture, which
keeps screenshots comparable from one build to the next.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        try:
            return date(int(text[:4]), 7, 1)  # a bare year (xsd:gYear) sits mid-year
        except ValueError:
            return None


def short_date(text: str | None) -> str:
    d = _parse_date(text)
    if d is None or text is None:     # (a date is only read of a text)
        return text or "undated"
    if len(text) == 4:
        return text
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def timeline(meetings: list[dict], width: int = 1000) -> dict:
    """meetings: dicts with iri, date, series, series_label, text. One lane per series."""
    parsed = [(m, _parse_date(m.get("date"))) for m in meetings]
    dated = [(m, d) for m, d in parsed if d is not None]
    left, right, top, lane_h = 30, 30, 8, 84
    if not dated:
        return {"width": width, "height": 80, "ticks": [], "lanes": [], "points": [], "axis_y": 60}
    lo = min(d for _, d in dated).toordinal()
    hi = max(d for _, d in dated).toordinal()
    span = max(hi - lo, 1)
    pad = max(span * 0.06, 45)
    lo_p, hi_p = lo - pad, hi + pad

    def x_of(day: float) -> float:
        return left + (day - lo_p) / (hi_p - lo_p) * (width - left - right)

    lanes_order: list[str] = []
    for m, _ in sorted(dated, key=lambda md: (md[1], md[0]["iri"])):
        key = m.get("series") or ""
        if key not in lanes_order:
            lanes_order.append(key)
    lanes: list[dict[str, Any]] = []
    for i, key in enumerate(lanes_order):
        label = next((m.get("series_label") for m, _ in dated if (m.get("series") or "") == key), "") or \
            "Not in a series"
        lanes.append({"y": top + i * lane_h + lane_h / 2, "label": label, "series": key, "index": i})
    lane_y = {lane["series"]: lane["y"] for lane in lanes}
    axis_y = top + len(lanes) * lane_h + 10
    points = []
    last_in_lane: dict[str, tuple[float, bool]] = {}
    for m, d in sorted(dated, key=lambda md: (md[1], md[0]["iri"])):
        key = m.get("series") or ""
        y = lane_y[key]
        x = x_of(d.toordinal())
        # Labels go below the dot; a neighbour too close in the same lane flips to above.
        below = True
        if key in last_in_lane and x - last_in_lane[key][0] < 170:
            below = not last_in_lane[key][1]
        last_in_lane[key] = (x, below)
        anchor = "start" if x < left + 90 else ("end" if x > width - right - 90 else "middle")
        points.append({"x": round(x, 1), "y": y, "iri": m["iri"], "text": m["text"],
                       "date": short_date(m.get("date")), "label_y": y + 26 if below else y - 14,
                       "anchor": anchor, "lane": lanes_order.index(key)})
    # Year ticks, or month ticks for spans under two years.
    ticks = []
    start, end = date.fromordinal(int(lo_p)), date.fromordinal(int(hi_p))
    if span > 730:
        for year in range(start.year + 1, end.year + 1):
            ticks.append({"x": round(x_of(date(year, 1, 1).toordinal()), 1), "label": str(year)})
    else:
        y, mth = start.year, start.month + 1
        while (y, mth) <= (end.year, end.month):
            if mth > 12:
                y, mth = y + 1, 1
                continue
            d = date(y, mth, 1)
            ticks.append({"x": round(x_of(d.toordinal()), 1),
                          "label": f"{MONTHS[mth - 1]} {y}" if mth in (1, 4, 7, 10) else ""})
            mth += 1
    return {"width": width, "height": axis_y + 34, "ticks": ticks, "lanes": lanes, "points": points,
            "axis_y": axis_y, "left": left, "right": width - right}


def circle(nodes: list[str], edges: list[tuple[str, str, int]], size: int = 760) -> dict:
    """A circular layout: nodes evenly on a circle in the given order, labels outside."""
    cx = cy = size / 2
    r = size / 2 - 170 if len(nodes) > 1 else 0
    pos = {}
    out_nodes = []
    for i, n in enumerate(nodes):
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(nodes), 1)
        x, y = cx + r * math.cos(angle), cy + r * math.sin(angle)
        pos[n] = (x, y)
        lx, ly = cx + (r + 14) * math.cos(angle), cy + (r + 14) * math.sin(angle)
        anchor = "start" if math.cos(angle) > 0.01 else ("end" if math.cos(angle) < -0.01 else "middle")
        out_nodes.append({"iri": n, "x": round(x, 1), "y": round(y, 1), "lx": round(lx, 1),
                          "ly": round(ly + 4, 1), "anchor": anchor})
    top = max((w for _, _, w in edges), default=1)
    out_edges = []
    for a, b, w in edges:
        if a in pos and b in pos:
            out_edges.append({"x1": round(pos[a][0], 1), "y1": round(pos[a][1], 1), "x2": round(pos[b][0], 1),
                              "y2": round(pos[b][1], 1), "weight": w,
                              "width": round(1 + 4 * (w - 1) / max(top - 1, 1), 2), "a": a, "b": b})
    return {"size": size, "nodes": out_nodes, "edges": out_edges}
