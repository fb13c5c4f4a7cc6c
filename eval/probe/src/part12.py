from common import *

# ---------------- p36
emit("p36_reuters_brics_unga", """ date 2025-09-26 BRICS ministers call for Gaza ceasefire, criticise tariffs at UN meeting

UNITED NATIONS, Sept 26 (Reuters) - Foreign ministers of the BRICS group of emerging economies on Thursday called for an immediate ceasefire in Gaza and criticised the rise of unilateral tariffs, in a joint statement issued after they met on the sidelines of the U.N. General Assembly in New York.

The meeting, chaired by Brazilian Foreign Minister Ricardo Tavares Lins, brought together ministers and senior officials from Brazil, Russia, India, China, South Africa, Egypt, Ethiopia, Iran, the United Arab Emirates and Indonesia. Saudi Arabia, which has yet to formally confirm its membership, did not send a representative, a Brazilian diplomat said.

In the statement, the ministers expressed grave concern over the humanitarian catastrophe in the Gaza Strip and called on Israel to lift all restrictions on the entry of aid. They reiterated their support for the full membership of the State of Palestine in the United Nations.

The group also voiced opposition to "the proliferation of trade-restrictive measures," which it said were inconsistent with World Trade Organization rules - a thinly veiled reference to U.S. tariffs. Washington was not mentioned by name.

Russian Foreign Minister Mikhail Golovanov told reporters that BRICS was "not an anti-Western bloc" but that its members would not accept "dictates from anyone." India's External Affairs Minister Suresh Iyengar said New Delhi wanted the group to focus on development financing and reform of multilateral institutions, and urged members to show "zero tolerance for terrorism."

South Africa's minister, Nomvula Mthembu-Khoza, said her country supported expanding the New Development Bank's lending in local currencies.

The ministers also welcomed the outcomes of the BRICS summit held in Rio de Janeiro on July 6-7.

On the margins of the meeting, Lins held talks with Iranian Foreign Minister Mohammad Reza Tavakkoli on the situation in the Middle East, according to Brazil's foreign ministry.

India takes over the BRICS chairmanship in January and will host the next summit.

(Reporting by Ana Luiza Prates; Editing by Tom Aldridge)
""",
[M("m1", "BRICS Foreign Ministers' Meeting on the sidelines of UNGA 80 (New York)", "2025-09-25", "New York", "United States",
   series="BRICS Foreign Ministers' Meeting", chair="Ricardo Tavares Lins",
   states=["Brazil", "Russia", "India", "China", "South Africa", "Egypt", "Ethiopia", "Iran", "United Arab Emirates", "Indonesia"],
   orgs=["BRICS"],
   parts=[("Ricardo Tavares Lins", "Foreign Minister", "Brazil"),
          ("Mikhail Golovanov", "Foreign Minister", "Russia"),
          ("Suresh Iyengar", "External Affairs Minister", "India"),
          ("Nomvula Mthembu-Khoza", "minister", "South Africa")]),
 M("m2", "BRICS summit (Rio de Janeiro)", "2025-07-06", "Rio de Janeiro", "Brazil", series="BRICS Summit", orgs=["BRICS"]),
 M("m3", "Lins-Tavakkoli talks on the margins of the BRICS meeting (New York)", None, "New York", "United States",
   states=["Brazil", "Iran"],
   parts=[("Ricardo Tavares Lins", "Foreign Minister", "Brazil"), ("Mohammad Reza Tavakkoli", "Foreign Minister", "Iran")])],
[S("meeting:m1", "urge", None, "immediate ceasefire in Gaza", "called for an immediate ceasefire in Gaza"),
 S("meeting:m1", "oppose", None, "rise of unilateral tariffs", "criticised the rise of unilateral tariffs"),
 S("meeting:m1", "concern", None, "humanitarian catastrophe in Gaza", "the ministers expressed grave concern over the humanitarian catastrophe in the Gaza Strip"),
 S("meeting:m1", "urge", "Israel", "lift restrictions on aid", "called on Israel to lift all restrictions on the entry of aid"),
 S("meeting:m1", "support", "Palestine", "full UN membership of Palestine", "They reiterated their support for the full membership of the State of Palestine in the United Nations"),
 S("meeting:m1", "oppose", None, "trade-restrictive measures", "The group also voiced opposition to \"the proliferation of trade-restrictive measures,\""),
 S(["Mikhail Golovanov"], "other", None, "BRICS not an anti-Western bloc", "BRICS was \"not an anti-Western bloc\""),
 S(["Mikhail Golovanov"], "oppose", None, "dictates from anyone", "its members would not accept \"dictates from anyone.\""),
 S(["Suresh Iyengar"], "support", None, "development financing and reform of multilateral institutions", "New Delhi wanted the group to focus on development financing and reform of multilateral institutions"),
 S(["Suresh Iyengar"], "urge", None, "zero tolerance for terrorism", "urged members to show \"zero tolerance for terrorism.\""),
 S(["Nomvula Mthembu-Khoza"], "support", "New Development Bank", "NDB lending in local currencies", "her country supported expanding the New Development Bank's lending in local currencies"),
 S("meeting:m1", "welcome", None, "outcomes of the Rio summit", "The ministers also welcomed the outcomes of the BRICS summit held in Rio de Janeiro on July 6-7")],
[],
[E("Brazil", "state"), E("Russia", "state"), E("India", "state", "New Delhi"), E("China", "state"), E("South Africa", "state"),
 E("Egypt", "state"), E("Ethiopia", "state"), E("Iran", "state"), E("United Arab Emirates", "state", "United Arab Emirates"),
 E("Indonesia", "state"), E("Saudi Arabia", "state"), E("Israel", "state"), E("Palestine", "state", "State of Palestine"),
 E("United States", "state", "U.S.", "Washington"),
 E("BRICS", "igo", "BRICS"), E("United Nations", "igo", "United Nations", "U.N."), E("World Trade Organization", "igo"),
 E("New Development Bank", "igo"), E("Ministry of Foreign Affairs of Brazil", "government", "Brazil's foreign ministry"),
 E("Ricardo Tavares Lins", "person", "Lins"), E("Mikhail Golovanov", "person"), E("Suresh Iyengar", "person"),
 E("Nomvula Mthembu-Khoza", "person"), E("Mohammad Reza Tavakkoli", "person"),
 E("Reuters", "organization"), E("Ana Luiza Prates", "person"), E("Tom Aldridge", "person"),
 E("New York", "place"), E("Gaza Strip", "place", "Gaza"), E("Rio de Janeiro", "place"), E("Middle East", "place")],
"Reuters-style report. Page date 2025-09-26 (Friday); dateline 'UNITED NATIONS, Sept 26' + 'on Thursday' -> 2025-09-25; venue 'in New York' (the 'UNITED NATIONS' dateline is the reporting place; New York is stated). No ordinal. Chair: the Brazilian FM. participant_states: the ten listed ('ministers and senior officials from'); Saudi Arabia 'did not send a representative' -> NOT a participant (distractor). Participants: Lins, Golovanov, Iyengar (titles as written), Mthembu-Khoza ('South Africa's minister' -> title 'minister', doubtful; null is defensible). Joint-statement positions (the lead paraphrase and 'the ministers', 'They', 'The group') -> meeting:m1; the lead 'called for an immediate ceasefire' and the body's ceasefire are one stance. 'criticised the rise of unilateral tariffs' (lead) and 'voiced opposition to the proliferation of trade-restrictive measures' are annotated separately (same topic, two wordings: could be argued as one). Ministers' remarks to reporters -> the person. 'New Delhi wanted' = Iyengar speaking for India (New Delhi alias of India). 'Washington was not mentioned by name' -> no addressee. No designations ('zero tolerance for terrorism' names no group). m2: recalled 'BRICS summit held in Rio de Janeiro on July 6-7' (year from the page date, first day). m3: Lins-Tavakkoli talks on the margins, day not stated -> null, city New York. The reporter and editor are persons (entities), not actors in the meeting. India's chairmanship and next summit are PLANNED. Iyengar and Tavakkoli are the invented persons of p33/p28.")

