from common import *

# ---------------- p01
emit("p01_xinhua_china_oman", """ date 2025-03-05 BEIJING, March 4 (Xinhua) -- Chinese Foreign Minister Zhou Weiming held talks here on Tuesday with his Omani counterpart Khalid bin Salim Al Rawahi, with the two sides pledging to deepen their comprehensive strategic partnership.

Zhou said China appreciates Oman's long-standing adherence to the one-China principle and its independent, balanced foreign policy. China firmly opposes any external interference in the internal affairs of Gulf countries and supports Oman in playing a constructive role as a mediator in regional hotspot issues, he said.

Al Rawahi said Oman firmly abides by the one-China principle. He said the Sultanate welcomes more Chinese investment in the Duqm special economic zone and is ready to align its Vision 2040 with the Belt and Road Initiative.

Both sides agreed to expand cooperation in energy, logistics and green hydrogen, and to speak with one voice in multilateral fora on behalf of developing countries.

On the situation in the Red Sea, the two ministers expressed deep concern over attacks on commercial shipping, and called on all parties to exercise restraint and safeguard the security of international waterways. They also called for an immediate and lasting ceasefire in Gaza.

Al Rawahi briefed Zhou on the outcome of the Gulf Cooperation Council ministerial meeting held in Riyadh on March 2, which he attended.

The two foreign ministers agreed that the next round of the China-Oman strategic dialogue will be held in Muscat later this year.
""",
[M("m1", "Talks between Chinese FM Zhou Weiming and Omani FM Khalid bin Salim Al Rawahi (Beijing)", "2025-03-04", "Beijing", "China",
   states=["China", "Oman"], parts=[("Zhou Weiming", "Foreign Minister", "China"), ("Khalid bin Salim Al Rawahi", None, "Oman")]),
 M("m2", "GCC ministerial meeting (Riyadh), attended by Al Rawahi", "2025-03-02", "Riyadh", "Saudi Arabia",
   series="GCC Ministerial Council", states=["Oman"], orgs=["Gulf Cooperation Council"], parts=[("Khalid bin Salim Al Rawahi", None, "Oman")])],
[S("Zhou Weiming", "appreciate", "Oman", "Oman's adherence to one-China and balanced foreign policy", "China appreciates Oman's long-standing adherence to the one-China principle and its independent, balanced foreign policy"),
 S("Zhou Weiming", "oppose", None, "external interference in Gulf countries' internal affairs", "China firmly opposes any external interference in the internal affairs of Gulf countries"),
 S("Zhou Weiming", "support", "Oman", "Oman's mediation role in regional hotspots", "supports Oman in playing a constructive role as a mediator in regional hotspot issues"),
 S("Khalid bin Salim Al Rawahi", "support", "China", "one-China principle", "Oman firmly abides by the one-China principle"),
 S("Khalid bin Salim Al Rawahi", "welcome", "China", "Chinese investment in Duqm", "the Sultanate welcomes more Chinese investment in the Duqm special economic zone"),
 S("Khalid bin Salim Al Rawahi", "commit", None, "align Vision 2040 with the Belt and Road Initiative", "is ready to align its Vision 2040 with the Belt and Road Initiative"),
 S("meeting:m1", "commit", None, "expand cooperation in energy, logistics, green hydrogen", "Both sides agreed to expand cooperation in energy, logistics and green hydrogen"),
 S("meeting:m1", "commit", None, "one voice in multilateral fora for developing countries", "to speak with one voice in multilateral fora on behalf of developing countries"),
 S("meeting:m1", "concern", None, "attacks on commercial shipping in the Red Sea", "the two ministers expressed deep concern over attacks on commercial shipping"),
 S("meeting:m1", "urge", None, "restraint and security of international waterways", "called on all parties to exercise restraint and safeguard the security of international waterways"),
 S("meeting:m1", "urge", None, "ceasefire in Gaza", "They also called for an immediate and lasting ceasefire in Gaza")],
[],
[E("China", "state"), E("Oman", "state", "Sultanate"), E("Zhou Weiming", "person", "Zhou"), E("Khalid bin Salim Al Rawahi", "person", "Al Rawahi"),
 E("Xinhua", "organization"), E("Gulf Cooperation Council", "igo"), E("Beijing", "place", "BEIJING"), E("Riyadh", "place"), E("Muscat", "place"),
 E("Duqm", "place"), E("Red Sea", "place"), E("Gaza Strip", "place", "Gaza")],
"Xinhua readout. Leading page-date token 2025-03-05; dateline 'BEIJING, March 4' + 'on Tuesday' (4 March 2025 is a Tuesday) -> m1 2025-03-04 (year only from the page date). Venue only 'here' = the dateline city Beijing. Al Rawahi is introduced only as 'his Omani counterpart' (later 'the two foreign ministers'): title left null rather than inferred. m2 = the GCC ministerial meeting 'held in Riyadh on March 2, which he attended' (recalled meeting, year from page date); only Oman is named as attending -> participant_states [Oman], participant_orgs GCC; no stance belongs to m2. 'the next round of the China-Oman strategic dialogue will be held in Muscat later this year' is a PLANNED meeting -> not annotated. Zhou's 'China appreciates/opposes/supports' held by Zhou (speaking for China; China beside him is accepted). 'Oman firmly abides by the one-China principle' typed support (addressee China). 'the Sultanate' = Oman (alias). 'called on all parties' has no named addressee -> null. 'the two ministers' / 'Both sides' -> meeting:m1. No designations.")

