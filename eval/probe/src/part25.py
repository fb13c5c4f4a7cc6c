from common import M, S, D, E, emit, check

# ---------------------------------------------------------------- p92
stem = "p92_chair_statement_asean_china_som_doc"
text = """CHAIR'S SUMMARY
OF THE 24TH ASEAN-CHINA SENIOR OFFICIALS' MEETING ON THE IMPLEMENTATION OF THE DECLARATION ON THE CONDUCT OF PARTIES IN THE SOUTH CHINA SEA
Kuala Lumpur, Malaysia, 3-5 June 2025

1. The 24th ASEAN-China Senior Officials' Meeting on the Implementation of the Declaration on the Conduct of Parties in the South China Sea (SOM-DOC) was held in Kuala Lumpur from 3 to 5 June 2025. The Meeting was co-chaired by Datuk Amran Yusof, Secretary-General of the Ministry of Foreign Affairs of Malaysia, and Mr. Gao Lin, Assistant Minister of Foreign Affairs of the People's Republic of China. Senior officials of all ASEAN Member States and the ASEAN Secretary-General attended the Meeting.

2. The Meeting reaffirmed the importance of maintaining and promoting peace, security, stability and freedom of navigation in and overflight above the South China Sea, and recognised the benefits of having the South China Sea as a sea of peace, stability and prosperity.

3. The Meeting welcomed the completion of the third reading of the Single Draft Code of Conduct in the South China Sea (COC) Negotiating Text and agreed to intensify negotiations with a view to the early conclusion of an effective and substantive COC in accordance with international law, including the 1982 UNCLOS.

4. Some officials expressed concerns about land reclamations, dangerous manoeuvres at sea and serious incidents in the area, which have eroded trust and may undermine peace, security and stability in the region.

5. The Philippine delegation, led by Undersecretary Maria Teresa Villanueva, raised the water cannon incidents near Second Thomas Shoal in April and called on all parties to refrain from actions that could escalate tensions.

6. The Chinese side stated that China's sovereignty over the Nansha Islands is indisputable and urged countries outside the region to stop interfering in the South China Sea issue.

7. The Meeting agreed that the 25th SOM-DOC will be held in China in the second half of 2025, preceded by the 46th Joint Working Group meeting.

8. The Meeting was held in the traditional spirit of ASEAN solidarity and friendship. The Co-Chairs thanked Malaysia for the excellent arrangements.
"""
meetings = [
    M("m1", "24th ASEAN-China Senior Officials' Meeting on the Implementation of the DOC (Kuala Lumpur)", "2025-06-03", "Kuala Lumpur", "Malaysia",
      series="ASEAN-China Senior Officials' Meeting on the Implementation of the DOC", ordinal=24, chair=None,
      states=["Malaysia", "China", "Philippines"], orgs=["ASEAN"],
      parts=[("Amran Yusof", "Secretary-General of the Ministry of Foreign Affairs of Malaysia", "Malaysia"),
             ("Gao Lin", "Assistant Minister of Foreign Affairs", "China"),
             ("Maria Teresa Villanueva", "Undersecretary", "Philippines")]),
]
stances = [
    S("meeting:m1", "reaffirm", None, "peace, stability, freedom of navigation and overflight",
      "The Meeting reaffirmed the importance of maintaining and promoting peace, security, stability and freedom of navigation in and overflight above the South China Sea"),
    S("meeting:m1", "support", None, "South China Sea as sea of peace",
      "recognised the benefits of having the South China Sea as a sea of peace, stability and prosperity"),
    S("meeting:m1", "welcome", None, "third reading of COC negotiating text",
      "The Meeting welcomed the completion of the third reading of the Single Draft Code of Conduct in the South China Sea (COC) Negotiating Text"),
    S("meeting:m1", "commit", None, "intensify negotiations for early COC",
      "agreed to intensify negotiations with a view to the early conclusion of an effective and substantive COC in accordance with international law"),
    S(None, "concern", None, "land reclamations, dangerous manoeuvres, incidents",
      "Some officials expressed concerns about land reclamations, dangerous manoeuvres at sea and serious incidents in the area"),
    S("Maria Teresa Villanueva", "urge", None, "refrain from escalation", "called on all parties to refrain from actions that could escalate tensions"),
    S("China", "other", None, "sovereignty over Nansha Islands indisputable", "China's sovereignty over the Nansha Islands is indisputable"),
    S("China", "urge", None, "outside countries stop interfering",
      "urged countries outside the region to stop interfering in the South China Sea issue"),
    S("meeting:m1", "commit", None, "25th SOM-DOC in China", "The Meeting agreed that the 25th SOM-DOC will be held in China in the second half of 2025"),
    S("meeting:m1", "appreciate", "Malaysia", "Malaysia's arrangements", "The Co-Chairs thanked Malaysia for the excellent arrangements"),
]
entities = [
    E("Malaysia", "state"), E("China", "state", "People's Republic of China", "Chinese side"), E("Philippines", "state", "Philippine"),
    E("ASEAN", "igo", "ASEAN"),
    E("Amran Yusof", "person", "Datuk Amran Yusof"), E("Gao Lin", "person", "Mr. Gao Lin"), E("Maria Teresa Villanueva", "person"),
    E("Ministry of Foreign Affairs of Malaysia", "government", "Ministry of Foreign Affairs of Malaysia"),
    E("Kuala Lumpur", "place"), E("South China Sea", "place"), E("Second Thomas Shoal", "place"), E("Nansha Islands", "place"),
]
notes = ("Invented chair's summary. '3-5 June 2025' -> first day 2025-06-03; '24th' -> ordinal 24. Co-chaired by Malaysia's and China's officials -> chair null (co-chairs, earlier-batch convention); both are participants. "
         "ASEAN member states are not named ('all ASEAN Member States') -> participant_states only the states named as taking part: Malaysia (co-chair, host), China, the Philippines ('The Philippine delegation'). "
         "Holders: 'The Meeting' -> meeting:m1 (the named states + ASEAN; the holder check uses the three states - doubtful, since the Meeting speaks for all ASEAN members and China). "
         "'Some officials expressed concerns' -> holder null (unnamed, as the earlier-batch passive convention); 'The Chinese side stated' -> China; the Philippine call -> Villanueva. 'The Co-Chairs thanked Malaysia' -> meeting:m1 (unsure; the co-chairs speak for the meeting). "
         "Not meetings: 'the 25th SOM-DOC will be held in China in the second half of 2025' and the '46th Joint Working Group meeting' (planned); the April water-cannon incidents are events, not meetings. NO designations.")
