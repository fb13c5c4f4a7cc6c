from common import M, S, D, E, emit, check

# ---------------------------------------------------------------- p89
stem = "p89_yonhap_trilateral_vice_fm_tokyo"
text = """ date 2025-06-14 S. Korea, U.S., Japan vow firm response to N. Korea's satellite launch plans

By Park Ji-won

SEOUL, June 14 (Yonhap) -- The top deputy diplomats of South Korea, the United States and Japan agreed Friday to respond firmly to any further ballistic missile or military satellite launch by North Korea, Seoul's foreign ministry said.

First Vice Foreign Minister Kang Min-seok held the trilateral meeting in Tokyo with U.S. Deputy Secretary of State Laura Whitfield and Japanese Vice Minister for Foreign Affairs Hiroshi Tanabe, the 15th such session since the format was launched in 2015.

The three sides condemned North Korea's launch of a solid-fuel intermediate-range missile last month as "a clear violation" of U.N. Security Council resolutions, and urged Pyongyang to return to dialogue without preconditions.

They also expressed grave concern over deepening military cooperation between North Korea and Russia, including the transfer of munitions, and agreed to strengthen coordination to block the North's illicit cyber activities that fund its weapons programs.

"Our three countries will not tolerate any attempt to normalize North Korea's nuclear status," Kang told reporters after the meeting.

Whitfield reaffirmed Washington's "ironclad" commitment to the defense of South Korea and Japan, while Tanabe said Tokyo places the highest priority on resolving the issue of Japanese citizens abducted by North Korea decades ago.

On the sidelines, Kang and Tanabe held a bilateral meeting and agreed to push for a foreign ministers' meeting in Seoul next month.

Separately, Foreign Minister Choi Yoon-hee held a phone conversation with her Chinese counterpart on Thursday evening. Choi asked Beijing to play a "constructive role" in persuading Pyongyang to refrain from provocations, the ministry said. The Chinese side said it hoped all parties would exercise restraint.

North Korea's foreign ministry has yet to react. Last week, the North's state media denounced the trilateral format as "a military bloc."
"""
KUJ = ["South Korea", "United States", "Japan"]
meetings = [
    M("m1", "15th South Korea-US-Japan vice foreign ministerial meeting (Tokyo)", "2025-06-13", "Tokyo", "Japan",
      series="South Korea-US-Japan vice foreign ministerial meeting", ordinal=15, states=KUJ,
      parts=[("Kang Min-seok", "First Vice Foreign Minister", "South Korea"),
             ("Laura Whitfield", "Deputy Secretary of State", "United States"),
             ("Hiroshi Tanabe", "Vice Minister for Foreign Affairs", "Japan")]),
    M("m2", "Bilateral meeting of Kang Min-seok and Hiroshi Tanabe on the sidelines (Tokyo)", "2025-06-13", "Tokyo", "Japan",
      states=["South Korea", "Japan"],
      parts=[("Kang Min-seok", "First Vice Foreign Minister", "South Korea"), ("Hiroshi Tanabe", "Vice Minister for Foreign Affairs", "Japan")]),
    M("m3", "Phone conversation between Foreign Minister Choi Yoon-hee and her Chinese counterpart", "2025-06-12", None, None,
      states=["South Korea", "China"], parts=[("Choi Yoon-hee", "Foreign Minister", "South Korea")]),
]
stances = [
    S("meeting:m1", "commit", "North Korea", "respond firmly to further launches",
      "agreed Friday to respond firmly to any further ballistic missile or military satellite launch by North Korea"),
    S("meeting:m1", "condemn", "North Korea", "IRBM launch violates UNSC resolutions",
      "The three sides condemned North Korea's launch of a solid-fuel intermediate-range missile last month"),
    S("meeting:m1", "urge", "North Korea", "return to dialogue without preconditions", "urged Pyongyang to return to dialogue without preconditions"),
    S("meeting:m1", "concern", ["North Korea", "Russia"], "North Korea-Russia military cooperation",
      "They also expressed grave concern over deepening military cooperation between North Korea and Russia, including the transfer of munitions"),
    S("meeting:m1", "commit", None, "block illicit cyber activities",
      "agreed to strengthen coordination to block the North's illicit cyber activities that fund its weapons programs"),
    S("Kang Min-seok", "oppose", "North Korea", "normalizing North Korea's nuclear status",
      "Our three countries will not tolerate any attempt to normalize North Korea's nuclear status"),
    S("Laura Whitfield", "reaffirm", ["South Korea", "Japan"], "ironclad defense commitment",
      'Whitfield reaffirmed Washington\'s "ironclad" commitment to the defense of South Korea and Japan'),
    S("Hiroshi Tanabe", "other", "North Korea", "priority on abductions issue",
      "Tokyo places the highest priority on resolving the issue of Japanese citizens abducted by North Korea decades ago"),
    S("meeting:m2", "commit", None, "push for FM meeting in Seoul", "agreed to push for a foreign ministers' meeting in Seoul next month"),
    S("Choi Yoon-hee", "urge", "China", "constructive role with Pyongyang",
      'Choi asked Beijing to play a "constructive role" in persuading Pyongyang to refrain from provocations'),
    S("China", "urge", None, "all parties exercise restraint", "The Chinese side said it hoped all parties would exercise restraint"),
    S("North Korea", "oppose", None, "trilateral format as a military bloc",
      "the North's state media denounced the trilateral format as \"a military bloc.\""),
]
entities = [
    E("South Korea", "state", "S. Korea"), E("United States", "state", "U.S.", "Washington"), E("Japan", "state"), E("Tokyo", "place"), E("Seoul", "place", "SEOUL"),
    E("North Korea", "state", "N. Korea", "Pyongyang", "the North"), E("Russia", "state"), E("China", "state", "Beijing", "Chinese side"),
    E("Park Ji-won", "person"), E("Kang Min-seok", "person", "Kang"), E("Laura Whitfield", "person", "Whitfield"),
    E("Hiroshi Tanabe", "person", "Tanabe"), E("Choi Yoon-hee", "person", "Choi"),
    E("United Nations Security Council", "igo", "U.N. Security Council"),
    E("Yonhap", "organization"),
    E("Ministry of Foreign Affairs of South Korea", "government", "Seoul's foreign ministry"),
    E("Ministry of Foreign Affairs of North Korea", "government", "North Korea's foreign ministry"),
]
notes = ("Invented Yonhap-style report. Page date 2025-06-14 (Saturday); 'agreed Friday' -> m1 2025-06-13; '15th such session' -> ordinal 15. "
         "Tokyo is the venue ('held the trilateral meeting in Tokyo') but also metonymy ('Tokyo places the highest priority', Tanabe's words): kept as the place entity only (the venue wins; the metonymic 'Tokyo places' is Tanabe's remark, holder Tanabe). Seoul likewise a place (dateline 'SEOUL', planned venue); 'Seoul's foreign ministry' is an alias of the ministry entity. 'Washington's' and 'Beijing', 'Pyongyang' are metonymy only -> aliases of their states. "
         "'The three sides' / 'They' -> meeting:m1. Kang's 'Our three countries will not tolerate' -> holder Kang. 'Washington's \"ironclad\" commitment' reaffirmed by Whitfield -> holder Whitfield. "
         "m2: sidelines bilateral, same day. 'a foreign ministers' meeting in Seoul next month' is planned -> not a meeting. "
         "m3: phone conversation 'on Thursday evening' -> 2025-06-12, city null; the Chinese counterpart is unnamed -> only Choi as participant, China a participant state; 'The Chinese side said' -> holder China. Phone call counted as a meeting (my convention, unsure). "
         "'Last week, the North's state media denounced' -> holder North Korea (state media as its voice; unsure). NO designations: 'illicit cyber activities' names no group.")
