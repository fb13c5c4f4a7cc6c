from common import M, S, D, E, emit, check

AIG = "Afghan Interim Government"
# ---------------------------------------------------------------- p83
stem = "p83_mfa_china_trilateral_fm_dialogue"
text = """Zhao Minghui Attends the Sixth China-Afghanistan-Pakistan Foreign Ministers' Dialogue

2025-05-21 20:15

On May 21, 2025, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Zhao Minghui attended the Sixth China-Afghanistan-Pakistan Foreign Ministers' Dialogue in Beijing together with Pakistan's Deputy Prime Minister and Foreign Minister Rana Asif Javed and Acting Foreign Minister of the Afghan Interim Government Mawlawi Fazlullah Haqyar.

Zhao Minghui said that China, Afghanistan and Pakistan are friendly neighbors linked by mountains and rivers. Since the fifth dialogue held in Islamabad in May 2023, the three sides have made steady progress in political mutual trust, connectivity and security cooperation. The Chinese side is willing to work with the other two sides to build the trilateral mechanism into a platform for good-neighborliness and common development.

Zhao Minghui stressed that terrorism is the common enemy of the three countries. The Chinese side hopes that the Afghan Interim Government will honor its commitments, take resolute measures against all terrorist forces, and prevent any force from using Afghan territory to harm the security of neighboring countries. China supports Pakistan in safeguarding its national security and stability.

Rana Asif Javed said that Pakistan highly appreciates China's important role in promoting regional peace and development. Pakistan is ready to extend the China-Pakistan Economic Corridor to Afghanistan and hopes to see tangible progress in trade and transit.

Fazlullah Haqyar said that the Afghan Interim Government will not allow any individual or group to use Afghan soil against other countries. He thanked China for its humanitarian assistance and expressed the hope that Pakistan would ensure the safe and dignified return of Afghan refugees.

The three sides reached consensus on the following:

First, the three sides agreed to strengthen high-level exchanges and to hold the seventh dialogue in Kabul at a mutually convenient time.

Second, the three sides agreed to jointly advance the extension of the China-Pakistan Economic Corridor to Afghanistan and welcomed the progress in the Trans-Afghan Railway feasibility study.

Third, the three sides reaffirmed their firm opposition to terrorism in all its forms and agreed to strengthen cooperation against terrorist forces including the Eastern Turkistan Islamic Movement (ETIM) and the Tehreek-e-Taliban Pakistan (TTP).

Fourth, the three sides called on the international community to continue humanitarian assistance to Afghanistan and to release Afghanistan's overseas assets.

On the margins of the dialogue, Zhao Minghui held separate talks with Rana Asif Javed. The two sides exchanged views on the security of Chinese personnel and projects in Pakistan. The Pakistani side reiterated its commitment to ensuring the safety of Chinese nationals.
"""
meetings = [
    M("m1", "Sixth China-Afghanistan-Pakistan Foreign Ministers' Dialogue (Beijing)", "2025-05-21", "Beijing", "China",
      series="China-Afghanistan-Pakistan Foreign Ministers' Dialogue", ordinal=6, states=["China", "Pakistan", "Afghanistan"], orgs=[AIG],
      parts=[("Zhao Minghui", "Member of the Political Bureau of the CPC Central Committee and Foreign Minister", "China"),
             ("Rana Asif Javed", "Deputy Prime Minister and Foreign Minister", "Pakistan"),
             ("Fazlullah Haqyar", "Acting Foreign Minister of the Afghan Interim Government", AIG)]),
    M("m2", "Fifth China-Afghanistan-Pakistan Foreign Ministers' Dialogue (Islamabad)", "2023-05", "Islamabad", "Pakistan",
      series="China-Afghanistan-Pakistan Foreign Ministers' Dialogue", ordinal=5, states=["China", "Pakistan", "Afghanistan"]),
    M("m3", "Talks between Zhao Minghui and Rana Asif Javed on the margins of the dialogue", None, "Beijing", "China",
      states=["China", "Pakistan"],
      parts=[("Zhao Minghui", "Foreign Minister", "China"), ("Rana Asif Javed", "Deputy Prime Minister and Foreign Minister", "Pakistan")]),
]
stances = [
    S("Zhao Minghui", "commit", None, "build the trilateral mechanism into a platform",
      "The Chinese side is willing to work with the other two sides to build the trilateral mechanism into a platform for good-neighborliness and common development"),
    S("Zhao Minghui", "other", None, "terrorism the common enemy", "terrorism is the common enemy of the three countries"),
    S("Zhao Minghui", "urge", AIG, "honor commitments", "The Chinese side hopes that the Afghan Interim Government will honor its commitments"),
    S("Zhao Minghui", "urge", AIG, "resolute measures against all terrorist forces", "take resolute measures against all terrorist forces"),
    S("Zhao Minghui", "urge", AIG, "prevent use of Afghan territory against neighbours",
      "prevent any force from using Afghan territory to harm the security of neighboring countries"),
    S("Zhao Minghui", "support", "Pakistan", "Pakistan's national security and stability",
      "China supports Pakistan in safeguarding its national security and stability"),
    S("Rana Asif Javed", "appreciate", "China", "China's role in regional peace",
      "Pakistan highly appreciates China's important role in promoting regional peace and development"),
    S("Rana Asif Javed", "commit", "Afghanistan", "extend CPEC to Afghanistan",
      "Pakistan is ready to extend the China-Pakistan Economic Corridor to Afghanistan"),
    S("Rana Asif Javed", "other", None, "tangible progress in trade and transit", "hopes to see tangible progress in trade and transit"),
    S("Fazlullah Haqyar", "commit", None, "Afghan soil not used against other countries",
      "the Afghan Interim Government will not allow any individual or group to use Afghan soil against other countries"),
    S("Fazlullah Haqyar", "appreciate", "China", "China's humanitarian assistance", "He thanked China for its humanitarian assistance"),
    S("Fazlullah Haqyar", "urge", "Pakistan", "safe and dignified return of refugees",
      "expressed the hope that Pakistan would ensure the safe and dignified return of Afghan refugees"),
    S("meeting:m1", "commit", None, "strengthen high-level exchanges; seventh dialogue in Kabul",
      "the three sides agreed to strengthen high-level exchanges and to hold the seventh dialogue in Kabul"),
    S("meeting:m1", "commit", "Afghanistan", "extend CPEC to Afghanistan",
      "the three sides agreed to jointly advance the extension of the China-Pakistan Economic Corridor to Afghanistan"),
    S("meeting:m1", "welcome", None, "Trans-Afghan Railway feasibility study", "welcomed the progress in the Trans-Afghan Railway feasibility study"),
    S("meeting:m1", "reaffirm", None, "opposition to terrorism in all forms",
      "the three sides reaffirmed their firm opposition to terrorism in all its forms"),
    S("meeting:m1", "commit", None, "cooperation against ETIM and TTP",
      "agreed to strengthen cooperation against terrorist forces including the Eastern Turkistan Islamic Movement (ETIM) and the Tehreek-e-Taliban Pakistan (TTP)"),
    S("meeting:m1", "urge", "international community", "continue humanitarian assistance",
      "the three sides called on the international community to continue humanitarian assistance to Afghanistan"),
    S("meeting:m1", "urge", "international community", "release Afghan overseas assets", "to release Afghanistan's overseas assets"),
    S("Pakistan", "commit", "China", "safety of Chinese nationals",
      "The Pakistani side reiterated its commitment to ensuring the safety of Chinese nationals"),
]
q = "terrorist forces including the Eastern Turkistan Islamic Movement (ETIM) and the Tehreek-e-Taliban Pakistan (TTP)"
designations = [
    D("East Turkistan Islamic Movement", ["Eastern Turkistan Islamic Movement", "ETIM"], "meeting:m1", "2025-05-21", q),
    D("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"], "meeting:m1", "2025-05-21", q),
]
entities = [
    E("China", "state", "Chinese side"), E("Afghanistan", "state"), E("Pakistan", "state", "Pakistani side"),
    E("Zhao Minghui", "person"), E("Rana Asif Javed", "person"), E("Fazlullah Haqyar", "person", "Mawlawi Fazlullah Haqyar"),
    E(AIG, "government", "Afghan Interim Government"),
    E("China-Afghanistan-Pakistan Foreign Ministers' Dialogue", "organization", "China-Afghanistan-Pakistan Foreign Ministers' Dialogue"),
    E("Communist Party of China", "organization", "CPC"),
    E("China-Pakistan Economic Corridor", "organization", "China-Pakistan Economic Corridor"),
    E("Trans-Afghan Railway", "organization", "Trans-Afghan Railway"),
    E("East Turkistan Islamic Movement", "armed_group", "Eastern Turkistan Islamic Movement", "ETIM"),
    E("Tehreek-e-Taliban Pakistan", "armed_group", "TTP"),
    E("Beijing", "place"), E("Islamabad", "place"), E("Kabul", "place"),
]
notes = ("Invented Chinese MFA readout. m1: 'On May 21, 2025 ... the Sixth China-Afghanistan-Pakistan Foreign Ministers' Dialogue in Beijing' -> date, city, ordinal 6; host's minister not called chair -> chair null. "
         "m2: 'the fifth dialogue held in Islamabad in May 2023' -> month-precision date, ordinal 5, same three states. 'to hold the seventh dialogue in Kabul' is planned -> not a meeting (only part of a commitment). "
         "m3: separate talks 'On the margins' -> city Beijing, date null (not stated separately; the earlier-batch side-meeting convention). "
         "Zhao's paragraph: 'The Chinese side is willing' / 'The Chinese side hopes' / 'China supports' are his remarks -> holder Zhao Minghui (China beside him accepted). "
         "'The three sides' -> meeting:m1 (China, Pakistan, Afghanistan). 'The Pakistani side reiterated its commitment' in m3 -> holder Pakistan. Haqyar represents the Afghan Interim Government (his title names it); Afghanistan is a participant state as 'the three countries'. "
         "Designations: 'terrorist forces including ... ETIM ... and the ... TTP' in the consensus -> authority meeting:m1, date of the meeting. 'Eastern Turkistan Islamic Movement' is a variant of the canonical East Turkistan Islamic Movement. "
         "The readout's own time stamp '2025-05-21 20:15' is page furniture. 'Trans-Afghan Railway' and CPEC kept as organization entities (as seed 001 keeps CPEC).")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p84