# ---------------- p02
emit("p02_gcc_ministerial_kuwait", """ date 2024-06-03 Kuwait City, 2 June 2024

The Ministerial Council of the Cooperation Council for the Arab States of the Gulf held its 160th session on Sunday in Kuwait City, chaired by H.E. Sheikh Fahad Nasser Al-Sabah, Minister of Foreign Affairs of the State of Kuwait, with the participation of H.E. Dr. Khalid bin Ahmed Al Mahmood, Minister of Foreign Affairs of the Kingdom of Bahrain; H.E. Prince Turki bin Mansour Al Saud, Minister of Foreign Affairs of the Kingdom of Saudi Arabia; H.E. Sheikh Saif bin Hamdan Al Nahyan, Minister of State of the United Arab Emirates; H.E. Sayyid Hamood bin Faisal Al Said, Minister of Foreign Affairs of the Sultanate of Oman; H.E. Sheikh Ali bin Jassim Al Thani, Minister of State for Foreign Affairs of the State of Qatar; and H.E. Jassim Mohammed Al-Otaibi, Secretary-General of the GCC.

The Council:

- Condemned the continued Houthi attacks on commercial vessels in the Red Sea and the Bab al-Mandab strait, and stressed the importance of freedom of navigation.
- Reaffirmed its firm position in support of the Palestinian people and called on the international community to ensure the full entry of humanitarian aid into the Gaza Strip.
- Renewed its call on the Islamic Republic of Iran to respond to the UAE's efforts to resolve the issue of the three islands through direct negotiations or the International Court of Justice.
- Expressed concern at the escalating activities of Hezbollah, which the GCC states classified as a terrorist organization in March 2016, and called on the Lebanese authorities to extend state sovereignty over all Lebanese territory.
- Welcomed the Kingdom of Saudi Arabia's hosting of the Riyadh International Humanitarian Forum.

The Secretary-General said the Council also approved the date of its next regular session, to be held in Doha in September.
""",
[M("m1", "160th session of the GCC Ministerial Council (Kuwait City)", "2024-06-02", "Kuwait City", "Kuwait",
   series="GCC Ministerial Council", ordinal=160, chair="Fahad Nasser Al-Sabah",
   states=["Kuwait", "Bahrain", "Saudi Arabia", "United Arab Emirates", "Oman", "Qatar"], orgs=["Gulf Cooperation Council"],
   parts=[("Fahad Nasser Al-Sabah", "Minister of Foreign Affairs", "Kuwait"),
          ("Khalid bin Ahmed Al Mahmood", "Minister of Foreign Affairs", "Bahrain"),
          ("Turki bin Mansour Al Saud", "Minister of Foreign Affairs", "Saudi Arabia"),
          ("Saif bin Hamdan Al Nahyan", "Minister of State", "United Arab Emirates"),
          ("Hamood bin Faisal Al Said", "Minister of Foreign Affairs", "Oman"),
          ("Ali bin Jassim Al Thani", "Minister of State for Foreign Affairs", "Qatar"),
          ("Jassim Mohammed Al-Otaibi", "Secretary-General", "Gulf Cooperation Council")])],
[S("meeting:m1", "condemn", "Houthis", "Houthi attacks on shipping in the Red Sea and Bab al-Mandab", "Condemned the continued Houthi attacks on commercial vessels in the Red Sea and the Bab al-Mandab strait"),
 S("meeting:m1", "support", None, "freedom of navigation", "stressed the importance of freedom of navigation"),
 S("meeting:m1", "reaffirm", None, "support for the Palestinian people", "Reaffirmed its firm position in support of the Palestinian people"),
 S("meeting:m1", "urge", "international community", "full entry of humanitarian aid into Gaza", "called on the international community to ensure the full entry of humanitarian aid into the Gaza Strip"),
 S("meeting:m1", "urge", "Iran", "respond to UAE efforts on the three islands (negotiations or ICJ)", "Renewed its call on the Islamic Republic of Iran to respond to the UAE's efforts to resolve the issue of the three islands through direct negotiations or the International Court of Justice"),
 S("meeting:m1", "concern", "Hezbollah", "escalating activities of Hezbollah", "Expressed concern at the escalating activities of Hezbollah"),
 S("meeting:m1", "urge", "Government of Lebanon", "extend state sovereignty over all Lebanese territory", "called on the Lebanese authorities to extend state sovereignty over all Lebanese territory"),
 S("meeting:m1", "welcome", "Saudi Arabia", "Saudi hosting of the Riyadh International Humanitarian Forum", "Welcomed the Kingdom of Saudi Arabia's hosting of the Riyadh International Humanitarian Forum")],
[D("Hezbollah", ["Hezbollah"], "Gulf Cooperation Council", "2016-03", "Hezbollah, which the GCC states classified as a terrorist organization in March 2016")],
[E("Kuwait", "state", "State of Kuwait"), E("Bahrain", "state", "Kingdom of Bahrain"), E("Saudi Arabia", "state", "Kingdom of Saudi Arabia"),
 E("United Arab Emirates", "state", "United Arab Emirates", "UAE"), E("Oman", "state", "Sultanate of Oman"), E("Qatar", "state", "State of Qatar"),
 E("Iran", "state", "Islamic Republic of Iran"), E("Gulf Cooperation Council", "igo", "Cooperation Council for the Arab States of the Gulf", "GCC"),
 E("International Court of Justice", "igo"), E("Government of Lebanon", "government", "Lebanese authorities"),
 E("Hezbollah", "armed_group"), E("Houthis", "armed_group", "Houthi"),
 E("Fahad Nasser Al-Sabah", "person"), E("Khalid bin Ahmed Al Mahmood", "person"), E("Turki bin Mansour Al Saud", "person"),
 E("Saif bin Hamdan Al Nahyan", "person"), E("Hamood bin Faisal Al Said", "person"), E("Ali bin Jassim Al Thani", "person"), E("Jassim Mohammed Al-Otaibi", "person"),
 E("Kuwait City", "place"), E("Doha", "place"), E("Red Sea", "place"), E("Gaza Strip", "place")],
"GCC Secretariat-style release. Page date 2024-06-03; dateline 'Kuwait City, 2 June 2024' and 'on Sunday' (2 June 2024 is a Sunday) -> 2024-06-02. Ordinal 160 ('its 160th session'). Chair a person (Kuwait's FM, 'chaired by H.E. ...'). Participants from the 'with the participation of H.E. X, Minister of Foreign Affairs of the Kingdom of Y' list; honorifics (H.E., Sheikh, Prince, Sayyid, Dr.) are not part of the canonical names; titles as written (UAE: 'Minister of State'; Qatar: 'Minister of State for Foreign Affairs'); the Secretary-General represents the GCC. The six member states are all named via their ministers -> participant_states, and 'The Council:' bullets (bare verbs) -> holder meeting:m1. 'Houthi attacks' condemned: the Houthis are NOT designated in this text (threat only). Designation: Hezbollah 'which the GCC states classified as a terrorist organization in March 2016' -> authority the GCC (an earlier act of the organization, not this meeting), date 2016-03. 'the Lebanese authorities' -> Government of Lebanon (Lebanon itself is never named). 'next regular session, to be held in Doha in September' is planned -> not a meeting.")

