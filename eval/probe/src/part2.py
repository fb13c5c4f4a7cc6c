from common import *

# ---------------- p04
emit("p04_au_psc_sahel", """Communiqué of the 1245th meeting of the Peace and Security Council on the situation in the Sahel

The Peace and Security Council (PSC) of the African Union (AU), at its 1245th meeting held on 12 December 2024, on the situation in the Sahel region,

Recalling its previous decisions and pronouncements on the situation in the Sahel, including Communiqué PSC/PR/COMM.1211 (2024) adopted at its 1211th meeting held on 17 May 2024;

Noting the opening remarks of H.E. Ambassador Tesfaye Girma Alemu, Permanent Representative of the Federal Democratic Republic of Ethiopia to the AU and Chairperson of the PSC for the month of December 2024, and the presentation by H.E. Adaeze Okonkwo-Bello, AU Commissioner for Political Affairs, Peace and Security; also noting the statements made by the representatives of Mauritania and Senegal;

Acting under Article 7 of its Protocol, the Council:

1. Strongly condemns the heinous attacks perpetrated by terrorist groups such as Jama'at Nusrat al-Islam wal-Muslimin (JNIM) and the Islamic State in the Greater Sahara (ISGS) against civilians and defence and security forces in the region;

2. Expresses deep concern over the rapid expansion of terrorism from the Sahel towards the coastal states of West Africa;

3. Reaffirms its solidarity with the people of the Sahel and its unwavering commitment to the sovereignty and territorial integrity of the countries of the region;

4. Urges the Member States of the region to enhance intelligence sharing and joint border operations;

5. Requests the Commission to expedite the finalization of the independent assessment on security and governance in the Sahel;

6. Decides to remain actively seized of the matter.
""",
[M("m1", "1245th meeting of the AU Peace and Security Council (Sahel)", "2024-12-12", None, None,
   series="Peace and Security Council of the African Union", ordinal=1245, chair="Tesfaye Girma Alemu",
   states=["Ethiopia", "Mauritania", "Senegal"], orgs=["African Union"],
   parts=[("Tesfaye Girma Alemu", "Permanent Representative of the Federal Democratic Republic of Ethiopia to the AU and Chairperson of the PSC for the month of December 2024", "Ethiopia"),
          ("Adaeze Okonkwo-Bello", "AU Commissioner for Political Affairs, Peace and Security", "African Union")]),
 M("m2", "1211th meeting of the AU Peace and Security Council", "2024-05-17", None, None,
   series="Peace and Security Council of the African Union", ordinal=1211, orgs=["African Union"])],
[S("African Union Peace and Security Council", "condemn", ["Jama'at Nusrat al-Islam wal-Muslimin", "Islamic State in the Greater Sahara"], "attacks by JNIM and ISGS", "Strongly condemns the heinous attacks perpetrated by terrorist groups such as Jama'at Nusrat al-Islam wal-Muslimin (JNIM) and the Islamic State in the Greater Sahara (ISGS) against civilians and defence and security forces in the region"),
 S("African Union Peace and Security Council", "concern", None, "expansion of terrorism towards coastal West Africa", "Expresses deep concern over the rapid expansion of terrorism from the Sahel towards the coastal states of West Africa"),
 S("African Union Peace and Security Council", "reaffirm", None, "solidarity with the Sahel and sovereignty of its states", "Reaffirms its solidarity with the people of the Sahel and its unwavering commitment to the sovereignty and territorial integrity of the countries of the region"),
 S("African Union Peace and Security Council", "urge", None, "intelligence sharing and joint border operations", "Urges the Member States of the region to enhance intelligence sharing and joint border operations"),
 S("African Union Peace and Security Council", "urge", "African Union Commission", "expedite the independent assessment on the Sahel", "Requests the Commission to expedite the finalization of the independent assessment on security and governance in the Sahel")],
[D("Jama'at Nusrat al-Islam wal-Muslimin", ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"], "African Union Peace and Security Council", None,
   "terrorist groups such as Jama'at Nusrat al-Islam wal-Muslimin (JNIM) and the Islamic State in the Greater Sahara (ISGS)"),
 D("Islamic State in the Greater Sahara", ["Islamic State in the Greater Sahara", "ISGS"], "African Union Peace and Security Council", None,
   "terrorist groups such as Jama'at Nusrat al-Islam wal-Muslimin (JNIM) and the Islamic State in the Greater Sahara (ISGS)")],
[E("African Union", "igo", "AU"), E("African Union Peace and Security Council", "igo", "Peace and Security Council", "PSC"),
 E("African Union Commission", "igo", "Commission"),
 E("Ethiopia", "state", "Federal Democratic Republic of Ethiopia"), E("Mauritania", "state"), E("Senegal", "state"),
 E("Jama'at Nusrat al-Islam wal-Muslimin", "armed_group", "JNIM"), E("Islamic State in the Greater Sahara", "armed_group", "ISGS"),
 E("Tesfaye Girma Alemu", "person"), E("Adaeze Okonkwo-Bello", "person"), E("Sahel", "place")],
"AU PSC communiqué. m1: '1245th meeting held on 12 December 2024' -> ordinal 1245, date; NO venue in the text (Addis Ababa is not named) -> city null. Chair: Ethiopia's Permanent Representative, 'Chairperson of the PSC for the month of December 2024' -> chair (a person), representing Ethiopia, full title as written. participant_states: Ethiopia (chair) and Mauritania, Senegal ('statements made by the representatives of'); the other PSC members are not named. m2: the recalled 1211th meeting held on 17 May 2024 (ordinal + date; no stance). Stances: operative paragraphs of 'the Council' -> explicit holder 'African Union Peace and Security Council' (as dev2 g3_05), not meeting:m1 (which would make Ethiopia/Mauritania/Senegal the holders). 'Member States of the region' are unnamed -> addressee null. 'Requests the Commission' -> urge, addressee the AU Commission. 'Decides to remain actively seized' is procedural -> no stance. Designations: 'terrorist groups such as JNIM and ISGS' -> two designations by the PSC, date not stated (null).")

