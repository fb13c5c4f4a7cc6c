from common import *

# ---------------- p26
emit("p26_turkmen_afghan_ashgabat", """Turkmenistan and Afghanistan discuss implementation of major infrastructure projects

Ashgabat, 12 March 2025

Today, the Minister of Foreign Affairs of Turkmenistan Serdar Orazmuradov held talks at the Ministry of Foreign Affairs with the delegation of Afghanistan headed by the Deputy Prime Minister for Economic Affairs Mawlawi Abdul Wahid Barakzai, who arrived in Ashgabat on a working visit.

Welcoming the guests, Minister Orazmuradov noted that Turkmenistan, guided by its policy of positive neutrality, consistently supports the establishment of peace and stability in the neighbouring country. The Turkmen side confirmed its readiness to continue supplying electricity and fuel to Afghanistan on preferential terms and to train Afghan specialists in the higher educational institutions of Turkmenistan.

Special attention was paid to the construction of the Afghan section of the Turkmenistan-Afghanistan-Pakistan-India (TAPI) gas pipeline, which began in September 2024, as well as to the Turkmenistan-Afghanistan-Pakistan power transmission line and the extension of the railway from Torghundi to Herat.

The Afghan side expressed gratitude to the leadership of Turkmenistan for the humanitarian aid delivered to the Afghan people and assured that security along the route of the pipeline would be fully guaranteed.

Both sides agreed to hold the next meeting of the Intergovernmental Commission on economic cooperation in Kabul in the second half of the year.

On the same day, a trilateral meeting of the delegations of Turkmenistan, Afghanistan and the Islamic Republic of Pakistan was held in Ashgabat. The Pakistani delegation was headed by the Federal Minister for Energy Ali Raza Gondal. The parties signed a roadmap for the implementation of the TAP-500 power transmission line and stressed that energy connectivity projects serve the interests of peace and development of the whole region. The Pakistani side voiced support for the early completion of the TAPI project and called for the mobilisation of financing from international financial institutions, including the Asian Development Bank.
""",
[M("m1", "Talks between Turkmen FM Orazmuradov and Afghan Deputy PM Barakzai (Ashgabat)", "2025-03-12", "Ashgabat", "Turkmenistan",
   states=["Turkmenistan", "Afghanistan"],
   parts=[("Serdar Orazmuradov", "Minister of Foreign Affairs", "Turkmenistan"),
          ("Abdul Wahid Barakzai", "Deputy Prime Minister for Economic Affairs", "Afghanistan")]),
 M("m2", "Trilateral meeting of Turkmenistan, Afghanistan and Pakistan on TAP-500 (Ashgabat)", "2025-03-12", "Ashgabat", "Turkmenistan",
   states=["Turkmenistan", "Afghanistan", "Pakistan"],
   parts=[("Ali Raza Gondal", "Federal Minister for Energy", "Pakistan")])],
[S(["Serdar Orazmuradov"], "support", None, "peace and stability in Afghanistan", "Turkmenistan, guided by its policy of positive neutrality, consistently supports the establishment of peace and stability in the neighbouring country"),
 S("Turkmenistan", "commit", "Afghanistan", "electricity and fuel supplies, training", "The Turkmen side confirmed its readiness to continue supplying electricity and fuel to Afghanistan on preferential terms"),
 S("Afghanistan", "appreciate", "Turkmenistan", "humanitarian aid", "The Afghan side expressed gratitude to the leadership of Turkmenistan for the humanitarian aid delivered to the Afghan people"),
 S("Afghanistan", "commit", None, "security of the pipeline route", "assured that security along the route of the pipeline would be fully guaranteed"),
 S("meeting:m1", "commit", None, "next Intergovernmental Commission in Kabul", "Both sides agreed to hold the next meeting of the Intergovernmental Commission on economic cooperation in Kabul"),
 S("meeting:m2", "commit", None, "roadmap for TAP-500", "The parties signed a roadmap for the implementation of the TAP-500 power transmission line"),
 S("meeting:m2", "other", None, "energy connectivity serves peace and development", "stressed that energy connectivity projects serve the interests of peace and development of the whole region"),
 S("Pakistan", "support", None, "early completion of TAPI", "The Pakistani side voiced support for the early completion of the TAPI project"),
 S("Pakistan", "urge", None, "financing from international financial institutions", "called for the mobilisation of financing from international financial institutions, including the Asian Development Bank")],
[],
[E("Turkmenistan", "state", "Turkmen side"), E("Afghanistan", "state", "Afghan side"), E("Pakistan", "state", "Islamic Republic of Pakistan", "Pakistani side"),
 E("India", "state"), E("Serdar Orazmuradov", "person", "Minister Orazmuradov"),
 E("Abdul Wahid Barakzai", "person", "Mawlawi Abdul Wahid Barakzai"), E("Ali Raza Gondal", "person"),
 E("Ministry of Foreign Affairs of Turkmenistan", "government", "Ministry of Foreign Affairs"),
 E("Turkmenistan-Afghanistan-Pakistan-India gas pipeline", "organization", "TAPI"),
 E("Asian Development Bank", "igo"),
 E("Ashgabat", "place"), E("Kabul", "place"), E("Torghundi", "place"), E("Herat", "place")],
"Turkmen MFA-style news item. Header 'Ashgabat, 12 March 2025' + 'Today' -> m1 2025-03-12, Ashgabat. 'the delegation of Afghanistan headed by the Deputy Prime Minister' -> participant state Afghanistan (the text says Afghanistan, not the Taliban), 'Mawlawi' an honorific (alias only). 'The Turkmen side' / 'The Afghan side' / 'The Pakistani side' -> the state as holder (no person speaks). 'Minister Orazmuradov noted that Turkmenistan ... supports' -> holder the minister (state beside him accepted). 'Both sides agreed to hold the next meeting ... in Kabul' -> a commitment stance of m1; the Intergovernmental Commission in Kabul is PLANNED (no meeting item). 'which began in September 2024' is the pipeline construction start, not a meeting. m2: 'On the same day, a trilateral meeting ... was held in Ashgabat' -> same date and city, states Turkmenistan, Afghanistan, Pakistan (long form 'the Islamic Republic of Pakistan'); only the Pakistani head of delegation is named. India is named only inside the pipeline's name. The ADB is an addressee-like mention inside the call ('including the Asian Development Bank') -> addressee null (the call is to institutions in general; judgement call). No designations.")

