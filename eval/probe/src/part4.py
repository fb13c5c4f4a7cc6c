from common import *

# ---------------- p09
emit("p09_sco_cfm_astana", """ date 2024-05-25 SCO foreign ministers call for inclusive government in Afghanistan

The foreign ministers of China, India, Iran, Kazakhstan, Kyrgyzstan, Pakistan, Russia, Tajikistan and Uzbekistan gathered in the Kazakh capital on Friday for a meeting of the Council of Foreign Ministers of the Shanghai Cooperation Organization (SCO), chaired by Kazakh Foreign Minister Yerlan Bekturganov.

In a joint communique, the ministers condemned terrorism in all its forms and manifestations and stressed the need to counter the "three evil forces" of terrorism, separatism and extremism. They reaffirmed their commitment to jointly combat the East Turkistan Islamic Movement and other terrorist groups listed by SCO member states, and called on the Afghan authorities to form an inclusive government with the participation of all ethnic and political groups.

The ministers expressed support for the central coordinating role of the United Nations in international affairs and opposed unilateral sanctions not authorized by the UN Security Council.

They also reviewed preparations for the Astana summit in July, at which Belarus is expected to be admitted as the organization's tenth member.

On the sidelines, Chinese Foreign Minister Zhou Weiming met his Indian counterpart Arvind Raghunathan. Both sides agreed to work towards the early resumption of direct flights and to maintain peace and tranquillity in the border areas. Raghunathan said India attached importance to the disengagement process completed last year, while Zhou said the two countries should be partners rather than rivals.
""",
[M("m1", "Meeting of the SCO Council of Foreign Ministers (Astana)", "2024-05-24", "Astana", "Kazakhstan",
   series="SCO Council of Foreign Ministers", chair="Yerlan Bekturganov",
   states=["China", "India", "Iran", "Kazakhstan", "Kyrgyzstan", "Pakistan", "Russia", "Tajikistan", "Uzbekistan"],
   orgs=["Shanghai Cooperation Organization"], parts=[("Yerlan Bekturganov", "Foreign Minister", "Kazakhstan")]),
 M("m2", "Zhou Weiming-Arvind Raghunathan meeting on the sidelines of the SCO CFM", None, "Astana", "Kazakhstan",
   states=["China", "India"], parts=[("Zhou Weiming", "Foreign Minister", "China"), ("Arvind Raghunathan", None, "India")])],
[S("meeting:m1", "condemn", None, "terrorism in all its forms", "the ministers condemned terrorism in all its forms and manifestations"),
 S("meeting:m1", "support", None, "counter the three evil forces", "stressed the need to counter the \"three evil forces\" of terrorism, separatism and extremism"),
 S("meeting:m1", "reaffirm", "East Turkistan Islamic Movement", "jointly combat ETIM and listed terrorist groups", "They reaffirmed their commitment to jointly combat the East Turkistan Islamic Movement and other terrorist groups listed by SCO member states"),
 S("meeting:m1", "urge", "Afghan Interim Government", "inclusive government in Afghanistan", "called on the Afghan authorities to form an inclusive government with the participation of all ethnic and political groups"),
 S("meeting:m1", "support", "United Nations", "central coordinating role of the UN", "The ministers expressed support for the central coordinating role of the United Nations in international affairs"),
 S("meeting:m1", "oppose", None, "unilateral sanctions not authorized by the UNSC", "opposed unilateral sanctions not authorized by the UN Security Council"),
 S("meeting:m2", "commit", None, "resume direct flights", "Both sides agreed to work towards the early resumption of direct flights"),
 S("meeting:m2", "commit", None, "peace and tranquillity in the border areas", "to maintain peace and tranquillity in the border areas"),
 S("Arvind Raghunathan", "other", None, "importance of the disengagement process", "India attached importance to the disengagement process completed last year"),
 S("Zhou Weiming", "other", "India", "partners rather than rivals", "the two countries should be partners rather than rivals")],
[D("East Turkistan Islamic Movement", ["East Turkistan Islamic Movement"], "Shanghai Cooperation Organization", None,
   "the East Turkistan Islamic Movement and other terrorist groups listed by SCO member states")],
[E("China", "state"), E("India", "state"), E("Iran", "state"), E("Kazakhstan", "state", "Kazakh"), E("Kyrgyzstan", "state"),
 E("Pakistan", "state"), E("Russia", "state"), E("Tajikistan", "state"), E("Uzbekistan", "state"), E("Belarus", "state"), E("Afghanistan", "state"),
 E("Shanghai Cooperation Organization", "igo", "Shanghai Cooperation Organization", "SCO"), E("United Nations", "igo", "United Nations"),
 E("United Nations Security Council", "igo", "UN Security Council"), E("Afghan Interim Government", "government", "Afghan authorities"),
 E("East Turkistan Islamic Movement", "armed_group"),
 E("Yerlan Bekturganov", "person"), E("Zhou Weiming", "person", "Zhou"), E("Arvind Raghunathan", "person", "Raghunathan"),
 E("Astana", "place")],
"News report, no dateline. Page date 2024-05-25 (Saturday); 'on Friday' -> 2024-05-24. City given only as 'the Kazakh capital' -> Astana (the name 'Astana' occurs only in 'the Astana summit in July', a PLANNED meeting that is not annotated). 'The foreign ministers of China, India, ... and Uzbekistan' -> nine participant_states; Belarus is named but does not take part (future member) -> not a participant. Chair: the Kazakh FM. Communique positions -> meeting:m1. 'stressed the need to counter' -> support (as seed/dev 'emphasized the need'). Designation: 'the East Turkistan Islamic Movement and other terrorist groups listed by SCO member states' -> authority the SCO (listed by its member states; judgement call, cf. dev 03 OIC), date null. m2: Zhou-Raghunathan sidelines meeting, city Astana from the sidelines relation, day not stated -> null; Raghunathan only 'his Indian counterpart' -> title null; Zhou 'Chinese Foreign Minister'. Zhou Weiming is the same invented Chinese FM as in p01. 'should be partners rather than rivals' -> other.")

