from common import *

# ---------------- p18
emit("p18_c5plus1_newyork", """Joint Statement of the C5+1 Foreign Ministers

MEDIA NOTE
OFFICE OF THE SPOKESPERSON
SEPTEMBER 23, 2024

The following joint statement was issued by the Governments of the United States of America, the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of Tajikistan, Turkmenistan and the Republic of Uzbekistan.

Begin text:

Secretary of State Jonathan Whitfield hosted the foreign ministers of Kazakhstan, the Kyrgyz Republic, Tajikistan, Turkmenistan and Uzbekistan for a C5+1 Ministerial on Sunday on the margins of the 79th session of the UN General Assembly in New York.

The ministers:

- Reaffirmed their support for the independence, sovereignty and territorial integrity of the Central Asian states;
- Welcomed progress on the Trans-Caspian International Transport Route and committed to reducing non-tariff barriers along the route;
- Expressed concern about the persistent threat posed by terrorist groups operating from Afghanistan, including ISIS-K, and called on the Taliban to honor its counterterrorism commitments;
- Committed to launching a C5+1 Critical Minerals Dialogue in 2025;
- Recalled the first C5+1 ministerial meeting, held in Samarkand on 1 November 2015, and the progress achieved since then.

The ministers look forward to the C5+1 Leaders' Summit to be held next year.

End text.
""",
[M("m1", "C5+1 Ministerial on the margins of UNGA 79 (New York)", "2024-09-22", "New York", "United States",
   series="C5+1", states=["United States", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"], orgs=["C5+1"],
   parts=[("Jonathan Whitfield", "Secretary of State", "United States")]),
 M("m2", "First C5+1 ministerial meeting (Samarkand)", "2015-11-01", "Samarkand", "Uzbekistan",
   series="C5+1", ordinal=1, orgs=["C5+1"])],
[S("meeting:m1", "reaffirm", None, "independence, sovereignty, territorial integrity of Central Asian states", "Reaffirmed their support for the independence, sovereignty and territorial integrity of the Central Asian states"),
 S("meeting:m1", "welcome", None, "progress on the Trans-Caspian route", "Welcomed progress on the Trans-Caspian International Transport Route"),
 S("meeting:m1", "commit", None, "reduce non-tariff barriers along the route", "committed to reducing non-tariff barriers along the route"),
 S("meeting:m1", "concern", None, "terrorist threat from Afghanistan incl. ISIS-K", "Expressed concern about the persistent threat posed by terrorist groups operating from Afghanistan, including ISIS-K"),
 S("meeting:m1", "urge", "Taliban", "honor counterterrorism commitments", "called on the Taliban to honor its counterterrorism commitments"),
 S("meeting:m1", "commit", None, "launch a C5+1 Critical Minerals Dialogue", "Committed to launching a C5+1 Critical Minerals Dialogue in 2025"),
 S("meeting:m1", "other", None, "look forward to the C5+1 Leaders' Summit", "The ministers look forward to the C5+1 Leaders' Summit to be held next year")],
[D("Islamic State Khorasan Province", ["ISIS-K"], "meeting:m1", None, "terrorist groups operating from Afghanistan, including ISIS-K")],
[E("United States", "state", "United States of America"), E("Kazakhstan", "state", "Republic of Kazakhstan"), E("Kyrgyzstan", "state", "Kyrgyz Republic"),
 E("Tajikistan", "state", "Republic of Tajikistan"), E("Turkmenistan", "state"), E("Uzbekistan", "state", "Republic of Uzbekistan"),
 E("Afghanistan", "state"), E("C5+1", "organization"), E("United Nations General Assembly", "igo", "UN General Assembly"),
 E("Taliban", "armed_group"), E("Islamic State Khorasan Province", "armed_group", "ISIS-K"),
 E("Jonathan Whitfield", "person"), E("New York", "place"), E("Samarkand", "place")],
"State Department media note with a joint statement. Header date 'SEPTEMBER 23, 2024' (a Monday); the ministerial was 'on Sunday' -> 2024-09-22, New York ('on the margins of the 79th session of the UN General Assembly' is context, not a separate meeting). Six states named twice (long forms in the issuing sentence). Whitfield 'hosted' -> not annotated as chair (as dev 05 'opening remarks'); the five Central Asian ministers are unnamed. Bullets under 'The ministers:' -> meeting:m1. Designation: 'terrorist groups operating from Afghanistan, including ISIS-K' -> authority meeting:m1, date null. m2: 'the first C5+1 ministerial meeting, held in Samarkand on 1 November 2015' -> recalled meeting, ordinal 1, states not named for it -> []. 'Recalled ... the progress achieved' is not a stance. 'look forward to the C5+1 Leaders' Summit to be held next year' -> other (as g3_07); the summit is PLANNED, not a meeting. 'Begin text:'/'End text.' kept as page text.")

# ---------------- p19
emit("p19_csto_cfm_minsk", """ date 2024-11-29 MINSK, 29 November (BelTA) - Foreign ministers of the Collective Security Treaty Organization (CSTO) met here today and approved a package of documents for the upcoming session of the Collective Security Council.

The meeting, chaired by Belarusian Foreign Minister Andrei Zhukovets, was attended by the foreign ministers of Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan and by CSTO Secretary General Nurlan Baimukhanov. Armenia, which froze its participation in the organization earlier this year, did not send a delegation.

In a joint statement, the ministers expressed concern over the situation on the Tajik-Afghan border and the activity of international terrorist organizations in Afghanistan, and agreed to speed up the implementation of the interstate targeted programme to strengthen the Tajik-Afghan border. They reaffirmed their commitment to the principle of the indivisibility of security and condemned the use of unilateral coercive measures against CSTO member states.

Russian Foreign Minister Konstantin Belyaev said Moscow opposed the deployment of US intermediate-range missiles in Europe and the Asia-Pacific. Tajik Foreign Minister Farrukh Rahimzoda called on CSTO partners to provide additional military-technical assistance to Tajik border guards.

Earlier in the day, Zhukovets and Belyaev held bilateral consultations and signed a plan of inter-ministerial consultations for 2025-2026.
""",
[M("m1", "CSTO Council of Foreign Ministers (Minsk)", "2024-11-29", "Minsk", "Belarus",
   series="CSTO Council of Foreign Ministers", chair="Andrei Zhukovets",
   states=["Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"], orgs=["Collective Security Treaty Organization"],
   parts=[("Andrei Zhukovets", "Foreign Minister", "Belarus"), ("Nurlan Baimukhanov", "Secretary General", "Collective Security Treaty Organization"),
          ("Konstantin Belyaev", "Foreign Minister", "Russia"), ("Farrukh Rahimzoda", "Foreign Minister", "Tajikistan")]),
 M("m2", "Belarus-Russia bilateral foreign ministers' consultations (Minsk)", "2024-11-29", "Minsk", "Belarus",
   states=["Belarus", "Russia"],
   parts=[("Andrei Zhukovets", "Foreign Minister", "Belarus"), ("Konstantin Belyaev", "Foreign Minister", "Russia")])],
[S("meeting:m1", "concern", None, "Tajik-Afghan border and terrorist activity in Afghanistan", "the ministers expressed concern over the situation on the Tajik-Afghan border and the activity of international terrorist organizations in Afghanistan"),
 S("meeting:m1", "commit", None, "speed up the programme to strengthen the Tajik-Afghan border", "agreed to speed up the implementation of the interstate targeted programme to strengthen the Tajik-Afghan border"),
 S("meeting:m1", "reaffirm", None, "indivisibility of security", "They reaffirmed their commitment to the principle of the indivisibility of security"),
 S("meeting:m1", "condemn", None, "unilateral coercive measures against CSTO members", "condemned the use of unilateral coercive measures against CSTO member states"),
 S("Konstantin Belyaev", "oppose", "United States", "US intermediate-range missiles in Europe and Asia-Pacific", "Moscow opposed the deployment of US intermediate-range missiles in Europe and the Asia-Pacific"),
 S("Farrukh Rahimzoda", "urge", "Collective Security Treaty Organization", "military-technical assistance to Tajik border guards", "called on CSTO partners to provide additional military-technical assistance to Tajik border guards"),
 S("meeting:m2", "commit", None, "plan of inter-ministerial consultations 2025-2026", "signed a plan of inter-ministerial consultations for 2025-2026")],
[],
[E("Collective Security Treaty Organization", "igo", "Collective Security Treaty Organization", "CSTO"),
 E("Belarus", "state", "Belarusian"), E("Kazakhstan", "state"), E("Kyrgyzstan", "state"), E("Russia", "state", "Moscow"),
 E("Tajikistan", "state", "Tajik"), E("Armenia", "state"), E("Afghanistan", "state"), E("United States", "state", "US"),
 E("Andrei Zhukovets", "person", "Zhukovets"), E("Nurlan Baimukhanov", "person"), E("Konstantin Belyaev", "person", "Belyaev"),
 E("Farrukh Rahimzoda", "person"), E("BelTA", "organization"), E("Minsk", "place", "MINSK")],
"BelTA wire. Page date 2024-11-29 and dateline 'MINSK, 29 November' + 'met here today' -> 2024-11-29; venue only the dateline ('here'). Chair: Belarus's FM. participant_states from 'the foreign ministers of Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan'. NEGATIVE TEST: Armenia, a CSTO member, 'did not send a delegation' -> NOT a participant. Joint-statement positions -> meeting:m1. 'international terrorist organizations' is generic -> no designation. 'Moscow opposed' = Russia, said by Belyaev -> holder Belyaev (Russia beside him accepted); 'Moscow' is metonymy (alias of Russia; no Moscow place here). 'CSTO partners' -> addressee the CSTO (doubtful; null defensible). m2: Zhukovets-Belyaev bilateral consultations 'Earlier in the day' -> same date and city as m1; told apart by states/persons. 'the upcoming session of the Collective Security Council' is PLANNED -> not a meeting.")

# ---------------- p20
emit("p20_ecowas_abuja_summit", """FINAL COMMUNIQUE

SIXTY-SIXTH ORDINARY SESSION OF THE ECOWAS AUTHORITY OF HEADS OF STATE AND GOVERNMENT

Abuja, Federal Republic of Nigeria, 15 December 2024

1. The Sixty-Sixth Ordinary Session of the Authority of Heads of State and Government of the Economic Community of West African States (ECOWAS) was held in Abuja on 15 December 2024, under the chairmanship of H.E. Babatunde Olaniyan Adekunle, President of the Federal Republic of Nigeria and Chairman of the Authority.

2. The following Heads of State and Government or their duly mandated representatives attended: H.E. Kwabena Asante-Boakye, President of the Republic of Ghana; H.E. Mamadou Lamine Diouf, President of the Republic of Senegal; H.E. Joseph Kanu Bangura, President of the Republic of Sierra Leone; H.E. Tiemoko Kone, Vice-President of the Republic of Cote d'Ivoire; and H.E. Lamin Ceesay-Jallow, Minister of Foreign Affairs of The Gambia.

3. The Authority takes note of the decision of Burkina Faso, the Republic of Mali and the Republic of Niger to withdraw from ECOWAS, and urges the three countries to preserve the free movement of persons and goods during the transition period.

4. The Authority strongly condemns the persistent attacks perpetrated by terrorist groups, including Jama'at Nusrat al-Islam wal-Muslimin (JNIM) and the Islamic State Sahel Province, and expresses its solidarity with the affected populations.

5. The Authority directs the ECOWAS Commission to accelerate the operationalisation of the ECOWAS Standby Force.

6. The Authority recalls the decisions of its Extraordinary Summit held in Abuja on 24 February 2024, at which sanctions on the Republic of Niger were lifted.

7. The Authority decides that its next Ordinary Session will be held in June 2025.
""",
[M("m1", "66th Ordinary Session of the ECOWAS Authority of Heads of State and Government (Abuja)", "2024-12-15", "Abuja", "Nigeria",
   series="ECOWAS Authority of Heads of State and Government", ordinal=66, chair="Babatunde Olaniyan Adekunle",
   states=["Nigeria", "Ghana", "Senegal", "Sierra Leone", "Ivory Coast", "Gambia"], orgs=["Economic Community of West African States"],
   parts=[("Babatunde Olaniyan Adekunle", "President of the Federal Republic of Nigeria and Chairman of the Authority", "Nigeria"),
          ("Kwabena Asante-Boakye", "President of the Republic of Ghana", "Ghana"),
          ("Mamadou Lamine Diouf", "President of the Republic of Senegal", "Senegal"),
          ("Joseph Kanu Bangura", "President of the Republic of Sierra Leone", "Sierra Leone"),
          ("Tiemoko Kone", "Vice-President of the Republic of Cote d'Ivoire", "Ivory Coast"),
          ("Lamin Ceesay-Jallow", "Minister of Foreign Affairs of The Gambia", "Gambia")]),
 M("m2", "Extraordinary Summit of the ECOWAS Authority (Abuja)", "2024-02-24", "Abuja", "Nigeria",
   series="ECOWAS Authority of Heads of State and Government", orgs=["Economic Community of West African States"])],
[S("meeting:m1", "urge", ["Burkina Faso", "Mali", "Niger"], "preserve free movement during the transition", "urges the three countries to preserve the free movement of persons and goods during the transition period"),
 S("meeting:m1", "condemn", ["Jama'at Nusrat al-Islam wal-Muslimin", "Islamic State Sahel Province"], "attacks by JNIM and IS Sahel Province", "The Authority strongly condemns the persistent attacks perpetrated by terrorist groups"),
 S("meeting:m1", "other", None, "solidarity with affected populations", "expresses its solidarity with the affected populations"),
 S("meeting:m1", "urge", "ECOWAS Commission", "operationalise the ECOWAS Standby Force", "The Authority directs the ECOWAS Commission to accelerate the operationalisation of the ECOWAS Standby Force")],
[D("Jama'at Nusrat al-Islam wal-Muslimin", ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"], "meeting:m1", None,
   "terrorist groups, including Jama'at Nusrat al-Islam wal-Muslimin (JNIM) and the Islamic State Sahel Province"),
 D("Islamic State Sahel Province", ["Islamic State Sahel Province"], "meeting:m1", None,
   "terrorist groups, including Jama'at Nusrat al-Islam wal-Muslimin (JNIM) and the Islamic State Sahel Province")],
[E("Economic Community of West African States", "igo", "Economic Community of West African States", "ECOWAS"),
 E("ECOWAS Commission", "igo", "ECOWAS Commission"),
 E("Nigeria", "state", "Federal Republic of Nigeria"), E("Ghana", "state", "Republic of Ghana"), E("Senegal", "state", "Republic of Senegal"),
 E("Sierra Leone", "state", "Republic of Sierra Leone"), E("Ivory Coast", "state", "Cote d'Ivoire", "Republic of Cote d'Ivoire"),
 E("Gambia", "state", "The Gambia"), E("Burkina Faso", "state"), E("Mali", "state", "Republic of Mali"), E("Niger", "state", "Republic of Niger"),
 E("Jama'at Nusrat al-Islam wal-Muslimin", "armed_group", "JNIM"), E("Islamic State Sahel Province", "armed_group"),
 E("Babatunde Olaniyan Adekunle", "person"), E("Kwabena Asante-Boakye", "person"), E("Mamadou Lamine Diouf", "person"),
 E("Joseph Kanu Bangura", "person"), E("Tiemoko Kone", "person"), E("Lamin Ceesay-Jallow", "person"), E("Abuja", "place")],
"ECOWAS final communiqué. 'SIXTY-SIXTH' / 'Sixty-Sixth Ordinary Session' -> ordinal 66 (ordinal in words), 15 December 2024, Abuja. Chair: Nigeria's President ('under the chairmanship of'). Participants from the 'attended:' list (heads of state, a Vice-President and a Foreign Minister as 'duly mandated representatives'); titles as written. Canonical 'Ivory Coast' for 'Cote d'Ivoire' (accent dropped in text); 'The Gambia' -> Gambia. NEGATIVE TEST: Burkina Faso, Mali and Niger are named but are withdrawing and did not attend -> not participants (addressees only). 'The Authority' (= the assembled heads of state) -> meeting:m1. 'takes note of the decision' -> not a stance. 'directs the ECOWAS Commission' -> urge. Designations: 'terrorist groups, including JNIM and the Islamic State Sahel Province' -> authority meeting:m1 (the assembled states; as seed 000), date null. m2: recalled Extraordinary Summit 'held in Abuja on 24 February 2024' (states not named). 'its next Ordinary Session will be held in June 2025' is PLANNED -> not a meeting.")
