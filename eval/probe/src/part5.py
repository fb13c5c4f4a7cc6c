from common import *

# ---------------- p11
emit("p11_uzbek_afghan_termez", """Uzbekistan, Afghanistan sign trade deals worth $1.2 billion at Termez forum

TERMEZ, Uzbekistan - Uzbekistan and Afghanistan signed 35 agreements worth about $1.2 billion at a two-day business forum held in this border city on 1-2 May, attended by Uzbek Deputy Prime Minister Bakhodir Tursunov and Afghanistan's acting Minister of Commerce and Industry, Mawlawi Nooruddin Azizullah.

On the sidelines of the forum, Tursunov held talks with Azizullah on the construction of the Trans-Afghan railway and the expansion of the Termez international trade centre. The two sides agreed to raise bilateral trade to $3 billion within two years.

Uzbek officials urged the Afghan authorities to ensure the security of Uzbek cargo transiting towards Pakistan and to guarantee the safety of Uzbek specialists working in Afghanistan. Azizullah said the Islamic Emirate was committed to providing full protection for foreign investors and would not allow any group to threaten neighbouring countries from Afghan soil.

Uzbekistan has not recognized the Taliban government but has pursued pragmatic engagement since 2021, arguing that isolating Afghanistan would only strengthen extremist groups such as the Islamic State Khorasan Province (ISKP).

Uzbek Foreign Minister Sherzod Kadirov is expected to visit Kabul later this month to discuss the railway project, an official said.

The forum had been prepared at a meeting in Tashkent on 14 April between a delegation of Afghanistan's Ministry of Commerce and Industry and officials of Uzbekistan's Ministry of Investment.
""",
[M("m1", "Uzbekistan-Afghanistan business forum (Termez)", None, "Termez", "Uzbekistan",
   states=["Uzbekistan", "Afghanistan"],
   parts=[("Bakhodir Tursunov", "Deputy Prime Minister", "Uzbekistan"), ("Nooruddin Azizullah", "acting Minister of Commerce and Industry", "Afghanistan")]),
 M("m2", "Tursunov-Azizullah talks on the sidelines of the Termez forum", None, "Termez", "Uzbekistan",
   states=["Uzbekistan", "Afghanistan"],
   parts=[("Bakhodir Tursunov", "Deputy Prime Minister", "Uzbekistan"), ("Nooruddin Azizullah", "acting Minister of Commerce and Industry", "Afghanistan")]),
 M("m3", "Preparatory meeting in Tashkent (Afghan Ministry of Commerce and Industry delegation and Uzbek Ministry of Investment)", None, "Tashkent", "Uzbekistan",
   states=["Afghanistan", "Uzbekistan"], orgs=["Ministry of Commerce and Industry of Afghanistan", "Ministry of Investment of Uzbekistan"])],
[S("meeting:m1", "commit", None, "35 agreements worth $1.2 billion", "Uzbekistan and Afghanistan signed 35 agreements worth about $1.2 billion"),
 S("meeting:m2", "commit", None, "raise bilateral trade to $3 billion", "The two sides agreed to raise bilateral trade to $3 billion within two years"),
 S("Uzbekistan", "urge", "Afghan Interim Government", "security of Uzbek cargo", "Uzbek officials urged the Afghan authorities to ensure the security of Uzbek cargo transiting towards Pakistan"),
 S("Uzbekistan", "urge", "Afghan Interim Government", "safety of Uzbek specialists", "to guarantee the safety of Uzbek specialists working in Afghanistan"),
 S("Nooruddin Azizullah", "commit", None, "protection for foreign investors", "the Islamic Emirate was committed to providing full protection for foreign investors"),
 S("Nooruddin Azizullah", "commit", None, "no threat to neighbours from Afghan soil", "would not allow any group to threaten neighbouring countries from Afghan soil"),
 S("Uzbekistan", "other", None, "isolating Afghanistan would strengthen extremists", "arguing that isolating Afghanistan would only strengthen extremist groups")],
[],
[E("Uzbekistan", "state", "Uzbek"), E("Afghanistan", "state"), E("Pakistan", "state"),
 E("Afghan Interim Government", "government", "Afghan authorities", "Islamic Emirate", "Taliban government"),
 E("Ministry of Commerce and Industry of Afghanistan", "government", "Afghanistan's Ministry of Commerce and Industry"),
 E("Ministry of Investment of Uzbekistan", "government", "Uzbekistan's Ministry of Investment"),
 E("Islamic State Khorasan Province", "armed_group", "Islamic State Khorasan Province", "ISKP"),
 E("Bakhodir Tursunov", "person", "Tursunov"), E("Nooruddin Azizullah", "person", "Mawlawi Nooruddin Azizullah", "Azizullah"),
 E("Sherzod Kadirov", "person"),
 E("Termez", "place", "TERMEZ"), E("Tashkent", "place"), E("Kabul", "place")],
"Wire report, NO year anywhere (no page date, no year in the dateline) -> all dates null: m1 '1-2 May' and m3 '14 April' are dated by day/month only (real-world year unknowable from the text). m1: the two-day business forum in Termez ('this border city' = the dateline city; the dateline is also the venue here), where 35 agreements were signed; m2: the Tursunov-Azizullah talks 'On the sidelines of the forum' -- same city, same states, same persons as m1 (a converter cannot tell them apart by features; both are in the gold because the text reports both). m3: the preparatory meeting in Tashkent between two ministries (participant_orgs; states from the ministries' owners). 'Mawlawi' is a religious title (alias only). Azizullah is 'Afghanistan's acting Minister' -> represents Afghanistan (as dev2 g2_03 for 'Afghanistan's acting Foreign Minister'). 'Uzbek officials urged' -> holder Uzbekistan (officials unnamed). 'the Islamic Emirate' / 'the Afghan authorities' / 'the Taliban government' = Afghan Interim Government. 'extremist groups such as ISKP' names ISKP as a threat, NOT as terrorist -> no designation (deliberate negative test). 'Uzbekistan has not recognized the Taliban government' is a fact, not annotated as a stance. Kadirov's expected visit to Kabul is PLANNED -> not a meeting.")