check(stem, text, stances, [])
emit(stem, text, meetings, stances, [], entities, notes)

# ---------------------------------------------------------------- p93
stem = "p93_anadolu_belgrade_pristina_brussels"
text = """ date 2025-03-27 Belgrade, Pristina negotiators meet in Brussels, agree on missing persons but not on association of Serb municipalities

EU envoy says dialogue 'back on track' after 10-month pause, but Kosovo and Serbia trade blame over implementation of 2023 Ohrid agreement

Leila Berisha |27.03.2025 - Update : 27.03.2025

BRUSSELS

Chief negotiators of Serbia and Kosovo met in Brussels on Wednesday in the first round of the EU-facilitated dialogue since last May, the European External Action Service said.

Serbia's chief negotiator Dejan Marković and Kosovo's First Deputy Prime Minister Arben Krasniqi held talks under the auspices of EU Special Representative for the Belgrade-Pristina Dialogue Johanna Lindqvist.

"I am glad that the dialogue is back on track. Both parties have agreed on a joint declaration on missing persons, which is an important humanitarian step," Lindqvist told a press conference after the meeting.

She urged both sides to implement all their obligations under the Brussels and Ohrid agreements "without delay and without preconditions," adding that the EU expects Pristina to start establishing the Association of Serb-majority Municipalities.

Krasniqi said Kosovo was "fully committed" to the dialogue, but accused Belgrade of refusing to recognize Kosovo's documents and of "sheltering those responsible for the Banjska attack."

Marković, for his part, told reporters that Serbia would never recognize Kosovo's independence and that the formation of the association was "the only test of Pristina's good faith."

The US Embassy in Pristina welcomed the agreement on missing persons in a statement.

Kosovo declared independence from Serbia in 2008. Belgrade does not recognize it. The EU-facilitated dialogue was launched in 2011.

On Tuesday evening, Lindqvist met separately with Krasniqi and with Marković. The next high-level meeting, with Serbia's president and Kosovo's prime minister, is expected in May.
"""
meetings = [
    M("m1", "EU-facilitated Belgrade-Pristina dialogue, chief negotiators' meeting (Brussels)", "2025-03-26", "Brussels", "Belgium",
      series="EU-facilitated Belgrade-Pristina Dialogue", states=["Serbia", "Kosovo"], orgs=["European Union"],
      parts=[("Dejan Marković", "chief negotiator", "Serbia"), ("Arben Krasniqi", "First Deputy Prime Minister", "Kosovo"),
             ("Johanna Lindqvist", "EU Special Representative for the Belgrade-Pristina Dialogue", "European Union")]),
    M("m2", "Separate meeting of Johanna Lindqvist with Arben Krasniqi", "2025-03-25", "Brussels", "Belgium",
      states=["Kosovo"], orgs=["European Union"],
      parts=[("Johanna Lindqvist", "EU Special Representative for the Belgrade-Pristina Dialogue", "European Union"),
             ("Arben Krasniqi", "First Deputy Prime Minister", "Kosovo")]),
    M("m3", "Separate meeting of Johanna Lindqvist with Dejan Marković", "2025-03-25", "Brussels", "Belgium",
      states=["Serbia"], orgs=["European Union"],
      parts=[("Johanna Lindqvist", "EU Special Representative for the Belgrade-Pristina Dialogue", "European Union"),
             ("Dejan Marković", "chief negotiator", "Serbia")]),
]
stances = [
    S("Johanna Lindqvist", "welcome", None, "dialogue back on track", "I am glad that the dialogue is back on track"),
    S(["Serbia", "Kosovo"], "commit", None, "joint declaration on missing persons",
      "Both parties have agreed on a joint declaration on missing persons"),
    S("Johanna Lindqvist", "urge", ["Serbia", "Kosovo"], "implement Brussels and Ohrid obligations",
      'She urged both sides to implement all their obligations under the Brussels and Ohrid agreements "without delay and without preconditions,'),
    S("Johanna Lindqvist", "urge", "Kosovo", "establish the Association of Serb-majority Municipalities",
      "the EU expects Pristina to start establishing the Association of Serb-majority Municipalities"),
    S("Arben Krasniqi", "commit", None, "fully committed to the dialogue", 'Kosovo was "fully committed" to the dialogue'),
    S("Arben Krasniqi", "other", "Serbia", "accuses Serbia of refusing Kosovo documents",
      "accused Belgrade of refusing to recognize Kosovo's documents"),
    S("Arben Krasniqi", "other", "Serbia", "accuses Serbia of sheltering Banjska attackers",
      "sheltering those responsible for the Banjska attack"),
    S("Dejan Marković", "oppose", "Kosovo", "never recognize Kosovo's independence", "Serbia would never recognize Kosovo's independence"),
    S("Dejan Marković", "urge", "Kosovo", "form the association as test of good faith",
      'the formation of the association was "the only test of Pristina\'s good faith.'),
    S("United States", "welcome", None, "agreement on missing persons", "The US Embassy in Pristina welcomed the agreement on missing persons"),
    S("Serbia", "oppose", "Kosovo", "non-recognition of Kosovo (background)", "Belgrade does not recognize it"),
]
entities = [
    E("Serbia", "state", "Belgrade"), E("Kosovo", "state", "Pristina"), E("Belgium", "state"), E("United States", "state", "US"),
    E("Dejan Marković", "person", "Marković"), E("Arben Krasniqi", "person", "Krasniqi"), E("Johanna Lindqvist", "person", "Lindqvist"),
    E("Leila Berisha", "person"),
    E("European Union", "igo", "EU"), E("European External Action Service", "igo", "European External Action Service"),
    E("Association of Serb-majority Municipalities", "organization", "Association of Serb-majority Municipalities"),
    E("EU-facilitated Belgrade-Pristina Dialogue", "organization", "EU-facilitated dialogue", "Belgrade-Pristina Dialogue"),
    E("Brussels", "place", "BRUSSELS"), E("Banjska", "place"),
]
notes = ("Invented Anadolu-style report. Page date 2025-03-27 (Thursday); 'met in Brussels on Wednesday' -> m1 2025-03-26; 'On Tuesday evening, Lindqvist met separately with Krasniqi and with Marković' -> two meetings m2, m3 on 2025-03-25, city Brussels from context (not restated; unsure). "
         "'the first round ... since last May' is not a series ordinal -> null. Kosovo treated as a state (as the text does; recognition disputed). 'Pristina' and 'Belgrade' are metonymy throughout (aliases of Kosovo and Serbia); the 'US Embassy in Pristina' also names the city, but no Pristina place entity is kept. Belgium not named in the text -> country of the venue only; entity Belgium NOT listed... "
         "The EU facilitator is a participant representing the European Union; 'Both parties have agreed' (reported by her) -> [Serbia, Kosovo]. 'the EU expects Pristina' in her remarks -> holder Lindqvist. "
         "Krasniqi's accusation has two objects -> two stances (typed other). 'Belgrade does not recognize it' (background) -> Serbia oppose. "
         "Not meetings: 'The next high-level meeting ... is expected in May' (planned); 'last May' round (no day/city). Ohrid/Brussels agreements are documents. The 'Banjska attack' is an event; no terrorist designation in the text.")
