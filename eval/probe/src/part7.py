from common import *

# ---------------- p16
emit("p16_eu_fac_brussels", """Foreign Affairs Council, 16 December 2024

Main results

Foreign ministers met in Brussels on 16 December under the chairmanship of the High Representative for Foreign Affairs and Security Policy, Henrika Vaino, to discuss Ukraine, the Middle East, Syria and Georgia. Ukraine's Foreign Minister Oleksandr Hrytsenko joined the discussion by video link.

Ukraine

Ministers reaffirmed the EU's unwavering support for Ukraine's independence, sovereignty and territorial integrity and adopted a 15th package of sanctions against Russia. The High Representative condemned the continued Russian strikes against Ukraine's energy infrastructure ahead of winter.

Middle East

The Council called for an immediate ceasefire in Gaza and the unconditional release of all hostages held by Hamas. Ministers recalled that Hamas and Palestinian Islamic Jihad remain on the EU terrorist list, which the Council reviews every six months.

Syria

Following the fall of the Assad regime, ministers discussed the EU's engagement with the new authorities in Damascus. The High Representative said that any easing of sanctions would depend on concrete steps towards an inclusive transition and the protection of minorities, noting that Hayat Tahrir al-Sham (HTS) remains on the UN's sanctions list of terrorist groups.

Georgia

Ministers expressed deep concern at the violent repression of peaceful protesters in Georgia and called on the Georgian authorities to respect the right to freedom of assembly. A proposal to suspend visa-free travel for Georgian officials did not achieve unanimity.

The next Foreign Affairs Council will take place on 27 January 2025.
""",
[M("m1", "Foreign Affairs Council of the EU (Brussels)", "2024-12-16", "Brussels", "Belgium",
   series="Foreign Affairs Council", chair="Henrika Vaino", states=["Ukraine"], orgs=["European Union"],
   parts=[("Henrika Vaino", "High Representative for Foreign Affairs and Security Policy", "European Union"),
          ("Oleksandr Hrytsenko", "Foreign Minister", "Ukraine")])],
[S("European Union", "reaffirm", "Ukraine", "Ukraine's independence, sovereignty, territorial integrity", "Ministers reaffirmed the EU's unwavering support for Ukraine's independence, sovereignty and territorial integrity"),
 S("European Union", "commit", "Russia", "15th sanctions package against Russia", "adopted a 15th package of sanctions against Russia"),
 S("Henrika Vaino", "condemn", "Russia", "Russian strikes on Ukraine's energy infrastructure", "The High Representative condemned the continued Russian strikes against Ukraine's energy infrastructure"),
 S("European Union", "urge", None, "immediate ceasefire in Gaza", "The Council called for an immediate ceasefire in Gaza"),
 S("European Union", "urge", "Hamas", "release of all hostages", "the unconditional release of all hostages held by Hamas"),
 S("Henrika Vaino", "other", "Syria", "sanctions easing conditional on inclusive transition", "any easing of sanctions would depend on concrete steps towards an inclusive transition and the protection of minorities"),
 S("European Union", "concern", "Georgia", "repression of protesters in Georgia", "Ministers expressed deep concern at the violent repression of peaceful protesters in Georgia"),
 S("European Union", "urge", "Government of Georgia", "respect freedom of assembly", "called on the Georgian authorities to respect the right to freedom of assembly")],
[D("Hamas", ["Hamas"], "European Union", None, "Hamas and Palestinian Islamic Jihad remain on the EU terrorist list"),
 D("Palestinian Islamic Jihad", ["Palestinian Islamic Jihad"], "European Union", None, "Hamas and Palestinian Islamic Jihad remain on the EU terrorist list"),
 D("Hayat Tahrir al-Sham", ["Hayat Tahrir al-Sham", "HTS"], "United Nations", None, "Hayat Tahrir al-Sham (HTS) remains on the UN's sanctions list of terrorist groups")],
[E("European Union", "igo", "EU"), E("Council of the European Union", "igo", "Foreign Affairs Council"),
 E("Ukraine", "state"), E("Russia", "state"), E("Syria", "state"), E("Georgia", "state"),
 E("Government of Georgia", "government", "Georgian authorities"), E("United Nations", "igo", "UN"),
 E("Hamas", "armed_group"), E("Palestinian Islamic Jihad", "armed_group"), E("Hayat Tahrir al-Sham", "armed_group", "HTS"),
 E("Henrika Vaino", "person"), E("Oleksandr Hrytsenko", "person"),
 E("Brussels", "place"), E("Damascus", "place"), E("Gaza Strip", "place", "Gaza")],
"EU Council 'Main results' page. Date in the title and 'on 16 December' (2024 from the title) -> 2024-12-16, Brussels. Chair: the High Representative (a person). The EU member states are not named -> participant_states only Ukraine (its FM 'joined the discussion by video link': remote participation counts), EU in participant_orgs. Holder of 'Ministers ...' / 'The Council ...' -> explicit 'European Union' (the FAC acts for the EU), NOT meeting:m1 (which would make Ukraine the holder) -- judgement call as p05/g3_05. The HR's own statements -> holder Henrika Vaino. Designations: Hamas and PIJ 'remain on the EU terrorist list' -> authority EU (a standing listing, date null); HTS 'remains on the UN's sanctions list of terrorist groups' -> authority United Nations, date null. 'The next Foreign Affairs Council will take place on 27 January 2025' is PLANNED -> not a meeting. 'A proposal ... did not achieve unanimity' -> no stance (no holder). Russia addressee of the sanctions commitment.")

