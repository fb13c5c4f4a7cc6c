#!/usr/bin/env python3
"""Check every gold quote / alias is an exact substring of its text (probe2 docs)."""
import json, glob, os, sys
H = os.path.dirname(os.path.abspath(__file__))
pairs = [(g, os.path.join(H, "docs", os.path.basename(g)[:-5] + ".txt")) for g in sorted(glob.glob(H + "/gold/*.json"))]
bad = 0
for g, t in pairs:
    if not os.path.exists(t): print("missing text", t); bad += 1; continue
    d = json.load(open(g, encoding="utf-8")); s = open(t, encoding="utf-8").read()
    for it in d["stances"] + d["designations"]:
        if it["quote"] not in s: print(os.path.basename(g), "QUOTE", repr(it["quote"][:60])); bad += 1
    for e in d["entities"] + d["designations"]:
        for a in e["aliases_in_text"]:
            if a not in s: print(os.path.basename(g), "ALIAS", repr(a)); bad += 1
    if d["doc"] != os.path.basename(t): print("DOC FIELD", d["doc"]); bad += 1
    for m in d["meetings"]:
        if not (m.get("date") or m.get("city") or (m.get("ordinal") is not None and m.get("participant_states"))): print(os.path.basename(g), "UNMATCHABLE MEETING", m["id"]); bad += 1
    print(f"{os.path.basename(g)}: words={len(s.split())} meetings={len(d['meetings'])} stances={len(d['stances'])} designations={len(d['designations'])}")
sys.exit(1 if bad else 0)
