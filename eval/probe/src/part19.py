from common import *

# ---------------------------------------------------------------- p71
stem = "p71_afp_ecowas_abuja_sahel_exit"
text = """
Africa

ECOWAS gives Sahel juntas six more months before exit takes effect

Published on: 15/12/2024 - 21:48   Modified: 16/12/2024 - 09:02

Photo: Nigerian President Babatunde Olaniyan-Coker (C) poses with West African leaders at the ECOWAS summit in Abuja on December 15, 2024. © Idris Balogun-Ade, AFP

Abuja (AFP) – West African leaders meeting in the Nigerian capital on Sunday granted Mali, Burkina Faso and Niger a six-month “transition period” to reconsider their departure from the regional bloc, even as the three military-ruled states insisted their decision was final.

The 66th ordinary summit of the Economic Community of West African States (ECOWAS), chaired by Nigerian President Babatunde Olaniyan-Coker, said the withdrawal would formally take effect on January 29, 2025, but that the period until July 29 would be used to keep “the doors of ECOWAS open”.

The leaders “expressed deep concern over the continued deterioration of the security situation in the Sahel” and mandated Senegal’s President Mamadou Lamine Sarr-Diop and Togo’s President Komlan Adjévi-Tchalla to pursue their mediation with the three juntas, the final communique said.

Also read: Ghana’s president-elect pledges to rebuild ties with Sahel neighbours

Ghana’s outgoing President Kwabena Ofori-Mensah, attending his last ECOWAS summit, and the presidents of Sierra Leone, Liberia, The Gambia, Benin, Guinea-Bissau and Cabo Verde were also present. Guinea, suspended since the 2021 coup, did not take part.

“ECOWAS is stronger together. We urge our brothers in Bamako, Ouagadougou and Niamey to think of the millions of citizens who trade, study and work across our borders,” Olaniyan-Coker said in his opening speech.

Adjévi-Tchalla, whose country has close ties with the juntas, warned that “terrorist groups like JNIM” were already pushing south towards the coastal states, and called for a joint counter-terrorism force to be operational “within months, not years”.

Sarr-Diop said he remained “convinced that dialogue has not said its last word”.

The three Sahel countries, which have turned away from former colonial power France and towards Russia, had already dismissed the idea of a grace period. Meeting in Niamey on Friday, foreign ministers of their Alliance of Sahel States (AES) confederation said the decision to leave was “irreversible” and accused ECOWAS of serving “foreign interests”.

Mali’s Foreign Minister Moussa Kanté-Traoré, who chaired the Niamey meeting, told state television that the AES would issue its own biometric passport from January.

Jihadist groups linked to Al-Qaeda and the Islamic State group have killed thousands of civilians and soldiers across the Sahel since 2012, and the violence has spread to northern Benin and Togo. The deadliest of them, JNIM (a group the United States lists as a terrorist organisation), claimed an attack on an army post in northern Benin last week that killed 28 soldiers.

The leaders also welcomed the peaceful conduct of Ghana’s presidential election earlier this month.

burs-abc/xyz

© 2024 AFP
"""
eco = ["Nigeria", "Senegal", "Togo", "Ghana", "Sierra Leone", "Liberia", "Gambia", "Benin", "Guinea-Bissau", "Cabo Verde"]
meetings = [
    M("m1", "66th ordinary summit of ECOWAS Heads of State and Government (Abuja)", "2024-12-15", "Abuja", "Nigeria",
      series="ECOWAS Authority of Heads of State and Government", ordinal=66, chair="Babatunde Olaniyan-Coker", states=eco,
      orgs=["Economic Community of West African States"],
      parts=[("Babatunde Olaniyan-Coker", "President", "Nigeria"),
             ("Mamadou Lamine Sarr-Diop", "President", "Senegal"),
             ("Komlan Adjévi-Tchalla", "President", "Togo"),
             ("Kwabena Ofori-Mensah", "outgoing President", "Ghana")]),
    M("m2", "Meeting of the AES foreign ministers (Niamey)", "2024-12-13", "Niamey", "Niger", series="Alliance of Sahel States",
      chair="Moussa Kanté-Traoré", states=["Mali", "Burkina Faso", "Niger"], orgs=["Alliance of Sahel States"],
      parts=[("Moussa Kanté-Traoré", "Foreign Minister", "Mali")]),
]
stances = [
    S("meeting:m1", "commit", ["Mali", "Burkina Faso", "Niger"], "six-month transition period to reconsider withdrawal", "granted Mali, Burkina Faso and Niger a six-month “transition period” to reconsider their departure from the regional bloc"),
    S("meeting:m1", "commit", None, "keep the doors of ECOWAS open", "the period until July 29 would be used to keep “the doors of ECOWAS open”"),
    S("meeting:m1", "concern", None, "deterioration of security in the Sahel", "expressed deep concern over the continued deterioration of the security situation in the Sahel"),
    S("meeting:m1", "support", None, "Senegal and Togo mediation", "mandated Senegal’s President Mamadou Lamine Sarr-Diop and Togo’s President Komlan Adjévi-Tchalla to pursue their mediation with the three juntas"),
    S("Babatunde Olaniyan-Coker", "urge", ["Mali", "Burkina Faso", "Niger"], "reconsider; think of citizens across borders", "We urge our brothers in Bamako, Ouagadougou and Niamey to think of the millions of citizens who trade, study and work across our borders"),
    S("Komlan Adjévi-Tchalla", "concern", None, "terrorist groups pushing south", "warned that “terrorist groups like JNIM” were already pushing south towards the coastal states"),
    S("Komlan Adjévi-Tchalla", "urge", None, "joint counter-terrorism force operational within months", "called for a joint counter-terrorism force to be operational “within months, not years”"),
    S("Mamadou Lamine Sarr-Diop", "other", None, "dialogue has not said its last word", "convinced that dialogue has not said its last word"),
    S("meeting:m2", "oppose", "Economic Community of West African States", "withdrawal irreversible; ECOWAS serves foreign interests", "said the decision to leave was “irreversible” and accused ECOWAS of serving “foreign interests”"),
    S("Moussa Kanté-Traoré", "commit", None, "AES biometric passport from January", "the AES would issue its own biometric passport from January"),
    S("meeting:m1", "welcome", "Ghana", "peaceful conduct of Ghana's election", "The leaders also welcomed the peaceful conduct of Ghana’s presidential election earlier this month"),
]
designations = [
    D("Jama'at Nusrat al-Islam wal-Muslimin", ["JNIM"], "Togo", None, "terrorist groups like JNIM"),
    D("Jama'at Nusrat al-Islam wal-Muslimin", ["JNIM"], "United States", None, "JNIM (a group the United States lists as a terrorist organisation)"),
]
entities = [
    E("Nigeria", "state", "Nigerian"), E("Senegal", "state"), E("Togo", "state"), E("Ghana", "state"), E("Sierra Leone", "state"),
    E("Liberia", "state"), E("Gambia", "state", "The Gambia"), E("Benin", "state"), E("Guinea-Bissau", "state"),
    E("Cabo Verde", "state"), E("Guinea", "state"), E("Mali", "state", "Bamako"), E("Burkina Faso", "state", "Ouagadougou"),
    E("Niger", "state"), E("France", "state"), E("Russia", "state"), E("United States", "state"),
    E("Economic Community of West African States", "igo", "ECOWAS"), E("Alliance of Sahel States", "igo", "AES"),
    E("Jama'at Nusrat al-Islam wal-Muslimin", "armed_group", "JNIM"), E("Al-Qaeda", "armed_group"),
    E("Islamic State", "armed_group", "Islamic State group"),
    E("Babatunde Olaniyan-Coker", "person", "Olaniyan-Coker"), E("Mamadou Lamine Sarr-Diop", "person", "Sarr-Diop"),
    E("Komlan Adjévi-Tchalla", "person", "Adjévi-Tchalla"), E("Kwabena Ofori-Mensah", "person"),
    E("Moussa Kanté-Traoré", "person"),
    E("Agence France-Presse", "organization", "AFP"),
    E("Abuja", "place"), E("Niamey", "place"),
]
notes = ("Invented AFP article (section label, publish/modify stamps in dd/mm/yyyy, photo caption with a photographer credit "
 "(chrome), 'Also read' line, 'burs-abc/xyz' slug, copyright). m1: 'on Sunday' + 'Published on: 15/12/2024' (a Sunday) -> "
 "2024-12-15; city: dateline 'Abuja (AFP)' = 'the Nigerian capital' (also in the caption); '66th ordinary summit' -> ordinal 66; chair "
 "Nigeria's President. Participant states: Nigeria, Senegal and Togo (their presidents named), Ghana, and the six whose 'presidents ... "
 "were also present' -> 10; Guinea 'did not take part'; Mali/Burkina Faso/Niger are the SUBJECT, not participants. m2: AES foreign "
 "ministers 'Meeting in Niamey on Friday' -> 2024-12-13 (Friday before the Sunday page date); chaired by Mali's FM; the three AES states. "
 "'Bamako, Ouagadougou and Niamey' in the Nigerian president's quote are metonyms for the three states, but Niamey is also m2's venue -> "
 "Niamey kept as a place only (Mali/Burkina Faso get their capitals as aliases; doubtful asymmetry). The communiqué's 'granted ... "
 "transition period' typed commit (addressees the three). 'mandated ... to pursue their mediation' -> support. 'insisted their decision "
 "was final' in the lede and the AES ministers' 'irreversible' are the same position, annotated once (meeting:m2). Designation: "
 "'terrorist groups like JNIM' in the Togolese president's quoted words -> authority Togo (speaker's state, cf. probe4 p52). The "
 "reporter's 'Jihadist groups linked to Al-Qaeda and the Islamic State group' is NOT a designation (jihadist, not terrorist); but the next sentence's 'JNIM (a group the United States lists as a terrorist "
 "organisation)' is -> second JNIM item, authority United States. The Benin attack 'last week' is an event, not a meeting. Canonical "
 "JNIM name 'Jama'at Nusrat al-Islam wal-Muslimin' is not in the text (alias JNIM only). France and Russia are background.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p72
stem = "p72_aa_ots_informal_summit_shusha"
text = """
Anadolu Ajansı  |  WORLD, ASIA - PACIFIC

Turkic leaders meet in Shusha, pledge closer transport and energy links

Turkish president calls on Turkic world to stand united against terror groups

Zeynep Karaosmanoğlu and Rauf Hüseynov   |06.07.2024 - Update : 06.07.2024

SHUSHA, Azerbaijan

Leaders of the Organization of Turkic States (OTS) gathered Saturday in Shusha, in Azerbaijan’s Karabakh region, for an informal summit focused on transport corridors, energy and climate.

The summit, hosted by Azerbaijani President Tural Mammadli, brought together Turkish President Kemalettin Aydınoğlu, Kazakh President Nurlan Seitkali, Kyrgyz President Bakyt Osmonaliev and Uzbek President Jasur Rakhimov, as well as Hungarian Prime Minister Gábor Lendvai-Szűcs and Turkmenistan’s Deputy Prime Minister Myrat Gurbanov, whose countries hold observer status.

In the Shusha Declaration adopted at the end of the meeting, the leaders reaffirmed their “strong commitment to the sovereignty and territorial integrity” of member states, welcomed the progress in the normalisation process between Azerbaijan and Armenia, and agreed to deepen cooperation along the Middle Corridor linking Asia and Europe via the Caspian Sea.

They also condemned terrorism in all its forms and manifestations.

Addressing the summit, Aydınoğlu said the Turkic world “must speak with one voice” and called on member states to act together against terrorist organizations, naming the PKK and FETO.

Ankara blames FETO for the failed coup attempt of July 15, 2016, which left 251 people dead.

For four decades the PKK – listed as a terrorist organization by Türkiye, the US and the EU – has waged an armed campaign against the Turkish state that has cost tens of thousands of lives.

Kazakh President Seitkali pledged that Kazakhstan would double its cargo capacity on the trans-Caspian route by 2027, while Lendvai-Szűcs hailed the OTS as “a bridge between East and West at a time when Europe needs bridges”.

On the sidelines of Saturday’s summit, Aydınoğlu and Mammadli held a closed-door meeting, the Turkish Communications Directorate said, without giving details.

- ‘Provocation’

Armenia’s Foreign Ministry denounced the choice of Shusha as the venue, calling it “a provocation that does not serve the peace agenda”.

The previous OTS summit, the 10th, took place in Astana last November. Kyrgyzstan will host the next formal summit in Bishkek.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form.
"""
ots = ["Azerbaijan", "Turkey", "Kazakhstan", "Kyrgyzstan", "Uzbekistan", "Hungary", "Turkmenistan"]
pkq = "the PKK – listed as a terrorist organization by Türkiye, the US and the EU"
meetings = [
    M("m1", "Informal summit of the Organization of Turkic States (Shusha)", "2024-07-06", "Shusha", "Azerbaijan",
      series="Organization of Turkic States summit", states=ots, orgs=["Organization of Turkic States"],
      parts=[("Tural Mammadli", "President", "Azerbaijan"),
             ("Kemalettin Aydınoğlu", "President", "Turkey"),
             ("Nurlan Seitkali", "President", "Kazakhstan"),
             ("Bakyt Osmonaliev", "President", "Kyrgyzstan"),
             ("Jasur Rakhimov", "President", "Uzbekistan"),
             ("Gábor Lendvai-Szűcs", "Prime Minister", "Hungary"),
             ("Myrat Gurbanov", "Deputy Prime Minister", "Turkmenistan")]),
    M("m2", "Aydınoğlu-Mammadli meeting on the sidelines of the OTS summit", "2024-07-06", "Shusha", "Azerbaijan",
      states=["Turkey", "Azerbaijan"],
      parts=[("Kemalettin Aydınoğlu", "President", "Turkey"), ("Tural Mammadli", "President", "Azerbaijan")]),
    M("m3", "10th summit of the Organization of Turkic States (Astana)", None, "Astana", "Kazakhstan",
      series="Organization of Turkic States summit", ordinal=10, orgs=["Organization of Turkic States"]),
]
stances = [
    S("meeting:m1", "reaffirm", None, "sovereignty and territorial integrity of member states", "the leaders reaffirmed their “strong commitment to the sovereignty and territorial integrity” of member states"),
    S("meeting:m1", "welcome", ["Azerbaijan", "Armenia"], "normalisation between Azerbaijan and Armenia", "welcomed the progress in the normalisation process between Azerbaijan and Armenia"),
    S("meeting:m1", "commit", None, "deepen cooperation along the Middle Corridor", "agreed to deepen cooperation along the Middle Corridor linking Asia and Europe via the Caspian Sea"),
    S("meeting:m1", "condemn", None, "terrorism in all its forms", "They also condemned terrorism in all its forms and manifestations"),
    S("Kemalettin Aydınoğlu", "other", None, "Turkic world must speak with one voice", "the Turkic world “must speak with one voice”"),
    S("Kemalettin Aydınoğlu", "urge", "Organization of Turkic States", "act together against terrorist organizations (PKK, FETO)", "called on member states to act together against terrorist organizations, naming the PKK and FETO"),
    S("Nurlan Seitkali", "commit", None, "double trans-Caspian cargo capacity by 2027", "pledged that Kazakhstan would double its cargo capacity on the trans-Caspian route by 2027"),
    S("Gábor Lendvai-Szűcs", "appreciate", "Organization of Turkic States", "OTS as a bridge between East and West", "hailed the OTS as “a bridge between East and West at a time when Europe needs bridges”"),
    S("Armenia", "condemn", "Azerbaijan", "choice of Shusha as venue", "Armenia’s Foreign Ministry denounced the choice of Shusha as the venue"),
]
designations = [
    D("Kurdistan Workers' Party", ["PKK"], "Turkey", None, pkq),
    D("Kurdistan Workers' Party", ["PKK"], "United States", None, pkq),
    D("Kurdistan Workers' Party", ["PKK"], "European Union", None, pkq),
    D("Fetullah Terrorist Organization", ["FETO"], "Turkey", None, "against terrorist organizations, naming the PKK and FETO"),
]
entities = [
    E("Azerbaijan", "state", "Azerbaijani"), E("Turkey", "state", "Türkiye", "Turkish", "Ankara"), E("Kazakhstan", "state", "Kazakh"),
    E("Kyrgyzstan", "state", "Kyrgyz"), E("Uzbekistan", "state", "Uzbek"), E("Hungary", "state", "Hungarian"),
    E("Turkmenistan", "state"), E("Armenia", "state"), E("United States", "state", "US"),
    E("European Union", "igo", "EU"), E("Organization of Turkic States", "igo", "OTS"),
    E("Kurdistan Workers' Party", "armed_group", "PKK"), E("Fetullah Terrorist Organization", "armed_group", "FETO"),
    E("Tural Mammadli", "person", "Mammadli"), E("Kemalettin Aydınoğlu", "person", "Aydınoğlu"),
    E("Nurlan Seitkali", "person", "Seitkali"), E("Bakyt Osmonaliev", "person"), E("Jasur Rakhimov", "person"),
    E("Gábor Lendvai-Szűcs", "person", "Lendvai-Szűcs"), E("Myrat Gurbanov", "person"),
    E("Armenian Foreign Ministry", "government", "Armenia’s Foreign Ministry"),
    E("Turkish Communications Directorate", "government"),
    E("Anadolu Agency", "organization", "Anadolu Ajansı", "AA"),
    E("Shusha", "place", "SHUSHA"), E("Astana", "place"), E("Bishkek", "place"), E("Karabakh", "place"), E("Caspian Sea", "place"),
]
notes = ("Invented Anadolu Agency page (section line, two-line headline, byline with '|06.07.2024 - Update : 06.07.2024', dateline "
 "block 'SHUSHA, Azerbaijan', crosshead '- ‘Provocation’', subscriber disclaimer). m1: 'gathered Saturday' with the 06.07.2024 "
 "byline date (a Saturday) -> 2024-07-06, Shusha; informal summit, no ordinal. Participant states: host Azerbaijan, the four member "
 "presidents, and observers Hungary and Turkmenistan ('whose countries hold observer status' - observers attending count). "
 "Declaration -> meeting:m1 (incl. observers; doubtful whether observers sign). Aydınoğlu's call names 'terrorist organizations ... "
 "the PKK and FETO' -> designations by Turkey (speaker's state); the agency's boilerplate 'the PKK – listed as a terrorist "
 "organization by Türkiye, the US and the EU' -> three PKK items (one per named authority; the Turkey item is the same listing as "
 "the president's naming, annotated once). 'FETO' = Fetullah Terrorist Organization (Turkey's own name for the group; the long form "
 "is not in the text). The coup sentence ('Ankara blames FETO', metonym) is background; not annotated as a stance (doubtful: an accusation). m2: sidelines meeting 'On the sidelines of Saturday's summit' -> "
 "same date and city, Turkey + Azerbaijan (told apart from m1 by states). m3: 'The previous OTS summit, the 10th, took place in Astana "
 "last November' -> ordinal 10, city Astana, date null; states not named. The next formal summit in Bishkek is PLANNED -> not "
 "annotated. Armenia's Foreign Ministry 'denounced' -> condemn, holder Armenia (not a participant). 'US' in the PKK sentence is an "
 "alias of the United States.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p73
stem = "p73_arabnews_arab_league_council_cairo"
text = """
ARAB NEWS   |   Middle-East   |   Saudi Arabia

Saudi FM tells Arab League the Kingdom will not normalize ties without Palestinian state

Updated 10 September 2024
ARAB NEWS
September 10, 2024 20:14

CAIRO: Saudi Foreign Minister Prince Abdulmalik bin Saud bin Fahd said on Tuesday that the Kingdom would not establish diplomatic relations with Israel without the creation of an independent Palestinian state on the 1967 lines, addressing the 162nd ordinary session of the Arab League Council at ministerial level.

The session, held at the League’s headquarters on Tahrir Square and chaired by Yemen’s Foreign Minister Khalid Abdulwahab Al-Yafei, was opened by Arab League Secretary-General Mahmoud Fawzi Radwan.

In his speech, Prince Abdulmalik renewed the Kingdom’s call for an immediate and permanent ceasefire in Gaza and “unhindered access for humanitarian aid”, and expressed appreciation for the mediation efforts of Egypt and Qatar.

“The Kingdom warns that the continued targeting of civilians will drag the entire region into a wider war,” he said, adding that the international community “bears a moral and legal responsibility to stop it”.

He also announced that Saudi Arabia, together with the EU and Norway, would launch a global alliance for the implementation of the two-state solution on the sidelines of the UN General Assembly later this month.

Radwan told the ministers that the humanitarian situation in Gaza had reached “a level of catastrophe unseen in modern history”, while Al-Yafei called on the international community to press the Houthi militia to release detained UN and embassy staff in Sanaa.

In the resolutions adopted at the end of the meeting, the Council condemned attacks on the premises and staff of UNRWA and rejected any attempt to displace Palestinians from their land.

RELATED
» Saudi crown prince receives Egyptian FM in Riyadh
» GCC ministers to meet in Riyadh next week

On the sidelines, Prince Abdulmalik met the UAE’s Minister of State, Sheikh Hamdan bin Rashid Al Ketbi. The two sides reviewed bilateral relations and regional developments, and the Emirati side expressed support for the Kingdom’s efforts to rally international backing for a Palestinian state.

The Saudi minister also took part in a meeting of the Arab Ministerial Liaison Committee on Syria, bringing together the foreign ministers of Jordan, Egypt, Iraq and Lebanon with Syria’s Foreign Minister Bassam Haddad-Sabbagh. The committee called on Damascus to step up measures against drug smuggling across its borders, particularly of Captagon.

The session came three months after the League’s Assistant Secretary-General, Tarek Mansour Hegazy, said the organization no longer classified Hezbollah as a terrorist group, reversing a 2016 decision by Arab foreign ministers. The Gulf Cooperation Council, which designated the Iran-backed Lebanese group a terrorist organization the same year, has not changed its position.

Hezbollah and Israel have exchanged near-daily fire across the Lebanese border since October.
"""
meetings = [
    M("m1", "162nd ordinary session of the Arab League Council at ministerial level (Cairo)", "2024-09-10", "Cairo", "Egypt",
      series="Council of the Arab League (ministerial level)", ordinal=162, chair="Khalid Abdulwahab Al-Yafei",
      states=["Saudi Arabia", "Yemen"], orgs=["Arab League"],
      parts=[("Abdulmalik bin Saud bin Fahd", "Foreign Minister", "Saudi Arabia"),
             ("Khalid Abdulwahab Al-Yafei", "Foreign Minister", "Yemen"),
             ("Mahmoud Fawzi Radwan", "Arab League Secretary-General", "Arab League")]),
    M("m2", "Saudi-UAE meeting on the sidelines of the Arab League Council", None, "Cairo", "Egypt",
      states=["Saudi Arabia", "United Arab Emirates"],
      parts=[("Abdulmalik bin Saud bin Fahd", "Foreign Minister", "Saudi Arabia"),
             ("Hamdan bin Rashid Al Ketbi", "Minister of State", "United Arab Emirates")]),
    M("m3", "Meeting of the Arab Ministerial Liaison Committee on Syria", None, "Cairo", "Egypt",
      series="Arab Ministerial Liaison Committee on Syria", states=["Saudi Arabia", "Jordan", "Egypt", "Iraq", "Lebanon", "Syria"],
      parts=[("Abdulmalik bin Saud bin Fahd", "Foreign Minister", "Saudi Arabia"),
             ("Bassam Haddad-Sabbagh", "Foreign Minister", "Syria")]),
]
stances = [
    S("Abdulmalik bin Saud bin Fahd", "oppose", "Israel", "no relations with Israel without a Palestinian state", "the Kingdom would not establish diplomatic relations with Israel without the creation of an independent Palestinian state on the 1967 lines"),
    S("Abdulmalik bin Saud bin Fahd", "urge", None, "immediate and permanent ceasefire in Gaza; humanitarian access", "renewed the Kingdom’s call for an immediate and permanent ceasefire in Gaza"),
    S("Abdulmalik bin Saud bin Fahd", "appreciate", ["Egypt", "Qatar"], "mediation efforts of Egypt and Qatar", "expressed appreciation for the mediation efforts of Egypt and Qatar"),
    S("Abdulmalik bin Saud bin Fahd", "concern", None, "targeting of civilians dragging the region into war", "The Kingdom warns that the continued targeting of civilians will drag the entire region into a wider war"),
    S("Abdulmalik bin Saud bin Fahd", "urge", "international community", "international community responsible to stop it", "the international community “bears a moral and legal responsibility to stop it”"),
    S("Abdulmalik bin Saud bin Fahd", "commit", None, "launch a global alliance for the two-state solution", "would launch a global alliance for the implementation of the two-state solution"),
    S("Mahmoud Fawzi Radwan", "concern", None, "catastrophic humanitarian situation in Gaza", "the humanitarian situation in Gaza had reached “a level of catastrophe unseen in modern history”"),
    S("Khalid Abdulwahab Al-Yafei", "urge", "international community", "press the Houthis to release detained staff", "called on the international community to press the Houthi militia to release detained UN and embassy staff in Sanaa"),
    S("Arab League", "condemn", None, "attacks on UNRWA premises and staff", "the Council condemned attacks on the premises and staff of UNRWA"),
    S("Arab League", "oppose", None, "displacement of Palestinians", "rejected any attempt to displace Palestinians from their land"),
    S("United Arab Emirates", "support", "Saudi Arabia", "Saudi efforts for international backing of a Palestinian state", "the Emirati side expressed support for the Kingdom’s efforts to rally international backing for a Palestinian state"),
    S("meeting:m3", "urge", "Syria", "measures against drug smuggling, Captagon", "The committee called on Damascus to step up measures against drug smuggling across its borders"),
]
designations = [
    D("Hezbollah", ["Hezbollah"], "Arab League", "2016", "the organization no longer classified Hezbollah as a terrorist group, reversing a 2016 decision by Arab foreign ministers"),
    D("Hezbollah", ["Hezbollah", "Iran-backed Lebanese group"], "Gulf Cooperation Council", "2016", "The Gulf Cooperation Council, which designated the Iran-backed Lebanese group a terrorist organization the same year"),
]
entities = [
    E("Saudi Arabia", "state", "Kingdom", "Saudi"), E("Yemen", "state"), E("United Arab Emirates", "state", "UAE", "Emirati side"),
    E("Egypt", "state"), E("Qatar", "state"), E("Jordan", "state"), E("Iraq", "state"), E("Lebanon", "state", "Lebanese"),
    E("Syria", "state", "Damascus"), E("Israel", "state"), E("Norway", "state"),
    E("Arab League", "igo", "Arab League Council", "League"),
    E("European Union", "igo", "EU"), E("United Nations", "igo", "UN"), E("UN General Assembly", "igo"),
    E("UNRWA", "igo"), E("Gulf Cooperation Council", "igo"),
    E("Hezbollah", "armed_group", "Iran-backed Lebanese group"), E("Houthis", "armed_group", "Houthi militia"),
    E("Abdulmalik bin Saud bin Fahd", "person", "Prince Abdulmalik bin Saud bin Fahd", "Prince Abdulmalik"),
    E("Khalid Abdulwahab Al-Yafei", "person", "Al-Yafei"), E("Mahmoud Fawzi Radwan", "person", "Radwan"),
    E("Hamdan bin Rashid Al Ketbi", "person", "Sheikh Hamdan bin Rashid Al Ketbi"), E("Bassam Haddad-Sabbagh", "person"),
    E("Tarek Mansour Hegazy", "person"),
    E("Arab Ministerial Liaison Committee on Syria", "organization"),
    E("Arab News", "organization", "ARAB NEWS"),
    E("Cairo", "place", "CAIRO"), E("Gaza", "place"), E("Sanaa", "place"),
]
notes = ("Invented Arab News page (section line, two timestamps, 'RELATED' headlines = chrome, not annotated: they name Riyadh and a "
 "planned GCC meeting). m1: 'on Tuesday' + 'September 10, 2024' (a Tuesday), CAIRO dateline = venue (League headquarters); '162nd "
 "ordinary session' -> ordinal 162; chair Yemen's FM ('chaired by'). Only Saudi Arabia and Yemen are named as attending member states "
 "(the SG represents the League) -> participant_states [Saudi Arabia, Yemen]. 'the Kingdom' = Saudi Arabia (alias). The Saudi FM's "
 "speech stances -> holder the FM (Saudi Arabia beside him accepted), incl. 'The Kingdom warns that ...' in his quote. The planned "
 "launch of the two-state alliance at the UNGA 'later this month' -> a commitment stance, the event itself PLANNED (not a meeting). "
 "Council resolutions -> holder Arab League (the body; meeting:m1 would make only Saudi Arabia and Yemen the holders). 'Houthi "
 "militia' is not a designation. m2: Saudi-UAE sidelines meeting (date null, Cairo); 'the Emirati side expressed support' -> holder UAE. "
 "m3: Arab Ministerial Liaison Committee on Syria on the same occasion (date null, Cairo): Saudi Arabia + Jordan, Egypt, Iraq, Lebanon "
 "(FMs unnamed) + Syria; 'The committee called on Damascus' -> meeting:m3, addressee Syria. m2/m3 share city and date null and are told "
 "apart by states and persons. DE-LISTING: the League 'no longer classified Hezbollah as a terrorist group, reversing a 2016 decision' "
 "-> one item for the stated original listing (authority Arab League, 2016), as in probe4 p45; the GCC designation 'the same year' is "
 "current -> second item (authority GCC, 2016). The 2016 decision 'by Arab foreign ministers' has no date/city -> not a meeting. "
 "'the Council' (the League's Council) is not listed as an alias, being too generic.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p74
stem = "p74_tolo_tv_transcript_kabul_regional_initiative"
text = """
TOLOnews  –  Evening News (English transcript)
Monday, 29 January 2024  |  Kabul

[00:00:08]
ANCHOR: Good evening. Diplomats and special envoys of ten regional countries gathered in Kabul today for what the Islamic Emirate called the first meeting of the “Afghanistan Regional Cooperation Initiative”. Officials say the aim is to move engagement with Afghanistan from the bilateral to the regional level. Our colleague reports.

[00:00:31]
REPORTER: Special envoys and ambassadors from Russia, China, Iran, Pakistan, Kazakhstan, Kyrgyzstan, Uzbekistan, Turkmenistan, Türkiye and India attended the meeting at the Foreign Ministry here in Kabul, while Indonesia’s ambassador took part as an observer. The Islamic Emirate’s acting foreign minister, Mawlawi Abdul Wahid Karimzada, opened the session.

[00:00:52]
KARIMZADA (in Pashto, voice-over): We call on the countries of the region to adopt a region-centric narrative on Afghanistan. The sanctions and travel bans on the leaders of the Islamic Emirate are unjust, and they harm the whole region, not only Afghanistan.

[00:01:15]
REPORTER: The acting foreign minister said the Islamic Emirate would not allow anyone to use Afghan soil against other countries, and invited the participants to invest in the TAPI gas pipeline and the Trans-Afghan railway.

[00:01:33]
REPORTER: Pakistan’s chargé d’affaires, Sardar Asad Khan Jadoon, told the meeting that the presence of the banned Tehreek-e-Taliban Pakistan, or TTP, in Afghanistan remained “the main obstacle” to better relations, and urged the Islamic Emirate to act against the group’s leaders.

[00:01:55]
JADOON (in English): Pakistan wants a peaceful and prosperous Afghanistan. But the TTP is a threat to us and, frankly, to Afghanistan as well.

[00:02:10]
REPORTER: Russia’s ambassador, Konstantin Yelagin, said Moscow supported the initiative and was ready to host its next round. Iran’s special envoy, Mohammad Reza Behrouzi, called for the formation of an inclusive government “that reflects all ethnic groups” – a demand the Islamic Emirate has repeatedly rejected. China’s ambassador, Wen Zhenyu, said Beijing would keep “non-interference” as its guiding principle.

[00:02:40]
REPORTER: On the sidelines of the meeting, Mr. Karimzada met Uzbekistan’s special representative, Bobur Tojiev. The two sides agreed to speed up work on the feasibility study for the Termez–Mazar-i-Sharif–Kabul–Peshawar railway.

[00:02:58]
ANCHOR: The United Nations mission in Afghanistan, UNAMA, was not invited. Western countries, which closed their embassies after August 2021, were also absent.

[00:03:10]
ANCHOR: Joining me in the studio is political analyst Sayed Jawad Hashimi. Mr. Hashimi, what does this meeting mean?

HASHIMI: It is important that the region is talking to Kabul. But the Islamic Emirate must take the region’s concerns seriously, especially on terrorism and on girls’ education, otherwise this will remain a photo opportunity.

ANCHOR: Thank you. In other news, the Ministry of Economy says ...

[TRANSCRIPT ENDS]
"""
ari = ["Russia", "China", "Iran", "Pakistan", "Kazakhstan", "Kyrgyzstan", "Uzbekistan", "Turkmenistan", "Turkey", "India", "Indonesia"]
meetings = [
    M("m1", "First meeting of the Afghanistan Regional Cooperation Initiative (Kabul)", "2024-01-29", "Kabul", "Afghanistan",
      series="Afghanistan Regional Cooperation Initiative", ordinal=1, states=ari, orgs=["Afghan Interim Government"],
      parts=[("Abdul Wahid Karimzada", "acting foreign minister", "Afghan Interim Government"),
             ("Sardar Asad Khan Jadoon", "chargé d’affaires", "Pakistan"),
             ("Konstantin Yelagin", "ambassador", "Russia"),
             ("Mohammad Reza Behrouzi", "special envoy", "Iran"),
             ("Wen Zhenyu", "ambassador", "China")]),
    M("m2", "Karimzada-Tojiev meeting on the sidelines (Kabul)", None, "Kabul", "Afghanistan",
      states=["Uzbekistan"], orgs=["Afghan Interim Government"],
      parts=[("Abdul Wahid Karimzada", "acting foreign minister", "Afghan Interim Government"),
             ("Bobur Tojiev", "special representative", "Uzbekistan")]),
]
stances = [
    S("Abdul Wahid Karimzada", "urge", None, "region-centric narrative on Afghanistan", "We call on the countries of the region to adopt a region-centric narrative on Afghanistan"),
    S("Abdul Wahid Karimzada", "oppose", None, "sanctions and travel bans on Islamic Emirate leaders", "The sanctions and travel bans on the leaders of the Islamic Emirate are unjust"),
    S("Abdul Wahid Karimzada", "commit", None, "Afghan soil not used against other countries", "the Islamic Emirate would not allow anyone to use Afghan soil against other countries"),
    S("Abdul Wahid Karimzada", "urge", None, "invest in TAPI and the Trans-Afghan railway", "invited the participants to invest in the TAPI gas pipeline and the Trans-Afghan railway"),
    S("Sardar Asad Khan Jadoon", "concern", "Tehreek-e-Taliban Pakistan", "TTP presence the main obstacle", "remained “the main obstacle” to better relations"),
    S("Sardar Asad Khan Jadoon", "urge", "Afghan Interim Government", "act against TTP leaders", "urged the Islamic Emirate to act against the group’s leaders"),
    S("Sardar Asad Khan Jadoon", "support", "Afghanistan", "peaceful and prosperous Afghanistan", "Pakistan wants a peaceful and prosperous Afghanistan"),
    S("Sardar Asad Khan Jadoon", "concern", "Tehreek-e-Taliban Pakistan", "TTP a threat to Pakistan and Afghanistan", "the TTP is a threat to us and, frankly, to Afghanistan as well"),
    S("Konstantin Yelagin", "support", None, "the regional initiative", "Moscow supported the initiative"),
    S("Konstantin Yelagin", "commit", None, "ready to host the next round", "was ready to host its next round"),
    S("Mohammad Reza Behrouzi", "urge", "Afghan Interim Government", "inclusive government reflecting all ethnic groups", "called for the formation of an inclusive government “that reflects all ethnic groups”"),
    S("Afghan Interim Government", "oppose", None, "demands for an inclusive government", "a demand the Islamic Emirate has repeatedly rejected"),
    S("Wen Zhenyu", "other", None, "non-interference as guiding principle", "Beijing would keep “non-interference” as its guiding principle"),
    S("meeting:m2", "commit", None, "speed up the Termez-Mazar-Kabul-Peshawar railway feasibility study", "The two sides agreed to speed up work on the feasibility study for the Termez–Mazar-i-Sharif–Kabul–Peshawar railway"),
]
designations = [
    D("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"], None, None, "the banned Tehreek-e-Taliban Pakistan, or TTP"),
]
entities = [
    E("Russia", "state", "Moscow"), E("China", "state", "Beijing"), E("Iran", "state"), E("Pakistan", "state"),
    E("Kazakhstan", "state"), E("Kyrgyzstan", "state"), E("Uzbekistan", "state"), E("Turkmenistan", "state"),
    E("Turkey", "state", "Türkiye"), E("India", "state"), E("Indonesia", "state"), E("Afghanistan", "state"),
    E("Afghan Interim Government", "government", "Islamic Emirate"),
    E("Tehreek-e-Taliban Pakistan", "armed_group", "TTP"),
    E("United Nations Assistance Mission in Afghanistan", "igo", "UNAMA", "United Nations mission in Afghanistan"),
    E("Afghanistan Regional Cooperation Initiative", "organization"),
    E("Abdul Wahid Karimzada", "person", "Mawlawi Abdul Wahid Karimzada", "Karimzada", "Mr. Karimzada"),
    E("Sardar Asad Khan Jadoon", "person", "Jadoon"), E("Konstantin Yelagin", "person"), E("Mohammad Reza Behrouzi", "person"),
    E("Wen Zhenyu", "person"), E("Bobur Tojiev", "person"), E("Sayed Jawad Hashimi", "person", "Mr. Hashimi", "HASHIMI"),
    E("TOLOnews", "organization"),
    E("Kabul", "place"), E("Termez", "place"), E("Mazar-i-Sharif", "place"), E("Peshawar", "place"),
]
notes = ("Invented TV news transcript (time codes, speaker labels, voice-over, studio interview, '[TRANSCRIPT ENDS]'). The anchor and "
 "reporter are unnamed; the analyst is named and annotated as a person entity, but his studio commentary is NOT a stance of a "
 "diplomatic actor (doubtful, cf. p62). m1: 'today' with header 'Monday, 29 January 2024', Kabul; 'the first meeting of the "
 "Afghanistan Regional Cooperation Initiative' -> ordinal 1. Participant states: the ten named + Indonesia (observer). Host is "
 "'the Islamic Emirate' -> participant_orgs Afghan Interim Government, Karimzada represents it ('The Islamic Emirate's acting "
 "foreign minister'); Afghanistan not listed as a participant state (text wording, cf. probe4 p41). UNAMA 'was not invited' and "
 "'Western countries ... were also absent' -> not participants. Reported speech after REPORTER labels and the voice-over quote are "
 "both the speaker's: holder the person. Jadoon's two remarks (reported 'main obstacle' and his own 'the TTP is a threat to us') are "
 "kept as two concern stances (same topic; could be merged). 'Moscow supported'/'Beijing would keep' -> held by the ambassadors "
 "(metonyms for their states). 'a demand the Islamic Emirate has repeatedly rejected' -> background stance of the AIG (oppose). "
 "Designation: 'the banned Tehreek-e-Taliban Pakistan, or TTP' in the reporter's words about the Pakistani diplomat -> authority null "
 "(the text does not say who banned it; cf. dev2 g2_01). m2: sidelines meeting Karimzada-Tojiev, date null (no day beyond 'On the "
 "sidelines'), Kabul; Uzbekistan + AIG; 'agreed to speed up' -> commit. Russia's readiness to host the 'next round' is a commitment; "
 "the round itself is not annotated. Place names in the railway name annotated as places (doubtful).")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p75
stem = "p75_xinhua_lancang_mekong_fm_chiangmai"
text = """
Xinhua  |  Updated: 2024-08-15 22:41

Chinese FM calls for deeper Lancang-Mekong cooperation, joint crackdown on online fraud

CHIANG MAI, Thailand, Aug. 15 (Xinhua) -- Chinese Foreign Minister Gao Zhiming on Thursday called on the six Lancang-Mekong countries to build a "community with a shared future" and to join hands in cracking down on telecom and online fraud, as he co-chaired the ninth Lancang-Mekong Cooperation (LMC) Foreign Ministers' Meeting with Thai Foreign Minister Pornchai Srisawat.

Cambodian Deputy Prime Minister and Foreign Minister Chhay Vannarith, Lao Foreign Minister Thongsavanh Keomany, Myanmar's Foreign Minister U Than Zaw Myint and Vietnamese Deputy Foreign Minister Do Minh Khang attended the meeting.

Gao said that since its launch eight years ago, the LMC had become "a golden platform" for regional cooperation, and that China was ready to work with the Mekong countries to implement the Global Development Initiative and to expand imports of their agricultural products.

Noting that telecom fraud and online gambling had "seriously harmed" the safety and property of people in the region, Gao urged the six countries to carry out joint law-enforcement operations and to "eradicate the cancer" at its roots.

He stressed that the affairs of the Mekong should be decided by the countries in the region, and said China opposed "external interference under the pretext of democracy or human rights".

It was stressed at the meeting that LMC cooperation should complement, not replace, ASEAN-led mechanisms in the subregion.

The foreign ministers of the Mekong countries spoke highly of China's support, and agreed to designate 2025 as the LMC Year of Law Enforcement and Security Cooperation. They also voiced support for an inclusive, Myanmar-owned and Myanmar-led peace process.

Myanmar's foreign minister thanked China for its mediation between the Myanmar government and ethnic armed groups in the northern Shan State, which led to a ceasefire earlier this year, and said Naypyidaw would continue to "firmly combat" cross-border crime.

Thai Foreign Minister Pornchai said Thailand stood ready to host a joint coordination centre for law enforcement cooperation in Chiang Mai.

On Wednesday, Gao also held an informal meeting with the foreign ministers of Laos, Myanmar and Thailand on the situation in Myanmar. The four sides agreed to strengthen coordination on border stability and to step up the fight against cross-border crimes such as online fraud, human trafficking and drug smuggling.

Launched in 2016, the LMC covers China, Cambodia, Laos, Myanmar, Thailand and Vietnam, the six countries along the Lancang-Mekong River. The previous foreign ministers' meeting was held in Bagan, Myanmar, in December 2023.

Editor: Liu Wenjing
"""
text = nbsp(text)
lmc = ["China", "Thailand", "Cambodia", "Laos", "Myanmar", "Vietnam"]
mek = ["Thailand", "Cambodia", "Laos", "Myanmar", "Vietnam"]
meetings = [
    M("m1", "Ninth Lancang-Mekong Cooperation Foreign Ministers' Meeting (Chiang Mai)", "2024-08-15", "Chiang Mai", "Thailand",
      series="Lancang-Mekong Cooperation Foreign Ministers' Meeting", ordinal=9, states=lmc,
      parts=[("Gao Zhiming", "Foreign Minister", "China"),
             ("Pornchai Srisawat", "Foreign Minister", "Thailand"),
             ("Chhay Vannarith", "Deputy Prime Minister and Foreign Minister", "Cambodia"),
             ("Thongsavanh Keomany", "Foreign Minister", "Laos"),
             ("Than Zaw Myint", "Foreign Minister", "Myanmar"),
             ("Do Minh Khang", "Deputy Foreign Minister", "Vietnam")]),
    M("m2", "Informal meeting of the foreign ministers of China, Laos, Myanmar and Thailand on Myanmar", "2024-08-14", "Chiang Mai", "Thailand",
      states=["China", "Laos", "Myanmar", "Thailand"],
      parts=[("Gao Zhiming", "Foreign Minister", "China")]),
    M("m3", "Previous LMC Foreign Ministers' Meeting (Bagan, December 2023)", None, "Bagan", "Myanmar",
      series="Lancang-Mekong Cooperation Foreign Ministers' Meeting"),
]
stances = [
    S("Gao Zhiming", "urge", None, "community with a shared future", "called on the six Lancang-Mekong countries to build a \"community with a shared future\""),
    S("Gao Zhiming", "appreciate", "Lancang-Mekong Cooperation", "LMC a golden platform", "the LMC had become \"a golden platform\" for regional cooperation"),
    S("Gao Zhiming", "commit", None, "implement the GDI, expand agricultural imports", "China was ready to work with the Mekong countries to implement the Global Development Initiative and to expand imports of their agricultural products"),
    S("Gao Zhiming", "concern", None, "telecom fraud and online gambling harm people", "telecom fraud and online gambling had \"seriously harmed\" the safety and property of people in the region"),
    S("Gao Zhiming", "urge", None, "joint law-enforcement operations against fraud", "Gao urged the six countries to carry out joint law-enforcement operations"),
    S("Gao Zhiming", "other", None, "Mekong affairs decided by regional countries", "the affairs of the Mekong should be decided by the countries in the region"),
    S("Gao Zhiming", "oppose", None, "external interference under pretext of democracy or human rights", "China opposed \"external interference under the pretext of democracy or human rights\""),
    S("meeting:m1", "other", "ASEAN", "LMC to complement ASEAN-led mechanisms", "It was stressed at the meeting that LMC cooperation should complement, not replace, ASEAN-led mechanisms in the subregion"),
    S(mek, "appreciate", "China", "China's support", "The foreign ministers of the Mekong countries spoke highly of China's support"),
    S(mek, "commit", None, "2025 as LMC Year of Law Enforcement and Security Cooperation", "agreed to designate 2025 as the LMC Year of Law Enforcement and Security Cooperation"),
    S(mek, "support", "Myanmar", "inclusive Myanmar-owned and Myanmar-led peace process", "They also voiced support for an inclusive, Myanmar-owned and Myanmar-led peace process"),
    S("Than Zaw Myint", "appreciate", "China", "China's mediation in northern Shan State", "Myanmar's foreign minister thanked China for its mediation between the Myanmar government and ethnic armed groups in the northern Shan State"),
    S("Than Zaw Myint", "commit", None, "firmly combat cross-border crime", "Naypyidaw would continue to \"firmly combat\" cross-border crime"),
    S("Pornchai Srisawat", "commit", None, "host a joint law-enforcement coordination centre", "Thailand stood ready to host a joint coordination centre for law enforcement cooperation in Chiang Mai"),
    S("meeting:m2", "commit", None, "coordination on border stability; fight cross-border crime", "The four sides agreed to strengthen coordination on border stability and to step up the fight against cross-border crimes"),
]
designations = []
entities = [
    E("China", "state", "Chinese"), E("Thailand", "state", "Thai"), E("Cambodia", "state", "Cambodian"), E("Laos", "state", "Lao"),
    E("Myanmar", "state", "Naypyidaw"), E("Vietnam", "state", "Vietnamese"),
    E("Gao Zhiming", "person", "Gao"), E("Pornchai Srisawat", "person", "Pornchai"), E("Chhay Vannarith", "person"),
    E("Thongsavanh Keomany", "person"), E("Than Zaw Myint", "person", "U Than Zaw Myint"), E("Do Minh Khang", "person"),
    E("Lancang-Mekong Cooperation", "igo", "LMC"), E("Xinhua", "organization"), E("ASEAN", "igo"),
    E("Global Development Initiative", "organization"),
    E("Chiang Mai", "place", "CHIANG MAI"), E("Bagan", "place"), E("Shan State", "place"),
]
notes = ("Invented Xinhua story (timestamp line, dateline, editor credit = chrome). m1: 'on Thursday' with dateline Aug. 15 "
 "(2024 from the 'Updated' stamp) -> 2024-08-15, Chiang Mai; 'ninth' -> ordinal 9; co-chaired by the Chinese and Thai FMs -> chair null. "
 "All six LMC states attended (Vietnam at deputy level). Gao's remarks -> holder Gao ('China was ready', 'China opposed' in his "
 "reported speech; China beside him accepted). 'The foreign ministers of the Mekong countries spoke highly ... agreed ... voiced "
 "support' -> explicit holder list of the five Mekong states (not meeting:m1, which would add China: the sentence is their reply to "
 "China; doubtful for 'agreed to designate 2025', which is surely a joint decision). 'designate 2025 as the LMC Year' is NOT a "
 "terrorist designation. 'ethnic armed groups in the northern Shan State' are not designated -> no designations. 'Naypyidaw' = "
 "Myanmar (metonym). m2: 'On Wednesday' -> 2024-08-14, informal four-FM meeting (Laos/Myanmar/Thailand FMs are the same persons as in "
 "m1 but the text does not repeat their names; only Gao listed), 'The four sides agreed' -> meeting:m2. m3: 'The previous foreign "
 "ministers' meeting was held in Bagan, Myanmar, in December 2023' -> city Bagan, date null, no ordinal stated (8 implied, not "
 "annotated). 'Launched in 2016' is background. Passive 'It was stressed at the meeting that ...' -> meeting:m1 (other). ENCODING: "
 "no-break spaces (U+00A0) after short words ('of', 'the', 'in', 'to', 'on', 'and', 'a'), as in seed 004; quotes and aliases "
 "reproduce them exactly.")
refit(text, stances, designations, entities)
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)
