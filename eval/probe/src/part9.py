from common import *

# ---------------- p21
emit("p21_unsc_afghanistan_coverage", """SECURITY COUNCIL
9791ST MEETING (AM)
11 DECEMBER 2024

Afghanistan Must Not Again Become Haven for Terrorists, Speakers Tell Security Council, as Mission Chief Warns Ban on Girls' Education Enters Fourth Year

Briefing the Security Council this morning, Ingrid Solvang-Marsh, Special Representative of the Secretary-General for Afghanistan and Head of the United Nations Assistance Mission in Afghanistan (UNAMA), said that the ban on secondary education for girls would soon enter its fourth school year. She urged the de facto authorities to reverse the decree barring women from medical institutes, warning that it would deprive Afghan women of health care within a generation.

The Council also heard from Mariam Dastagiri, a civil society representative, who spoke by videoconference from Kabul. She said that Afghan women were being "erased from public life" and asked members not to normalize relations with the Taliban while the restrictions remain in place.

Takeshi Morinaga (Japan), speaking as penholder on the file, welcomed the continuation of the Doha process and said that engagement must be principled and gradual. Japan remained committed to humanitarian assistance for the Afghan people, he added.

The representative of the United States said that Washington would not consider any normalization of relations as long as the Taliban denied half of the population their basic rights.

Fu Jianhua (China) called for the unfreezing of Afghanistan's overseas assets and said unilateral sanctions had worsened the humanitarian situation. He urged the Taliban to take resolute measures against the East Turkistan Islamic Movement, "a terrorist organization listed by the Security Council".

Vassily Orlovsky (Russian Federation) said that his country opposed any attempt to return Western military infrastructure to the region. Moscow supported the practical engagement of regional states with Kabul, he said.

Pakistan's delegate, Saima Rehman Qadri, said her country had suffered hundreds of attacks this year from Afghan soil. The Tehreek-e-Taliban Pakistan (TTP) and the Balochistan Liberation Army are terrorist outfits that enjoy safe havens across the border, she said, demanding that the de facto authorities hand over their leaders.

The representative of the Republic of Korea expressed deep concern at the economic situation and encouraged donors to sustain funding for the humanitarian response plan.

Several speakers recalled the third meeting of special envoys on Afghanistan, held in Doha on 30 June and 1 July, which had for the first time included representatives of the de facto authorities. The mandate of UNAMA expires in March, when the Council will take up its renewal.

The meeting began at 10:03 a.m. and ended at 12:18 p.m.
""",
[M("m1", "9791st meeting of the UN Security Council (Afghanistan)", "2024-12-11", None, None,
   series="United Nations Security Council", ordinal=9791,
   states=["Japan", "United States", "China", "Russia", "Pakistan", "South Korea"],
   orgs=["United Nations Security Council", "United Nations Assistance Mission in Afghanistan"],
   parts=[("Ingrid Solvang-Marsh", "Special Representative of the Secretary-General for Afghanistan and Head of the United Nations Assistance Mission in Afghanistan (UNAMA)", "United Nations Assistance Mission in Afghanistan"),
          ("Mariam Dastagiri", "civil society representative", None),
          ("Takeshi Morinaga", None, "Japan"), ("Fu Jianhua", None, "China"),
          ("Vassily Orlovsky", None, "Russia"), ("Saima Rehman Qadri", None, "Pakistan")]),
 M("m2", "Third meeting of special envoys on Afghanistan (Doha III)", "2024-06-30", "Doha", "Qatar",
   series="Meeting of Special Envoys on Afghanistan (Doha process)", ordinal=3)],
[S(["Ingrid Solvang-Marsh"], "urge", "Afghan Interim Government", "reverse decree barring women from medical institutes", "urged the de facto authorities to reverse the decree barring women from medical institutes"),
 S(["Ingrid Solvang-Marsh"], "concern", None, "women deprived of health care", "warning that it would deprive Afghan women of health care within a generation"),
 S(["Mariam Dastagiri"], "concern", None, "women erased from public life", "Afghan women were being \"erased from public life\""),
 S(["Mariam Dastagiri"], "urge", None, "do not normalize relations with the Taliban", "asked members not to normalize relations with the Taliban while the restrictions remain in place"),
 S(["Takeshi Morinaga"], "welcome", None, "continuation of the Doha process", "welcomed the continuation of the Doha process"),
 S(["Takeshi Morinaga"], "other", None, "engagement principled and gradual", "engagement must be principled and gradual"),
 S(["Takeshi Morinaga"], "commit", None, "humanitarian assistance to Afghans", "Japan remained committed to humanitarian assistance for the Afghan people"),
 S("United States", "oppose", "Taliban", "no normalization while rights denied", "Washington would not consider any normalization of relations as long as the Taliban denied half of the population their basic rights"),
 S(["Fu Jianhua"], "urge", None, "unfreeze Afghanistan's overseas assets", "called for the unfreezing of Afghanistan's overseas assets"),
 S(["Fu Jianhua"], "oppose", None, "unilateral sanctions worsened humanitarian situation", "unilateral sanctions had worsened the humanitarian situation"),
 S(["Fu Jianhua"], "urge", "Taliban", "resolute measures against ETIM", "He urged the Taliban to take resolute measures against the East Turkistan Islamic Movement"),
 S(["Vassily Orlovsky"], "oppose", None, "return of Western military infrastructure", "his country opposed any attempt to return Western military infrastructure to the region"),
 S(["Vassily Orlovsky"], "support", None, "regional states' engagement with Kabul", "Moscow supported the practical engagement of regional states with Kabul"),
 S(["Saima Rehman Qadri"], "urge", "Afghan Interim Government", "hand over TTP/BLA leaders", "demanding that the de facto authorities hand over their leaders"),
 S("South Korea", "concern", None, "economic situation in Afghanistan", "expressed deep concern at the economic situation"),
 S("South Korea", "urge", None, "sustain humanitarian funding", "encouraged donors to sustain funding for the humanitarian response plan")],
[D("East Turkistan Islamic Movement", ["East Turkistan Islamic Movement"], "United Nations Security Council", None,
   "the East Turkistan Islamic Movement, \"a terrorist organization listed by the Security Council\""),
 D("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"], "Pakistan", None,
   "The Tehreek-e-Taliban Pakistan (TTP) and the Balochistan Liberation Army are terrorist outfits"),
 D("Balochistan Liberation Army", ["Balochistan Liberation Army"], "Pakistan", None,
   "The Tehreek-e-Taliban Pakistan (TTP) and the Balochistan Liberation Army are terrorist outfits")],