# ---------------- p12
emit("p12_un_noon_briefing_doha", """Daily Press Briefing by the Office of the Spokesperson for the Secretary-General
1 July 2025

AFGHANISTAN

Spokesperson Teodora Marinescu-Vidal: Yesterday in Doha, the United Nations convened the first meeting of the working group on counter-narcotics under the Doha process, bringing together special envoys and experts from some 25 countries and regional organizations, as well as a delegation from the de facto authorities in Kabul. The meeting was chaired by Lakshmi Venkataraman, the Assistant Secretary-General for Asia and the Pacific.

Ms. Venkataraman said that participants stressed that alternative livelihoods for farmers must accompany any ban on poppy cultivation, and she urged donors to scale up funding for these programmes. She also reiterated the UN's call on the de facto authorities to lift restrictions on women's education and employment, noting that these restrictions hamper recovery.

Question: Did the Taliban delegation raise the issue of their seat at the General Assembly?

Spokesperson: Not that I'm aware of. The meeting focused on technical cooperation. The credentials question is a matter for Member States.

Question: Is there a date for the next meeting of special envoys?

Spokesperson: The working group on the private sector will meet in Doha on Thursday. We will share details on a fourth Doha meeting of envoys when it is scheduled.

Question: Your reaction to the attack in Kabul over the weekend claimed by ISIL-K?

Spokesperson: The Secretary-General condemns the attack, which killed at least nine civilians, and extends his condolences to the families of the victims. ISIL-K is listed by the Security Council as a terrorist entity, and those responsible must be held accountable.
""",
[M("m1", "First meeting of the Doha process working group on counter-narcotics", "2025-06-30", "Doha", "Qatar",
   series="Doha process", chair="Lakshmi Venkataraman",
   orgs=["United Nations", "Afghan Interim Government"],
   parts=[("Lakshmi Venkataraman", "Assistant Secretary-General for Asia and the Pacific", "United Nations")])],
[S("meeting:m1", "support", None, "alternative livelihoods to accompany a poppy ban", "participants stressed that alternative livelihoods for farmers must accompany any ban on poppy cultivation"),
 S("Lakshmi Venkataraman", "urge", "donors", "scale up funding for alternative livelihoods", "she urged donors to scale up funding for these programmes"),
 S("Lakshmi Venkataraman", "urge", "Afghan Interim Government", "lift restrictions on women's education and employment", "reiterated the UN's call on the de facto authorities to lift restrictions on women's education and employment"),
 S("Secretary-General", "condemn", None, "ISIL-K attack in Kabul", "The Secretary-General condemns the attack, which killed at least nine civilians"),
 S("Teodora Marinescu-Vidal", "urge", None, "those responsible held accountable", "those responsible must be held accountable")],
[D("Islamic State Khorasan Province", ["ISIL-K"], "United Nations Security Council", None, "ISIL-K is listed by the Security Council as a terrorist entity")],
[E("United Nations", "igo", "United Nations", "UN"), E("United Nations Security Council", "igo", "Security Council"),
 E("Afghan Interim Government", "government", "de facto authorities"), E("Taliban", "armed_group", "Taliban"),
 E("Islamic State Khorasan Province", "armed_group", "ISIL-K"), E("Afghanistan", "state", "AFGHANISTAN"),
 E("Teodora Marinescu-Vidal", "person", "Spokesperson"), E("Lakshmi Venkataraman", "person", "Ms. Venkataraman", "Venkataraman"),
 E("Doha", "place"), E("Kabul", "place")],
"UN noon-briefing transcript. Header date '1 July 2025'; 'Yesterday in Doha, the United Nations convened the first meeting of the working group on counter-narcotics' -> m1 2025-06-30, Doha. 'first meeting' of the working group is not the series ordinal of the Doha envoys' meetings -> ordinal null (judgement call; ordinal 1 of the working group is defensible). Chair: ASG Venkataraman ('was chaired by'). No state is named as attending ('some 25 countries') -> participant_states []; orgs the UN and the de facto authorities' delegation (Afghan Interim Government). 'participants stressed' -> meeting:m1 (vacuous holder). 'The working group on the private sector will meet in Doha on Thursday' and 'a fourth Doha meeting of envoys' are PLANNED -> not meetings. The Secretary-General is unnamed -> holder string 'Secretary-General' (no entity). 'those responsible must be held accountable' is the Spokesperson's own sentence -> holder the Spokesperson (could be argued to be the SG's). Designation: 'ISIL-K is listed by the Security Council as a terrorist entity' -> authority UN Security Council, date null; canonical Islamic State Khorasan Province. 'The credentials question is a matter for Member States' -> not a stance.")

