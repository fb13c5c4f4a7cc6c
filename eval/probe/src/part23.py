from common import M, S, D, E, emit, check

AIG = "Afghan Interim Government"
# ---------------------------------------------------------------- p86
stem = "p86_dawn_oped_afghan_diplomacy_spring"
text = """ date 2025-05-06 OPINION

A crowded diplomatic calendar, few results

By Sadia Karamat

Published May 6, 2025

FEW spring seasons have seen as much diplomacy about Afghanistan as this one. Yet for Pakistan, the harvest has been thin.

Consider the record. At the fifth meeting of the foreign ministers of Afghanistan's neighbouring countries, held in Ashgabat on April 14, the ministers of Pakistan, China, Iran, Russia, Tajikistan, Turkmenistan and Uzbekistan once again urged the Taliban to form an inclusive government and to lift the curbs on girls' education. Their communiqué expressed concern that outfits such as the TTP and the Balochistan Liberation Army, both proscribed by Pakistan, continue to find space across the border. It was a welcome acknowledgement of Pakistan's concerns, but the Taliban's acting foreign minister, who did not attend, dismissed it within hours as "interference".

Two weeks later, Deputy Prime Minister Ishfaq Mahmood Bhatti flew to Doha, where he met Qatar's Minister of State for Foreign Affairs, Khalid Abdulaziz Al-Sada, on April 28. The two sides agreed that the UN-led Doha process must not become "a talking shop" and Qatar reiterated its readiness to host a fourth round of the special envoys' meetings. Islamabad, for its part, pressed for the working group on counter-terrorism to be given priority.

Then, last Wednesday, Foreign Secretary Amna Rauf chaired the quarterly review of the Pakistan-Afghanistan Joint Coordination Committee, held virtually with the Afghan side. Officials say the two sides agreed to form a sub-committee on refugees. Nothing was said on the TTP.

The Organisation of Islamic Cooperation has been no more effective. When its special envoys on Afghanistan met in Jeddah in February, they called on the de facto authorities to reopen girls' schools, but offered no road map. An extraordinary OIC ministerial, floated by Ankara, has still not been scheduled.

The harder truth is that regional formats have failed to move the Taliban because they ask nothing of them that costs the Taliban anything. Beijing wants mining contracts, Moscow wants a partner against the Islamic State's Khorasan branch, and Tehran wants water. Pakistan wants an end to cross-border terrorism, and that is the one demand Kabul refuses to meet.

The Majeed Brigade, which the United States designated a Foreign Terrorist Organisation last year, struck twice in Balochistan in March. Pakistan's security establishment is right to be worried.

Islamabad needs fewer communiqués and a clearer strategy: coordinated pressure through the Shanghai Cooperation Organisation, whose foreign ministers meet in Tianjin in July, and a serious offer on trade that rewards verifiable action against militant sanctuaries.

The writer is a former ambassador to Kabul.
"""
N7 = ["Pakistan", "China", "Iran", "Russia", "Tajikistan", "Turkmenistan", "Uzbekistan"]
meetings = [
    M("m1", "Fifth meeting of the foreign ministers of Afghanistan's neighbouring countries (Ashgabat)", "2025-04-14", "Ashgabat", "Turkmenistan",
      series="Foreign Ministers' Meeting among Neighboring Countries of Afghanistan", ordinal=5, states=N7),
    M("m2", "Meeting of Deputy Prime Minister Ishfaq Mahmood Bhatti with Qatar's Minister of State Khalid Abdulaziz Al-Sada (Doha)", "2025-04-28", "Doha", "Qatar",
      states=["Pakistan", "Qatar"],
      parts=[("Ishfaq Mahmood Bhatti", "Deputy Prime Minister", "Pakistan"), ("Khalid Abdulaziz Al-Sada", "Minister of State for Foreign Affairs", "Qatar")]),
    M("m3", "Quarterly review of the Pakistan-Afghanistan Joint Coordination Committee (virtual)", "2025-04-30", None, None,
      series="Pakistan-Afghanistan Joint Coordination Committee", chair="Amna Rauf", states=["Pakistan", "Afghanistan"],
      parts=[("Amna Rauf", "Foreign Secretary", "Pakistan")]),
    M("m4", "Meeting of OIC special envoys on Afghanistan (Jeddah)", "2025-02", "Jeddah", "Saudi Arabia",
      orgs=["Organisation of Islamic Cooperation"]),
]
stances = [
    S("meeting:m1", "urge", "Taliban", "inclusive government", "urged the Taliban to form an inclusive government"),
    S("meeting:m1", "urge", "Taliban", "lift curbs on girls' education", "to lift the curbs on girls' education"),
    S("meeting:m1", "concern", None, "TTP and BLA find space across the border",
      "Their communiqué expressed concern that outfits such as the TTP and the Balochistan Liberation Army, both proscribed by Pakistan, continue to find space across the border"),
    S("Taliban", "oppose", None, "communiqué dismissed as interference", 'dismissed it within hours as "interference'),
    S("meeting:m2", "other", "Doha process", "Doha process must not become a talking shop",
      'The two sides agreed that the UN-led Doha process must not become "a talking shop"'),
    S("Qatar", "commit", None, "host a fourth round of special envoys' meetings",
      "Qatar reiterated its readiness to host a fourth round of the special envoys' meetings"),
    S("Pakistan", "urge", None, "prioritise counter-terrorism working group",
      "Islamabad, for its part, pressed for the working group on counter-terrorism to be given priority"),
    S("meeting:m3", "commit", None, "sub-committee on refugees", "the two sides agreed to form a sub-committee on refugees"),
    S("meeting:m4", "urge", AIG, "reopen girls' schools", "they called on the de facto authorities to reopen girls' schools"),
]
designations = [
    D("Tehreek-e-Taliban Pakistan", ["TTP"], "Pakistan", None,
      "outfits such as the TTP and the Balochistan Liberation Army, both proscribed by Pakistan"),
    D("Balochistan Liberation Army", ["Balochistan Liberation Army"], "Pakistan", None,
      "outfits such as the TTP and the Balochistan Liberation Army, both proscribed by Pakistan"),
    D("Majeed Brigade", ["Majeed Brigade"], "United States", None,
      "The Majeed Brigade, which the United States designated a Foreign Terrorist Organisation last year"),
]
entities = [E(s, "state") for s in N7 if s not in ("Pakistan", "China", "Russia", "Iran")] + [
    E("Pakistan", "state", "Islamabad"), E("China", "state", "Beijing"), E("Russia", "state", "Moscow"), E("Iran", "state", "Tehran"),
    E("Afghanistan", "state", "Afghan side"), E("Qatar", "state"), E("United States", "state"),
    E("Sadia Karamat", "person"), E("Ishfaq Mahmood Bhatti", "person"), E("Khalid Abdulaziz Al-Sada", "person"), E("Amna Rauf", "person"),
    E("Taliban", "armed_group", "Taliban"), E(AIG, "government", "de facto authorities"),
    E("Organisation of Islamic Cooperation", "igo", "Organisation of Islamic Cooperation", "OIC"),
    E("Shanghai Cooperation Organization", "igo", "Shanghai Cooperation Organisation"),
    E("United Nations", "igo", "UN"),
    E("Doha process", "organization", "Doha process"),
    E("Pakistan-Afghanistan Joint Coordination Committee", "organization", "Pakistan-Afghanistan Joint Coordination Committee"),
    E("Foreign Ministers' Meeting among Neighboring Countries of Afghanistan", "organization", "foreign ministers of Afghanistan's neighbouring countries"),
    E("Tehreek-e-Taliban Pakistan", "armed_group", "TTP"), E("Balochistan Liberation Army", "armed_group"),
    E("Majeed Brigade", "armed_group"), E("Islamic State Khorasan Province", "armed_group", "Islamic State's Khorasan branch"),
    E("Ashgabat", "place"), E("Doha", "place"), E("Jeddah", "place"), E("Tianjin", "place"), E("Kabul", "place"), E("Balochistan", "place"),
]
notes = ("Invented Dawn-style op-ed (page date 2025-05-06; the byline date agrees). The author's own opinions ('The harder truth...', 'Islamabad needs...', 'is right to be worried') are commentary, NOT stances; only positions the text reports of states and meetings are annotated. "
         "m1: 'the fifth meeting of the foreign ministers of Afghanistan's neighbouring countries, held in Ashgabat on April 14' (year from the page date), ordinal 5, the seven states whose ministers are named; 'the Taliban's acting foreign minister, who did not attend' -> Afghanistan not a participant. "
         "m2: Bhatti-Al-Sada in Doha 'on April 28' ('Two weeks later' is approximate). 'The two sides agreed' -> meeting:m2; 'Qatar reiterated' -> Qatar; 'Islamabad, for its part, pressed' -> Pakistan (metonymy). "
         "m3: 'last Wednesday ... chaired ..., held virtually with the Afghan side' -> 2025-04-30 (the Wednesday before Tuesday 6 May), city null (virtual), chair Amna Rauf. "
         "'Islamabad' occurs only as metonymy ('Islamabad, for its part, pressed', 'Islamabad needs') -> alias of Pakistan. "
         "m4: OIC special envoys 'met in Jeddah in February' -> month-precision 2025-02; no states named. "
         "Not meetings: the extraordinary OIC ministerial 'floated by Ankara, has still not been scheduled'; the SCO foreign ministers who 'meet in Tianjin in July' (future); the hoped-for fourth round in Doha. "
         "Designations: 'outfits such as the TTP and the Balochistan Liberation Army, both proscribed by Pakistan' -> authority Pakistan ('proscribed' is Pakistan's legal term for terrorist listing; the sentence's 'outfits' follows a concern about cross-border terrorism); 'The Majeed Brigade, which the United States designated a Foreign Terrorist Organisation last year' -> authority United States, date not a day (null). "
         "'the Islamic State's Khorasan branch' named without terrorist wording by an authority -> entity only. The Taliban's dismissal typed oppose (holder Taliban, its unnamed minister speaking).")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p87