[E("United Nations Security Council", "igo", "Security Council", "Council"),
 E("United Nations Assistance Mission in Afghanistan", "igo", "United Nations Assistance Mission in Afghanistan", "UNAMA"),
 E("Afghanistan", "state"), E("Japan", "state"), E("United States", "state", "Washington"), E("China", "state"),
 E("Russia", "state", "Russian Federation", "Moscow"), E("Pakistan", "state"), E("South Korea", "state", "Republic of Korea"),
 E("Ingrid Solvang-Marsh", "person"), E("Mariam Dastagiri", "person"), E("Takeshi Morinaga", "person"),
 E("Fu Jianhua", "person"), E("Vassily Orlovsky", "person"), E("Saima Rehman Qadri", "person"),
 E("Taliban", "armed_group", "Taliban"), E("Afghan Interim Government", "government", "de facto authorities"),
 E("East Turkistan Islamic Movement", "armed_group"), E("Tehreek-e-Taliban Pakistan", "armed_group", "TTP"),
 E("Balochistan Liberation Army", "armed_group"), E("Kabul", "place"), E("Doha", "place")],
"UN meetings coverage. Header '9791ST MEETING (AM)' + '11 DECEMBER 2024' -> ordinal 9791, date; no venue named -> city null (as p03). Speakers 'Name (Country)' -> participants with title null, representing the country; the two unnamed representatives (United States, Republic of Korea) -> their states are participant_states and stance holders. Pakistan ('Pakistan's delegate, Saima Rehman Qadri') is included as a participant state (non-member speaking). The civil-society briefer Mariam Dastagiri ('spoke by videoconference from Kabul') is a participant with title 'civil society representative' and represents null (she speaks for no state or organization; remote participation counts, as p16). 'Washington would not consider' = the US representative speaking -> holder United States. 'Moscow supported' = Orlovsky reporting his state's position -> holder the person (state beside him accepted). 'the de facto authorities' -> Afghan Interim Government. 'demanding that the de facto authorities hand over their leaders' typed urge. Designations: ETIM 'a terrorist organization listed by the Security Council' (quoted by China's delegate) -> authority UN Security Council (not China), date null; TTP and BLA called 'terrorist outfits' by Pakistan's delegate -> authority Pakistan. m2: recalled 'third meeting of special envoys on Afghanistan, held in Doha on 30 June and 1 July' -> first day, year from the header, ordinal 3; participants not named. The March mandate renewal is PLANNED (not a meeting).")

