from common import *

# ---------------------------------------------------------------- p46
stem = "p46_app_trilateral_kabul_sixth"
text = """
 date 2025-08-20
Pakistan, China, Afghanistan vow joint fight against terrorism at trilateral dialogue in Kabul

KABUL, Aug 20 (APP): Deputy Prime Minister and Foreign Minister Tariq Mehmood Awan on Wednesday attended the sixth China-Afghanistan-Pakistan Trilateral Foreign Ministers' Dialogue in Kabul, where the three sides agreed to deepen cooperation in security, trade and connectivity.

Chinese Foreign Minister Han Zhiyuan and Acting Foreign Minister of Afghanistan Amanullah Mansoori also attended the dialogue, which was hosted by the Afghan side.

According to a joint statement issued at the conclusion of the dialogue, the three sides reaffirmed their commitment to the Uzbekistan-Afghanistan-Pakistan railway project and agreed to extend the China-Pakistan Economic Corridor (CPEC) to Afghanistan.

The Foreign Ministers vowed not to allow any terrorist individual, group or party, including the East Turkistan Islamic Movement (ETIM), the Tehreek-e-Taliban Pakistan (TTP) and the Balochistan Liberation Army (BLA), to use their territories against any other country.

Speaking at the dialogue, the Deputy Prime Minister expressed deep concern over the continued use of Afghan soil by terrorist groups for attacks inside Pakistan. He noted that the BLA and its so-called Majeed Brigade had recently been designated by the United States as Foreign Terrorist Organizations, and said the international community now recognised the threat Pakistan had long faced.

He urged the Afghan interim authorities to take concrete and verifiable action against the TTP and its sanctuaries.

The Chinese Foreign Minister voiced support for Afghanistan's integration into regional connectivity and said China stood ready to play a constructive role in improving relations between Islamabad and Kabul.

For his part, the Afghan Acting Foreign Minister asked Islamabad to ease visa and transit restrictions on Afghan traders and to halt the forced return of Afghan refugees. He said Afghanistan's territory would not be used against any country.

It was agreed that the seventh round of the trilateral dialogue would be held in Islamabad next year. The fifth round of the dialogue was held in Islamabad on May 6, 2023.

On the sidelines, the Deputy Prime Minister also held a bilateral meeting with the Chinese Foreign Minister and reviewed progress on CPEC projects.
"""
meetings = [
    M("m1", "Sixth China-Afghanistan-Pakistan Trilateral Foreign Ministers' Dialogue (Kabul)", "2025-08-20", "Kabul", "Afghanistan",
      series="China-Afghanistan-Pakistan Trilateral Foreign Ministers' Dialogue", ordinal=6,
      states=["Pakistan", "China", "Afghanistan"],
      parts=[("Tariq Mehmood Awan", "Deputy Prime Minister and Foreign Minister", "Pakistan"),
             ("Han Zhiyuan", "Foreign Minister", "China"),
             ("Amanullah Mansoori", "Acting Foreign Minister of Afghanistan", "Afghanistan")]),
    M("m2", "Fifth China-Afghanistan-Pakistan Trilateral Foreign Ministers' Dialogue (Islamabad)", "2023-05-06", "Islamabad", "Pakistan",
      series="China-Afghanistan-Pakistan Trilateral Foreign Ministers' Dialogue", ordinal=5,
      states=["Pakistan", "China", "Afghanistan"]),
    M("m3", "Awan-Han bilateral meeting on the sidelines of the trilateral dialogue (Kabul)", None, "Kabul", "Afghanistan",
      states=["Pakistan", "China"],
      parts=[("Tariq Mehmood Awan", "Deputy Prime Minister", "Pakistan"), ("Han Zhiyuan", "Chinese Foreign Minister", "China")]),
]
stances = [
    S("meeting:m1", "commit", None, "deepen cooperation in security, trade and connectivity",
      "the three sides agreed to deepen cooperation in security, trade and connectivity"),
    S("meeting:m1", "reaffirm", None, "Uzbekistan-Afghanistan-Pakistan railway",
      "the three sides reaffirmed their commitment to the Uzbekistan-Afghanistan-Pakistan railway project"),
    S("meeting:m1", "commit", None, "extend CPEC to Afghanistan",
      "agreed to extend the China-Pakistan Economic Corridor (CPEC) to Afghanistan"),
    S("meeting:m1", "commit", None, "not allow terrorist groups to use their territories",
      "The Foreign Ministers vowed not to allow any terrorist individual, group or party"),
    S("Tariq Mehmood Awan", "concern", None, "use of Afghan soil by terrorist groups for attacks in Pakistan",
      "expressed deep concern over the continued use of Afghan soil by terrorist groups for attacks inside Pakistan"),
    S("Tariq Mehmood Awan", "urge", "Afghanistan", "verifiable action against TTP and its sanctuaries",
      "He urged the Afghan interim authorities to take concrete and verifiable action against the TTP and its sanctuaries"),
    S("Han Zhiyuan", "support", "Afghanistan", "Afghanistan's integration into regional connectivity",
      "voiced support for Afghanistan's integration into regional connectivity"),
    S("Han Zhiyuan", "commit", None, "constructive role in Pakistan-Afghanistan relations",
      "China stood ready to play a constructive role in improving relations between Islamabad and Kabul"),
    S("Amanullah Mansoori", "urge", "Pakistan", "ease visa and transit restrictions on Afghan traders",
      "asked Islamabad to ease visa and transit restrictions on Afghan traders"),
    S("Amanullah Mansoori", "urge", "Pakistan", "halt forced return of Afghan refugees",
      "to halt the forced return of Afghan refugees"),
    S("Amanullah Mansoori", "commit", None, "Afghan territory not used against any country",
      "He said Afghanistan's territory would not be used against any country"),
]
Q = ("the East Turkistan Islamic Movement (ETIM), the Tehreek-e-Taliban Pakistan (TTP) and the Balochistan Liberation Army (BLA), "
     "to use their territories against any other country")
