from common import *

# ---------------------------------------------------------------- p66
stem = "p66_kenya_presidency_igad_sudan_kampala"
text = """
THE PRESIDENCY
REPUBLIC OF KENYA

Kampala, Uganda
Thursday, 18th January, 2024

PRESIDENT LANGAT JOINS IGAD LEADERS IN KAMPALA, CALLS FOR IMMEDIATE CEASEFIRE IN SUDAN

President Daniel Kiprotich Langat today joined other Heads of State and Government of the Intergovernmental Authority on Development (IGAD) at the 42nd Extraordinary Assembly on the situation in the Republic of Sudan, held at the Speke Resort, Munyonyo.

The summit, hosted by President Augustine Mugisha Tumwine of Uganda and chaired by President Abdourahman Ali Bourhan of Djibouti, the current Chairperson of the IGAD Assembly, brought together Ethiopian Prime Minister Teshome Alemu Gebreyes, South Sudan’s President Deng Akol Manyang and Somalia’s President Abdiqani Hirsi Warsame. The African Union Commission and the United Nations were represented by special envoys.

Sudan was not represented. On Tuesday, the authorities in Port Sudan announced that the country had “frozen its engagement” with the regional bloc over the invitation extended to the Rapid Support Forces (RSF), and rejected in advance any outcome of the Kampala meeting as “not binding on Sudan”. The RSF sent a delegation led by its political adviser, Ezzeldin Hamdan El-Sadig, which addressed the closed session.

Addressing the Assembly, President Langat said the war, now in its tenth month, had become “a tragedy Africa cannot afford to look away from”.

“There is no military solution to this conflict. We urge both the Sudanese Armed Forces and the RSF to silence the guns and to open humanitarian corridors without conditions,” the President said, adding that Kenya stood ready to host a direct meeting between the two commanders at any time.

In the communiqué adopted at the end of the session, the Assembly:

• Demanded an immediate, unconditional and nationwide ceasefire;
• Deplored the non-attendance of the leadership of the Sudanese Armed Forces despite earlier confirmation of participation;
• Condemned attacks on civilians in El Geneina and the wider Darfur region, including acts that may amount to ethnic cleansing;
• Directed the IGAD Secretariat to convene, within 14 days, a face-to-face meeting of the leaders of the two warring parties;
• Emphasised the need for an inclusive, Sudanese-owned political process that brings in civilian forces;
• Appealed to the international community to fully fund the humanitarian response plan for Sudan.

IGAD Executive Secretary Mahboub Osman Dirir told journalists after the session that the bloc would “not be held hostage by the absence of any party”.

The army-aligned government has repeatedly called on IGAD and the African Union to declare the RSF a terrorist organisation, a demand the regional bloc has so far not taken up.

Kampala’s summit comes after the Jeddah talks, facilitated by Saudi Arabia and the United States, were adjourned in December without a ceasefire. Egypt, which convened a summit of Sudan’s neighbouring states in Cairo in July, did not attend the Kampala meeting, while the United Arab Emirates, which Sudanese officials accuse of arming the RSF, has denied any involvement.

The President was accompanied by Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs Wycliffe Oduya-Nyamweya.

NJERI WAMBUGU-OCHIENG
STATE HOUSE SPOKESPERSON
"""
igad_states = ["Kenya", "Uganda", "Djibouti", "Ethiopia", "South Sudan", "Somalia"]
meetings = [
    M("m1", "42nd Extraordinary Assembly of IGAD Heads of State and Government on Sudan (Kampala)", "2024-01-18", "Kampala", "Uganda",
      series="IGAD Assembly of Heads of State and Government", ordinal=42, chair="Abdourahman Ali Bourhan", states=igad_states,
      orgs=["Intergovernmental Authority on Development", "African Union Commission", "United Nations", "Rapid Support Forces"],
      parts=[("Daniel Kiprotich Langat", "President", "Kenya"),
             ("Augustine Mugisha Tumwine", "President", "Uganda"),
             ("Abdourahman Ali Bourhan", "President", "Djibouti"),
             ("Teshome Alemu Gebreyes", "Prime Minister", "Ethiopia"),
             ("Deng Akol Manyang", "President", "South Sudan"),
             ("Abdiqani Hirsi Warsame", "President", "Somalia"),
             ("Ezzeldin Hamdan El-Sadig", "political adviser", "Rapid Support Forces"),
             ("Mahboub Osman Dirir", "IGAD Executive Secretary", "Intergovernmental Authority on Development"),
             ("Wycliffe Oduya-Nyamweya", "Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs", "Kenya")]),
    M("m2", "Jeddah talks on Sudan facilitated by Saudi Arabia and the United States", None, "Jeddah", "Saudi Arabia",
      states=["Saudi Arabia", "United States"]),
    M("m3", "Summit of Sudan's neighbouring states convened by Egypt (Cairo)", None, "Cairo", "Egypt", states=["Egypt"]),
]
stances = [
    S("Sudan", "oppose", "Intergovernmental Authority on Development", "invitation to the RSF; outcome not binding", "rejected in advance any outcome of the Kampala meeting as “not binding on Sudan”"),
    S("Daniel Kiprotich Langat", "concern", None, "the war as a tragedy Africa cannot ignore", "a tragedy Africa cannot afford to look away from"),
    S("Daniel Kiprotich Langat", "other", None, "no military solution", "There is no military solution to this conflict"),
    S("Daniel Kiprotich Langat", "urge", ["Sudanese Armed Forces", "Rapid Support Forces"], "silence the guns, open humanitarian corridors", "We urge both the Sudanese Armed Forces and the RSF to silence the guns and to open humanitarian corridors without conditions"),
    S("Daniel Kiprotich Langat", "commit", None, "Kenya ready to host a direct meeting of the commanders", "Kenya stood ready to host a direct meeting between the two commanders at any time"),
    S("meeting:m1", "urge", None, "immediate, unconditional nationwide ceasefire", "Demanded an immediate, unconditional and nationwide ceasefire"),
    S("meeting:m1", "condemn", "Sudanese Armed Forces", "SAF leadership's non-attendance", "Deplored the non-attendance of the leadership of the Sudanese Armed Forces despite earlier confirmation of participation"),
    S("meeting:m1", "condemn", None, "attacks on civilians in El Geneina and Darfur", "Condemned attacks on civilians in El Geneina and the wider Darfur region, including acts that may amount to ethnic cleansing"),
    S("meeting:m1", "urge", "Intergovernmental Authority on Development", "convene a face-to-face meeting of the two leaders within 14 days", "Directed the IGAD Secretariat to convene, within 14 days, a face-to-face meeting of the leaders of the two warring parties"),
    S("meeting:m1", "support", None, "inclusive Sudanese-owned political process with civilians", "Emphasised the need for an inclusive, Sudanese-owned political process that brings in civilian forces"),
    S("meeting:m1", "urge", "international community", "fully fund the humanitarian response plan", "Appealed to the international community to fully fund the humanitarian response plan for Sudan"),
    S("Mahboub Osman Dirir", "other", None, "bloc not held hostage by absence of any party", "the bloc would “not be held hostage by the absence of any party”"),
    S("Sudan", "urge", ["Intergovernmental Authority on Development", "African Union"], "declare the RSF a terrorist organisation", "has repeatedly called on IGAD and the African Union to declare the RSF a terrorist organisation"),
    S("United Arab Emirates", "other", None, "denies arming the RSF", "has denied any involvement"),
]
designations = []
entities = [
    E("Kenya", "state"), E("Uganda", "state"), E("Djibouti", "state"), E("Ethiopia", "state"), E("South Sudan", "state"),
    E("Somalia", "state"), E("Sudan", "state", "Republic of Sudan"), E("Saudi Arabia", "state"), E("United States", "state"),
    E("Egypt", "state"), E("United Arab Emirates", "state"),
    E("Intergovernmental Authority on Development", "igo", "IGAD"), E("African Union", "igo"),
    E("African Union Commission", "igo"), E("United Nations", "igo"),
    E("Rapid Support Forces", "armed_group", "RSF"), E("Sudanese Armed Forces", "government"),
    E("Daniel Kiprotich Langat", "person", "President Langat"), E("Augustine Mugisha Tumwine", "person"),
    E("Abdourahman Ali Bourhan", "person"), E("Teshome Alemu Gebreyes", "person"), E("Deng Akol Manyang", "person"),
    E("Abdiqani Hirsi Warsame", "person"), E("Ezzeldin Hamdan El-Sadig", "person"), E("Mahboub Osman Dirir", "person"),
    E("Wycliffe Oduya-Nyamweya", "person"), E("Njeri Wambugu-Ochieng", "person", "NJERI WAMBUGU-OCHIENG"),
    E("Kampala", "place"), E("Port Sudan", "place"), E("Jeddah", "place"), E("Cairo", "place"), E("El Geneina", "place"),
    E("Darfur", "place"),
]
notes = ("Invented Kenyan Presidency press statement (header, place/date line, capitalised headline, bullet list of communiqué "
 "decisions, spokesperson sign-off). m1: 'today' = 'Thursday, 18th January, 2024'; '42nd Extraordinary Assembly' -> ordinal 42 "
 "(series = the IGAD Assembly; the ordinal counts extraordinary sessions); venue Speke Resort, Munyonyo, in Kampala; chair the "
 "Djiboutian President ('chaired by'); host Uganda is not the chair. Participant states: the six IGAD members whose leaders "
 "attended (Kenya's CS also accompanied). AU Commission and UN 'represented by special envoys' (unnamed) -> participant_orgs; the "
 "RSF delegation addressed the session -> participant org + El-Sadig as participant. Sudan NOT a participant ('was not "
 "represented'); its stances are background statements ('On Tuesday, the authorities in Port Sudan announced', 'has repeatedly "
 "called') -> holder Sudan. Sudan's call to declare the RSF a terrorist organisation is a CALL (stance), not a designation; no "
 "designations. The communiqué bullets have dropped subjects ('the Assembly:') -> meeting:m1; 'Deplored' typed condemn; "
 "'Emphasised the need for' an inclusive process typed support; 'Directed the IGAD Secretariat' typed urge (an instruction to IGAD's own organ). The President's quoted sentence 'There is no "
 "military solution' (other) and the demand on both forces (urge, addressees SAF and RSF) are separate stances; 'Kenya stood ready' "
 "-> commit held by the President. m2: 'the Jeddah talks, facilitated by Saudi Arabia and the United States' (recalled, no day -> "
 "date null; facilitators as states; the warring parties are not said to have attended a particular session). m3: Egypt's summit of "
 "Sudan's neighbouring states 'in Cairo in July' (no day, no year -> date null; neighbours unnamed). Egypt 'did not attend the "
 "Kampala meeting'. UAE's denial typed other. The spokesperson's name in the sign-off is annotated as a person (it is part of the "
 "release, not web chrome; doubtful).")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p67