# ---------------- p37
emit("p37_kuna_arab_league_lebanon", """ date 2025-10-15 Arab League condemns Israeli strikes on Lebanon, backs Lebanese army

CAIRO, Oct 14 (KUNA) -- The Arab League Council, at the level of permanent representatives, held an emergency session on Tuesday at the request of Lebanon to discuss the Israeli strikes on southern Lebanon and the Bekaa valley.

The session was chaired by Bahrain's permanent representative to the League, Ambassador Hamad Abdulla Al-Khalifa Rashid, whose country holds the current presidency of the Council at this level.

In a resolution adopted at the end of the session, the Council condemned "in the strongest terms" the repeated Israeli attacks on Lebanese territory and held the Israeli occupation fully responsible for the escalation. It called on the UN Security Council to compel Israel to withdraw from the five points it still occupies in southern Lebanon and to fully implement Resolution 1701.

The Council expressed full support for the Lebanese Armed Forces and for the Lebanese government's decision to extend state authority over all its territory and to ensure that weapons are held exclusively by the state. It urged Arab and friendly countries to contribute to the reconstruction of the areas affected by the war.

Lebanon's permanent representative, Ambassador Rania Khoury-Haddad, thanked the Arab states for their solidarity and said Beirut was committed to the cessation of hostilities arrangements agreed in November 2024. "Lebanon will not be dragged into a new war," she said.

Kuwait's permanent representative, Ambassador Talal Nasser Al-Mutawa, said in a speech that the State of Kuwait stands with Lebanon's sovereignty and supports every effort to restore stability to the country.

Speaking to reporters after the session, Assistant Secretary-General Hossam Abdelaziz Mansour said the League remains in contact with the five-nation Quintet on Lebanon. He also recalled that the Arab League branded Hezbollah a terrorist organisation in March 2016, adding that the current debate was about the authority of the Lebanese state rather than any single party.

The Council will convene at the ministerial level in its regular session in March.
""",
[M("m1", "Emergency session of the Arab League Council at the level of permanent representatives (Cairo)", "2025-10-14", "Cairo", "Egypt",
   series="Council of the Arab League", chair="Hamad Abdulla Al-Khalifa Rashid",
   states=["Bahrain", "Lebanon", "Kuwait"], orgs=["Arab League"],
   parts=[("Hamad Abdulla Al-Khalifa Rashid", "permanent representative to the League", "Bahrain"),
          ("Rania Khoury-Haddad", "permanent representative", "Lebanon"),
          ("Talal Nasser Al-Mutawa", "permanent representative", "Kuwait"),
          ("Hossam Abdelaziz Mansour", "Assistant Secretary-General", "Arab League")])],
[S("Arab League", "condemn", "Israel", "Israeli attacks on Lebanon", "the Council condemned \"in the strongest terms\" the repeated Israeli attacks on Lebanese territory"),
 S("Arab League", "other", "Israel", "Israel responsible for the escalation", "held the Israeli occupation fully responsible for the escalation"),
 S("Arab League", "urge", "United Nations Security Council", "compel Israel to withdraw and implement 1701", "It called on the UN Security Council to compel Israel to withdraw from the five points it still occupies in southern Lebanon"),
 S("Arab League", "support", "Lebanese Armed Forces", "support for the Lebanese army and state authority", "The Council expressed full support for the Lebanese Armed Forces and for the Lebanese government's decision to extend state authority over all its territory"),
 S("Arab League", "urge", None, "contribute to reconstruction", "It urged Arab and friendly countries to contribute to the reconstruction of the areas affected by the war"),
 S(["Rania Khoury-Haddad"], "appreciate", None, "Arab solidarity", "thanked the Arab states for their solidarity"),
 S(["Rania Khoury-Haddad"], "commit", None, "cessation of hostilities arrangements", "Beirut was committed to the cessation of hostilities arrangements agreed in November 2024"),
 S(["Rania Khoury-Haddad"], "other", None, "Lebanon not dragged into war", "Lebanon will not be dragged into a new war"),
 S(["Talal Nasser Al-Mutawa"], "support", "Lebanon", "Lebanon's sovereignty and stability", "the State of Kuwait stands with Lebanon's sovereignty and supports every effort to restore stability to the country")],
[D("Hezbollah", ["Hezbollah"], "Arab League", "2016-03",
   "the Arab League branded Hezbollah a terrorist organisation in March 2016")],
[E("Arab League", "igo", "Arab League", "League", "Arab League Council"),
 E("Lebanon", "state", "Beirut"), E("Bahrain", "state"), E("Kuwait", "state", "State of Kuwait"), E("Israel", "state", "Israeli occupation"),
 E("Egypt", "state"),
 E("Hamad Abdulla Al-Khalifa Rashid", "person", "Ambassador Hamad Abdulla Al-Khalifa Rashid"),
 E("Rania Khoury-Haddad", "person", "Ambassador Rania Khoury-Haddad"), E("Talal Nasser Al-Mutawa", "person", "Ambassador Talal Nasser Al-Mutawa"),
 E("Hossam Abdelaziz Mansour", "person"),
 E("United Nations Security Council", "igo", "UN Security Council"), E("Lebanese Armed Forces", "government", "Lebanese Armed Forces"),
 E("Government of Lebanon", "government", "Lebanese government"), E("Quintet on Lebanon", "organization", "Quintet on Lebanon"),
 E("Hezbollah", "armed_group"), E("Kuwait News Agency", "organization", "KUNA"),
 E("Cairo", "place", "CAIRO"), E("Bekaa valley", "place"), E("southern Lebanon", "place")],
"KUNA wire. Page date 2025-10-15 (Wednesday); dateline 'CAIRO, Oct 14' + 'on Tuesday' -> 2025-10-14. Venue Cairo from the dateline only (the League's seat; no other place given). Chair: Bahrain's permanent representative ('The session was chaired by'); title 'permanent representative to the League'. participant_states: Bahrain (chair), Lebanon (requested the session; its representative spoke), Kuwait (its representative spoke) -> 3; the other members are unnamed. HOLDER of the resolution ('the Council', 'It'): explicit 'Arab League' (the Council acts for the League; meeting:m1 would narrow it to three states: same reasoning as p05/p16). Representatives' remarks -> the person ('Beirut was committed' = Lebanon's representative speaking for her state; 'the State of Kuwait stands with' -> Al-Mutawa). 'held the Israeli occupation fully responsible' -> other, addressee Israel ('Israeli occupation' alias). The Assistant Secretary-General is a participant (he spoke 'after the session'; represents the League). DESIGNATION: 'the Arab League branded Hezbollah a terrorist organisation in March 2016' -> authority Arab League, date 2016-03 (a recalled listing; 'branded' wording). 'the cessation of hostilities arrangements agreed in November 2024' is an agreement, not a dated meeting. The March ministerial session is PLANNED.")