# ---------------- p22
emit("p22_xinhua_trilateral_kabul", """ date 2025-08-21 Afghanistan, China, Pakistan hold sixth trilateral foreign ministers' dialogue in Kabul

ISLAMABAD, Aug. 21 (Xinhua) -- The foreign ministers of China, Afghanistan and Pakistan held the sixth China-Afghanistan-Pakistan Trilateral Foreign Ministers' Dialogue in Kabul on Wednesday, pledging to deepen cooperation on security, trade and connectivity, according to a statement issued by Pakistan's Foreign Office here.

Chinese Foreign Minister Zhou Weiming, Pakistani Deputy Prime Minister and Foreign Minister Tariq Mehmood Awan and Mawlawi Abdul Wasi Sangari, acting foreign minister of the Afghan interim government, attended the dialogue.

The three sides reaffirmed their respect for each other's sovereignty, independence and territorial integrity, and agreed to extend the China-Pakistan Economic Corridor (CPEC) to Afghanistan, the statement said.

The three sides also agreed to strengthen security cooperation and to jointly combat all forms of terrorism. They stressed that no individual or organization should be allowed to use the territory of any of the three countries to threaten the others, and named the Eastern Turkistan Islamic Movement, the Tehreek-e-Taliban Pakistan and the Balochistan Liberation Army as terrorist groups that must be eliminated.

Zhou said China supports Afghanistan in integrating into regional connectivity and is willing to continue providing humanitarian assistance to the Afghan people. He expressed the hope that the Afghan interim government will build an open and inclusive political structure and pursue moderate and prudent policies.

Awan said Pakistan values its brotherly relations with Afghanistan, but urged the Afghan side to take concrete and verifiable steps against terrorist sanctuaries on its soil. "Terrorism remains the single biggest obstacle to realizing the economic potential of our region," he said.

Sangari thanked China for its humanitarian aid and assured the two sides that the interim government would not allow Afghan territory to be used against any country.

On the sidelines of the dialogue, Zhou met with Mohammad Karim Haqyar, acting prime minister of the Afghan interim government. Haqyar said the Afghan side welcomes more Chinese investment in mining and agriculture.

The fifth trilateral foreign ministers' dialogue was held in Islamabad in May 2023. The three sides agreed to hold the seventh round in Beijing.
""",
[M("m1", "Sixth China-Afghanistan-Pakistan Trilateral Foreign Ministers' Dialogue (Kabul)", "2025-08-20", "Kabul", "Afghanistan",
   series="China-Afghanistan-Pakistan Trilateral Foreign Ministers' Dialogue", ordinal=6,
   states=["China", "Afghanistan", "Pakistan"],
   parts=[("Zhou Weiming", "Foreign Minister", "China"),
          ("Tariq Mehmood Awan", "Deputy Prime Minister and Foreign Minister", "Pakistan"),
          ("Abdul Wasi Sangari", "acting foreign minister of the Afghan interim government", "Afghanistan")]),
 M("m2", "Zhou Weiming meets acting Afghan prime minister Haqyar on the sidelines (Kabul)", None, "Kabul", "Afghanistan",
   states=["China", "Afghanistan"],
   parts=[("Zhou Weiming", "Foreign Minister", "China"),
          ("Mohammad Karim Haqyar", "acting prime minister of the Afghan interim government", "Afghanistan")]),
 M("m3", "Fifth China-Afghanistan-Pakistan Trilateral Foreign Ministers' Dialogue (Islamabad)", "2023-05", "Islamabad", "Pakistan",
   series="China-Afghanistan-Pakistan Trilateral Foreign Ministers' Dialogue", ordinal=5)],
[S("meeting:m1", "reaffirm", None, "mutual sovereignty and territorial integrity", "The three sides reaffirmed their respect for each other's sovereignty, independence and territorial integrity"),
 S("meeting:m1", "commit", None, "extend CPEC to Afghanistan", "agreed to extend the China-Pakistan Economic Corridor (CPEC) to Afghanistan"),
 S("meeting:m1", "commit", None, "security cooperation, combat terrorism", "The three sides also agreed to strengthen security cooperation and to jointly combat all forms of terrorism"),
 S("meeting:m1", "urge", None, "no use of territory against others", "no individual or organization should be allowed to use the territory of any of the three countries to threaten the others"),
 S(["Zhou Weiming"], "support", "Afghanistan", "Afghanistan's integration into regional connectivity", "China supports Afghanistan in integrating into regional connectivity"),
 S(["Zhou Weiming"], "commit", None, "continue humanitarian assistance", "is willing to continue providing humanitarian assistance to the Afghan people"),
 S(["Zhou Weiming"], "urge", "Afghan Interim Government", "open and inclusive political structure, moderate policies", "He expressed the hope that the Afghan interim government will build an open and inclusive political structure and pursue moderate and prudent policies"),
 S(["Tariq Mehmood Awan"], "other", "Afghanistan", "values brotherly relations", "Pakistan values its brotherly relations with Afghanistan"),
 S(["Tariq Mehmood Awan"], "urge", "Afghan Interim Government", "concrete verifiable steps against sanctuaries", "urged the Afghan side to take concrete and verifiable steps against terrorist sanctuaries on its soil"),
 S(["Tariq Mehmood Awan"], "concern", None, "terrorism biggest obstacle", "Terrorism remains the single biggest obstacle to realizing the economic potential of our region"),
 S(["Abdul Wasi Sangari"], "appreciate", "China", "Chinese humanitarian aid", "Sangari thanked China for its humanitarian aid"),
 S(["Abdul Wasi Sangari"], "commit", None, "territory not used against any country", "the interim government would not allow Afghan territory to be used against any country"),
 S(["Mohammad Karim Haqyar"], "welcome", "China", "Chinese investment in mining and agriculture", "the Afghan side welcomes more Chinese investment in mining and agriculture")],
[D("East Turkistan Islamic Movement", ["Eastern Turkistan Islamic Movement"], "meeting:m1", "2025-08-20",
   "named the Eastern Turkistan Islamic Movement, the Tehreek-e-Taliban Pakistan and the Balochistan Liberation Army as terrorist groups that must be eliminated"),
 D("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan"], "meeting:m1", "2025-08-20",
   "named the Eastern Turkistan Islamic Movement, the Tehreek-e-Taliban Pakistan and the Balochistan Liberation Army as terrorist groups that must be eliminated"),
 D("Balochistan Liberation Army", ["Balochistan Liberation Army"], "meeting:m1", "2025-08-20",
   "named the Eastern Turkistan Islamic Movement, the Tehreek-e-Taliban Pakistan and the Balochistan Liberation Army as terrorist groups that must be eliminated")],