stem = "p67_ani_delhi_regional_security_dialogue"
text = """
Home  >  World  >  Asia

NSAs of 7 nations call for 'open, truly inclusive' govt in Kabul at Delhi dialogue; Pak, China skip meet

ANI | Updated: Nov 10, 2021 21:07 IST

New Delhi [India], November 10 (ANI): Top security officials of Russia, Iran and the five Central Asian republics on Wednesday joined India's National Security Adviser Rajendra Vishwanath Kher for the third Regional Security Dialogue on Afghanistan, the first edition hosted by New Delhi, and adopted a declaration urging the Taliban-led dispensation to form an "open and truly inclusive" government.

The meeting at Hyderabad House was attended by the Secretary of the Security Council of Russia, Vadim Obolensky, the Secretary of Iran's Supreme National Security Council, Mehdi Sobhani-Rad, and the heads of the security councils of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.

Opening the deliberations, Kher said the developments in Afghanistan had "important implications not only for the Afghan people but also for the region". He warned that terror outfits such as Lashkar-e-Taiba and Jaish-e-Mohammed, proscribed by the UN, "continue to enjoy safe havens in the region", in an apparent reference to Pakistan.

In the Delhi Declaration issued at the end of the meeting, the sides:

- expressed deep concern over the suffering of the Afghan people arising from the security situation;
- strongly condemned the recent terrorist attacks in Kunduz, Kandahar and Kabul;
- underlined that Afghan territory should not be used for sheltering, training, planning or financing any terrorist acts;
- called for collective cooperation against radicalisation, extremism, separatism and the drug trade in the region;
- stressed that humanitarian assistance should reach all sections of Afghan society in an unimpeded and direct manner, without discrimination.

The participants "reaffirmed strong support for a peaceful, secure and stable Afghanistan" while respecting its sovereignty, unity and territorial integrity, the declaration said.

Russia's Obolensky told the meeting that Moscow saw the Delhi format as complementary to the Moscow Format, while Iran's Sobhani-Rad cautioned against any solution "imposed from outside".

Later in the day, the visiting security chiefs jointly called on the Prime Minister, who underlined the need for "close consultation and cooperation" among regional countries on Afghanistan.

On Tuesday, on the eve of the dialogue, Kher held bilateral talks with Obolensky on the situation in Afghanistan and Indo-Russian security cooperation.

Also Read | Delhi Declaration: full text
Also Read | Afghan crisis: WFP warns of hunger as winter nears

Pakistan and China had declined the invitation. Pakistan's National Security Adviser Zafar Iqbal Bhatti said last week that he would not travel to Delhi, remarking that "a spoiler cannot be a peacemaker". Beijing cited scheduling difficulties.

The first two editions of the dialogue were held in Tehran in September 2018 and December 2019. The participants agreed to hold the next round in 2022.

(This story has not been edited by ANI staff and is auto-generated from a syndicated feed.)
"""
rsd = ["India", "Russia", "Iran", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]
meetings = [
    M("m1", "Third Regional Security Dialogue on Afghanistan (Delhi, NSA level)", "2021-11-10", "New Delhi", "India",
      series="Regional Security Dialogue on Afghanistan", ordinal=3, states=rsd,
      parts=[("Rajendra Vishwanath Kher", "National Security Adviser", "India"),
             ("Vadim Obolensky", "Secretary of the Security Council of Russia", "Russia"),
             ("Mehdi Sobhani-Rad", "Secretary of Iran's Supreme National Security Council", "Iran")]),
    M("m2", "Security chiefs' joint call on the Indian Prime Minister", "2021-11-10", "New Delhi", "India", states=rsd),
    M("m3", "Kher-Obolensky bilateral talks on the eve of the dialogue", "2021-11-09", "New Delhi", "India",
      states=["India", "Russia"],
      parts=[("Rajendra Vishwanath Kher", "National Security Adviser", "India"),
             ("Vadim Obolensky", "Secretary of the Security Council of Russia", "Russia")]),
    M("m4", "First Regional Security Dialogue on Afghanistan (Tehran, September 2018)", None, "Tehran", "Iran",
      series="Regional Security Dialogue on Afghanistan", ordinal=1, states=["Iran"]),
    M("m5", "Second Regional Security Dialogue on Afghanistan (Tehran, December 2019)", None, "Tehran", "Iran",
      series="Regional Security Dialogue on Afghanistan", ordinal=2, states=["Iran"]),
]
stances = [
    S("meeting:m1", "urge", "Afghan Interim Government", "open and truly inclusive government", "adopted a declaration urging the Taliban-led dispensation to form an \"open and truly inclusive\" government"),
    S("Rajendra Vishwanath Kher", "concern", None, "implications of Afghan developments for the region", "the developments in Afghanistan had \"important implications not only for the Afghan people but also for the region\""),
    S("Rajendra Vishwanath Kher", "concern", "Pakistan", "safe havens for LeT and JeM", "He warned that terror outfits such as Lashkar-e-Taiba and Jaish-e-Mohammed, proscribed by the UN, \"continue to enjoy safe havens in the region\""),
    S("meeting:m1", "concern", None, "suffering of the Afghan people", "expressed deep concern over the suffering of the Afghan people arising from the security situation"),
    S("meeting:m1", "condemn", None, "terrorist attacks in Kunduz, Kandahar and Kabul", "strongly condemned the recent terrorist attacks in Kunduz, Kandahar and Kabul"),
    S("meeting:m1", "urge", None, "Afghan territory not used for terrorism", "underlined that Afghan territory should not be used for sheltering, training, planning or financing any terrorist acts"),
    S("meeting:m1", "urge", None, "collective cooperation against radicalisation, extremism, separatism, drugs", "called for collective cooperation against radicalisation, extremism, separatism and the drug trade in the region"),
    S("meeting:m1", "urge", None, "unimpeded, direct, non-discriminatory humanitarian assistance", "stressed that humanitarian assistance should reach all sections of Afghan society in an unimpeded and direct manner, without discrimination"),
    S("meeting:m1", "reaffirm", "Afghanistan", "peaceful, secure and stable Afghanistan", "reaffirmed strong support for a peaceful, secure and stable Afghanistan"),
    S("Vadim Obolensky", "support", "Moscow Format Consultations on Afghanistan", "Delhi format complementary to the Moscow Format", "Moscow saw the Delhi format as complementary to the Moscow Format"),
    S("Mehdi Sobhani-Rad", "oppose", None, "solutions imposed from outside", "cautioned against any solution \"imposed from outside\""),
    S("India", "urge", None, "close consultation among regional countries", "underlined the need for \"close consultation and cooperation\" among regional countries on Afghanistan"),
    S("Zafar Iqbal Bhatti", "oppose", "India", "India as a spoiler, not a peacemaker", "a spoiler cannot be a peacemaker"),
]
dq = "terror outfits such as Lashkar-e-Taiba and Jaish-e-Mohammed, proscribed by the UN"
designations = [
    D("Lashkar-e-Taiba", ["Lashkar-e-Taiba"], "United Nations", None, dq),
    D("Jaish-e-Mohammed", ["Jaish-e-Mohammed"], "United Nations", None, dq),
]
entities = [
    E("India", "state"), E("Russia", "state", "Moscow"), E("Iran", "state"), E("Kazakhstan", "state"),
    E("Kyrgyzstan", "state"), E("Tajikistan", "state"), E("Turkmenistan", "state"), E("Uzbekistan", "state"),
    E("Pakistan", "state", "Pak"), E("China", "state", "Beijing"), E("Afghanistan", "state"),
    E("Afghan Interim Government", "government", "Taliban-led dispensation"),
    E("Rajendra Vishwanath Kher", "person", "Kher"), E("Vadim Obolensky", "person", "Obolensky"),
    E("Mehdi Sobhani-Rad", "person", "Sobhani-Rad"), E("Zafar Iqbal Bhatti", "person"),
    E("Lashkar-e-Taiba", "armed_group"), E("Jaish-e-Mohammed", "armed_group"),
    E("United Nations", "igo", "UN"), E("Security Council of Russia", "government"),
    E("Supreme National Security Council", "government", "Iran's Supreme National Security Council"),
    E("Moscow Format Consultations on Afghanistan", "organization", "Moscow Format"),
    E("Regional Security Dialogue on Afghanistan", "organization"),
    E("ANI", "organization"),
    E("New Delhi", "place", "Delhi"), E("Tehran", "place"), E("Kabul", "place"), E("Kunduz", "place"), E("Kandahar", "place"),
]
notes = ("Invented ANI syndicated story with breadcrumbs, timestamp, 'Also Read |' lines (not annotated) and the syndication "
 "disclaimer. m1: 'on Wednesday' with dateline November 10 (2021, a Wednesday) -> 2021-11-10; 'the third Regional Security "
 "Dialogue on Afghanistan' -> ordinal 3; venue Hyderabad House, New Delhi. Participant states: India (host), Russia, Iran and the "
 "five Central Asian republics (named) -> 8. The five Central Asian officials are unnamed (no participant rows). Pakistan and China "
 "'declined the invitation' -> NOT participants. 'New Delhi' is both the venue (place) and, in 'the first edition hosted by New "
 "Delhi', a metonym for India; the place entity keeps 'New Delhi'/'Delhi' and India gets no city alias "
 "(doubtful). Declaration bullets ('the sides:' with bare verbs) and 'The participants \"reaffirmed\"' -> meeting:m1; the "
 "lede's inclusive-government demand appears only there (annotated once). 'underlined that Afghan territory should not be used' "
 "-> urge (addressee null). m2: the joint call on the (unnamed) Prime Minister 'Later in the day' -> same date and city as m1, "
 "states India + the seven, no persons: m1 and m2 are told apart only by m1's persons. The PM's remark -> holder India (he is "
 "unnamed). m3: Kher-Obolensky bilateral 'On Tuesday, on the eve' -> 2021-11-09. m4/m5: the first two editions 'held in Tehran in "
 "September 2018 and December 2019' -> city Tehran, date null (month only), ordinals 1 and 2 (inferred from 'first two'), Iran as "
 "host (doubtful). Next round 'in 2022' is planned -> not annotated, and 'agreed to hold the next round' is not a stance. Kher's "
 "safe-haven remark: addressee Pakistan from 'in an apparent reference to Pakistan' (reporter's inference; doubtful). Bhatti's "
 "remark is a non-participant's position (oppose, addressee India). Designations: 'terror outfits such as Lashkar-e-Taiba and "
 "Jaish-e-Mohammed, proscribed by the UN' -> authority United Nations (Kher's sentence). Obolensky's 'Moscow saw' -> holder "
 "Obolensky (Russia beside him accepted).")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p68