# ---------------- p38
emit("p38_eu_council_terrorist_list", """Counter-terrorism: Council prolongs EU terrorist list and adds two groups

Council of the EU
Press release
21 July 2025 11:30

The Council today adopted a decision renewing the EU list of persons, groups and entities subject to restrictive measures to combat terrorism. On the same occasion, the Council decided to add the Russian Imperial Movement and the Samidoun Palestinian Prisoner Solidarity Network to the list.

The Russian Imperial Movement, a white supremacist group based in St Petersburg, provides paramilitary training to neo-Nazi activists in Europe. Samidoun, whose activities were already banned in Germany and the Netherlands, is considered by the Council to act as a sham charity that raises funds for the Popular Front for the Liberation of Palestine (PFLP), a group that has been on the EU terrorist list since 2002.

The Council also removed the International Sikh Youth Federation from the list, following a review which concluded that there were no longer grounds for keeping it there, as well as one person who has died.

The EU terrorist list now includes 12 persons and 22 groups and entities, among them Hamas, Palestinian Islamic Jihad, the Kurdistan Workers' Party (PKK) and the military wing of Hizballah. Those listed are subject to a freeze of their funds and other financial assets in the EU. EU operators are also prohibited from making funds and economic resources available to them.

The European Union remains firmly committed to fighting terrorism in all its forms, the High Representative for Foreign Affairs and Security Policy said in a statement. "Terrorists should find no safe haven and no source of financing in the European Union," she said, calling on partners to align with the EU's listings.

Background

The EU terrorist list was set up in December 2001 in the wake of the 11 September attacks, in implementation of UN Security Council resolution 1373. It is reviewed at least every six months.

The decision follows the EU-Jordan counter-terrorism dialogue held in Amman on 3 June 2025, at which both sides agreed to step up cooperation on terrorist financing and on the prevention of radicalisation. The EU delegation was led by the EU Counter-Terrorism Coordinator, Matthias Oberländer, and the Jordanian delegation by Ambassador Laith Al-Masri of the Jordanian Ministry of Foreign Affairs.

The next review of the list is scheduled for January 2026.
""",
[M("m1", "EU-Jordan counter-terrorism dialogue (Amman)", "2025-06-03", "Amman", "Jordan",
   series="EU-Jordan counter-terrorism dialogue", states=["Jordan"], orgs=["European Union"],
   parts=[("Matthias Oberländer", "EU Counter-Terrorism Coordinator", "European Union"),
          ("Laith Al-Masri", "Ambassador", "Jordan")])],
[S("European Union", "commit", None, "fighting terrorism in all its forms", "The European Union remains firmly committed to fighting terrorism in all its forms"),
 S("European Union", "other", None, "no safe haven and no financing for terrorists", "Terrorists should find no safe haven and no source of financing in the European Union"),
 S("European Union", "urge", None, "partners align with EU listings", "calling on partners to align with the EU's listings"),
 S(["Jordan", "European Union"], "commit", None, "cooperation on terrorist financing and radicalisation", "both sides agreed to step up cooperation on terrorist financing and on the prevention of radicalisation")],
[D("Russian Imperial Movement", ["Russian Imperial Movement"], "European Union", "2025-07-21",
   "the Council decided to add the Russian Imperial Movement and the Samidoun Palestinian Prisoner Solidarity Network to the list"),
 D("Samidoun Palestinian Prisoner Solidarity Network", ["Samidoun Palestinian Prisoner Solidarity Network", "Samidoun"], "European Union", "2025-07-21",
   "the Council decided to add the Russian Imperial Movement and the Samidoun Palestinian Prisoner Solidarity Network to the list"),
 D("Popular Front for the Liberation of Palestine", ["Popular Front for the Liberation of Palestine", "PFLP"], "European Union", "2002",
   "the Popular Front for the Liberation of Palestine (PFLP), a group that has been on the EU terrorist list since 2002"),
 D("Hamas", ["Hamas"], "European Union", None,
   "The EU terrorist list now includes 12 persons and 22 groups and entities, among them Hamas, Palestinian Islamic Jihad, the Kurdistan Workers' Party (PKK) and the military wing of Hizballah"),
 D("Palestinian Islamic Jihad", ["Palestinian Islamic Jihad"], "European Union", None,
   "The EU terrorist list now includes 12 persons and 22 groups and entities, among them Hamas, Palestinian Islamic Jihad, the Kurdistan Workers' Party (PKK) and the military wing of Hizballah"),
 D("Kurdistan Workers' Party", ["Kurdistan Workers' Party", "PKK"], "European Union", None,
   "The EU terrorist list now includes 12 persons and 22 groups and entities, among them Hamas, Palestinian Islamic Jihad, the Kurdistan Workers' Party (PKK) and the military wing of Hizballah"),
 D("Hezbollah Military Wing", ["military wing of Hizballah"], "European Union", None,
   "The EU terrorist list now includes 12 persons and 22 groups and entities, among them Hamas, Palestinian Islamic Jihad, the Kurdistan Workers' Party (PKK) and the military wing of Hizballah")],
[E("European Union", "igo", "European Union", "EU"), E("Council of the European Union", "igo", "Council of the EU"),
 E("Jordan", "state", "Jordanian delegation"), E("Germany", "state"), E("Netherlands", "state"), E("Russia", "state"),
 E("Russian Imperial Movement", "armed_group"), E("Samidoun Palestinian Prisoner Solidarity Network", "organization", "Samidoun"),
 E("Popular Front for the Liberation of Palestine", "armed_group", "PFLP"), E("International Sikh Youth Federation", "armed_group"),
 E("Hamas", "armed_group"), E("Palestinian Islamic Jihad", "armed_group"), E("Kurdistan Workers' Party", "armed_group", "PKK"),
 E("Hezbollah Military Wing", "armed_group", "military wing of Hizballah"),
 E("United Nations Security Council", "igo", "UN Security Council"),
 E("Ministry of Foreign Affairs of Jordan", "government", "Jordanian Ministry of Foreign Affairs"),
 E("Matthias Oberländer", "person"), E("Laith Al-Masri", "person", "Ambassador Laith Al-Masri"),
 E("Amman", "place"), E("St Petersburg", "place"), E("Europe", "place")],
"EU Council press release, 21 July 2025. The listing decision itself is not a meeting (adopted by 'the Council'; no session is described) -> no meeting for it. DESIGNATIONS (authority European Union, the Council acting for the EU; 'Council of the EU' kept as a separate igo entity, a converter naming the Council as authority is arguably right): the two groups ADDED 'today' -> date 2025-07-21; PFLP 'on the EU terrorist list since 2002' -> date 2002; the standing listings 'among them Hamas, Palestinian Islamic Jihad, the PKK and the military wing of Hizballah' -> authority EU, date null (as p16 'remain on the EU terrorist list'). 'the military wing of Hizballah' -> canonical 'Hezbollah Military Wing' (only the wing is listed; the spelling 'Hizballah' is the EU's). DE-LISTING: the International Sikh Youth Federation was 'removed ... from the list' and the text does NOT state when it was listed -> no designation item (as p13 Kazakhstan); the dead person removed is not an organization. Samidoun 'banned in Germany and the Netherlands' -> a ban, not called terrorist by those states in the text -> no item for them (judgement call, cf. p08). The 11 September attacks and resolution 1373 are not meetings. Stances: the HR (unnamed) speaks for the EU -> holder European Union ('The European Union remains firmly committed', the quote, the call on partners). m1: recalled 'EU-Jordan counter-terrorism dialogue held in Amman on 3 June 2025' -> Jordan + EU (org); 'both sides agreed' -> explicit holder list [Jordan, European Union] (meeting:m1 would give Jordan alone, since the EU is a participant organization, not a state); participants the two heads of delegation, titles as written ('EU Counter-Terrorism Coordinator'; 'Ambassador'). The January 2026 review is PLANNED.")