# ---------------- p05
emit("p05_asean_retreat_luangprabang", """ date 2024-01-30 Press Statement by the Chair of the ASEAN Foreign Ministers' Retreat

Luang Prabang, Lao PDR

1. The ASEAN Foreign Ministers' Retreat was held on 28-29 January in Luang Prabang under the chairmanship of H.E. Somphavanh Keoviengkham, Deputy Prime Minister and Minister of Foreign Affairs of the Lao PDR. The Secretary-General of ASEAN, Dr. Nguyen Thanh Hoang, also attended. Myanmar was represented by a non-political representative, Daw Khin Thandar Myint, Permanent Secretary of its Ministry of Foreign Affairs.

2. We reaffirmed our commitment to the ASEAN Community Vision 2025 and welcomed the Lao PDR's chairmanship theme, "ASEAN: Enhancing Connectivity and Resilience".

3. We remained deeply concerned over the escalation of armed conflicts in Myanmar and strongly condemned the continued acts of violence against civilians. We urged all parties in Myanmar to take concrete action to immediately halt indiscriminate violence, and reaffirmed that the Five-Point Consensus remains our main reference.

4. Concerns were expressed by some Ministers on the land reclamations and serious incidents in the South China Sea, which have eroded trust and confidence. We reaffirmed the importance of freedom of navigation in and overflight above the South China Sea, and welcomed the progress in the negotiations on a Code of Conduct.

5. We recalled the Special Meeting of ASEAN Foreign Ministers held in Jakarta on 17 November 2023, which discussed the humanitarian situation in Gaza.

6. We looked forward to the 57th ASEAN Foreign Ministers' Meeting to be held in Vientiane in July.
""",
[M("m1", "ASEAN Foreign Ministers' Retreat (Luang Prabang)", "2024-01-28", "Luang Prabang", "Laos",
   series="ASEAN Foreign Ministers' Retreat", chair="Somphavanh Keoviengkham",
   states=["Laos", "Myanmar"], orgs=["ASEAN"],
   parts=[("Somphavanh Keoviengkham", "Deputy Prime Minister and Minister of Foreign Affairs of the Lao PDR", "Laos"),
          ("Nguyen Thanh Hoang", "Secretary-General of ASEAN", "ASEAN"),
          ("Khin Thandar Myint", "Permanent Secretary of its Ministry of Foreign Affairs", "Myanmar")]),
 M("m2", "Special Meeting of ASEAN Foreign Ministers (Jakarta) on Gaza", "2023-11-17", "Jakarta", "Indonesia",
   orgs=["ASEAN"])],
[S("ASEAN", "reaffirm", None, "ASEAN Community Vision 2025", "We reaffirmed our commitment to the ASEAN Community Vision 2025"),
 S("ASEAN", "welcome", "Laos", "Lao chairmanship theme", "welcomed the Lao PDR's chairmanship theme"),
 S("ASEAN", "concern", None, "escalation of armed conflicts in Myanmar", "We remained deeply concerned over the escalation of armed conflicts in Myanmar"),
 S("ASEAN", "condemn", None, "violence against civilians in Myanmar", "strongly condemned the continued acts of violence against civilians"),
 S("ASEAN", "urge", None, "halt indiscriminate violence in Myanmar", "We urged all parties in Myanmar to take concrete action to immediately halt indiscriminate violence"),
 S("ASEAN", "reaffirm", None, "Five-Point Consensus as main reference", "reaffirmed that the Five-Point Consensus remains our main reference"),
 S(None, "concern", None, "land reclamations and incidents in the South China Sea", "Concerns were expressed by some Ministers on the land reclamations and serious incidents in the South China Sea"),
 S("ASEAN", "reaffirm", None, "freedom of navigation and overflight in the South China Sea", "We reaffirmed the importance of freedom of navigation in and overflight above the South China Sea"),
 S("ASEAN", "welcome", None, "progress on a Code of Conduct", "welcomed the progress in the negotiations on a Code of Conduct"),
 S("ASEAN", "other", None, "look forward to the 57th AMM in Vientiane", "We looked forward to the 57th ASEAN Foreign Ministers' Meeting to be held in Vientiane in July")],
[],
[E("ASEAN", "igo"), E("Laos", "state", "Lao PDR"), E("Myanmar", "state"),
 E("Somphavanh Keoviengkham", "person"), E("Nguyen Thanh Hoang", "person"), E("Khin Thandar Myint", "person", "Daw Khin Thandar Myint"),
 E("Luang Prabang", "place"), E("Jakarta", "place"), E("Vientiane", "place"), E("South China Sea", "place"), E("Gaza Strip", "place", "Gaza")],
"ASEAN Chair's press statement. Page date 2024-01-30; the Retreat was 'held on 28-29 January' (no year in the text) -> first day, year from the page date: 2024-01-28. Chair: the Lao DPM/FM ('under the chairmanship of'). participant_states only Laos (chair) and Myanmar ('was represented by a non-political representative'); the other eight members are not named. 'Daw' is a Burmese honorific (alias only). Khin Thandar Myint's title kept verbatim ('Permanent Secretary of its Ministry of Foreign Affairs'). Holder of the 'We ...' paragraphs: explicit 'ASEAN' (the collective of ASEAN foreign ministers), NOT meeting:m1 -- meeting:m1 would make Laos and Myanmar the only holders (judgement call, same reasoning as dev2 g3_05). The passive 'Concerns were expressed by some Ministers' has unnamed holders -> holder null. 'reaffirmed the importance of freedom of navigation' -> reaffirm (as dev2 g3_07 'reaffirmed the importance of'). 'looked forward to the 57th AMM' typed other (as g3_07) -- and the 57th AMM is a PLANNED meeting, not annotated. m2: the recalled Special Meeting in Jakarta on 17 November 2023 (states not named -> []). No designations.")
