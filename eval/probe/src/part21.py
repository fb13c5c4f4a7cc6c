from common import M, S, D, E, emit, check

# ---------------------------------------------------------------- p81
stem = "p81_tolo_pakistan_envoy_kabul_visit"
text = """ date 2025-02-19 KABUL - Pakistan's Special Representative for Afghanistan, Ambassador Tariq Mehmood Lodhi, met with the Islamic Emirate's acting Foreign Minister, Mawlawi Abdul Rahim Saqib, in Kabul on Tuesday, the Ministry of Foreign Affairs of the Interim Government said.

According to the ministry's statement, the two sides discussed bilateral trade, the return of refugees, transit and the security situation along the border.

Saqib said the Islamic Emirate wants "positive and constructive" relations with all of its neighbours. He called on Islamabad to halt the forced deportation of Afghan refugees and to treat those who remain "with dignity."

"Afghanistan's soil will not be used against any country. We expect Pakistan to resolve its internal problems internally," he said.

Lodhi, for his part, said Pakistan attaches great importance to its relations with Afghanistan, but that Islamabad remained deeply concerned about attacks by the Tehreek-e-Taliban Pakistan (TTP), a banned terrorist outfit, from across the border. He urged the Interim Government to take "concrete and verifiable" action against the group's hideouts.

Both countries agreed to reopen the Torkham crossing for cargo trucks around the clock and to convene the Joint Coordination Committee next month, the statement added.

Pakistan's Ministry of Foreign Affairs, in a separate statement, said the envoy also met the Interim Government's Minister of Commerce and Industry, Haji Noorullah Azimi, on Wednesday and discussed the transit trade agreement. The two sides welcomed the rise in bilateral trade over the past six months, the statement said.

Meanwhile, Iran's Foreign Minister Kamran Soltani spoke by phone with Saqib on Monday evening. According to the Islamic Emirate's foreign ministry, the two ministers discussed the Helmand water issue and the Chabahar transit route. Soltani said Tehran "remains committed to the water treaty of 1973" and invited Saqib to visit Iran.

Relations between Kabul and Islamabad have been strained since late 2023, when Pakistan began expelling undocumented Afghans. Pakistan accuses the Islamic Emirate of sheltering TTP fighters, a charge the Islamic Emirate denies.

Abdul Wahid Rahimi, a political analyst in Kabul, told TOLOnews that the visit was "a sign that both sides have realised dialogue is the only way forward."

"Pakistan and Afghanistan cannot change their geography. Trade and security have to be discussed together, not separately," he said.
"""
AIG = "Afghan Interim Government"
meetings = [
    M("m1", "Meeting of Pakistan's Special Representative Tariq Mehmood Lodhi with acting Foreign Minister Abdul Rahim Saqib (Kabul)",
      "2025-02-18", "Kabul", "Afghanistan", states=["Pakistan", "Afghanistan"], orgs=[AIG],
      parts=[("Tariq Mehmood Lodhi", "Special Representative for Afghanistan", "Pakistan"),
             ("Abdul Rahim Saqib", "acting Foreign Minister", AIG)]),
    M("m2", "Meeting of Tariq Mehmood Lodhi with Minister of Commerce and Industry Noorullah Azimi (Kabul)",
      "2025-02-19", "Kabul", "Afghanistan", states=["Pakistan", "Afghanistan"], orgs=[AIG],
      parts=[("Tariq Mehmood Lodhi", "Special Representative for Afghanistan", "Pakistan"),
             ("Noorullah Azimi", "Minister of Commerce and Industry", AIG)]),
    M("m3", "Phone call between Iranian Foreign Minister Kamran Soltani and Abdul Rahim Saqib",
      "2025-02-17", None, None, states=["Iran", "Afghanistan"], orgs=[AIG],
      parts=[("Kamran Soltani", "Foreign Minister", "Iran"),
             ("Abdul Rahim Saqib", "acting Foreign Minister", AIG)]),
]
stances = [
    S("Abdul Rahim Saqib", "other", None, "positive and constructive relations with all neighbours",
      'the Islamic Emirate wants "positive and constructive" relations with all of its neighbours'),
    S("Abdul Rahim Saqib", "urge", "Pakistan", "halt forced deportation of Afghan refugees",
      "He called on Islamabad to halt the forced deportation of Afghan refugees"),
    S("Abdul Rahim Saqib", "urge", "Pakistan", "treat remaining refugees with dignity",
      'to treat those who remain "with dignity'),
    S("Abdul Rahim Saqib", "commit", None, "Afghan soil not used against any country",
      "Afghanistan's soil will not be used against any country"),
    S("Abdul Rahim Saqib", "urge", "Pakistan", "Pakistan to resolve its internal problems internally",
      "We expect Pakistan to resolve its internal problems internally"),
    S("Tariq Mehmood Lodhi", "other", "Afghanistan", "importance of relations with Afghanistan",
      "Pakistan attaches great importance to its relations with Afghanistan"),
    S("Tariq Mehmood Lodhi", "concern", None, "TTP attacks from across the border",
      "Islamabad remained deeply concerned about attacks by the Tehreek-e-Taliban Pakistan (TTP), a banned terrorist outfit, from across the border"),
    S("Tariq Mehmood Lodhi", "urge", AIG, "concrete and verifiable action against TTP hideouts",
      'He urged the Interim Government to take "concrete and verifiable" action against the group\'s hideouts'),
    S("meeting:m1", "commit", None, "reopen Torkham for cargo around the clock",
      "Both countries agreed to reopen the Torkham crossing for cargo trucks around the clock"),
    S("meeting:m1", "commit", None, "convene the Joint Coordination Committee next month",
      "to convene the Joint Coordination Committee next month"),
    S("meeting:m2", "welcome", None, "rise in bilateral trade",
      "The two sides welcomed the rise in bilateral trade over the past six months"),
    S("Kamran Soltani", "commit", None, "1973 Helmand water treaty",
      'Tehran "remains committed to the water treaty of 1973"'),
    S("Kamran Soltani", "urge", AIG, "invitation to visit Iran", "invited Saqib to visit Iran"),
    S("Pakistan", "other", AIG, "accuses the Islamic Emirate of sheltering TTP",
      "Pakistan accuses the Islamic Emirate of sheltering TTP fighters"),
    S(AIG, "other", None, "denies sheltering TTP", "a charge the Islamic Emirate denies"),
]
designations = [
    D("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"], None, None,
      "the Tehreek-e-Taliban Pakistan (TTP), a banned terrorist outfit"),
]
entities = [
    E("Pakistan", "state", "Islamabad"), E("Afghanistan", "state"), E("Iran", "state", "Tehran"),
    E("Tariq Mehmood Lodhi", "person", "Ambassador Tariq Mehmood Lodhi", "Lodhi"),
    E("Abdul Rahim Saqib", "person", "Mawlawi Abdul Rahim Saqib", "Saqib"),
    E("Noorullah Azimi", "person", "Haji Noorullah Azimi"),
    E("Kamran Soltani", "person", "Soltani"),
    E("Abdul Wahid Rahimi", "person"),
    E(AIG, "government", "Islamic Emirate", "Interim Government"),
    E("Ministry of Foreign Affairs of Afghanistan", "government", "Ministry of Foreign Affairs of the Interim Government", "the Islamic Emirate's foreign ministry"),
    E("Ministry of Foreign Affairs of Pakistan", "government", "Pakistan's Ministry of Foreign Affairs"),
    E("Tehreek-e-Taliban Pakistan", "armed_group", "TTP"),
    E("Joint Coordination Committee", "organization"),
    E("TOLOnews", "organization"),
    E("Kabul", "place", "KABUL"), E("Torkham", "place"), E("Chabahar", "place"), E("Helmand", "place"),
]
notes = ("Invented Tolo-style report. Page date 2025-02-19 (Wednesday): 'on Tuesday' -> m1 2025-02-18; Azimi meeting 'on Wednesday' -> m2 2025-02-19 (= page date); "
         "phone call 'on Monday evening' -> m3 2025-02-17. Phone call annotated as a meeting with city null (remote contact, like a virtual meeting; the real gold is silent - unsure). "
         "Taliban-side officials represent the Afghan Interim Government ('the Islamic Emirate's acting Foreign Minister', 'the Interim Government's Minister'); Afghanistan is a participant state from 'Both countries' / 'The two sides' (also in m3 as the other side of the call). "
         "Metonymy: 'Islamabad' = Pakistan (never a venue here), 'Tehran' = Iran ('Soltani said Tehran \"remains committed\"'); 'Relations between Kabul and Islamabad' keeps Kabul as the place. "
         "'the two sides' in m2 -> meeting:m2. Lodhi's concern 'Islamabad remained deeply concerned' is his reported speech (holder the envoy; Pakistan beside him accepted). "
         "'invited Saqib to visit Iran' typed urge (earlier-batch convention for invitations; doubtful). 'convene the Joint Coordination Committee next month' is a planned meeting, NOT a meeting item, only a commitment of m1. "
         "Designation: TTP in apposition 'a banned terrorist outfit' in the envoy's reported words; the text does not say who banned it -> authority null (as dev 01 / dev2 g2_01). "
         "Background accusation and denial annotated as positions (Pakistan; Afghan Interim Government). The analyst Rahimi's remarks are commentary, not stances. Helmand named as an issue (place).")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p82