[E("China", "state"), E("Afghanistan", "state"), E("Pakistan", "state"),
 E("Zhou Weiming", "person", "Zhou"), E("Tariq Mehmood Awan", "person", "Awan"),
 E("Abdul Wasi Sangari", "person", "Mawlawi Abdul Wasi Sangari", "Sangari"),
 E("Mohammad Karim Haqyar", "person", "Haqyar"),
 E("Afghan Interim Government", "government", "Afghan interim government", "interim government"),
 E("Foreign Office of Pakistan", "government", "Pakistan's Foreign Office"),
 E("China-Pakistan Economic Corridor", "organization", "China-Pakistan Economic Corridor", "CPEC"),
 E("China-Afghanistan-Pakistan Trilateral Foreign Ministers' Dialogue", "organization", "China-Afghanistan-Pakistan Trilateral Foreign Ministers' Dialogue"),
 E("East Turkistan Islamic Movement", "armed_group", "Eastern Turkistan Islamic Movement"),
 E("Tehreek-e-Taliban Pakistan", "armed_group"), E("Balochistan Liberation Army", "armed_group"),
 E("Xinhua", "organization"), E("Kabul", "place"), E("Islamabad", "place", "ISLAMABAD"), E("Beijing", "place")],
"Xinhua report. Page date 2025-08-21 (Thursday); dateline 'ISLAMABAD, Aug. 21' + 'on Wednesday' -> 2025-08-20. Venue Kabul ('in Kabul'); dateline Islamabad is the filing place, not the venue. Ordinal 6 ('the sixth ... Dialogue'). participant_states from the three named ministers; titles as written ('acting foreign minister of the Afghan interim government'; 'Mawlawi' is an honorific, alias only). Afghanistan is a participant state here (the text says 'the foreign ministers of China, Afghanistan and Pakistan'), the minister represents Afghanistan. 'The three sides' -> meeting:m1. 'named ... as terrorist groups that must be eliminated' -> three designations, authority meeting:m1, date the meeting date. Individual ministers' positions held by the person. 'assured the two sides' -> commit, addressee null (the two other delegations). m2: sidelines meeting with the acting PM, date not stated -> null, city Kabul. m3: recalled fifth dialogue 'held in Islamabad in May 2023' -> date '2023-05' (month precision), ordinal 5. The seventh round in Beijing is PLANNED.")