# ---------------- p27
emit("p27_app_pakistan_fm_kabul", """ date 2025-04-20 Awan, Afghan leadership agree to address security concerns, boost trade

KABUL, Apr 20 (APP): Deputy Prime Minister and Foreign Minister Tariq Mehmood Awan, who arrived here on a day-long visit yesterday, held wide-ranging talks with the Afghan interim government's acting Prime Minister Mohammad Karim Haqyar and acting Foreign Minister Amir Hamza Zadran.

During the meeting with Zadran, which was held at the Foreign Ministry, the two sides reviewed the entire spectrum of bilateral relations, including trade, transit, connectivity, security and the return of Afghan nationals.

The Deputy Prime Minister underscored Pakistan's serious concern over the continued use of Afghan soil by terrorist elements, in particular the proscribed Tehreek-e-Taliban Pakistan, which the government refers to as Fitna al-Khawarij, and the banned Balochistan Liberation Army, which Pakistan declared a terrorist organisation in 2006.

"We expect the interim Afghan government to take concrete and verifiable action against these groups," he said, adding that Pakistan wanted peaceful and friendly relations with a stable Afghanistan.

The Afghan side assured that Afghan territory would not be allowed to be used against Pakistan and requested that the repatriation of Afghan nationals be carried out in a dignified and gradual manner.

Both sides agreed to facilitate the movement of goods at the Torkham and Chaman crossings, and to revive the Joint Coordination Committee. The Pakistani side announced a reduction of the regulatory duty on Afghan fruit and vegetables.

The Deputy Prime Minister also called on acting Prime Minister Haqyar, who welcomed the visit and said the Islamic Emirate attached great importance to good relations with Pakistan.

The visit followed the meeting of the special representatives of the two countries held in Islamabad on 11 March. Zadran has been invited to visit Islamabad at a mutually convenient date.
""",
[M("m1", "Talks between Pakistani DPM/FM Awan and acting Afghan FM Zadran (Kabul)", "2025-04-19", "Kabul", "Afghanistan",
   states=["Pakistan", "Afghanistan"],
   parts=[("Tariq Mehmood Awan", "Deputy Prime Minister and Foreign Minister", "Pakistan"),
          ("Amir Hamza Zadran", "acting Foreign Minister", "Afghanistan")]),
 M("m2", "Awan calls on acting Afghan Prime Minister Haqyar (Kabul)", "2025-04-19", "Kabul", "Afghanistan",
   states=["Pakistan", "Afghanistan"],
   parts=[("Tariq Mehmood Awan", "Deputy Prime Minister and Foreign Minister", "Pakistan"),
          ("Mohammad Karim Haqyar", "acting Prime Minister", "Afghanistan")]),
 M("m3", "Meeting of the Pakistani and Afghan special representatives (Islamabad)", "2025-03-11", "Islamabad", "Pakistan",
   states=["Pakistan", "Afghanistan"])],
[S(["Tariq Mehmood Awan"], "concern", None, "use of Afghan soil by TTP and BLA", "The Deputy Prime Minister underscored Pakistan's serious concern over the continued use of Afghan soil by terrorist elements"),
 S(["Tariq Mehmood Awan"], "urge", "Afghan Interim Government", "concrete verifiable action against these groups", "We expect the interim Afghan government to take concrete and verifiable action against these groups"),
 S(["Tariq Mehmood Awan"], "other", "Afghanistan", "peaceful and friendly relations with a stable Afghanistan", "Pakistan wanted peaceful and friendly relations with a stable Afghanistan"),
 S("Afghanistan", "commit", "Pakistan", "territory not used against Pakistan", "The Afghan side assured that Afghan territory would not be allowed to be used against Pakistan"),
 S("Afghanistan", "urge", "Pakistan", "dignified and gradual repatriation", "requested that the repatriation of Afghan nationals be carried out in a dignified and gradual manner"),
 S("meeting:m1", "commit", None, "movement of goods at Torkham and Chaman", "Both sides agreed to facilitate the movement of goods at the Torkham and Chaman crossings"),
 S("meeting:m1", "commit", None, "revive the Joint Coordination Committee", "to revive the Joint Coordination Committee"),
 S("Pakistan", "commit", "Afghanistan", "reduce regulatory duty on Afghan produce", "The Pakistani side announced a reduction of the regulatory duty on Afghan fruit and vegetables"),
 S(["Mohammad Karim Haqyar"], "welcome", None, "the visit", "who welcomed the visit"),
 S(["Mohammad Karim Haqyar"], "other", "Pakistan", "importance of good relations with Pakistan", "the Islamic Emirate attached great importance to good relations with Pakistan")],
[D("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "Fitna al-Khawarij"], "Pakistan", None,
   "the proscribed Tehreek-e-Taliban Pakistan, which the government refers to as Fitna al-Khawarij"),
 D("Balochistan Liberation Army", ["Balochistan Liberation Army"], "Pakistan", "2006",
   "the banned Balochistan Liberation Army, which Pakistan declared a terrorist organisation in 2006")],
[E("Pakistan", "state", "Pakistani side"), E("Afghanistan", "state", "Afghan side"),
 E("Tariq Mehmood Awan", "person"), E("Mohammad Karim Haqyar", "person", "Haqyar", "Prime Minister Haqyar"),
 E("Amir Hamza Zadran", "person", "Zadran"),
 E("Afghan Interim Government", "government", "Afghan interim government", "interim Afghan government", "Islamic Emirate"),
 E("Tehreek-e-Taliban Pakistan", "armed_group", "Fitna al-Khawarij"), E("Balochistan Liberation Army", "armed_group"),
 E("Joint Coordination Committee", "organization"), E("Associated Press of Pakistan", "organization", "APP"),
 E("Kabul", "place", "KABUL"), E("Islamabad", "place"), E("Torkham", "place"), E("Chaman", "place")],
"APP wire. Page date 2025-04-20 and dateline 'Apr 20'; Awan 'arrived here on a day-long visit yesterday' -> both meetings 2025-04-19 (the talks are reported in the same breath as the arrival; the text gives no other day). City Kabul (dateline + 'arrived here'; no other venue). Two meetings: m1 talks with acting FM Zadran ('During the meeting with Zadran'), m2 'called on acting Prime Minister Haqyar'. The opening sentence lumps both persons; participants are split by the later sentences. Afghanistan (not the Taliban) is the participant state: the text says 'the Afghan interim government's acting Prime Minister' -> represents Afghanistan (as p11/p22). Titles as written ('acting Foreign Minister', 'acting Prime Minister'). Holders: 'The Deputy Prime Minister underscored Pakistan's serious concern' and his quote -> the person; 'The Afghan side' / 'The Pakistani side' -> state; 'Both sides agreed' -> meeting:m1. 'requested that the repatriation ...' typed urge, addressee Pakistan (implied; doubtful). DESIGNATIONS: 'the proscribed Tehreek-e-Taliban Pakistan, which the government refers to as Fitna al-Khawarij' -> authority Pakistan, date null (alias Fitna al-Khawarij); 'the banned Balochistan Liberation Army, which Pakistan declared a terrorist organisation in 2006' -> authority Pakistan, date 2006. m3: recalled 'meeting of the special representatives of the two countries held in Islamabad on 11 March' (persons unnamed). The invitation to Zadran to visit Islamabad is PLANNED. Awan, Haqyar and Zadran are the same invented persons as in p22/p23.")