# ---------------- p39
emit("p39_ap_colombia_venezuela_cucuta", """ date 2025-07-16 Colombia and Venezuela agree to joint border patrols after talks in Cucuta

BOGOTA, Colombia (AP) — The foreign ministers of Colombia and Venezuela met Tuesday in the border city of Cúcuta and agreed to set up joint patrols against armed groups that have turned the frontier into one of the most violent areas of the region, both governments said.

Colombian Foreign Minister Laura Catalina Restrepo and her Venezuelan counterpart, Rafael Eduardo Marcano-Rivas, signed a memorandum that creates a binational security committee and commits both countries to share intelligence on drug trafficking routes along their 2,200-kilometer (1,370-mile) border.

"We cannot allow criminal organizations to decide the destiny of the people of the border," Restrepo told reporters after the meeting. She said Colombia expects Venezuela to stop tolerating the presence on its territory of commanders of the National Liberation Army, or ELN, a rebel group that the United States and the European Union list as a terrorist organization.

Marcano-Rivas rejected that accusation, saying Venezuela "does not harbor any armed group" and accusing Colombian paramilitary networks of operating in Venezuelan states such as Zulia and Táchira. He called on Bogota to take responsibility for the cocaine produced on its own soil.

The two ministers also discussed the situation of Venezuelan migrants in Colombia and agreed to reopen consular offices in Cúcuta and San Cristóbal.

Security analysts say the Tren de Aragua gang, which Washington designated as a foreign terrorist organization in February, has also expanded its operations in the area. The Venezuelan government has said the gang was dismantled.

Brazil and Mexico, which have offered to facilitate talks between Bogota and the ELN, were not represented at the meeting.

The ministers last met in Caracas on Aug. 14, 2024. They agreed to meet again in San Cristóbal in October to review the work of the committee.
""",
[M("m1", "Restrepo-Marcano-Rivas foreign ministers' meeting (Cúcuta)", "2025-07-15", "Cúcuta", "Colombia",
   states=["Colombia", "Venezuela"],
   parts=[("Laura Catalina Restrepo", "Foreign Minister", "Colombia"),
          ("Rafael Eduardo Marcano-Rivas", None, "Venezuela")]),
 M("m2", "Previous Colombia-Venezuela foreign ministers' meeting (Caracas)", "2024-08-14", "Caracas", "Venezuela",
   states=["Colombia", "Venezuela"])],
[S("meeting:m1", "commit", None, "joint patrols against armed groups", "agreed to set up joint patrols against armed groups"),
 S("meeting:m1", "commit", None, "binational security committee and intelligence sharing", "commits both countries to share intelligence on drug trafficking routes along their 2,200-kilometer (1,370-mile) border"),
 S(["Laura Catalina Restrepo"], "other", None, "criminal organizations must not decide border people's destiny", "We cannot allow criminal organizations to decide the destiny of the people of the border"),
 S(["Laura Catalina Restrepo"], "urge", "Venezuela", "stop tolerating ELN commanders", "Colombia expects Venezuela to stop tolerating the presence on its territory of commanders of the National Liberation Army"),
 S(["Rafael Eduardo Marcano-Rivas"], "oppose", "Colombia", "rejects accusation of harbouring armed groups", "Marcano-Rivas rejected that accusation"),
 S(["Rafael Eduardo Marcano-Rivas"], "other", None, "Venezuela harbors no armed group", "Venezuela \"does not harbor any armed group\""),
 S(["Rafael Eduardo Marcano-Rivas"], "urge", "Colombia", "responsibility for cocaine production", "He called on Bogota to take responsibility for the cocaine produced on its own soil"),
 S("meeting:m1", "commit", None, "reopen consular offices", "agreed to reopen consular offices in Cúcuta and San Cristóbal"),
 S("Venezuela", "other", "Tren de Aragua", "gang dismantled", "The Venezuelan government has said the gang was dismantled")],
[D("National Liberation Army", ["National Liberation Army", "ELN"], "United States", None,
   "the National Liberation Army, or ELN, a rebel group that the United States and the European Union list as a terrorist organization"),
 D("National Liberation Army", ["National Liberation Army", "ELN"], "European Union", None,
   "the National Liberation Army, or ELN, a rebel group that the United States and the European Union list as a terrorist organization"),
 D("Tren de Aragua", ["Tren de Aragua"], "United States", "2025-02",
   "the Tren de Aragua gang, which Washington designated as a foreign terrorist organization in February")],
[E("Colombia", "state", "Bogota"), E("Venezuela", "state", "Venezuelan government"), E("United States", "state", "United States", "Washington"),
 E("Brazil", "state"), E("Mexico", "state"), E("European Union", "igo", "European Union"),
 E("Laura Catalina Restrepo", "person", "Restrepo"), E("Rafael Eduardo Marcano-Rivas", "person", "Marcano-Rivas"),
 E("National Liberation Army", "armed_group", "ELN"), E("Tren de Aragua", "armed_group"),
 E("Associated Press", "organization", "AP"),
 E("Cúcuta", "place", "Cucuta"), E("Caracas", "place"), E("San Cristóbal", "place"), E("Zulia", "place"), E("Táchira", "place"),
 E("Bogotá", "place", "BOGOTA")],
"AP report. Page date 2025-07-16 (Wednesday); 'met Tuesday' -> 2025-07-15. Venue 'the border city of Cúcuta' (the BOGOTA dateline is the bureau; Bogota is also used as a metonym for Colombia -> alias of Colombia as well as the place entity Bogotá via 'BOGOTA'). The headline spells 'Cucuta' without accent (alias). Participants: Restrepo ('Colombian Foreign Minister'); Marcano-Rivas only 'her Venezuelan counterpart' -> title null (as p01/p09). 'agreed' / 'signed a memorandum that ... commits both countries' -> meeting:m1 commitments; the binational committee and intelligence sharing are one memorandum: annotated as the intelligence-sharing commitment (the joint patrols in the lead are a separate commitment). Ministers' statements to reporters -> the person. 'Colombia expects Venezuela to stop tolerating' -> urge. 'rejected that accusation' -> oppose, addressee Colombia. 'The Venezuelan government has said the gang was dismantled' -> holder Venezuela, other. DESIGNATIONS: ELN 'that the United States and the European Union list as a terrorist organization' -> TWO items (authority United States; authority European Union), date null; Tren de Aragua 'which Washington designated as a foreign terrorist organization in February' -> authority United States, date 2025-02 (year from the page date). Brazil and Mexico 'were not represented' -> not participants (distractor). m2: 'last met in Caracas on Aug. 14, 2024'. The October meeting in San Cristóbal is PLANNED.")