# ---------------- p23
emit("p23_tass_moscow_format_kazan", """ date 2024-11-30 Moscow format participants oppose deployment of third countries' military infrastructure near Afghanistan

KAZAN, November 29. /TASS/. The participants in the sixth meeting of the Moscow format consultations on Afghanistan, held in Kazan on Friday, have spoken out against any deployment of military infrastructure of third countries in Afghanistan and neighboring states, according to a joint statement adopted following the talks.

Special representatives and senior officials from Russia, China, India, Iran, Kazakhstan, Kyrgyzstan, Pakistan, Tajikistan, Turkmenistan and Uzbekistan took part in the meeting. An Afghan delegation headed by acting Foreign Minister Amir Hamza Zadran attended as well, while delegations from Qatar, Saudi Arabia, Türkiye and the United Arab Emirates were present as guests.

The Russian delegation was led by the Russian president's special envoy for Afghanistan, Director of the Second Asian Department of the Russian Foreign Ministry Yevgeny Stolyarov, who chaired the talks.

"The participants consider unacceptable the deployment of military infrastructure facilities of third countries in Afghanistan and its neighboring states under any pretext," the statement says. The parties also called on the Afghan authorities to take more effective measures against terrorist groups present in the country, and expressed concern over the continuing threat posed by the Islamic State and its Khorasan wing.

The participants welcomed the Afghan side's efforts to reduce drug production but noted that the trafficking of synthetic drugs was on the rise. They urged Western countries to unfreeze Afghan national assets and to lift unilateral restrictive measures, which they said were hurting ordinary Afghans.

Stolyarov told reporters that Moscow intended to complete the procedure for removing the Taliban movement from the Russian list of terrorist organizations before the end of the year. The movement was designated a terrorist organization by a decision of Russia's Supreme Court in February 2003. "We see no alternative to pragmatic engagement with the authorities in Kabul," the diplomat said.

Zadran, for his part, said that the Afghan side rejects any interference in its internal affairs and invited neighboring states to invest in the Trans-Afghan railway project.

The previous round of the consultations took place in Moscow on September 29, 2023. The participants agreed to hold the next meeting in 2025.
""",
[M("m1", "Sixth meeting of the Moscow format consultations on Afghanistan (Kazan)", "2024-11-29", "Kazan", "Russia",
   series="Moscow Format Consultations on Afghanistan", ordinal=6, chair="Yevgeny Stolyarov",
   states=["Russia", "China", "India", "Iran", "Kazakhstan", "Kyrgyzstan", "Pakistan", "Tajikistan", "Turkmenistan", "Uzbekistan",
           "Afghanistan", "Qatar", "Saudi Arabia", "Turkey", "United Arab Emirates"],
   parts=[("Amir Hamza Zadran", "acting Foreign Minister", "Afghanistan"),
          ("Yevgeny Stolyarov", "Russian president's special envoy for Afghanistan, Director of the Second Asian Department of the Russian Foreign Ministry", "Russia")]),
 M("m2", "Previous round of the Moscow format consultations (Moscow)", "2023-09-29", "Moscow", "Russia",
   series="Moscow Format Consultations on Afghanistan")],
[S(["Russia", "China", "India", "Iran", "Kazakhstan", "Kyrgyzstan", "Pakistan", "Tajikistan", "Turkmenistan", "Uzbekistan"], "oppose", None,
   "military infrastructure of third countries in and around Afghanistan",
   "The participants consider unacceptable the deployment of military infrastructure facilities of third countries in Afghanistan and its neighboring states under any pretext"),
 S(["Russia", "China", "India", "Iran", "Kazakhstan", "Kyrgyzstan", "Pakistan", "Tajikistan", "Turkmenistan", "Uzbekistan"], "urge", "Afghan Interim Government",
   "effective measures against terrorist groups", "called on the Afghan authorities to take more effective measures against terrorist groups present in the country"),
 S(["Russia", "China", "India", "Iran", "Kazakhstan", "Kyrgyzstan", "Pakistan", "Tajikistan", "Turkmenistan", "Uzbekistan"], "concern", "Islamic State Khorasan Province",
   "threat from the Islamic State and its Khorasan wing", "expressed concern over the continuing threat posed by the Islamic State and its Khorasan wing"),
 S(["Russia", "China", "India", "Iran", "Kazakhstan", "Kyrgyzstan", "Pakistan", "Tajikistan", "Turkmenistan", "Uzbekistan"], "welcome", "Afghan Interim Government",
   "efforts to reduce drug production", "The participants welcomed the Afghan side's efforts to reduce drug production"),
 S(["Russia", "China", "India", "Iran", "Kazakhstan", "Kyrgyzstan", "Pakistan", "Tajikistan", "Turkmenistan", "Uzbekistan"], "concern", None,
   "rise in synthetic drug trafficking", "noted that the trafficking of synthetic drugs was on the rise"),
 S(["Russia", "China", "India", "Iran", "Kazakhstan", "Kyrgyzstan", "Pakistan", "Tajikistan", "Turkmenistan", "Uzbekistan"], "urge", "Western countries",
   "unfreeze Afghan assets, lift unilateral restrictions", "They urged Western countries to unfreeze Afghan national assets and to lift unilateral restrictive measures"),
 S(["Yevgeny Stolyarov"], "commit", "Taliban", "remove the Taliban from the Russian terrorist list", "Moscow intended to complete the procedure for removing the Taliban movement from the Russian list of terrorist organizations before the end of the year"),
 S(["Yevgeny Stolyarov"], "support", "Afghan Interim Government", "pragmatic engagement with Kabul", "We see no alternative to pragmatic engagement with the authorities in Kabul"),
 S(["Amir Hamza Zadran"], "oppose", None, "interference in Afghan internal affairs", "the Afghan side rejects any interference in its internal affairs"),
 S(["Amir Hamza Zadran"], "urge", None, "invest in the Trans-Afghan railway", "invited neighboring states to invest in the Trans-Afghan railway project")],
[D("Taliban", ["Taliban movement", "Taliban"], "Russia", "2003-02",
   "The movement was designated a terrorist organization by a decision of Russia's Supreme Court in February 2003")],
[E("Russia", "state", "Moscow"), E("China", "state"), E("India", "state"), E("Iran", "state"), E("Kazakhstan", "state"),
 E("Kyrgyzstan", "state"), E("Pakistan", "state"), E("Tajikistan", "state"), E("Turkmenistan", "state"), E("Uzbekistan", "state"),
 E("Afghanistan", "state"), E("Qatar", "state"), E("Saudi Arabia", "state"), E("Turkey", "state", "Türkiye"),
 E("United Arab Emirates", "state", "United Arab Emirates"),
 E("Amir Hamza Zadran", "person", "Zadran"), E("Yevgeny Stolyarov", "person", "Stolyarov"),
 E("Moscow Format Consultations on Afghanistan", "organization", "Moscow format consultations on Afghanistan", "Moscow format"),
 E("Russian Foreign Ministry", "government", "Russian Foreign Ministry"), E("Supreme Court of Russia", "government", "Russia's Supreme Court"),
 E("Afghan Interim Government", "government", "Afghan authorities", "authorities in Kabul"),
 E("Taliban", "armed_group", "Taliban movement"), E("Islamic State", "armed_group", "Islamic State"),
 E("Islamic State Khorasan Province", "armed_group", "Khorasan wing"),
 E("Western countries", "organization", "Western countries"), E("TASS", "organization"),
 E("Kazan", "place", "KAZAN"), E("Kabul", "place")],
"TASS wire. Page date 2024-11-30; dateline 'KAZAN, November 29' + 'held in Kazan on Friday' (29 Nov 2024 is a Friday) -> 2024-11-29. Ordinal 6 as the text states it (invented; the real sixth round was in Moscow). Chair: Stolyarov 'chaired the talks' (title verbatim, long). participant_states: the ten states listed ('Special representatives and senior officials from ...'), Afghanistan ('An Afghan delegation headed by acting Foreign Minister') and the four guest states ('delegations from Qatar, Saudi Arabia, Türkiye and the United Arab Emirates were present as guests') = 15 (judgement call: guests attended, so they are participants). HOLDERS of the joint statement: the ten member states as an explicit list, NOT meeting:m1, because Afghanistan (the addressee) and the guests are not parties to the statement (as dev2 g2_01). The quoted statement sentence and the lead paraphrase are one stance (the quote). 'the Islamic State and its Khorasan wing': concern addressee ISKP (the 'Khorasan wing' alias); the core Islamic State is mentioned (entity) but not designated: the text calls them a 'threat', not terrorist (no designation). 'Western countries' as an addressee group (organization entity, as 'the West' in seed 001). DESIGNATION: Stolyarov's intention to remove the Taliban is a planned de-listing (stance commit); the original listing is stated ('designated a terrorist organization by a decision of Russia's Supreme Court in February 2003') -> one designation, authority Russia, date 2003-02. 'invited neighboring states to invest' typed urge (as p13). m2: the previous round 'in Moscow on September 29, 2023' (recalled; ordinal not stated). The 2025 meeting is PLANNED.")

