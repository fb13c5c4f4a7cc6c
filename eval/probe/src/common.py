import json, os
H = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def M(id, name, date, city, country, series=None, ordinal=None, chair=None, states=(), orgs=(), parts=()):
    return {"id": id, "name": name, "date": date, "city": city, "country": country,
            "series": series, "ordinal": ordinal, "chair": chair,
            "participant_states": list(states), "participant_orgs": list(orgs),
            "participants": [{"person": p, "title": t, "represents": r} for p, t, r in parts]}

def S(holder, type, addressee, topic, quote):
    if isinstance(holder, str) and not holder.startswith("meeting:"):
        holder = [holder]
    return {"holder": holder, "type": type, "addressee": addressee, "topic": topic, "quote": quote}

def D(org, aliases, authority, date, quote):
    return {"organization": org, "aliases_in_text": list(aliases), "designated_as": "terrorist",
            "authority": authority, "date": date, "quote": quote}

def E(name, type, *aliases):
    return {"name": name, "type": type, "aliases_in_text": list(aliases)}

def emit(stem, text, meetings, stances, designations, entities, notes):
    text = text.lstrip("\n")
    if not text.endswith("\n"):
        text += "\n"
    with open(f"{H}/docs/{stem}.txt", "w", encoding="utf-8") as f:
        f.write(text)
    gold = {"doc": f"{stem}.txt", "meetings": meetings, "stances": stances,
            "designations": designations, "entities": entities, "notes": notes}
    with open(f"{H}/gold/{stem}.json", "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")


def check(stem, text, stances, designations):
    """Fail early when a quote is not an exact substring."""
    for it in stances + designations:
        assert it["quote"] in text, (stem, it["quote"])

def refit(text, stances, designations, entities):
    """Let quotes and aliases follow the text's real whitespace (hard line wraps, no-break spaces):
    a quote typed with plain spaces is replaced by the exact substring whose whitespace differs."""
    import re
    def fit(q):
        if q in text:
            return q
        pat = r"\s+".join(re.escape(w) for w in q.split())
        m = re.search(pat, text)
        assert m, ("REFIT", q)
        return m.group(0)
    for it in stances + designations:
        it["quote"] = fit(it["quote"])
    for e in entities + designations:
        e["aliases_in_text"] = [fit(a) for a in e["aliases_in_text"]]

def nbsp(text, words=("of", "the", "in", "to", "on", "and", "a")):
    """Insert U+00A0 after some short words, as scraped pages often carry (cf. seed 004)."""
    import re
    return re.sub(r"\b(%s) (?=\w)" % "|".join(words), lambda m: m.group(1) + "\u00a0", text)

def hardwrap(text, first_words, width=88):
    """Hard-wrap the paragraph starting with first_words at width columns (PDF extraction residue)."""
    import textwrap
    i = text.index(first_words)
    j = text.find("\n\n", i)
    j = len(text) if j < 0 else j
    para = text[i:j]
    return text[:i] + "\n".join(textwrap.wrap(para, width)) + text[j:]
