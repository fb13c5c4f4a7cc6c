"""The converter on shapes of text the seeds do not show: a joint statement listing ten
states, a neighbours' statement with titles in apposition, UN-style reports of who
spoke, a trilateral readout with a side meeting, a news report with a relative-clause
designation. Each text is written here; the assertions are about behaviour, not copied
answers."""

from __future__ import annotations

from diplograph.extract.convert import convert_text
from diplograph.extract.text import clean_text

MOSCOW_FORMAT = """Joint statement of the Moscow format consultations on Afghanistan

On October 20, 2021, Moscow hosted the third meeting of the Moscow format consultations on Afghanistan \
with the participation of special representatives and senior officials of Russia, China, Pakistan, Iran, \
India, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan. Representatives of Qatar and \
Turkey attended as guests.

The parties called on the current Afghan leadership to form a truly inclusive government that reflects \
the interests of all major ethno-political forces in the country.

The participants expressed concern over the activities of terrorist organizations in Afghanistan, \
including ISIS and Al-Qaeda, and reaffirmed their readiness to promote security in Afghanistan."""

NEIGHBOURS = """The Second Foreign Ministers' Meeting of the Neighboring Countries of Afghanistan was held on \
27 October 2021 in Tehran, hosted by H.E. Dr. Hossein Amir-Abdollahian, Minister of Foreign Affairs of the \
Islamic Republic of Iran, with the participation of the Foreign Ministers of the People's Republic of China, \
the Islamic Republic of Pakistan, the Russian Federation, the Republic of Tajikistan, Turkmenistan and the \
Republic of Uzbekistan.

The participants urged the Taliban to adopt moderate and prudent domestic and foreign policies."""

UN_STYLE = """The Security Council met today to discuss the situation in Afghanistan.

The representative of China said the international community should respect Afghanistan's sovereignty.

The speaker for the Russian Federation expressed concern about the presence of terrorist groups.

Pakistan's delegate said attacks from Afghan territory were a grave concern for Islamabad."""

TRILATERAL = """ date 2023-05-09 ISLAMABAD, May 8 (APP): The fifth China-Afghanistan-Pakistan Trilateral \
Foreign Ministers' Dialogue was held in Islamabad on Saturday. Foreign Minister Bilawal Bhutto Zardari chaired \
the dialogue, which was attended by Chinese State Councilor and Foreign Minister Qin Gang and Afghan Acting \
Foreign Minister Mawlawi Amir Khan Muttaqi.

The three sides agreed to strengthen counter-terrorism cooperation.

Qin Gang said China supports Afghanistan in pursuing independent development.

Separately, Bilawal and Qin Gang held bilateral talks on the sidelines of the dialogue."""

NEWS = """DOHA, Feb 20 (Reuters) - Envoys met in Doha over the weekend.

Pakistan's special representative said the international community should engage with Kabul and warned \
that the Tehreek-e-Taliban Pakistan, which Islamabad has designated a terrorist organisation, was \
operating from Afghan territory."""


def convert(text, lexicon, name="doc.txt"):
    return convert_text(clean_text(text, name=name), lexicon)


def test_a_joint_statement_listing_ten_states_is_held_by_all_ten_and_not_by_guests(lexicon):
    facts = convert(MOSCOW_FORMAT, lexicon)
    meeting = facts.meetings[0]
    ten = {f"state/{s}" for s in ("russia", "china", "pakistan", "iran", "india", "kazakhstan", "kyrgyzstan",
                                  "tajikistan", "turkmenistan", "uzbekistan")}
    assert ten <= set(meeting.states)
    assert (meeting.city, meeting.ordinal, meeting.series, meeting.date) == (
        "place/moscow", 3, "series/moscow-format", "2021-10-20")
    call = next(s for s in facts.stances if "inclusive government" in s.evidence.text)
    assert call.type == "Demand"
    assert set(call.holders) == ten           # guests do not sign
    assert "org/afghan-interim-government" in call.addressees
    designees = {d.designee for d in facts.designations}
    assert {"org/islamic-state", "org/al-qaeda"} <= designees
    assert all(set(d.authorities) == ten for d in facts.designations)


def test_titles_in_apposition_name_the_state_represented_and_the_host_chairs(lexicon):
    facts = convert(NEIGHBOURS, lexicon)
    meeting = facts.meetings[0]
    assert meeting.chair == "person/hossein-amir-abdollahian"
    host = next(p for p in meeting.participations if p.agent == "person/hossein-amir-abdollahian")
    assert (host.title, host.represents) == ("Minister of Foreign Affairs", "state/iran")
    assert {"state/china", "state/pakistan", "state/russia", "state/tajikistan", "state/turkmenistan",
            "state/uzbekistan", "state/iran"} <= set(meeting.states)
    assert meeting.series == "series/neighbouring-countries-foreign-ministers-meeting"


