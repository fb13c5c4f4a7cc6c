from common import *

# ---------------------------------------------------------------- p61
stem = "p61_khaama_moscow_format_kazan"
text = """
Home » News » Afghanistan » Politics

Moscow Format talks in Kazan press Taliban on terror groups, inclusive rule

By Farid Ahmad Nooristani, Senior Political Correspondent
Published: 30 Sep 2023, 10:32 PM  |  Updated: 01 Oct 2023, 08:15 AM

Share this:   Facebook   |   X   |   WhatsApp   |   Telegram

Photo: Delegates at the fifth round of the Moscow Format consultations in Kazan, Russia. (Russian MFA)

KABUL – Special envoys from Russia, China, Iran, India and Pakistan met in the Russian city of Kazan on Friday for the fifth round of the so-called Moscow Format consultations on Afghanistan, joined by the five Central Asian republics and, for the first time at ministerial level, by a Taliban delegation led by the group’s acting foreign minister, Mawlawi Abdul Wahid Karimzada.

Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan sent their special representatives, while Türkiye, Qatar, Saudi Arabia and the United Arab Emirates attended as guests, according to the Russian foreign ministry.

In a joint statement released after the day-long session, the participants noted with concern the deteriorating security situation and voiced alarm over the activity of terrorist groups in Afghanistan, singling out the Islamic State and al-Qaeda – both banned in Russia – as the main threat to the region.

“We call on the de facto authorities to take more effective measures to dismantle all terrorist groups and to prevent the use of Afghan territory against neighbours and other countries,” the statement read. The document also opposed the deployment of military infrastructure of third countries in Afghanistan and adjacent states, a line widely read in the region as aimed at Washington.

Also Read: Pakistan’s special envoy to visit Kabul next week for talks on cross-border attacks
Also Read: UNAMA chief briefs Security Council on women’s rights crackdown

Russia’s presidential envoy for Afghanistan, Timur Ostapenko, who also heads the foreign ministry’s Second Asian Department, told reporters on the sidelines that Russia was “not in a hurry” to recognise the Taliban government.
“Recognition is not on today’s agenda,” he said, adding that the question would depend “first of all on the formation of a truly inclusive government” in Kabul.

China’s special envoy Zhou Minghan urged Western countries to return the frozen assets of Afghanistan’s central bank “without any preconditions”, while Iran’s representative, Alireza Farahmand-Nia, flagged the dispute over the Helmand river and said Tehran expected the Afghan side to honour the 1973 water treaty. India was represented by Joint Secretary Anand Prakash Vyas, who heads the Pakistan-Afghanistan-Iran division at the Ministry of External Affairs; he did not speak to the media.

Karimzada, for his part, rejected criticism of the restrictions on girls’
education as interference in Afghanistan’s internal affairs and insisted that “no threat emanates from Afghan soil to any country”. He invited the countries present to invest in mining, energy and transit projects, including the Trans-Afghan railway.

Pakistan’s special envoy, Ambassador Tariq Nadeem Khattak, said he had raised the activities of the outlawed Tehreek-e-Taliban Pakistan (TTP) with Karimzada in a separate meeting on Friday evening, and warned that Islamabad’s  “patience is not unlimited”.

The Moscow Format was launched in 2017, and its fourth round was held in Moscow in November 2022. The United States, which sat with Russia, China and Pakistan in a separate “extended troika” before the fall of the republic in August 2021, has not joined any regional meeting on Afghanistan since. Afghanistan’s last republic-era ambassador to Russia, Zalmay Hotak, told Khaama Press the format had “lost its balance” without Western voices.

The Kazan round came four months after the United Nations convened special envoys from some 25 countries in Doha on 1-2 May without inviting the Taliban, a meeting Kabul’s foreign ministry dismissed as “counterproductive”. Western governments, led by the United States, the United Kingdom and the European Union, have conditioned any normalisation on the reopening of girls’ schools. Neither Washington nor Brussels sent an observer to Kazan, and the UN mission in Afghanistan, UNAMA, was not invited.

Tags: Moscow Format, Kazan, Taliban, Russia, Central Asia

© 2023 Khaama Press News Agency. All rights reserved.
"""
m1_states = ["Russia", "China", "Iran", "India", "Pakistan", "Kazakhstan", "Kyrgyzstan", "Tajikistan",
             "Turkmenistan", "Uzbekistan", "Turkey", "Qatar", "Saudi Arabia", "United Arab Emirates"]
