from common import *

# ---------------- p06
emit("p06_state_fto_cartels", """ date 2025-02-20 Designation of Cartels as Foreign Terrorist Organizations

PRESS STATEMENT
Office of the Spokesperson
February 20, 2025

Today, the Department of State designated Tren de Aragua, Cartel de Jalisco Nueva Generacion (CJNG) and Cartel del Golfo as Foreign Terrorist Organizations (FTOs) and as Specially Designated Global Terrorists (SDGTs). These groups traffic fentanyl, weapons and people across our borders, and the United States is deeply concerned by the violence they inflict on communities throughout the hemisphere.

The designations follow talks held in Mexico City on Monday between Deputy Secretary of State Raymond Okafor-Lindqvist and Mexico's Secretary of Foreign Affairs Veronica Salgado Ibarra, at which both sides agreed to intensify joint efforts against fentanyl trafficking and the illicit flow of firearms. The Deputy Secretary expressed appreciation for Mexico's deployment of additional troops to the northern border. Secretary Salgado said Mexico would cooperate fully but rejected any unilateral action on Mexican soil.

The United States calls on all governments in the region to deny these groups access to their financial systems.

These actions build on earlier steps. In November 2021, the Department revoked the FTO designation of the Revolutionary Armed Forces of Colombia (FARC), which had been designated in 1997, following the group's demobilization under the peace accord, and designated two dissident offshoots, Segunda Marquetalia and FARC-EP, as FTOs.

The U.S.-Mexico High-Level Security Dialogue will convene in Washington next month to review progress.
""",
[M("m1", "Talks between US Deputy Secretary of State Okafor-Lindqvist and Mexican Foreign Secretary Salgado Ibarra (Mexico City)", "2025-02-17", "Mexico City", "Mexico",
   states=["United States", "Mexico"],
   parts=[("Raymond Okafor-Lindqvist", "Deputy Secretary of State", "United States"),
          ("Veronica Salgado Ibarra", "Secretary of Foreign Affairs", "Mexico")])],
[S("United States", "concern", None, "violence of the cartels in the hemisphere", "the United States is deeply concerned by the violence they inflict on communities throughout the hemisphere"),
 S("meeting:m1", "commit", None, "joint efforts against fentanyl and firearms trafficking", "both sides agreed to intensify joint efforts against fentanyl trafficking and the illicit flow of firearms"),
 S("Raymond Okafor-Lindqvist", "appreciate", "Mexico", "Mexican troop deployment to the northern border", "The Deputy Secretary expressed appreciation for Mexico's deployment of additional troops to the northern border"),
 S("Veronica Salgado Ibarra", "commit", None, "Mexico will cooperate fully", "Mexico would cooperate fully"),
 S("Veronica Salgado Ibarra", "oppose", "United States", "unilateral action on Mexican soil", "rejected any unilateral action on Mexican soil"),
 S("United States", "urge", None, "deny cartels access to financial systems", "The United States calls on all governments in the region to deny these groups access to their financial systems")],
[D("Tren de Aragua", ["Tren de Aragua"], "United States", "2025-02-20", "the Department of State designated Tren de Aragua, Cartel de Jalisco Nueva Generacion (CJNG) and Cartel del Golfo as Foreign Terrorist Organizations (FTOs)"),
 D("Cartel de Jalisco Nueva Generacion", ["Cartel de Jalisco Nueva Generacion", "CJNG"], "United States", "2025-02-20", "the Department of State designated Tren de Aragua, Cartel de Jalisco Nueva Generacion (CJNG) and Cartel del Golfo as Foreign Terrorist Organizations (FTOs)"),
 D("Cartel del Golfo", ["Cartel del Golfo"], "United States", "2025-02-20", "the Department of State designated Tren de Aragua, Cartel de Jalisco Nueva Generacion (CJNG) and Cartel del Golfo as Foreign Terrorist Organizations (FTOs)"),
 D("Revolutionary Armed Forces of Colombia", ["Revolutionary Armed Forces of Colombia", "FARC"], "United States", "1997", "the Department revoked the FTO designation of the Revolutionary Armed Forces of Colombia (FARC), which had been designated in 1997"),
 D("Segunda Marquetalia", ["Segunda Marquetalia"], "United States", "2021-11", "designated two dissident offshoots, Segunda Marquetalia and FARC-EP, as FTOs"),
 D("FARC-EP", ["FARC-EP"], "United States", "2021-11", "designated two dissident offshoots, Segunda Marquetalia and FARC-EP, as FTOs")],
[E("United States", "state", "United States", "U.S."), E("Mexico", "state"), E("Colombia", "state"),
 E("Department of State", "government", "Department of State"),
 E("Raymond Okafor-Lindqvist", "person", "Okafor-Lindqvist"), E("Veronica Salgado Ibarra", "person", "Salgado Ibarra", "Secretary Salgado"),
 E("Tren de Aragua", "armed_group"), E("Cartel de Jalisco Nueva Generacion", "armed_group", "CJNG"), E("Cartel del Golfo", "armed_group"),
 E("Revolutionary Armed Forces of Colombia", "armed_group", "FARC"), E("Segunda Marquetalia", "armed_group"), E("FARC-EP", "armed_group"),
 E("Mexico City", "place"), E("Washington", "place")],
"US State Department press statement. Page date and header both 2025-02-20 (a Thursday). Designations by 'the Department of State' -> authority United States (the state, as seed 002 uses Russia for 'Moscow designated'); a converter giving 'Department of State' as authority is arguably right too. Three FTO designations dated 2025-02-20 ('Today'). FARC: the text reports a DE-LISTING ('revoked the FTO designation ... in November 2021') and states the original listing ('had been designated in 1997') -> ONE designation item for the original 1997 listing (authority United States, date 1997); the revocation itself is not a designation (judgement call, following the dev2 de-listing case as described in its README). Segunda Marquetalia and FARC-EP designated in November 2021 -> date 2021-11. m1: 'talks held in Mexico City on Monday' -> the Monday before Thursday 20 Feb 2025 = 2025-02-17. Titles as written ('Deputy Secretary of State', 'Secretary of Foreign Affairs'). 'The U.S.-Mexico High-Level Security Dialogue will convene in Washington next month' is PLANNED -> not a meeting. Press-statement positions ('the United States is deeply concerned', 'The United States calls on') -> holder United States. 'rejected any unilateral action on Mexican soil' -> oppose, addressee United States (implied by context; doubtful, could be null). 'all governments in the region' -> addressee null. Accents deliberately dropped in the text ('Generacion', 'Veronica').")

