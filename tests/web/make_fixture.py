"""Write tests/web/fixture.ttl: a small graph in the shape of docs/graph-shape.md.

Run `python tests/web/make_fixture.py` after changing the texts below; the
evidence offsets are computed from the texts, so quotes always match.
One document's text holds `<script>alert(1)</script>` to test escaping.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace
from rdflib.namespace import DCTERMS, SKOS

DG = Namespace("https://w3id.org/diplograph/ontology#")
DGR = Namespace("https://w3id.org/diplograph/id/")
DGT = Namespace("https://w3id.org/diplograph/topic/")
OA = Namespace("http://www.w3.org/ns/oa#")

DOCS = {
    "100_fixture_joint": (
        DG.JointStatement, "Joint Statement of the Second Informal Meeting", "Ministry of Foreign Affairs",
        "2023-04-13",
        "On 13 April 2023, the Foreign Ministers of China, Russia, Pakistan and Iran held the Second "
        "informal Meeting on Afghanistan in Samarkand.\n\n"
        "State Councilor and Foreign Minister Qin Gang chaired the meeting. Minister of Foreign Affairs "
        "Sergey Lavrov attended.\n\n"
        "The Ministers urged the Taliban to form an inclusive government that reflects the interests of "
        "all ethnic groups.\n\n"
        "The Ministers agreed that the Eastern Turkistan Islamic Movement (ETIM) is a terrorist "
        "organization.\n\n"
        "The Ministers expressed concern about the security situation in Afghanistan.",
    ),
    "101_fixture_news": (
        DG.NewsReport, "Ministers meet in Samarkand", "Example News", "2023-04-14",
        "SAMARKAND, 14 April 2023 - Foreign ministers of four neighbours met on 14 April in Samarkand.\n\n"
        "Lavrov called on the Taliban to respect the rights of women and girls.\n\n"
        "A reader comment on the story read <script>alert(1)</script> & was removed.",
    ),
    "102_fixture_dushanbe": (
        DG.Readout, "Wang Yi attends informal meeting in Dushanbe", "Xinhua", "2021-09-17",
        "On 16 September 2021, State Councilor and Foreign Minister Wang Yi and Russian Foreign "
        "Minister Sergey Lavrov met at an informal meeting on Afghanistan in Dushanbe.\n\n"
        "Wang urged the United States to provide humanitarian assistance for Afghanistan.\n\n"
        "China supports an Afghan-led and Afghan-owned process.",
    ),
}


def main(out: Path) -> None:
    g = Graph()
    for p, ns in (("dg", DG), ("dgr", DGR), ("dgt", DGT), ("oa", OA), ("skos", SKOS),
                  ("dcterms", DCTERMS)):
        g.bind(p, ns)

    def label(node, text, *alts):
        g.add((node, SKOS.prefLabel, Literal(text, lang="en")))
        g.add((node, RDFS.label, Literal(text, lang="en")))
        for a in alts:
            g.add((node, SKOS.altLabel, Literal(a)))

    def ev(stem, phrase):
        text = DOCS[stem][4]
        start = text.index(phrase)
        end = start + len(phrase)
        node = DGR[f"evidence/{stem}/{start}-{end}"]
        g.add((node, RDF.type, DG.Evidence))
        g.add((node, RDF.type, OA.TextQuoteSelector))
        g.add((node, DG.document, DGR[f"doc/{stem}"]))
        g.add((node, OA.exact, Literal(phrase)))
        g.add((node, OA.start, Literal(start)))
        g.add((node, OA.end, Literal(end)))
        return node, start, end

    for stem, (kind, title, publisher, date, text) in DOCS.items():
        d = DGR[f"doc/{stem}"]
        g.add((d, RDF.type, DG.Document))
        g.add((d, DG.sourceFile, Literal(stem + ".txt")))
        g.add((d, DG.text, Literal(text)))
        g.add((d, DG.sourceKind, kind))
        g.add((d, DCTERMS.title, Literal(title)))
        g.add((d, DCTERMS.publisher, Literal(publisher)))
        g.add((d, DCTERMS.date, Literal(date, datatype=XSD.date)))

    states = {"china": ("China", "People's Republic of China", "Beijing"),
              "russia": ("Russia", "Russian Federation"),
              "pakistan": ("Pakistan",), "iran": ("Iran",), "united-states": ("United States", "US"),
              "afghanistan": ("Afghanistan",), "uzbekistan": ("Uzbekistan",), "tajikistan": ("Tajikistan",)}
    for slug, names in states.items():
        n = DGR[f"state/{slug}"]
        g.add((n, RDF.type, DG.State))
        g.add((n, RDF.type, DG.Actor))
        label(n, *names)
    persons = {"qin-gang": ("Qin Gang",), "sergey-lavrov": ("Sergey Lavrov", "Sergei Lavrov", "Lavrov"),
               "wang-yi": ("Wang Yi", "Wang")}
    for slug, names in persons.items():
        n = DGR[f"person/{slug}"]
        g.add((n, RDF.type, DG.Person))
        g.add((n, RDF.type, DG.Actor))
        label(n, *names)
    taliban = DGR["org/taliban"]
    for t in (DG.ArmedGroup, DG.Organization, DG.Actor):
        g.add((taliban, RDF.type, t))
    label(taliban, "Taliban", "Afghan Taliban")
    etim = DGR["org/east-turkistan-islamic-movement"]
    for t in (DG.ArmedGroup, DG.Organization, DG.DesignatedOrganization, DG.Actor):
        g.add((etim, RDF.type, t))
    label(etim, "East Turkistan Islamic Movement", "ETIM", "Eastern Turkistan Islamic Movement")

    places = {"samarkand": ("Samarkand", "uzbekistan"), "dushanbe": ("Dushanbe", "tajikistan")}
    for slug, (name, state) in places.items():
        n = DGR[f"place/{slug}"]
        g.add((n, RDF.type, DG.Place))
        label(n, name)
        g.add((n, DG.locatedIn, DGR[f"state/{state}"]))
    series = DGR["series/china-russia-pakistan-iran-informal-meeting-on-afghanistan"]
    g.add((series, RDF.type, DG.MeetingSeries))
    label(series, "China-Russia-Pakistan-Iran informal meeting on Afghanistan")

    for tslug, tname in (("inclusive-government", "inclusive government"), ("women-rights", "women's rights"),
                         ("counter-terrorism", "counter-terrorism"), ("terrorism", "terrorism"),
                         ("humanitarian-aid", "humanitarian aid"), ("sovereignty", "sovereignty"),
                         ("security", "security")):
        t = DGT[tslug]
        g.add((t, RDF.type, SKOS.Concept))
        g.add((t, SKOS.inScheme, DGT.scheme))
        label(t, tname)
    for st in ("Support", "Opposition", "Demand", "Concern", "Reaffirmation", "Appreciation", "Condemnation",
               "Commitment", "Welcome", "OtherStance"):
        g.add((DG[st], RDF.type, DG.StanceType))
        g.add((DG[st], RDFS.label, Literal(st, lang="en")))

    def meeting(local, date, place, ordinal, chair, lbl, ev_node, people):
        m = DGR[f"meeting/{local}"]
        g.add((m, RDF.type, DG.Meeting))
        g.add((m, RDFS.label, Literal(lbl)))
        g.add((m, DG.date, Literal(date, datatype=XSD.date)))
        g.add((m, DG.location, DGR[f"place/{place}"]))
        g.add((m, DG.inSeries, series))
        g.add((m, DG.ordinal, Literal(ordinal)))
        g.add((m, DG.chair, DGR[f"person/{chair}"]))
        g.add((m, DG.evidence, ev_node))
        for state in ("china", "russia", "pakistan", "iran"):
            g.add((m, DG.participant, DGR[f"state/{state}"]))
        for pslug, state, title, (stem, phrase) in people:
            p = DGR[f"participation/{local}/{pslug}"]
            g.add((m, DG.participant, DGR[f"person/{pslug}"]))
            g.add((m, DG.participation, p))
            g.add((p, RDF.type, DG.Participation))
            g.add((p, DG.agent, DGR[f"person/{pslug}"]))
            g.add((p, DG.represents, DGR[f"state/{state}"]))
            g.add((p, DG.title, Literal(title)))
            g.add((p, DG.evidence, ev(stem, phrase)[0]))
        return m

    sam_ev = ev("100_fixture_joint", "On 13 April 2023, the Foreign Ministers of China, Russia, Pakistan and "
                "Iran "
                "held the Second informal Meeting on Afghanistan in Samarkand")[0]
    sam = meeting("2023-04-13-samarkand", "2023-04-13", "samarkand", 2, "qin-gang",
                  "Second informal meeting on Afghanistan (Samarkand, 2023-04-13)", sam_ev,
                  [("qin-gang", "china", "State Councilor and Foreign Minister",
                    ("100_fixture_joint", "State Councilor and Foreign Minister Qin Gang")),
                   ("sergey-lavrov", "russia", "Minister of Foreign Affairs",
                    ("100_fixture_joint", "Minister of Foreign Affairs Sergey Lavrov"))])
    g.add((sam, DG.evidence, ev("101_fixture_news", "Foreign ministers of four neighbours met on 14 April "
                                                    "in Samarkand")[0]))
    dus_ev = ev("102_fixture_dushanbe", "On 16 September 2021, State Councilor and Foreign Minister Wang Yi "
                "and Russian Foreign Minister Sergey Lavrov met at an informal meeting on Afghanistan in "
                "Dushanbe")[0]
    dus = meeting("2021-09-16-dushanbe", "2021-09-16", "dushanbe", 1, "wang-yi",
                  "First informal meeting on Afghanistan (Dushanbe, 2021-09-16)", dus_ev,
                  [("wang-yi", "china", "State Councilor and Foreign Minister",
                    ("102_fixture_dushanbe", "State Councilor and Foreign Minister Wang Yi")),
                   ("sergey-lavrov", "russia", "Foreign Minister",
                    ("102_fixture_dushanbe", "Russian Foreign Minister Sergey Lavrov"))])

    def stance(stem, phrase, holders, stype, addressees, topics, at):
        node, start, end = ev(stem, phrase)
        s = DGR[f"stance/{stem}/{start}-{end}"]
        g.add((s, RDF.type, DG.Stance))
        for h in holders:
            g.add((s, DG.holder, h))
        g.add((s, DG.stanceType, DG[stype]))
        for a in addressees:
            g.add((s, DG.addressee, a))
        for t in topics:
            g.add((s, DG.topic, DGT[t]))
        g.add((s, DG.expressedAt, at))
        g.add((s, DG.evidence, node))

    four = [DGR[f"state/{s}"] for s in ("china", "russia", "pakistan", "iran")]
    stance("100_fixture_joint", "urged the Taliban to form an inclusive government that reflects the "
           "interests "
           "of all ethnic groups", four, "Demand", [taliban], ["inclusive-government"], sam)
    stance("100_fixture_joint", "expressed concern about the security situation in Afghanistan", four,
           "Concern", [], ["security"], sam)
    stance("101_fixture_news", "called on the Taliban to respect the rights of women and girls",
           [DGR["person/sergey-lavrov"]], "Demand", [taliban], ["women-rights"], sam)
    stance("102_fixture_dushanbe",
           "urged the United States to provide humanitarian assistance for Afghanistan",
           [DGR["state/china"]], "Demand", [DGR["state/united-states"]], ["humanitarian-aid"], dus)
    stance("102_fixture_dushanbe", "supports an Afghan-led and Afghan-owned process", [DGR["state/china"]],
           "Support", [], ["sovereignty"], dus)

    des = DGR["designation/100_fixture_joint/east-turkistan-islamic-movement"]
    g.add((des, RDF.type, DG.Designation))
    g.add((des, DG.designee, etim))
    for h in four:
        g.add((des, DG.authority, h))
    g.add((des, DG.designatedAs, DGT.terrorism))
    g.add((des, DG.designatedAt, sam))
    g.add((des, DG.evidence, ev("100_fixture_joint", "the Eastern Turkistan Islamic Movement (ETIM) is a "
                                                     "terrorist organization")[0]))

    for stem, value, phrase in (("100_fixture_joint", "2023-04-13", "On 13 April 2023"),
                                ("101_fixture_news", "2023-04-14", "met on 14 April")):
        c = DGR[f"claim/2023-04-13-samarkand/date/{stem}"]
        g.add((c, RDF.type, DG.Claim))
        g.add((c, DG.about, sam))
        g.add((c, DG.claimedProperty, DG.date))
        g.add((c, DG.claimedValue, Literal(value, datatype=XSD.date)))
        g.add((c, DG.evidence, ev(stem, phrase)[0]))

    out.write_text(
        "# Test fixture for the web pages, written by tests/web/make_fixture.py; edit that, not this.\n"
        + g.serialize(format="turtle"), encoding="utf-8")


if __name__ == "__main__":
    main(Path(__file__).with_name("fixture.ttl"))