def test_un_style_speakers_hold_their_states_positions_and_take_part(lexicon):
    facts = convert(UN_STYLE, lexicon)
    holders = {s.evidence.text.split()[0]: s.holders for s in facts.stances}
    by_text = {tuple(s.holders) for s in facts.stances}
    assert ("state/china",) in by_text
    assert ("state/russia",) in by_text
    assert ("state/pakistan",) in by_text, holders
    assert {"state/china", "state/russia", "state/pakistan"} <= set(facts.meetings[0].states)


def test_weekday_counts_from_the_dateline_and_a_side_meeting_is_its_own_node(lexicon):
    facts = convert(TRILATERAL, lexicon)
    main = next(m for m in facts.meetings if not m.sideline_of)
    side = next(m for m in facts.meetings if m.sideline_of)
    assert main.date == "2023-05-06"           # Saturday before the dateline's 8 May
    assert main.chair == "person/bilawal-bhutto-zardari"
    assert main.series == "series/china-afghanistan-pakistan-trilateral-dialogue"
    assert {p.agent for p in side.participations} == {"person/bilawal-bhutto-zardari", "person/qin-gang"}
    qin = next(s for s in facts.stances if s.evidence.text.startswith("Qin Gang said"))
    assert set(qin.holders) == {"person/qin-gang", "state/china"}
    agreed = next(s for s in facts.stances if "agreed" in s.evidence.text)
    assert agreed.type == "Commitment"
    assert {"state/china", "state/pakistan"} <= set(agreed.holders)


def test_a_relative_clause_names_who_designates(lexicon):
    facts = convert(NEWS, lexicon)
    ttp = next(d for d in facts.designations if d.designee == "org/tehreek-e-taliban-pakistan")
    assert ttp.authorities == ["state/pakistan"]   # "which Islamabad has designated"


CLAUSES = """ASTANA, March 3 (Kazinform) - The foreign ministers of Kazakhstan, Uzbekistan and Turkmenistan met in \
Astana on Friday and discussed the need to expand trade with Afghanistan to secure the border and to curb the \
flow of narcotics, the Kazakh Foreign Ministry said.

The ministers also talked about the coordination of efforts to rebuild the Termez-Mazar-i-Sharif railway.

In a statement issued before the meeting, the Uzbek Foreign Ministry said Tashkent was ready to open a \
second border crossing.

The statement reaffirmed Uzbekistan's support for the revival and strengthening of Afghan agriculture.

The restrictions have drawn fierce international objections, deepening the country's isolation as winter \
approaches."""


def test_clause_rules_on_a_news_report(lexicon):
    facts = convert(CLAUSES, lexicon)
    by_start = {s.evidence.text.split()[0]: s for s in facts.stances}
    need = next(s for s in facts.stances if "the need to" in s.evidence.text)
    # two aims of one position ("to secure ... and to curb ...") are one stance
    assert "curb the flow of narcotics" in need.evidence.text
    assert not any(s.evidence.text.startswith("curb") for s in facts.stances)
    # the trailing attribution names the source; it is not part of the position
    assert not need.evidence.text.rstrip(".").endswith("said")
    assert {"state/kazakhstan", "state/uzbekistan", "state/turkmenistan"} <= set(need.holders)
    coordination = next(s for s in facts.stances if "coordination of efforts" in s.evidence.text)
    assert coordination.type == "Support"
    # "The statement" speaks for whoever issued it: the ministry, so its state
    reaffirmed = next(s for s in facts.stances if "reaffirmed" in s.evidence.text)
    assert reaffirmed.type == "Reaffirmation" and reaffirmed.holders == ["state/uzbekistan"]
    assert "strengthening of Afghan agriculture" in reaffirmed.evidence.text   # a gerund noun, not a clause
    # a consequence the reporter adds (", deepening ...") is not a second position
    assert not any(s.evidence.text.startswith("deepening") for s in facts.stances), by_start
    assert any("objections" in s.evidence.text for s in facts.stances)