stem = "p87_afp_ethiopia_somalia_ankara_round"
text = """ date 2025-01-23 Ethiopia, Somalia agree to technical talks on sea access after Ankara round

ANKARA (AFP) - Ethiopia and Somalia agreed on Wednesday to open technical negotiations on giving landlocked Ethiopia commercial access to the sea, after a third round of Turkish-mediated talks in Ankara, Turkey's foreign minister said.

Turkish Foreign Minister Selim Kocabaş hosted Somali Foreign Minister Abdirahman Hashi Warsame and Ethiopia's State Minister for Foreign Affairs Mesfin Tadesse Gebre for two days of talks that ended late Wednesday.

"Both sides have reaffirmed their respect for each other's sovereignty and territorial integrity," Kocabaş told reporters after the talks. "They have agreed to begin technical negotiations by the end of February, under the facilitation of Türkiye."

Warsame said Mogadishu welcomed what he called "a constructive spirit" but stressed that any arrangement "must be concluded with the Federal Government of Somalia and no one else," a reference to Ethiopia's earlier memorandum with the breakaway region of Somaliland.

Mesfin, for his part, said Addis Ababa had "no intention of undermining Somalia's unity" and called on the international community to support regional integration in the Horn of Africa.

The talks were the third under the so-called Ankara process. The first two rounds, in July and August last year, ended without agreement.

Relations between the neighbours soured in January 2024 after Ethiopia signed the memorandum with Somaliland, which Somalia considers part of its territory. Somalia expelled Ethiopia's ambassador and threatened to eject Ethiopian troops serving against al-Shabaab, the Al-Qaeda-linked insurgent group that Washington lists as a foreign terrorist organization.

Both countries also pledged on Wednesday to continue cooperating in the fight against al-Shabaab, according to a joint declaration published by the Turkish foreign ministry.

The African Union, which is preparing a new stabilisation mission in Somalia, welcomed the outcome. AU Commission chairperson spokesperson Lydia Mwangi said the bloc "encourages both parties to sustain this momentum."

Ethiopia, Africa's second most populous country with some 120 million people, lost its coastline when Eritrea became independent in 1993.

On the sidelines of the Ankara talks on Tuesday, Kocabaş also met Warsame separately to discuss Turkish naval support for Somalia's coast guard under a 2024 defence agreement.

"The Turks have invested a lot of political capital in this," said Rashid Abdi, an analyst at the Sahan Research think tank in Nairobi. "Technical talks are where these things usually stall."
"""
meetings = [
    M("m1", "Third round of Turkish-mediated Ethiopia-Somalia talks (Ankara process)", "2025-01-21", "Ankara", "Turkey",
      series="Ankara process", ordinal=3, chair=None, states=["Turkey", "Somalia", "Ethiopia"],
      parts=[("Selim Kocabaş", "Foreign Minister", "Turkey"), ("Abdirahman Hashi Warsame", "Foreign Minister", "Somalia"),
             ("Mesfin Tadesse Gebre", "State Minister for Foreign Affairs", "Ethiopia")]),
    M("m2", "Meeting of Selim Kocabaş and Abdirahman Hashi Warsame on the sidelines of the Ankara talks", "2025-01-21", "Ankara", "Turkey",
      states=["Turkey", "Somalia"],
      parts=[("Selim Kocabaş", "Foreign Minister", "Turkey"), ("Abdirahman Hashi Warsame", "Foreign Minister", "Somalia")]),
]
stances = [
    S(["Ethiopia", "Somalia"], "commit", None, "open technical negotiations on sea access",
      "Ethiopia and Somalia agreed on Wednesday to open technical negotiations on giving landlocked Ethiopia commercial access to the sea"),
    S(["Ethiopia", "Somalia"], "reaffirm", None, "respect for each other's sovereignty and territorial integrity",
      "Both sides have reaffirmed their respect for each other's sovereignty and territorial integrity"),
    S("Abdirahman Hashi Warsame", "welcome", None, "constructive spirit", 'Mogadishu welcomed what he called "a constructive spirit"'),
    S("Abdirahman Hashi Warsame", "oppose", "Ethiopia", "arrangements with anyone but the federal government",
      'any arrangement "must be concluded with the Federal Government of Somalia and no one else,'),
    S("Mesfin Tadesse Gebre", "commit", "Somalia", "no intention of undermining Somalia's unity",
      'Addis Ababa had "no intention of undermining Somalia\'s unity"'),
    S("Mesfin Tadesse Gebre", "urge", "international community", "support regional integration in the Horn of Africa",
      "called on the international community to support regional integration in the Horn of Africa"),
    S(["Ethiopia", "Somalia"], "commit", None, "cooperate against al-Shabaab",
      "Both countries also pledged on Wednesday to continue cooperating in the fight against al-Shabaab"),
    S("African Union", "welcome", None, "outcome of the talks", "welcomed the outcome"),
    S("Lydia Mwangi", "urge", ["Ethiopia", "Somalia"], "sustain momentum", "encourages both parties to sustain this momentum"),
    S("Somalia", "oppose", "Ethiopia", "Ethiopia-Somaliland memorandum (background)",
      "Somalia expelled Ethiopia's ambassador and threatened to eject Ethiopian troops"),
]
designations = [
    D("Al-Shabaab", ["al-Shabaab"], "United States", None,
      "al-Shabaab, the Al-Qaeda-linked insurgent group that Washington lists as a foreign terrorist organization"),
]
entities = [
    E("Ethiopia", "state", "Addis Ababa"), E("Somalia", "state", "Mogadishu"), E("Turkey", "state", "Türkiye"),
    E("United States", "state", "Washington"), E("Eritrea", "state"),
    E("Selim Kocabaş", "person", "Kocabaş"), E("Abdirahman Hashi Warsame", "person", "Warsame"),
    E("Mesfin Tadesse Gebre", "person", "Mesfin"), E("Lydia Mwangi", "person"), E("Rashid Abdi", "person"),
    E("Federal Government of Somalia", "government", "Federal Government of Somalia"),
    E("Somaliland", "place"),
    E("African Union", "igo", "African Union", "AU"),
    E("Ankara process", "organization", "Ankara process"),
    E("Al-Shabaab", "armed_group", "al-Shabaab"), E("Al-Qaeda", "armed_group", "Al-Qaeda"),
    E("Agence France-Presse", "organization", "AFP"), E("Sahan Research", "organization"),
    E("Ankara", "place", "ANKARA"), E("Nairobi", "place"),
]
notes = ("Invented AFP-style wire. Page date 2025-01-23 (Thursday). 'two days of talks that ended late Wednesday' -> 21-22 Jan 2025; multi-day meeting dated by its first day -> m1 2025-01-21 (the lede's 'agreed on Wednesday' is the last day; doubtful whether a converter should give 2025-01-22). "
         "'a third round of Turkish-mediated talks' / 'the third under the so-called Ankara process' -> ordinal 3, series Ankara process. Türkiye hosts and mediates -> participant state, chair not stated (Kocabaş 'hosted'; not annotated as chair). "
         "m2: sidelines meeting 'on Tuesday' -> 2025-01-21. The first two rounds 'in July and August last year' have neither day nor city -> not annotated (unmatchable). "
         "Holders: 'Both sides have reaffirmed' is Kocabaş reporting the two parties' position -> [Ethiopia, Somalia] (the mediator is not a party); the lede agreement and the joint declaration pledge -> [Ethiopia, Somalia] rather than meeting:m1 (which would add Türkiye). "
         "Metonymy: 'Mogadishu welcomed' (Warsame's words, holder him), 'Addis Ababa had' (Mesfin's), 'Washington lists' = United States. "
         "Designation: apposition 'al-Shabaab, the Al-Qaeda-linked insurgent group that Washington lists as a foreign terrorist organization' -> authority United States. Al-Qaeda is only mentioned ('Al-Qaeda-linked') -> no item. "
         "Background: Somalia's expulsion of the ambassador annotated as an oppose position (unsure; an action, not words). The AU 'welcomed the outcome' and its spokesperson's encouragement are two stances. Analyst Rashid Abdi is commentary. Somaliland kept as a place (breakaway region, not a state).")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p88
