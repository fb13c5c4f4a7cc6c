from common import *

# ---------------- p31
emit("p31_wam_gcc_centralasia_tashkent", """ date 2025-05-13 GCC, Central Asian foreign ministers hold third joint ministerial meeting in Tashkent

TASHKENT, 12th May, 2025 (WAM) -- The third Joint Ministerial Meeting of the Strategic Dialogue between the Gulf Cooperation Council (GCC) and the Central Asian countries was held today in Tashkent, co-chaired by Sheikh Hamdan bin Saif Al Mazrouei, Minister of State, whose country holds the presidency of the current session of the GCC Ministerial Council, and Akmal Rakhimov, Minister of Foreign Affairs of the Republic of Uzbekistan.

The meeting was attended by foreign ministers and heads of delegations of the United Arab Emirates, the Kingdom of Bahrain, the Kingdom of Saudi Arabia, the Sultanate of Oman, the State of Qatar and the State of Kuwait, as well as the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of Tajikistan and Turkmenistan, in addition to GCC Secretary-General Faisal Abdulrahman Al-Mutairi.

In a joint statement issued at the conclusion of the meeting, the ministers affirmed their commitment to the Joint Action Plan for 2023-2027 and welcomed the outcomes of the second GCC-Central Asia Summit held in Samarkand on 2 May 2025. They agreed to accelerate negotiations on a framework agreement for trade and investment and to launch a joint working group on food security.

The ministers condemned the attacks carried out by the Houthis on commercial vessels in the Red Sea and the Bab el-Mandeb Strait, stressing the importance of freedom of navigation. They called for an immediate and permanent ceasefire in the Gaza Strip and the unhindered entry of humanitarian aid.

The GCC side reiterated its support for the UAE's sovereignty over its three islands, Greater Tunb, Lesser Tunb and Abu Musa, and called on Iran to respond to the UAE's initiative to resolve the issue through direct negotiations or the International Court of Justice.

Speaking at the meeting, Sheikh Hamdan said the UAE regarded Central Asia as "a natural partner in energy transition and connectivity", and announced that the UAE would host a GCC-Central Asia investment forum later this year.

On the sidelines of the meeting, Sheikh Hamdan met with Rakhimov and discussed ways to enhance bilateral cooperation, in particular in renewable energy and logistics.
""",
[M("m1", "Third Joint Ministerial Meeting of the GCC-Central Asia Strategic Dialogue (Tashkent)", "2025-05-12", "Tashkent", "Uzbekistan",
   series="Strategic Dialogue between the GCC and Central Asian countries", ordinal=3,
   states=["United Arab Emirates", "Bahrain", "Saudi Arabia", "Oman", "Qatar", "Kuwait", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"],
   orgs=["Gulf Cooperation Council"],
   parts=[("Hamdan bin Saif Al Mazrouei", "Minister of State", "United Arab Emirates"),
          ("Akmal Rakhimov", "Minister of Foreign Affairs of the Republic of Uzbekistan", "Uzbekistan"),
          ("Faisal Abdulrahman Al-Mutairi", "GCC Secretary-General", "Gulf Cooperation Council")]),
 M("m2", "Second GCC-Central Asia Summit (Samarkand)", "2025-05-02", "Samarkand", "Uzbekistan",
   series="GCC-Central Asia Summit", ordinal=2, orgs=["Gulf Cooperation Council"]),
 M("m3", "Al Mazrouei-Rakhimov meeting on the sidelines (Tashkent)", "2025-05-12", "Tashkent", "Uzbekistan",
   states=["United Arab Emirates", "Uzbekistan"],
   parts=[("Hamdan bin Saif Al Mazrouei", "Minister of State", "United Arab Emirates"),
          ("Akmal Rakhimov", "Minister of Foreign Affairs of the Republic of Uzbekistan", "Uzbekistan")])],
[S("meeting:m1", "reaffirm", None, "Joint Action Plan 2023-2027", "the ministers affirmed their commitment to the Joint Action Plan for 2023-2027"),
 S("meeting:m1", "welcome", None, "outcomes of the second GCC-Central Asia Summit", "welcomed the outcomes of the second GCC-Central Asia Summit held in Samarkand on 2 May 2025"),
 S("meeting:m1", "commit", None, "accelerate trade and investment framework negotiations", "They agreed to accelerate negotiations on a framework agreement for trade and investment"),
 S("meeting:m1", "commit", None, "joint working group on food security", "to launch a joint working group on food security"),
 S("meeting:m1", "condemn", "Houthis", "Houthi attacks on commercial vessels", "The ministers condemned the attacks carried out by the Houthis on commercial vessels in the Red Sea and the Bab el-Mandeb Strait"),
 S("meeting:m1", "support", None, "freedom of navigation", "stressing the importance of freedom of navigation"),
 S("meeting:m1", "urge", None, "ceasefire in Gaza and humanitarian access", "They called for an immediate and permanent ceasefire in the Gaza Strip and the unhindered entry of humanitarian aid"),
 S(["United Arab Emirates", "Bahrain", "Saudi Arabia", "Oman", "Qatar", "Kuwait"], "support", "United Arab Emirates", "UAE sovereignty over the three islands", "The GCC side reiterated its support for the UAE's sovereignty over its three islands, Greater Tunb, Lesser Tunb and Abu Musa"),
 S(["United Arab Emirates", "Bahrain", "Saudi Arabia", "Oman", "Qatar", "Kuwait"], "urge", "Iran", "respond to UAE initiative on the islands", "called on Iran to respond to the UAE's initiative to resolve the issue through direct negotiations or the International Court of Justice"),
 S(["Hamdan bin Saif Al Mazrouei"], "other", None, "Central Asia a natural partner", "the UAE regarded Central Asia as \"a natural partner in energy transition and connectivity\""),
 S(["Hamdan bin Saif Al Mazrouei"], "commit", None, "host GCC-Central Asia investment forum", "announced that the UAE would host a GCC-Central Asia investment forum later this year")],
[],
[E("United Arab Emirates", "state", "United Arab Emirates", "UAE"), E("Bahrain", "state", "Kingdom of Bahrain"),
 E("Saudi Arabia", "state", "Kingdom of Saudi Arabia"), E("Oman", "state", "Sultanate of Oman"), E("Qatar", "state", "State of Qatar"),
 E("Kuwait", "state", "State of Kuwait"), E("Kazakhstan", "state", "Republic of Kazakhstan"), E("Kyrgyzstan", "state", "Kyrgyz Republic"),
 E("Tajikistan", "state", "Republic of Tajikistan"), E("Turkmenistan", "state"), E("Uzbekistan", "state", "Republic of Uzbekistan"),
 E("Iran", "state"),
 E("Gulf Cooperation Council", "igo", "Gulf Cooperation Council", "GCC"),
 E("Hamdan bin Saif Al Mazrouei", "person", "Sheikh Hamdan bin Saif Al Mazrouei", "Sheikh Hamdan"),
 E("Akmal Rakhimov", "person", "Rakhimov"), E("Faisal Abdulrahman Al-Mutairi", "person"),
 E("Houthis", "armed_group", "Houthis"), E("International Court of Justice", "igo"), E("Emirates News Agency", "organization", "WAM"),
 E("Tashkent", "place", "TASHKENT"), E("Samarkand", "place"), E("Red Sea", "place"), E("Bab el-Mandeb Strait", "place"),
 E("Gaza Strip", "place"), E("Greater Tunb", "place"), E("Lesser Tunb", "place"), E("Abu Musa", "place")],
"WAM (Emirates News Agency) report. Page date 2025-05-13; dateline 'TASHKENT, 12th May, 2025' + 'held today' -> 2025-05-12. 'The third Joint Ministerial Meeting' -> ordinal 3. CO-CHAIRS (the UAE Minister of State for the GCC presidency and the Uzbek FM) -> chair null (as p07). participant_states: the six GCC states and four Central Asian states listed in long official form, plus Uzbekistan (the co-chair's state, not in the attendance list) = 11; the GCC as participant_org with its Secretary-General. Al Mazrouei's title as written ('Minister of State'); 'Sheikh' is an honorific (alias only). Joint-statement positions ('the ministers', 'They') -> meeting:m1. 'The GCC side reiterated its support ... and called on Iran' -> holder the six GCC states as a list (the Central Asian states do not hold it; judgement call: 'GCC' as a single holder is defensible). 'stressing the importance of freedom of navigation' -> support. The Houthis are condemned, not designated (no terrorist wording) -> no designation. m2: recalled 'second GCC-Central Asia Summit held in Samarkand on 2 May 2025' (states not named -> []). m3: sidelines meeting Al Mazrouei-Rakhimov, same day (the whole item is 'today') and city. The investment forum 'later this year' is PLANNED.")

# ---------------- p32
emit("p32_bernama_arf_kualalumpur", """ date 2025-07-12 ARF ministers voice concern over DPRK missile launches, South China Sea

KUALA LUMPUR, July 11 (Bernama) -- Foreign ministers and senior officials of the ASEAN Regional Forum (ARF) today expressed serious concern over the series of intercontinental ballistic missile launches by the Democratic People's Republic of Korea (DPRK) this year.

The 32nd ARF, chaired by Malaysian Foreign Minister Datuk Seri Haris Ahmad Rosli, brought together the ten ASEAN member states and their partners, including the United States, China, Russia, Japan, India, the Republic of Korea and the DPRK, which was represented by its ambassador to Indonesia, Ri Chol-su.

In the Chairman's Statement issued after the meeting, the ministers urged the DPRK to fully comply with its obligations under all relevant UN Security Council resolutions and reaffirmed their support for the complete denuclearisation of the Korean Peninsula. Ri told the meeting that his country's defence programme was a legitimate exercise of its sovereign right and rejected what he called "hostile double standards".

Concerns were expressed by several ministers over land reclamations and serious incidents in the South China Sea. The ministers emphasised the importance of non-militarisation and self-restraint, and welcomed the progress in the negotiations on an effective and substantive Code of Conduct.

On Myanmar, the ARF called on the Myanmar military to cease violence and to allow the ASEAN Special Envoy access to all parties.

Philippine Foreign Secretary Maria Teresa Lacson-Villareal briefed counterparts on the situation in Mindanao and said Manila would press ahead with operations against the Abu Sayyaf Group and the Dawlah Islamiyah, both of which the Philippines has designated as terrorist organisations.

The ARF was preceded by the 58th ASEAN Foreign Ministers' Meeting (AMM) on Tuesday.

On the sidelines of the ARF, US Secretary of State Jonathan Whitfield held a bilateral meeting with Chinese Foreign Minister Zhou Weiming, their first in-person talks this year. Both sides agreed to keep military-to-military channels open, a US official said.

The 33rd ARF will be held in the Philippines next year.
""",
[M("m1", "32nd ASEAN Regional Forum (Kuala Lumpur)", "2025-07-11", "Kuala Lumpur", "Malaysia",
   series="ASEAN Regional Forum", ordinal=32, chair="Haris Ahmad Rosli",
   states=["Malaysia", "United States", "China", "Russia", "Japan", "India", "South Korea", "North Korea", "Philippines"],
   orgs=["ASEAN Regional Forum", "ASEAN"],
   parts=[("Haris Ahmad Rosli", "Foreign Minister", "Malaysia"),
          ("Ri Chol-su", "ambassador to Indonesia", "North Korea"),
          ("Maria Teresa Lacson-Villareal", "Foreign Secretary", "Philippines")]),
 M("m2", "58th ASEAN Foreign Ministers' Meeting", "2025-07-08", None, None,
   series="ASEAN Foreign Ministers' Meeting", ordinal=58, orgs=["ASEAN"]),
 M("m3", "Whitfield-Zhou bilateral on the sidelines of the ARF (Kuala Lumpur)", None, "Kuala Lumpur", "Malaysia",
   states=["United States", "China"],
   parts=[("Jonathan Whitfield", "Secretary of State", "United States"), ("Zhou Weiming", "Foreign Minister", "China")])],
[S("ASEAN Regional Forum", "concern", "North Korea", "DPRK ICBM launches", "expressed serious concern over the series of intercontinental ballistic missile launches by the Democratic People's Republic of Korea (DPRK) this year"),
 S("ASEAN Regional Forum", "urge", "North Korea", "comply with UNSC resolutions", "the ministers urged the DPRK to fully comply with its obligations under all relevant UN Security Council resolutions"),
 S("ASEAN Regional Forum", "support", None, "denuclearisation of the Korean Peninsula", "reaffirmed their support for the complete denuclearisation of the Korean Peninsula"),
 S(["Ri Chol-su"], "other", None, "defence programme legitimate", "his country's defence programme was a legitimate exercise of its sovereign right"),
 S(["Ri Chol-su"], "oppose", None, "hostile double standards", "rejected what he called \"hostile double standards\""),
 S(None, "concern", None, "land reclamations and incidents in the South China Sea", "Concerns were expressed by several ministers over land reclamations and serious incidents in the South China Sea"),
 S("ASEAN Regional Forum", "support", None, "non-militarisation and self-restraint", "The ministers emphasised the importance of non-militarisation and self-restraint"),
 S("ASEAN Regional Forum", "welcome", None, "progress on a Code of Conduct", "welcomed the progress in the negotiations on an effective and substantive Code of Conduct"),
 S("ASEAN Regional Forum", "urge", "Myanmar military", "cease violence, allow Special Envoy access", "the ARF called on the Myanmar military to cease violence and to allow the ASEAN Special Envoy access to all parties"),
 S(["Maria Teresa Lacson-Villareal"], "commit", None, "operations against Abu Sayyaf and Dawlah Islamiyah", "Manila would press ahead with operations against the Abu Sayyaf Group and the Dawlah Islamiyah"),
 S("meeting:m3", "commit", None, "keep military-to-military channels open", "Both sides agreed to keep military-to-military channels open")],
[D("Abu Sayyaf Group", ["Abu Sayyaf Group"], "Philippines", None,
   "the Abu Sayyaf Group and the Dawlah Islamiyah, both of which the Philippines has designated as terrorist organisations"),
 D("Dawlah Islamiyah", ["Dawlah Islamiyah"], "Philippines", None,
   "the Abu Sayyaf Group and the Dawlah Islamiyah, both of which the Philippines has designated as terrorist organisations")],
[E("ASEAN Regional Forum", "igo", "ASEAN Regional Forum", "ARF"), E("ASEAN", "igo"),
 E("Malaysia", "state"), E("United States", "state", "US"), E("China", "state"), E("Russia", "state"), E("Japan", "state"), E("India", "state"),
 E("South Korea", "state", "Republic of Korea"), E("North Korea", "state", "Democratic People's Republic of Korea", "DPRK"),
 E("Indonesia", "state"), E("Philippines", "state", "Manila"), E("Myanmar", "state"),
 E("Haris Ahmad Rosli", "person", "Datuk Seri Haris Ahmad Rosli"), E("Ri Chol-su", "person", "Ri"),
 E("Maria Teresa Lacson-Villareal", "person"), E("Jonathan Whitfield", "person"), E("Zhou Weiming", "person"),
 E("Myanmar military", "armed_group", "Myanmar military"), E("United Nations Security Council", "igo", "UN Security Council"),
 E("Abu Sayyaf Group", "armed_group"), E("Dawlah Islamiyah", "armed_group"), E("Bernama", "organization"),
 E("Kuala Lumpur", "place", "KUALA LUMPUR"), E("South China Sea", "place"), E("Korean Peninsula", "place"), E("Mindanao", "place")],
"Bernama wire. Page date 2025-07-12 (Saturday); dateline 'July 11' + 'today' -> 2025-07-11 (Friday). Venue Kuala Lumpur from the dateline: no other place is given for the ARF (as p01/p19 'here'). Ordinal 32, chair the Malaysian FM ('Datuk Seri' = honorific). participant_states: Malaysia (chair), the named partners (United States, China, Russia, Japan, India, Republic of Korea -> South Korea, DPRK -> North Korea) and the Philippines (its Foreign Secretary briefed counterparts); 'the ten ASEAN member states' are not named individually, so the other eight are not listed (Indonesia appears only in Ri's title). HOLDER of the Chairman's Statement positions ('the ministers', 'the ARF'): explicit 'ASEAN Regional Forum' (as p05/p16: only some members named, so meeting:m1 would narrow the holders to the named few; judgement call). The opening 'expressed serious concern' of the 'Foreign ministers and senior officials of the ARF' is the same forum position. Passive 'Concerns were expressed by several ministers' -> holder null (as p05). Ri's remarks -> holder Ri (title 'ambassador to Indonesia'). 'emphasised the importance of non-militarisation' -> support. DESIGNATIONS: Abu Sayyaf Group and Dawlah Islamiyah, 'both of which the Philippines has designated as terrorist organisations' -> authority Philippines, date null. m2: the 58th AMM 'on Tuesday' -> the Tuesday before Friday 11 July = 2025-07-08; city not stated (null). m3: Whitfield-Zhou sidelines bilateral, city Kuala Lumpur, day not stated -> null; 'Both sides agreed' -> meeting:m3 (reported by 'a US official'). The 33rd ARF in the Philippines is PLANNED. Whitfield and Zhou are the invented persons of p18/p01/p09.")

# ---------------- p33
emit("p33_mea_quad_briefing_transcript", """Transcript of Special Briefing by Foreign Secretary on the Quad Foreign Ministers' Meeting (November 14, 2025)

Official Spokesperson, Shri Rohit Bhandari: Good evening, friends, and welcome to this special briefing. As you know, the Quad Foreign Ministers' Meeting was held in New Delhi this morning, hosted by External Affairs Minister Dr. Suresh Iyengar. We have with us Foreign Secretary Shri Anil Kumar Bhatnagar to brief you. Sir, over to you.

Foreign Secretary, Shri Anil Kumar Bhatnagar: Thank you, Rohit. Good evening. EAM today hosted his counterparts from Australia, Japan and the United States: Foreign Minister Penelope Hargreaves of Australia, Foreign Minister Kenji Takahara of Japan and Secretary of State Jonathan Whitfield. This was the tenth standalone meeting of Quad foreign ministers and the first to be held in India since 2023.

The ministers reaffirmed their commitment to a free and open Indo-Pacific that is inclusive and resilient, and in which sovereignty and territorial integrity are respected. They expressed serious concern about dangerous and coercive actions in the South China Sea and the East China Sea, and opposed any unilateral attempt to change the status quo by force or coercion.

On counter-terrorism, the ministers unequivocally condemned the cross-border terrorist attack in Jammu and Kashmir last month and called for the perpetrators, organizers and financiers of this reprehensible act to be brought to justice without delay. They also called for action against UN-listed terrorist entities, including Lashkar-e-Taiba and Jaish-e-Mohammed. I would say that the language this time is stronger than in the past, and we appreciate the solidarity of our partners.

The ministers launched the Quad Ports of the Future Partnership and agreed to expand the Maritime Initiative for Training in the Indo-Pacific.

On the margins, EAM also held bilateral meetings with each of his counterparts. With Foreign Minister Takahara, he reviewed preparations for the annual summit, and both sides agreed to deepen cooperation in semiconductors and critical minerals.

Question: Sir, the Chinese foreign ministry has said today that the Quad is an exclusive clique. How do you respond?

Foreign Secretary, Shri Anil Kumar Bhatnagar: We have always maintained that the Quad is not directed against any country. It is a positive agenda for the region, and we would urge everyone to judge it by what it delivers.

Question: When will the leaders' summit take place?

Foreign Secretary, Shri Anil Kumar Bhatnagar: India looks forward to hosting the Quad Leaders' Summit, and dates will be announced in due course.

Official Spokesperson, Shri Rohit Bhandari: Thank you all for joining us.
""",
[M("m1", "Quad Foreign Ministers' Meeting (New Delhi)", "2025-11-14", "New Delhi", "India",
   series="Quad Foreign Ministers' Meeting", ordinal=10,
   states=["India", "Australia", "Japan", "United States"], orgs=["Quad"],
   parts=[("Suresh Iyengar", "External Affairs Minister", "India"),
          ("Penelope Hargreaves", "Foreign Minister", "Australia"),
          ("Kenji Takahara", "Foreign Minister", "Japan"),
          ("Jonathan Whitfield", "Secretary of State", "United States")]),
 M("m2", "Iyengar-Takahara bilateral on the margins of the Quad FMM (New Delhi)", "2025-11-14", "New Delhi", "India",
   states=["India", "Japan"],
   parts=[("Suresh Iyengar", "External Affairs Minister", "India"), ("Kenji Takahara", "Foreign Minister", "Japan")])],
[S("meeting:m1", "reaffirm", None, "free and open Indo-Pacific", "The ministers reaffirmed their commitment to a free and open Indo-Pacific that is inclusive and resilient"),
 S("meeting:m1", "concern", None, "coercive actions in the South and East China Seas", "They expressed serious concern about dangerous and coercive actions in the South China Sea and the East China Sea"),
 S("meeting:m1", "oppose", None, "unilateral change of status quo by force", "opposed any unilateral attempt to change the status quo by force or coercion"),
 S("meeting:m1", "condemn", None, "terrorist attack in Jammu and Kashmir", "the ministers unequivocally condemned the cross-border terrorist attack in Jammu and Kashmir last month"),
 S("meeting:m1", "urge", None, "bring perpetrators to justice", "called for the perpetrators, organizers and financiers of this reprehensible act to be brought to justice without delay"),
 S("meeting:m1", "urge", None, "action against UN-listed terrorist entities", "They also called for action against UN-listed terrorist entities, including Lashkar-e-Taiba and Jaish-e-Mohammed"),
 S("India", "appreciate", ["Australia", "Japan", "United States"], "partners' solidarity", "we appreciate the solidarity of our partners"),
 S("meeting:m1", "commit", None, "Quad Ports of the Future Partnership, MAITRI", "The ministers launched the Quad Ports of the Future Partnership and agreed to expand the Maritime Initiative for Training in the Indo-Pacific"),
 S("meeting:m2", "commit", None, "cooperation in semiconductors and critical minerals", "both sides agreed to deepen cooperation in semiconductors and critical minerals"),
 S("China", "oppose", "Quad", "Quad an exclusive clique", "the Quad is an exclusive clique"),
 S("India", "other", None, "Quad not directed against any country", "We have always maintained that the Quad is not directed against any country"),
 S("India", "other", None, "India looks forward to hosting the summit", "India looks forward to hosting the Quad Leaders' Summit")],
[D("Lashkar-e-Taiba", ["Lashkar-e-Taiba"], "United Nations", None,
   "UN-listed terrorist entities, including Lashkar-e-Taiba and Jaish-e-Mohammed"),
 D("Jaish-e-Mohammed", ["Jaish-e-Mohammed"], "United Nations", None,
   "UN-listed terrorist entities, including Lashkar-e-Taiba and Jaish-e-Mohammed")],
[E("India", "state"), E("Australia", "state"), E("Japan", "state"), E("United States", "state"), E("China", "state"),
 E("Quad", "organization", "Quad"), E("Rohit Bhandari", "person", "Shri Rohit Bhandari", "Rohit"), E("Suresh Iyengar", "person", "Dr. Suresh Iyengar", "EAM"),
 E("Anil Kumar Bhatnagar", "person", "Shri Anil Kumar Bhatnagar"), E("Penelope Hargreaves", "person"), E("Kenji Takahara", "person", "Foreign Minister Takahara"),
 E("Jonathan Whitfield", "person"), E("Ministry of Foreign Affairs of China", "government", "Chinese foreign ministry"),
 E("United Nations", "igo", "UN"),
 E("Lashkar-e-Taiba", "armed_group"), E("Jaish-e-Mohammed", "armed_group"),
 E("New Delhi", "place"), E("South China Sea", "place"), E("East China Sea", "place"), E("Jammu and Kashmir", "place"), E("Indo-Pacific", "place")],
"MEA press-briefing transcript (speaker labels). Title date November 14, 2025 + 'held in New Delhi this morning' -> 2025-11-14, New Delhi. 'the tenth standalone meeting of Quad foreign ministers' -> ordinal 10 (invented count). 'hosted by External Affairs Minister' -> not annotated as chair (as p18 'hosted'). Four participants with titles as written (EAM's title from 'External Affairs Minister Dr. Suresh Iyengar'). The Foreign Secretary and the Spokesperson brief; they are not listed as participants of the meeting (they are not said to have attended). Joint positions ('The ministers', 'They') -> meeting:m1. The Foreign Secretary's 'we appreciate the solidarity of our partners', 'We have always maintained' (answering a question) and 'India looks forward' -> holder India (the 'we' of an Indian official speaking for his government; the person is not a holder, as a converter may reasonably use either). 'our partners' = Australia, Japan, United States (addressee list). China's reported view 'the Quad is an exclusive clique' -> holder China (its foreign ministry), oppose, addressee Quad (China is not a participant). 'launched ... and agreed to expand' -> commit. DESIGNATIONS: 'UN-listed terrorist entities, including Lashkar-e-Taiba and Jaish-e-Mohammed' -> authority United Nations (the UN listing is what the text invokes, not the Quad's own naming; as p16 'the UN's sanctions list'; a converter naming the Security Council is arguably right), date null. 'Quad' typed organization as in p10. m2: 'On the margins, EAM also held bilateral meetings with each of his counterparts' -> only the bilateral with Takahara is described and annotated (m2, same day 'today', New Delhi); the other two bilaterals are lumped and not given separately (not annotated; judgement call). The Leaders' Summit is PLANNED. 'the first to be held in India since 2023' recalls no specific meeting.")

# ---------------- p34
emit("p34_igad_extraordinary_djibouti", """COMMUNIQUÉ OF THE 44TH EXTRAORDINARY ASSEMBLY OF IGAD HEADS OF STATE AND GOVERNMENT

Djibouti, Republic of Djibouti, 5 April 2025

1. The Assembly of Heads of State and Government of the Intergovernmental Authority on Development (IGAD) held its 44th Extraordinary Session in Djibouti on 5 April 2025 under the chairmanship of H.E. Ahmed Daher Farah-Guedi, President of the Republic of Djibouti and Chairperson of the IGAD Assembly, to deliberate on the situation in Sudan and in Somalia.

2. The Summit was attended by H.E. Dr. Tesfaye Bekele Gudeta, Prime Minister of the Federal Democratic Republic of Ethiopia; H.E. Samuel Kiprono Mutai, President of the Republic of Kenya; H.E. Abdirahman Hassan Warsame, President of the Federal Republic of Somalia; H.E. Martha Akol Deng, Vice President of the Republic of South Sudan; and H.E. Grace Namutebi Kasozi, Minister of Foreign Affairs of the Republic of Uganda, representing H.E. the President. The Republic of the Sudan did not attend the Session, having suspended its engagement with IGAD in January 2024.

3. The Session was also attended by H.E. Jean-Baptiste Mbemba-Kouassi, Chairperson of the African Union Commission, and Dr. Getachew Alemu Desta, Executive Secretary of IGAD.

THE ASSEMBLY HEREBY:

4. EXPRESSES grave concern over the continued war in Sudan, now in its third year, and the famine conditions declared in parts of Darfur and Kordofan;

5. CALLS UPON the Sudanese Armed Forces and the Rapid Support Forces to agree to an immediate and unconditional ceasefire and to allow unimpeded humanitarian access across front lines and borders;

6. REAFFIRMS its unwavering commitment to the unity, sovereignty and territorial integrity of Sudan, and rejects any attempt to establish parallel governing structures;

7. STRONGLY CONDEMNS the recent attacks by the terrorist group Al-Shabaab against civilians and security forces in Somalia, and COMMENDS the troop-contributing countries of the African Union Support and Stabilization Mission in Somalia (AUSSOM) for their sacrifices;

8. APPEALS to the United Nations Security Council to ensure predictable and sustainable financing for AUSSOM;

9. DIRECTS the Executive Secretary to convene a meeting of IGAD Ministers of Foreign Affairs within thirty days to follow up on the implementation of this communiqué;

10. RECALLS the decisions of the 43rd Extraordinary Assembly held in Nairobi on 9 December 2024;

11. EXPRESSES its appreciation to the Government and people of the Republic of Djibouti for hosting the Session.

Issued on 5 April 2025 in Djibouti.
""",
[M("m1", "44th Extraordinary Assembly of IGAD Heads of State and Government (Djibouti)", "2025-04-05", "Djibouti", "Djibouti",
   series="IGAD Assembly of Heads of State and Government", ordinal=44, chair="Ahmed Daher Farah-Guedi",
   states=["Djibouti", "Ethiopia", "Kenya", "Somalia", "South Sudan", "Uganda"],
   orgs=["Intergovernmental Authority on Development", "African Union Commission"],
   parts=[("Ahmed Daher Farah-Guedi", "President of the Republic of Djibouti and Chairperson of the IGAD Assembly", "Djibouti"),
          ("Tesfaye Bekele Gudeta", "Prime Minister of the Federal Democratic Republic of Ethiopia", "Ethiopia"),
          ("Samuel Kiprono Mutai", "President of the Republic of Kenya", "Kenya"),
          ("Abdirahman Hassan Warsame", "President of the Federal Republic of Somalia", "Somalia"),
          ("Martha Akol Deng", "Vice President of the Republic of South Sudan", "South Sudan"),
          ("Grace Namutebi Kasozi", "Minister of Foreign Affairs of the Republic of Uganda", "Uganda"),
          ("Jean-Baptiste Mbemba-Kouassi", "Chairperson of the African Union Commission", "African Union Commission"),
          ("Getachew Alemu Desta", "Executive Secretary of IGAD", "Intergovernmental Authority on Development")]),
 M("m2", "43rd Extraordinary Assembly of IGAD Heads of State and Government (Nairobi)", "2024-12-09", "Nairobi", "Kenya",
   series="IGAD Assembly of Heads of State and Government", ordinal=43, orgs=["Intergovernmental Authority on Development"])],
[S("meeting:m1", "concern", None, "war and famine in Sudan", "EXPRESSES grave concern over the continued war in Sudan, now in its third year, and the famine conditions declared in parts of Darfur and Kordofan"),
 S("meeting:m1", "urge", ["Sudanese Armed Forces", "Rapid Support Forces"], "ceasefire and humanitarian access", "CALLS UPON the Sudanese Armed Forces and the Rapid Support Forces to agree to an immediate and unconditional ceasefire and to allow unimpeded humanitarian access across front lines and borders"),
 S("meeting:m1", "reaffirm", None, "unity and sovereignty of Sudan", "REAFFIRMS its unwavering commitment to the unity, sovereignty and territorial integrity of Sudan"),
 S("meeting:m1", "oppose", None, "parallel governing structures in Sudan", "rejects any attempt to establish parallel governing structures"),
 S("meeting:m1", "condemn", "Al-Shabaab", "Al-Shabaab attacks in Somalia", "STRONGLY CONDEMNS the recent attacks by the terrorist group Al-Shabaab against civilians and security forces in Somalia"),
 S("meeting:m1", "appreciate", "African Union Support and Stabilization Mission in Somalia", "AUSSOM troop contributors", "COMMENDS the troop-contributing countries of the African Union Support and Stabilization Mission in Somalia (AUSSOM) for their sacrifices"),
 S("meeting:m1", "urge", "United Nations Security Council", "sustainable financing for AUSSOM", "APPEALS to the United Nations Security Council to ensure predictable and sustainable financing for AUSSOM"),
 S("meeting:m1", "urge", "Intergovernmental Authority on Development", "convene IGAD foreign ministers within thirty days", "DIRECTS the Executive Secretary to convene a meeting of IGAD Ministers of Foreign Affairs within thirty days"),
 S("meeting:m1", "appreciate", "Djibouti", "hosting the Session", "EXPRESSES its appreciation to the Government and people of the Republic of Djibouti for hosting the Session")],
[D("Al-Shabaab", ["Al-Shabaab"], "meeting:m1", "2025-04-05", "the terrorist group Al-Shabaab")],
[E("Djibouti", "state", "Republic of Djibouti"), E("Ethiopia", "state", "Federal Democratic Republic of Ethiopia"),
 E("Kenya", "state", "Republic of Kenya"), E("Somalia", "state", "Federal Republic of Somalia"),
 E("South Sudan", "state", "Republic of South Sudan"), E("Uganda", "state", "Republic of Uganda"), E("Sudan", "state", "Republic of the Sudan"),
 E("Intergovernmental Authority on Development", "igo", "Intergovernmental Authority on Development", "IGAD"),
 E("African Union Commission", "igo", "African Union Commission"),
 E("African Union Support and Stabilization Mission in Somalia", "igo", "African Union Support and Stabilization Mission in Somalia", "AUSSOM"),
 E("United Nations Security Council", "igo", "United Nations Security Council"),
 E("Ahmed Daher Farah-Guedi", "person"), E("Tesfaye Bekele Gudeta", "person", "Dr. Tesfaye Bekele Gudeta"), E("Samuel Kiprono Mutai", "person"),
 E("Abdirahman Hassan Warsame", "person"), E("Martha Akol Deng", "person"), E("Grace Namutebi Kasozi", "person"),
 E("Jean-Baptiste Mbemba-Kouassi", "person"), E("Getachew Alemu Desta", "person", "Dr. Getachew Alemu Desta"),
 E("Sudanese Armed Forces", "armed_group"), E("Rapid Support Forces", "armed_group"), E("Al-Shabaab", "armed_group"),
 E("Darfur", "place"), E("Kordofan", "place"), E("Nairobi", "place")],
"IGAD communiqué. Header and para 1: 44th Extraordinary Session 'in Djibouti on 5 April 2025' -> city Djibouti (the capital, country Djibouti), ordinal 44. Chair: the President of Djibouti ('under the chairmanship of'), title verbatim. participant_states: Djibouti (chair) + Ethiopia, Kenya, Somalia, South Sudan, Uganda (heads of state/government, a Vice President and a Foreign Minister 'representing H.E. the President'), long forms as aliases. 'The Republic of the Sudan did not attend' -> Sudan NOT a participant (distractor; it is the subject). The AU Commission Chairperson and IGAD's Executive Secretary -> participants representing their organizations. Operative paragraphs in capitals ('THE ASSEMBLY HEREBY: EXPRESSES / CALLS UPON / ...') -> meeting:m1 (all attending members named, so the meeting's states are the holders; cf. p02's convention). 'DIRECTS the Executive Secretary to convene a meeting' -> urge, addressee IGAD (its Secretariat), and the foreign ministers' meeting is PLANNED. 'COMMENDS the troop-contributing countries of AUSSOM' -> appreciate, addressee AUSSOM (the countries are unnamed). DESIGNATION: 'the terrorist group Al-Shabaab' in the Assembly's own text -> authority meeting:m1, date the session date (as seed 000). SAF and RSF are parties, not designated. m2: the recalled 43rd Extraordinary Assembly 'held in Nairobi on 9 December 2024'. All heads of state are invented persons.")

# ---------------- p35
emit("p35_eeas_jcpoa_joint_commission", """Chair's Statement following the meeting of the JCPOA Joint Commission

Vienna, 26 February 2025

The Joint Commission of the Joint Comprehensive Plan of Action (JCPOA) met today in Vienna. The meeting was chaired, on behalf of the EU High Representative, by the Secretary-General of the European External Action Service, Astrid Lindqvist-Berg, and was attended by representatives of China, France, Germany, the Russian Federation, the United Kingdom and the Islamic Republic of Iran, at the level of Political Directors and Deputy Foreign Ministers.

Participants reaffirmed their commitment to preserving the agreement as a key element of the global nuclear non-proliferation architecture, and recognised that full and effective implementation by all sides remains essential.

The E3 participants expressed deep concern about Iran's continued accumulation of high-enriched uranium and the reduction in monitoring and verification by the International Atomic Energy Agency (IAEA). They urged Iran to reverse its nuclear escalation and to restore full cooperation with the Agency without further delay.

China and the Russian Federation stressed that the withdrawal of the United States from the JCPOA in May 2018 and the reimposition of unilateral sanctions were the root cause of the current situation, and opposed any attempt to trigger the snapback mechanism.

Iran recalled that its remedial steps were taken in accordance with paragraph 36 of the JCPOA and were reversible, and called on the remaining participants to deliver the economic benefits of the agreement.

Participants took stock of the most recent report of the IAEA Director General and welcomed the resumption of technical contacts between Iran and the Agency, including the visit of the Director General to Tehran on 11 February.

The Chair will continue to coordinate with all participants, and the next meeting of the Joint Commission will be convened in the coming months.

Speaking to reporters after the meeting, Iran's Deputy Foreign Minister for Political Affairs Reza Sadeghi-Rad said: "We will not negotiate under threats. If the E3 choose the path of snapback, they will bear full responsibility for the consequences."

The United States, which designated Iran's Islamic Revolutionary Guard Corps (IRGC) as a Foreign Terrorist Organization in April 2019, did not take part in the meeting. The IRGC is not on the EU terrorist list.
""",
[M("m1", "Meeting of the JCPOA Joint Commission (Vienna)", "2025-02-26", "Vienna", "Austria",
   series="JCPOA Joint Commission", chair="Astrid Lindqvist-Berg",
   states=["China", "France", "Germany", "Russia", "United Kingdom", "Iran"], orgs=["European Union"],
   parts=[("Astrid Lindqvist-Berg", "Secretary-General of the European External Action Service", "European Union"),
          ("Reza Sadeghi-Rad", "Deputy Foreign Minister for Political Affairs", "Iran")]),
 M("m2", "Visit of the IAEA Director General to Tehran", "2025-02-11", "Tehran", "Iran",
   states=["Iran"], orgs=["International Atomic Energy Agency"])],
[S("meeting:m1", "reaffirm", None, "preserving the JCPOA", "Participants reaffirmed their commitment to preserving the agreement as a key element of the global nuclear non-proliferation architecture"),
 S("meeting:m1", "other", None, "full implementation by all sides essential", "recognised that full and effective implementation by all sides remains essential"),
 S(["France", "Germany", "United Kingdom"], "concern", "Iran", "Iran's HEU stockpile and reduced IAEA monitoring", "The E3 participants expressed deep concern about Iran's continued accumulation of high-enriched uranium and the reduction in monitoring and verification by the International Atomic Energy Agency (IAEA)"),
 S(["France", "Germany", "United Kingdom"], "urge", "Iran", "reverse escalation, restore IAEA cooperation", "They urged Iran to reverse its nuclear escalation and to restore full cooperation with the Agency without further delay"),
 S(["China", "Russia"], "other", "United States", "US withdrawal and sanctions the root cause", "the withdrawal of the United States from the JCPOA in May 2018 and the reimposition of unilateral sanctions were the root cause of the current situation"),
 S(["China", "Russia"], "oppose", None, "triggering snapback", "opposed any attempt to trigger the snapback mechanism"),
 S("Iran", "other", None, "remedial steps under paragraph 36, reversible", "Iran recalled that its remedial steps were taken in accordance with paragraph 36 of the JCPOA and were reversible"),
 S("Iran", "urge", None, "deliver economic benefits", "called on the remaining participants to deliver the economic benefits of the agreement"),
 S("meeting:m1", "welcome", None, "resumption of Iran-IAEA technical contacts", "welcomed the resumption of technical contacts between Iran and the Agency"),
 S(["Reza Sadeghi-Rad"], "oppose", None, "no negotiation under threats", "We will not negotiate under threats"),
 S(["Reza Sadeghi-Rad"], "other", ["France", "Germany", "United Kingdom"], "E3 responsible for snapback consequences", "If the E3 choose the path of snapback, they will bear full responsibility for the consequences")],
[D("Islamic Revolutionary Guard Corps", ["Islamic Revolutionary Guard Corps", "IRGC"], "United States", "2019-04",
   "The United States, which designated Iran's Islamic Revolutionary Guard Corps (IRGC) as a Foreign Terrorist Organization in April 2019")],
[E("China", "state"), E("France", "state"), E("Germany", "state"), E("Russia", "state", "Russian Federation"),
 E("United Kingdom", "state", "United Kingdom"), E("Iran", "state", "Islamic Republic of Iran"), E("United States", "state", "United States"),
 E("E3", "organization", "E3"),
 E("European Union", "igo", "EU"), E("European External Action Service", "igo", "European External Action Service"),
 E("International Atomic Energy Agency", "igo", "International Atomic Energy Agency", "IAEA", "Agency"),
 E("JCPOA Joint Commission", "organization", "Joint Commission"),
 E("Astrid Lindqvist-Berg", "person"), E("Reza Sadeghi-Rad", "person"),
 E("Islamic Revolutionary Guard Corps", "armed_group", "IRGC"),
 E("Vienna", "place"), E("Tehran", "place")],
"EEAS chair's statement. Header 'Vienna, 26 February 2025' + 'met today in Vienna' -> 2025-02-26. No ordinal. Chair: the EEAS Secretary-General (a person, 'on behalf of the EU High Representative'), represents the EU. participant_states: China, France, Germany, Russian Federation, United Kingdom, Iran ('attended by representatives of'); the United States 'did not take part' -> not a participant (distractor). Holders vary: 'Participants' -> meeting:m1 (the six states, Iran included); 'The E3 participants' / 'They' -> [France, Germany, United Kingdom] (the E3 named earlier in the list; 'E3' also kept as an organization entity); 'China and the Russian Federation' -> [China, Russia]; 'Iran recalled ... and called on' -> Iran. 'took stock of the ... report' is not a stance. Sadeghi-Rad's quote after the meeting -> holder the person (participant: he spoke to reporters 'after the meeting'; Iran was represented at Deputy FM level). DESIGNATION: 'The United States, which designated ... IRGC as a Foreign Terrorist Organization in April 2019' -> authority United States, date 2019-04. 'The IRGC is not on the EU terrorist list' -> NOT a designation (negative; distractor). m2: 'the visit of the Director General to Tehran on 11 February' (year from the header) -> a meeting between the IAEA and Iran (DG unnamed). The US withdrawal 'in May 2018' is an event, not a meeting. The next Joint Commission meeting is PLANNED.")
