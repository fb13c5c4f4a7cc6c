from common import *

# ---------------- p14
emit("p14_oic_jeddah_gaza", """ date 2023-10-19 JEDDAH - The Organisation of Islamic Cooperation (OIC) held an extraordinary open-ended meeting of its Executive Committee at the level of foreign ministers in the Saudi port city of Jeddah on Wednesday to discuss the military escalation in Gaza.

The meeting, convened at the invitation of Saudi Arabia as chair of the Islamic Summit, was opened by Saudi Foreign Minister Prince Turki bin Mansour Al Saud and addressed by OIC Secretary-General Amadou Seydou Diallo, who warned that the escalation threatened to drag the region into a wider war.

In its final communique, the meeting condemned the Israeli bombardment of civilians in the Gaza Strip and rejected the forced displacement of the Palestinian people. It called on the UN Security Council to shoulder its responsibilities and impose an immediate ceasefire, and demanded the opening of humanitarian corridors.

Addressing the meeting, Iranian Foreign Minister Mojtaba Rahimzadeh Nouri called on Islamic countries to impose an oil embargo on Israel and to expel Israeli ambassadors. Egyptian Foreign Minister Karim Adel Mansour said Egypt firmly rejected any attempt to liquidate the Palestinian cause at the expense of neighbouring countries.

On the sidelines, Prince Turki held talks with Rahimzadeh Nouri, and the two ministers agreed to continue close coordination on the crisis.
""",
[M("m1", "Extraordinary open-ended meeting of the OIC Executive Committee at foreign-minister level on Gaza (Jeddah)", "2023-10-18", "Jeddah", "Saudi Arabia",
   series="OIC Executive Committee", states=["Saudi Arabia", "Iran", "Egypt"], orgs=["Organisation of Islamic Cooperation"],
   parts=[("Turki bin Mansour Al Saud", "Foreign Minister", "Saudi Arabia"), ("Amadou Seydou Diallo", "Secretary-General", "Organisation of Islamic Cooperation"),
          ("Mojtaba Rahimzadeh Nouri", "Foreign Minister", "Iran"), ("Karim Adel Mansour", "Foreign Minister", "Egypt")]),
 M("m2", "Saudi-Iranian foreign ministers' talks on the sidelines (Jeddah)", None, "Jeddah", "Saudi Arabia",
   states=["Saudi Arabia", "Iran"],
   parts=[("Turki bin Mansour Al Saud", "Foreign Minister", "Saudi Arabia"), ("Mojtaba Rahimzadeh Nouri", "Foreign Minister", "Iran")])],
[S("Amadou Seydou Diallo", "concern", None, "escalation may drag region into wider war", "warned that the escalation threatened to drag the region into a wider war"),
 S("meeting:m1", "condemn", "Israel", "Israeli bombardment of civilians in Gaza", "the meeting condemned the Israeli bombardment of civilians in the Gaza Strip"),
 S("meeting:m1", "oppose", None, "forced displacement of Palestinians", "rejected the forced displacement of the Palestinian people"),
 S("meeting:m1", "urge", "United Nations Security Council", "UNSC to impose an immediate ceasefire", "It called on the UN Security Council to shoulder its responsibilities and impose an immediate ceasefire"),
 S("meeting:m1", "urge", None, "humanitarian corridors", "demanded the opening of humanitarian corridors"),
 S("Mojtaba Rahimzadeh Nouri", "urge", None, "oil embargo on Israel, expel Israeli ambassadors", "called on Islamic countries to impose an oil embargo on Israel and to expel Israeli ambassadors"),
 S("Karim Adel Mansour", "oppose", None, "liquidation of the Palestinian cause at neighbours' expense", "Egypt firmly rejected any attempt to liquidate the Palestinian cause at the expense of neighbouring countries"),
 S("meeting:m2", "commit", None, "continue close coordination", "the two ministers agreed to continue close coordination on the crisis")],
[],
[E("Organisation of Islamic Cooperation", "igo", "Organisation of Islamic Cooperation", "OIC"), E("Saudi Arabia", "state", "Saudi"),
 E("Iran", "state"), E("Egypt", "state"), E("Israel", "state"), E("United Nations Security Council", "igo", "UN Security Council"),
 E("Turki bin Mansour Al Saud", "person", "Prince Turki"), E("Amadou Seydou Diallo", "person"),
 E("Mojtaba Rahimzadeh Nouri", "person", "Rahimzadeh Nouri"), E("Karim Adel Mansour", "person"),
 E("Jeddah", "place", "JEDDAH"), E("Gaza Strip", "place", "Gaza")],
"News report. Page date 2023-10-19; 'in the Saudi port city of Jeddah on Wednesday' -> 2023-10-18 (a Wednesday). OIC members are not listed; participant_states are the three states whose ministers are named as opening/addressing the meeting (Saudi Arabia, Iran, Egypt), OIC in participant_orgs. Final-communique positions -> meeting:m1 (holders then the three named states: a known weakness of the convention when most members are unnamed). 'Islamic countries' addressee is vague -> null. m2: Saudi-Iranian talks 'On the sidelines' -> city Jeddah, date not stated (null). Prince Turki bin Mansour Al Saud is the same invented Saudi FM as in p02. No designations (no group is called terrorist).")

