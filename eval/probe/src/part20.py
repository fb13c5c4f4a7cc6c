from common import *

# ---------------------------------------------------------------- p76
stem = "p76_itamaraty_brics_fm_unga_newyork"
text = """
Ministério das Relações Exteriores
Português | English | Español

Home > Press Area > Press Releases

Press Release No. 412
26 September 2025

Joint Statement of the BRICS Ministers of Foreign Affairs/International Relations on the margins of the 80th session of the United Nations General Assembly

Print  |  Share

1. The Ministers of Foreign Affairs/International Relations of Brazil, Russia, India, China, South Africa, Egypt, Ethiopia, Indonesia, Iran and the United Arab Emirates met on 26 September 2025 in New York, on the margins of the 80th session of the United Nations General Assembly. The meeting was chaired by the Minister of Foreign Affairs of Brazil, Ambassador Ricardo Valadares Tavares. The Minister of Foreign Affairs of Ethiopia, Gedion Tesfaye Wolde, joined virtually.

2. The Ministers reaffirmed their commitment to multilateralism and to upholding international law, including the purposes and principles of the Charter of the United Nations as its indispensable cornerstone.

3. The Ministers voiced serious concern over the rise of unilateral tariff and non-tariff measures that distort trade and are inconsistent with WTO rules, and called for a fair, open and non-discriminatory multilateral trading system with the WTO at its core.

4. The Ministers supported a comprehensive reform of the United Nations, including its Security Council, with a view to making it more democratic, representative and effective. China and Russia reiterated their support for the aspirations of Brazil, India and South Africa to play a greater role in the United Nations, including its Security Council.*

5. The Ministers condemned in the strongest terms the terrorist attack in Jammu and Kashmir on 22 April 2025, in which at least 26 people were killed. They reaffirmed zero tolerance for terrorism and urged the early finalisation and adoption of the Comprehensive Convention on International Terrorism within the UN framework.

6. The Ministers expressed grave concern at the catastrophic humanitarian situation in Gaza and called for an immediate, permanent and unconditional ceasefire and the unimpeded delivery of humanitarian assistance.

7. The Ministers recalled their national positions on the conflict in Ukraine and welcomed relevant proposals of mediation and good offices aimed at a peaceful settlement.

8. The Ministers looked forward to the 30th Conference of the Parties to the UNFCCC (COP30) in Belém in November and expressed their full support to the Brazilian Presidency.

9. The Ministers recalled the outcomes of the 17th BRICS Summit, held in Rio de Janeiro on 6-7 July 2025, and welcomed India’s assumption of the BRICS chairship in 2026.

* Egypt and Ethiopia dissociated themselves from paragraph 4, reaffirming the Ezulwini Consensus and the Sirte Declaration.

Saudi Arabia was invited to the meeting but did not attend.

Share: Facebook | X | LinkedIn | E-mail
Last modified 27/09/2025 10h14
"""
brics = ["Brazil", "Russia", "India", "China", "South Africa", "Egypt", "Ethiopia", "Indonesia", "Iran", "United Arab Emirates"]
p4 = [x for x in brics if x not in ("Egypt", "Ethiopia")]
meetings = [
    M("m1", "Meeting of BRICS Ministers of Foreign Affairs/International Relations on the margins of UNGA 80 (New York)",
      "2025-09-26", "New York", "United States", series="BRICS Ministers of Foreign Affairs meeting on the margins of UNGA",
      chair="Ricardo Valadares Tavares", states=brics, orgs=["BRICS"],
      parts=[("Ricardo Valadares Tavares", "Minister of Foreign Affairs", "Brazil"),
             ("Gedion Tesfaye Wolde", "Minister of Foreign Affairs", "Ethiopia")]),
    M("m2", "17th BRICS Summit (Rio de Janeiro)", "2025-07-06", "Rio de Janeiro", "Brazil", series="BRICS Summit", ordinal=17,
      orgs=["BRICS"]),
]
stances = [
    S("meeting:m1", "reaffirm", "United Nations", "multilateralism and international law, UN Charter", "The Ministers reaffirmed their commitment to multilateralism and to upholding international law"),
    S("meeting:m1", "concern", None, "unilateral tariff and non-tariff measures", "The Ministers voiced serious concern over the rise of unilateral tariff and non-tariff measures"),
    S("meeting:m1", "urge", "World Trade Organization", "fair, open multilateral trading system with WTO at core", "called for a fair, open and non-discriminatory multilateral trading system with the WTO at its core"),
    S(p4, "support", "United Nations Security Council", "comprehensive UN reform incl. Security Council", "The Ministers supported a comprehensive reform of the United Nations, including its Security Council"),
    S(["China", "Russia"], "support", ["Brazil", "India", "South Africa"], "greater UN role for Brazil, India and South Africa", "China and Russia reiterated their support for the aspirations of Brazil, India and South Africa to play a greater role in the United Nations"),
    S(["Egypt", "Ethiopia"], "other", None, "dissociation from paragraph 4; Ezulwini Consensus", "Egypt and Ethiopia dissociated themselves from paragraph 4, reaffirming the Ezulwini Consensus and the Sirte Declaration"),
    S("meeting:m1", "condemn", None, "terrorist attack in Jammu and Kashmir on 22 April 2025", "The Ministers condemned in the strongest terms the terrorist attack in Jammu and Kashmir on 22 April 2025"),
    S("meeting:m1", "reaffirm", None, "zero tolerance for terrorism", "They reaffirmed zero tolerance for terrorism"),
    S("meeting:m1", "urge", "United Nations", "finalise the Comprehensive Convention on International Terrorism", "urged the early finalisation and adoption of the Comprehensive Convention on International Terrorism"),
    S("meeting:m1", "concern", None, "humanitarian situation in Gaza", "The Ministers expressed grave concern at the catastrophic humanitarian situation in Gaza"),
    S("meeting:m1", "urge", None, "immediate, permanent, unconditional ceasefire in Gaza", "called for an immediate, permanent and unconditional ceasefire and the unimpeded delivery of humanitarian assistance"),
    S("meeting:m1", "welcome", None, "mediation proposals on Ukraine", "welcomed relevant proposals of mediation and good offices aimed at a peaceful settlement"),
    S("meeting:m1", "other", None, "looking forward to COP30", "The Ministers looked forward to the 30th Conference of the Parties to the UNFCCC (COP30) in Belém in November"),
    S("meeting:m1", "support", "Brazil", "Brazilian COP30 Presidency", "expressed their full support to the Brazilian Presidency"),
    S("meeting:m1", "welcome", "India", "India's BRICS chairship in 2026", "welcomed India’s assumption of the BRICS chairship in 2026"),
]
designations = []
entities = [
    E("Brazil", "state", "Brazilian"), E("Russia", "state"), E("India", "state"), E("China", "state"), E("South Africa", "state"),
    E("Egypt", "state"), E("Ethiopia", "state"), E("Indonesia", "state"), E("Iran", "state"), E("United Arab Emirates", "state"),
    E("Saudi Arabia", "state"), E("Ukraine", "state"),
    E("Ricardo Valadares Tavares", "person", "Ambassador Ricardo Valadares Tavares"), E("Gedion Tesfaye Wolde", "person"),
    E("BRICS", "igo"), E("United Nations", "igo", "UN"), E("United Nations General Assembly", "igo"),
    E("United Nations Security Council", "igo", "Security Council"), E("World Trade Organization", "igo", "WTO"),
    E("UNFCCC", "igo"), E("Ministry of Foreign Affairs of Brazil", "government", "Ministério das Relações Exteriores"),
    E("New York", "place"), E("Rio de Janeiro", "place"), E("Belém", "place"), E("Gaza", "place"), E("Jammu and Kashmir", "place"),
]
notes = ("Invented Itamaraty web page (language switcher, breadcrumb, release number, Print/Share, modification stamp) carrying a "
 "joint statement with numbered paragraphs and a footnote. m1: 'met on 26 September 2025 in New York, on the margins of the 80th "
 "session' -> date, city; UNGA 80 is the occasion, not annotated as a meeting (cf. probe4 p48); chair Brazil's FM ('was chaired by'). "
 "Ten participant states as enumerated; Ethiopia's FM 'joined virtually' (remote participation, still a participant; the meeting is "
 "not virtual). Saudi Arabia 'was invited ... but did not attend' -> not a participant. Joint paragraphs -> meeting:m1, EXCEPT: "
 "paragraph 4's first sentence, from which Egypt and Ethiopia 'dissociated themselves' (footnote) -> explicit holder list of the other "
 "eight; its second sentence held by China and Russia; the dissociation itself held by Egypt and Ethiopia (other). Paragraph 5: 'the "
 "terrorist attack in Jammu and Kashmir' names NO group -> no designation. 'looked forward to' COP30 -> other (cf. dev2 g3_07). COP30 "
 "'in Belém in November' is a planned conference -> not a meeting. m2: '17th BRICS Summit, held in Rio de Janeiro on 6-7 July 2025' "
 "-> first day 2025-07-06, ordinal 17, states not listed. 'recalled their national positions' is not a stance. 'WTO' also as "
 "addressee of the trading-system call (doubtful; null defensible).")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p77