stem = "p88_mfa_kazakhstan_armenia_azerbaijan_almaty"
text = """On the meeting of the Foreign Ministers of Armenia and Azerbaijan in Almaty

On 12-13 May 2025, Almaty hosted the talks between Foreign Minister of the Republic of Armenia Aram Vardanyan and Foreign Minister of the Republic of Azerbaijan Elchin Mammadli on the draft Agreement on the Establishment of Peace and Interstate Relations.

The talks were opened by Deputy Prime Minister - Minister of Foreign Affairs of the Republic of Kazakhstan Yerlan Sadykov, who welcomed the delegations and noted that Kazakhstan, as a country friendly to both peoples, is ready to provide a platform for dialogue at any level.

"Kazakhstan does not act as a mediator. Our task is to create comfortable conditions so that the parties themselves can find mutually acceptable solutions," the head of the Kazakh diplomacy emphasized.

During the two days of negotiations, the ministers discussed the remaining articles of the draft agreement, the delimitation of the state border and the opening of transport communications in the region.

Following the talks, the Ministers issued a joint press statement in which they:

- reaffirmed their commitment to the principles of mutual recognition of sovereignty and territorial integrity on the basis of the Alma-Ata Declaration of 1991;
- agreed to continue work on the remaining provisions of the draft agreement;
- instructed the state commissions on border delimitation to hold their next meeting in June;
- expressed gratitude to the leadership of Kazakhstan for the hospitality and the excellent organization of the talks.

Aram Vardanyan noted that the Armenian side considers the signing of the peace agreement achievable "within months, not years." He called on the Azerbaijani side to refrain from rhetoric that undermines the negotiation process.

Elchin Mammadli, in turn, said that Azerbaijan expects Armenia to amend its Constitution, which, in the view of the Azerbaijani side, contains territorial claims against Azerbaijan. He stressed that the opening of communications must be unimpeded.

On the margins of the talks, Yerlan Sadykov held separate bilateral meetings with Aram Vardanyan and Elchin Mammadli, during which the sides discussed the expansion of trade, the Middle Corridor and cooperation within the framework of the CIS.

The President of the Republic of Kazakhstan received the heads of the two delegations on 13 May.

For reference: this is the first round of Armenia-Azerbaijan talks at the level of foreign ministers held in Kazakhstan. Previous rounds took place in Washington, Moscow and Berlin.

Press Service of the Ministry of Foreign Affairs of the Republic of Kazakhstan
"""
meetings = [
    M("m1", "Armenia-Azerbaijan foreign ministers' talks on the peace agreement (Almaty)", "2025-05-12", "Almaty", "Kazakhstan",
      states=["Armenia", "Azerbaijan", "Kazakhstan"],
      parts=[("Aram Vardanyan", "Foreign Minister", "Armenia"), ("Elchin Mammadli", "Foreign Minister", "Azerbaijan"),
             ("Yerlan Sadykov", "Deputy Prime Minister - Minister of Foreign Affairs", "Kazakhstan")]),
    M("m2", "Bilateral meeting of Yerlan Sadykov and Aram Vardanyan on the margins", None, "Almaty", "Kazakhstan",
      states=["Kazakhstan", "Armenia"],
      parts=[("Yerlan Sadykov", "Deputy Prime Minister - Minister of Foreign Affairs", "Kazakhstan"), ("Aram Vardanyan", "Foreign Minister", "Armenia")]),
    M("m3", "Bilateral meeting of Yerlan Sadykov and Elchin Mammadli on the margins", None, "Almaty", "Kazakhstan",
      states=["Kazakhstan", "Azerbaijan"],
      parts=[("Yerlan Sadykov", "Deputy Prime Minister - Minister of Foreign Affairs", "Kazakhstan"), ("Elchin Mammadli", "Foreign Minister", "Azerbaijan")]),
    M("m4", "Reception of the heads of the Armenian and Azerbaijani delegations by the President of Kazakhstan", "2025-05-13", None, None,
      states=["Kazakhstan", "Armenia", "Azerbaijan"]),
]
AA = ["Armenia", "Azerbaijan"]
stances = [
    S("Yerlan Sadykov", "commit", None, "platform for dialogue at any level",
      "Kazakhstan, as a country friendly to both peoples, is ready to provide a platform for dialogue at any level"),
    S("Yerlan Sadykov", "other", None, "Kazakhstan not a mediator", "Kazakhstan does not act as a mediator"),
    S(AA, "reaffirm", None, "mutual recognition of sovereignty and territorial integrity",
      "reaffirmed their commitment to the principles of mutual recognition of sovereignty and territorial integrity on the basis of the Alma-Ata Declaration of 1991"),
    S(AA, "commit", None, "continue work on remaining provisions", "agreed to continue work on the remaining provisions of the draft agreement"),
    S(AA, "commit", None, "border commissions to meet in June",
      "instructed the state commissions on border delimitation to hold their next meeting in June"),
    S(AA, "appreciate", "Kazakhstan", "Kazakhstan's hospitality",
      "expressed gratitude to the leadership of Kazakhstan for the hospitality and the excellent organization of the talks"),
    S("Aram Vardanyan", "other", None, "peace agreement achievable within months",
      'the Armenian side considers the signing of the peace agreement achievable "within months, not years."'),
    S("Aram Vardanyan", "urge", "Azerbaijan", "refrain from undermining rhetoric",
      "He called on the Azerbaijani side to refrain from rhetoric that undermines the negotiation process"),
    S("Elchin Mammadli", "urge", "Armenia", "amend the Constitution", "Azerbaijan expects Armenia to amend its Constitution"),
    S("Elchin Mammadli", "urge", None, "unimpeded opening of communications", "the opening of communications must be unimpeded"),
]
entities = [
    E("Armenia", "state", "Republic of Armenia", "Armenian side"), E("Azerbaijan", "state", "Republic of Azerbaijan", "Azerbaijani side"),
    E("Kazakhstan", "state", "Republic of Kazakhstan"), 
    E("Aram Vardanyan", "person"), E("Elchin Mammadli", "person"), E("Yerlan Sadykov", "person"),
    E("Ministry of Foreign Affairs of Kazakhstan", "government", "Ministry of Foreign Affairs of the Republic of Kazakhstan"),
    E("Commonwealth of Independent States", "igo", "CIS"),
    E("Middle Corridor", "organization", "Middle Corridor"),
    E("Almaty", "place"), E("Washington", "place"), E("Moscow", "place"), E("Berlin", "place"),
]
notes = ("Invented Kazakhstan MFA readout (no page date). m1: 'On 12-13 May 2025, Almaty hosted the talks' -> first day 2025-05-12. Kazakhstan's minister opened the talks and is a participant; he 'does not act as a mediator' and is not called chair -> chair null; Kazakhstan in participant_states as host (unsure: it takes no part in the negotiation). "
         "The joint press statement is the two ministers' ('the Ministers issued a joint press statement') -> explicit holders [Armenia, Azerbaijan], NOT meeting:m1 (which would add Kazakhstan); the bullets start with bare verbs. "
         "'the Armenian side considers' / 'in the view of the Azerbaijani side' inside the ministers' remarks -> holder the minister. "
         "m2/m3: separate bilaterals 'On the margins' -> city Almaty, date null. m4: 'The President ... received the heads of the two delegations on 13 May' -> a meeting (date stated, city not restated: null; the President is not named -> no participant). "
         "Not meetings: the border commissions' 'next meeting in June' (planned); 'Previous rounds took place in Washington, Moscow and Berlin' (no dates; cities kept as places). "
         "'this is the first round ... held in Kazakhstan' is descriptive, not a series ordinal -> ordinal null. Alma-Ata Declaration is a document (no entity). NO designations in this text.")
check(stem, text, stances, [])
emit(stem, text, meetings, stances, [], entities, notes)