# ---------------- p24
emit("p24_oic_special_envoys_jeddah", """OIC Holds Meeting of Special Envoys on Afghanistan in Jeddah

Jeddah, 15 January 2025

The General Secretariat of the Organisation of Islamic Cooperation (OIC) hosted on 14 January 2025 the fourth meeting of the Special Envoys of OIC Member States on Afghanistan, at its headquarters in Jeddah. The meeting was chaired by Ambassador Yousef Hamad Al-Mansouri, Special Envoy of the OIC Secretary-General for Afghanistan.

The meeting was attended by special envoys and representatives of the Kingdom of Saudi Arabia, the Islamic Republic of Pakistan, the Republic of Türkiye, the State of Qatar, the Islamic Republic of Iran, the Republic of Indonesia, the Republic of Kazakhstan, the Republic of Uzbekistan, the Arab Republic of Egypt and Malaysia. The Special Representative of the UN Secretary-General and Head of UNAMA, Ingrid Solvang-Marsh, addressed the meeting by video.

In his opening remarks, Ambassador Al-Mansouri stressed that the OIC, as the collective voice of the Muslim world, stands by the Afghan people and will continue its engagement with the de facto authorities in Kabul. He reiterated the call of the OIC on the de facto authorities to reopen schools and universities for girls, noting that the right of women to education is guaranteed by Islamic Sharia.

Pakistan's Special Representative for Afghanistan, Ambassador Naveed Akhtar Chaudhry, said that Pakistan was deeply concerned about the activities of the proscribed Tehreek-e-Taliban Pakistan from Afghan territory and called upon the interim Afghan government to honour its commitments.

The participants:

- Reaffirmed their strong commitment to the sovereignty, independence, territorial integrity and national unity of Afghanistan;
- Expressed grave concern over the humanitarian situation and called on the international community to scale up assistance, including through the Afghanistan Humanitarian Trust Fund established by the Islamic Development Bank;
- Urged the de facto authorities to ensure the rights of women and girls, in particular their right to education and work;
- Condemned the terrorist attack on the Ministry of Refugees in Kabul claimed by Daesh;
- Welcomed the contributions of the International Islamic Fiqh Academy and the Ulema delegations to the dialogue with Afghan scholars.

The participants also recalled the resolution on Afghanistan adopted by the 50th session of the OIC Council of Foreign Ministers in Yaoundé on 29-30 August 2024. The next meeting of the Special Envoys is scheduled to take place in Islamabad.
""",
[M("m1", "Fourth meeting of the Special Envoys of OIC Member States on Afghanistan (Jeddah)", "2025-01-14", "Jeddah", "Saudi Arabia",
   series="Meeting of the Special Envoys of OIC Member States on Afghanistan", ordinal=4, chair="Yousef Hamad Al-Mansouri",
   states=["Saudi Arabia", "Pakistan", "Turkey", "Qatar", "Iran", "Indonesia", "Kazakhstan", "Uzbekistan", "Egypt", "Malaysia"],
   orgs=["Organisation of Islamic Cooperation", "United Nations Assistance Mission in Afghanistan"],
   parts=[("Yousef Hamad Al-Mansouri", "Special Envoy of the OIC Secretary-General for Afghanistan", "Organisation of Islamic Cooperation"),
          ("Naveed Akhtar Chaudhry", "Special Representative for Afghanistan", "Pakistan"),
          ("Ingrid Solvang-Marsh", "Special Representative of the UN Secretary-General and Head of UNAMA", "United Nations Assistance Mission in Afghanistan")]),
 M("m2", "50th session of the OIC Council of Foreign Ministers (Yaoundé)", "2024-08-29", "Yaoundé", "Cameroon",
   series="OIC Council of Foreign Ministers", ordinal=50, orgs=["Organisation of Islamic Cooperation"])],
[S(["Yousef Hamad Al-Mansouri"], "commit", "Afghan Interim Government", "OIC stands by Afghans and continues engagement", "the OIC, as the collective voice of the Muslim world, stands by the Afghan people and will continue its engagement with the de facto authorities in Kabul"),
 S(["Yousef Hamad Al-Mansouri"], "urge", "Afghan Interim Government", "reopen schools and universities for girls", "He reiterated the call of the OIC on the de facto authorities to reopen schools and universities for girls"),
 S(["Naveed Akhtar Chaudhry"], "concern", "Tehreek-e-Taliban Pakistan", "TTP activities from Afghan territory", "Pakistan was deeply concerned about the activities of the proscribed Tehreek-e-Taliban Pakistan from Afghan territory"),
 S(["Naveed Akhtar Chaudhry"], "urge", "Afghan Interim Government", "honour its commitments", "called upon the interim Afghan government to honour its commitments"),
 S("meeting:m1", "reaffirm", None, "sovereignty and unity of Afghanistan", "Reaffirmed their strong commitment to the sovereignty, independence, territorial integrity and national unity of Afghanistan"),
 S("meeting:m1", "concern", None, "humanitarian situation", "Expressed grave concern over the humanitarian situation"),
 S("meeting:m1", "urge", "international community", "scale up assistance incl. Humanitarian Trust Fund", "called on the international community to scale up assistance, including through the Afghanistan Humanitarian Trust Fund"),
 S("meeting:m1", "urge", "Afghan Interim Government", "rights of women and girls to education and work", "Urged the de facto authorities to ensure the rights of women and girls, in particular their right to education and work"),
 S("meeting:m1", "condemn", "Islamic State", "attack on the Ministry of Refugees claimed by Daesh", "Condemned the terrorist attack on the Ministry of Refugees in Kabul claimed by Daesh"),
 S("meeting:m1", "welcome", "International Islamic Fiqh Academy", "contributions of IIFA and Ulema delegations", "Welcomed the contributions of the International Islamic Fiqh Academy and the Ulema delegations to the dialogue with Afghan scholars")],
[D("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan"], "Pakistan", None,
   "the proscribed Tehreek-e-Taliban Pakistan")],
