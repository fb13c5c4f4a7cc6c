from common import *

# ---------------------------------------------------------------- p51
stem = "p51_wam_sudan_quad_washington"
text = """
UAE, US, Saudi Arabia, Egypt call for humanitarian truce in Sudan

ABU DHABI, 13th September, 2025 (WAM) -- The United Arab Emirates, the United States of America, the Kingdom of Saudi Arabia and the Arab Republic of Egypt have issued a joint statement on Sudan following a ministerial meeting held in Washington on Friday.

The meeting brought together H.E. Saeed Rashid Al Dhaheri, Minister of State, US Secretary of State Gregory Lindqvist, Saudi Minister of Foreign Affairs Prince Rakan bin Fawaz Al Saud and Egyptian Minister of Foreign Affairs Hossam Eldin Fathy.

The following is the text of the joint statement:

"We, the Ministers of the United Arab Emirates, the United States, the Kingdom of Saudi Arabia and the Arab Republic of Egypt, met to discuss the conflict in Sudan, which has caused the world's largest humanitarian crisis.

We reaffirm that Sudan's sovereignty, unity and territorial integrity are essential for peace and stability.

There is no viable military solution to the conflict, and the status quo creates unacceptable suffering and risks to peace and security.

We call on all parties to the conflict to agree to a humanitarian truce for an initial three months to enable the rapid entry of humanitarian assistance to all areas of Sudan.

We call on the Sudanese Armed Forces and the Rapid Support Forces to protect civilians, in line with their commitments under the Jeddah Declaration of 11 May 2023, and to facilitate the safe passage of humanitarian workers.

We condemn the attacks on civilians and on displacement camps in and around El Fasher.

Sudan's future governance is for the Sudanese people to decide, through an inclusive and transparent transition process that is not controlled by any warring party.

We commit to pressing all parties to the conflict to engage in a negotiated settlement, and we will meet again at ministerial level to review progress."

Commenting on the meeting, Al Dhaheri said, "The UAE will spare no effort to support the Sudanese people and to ensure that aid reaches those in need without obstruction."

The meeting builds on the London Sudan Conference of 15 April 2025, which the UAE attended.
"""
meetings = [
    M("m1", "Ministerial meeting of the Quad on Sudan (UAE, US, Saudi Arabia, Egypt) in Washington", "2025-09-12", "Washington", "United States",
      series="Quad for Sudan", states=["United Arab Emirates", "United States", "Saudi Arabia", "Egypt"],
      parts=[("Saeed Rashid Al Dhaheri", "Minister of State", "United Arab Emirates"),
             ("Gregory Lindqvist", "Secretary of State", "United States"),
             ("Rakan bin Fawaz Al Saud", "Minister of Foreign Affairs", "Saudi Arabia"),
             ("Hossam Eldin Fathy", "Minister of Foreign Affairs", "Egypt")]),
    M("m2", "London Sudan Conference", "2025-04-15", "London", "United Kingdom", states=["United Arab Emirates"]),
]
stances = [
    S("meeting:m1", "reaffirm", "Sudan", "Sudan's sovereignty, unity and territorial integrity",
      "We reaffirm that Sudan's sovereignty, unity and territorial integrity are essential for peace and stability"),
    S("meeting:m1", "other", None, "no viable military solution",
      "There is no viable military solution to the conflict"),
    S("meeting:m1", "urge", None, "three-month humanitarian truce",
      "We call on all parties to the conflict to agree to a humanitarian truce for an initial three months"),
    S("meeting:m1", "urge", ["Sudanese Armed Forces", "Rapid Support Forces"], "protect civilians per Jeddah Declaration",
      "We call on the Sudanese Armed Forces and the Rapid Support Forces to protect civilians"),
    S("meeting:m1", "urge", ["Sudanese Armed Forces", "Rapid Support Forces"], "safe passage of humanitarian workers",
      "to facilitate the safe passage of humanitarian workers"),
    S("meeting:m1", "condemn", None, "attacks on civilians and displacement camps around El Fasher",
      "We condemn the attacks on civilians and on displacement camps in and around El Fasher"),
    S("meeting:m1", "other", None, "future governance for Sudanese people; not controlled by warring party",
      "Sudan's future governance is for the Sudanese people to decide, through an inclusive and transparent transition process that is not controlled by any warring party"),
    S("meeting:m1", "commit", None, "press all parties toward negotiated settlement",
      "We commit to pressing all parties to the conflict to engage in a negotiated settlement"),
    S("Saeed Rashid Al Dhaheri", "commit", None, "support Sudanese people; unobstructed aid",
      "The UAE will spare no effort to support the Sudanese people"),
]
designations = []
entities = [
    E("United Arab Emirates", "state", "United Arab Emirates", "UAE"), E("United States", "state", "United States of America", "United States", "US"),
    E("Saudi Arabia", "state", "Kingdom of Saudi Arabia", "Saudi"), E("Egypt", "state", "Arab Republic of Egypt", "Egyptian"),
    E("Sudan", "state"),
    E("Sudanese Armed Forces", "armed_group", "Sudanese Armed Forces"), E("Rapid Support Forces", "armed_group", "Rapid Support Forces"),
    E("Emirates News Agency", "organization", "WAM"),
    E("Jeddah Declaration", "organization", "Jeddah Declaration"),
    E("Saeed Rashid Al Dhaheri", "person", "Saeed Rashid Al Dhaheri", "Al Dhaheri"),
    E("Gregory Lindqvist", "person", "Gregory Lindqvist"), E("Rakan bin Fawaz Al Saud", "person", "Prince Rakan bin Fawaz Al Saud"),
    E("Hossam Eldin Fathy", "person", "Hossam Eldin Fathy"),
    E("Washington", "place"), E("Abu Dhabi", "place", "ABU DHABI"), E("El Fasher", "place"), E("London", "place"),
]
notes = ("Invented WAM wire carrying a joint statement. Dateline 'ABU DHABI, 13th September, 2025' is NOT the venue; 'held in Washington on "
         "Friday' -> 2025-09-12. No ordinal. Participants with the titles given ('H.E. ... Minister of State' - the UAE is inferred from "
         "the WAM context and the later 'The UAE will...'). 'We' in the joint statement -> meeting:m1. 'call on all parties' -> addressee "
         "null; the explicit SAF/RSF call -> those two. 'There is no viable military solution' and the governance sentence typed other. "
         "'We commit to pressing...' -> commit; 'we will meet again' is a planned meeting (not annotated). Al Dhaheri's quote is his "
         "own commitment (holder the person). SAF and RSF are parties to the conflict, NOT designated -> no designations. The Jeddah "
         "Declaration of 11 May 2023 is an agreement, not a meeting reported here (not annotated). m2 = London Sudan Conference, "
         "15 April 2025, only the UAE is stated to have attended (doubtful whether a mention of a conference counts as a meeting; "
         "kept since date and city are given).")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p52