READOUT = """On 2 June 2024, the foreign ministers of the member states of the Caspian Forum met in Baku.

The member states agreed to set up a joint fund for reconstruction, which is part of a plan proposed by the \
Azerbaijani side, and called on the Afghan authorities to be inclusive of nation building and safeguarding \
minority rights.

"Our countries are sending aid every month. This work should also support the railway, and we hope \
the Afghan authorities will guarantee its security," Mr Lavrov added.

The ministers voiced concern over the drug trade, pointed out that armed groups continue to pose a threat \
to the region, and said Kazakhstan is willing to open its ports to Afghan goods and help Afghan farmers \
reach new markets. Kazakhstan said the Afghan authorities bear responsibility for the border and they also \
bear responsibility for refugees."""


def test_clause_rules_on_a_readout(lexicon):
    facts = convert(READOUT, lexicon)
    texts = [s.evidence.text for s in facts.stances]
    # "member states" is a noun phrase, not "member" + the verb "states"
    fund = next(s for s in facts.stances if "joint fund" in s.evidence.text)
    assert fund.type == "Commitment"
    assert not any(t.startswith("proposed by") for t in texts)          # a reduced relative clause
    # "nation building and safeguarding ...": a noun before "and", so a clause of its own
    assert any(t.startswith("safeguarding minority rights") for t in texts), texts
    # every sentence of a quotation belongs to the speaker named at its end
    railway = next(s for s in facts.stances if "support the railway" in s.evidence.text)
    assert railway.holders == ["person/sergey-lavrov", "state/russia"]
    assert any("continue to pose a threat" in t and "concern" not in t for t in texts)   # ", pointed out that"
    ports = next(s for s in facts.stances if "open its ports" in s.evidence.text)
    assert "help Afghan farmers" in ports.evidence.text                  # one undertaking
    assert any(t.startswith("they also bear responsibility") for t in texts)   # "and they also ..."


AIMS = """On 9 October 2024, the foreign ministers of Turkey, Qatar and Azerbaijan met in Ankara.

The ministers called on the Afghan authorities to form a representative government to protect the rights \
of all Afghans, and called on donors to firmly support Afghanistan to rebuild its roads.

Recently, Turkey issued a white paper on the Middle Corridor Initiative, advocating closer rail links.

Qatar's view was shared by Russian Foreign Minister Sergey Lavrov who said his country favored more trade.

The ministers noted that regional organisations were playing an important role in the peace process.

Those behind the attack on the consulate should be held accountable. The next meeting is expected to take \
place in Baku in the spring."""


def test_aims_relatives_and_acknowledged_roles(lexicon):
    facts = convert(AIMS, lexicon)
    texts = [s.evidence.text for s in facts.stances]
    # a second infinitive after a noun is an aim of its own ...
    assert any(t.startswith("protect the rights of all Afghans") for t in texts), texts
    # ... but not the infinitive a cue takes ("support Afghanistan to rebuild")
    assert any("support Afghanistan to rebuild its roads" in t for t in texts), texts
    paper = next(s for s in facts.stances if "closer rail links" in s.evidence.text)
    assert paper.holders == ["state/turkey"]          # the object of "issued" holds nothing
    favored = next(s for s in facts.stances if "favored more trade" in s.evidence.text)
    assert favored.holders == ["person/sergey-lavrov", "state/russia"]   # "who" is Lavrov
    role = next(s for s in facts.stances if "important role" in s.evidence.text)
    assert role.type == "Appreciation"
    assert any("held accountable" in t for t in texts)
    assert not any("take place" in t for t in texts)     # a plan for the next meeting is not a position


FORMAT_STATEMENT = """Joint Statement of the Fifth Meeting of the Moscow Format Consultations on Afghanistan

On 29 September 2023, the fifth meeting of the Moscow format consultations on Afghanistan was held in Kazan. \
Special representatives of the Russian Federation, the People's Republic of China, the Republic of India and \
the Islamic Republic of Iran took part in the meeting. A high-level delegation of Afghanistan headed by Acting \
Foreign Minister Amir Khan Muttaqi, as well as representatives of Qatar and Turkey attended as guests.

The parties reaffirmed their commitment to Afghanistan as an independent, united and peaceful state.

The parties noted that terrorist organizations, including ISIS and Al-Qaeda, continue to operate there.

The parties consider unacceptable the deployment of military infrastructure of third countries in the region."""

COUNCIL_NEWS = """NEW YORK, 20 December (UN Press) -- The Security Council today heard a briefing on Afghanistan.

Pakistan's delegate stressed that terrorist groups, including the Tehrik-e-Taliban Pakistan (TTP), operate \
from Afghan soil, and urged the interim Government to act against them.

Several speakers welcomed the extension of the mandate of UNAMA."""