[E("Organisation of Islamic Cooperation", "igo", "Organisation of Islamic Cooperation", "OIC"),
 E("Saudi Arabia", "state", "Kingdom of Saudi Arabia"), E("Pakistan", "state", "Islamic Republic of Pakistan"),
 E("Turkey", "state", "Republic of Türkiye"), E("Qatar", "state", "State of Qatar"), E("Iran", "state", "Islamic Republic of Iran"),
 E("Indonesia", "state", "Republic of Indonesia"), E("Kazakhstan", "state", "Republic of Kazakhstan"),
 E("Uzbekistan", "state", "Republic of Uzbekistan"), E("Egypt", "state", "Arab Republic of Egypt"), E("Malaysia", "state"),
 E("Afghanistan", "state"), E("Cameroon", "state"),
 E("Yousef Hamad Al-Mansouri", "person", "Ambassador Yousef Hamad Al-Mansouri", "Al-Mansouri"),
 E("Naveed Akhtar Chaudhry", "person", "Ambassador Naveed Akhtar Chaudhry"), E("Ingrid Solvang-Marsh", "person"),
 E("United Nations Assistance Mission in Afghanistan", "igo", "UNAMA"),
 E("Afghan Interim Government", "government", "de facto authorities", "interim Afghan government"),
 E("Tehreek-e-Taliban Pakistan", "armed_group"), E("Islamic State", "armed_group", "Daesh"),
 E("Islamic Development Bank", "igo"), E("International Islamic Fiqh Academy", "igo"),
 E("international community", "organization", "international community"),
 E("Jeddah", "place"), E("Kabul", "place"), E("Yaoundé", "place"), E("Islamabad", "place")],
"OIC press release. Header 'Jeddah, 15 January 2025'; meeting 'on 14 January 2025' at the OIC headquarters in Jeddah; 'the fourth meeting' -> ordinal 4. Chair: the OIC SG's Special Envoy ('chaired by Ambassador ...', represents the OIC). 'attended by special envoys and representatives of' + ten states in long official form -> ten participant_states (Türkiye -> Turkey; Malaysia in short form). UNAMA's head 'addressed the meeting by video' -> participant (remote), UNAMA in participant_orgs. Pakistan's envoy -> participant with title 'Special Representative for Afghanistan' (the adjectival 'Pakistan's' is not part of the title). Bullets under 'The participants:' -> meeting:m1 (the ten states). Al-Mansouri's remarks: holder the person (speaking for the OIC). 'reiterated the call of the OIC' -> urge. 'the Afghanistan Humanitarian Trust Fund established by the Islamic Development Bank' is a fund, not an actor (no entity). 'Condemned the terrorist attack ... claimed by Daesh' -> condemn, addressee Islamic State; NOT a designation (the attack is called terrorist, the group is not named as a terrorist organization: doubtful, a converter may read it as one). DESIGNATION: 'the proscribed Tehreek-e-Taliban Pakistan' spoken by Pakistan's envoy -> authority Pakistan (Pakistan's proscription), date null. m2: recalled 50th CFM 'in Yaoundé on 29-30 August 2024' -> first day, ordinal 50. The Islamabad meeting is PLANNED.")