# ---------------- p13
emit("p13_kyrgyz_taliban_delisting", """ date 2024-09-27 Kyrgyzstan removes Taliban from list of banned organizations

BISHKEK, Sept. 26 (AKIpress) - Kyrgyzstan has removed the Taliban movement from its national list of terrorist and extremist organizations, the press service of the State Committee for National Security said on Thursday. The movement had been included in the list by a Supreme Court ruling in 2003.

The decision was taken "taking into account the current situation in Afghanistan and the need to develop trade and economic cooperation," the statement said.

The announcement came two days after Kyrgyz Foreign Minister Kubanychbek Asanaliev received a Taliban delegation led by acting Minister of Industry and Commerce Nooruddin Azizullah in Bishkek. The sides discussed the CASA-1000 power line and supplies of Kyrgyz wheat and flour. Asanaliev reaffirmed Kyrgyzstan's readiness to contribute to the socio-economic reconstruction of Afghanistan, while calling on the Taliban to form an inclusive government that reflects the interests of all ethnic groups.

Azizullah welcomed the decision to remove the movement from the list and invited Kyrgyz companies to invest in Afghan mining.

Kazakhstan took a similar step in December 2023. Russia, which designated the Taliban as a terrorist organization in 2003, has said it is working towards lifting the ban.

Kyrgyzstan continues to list the Islamic Movement of Uzbekistan and Hizb ut-Tahrir as banned terrorist and extremist groups.
""",
[M("m1", "Kyrgyz FM Asanaliev receives Taliban delegation led by Azizullah (Bishkek)", "2024-09-24", "Bishkek", "Kyrgyzstan",
   states=["Kyrgyzstan"], orgs=["Taliban"],
   parts=[("Kubanychbek Asanaliev", "Foreign Minister", "Kyrgyzstan"), ("Nooruddin Azizullah", "acting Minister of Industry and Commerce", "Taliban")])],
[S("Kubanychbek Asanaliev", "reaffirm", "Afghanistan", "readiness to contribute to Afghan reconstruction", "Asanaliev reaffirmed Kyrgyzstan's readiness to contribute to the socio-economic reconstruction of Afghanistan"),
 S("Kubanychbek Asanaliev", "urge", "Taliban", "inclusive government", "calling on the Taliban to form an inclusive government that reflects the interests of all ethnic groups"),
 S("Nooruddin Azizullah", "welcome", "Kyrgyzstan", "removal of the Taliban from the list", "Azizullah welcomed the decision to remove the movement from the list"),
 S("Nooruddin Azizullah", "urge", None, "Kyrgyz companies to invest in Afghan mining", "invited Kyrgyz companies to invest in Afghan mining"),
 S("Russia", "other", "Taliban", "working towards lifting the ban on the Taliban", "has said it is working towards lifting the ban")],
[D("Taliban", ["Taliban movement", "Taliban"], "Kyrgyzstan", "2003", "The movement had been included in the list by a Supreme Court ruling in 2003"),
 D("Taliban", ["Taliban"], "Russia", "2003", "Russia, which designated the Taliban as a terrorist organization in 2003"),
 D("Islamic Movement of Uzbekistan", ["Islamic Movement of Uzbekistan"], "Kyrgyzstan", None, "Kyrgyzstan continues to list the Islamic Movement of Uzbekistan and Hizb ut-Tahrir as banned terrorist and extremist groups"),
 D("Hizb ut-Tahrir", ["Hizb ut-Tahrir"], "Kyrgyzstan", None, "Kyrgyzstan continues to list the Islamic Movement of Uzbekistan and Hizb ut-Tahrir as banned terrorist and extremist groups")],
[E("Kyrgyzstan", "state", "Kyrgyz"), E("Afghanistan", "state"), E("Kazakhstan", "state"), E("Russia", "state"),
 E("State Committee for National Security", "government", "State Committee for National Security"),
 E("Taliban", "armed_group", "Taliban", "Taliban movement"), E("Islamic Movement of Uzbekistan", "armed_group"), E("Hizb ut-Tahrir", "armed_group"),
 E("Kubanychbek Asanaliev", "person", "Asanaliev"), E("Nooruddin Azizullah", "person", "Azizullah"),
 E("AKIpress", "organization"), E("Bishkek", "place", "BISHKEK")],
"Wire report. Page date 2024-09-27; dateline 'Sept. 26' + 'said on Thursday' (26 Sep 2024 is a Thursday) = the announcement; the meeting was 'two days after' -> 'The announcement came two days after ... received a Taliban delegation' -> meeting 2024-09-24 (computed, not stated as a date: doubtful but derivable). 'a Taliban delegation led by' -> participant_orgs Taliban and Azizullah represents the Taliban (as dev 01 Baradar), Afghanistan not in participant_states (contrast p11, where the text says 'Afghanistan's acting Minister'). DE-LISTING: Kyrgyzstan 'removed the Taliban movement from its national list' -> the text states the original listing ('included in the list by a Supreme Court ruling in 2003') -> one designation item for that 2003 listing by Kyrgyzstan; the removal itself is not a designation. Russia 'designated the Taliban as a terrorist organization in 2003' -> second Taliban designation, authority Russia (two designation items with the same designee). 'Kazakhstan took a similar step in December 2023' = a de-listing whose original listing is not stated here -> no designation item. IMU and Hizb ut-Tahrir: current listing 'as banned terrorist and extremist groups' by Kyrgyzstan, date null. 'invited Kyrgyz companies to invest' typed urge (an invitation; doubtful, other is defensible). Russia 'working towards lifting the ban' -> other. The State Committee's quoted reason is a justification, not annotated as a stance.")