check(stem, text, stances, [])
emit(stem, text, meetings, stances, [], entities, notes)

# ---------------------------------------------------------------- p90
stem = "p90_mofa_qatar_iran_deputy_fm_doha"
text = """Minister of State at the Ministry of Foreign Affairs Meets Iranian Deputy Foreign Minister

Doha / Information Office / 10 April 2025

HE Minister of State at the Ministry of Foreign Affairs Dr. Khalid bin Nasser Al-Muraikhi met today with HE Deputy Foreign Minister for Political Affairs of the Islamic Republic of Iran Mr. Saeed Dehghan-Nezhad, who is currently visiting the country.

During the meeting, they reviewed bilateral cooperation relations and ways to support and develop them, in addition to discussing the latest developments in the region, particularly the situation in the Gaza Strip and the security of maritime navigation in the Red Sea and the Gulf.

HE the Minister of State affirmed the State of Qatar's firm position in support of resolving disputes through dialogue and peaceful means, and stressed the importance of de-escalation to spare the region further tension. HE also renewed the State of Qatar's call for an immediate and permanent ceasefire in the Gaza Strip and the unimpeded entry of humanitarian aid.

For his part, HE the Iranian Deputy Foreign Minister expressed his country's appreciation for the State of Qatar's mediation efforts and its constructive role in the region. He stressed that the Islamic Republic of Iran seeks good-neighbourly relations with the states of the Gulf Cooperation Council and rejects any foreign military presence in the Gulf.

The two sides agreed to hold the next round of the Qatari-Iranian political consultations in Tehran later this year.

Earlier on Tuesday, HE Dr. Al-Muraikhi participated via video conference in the meeting of the GCC Ministerial Committee on Maritime Security, chaired by the Sultanate of Oman. The meeting discussed coordination among the GCC states to protect commercial shipping and energy facilities.

It is worth mentioning that the first round of the Qatari-Iranian political consultations was held in Doha in November 2023, when the two sides signed a memorandum of understanding on consular affairs.
"""
meetings = [
    M("m1", "Meeting of Qatar's Minister of State Khalid bin Nasser Al-Muraikhi with Iranian Deputy Foreign Minister Saeed Dehghan-Nezhad (Doha)", "2025-04-10", "Doha", "Qatar",
      states=["Qatar", "Iran"],
      parts=[("Khalid bin Nasser Al-Muraikhi", "Minister of State at the Ministry of Foreign Affairs", "Qatar"),
             ("Saeed Dehghan-Nezhad", "Deputy Foreign Minister for Political Affairs", "Iran")]),
    M("m2", "Meeting of the GCC Ministerial Committee on Maritime Security (video conference)", "2025-04-08", None, None,
      series="GCC Ministerial Committee on Maritime Security", states=["Qatar", "Oman"], orgs=["Gulf Cooperation Council"],
      parts=[("Khalid bin Nasser Al-Muraikhi", "Minister of State at the Ministry of Foreign Affairs", "Qatar")]),
    M("m3", "First round of Qatari-Iranian political consultations (Doha)", "2023-11", "Doha", "Qatar", series="Qatari-Iranian political consultations",
      ordinal=1, states=["Qatar", "Iran"]),
]
stances = [
    S("Khalid bin Nasser Al-Muraikhi", "support", None, "resolving disputes through dialogue",
      "affirmed the State of Qatar's firm position in support of resolving disputes through dialogue and peaceful means"),
    S("Khalid bin Nasser Al-Muraikhi", "urge", None, "de-escalation", "stressed the importance of de-escalation to spare the region further tension"),
    S("Khalid bin Nasser Al-Muraikhi", "urge", None, "immediate and permanent Gaza ceasefire",
      "renewed the State of Qatar's call for an immediate and permanent ceasefire in the Gaza Strip"),
    S("Khalid bin Nasser Al-Muraikhi", "urge", None, "unimpeded humanitarian aid to Gaza", "the unimpeded entry of humanitarian aid"),
    S("Saeed Dehghan-Nezhad", "appreciate", "Qatar", "Qatar's mediation efforts",
      "expressed his country's appreciation for the State of Qatar's mediation efforts and its constructive role in the region"),
    S("Saeed Dehghan-Nezhad", "support", "Gulf Cooperation Council", "good-neighbourly relations with GCC states",
      "the Islamic Republic of Iran seeks good-neighbourly relations with the states of the Gulf Cooperation Council"),
    S("Saeed Dehghan-Nezhad", "oppose", None, "foreign military presence in the Gulf", "rejects any foreign military presence in the Gulf"),
    S("meeting:m1", "commit", None, "next round of consultations in Tehran",
      "The two sides agreed to hold the next round of the Qatari-Iranian political consultations in Tehran later this year"),
]
entities = [
    E("Qatar", "state", "State of Qatar"), E("Iran", "state", "Islamic Republic of Iran"), E("Oman", "state", "Sultanate of Oman"),
    E("Khalid bin Nasser Al-Muraikhi", "person", "Dr. Khalid bin Nasser Al-Muraikhi", "Dr. Al-Muraikhi"),
    E("Saeed Dehghan-Nezhad", "person", "Mr. Saeed Dehghan-Nezhad"),
    E("Ministry of Foreign Affairs of Qatar", "government", "Ministry of Foreign Affairs"),
    E("Gulf Cooperation Council", "igo", "Gulf Cooperation Council", "GCC"),
    E("Doha", "place"), E("Tehran", "place"), E("Gaza Strip", "place"), E("Red Sea", "place"),
]
notes = ("Invented Qatar MFA readout. Header 'Doha / Information Office / 10 April 2025' + 'met today' -> m1 2025-04-10 in Doha (the dateline is the venue: the visitor 'is currently visiting the country'). "
         "m2: 'Earlier on Tuesday' -> 2025-04-08 (the Tuesday before Thursday 10 April), 'via video conference' -> city null; chaired by 'the Sultanate of Oman' (a state, so chair null, Oman a participant state; the other GCC states are not named). "
         "m3: 'the first round ... was held in Doha in November 2023' -> month-precision date, ordinal 1. 'the next round ... in Tehran later this year' is planned -> not a meeting. "
         "'HE' honorifics kept in the text; 'HE the Minister of State' and 'HE also renewed' = Al-Muraikhi -> holder him (Qatar beside him accepted). 'the Islamic Republic of Iran seeks' inside the deputy minister's remarks -> holder him. "
         "Two demands in one sentence (ceasefire; aid) -> two stances. 'The meeting discussed coordination' in m2 is a topic, not a stance. NO designations.")