# ---------------- p25
emit("p25_g7_fm_statement_newyork", """G7 Foreign Ministers' Statement on Afghanistan

September 25, 2024

We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States of America, and the High Representative of the European Union, met in New York on September 24 on the margins of the United Nations General Assembly under the Italian Presidency, chaired by Italian Foreign Minister Lorenzo Fabbri-Costa.

We remain deeply concerned by the grave humanitarian situation in Afghanistan and by the continued erosion of human rights, in particular the rights of women and girls. We condemn in the strongest terms the so-called "law on the promotion of virtue and prevention of vice" announced by the Taliban in August, which further restricts women's voices and presence in public life. We call on the Taliban to reverse these policies without delay and to reopen secondary schools and universities to girls and women.

We reaffirm our commitment to the people of Afghanistan and will continue to provide principled humanitarian assistance. We support the work of UNAMA and the efforts of the UN Special Envoys' process launched in Doha.

We are concerned that terrorist groups, including ISIS-Khorasan and al-Qaida, continue to operate from Afghanistan and pose a threat to the region and beyond. We expect the Taliban to uphold their commitment not to allow any group to use Afghan territory against the security of other countries.

We welcome the readiness of neighbouring countries to host Afghan refugees and call on them to respect the principle of non-refoulement.

We note the Taliban's stated intention to eradicate poppy cultivation, but we oppose any normalization of relations until the Taliban meet the expectations set out in Security Council resolution 2721.

Our Leaders will take these issues forward at the G7 Summit in Kananaskis next year.
""",
[M("m1", "G7 Foreign Ministers' Meeting on the margins of UNGA (New York)", "2024-09-24", "New York", "United States",
   series="G7 Foreign Ministers' Meeting", chair="Lorenzo Fabbri-Costa",
   states=["Canada", "France", "Germany", "Italy", "Japan", "United Kingdom", "United States"], orgs=["European Union"],
   parts=[("Lorenzo Fabbri-Costa", "Foreign Minister", "Italy")])],
[S("meeting:m1", "concern", None, "humanitarian situation and erosion of human rights", "We remain deeply concerned by the grave humanitarian situation in Afghanistan and by the continued erosion of human rights"),
 S("meeting:m1", "condemn", "Taliban", "law on the promotion of virtue and prevention of vice", "We condemn in the strongest terms the so-called \"law on the promotion of virtue and prevention of vice\" announced by the Taliban in August"),
 S("meeting:m1", "urge", "Taliban", "reverse policies, reopen schools and universities", "We call on the Taliban to reverse these policies without delay and to reopen secondary schools and universities to girls and women"),
 S("meeting:m1", "reaffirm", "Afghanistan", "commitment to the Afghan people", "We reaffirm our commitment to the people of Afghanistan"),
 S("meeting:m1", "commit", None, "principled humanitarian assistance", "will continue to provide principled humanitarian assistance"),
 S("meeting:m1", "support", "United Nations Assistance Mission in Afghanistan", "UNAMA and the Doha process", "We support the work of UNAMA and the efforts of the UN Special Envoys' process launched in Doha"),
 S("meeting:m1", "concern", None, "terrorist groups operating from Afghanistan", "We are concerned that terrorist groups, including ISIS-Khorasan and al-Qaida, continue to operate from Afghanistan and pose a threat to the region and beyond"),
 S("meeting:m1", "urge", "Taliban", "uphold counter-terrorism commitment", "We expect the Taliban to uphold their commitment not to allow any group to use Afghan territory against the security of other countries"),
 S("meeting:m1", "welcome", None, "neighbours hosting refugees", "We welcome the readiness of neighbouring countries to host Afghan refugees"),
 S("meeting:m1", "urge", None, "respect non-refoulement", "call on them to respect the principle of non-refoulement"),
 S("meeting:m1", "oppose", "Taliban", "no normalization until expectations met", "we oppose any normalization of relations until the Taliban meet the expectations set out in Security Council resolution 2721")],
[D("Islamic State Khorasan Province", ["ISIS-Khorasan"], "meeting:m1", None,
   "terrorist groups, including ISIS-Khorasan and al-Qaida, continue to operate from Afghanistan"),
 D("Al-Qaeda", ["al-Qaida"], "meeting:m1", None,
   "terrorist groups, including ISIS-Khorasan and al-Qaida, continue to operate from Afghanistan")],
[E("Canada", "state"), E("France", "state"), E("Germany", "state"), E("Italy", "state"), E("Japan", "state"),
 E("United Kingdom", "state", "United Kingdom"), E("United States", "state", "United States of America"), E("Afghanistan", "state"),
 E("European Union", "igo", "European Union"), E("Group of Seven", "igo", "G7"),
 E("Lorenzo Fabbri-Costa", "person"), E("Taliban", "armed_group", "Taliban"),
 E("United Nations Assistance Mission in Afghanistan", "igo", "UNAMA"), E("United Nations General Assembly", "igo", "United Nations General Assembly"),
 E("United Nations Security Council", "igo", "Security Council"),
 E("Islamic State Khorasan Province", "armed_group", "ISIS-Khorasan"), E("Al-Qaeda", "armed_group", "al-Qaida"),
 E("New York", "place"), E("Doha", "place"), E("Kananaskis", "place")],
"G7 foreign ministers' statement, header date September 25, 2024; meeting 'met in New York on September 24' (year from the header). Seven states + the EU ('We, the G7 Foreign Ministers of ...') -> participant_states 7, participant_orgs EU; the High Representative is unnamed. 'We' includes the EU's High Representative, but the holder is meeting:m1 (the seven states), following dev2 g1_05 (G7+ with the EU as participant org); a converter that adds the EU as a holder fails the holder check (unsure). Chair: the Italian FM ('chaired by'). All 'We' positions -> meeting:m1. 'We expect the Taliban to uphold' -> urge. 'We note the Taliban's stated intention' is not a stance (noting). 'call on them' = neighbouring countries (unnamed) -> addressee null. 'announced by the Taliban in August' names no meeting. Designations: 'terrorist groups, including ISIS-Khorasan and al-Qaida' -> ISKP and Al-Qaeda, authority meeting:m1, date null (as p18; the statement names them, it does not list them formally). 'the UN Special Envoys' process launched in Doha' is a process, not a dated meeting. The G7 Summit 'in Kananaskis next year' is PLANNED (not a meeting). G7 as an igo entity ('G7').")
