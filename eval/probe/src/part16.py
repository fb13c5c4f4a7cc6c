from common import *

# ---------------------------------------------------------------- p56
stem = "p56_eu_central_asia_ministerial_brussels"
text = """
Council of the European Union
Press release
21 October 2024

Joint Communiqué: 20th EU-Central Asia Ministerial Meeting

1. The Foreign Ministers of the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of Tajikistan, Turkmenistan and the Republic of Uzbekistan and the High Representative of the European Union for Foreign Affairs and Security Policy/Vice-President of the European Commission met in Brussels on 21 October 2024 for the 20th EU-Central Asia Ministerial Meeting. The meeting was co-chaired by High Representative Elena Marquardt and Minister of Foreign Affairs of the Kyrgyz Republic Almazbek Sydykov.

2. The Participants reaffirmed their commitment to the principles of the UN Charter, including respect for the independence, sovereignty and territorial integrity of all states.

3. The Participants welcomed the growing EU investment in the region under the Global Gateway strategy, including in critical raw materials, renewable energy and digital connectivity. They voiced support for the development of the Trans-Caspian Transport Corridor, following the recommendations of the study presented at the Investors Forum in Brussels in January 2024.

4. The Participants underscored the importance of regional cooperation on the sustainable management of water resources and agreed to step up joint efforts to address the consequences of climate change, including the drying of the Aral Sea.

5. The Central Asian countries committed to continue cooperating with the EU to prevent the circumvention of EU sanctions against Russia through their territories.

6. The Participants expressed concern over the humanitarian situation in Afghanistan and called on the Taliban to reverse the restrictions on women and girls, including on their access to education and employment. They agreed to continue coordination on security risks emanating from Afghanistan, including terrorism and drug trafficking.

7. The Participants recalled the results of the 19th EU-Central Asia Ministerial Meeting held in Luxembourg on 23 October 2023 and looked forward to the first EU-Central Asia Summit, to be held in Samarkand in 2025.

8. The Ministers of Central Asia thanked the EU for hosting the meeting.
"""
C5 = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]
meetings = [
    M("m1", "20th EU-Central Asia Ministerial Meeting (Brussels)", "2024-10-21", "Brussels", "Belgium",
      series="EU-Central Asia Ministerial Meeting", ordinal=20, states=C5, orgs=["European Union"],
      parts=[("Elena Marquardt", "High Representative", "European Union"),
             ("Almazbek Sydykov", "Minister of Foreign Affairs of the Kyrgyz Republic", "Kyrgyzstan")]),
    M("m2", "19th EU-Central Asia Ministerial Meeting (Luxembourg)", "2023-10-23", "Luxembourg", "Luxembourg",
      series="EU-Central Asia Ministerial Meeting", ordinal=19),
]
stances = [
    S("meeting:m1", "reaffirm", None, "UN Charter principles; sovereignty and territorial integrity of all states",
      "The Participants reaffirmed their commitment to the principles of the UN Charter, including respect for the independence, sovereignty and territorial integrity of all states"),
    S("meeting:m1", "welcome", "European Union", "EU Global Gateway investment",
      "The Participants welcomed the growing EU investment in the region under the Global Gateway strategy"),
    S("meeting:m1", "support", None, "Trans-Caspian Transport Corridor",
      "They voiced support for the development of the Trans-Caspian Transport Corridor"),
    S("meeting:m1", "support", None, "regional water cooperation",
      "The Participants underscored the importance of regional cooperation on the sustainable management of water resources"),
    S("meeting:m1", "commit", None, "joint efforts on climate change incl. Aral Sea",
      "agreed to step up joint efforts to address the consequences of climate change, including the drying of the Aral Sea"),
    S(C5, "commit", "European Union", "prevent circumvention of EU sanctions against Russia",
      "The Central Asian countries committed to continue cooperating with the EU to prevent the circumvention of EU sanctions against Russia through their territories"),
    S("meeting:m1", "concern", None, "humanitarian situation in Afghanistan",
      "The Participants expressed concern over the humanitarian situation in Afghanistan"),
    S("meeting:m1", "urge", "Taliban", "reverse restrictions on women and girls",
      "called on the Taliban to reverse the restrictions on women and girls"),
    S("meeting:m1", "commit", None, "coordination on security risks from Afghanistan",
      "They agreed to continue coordination on security risks emanating from Afghanistan, including terrorism and drug trafficking"),
    S(C5, "appreciate", "European Union", "EU hosting the meeting",
      "The Ministers of Central Asia thanked the EU for hosting the meeting"),
]
designations = []
entities = [
    E("Kazakhstan", "state", "Republic of Kazakhstan"), E("Kyrgyzstan", "state", "Kyrgyz Republic"),
    E("Tajikistan", "state", "Republic of Tajikistan"), E("Turkmenistan", "state", "Turkmenistan"),
    E("Uzbekistan", "state", "Republic of Uzbekistan"), E("Russia", "state", "Russia"), E("Afghanistan", "state"),
    E("European Union", "igo", "European Union", "EU"), E("Council of the European Union", "igo", "Council of the European Union"),
    E("Taliban", "armed_group", "Taliban"), E("United Nations", "igo", "UN"),
    E("Global Gateway", "organization", "Global Gateway"), E("Trans-Caspian Transport Corridor", "organization", "Trans-Caspian Transport Corridor"),
    E("Elena Marquardt", "person", "Elena Marquardt"), E("Almazbek Sydykov", "person", "Almazbek Sydykov"),
    E("Brussels", "place"), E("Luxembourg", "place"), E("Samarkand", "place"), E("Aral Sea", "place", "Aral Sea"),
]
notes = ("Invented EU joint communiqué. Date and city stated ('met in Brussels on 21 October 2024'). Ordinal 20. CO-CHAIRED -> chair null. "
         "participant_states = the five Central Asian states (long-form names); the EU as participant_org. 'The Participants' / 'They' -> "
         "meeting:m1 (which the scorer expands to the five states; the EU is a co-signatory not captured by meeting:m1 - a known limit of the "
         "convention). 'The Central Asian countries committed' and 'The Ministers of Central Asia thanked' -> explicit list of the five "
         "(the EU is not a holder there). 'underscored the importance of' -> support. The first meeting's co-chair represents Kyrgyzstan; "
         "the High Representative's title as given ('High Representative'). The Investors Forum in Brussels (January 2024, no day) is a "
         "mentioned event, not annotated. m2 = recalled 19th meeting in LUXEMBOURG (city and state share a name; city 'Luxembourg'). "
         "The Samarkand summit 'to be held' in 2025 is planned. 'terrorism and drug trafficking' generic -> no designations.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p57
stem = "p57_ap_venezuela_guyana_brasilia"
text = """
Venezuela and Guyana agree to keep talking over disputed Essequibo region at Brazil-hosted meeting

BRASILIA, Brazil (AP) - Top diplomats from Venezuela and Guyana met Thursday in Brazil's capital for the first meeting of a joint commission created to ease tensions over the oil-rich Essequibo region, and agreed to meet again, officials said.

Updated 6:12 PM UTC, January 25, 2024

Venezuelan Foreign Minister Rafael Eduardo Marcano and Guyana's Foreign Minister Desmond Ramcharan held more than four hours of talks at the Itamaraty Palace, the seat of Brazil's Foreign Ministry, with Brazilian Foreign Minister Celso Andrade Pinheiro acting as host. Representatives of the Community of Latin American and Caribbean States and of the Caribbean Community attended as observers.

In a joint communique read out after the meeting, the two sides reaffirmed their commitment to the Joint Declaration of Argyle for Dialogue and Peace, signed by the countries' presidents in Argyle, St. Vincent and the Grenadines, on Dec. 14. It was agreed that the commission would meet again in Guyana on a date to be set through diplomatic channels.

"Guyana will not cede a single inch of Essequibo," Ramcharan told reporters after the meeting, adding that his country would continue to rely on the International Court of Justice to settle the border controversy.

Marcano, for his part, insisted that Venezuela did not recognize the jurisdiction of the court in The Hague and called on Guyana to halt oil concessions in "waters yet to be delimited."

Pinheiro said Brazil supported a peaceful solution to the controversy through dialogue and respect for international law, and warned that "South America must remain a zone of peace." Brazil had reinforced its troop presence on its northern border after Venezuela held a referendum in December claiming the territory.

The United States, which has held joint military exercises with Guyana, called the talks a positive step.

Guyana has argued that the boundary was settled by an international arbitration panel in 1899. Venezuela maintains that the region was stolen from it.
"""
meetings = [
    M("m1", "First meeting of the Guyana-Venezuela Joint Commission (Brasilia)", "2024-01-25", "Brasilia", "Brazil",
      series="Guyana-Venezuela Joint Commission", ordinal=1, states=["Venezuela", "Guyana", "Brazil"],
      orgs=["Community of Latin American and Caribbean States", "Caribbean Community"],
      parts=[("Rafael Eduardo Marcano", "Foreign Minister", "Venezuela"),
             ("Desmond Ramcharan", "Foreign Minister", "Guyana"),
             ("Celso Andrade Pinheiro", "Foreign Minister", "Brazil")]),
    M("m2", "Argyle meeting of the presidents of Guyana and Venezuela", None, "Argyle", "Saint Vincent and the Grenadines",
      states=["Venezuela", "Guyana"]),
]
stances = [
    S(["Venezuela", "Guyana"], "commit", None, "meet again",
      "and agreed to meet again, officials said"),
    S(["Venezuela", "Guyana"], "reaffirm", None, "Joint Declaration of Argyle for Dialogue and Peace",
      "the two sides reaffirmed their commitment to the Joint Declaration of Argyle for Dialogue and Peace"),
    S("Desmond Ramcharan", "oppose", "Venezuela", "no cession of Essequibo",
      "Guyana will not cede a single inch of Essequibo"),
    S("Desmond Ramcharan", "support", "International Court of Justice", "rely on ICJ to settle the controversy",
      "his country would continue to rely on the International Court of Justice to settle the border controversy"),
    S("Rafael Eduardo Marcano", "oppose", "International Court of Justice", "non-recognition of ICJ jurisdiction",
      "Venezuela did not recognize the jurisdiction of the court in The Hague"),
    S("Rafael Eduardo Marcano", "urge", "Guyana", "halt oil concessions in undelimited waters",
      "called on Guyana to halt oil concessions in \"waters yet to be delimited.\""),
    S("Celso Andrade Pinheiro", "support", None, "peaceful solution through dialogue and international law",
      "Brazil supported a peaceful solution to the controversy through dialogue and respect for international law"),
    S("Celso Andrade Pinheiro", "other", None, "South America a zone of peace",
      "South America must remain a zone of peace"),
    S(["United States"], "welcome", None, "talks a positive step",
      "called the talks a positive step"),
]
designations = []
entities = [
    E("Venezuela", "state", "Venezuela", "Venezuelan"), E("Guyana", "state", "Guyana"), E("Brazil", "state", "Brazil", "Brazilian"),
    E("Saint Vincent and the Grenadines", "state", "St. Vincent and the Grenadines"), E("United States", "state", "United States"),
    E("Community of Latin American and Caribbean States", "igo", "Community of Latin American and Caribbean States"),
    E("Caribbean Community", "igo", "Caribbean Community"),
    E("International Court of Justice", "igo", "International Court of Justice", "court in The Hague"),
    E("Guyana-Venezuela Joint Commission", "organization", "joint commission"),
    E("Associated Press", "organization", "AP"),
    E("Rafael Eduardo Marcano", "person", "Rafael Eduardo Marcano", "Marcano"),
    E("Desmond Ramcharan", "person", "Desmond Ramcharan", "Ramcharan"),
    E("Celso Andrade Pinheiro", "person", "Celso Andrade Pinheiro", "Pinheiro"),
    E("Brasilia", "place", "BRASILIA"), E("Argyle", "place"), E("Essequibo", "place", "Essequibo"), E("The Hague", "place", "The Hague"),
]
notes = ("Invented AP report. Dateline 'BRASILIA, Brazil (AP)' with a timestamp line ('Updated ... January 25, 2024') placed after the "
         "lede; 'met Thursday' = 2024-01-25. Venue: 'Brazil's capital' / Itamaraty Palace -> Brasilia. Ordinal 1 ('the first meeting of a "
         "joint commission'). Brazil hosted (participant state, not chair); CELAC and CARICOM as observer orgs. 'the two sides' and the "
         "passive 'It was agreed that the commission would meet again' -> explicit holder [Venezuela, Guyana] (Brazil is host, not party; "
         "meeting:m1 would include Brazil). The agreement to meet again is annotated once, from the lede (the later passive sentence restates "
         "it and is a planned meeting). Ramcharan's quote is attributed after the words; 'will not cede' typed oppose (doubtful: other). "
         "'court in The Hague' = ICJ. 'warned that \"South America must remain a zone of peace\"' typed other. The US 'called the talks a "
         "positive step' -> welcome. m2 = the recalled Argyle meeting of the presidents 'on Dec. 14' (year not stated -> date null; city "
         "Argyle); presidents unnamed. The December referendum is not a meeting. No designations.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p58
stem = "p58_thai_mfa_briefing_myanmar_consultation"
text = """
Transcript: Weekly Press Briefing by the Spokesperson of the Ministry of Foreign Affairs of Thailand
Friday, 20 December 2024, Saranrom Palace, Bangkok

Spokesperson Kanokwan Suriyaporn: Good afternoon. I would like to begin with the informal consultation on Myanmar that Thailand hosted yesterday here in Bangkok.

The Minister of Foreign Affairs, Mr. Prasert Wongsakul, chaired the consultation, which was attended by the Foreign Ministers of Myanmar and Lao PDR, the Vice Foreign Minister of China, Mr. Zhou Haibin, the Foreign Secretary of India, and the Foreign Adviser of Bangladesh.

The participants expressed concern over the impact of the conflict in Myanmar on neighbouring countries, in particular transnational crime such as online scam centres and human trafficking along the borders. They agreed to establish a joint task force to combat these crimes.

The Minister reaffirmed that Thailand supports the ASEAN Five-Point Consensus as the main reference for addressing the situation in Myanmar. Thailand stands ready to facilitate humanitarian assistance through the Thai-Myanmar border.

The Myanmar Foreign Minister, U Tin Maung Oo, briefed the meeting on the preparations for the general election planned for 2025.

Question (Reuters): The National Unity Government has called on ASEAN to designate the Myanmar military a terrorist organisation. Does Thailand have a position?

Spokesperson: Thailand is not in a position to comment on such calls. Our focus is on practical cooperation to bring peace and to reduce the suffering of the people. We urge all parties in Myanmar to cease violence and to engage in inclusive dialogue.

Question (Thai PBS): The NUG itself is outlawed by the military. Was it invited?

Spokesperson: No. As you know, the military authorities outlawed the National Unity Government and the People's Defence Force as terrorist groups in 2021. The consultation was among governments of neighbouring countries.

Question: Will there be a follow-up meeting?

Spokesperson: The participants agreed in principle to meet again. Thailand will brief the ASEAN Foreign Ministers' Retreat next month.
"""
Q = "the military authorities outlawed the National Unity Government and the People's Defence Force as terrorist groups in 2021"
meetings = [
    M("m1", "Informal consultation on Myanmar among neighbouring countries (Bangkok)", "2024-12-19", "Bangkok", "Thailand",
      chair="Prasert Wongsakul", states=["Thailand", "Myanmar", "Laos", "China", "India", "Bangladesh"],
      parts=[("Prasert Wongsakul", "Minister of Foreign Affairs", "Thailand"),
             ("Zhou Haibin", "Vice Foreign Minister of China", "China"),
             ("Tin Maung Oo", "Myanmar Foreign Minister", "Myanmar")]),
]
stances = [
    S("meeting:m1", "concern", None, "impact of Myanmar conflict; transnational crime, scam centres",
      "The participants expressed concern over the impact of the conflict in Myanmar on neighbouring countries"),
    S("meeting:m1", "commit", None, "joint task force on transnational crime",
      "They agreed to establish a joint task force to combat these crimes"),
    S("Prasert Wongsakul", "support", "ASEAN", "ASEAN Five-Point Consensus",
      "The Minister reaffirmed that Thailand supports the ASEAN Five-Point Consensus as the main reference"),
    S(["Thailand"], "commit", "Myanmar", "facilitate humanitarian assistance via border",
      "Thailand stands ready to facilitate humanitarian assistance through the Thai-Myanmar border"),
    S(["National Unity Government"], "urge", "ASEAN", "designate the Myanmar military a terrorist organisation",
      "The National Unity Government has called on ASEAN to designate the Myanmar military a terrorist organisation"),
    S("Kanokwan Suriyaporn", "urge", None, "cease violence and inclusive dialogue in Myanmar",
      "We urge all parties in Myanmar to cease violence and to engage in inclusive dialogue"),
    S("meeting:m1", "commit", None, "meet again",
      "The participants agreed in principle to meet again"),
]
designations = [
    D("National Unity Government", ["National Unity Government"], "Myanmar military", "2021", Q),
    D("People's Defence Force", ["People's Defence Force"], "Myanmar military", "2021", Q),
]
entities = [
    E("Thailand", "state", "Thailand"), E("Myanmar", "state", "Myanmar"), E("Laos", "state", "Lao PDR"),
    E("China", "state"), E("India", "state"), E("Bangladesh", "state"),
    E("ASEAN", "igo", "ASEAN"),
    E("National Unity Government", "government", "National Unity Government", "NUG"),
    E("People's Defence Force", "armed_group", "People's Defence Force"),
    E("Myanmar military", "armed_group", "Myanmar military", "military authorities"),
    E("Reuters", "organization", "Reuters"), E("Thai PBS", "organization", "Thai PBS"),
    E("Kanokwan Suriyaporn", "person", "Kanokwan Suriyaporn", "Spokesperson"),
    E("Prasert Wongsakul", "person", "Prasert Wongsakul"), E("Zhou Haibin", "person", "Zhou Haibin"),
    E("Tin Maung Oo", "person", "U Tin Maung Oo"),
    E("Bangkok", "place"),
]
notes = ("Invented press-briefing transcript (Thai MFA). Briefing date Friday 20 December 2024; 'yesterday here in Bangkok' -> "
         "2024-12-19, Bangkok. No ordinal. Six states: Thailand (chair) plus five named by their officials' titles (India's Foreign "
         "Secretary and Bangladesh's Foreign Adviser unnamed -> no participant rows). 'U' is an honorific (alias only). The spokesperson "
         "reports the meeting: 'The participants' / 'They' -> meeting:m1; 'The Minister reaffirmed that Thailand supports' -> support held "
         "by the minister; 'Thailand stands ready' -> commit held by Thailand. The spokesperson's own 'We urge all parties' -> holder the "
         "spokesperson (speaking for Thailand), addressee null. The NUG's call on ASEAN to designate the military is a CALL -> stance only, "
         "no designation (from the reporter's question; holder NUG). Designations: the military 'outlawed the National Unity Government and "
         "the People's Defence Force as terrorist groups in 2021' -> authority the Myanmar military (the de facto authority; doubtful: "
         "'Myanmar' is defensible), date 2021. 'agreed in principle to meet again' is a commitment; the follow-up meeting and the ASEAN "
         "Retreat 'next month' are planned -> not meetings. Reporters' outlets are not participants.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p59
stem = "p59_anadolu_libya_neighbours_algiers"
text = """
 date 2025-10-07
Libya's neighbors call for withdrawal of all foreign forces, mercenaries

Foreign ministers of countries bordering Libya rejected foreign interference and backed UN-led roadmap at Algiers meeting

Yusuf Karaca  |07.10.2025 - Update : 07.10.2025

ISTANBUL

Foreign ministers of Libya's neighboring countries on Monday called for the withdrawal of all foreign forces, foreign fighters and mercenaries from Libya "without delay," according to a final statement.

The meeting, held in the Algerian capital Algiers, brought together the foreign ministers of Algeria, Egypt, Tunisia, Sudan, Chad and Niger, as well as Libya's Government of National Unity Foreign Minister Fathi Ben Omran.

It was chaired by Algerian Foreign Minister Karim Benslimane, who said in his opening speech that "the solution in Libya can only be Libyan." He urged the rival Libyan institutions to agree on a constitutional basis for presidential and parliamentary elections.

In the final statement, the participants rejected all forms of foreign interference in Libya's internal affairs and expressed support for the roadmap presented by the UN Support Mission in Libya (UNSMIL) to the Security Council in August.

The ministers also expressed deep concern over the spillover of the conflict in Sudan into southern Libya and the movement of armed groups across the region's porous borders.

Ben Omran thanked the neighboring countries for their solidarity and asked them to support the unification of the Libyan military institution.

The statement did not name any foreign actor. Russia's Wagner Group, which the UK proscribed as a terrorist organization in 2023, has deployed fighters in eastern and southern Libya in support of the eastern-based Libyan National Army, according to UN experts. Türkiye has military advisers in Libya under an agreement with the Tripoli-based government.

The participants agreed to hold their next meeting in Cairo in the first half of 2026.

Libya has been torn by conflict since the 2011 uprising that ended four decades of one-man rule.
"""
N = ["Algeria", "Egypt", "Tunisia", "Sudan", "Chad", "Niger", "Libya"]
meetings = [
    M("m1", "Ministerial meeting of Libya's neighbouring countries (Algiers)", "2025-10-06", "Algiers", "Algeria",
      series="Ministerial Meeting of Libya's Neighbouring Countries", chair="Karim Benslimane", states=N,
      parts=[("Karim Benslimane", "Algerian Foreign Minister", "Algeria"),
             ("Fathi Ben Omran", "Government of National Unity Foreign Minister", "Libya")]),
]
stances = [
    S("meeting:m1", "urge", None, "withdrawal of all foreign forces and mercenaries from Libya",
      "called for the withdrawal of all foreign forces, foreign fighters and mercenaries from Libya \"without delay,\""),
    S("Karim Benslimane", "other", None, "solution in Libya can only be Libyan",
      "the solution in Libya can only be Libyan"),
    S("Karim Benslimane", "urge", None, "agree on constitutional basis for elections",
      "He urged the rival Libyan institutions to agree on a constitutional basis for presidential and parliamentary elections"),
    S("meeting:m1", "oppose", None, "foreign interference in Libya",
      "the participants rejected all forms of foreign interference in Libya's internal affairs"),
    S("meeting:m1", "support", "United Nations Support Mission in Libya", "UNSMIL roadmap",
      "expressed support for the roadmap presented by the UN Support Mission in Libya (UNSMIL) to the Security Council in August"),
    S("meeting:m1", "concern", None, "spillover of Sudan conflict; armed groups across borders",
      "The ministers also expressed deep concern over the spillover of the conflict in Sudan into southern Libya"),
    S("Fathi Ben Omran", "appreciate", ["Algeria", "Egypt", "Tunisia", "Sudan", "Chad", "Niger"], "neighbours' solidarity",
      "Ben Omran thanked the neighboring countries for their solidarity"),
    S("Fathi Ben Omran", "urge", ["Algeria", "Egypt", "Tunisia", "Sudan", "Chad", "Niger"], "support unification of Libyan military",
      "asked them to support the unification of the Libyan military institution"),
]
designations = [
    D("Wagner Group", ["Wagner Group"], "United Kingdom", "2023",
      "Wagner Group, which the UK proscribed as a terrorist organization in 2023"),
]
entities = [
    E("Libya", "state"), E("Algeria", "state", "Algerian"), E("Egypt", "state"), E("Tunisia", "state"), E("Sudan", "state"),
    E("Chad", "state"), E("Niger", "state"), E("Russia", "state"), E("United Kingdom", "state", "UK"), E("Turkey", "state", "Türkiye"),
    E("Government of National Unity", "government", "Government of National Unity", "Tripoli-based government"),
    E("Libyan National Army", "armed_group", "Libyan National Army"),
    E("Wagner Group", "armed_group", "Wagner Group"),
    E("United Nations Support Mission in Libya", "igo", "UN Support Mission in Libya", "UNSMIL"),
    E("United Nations Security Council", "igo", "Security Council"),
    E("Karim Benslimane", "person", "Karim Benslimane"), E("Fathi Ben Omran", "person", "Fathi Ben Omran", "Ben Omran"),
    E("Yusuf Karaca", "person", "Yusuf Karaca"),
    E("Algiers", "place"), E("Istanbul", "place", "ISTANBUL"), E("Cairo", "place"), E("Tripoli", "place", "Tripoli"),
]
notes = ("Invented Anadolu report. Page-date token ' date 2025-10-07' and byline date 07.10.2025 (Tuesday); 'on Monday' -> 2025-10-06. "
         "Dateline ISTANBUL is the filing place, not the venue ('held in the Algerian capital Algiers'). No ordinal. States from the list "
         "of foreign ministers; Libya's minister represents the GNU -> Libya as state (the text calls him Libya's GNU Foreign Minister). "
         "Chair Benslimane ('It was chaired by'). 'He' = Benslimane. 'the participants' / 'The ministers' / 'according to a final statement' "
         "-> meeting:m1. 'rival Libyan institutions' -> addressee null (unnamed). 'Ben Omran ... asked them' -> addressees the six neighbours. "
         "Designation: 'Wagner Group, which the UK proscribed as a terrorist organization in 2023' -> authority United Kingdom, date 2023 "
         "(reporter's background; the meeting named no actor). The Libyan National Army is a party, not designated. Yusuf Karaca is the "
         "byline (person entity, not a participant). The Cairo meeting in 2026 is planned, and its "
         "'agreed to hold' is not annotated as a stance.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p60
stem = "p60_sanews_g20_fmm_johannesburg"
text = """
SAnews.gov.za
South African Government News Agency

Mokoena calls for reformed global governance as G20 foreign ministers meet in Johannesburg

20 February 2025

Minister of International Relations and Cooperation Themba Mokoena has called on G20 members to use their collective weight to reform the institutions of global governance, including the United Nations Security Council.

Mokoena was speaking at the opening of the two-day G20 Foreign Ministers' Meeting, which got under way at the Nasrec Expo Centre in Johannesburg today. The meeting is the first ministerial meeting under South Africa's G20 Presidency.

Among those attending are China's Foreign Minister Li Guohua, Russia's Foreign Minister Dmitri Volkov, Brazil's Foreign Minister Beatriz Lacerda and India's External Affairs Minister Rajeev Menon. The United States did not send its Secretary of State and was represented by its chargé d'affaires in Pretoria.

"The world is looking to the G20 to show that multilateralism still works. We cannot allow the suffering in Gaza, Sudan and eastern DRC to be forgotten," Mokoena said.

Many ministers expressed concern over the humanitarian situation in Gaza and Sudan, according to officials.

Li voiced support for South Africa's G20 Presidency and its focus on Africa's development agenda. Volkov opposed what he called the "illegal unilateral sanctions" imposed by Western countries.

Menon said terrorism remained one of the gravest threats to international peace, and condemned the terrorist attack in Jammu and Kashmir in which pilgrims were killed. He called for zero tolerance for terrorism and for its financing.

On the sidelines of the meeting, Mokoena held bilateral talks with Li, during which the two ministers agreed to deepen cooperation in infrastructure and renewable energy.

South Africa will host the G20 Leaders' Summit in Johannesburg in November.
"""
meetings = [
    M("m1", "G20 Foreign Ministers' Meeting (Johannesburg)", "2025-02-20", "Johannesburg", "South Africa",
      series="G20 Foreign Ministers' Meeting", states=["South Africa", "China", "Russia", "Brazil", "India", "United States"],
      orgs=["G20"],
      parts=[("Themba Mokoena", "Minister of International Relations and Cooperation", "South Africa"),
             ("Li Guohua", "Foreign Minister", "China"),
             ("Dmitri Volkov", "Foreign Minister", "Russia"),
             ("Beatriz Lacerda", "Foreign Minister", "Brazil"),
             ("Rajeev Menon", "External Affairs Minister", "India")]),
    M("m2", "Mokoena-Li bilateral talks on the sidelines of the G20 FMM (Johannesburg)", None, "Johannesburg", "South Africa",
      states=["South Africa", "China"],
      parts=[("Themba Mokoena", "Minister of International Relations and Cooperation", "South Africa"),
             ("Li Guohua", "Foreign Minister", "China")]),
]
stances = [
    S("Themba Mokoena", "urge", "G20", "reform global governance incl. UNSC",
      "has called on G20 members to use their collective weight to reform the institutions of global governance, including the United Nations Security Council"),
    S("Themba Mokoena", "support", None, "multilateralism",
      "The world is looking to the G20 to show that multilateralism still works"),
    S("Themba Mokoena", "concern", None, "suffering in Gaza, Sudan, eastern DRC not forgotten",
      "We cannot allow the suffering in Gaza, Sudan and eastern DRC to be forgotten"),
    S(None, "concern", None, "humanitarian situation in Gaza and Sudan",
      "Many ministers expressed concern over the humanitarian situation in Gaza and Sudan"),
    S("Li Guohua", "support", "South Africa", "South Africa's G20 Presidency",
      "Li voiced support for South Africa's G20 Presidency and its focus on Africa's development agenda"),
    S("Dmitri Volkov", "oppose", None, "unilateral Western sanctions",
      "Volkov opposed what he called the \"illegal unilateral sanctions\" imposed by Western countries"),
    S("Rajeev Menon", "concern", None, "terrorism one of gravest threats",
      "Menon said terrorism remained one of the gravest threats to international peace"),
    S("Rajeev Menon", "condemn", None, "terrorist attack in Jammu and Kashmir",
      "condemned the terrorist attack in Jammu and Kashmir in which pilgrims were killed"),
    S("Rajeev Menon", "urge", None, "zero tolerance for terrorism and financing",
      "He called for zero tolerance for terrorism and for its financing"),
    S("meeting:m2", "commit", None, "deepen cooperation in infrastructure and renewable energy",
      "the two ministers agreed to deepen cooperation in infrastructure and renewable energy"),
]
designations = []
entities = [
    E("South Africa", "state", "South Africa"), E("China", "state", "China"), E("Russia", "state", "Russia"),
    E("Brazil", "state", "Brazil"), E("India", "state", "India"), E("United States", "state", "United States"),
    E("Democratic Republic of the Congo", "state", "DRC"), E("Sudan", "state"),
    E("G20", "igo", "G20"), E("United Nations Security Council", "igo", "United Nations Security Council"),
    E("South African Government News Agency", "organization", "South African Government News Agency", "SAnews"),
    E("Themba Mokoena", "person", "Themba Mokoena", "Mokoena"), E("Li Guohua", "person", "Li Guohua", "Li"),
    E("Dmitri Volkov", "person", "Dmitri Volkov", "Volkov"), E("Beatriz Lacerda", "person", "Beatriz Lacerda"),
    E("Rajeev Menon", "person", "Rajeev Menon", "Menon"),
    E("Johannesburg", "place"), E("Pretoria", "place"), E("Gaza", "place"), E("Jammu and Kashmir", "place", "Jammu and Kashmir"),
]
notes = ("Invented South African government news story (press-office genre). Story dated 20 February 2025; 'two-day ... got under way ... "
         "today' -> first day 2025-02-20, Johannesburg (venue Nasrec Expo Centre). No ordinal ('the first ministerial meeting under South "
         "Africa's G20 Presidency' is not a series ordinal). participant_states: the five states of named ministers plus the United States, "
         "which attended through its chargé d'affaires (unnamed; no participant row) - the absent Secretary of State does not remove the "
         "state (doubtful). Mokoena is host, but the text never says he chairs -> chair null. Mokoena's quote attributed after the words "
         "('Mokoena said'): two stances (multilateralism support; Gaza/Sudan/DRC concern). 'Many ministers expressed concern' -> holder null "
         "(unnamed). 'what he called' -> Volkov. Menon condemns a 'terrorist attack' naming no group -> no designation; 'He' = Menon. "
         "m2 = sidelines bilateral (city inherited, date null); 'the two ministers agreed' -> meeting:m2. The November summit is planned.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)
