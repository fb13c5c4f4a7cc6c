from common import *

# ---------------------------------------------------------------- p41
stem = "p41_mfa_china_afghan_fm_beijing"
text = """
 date 2023-03-16
Foreign Minister Tang Wenhao Meets with Acting Foreign Minister of the Afghan Interim Government Abdul Hadi Rahmani
2023-03-15 21:40

On the afternoon of March 15, 2023, Foreign Minister Tang Wenhao met with Acting Foreign Minister of the Afghan Interim Government Abdul Hadi Rahmani at the Diaoyutai State Guesthouse in Beijing.

Tang Wenhao said that China and Afghanistan are traditional friendly neighbors. China has always respected the sovereignty, independence and territorial integrity of Afghanistan, and has never interfered in Afghanistan's internal affairs. China firmly opposes any external force using the Afghan issue to pursue geopolitical self-interest. Tang Wenhao recalled his talks with Rahmani during the Third Foreign Ministers' Meeting among the Neighboring Countries of Afghanistan held in Tunxi, Anhui Province on March 31 last year, and said that the consensus reached there is being implemented step by step.

Tang Wenhao noted that the Afghan Interim Government has made efforts to maintain stability and improve people's livelihoods. He expressed the hope that the Afghan side will build an open and inclusive political structure, adopt moderate and prudent domestic and foreign policies, and protect the basic rights of women and children. He stressed that security is the precondition for cooperation. He urged the Afghan Interim Government to take resolute and effective measures to crack down on all terrorist forces, including the East Turkistan Islamic Movement (ETIM), a terrorist organization listed by the UN Security Council, and to protect the safety of Chinese personnel, institutions and projects in Afghanistan.

China is willing to continue providing humanitarian assistance within its capacity and to import more Afghan pine nuts and other specialty products.

Rahmani said that the Afghan side thanks China for its valuable support at a difficult time. He expressed appreciation for China's humanitarian assistance, in particular the emergency relief provided after the earthquakes in Herat. The Afghan Interim Government will never allow any force to use Afghan territory to harm China's interests, Rahmani said, adding that it will take all necessary measures to ensure the security of Chinese citizens in Afghanistan. He voiced support for the Belt and Road Initiative and said Afghanistan hopes to become a bridge for regional connectivity.

Both sides agreed to expand trade and investment, to advance the extension of the China-Pakistan Economic Corridor to Afghanistan, and to strengthen communication on multilateral platforms. The two sides also agreed that the next round of consultations between the two foreign ministries will be held in Kabul at a mutually convenient time.
"""
meetings = [
    M("m1", "Talks between Foreign Minister Tang Wenhao and Acting Foreign Minister of the Afghan Interim Government Abdul Hadi Rahmani (Beijing)",
      "2023-03-15", "Beijing", "China", states=["China"], orgs=["Afghan Interim Government"],
      parts=[("Tang Wenhao", "Foreign Minister", "China"),
             ("Abdul Hadi Rahmani", "Acting Foreign Minister of the Afghan Interim Government", "Afghan Interim Government")]),
    M("m2", "Third Foreign Ministers' Meeting among the Neighboring Countries of Afghanistan (Tunxi)",
      "2022-03-31", "Tunxi", "China", series="Foreign Ministers' Meeting among Neighboring Countries of Afghanistan", ordinal=3),
]
stances = [
    S("Tang Wenhao", "reaffirm", None, "respect for Afghanistan's sovereignty, independence and territorial integrity",
      "China has always respected the sovereignty, independence and territorial integrity of Afghanistan"),
    S("Tang Wenhao", "other", None, "non-interference in Afghanistan's internal affairs",
      "has never interfered in Afghanistan's internal affairs"),
    S("Tang Wenhao", "oppose", None, "external forces using the Afghan issue for geopolitical self-interest",
      "China firmly opposes any external force using the Afghan issue to pursue geopolitical self-interest"),
    S("Tang Wenhao", "urge", "Afghan Interim Government", "open and inclusive political structure",
      "He expressed the hope that the Afghan side will build an open and inclusive political structure"),
    S("Tang Wenhao", "urge", "Afghan Interim Government", "moderate and prudent domestic and foreign policies",
      "adopt moderate and prudent domestic and foreign policies"),
    S("Tang Wenhao", "urge", "Afghan Interim Government", "protect basic rights of women and children",
      "protect the basic rights of women and children"),
    S("Tang Wenhao", "urge", "Afghan Interim Government", "crack down on all terrorist forces including ETIM",
      "He urged the Afghan Interim Government to take resolute and effective measures to crack down on all terrorist forces"),
    S("Tang Wenhao", "urge", "Afghan Interim Government", "protect Chinese personnel, institutions and projects",
      "to protect the safety of Chinese personnel, institutions and projects in Afghanistan"),
    S("China", "commit", "Afghanistan", "humanitarian assistance; import Afghan products",
      "China is willing to continue providing humanitarian assistance within its capacity"),
    S("Abdul Hadi Rahmani", "appreciate", "China", "China's humanitarian assistance and earthquake relief",
      "He expressed appreciation for China's humanitarian assistance"),
    S("Abdul Hadi Rahmani", "commit", None, "not allow Afghan territory to be used to harm China",
      "The Afghan Interim Government will never allow any force to use Afghan territory to harm China's interests"),
    S("Abdul Hadi Rahmani", "commit", None, "security of Chinese citizens in Afghanistan",
      "it will take all necessary measures to ensure the security of Chinese citizens in Afghanistan"),
    S("Abdul Hadi Rahmani", "support", None, "Belt and Road Initiative",
      "He voiced support for the Belt and Road Initiative"),
    S(["China", "Afghan Interim Government"], "commit", None, "expand trade and investment; CPEC extension",
      "Both sides agreed to expand trade and investment, to advance the extension of the China-Pakistan Economic Corridor to Afghanistan"),
    S(["China", "Afghan Interim Government"], "commit", None, "communication on multilateral platforms",
      "to strengthen communication on multilateral platforms"),
]
designations = [
    D("East Turkistan Islamic Movement", ["East Turkistan Islamic Movement", "ETIM"], "United Nations Security Council", None,
      "the East Turkistan Islamic Movement (ETIM), a terrorist organization listed by the UN Security Council"),
]
entities = [
    E("China", "state"), E("Afghanistan", "state"),
    E("Afghan Interim Government", "government", "Afghan Interim Government", "Afghan side"),
    E("Tang Wenhao", "person", "Tang Wenhao"), E("Abdul Hadi Rahmani", "person", "Abdul Hadi Rahmani", "Rahmani"),
    E("East Turkistan Islamic Movement", "armed_group", "East Turkistan Islamic Movement", "ETIM"),
    E("United Nations Security Council", "igo", "UN Security Council"),
    E("Foreign Ministers' Meeting among Neighboring Countries of Afghanistan", "organization",
      "Foreign Ministers' Meeting among the Neighboring Countries of Afghanistan"),
    E("Belt and Road Initiative", "organization", "Belt and Road Initiative"),
    E("China-Pakistan Economic Corridor", "organization", "China-Pakistan Economic Corridor"),
    E("Beijing", "place"), E("Tunxi", "place"), E("Herat", "place"), E("Kabul", "place"),
]
notes = ("Invented Chinese MFA readout. Page-date token ' date 2023-03-16' and header timestamp 2023-03-15; meeting date stated in full. "
         "Venue 'Diaoyutai State Guesthouse in Beijing' -> city Beijing. Rahmani represents the Afghan Interim Government (the text's own "
         "wording), so participant_states is only China and the AIG is a participant_org (as dev 01 treats the Taliban). "
         "'He' in the third paragraph = Tang Wenhao; in the fifth = Rahmani. Stances inside 'Tang Wenhao said that...' are held by Tang "
         "(as seed 001 holds Qin Gang's speech); the unattributed 'China is willing...' paragraph is held by China. 'expressed the hope that' "
         "is typed urge (a soft demand, Chinese readout idiom). 'Both sides agreed' -> explicit holder [China, AIG] since the AIG is not a "
         "participant state; typed commit as in seed 003. m2 = the recalled third neighbours' meeting in Tunxi: 'March 31 last year' resolved "
         "with the page date (2022); participating states are not listed -> []. The next round of consultations in Kabul is planned -> not a "
         "meeting. Designation: ETIM 'a terrorist organization listed by the UN Security Council' -> authority UN Security Council, no date. "
         "'terrorist forces' generic.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p42
stem = "p42_unsc_afghanistan_unama_briefing"
text = """
Security Council
9814th Meeting (AM)
SC/15941
19 December 2024

Special Representative Warns Afghanistan at Risk of Deeper Isolation as Restrictions on Women Multiply, in Briefing to Security Council

Restrictions imposed by the de facto authorities on Afghan women and girls are pushing the country towards deeper isolation, the head of the United Nations Assistance Mission in Afghanistan (UNAMA) told the Security Council today, as members weighed how to engage with Kabul.

Helga Marström, Special Representative of the Secretary-General and Head of UNAMA, expressed deep concern over the reported ban on women attending medical institutes, which she said would "cut off Afghan women from health care for a generation". She said that Islamic State in Iraq and the Levant-Khorasan (ISIL-K), listed by the Council as a terrorist entity, remains the most serious threat to Afghanistan and the region, even as the number of attacks has declined. She urged the de facto authorities to engage with the Mission on a road map for Afghanistan's reintegration into the international system.

In the ensuing debate, Daniel Whitcombe (United States) called on the Taliban to reverse all edicts restricting women and girls, adding that Washington would not consider normalization while those edicts stood.

Pyotr Golubev (Russian Federation) opposed the use of humanitarian aid as an instrument of political pressure. He urged Washington to return the frozen assets of Afghanistan's central bank to the Afghan people without preconditions.

Liang Shuo (China) said the international community should maintain contact and dialogue with Afghanistan and help it to achieve economic reconstruction. He pressed for the lifting of unilateral sanctions.

Speaking for Japan, Aiko Morimoto condemned the terrorist attack on 11 December in Kabul that killed the Minister for Refugees and Repatriation. Japan would continue to provide humanitarian assistance through international organizations, she said.

The representative of Pakistan said the Tehreek-e-Taliban Pakistan (TTP), listed as a terrorist entity by the Security Council, continued to launch cross-border attacks from Afghan soil. He asked the de facto authorities to take verifiable action against the group and to hand over its leaders.

Farid Zamani (Afghanistan), who represents the former Government, urged the Council not to normalize relations with the Taliban until the rights of women were restored.

The Council is expected to take up the renewal of UNAMA's mandate in March.

The meeting began at 10:05 a.m. and ended at 12:40 p.m.
"""
meetings = [
    M("m1", "Security Council 9814th meeting: the situation in Afghanistan", "2024-12-19", None, None,
      series="Security Council meetings", ordinal=9814,
      states=["United States", "Russia", "China", "Japan", "Pakistan", "Afghanistan"],
      orgs=["United Nations Security Council", "United Nations Assistance Mission in Afghanistan"],
      parts=[("Helga Marström", "Special Representative of the Secretary-General and Head of UNAMA", "United Nations Assistance Mission in Afghanistan"),
             ("Daniel Whitcombe", None, "United States"), ("Pyotr Golubev", None, "Russia"), ("Liang Shuo", None, "China"),
             ("Aiko Morimoto", None, "Japan"), ("Farid Zamani", None, "Afghanistan")]),
]
stances = [
    S("Helga Marström", "concern", "Taliban", "ban on women attending medical institutes",
      "expressed deep concern over the reported ban on women attending medical institutes"),
    S("Helga Marström", "concern", None, "ISIL-K the most serious threat",
      "remains the most serious threat to Afghanistan and the region"),
    S("Helga Marström", "urge", "Taliban", "engage with UNAMA on a road map for reintegration",
      "She urged the de facto authorities to engage with the Mission on a road map for Afghanistan's reintegration into the international system"),
    S("Daniel Whitcombe", "urge", "Taliban", "reverse edicts restricting women and girls",
      "called on the Taliban to reverse all edicts restricting women and girls"),
    S("Daniel Whitcombe", "oppose", "Taliban", "no normalization while edicts stand",
      "Washington would not consider normalization while those edicts stood"),
    S("Pyotr Golubev", "oppose", None, "humanitarian aid as instrument of political pressure",
      "opposed the use of humanitarian aid as an instrument of political pressure"),
    S("Pyotr Golubev", "urge", "United States", "return frozen central bank assets",
      "He urged Washington to return the frozen assets of Afghanistan's central bank to the Afghan people without preconditions"),
    S("Liang Shuo", "urge", "international community", "maintain contact and dialogue with Afghanistan",
      "the international community should maintain contact and dialogue with Afghanistan and help it to achieve economic reconstruction"),
    S("Liang Shuo", "urge", None, "lifting of unilateral sanctions",
      "He pressed for the lifting of unilateral sanctions"),
    S("Aiko Morimoto", "condemn", None, "terrorist attack in Kabul on 11 December",
      "condemned the terrorist attack on 11 December in Kabul that killed the Minister for Refugees and Repatriation"),
    S("Aiko Morimoto", "commit", None, "continue humanitarian assistance",
      "Japan would continue to provide humanitarian assistance through international organizations"),
    S(["Pakistan"], "concern", None, "TTP cross-border attacks from Afghan soil",
      "continued to launch cross-border attacks from Afghan soil"),
    S(["Pakistan"], "urge", "Taliban", "verifiable action against TTP; hand over leaders",
      "He asked the de facto authorities to take verifiable action against the group and to hand over its leaders"),
    S("Farid Zamani", "urge", "United Nations Security Council", "no normalization with the Taliban until women's rights restored",
      "urged the Council not to normalize relations with the Taliban until the rights of women were restored"),
]
designations = [
    D("Islamic State Khorasan Province", ["Islamic State in Iraq and the Levant-Khorasan", "ISIL-K"], "United Nations Security Council", None,
      "Islamic State in Iraq and the Levant-Khorasan (ISIL-K), listed by the Council as a terrorist entity"),
    D("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"], "United Nations Security Council", None,
      "the Tehreek-e-Taliban Pakistan (TTP), listed as a terrorist entity by the Security Council"),
]
entities = [
    E("United States", "state", "Washington"), E("Russia", "state", "Russian Federation"), E("China", "state"),
    E("Japan", "state"), E("Pakistan", "state"), E("Afghanistan", "state"),
    E("United Nations Security Council", "igo", "Security Council", "Council"),
    E("United Nations Assistance Mission in Afghanistan", "igo", "United Nations Assistance Mission in Afghanistan", "UNAMA", "Mission"),
    E("Taliban", "armed_group", "Taliban", "de facto authorities"),
    E("Islamic State Khorasan Province", "armed_group", "Islamic State in Iraq and the Levant-Khorasan", "ISIL-K"),
    E("Tehreek-e-Taliban Pakistan", "armed_group", "Tehreek-e-Taliban Pakistan", "TTP"),
    E("Helga Marström", "person", "Helga Marström"), E("Daniel Whitcombe", "person", "Daniel Whitcombe"),
    E("Pyotr Golubev", "person", "Pyotr Golubev"), E("Liang Shuo", "person", "Liang Shuo"),
    E("Aiko Morimoto", "person", "Aiko Morimoto"), E("Farid Zamani", "person", "Farid Zamani"),
    E("Kabul", "place"),
]
notes = ("Invented UN meetings-coverage press release. Ordinal 9814 from the header; date from the header line; no city is given "
         "(UN Headquarters is never named) -> city null. participant_states = every state whose representative speaks (as probe2 p03), "
         "including Pakistan and Afghanistan speaking as non-members. Speakers given as 'Name (Country)' have title null; the Pakistani "
         "speaker is unnamed ('The representative of Pakistan') -> no participant row, his stances held by Pakistan. 'de facto authorities' "
         "= the Taliban (alias). 'Washington' in Golubev's sentence = addressee United States (metonymy); in Whitcombe's sentence it is the "
         "speaker's own state (holder kept as Whitcombe). 'She ... said' / 'she said' after the words -> Morimoto; 'He' -> the previous speaker. "
         "'pressed for' typed urge; addressee null (no named target). Japan's condemnation names no perpetrator -> no designation. Designations: "
         "ISIL-K and TTP, each 'listed ... as a terrorist entity' by the Security Council -> authority UN Security Council, no date. The Marström "
         "'most serious threat' clause is a separate concern stance (cf. seed 000 'continue to pose a serious threat'). The March mandate "
         "renewal is a planned meeting -> not annotated.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p43
stem = "p43_afp_doha_envoys_third"
text = """
Taliban attend UN Afghanistan talks in Doha for first time as women excluded

DOHA, July 1, 2024 (AFP) - The Taliban on Monday wrapped up their first appearance at UN-hosted talks on Afghanistan, with their spokesman saying the two-day meeting in the Qatari capital had delivered "a clear message" that the world wanted to work with Kabul.

The third meeting of special envoys on Afghanistan, which opened Sunday, brought together envoys from some 25 countries and organisations, including the United States, Russia, China and the European Union, under the chairmanship of UN political affairs chief Lucia Berendt.

"The Islamic Emirate wants positive relations with all countries, including the United States," Taliban spokesman Abdul Wali Mohsini told reporters after the closing session. He called on participants to lift the sanctions on Afghanistan's banking sector and to release the central bank's reserves frozen abroad.

The Taliban had refused to attend the second round in February unless they were recognised as Afghanistan's sole representatives. This time the UN agreed that Afghan women's rights groups and civil society would not sit at the main table, a concession that drew sharp criticism.

Amnesty International said it was "deeply alarmed" that women had been shut out of a meeting about their own country.

Berendt told a news conference that participation "does not mean normalisation or recognition" and said human rights, including those of women and girls, had been raised "repeatedly" in the sessions. "We stood firmly behind the demand that girls be allowed to return to school," she said.

US special representative Thomas Ridley said Washington had used the meeting to press the Taliban to release detained American citizens.

Russia's presidential envoy Oleg Zamyatin said Moscow supported the "practical engagement" of the Taliban and was considering removing the movement from its list of banned terrorist organisations, on which it has been since 2003.

The participants agreed to set up two working groups, one on counter-narcotics and one on support for the private sector, according to a UN summary. No date was set for a fourth meeting.

The first Doha meeting, in May 2023, was held without the Taliban.

Afghanistan's economy has shrunk by a quarter since the Taliban returned to power in August 2021, according to the World Bank.

lb/gv/jsa
"""
meetings = [
    M("m1", "Third meeting of special envoys on Afghanistan (Doha process)", "2024-06-30", "Doha", "Qatar",
      series="UN meeting of special envoys on Afghanistan (Doha process)", ordinal=3, chair="Lucia Berendt",
      states=["United States", "Russia", "China"], orgs=["United Nations", "European Union", "Taliban"],
      parts=[("Lucia Berendt", "UN political affairs chief", "United Nations"),
             ("Abdul Wali Mohsini", "Taliban spokesman", "Taliban"),
             ("Thomas Ridley", "US special representative", "United States"),
             ("Oleg Zamyatin", "presidential envoy", "Russia")]),
]
stances = [
    S("Abdul Wali Mohsini", "other", None, "Islamic Emirate wants positive relations with all countries",
      "The Islamic Emirate wants positive relations with all countries, including the United States"),
    S("Abdul Wali Mohsini", "urge", None, "lift sanctions on Afghan banking sector",
      "He called on participants to lift the sanctions on Afghanistan's banking sector"),
    S("Abdul Wali Mohsini", "urge", None, "release frozen central bank reserves",
      "to release the central bank's reserves frozen abroad"),
    S(["Amnesty International"], "concern", None, "women shut out of the meeting",
      "it was \"deeply alarmed\" that women had been shut out of a meeting about their own country"),
    S("Lucia Berendt", "other", None, "participation not normalisation or recognition",
      "participation \"does not mean normalisation or recognition\""),
    S("Lucia Berendt", "support", None, "girls' return to school",
      "We stood firmly behind the demand that girls be allowed to return to school"),
    S("Thomas Ridley", "urge", "Taliban", "release detained American citizens",
      "to press the Taliban to release detained American citizens"),
    S("Oleg Zamyatin", "support", "Taliban", "practical engagement of the Taliban",
      "Moscow supported the \"practical engagement\" of the Taliban"),
    S("meeting:m1", "commit", None, "two working groups: counter-narcotics, private sector",
      "The participants agreed to set up two working groups, one on counter-narcotics and one on support for the private sector"),
]
designations = [
    D("Taliban", ["Taliban"], "Russia", "2003", "its list of banned terrorist organisations, on which it has been since 2003"),
]
entities = [
    E("United States", "state", "United States", "Washington", "US"), E("Russia", "state", "Russia", "Moscow"), E("China", "state"),
    E("Afghanistan", "state"), E("Qatar", "state", "Qatari"),
    E("Taliban", "armed_group", "Taliban", "Islamic Emirate"),
    E("United Nations", "igo", "UN"), E("European Union", "igo", "European Union"),
    E("Amnesty International", "organization", "Amnesty International"), E("World Bank", "igo", "World Bank"),
    E("Lucia Berendt", "person", "Lucia Berendt", "Berendt"), E("Abdul Wali Mohsini", "person", "Abdul Wali Mohsini", "Mohsini"),
    E("Thomas Ridley", "person", "Thomas Ridley"), E("Oleg Zamyatin", "person", "Oleg Zamyatin"),
    E("Doha", "place", "DOHA"), E("Kabul", "place"),
]
notes = ("Invented AFP wire. Dateline 'DOHA, July 1, 2024' (a Monday); the meeting 'opened Sunday' and is 'two-day' -> dated by its first "
         "day, 2024-06-30. Venue = Doha (dateline plus 'the Qatari capital'). Ordinal 3 from 'The third meeting of special envoys'. "
         "Participating states: only the three named states (the 'some 25 countries' are not listed); EU, UN and the Taliban as orgs. Chair: "
         "'under the chairmanship of UN political affairs chief Lucia Berendt'. Mohsini's quote is attributed after the words; 'He' = Mohsini. "
         "Mohsini's 'called on participants' has no single named addressee -> null. Berendt's 'We stood firmly behind the demand' held by her "
         "(speaking for the UN). Ridley's 'to press the Taliban' -> urge. The UN 'agreed' that women's groups would not sit at the table is "
         "reported background, not annotated. The recalled second round (February, no year, no city) and first meeting (May 2023, no day, "
         "no city stated) are NOT annotated as meetings: neither gives a date, city or listed states (unmatchable; ordinals alone with no states); "
         "a fourth meeting is unplanned. Designation: Russia's current listing of the Taliban 'since 2003' (authority Russia, date 2003); the "
         "considered removal is not a de-listing. 'The participants agreed' -> meeting:m1 (only three states named; doubtful).")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p44
stem = "p44_mea_india_afghan_dubai"
text = """
Ministry of External Affairs
Government of India

Press Releases

India-Afghanistan meeting in Dubai

January 09, 2025

Foreign Secretary Shri Arvind Keshav Malhotra met Mawlawi Abdul Samad Nooristani, Acting Foreign Minister of Afghanistan, in Dubai yesterday.

2. Foreign Secretary underlined the historical friendship between the Indian and Afghan people and the strong people-to-people contacts between the two countries. He conveyed condolences on the loss of lives in the recent floods and strongly condemned the terrorist attack in Kabul last month that killed the Minister for Refugees and Repatriation.

3. The Afghan Minister appreciated India's continued humanitarian support to the people of Afghanistan, including the supply of wheat, medicines and vaccines. "India stands ready to supply more medicines and relief material, including for the health sector and the rehabilitation of refugees," the Foreign Secretary said.

4. In the context of the ongoing development cooperation programme, it was agreed that India would consider engaging in development projects in the near future in addition to the ongoing humanitarian assistance programme.

5. Both sides agreed to promote the use of Chabahar port for supporting trade and humanitarian assistance to and from Afghanistan. The Afghan side emphasized its sensitivities to India's security concerns and assured that Afghan soil would not be used against any country.

6. The Afghan Minister pressed for the easing of visa procedures for Afghan businessmen, students and patients. Foreign Secretary conveyed that India would consider the request positively.

7. The two sides also discussed cricket cooperation, which is highly valued by the young generation of Afghanistan, and agreed to remain in regular contact at various levels.

8. The meeting follows the visit of Joint Secretary (PAI) Shri Anand Prakash Rao to Kabul in November 2024, during which he called on the Acting Defence Minister Mullah Rahimullah Zaheer and discussed humanitarian assistance.

New Delhi
January 09, 2025
"""
meetings = [
    M("m1", "Meeting between Foreign Secretary Arvind Keshav Malhotra and Acting Foreign Minister of Afghanistan Abdul Samad Nooristani (Dubai)",
      "2025-01-08", "Dubai", "United Arab Emirates", states=["India", "Afghanistan"],
      parts=[("Arvind Keshav Malhotra", "Foreign Secretary", "India"),
             ("Abdul Samad Nooristani", "Acting Foreign Minister of Afghanistan", "Afghanistan")]),
    M("m2", "Call of Joint Secretary (PAI) Anand Prakash Rao on Acting Defence Minister Rahimullah Zaheer (Kabul, November 2024)",
      None, "Kabul", "Afghanistan", states=["India", "Afghanistan"],
      parts=[("Anand Prakash Rao", "Joint Secretary (PAI)", "India"),
             ("Rahimullah Zaheer", "Acting Defence Minister", "Afghanistan")]),
]
stances = [
    S("Arvind Keshav Malhotra", "other", None, "historical friendship between Indian and Afghan people",
      "Foreign Secretary underlined the historical friendship between the Indian and Afghan people"),
    S("Arvind Keshav Malhotra", "condemn", None, "terrorist attack in Kabul that killed the refugees minister",
      "strongly condemned the terrorist attack in Kabul last month that killed the Minister for Refugees and Repatriation"),
    S("Abdul Samad Nooristani", "appreciate", "India", "India's humanitarian support",
      "The Afghan Minister appreciated India's continued humanitarian support to the people of Afghanistan"),
    S("Arvind Keshav Malhotra", "commit", None, "supply more medicines and relief material",
      "India stands ready to supply more medicines and relief material"),
    S("meeting:m1", "commit", None, "India to consider development projects",
      "it was agreed that India would consider engaging in development projects in the near future"),
    S("meeting:m1", "commit", None, "use of Chabahar port",
      "Both sides agreed to promote the use of Chabahar port for supporting trade and humanitarian assistance to and from Afghanistan"),
    S(["Afghanistan"], "commit", "India", "Afghan soil not used against any country; India's security concerns",
      "The Afghan side emphasized its sensitivities to India's security concerns and assured that Afghan soil would not be used against any country"),
    S("Abdul Samad Nooristani", "urge", "India", "easing visa procedures for Afghans",
      "The Afghan Minister pressed for the easing of visa procedures for Afghan businessmen, students and patients"),
    S("Arvind Keshav Malhotra", "commit", "Afghanistan", "consider visa request positively",
      "India would consider the request positively"),
    S("meeting:m1", "commit", None, "regular contact at various levels",
      "agreed to remain in regular contact at various levels"),
]
designations = []
entities = [
    E("India", "state"), E("Afghanistan", "state"),
    E("Arvind Keshav Malhotra", "person", "Arvind Keshav Malhotra", "Foreign Secretary"),
    E("Abdul Samad Nooristani", "person", "Abdul Samad Nooristani", "Afghan Minister"),
    E("Anand Prakash Rao", "person", "Anand Prakash Rao"), E("Rahimullah Zaheer", "person", "Rahimullah Zaheer"),
    E("Ministry of External Affairs", "government", "Ministry of External Affairs"),
    E("Chabahar", "place", "Chabahar"),
    E("Dubai", "place"), E("Kabul", "place"), E("New Delhi", "place"),
]
notes = ("Invented Indian MEA press release. Release dated January 09, 2025 (header and footer, 'New Delhi' footer is the issuing place, "
         "not the venue); 'in Dubai yesterday' -> 2025-01-08, city Dubai. The text calls Nooristani 'Acting Foreign Minister of Afghanistan' -> "
         "represents Afghanistan (state), unlike p41 where the AIG is named. 'Foreign Secretary' without a name and 'He' = Malhotra; the "
         "quoted 'India stands ready...' is attributed after the words (holder Malhotra; 'stands ready' -> commit). Passive 'it was agreed that "
         "India would consider...' -> meeting:m1 (an agreement of the two sides), typed commit. 'The Afghan side' -> holder Afghanistan. "
         "'pressed for' -> urge, addressee India (the request is made to the Indian side). The condemned attack in Kabul names no group -> "
         "no designation. m2 = recalled visit of the Joint Secretary to Kabul in November 2024 (no day -> date null; matchable by city); "
         "'called on' here is a courtesy call (meeting), not a demand. Paragraph numbers are part of the genre.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p45
stem = "p45_mid_russia_afghan_talks_delisting"
text = """
Press release on Deputy Foreign Minister Vladimir Sobolev's talks with Acting Minister of Industry and Commerce of Afghanistan Nooruddin Hakimi

22 April 2025 18:05

On April 22, Deputy Minister of Foreign Affairs of the Russian Federation Vladimir Sobolev held talks in Moscow with Acting Minister of Industry and Commerce of Afghanistan Nooruddin Hakimi, who is in Russia to attend the Russia - Islamic World: KazanForum.

The Russian side informed the guest that on April 17, the Supreme Court of the Russian Federation suspended the ban on the activities of the Taliban movement, which had been recognised as a terrorist organisation by a decision of the Supreme Court on February 14, 2003. The Afghan side welcomed this decision as an important step towards the full normalisation of bilateral relations.

The Russian side reaffirmed its commitment to developing pragmatic relations with Kabul in the political, trade, economic and humanitarian spheres. Vladimir Sobolev stressed the need to step up joint efforts against ISIS-Khorasan and other terrorist groups banned in Russia, whose activity continues to pose a threat to the security of Central Asia.

The Afghan side pressed for the resumption of regular direct flights between Moscow and Kabul and for the expansion of Russian supplies of wheat and petroleum products. Nooruddin Hakimi expressed gratitude for the humanitarian aid delivered by the Russian Emergencies Ministry.

Both sides opposed the deployment of US or NATO military infrastructure in Afghanistan and neighbouring countries under any pretext.

The sides noted the importance of the upcoming seventh meeting of the Moscow Format consultations on Afghanistan, to be held in the autumn, and recalled the constructive results of the sixth meeting held in Moscow on October 4, 2024. They agreed to continue consultations between the two countries' foreign ministries.
"""
meetings = [
    M("m1", "Talks between Deputy Foreign Minister Vladimir Sobolev and Acting Minister of Industry and Commerce of Afghanistan Nooruddin Hakimi (Moscow)",
      "2025-04-22", "Moscow", "Russia", states=["Russia", "Afghanistan"],
      parts=[("Vladimir Sobolev", "Deputy Minister of Foreign Affairs of the Russian Federation", "Russia"),
             ("Nooruddin Hakimi", "Acting Minister of Industry and Commerce of Afghanistan", "Afghanistan")]),
    M("m2", "Sixth meeting of the Moscow Format consultations on Afghanistan", "2024-10-04", "Moscow", "Russia",
      series="Moscow Format Consultations on Afghanistan", ordinal=6),
]
stances = [
    S(["Afghanistan"], "welcome", "Russia", "Supreme Court suspension of Taliban ban",
      "The Afghan side welcomed this decision as an important step towards the full normalisation of bilateral relations"),
    S(["Russia"], "reaffirm", "Afghanistan", "pragmatic relations with Kabul",
      "The Russian side reaffirmed its commitment to developing pragmatic relations with Kabul"),
    S("Vladimir Sobolev", "urge", None, "joint efforts against ISIS-Khorasan and other terrorist groups",
      "stressed the need to step up joint efforts against ISIS-Khorasan and other terrorist groups banned in Russia"),
    S("Vladimir Sobolev", "concern", None, "terrorist groups threaten Central Asian security",
      "whose activity continues to pose a threat to the security of Central Asia"),
    S(["Afghanistan"], "urge", "Russia", "resume direct Moscow-Kabul flights",
      "The Afghan side pressed for the resumption of regular direct flights between Moscow and Kabul"),
    S(["Afghanistan"], "urge", "Russia", "expand Russian wheat and petroleum supplies",
      "for the expansion of Russian supplies of wheat and petroleum products"),
    S("Nooruddin Hakimi", "appreciate", "Russia", "humanitarian aid by Russian Emergencies Ministry",
      "Nooruddin Hakimi expressed gratitude for the humanitarian aid delivered by the Russian Emergencies Ministry"),
    S("meeting:m1", "oppose", ["United States", "NATO"], "US/NATO military infrastructure in the region",
      "Both sides opposed the deployment of US or NATO military infrastructure in Afghanistan and neighbouring countries under any pretext"),
    S("meeting:m1", "support", "Moscow Format Consultations on Afghanistan", "importance of the Moscow Format",
      "The sides noted the importance of the upcoming seventh meeting of the Moscow Format consultations on Afghanistan"),
    S("meeting:m1", "commit", None, "continue foreign-ministry consultations",
      "They agreed to continue consultations between the two countries' foreign ministries"),
]
designations = [
    D("Taliban", ["Taliban movement"], "Russia", "2003-02-14",
      "the Taliban movement, which had been recognised as a terrorist organisation by a decision of the Supreme Court on February 14, 2003"),
    D("Islamic State Khorasan Province", ["ISIS-Khorasan"], "Russia", None,
      "ISIS-Khorasan and other terrorist groups banned in Russia"),
]
entities = [
    E("Russia", "state", "Russian Federation", "Russia"), E("Afghanistan", "state"), E("United States", "state", "US"),
    E("NATO", "igo", "NATO"),
    E("Taliban", "armed_group", "Taliban movement", "Taliban"),
    E("Islamic State Khorasan Province", "armed_group", "ISIS-Khorasan"),
    E("Supreme Court of the Russian Federation", "government", "Supreme Court of the Russian Federation", "Supreme Court"),
    E("Russian Emergencies Ministry", "government", "Russian Emergencies Ministry"),
    E("Moscow Format Consultations on Afghanistan", "organization", "Moscow Format consultations on Afghanistan"),
    E("KazanForum", "organization", "Russia - Islamic World: KazanForum"),
    E("Vladimir Sobolev", "person", "Vladimir Sobolev"), E("Nooruddin Hakimi", "person", "Nooruddin Hakimi"),
    E("Moscow", "place"), E("Kabul", "place"), E("Central Asia", "place", "Central Asia"),
]
notes = ("Invented Russian MFA press release. Date 'On April 22' + header '22 April 2025'. DE-LISTING: the Supreme Court 'suspended the ban' "
         "on the Taliban on April 17 (2025); following the probe2/dev2 convention, one designation item is given for the ORIGINAL listing the "
         "text states (authority Russia - the Russian Supreme Court acting for the state, date 2003-02-14); the suspension itself is not a "
         "designation. 'ISIS-Khorasan and other terrorist groups banned in Russia' -> designation of ISIS-K, authority Russia (Russian MFA "
         "bracket idiom). 'The Russian side' / 'The Afghan side' -> holders Russia / Afghanistan; named-person sentences -> the person. "
         "'pressed for' -> urge (addressee Russia, the side asked). 'Both sides opposed' / 'The sides noted' / 'They agreed' -> meeting:m1. "
         "'noted the importance of' typed support (doubtful: could be other). 'Kabul' in 'relations with Kabul' = Afghanistan (addressee). "
         "m2 = the recalled sixth Moscow Format meeting (Moscow, October 4, 2024; states not listed). The seventh meeting 'to be held in the "
         "autumn' is planned -> not a meeting. KazanForum is an event Hakimi attends, not annotated as a meeting (no date or sessions reported).")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)