# ---------------- p07
emit("p07_uk_nigeria_security_dialogue", """UK and Nigeria deepen security partnership at Abuja dialogue

From: Foreign, Commonwealth & Development Office and Ministry of Defence
Published 14 November 2024

Foreign Secretary Eleanor Whitcombe and Defence Secretary Marcus Adeyemi-Hart today co-chaired the UK-Nigeria Security and Defence Partnership dialogue in Abuja with Nigeria's Minister of Foreign Affairs Ibrahim Danjuma Yakubu and National Security Adviser Chukwuemeka Nwosu-Eze.

The two governments reaffirmed their commitment to defeating Boko Haram and Islamic State West Africa Province (ISWAP), both proscribed terrorist organisations in the UK, and agreed a new package of counter-terrorism training for Nigerian security forces.

Speaking after the dialogue, the Foreign Secretary said:

"Nigeria is a vital partner. We condemn the brutal attacks on communities in the north-east, and we will stand with Nigeria for as long as it takes."

The UK also welcomed Nigeria's leadership of the Multinational Joint Task Force in the Lake Chad Basin. Nigeria's Foreign Minister expressed appreciation for British humanitarian funding for displaced families in Borno State, and called on international partners to help close the funding gap in the UN's humanitarian appeal for Nigeria.

Both sides expressed concern at the growing links between terrorist groups and kidnap-for-ransom gangs in the north-west.

On the margins of the dialogue, the Defence Secretary held a separate meeting with Nigeria's Chief of Defence Staff, General Abdulrahman Tukur Bello, to discuss maritime security in the Gulf of Guinea.

The next round of the dialogue will take place in London in 2025.
""",
[M("m1", "UK-Nigeria Security and Defence Partnership dialogue (Abuja)", "2024-11-14", "Abuja", "Nigeria",
   series="UK-Nigeria Security and Defence Partnership dialogue", states=["United Kingdom", "Nigeria"],
   parts=[("Eleanor Whitcombe", "Foreign Secretary", "United Kingdom"), ("Marcus Adeyemi-Hart", "Defence Secretary", "United Kingdom"),
          ("Ibrahim Danjuma Yakubu", "Minister of Foreign Affairs", "Nigeria"), ("Chukwuemeka Nwosu-Eze", "National Security Adviser", "Nigeria")]),
 M("m2", "Meeting of UK Defence Secretary Adeyemi-Hart and Nigeria's Chief of Defence Staff (margins of the dialogue)", None, "Abuja", "Nigeria",
   states=["United Kingdom", "Nigeria"],
   parts=[("Marcus Adeyemi-Hart", "Defence Secretary", "United Kingdom"), ("Abdulrahman Tukur Bello", "Chief of Defence Staff", "Nigeria")])],
[S("meeting:m1", "reaffirm", ["Boko Haram", "Islamic State West Africa Province"], "defeat Boko Haram and ISWAP", "The two governments reaffirmed their commitment to defeating Boko Haram and Islamic State West Africa Province (ISWAP)"),
 S("meeting:m1", "commit", None, "counter-terrorism training package", "agreed a new package of counter-terrorism training for Nigerian security forces"),
 S("Eleanor Whitcombe", "condemn", None, "attacks on communities in the north-east", "We condemn the brutal attacks on communities in the north-east"),
 S("Eleanor Whitcombe", "commit", "Nigeria", "stand with Nigeria", "we will stand with Nigeria for as long as it takes"),
 S("United Kingdom", "welcome", "Nigeria", "Nigeria's leadership of the MNJTF", "The UK also welcomed Nigeria's leadership of the Multinational Joint Task Force in the Lake Chad Basin"),
 S("Ibrahim Danjuma Yakubu", "appreciate", "United Kingdom", "British humanitarian funding", "Nigeria's Foreign Minister expressed appreciation for British humanitarian funding for displaced families in Borno State"),
 S("Ibrahim Danjuma Yakubu", "urge", "international partners", "close the UN humanitarian appeal funding gap", "called on international partners to help close the funding gap in the UN's humanitarian appeal for Nigeria"),
 S("meeting:m1", "concern", None, "links between terrorists and kidnap gangs", "Both sides expressed concern at the growing links between terrorist groups and kidnap-for-ransom gangs in the north-west")],
[D("Boko Haram", ["Boko Haram"], "United Kingdom", None, "Boko Haram and Islamic State West Africa Province (ISWAP), both proscribed terrorist organisations in the UK"),
 D("Islamic State West Africa Province", ["Islamic State West Africa Province", "ISWAP"], "United Kingdom", None, "Boko Haram and Islamic State West Africa Province (ISWAP), both proscribed terrorist organisations in the UK")],
[E("United Kingdom", "state", "UK"), E("Nigeria", "state"),
 E("Foreign, Commonwealth & Development Office", "government"), E("Ministry of Defence", "government"),
 E("Eleanor Whitcombe", "person"), E("Marcus Adeyemi-Hart", "person"), E("Ibrahim Danjuma Yakubu", "person"),
 E("Chukwuemeka Nwosu-Eze", "person"), E("Abdulrahman Tukur Bello", "person"),
 E("Boko Haram", "armed_group"), E("Islamic State West Africa Province", "armed_group", "ISWAP"),
 E("Multinational Joint Task Force", "igo"), E("United Nations", "igo", "UN"),
 E("Abuja", "place"), E("London", "place"), E("Borno State", "place"), E("Lake Chad Basin", "place"), E("Gulf of Guinea", "place")],
"UK government news story. 'Published 14 November 2024' + 'today' -> 2024-11-14. The dialogue was 'co-chaired' by two UK ministers (and implicitly the Nigerian side): chair left null because the schema takes one chair and the text gives two co-chairs. Four participants with titles as first written (Yakubu: 'Minister of Foreign Affairs', later 'Nigeria's Foreign Minister'). m2: the Defence Secretary's 'separate meeting' on the margins with the Chief of Defence Staff ('General' is a rank, not in the name): city Abuja from the margins relation, day not stated -> null (as dev2 g2_01 side meetings); told apart from m1 by its persons. Joint positions ('The two governments', 'Both sides') -> meeting:m1; the Foreign Secretary's quoted words -> her; 'The UK also welcomed' -> United Kingdom. Designations: 'Boko Haram and ISWAP, both proscribed terrorist organisations in the UK' -> authority United Kingdom, date not stated. 'terrorist groups' in the north-west concern is generic. 'The next round of the dialogue will take place in London in 2025' -> planned, not a meeting.")