# ---------------- p03
emit("p03_unsc_sudan_coverage", """SECURITY COUNCIL
9812TH MEETING (AM)
18 NOVEMBER 2024

Speakers Urge Sudan's Warring Parties to Silence Guns, Protect Civilians in El Fasher

Briefing the Security Council this morning, Amina Kiplagat-Odhiambo, Director for Africa in the Department of Political and Peacebuilding Affairs, said that fighting between the Sudanese Armed Forces and the Rapid Support Forces had now displaced more than 11 million people.

Sergio Almeida Prado (Brazil) said his delegation was alarmed by reports of sexual violence against women and girls in Darfur and called on the Rapid Support Forces to lift the siege of El Fasher immediately.

Zhang Liqun (China) said the sovereignty and territorial integrity of Sudan must be respected, and opposed the imposition of unilateral sanctions that would further harm the Sudanese people.

The representative of the Republic of Korea welcomed the Jeddah Declaration of Commitment to Protect the Civilians of Sudan and urged both parties to return to the negotiating table.

Dmitri Sokolovsky (Russian Federation) said his country rejected attempts to use humanitarian issues as a pretext for interference in Sudan's internal affairs.

Abubakar Sesay-Kamara (Sierra Leone), speaking on behalf of Algeria, Guyana, Mozambique and Sierra Leone, condemned the attacks on displacement camps and expressed deep concern over the outbreak of cholera. He appealed to donors to fund the humanitarian response plan, which is less than half funded.

The representative of Sudan said the Rapid Support Forces were "a terrorist militia" that had committed genocide in West Darfur, and urged the Council to hold their foreign backers to account.

The meeting began at 10:05 a.m. and ended at 12:40 p.m.
""",
[M("m1", "9812th meeting of the UN Security Council (Sudan)", "2024-11-18", None, None,
   series="United Nations Security Council", ordinal=9812,
   states=["Brazil", "China", "South Korea", "Russia", "Sierra Leone", "Algeria", "Guyana", "Mozambique", "Sudan"],
   orgs=["United Nations Security Council"],
   parts=[("Amina Kiplagat-Odhiambo", "Director for Africa in the Department of Political and Peacebuilding Affairs", "United Nations"),
          ("Sergio Almeida Prado", None, "Brazil"), ("Zhang Liqun", None, "China"),
          ("Dmitri Sokolovsky", None, "Russia"), ("Abubakar Sesay-Kamara", None, "Sierra Leone")])],
[S("Sergio Almeida Prado", "concern", None, "sexual violence against women and girls in Darfur", "his delegation was alarmed by reports of sexual violence against women and girls in Darfur"),
 S("Sergio Almeida Prado", "urge", "Rapid Support Forces", "lift the siege of El Fasher", "called on the Rapid Support Forces to lift the siege of El Fasher immediately"),
 S("Zhang Liqun", "support", "Sudan", "sovereignty and territorial integrity of Sudan", "the sovereignty and territorial integrity of Sudan must be respected"),
 S("Zhang Liqun", "oppose", None, "unilateral sanctions", "opposed the imposition of unilateral sanctions that would further harm the Sudanese people"),
 S("South Korea", "welcome", None, "Jeddah Declaration on protecting civilians", "The representative of the Republic of Korea welcomed the Jeddah Declaration of Commitment to Protect the Civilians of Sudan"),
 S("South Korea", "urge", ["Sudanese Armed Forces", "Rapid Support Forces"], "return to negotiations", "urged both parties to return to the negotiating table"),
 S("Dmitri Sokolovsky", "oppose", None, "humanitarian issues as pretext for interference", "his country rejected attempts to use humanitarian issues as a pretext for interference in Sudan's internal affairs"),
 S(["Algeria", "Guyana", "Mozambique", "Sierra Leone"], "condemn", None, "attacks on displacement camps", "condemned the attacks on displacement camps"),
 S(["Algeria", "Guyana", "Mozambique", "Sierra Leone"], "concern", None, "cholera outbreak", "expressed deep concern over the outbreak of cholera"),
 S(["Algeria", "Guyana", "Mozambique", "Sierra Leone"], "urge", "donors", "fund the humanitarian response plan", "He appealed to donors to fund the humanitarian response plan"),
 S("Sudan", "urge", "United Nations Security Council", "hold RSF's foreign backers to account", "urged the Council to hold their foreign backers to account")],
[D("Rapid Support Forces", ["Rapid Support Forces"], "Sudan", None, "the Rapid Support Forces were \"a terrorist militia\"")],
[E("Brazil", "state"), E("China", "state"), E("South Korea", "state", "Republic of Korea"), E("Russia", "state", "Russian Federation"),
 E("Sierra Leone", "state"), E("Algeria", "state"), E("Guyana", "state"), E("Mozambique", "state"), E("Sudan", "state"),
 E("United Nations Security Council", "igo", "Security Council", "Council"), E("United Nations", "igo"),
 E("Department of Political and Peacebuilding Affairs", "igo"),
 E("Sudanese Armed Forces", "armed_group"), E("Rapid Support Forces", "armed_group"),
 E("Amina Kiplagat-Odhiambo", "person"), E("Sergio Almeida Prado", "person"), E("Zhang Liqun", "person"),
 E("Dmitri Sokolovsky", "person"), E("Abubakar Sesay-Kamara", "person"),
 E("El Fasher", "place"), E("Darfur", "place"), E("West Darfur", "place")],
"UN meetings-coverage style. Header gives '9812TH MEETING (AM)' -> ordinal 9812 and '18 NOVEMBER 2024' -> date. No city in the text (UN Headquarters is not named) -> city null. Speakers in the 'Name (Country) said' pattern: each speaker is a participant representing the country in parentheses, title null (none given); the briefer (DPPA Director for Africa) represents the United Nations (title as stated). participant_states = every state that spoke or on whose behalf a statement was made (incl. Sudan, a non-member invited to speak, and the 'A3+' states Algeria, Guyana, Mozambique for whom Sierra Leone spoke); 'The representative of the Republic of Korea' and 'The representative of Sudan' are unnamed -> state holders. The joint A3+ statement (incl. 'He appealed to donors'): holder the four states on whose behalf Sesay-Kamara spoke (judgement call: the scorer then fails a converter that also lists him as a holder, since the gold holder list has no person; listing only Sierra Leone also fails). Speaker-level positions are held by the person (state beside him accepted). 'both parties' = SAF and RSF (addressee list). 'the Council' in Sudan's demand = the Security Council. Designation: Sudan's representative calls the RSF 'a terrorist militia' -> designation by Sudan (a characterisation, not a formal listing; kept as in seed/dev convention that naming as terrorist counts, authority the naming state). The RSF named elsewhere (Brazil's demand) is a party to a conflict, not a designation. 'Jeddah Declaration' is a document, not a meeting.")