# ---------------- p15
emit("p15_arab_league_cairo", """ date 2025-03-07 CAIRO, March 6 (KUNA) -- Arab foreign ministers meeting in Cairo on Thursday for the 163rd ordinary session of the Arab League Council at the ministerial level called on the international community to designate the Houthi militia a terrorist organisation and to halt the flow of weapons to it.

The session, chaired by Mauritanian Foreign Minister Mohamed Salem Ould Cheikh Sidiya, was attended by the foreign ministers of Egypt, Saudi Arabia, Jordan, Iraq, Algeria and Morocco, among others, and by Arab League Secretary-General Hisham Badr El-Din.

The ministers reaffirmed their support for the unity, sovereignty and territorial integrity of Sudan and rejected any attempt to form a parallel government there. They welcomed the steps taken by the Syrian authorities towards an inclusive national dialogue and condemned Israel's incursions into the buffer zone in southern Syria. The Council also endorsed the outcome of the extraordinary Arab summit held in Cairo on 4 March on the reconstruction of Gaza.

In his opening address, Badr El-Din said "the Arab region cannot afford another forgotten war," urging donors to fund the humanitarian response in Sudan.

On the sidelines, Jordanian Foreign Minister Omar Khalid Al-Rawashdeh and Iraqi Foreign Minister Hassan Abdulkarim Al-Jubouri agreed to accelerate work on the Basra-Aqaba oil pipeline.
""",
[M("m1", "163rd ordinary session of the Arab League Council at ministerial level (Cairo)", "2025-03-06", "Cairo", "Egypt",
   series="Arab League Council at the ministerial level", ordinal=163, chair="Mohamed Salem Ould Cheikh Sidiya",
   states=["Mauritania", "Egypt", "Saudi Arabia", "Jordan", "Iraq", "Algeria", "Morocco"], orgs=["Arab League"],
   parts=[("Mohamed Salem Ould Cheikh Sidiya", "Foreign Minister", "Mauritania"), ("Hisham Badr El-Din", "Secretary-General", "Arab League")]),
 M("m2", "Extraordinary Arab summit on the reconstruction of Gaza (Cairo)", "2025-03-04", "Cairo", "Egypt", orgs=["Arab League"]),
 M("m3", "Jordanian-Iraqi foreign ministers' meeting on the sidelines (Cairo)", None, "Cairo", "Egypt",
   states=["Jordan", "Iraq"],
   parts=[("Omar Khalid Al-Rawashdeh", "Foreign Minister", "Jordan"), ("Hassan Abdulkarim Al-Jubouri", "Foreign Minister", "Iraq")])],
[S("meeting:m1", "urge", "international community", "designate the Houthis a terrorist organisation", "called on the international community to designate the Houthi militia a terrorist organisation"),
 S("meeting:m1", "urge", "international community", "halt weapons flow to the Houthis", "to halt the flow of weapons to it"),
 S("meeting:m1", "reaffirm", "Sudan", "unity, sovereignty, territorial integrity of Sudan", "The ministers reaffirmed their support for the unity, sovereignty and territorial integrity of Sudan"),
 S("meeting:m1", "oppose", None, "parallel government in Sudan", "rejected any attempt to form a parallel government there"),
 S("meeting:m1", "welcome", "Syria", "Syrian steps towards inclusive national dialogue", "They welcomed the steps taken by the Syrian authorities towards an inclusive national dialogue"),
 S("meeting:m1", "condemn", "Israel", "Israeli incursions into the buffer zone in Syria", "condemned Israel's incursions into the buffer zone in southern Syria"),
 S("meeting:m1", "support", None, "outcome of the extraordinary Arab summit on Gaza reconstruction", "The Council also endorsed the outcome of the extraordinary Arab summit held in Cairo on 4 March on the reconstruction of Gaza"),
 S("Hisham Badr El-Din", "concern", None, "another forgotten war", "the Arab region cannot afford another forgotten war"),
 S("Hisham Badr El-Din", "urge", "donors", "fund the humanitarian response in Sudan", "urging donors to fund the humanitarian response in Sudan"),
 S("meeting:m3", "commit", None, "accelerate the Basra-Aqaba oil pipeline", "agreed to accelerate work on the Basra-Aqaba oil pipeline")],
[],
[E("Arab League", "igo", "Arab League"), E("Mauritania", "state", "Mauritanian"), E("Egypt", "state"), E("Saudi Arabia", "state"),
 E("Jordan", "state", "Jordanian"), E("Iraq", "state", "Iraqi"), E("Algeria", "state"), E("Morocco", "state"), E("Sudan", "state"),
 E("Syria", "state", "Syrian authorities"), E("Israel", "state"), E("Houthis", "armed_group", "Houthi militia"),
 E("Mohamed Salem Ould Cheikh Sidiya", "person"), E("Hisham Badr El-Din", "person", "Badr El-Din"),
 E("Omar Khalid Al-Rawashdeh", "person"), E("Hassan Abdulkarim Al-Jubouri", "person"), E("Kuwait News Agency", "organization", "KUNA"),
 E("Cairo", "place", "CAIRO"), E("Gaza Strip", "place", "Gaza")],
"KUNA wire. Page date 2025-03-07; dateline 'CAIRO, March 6' + 'on Thursday' (6 March 2025 is a Thursday) -> 2025-03-06, ordinal 163. Chair: Mauritania's FM. participant_states: the chair's state plus 'the foreign ministers of Egypt, Saudi Arabia, Jordan, Iraq, Algeria and Morocco, among others' (the others are unnamed). Positions of 'the ministers' / 'The Council' -> meeting:m1. KEY NEGATIVE TEST: 'called on the international community to designate the Houthi militia a terrorist organisation' is a CALL to designate, not a designation -> an urge stance, and NO designation item. 'the Syrian authorities' -> addressee Syria (alias). m2: the recalled 'extraordinary Arab summit held in Cairo on 4 March' (year from the page date; states not named). m3: Jordan-Iraq sidelines meeting, Cairo, date not stated. Badr El-Din's quoted sentence typed concern (doubtful; other is defensible). Al-Jubouri is the same invented Iraqi FM as in p08.")