entities = [e for e in entities if e["name"] != "Belgium"]
notes = notes.replace("Belgium not named in the text -> country of the venue only; entity Belgium NOT listed... ", "Belgium is not named in the text -> country of the venue only, no Belgium entity. ")
check(stem, text, stances, [])
emit(stem, text, meetings, stances, [], entities, notes)

# ---------------------------------------------------------------- p94
stem = "p94_communique_aes_fm_niamey"
text = """FINAL COMMUNIQUE OF THE ORDINARY SESSION OF THE COUNCIL OF MINISTERS OF THE CONFEDERATION OF SAHEL STATES (AES)

Niamey, 18 September 2025

1. The Council of Ministers of the Confederation of Sahel States (AES) held its second ordinary session in Niamey, Republic of Niger, on 18 September 2025, under the chairmanship of His Excellency Mr. Ibrahim Maiga Touré, Minister of Foreign Affairs of the Republic of Niger.

2. The session was attended by Mr. Seydou Diarra, Minister of Foreign Affairs and International Cooperation of the Republic of Mali, and Mr. Boureima Kaboré, Minister of Foreign Affairs of Burkina Faso.

3. The Ministers strongly condemned the terrorist attacks perpetrated by the armed terrorist groups, notably the Jama'at Nusrat al-Islam wal-Muslimin (JNIM) and the Islamic State in the Sahel, against civilian populations and the Defence and Security Forces of the member States.

4. The Ministers reaffirmed the determination of the three States to pool their efforts to eradicate terrorism and welcomed the operationalisation of the AES Unified Force, whose headquarters will be established in Niamey.

5. The Ministers denounced the support that certain foreign powers continue to provide to terrorist groups and called on the United Nations Security Council to open an independent investigation into these allegations.

6. The Ministers reaffirmed the irreversible character of the withdrawal of the three States from the Economic Community of West African States (ECOWAS) and expressed their readiness to negotiate with ECOWAS arrangements on the free movement of persons and goods.

7. The Ministers welcomed the entry into force of the AES passport and urged the technical partners to recognise it.

8. The Council took note of the report of the meeting of experts held from 15 to 16 September 2025 in Niamey, which prepared the present session.

9. The next ordinary session of the Council of Ministers will take place in Ouagadougou, Burkina Faso, on a date to be fixed by diplomatic channels.

10. The Ministers of Mali and Burkina Faso expressed their gratitude to the Government and people of Niger for the warm welcome and the excellent conditions of the session.
"""
AES3 = ["Niger", "Mali", "Burkina Faso"]
meetings = [
    M("m1", "Second ordinary session of the Council of Ministers of the Confederation of Sahel States (Niamey)", "2025-09-18", "Niamey", "Niger",
      series="Council of Ministers of the Confederation of Sahel States", ordinal=2, chair="Ibrahim Maiga Touré", states=AES3,
      orgs=["Confederation of Sahel States"],
      parts=[("Ibrahim Maiga Touré", "Minister of Foreign Affairs", "Niger"),
             ("Seydou Diarra", "Minister of Foreign Affairs and International Cooperation", "Mali"),
             ("Boureima Kaboré", "Minister of Foreign Affairs", "Burkina Faso")]),
    M("m2", "AES meeting of experts preparing the ministerial session (Niamey)", "2025-09-15", "Niamey", "Niger",
      orgs=["Confederation of Sahel States"]),
]
stances = [
    S("meeting:m1", "condemn", ["Jama'at Nusrat al-Islam wal-Muslimin", "Islamic State Sahel Province"], "terrorist attacks on civilians and forces",
      "The Ministers strongly condemned the terrorist attacks perpetrated by the armed terrorist groups"),
    S("meeting:m1", "reaffirm", None, "pool efforts to eradicate terrorism",
      "The Ministers reaffirmed the determination of the three States to pool their efforts to eradicate terrorism"),
    S("meeting:m1", "welcome", None, "operationalisation of the AES Unified Force", "welcomed the operationalisation of the AES Unified Force"),
    S("meeting:m1", "condemn", None, "foreign support to terrorist groups",
      "The Ministers denounced the support that certain foreign powers continue to provide to terrorist groups"),
    S("meeting:m1", "urge", "United Nations Security Council", "independent investigation",
      "called on the United Nations Security Council to open an independent investigation into these allegations"),
    S("meeting:m1", "reaffirm", "Economic Community of West African States", "irreversible withdrawal from ECOWAS",
      "The Ministers reaffirmed the irreversible character of the withdrawal of the three States from the Economic Community of West African States (ECOWAS)"),
    S("meeting:m1", "commit", "Economic Community of West African States", "negotiate free-movement arrangements",
      "expressed their readiness to negotiate with ECOWAS arrangements on the free movement of persons and goods"),
    S("meeting:m1", "welcome", None, "AES passport in force", "The Ministers welcomed the entry into force of the AES passport"),
    S("meeting:m1", "urge", None, "partners recognise AES passport", "urged the technical partners to recognise it"),
    S(["Mali", "Burkina Faso"], "appreciate", "Niger", "Niger's welcome",
      "The Ministers of Mali and Burkina Faso expressed their gratitude to the Government and people of Niger"),
]
q = "the armed terrorist groups, notably the Jama'at Nusrat al-Islam wal-Muslimin (JNIM) and the Islamic State in the Sahel"
designations = [
    D("Jama'at Nusrat al-Islam wal-Muslimin", ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"], "meeting:m1", "2025-09-18", q),
    D("Islamic State Sahel Province", ["Islamic State in the Sahel"], "meeting:m1", "2025-09-18", q),
]
entities = [
    E("Niger", "state", "Republic of Niger"), E("Mali", "state", "Republic of Mali"), E("Burkina Faso", "state"),
    E("Ibrahim Maiga Touré", "person", "His Excellency Mr. Ibrahim Maiga Touré"), E("Seydou Diarra", "person", "Mr. Seydou Diarra"),
    E("Boureima Kaboré", "person", "Mr. Boureima Kaboré"),
    E("Confederation of Sahel States", "igo", "Confederation of Sahel States", "AES"),
    E("Economic Community of West African States", "igo", "Economic Community of West African States", "ECOWAS"),
    E("United Nations Security Council", "igo", "United Nations Security Council"),
    E("AES Unified Force", "organization", "AES Unified Force"),
    E("Jama'at Nusrat al-Islam wal-Muslimin", "armed_group", "JNIM"),
    E("Islamic State Sahel Province", "armed_group", "Islamic State in the Sahel"),
    E("Niamey", "place"), E("Ouagadougou", "place"),
]
notes = ("Invented final communiqué with numbered paragraphs. m1: 'second ordinary session in Niamey ... on 18 September 2025', chair the Nigerien minister ('under the chairmanship of'), the three AES ministers named -> three states, holder meeting:m1 for 'The Ministers'. "
         "m2: 'the meeting of experts held from 15 to 16 September 2025 in Niamey' -> first day 2025-09-15; no state or person named (participant_orgs AES). "
         "Not a meeting: 'The next ordinary session ... in Ouagadougou ... on a date to be fixed'. "
         "Designations: 'the armed terrorist groups, notably the ... (JNIM) and the Islamic State in the Sahel' -> authority meeting:m1, date 2025-09-18; 'Islamic State in the Sahel' mapped to canonical Islamic State Sahel Province (unsure of canonical naming; the text's form is an alias). "
         "The condemnation names the groups as perpetrators -> addressee the two groups. 'denounced the support that certain foreign powers continue to provide' typed condemn with no named addressee. 'The Council took note of the report' is procedural. "
         "Para 10: only Mali and Burkina Faso thank Niger -> explicit holders [Mali, Burkina Faso].")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p95
stem = "p95_xinhua_lebanon_ceasefire_mechanism_naqoura"
text = """ date 2025-08-08 Lebanon ceasefire monitoring committee meets in Naqoura amid rising Israeli strikes

BEIRUT, Aug. 8 (Xinhua) -- The five-party committee overseeing the ceasefire between Lebanon and Israel met on Thursday at the headquarters of the United Nations Interim Force in Lebanon (UNIFIL) in the southern town of Naqoura, a Lebanese army statement said.

The meeting, chaired by U.S. Major General Brian Holloway, brought together representatives of the Lebanese army, the Israeli army, France and UNIFIL. It was the committee's 12th meeting since the ceasefire took effect in November 2024.

According to the statement, the Lebanese delegation, headed by Brigadier General Fadi Khoury, demanded a complete Israeli withdrawal from the five hilltop positions it still holds in southern Lebanon and an end to the "daily violations" of Lebanese airspace.

The French representative, Colonel Anne-Sophie Mercier, reaffirmed France's support for the Lebanese army's deployment south of the Litani River, according to a source who attended the meeting.

The Israeli side said it would keep the positions until the Lebanese army had dismantled the military infrastructure of Hezbollah, which Israel and the United States designate as a terrorist organization, the source added.

Last week, Lebanese President's envoy Karim Haddad met with U.S. Deputy Special Envoy Rachel Dunmore in Beirut to discuss a U.S. proposal for a timetable for the disarmament of non-state groups. Haddad told reporters after that meeting that Lebanon "rejects any timetable imposed from outside."

Hezbollah's parliamentary bloc said in a statement on Friday that the group "will not discuss its weapons while Israel occupies Lebanese land."

UNIFIL spokesman Andrea Tenenti welcomed the committee meeting, saying dialogue was "the only way to consolidate the cessation of hostilities."

Under the ceasefire agreement, Israel was to withdraw from southern Lebanon within 60 days, while Hezbollah was to pull its fighters north of the Litani River.
"""
meetings = [
    M("m1", "12th meeting of the five-party Lebanon-Israel ceasefire monitoring committee (Naqoura)", "2025-08-07", "Naqoura", "Lebanon",
      series="Lebanon ceasefire monitoring mechanism", ordinal=12, chair="Brian Holloway",
      states=["United States", "Lebanon", "Israel", "France"], orgs=["United Nations Interim Force in Lebanon"],
      parts=[("Brian Holloway", "Major General", "United States"), ("Fadi Khoury", "Brigadier General", "Lebanon"),
             ("Anne-Sophie Mercier", "Colonel", "France")]),
    M("m2", "Meeting of Karim Haddad and US Deputy Special Envoy Rachel Dunmore (Beirut)", None, "Beirut", "Lebanon",
      states=["Lebanon", "United States"],
      parts=[("Karim Haddad", "Lebanese President's envoy", "Lebanon"), ("Rachel Dunmore", "Deputy Special Envoy", "United States")]),
]
stances = [
    S("Fadi Khoury", "urge", "Israel", "complete withdrawal from five positions",
      "demanded a complete Israeli withdrawal from the five hilltop positions it still holds in southern Lebanon"),
    S("Fadi Khoury", "urge", "Israel", "end violations of airspace", 'an end to the "daily violations" of Lebanese airspace'),
    S("Anne-Sophie Mercier", "support", "Lebanese Armed Forces", "Lebanese army deployment south of the Litani",
      "reaffirmed France's support for the Lebanese army's deployment south of the Litani River"),
    S("Israel", "other", "Lebanese Armed Forces", "keep positions until Hezbollah infrastructure dismantled",
      "The Israeli side said it would keep the positions until the Lebanese army had dismantled the military infrastructure of Hezbollah"),
    S("Karim Haddad", "oppose", "United States", "timetable imposed from outside", 'Lebanon "rejects any timetable imposed from outside.'),
    S("Hezbollah", "oppose", "Israel", "no discussion of weapons under occupation",
      'the group "will not discuss its weapons while Israel occupies Lebanese land.'),
    S("Andrea Tenenti", "welcome", None, "committee meeting", "UNIFIL spokesman Andrea Tenenti welcomed the committee meeting"),
    S("Andrea Tenenti", "support", None, "dialogue to consolidate cessation of hostilities",
      'dialogue was "the only way to consolidate the cessation of hostilities.'),
]
designations = [
    D("Hezbollah", ["Hezbollah"], "Israel", None, "Hezbollah, which Israel and the United States designate as a terrorist organization"),
    D("Hezbollah", ["Hezbollah"], "United States", None, "Hezbollah, which Israel and the United States designate as a terrorist organization"),
]
entities = [
    E("Lebanon", "state"), E("Israel", "state", "Israeli side"), E("United States", "state", "U.S."), E("France", "state"),
    E("Brian Holloway", "person"), E("Fadi Khoury", "person"), E("Anne-Sophie Mercier", "person"),
    E("Karim Haddad", "person", "Haddad"), E("Rachel Dunmore", "person"), E("Andrea Tenenti", "person"),
    E("United Nations Interim Force in Lebanon", "igo", "United Nations Interim Force in Lebanon", "UNIFIL"),
    E("Lebanese Armed Forces", "government", "Lebanese army"), E("Israel Defense Forces", "government", "Israeli army"),
    E("Hezbollah", "armed_group"), E("Xinhua", "organization"),
    E("Naqoura", "place"), E("Beirut", "place", "BEIRUT"), E("Litani River", "place"),
]
notes = ("Invented Xinhua wire. Page date 2025-08-08 (Friday); 'met on Thursday' -> m1 2025-08-07 in Naqoura (the dateline BEIRUT is not the venue); 'the committee's 12th meeting' -> ordinal 12; 'chaired by U.S. Major General Brian Holloway' -> chair. "
         "Participants' titles are military ranks as given ('Major General', 'Brigadier General', 'Colonel'); Israel's representatives are unnamed (state only). UNIFIL a participant org. "
         "m2: 'Last week ... met ... in Beirut' -> date null (a week, not a day), city Beirut. Hezbollah's statement 'on Friday' is not a meeting. "
         "Holders: the Lebanese delegation's demands -> its head Khoury (two demands); 'according to a source' reports Mercier's and the Israeli side's positions; 'The Israeli side said' -> Israel. "
         "Designation: 'Hezbollah, which Israel and the United States designate as a terrorist organization' -> one item per authority from one sentence (earlier-batch convention), both undated. "
         "'Under the ceasefire agreement' obligations are treaty terms, not stances.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)