# ---------------- p17
emit("p17_brics_fm_rio", """ date 2025-04-30 RIO DE JANEIRO, April 29 (TASS) -- BRICS foreign ministers, meeting in Rio de Janeiro on 28-29 April under the chairmanship of Brazilian Foreign Minister Rafael Monteiro Sampaio, failed for the first time to agree on a joint statement, and Brazil issued a chair's statement instead owing to differences over the wording on UN Security Council reform.

The meeting brought together Russian Foreign Minister Konstantin Belyaev, Chinese Foreign Minister Zhou Weiming, South Africa's Minister of International Relations and Cooperation Thandiwe Mahlangu-Dube and India's Minister of State for External Affairs Pranav Kulkarni, as well as the foreign ministers of Egypt, Ethiopia, Indonesia, Iran and the United Arab Emirates.

According to the chair's statement, the ministers expressed serious concern over the rise of unilateral tariff measures, which distort trade and are inconsistent with WTO rules. They condemned in the strongest terms the terrorist attack in Jammu and Kashmir on 22 April, and supported a comprehensive reform of the United Nations, including its Security Council, to make it more representative.

Speaking to reporters, Belyaev said Russia opposed the use of sanctions as an instrument of political pressure and called on Western countries to stop blocking the reform of the Bretton Woods institutions.

On the sidelines, Belyaev held talks with Monteiro Sampaio on preparations for the BRICS summit in July and on the Ukraine settlement. The two ministers agreed to intensify consultations ahead of Brazil's COP30 presidency.
""",
[M("m1", "BRICS foreign ministers' meeting (Rio de Janeiro)", "2025-04-28", "Rio de Janeiro", "Brazil",
   series="BRICS Foreign Ministers' Meeting", chair="Rafael Monteiro Sampaio",
   states=["Brazil", "Russia", "China", "South Africa", "India", "Egypt", "Ethiopia", "Indonesia", "Iran", "United Arab Emirates"], orgs=["BRICS"],
   parts=[("Rafael Monteiro Sampaio", "Foreign Minister", "Brazil"), ("Konstantin Belyaev", "Foreign Minister", "Russia"),
          ("Zhou Weiming", "Foreign Minister", "China"), ("Thandiwe Mahlangu-Dube", "Minister of International Relations and Cooperation", "South Africa"),
          ("Pranav Kulkarni", "Minister of State for External Affairs", "India")]),
 M("m2", "Belyaev-Monteiro Sampaio talks on the sidelines (Rio de Janeiro)", None, "Rio de Janeiro", "Brazil",
   states=["Russia", "Brazil"],
   parts=[("Konstantin Belyaev", "Foreign Minister", "Russia"), ("Rafael Monteiro Sampaio", "Foreign Minister", "Brazil")])],
[S("Brazil", "concern", None, "unilateral tariff measures", "the ministers expressed serious concern over the rise of unilateral tariff measures"),
 S("Brazil", "condemn", None, "terrorist attack in Jammu and Kashmir", "They condemned in the strongest terms the terrorist attack in Jammu and Kashmir on 22 April"),
 S("Brazil", "support", "United Nations", "comprehensive UN and Security Council reform", "supported a comprehensive reform of the United Nations, including its Security Council, to make it more representative"),
 S("Konstantin Belyaev", "oppose", None, "sanctions as political pressure", "Russia opposed the use of sanctions as an instrument of political pressure"),
 S("Konstantin Belyaev", "urge", "Western countries", "stop blocking Bretton Woods reform", "called on Western countries to stop blocking the reform of the Bretton Woods institutions"),
 S("meeting:m2", "commit", None, "intensify consultations ahead of COP30", "The two ministers agreed to intensify consultations ahead of Brazil's COP30 presidency")],
[],
[E("BRICS", "igo"), E("Brazil", "state", "Brazilian"), E("Russia", "state"), E("China", "state"), E("South Africa", "state"),
 E("India", "state"), E("Egypt", "state"), E("Ethiopia", "state"), E("Indonesia", "state"), E("Iran", "state"),
 E("United Arab Emirates", "state", "United Arab Emirates"), E("Ukraine", "state"),
 E("United Nations", "igo", "United Nations"), E("United Nations Security Council", "igo", "UN Security Council", "Security Council"),
 E("World Trade Organization", "igo", "WTO"),
 E("Rafael Monteiro Sampaio", "person", "Monteiro Sampaio"), E("Konstantin Belyaev", "person", "Belyaev"), E("Zhou Weiming", "person"),
 E("Thandiwe Mahlangu-Dube", "person"), E("Pranav Kulkarni", "person"), E("TASS", "organization"),
 E("Rio de Janeiro", "place", "RIO DE JANEIRO"), E("Jammu and Kashmir", "place")],
"TASS wire. Page date 2025-04-30; meeting 'on 28-29 April' (year from page date) -> first day 2025-04-28; dateline 'April 29' is the second day. Chair: Brazil's FM. participant_states: the five named ministers' states + 'the foreign ministers of Egypt, Ethiopia, Indonesia, Iran and the United Arab Emirates' (no names) = 10. HARD CASE: there is NO joint statement -- 'Brazil issued a chair's statement instead' -- so the positions 'According to the chair's statement, the ministers ...' are held by the chair's state Brazil, not meeting:m1 (judgement call; a converter giving meeting:m1 is wrong under this reading because the ministers 'failed ... to agree'). The 'terrorist attack in Jammu and Kashmir' names no group -> no designation. Belyaev's remarks to reporters -> his (Russia beside him accepted); 'Western countries' addressee kept as a string. m2: sidelines talks, Rio de Janeiro, date null. 'the BRICS summit in July' is PLANNED -> not a meeting. Belyaev and Zhou Weiming are the same invented ministers as in p09/p19/p01.")
