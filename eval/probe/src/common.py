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