stem = "p82_un_press_unsc_unama_briefing"
text = """Security Council
9,912th Meeting (AM)
SC/16045
12 March 2025

Meetings Coverage and Press Releases

De Facto Authorities Must Reverse Edicts Barring Women from Public Life, Special Representative Tells Security Council, as Members Weigh Future of Mission in Afghanistan

The de facto authorities in Afghanistan must reverse the decrees that exclude women and girls from secondary schools, universities and most workplaces, the top United Nations official in the country told the Security Council this morning, days before the 15-member organ is to decide on renewing the mandate of the United Nations Assistance Mission in Afghanistan (UNAMA).

"There can be no normalization while half of the population is erased from public life," said Rosalind Achterberg, Special Representative of the Secretary-General for Afghanistan and Head of UNAMA. She welcomed the de facto authorities' continued engagement in the Doha process and noted that working groups on the private sector and on counter-narcotics had met twice since the third meeting of Special Envoys in Doha last July.

She added that the security situation remained "relatively stable", but warned that Islamic State in Iraq and the Levant-Khorasan (ISIL-K) continued to plan attacks inside and outside the country. ISIL-K and Al-Qaida, both listed under the Council's 1267 sanctions regime, "retain the intent and capability to project threats across the region," she said.

Also briefing the Council was Farida Nazari, founder of a women-led education network, who urged members not to hold any meeting with the de facto authorities "without Afghan women in the room."

Statements

The representative of the United States said Washington will not consider any normalization until the Taliban reverse their edicts, and called on the de facto authorities to release all detained foreign nationals.

LIANG WENBO (China) said isolating Afghanistan will only deepen the humanitarian crisis. He called for the unfreezing of Afghan assets held abroad and the lifting of unilateral sanctions, and said China supports the Afghan people in choosing a development path suited to their national conditions.

SERGEI VOLKOV (Russian Federation) opposed what he called attempts to use humanitarian aid as a tool of political pressure and said his delegation backs the practical engagement of the region with Kabul.

The representative of the United Kingdom expressed deep concern at the ban on women attending medical institutes, which, she said, will have lethal consequences for mothers and newborns.

Speaking as a neighbouring State, IMRAN SHAHID (Pakistan) said Tehreek-e-Taliban Pakistan (TTP), "a terrorist organization operating with impunity from Afghan soil", had killed hundreds of Pakistani civilians and soldiers over the past year. He urged the de facto authorities to dismantle its sanctuaries and expressed his country's readiness to cooperate on trade and connectivity projects.

The representative of Japan welcomed UNAMA's work on the Doha process working groups and announced an additional $12 million in humanitarian funding.

The Council is expected to vote on the renewal of UNAMA's mandate, which expires on 17 March, at a meeting next week.

The meeting began at 10:04 a.m. and ended at 12:31 p.m.
"""
AIG = "Afghan Interim Government"
UNSC = "United Nations Security Council"
meetings = [
    M("m1", "9,912th meeting of the UN Security Council (Afghanistan, UNAMA briefing)", "2025-03-12", None, None,
      series=UNSC, ordinal=9912, states=["United States", "China", "Russia", "United Kingdom", "Pakistan", "Japan"],
      orgs=[UNSC, "United Nations Assistance Mission in Afghanistan"],
      parts=[("Rosalind Achterberg", "Special Representative of the Secretary-General for Afghanistan and Head of UNAMA", "United Nations Assistance Mission in Afghanistan"),
             ("Farida Nazari", "founder of a women-led education network", None),
             ("Liang Wenbo", None, "China"), ("Sergei Volkov", None, "Russia"), ("Imran Shahid", None, "Pakistan")]),
    M("m2", "Third UN meeting of Special Envoys on Afghanistan (Doha)", "2024-07", "Doha", "Qatar",
      series="Meeting of Special Envoys on Afghanistan (Doha process)", ordinal=3, orgs=["United Nations"]),
]
stances = [
    S("Rosalind Achterberg", "urge", AIG, "reverse decrees excluding women and girls",
      "The de facto authorities in Afghanistan must reverse the decrees that exclude women and girls from secondary schools, universities and most workplaces"),
    S("Rosalind Achterberg", "oppose", AIG, "no normalization while women erased from public life",
      "There can be no normalization while half of the population is erased from public life"),
    S("Rosalind Achterberg", "welcome", AIG, "de facto authorities' engagement in the Doha process",
      "She welcomed the de facto authorities' continued engagement in the Doha process"),
    S("Rosalind Achterberg", "concern", "Islamic State Khorasan Province", "ISIL-K planning attacks",
      "warned that Islamic State in Iraq and the Levant-Khorasan (ISIL-K) continued to plan attacks inside and outside the country"),
    S("Rosalind Achterberg", "concern", None, "ISIL-K and Al-Qaida project threats across the region",
      "retain the intent and capability to project threats across the region"),
    S("Farida Nazari", "urge", UNSC, "no meetings with de facto authorities without Afghan women",
      'urged members not to hold any meeting with the de facto authorities "without Afghan women in the room.'),
    S("United States", "oppose", "Taliban", "no normalization until edicts reversed",
      "Washington will not consider any normalization until the Taliban reverse their edicts"),
    S("United States", "urge", AIG, "release detained foreign nationals",
      "called on the de facto authorities to release all detained foreign nationals"),
    S("Liang Wenbo", "oppose", None, "isolating Afghanistan deepens crisis",
      "isolating Afghanistan will only deepen the humanitarian crisis"),
    S("Liang Wenbo", "urge", None, "unfreeze Afghan assets", "He called for the unfreezing of Afghan assets held abroad"),
    S("Liang Wenbo", "urge", None, "lift unilateral sanctions", "the lifting of unilateral sanctions"),
    S("Liang Wenbo", "support", "Afghanistan", "Afghans choosing their own development path",
      "China supports the Afghan people in choosing a development path suited to their national conditions"),
    S("Sergei Volkov", "oppose", None, "humanitarian aid as political pressure",
      "opposed what he called attempts to use humanitarian aid as a tool of political pressure"),
    S("Sergei Volkov", "support", None, "regional engagement with Kabul",
      "his delegation backs the practical engagement of the region with Kabul"),
    S("United Kingdom", "concern", AIG, "ban on women at medical institutes",
      "expressed deep concern at the ban on women attending medical institutes"),
    S("Imran Shahid", "urge", AIG, "dismantle TTP sanctuaries", "He urged the de facto authorities to dismantle its sanctuaries"),
    S("Imran Shahid", "commit", None, "cooperate on trade and connectivity",
      "expressed his country's readiness to cooperate on trade and connectivity projects"),
    S("Japan", "appreciate", "United Nations Assistance Mission in Afghanistan", "UNAMA's work on Doha working groups",
      "The representative of Japan welcomed UNAMA's work on the Doha process working groups"),
    S("Japan", "commit", None, "additional humanitarian funding", "announced an additional $12 million in humanitarian funding"),
]
designations = [
    D("Islamic State Khorasan Province", ["Islamic State in Iraq and the Levant-Khorasan", "ISIL-K"], UNSC, None,
      "ISIL-K and Al-Qaida, both listed under the Council's 1267 sanctions regime"),
    D("Al-Qaeda", ["Al-Qaida"], UNSC, None, "ISIL-K and Al-Qaida, both listed under the Council's 1267 sanctions regime"),
    D("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"], "Pakistan", None,
      'Tehreek-e-Taliban Pakistan (TTP), "a terrorist organization operating with impunity from Afghan soil"'),
]
entities = [
    E(UNSC, "igo", "Security Council", "Council"),
    E("United Nations", "igo", "United Nations"),
    E("United Nations Assistance Mission in Afghanistan", "igo", "United Nations Assistance Mission in Afghanistan", "UNAMA"),
    E("Afghanistan", "state"), E("United States", "state", "Washington"), E("China", "state"),
    E("Russia", "state", "Russian Federation"), E("United Kingdom", "state"), E("Pakistan", "state"), E("Japan", "state"),
    E(AIG, "government", "de facto authorities"),
    E("Taliban", "armed_group", "Taliban"),
    E("Rosalind Achterberg", "person"), E("Farida Nazari", "person"),
    E("Liang Wenbo", "person", "LIANG WENBO"), E("Sergei Volkov", "person", "SERGEI VOLKOV"), E("Imran Shahid", "person", "IMRAN SHAHID"),
    E("Islamic State Khorasan Province", "armed_group", "Islamic State in Iraq and the Levant-Khorasan", "ISIL-K"),
    E("Al-Qaeda", "armed_group", "Al-Qaida"),
    E("Tehreek-e-Taliban Pakistan", "armed_group", "TTP"),
    E("Doha", "place"), E("Kabul", "place"),
]
notes = ("Invented UN press release (SC/16045). Header '9,912th Meeting (AM)' and '12 March 2025' -> m1 date 2025-03-12, ordinal 9912 of the Council's meetings (as dev2 g3_05 takes the PSC's 469th); "
         "venue not stated (New York implied) -> city null. Participant states: the states whose representatives spoke (US, China, Russia, UK, Japan; Pakistan as a non-member neighbour invited to speak); "
         "the Council's other members are not named. Speakers named in capitals in UN style ('LIANG WENBO (China)') -> participants without title, canonical in normal case with the capitals as alias; "
         "unnamed 'The representative of X' -> stances held by the state. Briefers: the SRSG (represents UNAMA) and a civil-society briefer (represents null, as in the earlier batch). "
         "m2: 'the third meeting of Special Envoys in Doha last July' -> month-precision date 2024-07 (relative to the 2025 header), ordinal 3. "
         "Planned vote 'at a meeting next week' is NOT a meeting. 'the top United Nations official' = Achterberg (lede stance annotated once, with her). "
         "Designations: ISIL-K and Al-Qaida 'both listed under the Council's 1267 sanctions regime' -> authority UNSC; TTP called 'a terrorist organization' by Pakistan's representative -> authority Pakistan (a state naming it in its statement). "
         "'Islamic State in Iraq and the Levant-Khorasan' = the Khorasan branch (Islamic State Khorasan Province). Volkov 'opposed what he called attempts...' -> oppose. Japan 'welcomed UNAMA's work' typed appreciate (praise of an actor's work), not welcome (unsure). "
         "Liang's call has two demands (assets; sanctions) -> two stances. 'de facto authorities' -> Afghan Interim Government; 'the Taliban reverse their edicts' addressee Taliban.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)