# ---------------- p28
emit("p28_bakhtar_zadran_tehran", """ date 2025-01-27 IEA Foreign Minister meets Iranian officials in Tehran

KABUL (BNA): Mawlawi Amir Hamza Zadran, Foreign Minister of the Islamic Emirate of Afghanistan, who is on an official visit to Tehran, met with Iranian Foreign Minister Mohammad Reza Tavakkoli on Sunday, the ministry's spokesman said.

According to the spokesman, the two sides discussed political, economic and transit relations, the situation of Afghan refugees in Iran, and the implementation of the 1973 Helmand water treaty.

Minister Zadran said the Islamic Emirate wants balanced and economy-centred relations with all its neighbours and called on the Iranian side to stop the forced deportation of Afghan migrants during the winter season. He added that drought had reduced the flow of the Helmand River and that the Islamic Emirate remained committed to the treaty.

Tavakkoli, for his part, said Iran respects the will of the Afghan people and supports the expansion of trade through the Chabahar port. He stressed that Iran expects its water share from the Helmand to be delivered in full, and asked the Afghan side to prevent members of the terrorist group Jaish al-Adl from using Afghan soil. Iran designated Jaish al-Adl as a terrorist organisation after its attacks in Sistan and Baluchestan, he recalled.

Both sides agreed to set up a joint technical committee on water and to increase the number of border markets.

On Monday, Zadran met Iran's First Vice President Mohsen Ghaffari-Nejad. The Iranian First Vice President described Afghanistan as "a brother and neighbour" and said Tehran was ready to invest in the Herat-Mashhad railway and in power projects.

Zadran also met with the Iranian President's special envoy for Afghanistan, Hassan Rezaei-Kermani, on the first day of his visit.

The Foreign Minister had earlier attended the meeting of the Regional Contact Group on Afghanistan, held in Samarkand on 14 December, which brought together the special envoys of China, Iran, Pakistan and Russia.
""",
[M("m1", "Zadran-Tavakkoli talks (Tehran)", "2025-01-26", "Tehran", "Iran",
   states=["Afghanistan", "Iran"],
   parts=[("Amir Hamza Zadran", "Foreign Minister of the Islamic Emirate of Afghanistan", "Afghanistan"),
          ("Mohammad Reza Tavakkoli", "Foreign Minister", "Iran")]),
 M("m2", "Zadran meets Iranian First Vice President Ghaffari-Nejad (Tehran)", "2025-01-27", "Tehran", "Iran",
   states=["Afghanistan", "Iran"],
   parts=[("Amir Hamza Zadran", "Foreign Minister of the Islamic Emirate of Afghanistan", "Afghanistan"),
          ("Mohsen Ghaffari-Nejad", "First Vice President", "Iran")]),
 M("m3", "Zadran meets Iranian special envoy Rezaei-Kermani (Tehran)", None, "Tehran", "Iran",
   states=["Afghanistan", "Iran"],
   parts=[("Amir Hamza Zadran", "Foreign Minister of the Islamic Emirate of Afghanistan", "Afghanistan"),
          ("Hassan Rezaei-Kermani", "Iranian President's special envoy for Afghanistan", "Iran")]),
 M("m4", "Meeting of the Regional Contact Group on Afghanistan (Samarkand)", "2024-12-14", "Samarkand", "Uzbekistan",
   series="Regional Contact Group on Afghanistan",
   states=["China", "Iran", "Pakistan", "Russia", "Afghanistan"],
   parts=[("Amir Hamza Zadran", "Foreign Minister", "Afghanistan")])],
[S(["Amir Hamza Zadran"], "other", None, "balanced economy-centred relations with neighbours", "the Islamic Emirate wants balanced and economy-centred relations with all its neighbours"),
 S(["Amir Hamza Zadran"], "urge", "Iran", "stop forced deportation of Afghan migrants", "called on the Iranian side to stop the forced deportation of Afghan migrants during the winter season"),
 S(["Amir Hamza Zadran"], "commit", None, "committed to the Helmand treaty", "the Islamic Emirate remained committed to the treaty"),
 S(["Mohammad Reza Tavakkoli"], "other", None, "respects the will of the Afghan people", "Iran respects the will of the Afghan people"),
 S(["Mohammad Reza Tavakkoli"], "support", None, "trade through Chabahar", "supports the expansion of trade through the Chabahar port"),
 S(["Mohammad Reza Tavakkoli"], "urge", "Afghanistan", "deliver Iran's Helmand water share", "Iran expects its water share from the Helmand to be delivered in full"),
 S(["Mohammad Reza Tavakkoli"], "urge", "Afghanistan", "prevent Jaish al-Adl from using Afghan soil", "asked the Afghan side to prevent members of the terrorist group Jaish al-Adl from using Afghan soil"),
 S("meeting:m1", "commit", None, "joint technical committee on water, border markets", "Both sides agreed to set up a joint technical committee on water and to increase the number of border markets"),
 S(["Mohsen Ghaffari-Nejad"], "other", "Afghanistan", "Afghanistan a brother and neighbour", "described Afghanistan as \"a brother and neighbour\""),
 S(["Mohsen Ghaffari-Nejad"], "commit", None, "invest in Herat-Mashhad railway and power", "Tehran was ready to invest in the Herat-Mashhad railway and in power projects")],
[D("Jaish al-Adl", ["Jaish al-Adl"], "Iran", None,
   "Iran designated Jaish al-Adl as a terrorist organisation after its attacks in Sistan and Baluchestan")],
[E("Afghanistan", "state", "Islamic Emirate of Afghanistan", "IEA", "Afghan side"), E("Iran", "state", "Iranian side", "Tehran"),
 E("China", "state"), E("Pakistan", "state"), E("Russia", "state"), E("Uzbekistan", "state"),
 E("Amir Hamza Zadran", "person", "Mawlawi Amir Hamza Zadran", "Minister Zadran", "Zadran"),
 E("Mohammad Reza Tavakkoli", "person", "Tavakkoli"), E("Mohsen Ghaffari-Nejad", "person"), E("Hassan Rezaei-Kermani", "person"),
 E("Afghan Interim Government", "government", "Islamic Emirate"),
 E("Jaish al-Adl", "armed_group"), E("Regional Contact Group on Afghanistan", "organization", "Regional Contact Group on Afghanistan"),
 E("Bakhtar News Agency", "organization", "BNA"),
 E("Kabul", "place", "KABUL"), E("Tehran", "place"), E("Samarkand", "place"), E("Helmand River", "place", "Helmand River", "Helmand"),
 E("Chabahar", "place"), E("Sistan and Baluchestan", "place"), E("Herat", "place"), E("Mashhad", "place")],
"Bakhtar (BNA) report from Kabul. Page date 2025-01-27 (Monday); 'on Sunday' -> m1 2025-01-26; 'On Monday' -> m2 2025-01-27 (= page date). m3: 'on the first day of his visit' -> the text never says which day the visit began -> date null (Tehran; told apart from m1 by the persons). Tehran is both the venue (place entity) and a metonym for Iran ('Tehran was ready to invest') -> also an alias of Iran. KABUL is the agency's dateline, not the venue (Tehran). 'Islamic Emirate of Afghanistan' -> Zadran represents Afghanistan, title as written. 'the Islamic Emirate' (bare) -> Afghan Interim Government entity; 'the Afghan side' in a bilateral -> Afghanistan, the participating state (as p26/p27), so the Jaish al-Adl and water demands are addressed to Afghanistan (the water demand's addressee is implied). Speakers hold their own positions (state beside them accepted). 'Iran expects its water share ... to be delivered' -> urge. DESIGNATION: 'Iran designated Jaish al-Adl as a terrorist organisation' (recalled by the FM) -> authority Iran, date not stated (null); 'the terrorist group Jaish al-Adl' in the same paragraph is the same naming. m4: the recalled Regional Contact Group meeting 'held in Samarkand on 14 December' (year: the December before the January page date = 2024), bringing together the special envoys of China, Iran, Pakistan and Russia; Zadran 'attended' -> Afghanistan also a participant state, Zadran a participant ('The Foreign Minister'). The 1973 treaty is a document, not a meeting.")