stem = "p52_spa_coalition_defeat_isis_riyadh"
text = """
Saudi Press Agency

Foreign Minister Co-chairs Ministerial Meeting of Global Coalition to Defeat ISIS

Riyadh, June 08, 2023, SPA -- His Highness Prince Ziyad bin Mutlaq bin Saud, Minister of Foreign Affairs, co-chaired today in Riyadh the Ministerial Meeting of the Global Coalition to Defeat ISIS, with US Secretary of State Jonathan Mercer.

In his opening speech, His Highness said that the Kingdom of Saudi Arabia has been at the forefront of the fight against the terrorist organization Daesh and will continue to work with its partners to drain the sources of terrorist financing. He stressed that the threat posed by Daesh has not ended, warning of its growing presence in Africa.

Secretary Mercer announced that the seven member states of the Terrorist Financing Targeting Center (TFTC), which is co-chaired by the Kingdom and the United States, had jointly designated the al-Karrar office, a financial hub of ISIS-Somalia, as a terrorist entity.

Iraqi Minister of Foreign Affairs Dr. Haidar Al-Jubouri called on coalition members to repatriate their nationals from al-Hol camp in northeast Syria, describing the camp as "a ticking time bomb".

In a joint communique issued at the conclusion of the meeting, Coalition members reaffirmed their determination to achieve the enduring defeat of ISIS/Daesh, and expressed concern over the threat posed by the group's affiliates in Africa. They welcomed the pledges of more than $600 million for stabilization projects in areas liberated from Daesh in Iraq and Syria, and committed to continuing support for the Iraqi security forces.

On the sidelines of the meeting, His Highness met with the Iraqi minister and discussed bilateral relations and ways to enhance them.

The Coalition's next ministerial meeting will be held in 2024.
"""
meetings = [
    M("m1", "Ministerial Meeting of the Global Coalition to Defeat ISIS (Riyadh)", "2023-06-08", "Riyadh", "Saudi Arabia",
      series="Global Coalition to Defeat ISIS ministerial meetings", chair=None,
      states=["Saudi Arabia", "United States", "Iraq"], orgs=["Global Coalition to Defeat ISIS"],
      parts=[("Ziyad bin Mutlaq bin Saud", "Minister of Foreign Affairs", "Saudi Arabia"),
             ("Jonathan Mercer", "Secretary of State", "United States"),
             ("Haidar Al-Jubouri", "Minister of Foreign Affairs", "Iraq")]),
    M("m2", "Saudi-Iraqi foreign ministers' meeting on the sidelines of the Coalition meeting (Riyadh)", None, "Riyadh", "Saudi Arabia",
      states=["Saudi Arabia", "Iraq"],
      parts=[("Ziyad bin Mutlaq bin Saud", "Minister of Foreign Affairs", "Saudi Arabia"),
             ("Haidar Al-Jubouri", "Iraqi minister", "Iraq")]),
]
stances = [
    S("Ziyad bin Mutlaq bin Saud", "commit", None, "continue working with partners to drain terrorist financing",
      "will continue to work with its partners to drain the sources of terrorist financing"),
    S("Ziyad bin Mutlaq bin Saud", "concern", None, "Daesh threat not ended; presence in Africa",
      "He stressed that the threat posed by Daesh has not ended, warning of its growing presence in Africa"),
    S("Haidar Al-Jubouri", "urge", "Global Coalition to Defeat ISIS", "repatriate nationals from al-Hol camp",
      "called on coalition members to repatriate their nationals from al-Hol camp in northeast Syria"),
    S(["Global Coalition to Defeat ISIS"], "reaffirm", None, "enduring defeat of ISIS/Daesh",
      "Coalition members reaffirmed their determination to achieve the enduring defeat of ISIS/Daesh"),
    S(["Global Coalition to Defeat ISIS"], "concern", None, "threat of ISIS affiliates in Africa",
      "expressed concern over the threat posed by the group's affiliates in Africa"),
    S(["Global Coalition to Defeat ISIS"], "welcome", None, "pledges for stabilization projects",
      "They welcomed the pledges of more than $600 million for stabilization projects"),
    S(["Global Coalition to Defeat ISIS"], "commit", "Iraq", "support for Iraqi security forces",
      "committed to continuing support for the Iraqi security forces"),
]
designations = [
    D("Islamic State", ["Daesh"], "Saudi Arabia", None, "the terrorist organization Daesh"),
    D("al-Karrar office", ["al-Karrar office"], "Terrorist Financing Targeting Center", None,
      "had jointly designated the al-Karrar office, a financial hub of ISIS-Somalia, as a terrorist entity"),
]
entities = [
    E("Saudi Arabia", "state", "Kingdom of Saudi Arabia", "Kingdom"), E("United States", "state", "United States", "US"),
    E("Iraq", "state", "Iraq", "Iraqi"), E("Syria", "state"),
    E("Global Coalition to Defeat ISIS", "igo", "Global Coalition to Defeat ISIS", "Coalition members", "coalition members"),
    E("Terrorist Financing Targeting Center", "igo", "Terrorist Financing Targeting Center", "TFTC"),
    E("Islamic State", "armed_group", "Daesh", "ISIS"), E("al-Karrar office", "armed_group", "al-Karrar office"),
    E("Islamic State Somalia", "armed_group", "ISIS-Somalia"),
    E("Saudi Press Agency", "organization", "Saudi Press Agency", "SPA"),
    E("Ziyad bin Mutlaq bin Saud", "person", "Prince Ziyad bin Mutlaq bin Saud", "His Highness"),
    E("Jonathan Mercer", "person", "Jonathan Mercer", "Secretary Mercer"), E("Haidar Al-Jubouri", "person", "Haidar Al-Jubouri"),
    E("Riyadh", "place"), E("al-Hol camp", "place", "al-Hol camp"), E("Africa", "place", "Africa"),
]
notes = ("Invented SPA release. 'Riyadh, June 08, 2023' + 'today in Riyadh'. CO-CHAIRS (Saudi FM and US SecState) -> chair null. The "
         "Coalition's 80+ members are unnamed; participant_states = the three states whose ministers are named; collective positions of "
         "'Coalition members' / 'They' held by the body (Global Coalition to Defeat ISIS), as probe2 does for EU/ASEAN. 'His Highness' = "
         "the Saudi minister (honorific as alias). 'the Kingdom ... has been at the forefront of the fight' is self-description, not annotated; "
         "'will continue to work' -> commit. Designations: (1) 'the terrorist organization Daesh' in the Saudi minister's speech -> "
         "authority Saudi Arabia (speaker's state, cf. probe2 p08 PKK); (2) al-Karrar office 'jointly designated ... as a terrorist entity' by "
         "the TFTC member states -> authority the TFTC (its seven members are not named; no date beyond 'had'). ISIS-Somalia is named only "
         "as the parent of al-Karrar, not itself designated here (doubtful). m2 = sidelines Saudi-Iraqi meeting (city inherited, date null). "
         "The 2024 ministerial is planned.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p53
stem = "p53_irna_astana_syria_21st"
text = """
IRNA - Islamic Republic News Agency
January 25, 2024

Astana guarantors reject separatist agendas in Syria, demand US pullout

Tehran, IRNA - The guarantor states of the Astana peace process on Syria - Iran, Russia and Turkey - have reaffirmed their strong commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic at the end of the 21st International Meeting on Syria in the Astana format.

The two-day meeting, which opened in the Kazakh capital on Wednesday, was attended by Iran's delegation headed by Mohammad Reza Jahangiri-Nia, senior assistant to the foreign minister for special political affairs, the Russian delegation headed by Alexei Voronin, the Russian president's special envoy for Syria, and the Turkish delegation led by Deputy Foreign Minister Ahmet Yıldırımoğlu.

A delegation of the Syrian government headed by Deputy Foreign Minister Bassam Haddad and a delegation of the Syrian opposition also took part, as did representatives of the United Nations and of Jordan, Lebanon and Iraq as observers.

In their joint statement, the three guarantors expressed their determination to continue working together to combat terrorism in all its forms and manifestations and stand against separatist agendas aimed at undermining the sovereignty and territorial integrity of Syria. They rejected all attempts to create new realities on the ground, including illegitimate self-rule initiatives under the pretext of combating terrorism.

The statement referred to ISIL, the Al-Nusra Front, Hayat Tahrir al-Sham and other individuals, groups, undertakings and entities associated with Al-Qaeda or ISIL, as designated as terrorist by the UN Security Council.

The guarantors condemned the continuing Israeli military attacks in Syria, which violate international law, and called on the international community to increase humanitarian assistance to all Syrians without discrimination, politicization and preconditions.

Speaking to IRNA on the sidelines, Jahangiri-Nia demanded the immediate withdrawal of US forces from Syria, saying their illegal presence was the main obstacle to the return of stability to the northeast of the country.

The 20th round of the talks was held in Astana in June 2023. The parties agreed to hold the 22nd International Meeting on Syria in the Astana format in the second half of 2024.
"""
Q = ("ISIL, the Al-Nusra Front, Hayat Tahrir al-Sham and other individuals, groups, undertakings and entities associated with Al-Qaeda or "
     "ISIL, as designated as terrorist by the UN Security Council")
meetings = [
    M("m1", "21st International Meeting on Syria in the Astana format", "2024-01-24", "Astana", "Kazakhstan",
      series="Astana format on Syria", ordinal=21,
      states=["Iran", "Russia", "Turkey", "Syria", "Jordan", "Lebanon", "Iraq"], orgs=["United Nations", "Syrian opposition"],
      parts=[("Mohammad Reza Jahangiri-Nia", "senior assistant to the foreign minister for special political affairs", "Iran"),
             ("Alexei Voronin", "the Russian president's special envoy for Syria", "Russia"),
             ("Ahmet Yıldırımoğlu", "Deputy Foreign Minister", "Turkey"),
             ("Bassam Haddad", "Deputy Foreign Minister", "Syria")]),
    M("m2", "20th International Meeting on Syria in the Astana format", None, "Astana", "Kazakhstan",
      series="Astana format on Syria", ordinal=20),
]
G = ["Iran", "Russia", "Turkey"]
stances = [
    S(G, "reaffirm", "Syria", "sovereignty, independence, unity and territorial integrity of Syria",
      "have reaffirmed their strong commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic"),
    S(G, "commit", None, "combat terrorism in all its forms",
      "expressed their determination to continue working together to combat terrorism in all its forms and manifestations"),
    S(G, "oppose", None, "separatist agendas undermining Syria's sovereignty",
      "stand against separatist agendas aimed at undermining the sovereignty and territorial integrity of Syria"),
    S(G, "oppose", None, "new realities on the ground; illegitimate self-rule initiatives",
      "They rejected all attempts to create new realities on the ground, including illegitimate self-rule initiatives under the pretext of combating terrorism"),
    S(G, "condemn", "Israel", "Israeli military attacks in Syria",
      "The guarantors condemned the continuing Israeli military attacks in Syria"),
    S(G, "urge", "international community", "increase humanitarian assistance to all Syrians",
      "called on the international community to increase humanitarian assistance to all Syrians without discrimination, politicization and preconditions"),
    S("Mohammad Reza Jahangiri-Nia", "urge", "United States", "immediate withdrawal of US forces from Syria",
      "demanded the immediate withdrawal of US forces from Syria"),
]
designations = [
    D("Islamic State", ["ISIL"], "United Nations Security Council", None, Q),
    D("Al-Nusra Front", ["Al-Nusra Front"], "United Nations Security Council", None, Q),
    D("Hayat Tahrir al-Sham", ["Hayat Tahrir al-Sham"], "United Nations Security Council", None, Q),
    D("Al-Qaeda", ["Al-Qaeda"], "United Nations Security Council", None, Q),
]
entities = [
    E("Iran", "state", "Iran"), E("Russia", "state", "Russia"), E("Turkey", "state", "Turkey"),
    E("Syria", "state", "Syrian Arab Republic", "Syria"), E("Jordan", "state"), E("Lebanon", "state"), E("Iraq", "state"),
    E("Israel", "state", "Israeli"), E("United States", "state", "US"), E("Kazakhstan", "state", "Kazakh"),
    E("United Nations", "igo", "United Nations"), E("United Nations Security Council", "igo", "UN Security Council"),
    E("Syrian opposition", "organization", "Syrian opposition"),
    E("Astana format on Syria", "organization", "Astana format", "Astana peace process"),
    E("Islamic State", "armed_group", "ISIL"), E("Al-Nusra Front", "armed_group", "Al-Nusra Front"),
    E("Hayat Tahrir al-Sham", "armed_group", "Hayat Tahrir al-Sham"), E("Al-Qaeda", "armed_group", "Al-Qaeda"),
    E("Islamic Republic News Agency", "organization", "Islamic Republic News Agency", "IRNA"),
    E("Mohammad Reza Jahangiri-Nia", "person", "Mohammad Reza Jahangiri-Nia", "Jahangiri-Nia"),
    E("Alexei Voronin", "person", "Alexei Voronin"), E("Ahmet Yıldırımoğlu", "person", "Ahmet Yıldırımoğlu"),
    E("Bassam Haddad", "person", "Bassam Haddad"),
    E("Astana", "place", "Astana"), E("Tehran", "place"),
]
notes = ("Invented IRNA report. Dateline 'Tehran, IRNA' is the filing place; the venue is only described as 'the Kazakh capital' -> "
         "Astana (the word Astana appears only in 'Astana format' and in the recalled 20th round). Page date January 25, 2024 (a Thursday); "
         "'The two-day meeting, which opened ... on Wednesday' -> first day 2024-01-24. Ordinal 21. participant_states: the three guarantors, "
         "Syria (government delegation) and the three observer states; the UN and the opposition as orgs. The joint statement is the "
         "guarantors' only (not the Syrian parties or observers) -> explicit holder [Iran, Russia, Turkey], NOT meeting:m1. Designations: the "
         "statement names ISIL, Al-Nusra, HTS and Al-Qaeda-associated entities 'as designated as terrorist by the UN Security Council' -> "
         "authority UN Security Council (the text's attribution), not the guarantors; Al-Qaeda included as the named parent list (doubtful). "
         "'stand against separatist agendas' -> oppose. Jahangiri-Nia's 'demanded' (on the sidelines, to IRNA) -> urge, addressee United "
         "States; not a separate meeting. m2 = recalled 20th round (Astana, June 2023, no day). The 22nd round is planned.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p54
stem = "p54_unsc_yemen_houthis_fto"
text = """
SECURITY COUNCIL
9913TH MEETING (AM)
SC/16061
14 MAY 2025

Special Envoy Urges Yemen's Parties to Seize 'Narrow Window' as Red Sea Attacks Persist, Security Council Hears

The Special Envoy of the Secretary-General for Yemen, Henrik Aalto, told the Security Council this morning that a narrow window remained for a return to the political process, and called on the parties to release all conflict-related detainees on an "all for all" basis.

He said he was deeply concerned about the continued detention by Ansarallah - also known as the Houthis - of dozens of United Nations and non-governmental organization personnel, and urged their immediate release.

Dorothy Kemal (United States) said her country had designated Ansarallah as a Foreign Terrorist Organization in March because of its attacks on commercial shipping and on United States forces. "We will use every tool to deprive the Houthis of the resources they use to terrorize the region," she said.

The representative of the United Kingdom condemned the Houthis' detention of United Nations staff and called for their unconditional release.

Vasily Orekhov (Russian Federation) warned that the designation would hamper the delivery of humanitarian aid and the import of food and fuel, and opposed any military escalation in the Red Sea. He called on all parties to show restraint.

Fu Jianming (China) voiced support for the Special Envoy's efforts and said the Council should encourage the parties to resume dialogue.

Bilal Saeed Rana (Pakistan) expressed concern over the deteriorating economic situation and urged donors to scale up funding for the humanitarian response plan.

The representative of Yemen welcomed the United States decision and called on the Council to designate the Houthi militia as a terrorist organization under its own sanctions regime. He accused Iran of supplying the group with weapons in violation of the arms embargo.

The meeting began at 10:03 a.m. and ended at 11:58 a.m.
"""
meetings = [
    M("m1", "Security Council 9913th meeting: the situation in the Middle East (Yemen)", "2025-05-14", None, None,
      series="Security Council meetings", ordinal=9913,
      states=["United States", "United Kingdom", "Russia", "China", "Pakistan", "Yemen"],
      orgs=["United Nations Security Council", "United Nations"],
      parts=[("Henrik Aalto", "Special Envoy of the Secretary-General for Yemen", "United Nations"),
             ("Dorothy Kemal", None, "United States"), ("Vasily Orekhov", None, "Russia"),
             ("Fu Jianming", None, "China"), ("Bilal Saeed Rana", None, "Pakistan")]),
]
stances = [
    S("Henrik Aalto", "urge", None, "release conflict-related detainees 'all for all'",
      "called on the parties to release all conflict-related detainees on an \"all for all\" basis"),
    S("Henrik Aalto", "concern", "Houthis", "detention of UN and NGO personnel",
      "he was deeply concerned about the continued detention by Ansarallah - also known as the Houthis - of dozens of United Nations and non-governmental organization personnel"),
    S("Henrik Aalto", "urge", "Houthis", "immediate release of detained personnel",
      "urged their immediate release"),
    S("Dorothy Kemal", "commit", "Houthis", "deprive Houthis of resources",
      "We will use every tool to deprive the Houthis of the resources they use to terrorize the region"),
    S(["United Kingdom"], "condemn", "Houthis", "Houthi detention of UN staff",
      "condemned the Houthis' detention of United Nations staff"),
    S(["United Kingdom"], "urge", "Houthis", "unconditional release of UN staff",
      "called for their unconditional release"),
    S("Vasily Orekhov", "concern", "United States", "FTO designation hampers aid and imports",
      "warned that the designation would hamper the delivery of humanitarian aid and the import of food and fuel"),
    S("Vasily Orekhov", "oppose", None, "military escalation in the Red Sea",
      "opposed any military escalation in the Red Sea"),
    S("Vasily Orekhov", "urge", None, "restraint by all parties",
      "He called on all parties to show restraint"),
    S("Fu Jianming", "support", "Henrik Aalto", "Special Envoy's efforts",
      "voiced support for the Special Envoy's efforts"),
    S("Fu Jianming", "urge", "United Nations Security Council", "encourage parties to resume dialogue",
      "the Council should encourage the parties to resume dialogue"),
    S("Bilal Saeed Rana", "concern", None, "deteriorating economic situation",
      "expressed concern over the deteriorating economic situation"),
    S("Bilal Saeed Rana", "urge", None, "donors scale up humanitarian funding",
      "urged donors to scale up funding for the humanitarian response plan"),
    S(["Yemen"], "welcome", "United States", "US FTO designation of the Houthis",
      "The representative of Yemen welcomed the United States decision"),
    S(["Yemen"], "urge", "United Nations Security Council", "designate the Houthis as terrorist under UN sanctions",
      "called on the Council to designate the Houthi militia as a terrorist organization under its own sanctions regime"),
    S(["Yemen"], "other", "Iran", "accuses Iran of arming the Houthis",
      "He accused Iran of supplying the group with weapons in violation of the arms embargo"),
]
designations = [
    D("Houthis", ["Ansarallah", "Houthis"], "United States", "2025-03",
      "her country had designated Ansarallah as a Foreign Terrorist Organization in March"),
]
entities = [
    E("United States", "state", "United States"), E("United Kingdom", "state", "United Kingdom"),
    E("Russia", "state", "Russian Federation"), E("China", "state"), E("Pakistan", "state"), E("Yemen", "state"),
    E("Iran", "state", "Iran"),
    E("United Nations Security Council", "igo", "Security Council", "Council"), E("United Nations", "igo", "United Nations"),
    E("Houthis", "armed_group", "Ansarallah", "Houthis", "Houthi militia"),
    E("Henrik Aalto", "person", "Henrik Aalto", "Special Envoy"), E("Dorothy Kemal", "person", "Dorothy Kemal"),
    E("Vasily Orekhov", "person", "Vasily Orekhov"), E("Fu Jianming", "person", "Fu Jianming"),
    E("Bilal Saeed Rana", "person", "Bilal Saeed Rana"),
    E("Red Sea", "place", "Red Sea"),
]
notes = ("Invented UN meetings coverage. Ordinal 9913 and date from the header; no city -> null. participant_states = all speaking states "
         "(UK and Yemen via unnamed representatives, so no participant rows for them). Aalto represents the UN (title as given). "
         "'He said he was deeply concerned' -> concern held by Aalto. Designation: 'her country had designated Ansarallah as a Foreign "
         "Terrorist Organization in March' -> authority United States ('her country' = the speaker's state), date 2025-03 (year from the "
         "header). Yemen's 'called on the Council to designate the Houthi militia as a terrorist organization' is a CALL -> a stance only, "
         "no designation (the UN has not designated it). Russia's warning about 'the designation' -> concern, addressee United States "
         "(doubtful). 'urged donors' -> addressee null (no named donor). 'the Council should encourage' (China) -> urge, addressee the Council. "
         "Yemen's accusation of Iran typed other. Quote attributed after the words ('she said') -> Kemal; typed commit.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p55
stem = "p55_aes_council_ministers_virtual"
text = """
CONFEDERATION OF SAHEL STATES (AES)
COUNCIL OF MINISTERS

FINAL COMMUNIQUE

BAMAKO, 13 May 2025 - The Council of Ministers of the Confederation of Sahel States (AES) held its second ordinary session by videoconference on Monday, 12 May 2025, under the chairmanship of Mr. Abdoulaye Diarra, Minister of Foreign Affairs and International Cooperation of the Republic of Mali, in his capacity as Chairman of the Council.

The session was attended by Mr. Karamoko Ouédraogo, Minister of Foreign Affairs, Regional Cooperation and Burkinabe Abroad of Burkina Faso, and Mr. Bakary Issoufou, Minister of Foreign Affairs, Cooperation and Nigeriens Abroad of the Republic of Niger.

The Council recalled the Treaty establishing the Confederation signed at the founding summit of Heads of State in Niamey on 6 July 2024, and reaffirmed the determination of the three States to deepen their integration in the areas of defence, diplomacy and development.

Having reviewed the security situation in the confederal space, the Council:

- strongly condemned the cowardly terrorist attacks perpetrated by the terrorist groups Jama'at Nusrat al-Islam wal-Muslimin (JNIM) and the Islamic State in the Sahel against civilian populations and the defence and security forces;

- decided to list the Front de Libération de l'Azawad (FLA) as a terrorist organisation, and instructed the competent national authorities to freeze its assets;

- condemned the support provided to terrorist groups in the Sahel by certain foreign powers, including Ukraine, and called on the United Nations Security Council to take up the matter;

- took a firm stand against any foreign military presence not authorised by the sovereign States of the Confederation;

- welcomed the progress made in the operationalisation of the unified force of the AES.

The Council called on ECOWAS to respect the sovereign choice of the peoples of Burkina Faso, Mali and Niger and expressed its readiness to negotiate arrangements on the free movement of persons and goods.

The next ordinary session of the Council will be held in Ouagadougou in November 2025.

Done in Bamako, 13 May 2025
"""
Q2 = "decided to list the Front de Libération de l'Azawad (FLA) as a terrorist organisation"
Q1 = "the terrorist groups Jama'at Nusrat al-Islam wal-Muslimin (JNIM) and the Islamic State in the Sahel"
meetings = [
    M("m1", "Second ordinary session of the AES Council of Ministers (videoconference)", "2025-05-12", None, None,
      series="Council of Ministers of the Confederation of Sahel States", ordinal=2, chair="Abdoulaye Diarra",
      states=["Mali", "Burkina Faso", "Niger"], orgs=["Alliance of Sahel States"],
      parts=[("Abdoulaye Diarra", "Minister of Foreign Affairs and International Cooperation of the Republic of Mali", "Mali"),
             ("Karamoko Ouédraogo", "Minister of Foreign Affairs, Regional Cooperation and Burkinabe Abroad", "Burkina Faso"),
             ("Bakary Issoufou", "Minister of Foreign Affairs, Cooperation and Nigeriens Abroad", "Niger")]),
    M("m2", "Founding summit of Heads of State of the Confederation of Sahel States (Niamey)", "2024-07-06", "Niamey", "Niger",
      states=["Mali", "Burkina Faso", "Niger"]),
]
stances = [
    S("meeting:m1", "reaffirm", None, "deepen integration in defence, diplomacy, development",
      "reaffirmed the determination of the three States to deepen their integration in the areas of defence, diplomacy and development"),
    S("meeting:m1", "condemn", ["Jama'at Nusrat al-Islam wal-Muslimin", "Islamic State Sahel Province"], "terrorist attacks by JNIM and IS Sahel",
      "strongly condemned the cowardly terrorist attacks perpetrated by the terrorist groups"),
    S("meeting:m1", "condemn", "Ukraine", "foreign support to terrorist groups incl. Ukraine",
      "condemned the support provided to terrorist groups in the Sahel by certain foreign powers, including Ukraine"),
    S("meeting:m1", "urge", "United Nations Security Council", "UNSC to take up foreign support to terrorists",
      "called on the United Nations Security Council to take up the matter"),
    S("meeting:m1", "oppose", None, "unauthorised foreign military presence",
      "took a firm stand against any foreign military presence not authorised by the sovereign States of the Confederation"),
    S("meeting:m1", "welcome", "Alliance of Sahel States", "operationalisation of the AES unified force",
      "welcomed the progress made in the operationalisation of the unified force of the AES"),
    S("meeting:m1", "urge", "ECOWAS", "respect sovereign choice of Burkina Faso, Mali, Niger",
      "The Council called on ECOWAS to respect the sovereign choice of the peoples of Burkina Faso, Mali and Niger"),
    S("meeting:m1", "commit", "ECOWAS", "negotiate free-movement arrangements",
      "expressed its readiness to negotiate arrangements on the free movement of persons and goods"),
]
designations = [
    D("Jama'at Nusrat al-Islam wal-Muslimin", ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"], "meeting:m1", "2025-05-12", Q1),
    D("Islamic State Sahel Province", ["Islamic State in the Sahel"], "meeting:m1", "2025-05-12", Q1),
    D("Front de Libération de l'Azawad", ["Front de Libération de l'Azawad", "FLA"], "meeting:m1", "2025-05-12", Q2),
]
entities = [
    E("Mali", "state", "Republic of Mali", "Mali"), E("Burkina Faso", "state", "Burkina Faso"), E("Niger", "state", "Republic of Niger", "Niger"),
    E("Ukraine", "state", "Ukraine"),
    E("Alliance of Sahel States", "igo", "Confederation of Sahel States", "AES"),
    E("ECOWAS", "igo", "ECOWAS"), E("United Nations Security Council", "igo", "United Nations Security Council"),
    E("Jama'at Nusrat al-Islam wal-Muslimin", "armed_group", "Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"),
    E("Islamic State Sahel Province", "armed_group", "Islamic State in the Sahel"),
    E("Front de Libération de l'Azawad", "armed_group", "Front de Libération de l'Azawad", "FLA"),
    E("Abdoulaye Diarra", "person", "Abdoulaye Diarra"), E("Karamoko Ouédraogo", "person", "Karamoko Ouédraogo"),
    E("Bakary Issoufou", "person", "Bakary Issoufou"),
    E("Bamako", "place", "BAMAKO", "Bamako"), E("Niamey", "place"), E("Ouagadougou", "place"),
]
notes = ("Invented AES final communiqué. VIRTUAL session ('by videoconference') -> city null although the dateline and 'Done in Bamako' "
         "name Bamako (the issuing place). 'on Monday, 12 May 2025' (consistent). Ordinal 2 in words ('second ordinary session'). Chair: "
         "the Malian minister 'under the chairmanship of'. 'The Council' / bullets -> meeting:m1. Designations: JNIM and 'the Islamic State "
         "in the Sahel' called 'terrorist groups' by the Council -> authority meeting:m1; the FLA 'decided to list ... as a terrorist "
         "organisation' -> authority meeting:m1, date the session day. 'took a firm stand against' -> oppose. The condemnation of attacks "
         "by JNIM/IS Sahel has JNIM as addressee only (a single first-named addressee; doubtful - both groups equally defensible). "
         "'certain foreign powers, including Ukraine' -> addressee Ukraine. 'expressed its readiness to negotiate' -> commit. ECOWAS is a "
         "party addressed, not a participant. m2 = the recalled founding summit (Niamey, 6 July 2024). The November session in Ouagadougou "
         "is planned.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)