stem = "p84_kunuz_uzbekistan_afghanistan_tashkent"
text = """ date 2024-08-16 Uzbekistan and Afghanistan sign agreements worth $1.4 billion

Tashkent, August 16. Uzbekistan's Foreign Minister Jasur Rakhimov held talks in Tashkent on Thursday with the acting Deputy Prime Minister of Afghanistan's Interim Government, Mullah Abdul Ghafoor Baryal, who arrived in the capital on a three-day visit, the press service of the Ministry of Foreign Affairs of Uzbekistan reported.

The parties discussed the state and prospects of trade and economic cooperation, the construction of the Termez-Mazar-i-Sharif-Kabul-Peshawar railway, energy supplies and the situation in the region.

Rakhimov stressed that Uzbekistan consistently supports the peaceful development of Afghanistan and opposes its isolation from the international community. "A stable and prosperous Afghanistan is in the interest of the whole of Central Asia," the minister noted. He also called on the Afghan side to ensure the security of Uzbek specialists working on projects in the northern provinces.

Baryal, in turn, thanked Tashkent for its humanitarian aid and its electricity supplies, which he said had helped keep hospitals running during the winter. He invited Uzbek companies to invest in mining and agriculture.

Following the talks, the sides signed 14 documents, including an agreement on the construction of a 500-kilovolt power line from Surkhan to Puli-Khumri and a memorandum on expanding the Termez international trade centre. The parties agreed to raise bilateral trade to $3 billion within three years.

On the same day, Baryal was received by the Deputy Prime Minister of Uzbekistan, Shavkat Umarov. The two officials discussed the supply of fuel and grain.

On Friday, members of the Uzbekistan-Afghanistan-Pakistan intergovernmental working group on the railway held a meeting via videoconference with representatives of the three countries' transport ministries. The working group approved the schedule of the feasibility study and agreed to complete the route survey in the Logar section by the end of the year.

The next meeting of the Tashkent-Kabul business council is scheduled to take place in Termez in October.

Trade between Uzbekistan and Afghanistan reached $866 million in 2023, up 13 percent from the previous year, according to the Statistics Agency. Uzbekistan supplies Afghanistan mainly with electricity, flour, fuel and building materials.

Since 2021, Tashkent has pursued a policy of pragmatic engagement with the Taliban-led authorities while not formally recognising them. Analysts note that the railway project remains dependent on financing that has yet to be secured.
"""
meetings = [
    M("m1", "Talks between Uzbek Foreign Minister Jasur Rakhimov and acting Deputy Prime Minister Abdul Ghafoor Baryal (Tashkent)", "2024-08-15", "Tashkent", "Uzbekistan",
      states=["Uzbekistan", "Afghanistan"], orgs=[AIG],
      parts=[("Jasur Rakhimov", "Foreign Minister", "Uzbekistan"), ("Abdul Ghafoor Baryal", "acting Deputy Prime Minister", AIG)]),
    M("m2", "Meeting of Deputy Prime Minister Shavkat Umarov with Abdul Ghafoor Baryal (Tashkent)", "2024-08-15", "Tashkent", "Uzbekistan",
      states=["Uzbekistan", "Afghanistan"], orgs=[AIG],
      parts=[("Shavkat Umarov", "Deputy Prime Minister", "Uzbekistan"), ("Abdul Ghafoor Baryal", "acting Deputy Prime Minister", AIG)]),
    M("m3", "Videoconference of the Uzbekistan-Afghanistan-Pakistan intergovernmental working group on the railway", "2024-08-16", None, None,
      states=["Uzbekistan", "Afghanistan", "Pakistan"], orgs=["Uzbekistan-Afghanistan-Pakistan intergovernmental working group on the railway"]),
]
stances = [
    S("Jasur Rakhimov", "support", "Afghanistan", "peaceful development of Afghanistan",
      "Uzbekistan consistently supports the peaceful development of Afghanistan"),
    S("Jasur Rakhimov", "oppose", None, "isolation of Afghanistan", "opposes its isolation from the international community"),
    S("Jasur Rakhimov", "other", None, "stable Afghanistan in the interest of Central Asia",
      "A stable and prosperous Afghanistan is in the interest of the whole of Central Asia"),
    S("Jasur Rakhimov", "urge", "Afghanistan", "security of Uzbek specialists",
      "called on the Afghan side to ensure the security of Uzbek specialists working on projects in the northern provinces"),
    S("Abdul Ghafoor Baryal", "appreciate", "Uzbekistan", "humanitarian aid and electricity supplies",
      "thanked Tashkent for its humanitarian aid and its electricity supplies"),
    S("Abdul Ghafoor Baryal", "urge", None, "Uzbek investment in mining and agriculture",
      "He invited Uzbek companies to invest in mining and agriculture"),
    S("meeting:m1", "commit", None, "raise trade to $3 billion", "The parties agreed to raise bilateral trade to $3 billion within three years"),
    S("meeting:m3", "commit", None, "complete Logar route survey by year end",
      "agreed to complete the route survey in the Logar section by the end of the year"),
    S("Uzbekistan", "other", AIG, "pragmatic engagement without recognition",
      "Tashkent has pursued a policy of pragmatic engagement with the Taliban-led authorities while not formally recognising them"),
]
entities = [
    E("Uzbekistan", "state", "Uzbek"), E("Afghanistan", "state", "Afghan side"), E("Pakistan", "state"),
    E("Jasur Rakhimov", "person", "Rakhimov"), E("Abdul Ghafoor Baryal", "person", "Mullah Abdul Ghafoor Baryal", "Baryal"),
    E("Shavkat Umarov", "person"),
    E(AIG, "government", "Afghanistan's Interim Government", "Taliban-led authorities"),
    E("Ministry of Foreign Affairs of Uzbekistan", "government", "Ministry of Foreign Affairs of Uzbekistan"),
    E("Statistics Agency", "government"),
    E("Uzbekistan-Afghanistan-Pakistan intergovernmental working group on the railway", "organization", "Uzbekistan-Afghanistan-Pakistan intergovernmental working group"),
    E("Tashkent", "place"), E("Termez", "place"), E("Mazar-i-Sharif", "place"), E("Kabul", "place"), E("Peshawar", "place"),
    E("Surkhan", "place"), E("Puli-Khumri", "place"), E("Logar", "place"),
]
notes = ("Invented Kun.uz-style report. Page date 2024-08-16 (Friday) and dateline 'Tashkent, August 16.'; talks 'on Thursday' -> m1 2024-08-15 in Tashkent. "
         "'Tashkent' is the city in 'held talks in Tashkent' and the dateline, but metonymy for Uzbekistan in 'thanked Tashkent for its humanitarian aid' and 'Tashkent has pursued a policy': Tashkent is kept as the place entity only (it is the venue); the metonymic uses are resolved to Uzbekistan in the stances (addressee/holder Uzbekistan) without listing 'Tashkent' as an alias, to keep one name on one node (unsure). "
         "m2: 'On the same day' -> 2024-08-15. m3: working-group meeting 'On Friday' 'via videoconference' -> 2024-08-16, city null (virtual), states the three countries, no persons named. "
         "Planned 'next meeting of the Tashkent-Kabul business council ... in Termez in October' -> NOT a meeting. Baryal represents the Interim Government ('acting Deputy Prime Minister of Afghanistan's Interim Government'); 'the Afghan side' as addressee -> Afghanistan. "
         "'He invited Uzbek companies to invest' typed urge with no named addressee. The signing of 14 documents is factual; the trade target is the commitment. 'Analysts note ...' is commentary. "
         "NO designations: this text names no terrorist organization (deliberately).")