# ---------------- p29
emit("p29_anadolu_turkey_afghan_istanbul", """ date 2025-06-22 Turkish foreign minister meets Afghan interim government's top diplomat in Istanbul

Aydogdu, Zadran discuss humanitarian aid, trade and regional security on sidelines of OIC meeting

ISTANBUL

Turkish Foreign Minister Cengiz Aydogdu met on Saturday with Amir Hamza Zadran, the foreign minister of Afghanistan's interim government, on the sidelines of the 51st session of the Organisation of Islamic Cooperation (OIC) Council of Foreign Ministers in Istanbul, according to diplomatic sources.

Aydogdu told Zadran that Türkiye would continue to stand by the Afghan people and to deliver humanitarian aid through the Turkish Red Crescent, the sources said, on condition of anonymity due to restrictions on speaking to the media.

The Turkish minister also underlined that the education of girls was a right under Islam and urged the interim administration to lift the restrictions on women's access to schools and the workplace.

Aydogdu further asked for Kabul's cooperation against the Fetullah Terrorist Organization (FETO), the group behind the defeated coup of July 15, 2016, and Daesh/ISIS. Türkiye lists both FETO and the PKK as terrorist organizations.

Zadran, for his part, thanked Ankara for its support and said the interim government sought closer trade ties, including Turkish investment in mining and the reconstruction of Kabul's airport.

The two-day OIC meeting, which opened on Saturday under the chairmanship of Aydogdu, brought together foreign ministers and senior officials from the organization's 57 member states. In his opening address, Aydogdu called on Israel to end its attacks on Gaza and said Türkiye rejected any plan to displace Palestinians from their land. The ministers were also set to discuss the situation in Afghanistan, Syria and Sudan.

Separately, Aydogdu met with Pakistani Deputy Prime Minister and Foreign Minister Tariq Mehmood Awan on the margins of the meeting. The two ministers agreed to hold the next session of the Türkiye-Pakistan High-Level Strategic Cooperation Council in Islamabad later this year.

Aydogdu and Zadran last met in Ankara in November 2023.
""",
[M("m1", "Aydogdu-Zadran meeting on the sidelines of the 51st OIC CFM (Istanbul)", "2025-06-21", "Istanbul", "Turkey",
   states=["Turkey", "Afghanistan"],
   parts=[("Cengiz Aydogdu", "Foreign Minister", "Turkey"),
          ("Amir Hamza Zadran", "foreign minister of Afghanistan's interim government", "Afghanistan")]),
 M("m2", "51st session of the OIC Council of Foreign Ministers (Istanbul)", "2025-06-21", "Istanbul", "Turkey",
   series="OIC Council of Foreign Ministers", ordinal=51, chair="Cengiz Aydogdu",
   states=["Turkey"], orgs=["Organisation of Islamic Cooperation"],
   parts=[("Cengiz Aydogdu", "Foreign Minister", "Turkey")]),
 M("m3", "Aydogdu-Awan meeting on the margins of the OIC CFM (Istanbul)", None, "Istanbul", "Turkey",
   states=["Turkey", "Pakistan"],
   parts=[("Cengiz Aydogdu", "Foreign Minister", "Turkey"),
          ("Tariq Mehmood Awan", "Deputy Prime Minister and Foreign Minister", "Pakistan")]),
 M("m4", "Previous Aydogdu-Zadran meeting (Ankara)", "2023-11", "Ankara", "Turkey",
   states=["Turkey", "Afghanistan"],
   parts=[("Cengiz Aydogdu", None, "Turkey"), ("Amir Hamza Zadran", None, "Afghanistan")])],
[S(["Cengiz Aydogdu"], "commit", None, "stand by Afghans, deliver aid via Turkish Red Crescent", "Türkiye would continue to stand by the Afghan people and to deliver humanitarian aid through the Turkish Red Crescent"),
 S(["Cengiz Aydogdu"], "other", None, "girls' education a right under Islam", "the education of girls was a right under Islam"),
 S(["Cengiz Aydogdu"], "urge", "Afghan Interim Government", "lift restrictions on women", "urged the interim administration to lift the restrictions on women's access to schools and the workplace"),
 S(["Cengiz Aydogdu"], "urge", "Afghan Interim Government", "cooperation against FETO and Daesh", "Aydogdu further asked for Kabul's cooperation against the Fetullah Terrorist Organization (FETO)"),
 S(["Amir Hamza Zadran"], "appreciate", "Turkey", "Turkish support", "Zadran, for his part, thanked Ankara for its support"),
 S(["Amir Hamza Zadran"], "other", "Turkey", "closer trade ties, Turkish investment", "the interim government sought closer trade ties, including Turkish investment in mining and the reconstruction of Kabul's airport"),
 S(["Cengiz Aydogdu"], "urge", "Israel", "end attacks on Gaza", "Aydogdu called on Israel to end its attacks on Gaza"),
 S(["Cengiz Aydogdu"], "oppose", None, "displacement of Palestinians", "Türkiye rejected any plan to displace Palestinians from their land"),
 S("meeting:m3", "commit", None, "next HLSCC session in Islamabad", "The two ministers agreed to hold the next session of the Türkiye-Pakistan High-Level Strategic Cooperation Council in Islamabad later this year")],
[D("Fetullah Terrorist Organization", ["Fetullah Terrorist Organization", "FETO"], "Turkey", None,
   "Türkiye lists both FETO and the PKK as terrorist organizations"),
 D("Kurdistan Workers' Party", ["PKK"], "Turkey", None,
   "Türkiye lists both FETO and the PKK as terrorist organizations")],
[E("Turkey", "state", "Türkiye", "Ankara"), E("Afghanistan", "state"), E("Pakistan", "state"), E("Israel", "state"),
 E("Cengiz Aydogdu", "person", "Aydogdu"), E("Amir Hamza Zadran", "person", "Zadran"), E("Tariq Mehmood Awan", "person"),
 E("Afghan Interim Government", "government", "Afghanistan's interim government", "interim administration", "interim government", "Kabul"),
 E("Organisation of Islamic Cooperation", "igo", "Organisation of Islamic Cooperation", "OIC"),
 E("Turkish Red Crescent", "organization"), E("Fetullah Terrorist Organization", "armed_group", "FETO"),
 E("Kurdistan Workers' Party", "armed_group", "PKK"), E("Islamic State", "armed_group", "Daesh/ISIS"),
 E("Türkiye-Pakistan High-Level Strategic Cooperation Council", "organization", "Türkiye-Pakistan High-Level Strategic Cooperation Council"),
 E("Anadolu Agency", "organization"),
 E("Istanbul", "place", "ISTANBUL"), E("Ankara", "place"), E("Gaza Strip", "place", "Gaza"), E("Islamabad", "place"),
 E("Syria", "state"), E("Sudan", "state")],
"Anadolu-style report. Page date 2025-06-22 (Sunday); 'met on Saturday' -> 2025-06-21; the OIC meeting 'opened on Saturday' -> m2 2025-06-21 (two-day meeting, first day). City Istanbul ('in Istanbul'; the ISTANBUL dateline agrees). m1 bilateral on the sidelines; Zadran's title as written ('the foreign minister of Afghanistan's interim government') -> represents Afghanistan. m2: the 51st OIC CFM, 'under the chairmanship of Aydogdu' -> chair, ordinal 51; '57 member states' are not named -> participant_states only Turkey (the chair's state). m3: 'Separately, Aydogdu met with ... Awan on the margins of the meeting' -> city Istanbul, day not stated -> null (told apart by persons). m4: recalled 'last met in Ankara in November 2023' -> date '2023-11', titles not restated (null). Stances by 'diplomatic sources' reporting Aydogdu -> holder Aydogdu (the sources are reporting, not holding). 'asked for Kabul's cooperation' -> urge, addressee Afghan Interim Government ('Kabul' as metonym for the interim government, alias). Opening-address positions (Israel, Palestinians) are Aydogdu's as chair -> holder the person, not the meeting. 'The ministers were also set to discuss ...' is not a stance. DESIGNATIONS: 'Türkiye lists both FETO and the PKK as terrorist organizations' -> two items, authority Turkey, date null; the name 'Fetullah Terrorist Organization' itself is Türkiye's label. Daesh/ISIS is named only as a target of cooperation (not designated by the text; judgement call, could be argued as named terrorist by context). 'the defeated coup of July 15, 2016' is an event, not a meeting. The HLSCC session in Islamabad is PLANNED.")