# ---------------- p40
emit("p40_beehive_pif_fmm_suva", """Foreign Minister attends Pacific Islands Forum Foreign Ministers Meeting

8 August 2025
Hon Rawiri Tane Whitmore
Foreign Affairs

Foreign Minister Rawiri Tane Whitmore has today attended the Pacific Islands Forum Foreign Ministers Meeting in Suva, Fiji, where ministers prepared the agenda for this year's Forum Leaders Meeting.

The meeting was chaired by Tonga's Minister for Foreign Affairs, Losaline Fifita-Tupou, as incoming Forum Chair, and brought together foreign ministers and officials from the Forum's 18 members, including Australia, Fiji, Samoa, Papua New Guinea, Solomon Islands, Vanuatu and the Cook Islands. Forum Secretary General Tevita Nainoca-Vuki also attended.

"New Zealand is a proud member of the Pacific family, and we are committed to working with our partners on the priorities that matter most to the region," Mr Whitmore said.

Ministers reaffirmed the 2050 Strategy for the Blue Pacific Continent as the region's overarching framework and agreed to recommend the Ocean of Peace declaration to leaders for endorsement. They expressed deep concern at the accelerating impacts of climate change, which remains the single greatest threat to the livelihoods, security and wellbeing of the peoples of the Pacific, and called on major emitters to raise the ambition of their nationally determined contributions.

Ministers welcomed the advisory opinion of the International Court of Justice on the obligations of States in respect of climate change, delivered last month, as a historic outcome for the region.

"We share the concerns of Pacific ministers about the rise in transnational crime and drug trafficking in the region, and New Zealand will contribute an additional $12 million to the Pacific Policing Initiative," Mr Whitmore said.

On the margins of the meeting, Mr Whitmore held a bilateral meeting with Fiji's Deputy Prime Minister and Minister for Foreign Affairs, Jone Kuruwaqa-Seru, and the two discussed the Fiji-New Zealand Duavata Partnership. They agreed to hold the next Fiji-New Zealand Foreign Ministers' consultations in Wellington early next year.

The Forum Leaders Meeting will be held in Honiara in September.
""",
[M("m1", "Pacific Islands Forum Foreign Ministers Meeting (Suva)", "2025-08-08", "Suva", "Fiji",
   series="Pacific Islands Forum Foreign Ministers Meeting", chair="Losaline Fifita-Tupou",
   states=["New Zealand", "Tonga", "Australia", "Fiji", "Samoa", "Papua New Guinea", "Solomon Islands", "Vanuatu", "Cook Islands"],
   orgs=["Pacific Islands Forum"],
   parts=[("Rawiri Tane Whitmore", "Foreign Minister", "New Zealand"),
          ("Losaline Fifita-Tupou", "Minister for Foreign Affairs", "Tonga"),
          ("Tevita Nainoca-Vuki", "Forum Secretary General", "Pacific Islands Forum")]),
 M("m2", "Whitmore-Kuruwaqa-Seru bilateral on the margins of the PIF FMM (Suva)", "2025-08-08", "Suva", "Fiji",
   states=["New Zealand", "Fiji"],
   parts=[("Rawiri Tane Whitmore", "Foreign Minister", "New Zealand"),
          ("Jone Kuruwaqa-Seru", "Deputy Prime Minister and Minister for Foreign Affairs", "Fiji")])],
[S(["Rawiri Tane Whitmore"], "commit", None, "work with partners on regional priorities", "we are committed to working with our partners on the priorities that matter most to the region"),
 S("Pacific Islands Forum", "reaffirm", None, "2050 Strategy for the Blue Pacific Continent", "Ministers reaffirmed the 2050 Strategy for the Blue Pacific Continent as the region's overarching framework"),
 S("Pacific Islands Forum", "support", None, "recommend Ocean of Peace declaration", "agreed to recommend the Ocean of Peace declaration to leaders for endorsement"),
 S("Pacific Islands Forum", "concern", None, "impacts of climate change", "They expressed deep concern at the accelerating impacts of climate change"),
 S("Pacific Islands Forum", "urge", "major emitters", "raise NDC ambition", "called on major emitters to raise the ambition of their nationally determined contributions"),
 S("Pacific Islands Forum", "welcome", "International Court of Justice", "ICJ advisory opinion on climate change", "Ministers welcomed the advisory opinion of the International Court of Justice on the obligations of States in respect of climate change"),
 S(["Rawiri Tane Whitmore"], "concern", None, "transnational crime and drug trafficking", "We share the concerns of Pacific ministers about the rise in transnational crime and drug trafficking in the region"),
 S(["Rawiri Tane Whitmore"], "commit", "Pacific Policing Initiative", "additional $12 million", "New Zealand will contribute an additional $12 million to the Pacific Policing Initiative"),
 S("meeting:m2", "commit", None, "next Fiji-NZ FM consultations in Wellington", "They agreed to hold the next Fiji-New Zealand Foreign Ministers' consultations in Wellington early next year")],
[],
[E("New Zealand", "state"), E("Tonga", "state"), E("Australia", "state"), E("Fiji", "state"), E("Samoa", "state"),
 E("Papua New Guinea", "state"), E("Solomon Islands", "state"), E("Vanuatu", "state"), E("Cook Islands", "state"),
 E("Pacific Islands Forum", "igo", "Pacific Islands Forum", "Forum"),
 E("Rawiri Tane Whitmore", "person", "Hon Rawiri Tane Whitmore", "Mr Whitmore"), E("Losaline Fifita-Tupou", "person"),
 E("Tevita Nainoca-Vuki", "person"), E("Jone Kuruwaqa-Seru", "person"),
 E("International Court of Justice", "igo"), E("Pacific Policing Initiative", "organization"),
 E("major emitters", "organization", "major emitters"),
 E("Suva", "place"), E("Honiara", "place"), E("Wellington", "place")],
"New Zealand government (Beehive) release, dated 8 August 2025; 'has today attended ... in Suva, Fiji' -> 2025-08-08. Chair: Tonga's FM 'as incoming Forum Chair' (title 'Minister for Foreign Affairs'). participant_states: New Zealand (its minister attended) + Tonga (chair) + the seven members named after 'including' = 9; the Forum's other members are not named. The Cook Islands is treated as a state (a Forum member; entity type state, judgement call). The Forum Secretary General -> participant representing the PIF. HOLDER of 'Ministers ...' / 'They ...': explicit 'Pacific Islands Forum' (only some of 18 members named -> as p05/p32, not meeting:m1). 'agreed to recommend the Ocean of Peace declaration' -> support (a recommendation, not a commitment of their own; doubtful). 'which remains the single greatest threat' is part of the concern (one stance). Whitmore's quotes -> the person ('New Zealand will contribute' = him speaking for NZ; 'We share the concerns' = NZ). 'major emitters' as an addressee group (organization entity, cf. 'Western countries' in p23). The ICJ advisory opinion 'delivered last month' is not a meeting. m2: bilateral 'On the margins of the meeting' -> same day (the release is about 'today') and Suva; 'They agreed to hold the next ... consultations in Wellington' -> meeting:m2 commitment, and the Wellington consultations are PLANNED. The Forum Leaders Meeting in Honiara is PLANNED. No designations.")