def test_a_format_statement_with_guests_in_lower_case_parties(lexicon):
    facts = convert(FORMAT_STATEMENT, lexicon)
    assert facts.kind == "JointStatement"          # "The parties ..." in lower case still counts
    four = {"state/russia", "state/china", "state/india", "state/iran"}
    # a delegation of Afghanistan that "attended as guests" does not sign
    assert all(set(s.holders) == four for s in facts.stances), [s.holders for s in facts.stances]
    texts = [s.evidence.text for s in facts.stances]
    assert not any(t.startswith("united") for t in texts)          # adjectives in a row are no clause
    assert not any(t.startswith("continue to operate") for t in texts)   # the subject's aside ends
    assert any(s.type == "Opposition" and "unacceptable" in s.evidence.text for s in facts.stances)


def test_a_council_briefing_report(lexicon):
    facts = convert(COUNCIL_NEWS, lexicon)
    assert facts.meetings, "a briefing the Council heard is a meeting"
    ttp = next(d for d in facts.designations if d.designee == "org/tehreek-e-taliban-pakistan")
    assert ttp.authorities == ["state/pakistan"]   # the speaker's state, not the words after "that"
    urged = next(s for s in facts.stances if s.evidence.text.startswith("urged"))
    assert urged.addressees == ["org/afghan-interim-government"]
    # "Several speakers" are not the last speaker
    assert not any("welcomed" in s.evidence.text for s in facts.stances if s.holders == ["state/pakistan"])


NUMBERED = """Bishkek Declaration of the Second Meeting of Foreign Ministers of Central Asia and Afghanistan

On 2 March 2025, the ministers of Kazakhstan, Kyrgyzstan and Tajikistan met in Bishkek.

1. The Ministers agreed to build rail links and said they would open two border markets.

2. The Ministers stated that Kazakhstan would continue to send grain to Afghanistan and urged the Afghan \
authorities to reopen schools for girls.

3. The next meeting of the Ministers will be held in Dushanbe."""


def test_numbered_declaration_splits_at_reporting_verbs_and_skips_the_next_meeting(lexicon):
    facts = convert(NUMBERED, lexicon)
    assert facts.kind == "JointStatement"            # "1. The Ministers ..." and "Declaration"
    texts = [s.evidence.text for s in facts.stances]
    assert any(t.startswith("said they would open") for t in texts), texts        # "... and said"
    assert any(t.startswith("urged the Afghan authorities") for t in texts), texts  # "... and urged"
    assert len(facts.meetings) == 1                   # the next meeting has not been held
    assert facts.meetings[0].city == "place/bishkek"


BILATERAL = """Wang Yi Meets with Acting Foreign Minister of the Afghan Interim Government Amir Khan Muttaqi

On May 6, 2023, State Councilor and Foreign Minister Wang Yi met with Acting Foreign Minister of the Afghan \
Interim Government Amir Khan Muttaqi in Islamabad.

Wang Yi said that China respects the sovereignty of Afghanistan. China hopes that the Afghan side will build \
an inclusive political structure.

Wang Yi stressed that the ETIM is a terrorist organization listed by the UN Security Council."""

WIRE = """Russia hosts Taliban delegation for talks

By A. REPORTER
MOSCOW (AP) - Russia hosted a Taliban delegation on Wednesday for talks on Afghanistan. The meeting was \
held on Oct. 20, 2021.

Foreign Minister Sergey Lavrov opened the talks, saying that an inclusive government is needed. He also urged \
the Taliban to respect human rights.

The Taliban, which seized power in August, have been designated as a terrorist organization by Russia since 2003.

The talks also included representatives of China, Pakistan and India."""


def test_a_bilateral_readout(lexicon):
    facts = convert(BILATERAL, lexicon)
    agents = {p.agent for m in facts.meetings for p in m.participations}
    assert agents == {"person/wang-yi", "person/amir-khan-muttaqi"}   # no person named "Interim Government"
    respects = next(s for s in facts.stances if "respects" in s.evidence.text)
    assert respects.type == "Support"
    hopes = next(s for s in facts.stances if "hopes" in s.evidence.text)
    assert hopes.addressees == ["state/afghanistan"]                  # "the Afghan side"
    etim = next(d for d in facts.designations if d.designee == "org/east-turkistan-islamic-movement")
    assert etim.authorities == ["org/united-nations-security-council"]   # "listed by the UN Security Council"