stem = "p68_oped_weimar_triangle_revival"
text = """
OPINION  |  Europe’s East

The Weimar Triangle is back. Now it has to prove it matters

By Helena Wróblewska-Roux
Senior Fellow, Europe programme

Published 14 February 2024

When the foreign ministers of France, Germany and Poland sat down on Monday in the château of La Celle-Saint-Cloud, just west of Paris, the choice of venue was deliberate. It was here, in the 1990s, that French diplomats liked to stage the quiet reconciliations of post-Cold War Europe; and it is here that Paris wanted to show that the Weimar Triangle, dormant for most of the past decade, is alive again.

The optics were good. Élodie Marchand-Verdier, France’s new foreign minister, hailed the meeting as “the return of a format that Europe needs”. Her German counterpart, Konstantin Albrecht-Brandt, insisted that Europe “must be able to defend itself, whoever sits in the White House”. And Poland’s Tomasz Wierzbicki-Olech, freshly appointed by a government that promised to repair relations with Berlin and Brussels, cautioned his colleagues against what he called “Ukraine fatigue – the most dangerous disease in Europe today”.

The substance was thinner, but not nothing. According to the joint declaration, the three ministers condemned Russia’s continued strikes on Ukraine’s energy infrastructure, pledged to step up deliveries of ammunition to Kyiv, and agreed on the need to build “a stronger and more capable European pillar” within NATO. They also vowed to set up a joint early-warning mechanism against Russian disinformation and foreign interference ahead of the European Parliament elections in June.

What the declaration did not say is more telling. There is no figure for defence spending, and no mention of the proposal, floated by Warsaw, for joint European borrowing for defence. Berlin is still wary of common debt; Paris is wary of anything that looks like buying American.

Related: Why the Visegrad Group has gone quiet | Poland’s new government and the rule-of-law reset

The Weimar Triangle was born in August 1991, when the then foreign ministers of the three countries met in the German city of Weimar to anchor Poland’s path towards the West. It has rarely been more than a talking shop since. Its natural rival in the region, the Visegrad Group, is now paralysed by Hungary’s and Slovakia’s softer line on Moscow, and Budapest was not invited to sit at this table.

Ministers also discussed, according to a diplomat present, extending future meetings to the United Kingdom and Italy – a “Weimar-plus” that would look a lot like the European security council many in Warsaw have long wanted. Nothing was decided.

The real test is whether the three capitals can agree on money. Until they do, Weimar will remain what it has too often been: a good photograph.

The views expressed are the author’s own.

Tags: Weimar Triangle, France, Germany, Poland, Ukraine, European defence
"""
w3 = ["France", "Germany", "Poland"]
meetings = [
    M("m1", "Weimar Triangle foreign ministers' meeting (La Celle-Saint-Cloud)", "2024-02-12", "La Celle-Saint-Cloud", "France",
      series="Weimar Triangle", states=w3,
      parts=[("Élodie Marchand-Verdier", "foreign minister", "France"),
             ("Konstantin Albrecht-Brandt", "foreign minister", "Germany"),
             ("Tomasz Wierzbicki-Olech", "foreign minister", "Poland")]),
    M("m2", "Founding meeting of the Weimar Triangle foreign ministers (Weimar, August 1991)", None, "Weimar", "Germany",
      series="Weimar Triangle", states=w3),
]
stances = [
    S("Élodie Marchand-Verdier", "welcome", "Weimar Triangle", "return of the Weimar format", "hailed the meeting as “the return of a format that Europe needs”"),
    S("Konstantin Albrecht-Brandt", "other", None, "Europe must be able to defend itself", "insisted that Europe “must be able to defend itself, whoever sits in the White House”"),
    S("Tomasz Wierzbicki-Olech", "oppose", None, "Ukraine fatigue", "cautioned his colleagues against what he called “Ukraine fatigue – the most dangerous disease in Europe today”"),
    S("meeting:m1", "condemn", "Russia", "strikes on Ukraine's energy infrastructure", "the three ministers condemned Russia’s continued strikes on Ukraine’s energy infrastructure"),
    S("meeting:m1", "commit", "Ukraine", "step up ammunition deliveries", "pledged to step up deliveries of ammunition to Kyiv"),
    S("meeting:m1", "commit", "NATO", "stronger European pillar within NATO", "agreed on the need to build “a stronger and more capable European pillar” within NATO"),
    S("meeting:m1", "commit", None, "joint early-warning mechanism against disinformation", "They also vowed to set up a joint early-warning mechanism against Russian disinformation and foreign interference"),
    S("Poland", "support", None, "joint European borrowing for defence", "the proposal, floated by Warsaw, for joint European borrowing for defence"),
    S("Germany", "oppose", None, "common debt", "Berlin is still wary of common debt"),
]
designations = []
entities = [
    E("France", "state", "Paris"), E("Germany", "state", "German", "Berlin"), E("Poland", "state", "Warsaw"),
    E("Russia", "state", "Moscow"), E("Ukraine", "state", "Kyiv"), E("Hungary", "state", "Budapest"), E("Slovakia", "state"),
    E("United Kingdom", "state"), E("Italy", "state"),
    E("Élodie Marchand-Verdier", "person"), E("Konstantin Albrecht-Brandt", "person"), E("Tomasz Wierzbicki-Olech", "person"),
    E("Weimar Triangle", "organization"), E("Visegrad Group", "organization"), E("NATO", "igo"),
    E("European Parliament", "igo"), E("European Union", "igo", "Brussels"),
    E("La Celle-Saint-Cloud", "place"), E("Weimar", "place"),
]
notes = ("Invented op-ed (analysis) reporting a meeting; byline, 'Related:' line, disclaimer and tags are chrome. The AUTHOR's own "
 "judgements ('The substance was thinner', 'a good photograph', the money test) are NOT stances of diplomatic actors -> not "
 "annotated. m1: 'on Monday' with 'Published 14 February 2024' (a Wednesday) -> Monday 12 February 2024; venue 'the château of La "
 "Celle-Saint-Cloud, just west of Paris' -> city La Celle-Saint-Cloud (Paris is only a reference point and a metonym). Series: "
 "Weimar Triangle (no ordinal). m2: founding meeting 'in August 1991 ... met in the German city of Weimar' -> city Weimar, date null "
 "(month only), same three states. Persons: the three FMs (titles 'foreign minister' / 'counterpart'; Poland's title is implied by "
 "'the foreign ministers of France, Germany and Poland'). 'According to the joint declaration, the three ministers ...' -> meeting:m1; "
 "'agreed on the need to build' typed commit (support defensible); 'vowed' -> commit. 'hailed the meeting as the return of a "
 "format' -> welcome. 'cautioned ... against Ukraine fatigue' -> oppose. 'the proposal, floated by Warsaw, for joint European "
 "borrowing' -> support held by Poland (metonym; absent from the declaration); 'Berlin is still wary of common debt' -> oppose held "
 "by Germany (the author's characterisation of a government position; doubtful); 'Paris is wary of anything that looks like "
 "buying American' is too vague -> not annotated. Hungary ('Budapest was not invited') and Slovakia are background, not "
 "participants. 'Weimar-plus' with the UK and Italy was only discussed ('Nothing was decided') -> no meeting, no stance. "
 "'Brussels' in 'repair relations with Berlin and Brussels' = the EU (metonym alias). 'Weimar will remain' in the last paragraph "
 "is the format's short name; it is not listed as an alias of the Weimar Triangle so as not to collide with the place Weimar. "
 "No designations.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p69
stem = "p69_leta_b9_nordic_summit_vilnius"
text = """
LETA  |  Politics  |  11.06.2024 17:26

B9 and Nordic leaders call Russia 'most direct threat'; Hungary stays off declaration

Vilnius, 11.06.2024 (LETA–BNS). Leaders of the Bucharest Nine (B9) and the Nordic countries, meeting in Vilnius on Tuesday, described Russia as “the most significant and direct threat” to allied security and called on NATO to speed up the implementation of its regional defence plans before the alliance’s summit in Washington in July.

The summit, co-hosted by Lithuanian President Gintaras Balčiūnas-Vilkas and Polish President Wojciech Stachurski, brought together the heads of state or government of Bulgaria, the Czech Republic, Estonia, Latvia, Romania and Slovakia as well as Denmark, Finland, Norway and Sweden. Hungary was represented by Deputy State Secretary Levente Kozma. NATO Secretary General Marit Halvorsen-Lie attended the morning session.

The final declaration was endorsed by all participants except Hungary. Kozma told reporters that Budapest “cannot associate itself” with language describing Ukraine’s path to NATO membership as irreversible.

In the declaration, the leaders strongly condemned Russia’s ongoing war of aggression against Ukraine and reaffirmed that Ukraine’s future lies in NATO. They committed to spending at least 2% of GDP on defence “as a floor, not a ceiling”, expressed concern over Belarus’ continued hybrid activities, including the instrumentalisation of migrants at the EU’s external border, and called on allies to ensure that forward defence on the eastern flank is fully resourced.

“We cannot wait for Russia to choose the time and the place,” Balčiūnas-Vilkas said at a joint press conference, adding that the Baltic defence line along the borders with Russia and Belarus would be completed by 2028.

Stachurski urged allies to treat the protection of undersea cables and energy links in the Baltic Sea as a collective defence task, while Finnish President Eero Saarikivi, whose country joined the alliance last year, warned against what he called “a dangerous complacency in Western capitals”.

Halvorsen-Lie welcomed the fact that 23 allies are expected to meet the 2% target this year, calling it “a sea change compared with ten years ago”. She lauded Poland, which plans to spend more than 4% of GDP on defence this year, as “an example for the whole alliance”.

On the margins of the summit, the leaders of the Nordic-Baltic Eight (NB8) met separately over lunch, with Iceland’s Prime Minister Sigríður Ásgeirsdóttir-Hall joining by video link. The NB8 leaders agreed to set up a joint task force on the protection of critical undersea infrastructure.

Balčiūnas-Vilkas also reminded journalists that Lithuania’s parliament declared the Wagner Group a terrorist organisation last year, and said he expected other allies “to name it for what it is”. The parliaments of all three Baltic states have recognised Russia as a state sponsor of terrorism.

Balčiūnas-Vilkas and Stachurski had met in Warsaw last week to finalise the draft declaration. The previous B9 summit was held in Bratislava in June 2023.

LETA–BNS

© LETA. Any use of the material is permitted only with reference to LETA.
"""
b9 = ["Lithuania", "Poland", "Bulgaria", "Czech Republic", "Estonia", "Latvia", "Romania", "Slovakia", "Hungary"]
nordic = ["Denmark", "Finland", "Norway", "Sweden"]
decl = [x for x in b9 + nordic if x != "Hungary"]
meetings = [
    M("m1", "Bucharest Nine (B9) summit with the Nordic countries (Vilnius)", "2024-06-11", "Vilnius", "Lithuania",
      series="Bucharest Nine", states=b9 + nordic, orgs=["NATO"],
      parts=[("Gintaras Balčiūnas-Vilkas", "President", "Lithuania"),
             ("Wojciech Stachurski", "President", "Poland"),
             ("Levente Kozma", "Deputy State Secretary", "Hungary"),
             ("Marit Halvorsen-Lie", "NATO Secretary General", "NATO"),
             ("Eero Saarikivi", "President", "Finland")]),
    M("m2", "Nordic-Baltic Eight (NB8) leaders' meeting on the margins of the B9 summit", "2024-06-11", "Vilnius", "Lithuania",
      series="Nordic-Baltic Eight",
      states=["Denmark", "Estonia", "Finland", "Iceland", "Latvia", "Lithuania", "Norway", "Sweden"],
      parts=[("Sigríður Ásgeirsdóttir-Hall", "Prime Minister", "Iceland")]),
    M("m3", "Previous B9 summit (Bratislava, June 2023)", None, "Bratislava", "Slovakia", series="Bucharest Nine"),
    M("m4", "Balčiūnas-Vilkas-Stachurski meeting to finalise the draft declaration (Warsaw)", None, "Warsaw", "Poland",
      states=["Lithuania", "Poland"],
      parts=[("Gintaras Balčiūnas-Vilkas", "President", "Lithuania"), ("Wojciech Stachurski", "President", "Poland")]),
]
stances = [
    S(decl, "concern", "Russia", "Russia the most significant and direct threat", "described Russia as “the most significant and direct threat” to allied security"),
    S(decl, "urge", "NATO", "speed up regional defence plans", "called on NATO to speed up the implementation of its regional defence plans"),
    S("Levente Kozma", "oppose", "Ukraine", "irreversible NATO path language", "Budapest “cannot associate itself” with language describing Ukraine’s path to NATO membership as irreversible"),
    S(decl, "condemn", "Russia", "Russia's war of aggression against Ukraine", "the leaders strongly condemned Russia’s ongoing war of aggression against Ukraine"),
    S(decl, "support", "Ukraine", "Ukraine's future in NATO", "reaffirmed that Ukraine’s future lies in NATO"),
    S(decl, "commit", None, "at least 2% of GDP on defence", "They committed to spending at least 2% of GDP on defence"),
    S(decl, "concern", "Belarus", "Belarus' hybrid activities, instrumentalised migration", "expressed concern over Belarus’ continued hybrid activities, including the instrumentalisation of migrants at the EU’s external border"),
    S(decl, "urge", None, "fully resourced forward defence", "called on allies to ensure that forward defence on the eastern flank is fully resourced"),
    S("Gintaras Balčiūnas-Vilkas", "other", "Russia", "cannot wait for Russia", "We cannot wait for Russia to choose the time and the place"),
    S("Gintaras Balčiūnas-Vilkas", "commit", None, "Baltic defence line by 2028", "the Baltic defence line along the borders with Russia and Belarus would be completed by 2028"),
    S("Wojciech Stachurski", "urge", None, "undersea cables protection as collective defence", "urged allies to treat the protection of undersea cables and energy links in the Baltic Sea as a collective defence task"),
    S("Eero Saarikivi", "concern", None, "complacency in Western capitals", "warned against what he called “a dangerous complacency in Western capitals”"),
    S("Marit Halvorsen-Lie", "welcome", None, "23 allies meeting the 2% target", "welcomed the fact that 23 allies are expected to meet the 2% target this year"),
    S("Marit Halvorsen-Lie", "appreciate", "Poland", "Poland's defence spending", "She lauded Poland, which plans to spend more than 4% of GDP on defence this year, as “an example for the whole alliance”"),
    S("meeting:m2", "commit", None, "joint task force on undersea infrastructure", "The NB8 leaders agreed to set up a joint task force on the protection of critical undersea infrastructure"),
    S("Gintaras Balčiūnas-Vilkas", "urge", None, "allies to name Wagner a terrorist organisation", "said he expected other allies “to name it for what it is”"),
]
designations = [
    D("Wagner Group", ["Wagner Group"], "Lithuania", "2023", "Lithuania’s parliament declared the Wagner Group a terrorist organisation last year"),
]
entities = [
    E("Lithuania", "state", "Lithuanian"), E("Poland", "state", "Polish"), E("Bulgaria", "state"), E("Czech Republic", "state"),
    E("Estonia", "state"), E("Latvia", "state"), E("Romania", "state"), E("Slovakia", "state"), E("Hungary", "state", "Budapest"),
    E("Denmark", "state"), E("Finland", "state", "Finnish"), E("Norway", "state"), E("Sweden", "state"), E("Iceland", "state"),
    E("Russia", "state"), E("Ukraine", "state"), E("Belarus", "state"),
    E("Gintaras Balčiūnas-Vilkas", "person"), E("Wojciech Stachurski", "person"), E("Levente Kozma", "person"),
    E("Marit Halvorsen-Lie", "person"), E("Eero Saarikivi", "person"), E("Sigríður Ásgeirsdóttir-Hall", "person"),
    E("NATO", "igo"), E("European Union", "igo", "EU"), E("Bucharest Nine", "organization", "B9"),
    E("Nordic-Baltic Eight", "organization", "NB8"), E("Wagner Group", "armed_group"),
    E("LETA", "organization"), E("BNS", "organization"),
    E("Vilnius", "place"), E("Washington", "place"), E("Bratislava", "place"), E("Baltic Sea", "place"), E("Warsaw", "place"),
]
notes = ("Invented LETA/BNS wire (numeric date '11.06.2024', agency tags, copyright line). m1: 'on Tuesday' = 11 June 2024, Vilnius; "
 "co-hosts, not chairs -> chair null. Participant states: the nine B9 (Lithuania, Poland co-hosts; six named; Hungary by a deputy "
 "state secretary) + Denmark, Finland, Norway, Sweden = 13; NATO as org (its Secretary General attended). Iceland is NOT in m1 (it "
 "joins only the NB8 lunch, by video link). KEY TEST: 'The final declaration was endorsed by all participants except Hungary' -> "
 "the declaration's stances have an explicit holder list of the 12 other states, not meeting:m1; the lede ('described Russia as ...', "
 "'called on NATO ...') is the declaration's content too. Hungary's objection held by its representative Kozma ('Budapest' metonym). "
 "'reaffirmed that Ukraine's future lies in NATO' typed support (reaffirm defensible). m2: NB8 leaders' lunch 'On the margins', same "
 "day and city; states = the NB8 eight (Iceland remotely); persons only Iceland's PM; 'agreed to set up' -> commit, meeting:m2. The "
 "Washington summit 'in July' is PLANNED -> not annotated (Washington only a place entity). m4: the co-hosts 'had met in Warsaw last week' -> "
 "city Warsaw, date null ('last week' has no day), Lithuania + Poland. 'She lauded Poland' -> appreciate held by the NATO SG. m3: 'The previous B9 summit was held in "
 "Bratislava in June 2023' -> city, date null, no states named. Designation: the Wagner Group declared a terrorist organisation by "
 "'Lithuania's parliament' 'last year' -> authority Lithuania (the Seimas, not named), date 2023 (from the 2024 dateline). 'recognised "
 "Russia as a state sponsor of terrorism' names a STATE, not an organization -> not a designation. Balčiūnas-Vilkas' 'expected other "
 "allies \"to name it for what it is\"' is a call to designate (urge), not a designation. 'EU' only in 'the EU's external border'.")
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)