check(stem, text, stances, [])
emit(stem, text, meetings, stances, [], entities, notes)

# ---------------------------------------------------------------- p91
stem = "p91_transcript_egypt_greece_red_sea_presser"
text = """Transcript: Joint press conference of the Foreign Minister of Egypt and the Foreign Minister of Greece

Cairo, 3 July 2025

MODERATOR: Good afternoon. Their Excellencies will make opening statements and then take two questions from each side.

MINISTER HASSAN EL-SAYED (Egypt): I welcome my dear friend and colleague, Minister Nikos Vlachos, to Cairo. We had a very productive session of talks this morning, and I am pleased to say that Egypt and Greece see eye to eye on the Eastern Mediterranean and the Red Sea. We discussed the severe impact of the attacks on commercial shipping on the Suez Canal, whose revenues have fallen by more than half. Egypt condemns all attacks on merchant vessels and calls for the freedom of navigation to be fully restored in the Red Sea and the Bab el-Mandeb. At the same time, we believe the root cause is the war in Gaza, and we call on the international community to secure an immediate ceasefire.

MINISTER NIKOS VLACHOS (Greece): Thank you, Hassan. Greece is a maritime nation, and one in five ships in the Red Sea flies the Greek flag or belongs to Greek owners. We therefore strongly support the EU's naval operation Aspides, which Greece commands. I informed my colleague that Greece is ready to extend its participation for another year. We also agreed today to deepen our cooperation on energy interconnection, including the GREGY electricity cable.

QUESTION (Al-Ahram): Minister El-Sayed, does Egypt consider the Houthis a terrorist organization, as Washington now does?

EL-SAYED: Egypt's position is well known. We do not comment on the designations of other countries. What we want is that these attacks stop.

QUESTION (ERT): Minister Vlachos, will the European Union list the Houthis?

VLACHOS: The European Union has sanctioned individual Houthi leaders. Whether to go further is a decision for the Twenty-Seven. I would only say that Ansar Allah, which the United States has designated a Foreign Terrorist Organization, is putting at risk the lives of seafarers from many nations, including Egyptians and Greeks.

MODERATOR: Thank you.

[The two ministers also co-chaired the fourth meeting of the Egypt-Greece Strategic Dialogue Committee before the press conference. The next trilateral summit of Egypt, Greece and Cyprus is expected in Athens in the autumn.]
"""
meetings = [
    M("m1", "Talks between Egyptian Foreign Minister Hassan El-Sayed and Greek Foreign Minister Nikos Vlachos / fourth Egypt-Greece Strategic Dialogue Committee (Cairo)", "2025-07-03", "Cairo", "Egypt",
      series="Egypt-Greece Strategic Dialogue Committee", ordinal=4, states=["Egypt", "Greece"],
      parts=[("Hassan El-Sayed", "Foreign Minister", "Egypt"), ("Nikos Vlachos", "Foreign Minister", "Greece")]),
]
stances = [
    S(["Egypt", "Greece"], "other", None, "shared view on Eastern Mediterranean and Red Sea",
      "Egypt and Greece see eye to eye on the Eastern Mediterranean and the Red Sea"),
    S("Hassan El-Sayed", "concern", None, "impact of shipping attacks on the Suez Canal",
      "We discussed the severe impact of the attacks on commercial shipping on the Suez Canal"),
    S("Hassan El-Sayed", "condemn", None, "attacks on merchant vessels", "Egypt condemns all attacks on merchant vessels"),
    S("Hassan El-Sayed", "urge", None, "restore freedom of navigation",
      "calls for the freedom of navigation to be fully restored in the Red Sea and the Bab el-Mandeb"),
    S("Hassan El-Sayed", "urge", "international community", "immediate ceasefire in Gaza",
      "we call on the international community to secure an immediate ceasefire"),
    S("Nikos Vlachos", "support", "European Union", "EU naval operation Aspides",
      "We therefore strongly support the EU's naval operation Aspides"),
    S("Nikos Vlachos", "commit", None, "extend participation in Aspides", "Greece is ready to extend its participation for another year"),
    S("meeting:m1", "commit", None, "energy interconnection incl. GREGY",
      "We also agreed today to deepen our cooperation on energy interconnection, including the GREGY electricity cable"),
    S("Hassan El-Sayed", "urge", "Houthis", "attacks must stop", "What we want is that these attacks stop"),
    S("Nikos Vlachos", "concern", "Houthis", "Houthis endanger seafarers",
      "is putting at risk the lives of seafarers from many nations, including Egyptians and Greeks"),
]
designations = [
    D("Houthis", ["Ansar Allah"], "United States", None,
      "Ansar Allah, which the United States has designated a Foreign Terrorist Organization"),
]
entities = [
    E("Egypt", "state"), E("Greece", "state"), E("United States", "state", "Washington"), E("Cyprus", "state"),
    E("Hassan El-Sayed", "person", "HASSAN EL-SAYED", "EL-SAYED", "El-Sayed"), E("Nikos Vlachos", "person", "NIKOS VLACHOS", "VLACHOS", "Vlachos"),
    E("European Union", "igo", "European Union", "EU"),
    E("Operation Aspides", "organization", "Aspides"),
    E("Houthis", "armed_group", "Houthis", "Ansar Allah", "Houthi"),
    E("Egypt-Greece Strategic Dialogue Committee", "organization", "Egypt-Greece Strategic Dialogue Committee"),
    E("Al-Ahram", "organization"), E("ERT", "organization"),
    E("Cairo", "place"), E("Athens", "place"), E("Suez Canal", "place"), E("Red Sea", "place"), E("Bab el-Mandeb", "place"), E("Gaza", "place"),
]
notes = ("Invented press-conference transcript, Cairo, 3 July 2025. The morning 'session of talks' and the bracketed 'fourth meeting of the Egypt-Greece Strategic Dialogue Committee' co-chaired 'before the press conference' are taken as ONE meeting (same day, same city, same two ministers) with ordinal 4 and the series; co-chairs -> chair null (earlier-batch convention). Unsure: a converter could see two meetings. "
         "Speakers are tagged in capitals ('MINISTER HASSAN EL-SAYED (Egypt):', 'EL-SAYED:'), so the capitalised forms are aliases; 'we'/'Egypt condemns' inside a minister's statement -> holder the minister; 'Egypt and Greece see eye to eye' -> [Egypt, Greece] (El-Sayed describing both sides; meeting:m1 equivalent). 'We also agreed today' (Vlachos) -> meeting:m1. "
         "Designation: 'Ansar Allah, which the United States has designated a Foreign Terrorist Organization' -> Houthis, authority United States (apposition in Vlachos's answer). The journalist's question 'does Egypt consider the Houthis a terrorist organization, as Washington now does?' restates the same US designation (one item per designee); Egypt declines ('We do not comment') -> no Egyptian designation; the EU 'has sanctioned individual Houthi leaders' -> persons, not the group, no item. "
         "Not meetings: 'The next trilateral summit ... is expected in Athens in the autumn' (planned). The moderator's lines are furniture.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)