meetings = [
    M("m1", "Fifth round of the Moscow Format consultations on Afghanistan (Kazan)", "2023-09-29", "Kazan", "Russia",
      series="Moscow Format Consultations on Afghanistan", ordinal=5, states=m1_states, orgs=["Taliban"],
      parts=[("Abdul Wahid Karimzada", "acting foreign minister", "Taliban"),
             ("Timur Ostapenko", "presidential envoy for Afghanistan", "Russia"),
             ("Zhou Minghan", "special envoy", "China"),
             ("Alireza Farahmand-Nia", "representative", "Iran"),
             ("Anand Prakash Vyas", "Joint Secretary", "India"),
             ("Tariq Nadeem Khattak", "special envoy", "Pakistan")]),
    M("m2", "Fourth round of the Moscow Format consultations (Moscow, November 2022)", None, "Moscow", "Russia",
      series="Moscow Format Consultations on Afghanistan", ordinal=4),
    M("m3", "Khattak-Karimzada meeting on the margins of the Kazan round", "2023-09-29", "Kazan", "Russia",
      states=["Pakistan"], orgs=["Taliban"],
      parts=[("Tariq Nadeem Khattak", "special envoy", "Pakistan"),
             ("Abdul Wahid Karimzada", "acting foreign minister", "Taliban")]),
    M("m4", "UN-convened meeting of special envoys on Afghanistan (Doha, without the Taliban)", "2023-05-01", "Doha", "Qatar",
      orgs=["United Nations"]),
]
stances = [
    S("meeting:m1", "concern", None, "deteriorating security situation", "the participants noted with concern the deteriorating security situation"),
    S("meeting:m1", "concern", None, "activity of terrorist groups in Afghanistan", "voiced alarm over the activity of terrorist groups in Afghanistan"),
    S("meeting:m1", "urge", "Afghan Interim Government", "dismantle all terrorist groups", "We call on the de facto authorities to take more effective measures to dismantle all terrorist groups"),
    S("meeting:m1", "urge", "Afghan Interim Government", "prevent use of Afghan territory against other countries", "to prevent the use of Afghan territory against neighbours and other countries"),
    S("meeting:m1", "oppose", None, "military infrastructure of third countries in and around Afghanistan", "The document also opposed the deployment of military infrastructure of third countries in Afghanistan and adjacent states"),
    S("Timur Ostapenko", "other", "Afghan Interim Government", "no hurry to recognise the Taliban government", "Russia was “not in a hurry” to recognise the Taliban government"),
    S("Timur Ostapenko", "urge", "Afghan Interim Government", "recognition depends on a truly inclusive government", "the question would depend “first of all on the formation of a truly inclusive government”"),
    S("Zhou Minghan", "urge", None, "return frozen central bank assets without preconditions", "urged Western countries to return the frozen assets of Afghanistan’s central bank “without any preconditions”"),
    S("Alireza Farahmand-Nia", "concern", None, "Helmand river dispute", "flagged the dispute over the Helmand river"),
    S("Alireza Farahmand-Nia", "urge", "Afghanistan", "honour the 1973 water treaty", "Tehran expected the Afghan side to honour the 1973 water treaty"),
    S("Abdul Wahid Karimzada", "oppose", None, "criticism of girls' education restrictions as interference", "rejected criticism of the restrictions on girls’ education as interference in Afghanistan’s internal affairs"),
    S("Abdul Wahid Karimzada", "other", None, "no threat from Afghan soil", "insisted that “no threat emanates from Afghan soil to any country”"),
    S("Abdul Wahid Karimzada", "urge", None, "invest in mining, energy and transit projects", "He invited the countries present to invest in mining, energy and transit projects, including the Trans-Afghan railway"),
    S("Tariq Nadeem Khattak", "concern", "Taliban", "TTP activities raised with Karimzada", "he had raised the activities of the outlawed Tehreek-e-Taliban Pakistan (TTP) with Karimzada"),
    S("Tariq Nadeem Khattak", "other", "Taliban", "Pakistan's patience not unlimited", "warned that Islamabad’s  “patience is not unlimited”"),
    S("Afghan Interim Government", "oppose", "United Nations", "Doha meeting without the Taliban counterproductive", "a meeting Kabul’s foreign ministry dismissed as “counterproductive”"),
    S(["United States", "United Kingdom", "European Union"], "urge", "Afghan Interim Government", "normalisation conditioned on reopening girls' schools", "have conditioned any normalisation on the reopening of girls’ schools"),
    S("Zalmay Hotak", "other", "Moscow Format Consultations on Afghanistan", "the format lost its balance without Western voices", "the format had “lost its balance” without Western voices"),
]
dq = "singling out the Islamic State and al-Qaeda – both banned in Russia – as the main threat to the region"
designations = [
    D("Islamic State", ["Islamic State"], "Russia", None, dq),
    D("Al-Qaeda", ["al-Qaeda"], "Russia", None, dq),
    D("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"], None, None, "the outlawed Tehreek-e-Taliban Pakistan (TTP)"),
]
entities = [
    E("Russia", "state", "Russia"), E("China", "state"), E("Iran", "state", "Tehran"), E("India", "state"),
    E("Pakistan", "state", "Islamabad"), E("Kazakhstan", "state"), E("Kyrgyzstan", "state"), E("Tajikistan", "state"),
    E("Turkmenistan", "state"), E("Uzbekistan", "state"), E("Turkey", "state", "Türkiye"), E("Qatar", "state"),
    E("Saudi Arabia", "state"), E("United Arab Emirates", "state"), E("Afghanistan", "state", "Afghan side"),
    E("United States", "state", "Washington", "The United States"), E("United Kingdom", "state"),
    E("European Union", "igo", "Brussels"), E("United Nations", "igo", "UN"),
    E("United Nations Assistance Mission in Afghanistan", "igo", "UNAMA", "UN mission in Afghanistan"),
    E("Tehreek-e-Taliban Pakistan", "armed_group", "TTP"), E("Tariq Nadeem Khattak", "person", "Ambassador Tariq Nadeem Khattak"),
    E("Taliban", "armed_group", "Taliban"), E("Afghan Interim Government", "government", "de facto authorities", "Taliban government"),
    E("Islamic State", "armed_group"), E("Al-Qaeda", "armed_group", "al-Qaeda"),
    E("Abdul Wahid Karimzada", "person", "Mawlawi Abdul Wahid Karimzada", "Karimzada"),
    E("Timur Ostapenko", "person"), E("Zhou Minghan", "person"), E("Alireza Farahmand-Nia", "person"),
    E("Anand Prakash Vyas", "person"), E("Zalmay Hotak", "person"),
    E("Russian Foreign Ministry", "government", "Russian foreign ministry", "Russian MFA"),
    E("Ministry of External Affairs", "government"),
    E("Khaama Press", "organization", "Khaama Press News Agency"),
    E("Moscow Format Consultations on Afghanistan", "organization", "Moscow Format"),
    E("Kazan", "place"), E("Moscow", "place"), E("Kabul", "place", "KABUL"), E("Doha", "place"),
]
notes = ("Invented Khaama-style web page with navigation crumbs, byline, timestamps, share line, photo caption, two 'Also Read' "
 "headlines, tags and copyright footer; chrome (byline person, Also Read headlines naming Pakistan/UNAMA/Security Council, tags) "
 "is NOT annotated. Dateline 'KABUL –' is not the venue (Kazan). 'on Friday' resolved against the page timestamp 30 Sep 2023 "
 "(a Saturday) -> 2023-09-29. Ordinal 5 ('fifth round'). Participant states: the five named envoy states, the five Central Asian "
 "republics (named in the next paragraph) and the four guests ('attended as guests' counts as attending). The Taliban delegation "
 "-> participant_orgs Taliban, Karimzada represents the Taliban (the text says 'the group's acting foreign minister'), Afghanistan "
 "not a participant state (cf. dev 05). Vyas attended but did not speak -> participant without stances. m2 = the recalled fourth "
 "round 'held in Moscow in November 2022' (no day -> date null; city + ordinal). The 2017 launch and the US 'extended troika' are "
 "background, not meetings (no date/city). Joint statement -> meeting:m1 ('the participants', 'the statement read', 'The document'); "
 "'the de facto authorities' = Afghan Interim Government. Ostapenko's 'not in a hurry' and the next sentence 'Recognition is not on "
 "today's agenda' are one position, annotated once (type other; oppose is defensible). 'Tehran expected the Afghan side' -> holder "
 "the speaking representative (Iran beside him is accepted), addressee Afghanistan ('the Afghan side'). 'invited the countries "
 "present to invest' -> urge with addressee null (the participants, not one named actor). Hotak's comment on the format is a "
 "non-participant's opinion, typed other. Designations: the Islamic State and al-Qaeda 'both banned in Russia' -> authority Russia "
 "(one item each; the joint statement's own naming of them as the main terrorist threat is the same sentence, not a second item). "
 "'Helmand river', 'Trans-Afghan railway' not annotated as entities. Added layer: m3 = Pakistan envoy Khattak's 'separate meeting "
 "on Friday evening' with Karimzada (same date and city as m1, told apart by states/persons); 'the outlawed Tehreek-e-Taliban Pakistan "
 "(TTP)' is the reporter's wording with no authority -> designation with authority null (cf. dev2 g2_01 'banned'). 'Islamabad’s  "
 "“patience' has a DOUBLE SPACE in the source (kept in the quote). m4 = the UN-convened envoys' meeting 'in Doha on 1-2 May' (four "
 "months before; year from the page date) -> 2023-05-01, Doha, orgs UN, no state named ('some 25 countries'); Kabul's foreign ministry "
 "dismissing it -> AIG oppose. 'Western governments, led by the United States, the United Kingdom and the European Union, have "
 "conditioned ...' -> explicit holder list (background position). Washington, Brussels and UNAMA were absent from Kazan -> not "
 "participants. A hard line break inside Karimzada's sentence ('girls’\\neducation') is reproduced in the quote.")