# ---------------- p10
emit("p10_quad_virtual", """ date 2025-07-19 NEW DELHI: Foreign ministers of the Quad countries met virtually on Friday and strongly condemned the terror attack in Pahalgam in Jammu and Kashmir, calling for its perpetrators, organisers and financiers to be brought to justice without delay.

External Affairs Minister Arvind Raghunathan, US Secretary of State Jonathan Whitfield, Japanese Foreign Minister Kenji Morimoto and Australian Foreign Minister Claire Hadley-Rowe took part in the video conference, which was hosted by the United States.

In a joint statement, the ministers welcomed the US designation of The Resistance Front (TRF), which they described as a proxy of the Pakistan-based Lashkar-e-Taiba, as a Foreign Terrorist Organization and Specially Designated Global Terrorist. They urged all UN member states to cooperate actively with India in accordance with their obligations under international law.

The ministers expressed serious concern over North Korea's destabilising ballistic missile launches and called on Pyongyang to abandon its nuclear weapons programme in accordance with UN Security Council resolutions. They also reaffirmed their commitment to a free and open Indo-Pacific that is inclusive and resilient.

"The Quad stands united against terrorism. There can be no double standards," Raghunathan said in a post on X after the meeting.

The ministers will meet in person in New Delhi later this year ahead of the Quad Leaders' Summit, which India will host.
""",
[M("m1", "Virtual meeting of Quad foreign ministers", "2025-07-18", None, None,
   series="Quad Foreign Ministers' Meeting", states=["India", "United States", "Japan", "Australia"], orgs=["Quad"],
   parts=[("Arvind Raghunathan", "External Affairs Minister", "India"), ("Jonathan Whitfield", "Secretary of State", "United States"),
          ("Kenji Morimoto", "Foreign Minister", "Japan"), ("Claire Hadley-Rowe", "Foreign Minister", "Australia")])],
[S("meeting:m1", "condemn", None, "terror attack in Pahalgam", "strongly condemned the terror attack in Pahalgam in Jammu and Kashmir"),
 S("meeting:m1", "urge", None, "bring perpetrators, organisers, financiers to justice", "calling for its perpetrators, organisers and financiers to be brought to justice without delay"),
 S("meeting:m1", "welcome", "United States", "US designation of TRF", "the ministers welcomed the US designation of The Resistance Front (TRF)"),
 S("meeting:m1", "urge", "UN member states", "cooperate with India under international law", "They urged all UN member states to cooperate actively with India in accordance with their obligations under international law"),
 S("meeting:m1", "concern", "North Korea", "North Korean ballistic missile launches", "The ministers expressed serious concern over North Korea's destabilising ballistic missile launches"),
 S("meeting:m1", "urge", "North Korea", "abandon nuclear weapons programme", "called on Pyongyang to abandon its nuclear weapons programme in accordance with UN Security Council resolutions"),
 S("meeting:m1", "reaffirm", None, "free and open Indo-Pacific", "They also reaffirmed their commitment to a free and open Indo-Pacific that is inclusive and resilient"),
 S("Arvind Raghunathan", "other", None, "Quad united against terrorism, no double standards", "The Quad stands united against terrorism. There can be no double standards")],
[D("The Resistance Front", ["The Resistance Front", "TRF"], "United States", None,
   "the US designation of The Resistance Front (TRF), which they described as a proxy of the Pakistan-based Lashkar-e-Taiba, as a Foreign Terrorist Organization")],
[E("India", "state"), E("United States", "state", "US"), E("Japan", "state"), E("Australia", "state"), E("Pakistan", "state"),
 E("North Korea", "state", "North Korea", "Pyongyang"), E("Quad", "organization"),
 E("United Nations", "igo", "UN"), E("United Nations Security Council", "igo", "UN Security Council"),
 E("The Resistance Front", "armed_group", "TRF"), E("Lashkar-e-Taiba", "armed_group"),
 E("Arvind Raghunathan", "person", "Raghunathan"), E("Jonathan Whitfield", "person"), E("Kenji Morimoto", "person"), E("Claire Hadley-Rowe", "person"),
 E("New Delhi", "place", "NEW DELHI"), E("Pahalgam", "place"), E("Jammu and Kashmir", "place")],
"Indian news report. Page date 2025-07-19 (Saturday); 'met virtually on Friday' -> 2025-07-18. VIRTUAL meeting: the dateline 'NEW DELHI' is the reporter's place, not the venue -> city null (New Delhi is also the PLANNED in-person venue: 'will meet in person in New Delhi later this year', not a meeting; the Quad Leaders' Summit likewise). 'hosted by the United States' -> not a chair (no person chair stated). Four participants with their titles. Designation: the ministers 'welcomed the US designation of The Resistance Front (TRF) ... as a Foreign Terrorist Organization' -> authority United States (NOT the meeting), date not stated. Lashkar-e-Taiba is named only as TRF's parent ('Pakistan-based') -> not designated in this text. Raghunathan's post on X after the meeting -> his own 'other' stance.")