designations = [
    D("East Turkistan Islamic Movement", ["East Turkistan Islamic Movement", "ETIM"], "meeting:m1", "2025-08-20", Q),
    D("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"], "meeting:m1", "2025-08-20", Q),
    D("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA"], "meeting:m1", "2025-08-20", Q),
    D("Balochistan Liberation Army", ["BLA"], "United States", None,
      "the BLA and its so-called Majeed Brigade had recently been designated by the United States as Foreign Terrorist Organizations"),
    D("Majeed Brigade", ["Majeed Brigade"], "United States", None,
      "the BLA and its so-called Majeed Brigade had recently been designated by the United States as Foreign Terrorist Organizations"),
]
entities = [
    E("Pakistan", "state", "Pakistan", "Islamabad"), E("China", "state"), E("Afghanistan", "state", "Afghanistan", "Afghan side", "Afghan interim authorities"),
    E("United States", "state", "United States"), E("Uzbekistan", "state", "Uzbekistan"),
    E("Tariq Mehmood Awan", "person", "Tariq Mehmood Awan", "Deputy Prime Minister"), E("Han Zhiyuan", "person", "Han Zhiyuan"),
    E("Amanullah Mansoori", "person", "Amanullah Mansoori"),
    E("China-Afghanistan-Pakistan Trilateral Foreign Ministers' Dialogue", "organization", "China-Afghanistan-Pakistan Trilateral Foreign Ministers' Dialogue"),
    E("China-Pakistan Economic Corridor", "organization", "China-Pakistan Economic Corridor", "CPEC"),
    E("East Turkistan Islamic Movement", "armed_group", "East Turkistan Islamic Movement", "ETIM"),
    E("Tehreek-e-Taliban Pakistan", "armed_group", "Tehreek-e-Taliban Pakistan", "TTP"),
    E("Balochistan Liberation Army", "armed_group", "Balochistan Liberation Army", "BLA"),
    E("Majeed Brigade", "armed_group", "Majeed Brigade"),
    E("Associated Press of Pakistan", "organization", "APP"),
    E("Kabul", "place", "KABUL"), E("Islamabad", "place"),
]
notes = ("Invented APP wire. Dateline 'KABUL, Aug 20 (APP)' has no year; the year comes from the page-date token "
         "' date 2025-08-20'; 'on Wednesday' = Aug 20 (a Wednesday). Ordinal 6 in words ('sixth'). Acting FM 'of Afghanistan' -> Afghanistan as a participant "
         "state. 'the three sides' / 'The Foreign Ministers' -> meeting:m1. 'He' (paragraphs 5-6) = Awan; 'He said' in paragraph 8 = Mansoori. "
         "'asked Islamabad to' -> addressee Pakistan (metonymy). 'Afghan interim authorities' treated as Afghanistan (this text never names the "
         "AIG as such; doubtful). Designations: ETIM, TTP, BLA named in the ministers' vow ('any terrorist individual, group or party, "
         "including...') -> authority meeting:m1, date the meeting day; BLA and Majeed Brigade 'designated by the United States as Foreign "
         "Terrorist Organizations' -> authority United States, date not stated ('recently'). BLA thus has two items (two authorities). "
         "m2 = recalled fifth round (Islamabad, May 6, 2023); the seventh round 'would be held in Islamabad next year' is planned (and the "
         "passive 'It was agreed' about it is not annotated as a stance, only a scheduling note). m3 = sidelines bilateral, city Kabul, "
         "date null (not stated separately). Titles for m3 as the sentence gives them.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p47
stem = "p47_mfa_turkiye_azerbaijan_georgia_trilateral"
text = """
REPUBLIC OF TÜRKİYE
MINISTRY OF FOREIGN AFFAIRS

No: 142, 17 June 2025, Press Release Regarding the Eleventh Trilateral Meeting of the Ministers of Foreign Affairs of the Republic of Türkiye, the Republic of Azerbaijan and Georgia

The Eleventh Trilateral Meeting of the Ministers of Foreign Affairs of the Republic of Türkiye, the Republic of Azerbaijan and Georgia was held today in Baku with the participation of our Minister of Foreign Affairs H.E. Kerem Aydınlı, Minister of Foreign Affairs of the Republic of Azerbaijan H.E. Elnur Mammadli and Minister of Foreign Affairs of Georgia H.E. Nino Beridze.

In the Joint Declaration adopted at the end of the meeting, the Ministers:

- Reaffirmed their strong support for the sovereignty, independence and territorial integrity of each other within their internationally recognized borders;

- Welcomed the finalization of the text of the Agreement on the Establishment of Peace and Interstate Relations between Azerbaijan and Armenia, and expressed hope that it would be signed at an early date;

- Underscored the strategic importance of the Baku-Tbilisi-Kars railway and the Middle Corridor for connectivity between Europe and Asia, and agreed to remove remaining bottlenecks along the route;

- Strongly condemned terrorism in all its forms and manifestations, and reiterated their determination to combat terrorist organizations, including PKK, FETÖ and DAESH, which threaten the peace and stability of the region;

- Expressed concern over the protracted conflicts in the region and their impact on regional security.

Recalling the Tenth Trilateral Meeting held in Tbilisi on 21 March 2024, the Ministers noted with satisfaction the progress achieved in energy and transport projects.

At the joint press conference following the meeting, Minister Aydınlı said that Türkiye would continue to support every step towards lasting peace in the South Caucasus. He called on Armenia to seize the historic opportunity and to remove the territorial claims against Azerbaijan from its constitution.

Minister Beridze thanked Azerbaijan for its hospitality and said that Georgia attached great importance to the trilateral format as a platform for regional cooperation.

The Ministers agreed to hold the next trilateral meeting in Türkiye in 2026.
"""
meetings = [
    M("m1", "Eleventh Trilateral Meeting of the Ministers of Foreign Affairs of Türkiye, Azerbaijan and Georgia (Baku)", "2025-06-17", "Baku", "Azerbaijan",
      series="Türkiye-Azerbaijan-Georgia Trilateral Meeting of Foreign Ministers", ordinal=11,
      states=["Turkey", "Azerbaijan", "Georgia"],
      parts=[("Kerem Aydınlı", "Minister of Foreign Affairs", "Turkey"),
             ("Elnur Mammadli", "Minister of Foreign Affairs of the Republic of Azerbaijan", "Azerbaijan"),
             ("Nino Beridze", "Minister of Foreign Affairs of Georgia", "Georgia")]),
    M("m2", "Tenth Trilateral Meeting of the Ministers of Foreign Affairs of Türkiye, Azerbaijan and Georgia (Tbilisi)", "2024-03-21", "Tbilisi", "Georgia",
      series="Türkiye-Azerbaijan-Georgia Trilateral Meeting of Foreign Ministers", ordinal=10,
      states=["Turkey", "Azerbaijan", "Georgia"]),
]
stances = [
    S("meeting:m1", "reaffirm", None, "sovereignty and territorial integrity of each other",
      "Reaffirmed their strong support for the sovereignty, independence and territorial integrity of each other within their internationally recognized borders"),
    S("meeting:m1", "welcome", ["Azerbaijan", "Armenia"], "finalization of the Azerbaijan-Armenia peace agreement text",
      "Welcomed the finalization of the text of the Agreement on the Establishment of Peace and Interstate Relations between Azerbaijan and Armenia"),
    S("meeting:m1", "urge", ["Azerbaijan", "Armenia"], "early signature of the peace agreement",
      "expressed hope that it would be signed at an early date"),
    S("meeting:m1", "support", None, "Baku-Tbilisi-Kars railway and Middle Corridor",
      "Underscored the strategic importance of the Baku-Tbilisi-Kars railway and the Middle Corridor for connectivity between Europe and Asia"),
    S("meeting:m1", "commit", None, "remove bottlenecks along the route",
      "agreed to remove remaining bottlenecks along the route"),
    S("meeting:m1", "condemn", None, "terrorism in all its forms",
      "Strongly condemned terrorism in all its forms and manifestations"),
    S("meeting:m1", "commit", None, "combat terrorist organizations PKK, FETÖ, DAESH",
      "reiterated their determination to combat terrorist organizations, including PKK, FETÖ and DAESH"),
    S("meeting:m1", "concern", None, "protracted conflicts in the region",
      "Expressed concern over the protracted conflicts in the region and their impact on regional security"),
    S("Kerem Aydınlı", "commit", None, "support steps towards peace in the South Caucasus",
      "Türkiye would continue to support every step towards lasting peace in the South Caucasus"),
    S("Kerem Aydınlı", "urge", "Armenia", "remove territorial claims from Armenia's constitution",
      "He called on Armenia to seize the historic opportunity and to remove the territorial claims against Azerbaijan from its constitution"),
    S("Nino Beridze", "appreciate", "Azerbaijan", "hospitality",
      "Minister Beridze thanked Azerbaijan for its hospitality"),
    S("Nino Beridze", "support", None, "trilateral format as platform for regional cooperation",
      "Georgia attached great importance to the trilateral format as a platform for regional cooperation"),
]
Q = "combat terrorist organizations, including PKK, FETÖ and DAESH"
designations = [
    D("Kurdistan Workers' Party", ["PKK"], "meeting:m1", "2025-06-17", Q),
    D("Fethullah Terrorist Organization", ["FETÖ"], "meeting:m1", "2025-06-17", Q),
    D("Islamic State", ["DAESH"], "meeting:m1", "2025-06-17", Q),
]
entities = [
    E("Turkey", "state", "Republic of Türkiye", "Türkiye"), E("Azerbaijan", "state", "Republic of Azerbaijan", "Azerbaijan"),
    E("Georgia", "state", "Georgia"), E("Armenia", "state", "Armenia"),
    E("Kerem Aydınlı", "person", "Kerem Aydınlı", "Aydınlı"), E("Elnur Mammadli", "person", "Elnur Mammadli"),
    E("Nino Beridze", "person", "Nino Beridze", "Beridze"),
    E("Kurdistan Workers' Party", "armed_group", "PKK"), E("Fethullah Terrorist Organization", "armed_group", "FETÖ"),
    E("Islamic State", "armed_group", "DAESH"),
    E("Baku-Tbilisi-Kars railway", "organization", "Baku-Tbilisi-Kars railway"), E("Middle Corridor", "organization", "Middle Corridor"),
    E("Baku", "place"), E("Tbilisi", "place"), E("South Caucasus", "place", "South Caucasus"),
]
notes = ("Invented Turkish MFA press release. 'held today in Baku' + header '17 June 2025'. Ordinal 11 in words ('Eleventh'). Title of the "
         "Turkish minister: 'our Minister of Foreign Affairs' -> 'Minister of Foreign Affairs', state inferred from the issuing ministry "
         "('our'). Bullets under 'the Ministers:' with bare verbs -> meeting:m1. 'Underscored the strategic importance of' typed support "
         "(positive position on the projects). 'expressed hope that it would be signed' typed urge with the two parties as addressees "
         "(doubtful: could be other). Designations: 'terrorist organizations, including PKK, FETÖ and DAESH' in the joint declaration -> "
         "authority meeting:m1 (all three signatories), date the meeting day; canonical names Kurdistan Workers' Party / Fethullah Terrorist "
         "Organization / Islamic State. Aydınlı's press-conference remarks held by him ('He' = Aydınlı). Armenia is mentioned, not a participant. "
         "m2 = recalled tenth meeting (Tbilisi, 21 March 2024). Next meeting 'in Türkiye in 2026' is planned, and its 'agreed to hold' is not "
         "annotated as a stance.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p48
stem = "p48_mofa_japan_us_rok_vientiane"
text = """
Japan-United States-Republic of Korea Foreign Ministers' Meeting

July 27, 2024

On July 27, commencing at 11:20 a.m. (local time; 1:20 p.m. Japan time) for approximately 40 minutes, Ms. Reiko Hanazawa, Minister for Foreign Affairs, held a Japan-U.S.-ROK Foreign Ministers' Meeting with the Honorable Gregory Lindqvist, Secretary of State of the United States, and H.E. Mr. Park Seung-hwan, Minister of Foreign Affairs of the Republic of Korea, during her visit to Vientiane, Lao People's Democratic Republic, to attend the ASEAN-related Foreign Ministers' Meetings. The overview of the meeting is as follows.

1. At the outset, Minister Hanazawa stated that the strategic cooperation among Japan, the U.S. and the ROK has been strengthened to an unprecedented level, and that she would like to further institutionalize it.

2. The three Ministers strongly condemned North Korea's continued launches of ballistic missiles, including those using ballistic missile technology, which violate relevant UN Security Council resolutions. The three Ministers urged North Korea to fully comply with its obligations under the relevant resolutions and to respond to the repeated calls for dialogue.

3. The three Ministers expressed serious concern over the deepening military cooperation between North Korea and Russia, including the transfer of arms and munitions, and confirmed that they would continue to work closely toward the complete denuclearization of North Korea.

4. Minister Hanazawa sought continued understanding and cooperation toward the immediate resolution of the abductions issue, and both Secretary Lindqvist and Minister Park expressed their support.

5. The three Ministers also exchanged views on regional situations. They strongly opposed any unilateral attempts to change the status quo by force or coercion in the East and South China Seas, and reaffirmed the importance of peace and stability across the Taiwan Strait.

6. The three Ministers confirmed that they would coordinate toward holding the next Japan-U.S.-ROK Summit at an early date.

(Reference) Prior to this meeting, on July 26, Minister Hanazawa held a Japan-ROK Foreign Ministers' Meeting with Minister Park.
"""
meetings = [
    M("m1", "Japan-United States-Republic of Korea Foreign Ministers' Meeting (Vientiane)", "2024-07-27", "Vientiane", "Laos",
      states=["Japan", "United States", "South Korea"],
      parts=[("Reiko Hanazawa", "Minister for Foreign Affairs", "Japan"),
             ("Gregory Lindqvist", "Secretary of State of the United States", "United States"),
             ("Park Seung-hwan", "Minister of Foreign Affairs of the Republic of Korea", "South Korea")]),
    M("m2", "Japan-ROK Foreign Ministers' Meeting (July 26)", "2024-07-26", None, None,
      states=["Japan", "South Korea"],
      parts=[("Reiko Hanazawa", "Minister", "Japan"), ("Park Seung-hwan", "Minister", "South Korea")]),
]
stances = [
    S("Reiko Hanazawa", "commit", None, "further institutionalize Japan-US-ROK cooperation",
      "she would like to further institutionalize it"),
    S("meeting:m1", "condemn", "North Korea", "North Korea's ballistic missile launches",
      "The three Ministers strongly condemned North Korea's continued launches of ballistic missiles"),
    S("meeting:m1", "urge", "North Korea", "comply with UNSC resolutions; respond to calls for dialogue",
      "The three Ministers urged North Korea to fully comply with its obligations under the relevant resolutions"),
    S("meeting:m1", "concern", ["North Korea", "Russia"], "North Korea-Russia military cooperation",
      "expressed serious concern over the deepening military cooperation between North Korea and Russia"),
    S("meeting:m1", "commit", None, "complete denuclearization of North Korea",
      "confirmed that they would continue to work closely toward the complete denuclearization of North Korea"),
    S("Reiko Hanazawa", "urge", ["United States", "South Korea"], "cooperation on the abductions issue",
      "Minister Hanazawa sought continued understanding and cooperation toward the immediate resolution of the abductions issue"),
    S(["Gregory Lindqvist", "Park Seung-hwan"], "support", "Japan", "support on the abductions issue",
      "both Secretary Lindqvist and Minister Park expressed their support"),
    S("meeting:m1", "oppose", None, "unilateral attempts to change status quo by force in East and South China Seas",
      "They strongly opposed any unilateral attempts to change the status quo by force or coercion in the East and South China Seas"),
    S("meeting:m1", "reaffirm", None, "peace and stability across the Taiwan Strait",
      "reaffirmed the importance of peace and stability across the Taiwan Strait"),
    S("meeting:m1", "commit", None, "coordinate toward next trilateral summit",
      "confirmed that they would coordinate toward holding the next Japan-U.S.-ROK Summit at an early date"),
]
designations = []
entities = [
    E("Japan", "state"), E("United States", "state", "United States", "U.S."), E("South Korea", "state", "Republic of Korea", "ROK"),
    E("North Korea", "state", "North Korea"), E("Russia", "state"), E("Laos", "state", "Lao People's Democratic Republic"),
    E("Reiko Hanazawa", "person", "Reiko Hanazawa", "Minister Hanazawa"), E("Gregory Lindqvist", "person", "Gregory Lindqvist", "Secretary Lindqvist"),
    E("Park Seung-hwan", "person", "Park Seung-hwan", "Minister Park"),
    E("United Nations Security Council", "igo", "UN Security Council"), E("ASEAN", "igo", "ASEAN"),
    E("Vientiane", "place"), E("Taiwan Strait", "place", "Taiwan Strait"),
]
notes = ("Invented Japanese MOFA overview. 'On July 27' + header date July 27, 2024. City: 'during her visit to Vientiane' -> Vientiane (the "
         "meeting is held during the visit; not said 'in Vientiane' literally). The ASEAN-related Foreign Ministers' Meetings are the occasion, "
         "not reported -> not annotated (a converter adding them would be a false positive, doubtful). 'she' (point 1) = Hanazawa "
         "(first-person wish -> commit, doubtful). 'The three Ministers' / 'They' -> meeting:m1. 'sought continued understanding and "
         "cooperation' -> urge; addressees the other two states (implied by the meeting). 'both Secretary Lindqvist and Minister Park expressed "
         "their support' -> holder both persons. 'confirmed that they would' -> commit. Republic of Korea canonical 'South Korea'. m2 = the "
         "'(Reference)' Japan-ROK meeting on July 26 (city not stated -> null; matchable by date); titles there just 'Minister'. Next summit "
         "is planned. No terrorist organization named -> no designations.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p49
stem = "p49_kemlu_arf_jakarta_30th"
text = """
Kementerian Luar Negeri Republik Indonesia

Foreign Minister Ratna Kusumawardhani Chairs the 30th ASEAN Regional Forum: Dialogue, Not Confrontation

Jakarta, 14 July 2023 - Indonesian Foreign Minister Ratna Kusumawardhani today chaired the 30th ASEAN Regional Forum (ARF) Ministerial Meeting at the Jakarta Convention Center. The meeting was attended by foreign ministers and representatives of the 27 ARF participants, including China, the United States, Russia, Japan and the Republic of Korea.

In her opening remarks, Minister Ratna underscored that the ARF must remain a forum for dialogue, not confrontation. "The region cannot afford another arena of rivalry. We need the ARF to build trust, not to deepen division," she said.

On the South China Sea, the Minister called on all parties to exercise self-restraint and to avoid actions that could escalate tensions. Indonesia pressed for the early conclusion of an effective and substantive Code of Conduct in the South China Sea in accordance with international law, including UNCLOS 1982.

The ARF participants voiced support for ASEAN's efforts to assist Myanmar in finding a peaceful and durable solution, and reaffirmed the Five-Point Consensus as the main reference. They expressed deep concern over the continued violence in Myanmar and its humanitarian consequences, and urged the Myanmar military to cease violence and to allow unhindered humanitarian access.

Several participants also raised concern over the Korean Peninsula. The Minister conveyed that Indonesia stood ready to facilitate dialogue among the parties concerned.

On the sidelines of the ARF, Minister Ratna held a bilateral meeting with the Foreign Minister of Timor-Leste, Joaquim da Costa Ribeiro, to discuss Timor-Leste's roadmap to full ASEAN membership.

The 31st ARF will be hosted by the Lao People's Democratic Republic in 2024.
"""
meetings = [
    M("m1", "30th ASEAN Regional Forum Ministerial Meeting (Jakarta)", "2023-07-14", "Jakarta", "Indonesia",
      series="ASEAN Regional Forum", ordinal=30, chair="Ratna Kusumawardhani",
      states=["Indonesia", "China", "United States", "Russia", "Japan", "South Korea"], orgs=["ASEAN Regional Forum"],
      parts=[("Ratna Kusumawardhani", "Foreign Minister", "Indonesia")]),
    M("m2", "Indonesia-Timor-Leste bilateral meeting on the sidelines of the 30th ARF (Jakarta)", None, "Jakarta", "Indonesia",
      states=["Indonesia", "Timor-Leste"],
      parts=[("Ratna Kusumawardhani", "Minister", "Indonesia"),
             ("Joaquim da Costa Ribeiro", "Foreign Minister of Timor-Leste", "Timor-Leste")]),
]
stances = [
    S("Ratna Kusumawardhani", "other", "ASEAN Regional Forum", "ARF as forum for dialogue, not confrontation",
      "underscored that the ARF must remain a forum for dialogue, not confrontation"),
    S("Ratna Kusumawardhani", "urge", None, "South China Sea: self-restraint, avoid escalation",
      "the Minister called on all parties to exercise self-restraint and to avoid actions that could escalate tensions"),
    S(["Indonesia"], "urge", None, "early conclusion of Code of Conduct in the South China Sea",
      "Indonesia pressed for the early conclusion of an effective and substantive Code of Conduct in the South China Sea"),
    S(["ASEAN Regional Forum"], "support", "ASEAN", "ASEAN's efforts on Myanmar",
      "The ARF participants voiced support for ASEAN's efforts to assist Myanmar in finding a peaceful and durable solution"),
    S(["ASEAN Regional Forum"], "reaffirm", None, "Five-Point Consensus",
      "reaffirmed the Five-Point Consensus as the main reference"),
    S(["ASEAN Regional Forum"], "concern", None, "violence in Myanmar and humanitarian consequences",
      "They expressed deep concern over the continued violence in Myanmar and its humanitarian consequences"),
    S(["ASEAN Regional Forum"], "urge", "Myanmar military", "cease violence; humanitarian access",
      "urged the Myanmar military to cease violence and to allow unhindered humanitarian access"),
    S(None, "concern", None, "Korean Peninsula",
      "Several participants also raised concern over the Korean Peninsula"),
    S(["Indonesia"], "commit", None, "facilitate dialogue on the Korean Peninsula",
      "Indonesia stood ready to facilitate dialogue among the parties concerned"),
]
designations = []
entities = [
    E("Indonesia", "state", "Indonesia"), E("China", "state"), E("United States", "state", "United States"), E("Russia", "state"),
    E("Japan", "state"), E("South Korea", "state", "Republic of Korea"), E("Myanmar", "state"), E("Timor-Leste", "state"),
    E("Laos", "state", "Lao People's Democratic Republic"),
    E("ASEAN Regional Forum", "igo", "ASEAN Regional Forum", "ARF", "ARF participants"), E("ASEAN", "igo", "ASEAN"),
    E("Myanmar military", "armed_group", "Myanmar military"),
    E("Kementerian Luar Negeri Republik Indonesia", "government", "Kementerian Luar Negeri Republik Indonesia"),
    E("Ratna Kusumawardhani", "person", "Ratna Kusumawardhani", "Minister Ratna"),
    E("Joaquim da Costa Ribeiro", "person", "Joaquim da Costa Ribeiro"),
    E("Jakarta", "place"), E("South China Sea", "place", "South China Sea"), E("Korean Peninsula", "place", "Korean Peninsula"),
]
notes = ("Invented Indonesian MOFA (Kemlu) release. 'Jakarta, 14 July 2023' + 'today'; venue Jakarta Convention Center -> Jakarta. "
         "Ordinal 30. Chair Ratna. participant_states = Indonesia (chair) + the five named among '27 ARF participants' (the rest unnamed); "
         "collective positions of 'The ARF participants' / 'They' are held by the body (ASEAN Regional Forum), following the probe2 "
         "convention for a body whose members are mostly unnamed. Quote attributed after the words ('she said') -> Ratna; that quote is "
         "restating the 'underscored' position, annotated once. 'underscored that' typed other (a statement of principle). 'called on all "
         "parties' -> addressee null (no named party). 'Indonesia pressed for' -> urge, holder Indonesia. 'Several participants ... raised "
         "concern' -> holder null (unnamed). 'The Minister conveyed that Indonesia stood ready to' -> commit, holder Indonesia (the clause's "
         "subject; the scorer accepts only the state here - doubtful, Ratna equally defensible). m2 = sidelines bilateral (city inherited, "
         "date null). 31st ARF in Laos is planned. No designations.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p50
stem = "p50_reuters_saudi_iran_china_riyadh"
text = """
Saudi Arabia, Iran and China hold trilateral talks in Riyadh, back Gaza ceasefire

By Reuters
December 19, 2024 4:12 PM GMT+4 Updated

DUBAI, Dec 19 (Reuters) - Senior diplomats from Saudi Arabia, Iran and China met in Riyadh on Thursday for the second meeting of a trilateral committee set up to follow up on the Beijing-brokered deal that restored ties between the two Gulf rivals, the Saudi foreign ministry said.

The Saudi delegation was led by Deputy Foreign Minister Majed Al-Shammari, Iran's by Deputy Foreign Minister Mehdi Safarzadeh and China's by Vice Foreign Minister Sun Haoran.

In a joint statement, the three countries welcomed the continued improvement in relations between Riyadh and Tehran and called for an immediate halt to Israeli aggression in Gaza and Lebanon. They also condemned Israeli strikes on Syrian territory.

Saudi Arabia and Iran reaffirmed their commitment to implementing the Beijing Agreement in full, including respect for the sovereignty of states and non-interference in their internal affairs, according to the statement.

China expressed its readiness to continue supporting and encouraging steps taken by Saudi Arabia and Iran to develop their relations, the statement said.

The three sides also discussed Yemen, where Saudi Arabia has been holding talks with the Iran-aligned Houthis on a roadmap to end the war. Washington blacklisted the Houthis as a Specially Designated Global Terrorist entity in February over their attacks on Red Sea shipping.

Iran's Safarzadeh told state media that Tehran opposed "any foreign military presence" in the waters of the Gulf.

The committee's first meeting was held in Beijing a year ago. The next meeting is to be held in Tehran in 2025.

Saudi Arabia and Iran, long at odds over regional conflicts from Yemen to Syria, agreed in March 2023 to restore diplomatic relations in a deal brokered by China.

(Reporting by Samir Haddadi and Leila Vahidi; Editing by Mark Fenwick)
"""
meetings = [
    M("m1", "Second meeting of the China-Saudi Arabia-Iran trilateral joint committee (Riyadh)", "2024-12-19", "Riyadh", "Saudi Arabia",
      series="China-Saudi Arabia-Iran Trilateral Joint Committee", ordinal=2, states=["Saudi Arabia", "Iran", "China"],
      parts=[("Majed Al-Shammari", "Deputy Foreign Minister", "Saudi Arabia"),
             ("Mehdi Safarzadeh", "Deputy Foreign Minister", "Iran"),
             ("Sun Haoran", "Vice Foreign Minister", "China")]),
    M("m2", "First meeting of the China-Saudi Arabia-Iran trilateral joint committee (Beijing)", None, "Beijing", "China",
      series="China-Saudi Arabia-Iran Trilateral Joint Committee", ordinal=1, states=["Saudi Arabia", "Iran", "China"]),
]
stances = [
    S("meeting:m1", "welcome", ["Saudi Arabia", "Iran"], "improvement in Saudi-Iranian relations",
      "the three countries welcomed the continued improvement in relations between Riyadh and Tehran"),
    S("meeting:m1", "urge", "Israel", "immediate halt to Israeli aggression in Gaza and Lebanon",
      "called for an immediate halt to Israeli aggression in Gaza and Lebanon"),
    S("meeting:m1", "condemn", "Israel", "Israeli strikes on Syria",
      "They also condemned Israeli strikes on Syrian territory"),
    S(["Saudi Arabia", "Iran"], "reaffirm", None, "implement the Beijing Agreement",
      "Saudi Arabia and Iran reaffirmed their commitment to implementing the Beijing Agreement in full"),
    S(["China"], "commit", ["Saudi Arabia", "Iran"], "support Saudi-Iranian rapprochement",
      "China expressed its readiness to continue supporting and encouraging steps taken by Saudi Arabia and Iran to develop their relations"),
    S("Mehdi Safarzadeh", "oppose", None, "foreign military presence in the Gulf",
      "Tehran opposed \"any foreign military presence\" in the waters of the Gulf"),
]
designations = [
    D("Houthis", ["Houthis"], "United States", None,
      "Washington blacklisted the Houthis as a Specially Designated Global Terrorist entity in February"),
]
entities = [
    E("Saudi Arabia", "state", "Saudi Arabia", "Riyadh"), E("Iran", "state", "Iran", "Tehran"), E("China", "state", "China"),
    E("Israel", "state", "Israeli"), E("United States", "state", "Washington"), E("Yemen", "state"), E("Syria", "state", "Syrian"),
    E("Lebanon", "state"),
    E("Houthis", "armed_group", "Houthis"),
    E("Majed Al-Shammari", "person", "Majed Al-Shammari"), E("Mehdi Safarzadeh", "person", "Mehdi Safarzadeh", "Safarzadeh"),
    E("Sun Haoran", "person", "Sun Haoran"),
    E("Reuters", "organization", "Reuters"),
    E("China-Saudi Arabia-Iran Trilateral Joint Committee", "organization", "trilateral committee"),
    E("Riyadh", "place"), E("Beijing", "place"), E("Dubai", "place", "DUBAI"), E("Gaza", "place"),
]
notes = ("Invented Reuters wire (credit line invented). Dateline 'DUBAI, Dec 19' is the filing place, NOT the venue (Riyadh). 'on Thursday' = Dec 19, year from "
         "the byline timestamp. Ordinal 2 ('the second meeting of a trilateral committee'). Reporter names in the credit line are real-sounding "
         "bylines, not entities. 'Riyadh and Tehran' in the welcome = the two states (metonymy), not cities. 'the three countries' / 'They' -> "
         "meeting:m1; 'Saudi Arabia and Iran reaffirmed' -> holder both; 'China expressed its readiness' -> commit, holder China. "
         "Safarzadeh 'told state media that Tehran opposed' -> holder Safarzadeh (his state via 'Tehran' acceptable beside him). "
         "Designation: 'Washington blacklisted the Houthis as a Specially Designated Global Terrorist entity in February' -> authority "
         "United States; the year is not stated for 'February' (2024 from context) -> date null. The Houthis are otherwise a party to talks. "
         "m2 = the first committee meeting 'in Beijing a year ago' (no day -> date null). The Tehran meeting in 2025 is planned. The March 2023 "
         "agreement (Beijing) is background, not annotated as a meeting (no place of meeting stated as such, no day).")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)