stem = "p77_un_unsc_haiti_gang_suppression"
text = """
Meetings Coverage and Press Releases

SC/16189
30 September 2025

Security Council
10014th Meeting (AM)

Security Council Authorizes Gang Suppression Force for Haiti, Adopting Resolution 2796 (2025) by 12 Votes in Favour, 3 Abstentions

Text Replaces Multinational Security Support Mission, Creates United Nations Support Office in Port-au-Prince

The Security Council this morning authorized a new “Gang Suppression Force” to help Haiti’s national police regain control of territory from armed gangs, replacing the Kenya-led Multinational Security Support mission whose resources had fallen far short of its mandate.

Adopting resolution 2796 (2025) by a recorded vote of 12 in favour to none against, with 3 abstentions (China, Pakistan, Russian Federation), the Council authorized the Force for an initial period of 12 months and requested the Secretary-General to establish a United Nations Support Office in Haiti to provide logistical backing. The Council also demanded that all armed groups immediately cease violence, including sexual violence against women and girls.

Speaking after the vote, the representative of the United States, which co-authored the text with Panama, said the Force would have “the numbers, the mandate and the means” that its predecessor lacked. MARGARET OKAFOR-LINDGREN (United States) recalled that her Government had designated the Viv Ansanm coalition and the Gran Grif gang as foreign terrorist organizations earlier this year, and urged all Member States to cut off the flow of arms and money to them.

Panama’s delegate described the adoption as “a day of hope for the Haitian people” and called on troop-contributing countries to deploy “without delay”.

The representative of the Russian Federation said his delegation had abstained because the text had been “rushed through” without sufficient consultations, and cautioned against repeating “the failed experiences of past foreign interventions in Haiti”.

China’s representative, GU XINRAN, said Beijing supported the fight against gangs but was “not convinced” that a non-United Nations force would be accountable to the Council, and called for a political process led by Haitians.

Pakistan’s representative voiced concern over the lack of clarity about financing.

Speaking for the A3+ group, the representative of Guyana welcomed the adoption and commended Kenyan police officers for “their courage in the most difficult circumstances”.

Several members stressed the need for the Force to comply with international human rights law.

Also speaking, KENIA AUGUSTIN-FLEURY, Permanent Representative of Haiti, thanked Council members and said her country’s police could not “win this war alone”. She invited the Dominican Republic and other neighbours to strengthen border controls to stop weapons trafficking.

The representative of Kenya, speaking as a non-member of the Council, said his country would hand over to the new Force “in an orderly manner” and remained committed to Haiti’s stability.

The meeting began at 10:08 a.m. and ended at 11:37 a.m.

For information media. Not an official record.
"""
meetings = [
    M("m1", "10014th meeting of the UN Security Council (Haiti; adoption of resolution 2796 (2025))", "2025-09-30", None, None,
      series="United Nations Security Council", ordinal=10014,
      states=["United States", "Panama", "Russia", "China", "Pakistan", "Guyana", "Haiti", "Kenya"],
      orgs=["United Nations Security Council"],
      parts=[("Margaret Okafor-Lindgren", None, "United States"),
             ("Gu Xinran", "representative", "China"),
             ("Kenia Augustin-Fleury", "Permanent Representative of Haiti", "Haiti")]),
]
stances = [
    S("United Nations Security Council", "support", "Haiti", "authorize a Gang Suppression Force", "The Security Council this morning authorized a new “Gang Suppression Force” to help Haiti’s national police regain control of territory from armed gangs"),
    S("United Nations Security Council", "urge", "United Nations", "establish a UN Support Office in Haiti", "requested the Secretary-General to establish a United Nations Support Office in Haiti"),
    S("United Nations Security Council", "urge", None, "armed groups cease violence", "The Council also demanded that all armed groups immediately cease violence, including sexual violence against women and girls"),
    S("Margaret Okafor-Lindgren", "support", None, "the Force has numbers, mandate and means", "the Force would have “the numbers, the mandate and the means” that its predecessor lacked"),
    S("Margaret Okafor-Lindgren", "urge", None, "cut off arms and money to Viv Ansanm and Gran Grif", "urged all Member States to cut off the flow of arms and money to them"),
    S("Panama", "welcome", "Haiti", "a day of hope for Haitians", "described the adoption as “a day of hope for the Haitian people”"),
    S("Panama", "urge", None, "troop contributors deploy without delay", "called on troop-contributing countries to deploy “without delay”"),
    S("Russia", "oppose", None, "text rushed through without consultations", "the text had been “rushed through” without sufficient consultations"),
    S("Russia", "oppose", None, "repeating failed foreign interventions", "cautioned against repeating “the failed experiences of past foreign interventions in Haiti”"),
    S("Gu Xinran", "support", None, "fight against gangs", "Beijing supported the fight against gangs"),
    S("Gu Xinran", "concern", None, "accountability of a non-UN force", "was “not convinced” that a non-United Nations force would be accountable to the Council"),
    S("Gu Xinran", "urge", None, "Haitian-led political process", "called for a political process led by Haitians"),
    S("Pakistan", "concern", None, "lack of clarity about financing", "voiced concern over the lack of clarity about financing"),
    S("Guyana", "welcome", None, "adoption of the resolution", "the representative of Guyana welcomed the adoption"),
    S("Guyana", "appreciate", "Kenya", "courage of Kenyan police officers", "commended Kenyan police officers for “their courage in the most difficult circumstances”"),
    S(None, "urge", None, "Force to comply with human rights law", "Several members stressed the need for the Force to comply with international human rights law"),
    S("Kenia Augustin-Fleury", "appreciate", "United Nations Security Council", "thanks to Council members", "thanked Council members"),
    S("Kenia Augustin-Fleury", "urge", "Dominican Republic", "strengthen border controls against weapons trafficking", "She invited the Dominican Republic and other neighbours to strengthen border controls to stop weapons trafficking"),
    S("Kenya", "commit", "Haiti", "orderly handover; committed to Haiti's stability", "his country would hand over to the new Force “in an orderly manner” and remained committed to Haiti’s stability"),
]
dq = "her Government had designated the Viv Ansanm coalition and the Gran Grif gang as foreign terrorist organizations earlier this year"
designations = [
    D("Viv Ansanm", ["Viv Ansanm"], "United States", "2025", dq),
    D("Gran Grif", ["Gran Grif"], "United States", "2025", dq),
]
entities = [
    E("Haiti", "state", "Haitian"), E("United States", "state"), E("Panama", "state"), E("Russia", "state", "Russian Federation"),
    E("China", "state", "Beijing"), E("Pakistan", "state"), E("Guyana", "state"), E("Kenya", "state", "Kenyan"),
    E("Dominican Republic", "state"),
    E("United Nations Security Council", "igo", "Security Council", "Council"), E("United Nations", "igo"),
    E("Multinational Security Support mission", "igo", "Multinational Security Support"),
    E("Gang Suppression Force", "igo"), E("United Nations Support Office in Haiti", "igo"),
    E("Haitian National Police", "government", "Haiti’s national police"),
    E("Viv Ansanm", "armed_group"), E("Gran Grif", "armed_group"),
    E("Margaret Okafor-Lindgren", "person", "MARGARET OKAFOR-LINDGREN"), E("Gu Xinran", "person", "GU XINRAN"),
    E("Kenia Augustin-Fleury", "person", "KENIA AUGUSTIN-FLEURY"),
    E("Port-au-Prince", "place"),
]
notes = ("Invented UN meetings-coverage release on Haiti. Header: 30 September 2025, 10014th meeting -> ordinal 10014, city null (not "
 "stated). Participant states = states whose speakers are reported (US, Panama, Russia, China, Pakistan, Guyana; non-members Haiti, "
 "Kenya); the abstaining states are named in the vote. Resolution content ('the Council authorized/requested/demanded') -> holder the "
 "Council (body), NOT meeting:m1, because three speaking participants abstained and two are non-members. 'the representative of the "
 "United States ... said' and the next sentence with the capitalised name are the same speaker: the unnamed first sentence's stance is "
 "held by the named person (she is identified in the following sentence; doubtful). Okafor-Lindgren has no title in the text. "
 "Designations: 'her Government had designated the Viv Ansanm coalition and the Gran Grif gang as foreign terrorist organizations "
 "earlier this year' -> authority United States, date 2025 (year from the header). 'armed gangs'/'armed groups' elsewhere are not "
 "designations. 'Speaking for the A3+ group, the representative of Guyana' -> holder Guyana (the group's members are not named). "
 "'Several members' -> holder null. Haiti's 'invited the Dominican Republic and other neighbours to strengthen border controls' -> urge "
 "(addressee the named neighbour). 'Beijing supported' inside the Chinese representative's speech -> holder the person. The MSS "
 "mission and the new Force/Support Office are typed igo (doubtful). No meeting other than m1 (the MSS is a mission, not a meeting).")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p78