refit(text, stances, designations, entities)
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p62
stem = "p62_reuters_shangrila_squad_defence"
text = """
Skip to main content
Exclusive news, data and analytics for financial market professionals

Asia Pacific

Australia, Japan, Philippines, US defence chiefs vow more joint patrols; China slams 'small circles'

By Kenji Mauricio and Ruth Okonkwo-Lim

June 1, 2024 11:47 AM GMT+8 · Updated 3 hours ago

SINGAPORE, June 1 (Reuters) - Defence ministers from Australia, Japan, the Philippines and the United States agreed on Saturday to expand joint maritime patrols in the South China Sea, meeting on the sidelines of the Shangri-La Dialogue in Singapore for the fourth time in little more than a year.

In a joint readout, the four ministers "reaffirmed their shared vision for a free and open Indo-Pacific" and voiced serious concern over what they called dangerous and coercive actions by Chinese coast guard and maritime militia vessels against Philippine resupply missions near the Second Thomas Shoal.

"We're not going anywhere," U.S. Defense Secretary Douglas Whitcombe told reporters after the hour-long meeting at the Shangri-La Hotel, adding that Washington's commitment under its 1951 Mutual Defense Treaty with Manila remained "ironclad".

Related Coverage
 - China's defence chief skips Singapore forum for second year
 - Philippines says Chinese vessels used water cannon near disputed shoal

Japan's Defence Minister Haruto Kisaragi said Tokyo hoped to conclude a reciprocal access agreement with the Philippines before the end of the year, while Australian Deputy Prime Minister and Defence Minister Callum Redgrave stressed the need for "transparency and guardrails" in military contacts with Beijing.

Philippine Defence Secretary Emmanuel Dimaculangan, whose country has borne the brunt of the
confrontations at sea, appealed to partners to "call out" what he described as Beijing's "illegal, coercive, aggressive and deceptive" conduct.

The grouping, which some officials informally call the "Squad", held its first meeting in Honolulu last May. It has no secretariat and no joint statement is signed; officials from South Korea and India, whose ministers were also in Singapore for the annual forum run by the International Institute for Strategic Studies (IISS), did not join Saturday's talks.

China, which sent a lower-level delegation led by the president of its National Defence University, Lieutenant General Dong Peiqian, to the three-day Dialogue that opened on Friday, rejected the criticism.

"China firmly opposes the formation of exclusive small circles that stoke bloc confrontation in the region," the Chinese delegation said in a statement, adding that the Philippines should "stop provocations" and return to bilateral consultations.

Dong told a plenary session on Saturday morning that Beijing's restraint "should not be mistaken for weakness", without naming any country.

Analysts said the Squad was becoming the most operational of the overlapping U.S.-led groupings in Asia. "It is a patrol club, not an alliance, and that is precisely why Beijing dislikes it," said Lim Shu Fen, a senior fellow at the S. Rajaratnam School of International Studies.

Reporting by Kenji Mauricio and Ruth Okonkwo-Lim in Singapore; Additional reporting by Yuki Tanabe in Tokyo; Editing by Siobhan Aherne

Our Standards: The Thomson Reuters Trust Principles.
"""
squad = ["Australia", "Japan", "Philippines", "United States"]
meetings = [
    M("m1", "Meeting of the defence ministers of Australia, Japan, the Philippines and the United States on the sidelines of the Shangri-La Dialogue",
      "2024-06-01", "Singapore", "Singapore", ordinal=4, states=squad,
      parts=[("Douglas Whitcombe", "Defense Secretary", "United States"),
             ("Haruto Kisaragi", "Defence Minister", "Japan"),
             ("Callum Redgrave", "Deputy Prime Minister and Defence Minister", "Australia"),
             ("Emmanuel Dimaculangan", "Defence Secretary", "Philippines")]),
    M("m2", "Shangri-La Dialogue 2024 (IISS, Singapore)", "2024-05-31", "Singapore", "Singapore", series="Shangri-La Dialogue",
      states=squad + ["South Korea", "India", "China"], orgs=["International Institute for Strategic Studies"],
      parts=[("Dong Peiqian", "president of its National Defence University", "China")]),
    M("m3", "First meeting of the Australia-Japan-Philippines-US defence ministers (Honolulu)", None, "Honolulu", "United States",
      ordinal=1, states=squad),
]
stances = [
    S("meeting:m1", "commit", None, "expand joint maritime patrols in the South China Sea", "agreed on Saturday to expand joint maritime patrols in the South China Sea"),
    S("meeting:m1", "reaffirm", None, "free and open Indo-Pacific", "reaffirmed their shared vision for a free and open Indo-Pacific"),
    S("meeting:m1", "concern", "China", "coercive actions by Chinese coast guard and maritime militia vessels", "voiced serious concern over what they called dangerous and coercive actions by Chinese coast guard and maritime militia vessels against Philippine resupply missions"),
    S("Douglas Whitcombe", "commit", None, "US staying engaged", "We're not going anywhere"),
    S("Douglas Whitcombe", "reaffirm", "Philippines", "ironclad 1951 Mutual Defense Treaty commitment", "Washington's commitment under its 1951 Mutual Defense Treaty with Manila remained \"ironclad\""),
    S("Haruto Kisaragi", "commit", "Philippines", "reciprocal access agreement with the Philippines", "Tokyo hoped to conclude a reciprocal access agreement with the Philippines before the end of the year"),
    S("Callum Redgrave", "support", "China", "transparency and guardrails in military contacts with China", "stressed the need for \"transparency and guardrails\" in military contacts with Beijing"),
    S("Emmanuel Dimaculangan", "urge", None, "partners to call out China's conduct", "appealed to partners to \"call out\" what he described as Beijing's \"illegal, coercive, aggressive and deceptive\" conduct"),
    S("China", "oppose", None, "exclusive small circles stoking bloc confrontation", "China firmly opposes the formation of exclusive small circles that stoke bloc confrontation in the region"),
    S("China", "urge", "Philippines", "stop provocations, return to bilateral consultations", "the Philippines should \"stop provocations\" and return to bilateral consultations"),
    S("Dong Peiqian", "other", None, "restraint not weakness", "Beijing's restraint \"should not be mistaken for weakness\""),
]
designations = []
entities = [
    E("Australia", "state"), E("Japan", "state", "Tokyo"), E("Philippines", "state", "Manila"),
    E("United States", "state", "U.S.", "Washington"), E("China", "state", "Beijing"), E("South Korea", "state"), E("India", "state"),
    E("Douglas Whitcombe", "person"), E("Haruto Kisaragi", "person"), E("Callum Redgrave", "person"),
    E("Emmanuel Dimaculangan", "person"), E("Dong Peiqian", "person", "Lieutenant General Dong Peiqian", "Dong"),
    E("Lim Shu Fen", "person"),
    E("China Coast Guard", "government", "Chinese coast guard"),
    E("National Defence University", "organization"),
    E("International Institute for Strategic Studies", "organization", "IISS"),
    E("S. Rajaratnam School of International Studies", "organization"),
    E("Shangri-La Dialogue", "organization"),
    E("Reuters", "organization"),
    E("Singapore", "place", "SINGAPORE"), E("Honolulu", "place"), E("South China Sea", "place"), E("Second Thomas Shoal", "place"),
]
notes = ("Invented Reuters page with chrome ('Skip to main content', tagline, section, timestamp 'GMT+8 · Updated 3 hours ago', "
 "'Related Coverage' headlines, reporting/editing credits, standards line): credits and related headlines are not annotated "
 "(their persons are not entities). Dateline SINGAPORE = venue. m1 'agreed on Saturday' with dateline June 1 (2024, a Saturday) -> "
 "2024-06-01; 'for the fourth time' -> ordinal 4 (doubtful: an ordinal phrase about an informal grouping with no official series "
 "name -> series null). Singapore is annotated as a place (city-state; not a participant). m2 = the Shangri-La Dialogue itself, "
 "reported as an event ('the three-day Dialogue that opened on Friday' -> 2024-05-31): states = the four (they met on its sidelines), "
 "South Korea and India ('whose ministers were also in Singapore for the annual forum') and China (its delegation led by Dong); "
 "IISS as organiser in participant_orgs; Dong the only named participant of m2. m3 = first meeting 'in Honolulu last May' (no day "
 "-> date null; ordinal 1, same four states). 'no joint statement is signed' but the 'joint readout' positions are the four's -> "
 "meeting:m1. Metonymy: Washington=US, Manila=Philippines, Tokyo=Japan, Beijing=China (no city of those names is a place here). "
 "'stressed the need for transparency and guardrails' typed support with addressee China (urge defensible). The Chinese delegation's "
 "statement -> holder China; Dong's plenary remark held by Dong (other). The analyst's quote (Lim Shu Fen) is commentary, not a "
 "stance of a diplomatic actor -> not annotated (doubtful). 'maritime militia' and 'coast guard' are not designated -> no designations. "
 "Hard line break inside the Dimaculangan sentence ('the\\nconfrontations'); the quote avoids it.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p63
stem = "p63_un_unsc_afghanistan_quarterly"
text = """
Meetings Coverage and Press Releases

SC/15736
18 June 2024

Security Council
9661st Meeting (AM)

De Facto Authorities Must Not Be Allowed to Erase Women from Public Life, Mission Chief Tells Security Council, as Speakers Flag Terrorist Threat

Three years after the Taliban takeover, the international community must neither normalize the exclusion of women nor walk away from the Afghan people, the Special Representative of the Secretary-General for Afghanistan told the Security Council this morning, as members weighed how far to engage with the country’s de facto authorities ahead of a third meeting of special envoys in Doha later this month.

INGRID SOLBERG-MWANGI, who also heads the United Nations Assistance Mission in Afghanistan (UNAMA), said the Mission had documented “a steady tightening” of edicts on dress, movement and employment. She urged the de facto authorities to reopen secondary schools for girls “without further delay”, and called on donors not to let a humanitarian appeal now funded at 19 per cent “quietly collapse”.

Also briefing was ROYA HAIDARI-SADAT, a women’s rights defender speaking by videoconference from Islamabad, who appealed to members to make women’s participation a precondition for any step towards normalization. “Do not trade our rights for a seat at the table,” she said.

In the ensuing debate, Council members broadly welcomed the Mission’s continued presence on the ground.

The representative of Japan, co-penholder on the file, said unity in the Council remained “our most valuable asset” and encouraged the de facto authorities to engage with the international community “seriously and in good faith”.

The speaker for the United Kingdom deplored what she called the systematic erasure of women from public life, and warned that there could be no normalization while the edicts remained in force.

ROBERT KLINE-ADEYEMI (United States) said Washington would not support any process that sidelined human rights, adding: “Engagement is not endorsement.”

China’s delegate, MA JIANTAO, called on the countries concerned to lift unilateral sanctions and return Afghanistan’s overseas assets, and cautioned against politicizing humanitarian aid.

The representative of the Russian Federation said the Taliban, which remains on his country’s national list of terrorist organizations, had nonetheless become an indispensable interlocutor, and Moscow was reviewing whether that listing still served its purpose. He voiced support for Kabul’s participation in regional connectivity projects.

Several delegations also voiced support for the appointment of a Special Envoy, as recommended by the independent assessment.

Speaking as a non-member, Pakistan’s representative said the Tehreek-e-Taliban Pakistan (TTP), a UN-listed terrorist group, had carried out hundreds of attacks from sanctuaries inside Afghanistan. He demanded that the interim Afghan government take “decisive and verifiable action” against the group and its affiliates, including fighters of the Balochistan Liberation Army’s Majeed Brigade.

India’s representative said terrorist entities such as Lashkar-e-Tayyiba and Jaish-e-Mohammed, both listed by the Council’s 1267 Committee, must not be allowed to use Afghan territory, and pledged that New Delhi would continue to supply wheat and medicines through the World Food Programme.

The representative of Iran noted with concern the return of hundreds of thousands of Afghans from neighbouring countries, and rejected any return of foreign military forces to the region “under any pretext”.

MOHAMMAD YAMA GHAZNAWI, Chargé d’affaires of the Permanent Mission of Afghanistan, which is still staffed by appointees of the former Republic, urged the Council not to hold talks in Doha with the Taliban in the absence of Afghan women.

The meeting began at 10:03 a.m. and ended at 12:51 p.m.

For information media. Not an official record.
"""
meetings = [
    M("m1", "9661st meeting of the UN Security Council (Afghanistan / UNAMA)", "2024-06-18", None, None,
      series="United Nations Security Council", ordinal=9661,
      states=["Japan", "United Kingdom", "United States", "China", "Russia", "Pakistan", "India", "Iran", "Afghanistan"],
      orgs=["United Nations Security Council", "United Nations Assistance Mission in Afghanistan"],
      parts=[("Ingrid Solberg-Mwangi", "Special Representative of the Secretary-General for Afghanistan", "United Nations Assistance Mission in Afghanistan"),
             ("Roya Haidari-Sadat", "women’s rights defender", None),
             ("Robert Kline-Adeyemi", None, "United States"),
             ("Ma Jiantao", "delegate", "China"),
             ("Mohammad Yama Ghaznawi", "Chargé d’affaires of the Permanent Mission of Afghanistan", "Afghanistan")]),
]
stances = [
    S("Ingrid Solberg-Mwangi", "other", None, "no normalization of women's exclusion; do not walk away from Afghans", "the international community must neither normalize the exclusion of women nor walk away from the Afghan people"),
    S("Ingrid Solberg-Mwangi", "concern", "Afghan Interim Government", "steady tightening of edicts", "the Mission had documented “a steady tightening” of edicts on dress, movement and employment"),
    S("Ingrid Solberg-Mwangi", "urge", "Afghan Interim Government", "reopen secondary schools for girls", "She urged the de facto authorities to reopen secondary schools for girls “without further delay”"),
    S("Ingrid Solberg-Mwangi", "urge", None, "donors not to let the appeal collapse", "called on donors not to let a humanitarian appeal now funded at 19 per cent “quietly collapse”"),
    S("Roya Haidari-Sadat", "urge", "United Nations Security Council", "women's participation as precondition for normalization", "appealed to members to make women’s participation a precondition for any step towards normalization"),
    S("United Nations Security Council", "welcome", "United Nations Assistance Mission in Afghanistan", "UNAMA's continued presence", "Council members broadly welcomed the Mission’s continued presence on the ground"),
    S("Japan", "support", None, "Council unity", "unity in the Council remained “our most valuable asset”"),
    S("Japan", "urge", "Afghan Interim Government", "engage seriously and in good faith", "encouraged the de facto authorities to engage with the international community “seriously and in good faith”"),
    S("United Kingdom", "condemn", "Afghan Interim Government", "systematic erasure of women from public life", "deplored what she called the systematic erasure of women from public life"),
    S("United Kingdom", "oppose", "Afghan Interim Government", "no normalization while edicts remain", "warned that there could be no normalization while the edicts remained in force"),
    S("Robert Kline-Adeyemi", "oppose", None, "any process sidelining human rights", "Washington would not support any process that sidelined human rights"),
    S("Ma Jiantao", "urge", None, "lift unilateral sanctions, return assets", "called on the countries concerned to lift unilateral sanctions and return Afghanistan’s overseas assets"),
    S("Ma Jiantao", "oppose", None, "politicizing humanitarian aid", "cautioned against politicizing humanitarian aid"),
    S("Russia", "other", "Taliban", "Taliban an indispensable interlocutor", "the Taliban, which remains on his country’s national list of terrorist organizations, had nonetheless become an indispensable interlocutor"),
    S("Russia", "support", "Afghanistan", "Kabul's participation in regional connectivity", "He voiced support for Kabul’s participation in regional connectivity projects"),
    S(None, "support", None, "appointment of a Special Envoy", "Several delegations also voiced support for the appointment of a Special Envoy"),
    S("Pakistan", "concern", "Tehreek-e-Taliban Pakistan", "TTP attacks from sanctuaries in Afghanistan", "had carried out hundreds of attacks from sanctuaries inside Afghanistan"),
    S("Pakistan", "urge", "Afghan Interim Government", "decisive and verifiable action against TTP", "He demanded that the interim Afghan government take “decisive and verifiable action” against the group and its affiliates"),
    S("India", "urge", None, "LeT and JeM must not use Afghan territory", "terrorist entities such as Lashkar-e-Tayyiba and Jaish-e-Mohammed, both listed by the Council’s 1267 Committee, must not be allowed to use Afghan territory"),
    S("India", "commit", "World Food Programme", "continue supplying wheat and medicines", "pledged that New Delhi would continue to supply wheat and medicines through the World Food Programme"),
    S("Iran", "concern", None, "return of Afghans from neighbouring countries", "noted with concern the return of hundreds of thousands of Afghans from neighbouring countries"),
    S("Iran", "oppose", None, "return of foreign military forces", "rejected any return of foreign military forces to the region “under any pretext”"),
    S("Mohammad Yama Ghaznawi", "urge", "United Nations Security Council", "no Doha talks with the Taliban without Afghan women", "urged the Council not to hold talks in Doha with the Taliban in the absence of Afghan women"),
]
designations = [
    D("Taliban", ["Taliban"], "Russia", None, "the Taliban, which remains on his country’s national list of terrorist organizations"),
    D("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"], "United Nations", None, "the Tehreek-e-Taliban Pakistan (TTP), a UN-listed terrorist group"),
    D("Lashkar-e-Taiba", ["Lashkar-e-Tayyiba"], "United Nations Security Council", None, "terrorist entities such as Lashkar-e-Tayyiba and Jaish-e-Mohammed, both listed by the Council’s 1267 Committee"),
    D("Jaish-e-Mohammed", ["Jaish-e-Mohammed"], "United Nations Security Council", None, "terrorist entities such as Lashkar-e-Tayyiba and Jaish-e-Mohammed, both listed by the Council’s 1267 Committee"),
]
entities = [
    E("Japan", "state"), E("United Kingdom", "state"), E("United States", "state", "Washington"), E("China", "state"),
    E("Russia", "state", "Russian Federation", "Moscow"), E("Pakistan", "state"), E("India", "state", "New Delhi"), E("Iran", "state"),
    E("Afghanistan", "state", "Kabul"),
    E("United Nations Security Council", "igo", "Security Council", "Council"),
    E("United Nations Assistance Mission in Afghanistan", "igo", "UNAMA", "United Nations Assistance Mission in Afghanistan"),
    E("United Nations", "igo", "UN"),
    E("World Food Programme", "igo"),
    E("Afghan Interim Government", "government", "de facto authorities", "interim Afghan government"),
    E("Taliban", "armed_group"), E("Tehreek-e-Taliban Pakistan", "armed_group", "TTP"),
    E("Balochistan Liberation Army", "armed_group"), E("Majeed Brigade", "armed_group"),
    E("Lashkar-e-Taiba", "armed_group", "Lashkar-e-Tayyiba"), E("Jaish-e-Mohammed", "armed_group"),
    E("Ingrid Solberg-Mwangi", "person", "INGRID SOLBERG-MWANGI"), E("Roya Haidari-Sadat", "person", "ROYA HAIDARI-SADAT"),
    E("Robert Kline-Adeyemi", "person", "ROBERT KLINE-ADEYEMI"), E("Ma Jiantao", "person", "MA JIANTAO"),
    E("Mohammad Yama Ghaznawi", "person", "MOHAMMAD YAMA GHAZNAWI"),
    E("Doha", "place"), E("Islamabad", "place"),
]
notes = ("Invented UN meetings-coverage release. Header gives date (18 June 2024) and meeting number 9661 -> ordinal 9661; no city "
 "(New York is not stated) -> city null. Participant states: every state whose speaker is reported (Japan, UK, US, China, Russia; "
 "non-members Pakistan, India, Iran; Afghanistan's mission). Persons in capitals are the named speakers (aliases in capitals). "
 "Unnamed speakers ('The representative of Japan', 'The speaker for the United Kingdom', 'The representative of the Russian "
 "Federation', Pakistan/India/Iran representatives) -> holder the state, no participant row. Kline-Adeyemi has no title in the text "
 "(title null). Haidari-Sadat briefed by videoconference from Islamabad (her location, not the venue); represents null. 'Council "
 "members broadly welcomed' -> holder the Council (body), not meeting:m1 (which would include the non-members). 'Several "
 "delegations' -> holder null. The third Doha meeting 'later this month' is PLANNED -> not annotated (Doha only an entity). "
 "'Engagement is not endorsement.' restates the US position; not a separate stance. 'deplored' typed condemn. Russia's "
 "'Moscow was reviewing whether that listing still served its purpose' is a considered removal, not a de-listing -> the current "
 "listing is a designation (authority Russia). TTP 'a UN-listed terrorist group' -> authority United Nations as worded (it is the "
 "UNSC 1267 list; a converter may say UNSC). LeT/JeM 'listed by the Council's 1267 Committee' -> authority UNSC; the text's "
 "'Lashkar-e-Tayyiba' spelling is an alias of canonical Lashkar-e-Taiba. BLA / Majeed Brigade are mentioned as 'affiliates' "
 "fighters but not called terrorist -> no designation (doubtful: the context is a demand against a terrorist group). 'New Delhi', 'Moscow', 'Washington', "
 "'Kabul' are metonyms (no place entities of those names here). Last two lines are release boilerplate.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p64
stem = "p64_pacnews_pif_leaders_tonga"
text = """
PACNEWS  |  Regional  |  Saturday, 31 August 2024

Forum Leaders wrap up Tonga meeting with climate, policing and New Caledonia decisions

NUKU‘ALOFA, 31 AUGUST 2024 (PACNEWS) ---- Pacific leaders have ended their 53rd Pacific Islands Forum Leaders Meeting in the Tongan capital with a communiqué that again names climate change as “the single greatest threat” to the region, endorses a Pacific-led regional policing initiative and agrees to send a high-level mission to New Caledonia.

The week-long meeting, held in Nuku‘alofa from Monday to Friday, was chaired by Tonga’s Prime Minister Siaosi Fusitu‘a-Vake, who took over the Forum chair from the Cook Islands.

Heads of government from Australia, New Zealand, Fiji, Samoa, Papua New Guinea, the Solomon Islands and Tuvalu attended in person, while Vanuatu was represented by its Foreign Minister, Jotham Kalsakau-Tari. Kiribati’s President did not travel to Tonga and the country sent no delegation, a decision Tarawa did not explain.

Photo caption: Forum Leaders at the opening of the retreat at the Fa’onelua Convention Centre on Thursday. Photo: PIF Secretariat

Key excerpts from the communiqué:

12. Leaders reaffirmed that climate change remains the single greatest threat to the livelihoods, security and wellbeing of the peoples of the Pacific, and called on major emitting economies to align their national targets with the 1.5 degree pathway.

17. Leaders endorsed the Pacific Policing Initiative as a regionally owned mechanism to strengthen law enforcement capability, and welcomed the offer by Australia to contribute to its establishment.

23. Leaders expressed deep concern at the ongoing unrest in New Caledonia and agreed to dispatch a Forum Troika-plus mission, led by the Chair, to engage with all parties “at the earliest opportunity”.

31. Leaders noted the differing views of Members on the discharge of treated nuclear wastewater from the Fukushima Daiichi plant and encouraged continued scientific dialogue with Japan.

Outgoing chair and Cook Islands Prime Minister Tangaroa Mateariki-Pule said he was “proud that the Forum spoke with one voice on climate finance”.

Speaking to journalists after the retreat, Australia’s Prime Minister, Elliot Brannagh, pledged an initial A$400 million for the policing initiative over five years and insisted that it would “not be about any one partner”, in what was widely seen as a response to Beijing’s security outreach in the islands.

On the sidelines on Wednesday, Brannagh and Tuvalu’s Prime Minister, Feleti Sopoaga-Lusama, exchanged diplomatic notes bringing the Falepili Union treaty into force.

China’s special envoy for Pacific Island affairs, Qian Boyuan, who attended the Forum’s dialogue partner segment on Friday, hailed the region’s “independent choice” but voiced opposition to any “bloc-style” security arrangements. Beijing also objected to a paragraph on Taiwan’s development partnership, which was later dropped from the published text.

The meeting took place against a backdrop of sharpening rivalry. Nauru switched diplomatic recognition from Taipei to Beijing in January, leaving Palau, the Marshall Islands and Tuvalu as the only Forum members that still recognise Taiwan. Palau’s President, Ongerung Kesolei-Rengiil, who skipped the Forum this year, told local radio last month that his country would “never be bought” by any power.

Read more: Tonga readies for record number of delegates
Read more: Fiji PM calls for ‘Ocean of Peace’ declaration

The 54th Leaders Meeting will be hosted by Solomon Islands in Honiara in 2025.

PACNEWS
"""
pif = ["Tonga", "Australia", "New Zealand", "Fiji", "Samoa", "Papua New Guinea", "Solomon Islands", "Tuvalu", "Vanuatu", "Cook Islands"]
meetings = [
    M("m1", "53rd Pacific Islands Forum Leaders Meeting (Nuku'alofa)", "2024-08-26", "Nuku'alofa", "Tonga",
      series="Pacific Islands Forum Leaders Meeting", ordinal=53, chair="Siaosi Fusitu'a-Vake", states=pif,
      orgs=["Pacific Islands Forum"],
      parts=[("Siaosi Fusitu'a-Vake", "Prime Minister", "Tonga"),
             ("Jotham Kalsakau-Tari", "Foreign Minister", "Vanuatu"),
             ("Tangaroa Mateariki-Pule", "Cook Islands Prime Minister", "Cook Islands"),
             ("Elliot Brannagh", "Prime Minister", "Australia"),
             ("Feleti Sopoaga-Lusama", "Prime Minister", "Tuvalu")]),
    M("m2", "Australia-Tuvalu exchange of notes on the Falepili Union on the sidelines of the Forum", "2024-08-28", "Nuku'alofa", "Tonga",
      states=["Australia", "Tuvalu"],
      parts=[("Elliot Brannagh", "Prime Minister", "Australia"), ("Feleti Sopoaga-Lusama", "Prime Minister", "Tuvalu")]),
    M("m3", "Pacific Islands Forum dialogue partner segment", "2024-08-30", "Nuku'alofa", "Tonga",
      series="Pacific Islands Forum", states=["China"], orgs=["Pacific Islands Forum"],
      parts=[("Qian Boyuan", "special envoy for Pacific Island affairs", "China")]),
]
stances = [
    S("meeting:m1", "concern", None, "climate change the single greatest threat", "Leaders reaffirmed that climate change remains the single greatest threat to the livelihoods, security and wellbeing of the peoples of the Pacific"),
    S("meeting:m1", "urge", None, "major emitters align targets with 1.5 degrees", "called on major emitting economies to align their national targets with the 1.5 degree pathway"),
    S("meeting:m1", "support", None, "Pacific Policing Initiative", "Leaders endorsed the Pacific Policing Initiative as a regionally owned mechanism to strengthen law enforcement capability"),
    S("meeting:m1", "welcome", "Australia", "Australia's offer to contribute", "welcomed the offer by Australia to contribute to its establishment"),
    S("meeting:m1", "concern", None, "unrest in New Caledonia", "Leaders expressed deep concern at the ongoing unrest in New Caledonia"),
    S("meeting:m1", "commit", None, "dispatch a Forum Troika-plus mission to New Caledonia", "agreed to dispatch a Forum Troika-plus mission, led by the Chair, to engage with all parties"),
    S("meeting:m1", "urge", "Japan", "continued scientific dialogue on Fukushima wastewater", "encouraged continued scientific dialogue with Japan"),
    S("Tangaroa Mateariki-Pule", "appreciate", "Pacific Islands Forum", "Forum spoke with one voice on climate finance", "proud that the Forum spoke with one voice on climate finance"),
    S("Elliot Brannagh", "commit", "Pacific Islands Forum", "A$400 million for the policing initiative", "pledged an initial A$400 million for the policing initiative over five years"),
    S("Elliot Brannagh", "other", None, "initiative not about any one partner", "insisted that it would “not be about any one partner”"),
    S("Qian Boyuan", "appreciate", None, "region's independent choice", "hailed the region’s “independent choice”"),
    S("Qian Boyuan", "oppose", None, "bloc-style security arrangements", "voiced opposition to any “bloc-style” security arrangements"),
    S("China", "oppose", "Taiwan", "paragraph on Taiwan's development partnership", "Beijing also objected to a paragraph on Taiwan’s development partnership"),
    S("Ongerung Kesolei-Rengiil", "other", None, "Palau will never be bought", "his country would “never be bought” by any power"),
]
designations = []
entities = [
    E("Tonga", "state"), E("Australia", "state"), E("New Zealand", "state"), E("Fiji", "state"), E("Samoa", "state"),
    E("Papua New Guinea", "state"), E("Solomon Islands", "state"), E("Tuvalu", "state"), E("Vanuatu", "state"),
    E("Cook Islands", "state"), E("Kiribati", "state", "Tarawa"), E("Japan", "state"), E("China", "state", "Beijing"),
    E("Taiwan", "state", "Taipei"), E("New Caledonia", "place"), E("Nauru", "state"), E("Palau", "state"),
    E("Marshall Islands", "state"), E("Ongerung Kesolei-Rengiil", "person"),
    E("Pacific Islands Forum", "igo", "Forum", "PIF Secretariat"),
    E("PACNEWS", "organization"),
    E("Siaosi Fusitu'a-Vake", "person", "Siaosi Fusitu‘a-Vake"), E("Jotham Kalsakau-Tari", "person"),
    E("Tangaroa Mateariki-Pule", "person"), E("Elliot Brannagh", "person", "Brannagh"),
    E("Feleti Sopoaga-Lusama", "person"), E("Qian Boyuan", "person"),
    E("Nuku'alofa", "place", "Nuku‘alofa", "NUKU‘ALOFA"), E("Honiara", "place"),
]
notes = ("Invented PACNEWS report with communiqué excerpts (numbered paragraphs 12, 17, 23, 31), photo caption, 'Read more' headlines "
 "(not annotated) and a footer. m1: '53rd' -> ordinal 53; 'held in Nuku‘alofa from Monday to Friday' with the page date Saturday "
 "31 August 2024 -> Monday 26 August = first day. City spelled with U+2018 ('Nuku‘alofa'); canonical 'Nuku'alofa', the text "
 "forms are aliases (the scorer folds punctuation). Chair: Tonga's PM ('was chaired by'). Participant states: Tonga (chair), the "
 "seven whose heads of government 'attended in person', Vanuatu (its FM), and the Cook Islands (outgoing chair, its PM speaks) -> "
 "10; Kiribati explicitly did NOT attend (background, 'Tarawa' metonym for Kiribati). The Forum's other members are not named. "
 "Communiqué paragraphs 'Leaders ...' -> holder meeting:m1 (the named attendees; the Forum's unnamed members cannot be listed). "
 "'noted the differing views of Members' is not a position; only 'encouraged continued scientific dialogue with Japan' is "
 "annotated (urge). 'reaffirmed that climate change remains the single greatest threat' typed concern (reaffirm defensible). "
 "Background paragraph: Nauru, Palau, the Marshall Islands are named but not said to attend; Palau's president 'skipped the Forum' "
 "-> NOT a participant; his radio remark 'last month' -> stance held by him (other). 'Taipei' = Taiwan (metonym). "
 "'to engage with all parties' -> commit (agreed to dispatch), addressee null. m2: sidelines exchange of notes 'on Wednesday' "
 "-> 2024-08-28, Nuku'alofa. m3: the dialogue partner segment 'on Friday' (2024-08-30) attended by China's envoy: reported as "
 "attended, so annotated; the partners other than China are not named (doubtful whether this segment is a separate meeting or "
 "part of m1). 'Beijing also objected' -> holder China, addressee Taiwan (entity typed state as in the text's usage; doubtful). "
 "The 54th meeting in Honiara in 2025 is PLANNED -> not annotated. New Caledonia typed place (not a member state here). No "
 "designations.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p65
stem = "p65_mofa_pakistan_briefing_kabul_visit"
text = """
Ministry of Foreign Affairs – Government of Pakistan
Press Releases  >  Transcripts

Transcript of the Weekly Press Briefing by the Spokesperson, Ms. Saima Kanwal Qazi, on Thursday, 9 January 2025

Assalam-o-Alaikum. Good afternoon. I will begin with an update on our engagement with Afghanistan.

The Special Representative of Pakistan for Afghanistan, Ambassador Khurram Jahangir Niazi, visited Kabul from 6 to 8 January at the head of an inter-ministerial delegation. On 6 January, he called on the Acting Foreign Minister of Afghanistan, Mawlawi Abdul Wahid Karimzada. He also met the Acting Interior Minister, Mullah Noorullah Zadran, and held delegation-level talks on trade and transit.

During the meetings, Ambassador Niazi conveyed Pakistan’s serious concern over the continued use of Afghan soil by the Fitna al-Khawarij, the proscribed TTP, for attacks inside Pakistan, and urged the Afghan side to take concrete and verifiable action against these elements.
Both sides agreed to maintain regular contact through existing bilateral mechanisms, including the Joint Coordination Committee.

Separately, on Monday, the Foreign Secretary held a virtual meeting with the Deputy Foreign Minister of Uzbekistan, Dilshod Yusupbekov, on the Uzbekistan-Afghanistan-Pakistan railway. The two sides reaffirmed their commitment to complete the feasibility study this year.

I will now take your questions.

Question: Thank you. Indian media reports say the Indian Foreign Secretary met the Taliban’s acting foreign minister in Dubai yesterday and discussed Indian projects and the use of Chabahar port. How does Pakistan see this?

Spokesperson: We have seen these reports. We do not comment on the bilateral relations of two sovereign states. But we hope that Afghan soil will not be used against any country, including Pakistan, and we expect all countries to respect this principle.

Question: The Afghan Taliban regime’s spokesman has claimed that Pakistani airstrikes in Paktika last month killed civilians. Your reaction?

Spokesperson: Pakistan rejects these baseless allegations. Our counter-terrorism operations are directed against terrorists of the Fitna al-Khawarij and Fitna al-Hindustan, the banned BLA, and not against the Afghan people. We urge the Interim Afghan Government to hand over the leadership of these groups, who are operating from its soil.

Question: Was the issue of Afghan refugees discussed in Kabul?

Spokesperson: Yes. The Special Representative explained that the repatriation of illegal foreigners is being carried out in a phased and dignified manner, and that Pakistan remains committed to a peaceful, stable and prosperous Afghanistan. The Afghan side requested an extension of the deadline for Proof of Registration card holders, and this request is under consideration.

Question: There are reports the Foreign Minister will attend a ministerial meeting of the OIC in Jeddah next week. Can you confirm?

Spokesperson: I will share details of the Deputy Prime Minister’s travel at the appropriate time.

Thank you.

(The briefing ended at 1615 hrs)

Islamabad
9 January 2025
"""
meetings = [
    M("m1", "Pakistan Special Representative Niazi's call on Acting FM Karimzada (Kabul)", "2025-01-06", "Kabul", "Afghanistan",
      states=["Pakistan", "Afghanistan"],
      parts=[("Khurram Jahangir Niazi", "Special Representative of Pakistan for Afghanistan", "Pakistan"),
             ("Abdul Wahid Karimzada", "Acting Foreign Minister", "Afghanistan")]),
    M("m2", "Niazi's meeting with Acting Interior Minister Zadran (Kabul)", None, "Kabul", "Afghanistan",
      states=["Pakistan", "Afghanistan"],
      parts=[("Khurram Jahangir Niazi", "Special Representative of Pakistan for Afghanistan", "Pakistan"),
             ("Noorullah Zadran", "Acting Interior Minister", "Afghanistan")]),
    M("m3", "Virtual meeting of Pakistan's Foreign Secretary and Uzbekistan's Deputy Foreign Minister on the UAP railway", "2025-01-06", None, None,
      states=["Pakistan", "Uzbekistan"],
      parts=[("Dilshod Yusupbekov", "Deputy Foreign Minister", "Uzbekistan")]),
    M("m4", "Indian Foreign Secretary's meeting with the Taliban's acting foreign minister (Dubai)", "2025-01-08", "Dubai", "United Arab Emirates",
      states=["India"], orgs=["Taliban"]),
]
stances = [
    S("Khurram Jahangir Niazi", "concern", "Tehreek-e-Taliban Pakistan", "use of Afghan soil by the TTP", "conveyed Pakistan’s serious concern over the continued use of Afghan soil by the Fitna al-Khawarij"),
    S("Khurram Jahangir Niazi", "urge", "Afghanistan", "concrete and verifiable action against TTP", "urged the Afghan side to take concrete and verifiable action against these elements"),
    S("meeting:m1", "commit", None, "regular contact through bilateral mechanisms incl. JCC", "Both sides agreed to maintain regular contact through existing bilateral mechanisms, including the Joint Coordination Committee"),
    S("meeting:m3", "reaffirm", None, "complete the UAP railway feasibility study this year", "The two sides reaffirmed their commitment to complete the feasibility study this year"),
    S("Saima Kanwal Qazi", "urge", None, "Afghan soil not used against any country", "we hope that Afghan soil will not be used against any country, including Pakistan"),
    S("Afghan Interim Government", "other", "Pakistan", "claim that Pakistani airstrikes killed civilians", "claimed that Pakistani airstrikes in Paktika last month killed civilians"),
    S("Saima Kanwal Qazi", "oppose", "Afghan Interim Government", "allegations of civilian deaths in Paktika strikes", "Pakistan rejects these baseless allegations"),
    S("Saima Kanwal Qazi", "urge", "Afghan Interim Government", "hand over leadership of TTP and BLA", "We urge the Interim Afghan Government to hand over the leadership of these groups"),
    S("Khurram Jahangir Niazi", "commit", "Afghanistan", "peaceful, stable and prosperous Afghanistan", "Pakistan remains committed to a peaceful, stable and prosperous Afghanistan"),
    S("Afghanistan", "urge", "Pakistan", "extension of PoR card deadline", "The Afghan side requested an extension of the deadline for Proof of Registration card holders"),
]
designations = [
    D("Tehreek-e-Taliban Pakistan", ["Fitna al-Khawarij", "TTP"], "Pakistan", None, "the Fitna al-Khawarij, the proscribed TTP"),
    D("Balochistan Liberation Army", ["Fitna al-Hindustan", "BLA"], "Pakistan", None, "Fitna al-Hindustan, the banned BLA"),
]
entities = [
    E("Pakistan", "state"), E("Afghanistan", "state", "Afghan side"), E("Uzbekistan", "state"), E("India", "state"),
    E("Khurram Jahangir Niazi", "person", "Ambassador Khurram Jahangir Niazi", "Ambassador Niazi"),
    E("Abdul Wahid Karimzada", "person", "Mawlawi Abdul Wahid Karimzada"),
    E("Noorullah Zadran", "person", "Mullah Noorullah Zadran"),
    E("Dilshod Yusupbekov", "person"),
    E("Saima Kanwal Qazi", "person", "Ms. Saima Kanwal Qazi"),
    E("Ministry of Foreign Affairs of Pakistan", "government", "Ministry of Foreign Affairs – Government of Pakistan"),
    E("Afghan Interim Government", "government", "Interim Afghan Government", "Afghan Taliban regime"),
    E("Taliban", "armed_group", "Taliban"),
    E("Tehreek-e-Taliban Pakistan", "armed_group", "Fitna al-Khawarij", "TTP"),
    E("Balochistan Liberation Army", "armed_group", "Fitna al-Hindustan", "BLA"),
    E("Joint Coordination Committee", "organization"),
    E("Organisation of Islamic Cooperation", "igo", "OIC"),
    E("Kabul", "place"), E("Dubai", "place"), E("Jeddah", "place"), E("Islamabad", "place"), E("Paktika", "place"),
    E("Chabahar", "place", "Chabahar port"),
]
notes = ("Invented Pakistan MOFA weekly briefing transcript (Q&A). The spokesperson is named only in the title line; in the body she is "
 "'Spokesperson:' (not listed as an alias). The transcript is a briefing, not a meeting -> not annotated. "
 "m1: Niazi's call on the Acting FM 'On 6 January' (year from the briefing header) in Kabul; m2: his meeting with the Acting "
 "Interior Minister, day not given (visit 6-8 January) -> date null, Kabul; the two are told apart by persons. The "
 "'delegation-level talks on trade and transit' are not annotated separately (no participants or day; part of the visit). "
 "m3: 'on Monday' (= 6 January 2025, the briefing being Thursday 9 January) 'virtual meeting' -> city null; Pakistan's Foreign "
 "Secretary is unnamed (state only). m4: reported in a journalist's question ('met ... in Dubai yesterday' -> 2025-01-08): India + "
 "the Taliban (the acting FM is unnamed there); annotated because the text reports it as fact and the spokesperson confirms having "
 "'seen these reports' (doubtful). The OIC ministerial in Jeddah 'next week' is PLANNED/unconfirmed -> not annotated. Stances: "
 "Niazi's conveyed concern and demand (holder Niazi; Pakistan beside him accepted); 'Both sides agreed' -> meeting:m1; the "
 "refugee answer 'Pakistan remains committed' is the Special Representative's explanation in Kabul (holder Niazi); the "
 "spokesperson's own answers ('we hope', 'Pakistan rejects', 'We urge') -> holder the spokesperson. 'The Afghan side requested' -> "
 "Afghanistan. 'We do not comment' is not a stance. Designations: 'the Fitna al-Khawarij, the proscribed TTP' and 'Fitna "
 "al-Hindustan, the banned BLA' (Pakistan's official labels; the speaker's state is the authority, cf. probe4 p52). 'Afghan "
 "Taliban regime' = Afghan Interim Government (the regime's spokesman is unnamed; his claim, reported inside a journalist's "
 "question, is annotated as an AIG stance, type other; doubtful). Header/footer 'Islamabad' is the issuing "
 "place, not a meeting venue.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)