check(stem, text, stances, [])
emit(stem, text, meetings, stances, [], entities, notes)

# ---------------------------------------------------------------- p85
stem = "p85_tass_moscow_format_consultations"
text = """ date 2024-10-09 Moscow format participants oppose deployment of Western military infrastructure near Afghanistan - joint statement

MOSCOW, October 8. /TASS/. Participants in the seventh meeting of the Moscow format consultations on Afghanistan, held in Moscow on Tuesday, declared unacceptable the deployment of military infrastructure of third countries in Afghanistan and neighboring states, according to a joint statement released after the talks.

The meeting was attended by special representatives and senior officials of Russia, China, India, Iran, Kazakhstan, Kyrgyzstan, Pakistan, Tajikistan, Turkmenistan and Uzbekistan. An Afghan delegation led by acting Foreign Minister Abdul Qahar Niazi took part for the second time. Delegations of Türkiye, Qatar, Saudi Arabia and the United Arab Emirates attended as guests. The joint statement was adopted by the ten member countries; the Afghan delegation did not sign it.

"The participants are seriously concerned about the terrorist threat emanating from Afghanistan," the document says. The countries called on Kabul to take effective measures to eradicate the terrorist organizations Islamic State and al-Qaeda (both outlawed in Russia) and other groups present on Afghan territory.

The participants also urged the Western countries, which bear the main responsibility for the current situation, to unfreeze Afghan national reserves and lift sanctions that hamper the country's economic recovery.

Opening the meeting, Russian Presidential Special Envoy for Afghanistan Dmitry Arkhipov, who also heads the Second Asian Department of the Russian Foreign Ministry, said Moscow intends to develop "pragmatic and mutually beneficial" cooperation with Kabul in trade, energy and transport. "We see no alternative to an inclusive political settlement," he stressed.

Niazi, for his part, told the participants that Afghanistan poses no threat to anyone and called for the removal of all sanctions against members of the Afghan government. He said the claims about foreign fighters on Afghan soil were "propaganda."

China's Special Envoy for Afghan Affairs Liu Jiangping said Beijing supports the Moscow format as an effective regional platform and hopes Kabul will build "a broad-based and inclusive political structure."

On the sidelines of the consultations, Arkhipov held a bilateral meeting with Niazi. The sides discussed the supply of Russian wheat and petroleum products.

The previous, sixth meeting of the Moscow format was held in Kazan on September 29, 2023. The Taliban movement, which the Supreme Court of Russia removed from the list of terrorist organizations banned in Russia in April, has been in power in Afghanistan since August 2021.
"""
TEN = ["Russia", "China", "India", "Iran", "Kazakhstan", "Kyrgyzstan", "Pakistan", "Tajikistan", "Turkmenistan", "Uzbekistan"]
MF = "Moscow Format Consultations on Afghanistan"
meetings = [
    M("m1", "Seventh meeting of the Moscow format consultations on Afghanistan", "2024-10-08", "Moscow", "Russia", series=MF, ordinal=7,
      states=TEN + ["Afghanistan", "Turkey", "Qatar", "Saudi Arabia", "United Arab Emirates"],
      parts=[("Abdul Qahar Niazi", "acting Foreign Minister", "Afghanistan"),
             ("Dmitry Arkhipov", "Presidential Special Envoy for Afghanistan", "Russia"),
             ("Liu Jiangping", "Special Envoy for Afghan Affairs", "China")]),
    M("m2", "Bilateral meeting of Dmitry Arkhipov and Abdul Qahar Niazi on the sidelines", None, "Moscow", "Russia",
      states=["Russia", "Afghanistan"],
      parts=[("Dmitry Arkhipov", "Presidential Special Envoy for Afghanistan", "Russia"), ("Abdul Qahar Niazi", "acting Foreign Minister", "Afghanistan")]),
    M("m3", "Sixth meeting of the Moscow format consultations on Afghanistan (Kazan)", "2023-09-29", "Kazan", "Russia", series=MF, ordinal=6),
]
stances = [
    S(TEN, "oppose", None, "military infrastructure of third countries near Afghanistan",
      "declared unacceptable the deployment of military infrastructure of third countries in Afghanistan and neighboring states"),
    S(TEN, "concern", None, "terrorist threat from Afghanistan", "The participants are seriously concerned about the terrorist threat emanating from Afghanistan"),
    S(TEN, "urge", AIG, "eradicate IS, al-Qaeda and other groups",
      "The countries called on Kabul to take effective measures to eradicate the terrorist organizations Islamic State and al-Qaeda"),
    S(TEN, "urge", "the West", "unfreeze Afghan reserves",
      "urged the Western countries, which bear the main responsibility for the current situation, to unfreeze Afghan national reserves"),
    S(TEN, "urge", "the West", "lift sanctions", "lift sanctions that hamper the country's economic recovery"),
    S("Dmitry Arkhipov", "commit", AIG, "pragmatic cooperation with Kabul",
      'Moscow intends to develop "pragmatic and mutually beneficial" cooperation with Kabul in trade, energy and transport'),
    S("Dmitry Arkhipov", "support", None, "inclusive political settlement", "We see no alternative to an inclusive political settlement"),
    S("Abdul Qahar Niazi", "other", None, "Afghanistan poses no threat", "Afghanistan poses no threat to anyone"),
    S("Abdul Qahar Niazi", "urge", None, "remove sanctions on Afghan government members",
      "called for the removal of all sanctions against members of the Afghan government"),
    S("Abdul Qahar Niazi", "other", None, "foreign fighters claims are propaganda",
      'the claims about foreign fighters on Afghan soil were "propaganda.'),
    S("Liu Jiangping", "support", MF, "Moscow format as effective platform",
      "Beijing supports the Moscow format as an effective regional platform"),
    S("Liu Jiangping", "urge", AIG, "broad-based and inclusive political structure",
      'hopes Kabul will build "a broad-based and inclusive political structure.'),
]
designations = [
    D("Islamic State", ["Islamic State"], "Russia", None,
      "the terrorist organizations Islamic State and al-Qaeda (both outlawed in Russia)"),
    D("Al-Qaeda", ["al-Qaeda"], "Russia", None,
      "the terrorist organizations Islamic State and al-Qaeda (both outlawed in Russia)"),
]
entities = [E(s, "state") for s in TEN if s not in ("Russia", "China")] + [
    E("Russia", "state"), E("Moscow", "place", "MOSCOW"), E("China", "state", "Beijing"),
    E("Afghanistan", "state"), E("Turkey", "state", "Türkiye"), E("Qatar", "state"), E("Saudi Arabia", "state"),
    E("United Arab Emirates", "state"),
    E("Abdul Qahar Niazi", "person", "Niazi"), E("Dmitry Arkhipov", "person", "Arkhipov"), E("Liu Jiangping", "person"),
    E(AIG, "government", "Kabul", "Afghan government"),
    E("Russian Foreign Ministry", "government", "Russian Foreign Ministry"),
    E("Supreme Court of Russia", "government"),
    E(MF, "organization", "Moscow format consultations on Afghanistan", "Moscow format"),
    E("the West", "organization", "Western countries"),
    E("Taliban", "armed_group", "Taliban movement"),
    E("Islamic State", "armed_group"), E("Al-Qaeda", "armed_group", "al-Qaeda"),
    E("TASS", "organization"), E("Kazan", "place"),
]
notes = ("Invented TASS wire. Page date 2024-10-09; dateline 'MOSCOW, October 8.' and 'held in Moscow on Tuesday' -> m1 2024-10-08 (a Tuesday), ordinal 7 ('the seventh meeting'). "
         "'Moscow' is both the venue ('held in Moscow') and metonymy ('Moscow intends'): kept as the place entity only; 'Moscow intends' is inside Arkhipov's reported speech (holder Arkhipov, Russia beside him accepted). 'Beijing supports' likewise Liu's; 'Beijing' listed as alias of China (no Beijing venue here). "
         "Participant states: the ten members, Afghanistan (its delegation took part) and the four guests ('attended as guests', earlier-batch convention: guests are participants; Türkiye -> Turkey). "
         "The joint statement 'was adopted by the ten member countries; the Afghan delegation did not sign it' -> explicit holder list of the ten (as dev2 g2_01), not meeting:m1. "
         "'Kabul' as addressee = the Afghan authorities -> Afghan Interim Government (alias 'Kabul'; no Kabul place entity). Niazi: 'acting Foreign Minister' leading 'An Afghan delegation' -> represents Afghanistan. "
         "m2: sidelines bilateral -> city Moscow, date null. m3: 'The previous, sixth meeting ... in Kazan on September 29, 2023' -> recalled meeting. "
         "Designations: 'the terrorist organizations Islamic State and al-Qaeda (both outlawed in Russia)' -> authority Russia (TASS formula). The Taliban: 'removed from the list of terrorist organizations banned in Russia in April' is a DE-listing; the original listing's date is not stated -> no designation item (earlier-batch convention; unsure). "
         "Niazi's 'no threat' and 'propaganda' typed other; 'Beijing supports' is Liu's remark (holder the envoy).")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)