# ---------------- p08
emit("p08_turkey_iraq_presser", """ date 2024-08-16 Transcript of the joint press conference of Foreign Minister Mehmet Kaan Erguven and Iraqi Foreign Minister Hassan Abdulkarim Al-Jubouri, Ankara, 15 August 2024

FOREIGN MINISTER ERGUVEN: Dear members of the press, welcome. I am pleased to host my dear brother Hassan in Ankara. Today we held the fourth meeting of the Türkiye-Iraq High-Level Security Mechanism, and we discussed the Development Road project, water, energy and the fight against terrorism.

The PKK is a terrorist organisation that threatens not only Türkiye but also the sovereignty and stability of Iraq. We welcome the decision of Iraq's National Security Council to ban the PKK, and we urge our Iraqi friends to take concrete steps to clear the organisation from Sinjar and Makhmour.

We also reaffirm our support for the territorial integrity and political unity of Iraq.

FOREIGN MINISTER AL-JUBOURI: Thank you, brother. Iraq will not allow its territory to be used as a base for attacks against any neighbouring country, including Türkiye. At the same time, we call on our Turkish friends to respect Iraqi sovereignty and to coordinate any security operation with Baghdad.

On water, we have asked Türkiye to increase the releases from the Tigris and Euphrates during the summer months, and I thank the Turkish side for its positive response.

QUESTION: Minister, when will the leaders meet?

FOREIGN MINISTER ERGUVEN: The fifth meeting of the mechanism will be held in Baghdad before the end of the year, and our leaders will meet on that occasion.
""",
[M("m1", "Fourth meeting of the Türkiye-Iraq High-Level Security Mechanism (Ankara)", "2024-08-15", "Ankara", "Turkey",
   series="Türkiye-Iraq High-Level Security Mechanism", ordinal=4, states=["Turkey", "Iraq"],
   parts=[("Mehmet Kaan Erguven", "Foreign Minister", "Turkey"), ("Hassan Abdulkarim Al-Jubouri", "Foreign Minister", "Iraq")])],
[S("Mehmet Kaan Erguven", "welcome", "Iraq", "Iraqi NSC decision to ban the PKK", "We welcome the decision of Iraq's National Security Council to ban the PKK"),
 S("Mehmet Kaan Erguven", "urge", "Iraq", "clear the PKK from Sinjar and Makhmour", "we urge our Iraqi friends to take concrete steps to clear the organisation from Sinjar and Makhmour"),
 S("Mehmet Kaan Erguven", "reaffirm", "Iraq", "territorial integrity and political unity of Iraq", "We also reaffirm our support for the territorial integrity and political unity of Iraq"),
 S("Hassan Abdulkarim Al-Jubouri", "commit", None, "Iraqi territory not used against neighbours", "Iraq will not allow its territory to be used as a base for attacks against any neighbouring country"),
 S("Hassan Abdulkarim Al-Jubouri", "urge", "Turkey", "respect Iraqi sovereignty, coordinate operations", "we call on our Turkish friends to respect Iraqi sovereignty and to coordinate any security operation with Baghdad"),
 S("Hassan Abdulkarim Al-Jubouri", "urge", "Turkey", "increase Tigris and Euphrates water releases", "we have asked Türkiye to increase the releases from the Tigris and Euphrates during the summer months"),
 S("Hassan Abdulkarim Al-Jubouri", "appreciate", "Turkey", "Turkish positive response on water", "I thank the Turkish side for its positive response")],
[D("Kurdistan Workers' Party", ["PKK"], "Turkey", None, "The PKK is a terrorist organisation")],
[E("Turkey", "state", "Türkiye", "Turkish side"), E("Iraq", "state", "Baghdad"),
 E("Mehmet Kaan Erguven", "person", "ERGUVEN"), E("Hassan Abdulkarim Al-Jubouri", "person", "AL-JUBOURI", "Hassan"),
 E("Kurdistan Workers' Party", "armed_group", "PKK"), E("National Security Council of Iraq", "government", "Iraq's National Security Council"),
 E("Ankara", "place"), E("Sinjar", "place"), E("Makhmour", "place")],
"Press-conference transcript (Turkish MFA style). Page date 2024-08-16; header 'Ankara, 15 August 2024' + 'Today we held the fourth meeting of the Türkiye-Iraq High-Level Security Mechanism' -> m1 2024-08-15, Ankara, ordinal 4. First-person plural ('we urge', 'We welcome', 'We also reaffirm') spoken by the Turkish FM -> holder the speaker (Turkey beside him accepted); Al-Jubouri's 'we call on our Turkish friends' likewise. 'our Iraqi friends' -> addressee Iraq; 'our Turkish friends' / 'the Turkish side' -> Turkey. 'Baghdad' in 'coordinate any security operation with Baghdad' is metonymy for Iraq (alias) -- but 'Baghdad' is also the PLANNED venue of the fifth meeting ('will be held in Baghdad before the end of the year'), which is NOT a meeting. Designation: 'The PKK is a terrorist organisation' said by the Turkish FM -> authority Turkey (the speaker's state), date null. Iraq's National Security Council decision 'to ban the PKK' is a ban, not called a terrorist listing in the text -> not a second designation (judgement call). 'the organisation' = the PKK. Turkish FM's name deliberately without Turkish diacritics ('Erguven').")