stem = "p78_app_quadrilateral_afghanistan_unga"
text = """
Associated Press of Pakistan

Home  /  Top News  /  World

Pakistan, China, Iran, Russia FMs urge Afghan authorities to dismantle terror groups

APP 28-09-2024, 11:27 AM

UNITED NATIONS, Sep 28 (APP): Deputy Prime Minister and Foreign Minister Mian Tariq Mehmood Lodhi on Friday participated in the third informal quadrilateral meeting of the foreign ministers of Pakistan, China, Iran and Russia on Afghanistan, held on the sidelines of the 79th session of the UN General Assembly at the UN headquarters in New York.

Chinese Foreign Minister Gao Zhiming, Russian Foreign Minister Vsevolod Merkulov and Iranian Foreign Minister Reza Tabatabaei-Nejad attended the meeting.

In a joint statement issued after the meeting, the four countries reaffirmed their respect for the sovereignty, independence and territorial integrity of Afghanistan, and stressed that the Afghan people should determine their own future.

The Foreign Ministers noted with serious concern that terrorist groups based in Afghanistan, including ISIL-K, Al-Qaeda, ETIM, TTP, BLA and Jaish al-Adl, continue to pose a serious threat to regional and global security. They urged the Afghan authorities to take “effective and verifiable measures” to dismantle these groups and to prevent Afghan territory from being used against neighbouring countries.

The top diplomats also opposed the re-deployment of US and NATO military bases in Afghanistan and its neighbouring countries, and called on the countries responsible for the situation of the past two decades to lift unilateral sanctions and return Afghanistan’s frozen assets.

In his remarks, the Deputy Prime Minister said Pakistan had borne “the heaviest cost” of terrorism emanating from Afghan soil, and described the TTP as “the single biggest threat to Pakistan’s security”. He called upon the interim Afghan government to honour the commitments it had made in Doha.

Islamabad’s envoy to the UN, Ambassador Naveed Akhtar Cheema, who accompanied Lodhi, later told APP that the quadrilateral mechanism had become “the most important regional voice on Afghanistan”.

Later on Friday, Lodhi also met his Iranian counterpart, Tabatabaei-Nejad. The two sides agreed to enhance border security cooperation and expressed readiness to hold the next round of the Joint Border Commission at an early date.

The second informal meeting of the four countries was held in Samarkand, Uzbekistan, in April last year, while the first took place in Dushanbe in September 2021.

Also Read: DPM Lodhi meets UN Secretary-General, discusses Kashmir, Gaza
Also Read: PM to address UNGA today

APP/ask/mhf
"""
q4 = ["Pakistan", "China", "Iran", "Russia"]
dq = "terrorist groups based in Afghanistan, including ISIL-K, Al-Qaeda, ETIM, TTP, BLA and Jaish al-Adl"
meetings = [
    M("m1", "Third informal meeting of the foreign ministers of Pakistan, China, Iran and Russia on Afghanistan (New York, UNGA 79)",
      "2024-09-27", "New York", "United States",
      series="Informal Meeting of Foreign Ministers of China, Russia, Pakistan and Iran on Afghanistan", ordinal=3, states=q4,
      parts=[("Mian Tariq Mehmood Lodhi", "Deputy Prime Minister and Foreign Minister", "Pakistan"),
             ("Gao Zhiming", "Foreign Minister", "China"),
             ("Vsevolod Merkulov", "Foreign Minister", "Russia"),
             ("Reza Tabatabaei-Nejad", "Foreign Minister", "Iran"),
             ("Naveed Akhtar Cheema", "Ambassador", "Pakistan")]),
    M("m2", "Lodhi-Tabatabaei-Nejad bilateral meeting (New York)", "2024-09-27", "New York", "United States",
      states=["Pakistan", "Iran"],
      parts=[("Mian Tariq Mehmood Lodhi", "Deputy Prime Minister and Foreign Minister", "Pakistan"),
             ("Reza Tabatabaei-Nejad", "Foreign Minister", "Iran")]),
    M("m3", "Second informal meeting of the four foreign ministers on Afghanistan (Samarkand)", None, "Samarkand", "Uzbekistan",
      series="Informal Meeting of Foreign Ministers of China, Russia, Pakistan and Iran on Afghanistan", ordinal=2, states=q4),
    M("m4", "First informal meeting of the four foreign ministers on Afghanistan (Dushanbe, September 2021)", None, "Dushanbe", "Tajikistan",
      series="Informal Meeting of Foreign Ministers of China, Russia, Pakistan and Iran on Afghanistan", ordinal=1, states=q4),
]
stances = [
    S("meeting:m1", "reaffirm", "Afghanistan", "sovereignty, independence and territorial integrity of Afghanistan", "the four countries reaffirmed their respect for the sovereignty, independence and territorial integrity of Afghanistan"),
    S("meeting:m1", "support", None, "Afghans determine their own future", "stressed that the Afghan people should determine their own future"),
    S("meeting:m1", "concern", None, "terrorist groups in Afghanistan threaten security", "The Foreign Ministers noted with serious concern that terrorist groups based in Afghanistan"),
    S("meeting:m1", "urge", "Afghan Interim Government", "effective and verifiable measures to dismantle terrorist groups", "They urged the Afghan authorities to take “effective and verifiable measures” to dismantle these groups"),
    S("meeting:m1", "urge", "Afghan Interim Government", "prevent use of Afghan territory against neighbours", "to prevent Afghan territory from being used against neighbouring countries"),
    S("meeting:m1", "oppose", ["United States", "NATO"], "re-deployment of US and NATO bases", "The top diplomats also opposed the re-deployment of US and NATO military bases in Afghanistan and its neighbouring countries"),
    S("meeting:m1", "urge", None, "lift unilateral sanctions, return frozen assets", "called on the countries responsible for the situation of the past two decades to lift unilateral sanctions and return Afghanistan’s frozen assets"),
    S("Mian Tariq Mehmood Lodhi", "concern", None, "Pakistan bore the heaviest cost of terrorism from Afghan soil", "Pakistan had borne “the heaviest cost” of terrorism emanating from Afghan soil"),
    S("Mian Tariq Mehmood Lodhi", "concern", "Tehreek-e-Taliban Pakistan", "TTP the biggest threat", "described the TTP as “the single biggest threat to Pakistan’s security”"),
    S("Mian Tariq Mehmood Lodhi", "urge", "Afghan Interim Government", "honour Doha commitments", "He called upon the interim Afghan government to honour the commitments it had made in Doha"),
    S("Naveed Akhtar Cheema", "appreciate", None, "quadrilateral as the most important regional voice", "the quadrilateral mechanism had become “the most important regional voice on Afghanistan”"),
    S("meeting:m2", "commit", None, "enhance border security cooperation", "The two sides agreed to enhance border security cooperation"),
    S("meeting:m2", "commit", None, "next Joint Border Commission round soon", "expressed readiness to hold the next round of the Joint Border Commission at an early date"),
]
designations = [
    D("Islamic State Khorasan Province", ["ISIL-K"], "meeting:m1", "2024-09-27", dq),
    D("Al-Qaeda", ["Al-Qaeda"], "meeting:m1", "2024-09-27", dq),
    D("East Turkistan Islamic Movement", ["ETIM"], "meeting:m1", "2024-09-27", dq),
    D("Tehreek-e-Taliban Pakistan", ["TTP"], "meeting:m1", "2024-09-27", dq),
    D("Balochistan Liberation Army", ["BLA"], "meeting:m1", "2024-09-27", dq),
    D("Jaish al-Adl", ["Jaish al-Adl"], "meeting:m1", "2024-09-27", dq),
]
entities = [
    E("Pakistan", "state", "Islamabad"), E("China", "state", "Chinese"), E("Iran", "state", "Iranian"), E("Russia", "state", "Russian"),
    E("Afghanistan", "state"), E("Uzbekistan", "state"), E("United States", "state", "US"),
    E("NATO", "igo"), E("United Nations", "igo", "UN"), E("UN General Assembly", "igo"),
    E("Afghan Interim Government", "government", "Afghan authorities", "interim Afghan government"),
    E("Islamic State Khorasan Province", "armed_group", "ISIL-K"), E("Al-Qaeda", "armed_group"),
    E("East Turkistan Islamic Movement", "armed_group", "ETIM"), E("Tehreek-e-Taliban Pakistan", "armed_group", "TTP"),
    E("Balochistan Liberation Army", "armed_group", "BLA"), E("Jaish al-Adl", "armed_group"),
    E("Mian Tariq Mehmood Lodhi", "person", "Lodhi"), E("Gao Zhiming", "person"), E("Vsevolod Merkulov", "person"),
    E("Reza Tabatabaei-Nejad", "person", "Tabatabaei-Nejad"), E("Naveed Akhtar Cheema", "person", "Ambassador Naveed Akhtar Cheema"),
    E("Joint Border Commission", "organization"), E("Associated Press of Pakistan", "organization", "APP"),
    E("New York", "place"), E("Samarkand", "place"), E("Dushanbe", "place"), E("Doha", "place"),
]
notes = ("Invented APP wire page (site name, breadcrumb, agency stamp '28-09-2024, 11:27 AM', 'Also Read' lines = chrome, desk slug). "
 "Dateline 'UNITED NATIONS, Sep 28' is the reporting place; the venue is stated ('at the UN headquarters in New York') -> city New York. "
 "m1: 'on Friday' before the Saturday dateline -> 2024-09-27; 'third informal quadrilateral meeting' -> ordinal 3 (same series as seeds "
 "000/001). UNGA 79 is the occasion, not a meeting. Participants: the four FMs and Pakistan's UN envoy ('who accompanied Lodhi'; "
 "doubtful whether an accompanying ambassador counts as a participant). 'Islamabad's envoy' -> Pakistan metonym (no Islamabad place "
 "here). Joint statement ('the four countries', 'The Foreign Ministers', 'They', 'The top diplomats') -> meeting:m1. Designations: the "
 "list 'terrorist groups based in Afghanistan, including ISIL-K, Al-Qaeda, ETIM, TTP, BLA and Jaish al-Adl' -> six items, authority "
 "meeting:m1 (as seed 000), date = meeting date. The concern quote stops before the list; the designation quote carries it. "
 "'the countries responsible for the situation of the past two decades' -> addressee null (unnamed; the US/NATO are named only in "
 "the bases sentence). Lodhi's remarks -> holder Lodhi. m2: 'Later on Friday' bilateral with the Iranian FM -> same date and city "
 "as m1, told apart by states; 'agreed' and 'expressed readiness' -> commit, meeting:m2; the next Joint Border Commission round is "
 "planned (not a meeting). m3: 'The second informal meeting ... was held in Samarkand, Uzbekistan, in April last year' -> ordinal 2, "
 "city Samarkand, date null (no day); m4: 'the first took place in Dushanbe in September 2021' -> ordinal 1, Dushanbe, date null. "
 "'the commitments it had made in Doha' refers to the 2020 Doha agreement, not a meeting annotated here.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p79
stem = "p79_efe_colombia_eln_mexico_round"
text = """
EFE  >  Latin America

Colombia and ELN extend ceasefire by six months, agree to end kidnapping

Mexico City, Feb 7 (EFE).- The Colombian government and the National Liberation Army (ELN) guerrilla group agreed to extend their bilateral ceasefire for another 180 days and to end kidnappings for ransom, at the close of an extraordinary session of their peace talks held in Mexico City from Sunday to Tuesday.

“The parties agreed to extend the national, bilateral and temporary ceasefire for 180 days from February 3,” read a joint communique delivered by the head of the government delegation, Lucía Arbeláez Quintero, and the ELN’s chief negotiator, Aureliano Carrasquilla, at the Mexican Foreign Ministry.

The guerrilla group also committed to suspend “retentions for economic purposes” – the euphemism it uses for kidnapping – while the government undertook to set up a multi-donor fund to finance “transformations” in the regions most affected by the conflict.

Arbeláez said the agreement showed that “peace is possible when there is political will on both sides”, but warned that the government would not accept “any new kidnapping” during the ceasefire.

Carrasquilla, for his part, cautioned that the process would enter “a crisis” if Bogotá pursued separate regional talks with individual ELN fronts, a move he described as “an attempt to divide us”.

The session was attended by representatives of the guarantor countries – Mexico, Cuba, Venezuela, Norway, Brazil and Chile – as well as of Germany, Spain, Sweden and Switzerland, which accompany the process. Mexico’s Foreign Minister, Marisol Urrutia Leal, who hosted the closing ceremony, hailed the agreement as “a historic step” and reiterated her country’s commitment to “accompany the parties until the end”.

The guarantor countries welcomed the extension in a separate statement and urged the parties to “preserve the confidence built so far”. In a show of support for the process, Norway announced an additional contribution of 50 million kroner to the multi-donor fund.

Founded in 1964, the ELN is listed as a terrorist organization by the United States and the European Union. The talks, which resumed in November 2022 after being suspended in 2019 following a car-bomb attack on a police academy in Bogotá, have also been held in Caracas and Havana.

Cuba, where the previous round was held in December, remains on the US list of state sponsors of terrorism, partly because it hosted ELN negotiators after the 2019 attack – a designation Havana rejects as “unjust”.

Other armed groups, including the Gulf Clan and the dissidents of the former FARC guerrillas known as the Central General Staff (EMC), are not part of the ELN negotiations.

Photo: EFE/Sáshenka Gutiérrez-Orozco

Tags: Colombia, ELN, peace talks, Mexico
"""
guar = ["Mexico", "Cuba", "Venezuela", "Norway", "Brazil", "Chile"]
meetings = [
    M("m1", "Extraordinary session of the Colombia-ELN peace talks (Mexico City)", None, "Mexico City", "Mexico",
      series="Colombia-ELN peace talks", states=["Colombia"] + guar + ["Germany", "Spain", "Sweden", "Switzerland"],
      orgs=["National Liberation Army"],
      parts=[("Lucía Arbeláez Quintero", "head of the government delegation", "Colombia"),
             ("Aureliano Carrasquilla", "chief negotiator", "National Liberation Army"),
             ("Marisol Urrutia Leal", "Foreign Minister", "Mexico")]),
    M("m2", "Previous round of the Colombia-ELN talks (Havana, December)", None, "Havana", "Cuba",
      series="Colombia-ELN peace talks", states=["Colombia"], orgs=["National Liberation Army"]),
]
parties = ["Colombia", "National Liberation Army"]
stances = [
    S(parties, "commit", None, "extend the bilateral ceasefire for 180 days", "The parties agreed to extend the national, bilateral and temporary ceasefire for 180 days from February 3"),
    S("National Liberation Army", "commit", None, "suspend kidnapping for ransom", "The guerrilla group also committed to suspend “retentions for economic purposes”"),
    S("Colombia", "commit", None, "multi-donor fund for regional transformations", "the government undertook to set up a multi-donor fund to finance “transformations” in the regions most affected by the conflict"),
    S("Lucía Arbeláez Quintero", "other", None, "peace possible with political will", "peace is possible when there is political will on both sides"),
    S("Lucía Arbeláez Quintero", "oppose", "National Liberation Army", "no new kidnapping during the ceasefire", "the government would not accept “any new kidnapping” during the ceasefire"),
    S("Aureliano Carrasquilla", "oppose", "Colombia", "separate regional talks with ELN fronts", "cautioned that the process would enter “a crisis” if Bogotá pursued separate regional talks with individual ELN fronts"),
    S("Marisol Urrutia Leal", "welcome", None, "the agreement as a historic step", "hailed the agreement as “a historic step”"),
    S("Marisol Urrutia Leal", "reaffirm", None, "Mexico accompanies the parties until the end", "reiterated her country’s commitment to “accompany the parties until the end”"),
    S(guar, "welcome", None, "extension of the ceasefire", "The guarantor countries welcomed the extension in a separate statement"),
    S(guar, "urge", parties, "preserve the confidence built", "urged the parties to “preserve the confidence built so far”"),
    S("Norway", "commit", None, "50 million kroner for the multi-donor fund", "In a show of support for the process, Norway announced an additional contribution of 50 million kroner to the multi-donor fund"),
    S("Cuba", "oppose", "United States", "state-sponsor-of-terrorism listing", "a designation Havana rejects as “unjust”"),
]
dq = "the ELN is listed as a terrorist organization by the United States and the European Union"
designations = [
    D("National Liberation Army", ["ELN"], "United States", None, dq),
    D("National Liberation Army", ["ELN"], "European Union", None, dq),
]
entities = [
    E("Colombia", "state", "Colombian"), E("Mexico", "state", "Mexican"), E("Cuba", "state"),
    E("Venezuela", "state"), E("Norway", "state"), E("Brazil", "state"), E("Chile", "state"), E("Germany", "state"),
    E("Spain", "state"), E("Sweden", "state"), E("Switzerland", "state"), E("United States", "state", "US"),
    E("European Union", "igo"),
    E("National Liberation Army", "armed_group", "ELN"), E("Gulf Clan", "armed_group"),
    E("Central General Staff", "armed_group", "EMC"), E("FARC", "armed_group"),
    E("Lucía Arbeláez Quintero", "person", "Arbeláez"), E("Aureliano Carrasquilla", "person", "Carrasquilla"),
    E("Marisol Urrutia Leal", "person"),
    E("Mexican Foreign Ministry", "government"), E("EFE", "organization"),
    E("Mexico City", "place"), E("Caracas", "place"), E("Havana", "place"), E("Bogotá", "place"),
]
notes = ("Invented EFE wire (section crumb, 'Mexico City, Feb 7 (EFE).-' dateline in EFE style, photo credit = chrome, tags). m1: "
 "'held in Mexico City from Sunday to Tuesday' with the dateline 'Feb 7' - NO YEAR anywhere in the text (no page date) -> date null "
 "(as dev 02 and dev2 g2_05; in the invented world it is Sunday 4 February 2024); matchable by city. Participant states: Colombia, the "
 "six guarantors and the four accompanying states ('The session was attended by representatives of ...'); the ELN as participant org "
 "(its chief negotiator named). Mexico hosted (its FM 'hosted the closing ceremony') but is not chair. 'The parties' -> explicit "
 "[Colombia, ELN]; the government's and the ELN's separate undertakings -> held by each; the guarantors' separate statement -> explicit "
 "list of the six; Norway's contribution ('In a show of support for the process') -> Norway, commit. 'Bogotá' in Carrasquilla's remark is a metonym for Colombia, and 'Havana rejects' for Cuba; but both cities also "
 "appear as places (the 2019 attack 'in Bogotá'; 'held in Caracas and Havana'), so they are kept as PLACE entities only and the metonyms "
 "are resolved in the holder/addressee fields (doubtful). m2: 'Cuba, where the previous round was held in December' + 'also been held in "
 "... Havana' -> city Havana, date null; the parties Colombia + ELN. Caracas is mentioned as an earlier venue without any time -> not "
 "annotated as a meeting (doubtful: same evidence type as m2 minus 'previous round'). Designations: 'the ELN is listed as a terrorist "
 "organization by the United States and the European Union' -> two items, one per authority (as probe4 p46). Cuba 'on the US list of "
 "state sponsors of terrorism' designates a STATE -> not an organization designation; Cuba's rejection ('a designation Havana rejects as "
 "unjust') is a stance (oppose). The Gulf Clan and EMC are 'armed groups', not designated. The 2019 car-bomb attack is an event, not a "
 "meeting.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p80
stem = "p80_ht_india_greece_raisina_sidelines"
text = """
India News  |  World News  |  Latest News

India, Greece call for zero tolerance to terrorism, vow to fast-track IMEC

By HT Correspondent, New Delhi
Mar 18, 2025 11:05 PM IST

External affairs minister S Venkataraman and his Greek counterpart Stavros Kalogeropoulos-Mavros on Tuesday held talks on the sidelines of the Raisina Dialogue and agreed to work towards doubling bilateral trade by 2030, as the two sides condemned cross-border terrorism “in all its forms and manifestations”.

Kalogeropoulos-Mavros, who is in New Delhi for the 10th edition of the Raisina Dialogue, reiterated Greece’s support for India’s bid for permanent membership of an expanded UN Security Council, people familiar with the matter said.

Also Read: Raisina Dialogue: NZ PM says Indo-Pacific ‘must remain open’

Venkataraman, who also chairs the cabinet’s group of ministers on connectivity, described Greece as India’s “natural gateway to Europe” and said the India-Middle East-Europe Economic Corridor (IMEC) would be “a game changer” for both countries.

“Terror groups such as Lashkar-e-Taiba, a UN-designated terror outfit, continue to operate with impunity from across our border. We appreciate Greece’s clear and consistent stand on this,” Venkataraman posted on X after the meeting.

According to a readout issued by the external affairs ministry, the ministers also agreed to launch negotiations on a mobility and migration partnership agreement and to hold the first meeting of a joint working group on shipping in Athens later this year. The Greek side invited Indian companies to invest in the ports of Piraeus and Thessaloniki. Concern was also expressed over the security of commercial shipping in the Red Sea, the readout said.

Trending
 - Watch: Delhi Metro’s new Blue Line extension opens
 - IPL 2025: full schedule

The three-day Raisina Dialogue, hosted by the MEA and the Observer Research Foundation, was inaugurated on Monday by the Prime Minister, with New Zealand Prime Minister Hamish Tuiasosopo-Grant as chief guest. More than 3,500 participants from about 125 countries are attending.

In his inaugural address, Tuiasosopo-Grant said the Indo-Pacific “must remain open, free and governed by rules, not power”, and announced that New Zealand would open a new defence attaché post in New Delhi.

India and Greece upgraded ties to a strategic partnership in 2023. Venkataraman last visited Athens in November.

Catch every big hit, every wicket with HT Cricket. Download the HT App for the latest news.

ABOUT THE AUTHOR
HT Correspondent
"""
meetings = [
    M("m1", "Venkataraman-Kalogeropoulos-Mavros talks on the sidelines of the Raisina Dialogue (New Delhi)", "2025-03-18", "New Delhi", "India",
      states=["India", "Greece"],
      parts=[("S. Venkataraman", "External affairs minister", "India"),
             ("Stavros Kalogeropoulos-Mavros", "Greek counterpart", "Greece")]),
    M("m2", "10th Raisina Dialogue (New Delhi)", "2025-03-17", "New Delhi", "India", series="Raisina Dialogue", ordinal=10,
      states=["India", "New Zealand", "Greece"], orgs=["Observer Research Foundation"],
      parts=[("Hamish Tuiasosopo-Grant", "Prime Minister", "New Zealand"),
             ("Stavros Kalogeropoulos-Mavros", "Greek counterpart", "Greece")]),
]
stances = [
    S("meeting:m1", "commit", None, "double bilateral trade by 2030", "agreed to work towards doubling bilateral trade by 2030"),
    S("meeting:m1", "condemn", None, "cross-border terrorism in all forms", "the two sides condemned cross-border terrorism “in all its forms and manifestations”"),
    S("Stavros Kalogeropoulos-Mavros", "support", "India", "India's bid for permanent UNSC membership", "reiterated Greece’s support for India’s bid for permanent membership of an expanded UN Security Council"),
    S("S. Venkataraman", "appreciate", "Greece", "Greece as India's natural gateway to Europe", "described Greece as India’s “natural gateway to Europe”"),
    S("S. Venkataraman", "support", "India-Middle East-Europe Economic Corridor", "IMEC a game changer", "the India-Middle East-Europe Economic Corridor (IMEC) would be “a game changer” for both countries"),
    S("S. Venkataraman", "concern", None, "terror groups operating from across the border", "Terror groups such as Lashkar-e-Taiba, a UN-designated terror outfit, continue to operate with impunity from across our border"),
    S("S. Venkataraman", "appreciate", "Greece", "Greece's stand on terrorism", "We appreciate Greece’s clear and consistent stand on this"),
    S("meeting:m1", "commit", None, "mobility and migration partnership negotiations; shipping JWG", "the ministers also agreed to launch negotiations on a mobility and migration partnership agreement"),
    S("Greece", "urge", "India", "invest in Piraeus and Thessaloniki ports", "The Greek side invited Indian companies to invest in the ports of Piraeus and Thessaloniki"),
    S("meeting:m1", "concern", None, "security of shipping in the Red Sea", "Concern was also expressed over the security of commercial shipping in the Red Sea"),
    S("Hamish Tuiasosopo-Grant", "support", None, "open, free, rules-governed Indo-Pacific", "the Indo-Pacific “must remain open, free and governed by rules, not power”"),
    S("Hamish Tuiasosopo-Grant", "commit", "India", "new defence attaché post in New Delhi", "announced that New Zealand would open a new defence attaché post in New Delhi"),
]
designations = [
    D("Lashkar-e-Taiba", ["Lashkar-e-Taiba"], "United Nations", None, "Lashkar-e-Taiba, a UN-designated terror outfit"),
]
entities = [
    E("India", "state", "Indian"), E("Greece", "state", "Greek side", "Greek"), E("New Zealand", "state", "NZ"),
    E("S. Venkataraman", "person", "S Venkataraman", "Venkataraman"),
    E("Stavros Kalogeropoulos-Mavros", "person", "Kalogeropoulos-Mavros"),
    E("Hamish Tuiasosopo-Grant", "person", "Tuiasosopo-Grant"),
    E("Lashkar-e-Taiba", "armed_group"), E("United Nations Security Council", "igo", "UN Security Council"),
    E("United Nations", "igo", "UN"),
    E("India-Middle East-Europe Economic Corridor", "organization", "IMEC"),
    E("Raisina Dialogue", "organization"), E("Observer Research Foundation", "organization"),
    E("Ministry of External Affairs", "government", "MEA", "external affairs ministry"),
    E("Hindustan Times", "organization", "HT"),
    E("New Delhi", "place"), E("Athens", "place"), E("Piraeus", "place"), E("Thessaloniki", "place"), E("Red Sea", "place"),
]
notes = ("Invented Hindustan Times page (nav line, 'By HT Correspondent' byline, timestamp in IST, 'Also Read' and 'Trending' blocks, app "
 "promo, author box) - chrome not annotated (the 'Also Read' headline repeats the NZ PM's theme but is not the source of a stance). "
 "m1: 'on Tuesday' with 'Mar 18, 2025' (a Tuesday) -> 2025-03-18, New Delhi ('who is in New Delhi for the 10th edition'); dateline "
 "'New Delhi' agrees. Kalogeropoulos-Mavros's title is only 'his Greek counterpart' (title kept as written; doubtful). m2: the Raisina "
 "Dialogue itself: '10th edition' -> ordinal 10; 'inaugurated on Monday' -> 2025-03-17 (first day of 'The three-day Raisina "
 "Dialogue'); states: India (host), New Zealand (PM chief guest), Greece (its FM attends); ORF co-host as org; the Indian PM is unnamed "
 "(no participant row); '125 countries' unnamed. 'the two sides condemned' and 'the ministers also agreed' -> meeting:m1; the Greek "
 "side's invitation -> holder Greece; passive 'Concern was also expressed ..., the readout said' -> meeting:m1. Venkataraman's X post: 'Terror groups such as Lashkar-e-Taiba, a UN-designated terror outfit' -> "
 "designation, authority United Nations; his 'from across our border' concern -> addressee null (the neighbour meant is NOT named "
 "in the text, so no Pakistan entity). The planned shipping working group meeting in Athens 'later this year' and his November "
 "visit to Athens (no day; a visit, not a reported meeting) are not annotated. 'people familiar with the matter said' -> the support "
 "stance is still held by the Greek minister.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)