# ---------------- p30
emit("p30_kazinform_almaty_envoys", """ date 2025-03-06 Almaty hosts regional meeting of special envoys on Afghanistan

ALMATY. KAZINFORM - A regional meeting of special representatives and envoys for Afghanistan took place in Almaty on Wednesday, the press service of the Kazakh Foreign Ministry reports.

The meeting, chaired by Kazakh Deputy Foreign Minister Arman Seitkaliyev, was attended by special representatives of the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of Tajikistan, Turkmenistan and the Republic of Uzbekistan, as well as representatives of the European Union, the United States, the United Kingdom, Japan and Norway. Head of the UN Regional Centre for Preventive Diplomacy for Central Asia (UNRCCA) Elena Rusu-Lupu also took part in the meeting. Representatives of the Afghan interim government were not invited.

Opening the meeting, Seitkaliyev said that Kazakhstan stands for the gradual integration of Afghanistan into regional economic processes and supports the establishment of a UN Regional Centre for the Sustainable Development Goals for Central Asia and Afghanistan in Almaty. "Isolation of Afghanistan will only aggravate the humanitarian crisis and create new threats," he said.

The participants exchanged views on the humanitarian, security and socio-economic situation in Afghanistan. They noted with concern the continuing activity of terrorist organizations on Afghan territory, including ISIL-Khorasan, and called on the de facto authorities to fulfil their counter-terrorism obligations.

The EU Special Envoy for Afghanistan, Henrik Vallander, said the European Union would continue to fund basic services for Afghans but would not recognize the Taliban regime as long as women were excluded from education and work.

The Uzbek representative, Ambassador Ilhom Nematullaev, drew attention to the Trans-Afghan railway and welcomed the progress achieved on the Termez-Mazar-i-Sharif-Kabul section.

The participants agreed that women's rights and inclusive governance remain key to the normalization of Afghanistan's relations with the international community.

Kazakhstan excluded the Taliban movement from its list of banned organizations in December 2023. The movement had been included in the list of terrorist organizations by a court ruling in 2005.

The next meeting in this format is planned to be held in Tashkent.
""",
[M("m1", "Regional meeting of special representatives and envoys for Afghanistan (Almaty)", "2025-03-05", "Almaty", "Kazakhstan",
   chair="Arman Seitkaliyev",
   states=["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan", "United States", "United Kingdom", "Japan", "Norway"],
   orgs=["European Union", "United Nations Regional Centre for Preventive Diplomacy for Central Asia"],
   parts=[("Arman Seitkaliyev", "Deputy Foreign Minister", "Kazakhstan"),
          ("Elena Rusu-Lupu", "Head of the UN Regional Centre for Preventive Diplomacy for Central Asia (UNRCCA)", "United Nations Regional Centre for Preventive Diplomacy for Central Asia"),
          ("Henrik Vallander", "EU Special Envoy for Afghanistan", "European Union"),
          ("Ilhom Nematullaev", "Ambassador", "Uzbekistan")])],
[S(["Arman Seitkaliyev"], "support", "Afghanistan", "gradual integration of Afghanistan into regional economy", "Kazakhstan stands for the gradual integration of Afghanistan into regional economic processes"),
 S(["Arman Seitkaliyev"], "support", None, "UN SDG centre in Almaty", "supports the establishment of a UN Regional Centre for the Sustainable Development Goals for Central Asia and Afghanistan in Almaty"),
 S(["Arman Seitkaliyev"], "concern", None, "isolation aggravates crisis", "Isolation of Afghanistan will only aggravate the humanitarian crisis and create new threats"),
 S("meeting:m1", "concern", None, "terrorist organizations on Afghan territory", "They noted with concern the continuing activity of terrorist organizations on Afghan territory, including ISIL-Khorasan"),
 S("meeting:m1", "urge", "Afghan Interim Government", "fulfil counter-terrorism obligations", "called on the de facto authorities to fulfil their counter-terrorism obligations"),
 S(["Henrik Vallander"], "commit", None, "EU funding of basic services", "the European Union would continue to fund basic services for Afghans"),
 S(["Henrik Vallander"], "oppose", "Taliban", "no recognition while women excluded", "would not recognize the Taliban regime as long as women were excluded from education and work"),
 S(["Ilhom Nematullaev"], "welcome", None, "progress on Termez-Mazar-i-Sharif-Kabul railway", "welcomed the progress achieved on the Termez-Mazar-i-Sharif-Kabul section"),
 S("meeting:m1", "other", None, "women's rights and inclusive governance key to normalization", "The participants agreed that women's rights and inclusive governance remain key to the normalization of Afghanistan's relations with the international community")],
[D("Islamic State Khorasan Province", ["ISIL-Khorasan"], "meeting:m1", None,
   "terrorist organizations on Afghan territory, including ISIL-Khorasan"),
 D("Taliban", ["Taliban movement"], "Kazakhstan", "2005",
   "The movement had been included in the list of terrorist organizations by a court ruling in 2005")],
[E("Kazakhstan", "state", "Republic of Kazakhstan"), E("Kyrgyzstan", "state", "Kyrgyz Republic"), E("Tajikistan", "state", "Republic of Tajikistan"),
 E("Turkmenistan", "state"), E("Uzbekistan", "state", "Republic of Uzbekistan"), E("United States", "state", "United States"),
 E("United Kingdom", "state", "United Kingdom"), E("Japan", "state"), E("Norway", "state"), E("Afghanistan", "state"),
 E("European Union", "igo", "European Union", "EU"),
 E("United Nations Regional Centre for Preventive Diplomacy for Central Asia", "igo", "UN Regional Centre for Preventive Diplomacy for Central Asia", "UNRCCA"),
 E("Arman Seitkaliyev", "person", "Seitkaliyev"), E("Elena Rusu-Lupu", "person"), E("Henrik Vallander", "person"),
 E("Ilhom Nematullaev", "person", "Ambassador Ilhom Nematullaev"),
 E("Ministry of Foreign Affairs of Kazakhstan", "government", "Kazakh Foreign Ministry"),
 E("Afghan Interim Government", "government", "Afghan interim government", "de facto authorities"),
 E("Taliban", "armed_group", "Taliban movement", "Taliban regime"),
 E("Islamic State Khorasan Province", "armed_group", "ISIL-Khorasan"), E("Kazinform", "organization", "KAZINFORM"),
 E("Almaty", "place", "ALMATY"), E("Tashkent", "place"), E("Termez", "place"), E("Mazar-i-Sharif", "place"), E("Kabul", "place")],
"Kazinform wire. Page date 2025-03-06 (Thursday); 'took place in Almaty on Wednesday' -> 2025-03-05. No series name or ordinal ('A regional meeting'). Chair: the Kazakh Deputy FM ('chaired by'). participant_states: the five Central Asian states in long official form + 'representatives of ... the United States, the United Kingdom, Japan and Norway' = 9; the EU and UNRCCA as participant_orgs. 'Representatives of the Afghan interim government were not invited' -> Afghanistan is NOT a participant (distractor). Participants: Seitkaliyev (title 'Deputy Foreign Minister'), the UNRCCA head (title as written), the EU envoy (title 'EU Special Envoy for Afghanistan'), 'The Uzbek representative, Ambassador Ilhom Nematullaev' (title 'Ambassador', represents Uzbekistan). 'The participants' / 'They' -> meeting:m1. Seitkaliyev's opening -> holder the person (Kazakhstan beside him accepted). 'stands for' typed support. 'The participants agreed that ... remain key' -> other (a shared assessment, not a commitment). DESIGNATIONS: 'terrorist organizations on Afghan territory, including ISIL-Khorasan' -> authority meeting:m1; DE-LISTING: Kazakhstan 'excluded the Taliban movement from its list of banned organizations in December 2023' and states the original listing 'by a court ruling in 2005' -> one item for the 2005 listing, authority Kazakhstan (as p13; the removal itself is not a designation). The Tashkent meeting is PLANNED.")