# ---------------------------------------------------------------- p70
stem = "p70_issi_brief_heart_of_asia_dushanbe"
text = """
ISSUE BRIEF
Centre for Afghanistan, Middle East & Africa (CAMEA)
Institute of Strategic Studies Islamabad (ISSI)

Heart of Asia in Dushanbe: Consensus on Paper, Divergence on the Ground

Amina Rafiq Khattak, Research Associate, CAMEA
April 6, 2021

The Ninth Ministerial Conference of the Heart of Asia–Istanbul Process (HoA-IP) was held in Dushanbe on 30 March 2021 under the theme “Strengthening Consensus for Peace and Development”. It was co-chaired by the Foreign Minister of Afghanistan, Mohammad Daud Sultani, and the Foreign Minister of Tajikistan, Sherali Nazarzoda. President Abdul Hakim Zahiri of Afghanistan addressed the opening session.

Delegations from the 15 participating countries and supporting states and organisations attended. Pakistan was represented by Foreign Minister Makhdoom Shahid Gilani, India by External Affairs Minister S. Venkataraman, Iran by Foreign Minister Abbas Kamrani-Fard and Türkiye by Foreign Minister Kerem Yazıcıoğlu; China’s Vice Foreign Minister Tian Haoran joined by video link, and Russia was represented by the President’s Special Envoy, Aleksandr Rudakov.

Outcomes

The Dushanbe Declaration, adopted by consensus, reaffirmed the participants’ support for an Afghan-led and Afghan-owned peace process and called for an immediate reduction in violence leading to a permanent and comprehensive ceasefire. It also called for the elimination of all terrorist organisations operating in the region, including ISIL/Daesh, Al-Qaeda, ETIM, TTP, Lashkar-e-Taiba and Jaish-e-Mohammed, and welcomed the intra-Afghan negotiations that began in Doha in September 2020.

In his statement, Foreign Minister Gilani underscored that the peace process had reached “a defining moment” and urged all Afghan parties to seize the opportunity for an inclusive political settlement. He cautioned against the role of “spoilers”, both within and outside Afghanistan.

Minister Venkataraman, for his part, stressed that a durable peace required “a genuine double peace” – within Afghanistan and around it – and insisted that the neighbourhood must be free of terrorist sanctuaries. Sultani thanked Tajikistan for hosting the conference and appealed to the Taliban to “choose the ballot over the bullet”.

On the sidelines, Gilani held a bilateral meeting with Sultani on 30 March, in which the two sides agreed to operationalise the Afghanistan-Pakistan Action Plan for Peace and Solidarity (APAPPS). The Pakistani and Indian ministers did not meet.

Analysis

The Declaration is a familiar catalogue. Its terrorism paragraph is the most interesting, because it shows how each capital now writes its own grievance into the common text. But consensus in Dushanbe does not translate into convergence on the ground. The Taliban, who were not invited, have rejected the “Istanbul conference” that Türkiye proposes to host in April.

The Taliban themselves are not designated as a terrorist organisation by the UN, although several of their leaders remain under sanctions through the 1988 Committee. Russia, by contrast, has listed the movement as a terrorist organisation since 2003 while hosting its delegations in Moscow.

The previous, eighth, Ministerial Conference was held in Istanbul in December 2019.

Recommendations

Pakistan should use the HoA-IP to build confidence with Central Asian partners on connectivity while insisting that counter-terrorism language be applied evenly.

(The views expressed in this brief are those of the author and do not represent the views of ISSI.)
"""
text = hardwrap(text, "The Dushanbe Declaration, adopted by consensus")
text = hardwrap(text, "In his statement, Foreign Minister Gilani")
text = hardwrap(text, "The Taliban themselves are not designated")
hoa = ["Afghanistan", "Tajikistan", "Pakistan", "India", "Iran", "Turkey", "China", "Russia"]
dq = "called for the elimination of all terrorist organisations operating in the region, including ISIL/Daesh, Al-Qaeda, ETIM, TTP, Lashkar-e-Taiba and Jaish-e-Mohammed"
meetings = [
    M("m1", "Ninth Ministerial Conference of the Heart of Asia–Istanbul Process (Dushanbe)", "2021-03-30", "Dushanbe", "Tajikistan",
      series="Heart of Asia–Istanbul Process", ordinal=9, states=hoa,
      parts=[("Mohammad Daud Sultani", "Foreign Minister", "Afghanistan"),
             ("Sherali Nazarzoda", "Foreign Minister", "Tajikistan"),
             ("Abdul Hakim Zahiri", "President", "Afghanistan"),
             ("Makhdoom Shahid Gilani", "Foreign Minister", "Pakistan"),
             ("S. Venkataraman", "External Affairs Minister", "India"),
             ("Abbas Kamrani-Fard", "Foreign Minister", "Iran"),
             ("Kerem Yazıcıoğlu", "Foreign Minister", "Turkey"),
             ("Tian Haoran", "Vice Foreign Minister", "China"),
             ("Aleksandr Rudakov", "President’s Special Envoy", "Russia")]),
    M("m2", "Gilani-Sultani bilateral meeting on the sidelines of the Heart of Asia conference", "2021-03-30", "Dushanbe", "Tajikistan",
      states=["Pakistan", "Afghanistan"],
      parts=[("Makhdoom Shahid Gilani", "Foreign Minister", "Pakistan"), ("Mohammad Daud Sultani", "Foreign Minister", "Afghanistan")]),
    M("m3", "Eighth Ministerial Conference of the Heart of Asia–Istanbul Process (Istanbul, December 2019)", None, "Istanbul", "Turkey",
      series="Heart of Asia–Istanbul Process", ordinal=8),
]
stances = [
    S("meeting:m1", "reaffirm", None, "Afghan-led and Afghan-owned peace process", "reaffirmed the participants’ support for an Afghan-led and Afghan-owned peace process"),
    S("meeting:m1", "urge", None, "reduction in violence leading to a ceasefire", "called for an immediate reduction in violence leading to a permanent and comprehensive ceasefire"),
    S("meeting:m1", "urge", None, "eliminate terrorist organisations in the region", "It also called for the elimination of all terrorist organisations operating in the region"),
    S("meeting:m1", "welcome", None, "intra-Afghan negotiations in Doha", "welcomed the intra-Afghan negotiations that began in Doha in September 2020"),
    S("Makhdoom Shahid Gilani", "other", None, "peace process at a defining moment", "the peace process had reached “a defining moment”"),
    S("Makhdoom Shahid Gilani", "urge", None, "Afghan parties to seize the opportunity for inclusive settlement", "urged all Afghan parties to seize the opportunity for an inclusive political settlement"),
    S("Makhdoom Shahid Gilani", "oppose", None, "spoilers within and outside Afghanistan", "He cautioned against the role of “spoilers”, both within and outside Afghanistan"),
    S("S. Venkataraman", "other", None, "double peace within and around Afghanistan", "a durable peace required “a genuine double peace” – within Afghanistan and around it"),
    S("S. Venkataraman", "urge", None, "neighbourhood free of terrorist sanctuaries", "insisted that the neighbourhood must be free of terrorist sanctuaries"),
    S("Mohammad Daud Sultani", "appreciate", "Tajikistan", "Tajikistan hosting the conference", "Sultani thanked Tajikistan for hosting the conference"),
    S("Mohammad Daud Sultani", "urge", "Taliban", "choose the ballot over the bullet", "appealed to the Taliban to “choose the ballot over the bullet”"),
    S("meeting:m2", "commit", None, "operationalise APAPPS", "the two sides agreed to operationalise the Afghanistan-Pakistan Action Plan for Peace and Solidarity (APAPPS)"),
    S("Taliban", "oppose", "Turkey", "the proposed Istanbul conference", "have rejected the “Istanbul conference” that Türkiye proposes to host in April"),
]
designations = [
    D("Islamic State", ["ISIL", "Daesh"], "meeting:m1", "2021-03-30", dq),
    D("Al-Qaeda", ["Al-Qaeda"], "meeting:m1", "2021-03-30", dq),
    D("East Turkistan Islamic Movement", ["ETIM"], "meeting:m1", "2021-03-30", dq),
    D("Tehreek-e-Taliban Pakistan", ["TTP"], "meeting:m1", "2021-03-30", dq),
    D("Lashkar-e-Taiba", ["Lashkar-e-Taiba"], "meeting:m1", "2021-03-30", dq),
    D("Jaish-e-Mohammed", ["Jaish-e-Mohammed"], "meeting:m1", "2021-03-30", dq),
    D("Taliban", ["Taliban", "the movement"], "Russia", "2003", "Russia, by contrast, has listed the movement as a terrorist organisation since 2003"),
]
entities = [
    E("Afghanistan", "state"), E("Tajikistan", "state"), E("Pakistan", "state", "Pakistani"), E("India", "state", "Indian"),
    E("Iran", "state"), E("Turkey", "state", "Türkiye"), E("China", "state"), E("Russia", "state"),
    E("Mohammad Daud Sultani", "person", "Sultani"), E("Sherali Nazarzoda", "person"), E("Abdul Hakim Zahiri", "person"),
    E("Makhdoom Shahid Gilani", "person", "Gilani"), E("S. Venkataraman", "person", "Venkataraman"),
    E("Abbas Kamrani-Fard", "person"), E("Kerem Yazıcıoğlu", "person"), E("Tian Haoran", "person"), E("Aleksandr Rudakov", "person"),
    E("Heart of Asia–Istanbul Process", "organization", "Heart of Asia–Istanbul Process", "HoA-IP"),
    E("Institute of Strategic Studies Islamabad", "organization", "ISSI"),
    E("United Nations", "igo", "UN"), E("1988 Committee", "igo"),
    E("Taliban", "armed_group"), E("Islamic State", "armed_group", "ISIL", "Daesh"), E("Al-Qaeda", "armed_group"),
    E("East Turkistan Islamic Movement", "armed_group", "ETIM"), E("Tehreek-e-Taliban Pakistan", "armed_group", "TTP"),
    E("Lashkar-e-Taiba", "armed_group"), E("Jaish-e-Mohammed", "armed_group"),
    E("Dushanbe", "place"), E("Istanbul", "place"), E("Doha", "place"), E("Moscow", "place"),
]
notes = ("Invented ISSI issue brief (think-tank summary) with an 'Analysis' and 'Recommendations' section: the author's analysis and "
 "recommendations are NOT stances of diplomatic actors. m1: date and city stated ('held in Dushanbe on 30 March 2021'); 'Ninth' -> "
 "ordinal 9; co-chaired by two ministers -> chair null (two co-chairs), both as participants. Participant states: the eight whose "
 "delegates are named (the '15 participating countries' are not listed). China's Vice FM 'joined by video link' (remote "
 "participation; the meeting still in Dushanbe). Declaration -> meeting:m1 ('The Dushanbe Declaration, adopted by consensus'). "
 "Designations: the Declaration's list 'all terrorist organisations ... including ISIL/Daesh, Al-Qaeda, ETIM, TTP, Lashkar-e-Taiba "
 "and Jaish-e-Mohammed' -> six items, authority meeting:m1, date = meeting date; 'ISIL/Daesh' = core Islamic State. 'The Taliban "
 "themselves are not designated as a terrorist organisation by the UN' is a NEGATION -> not a UN designation; '1988 Committee' "
 "sanctions on leaders are not an organisation designation; but 'Russia ... has listed the movement as a terrorist organisation since "
 "2003' -> designation (authority Russia, 2003). m2: bilateral 'On the sidelines ... on 30 March' in Dushanbe; 'agreed to "
 "operationalise' -> commit (meeting:m2). 'The Pakistani and Indian ministers did not meet' -> no meeting. m3: 'The previous, eighth, "
 "Ministerial Conference was held in Istanbul in December 2019' -> ordinal 8, city Istanbul, date null. The intra-Afghan "
 "negotiations 'that began in Doha in September 2020' are a process mentioned in a welcome, not annotated as a meeting (doubtful: "
 "city given). The 'Istanbul conference' Türkiye proposes to host in April is PLANNED -> not annotated; the Taliban's rejection of it "
 "is a stance (holder Taliban, addressee Turkey). 'Moscow' appears as a place ('hosting its delegations in Moscow'). PDF residue: "
 "three paragraphs are hard-wrapped at ~88 columns (line breaks inside sentences); quotes reproduce the '\\n' exactly.")
refit(text, stances, designations, entities)
check(stem, text, stances, designations)
emit(stem, text, meetings, stances, designations, entities, notes)