def test_a_wire_report(lexicon):
    facts = convert(WIRE, lexicon)
    lavrov = ["person/sergey-lavrov", "state/russia"]
    needed = next(s for s in facts.stances if "is needed" in s.evidence.text)
    assert needed.holders == lavrov and needed.type == "Demand"   # the person opening the talks, not the talks
    urged = next(s for s in facts.stances if "urged" in s.evidence.text)
    assert urged.holders == lavrov                                 # "He"
    taliban = next(d for d in facts.designations if d.designee == "org/taliban")
    assert (taliban.authorities, taliban.date) == (["state/russia"], "2003")   # the passive form
    assert {"state/china", "state/pakistan", "state/india"} <= set(facts.meetings[0].states)
    # the dateline after a headline and a byline; its city lies in the state that hosted
    assert facts.meetings[0].city == "place/moscow"
    assert not any(s.evidence.text.startswith("Russia hosts") for s in facts.stances)


ENVOYS = """ASTANA, March 3 (Kazinform) - Kazakhstan's Deputy Foreign Minister Roman Vassilenko met with the Acting \
Minister of Commerce and Industry of Afghanistan, Nooruddin Azizi, in Astana on Friday.

Mr. Azizi thanked Kazakhstan for its support.

Mr. Beisenov thanked Afghanistan for its hospitality.

Mr. Azizi said that concerns about drug smuggling across the border were unfounded."""


def test_titles_with_long_portfolios_and_possessive_states(lexicon):
    facts = convert(ENVOYS, lexicon)
    parts = {p.agent: p.represents for p in facts.meetings[0].participations}
    assert parts["person/roman-vassilenko"] == "state/kazakhstan"       # "Kazakhstan's Deputy Foreign Minister"
    assert parts["person/nooruddin-azizi"] == "state/afghanistan"       # "Minister of Commerce and Industry of ..."
    thanked = next(s for s in facts.stances if s.evidence.text.startswith("Mr. Azizi"))
    assert thanked.holders[0] == "person/nooruddin-azizi"
    # a "Mr." nobody introduced is not the last speaker
    assert not any("hospitality" in s.evidence.text for s in facts.stances)
    denied = next(s for s in facts.stances if "unfounded" in s.evidence.text)
    assert denied.type == "OtherStance"      # a concern called unfounded is denied, not held


DIALOGUE = """ISLAMABAD, May 6 (Xinhua) -- Chinese Foreign Minister Qin Gang and Pakistani Foreign Minister Bilawal \
Bhutto Zardari co-chaired the fourth round of the China-Pakistan Foreign Ministers' Strategic Dialogue in \
Islamabad on Saturday.

The Chinese side appreciated Pakistan's efforts to protect Chinese citizens."""


def test_a_round_of_a_dialogue_and_praise_of_a_possessor(lexicon):
    facts = convert(DIALOGUE, lexicon)
    meeting = facts.meetings[0]
    assert meeting.ordinal == 4
    assert "round" not in meeting.series_name.lower()       # the round counts meetings; it is not the name
    praise = next(s for s in facts.stances if s.type == "Appreciation")
    assert praise.holders == ["state/china"] and praise.addressees == ["state/pakistan"]


LIST_WITH_AND = """On 4 June 2024, a meeting on Afghanistan was held in Rome. Laila Volova, Minister of Foreign \
Affairs of Italy and Madina Hashullah, Secretary-General of the Islamic Development Bank attended the event.

Laila Volova, the Minister of Foreign Affairs of Italy urged donors to fund clinics."""


def test_and_before_a_name_ends_the_title_and_no_fact_names_an_unknown_actor(lexicon):
    facts = convert(LIST_WITH_AND, lexicon)
    agents = {p.agent for m in facts.meetings for p in m.participations}
    assert agents == {"person/laila-volova", "person/madina-hashullah"}     # not "Italy and Madina" + "Hashullah"
    known = {a.key for a in facts.actors}
    named = {k for s in facts.stances for k in s.holders + s.addressees}
    named |= {k for m in facts.meetings for k in m.states + m.orgs + [p.agent for p in m.participations]}
    assert named <= known                                           # nothing points at an undescribed node


def test_a_reference_to_an_unknown_actor_is_dropped_with_a_note(lexicon):
    from diplograph.extract import convert as convert_module
    from diplograph.extract.mentions import find_mentions
    from diplograph.facts import Span, StanceFact

    facts = convert(LIST_WITH_AND, lexicon)
    stray = StanceFact(holders=["person/nobody-at-all", "state/italy"], type="Demand",
                       evidence=Span(0, 5, facts.text[:5]), addressees=[], topics=[], meeting=None)
    facts.stances.append(stray)
    convert_module._only_known_actors(facts, find_mentions(facts.text, lexicon), lexicon)
    assert stray.holders == ["state/italy"]
    assert any("person/nobody-at-all" in n for n in facts.notes)
